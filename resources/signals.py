"""Keep the search index in step with the PDFs the outputs' pages carry.

An output page is indexed with the text of its files (OutputFile.searchable_text),
which leaves out private files (a view restriction on the document's collection). Two
things change that text without the page being saved, so the pages concerned are
indexed again here: an editor replaces a document's file, or a collection gains or
loses a view restriction.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction
from wagtail.search import index

from .models import OutputPage


def reindex_outputs(**file_lookup):
    """Index again the outputs with a file matching the lookup (a handful of pages)."""
    lookup = {f"files__{name}": value for name, value in file_lookup.items()}
    for page in OutputPage.objects.filter(**lookup).distinct():
        index.insert_or_update_object(page)


def document_saved(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        # No page can use a document before it exists; a restore (loaddata) builds
        # the whole index afterwards.
        return
    # Wagtail indexes the document itself in its own post_save handler, at once.
    reindex_outputs(document=instance)


def restriction_changed(sender, instance, raw=False, **kwargs):
    """The outputs with a file in this collection or one inside it."""
    if raw:
        return
    reindex_outputs(document__collection__path__startswith=instance.collection.path)


def connect():
    post_save.connect(
        document_saved,
        sender=get_document_model(),
        dispatch_uid="resources.reindex_outputs_on_document_save",
    )
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"resources.reindex_outputs_on_restriction_{signal is post_save}",
        )
