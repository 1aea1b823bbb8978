"""Languages a file can be in: the site's nine first, then every other Django knows."""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.text import capfirst
from django.utils.translation import get_language_info


def language_name(code):
    """A language named in itself (Deutsch, Latviešu); the code if unknown.

    The site's languages as settings.LANGUAGES names them, the others as Django does.
    """
    code = (code or "").lower()
    site = dict(settings.LANGUAGES)
    if code in site:
        return site[code]
    try:
        return capfirst(get_language_info(code)["name_local"])
    except KeyError:
        return code


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
