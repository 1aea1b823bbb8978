"""The read-only API: Wagtail API v2 for pages, images and documents."""

from django.core.exceptions import ValidationError
from django.http import Http404
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site


class StrictLocaleFilter(LocaleFilter):
    """?locale=xx for a language the site does not have is a bad request, not a 404."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except Http404 as error:
            raise BadRequestError(
                f"unknown locale: {request.GET['locale']!r}; use a language code "
                "such as 'en' or 'de'"
            ) from error


# What a listing of one page type (?type=…) fetches with its pages, so that the
# number of queries does not grow with the number of items.
RELATED = {
    "partners.partnerpage": (["country"], ["target_groups"]),
    "partners.networkpage": (["country", "coordinating_partner"], ["members"]),
    "partners.casestorypage": (
        ["country", "network"],
        ["target_groups", "themes"],
    ),
    "news.newspage": (["category"], ["related_partners", "related_case_stories"]),
    "resources.resourcepage": (
        [],
        ["files__document__cover__renditions", "audiences", "themes"],
    ),
}


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


STRICT_FILTERS = {LocaleFilter: StrictLocaleFilter, FieldsFilter: StrictFieldsFilter}


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; bad locales, sites and field values get a 400."""

    filter_backends = [
        STRICT_FILTERS.get(backend, backend)
        for backend in PagesAPIViewSet.filter_backends
    ]

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
        related, prefetch = RELATED.get(model._meta.label_lower, ([], []))
        return queryset.select_related("image", *related).prefetch_related(
            "image__renditions", *prefetch
        )


class PublishedDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Only the files of live, public outputs: an upload waiting for its page stays out."""

    def get_queryset(self):
        from resources.models import ResourceFile, ResourcePage

        published = ResourceFile.objects.filter(
            page__in=ResourcePage.objects.live().public()
        ).values("document_id")
        return super().get_queryset().filter(pk__in=published)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", PublishedDocumentsAPIViewSet)
