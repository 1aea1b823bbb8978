"""Blocks shared by every page body."""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

from .links import safe_href, validate_safe_url
from .localization import (
    item_address,
    localized,
    one_per_item,
    without_view_restrictions,
)
from .page_types import page_types_with


class HeadingBlock(blocks.StructBlock):
    """A section heading that also feeds the page's outline."""

    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading (level 2 or 3).")
        preview_value = {"text": "Why co-creation works", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """An image with an optional caption and a credit line."""

    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=120,
        help_text=_(
            "The photographer or rights holder, e.g. “Diaconal Centre Liepaja”: "
            "a name, shown as it is in every language."
        ),
    )

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"
        label = _("Image")
        description = _("An image with caption and credit.")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the speaker's name or role."""

    quote = blocks.TextBlock(label=_("quote"), max_length=600)
    attribution = blocks.CharBlock(
        label=_("attribution"), required=False, max_length=150
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its attribution.")
        preview_value = {
            "quote": "For the first time somebody asked us what we need.",
            "attribution": "Participant, Luleå",
        }


class LinkStructValue(blocks.StructValue):
    """Resolves a call to action's target, whether a page or an address."""

    def target(self):
        """The chosen page as the visitor should see it: in the active language where
        translated, else marked (``fallback_language``); None when not live."""
        page = self.get("page")
        if not page:
            return None
        targets = self.__dict__.setdefault("_targets", {})
        language = translation.get_language()
        if language not in targets:
            found = localized([page], Locale.get_active())
            targets[language] = found[0] if found else None
        return targets[language]

    def fallback_language(self):
        target = self.target()
        return getattr(target, "fallback_language", None) if target else None

    def href(self):
        """The chosen page in the active language (else marked), else the address."""
        if self.get("page"):
            target = self.target()
            return item_address(target) if target is not None else ""
        return safe_href(self.get("url"))


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with one button to a page or an address."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=400)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(
        label=_("or address"), required=False, validators=[validate_safe_url]
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an address, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message)}
            )
        return value

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A heading, a sentence and one button.")
        value_class = LinkStructValue
        preview_value = {
            "heading": "Read the policy recommendations",
            "text": "What decision makers can do for rural social services.",
            "button_label": "Read more",
            "url": "https://example.org/",
        }


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document with its type and size."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=150,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(
        label=_("description"), required=False, max_length=300
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_link_block.html"
        label = _("Document link")
        description = _("A download link showing the file's type and size.")


class FactBlock(blocks.StructBlock):
    """One label and value inside a fact box."""

    label = blocks.CharBlock(label=_("label"), max_length=80)
    value = blocks.CharBlock(label=_("value"), max_length=200)


class FactBoxBlock(blocks.StructBlock):
    """A boxed list of key facts."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    facts = blocks.ListBlock(FactBlock(), label=_("facts"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "components/blocks/fact_box_block.html"
        label = _("Fact box")
        description = _("Key facts as label and value pairs.")
        preview_value = {
            "heading": "Key facts",
            "facts": [
                {"label": "Partners", "value": "16"},
                {"label": "Countries", "value": "8"},
            ],
        }


def countable():
    """What a key figure can count on the site: {name: (label, page model, field)},
    as the page types declare it (``key_figure_counts``, home/page_types.py)."""
    return {
        name: (label, model, field)
        for model in page_types_with("key_figure_counts")
        for name, label, field in model.key_figure_counts
    }


def count_choices():
    """The key figure's choices (a callable: page types register after this module)."""
    return [(name, label) for name, (label, _model, _field) in countable().items()]


class KeyFigureValue(blocks.StructValue):
    """A key figure's number: counted from the site's live pages, or as written."""

    def number(self, locale_id):
        counted = countable().get(self.get("count") or "")
        if counted is None:
            return self.get("value")
        _label, model, field = counted
        # What a visitor of this language finds: every item once, translated or not.
        items = one_per_item(
            without_view_restrictions(model.objects.live()),
            locale_id,
        )
        if field:
            return items.order_by().values(field).distinct().count()
        return items.count()


class KeyFigureBlock(blocks.StructBlock):
    """A large number with a short label, for the home page."""

    count = blocks.ChoiceBlock(
        label=_("count"),
        required=False,
        choices=count_choices,
        help_text=_(
            "Count these on the site, so the figure always matches what visitors "
            "find. Leave empty to show the value as written."
        ),
    )
    value = blocks.CharBlock(label=_("value"), max_length=20, required=False)
    label = blocks.CharBlock(label=_("label"), max_length=80)

    def get_api_representation(self, value, context=None):
        """The number as shown (counted ones as counted: the same in every language,
        since every item is shown once in each), the label, and what is counted."""
        representation = {"value": value.get("value"), "label": value.get("label")}
        if value.get("count"):
            representation["value"] = str(value.number(None))
            representation["count"] = value["count"]
        return representation

    def clean(self, value):
        value = super().clean(value)
        if not value.get("count") and not value.get("value"):
            raise StructBlockValidationError(
                block_errors={
                    "value": ValidationError(
                        _("Write a value or choose what to count.")
                    )
                }
            )
        return value

    class Meta:
        icon = "order"
        template = "components/blocks/key_figure_block.html"
        label = _("Key figure")
        description = _("A figure such as “16 partners”.")
        value_class = KeyFigureValue
        preview_value = {"value": "16", "label": "partners in 8 countries"}


class ArticleStreamBlock(blocks.StreamBlock):
    """The body of every page: text, images, quotes, calls to action, documents, facts."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        icon="pilcrow",
        template="components/blocks/paragraph_block.html",
        description=_("Paragraphs with links, lists and emphasis."),
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    fact_box = FactBoxBlock()

    class Meta:
        template = "components/blocks/stream_block.html"
