"""The one tag for content images: <picture> with AVIF/WebP sources, srcset, sizes."""

from functools import cache

from django import template
from django.conf import settings
from django.utils import translation
from PIL import features
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()


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


@register.simple_tag
def responsive_picture(image, spec, sizes="100vw", alt=None, lazy=True, **attrs):
    """A <picture> of ``image`` in every width of ``spec`` and in AVIF, WebP and a fallback.

    ``spec`` is a Wagtail filter with widths in braces, e.g. "fill-{480x320,960x640}" or
    "width-{400,800}". The <img> has the smallest rendition's width and height (the
    browser keeps the aspect ratio, so nothing shifts), ``sizes``, ``loading="lazy"``
    unless ``lazy=False`` (for images above the fold), and the image's alt text, or
    ``alt=""`` for a decorative image; pass ``alt`` to override, e.g. ``alt=""`` where
    the text beside the image already says what it shows.
    """
    if not image:
        return ""
    specs = distinct_widths(image, Filter.expand_spec(spec))
    formats = (*source_formats(), fallback_format(image))
    renditions = get_renditions_or_not_found(
        image, [f"{one}|format-{fmt}" for fmt in formats for one in specs]
    )
    attrs["sizes"] = sizes
    if lazy:
        attrs["loading"] = "lazy"
    attrs.setdefault("decoding", "async")
    if alt is not None:
        attrs["alt"] = alt
    elif getattr(image, "default_alt_text", "") and (
        translation.get_language() != settings.LANGUAGE_CODE
    ):
        # The image library's texts are written in the source language: a screen
        # reader on a translated page reads the alt text as what it is.
        attrs.setdefault("lang", settings.LANGUAGE_CODE)
    return Picture(renditions, attrs)
