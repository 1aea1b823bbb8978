"""The interface catalogues: complete in all eight languages, each .mo built from its .po."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
ALL = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def test_every_site_language_has_a_catalogue():
    assert sorted(ALL) == sorted(["de", "sv", "fi", "da", "et", "lv", "lt", "pl"])
    for code in ALL:
        assert (LOCALE_DIR / code / "LC_MESSAGES" / "django.po").is_file(), code


@pytest.mark.parametrize("code", ALL)
def test_every_catalogue_has_no_untranslated_or_fuzzy_string(code):
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


# What visitors read: the public templates, and the Python modules that make the
# search page, the map, the feeds and the marks of items in another language.
PUBLIC_TEMPLATES = ["templates/*.html", "templates/pages/**/*.html"]
PUBLIC_TEMPLATES += ["templates/includes/**/*.html", "templates/components/**/*.html"]
PUBLIC_MODULES = [
    "search/*.py",
    "partners/region_map.py",
    "*/feeds.py",
    "discovery/*.py",
]
PUBLIC_MODULES += ["home/localization.py"]
TEMPLATE_STRING = re.compile(r'\{% translate "([^"]+)"(?: context "([^"]+)")?')
PYTHON_STRING = re.compile(
    r'\b(?:_|gettext|gettext_lazy)\(\s*"([^"]+)"\s*\)'
    r'|\bpgettext(?:_lazy)?\(\s*"([^"]+)",\s*"([^"]+)"\s*\)'
)


def public_strings():
    base = Path(settings.BASE_DIR)
    found = set()
    for pattern in PUBLIC_TEMPLATES:
        for path in base.glob(pattern):
            for msgid, context in TEMPLATE_STRING.findall(path.read_text()):
                found.add((context or None, msgid))
    for pattern in PUBLIC_MODULES:
        for path in base.glob(pattern):
            for plain, context, msgid in PYTHON_STRING.findall(path.read_text()):
                found.add((context, msgid) if msgid else (None, plain))
    return found


@pytest.mark.parametrize("code", ALL)
def test_every_public_string_is_translated_in_every_language(code):
    strings = public_strings()
    assert len(strings) > 80  # the patterns still find the site's strings
    catalogue = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    translated = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogue.translated_entries()
        if "fuzzy" not in entry.flags
    }

    assert sorted(strings - translated, key=str) == [], (
        "translate them, then `make messages`"
    )
