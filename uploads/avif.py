"""How hard libavif works on an AVIF rendition (IMAGE_AVIF_SPEED).

Wagtail asks Willow for AVIF with a quality only, so Pillow's encoder works at its
default speed: 6, on a scale from 0 (slowest, smallest files) to 10 (fastest).
Measured on the demo's pictures (1600 px wide, quality 60): speed 8 encodes five times
as fast as 6, for files a fifth larger. Renditions are made when a page is published,
so on a small server the speed is the editor's wait.

With the setting, Willow's own save_as_avif still does the work (lossless, colour
profiles, optimisers); the speed reaches Pillow through the image's ``encoderinfo``,
which Pillow documents as merged over save()'s parameters. Willow calls a
PillowImage's operations as methods, not through its registry, so the method is
replaced; without the setting nothing is. (A CMYK original with a colour profile is
converted to a new image first, which Pillow encodes at its default speed.)
"""

from functools import wraps

from willow.plugins.pillow import PillowImage


def with_speed(save_as_avif, speed):
    @wraps(save_as_avif)
    def save(image, f, *args, **kwargs):
        pillow_image = image.image
        before = getattr(pillow_image, "encoderinfo", None)
        pillow_image.encoderinfo = {**(before or {}), "speed": speed}
        try:
            return save_as_avif(image, f, *args, **kwargs)
        finally:
            if before is None:
                del pillow_image.encoderinfo
            else:
                pillow_image.encoderinfo = before

    save.willow_save_as_avif = save_as_avif
    return save


def set_speed(speed):
    """Encode AVIF at this libavif speed (0–10); None: Pillow's default."""
    original = getattr(
        PillowImage.save_as_avif, "willow_save_as_avif", PillowImage.save_as_avif
    )
    PillowImage.save_as_avif = (
        original if speed is None else with_speed(original, speed)
    )
