"""Every page type in Chromium: axe-core, sideways scrolling, other hosts, page weight.

Screenshots of each page at each width go to test-artifacts/screenshots/<page>-<width>.png
for a person to look at; axe's counts per page and width go to test-artifacts/axe.json and
the home page's weight (HTML, CSS and JS apart) to test-artifacts/home-weight.json.
"""

import json
from urllib.parse import urlsplit

import pypdfium2 as pdfium
import pytest

from .conftest import ARTIFACTS, AXE, AXE_MISSING
from .site import STATUS, block_types, page_types

BLOCKING = {"serious", "critical"}
WIDTHS = [1280, 375, 320]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_is_accessible_fits_the_screen_and_stays_on_this_host(
    visit, pages, width
):
    # Without axe-core the other checks still run; only the axe assertion is skipped.
    run_axe = AXE.exists()
    visit.resize(width)
    problems = []
    counts = {}
    own_host = urlsplit(visit.base_url).netloc
    for name, path in page_types(pages):
        visit.requests.clear()
        response = visit.go(path)
        expected = STATUS.get(name, 200)
        if response.status != expected:
            problems.append(f"{name}: status {response.status}, expected {expected}")
        visit.screenshot(f"{name}-{width}")
        overflow = visit.sideways_overflow()
        if overflow > 0:
            problems.append(f"{name}: scrolls sideways by {overflow}px at {width}px")
        foreign = [
            url
            for url in visit.requests
            if urlsplit(url).scheme in {"http", "https"}
            and urlsplit(url).netloc != own_host
        ]
        if foreign:
            problems.append(f"{name}: requests other hosts: {foreign}")
        if not run_axe:
            continue
        violations = visit.axe()
        counts[name] = {
            impact: sum(1 for v in violations if v["impact"] == impact)
            for impact in ("critical", "serious", "moderate", "minor")
        }
        problems += [
            f"{name} at {width}px: {v['impact']} {v['id']} ({v['help']}) {v['targets']}"
            for v in violations
            if v["impact"] in BLOCKING
        ]
    if run_axe:
        report = ARTIFACTS / "axe.json"
        everything = json.loads(report.read_text()) if report.exists() else {}
        everything[str(width)] = counts
        report.write_text(json.dumps(everything, indent=2, sort_keys=True))
    assert not problems, "\n".join(problems)
    if not run_axe:
        pytest.skip(f"status, sideways-scroll and host checks passed; {AXE_MISSING}")


def test_the_test_site_shows_every_block_and_home_page_section(pages):
    """The pages the checks above visit hold every kind of content editors can add."""
    used, offered = block_types(pages.about.body)
    assert used == offered, f"add an example of {offered - used} to site.every_block()"
    assert pages.home.hero_image and pages.home.hero_intro and pages.home.body
    assert len(pages.home.key_figures) >= 4
    assert pages.home.featured_items.count() and pages.home.policymaker_page


def test_home_page_html_css_and_js_weigh_under_100_kb(visit, pages):
    visit.go(pages.home.url)

    # The full home page: every section its template has is on it.
    for selector, minimum in [
        (".hero--image .hero__media img", 1),
        (".policymakers a.button", 1),
        (".key-figures .key-figure", 6),
        ("#featured-heading + .card-grid > li", 6),
        # Latest news leaves out the news items already in the featured row.
        ("#news-heading + .card-grid > li", 1),
        (".prose .cta", 1),
    ]:
        assert visit.page.locator(selector).count() >= minimum, selector

    # Uncompressed sizes from the browser's own record of what it loaded.
    entries = visit.page.evaluate(
        """() => [
            ...performance.getEntriesByType('navigation'),
            ...performance.getEntriesByType('resource').filter(entry =>
                entry.initiatorType !== 'img'
                && !/\\.(avif|webp|jpe?g|png|gif|svg|ico)(\\?|$)/.test(entry.name)),
        ].map(entry => ({
            url: entry.name,
            kind: entry.entryType === 'navigation' ? 'html'
                : entry.initiatorType === 'script' || /\\.m?js(\\?|$)/.test(entry.name) ? 'js'
                : /\\.css(\\?|$)/.test(entry.name) ? 'css' : 'other',
            bytes: entry.decodedBodySize,
        }))"""
    )

    sizes = {entry["url"]: entry["bytes"] for entry in entries}
    by_kind = {
        kind: sum(entry["bytes"] for entry in entries if entry["kind"] == kind)
        for kind in ("html", "css", "js", "other")
    }
    total = sum(sizes.values())
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "home-weight.json").write_text(
        json.dumps(
            {
                "total_bytes": total,
                **{f"{k}_bytes": v for k, v in by_kind.items()},
                "files": sizes,
            },
            indent=2,
        )
    )
    assert any(url.endswith("portal.css") for url in sizes), sizes
    assert all(size > 0 for size in sizes.values()), sizes
    assert total < 100 * 1024, sizes


def test_the_map_has_a_focusable_labelled_link_per_partner_and_network(visit, pages):
    visit.go(pages.partner_index.url)

    markers = visit.page.locator(".region-map svg a")
    labels = [
        markers.nth(i).get_attribute("aria-label") for i in range(markers.count())
    ]

    assert labels == [
        "Partner: Diakonie Schleswig-Holstein, Rendsburg",
        # The city is in the name already: not repeated.
        "Partner: Riga Planning Region",
        "Local Empowerment Network: Network Rendsburg-Eckernförde, Rendsburg-Eckernförde",
        "Local Empowerment Network: Network Vidzeme, Vidzeme",
    ]
    markers.nth(1).focus()
    assert visit.page.evaluate("() => document.activeElement.getAttribute('href')") == (
        pages.partner_index.get_children().get(title="Riga Planning Region").url
    )
    # The same links as a plain list, for screen readers and small screens.
    listed = visit.page.locator(".region-map__list a").all_inner_texts()
    assert "Riga Planning Region" in listed and "Network Vidzeme" in listed


@pytest.mark.parametrize("page_name", ["stories", "recommendations"])
def test_case_story_and_output_print_cleanly_on_a4(visit, pages, page_name):
    page = getattr(pages, page_name)
    visit.go((page[0] if isinstance(page, list) else page).url)
    visit.page.emulate_media(media="print")

    # The footer gives way to the page's address and date.
    assert (
        visit.page.locator(".site-footer").evaluate(
            "node => getComputedStyle(node).display"
        )
        == "none"
    )
    source = visit.page.locator(".print-source")
    assert source.is_visible()
    assert (page[0] if isinstance(page, list) else page).url in source.inner_text()

    hidden = visit.page.evaluate(
        """() => ['.main-nav', '.language-nav', '.site-search', '.skip-link', '.menu-toggle', '.share']
            .filter(sel => document.querySelector(sel))
            .map(sel => getComputedStyle(document.querySelector(sel)).display)"""
    )
    assert hidden and set(hidden) == {"none"}
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = visit.page.pdf(
        path=str(ARTIFACTS / f"print-{page_name}.pdf"),
        format="A4",
        print_background=True,
    )
    assert pdf.startswith(b"%PDF")
    # As many sheets as the text needs: about 3,000 characters fill an A4 page at
    # 11 pt, and pictures and headings take their share; navigation takes none.
    text = visit.page.locator("main").inner_text()
    sheets = len(pdfium.PdfDocument(pdf))
    expected = len(text) / 3000
    assert max(1, int(expected)) <= sheets <= int(expected * 2) + 2, (sheets, len(text))
    # At A4's printable width (about 670 CSS px) nothing sticks out sideways.
    visit.resize(670)
    assert visit.sideways_overflow() <= 0
