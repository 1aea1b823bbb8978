"""The header's menu button speaks the visitor's language, in all nine (its folding on a
phone is tried in Chromium: tests/browser/test_header.py)."""

import lxml.html
import pytest
from django.conf import settings
from django.utils import translation

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_button_is_named_in_the_visitors_language(
    client, tree, translate, language
):
    home = (
        tree.home
        if language == settings.LANGUAGE_CODE
        else translate(tree.home, language)
    )
    document = lxml.html.fromstring(client.get(home.url).content)
    header = document.get_element_by_id("site-header")
    toggle, close = header.find_class("menu-toggle")
    with translation.override(language):
        assert toggle.text_content().strip() == translation.pgettext(
            "navigation", "Menu"
        )
        assert close.text_content().strip() == translation.gettext("Close the menu")
    # The button opens what it names; the link works without JavaScript.
    assert toggle.get("href") == "#site-header"
    for part in toggle.get("data-controls").split():
        assert header.get_element_by_id(part) is not None


def test_the_menu_button_is_not_english_where_the_language_has_its_own_word(
    client, tree, translate
):
    names = {}
    for language in ("de", "sv", "fi", "et", "lv", "lt"):
        page = translate(tree.home, language)
        document = lxml.html.fromstring(client.get(page.url).content)
        names[language] = document.find_class("menu-toggle")[0].text_content().strip()
    assert "Menu" not in names.values(), names
