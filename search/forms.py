"""The search form: the words, a result type and the all-languages switch."""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.query import clean_query
from search.results import RESULT_TYPES


class QueryField(forms.CharField):
    """Visitors' words, capped and without control characters (never an error)."""

    def to_python(self, value):
        return clean_query(value)


class SearchForm(forms.Form):
    """What a visitor asks for; the words are cleaned, never refused."""

    q = QueryField(label=_("What are you looking for?"), required=False)
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types"))]
        + [(result_type.key, result_type.label) for result_type in RESULT_TYPES],
        error_messages={
            "invalid_choice": _(
                "There is no result type “%(value)s”. Choose one of the types listed."
            )
        },
    )
    all = forms.BooleanField(label=_("Include all languages"), required=False)
