"""The read-only API: Wagtail API v2 for pages, images and documents."""

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.query import PlainText

from home.localization import one_per_item
from resources.models import OutputFile, OutputPage
from search.query import clean_query, words


class StrictLocaleFilter(LocaleFilter):
    """?locale=xx: every live item once, as a visitor of that language sees it.

    The version in xx where one is live, else the source (English) version; each
    item's ``meta.locale`` says which. ``&fallback=false`` lists the pages written in
    xx only, as Wagtail's own filter does. A language the site does not have is a bad
    request, not a 404.
    """

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        fallback = request.GET.get("fallback", "true")
        if fallback not in ("true", "false"):
            raise BadRequestError(
                f"fallback must be 'true' or 'false', not {fallback!r}"
            )
        code = request.GET["locale"]
        known = code in dict(settings.LANGUAGES)
        locale = Locale.objects.filter(language_code=code).first() if known else None
        if locale is None:
            raise BadRequestError(
                f"unknown locale: {code!r}; use a language code such as 'en' or 'de'"
            )
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        if fallback == "false":
            queryset = queryset.filter(locale=locale)
        else:
            # As a subquery of ids, so that ?search= can still be combined with it.
            visible = one_per_item(Page.objects.live(), locale).values("pk")
            queryset = queryset.filter(pk__in=visible)
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class StrictFieldsFilter(FieldsFilter):
    """?date=tomorrow or ?target_groups=abc is a bad request, not a server error.

    Wagtail checks numbers and foreign keys; the other fields' values are checked when
    the lookup is built: a date or decimal raises ValidationError, a relation
    (many-to-many, reverse) ValueError or TypeError.
    """

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as error:
            message = " ".join(error.messages)
            raise BadRequestError(f"field filter error: {message}") from error
        except (ValueError, TypeError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


class StrictSearchFilter(SearchFilter):
    """?search= takes words, as the site's search page does.

    Wagtail passes the text on as it is: a quote or bracket is then query syntax for
    SQLite FTS5, which fails when the results are read (a 500). Here the text is capped,
    reduced to its words and searched as plain text; ?search_operator= must be "and"
    or "or".
    """

    OPERATORS = ("and", "or")

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(
                "filtering by tag with a search query is not supported"
            )
        operator = request.GET.get("search_operator", "or")
        if operator not in self.OPERATORS:
            raise BadRequestError(
                f"search_operator must be 'and' or 'or', not {operator!r}"
            )
        terms = words(clean_query(request.GET["search"]))
        if not terms:
            return queryset.none()
        try:
            return get_search_backend().search(
                PlainText(" ".join(terms), operator=operator),
                queryset,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching "
                "(field is not indexed)"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching "
                "(field is not indexed)"
            ) from error


STRICT_FILTERS = {
    LocaleFilter: StrictLocaleFilter,
    FieldsFilter: StrictFieldsFilter,
    SearchFilter: StrictSearchFilter,
}


def strict(filter_backends):
    return [STRICT_FILTERS.get(backend, backend) for backend in filter_backends]


# The largest row number a database takes for OFFSET (a signed 64-bit integer).
MAX_OFFSET = 2**63 - 1


class BoundedPagination(WagtailPagination):
    """Wagtail's offset and limit, with an offset past what a database can count
    refused as a bad request (PostgreSQL would fail on it)."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET - 1000:
            raise BadRequestError("offset is too large")
        return super().paginate_queryset(queryset, request, view)


class StrictViewSetMixin:
    """What every endpoint refuses with a 400: an unreadable ?id= for find, an offset
    past counting."""

    pagination_class = BoundedPagination

    def find_object(self, queryset, request):
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


class PortalPagesAPIViewSet(StrictViewSetMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint; bad locales, sites and field values get a 400."""

    filter_backends = strict(PagesAPIViewSet.filter_backends)
    known_query_parameters = PagesAPIViewSet.known_query_parameters | {"fallback"}

    def get_base_queryset(self):
        try:
            return super().get_base_queryset()
        except Site.DoesNotExist as error:
            raise BadRequestError(
                f"unknown site: {self.request.GET.get('site')!r}"
            ) from error

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        model = queryset.model
        if not hasattr(model, "summary"):
            return queryset
        # What a listing of one page type (?type=…) fetches with its pages, as the
        # type declares it, so that the number of queries does not grow with items.
        return queryset.select_related(
            "image", *model.api_select_related
        ).prefetch_related("image__renditions", *model.api_prefetch_related)


def published_documents():
    """Ids of the documents that live, public outputs offer, private ones left out."""
    return (
        OutputFile.objects.filter(
            page__in=OutputPage.objects.live().public(), document_is_private=False
        )
        .values("document_id")
        .order_by()
    )


class PublishedDocumentsAPIViewSet(StrictViewSetMixin, DocumentsAPIViewSet):
    """Only the files of live, public outputs: an upload waiting for its page stays out."""

    filter_backends = strict(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=published_documents())


class PortalImagesAPIViewSet(StrictViewSetMixin, ImagesAPIViewSet):
    """The image library, without the covers rendered from documents that are not
    published: a draft's or a private file's first page stays out."""

    filter_backends = strict(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        unpublished_covers = (
            get_document_model()
            .objects.exclude(pk__in=published_documents())
            .filter(cover__isnull=False)
            .values("cover_id")
        )
        return super().get_queryset().exclude(pk__in=unpublished_covers)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PublishedDocumentsAPIViewSet)
