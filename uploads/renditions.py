"""Renditions made ahead of visits: when a page is published (for the images it uses),
when an image's file is replaced, when a document gets its cover, and by the
make_renditions command and load_demo for a whole site. A visitor's request then finds
every rendition its page shows (home/renditions.py says which)."""

import logging

from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import ReferenceIndex

from home.models import SiteSettings
from home.renditions import image_roles, role_specs

logger = logging.getLogger(__name__)


def make_renditions(image, roles=None):
    """Make the renditions the image's uses need (or those of the given roles);
    return how many were missing."""
    roles = image_roles(image) if roles is None else roles
    if not roles:
        return 0
    specs = role_specs(image, roles)
    existing = set(
        image.renditions.filter(filter_spec__in=specs).values_list(
            "filter_spec", flat=True
        )
    )
    missing = [spec for spec in specs if spec not in existing]
    if missing:
        try:
            image.get_renditions(*missing)
        except (SourceImageIOError, OSError):
            logger.warning("No renditions for image %s: cannot read its file", image.pk)
            return 0
    return len(missing)


def images_used_by(instance):
    """The images an object (a page, a document) refers to."""
    model = get_image_model()
    ids = (
        ReferenceIndex.get_references_for_object(instance)
        .filter(to_content_type=ContentType.objects.get_for_model(model))
        .values_list("to_object_id", flat=True)
    )
    return model.objects.filter(pk__in=[int(pk) for pk in ids if str(pk).isdigit()])


def page_published(sender, instance, **kwargs):
    for image in images_used_by(instance):
        make_renditions(image)


def image_saved(sender, instance, created, raw=False, **kwargs):
    # A new image is used nowhere yet; a replaced file lost its renditions.
    if not created and not raw:
        make_renditions(instance)


def document_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.cover_id:
        make_renditions(instance.cover, roles=type(instance).image_renditions["cover"])


def site_images(settings_model):
    """The sites' default sharing images (used by every page without one)."""
    for site_settings in settings_model.objects.exclude(default_image=None):
        yield site_settings.default_image


def make_all(progress=None):
    """Every rendition every used image needs; return (images, renditions made).

    `progress(done, total)` is called after each image."""
    images, made = 0, 0
    total = get_image_model().objects.count()
    for image in get_image_model().objects.order_by("pk").iterator():
        count = make_renditions(image)
        images += 1
        made += count
        if progress is not None:
            progress(images, total)
    for image in site_images(SiteSettings):
        made += make_renditions(image, roles=["social"])
    return images, made
