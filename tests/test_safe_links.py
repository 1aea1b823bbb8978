"""Only safe link addresses: http, https, mailto, tel, or an address on this site.

Refused where an address is typed (the admin's URL fields and the call to action's
address, the translation editor's overrides), and never written into href when one
got into the database another way.
"""

import json

import pytest
from django.core.exceptions import ValidationError
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import rich_text
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation
from wagtail_localize.operations import translate_object

from home.blocks import CallToActionBlock
from home.links import validate_safe_url
from home.tests.factories import CountryFactory, StandardPageFactory
from partners.models import PartnerPage
from partners.tests.factories import PartnerPageFactory

UNSAFE = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://files.example.org/",
]
SAFE = [
    "https://www.example.lv/",
    "http://example.org",
    "mailto:info@example.org",
    "tel:+37163400000",
    "/en/news/",
    "#contacts",
    "",
]


@pytest.mark.parametrize("address", UNSAFE)
def test_unsafe_addresses_are_refused(address):
    with pytest.raises(ValidationError) as refused:
        validate_safe_url(address)

    assert refused.value.code == "unsafe_scheme"


@pytest.mark.parametrize("address", SAFE)
def test_safe_addresses_pass(address):
    validate_safe_url(address)


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["javascript:alert(1)", "ftp://example.org/"])
def test_the_admin_refuses_an_unsafe_website(admin_client, tree, address):
    url = reverse(
        "wagtailadmin_pages:add", args=("partners", "partnerpage", tree.partners.pk)
    )

    response = admin_client.post(
        url,
        {
            "title": "Diaconal Centre Liepaja",
            "slug": "dcl",
            "short_name": "DCL",
            "country": CountryFactory().pk,
            "role": "lead",
            "website": address,
            "who_we_are": rich_text("<p>A church social service.</p>"),
            "why_we_take_part": rich_text("<p>Because.</p>"),
            "action-publish": "action-publish",
        },
    )

    assert response.status_code == 200
    assert "website" in response.context["form"].errors
    assert not PartnerPage.objects.filter(slug="dcl").exists()


@pytest.mark.django_db
def test_the_call_to_action_block_refuses_an_unsafe_address():
    block = CallToActionBlock()
    value = block.to_python(
        {"heading": "Read", "button_label": "Go", "url": "javascript:alert(1)"}
    )

    with pytest.raises(ValidationError):
        block.clean(value)


def put_override(client, translation, segment, value):
    return client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT,
    )


@pytest.mark.django_db
def test_the_translation_editor_refuses_an_unsafe_override(
    admin_client, admin_user, tree, locales
):
    partner = PartnerPageFactory(parent=tree.partners, website="https://example.lv/")
    latvian = Locale.objects.get(language_code="lv")
    translate_object(tree.home, [latvian])
    translate_object(tree.partners, [latvian])
    translate_object(partner, [latvian])
    translation = Translation.objects.get(
        source__object_id=partner.translation_key, target_locale=latvian
    )
    website = OverridableSegment.objects.get(
        source=translation.source, context__path="website"
    )
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "lv"
    profile.save()

    refused = put_override(admin_client, translation, website, "javascript:alert(1)")

    assert refused.status_code == 400
    assert "javascript" in refused.json()["error"]
    assert refused.json()["error"].startswith("Adresei")
    assert not SegmentOverride.objects.filter(locale=latvian).exists()

    accepted = put_override(admin_client, translation, website, "https://lv.example/")

    assert accepted.status_code in (200, 201), accepted.content
    override = SegmentOverride.objects.get(locale=latvian)
    assert json.loads(override.data_json) == "https://lv.example/"


@pytest.mark.django_db
def test_an_unsafe_address_already_stored_is_never_a_link(client, tree):
    """Stored before the rule (or written around it): shown, but not as a link."""
    partner = PartnerPageFactory(parent=tree.partners)
    PartnerPage.objects.filter(pk=partner.pk).update(website="javascript:alert(1)")
    page = StandardPageFactory(
        parent=tree.home,
        body=json.dumps(
            [
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Read",
                        "text": "",
                        "button_label": "Go",
                        "page": None,
                        "url": "javascript:alert(2)",
                    },
                }
            ]
        ),
    )

    for url in (partner.url, page.url):
        html = client.get(url).content.decode()

        assert "javascript:" not in html, url
