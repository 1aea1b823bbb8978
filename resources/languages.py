"""Languages a file can be in: the site's nine first, then every other Django knows."""

from django.conf import settings
from django.conf.locale import LANG_INFO


def language_name(code):
    """A language named in itself (Deutsch, Latviešu); the code if unknown."""
    code = (code or "").lower()
    site = dict(settings.LANGUAGES)
    if code in site:
        return site[code]
    info = LANG_INFO.get(code, {})
    if "fallback" in info:
        info = LANG_INFO.get(info["fallback"][0], {})
    name = info.get("name_local")
    return name[:1].upper() + name[1:] if name else code


def _file_languages():
    site = [(code, name) for code, name in settings.LANGUAGES]
    known = {code for code, _name in site}
    others = sorted(
        (
            (code, language_name(code))
            for code, info in LANG_INFO.items()
            if "name_local" in info and code not in known
        ),
        key=lambda item: item[1].lower(),
    )
    return site + others


FILE_LANGUAGES = _file_languages()
