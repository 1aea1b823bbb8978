"""The image form of the admin, with the alt-text rule (see home/alt_text.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from home.alt_text import ALT_TEXT_REQUIRED


class ImageForm(BaseImageForm):
    """The image form: Wagtail's description is the alt text, required unless the
    image is marked decorative."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
