"""Home and standard pages: tree rules, rendering, admin creation, translation."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage, HomePageFeaturedItem, StandardPage
from home.tests.factories import DocumentFactory, ImageFactory, StandardPageFactory
from news.models import EventIndexPage, NewsIndexPage
from news.tests.factories import NewsPageFactory
from partners.models import (
    CaseStoryIndexPage,
    ContactPage,
    NetworkIndexPage,
    PartnerIndexPage,
)
from partners.tests.factories import CaseStoryPageFactory
from resources.models import OutputIndexPage
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db

INDEX_PAGES = {
    StandardPage,
    NewsIndexPage,
    PartnerIndexPage,
    NetworkIndexPage,
    CaseStoryIndexPage,
    OutputIndexPage,
    EventIndexPage,
    ContactPage,
}


@pytest.mark.parametrize(
    ("model", "parents", "subpages"),
    [
        (HomePage, {Page}, INDEX_PAGES),
        (StandardPage, {HomePage, StandardPage}, {StandardPage}),
    ],
)
def test_tree_rules(model, parents, subpages):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.creatable_subpage_models()) == subpages


def test_home_page_only_at_the_root(tree):
    assert HomePage.can_create_at(Page.get_first_root_node())
    for parent in (tree.home, tree.about, tree.news):
        assert not HomePage.can_create_at(parent)


def test_standard_page_nests_under_home_and_itself_only(tree):
    assert StandardPage.can_create_at(tree.home)
    assert StandardPage.can_create_at(tree.about)
    for parent in (tree.news, tree.partners, tree.outputs):
        assert not StandardPage.can_create_at(parent)


def test_home_page_renders_hero_figures_featured_and_latest_news(client, tree):
    home = tree.home
    home.hero_heading = "Rural social services, co-created"
    home.hero_intro = "Sixteen partners from eight countries around the Baltic Sea."
    home.key_figures = [
        {"type": "figure", "value": {"value": "4711", "label": "micro projects"}}
    ]
    home.save()
    pick = StandardPageFactory(parent=tree.about, title="Key facts about SEMPRE")
    HomePageFeaturedItem.objects.create(home_page=home, page=pick)
    news = NewsPageFactory(parent=tree.news, title="Partners meet in Riga")
    story = CaseStoryPageFactory(
        parent=tree.case_stories, title="Ride sharing in Luleå"
    )

    response = client.get("/en/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Rural social services, co-created" in html
    assert "Sixteen partners from eight countries" in html
    assert "4711" in html and "micro projects" in html
    assert "Key facts about SEMPRE" in html
    assert news.title in html
    assert story.title in html
    assert shared_context(response)["featured"][0] == pick
    # The news item fills the featured row, so "Latest news" does not repeat it.
    assert news in shared_context(response)["featured"]
    assert news not in shared_context(response)["latest_news"]
    later = NewsPageFactory(parent=tree.news, title="Final conference")
    response = client.get("/en/")
    assert (
        later in shared_context(response)["featured"]
        or later in (shared_context(response)["latest_news"])
    )
    featured = {page.pk for page in shared_context(response)["featured"]}
    assert not featured & {page.pk for page in shared_context(response)["latest_news"]}


def test_featured_picks_show_in_the_home_pages_language(client, tree, translate):
    translated = StandardPageFactory(parent=tree.about, title="Key facts")
    english_only = StandardPageFactory(parent=tree.about, title="Only in English")
    for pick in (translated, english_only):
        HomePageFeaturedItem.objects.create(home_page=tree.home, page=pick)
    german_pick = translate(translated, "de", title="Eckdaten")
    german_home = tree.home.get_translation(german_pick.locale)
    HomePageFeaturedItem.objects.bulk_create(
        [
            HomePageFeaturedItem(home_page=german_home, page=pick, sort_order=n)
            for n, pick in enumerate((translated, english_only))
        ]
    )

    featured = shared_context(client.get("/de/"))["featured"]

    assert featured[:2] == [german_pick, english_only]


def test_home_page_featured_row_fills_with_news_and_stories_in_turn(client, tree):
    news = [NewsPageFactory(parent=tree.news) for _ in range(4)]
    stories = [CaseStoryPageFactory(parent=tree.case_stories) for _ in range(4)]

    featured = shared_context(client.get("/en/"))["featured"]

    assert len(featured) == HomePage.FEATURED_COUNT
    assert {type(item) for item in featured[0::2]} == {type(news[0])}
    assert {type(item) for item in featured[1::2]} == {type(stories[0])}


def test_standard_page_renders_every_body_block(client, tree):
    image = ImageFactory(title="Workshop in Kaunas")
    document = DocumentFactory(title="Project leaflet")
    target = StandardPageFactory(parent=tree.home, title="Contact")
    page = StandardPageFactory(
        parent=tree.home,
        title="About the project",
        summary="What SEMPRE does and why.",
        body=[
            {"type": "heading", "value": {"text": "Our aims", "level": "h2"}},
            {"type": "paragraph", "value": "<p>We <b>co-create</b> services.</p>"},
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "caption": "Kaunas",
                    "credit": "Photo: LT",
                },
            },
            {
                "type": "quote",
                "value": {"quote": "Somebody asked us.", "attribution": "Participant"},
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Get in touch",
                    "text": "",
                    "button_label": "Write to us",
                    "page": target.pk,
                    "url": "",
                },
            },
            {
                "type": "document",
                "value": {"document": document.pk, "title": "", "description": ""},
            },
            {
                "type": "fact_box",
                "value": {
                    "heading": "Key facts",
                    "facts": [{"label": "Budget", "value": "3.4 million euro"}],
                },
            },
        ],
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "About the project",
        "What SEMPRE does and why.",
        "Our aims",
        "<b>co-create</b>",
        "Photo: LT",
        "Somebody asked us.",
        "Get in touch",
        "Project leaflet",
        document.url,
        "3.4 million euro",
    ):
        assert text in html, text
    renditions = list(image.renditions.all())
    assert renditions
    assert all(rendition.url in html for rendition in renditions)


def test_standard_page_lists_its_live_subpages(client, tree):
    live = StandardPageFactory(parent=tree.about, title="Privacy")
    draft = StandardPageFactory(parent=tree.about, title="Unpublished plan", live=False)

    response = client.get(tree.about.url)

    assert response.status_code == 200
    assert live.title in response.content.decode()
    assert draft.title not in response.content.decode()


def test_draft_page_is_not_served(client, tree):
    draft = StandardPageFactory(
        parent=tree.home, title="Draft", slug="draft", live=False
    )

    assert client.get("/en/draft/").status_code == 404
    assert draft.pk


def test_home_page_can_be_created_in_the_admin(create_in_admin, tree):
    news = NewsPageFactory(parent=tree.news, title="Kick-off in Rostock")
    root = Page.get_first_root_node()

    page = create_in_admin(
        root,
        HomePage,
        {
            "title": "SEMPRE second site",
            "hero_heading": "A second start page",
            "hero_intro": "For another programme.",
            **nested_form_data(
                {
                    "key_figures": streamfield(
                        [("figure", {"value": "16", "label": "partners"})]
                    ),
                    "featured_items": inline_formset([{"page": news.pk}]),
                    "body": streamfield([]),
                }
            ),
        },
    )

    assert page.live
    assert page.hero_heading == "A second start page"
    assert page.key_figures[0].value["label"] == "partners"
    assert [item.page_id for item in page.featured_items.all()] == [news.pk]


def test_standard_page_can_be_created_in_the_admin(create_in_admin, tree):
    page = create_in_admin(
        tree.home,
        StandardPage,
        {
            "title": "Accessibility statement",
            "summary": "How accessible this site is.",
            **nested_form_data(
                {
                    "body": streamfield(
                        [
                            ("heading", {"text": "Compliance", "level": "h2"}),
                            ("paragraph", rich_text("<p>Partly compliant.</p>")),
                        ]
                    )
                }
            ),
        },
    )

    assert page.live
    assert page.get_parent().pk == tree.home.pk
    assert page.locale.language_code == "en"
    assert [block.block_type for block in page.body] == ["heading", "paragraph"]
    assert "Partly compliant." in page.body[1].value.source


def test_admin_refuses_a_standard_page_under_the_news_index(admin_client, tree):
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", tree.news.pk))

    response = admin_client.post(
        url, {"title": "Misplaced", "slug": "misplaced", "body-count": "0"}
    )

    assert response.status_code in (302, 403)
    assert not StandardPage.objects.filter(slug="misplaced").exists()


@pytest.mark.parametrize("model", [HomePage, StandardPage])
def test_translation_renders(client, tree, translate, model):
    page = tree.home if model is HomePage else tree.about
    page.body = [{"type": "paragraph", "value": "<p>English text.</p>"}]
    page.save()

    german = translate(page, "de", title=f"{page.title} auf Deutsch")

    response = client.get(german.url)
    assert german.url.startswith("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="de"' in html
    assert f"{page.title} auf Deutsch" in html
    english = client.get(page.url).content.decode()
    assert 'hreflang="de"' in english
    assert german.url in english
