"""The read-only API at /api/v2/: page fields per type, locale filter, bad parameters."""

import pytest
from wagtail.models import Page, PageViewRestriction, get_page_models

from home.models import SiteSettings
from home.tests.factories import (
    CountryFactory,
    DocumentFactory,
    ImageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    make_pdf,
)
from news.tests.factories import NewsPageFactory
from partners.tests.factories import (
    CaseStoryPageFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import OutputFileFactory, OutputPageFactory

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def detail(client, page):
    return get(client, f"/api/v2/pages/{page.pk}/")


def translate_term(term, locale, name):
    translation = term.copy_for_translation(locale)
    translation.name = name
    translation.save()
    return translation


def test_partner_fields_include_country_and_role(client, tree, translate, locales):
    germany = CountryFactory(name="Germany", code="DE", slug="germany")
    translate_term(germany, locales["de"], "Deutschland")
    partner = PartnerPageFactory(
        parent=tree.partners,
        title="Diakonisches Werk Schleswig-Holstein",
        short_name="DW SH",
        country=germany,
        role="lead",
        city="Rendsburg",
        website="https://www.diakonie-sh.de/",
        summary="The lead partner.",
        target_groups=[TargetGroupFactory(name="Single parents")],
    )
    german = translate(partner, "de")

    data = detail(client, partner)
    german_data = detail(client, german)

    assert data["meta"]["type"] == "partners.PartnerPage"
    assert data["meta"]["locale"] == "en"
    assert data["country"] == {"slug": "germany", "name": "Germany", "code": "DE"}
    assert data["role"] == "lead"
    assert data["short_name"] == "DW SH"
    assert data["city"] == "Rendsburg"
    assert data["website"] == "https://www.diakonie-sh.de/"
    assert data["summary"] == "The lead partner."
    assert data["target_groups"] == [
        {"slug": "single-parents", "name": "Single parents"}
    ]
    assert german_data["country"]["name"] == "Deutschland"


def test_case_story_fields_include_network_and_target_groups(client, tree, translate):
    network = NetworkPageFactory(parent=tree.networks, title="LEN Luleå")
    story = CaseStoryPageFactory(
        parent=tree.case_stories,
        network=network,
        status="social_enterprise",
        target_groups=[TargetGroupFactory(name="Migrants")],
        themes=[ThemeFactory(name="Work")],
        challenge=f'<p>See <a linktype="page" id="{network.pk}">the network</a>.</p>',
        image=ImageFactory(),
    )
    german_network = translate(network, "de", title="LEN Luleå (de)")
    german_story = translate(story, "de")

    data = detail(client, story)
    german_data = detail(client, german_story)

    assert data["network"] == {
        "id": network.pk,
        "title": "LEN Luleå",
        "html_url": network.full_url,
    }
    assert german_data["network"]["id"] == german_network.pk
    assert data["target_groups"] == [{"slug": "migrants", "name": "Migrants"}]
    assert data["themes"] == [{"slug": "work", "name": "Work"}]
    assert data["status"] == "social_enterprise"
    assert data["start_date"] == "2024-03-01"
    assert f'href="{network.url}"' in data["challenge"]
    assert data["social_image"]["width"] <= 1200
    assert data["image"]["id"] == story.image_id


def test_network_and_news_fields(client, tree):
    partner = PartnerPageFactory(parent=tree.partners)
    network = NetworkPageFactory(
        parent=tree.networks, coordinating_partner=partner, region="Norrbotten"
    )
    news = NewsPageFactory(parent=tree.news, related_partners=[partner])

    network_data = detail(client, network)
    news_data = detail(client, news)

    assert network_data["region"] == "Norrbotten"
    assert network_data["coordinating_partner"]["id"] == partner.pk
    assert [member["kind"] for member in network_data["members"]] == ["municipality"]
    assert news_data["date"] == "2024-11-27"
    assert [p["id"] for p in news_data["related_partners"]] == [partner.pk]


def test_output_fields_list_files_with_download_urls(client, tree):
    page = OutputPageFactory(
        parent=tree.outputs,
        files__language="en",
        themes=[ThemeFactory(name="Mobility")],
    )
    OutputFileFactory(page=page, language="de", edition="2nd edition")

    data = detail(client, page)

    assert data["output_type"] == "handbook"
    assert data["publication_date"] == "2025-06-30"
    assert data["themes"] == [{"slug": "mobility", "name": "Mobility"}]
    files = {file["language"]: file for file in data["files"]}
    assert set(files) == {"en", "de"}
    assert files["de"]["language_name"] == "Deutsch"
    assert files["de"]["edition"] == "2nd edition"
    for code, file in files.items():
        assert file["url"] == f"{page.full_url}download/{code}/"
        assert client.get(file["url"]).status_code == 200
        assert file["size"] > 0
        assert file["format"] == "PDF"
        assert file["content_type"] == "application/pdf"


def test_home_standard_and_index_page_fields(client, tree):
    home = tree.home
    home.hero_heading = "Social services co-created"
    home.hero_image = ImageFactory(title="Village")
    home.key_figures = [
        {"type": "figure", "value": {"value": "16", "label": "partners"}}
    ]
    home.save_revision().publish()
    about = StandardPageFactory(
        parent=home,
        body=[{"type": "paragraph", "value": "<p>About the project</p>"}],
    )
    tree.news.intro = "<p>What the partners report.</p>"
    tree.news.save_revision().publish()

    home_data = detail(client, home)
    about_data = detail(client, about)
    news_index_data = detail(client, tree.news)

    assert home_data["hero_heading"] == "Social services co-created"
    assert home_data["hero_image"]["id"] == home.hero_image_id
    assert home_data["key_figures"][0]["value"] == {"value": "16", "label": "partners"}
    assert about_data["body"][0]["type"] == "paragraph"
    assert "About the project" in about_data["body"][0]["value"]
    assert news_index_data["intro"] == "<p>What the partners report.</p>"
    # The home page shares its hero image, as on its social card.
    assert home_data["social_image"]["width"] <= 1200
    assert "/images/" in home_data["social_image"]["url"]


def test_social_image_falls_back_to_the_site_default(client, tree):
    page = NewsPageFactory(parent=tree.news, image=None)
    assert detail(client, page)["social_image"] is None

    settings = SiteSettings.for_site(tree.home.get_site())
    settings.default_image = ImageFactory(title="SEMPRE logo")
    settings.save()

    data = detail(client, page)
    assert data["social_image"]["url"].startswith("http://")
    assert data["social_image"]["alt"]


def test_an_output_without_its_own_image_shares_its_pdf_cover(client, tree):
    page = OutputPageFactory(
        parent=tree.outputs,
        image=None,
        files__document__file__data=make_pdf("Policy recommendations"),
    )
    assert page.cover_image is not None

    data = detail(client, page)

    assert data["social_image"]["width"] <= 1200
    assert data["image"] is None


def test_listing_filters_by_locale_and_type(client, tree, translate):
    """?locale=de: every item once, in German where translated, else in English (its
    meta.locale says so); &fallback=false: the German pages only."""
    english = NewsPageFactory(parent=tree.news)
    german = translate(english, "de")
    untranslated = NewsPageFactory(parent=tree.news)

    german_data = get(client, "/api/v2/pages/?locale=de&type=news.NewsPage")
    german_only = get(
        client, "/api/v2/pages/?locale=de&fallback=false&type=news.NewsPage"
    )
    english_data = get(
        client, "/api/v2/pages/?locale=en&type=news.NewsPage&fields=date,summary"
    )

    assert {(item["id"], item["meta"]["locale"]) for item in german_data["items"]} == {
        (german.pk, "de"),
        (untranslated.pk, "en"),
    }
    assert [item["id"] for item in german_only["items"]] == [german.pk]
    assert english_data["meta"]["total_count"] == 2
    assert {item["meta"]["locale"] for item in english_data["items"]} == {"en"}
    assert all("date" in item for item in english_data["items"])


def test_listing_is_paginated_and_hides_private_pages(client, tree):
    pages = [NewsPageFactory(parent=tree.news) for _ in range(3)]
    PageViewRestriction.objects.create(
        page=pages[0], restriction_type=PageViewRestriction.LOGIN
    )

    first = get(client, "/api/v2/pages/?type=news.NewsPage&limit=1")
    second = get(client, "/api/v2/pages/?type=news.NewsPage&limit=1&offset=1")

    assert first["meta"]["total_count"] == 2
    assert len(first["items"]) == 1
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert pages[0].pk not in {first["items"][0]["id"], second["items"][0]["id"]}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("locale=xx", "unknown locale"),
        ("locale=de&fallback=maybe", "fallback must be 'true' or 'false'"),
        ("type=news.Nothing", "type doesn't exist"),
        ("limit=many", "limit must be a positive integer"),
        ("offset=-1", "offset must be a positive integer"),
        ("offset=99999999999999999999", "offset is too large"),
        ("fields=no_such_field", "unknown fields"),
        ("order=no_such_field", "cannot order by"),
        ("colour=blue", "query parameter is not an operation or a recognised field"),
        ("child_of=abc", "child_of must be a positive integer"),
        ("site=nowhere.example", "unknown site"),
        ("type=news.NewsPage&date=tomorrow", "field filter error"),
        ("type=partners.PartnerPage&latitude=north", "field filter error"),
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, tree, query, message):
    NewsPageFactory(parent=tree.news)

    data = get(client, f"/api/v2/pages/?{query}", status=400)

    assert message in data["message"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("value", ["abc", "1e309", "-1", "1.5"])
def test_find_with_an_unreadable_id_is_a_400(client, tree, endpoint, value):
    data = get(client, f"/api/v2/{endpoint}/find/?id={value}", status=400)

    assert data["message"] == "id must be a positive integer"


def filterable_fields():
    """(page type, field) for every database field the API lets a visitor filter on."""
    from discovery.api import PortalPagesAPIViewSet

    view = PortalPagesAPIViewSet()
    for model in get_page_models():
        if model is Page:
            continue
        label = f"{model._meta.app_label}.{model.__name__}"
        for name in view.get_available_fields(model, db_fields_only=True):
            if name != "locale":
                yield label, name


@pytest.mark.parametrize("value", ["abc", "-1.5", "'; --", "[]", "2024-13-45"])
def test_no_field_filter_value_is_a_server_error(client, tree, value):
    """Every filterable field of every page type, with values of the wrong kind."""
    NewsPageFactory(parent=tree.news)
    fields = list(filterable_fields())
    assert ("partners.PartnerPage", "target_groups") in fields
    assert ("resources.OutputPage", "files") in fields

    for page_type, name in fields:
        response = client.get("/api/v2/pages/", {"type": page_type, name: value})
        assert response.status_code in (200, 400), (page_type, name, response.content)
        if response.status_code == 400:
            assert "field filter error" in response.json()["message"]


def test_a_relation_filters_by_id(client, tree):
    group = TargetGroupFactory()
    tagged = PartnerPageFactory(parent=tree.partners)
    tagged.target_groups.set([group])
    tagged.save()
    PartnerPageFactory(parent=tree.partners)

    data = get(
        client, f"/api/v2/pages/?type=partners.PartnerPage&target_groups={group.pk}"
    )

    assert [item["id"] for item in data["items"]] == [tagged.pk]


def test_images_and_documents_endpoints(client, tree):
    image = ImageFactory(title="Workshop")
    page = OutputPageFactory(parent=tree.outputs)
    document = page.files.get().document
    OutputPageFactory(parent=tree.outputs, live=False)
    DocumentFactory(title="Draft, not attached to any page")

    images = get(client, "/api/v2/images/")
    documents = get(client, "/api/v2/documents/")

    assert [item["id"] for item in images["items"]] == [image.pk]
    assert [item["id"] for item in documents["items"]] == [document.pk]
    assert documents["items"][0]["meta"]["download_url"]
    assert get(client, f"/api/v2/documents/{document.pk}/")["id"] == document.pk


def test_a_missing_page_is_a_404_in_json(client, tree):
    response = client.get("/api/v2/pages/99999/")

    assert response.status_code == 404
    assert response.json() == {"message": "No Page matches the given query."}


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize(
    "search", ['a"b', '"unbalanced', "(x", "x)", "NEAR(a b)", "a* OR", "'; --", "%"]
)
def test_search_text_is_never_a_server_error(client, tree, endpoint, search):
    NewsPageFactory(parent=tree.news, title="Village bus")

    response = client.get(f"/api/v2/{endpoint}/", {"search": search})

    assert response.status_code == 200, response.content
    assert "items" in response.json()


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_an_unknown_search_operator_is_a_400(client, tree, endpoint):
    data = get(
        client, f"/api/v2/{endpoint}/?search=bus&search_operator=xor", status=400
    )

    assert "search_operator must be 'and' or 'or'" in data["message"]


def test_search_finds_pages_by_their_words(client, tree):
    bus = NewsPageFactory(parent=tree.news, title="Village bus timetable")
    NewsPageFactory(parent=tree.news, title="Harvest festival")

    loose = get(client, '/api/v2/pages/?search="village bus')
    strict = get(client, "/api/v2/pages/?search=village+festival&search_operator=and")

    assert [item["id"] for item in loose["items"]] == [bus.pk]
    assert strict["items"] == []


def test_images_endpoint_leaves_out_covers_of_unpublished_outputs(client, tree):
    published = OutputPageFactory(
        parent=tree.outputs, files__document__file__data=make_pdf("Handbook")
    )
    draft = OutputPageFactory(
        parent=tree.outputs,
        live=False,
        files__document__file__data=make_pdf("Draft report"),
    )
    shown = published.files.get().document.cover_id
    hidden = draft.files.get().document.cover_id
    assert shown and hidden

    ids = [item["id"] for item in get(client, "/api/v2/images/")["items"]]

    assert shown in ids
    assert hidden not in ids
    assert client.get(f"/api/v2/images/{hidden}/").status_code == 404


def test_private_files_and_restricted_links_stay_out_of_the_api(client, tree):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    output = OutputPageFactory(parent=tree.outputs, files__language="en")
    internal = OutputFileFactory(
        page=output, language="de", document__title="Internal draft (German)"
    )
    internal.document.collection = private
    internal.document.save()
    hidden_partner = PartnerPageFactory(parent=tree.partners, title="Hidden partner")
    PageViewRestriction.objects.create(
        page=hidden_partner, restriction_type=PageViewRestriction.LOGIN
    )
    network = NetworkPageFactory(
        parent=tree.networks, coordinating_partner=hidden_partner
    )

    files = detail(client, output)["files"]
    text = client.get(f"/api/v2/pages/{output.pk}/").content.decode()

    assert [file["language"] for file in files] == ["en"]
    assert "Internal draft" not in text
    assert detail(client, network)["coordinating_partner"] is None
    assert internal.document.pk not in [
        item["id"] for item in get(client, "/api/v2/documents/")["items"]
    ]


def test_search_can_be_switched_off(client, tree, settings):
    settings.WAGTAILAPI_SEARCH_ENABLED = False

    data = get(client, "/api/v2/pages/?search=bus", status=400)

    assert data["message"] == "search is disabled"
