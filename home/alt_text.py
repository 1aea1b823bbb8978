"""The alt-text rule: no page goes live with an informative image lacking alt text."""

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage

ALT_TEXT_REQUIRED = _(
    "Describe what the image shows, or tick “decorative” if it adds nothing to the "
    "text around it."
)


def images_in(value):
    """Every image in a field value: an image, or one inside StreamField blocks."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from images_in(child.value)
    elif isinstance(value, StructValue):
        for item in value.values():
            yield from images_in(item)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            yield from images_in(item)


class PageForm(WagtailAdminPageForm):
    """Refuses to publish (or submit for approval) a page with an image lacking alt text.

    Saving a draft is allowed, so that an editor can upload first and describe later.
    """

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        for name, value in list(cleaned_data.items()):
            self._check_images(name, value)
        for formset in self.formsets.values():
            formset.is_valid()  # cleans the forms, so that their images can be read
            for form in formset.forms:
                if not hasattr(form, "cleaned_data") or form in formset.deleted_forms:
                    continue
                for name, value in list(form.cleaned_data.items()):
                    missing = [i for i in images_in(value) if i.needs_alt_text]
                    if missing:
                        form.add_error(name, self._message(missing))
        return cleaned_data

    def _check_images(self, name, value):
        missing = [image for image in images_in(value) if image.needs_alt_text]
        if missing and name in self.fields:
            self.add_error(name, self._message(missing))

    @staticmethod
    def _message(images):
        titles = ", ".join(f"“{image.title}”" for image in images)
        text = _("Add alt text to the image %(titles)s before publishing.") % {
            "titles": titles
        }
        return forms.ValidationError(f"{text} {ALT_TEXT_REQUIRED}")


def images_missing_alt_text(page):
    """The informative images without alt text in a page as a publish would make it live.

    Reads the page's latest revision: its fields (image choosers, StreamFields) and its
    inline objects (gallery items, language versions…).
    """
    revision = page.get_latest_revision()
    specific = revision.as_object() if revision is not None else page.specific
    objects = [specific]
    for relation in get_all_child_relations(type(specific)):
        objects += list(getattr(specific, relation.get_accessor_name()).all())
    missing = {}
    for obj in objects:
        for field in obj._meta.concrete_fields:
            if field.is_relation and not issubclass(field.related_model, AbstractImage):
                continue
            for image in images_in(getattr(obj, field.name, None)):
                if image.needs_alt_text:
                    missing.setdefault(image.pk, image)
    return list(missing.values())
