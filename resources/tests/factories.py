"""Factories for the outputs library and its outputs."""

import datetime

import factory
import wagtail_factories

from home.tests.factories import DocumentFactory, TermFactory, site_home
from resources.models import Audience, OutputFile, OutputIndexPage, OutputPage


class AudienceFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Audience {n}")

    class Meta:
        model = Audience


class OutputIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "Resources"
    slug = factory.Sequence(lambda n: f"resources-{n}")

    class Meta:
        model = OutputIndexPage


class OutputFileFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)
    language = "en"

    class Meta:
        model = OutputFile


class OutputPageFactory(wagtail_factories.PageFactory):
    """An output with one English PDF; pass files__language="de" to change it."""

    parent = factory.SubFactory(OutputIndexPageFactory)
    title = factory.Sequence(lambda n: f"Handbook {n}")
    output_type = "handbook"
    publication_date = datetime.date(2025, 6, 30)
    files = factory.RelatedFactory(OutputFileFactory, factory_related_name="page")

    class Meta:
        model = OutputPage
        skip_postgeneration_save = True
