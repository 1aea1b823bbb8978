"""Pagination that answers bad page numbers kindly."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, items, per_page=None):
    """Return the requested page of items: ?page=abc or -1 means page 1, too far 404s."""
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
    try:
        number = max(int(request.GET.get("page", "1")), 1)
    except (TypeError, ValueError):
        number = 1
    try:
        return paginator.page(number)
    except EmptyPage as error:
        raise Http404(
            _("There is no page %(number)s of this list.") % {"number": number}
        ) from error
