"""Search backends that analyse each page in its own language (see docs/search.md)."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, FloatField, Value, When

# Outputs are what the project made and what most visitors come for; a long PDF also
# dilutes their scores (BM25 normalises by length, PostgreSQL favours short titles),
# so they are ranked as if they matched this much better. Database backends only.
TYPE_BOOSTS = {"resources.ResourcePage": 1.5}


def type_boost(content_type_lookup):
    """An expression: the boost of a row's content type (1 for most types)."""
    whens = [
        When(
            **{
                content_type_lookup: ContentType.objects.get_for_model(
                    apps.get_model(label)
                ).pk
            },
            then=Value(boost),
        )
        for label, boost in TYPE_BOOSTS.items()
    ]
    return Case(*whens, default=Value(1.0), output_field=FloatField())
