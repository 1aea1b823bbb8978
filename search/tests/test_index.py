"""What is indexed: weighted text fields, filter fields, and how pages rank."""

import pytest
from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from home.models import BasePage
from home.page_types import page_types_with
from news.models import NewsPage
from news.tests.factories import NewsPageFactory
from search.languages import POSTGRES_CONFIGS, languages_searched

pytestmark = pytest.mark.django_db


def page_models():
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    ]


def fields_of(model):
    return {
        (type(field).__name__, field.field_name): field
        for field in model.get_search_fields()
    }


@pytest.mark.parametrize("model", page_models(), ids=lambda m: m.__name__)
def test_title_outweighs_summary_which_outweighs_the_rest(model):
    fields = fields_of(model)
    title = fields["SearchField", "title"].boost
    summary = fields["SearchField", "summary"].boost
    body = [
        field.boost or 1
        for (kind, name), field in fields.items()
        if kind == "SearchField" and name in {"body", "intro", "description"}
    ]

    assert title > summary > 1
    assert all(boost < summary for boost in body)


@pytest.mark.parametrize("model", page_models(), ids=lambda m: m.__name__)
def test_every_page_can_be_filtered_by_locale_and_type(model):
    fields = fields_of(model)

    assert ("FilterField", "locale") in fields or ("FilterField", "locale_id") in fields
    assert ("FilterField", "content_type") in fields


@pytest.mark.parametrize(
    ("label", "filters"),
    [
        ("news.NewsPage", {"date", "category_id"}),
        ("partners.CaseStoryPage", {"country_id", "themes", "start_date"}),
        ("partners.PartnerPage", {"country_id"}),
        ("partners.NetworkPage", {"country_id"}),
        ("resources.OutputPage", {"publication_date", "output_type"}),
    ],
)
def test_country_theme_and_date_filters(label, filters):
    from django.apps import apps

    fields = fields_of(apps.get_model(label))

    assert {("FilterField", name) for name in filters} <= set(fields)


def test_a_word_in_the_title_ranks_above_summary_above_body(tree):
    body = NewsPageFactory(
        parent=tree.news,
        title="Meeting notes",
        summary="Partners met.",
        body=[("paragraph", "<p>The meeting was held in Jelgava.</p>")],
    )
    summary = NewsPageFactory(
        parent=tree.news, title="Partner meeting", summary="It was held in Jelgava."
    )
    title = NewsPageFactory(
        parent=tree.news, title="Jelgava meeting", summary="Partners met."
    )

    found = list(Page.objects.live().filter(locale=tree.home.locale).search("Jelgava"))

    assert found == [title.page_ptr, summary.page_ptr, body.page_ptr]


def test_locale_filter_tells_the_backend_which_languages_are_searched(locales):
    pages = Page.objects.live()

    assert languages_searched(pages) is None
    assert languages_searched(pages.filter(locale=locales["de"])) == ["de"]
    assert languages_searched(pages.filter(locale_id=locales["sv"].pk)) == ["sv"]
    assert languages_searched(
        pages.filter(locale__in=[locales["de"], locales["fi"]])
    ) == ["de", "fi"]
    assert languages_searched(pages.exclude(locale=locales["de"])) is None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_each_language_is_indexed_with_its_text_search_config(tree, translate):
    from wagtail.search.backends import get_search_backend

    page = NewsPageFactory(parent=tree.news, title="Networks")
    german = translate(page, "de", title="Netzwerke")
    backend = get_search_backend()

    assert backend.config_for("de") == POSTGRES_CONFIGS["de"] == "german"
    assert backend.config_for("lv") == "simple"
    assert backend.config_for(None) == "simple"
    [vector] = (
        IndexEntry.objects.filter(object_id=str(german.pk))
        .annotate(text=Cast("title", TextField()))
        .values_list("text", flat=True)
    )
    assert vector.startswith("'netzwerk'")  # german stem of "Netzwerke"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_language_configs_can_be_extended_in_settings():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend(
        "search.backends.database", LANGUAGE_CONFIGS={"lt": "lithuanian"}
    )

    assert backend.config_for("lt") == "lithuanian"
    assert "lithuanian" in backend.all_configs()


def test_outputs_are_boosted_over_pages_that_match_alike(tree):
    from resources.tests.factories import OutputPageFactory

    news = NewsPageFactory(parent=tree.news, title="Jelgava handbook", summary="")
    output = OutputPageFactory(
        parent=tree.outputs, title="Jelgava handbook", summary=""
    )
    output.save_revision().publish()

    found = list(Page.objects.live().filter(locale=tree.home.locale).search("Jelgava"))

    assert found == [output.page_ptr, news.page_ptr]


def test_a_page_type_declares_its_rank_boost(tree, monkeypatch):
    """The boost is read of the page types (BasePage.search_rank_boost), so a type
    that declares a larger one than the outputs' ranks above them."""
    from resources.tests.factories import OutputPageFactory

    news = NewsPageFactory(parent=tree.news, title="Jelgava handbook", summary="")
    output = OutputPageFactory(
        parent=tree.outputs, title="Jelgava handbook", summary=""
    )
    output.save_revision().publish()
    monkeypatch.setattr(NewsPage, "search_rank_boost", 3.0)
    page_types_with.cache_clear()
    try:
        found = list(
            Page.objects.live().filter(locale=tree.home.locale).search("Jelgava")
        )
    finally:
        monkeypatch.undo()
        page_types_with.cache_clear()

    assert found == [news.page_ptr, output.page_ptr]
