"""Keep the search index in step with the PDFs the outputs' pages carry.

An output page is indexed with the text of its files (ResourceFile.searchable_text);
when an editor replaces a document's file, the text changes without the page being
saved, so the pages that use the document are indexed again here.
"""

from wagtail.documents import get_document_model
from wagtail.search import index


def reindex_outputs_using(document):
    from resources.models import ResourcePage

    pages = ResourcePage.objects.filter(files__document=document).distinct()
    for page in pages:
        index.insert_or_update_object(page)


def document_saved(sender, instance, created, **kwargs):
    if created:
        return  # no page can use a document before it exists
    # Wagtail indexes the document itself in its own post_save handler, at once.
    reindex_outputs_using(instance)


def connect():
    from django.db.models.signals import post_save

    post_save.connect(
        document_saved,
        sender=get_document_model(),
        dispatch_uid="search.reindex_outputs_on_document_save",
    )
