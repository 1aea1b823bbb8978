"""The header at a phone's, a tablet's and a desktop's width.

On a phone the header takes little of the first screen: one button opens the menu, the
search and the language switch, by mouse or keyboard, and says whether they are open;
without JavaScript the button is a link that unfolds them. From a tablet's width up
everything shows at once.
"""

import pytest

PARTS = (".main-nav", ".site-search", ".language-nav")
MENU_NAME = {"en": "Menu", "de": "Menü"}


def header_height(visit):
    return visit.page.locator(".site-header").bounding_box()["height"]


def shown(visit):
    return [part for part in PARTS if visit.page.locator(part).first.is_visible()]


def home_in(pages, language):
    return pages.home if language == "en" else pages.german_home


@pytest.mark.parametrize("language", MENU_NAME)
def test_on_a_phone_one_button_opens_the_menu_search_and_languages(
    visit, pages, language
):
    visit.resize(375, 800)
    visit.go(home_in(pages, language).url)
    assert header_height(visit) <= 120
    assert shown(visit) == []

    button = visit.page.get_by_role("button", name=MENU_NAME[language], exact=True)
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "main-nav site-search language-nav"
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert shown(visit) == list(PARTS)
    visit.screenshot(f"header-open-{language}-375")
    assert visit.sideways_overflow() <= 0
    button.click()
    assert button.get_attribute("aria-expanded") == "false"
    assert shown(visit) == []

    # By keyboard: Enter opens, Escape closes and leaves the focus on the button.
    button.focus()
    visit.page.keyboard.press("Enter")
    assert shown(visit) == list(PARTS)
    visit.page.locator(".main-nav a").first.focus()
    visit.page.keyboard.press("Escape")
    assert shown(visit) == []
    assert visit.page.evaluate("() => document.activeElement.className").startswith(
        "menu-toggle"
    )
    visit.page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"

    # The language switch works from the open menu.
    other = "de" if language == "en" else "en"
    with visit.page.expect_navigation():
        visit.page.locator(f".language-nav a[hreflang={other}]").click()
    assert visit.page.locator("html").get_attribute("lang") == other


def test_on_a_phone_without_javascript_a_link_unfolds_the_menu(visit_without_js, pages):
    visit = visit_without_js
    visit.go(pages.home.url)
    assert header_height(visit) <= 120
    assert shown(visit) == []

    visit.page.get_by_role("link", name="Menu", exact=True).click()
    assert visit.page.url.endswith("#site-header")
    assert shown(visit) == list(PARTS)
    visit.page.get_by_role("link", name="Close the menu", exact=True).click()
    assert shown(visit) == []
    assert visit.page.get_by_role("link", name="Menu", exact=True).is_visible()


@pytest.mark.parametrize("width", [768, 1280])
def test_from_a_tablets_width_everything_shows_at_once(visit, pages, width):
    visit.resize(width)
    visit.go(pages.home.url)
    assert shown(visit) == list(PARTS)
    assert not visit.page.locator(".menu-toggle").first.is_visible()
    assert header_height(visit) <= 220
    visit.screenshot(f"header-{width}")
