"""Pagination that answers bad page numbers kindly: the one paginator of the site."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, items, per_page=None, count=None, past_end_shows_last=False):
    """The requested page of items: ?page=abc or -1 means page 1.

    A number past the end is a 404, or (past_end_shows_last) the last page, with
    ``past_end`` set on it so the page can say so. ``count``, when the caller knows
    it, saves the paginator a query.
    """
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # a cached property
    number = requested_number(request)
    past_end = number > paginator.num_pages
    if past_end and past_end_shows_last:
        number = paginator.num_pages
    try:
        page = paginator.page(number)
    except EmptyPage as error:
        raise Http404(
            _("There is no page %(number)s of this list.") % {"number": number}
        ) from error
    page.past_end = past_end
    return page


# A listing's later pages: <list>/page/2/ (ListingPage.route).
PAGE_SEGMENT = "page"


def requested_number(request):
    """The page number asked for: a listing's own address (<list>/page/2/), else
    ?page= (search): ?page=abc or -1 means page 1."""
    number = getattr(request, "listing_page_number", None)
    if number is not None:
        return number
    try:
        return max(int(request.GET.get("page", "1")), 1)
    except (TypeError, ValueError):
        return 1


def paged_url(url, number, query=None):
    """The address of page `number` of the list at `url`, with `query` (a QueryDict
    of its filters): page 1 is the list's own address."""
    if number > 1:
        url = f"{url}{PAGE_SEGMENT}/{number}/"
    if query:
        url = f"{url}?{query.urlencode()}"
    return url
