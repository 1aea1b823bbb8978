"""News index and news pages: tree rules, rendering, admin creation, translation."""

import datetime

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from home.tests.factories import ImageFactory
from news.models import NewsIndexPage, NewsPage
from news.tests.factories import NewsCategoryFactory, NewsPageFactory
from partners.tests.factories import CaseStoryPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents", "subpages"),
    [
        (NewsIndexPage, {HomePage}, {NewsPage}),
        (NewsPage, {NewsIndexPage}, set()),
    ],
)
def test_tree_rules(model, parents, subpages):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.creatable_subpage_models()) == subpages


def test_news_pages_only_under_a_news_index(tree):
    assert NewsPage.can_create_at(tree.news)
    for parent in (tree.home, tree.about, tree.partners, tree.outputs):
        assert not NewsPage.can_create_at(parent)
    assert NewsIndexPage.can_create_at(tree.home)
    assert not NewsIndexPage.can_create_at(tree.news)


def test_news_index_renders_its_items(client, tree):
    tree.news.intro = "<p>What the partners are up to.</p>"
    tree.news.save()
    item = NewsPageFactory(parent=tree.news, title="Study visit to Tartu")

    response = client.get(tree.news.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "What the partners are up to." in html
    assert "Study visit to Tartu" in html
    assert f'href="{item.url}"' in html


def test_news_page_shows_date_category_body_and_related_pages(client, tree):
    category = NewsCategoryFactory(name="Events")
    partner = PartnerPageFactory(parent=tree.partners, title="Diaconal Centre Liepaja")
    story = CaseStoryPageFactory(parent=tree.case_stories, title="A repair café")
    page = NewsPageFactory(
        parent=tree.news,
        title="Partner meeting in Liepaja",
        date=datetime.date(2025, 3, 14),
        category=category,
        summary="Sixteen partners met for two days.",
        image=ImageFactory(),
        body=[{"type": "paragraph", "value": "<p>The agenda was long.</p>"}],
    )
    page.related_partners.set([partner])
    page.related_case_stories.set([story])
    page.save()

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Partner meeting in Liepaja" in html
    assert 'datetime="2025-03-14"' in html
    assert date_format(page.date) in html
    assert "Events" in html
    assert "Sixteen partners met for two days." in html
    assert "The agenda was long." in html
    assert f'href="{partner.url}"' in html
    assert f'href="{story.url}"' in html


def test_news_page_hides_draft_related_pages(client, tree):
    draft = PartnerPageFactory(parent=tree.partners, title="Secret partner", live=False)
    page = NewsPageFactory(parent=tree.news)
    page.related_partners.set([draft])
    page.save()

    html = client.get(page.url).content.decode()

    assert "Secret partner" not in html


def test_news_index_can_be_created_in_the_admin(create_in_admin, tree):
    page = create_in_admin(
        tree.home,
        NewsIndexPage,
        {"title": "Press", "intro": rich_text("<p>Press releases.</p>")},
    )

    assert page.live
    assert "Press releases." in page.intro


def test_news_page_can_be_created_in_the_admin(create_in_admin, tree):
    category = NewsCategoryFactory(name="Publications")

    page = create_in_admin(
        tree.news,
        NewsPage,
        {
            "title": "Handbook published",
            "summary": "The co-creation handbook is out.",
            "date": "2025-05-02",
            "category": category.pk,
            **nested_form_data(
                {"body": streamfield([("paragraph", rich_text("<p>Get it.</p>"))])}
            ),
        },
    )

    assert page.live
    assert page.date == datetime.date(2025, 5, 2)
    assert page.category == category
    assert page.get_parent().pk == tree.news.pk


def test_admin_refuses_a_news_page_without_a_date(admin_client, tree):
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", tree.news.pk))

    response = admin_client.post(
        url,
        {
            "title": "Undated",
            "slug": "undated",
            "body-count": "0",
            "action-publish": "1",
        },
    )

    assert response.status_code == 200
    assert "date" in response.context["form"].errors
    assert not NewsPage.objects.filter(slug="undated").exists()


def test_admin_offers_only_english_categories(admin_client, tree, locales):
    english = NewsCategoryFactory(name="Events")
    german = english.copy_for_translation(locales["de"])
    german.name = "Veranstaltungen"
    german.save()
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", tree.news.pk))
    form = admin_client.get(url).context["form"]

    choices = set(form.fields["category"].queryset)
    assert english in choices
    assert german not in choices


@pytest.mark.parametrize("model", [NewsIndexPage, NewsPage])
def test_translation_renders(client, tree, translate, locales, model):
    category = NewsCategoryFactory(name="Events")
    german_category = category.copy_for_translation(locales["de"])
    german_category.name = "Veranstaltungen"
    german_category.save()
    item = NewsPageFactory(parent=tree.news, category=category)
    page = tree.news if model is NewsIndexPage else item

    german = translate(page, "de", title="Auf Deutsch")
    if model is NewsIndexPage:
        translate(item, "de")

    response = client.get(german.url)
    assert german.url.startswith("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Auf Deutsch" in html
    assert "Veranstaltungen" in html
