"""Factories for the resource library and its outputs."""

import datetime

import factory
import wagtail_factories

from home.tests.factories import DocumentFactory, TermFactory, site_home
from resources.models import Audience, ResourceFile, ResourceIndexPage, ResourcePage


class AudienceFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Audience {n}")

    class Meta:
        model = Audience


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "Resources"
    slug = factory.Sequence(lambda n: f"resources-{n}")

    class Meta:
        model = ResourceIndexPage


class ResourceFileFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)
    language = "en"

    class Meta:
        model = ResourceFile


class ResourcePageFactory(wagtail_factories.PageFactory):
    """An output with one English PDF; pass files__language="de" to change it."""

    parent = factory.SubFactory(ResourceIndexPageFactory)
    title = factory.Sequence(lambda n: f"Handbook {n}")
    resource_type = "handbook"
    publication_date = datetime.date(2025, 6, 30)
    files = factory.RelatedFactory(ResourceFileFactory, factory_related_name="page")

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True
