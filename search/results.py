"""What a search result shows: its type, language, date and the text it matched in."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Manager
from django.utils.translation import pgettext_lazy
from wagtail.search import index

from home.languages import language_name
from home.page_types import page_types_with


@dataclass(frozen=True)
class ResultType:
    """A kind of result visitors can filter by (a facet)."""

    key: str
    label: str
    model: str | None = None
    date_field: str | None = None

    def content_type_id(self):
        return ContentType.objects.get_for_model(apps.get_model(self.model)).pk


def declared_result_types():
    """A result type for each page type that declares a search facet, in their order,
    then "Page" for every other page (home, about, contact, the index pages)."""
    facets = sorted(
        (
            (model.search_facet, model._meta.label)
            for model in page_types_with("search_facet")
        ),
        key=lambda pair: pair[0].order,
    )
    return (
        *(
            ResultType(facet.key, facet.label, label, facet.date_field)
            for facet, label in facets
        ),
        ResultType("page", pgettext_lazy("search result type", "Page")),
    )


RESULT_TYPES = declared_result_types()
TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}
OTHER = TYPES_BY_KEY["page"]
TYPES_BY_MODEL = {t.model: t for t in RESULT_TYPES if t.model}


def typed_content_types():
    """Content type ids of the types that have their own model, by type."""
    return {
        result_type: result_type.content_type_id()
        for result_type in RESULT_TYPES
        if result_type.model
    }


def filter_by_type(pages, result_type):
    """Limit a page queryset to one result type."""
    typed = typed_content_types()
    if result_type.model:
        return pages.filter(content_type_id=typed[result_type])
    return pages.exclude(content_type_id__in=list(typed.values()))


def count_by_type(counts_by_content_type):
    """Facet counts per result type from counts per content type id, in type order."""
    typed = {pk: result_type for result_type, pk in typed_content_types().items()}
    totals = dict.fromkeys(RESULT_TYPES, 0)
    for content_type_id, count in counts_by_content_type.items():
        totals[typed.get(content_type_id, OTHER)] += count
    return totals


def type_of(page):
    """The result type of a (specific) page."""
    return TYPES_BY_MODEL.get(page._meta.label, OTHER)


def indexed_texts(obj, fields=None):
    """The text of an object's search fields (title excepted), summary first."""
    fields = obj.get_search_fields() if fields is None else fields
    texts = []
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name != "title":
            texts.extend(_strings(field.get_value(obj)))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if isinstance(related, Manager):
                related = related.all()
            elif related is not None:
                related = [related]
            for item in related or ():
                texts.extend(indexed_texts(item, field.fields))
    return texts


def _strings(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings(item)]
    if isinstance(value, dict):
        return _strings(list(value.values()))
    return [str(value)]


@dataclass
class Result:
    """One search hit, ready for the template."""

    page: object
    type: ResultType
    title: str
    snippet: str
    date: object
    language_code: str

    @property
    def language_name(self):
        return language_name(self.language_code)
