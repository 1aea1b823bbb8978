"""The demo's translations: PO catalogues per language, applied through wagtail-localize.

Each <lang>/*.po file maps English source strings (msgid) to their translation, the way
a translation agency returns them. An object is translated only when every one of its
strings is in the catalogue, so no English leaks into a translated page.
"""

from pathlib import Path

import polib
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

HERE = Path(__file__).parent


def catalogues():
    """{language code: {English string: translation}} from the PO files here."""
    found = {}
    for folder in sorted(p for p in HERE.iterdir() if p.is_dir()):
        catalogue = found.setdefault(folder.name, {})
        for po_file in sorted(folder.glob("*.po")):
            for entry in polib.pofile(str(po_file)):
                if entry.msgstr and not entry.obsolete:
                    catalogue[entry.msgid] = entry.msgstr
    return found


def translate(instance, locale, catalogue):
    """Translate one page or snippet into locale if the catalogue covers it.

    Returns True when a translation was created; an existing one is left alone.
    """
    if instance.get_translation_or_none(locale) is not None:
        return False
    if isinstance(instance, Page):
        parent = instance.get_parent()
        if parent.depth > 1 and parent.get_translation_or_none(locale) is None:
            return False
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string", "context")
    )
    if any(segment.string.data not in catalogue for segment in segments):
        return False
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": catalogue[segment.string.data]},
        )
    Translation.objects.get_or_create(source=source, target_locale=locale)
    if isinstance(instance, Page):
        # wagtail-localize would publish when the transaction commits; the loader runs
        # in one transaction (and tests never commit), so publish the draft right away.
        # fallback: a related page not yet in this language stays the English one.
        source.create_or_update_translation(locale, publish=False, fallback=True)
        instance.get_translation(locale).get_latest_revision().publish()
    else:
        source.create_or_update_translation(locale)
    return True
