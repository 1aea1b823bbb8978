"""Keep the page tree consistent after publishing."""

from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published


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
