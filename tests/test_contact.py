"""The contact page: the lead partner's address, e-mail and phone, each country's
contact partner and a form (Wagtail's form builder) whose messages are stored and
e-mailed to the partner of the visitor's country; consent, a honeypot and a rate
limit; errors in the visitor's language."""

import itertools

import lxml.html
import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

from home.models import SiteSettings
from home.tests.factories import CountryFactory
from partners.contact import HONEYPOT
from partners.models import ContactFormField, PartnerPage
from partners.tests.factories import PartnerPageFactory
from portal.errors import form_url

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
_addresses = itertools.count(1)


def visitor():
    """A client with an address of its own: the rate limit counts per address, in
    the shared cache (Redis in CI), so that no test counts another's messages."""
    n = next(_addresses)
    return Client(REMOTE_ADDR=f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}")


@pytest.fixture
def contacts(tree):
    latvia = CountryFactory(name="Latvia", code="LV")
    germany = CountryFactory(name="Germany", code="DE")
    lead = PartnerPageFactory(
        parent=tree.partners,
        title="Diakonisches Werk Schleswig-Holstein",
        role="lead",
        country=germany,
        address="Kanalufer 48, 24768 Rendsburg, Germany",
        contact_email="lead@diakonie.example",
        contact_phone="+49 4331 5550 100",
        is_country_contact=True,
    )
    riga = PartnerPageFactory(
        parent=tree.partners,
        title="Vidzeme University of Applied Sciences",
        country=latvia,
        contact_name="SEMPRE contact",
        contact_email="sempre@va.example",
        contact_phone="+371 6420 5550",
        is_country_contact=True,
    )
    return lead, riga


def form_data(**changes):
    data = {
        "your_name": "Anna Bērziņa",
        "your_e_mail_address": "anna@example.org",
        "your_message": "Do the micro projects in Vidzeme still welcome visitors?",
        "country": "LV",
        "consent": "on",
        HONEYPOT: "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def page_in(tree, translate, language):
    page = tree.contact
    if language == settings.LANGUAGE_CODE:
        return page
    return translate(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_page_gives_the_lead_partner_each_country_and_a_form(
    tree, contacts, translate, language
):
    page = page_in(tree, translate, language)
    response = visitor().get(page.url)
    assert response.status_code == 200
    document = lxml.html.fromstring(response.content)
    text = " ".join(document.text_content().split())
    assert "Kanalufer 48, 24768 Rendsburg, Germany" in text
    assert document.xpath('//a[@href="mailto:lead@diakonie.example"]')
    assert document.xpath('//a[@href="tel:+4943315550100"]')
    (countries,) = document.find_class("contact-countries")
    rows = [
        " ".join(row.text_content().split())
        for row in countries.find_class("fact-box__row")
    ]
    assert [row.split()[0] for row in rows] == ["Germany", "Latvia"]
    assert "sempre@va.example" in rows[1] and "+371 6420 5550" in rows[1]
    # The form, in the visitor's language, with the consent linking the privacy page.
    (form,) = document.xpath("//form[@method='post']")
    assert form.xpath(".//input[@name='csrfmiddlewaretoken']")
    with translation.override(language):
        assert translation.gettext("Send the message") in form.text_content()
        assert translation.gettext("Your country") in form.text_content()
    # The visitor's country is chosen for them where the language says it.
    (selected,) = form.xpath(".//select[@name='country']/option[@selected]") or [None]
    if language == "lv":
        assert selected.get("value") == "LV"
    elif language == "en":
        assert selected.get("value") == ""


def test_the_consent_links_the_privacy_notice_in_the_visitors_language(
    tree, contacts, translate
):
    privacy = tree.about
    site_settings = SiteSettings.for_site(tree.home.get_site())
    site_settings.privacy_page = privacy
    site_settings.save()
    latvian_privacy = translate(privacy, "lv", title="Privātums")
    page = page_in(tree, translate, "lv")
    document = lxml.html.fromstring(visitor().get(page.url).content)
    (label,) = document.xpath("//label[@for='id_consent']")
    assert [a.get("href") for a in label.iter("a")] == [latvian_privacy.url]


def test_a_message_is_stored_and_mailed_to_the_partner_of_the_visitors_country(
    tree, contacts, translate
):
    page = page_in(tree, translate, "lv")
    response = visitor().post(page.url, form_data())
    assert response.status_code == 200
    assert response.templates[0].name == "pages/partners/contact_page_landing.html"

    (submission,) = FormSubmission.objects.filter(page=page)
    data = submission.get_data()
    assert data["your_message"].startswith("Do the micro projects")
    assert data["country"] == "LV"
    assert data["consent"] is True
    assert HONEYPOT not in data
    (message,) = mail.outbox
    assert message.to == ["sempre@va.example"]
    assert message.reply_to == ["anna@example.org"]
    assert "Do the micro projects in Vidzeme" in message.body
    assert "anna@example.org" in message.body


def test_a_message_from_another_country_goes_to_the_lead_partner(tree, contacts):
    tree.contact.to_address = "coordinator@sempre.example"
    tree.contact.save_revision().publish()
    response = visitor().post(tree.contact.url, form_data(country=""))
    assert response.status_code == 200
    (message,) = mail.outbox
    assert message.to == ["lead@diakonie.example"]
    # The addresses of the page get a copy of every message.
    assert message.bcc == ["coordinator@sempre.example"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_consent_the_form_says_why_in_the_visitors_language(
    tree, contacts, translate, language
):
    page = page_in(tree, translate, language)
    response = visitor().post(page.url, form_data(consent=None, your_message=""))
    assert response.status_code == 200
    document = lxml.html.fromstring(response.content)
    (errors,) = document.xpath("//*[@role='alert']")
    with translation.override(language):
        expected = translation.gettext(
            "Please agree to the privacy notice: without it we cannot store or pass "
            "on your message."
        )
    if language != "en":
        assert not expected.startswith("Please agree")
    assert expected in errors.text_content()
    # What was typed stays in the form; nothing is stored or sent.
    assert document.xpath("//input[@name='your_name']/@value") == ["Anna Bērziņa"]
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_robot_that_fills_the_honeypot_is_thanked_and_ignored(tree, contacts):
    response = visitor().post(
        tree.contact.url, form_data(**{HONEYPOT: "http://spam.example"})
    )
    assert response.status_code == 200
    assert response.templates[0].name == "pages/partners/contact_page_landing.html"
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_out_of_sight_and_out_of_the_tab_order(tree, contacts):
    document = lxml.html.fromstring(visitor().get(tree.contact.url).content)
    (trap,) = document.find_class("form__trap")
    assert trap.get("aria-hidden") == "true"
    (field,) = trap.xpath(f".//input[@name='{HONEYPOT}']")
    assert field.get("tabindex") == "-1"
    assert field.get("autocomplete") == "off"


@pytest.mark.parametrize("language", ["en", "pl"])
def test_more_messages_than_the_limit_from_one_address_get_429(
    tree, contacts, translate, settings, language
):
    settings.CONTACT_FORM_LIMIT = 2
    page = page_in(tree, translate, language)
    client = visitor()
    for _ in range(2):
        assert client.post(page.url, form_data()).status_code == 200
    response = client.post(page.url, form_data())
    assert response.status_code == 429
    with translation.override(language):
        expected = translation.gettext(
            "You have sent several messages in a short time. Please try again in an "
            "hour, or write to us by e-mail."
        )
    assert expected in response.content.decode()
    assert FormSubmission.objects.count() == 2
    assert len(mail.outbox) == 2
    # Another address is not limited.
    assert visitor().post(page.url, form_data()).status_code == 200


def test_a_message_is_kept_when_the_mail_server_is_down(tree, contacts, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    response = visitor().post(tree.contact.url, form_data())
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize("language", ["en", "lv"])
def test_the_form_needs_its_csrf_token_and_is_never_shared_by_caches(
    tree, contacts, translate, language
):
    page = page_in(tree, translate, language)
    client = Client(enforce_csrf_checks=True, REMOTE_ADDR="10.255.0.1")
    response = client.get(page.url)
    assert response.cookies.get(settings.CSRF_COOKIE_NAME)
    assert (
        "private" in response["Cache-Control"]
        or "no-store" in response["Cache-Control"]
    )
    # Sent without the token (cookies blocked, say): a page in the visitor's
    # language that leads back to the form; nothing stored.
    client.cookies.clear()
    response = client.post(page.url, form_data())
    assert response.status_code == 403
    document = lxml.html.fromstring(response.content)
    assert document.get("lang") == language
    with translation.override(language):
        assert translation.gettext("Back to the form") in document.text_content()
        if language != "en":
            assert translation.gettext("Back to the form") != "Back to the form"
    assert document.xpath(f'//a[@href="{page.url}"]')
    assert not FormSubmission.objects.exists()


def test_submissions_list_the_country_and_the_consent_in_the_admin(
    admin_client, tree, contacts
):
    visitor().post(tree.contact.url, form_data())
    response = admin_client.get(f"/admin/forms/submissions/{tree.contact.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Do the micro projects in Vidzeme" in content
    assert "Consent to the privacy notice" in content


def test_one_contact_partner_per_country(tree, contacts):
    _lead, riga = contacts
    second = PartnerPage(
        title="University of Latvia", country=riga.country, is_country_contact=True
    )
    with pytest.raises(ValidationError) as raised:
        second.clean()
    assert "is_country_contact" in raised.value.message_dict
    # Another language version of the same partner is not a second contact.
    riga.clean()


@pytest.mark.parametrize("label", ["Country", "Consent", "Homepage"])
def test_an_editor_field_cannot_take_a_name_the_form_adds(tree, label):
    """An editor's "Homepage" field would be the honeypot: every message spam."""
    field = ContactFormField(page=tree.contact, label=label, field_type="singleline")
    with pytest.raises(ValidationError) as raised:
        field.clean()
    assert "label" in raised.value.message_dict
    ContactFormField(page=tree.contact, label="Your homepage", field_type="url").clean()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/lv/kontakti/", "/lv/kontakti/"),
        ("//evil.example/", "/"),
        ("/\\evil.example/", "/"),
        ("/en/a\\b/", "/"),
    ],
)
def test_the_csrf_page_leads_back_to_this_site_only(path, expected):
    assert form_url(path) == expected
