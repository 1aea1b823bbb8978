"""The admin form of an output: one file per language."""

from django.utils.translation import gettext_lazy as _

from home.alt_text import PageForm
from home.languages import language_name


class OutputPageForm(PageForm):
    """Refuses two language versions in the same language.

    The download address is per language (…/download/de/), so a second German file
    could never be downloaded. Checked on every save, drafts included.
    """

    DUPLICATE_LANGUAGE = _(
        "There is already a file in %(name)s (%(code)s) above: an output has one file "
        "per language. Remove one of them, or choose the language this file is in."
    )

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("files")
        if formset is None:
            return cleaned_data
        formset.is_valid()  # cleans the forms, so that their languages can be read
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            code = (data.get("language") or "").strip().lower()
            if not code:
                continue
            if code in seen:
                form.add_error(
                    "language",
                    self.DUPLICATE_LANGUAGE
                    % {"name": language_name(code), "code": code},
                )
            seen.add(code)
        return cleaned_data
