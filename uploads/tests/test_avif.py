"""IMAGE_AVIF_SPEED: AVIF renditions encoded at the configured libavif speed."""

import io
import subprocess
import sys

import pytest
from django.conf import settings
from PIL import Image, features
from willow.image import Image as WillowImage

from uploads import avif

pytestmark = pytest.mark.skipif(
    not features.check("avif"), reason="this Pillow writes no AVIF"
)


def photo():
    """A picture with detail, as a photo has, so that effort shows in the bytes."""
    image = Image.effect_mandelbrot((640, 400), (-2, -1.2, 1, 1.2), 60).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def encode(speed):
    """An AVIF file, through Willow as Wagtail makes a rendition."""
    avif.set_speed(speed)
    try:
        willow = WillowImage.open(io.BytesIO(photo())).auto_orient()
        output = io.BytesIO()
        willow.save_as_avif(output, quality=60)
        assert "speed" not in getattr(willow.image, "encoderinfo", {})
        return output.getvalue()
    finally:
        avif.set_speed(settings.IMAGE_AVIF_SPEED)


def test_the_speed_reaches_the_encoder_and_the_file_is_avif():
    default, fastest = encode(None), encode(10)

    assert fastest != default
    assert encode(10) == fastest
    for data in (default, fastest):
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "AVIF"
            assert image.size == (640, 400)


def test_unset_leaves_willow_alone():
    original = avif.PillowImage.save_as_avif
    avif.set_speed(None)
    try:
        assert not hasattr(avif.PillowImage.save_as_avif, "willow_save_as_avif")
        avif.set_speed(8)
        avif.set_speed(9)
        assert avif.PillowImage.save_as_avif.willow_save_as_avif is not None
        assert not hasattr(
            avif.PillowImage.save_as_avif.willow_save_as_avif, "willow_save_as_avif"
        )
    finally:
        avif.PillowImage.save_as_avif = original


@pytest.mark.parametrize("value", ["11", "-1", "fast"])
def test_a_speed_out_of_range_is_refused_at_start(value):
    result = subprocess.run(  # noqa: S603 (this Python, the settings module)
        [sys.executable, "-c", "import portal.settings.base"],
        env={"IMAGE_AVIF_SPEED": value, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
        timeout=60,
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "IMAGE_AVIF_SPEED" in result.stderr
