"""The image form of the admin, with the alt-text rule (see home/alt_text.py)."""

from wagtail.images.forms import BaseImageForm

from .alt_text import ALT_TEXT_REQUIRED


class ImageForm(BaseImageForm):
    """The image form: alt text is required unless the image is marked decorative."""

    def clean(self):
        cleaned_data = super().clean()
        # The multiple uploader's first step posts only the file and title; the alt
        # text is asked for on the edit step and enforced when a page is published.
        if self.add_prefix("alt_text") not in self.data:
            return cleaned_data
        alt_text = (cleaned_data.get("alt_text") or "").strip()
        if cleaned_data.get("is_decorative"):
            cleaned_data["alt_text"] = ""
        elif not alt_text and "alt_text" not in self.errors:
            self.add_error("alt_text", ALT_TEXT_REQUIRED)
        return cleaned_data
