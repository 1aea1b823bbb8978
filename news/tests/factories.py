"""Factories for news categories, the news index and news items."""

import datetime

import factory
import wagtail_factories

from home.tests.factories import TermFactory, site_home
from news.models import (
    EventIndexPage,
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
)


class NewsCategoryFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Category {n}")

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "News"
    slug = factory.Sequence(lambda n: f"news-{n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(NewsIndexPageFactory)
    title = factory.Sequence(lambda n: f"News item {n}")
    date = datetime.date(2024, 11, 27)
    summary = "Partners met in Riga."

    class Meta:
        model = NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "Events"
    slug = factory.Sequence(lambda n: f"events-{n}")

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(EventIndexPageFactory)
    title = factory.Sequence(lambda n: f"Transnational meeting {n}")
    kind = "meeting"
    start_date = datetime.date(2018, 11, 27)
    time_zone = "Europe/Riga"
    place = "Riga, Latvia"

    class Meta:
        model = EventPage
