"""Search backends that analyse each page in its own language (see docs/search.md)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, FloatField, Value, When

from home.page_types import page_types_with


def type_boost(content_type_lookup):
    """An expression: the boost of a row's content type, as its page type declares it
    (``BasePage.search_rank_boost``; 1 for the types that declare none)."""
    whens = [
        When(
            **{content_type_lookup: ContentType.objects.get_for_model(model).pk},
            then=Value(float(model.search_rank_boost)),
        )
        for model in page_types_with("search_rank_boost")
    ]
    return Case(*whens, default=Value(1.0), output_field=FloatField())
