"""The search log stays bounded: no row per search, a daily limit on new queries, a
retention that the pruning command applies."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)

pytestmark = pytest.mark.django_db


def test_repeated_searches_update_one_row(client, tree, settings):
    for _ in range(5):
        client.get("/en/search/", {"q": "rural services"})

    assert Query.objects.count() == 1
    assert QueryDailyHits.objects.count() == 1
    assert QueryDailyHits.objects.get().hits == 5


def test_new_queries_a_day_are_capped(client, tree, settings):
    settings.SEARCH_LOG_NEW_QUERIES_PER_DAY = 3

    for number in range(10):
        response = client.get("/en/search/", {"q": f"random words {number}"})
        assert response.status_code == 200
    client.get("/en/search/", {"q": "random words 0"})

    assert Query.objects.count() == 3
    assert QueryDailyHits.objects.count() == 3
    assert QueryDailyHits.objects.get(query__query_string="random words 0").hits == 2


def test_editors_picks_show_when_the_log_is_full(client, tree, settings):
    settings.SEARCH_LOG_NEW_QUERIES_PER_DAY = 0
    query = Query.get("handbook")
    SearchPromotion.objects.create(query=query, page=tree.about, sort_order=0)

    response = client.get("/en/search/", {"q": "handbook"})

    assert [pick["title"] for pick in response.context["picks"]] == ["About"]


def test_the_pruning_command_keeps_the_retention(client, tree, settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    old = Query.get("old words")
    old.add_hit(date=timezone.now().date() - datetime.timedelta(days=31))
    recent = Query.get("recent words")
    recent.add_hit(date=timezone.now().date() - datetime.timedelta(days=29))

    call_command("searchpromotions_garbage_collect")

    assert list(Query.objects.values_list("query_string", flat=True)) == [
        "recent words"
    ]
    assert QueryDailyHits.objects.count() == 1
