"""The renditions the templates use, by role, so that they are made ahead of visits.

A template asks for a role ({% responsive_picture page.image "card" %}); a model says
which roles each of its image fields plays (``image_renditions`` on the model, keyed by
field, child relation or StreamField name). When an image is used, Wagtail's reference
index says where, so its renditions can be made when the page is published or the
image replaced (uploads/renditions.py), never inside a visitor's request.
"""

from functools import cache

from django.core.exceptions import FieldDoesNotExist
from PIL import features
from wagtail.fields import StreamField
from wagtail.images.models import Filter
from wagtail.models import ReferenceIndex

# Widths in braces: one rendition per width (no larger than the original), each in
# AVIF or WebP and in a fallback format (responsive_picture).
ROLES = {
    "content": "width-{480,800,1200}",  # image blocks, a page's lead image
    "card": "fill-{400x225,640x360,960x540}",
    "hero": "fill-{480x320,800x533,1200x800}",
    "logo": "max-{320x160,640x320}",
    "cover": "max-{240x320,480x640}",
    "cover_card": "height-{240,480}",
    "gallery": "fill-{320x240,640x480}",
}
# The sharing image: one size, in the original's format (home/sharing.py).
SOCIAL = "fill-1200x630"


@cache
def source_formats():
    """Modern formats this Pillow can write, best first; browsers pick the first they read."""
    return ("avif", "webp") if features.check("avif") else ("webp",)


def fallback_format(image):
    """JPEG for photos; PNG keeps the transparency of logos and drawings."""
    name = image.file.name.lower()
    return "png" if name.endswith((".png", ".gif")) else "jpeg"


def distinct_widths(image, specs):
    """The specs that give a width of their own for this image.

    Wagtail does not upscale, so a small original would give several equal renditions;
    their sizes are worked out before any is made.
    """
    seen, kept = set(), []
    for one in specs:
        width = Filter(one).get_transform(image).size[0]
        if width not in seen:
            seen.add(width)
            kept.append(one)
    return kept


def picture_specs(image, spec):
    """The filter specs of a <picture> of the image: every width, every format."""
    spec = ROLES.get(spec, spec)
    widths = distinct_widths(image, Filter.expand_spec(spec))
    formats = (*source_formats(), fallback_format(image))
    return [f"{one}|format-{fmt}" for fmt in formats for one in widths]


def role_specs(image, roles):
    """The filter specs of every rendition these roles need of the image."""
    specs = []
    for role in roles:
        for spec in [SOCIAL] if role == "social" else picture_specs(image, role):
            if spec not in specs:
                specs.append(spec)
    return specs


def roles_of_use(model, model_path):
    """The roles an image plays at model_path (as the reference index writes it) of an
    object of model: declared by the model (``image_renditions``), else "content" in
    a StreamField."""
    first = model_path.split(".", 1)[0]
    declared = getattr(model, "image_renditions", {})
    if first in declared:
        return declared[first]
    try:
        field = model._meta.get_field(first)
    except FieldDoesNotExist:
        return ()
    return ("content",) if isinstance(field, StreamField) else ()


def image_roles(image):
    """Every role the image plays where it is used."""
    roles = []
    uses = ReferenceIndex.get_references_to(image).select_related("content_type")
    for use in uses:
        model = use.content_type.model_class()
        if model is None:
            continue
        for role in roles_of_use(model, use.model_path):
            if role not in roles:
                roles.append(role)
    return roles
