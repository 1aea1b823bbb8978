"""The interface catalogues: German and Swedish complete, every .mo built from its .po."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = ["de", "sv"]
ALL = ["de", "sv", "fi", "da", "et", "lv", "lt", "pl"]


@pytest.mark.parametrize("code", TRANSLATED)
def test_shipped_languages_have_no_untranslated_strings(code):
    catalogue = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))

    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert (missing, fuzzy) == ([], [])


@pytest.mark.parametrize("code", ALL)
def test_every_catalogue_is_compiled_from_its_current_source(code):
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    source = polib.pofile(str(folder / "django.po"))
    compiled = polib.mofile(str(folder / "django.mo"))

    def key(entry):
        plural = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        return (entry.msgctxt, entry.msgid), entry.msgstr or plural

    expected = dict(
        key(entry)
        for entry in source
        if entry.translated() and not entry.obsolete and "fuzzy" not in entry.flags
    )
    assert dict(key(entry) for entry in compiled if entry.msgid) == expected, (
        "run `make messages`"
    )
