"""What visitors come for, done in Chromium the way a visitor does it: by clicking or typing."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), "
    "select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])"
)


@pytest.fixture(params=[1280, 375], ids=["desktop", "phone"])
def width(request, visit):
    visit.resize(request.param)
    return request.param


def test_read_a_news_item_from_the_home_page(visit, pages, width):
    visit.go(pages.home.url)

    visit.page.get_by_role("link", name="Partners meet in Riga").first.click()

    assert visit.page.url.endswith(pages.news[0].url)
    assert visit.page.locator("h1").inner_text() == "Partners meet in Riga"
    image = visit.page.locator("main picture img").first
    assert image.get_attribute("alt") == "Twelve people around a table"
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_switch_to_german_and_back(visit, pages, width):
    visit.go(pages.home.url)

    visit.page.get_by_role("link", name="Deutsch").click()
    assert visit.page.url.endswith("/de/")
    assert visit.page.locator("html").get_attribute("lang") == "de"
    assert visit.page.locator("h1").inner_text() == "Soziale Dienste vor Ort"

    visit.page.get_by_role("link", name="English").click()
    assert visit.page.url.endswith("/en/")
    assert visit.page.locator("html").get_attribute("lang") == "en"


def test_filter_case_stories_by_country(visit, pages, width):
    visit.go(pages.story_index.url)
    cards = visit.page.locator(".card-grid .card__title")
    assert cards.count() == 2

    visit.page.get_by_label("Country").select_option(label="Latvia")
    visit.page.get_by_role("button", name="Apply filters").click()

    assert "country=latvia" in visit.page.url
    assert cards.all_inner_texts() == ["A library that lends time"]


def test_download_the_german_policy_recommendations(visit, pages, width):
    visit.go(pages.home.url)
    visit.page.locator(".main-nav").get_by_role("link", name="Outputs").click()
    visit.page.get_by_role("link", name="Policy Recommendations").first.click()

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

    visit.page.get_by_label("Search the site").fill("recommendations")
    visit.page.get_by_label("Search the site").press("Enter")

    assert "/en/search/?q=recommendations" in visit.page.url
    visit.page.locator("main").get_by_role(
        "link", name="Policy Recommendations"
    ).click()
    assert visit.page.locator("h1").inner_text() == "Policy Recommendations"


def focus_ring(page):
    """The focused element's outline, or its card's (cards draw the ring around them)."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            for (const node of [el, el.closest('.card')]) {
                if (!node) continue;
                const style = getComputedStyle(node);
                if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
                    return style.outlineWidth + ' ' + style.outlineStyle;
                }
            }
            return null;
        }"""
    )


def tab_through(page, limit=200):
    """Press Tab until focus leaves the page; each stop: (element key, its focus ring)."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        key = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                el.dataset.tabKey = el.dataset.tabKey || String(Math.random());
                return el.dataset.tabKey;
            }"""
        )
        if key is None or (stops and key == stops[0][0]):
            break
        stops.append((key, focus_ring(page)))
    return stops


@pytest.mark.parametrize(
    "page_name", ["home", "story_index", "partner_index", "recommendations"]
)
def test_keyboard_only(visit, pages, width, page_name):
    url = getattr(pages, page_name).url
    visit.go(url)

    # The first Tab shows the skip link; Enter moves to the main content.
    visit.page.keyboard.press("Tab")
    skip = visit.page.locator(".skip-link")
    assert visit.page.evaluate("() => document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0
    visit.page.keyboard.press("Enter")
    assert visit.page.evaluate("() => document.activeElement.id") == "main"

    # From the top again, Tab reaches every link and control, each with a focus ring.
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
    without_ring = [key for key, ring in stops if ring is None]
    assert stops and without_ring == []
