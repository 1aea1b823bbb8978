"""Body blocks: validation, computed values and their templates."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import (
    ArticleStreamBlock,
    CallToActionBlock,
    FactBoxBlock,
    HeadingBlock,
    LinkStructValue,
)
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def cta(page=None, url=""):
    block = CallToActionBlock()
    value = block.to_python(
        {
            "heading": "Read the recommendations",
            "text": "",
            "button_label": "Read more",
            "page": page.pk if page else None,
            "url": url,
        }
    )
    return block, value


def test_call_to_action_refuses_both_page_and_address(tree):
    block, value = cta(page=tree.about, url="https://example.org/")

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "page" in error.value.block_errors


def test_call_to_action_refuses_neither_page_nor_address(tree):
    block, value = cta()

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "page" in error.value.block_errors


@pytest.mark.parametrize("target", ["page", "url"])
def test_call_to_action_accepts_a_page_or_an_address(tree, target):
    if target == "page":
        block, value = cta(page=tree.about)
    else:
        block, value = cta(url="https://example.org/")

    cleaned = block.clean(value)

    assert isinstance(cleaned, LinkStructValue)
    assert cleaned.href() == (
        "/en/about/" if target == "page" else "https://example.org/"
    )


def test_link_value_href_of_a_page_is_the_page_url(tree):
    _block, value = cta(page=tree.about)

    assert value.href() == "/en/about/"


def test_link_value_href_follows_the_active_language(tree, translate):
    german = translate(tree.about, "de", slug="ueber-uns")
    _block, value = cta(page=tree.about)

    with translation.override("de"):
        assert value.href() == german.url == "/de/ueber-uns/"
    with translation.override("fi"):
        # Not in Finnish: the English page, marked, with a note for the visitor.
        assert value.href() == "/en/about/?unavailable=fi"
        assert value.fallback_language() == "en"


def test_link_value_href_of_an_address_is_the_address():
    _block, value = cta(url="https://interreg-baltic.eu/")

    assert value.href() == "https://interreg-baltic.eu/"


def test_link_value_href_is_empty_without_a_target():
    _block, value = cta()

    assert value.href() == ""


def test_call_to_action_to_an_address_renders_its_button():
    block, value = cta(url="https://interreg-baltic.eu/")

    html = block.render(value)

    assert 'href="https://interreg-baltic.eu/"' in html
    assert "Read more" in html


def test_call_to_action_to_a_page_renders_its_button(tree):
    block, value = cta(page=tree.about)

    html = block.render(value)

    assert 'href="/en/about/"' in html
    assert "Read more" in html


def test_call_to_action_in_a_page_body_links_to_the_page(client, tree):
    page = StandardPageFactory(
        parent=tree.home,
        body=[
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Get in touch",
                    "text": "",
                    "button_label": "Write to us",
                    "page": tree.about.pk,
                    "url": "",
                },
            }
        ],
    )

    html = client.get(page.url).content.decode()

    assert '<a class="button" href="/en/about/">Write to us</a>' in html


def test_heading_block_renders_the_chosen_level():
    block = HeadingBlock()

    html = block.render(block.to_python({"text": "Results", "level": "h3"}))

    assert "<h3" in html and "Results" in html and "<h2" not in html


def test_fact_box_needs_at_least_one_fact():
    block = FactBoxBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "Facts", "facts": []}))


@pytest.mark.parametrize("name", list(ArticleStreamBlock.base_blocks))
def test_every_body_block_has_admin_metadata(name):
    block = ArticleStreamBlock().child_blocks[name]

    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.meta.template
    assert block.meta.description
