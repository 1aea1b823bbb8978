"""The relevance table: for each query, the page that must be among the top three.

Runs on the demo site this package builds once (conftest.py), on whichever database
DATABASE_URL names; run it on SQLite and on PostgreSQL.
"""

import pytest
from wagtail.models import Locale, Page
from wagtail.search import index

from demo.content import PDF_ONLY_PHRASE_DE
from news.models import EventPage
from search.results import indexed_texts

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# (language, query, slug of the page that must be in the top 3)
TABLE = [
    ("en", "empowerment handbook", "empowerment-handbook"),
    ("en", "policy recommendations", "policy-recommendations"),
    ("en", "training modules", "training-modules"),
    ("en", "organisational roadmap", "organisational-roadmap-for-empowerment"),
    ("en", "co-creating social services", "co-creating-social-services"),
    ("en", "tailoring cooperative", "tailoring-cooperative-lulea"),
    ("en", "shared village car", "village-car-nordfriesland"),
    ("en", "Nordregio", "nordregio"),
    ("en", "Coompanion Norrbotten", "coompanion-norrbotten"),
    ("en", "network Varde", "len-varde"),
    ("en", "final conference Riga", "final-conference-make-empowerment-happen-riga"),
    ("en", "childcare single parents", "childcare-circle-rendsburg"),
    ("en", "mid-term conference Tallinn", "mid-term-conference-tallinn"),
    ("en", "privacy", "privacy"),
    ("de", "Handlungsempfehlungen", "policy-recommendations"),
    ("de", "Schneidereigenossenschaft", "tailoring-cooperative-lulea"),
    ("de", "Dorfauto", "village-car-nordfriesland"),
    ("de", "Schulungsmodule", "training-modules"),
    ("de", "Alleinerziehende", "childcare-circle-rendsburg"),
    ("de", "Halbzeitkonferenz Tallinn", "mid-term-conference-tallinn"),
    ("de", "Organisationale Roadmap", "organisational-roadmap-for-empowerment"),
    ("sv", "färdplan för egenmakt", "organisational-roadmap-for-empowerment"),
    ("sv", "skräddarkooperativ", "tailoring-cooperative-lulea"),
    ("sv", "bybil", "village-car-nordfriesland"),
    ("sv", "ensamstående föräldrar", "childcare-circle-rendsburg"),
    ("sv", "Halvtidskonferens", "mid-term-conference-tallinn"),
    ("sv", "utbildningsmoduler", "training-modules"),
    # Only inside the German PDF of the policy recommendations.
    ("de", f'"{PDF_ONLY_PHRASE_DE}"', "policy-recommendations"),
    ("de", PDF_ONLY_PHRASE_DE, "policy-recommendations"),
]


def search(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [hit.page for hit in response.context["hits"]]


def expected(language, slug):
    """The page with this English slug, in the language (slugs are translated); an
    event of the same name as a news item is not the one meant."""
    english = Page.objects.not_type(EventPage).get(
        slug=slug, locale__language_code="en"
    )
    return english.get_translation(Locale.objects.get(language_code=language))


@pytest.mark.parametrize(
    ("language", "query", "slug"), TABLE, ids=[f"{row[0]}:{row[1]}" for row in TABLE]
)
def test_expected_page_is_in_the_top_three(demo, client, language, query, slug):
    page = expected(language, slug)

    top = search(client, language, query)[:3]

    assert page.pk in [hit.pk for hit in top], [hit.title for hit in top]


def test_table_covers_three_languages_and_twenty_queries():
    assert len(TABLE) >= 20
    assert {"en", "de", "sv"} <= {language for language, _query, _slug in TABLE}
    # At least one row searches words that are only inside a PDF.
    assert PDF_ONLY_PHRASE_DE in {query.strip('"') for _lang, query, _slug in TABLE}


def test_german_visitors_find_the_policy_recommendations_first(demo, client):
    top = search(client, "de", "Handlungsempfehlungen")

    assert top[0].pk == expected("de", "policy-recommendations").pk


def test_pdf_phrase_is_only_in_the_pdf(demo, client):
    page = expected("de", "policy-recommendations").specific
    own_fields = [
        field
        for field in page.get_search_fields()
        if not isinstance(field, index.RelatedFields)
    ]
    own_text = " ".join([page.title, *indexed_texts(page, own_fields)])
    files = " ".join(f.document.text for f in page.files.select_related("document"))

    assert PDF_ONLY_PHRASE_DE not in own_text.replace("\n", " ")
    assert PDF_ONLY_PHRASE_DE in " ".join(files.split())
    assert search(client, "de", PDF_ONLY_PHRASE_DE)[0].pk == page.pk
