"""Keep the page tree consistent after publishing; forget fragments when content
changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.images.models import AbstractRendition
from wagtail.models import (
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import fragments


@receiver(page_published)
def recount_children(sender, instance, **kwargs):
    """Publishing restores a page from its revision, child count included. When a
    revision is published after children were added (wagtail-localize publishes
    translations on commit, after translating the subtree in the same transaction),
    that count is stale and the children vanish from the site. Count them again."""
    actual = Page.objects.filter(
        path__startswith=instance.path, depth=instance.depth + 1
    ).count()
    if actual != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=actual)
        instance.numchild = actual


# Fragments (home/fragments.py) are kept until the published content changes -------

#: Apps whose every model is content a visitor sees (pages, snippets, settings, the
#: image and document libraries).
CONTENT_APPS = {"home", "news", "partners", "resources"}
#: Of wagtail's own models, those a visitor's page depends on.
CONTENT_MODELS = (Page, Site, Locale, PageViewRestriction, CollectionViewRestriction)


def _is_content(model):
    if issubclass(model, AbstractRendition) or getattr(
        model, "changes_no_content", False
    ):
        # Renditions are made ahead of visits from images that did not change; a
        # download count is a statistic (lists of popular items refresh with time).
        return False
    return model._meta.app_label in CONTENT_APPS or issubclass(model, CONTENT_MODELS)


@receiver(post_save)
@receiver(post_delete)
def forget_fragments_on_save(sender, **kwargs):
    if _is_content(sender):
        fragments.content_changed()


@receiver(m2m_changed)
def forget_fragments_on_relation(sender, instance, **kwargs):
    if _is_content(type(instance)):
        fragments.content_changed()


@receiver(page_unpublished)
@receiver(post_page_move)
def forget_fragments_on_page_change(sender, **kwargs):
    # Unpublishing a subtree and moving update pages in bulk, without save().
    fragments.content_changed()
