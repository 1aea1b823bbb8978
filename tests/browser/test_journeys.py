"""What visitors come for, done in Chromium the way a visitor does it: by clicking or typing."""

import pytest

from .site import SEARCH

FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), "
    "select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])"
)


def open_menu(visit):
    """On a phone the menu, the search and the language switch are behind a button."""
    button = visit.page.locator(".site-header .menu-toggle").first
    if button.is_visible():
        button.click()


@pytest.fixture(params=[1280, 375], ids=["desktop", "phone"])
def width(request, visit):
    visit.resize(request.param)
    return request.param


def test_read_a_news_item_from_the_home_page(visit, pages, width):
    visit.go(pages.home.url)

    with visit.page.expect_navigation():
        visit.page.get_by_role(
            "link", name="Partners meet in Riga", exact=True
        ).first.click()

    assert visit.page.url.endswith(pages.news[0].url)
    assert visit.page.locator("h1").inner_text() == "Partners meet in Riga"
    image = visit.page.locator("main picture img").first
    assert image.get_attribute("alt") == "Twelve people around a table"
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_switch_to_german_and_back(visit, pages, width):
    visit.go(pages.home.url)

    # Scoped: the box for policymakers on the home page links a "Deutsch" file too.
    languages = visit.page.locator(".language-nav")
    open_menu(visit)
    with visit.page.expect_navigation():
        languages.get_by_role("link", name="Deutsch", exact=True).click()
    assert visit.page.url.endswith("/de/")
    assert visit.page.locator("html").get_attribute("lang") == "de"
    assert visit.page.locator("h1").inner_text() == "Soziale Dienste vor Ort"

    open_menu(visit)
    with visit.page.expect_navigation():
        languages.get_by_role("link", name="English", exact=True).click()
    assert visit.page.url.endswith("/en/")
    assert visit.page.locator("html").get_attribute("lang") == "en"


def test_filter_case_stories_by_country(visit, pages, width):
    visit.go(pages.story_index.url)
    cards = visit.page.locator(".card-grid .card__title")
    assert cards.count() == 2

    visit.page.get_by_label("Country", exact=True).select_option(label="Latvia")
    with visit.page.expect_navigation():
        visit.page.get_by_role("button", name="Apply filters", exact=True).click()

    assert "country=latvia" in visit.page.url
    assert cards.all_inner_texts() == ["A library that lends time"]


def test_download_the_german_policy_recommendations(visit, pages, width):
    visit.go(pages.home.url)
    open_menu(visit)
    with visit.page.expect_navigation():
        visit.page.locator(".main-nav").get_by_role(
            "link", name="Outputs", exact=True
        ).click()
    with visit.page.expect_navigation():
        visit.page.locator("main").get_by_role(
            "link", name="Policy Recommendations", exact=True
        ).click()

    link = visit.page.locator("a.download[hreflang='de']")
    assert "Deutsch" in link.inner_text()
    href = link.get_attribute("href")
    with visit.page.expect_response(
        lambda r: r.header_value("content-type") == "application/pdf"
    ) as answer:
        link.click()

    assert answer.value.status == 200
    # Chromium shows a PDF in its viewer; the file itself is fetched as a download would.
    pdf = visit.context.request.get(visit.base_url + href)
    assert pdf.ok and pdf.body().startswith(b"%PDF")


def test_search_and_open_a_result(visit, pages, width):
    visit.go(pages.home.url)

    open_menu(visit)
    box = visit.page.get_by_label("Search the site", exact=True)
    box.fill("recommendations")
    with visit.page.expect_navigation():
        box.press("Enter")

    assert "/en/search/?q=recommendations" in visit.page.url
    with visit.page.expect_navigation():
        visit.page.locator(".search-results").get_by_role(
            "link", name="Policy Recommendations", exact=True
        ).click()
    assert visit.page.locator("h1").inner_text() == "Policy Recommendations"


def test_without_javascript_on_a_phone(visit_without_js, pages):
    """Menu, listing filters and search are plain links and forms: no script needed."""
    visit = visit_without_js
    visit.go(pages.home.url)
    ran = visit.page.evaluate(
        """() => {
            const script = document.createElement('script');
            script.textContent = 'document.documentElement.dataset.scripted = "yes"';
            document.head.append(script);
            return document.documentElement.dataset.scripted === 'yes';
        }"""
    )
    assert not ran, "JavaScript should be off in this browser context"

    visit.page.get_by_role("link", name="Menu", exact=True).click()
    with visit.page.expect_navigation():
        visit.page.locator(".main-nav").get_by_role(
            "link", name="Case stories", exact=True
        ).click()
    assert visit.page.url.endswith(pages.story_index.url)
    assert visit.page.locator("h1").inner_text() == "Case stories"
    cards = visit.page.locator(".card-grid .card__title")
    assert cards.count() == 2

    visit.page.get_by_label("Country", exact=True).select_option(label="Latvia")
    with visit.page.expect_navigation():
        visit.page.get_by_role("button", name="Apply filters", exact=True).click()
    assert "country=latvia" in visit.page.url
    assert cards.all_inner_texts() == ["A library that lends time"]
    assert visit.page.locator(".results-count").inner_text().startswith("1 result")
    assert visit.sideways_overflow() <= 0

    visit.page.get_by_role("link", name="Menu", exact=True).click()
    header_search = visit.page.locator(".site-search")
    header_search.get_by_label("Search the site", exact=True).fill("recommendations")
    with visit.page.expect_navigation():
        header_search.get_by_role("button", name="Search", exact=True).click()
    assert "/en/search/?q=recommendations" in visit.page.url
    results = visit.page.locator(".search-results")
    assert (
        "Policy Recommendations"
        in results.locator(".search-result__title").all_inner_texts()
    )
    visit.screenshot("no-javascript-search-375")
    with visit.page.expect_navigation():
        results.get_by_role("link", name="Policy Recommendations", exact=True).click()
    assert visit.page.locator("h1").inner_text() == "Policy Recommendations"
    assert visit.sideways_overflow() <= 0


# Every focusable element's (and its card's) outline and shadow before anything has focus.
REST_STYLES = """(selector) => {
    const look = node => {
        const s = getComputedStyle(node);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
    };
    for (const el of document.querySelectorAll(selector + ', .card')) {
        el.dataset.restLook = look(el);
    }
}"""

# The focused element: a key for it, whether its (or its card's) look changed from rest
# to show an outline or shadow, and the outline's contrast with the colour behind it.
FOCUS_STOP = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    el.dataset.tabKey = el.dataset.tabKey || String(Math.random());
    const rgba = text => {
        const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number);
        return {r, g, b, a};
    };
    const over = (top, below) => ({
        r: top.r * top.a + below.r * (1 - top.a),
        g: top.g * top.a + below.g * (1 - top.a),
        b: top.b * top.a + below.b * (1 - top.a),
        a: 1,
    });
    const luminance = c => {
        const [r, g, b] = [c.r, c.g, c.b].map(v => {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (x, y) => {
        const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
        return (hi + 0.05) / (lo + 0.05);
    };
    // What is painted behind the ring: the elements under a point in the middle of
    // its left edge, their backgrounds laid over each other (white at the bottom).
    const behind = (node, style) => {
        const box = node.getBoundingClientRect();
        const offset = parseFloat(style.outlineOffset) || 0;
        const x = box.left - offset - parseFloat(style.outlineWidth) / 2;
        const y = box.top + box.height / 2;
        let stack = document.elementsFromPoint(x, y);
        if (offset >= 0) stack = stack.filter(n => n !== node && !node.contains(n));
        if (!stack.length) {
            stack = [];
            for (let n = offset < 0 ? node : node.parentElement; n; n = n.parentElement) {
                stack.push(n);
            }
        }
        let colour = {r: 255, g: 255, b: 255, a: 1};
        for (const n of stack.reverse()) {
            const bg = rgba(getComputedStyle(n).backgroundColor);
            if (bg.a > 0) colour = over(bg, colour);
        }
        return colour;
    };
    for (const node of [el, el.closest('.card')]) {
        if (!node) continue;
        const style = getComputedStyle(node);
        const look = [style.outlineStyle, style.outlineWidth, style.outlineColor,
                      style.boxShadow].join('|');
        const rest = node.dataset.restLook ?? 'none|0px||none';
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        if (look === rest || !(outline || style.boxShadow !== 'none')) continue;
        const ratio = outline
            ? contrast(rgba(style.outlineColor), behind(node, style))
            : null;
        return {key: el.dataset.tabKey, ring: true, contrast: ratio,
                html: el.outerHTML.slice(0, 120)};
    }
    return {key: el.dataset.tabKey, ring: false, contrast: null,
            html: el.outerHTML.slice(0, 120)};
}"""


def tab_through(page, limit=300):
    """Press Tab until focus leaves the page or comes round again; a stop per press."""
    page.evaluate(REST_STYLES, FOCUSABLE)
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STOP)
        if stop is None or (stops and stop["key"] == stops[0]["key"]):
            break
        stops.append(stop)
    return stops


KEYBOARD_PAGES = {
    "home": lambda pages: pages.home.url,
    "story_index": lambda pages: pages.story_index.url,
    "partner_index": lambda pages: pages.partner_index.url,
    "recommendations": lambda pages: pages.recommendations.url,
    "news": lambda pages: pages.news[0].url,
    "network": lambda pages: pages.network.url,
    "search": lambda pages: SEARCH,
    "not_found": lambda pages: "/en/no-such-page/",
}


@pytest.mark.parametrize("page_name", KEYBOARD_PAGES)
def test_keyboard_only(visit, pages, width, page_name):
    url = KEYBOARD_PAGES[page_name](pages)
    visit.go(url)

    # The first Tab shows the skip link; Enter moves to the main content.
    visit.page.keyboard.press("Tab")
    skip = visit.page.locator(".skip-link")
    assert visit.page.evaluate("() => document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0
    visit.page.keyboard.press("Enter")
    assert visit.page.evaluate("() => document.activeElement.id") == "main"

    # From the top again, Tab reaches every link and control, each with a focus ring
    # that shows (its look changes) and contrasts 3:1 with what is behind it.
    visit.go(url)
    stops = tab_through(visit.page)

    unreachable = visit.page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)]
            .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
            .filter(el => !el.dataset.tabKey)
            .map(el => el.outerHTML.slice(0, 120))""",
        FOCUSABLE,
    )
    assert unreachable == []
    assert stops
    assert [stop["html"] for stop in stops if not stop["ring"]] == []
    faint = [
        f"{stop['contrast']:.2f}:1 {stop['html']}"
        for stop in stops
        if stop["contrast"] is not None and stop["contrast"] < 3
    ]
    assert faint == []
