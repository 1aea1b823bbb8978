"""The image form of the admin: the alt-text rule (see home/alt_text.py), and an
upload decoded once, within a pixel limit, so that a damaged file is a form error."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from wagtail.images.forms import BaseImageForm

from home.alt_text import ALT_TEXT_REQUIRED

TOO_MANY_PIXELS = _(
    "This image is %(width)s × %(height)s pixels, more than the %(limit)s million "
    "pixels accepted. Make it smaller and upload it again."
)
TOO_MANY_PIXELS_UNKNOWN = _(
    "This image has far more pixels than can be accepted. Make it smaller and upload "
    "it again."
)
UNREADABLE = _(
    "This image cannot be read: the file is damaged or incomplete. Save it again "
    "and upload it."
)


def check_image_file(uploaded):
    """Refuse an image over WAGTAILIMAGES_MAX_IMAGE_PIXELS, or one that does not
    decode to the end; the pixel count is read from the header, before decoding."""
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            width, height = image.size
            if width * height > limit:
                raise ValidationError(
                    TOO_MANY_PIXELS,
                    code="too_many_pixels",
                    params={
                        "width": width,
                        "height": height,
                        "limit": limit // 1_000_000,
                    },
                )
            image.load()
    except Image.DecompressionBombError as error:
        raise ValidationError(
            TOO_MANY_PIXELS_UNKNOWN, code="too_many_pixels"
        ) from error
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError) as error:
        raise ValidationError(UNREADABLE, code="unreadable") from error
    finally:
        uploaded.seek(0)


def checked(to_python):
    """Wagtail's image field's to_python, with the file checked first."""

    def to_python_checked(data):
        if isinstance(data, UploadedFile):
            check_image_file(data)
        return to_python(data)

    return to_python_checked


class ImageForm(BaseImageForm):
    """The image form: Wagtail's description is the alt text, required unless the
    image is marked decorative; a new file is checked before Wagtail reads it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            field.to_python = checked(field.to_python)
        if "description" in self.fields:
            field = self.fields["description"]
            field.label = _("alt text")
            field.help_text = _(
                "What the image shows, for people who cannot see it. Leave empty only "
                "for a purely decorative image."
            )

    def clean(self):
        cleaned_data = super().clean()
        # The multiple uploader's first step posts only the file and title; the alt
        # text is asked for on the edit step and enforced when a page is published.
        if self.add_prefix("description") not in self.data:
            return cleaned_data
        description = (cleaned_data.get("description") or "").strip()
        if cleaned_data.get("is_decorative"):
            cleaned_data["description"] = ""
        elif not description and "description" not in self.errors:
            self.add_error("description", ALT_TEXT_REQUIRED)
        return cleaned_data
