"""The one tag for content images: <picture> with AVIF/WebP sources, srcset, sizes."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from home import fragments
from home.renditions import picture_specs

register = template.Library()


@register.simple_tag(takes_context=True)
def responsive_picture(
    context, image, spec, sizes="100vw", alt=None, lazy=True, **attrs
):
    """A <picture> of ``image`` in every width of ``spec`` and in AVIF, WebP and a fallback.

    ``spec`` is a role of home/renditions.py ("card", "content", "hero"…), whose
    renditions are made ahead of visits, or a Wagtail filter with widths in braces,
    e.g. "fill-{480x320,960x640}". The <img> has the smallest rendition's width and
    height (the browser keeps the aspect ratio, so nothing shifts), ``sizes``, ``loading="lazy"``
    unless ``lazy=False`` (for images above the fold), and the image's alt text, or
    ``alt=""`` for a decorative image; pass ``alt`` to override, e.g. ``alt=""`` where
    the text beside the image already says what it shows.
    """
    if not image:
        return ""
    # The same <picture> for every page that shows this image this way, until the
    # content changes (home/fragments.py): the renditions are looked up once.
    return fragments.remember(
        "picture",
        (
            image.pk,
            image.file.name,
            spec,
            sizes,
            alt,
            lazy,
            sorted(attrs.items()),
            translation.get_language(),
        ),
        lambda: _picture(image, spec, sizes, alt, lazy, attrs),
        context.get("request"),
    )


def _picture(image, spec, sizes, alt, lazy, attrs):
    renditions = get_renditions_or_not_found(image, picture_specs(image, spec))
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
    return str(Picture(renditions, attrs))  # safe HTML, as the cache keeps it
