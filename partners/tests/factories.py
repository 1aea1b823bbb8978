"""Factories for partners, Local Empowerment Networks and case stories."""

import datetime

import factory
import wagtail_factories

from home.tests.factories import CountryFactory, site_home
from partners.models import (
    CaseStoryIndexPage,
    CaseStoryPage,
    ContactFormField,
    ContactPage,
    NetworkIndexPage,
    NetworkMember,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
)


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "Partners"
    slug = factory.Sequence(lambda n: f"partners-{n}")

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(PartnerIndexPageFactory)
    title = factory.Sequence(lambda n: f"Partner organisation {n}")
    short_name = factory.Sequence(lambda n: f"PO{n}")
    country = factory.SubFactory(CountryFactory)
    role = "partner"
    target_groups = factory.LazyFunction(list)

    class Meta:
        model = PartnerPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "Networks"
    slug = factory.Sequence(lambda n: f"networks-{n}")

    class Meta:
        model = NetworkIndexPage


class NetworkMemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Member organisation {n}")
    kind = "municipality"

    class Meta:
        model = NetworkMember


class NetworkPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(NetworkIndexPageFactory)
    title = factory.Sequence(lambda n: f"Local Empowerment Network {n}")
    country = factory.SubFactory(CountryFactory)
    region = factory.Sequence(lambda n: f"Region {n}")
    target_groups = factory.LazyFunction(list)
    members = factory.RelatedFactory(
        NetworkMemberFactory, factory_related_name="network"
    )

    class Meta:
        model = NetworkPage
        skip_postgeneration_save = True


class CaseStoryIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = "Case stories"
    slug = factory.Sequence(lambda n: f"case-stories-{n}")

    class Meta:
        model = CaseStoryIndexPage


class CaseStoryPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(CaseStoryIndexPageFactory)
    title = factory.Sequence(lambda n: f"Micro project {n}")
    country = factory.SubFactory(CountryFactory)
    start_date = datetime.date(2024, 3, 1)
    challenge = "<p>Buses run twice a day.</p>"
    co_creation = "<p>A volunteer car service booked by phone.</p>"
    # Terms go to the constructor: modelcluster saves them with the page, in one save.
    target_groups = factory.LazyFunction(list)
    themes = factory.LazyFunction(list)

    class Meta:
        model = CaseStoryPage


class ContactPageFactory(wagtail_factories.PageFactory):
    """A contact page with the usual fields: name, e-mail address, message."""

    parent = factory.LazyFunction(site_home)
    title = "Contact"
    slug = factory.Sequence(lambda n: f"contact-{n}")

    class Meta:
        model = ContactPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields(self, create, extracted, **kwargs):
        if not create:
            return
        specs = extracted or [
            ("singleline", "Your name", True),
            ("email", "Your e-mail address", True),
            ("multiline", "Your message", True),
        ]
        for n, (kind, label, required) in enumerate(specs):
            ContactFormField.objects.create(
                page=self,
                field_type=kind,
                label=label,
                required=required,
                sort_order=n,
                locale=self.locale,
            )
        self.save_revision().publish()
