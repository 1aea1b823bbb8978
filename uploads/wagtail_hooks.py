"""Documents: only those something published uses are served to visitors."""

from django.http import Http404
from wagtail import hooks

from .serving import may_download


@hooks.register("before_serve_document", order=-1)
def serve_published_documents_only(document, request):
    # Before Wagtail's own check of the collection's privacy (order 0), so that a
    # document nobody may see yet is a 404 rather than a login form.
    if not may_download(document, request):
        raise Http404("This document is not published.")
