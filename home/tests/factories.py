"""Factories for the shared snippets, images, documents, the home page and standard pages."""

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from home.models import Country, HomePage, StandardPage, TargetGroup, Theme


def english():
    """The source locale, which taxonomy relations must point at."""
    return Locale.objects.get(language_code="en")


def root_collection():
    """Wagtail's root collection (wagtail-factories would add a new root per image)."""
    return Collection.get_first_root_node()


def make_site(**home_kwargs):
    """Put a new HomePage at the root and make it the default Site's root page.

    Wagtail's migrations leave a plain "Welcome" page as the site root; it is deleted
    so that the portal's home page is the only page at depth 2, as in production.
    """
    home = HomePageFactory(parent=Page.get_first_root_node(), **home_kwargs)
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    previous = site.root_page if site.root_page_id else None
    site.root_page = home
    site.site_name = "SEMPRE"
    site.save()
    if previous is not None and previous.specific_class is Page:
        previous.delete()
    return site


def site_home():
    """The default site's HomePage, created (with the site) when there is none yet."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and site.root_page.specific_class is HomePage:
        return site.root_page.specific
    return make_site().root_page.specific


def two_letters(n):
    """AA, AB, … a code for the n-th country."""
    return chr(65 + (n // 26) % 26) + chr(65 + n % 26)


class ImageFactory(wagtail_factories.ImageFactory):
    """A small JPEG with its size and hash recorded, as an upload would have."""

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Image {n}")
    description = factory.LazyAttribute(lambda o: f"A green field ({o.title})")
    file = factory.django.ImageField(width=120, height=80, color="green")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        image = model_class(*args, **kwargs)
        image._set_image_file_metadata()
        image.save()
        return image


PDF_BYTES = b"%PDF-1.4\n" + b"%" * (2048 - 10) + b"\n"


def make_pdf(*pages):
    """The bytes of a real PDF with one page of text per argument (reportlab)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for text in pages or ("A page",):
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A 2 KB PDF with its size and hash recorded, as an upload would have."""

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="handbook.pdf", data=PDF_BYTES)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        return document


class TermFactory(factory.django.DjangoModelFactory):
    """A taxonomy term in English, the locale page relations point at."""

    locale = factory.LazyFunction(english)
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        abstract = True


class CountryFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Country {n}")
    code = factory.Sequence(two_letters)

    class Meta:
        model = Country


class TargetGroupFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Target group {n}")

    class Meta:
        model = TargetGroup


class ThemeFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")

    class Meta:
        model = Theme


class HomePageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "SEMPRE"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Social services co-created in rural areas"
    hero_intro = "Sixteen partners around the Baltic Sea."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home)
    title = factory.Sequence(lambda n: f"About page {n}")
    summary = "What the project does."

    class Meta:
        model = StandardPage
