"""Which documents visitors may download.

Wagtail's serve view already keeps documents of a private collection from them (its
before_serve_document hook asks for a login or a password). Here the other half: a
document is served once something published uses it — a live page the visitor may
see (no view restriction, or one they have passed), or a snippet. A document used only
by unpublished or private pages, or by nothing yet, answers 404; people who may use
the admin still get it, for previews. Wagtail's reference index says where a document
is used. It records a page's stored fields, so a document added in an unpublished
draft of a live page stays hidden until that draft is published.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction, ReferenceIndex


def has_published_use(document, request):
    """True when a live page this request may see, or an object that is not a page,
    uses the document."""
    uses = ReferenceIndex.get_references_to(document).values_list(
        "base_content_type_id", "object_id"
    )
    page_type = ContentType.objects.get_for_model(Page).pk
    page_ids = set()
    for content_type_id, object_id in uses:
        if content_type_id != page_type:
            return True
        page_ids.add(int(object_id))
    if not page_ids:
        return False
    restrictions = list(PageViewRestriction.objects.select_related("page"))
    live_paths = (
        Page.objects.live().filter(pk__in=page_ids).values_list("path", flat=True)
    )
    return any(
        all(
            restriction.accept_request(request)
            for restriction in restrictions
            if path.startswith(restriction.page.path)
        )
        for path in live_paths
    )


def may_download(document, request):
    """Whether this request may have the document (collection privacy aside)."""
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True
    return has_published_use(document, request)
