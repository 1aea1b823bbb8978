"""The demo loader: builds the SEMPRE site, changes nothing the second time, no dead links.

The loader runs twice, once for the whole package (conftest.py), inside a transaction
that is rolled back afterwards.
"""

import re
from collections import Counter, deque
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from wagtail.models import Page, Site

from demo import content
from home.models import HomePage
from news.models import NewsPage
from partners.models import CaseStoryPage, NetworkPage, PartnerPage
from resources.models import OutputPage
from tests.conftest import shared_context

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

INTERNAL_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}


def test_second_run_changes_nothing(demo):
    assert demo.second.pages == demo.first.pages
    assert demo.second.images == demo.first.images
    assert demo.second.documents == demo.first.documents
    assert demo.second.terms == demo.first.terms
    assert demo.second.site == demo.first.site


def test_loading_reports_each_step_with_counts_and_the_renditions_progress(demo):
    """A newcomer running `make run` sees what is happening, not a silent minute."""
    lines = demo.output.splitlines()
    steps = [line for line in lines if re.match(r"\[ ?\d+/\d+\] ", line)]
    assert len(steps) == 15
    assert steps[-1].startswith("[15/15] ")
    for line in steps:
        assert re.search(r": (.+ created|up to date) \(\d+\.\d s\)$", line), line
    partners = next(line for line in steps if "] Partners:" in line)
    assert partners.split(": ")[1].startswith("16 pages")
    translations = next(line for line in steps if "] Translations" in line)
    assert re.search(r": \d{3} pages, \d+ snippets created", translations), translations
    # The long step (renditions) shows its progress, a quarter at a time off a terminal.
    progress = [
        line for line in lines if re.match(r"Renditions: \d+/\d+ images$", line)
    ]
    assert len(progress) >= 4
    assert (
        progress[-1].split()[1].split("/")[0] == progress[-1].split()[1].split("/")[1]
    )
    assert any(
        re.match(r"        lv: \d+ pages and terms translated", line) for line in lines
    )


def test_every_demo_page_is_live_with_a_published_revision(demo):
    for row in demo.first.pages:
        _pk, title, url_path, _type, live, published, latest, revisions = row
        if url_path == "/":
            continue
        assert live and published and latest and revisions >= 1, title


def test_demo_site_root_is_an_english_home_page(demo):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific

    assert isinstance(home, HomePage)
    assert home.locale.language_code == "en"
    assert (
        not Page.objects.filter(depth=2)
        .exclude(pk=home.pk)
        .filter(locale=home.locale)
        .exists()
    )


def test_demo_has_the_specified_content(demo):
    english = {"locale__language_code": "en"}
    partners = PartnerPage.objects.live().filter(**english)
    assert partners.count() == len(content.PARTNERS) == 16
    assert sorted(partners.values_list("title", flat=True)) == sorted(
        partner["title"] for partner in content.PARTNERS
    )
    assert partners.filter(role="lead").count() == 1
    assert len({p.country_id for p in partners}) == 8
    assert NetworkPage.objects.live().filter(**english).count() >= 8
    assert CaseStoryPage.objects.live().filter(**english).count() >= 12
    assert NewsPage.objects.live().filter(**english).count() >= 20
    for model, items in (
        (NetworkPage, content.NETWORKS),
        (CaseStoryPage, content.CASE_STORIES),
        (NewsPage, content.NEWS),
        (OutputPage, content.OUTPUTS),
    ):
        slugs = set(
            model.objects.live().filter(**english).values_list("slug", flat=True)
        )
        assert slugs == {item["slug"] for item in items}, model


def test_demo_translations_are_translations_of_demo_pages(demo):
    english = Page.objects.filter(locale__language_code="en", depth__gte=2)
    keys = set(english.values_list("translation_key", flat=True))
    translated = Page.objects.exclude(locale__language_code="en").filter(depth__gte=2)

    assert set(translated.values_list("translation_key", flat=True)) <= keys
    # German and Swedish are complete: a source string missing from their catalogues
    # would silently drop a page from them.
    for code in ("de", "sv"):
        assert translated.filter(locale__language_code=code).count() == len(keys), code
    # The accessibility statement (linked from every footer) is a legal text:
    # translated in full into every language.
    statement = english.get(slug="accessibility-statement")
    assert set(
        statement.get_translations().values_list("locale__language_code", flat=True)
    ) == {code for code, _name in settings.LANGUAGES} - {"en"}
    for page in translated.specific().iterator():
        assert page.get_parent().locale_id == page.locale_id or page.depth == 2, page


def test_demo_networks_have_members_and_stories_have_a_network(demo):
    for network in NetworkPage.objects.all():
        assert network.members.exists(), network
    for story in CaseStoryPage.objects.all():
        assert story.network_id is not None, story


def test_demo_outputs_come_with_pdfs(demo):
    outputs = OutputPage.objects.live().filter(locale__language_code="en")
    assert outputs.count() >= 5
    for output in outputs:
        files = list(output.files.select_related("document"))
        assert files, output
        for output_file in files:
            with output_file.document.open_file() as handle:
                assert handle.read(5) == b"%PDF-", output_file.document


def test_demo_taxonomy_relations_point_at_english_terms(demo):
    for model, fields in (
        (PartnerPage, ["country"]),
        (NetworkPage, ["country"]),
        (CaseStoryPage, ["country"]),
        (NewsPage, ["category"]),
    ):
        for page in model.objects.select_related(*fields):
            for field in fields:
                term = getattr(page, field)
                if term is not None:
                    assert term.locale.language_code == "en", (page, field)
    for story in CaseStoryPage.objects.prefetch_related("themes", "target_groups"):
        for term in [*story.themes.all(), *story.target_groups.all()]:
            assert term.locale.language_code == "en", story


def internal_path(url, base):
    """The path and query of an internal link, or None for external ones."""
    url = urljoin(base, url.strip())
    parts = urlsplit(url)
    if (
        parts.scheme not in {"", "http", "https"}
        or (parts.hostname or "") not in INTERNAL_HOSTS
    ):
        return None
    if parts.hostname == "localhost" and parts.port not in (None, 80):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


ATTRIBUTES = re.compile(r"""\s(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def links(html, base):
    """Every href, src and srcset target in a page, as internal paths.

    A regular expression rather than an HTML parser: the crawl reads some 800 pages.
    """
    found = set()
    for name, double, single in ATTRIBUTES.findall(html):
        value = unescape(double or single)
        candidates = [value]
        if name == "srcset":
            candidates = [part.strip().split(" ")[0] for part in value.split(",")]
        for candidate in candidates:
            if not candidate or candidate.startswith(("#", "mailto:", "tel:", "data:")):
                continue
            path = internal_path(candidate, base)
            if path is not None:
                found.add(path.split("#")[0])
    return found


def test_crawl_finds_no_broken_links(demo, crawl, client):
    """Every link, picture and file from /en/ on answers. The pages the package's
    crawl has read already (crawl.html, all 200) are not asked for again."""
    media_url, static_url = settings.MEDIA_URL, settings.STATIC_URL
    queue, seen, fetched = deque(["/en/"]), {"/en/"}, Counter()
    broken = []
    while queue:
        path = queue.popleft()
        bare = urlsplit(path).path
        if bare.startswith(media_url):
            file = Path(settings.MEDIA_ROOT) / bare[len(media_url) :]
            if not file.is_file():
                broken.append((path, "missing media file"))
            fetched["media"] += 1
            continue
        if bare.startswith(static_url):
            if finders.find(bare[len(static_url) :]) is None:
                broken.append((path, "missing static file"))
            fetched["static"] += 1
            continue
        if path in crawl.html:
            fetched["pages"] += 1
            targets = links(crawl.html[path], path)
        else:
            response = client.get(path)
            is_file = bare.startswith("/documents/") or "/download/" in bare
            fetched["documents" if is_file else "pages"] += 1
            if response.status_code in (301, 302):
                targets = {internal_path(response["Location"], path)} - {None}
            elif response.status_code >= 400:
                broken.append((path, response.status_code))
                continue
            elif response["Content-Type"].startswith("text/html"):
                targets = links(response.content.decode(), path)
            else:
                targets = set()
        for target in targets - seen:
            if not target.startswith("/admin/"):
                seen.add(target)
                queue.append(target)

    print(f"\nDemo crawl: {dict(fetched)}")
    assert broken == []
    assert fetched["pages"] >= 16 + 8 + 12 + 20 + 5
    assert fetched["documents"] >= 5
    assert fetched["media"] > 0
    assert fetched["static"] > 0


def test_demo_outputs_have_a_cover_from_their_pdf_and_searchable_text(demo):
    for output in OutputPage.objects.live().filter(locale__language_code="en"):
        assert output.image is None
        assert output.cover_image is not None, output
        for output_file in output.files.select_related("document"):
            assert output_file.document.page_count >= 2
            assert len(output_file.document.text) > 500
    german = OutputPage.objects.get(
        locale__language_code="en", output_type="policy_recommendations"
    ).files.get(language="de")
    assert content.PDF_ONLY_PHRASE_DE in " ".join(german.document.text.split())


POLICY_LANGUAGES = {"en", "de", "et", "lv", "lt"}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def clickable_links(html, base, scope="//main"):
    """The internal targets of the <a href> links inside `scope` (an XPath; the
    page's <main> by default), in page order.

    Only what a visitor clicks in the page's content: not <link> tags, images or
    scripts, not the header's menus and never the language switcher (which would
    lead from any home page to the English one).
    """
    import lxml.html

    document = lxml.html.fromstring(html)
    found = []
    for anchor in document.xpath(f"{scope}//a[@href]"):
        if anchor.xpath("ancestor-or-self::*[contains(@class, 'language-nav')]"):
            continue
        href = anchor.get("href").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "data:")):
            continue
        path = internal_path(href, base)
        if path is not None:
            found.append(path.split("#")[0])
    return list(dict.fromkeys(found))


#: The home page's "For policymakers" box.
POLICYMAKERS_BOX = "//main//section[@aria-labelledby='policymakers-heading']"


def download_links(html):
    """(hreflang, type) of each link in the output page's list of language versions."""
    import lxml.html

    document = lxml.html.fromstring(html)
    return [
        (anchor.get("hreflang"), anchor.get("type"))
        for anchor in document.xpath(
            "//main//ul[contains(@class, 'download-list')]/li/a[@href]"
        )
    ]


def is_followed(path):
    bare = urlsplit(path).path
    return not (
        bare.startswith(("/static/", "/media/", "/documents/")) or "/download/" in bare
    )


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_policy_recommendations_are_two_clicks_from_every_home_page(demo, client, code):
    """From /<code>/, the "For policymakers" box leads to the Policy Recommendations
    in at most two clicks: a link in the box, then (if needed) an <a> link in the
    <main> of the page it leads to. The recommendations also being an editor's pick
    on the home page does not count: the box is the policymakers' way in.
    """
    import lxml.html
    from django.utils import translation

    policy = OutputPage.objects.live().filter(output_type="policy_recommendations")
    # The page in the visitor's language where it is translated, else the English one.
    own = policy.filter(locale__language_code=code)
    targets = {page.url for page in (own or policy.filter(locale__language_code="en"))}
    start = f"/{code}/"
    home = client.get(start)
    assert home.status_code == 200
    html = home.content.decode()
    boxes = lxml.html.fromstring(html).xpath(POLICYMAKERS_BOX)
    assert len(boxes) == 1, f"no “For policymakers” box on {start}"
    with translation.override(code):
        heading = translation.gettext("For policymakers")
    assert boxes[0].xpath("string(.//h2)").strip() == heading

    found, seen = None, {start}
    first_clicks = [
        link
        for link in clickable_links(html, start, POLICYMAKERS_BOX)
        if is_followed(link)
    ]
    for link in first_clicks:
        if urlsplit(link).path in targets:
            found = (1, urlsplit(link).path)
            break
    for path in first_clicks if found is None else []:
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        links = clickable_links(response.content.decode(), path)
        hit = next((link for link in links if urlsplit(link).path in targets), None)
        if hit:
            found = (2, urlsplit(hit).path)
            break
    assert found is not None, f"no Policy Recommendations within 2 clicks of {start}"
    clicks, url = found
    assert clicks <= 2
    page = client.get(url)
    assert page.status_code == 200
    assert {file.language for file in shared_context(page)["files"]} == POLICY_LANGUAGES
    offered = download_links(page.content.decode())
    assert sorted(offered) == sorted(
        (language, "application/pdf") for language in POLICY_LANGUAGES
    )
    if code in POLICY_LANGUAGES:
        # The visitor's own language is offered first and is one more click away.
        assert offered[0][0] == code
        download = client.get(f"{url}download/{code}/", HTTP_USER_AGENT=BROWSER)
        assert download.status_code == 200
        assert download["Content-Type"] == "application/pdf"


def test_demo_is_found_and_reused_in_every_language(demo, client):
    """Sitemap, feeds, project record and JSON-LD of the demo, as machines read them."""
    import json

    import feedparser
    import jsonschema
    import lxml.html
    from lxml import etree

    from discovery.export import SCHEMA_PATH

    sitemap = etree.fromstring(client.get("/sitemap.xml").content)
    namespaces = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = sitemap.xpath("sm:url/sm:loc/text()", namespaces=namespaces)
    assert len(locations) == Page.objects.live().filter(depth__gte=2).count()
    assert sitemap.xpath(
        "count(sm:url[sm:loc='http://localhost/de/']/*[@hreflang])",
        namespaces=namespaces,
    ) == 1 + len(settings.LANGUAGES)

    english = {"locale__language_code": "en"}
    expected = {
        "news": min(20, NewsPage.objects.live().filter(**english).count()),
        "case-stories": min(20, CaseStoryPage.objects.live().filter(**english).count()),
    }
    schema = json.loads(SCHEMA_PATH.read_text())
    for code in ("en", "de", "pl"):
        record = client.get(f"/{code}/project.json").json()
        jsonschema.validate(record, schema)
        assert record["project"]["counts"]["partners"] == 16
        assert record["project"]["counts"]["countries"] == 8
        assert record["project"]["lead_partner"] is not None
        for kind in ("news", "case-stories"):
            for suffix in ("rss", "atom"):
                feed = feedparser.parse(
                    client.get(f"/{code}/feeds/{kind}.{suffix}").content
                )
                assert not feed.bozo, (code, kind, suffix)
                assert feed.feed.language == code
                # Every language's feed has every item, translated or in English.
                assert len(feed.entries) == expected[kind], (code, kind, suffix)

    home = lxml.html.fromstring(client.get("/de/").content)
    types = [
        json.loads(script.text)["@type"]
        for script in home.xpath("//script[@type='application/ld+json']")
    ]
    assert types == ["Organization", "Organization", "BreadcrumbList"]
    assert home.xpath("//meta[@property='og:image']/@content")


def test_demo_accounts_have_their_admin_language_and_roles(demo):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    users = get_user_model().objects
    for code, _name in settings.LANGUAGES:
        for role in ("editor", "moderator"):
            user = users.get(username=f"{role}-{code}")
            assert UserProfile.get_for_user(user).preferred_language == code
        home = Page.objects.get(depth=2, locale__language_code=code)
        editor = users.get(username=f"editor-{code}")
        moderator = users.get(username=f"moderator-{code}")
        assert not home.permissions_for_user(editor).can_publish()
        assert home.permissions_for_user(moderator).can_publish()
    coordinator = users.get(username="coordinator")
    assert not UserProfile.get_for_user(coordinator).submitted_notifications


def test_no_rendition_is_made_while_visitors_read_the_site(crawl):
    """load_demo made every rendition the pages show: reading every page of the
    sitemap and every listing page by page made none."""
    assert crawl.renditions_made == []
    assert len(crawl.html) > 400
