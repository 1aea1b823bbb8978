"""The library's filters: type, audience, theme, year and "in my language", with counts."""

from django import forms
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from home.forms import ListingFilterForm, TermChoiceField
from home.models import Theme

from .models import Audience, ResourceFile, ResourcePage


class ResourceFilterForm(ListingFilterForm):
    """Combinable filters; each option shows how many outputs it would leave."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    audience = TermChoiceField(Audience, label=_("For"), empty_label=_("All audiences"))
    theme = TermChoiceField(Theme, label=_("Theme"), empty_label=_("All themes"))
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    mine = forms.BooleanField(label=_("Available in my language"), required=False)

    lookups = {
        "type": "resource_type",
        "audience": "audiences",
        "theme": "themes",
        "year": "publication_date__year",
    }

    def __init__(self, data=None, locale=None, base=None, **kwargs):
        super().__init__(data, locale=locale, **kwargs)
        self.base = base if base is not None else ResourcePage.objects.none()
        self.language = locale.language_code if locale else None
        years = sorted(
            {date.year for date in self.base.dates("publication_date", "year")},
            reverse=True,
        )
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]
        self.fields["type"].choices = [("", _("All types")), *ResourcePage.TYPE_CHOICES]

    # Filtering ------------------------------------------------------------------

    def in_my_language(self, queryset):
        files = ResourceFile.objects.filter(
            page_id=OuterRef("pk"), language__iexact=self.language
        )
        return queryset.filter(Exists(files))

    def apply(self, queryset, skip=None):
        """The queryset narrowed by every valid filter except `skip`."""
        queryset = super().filter(queryset, skip=skip)
        mine = self.is_bound and skip != "mine" and self.cleaned_data.get("mine")
        if mine and self.language:
            queryset = self.in_my_language(queryset)
        return queryset

    def filter(self, queryset, skip=None):
        filtered = self.apply(queryset, skip=skip)
        self.count_options()
        return filtered

    @property
    def active(self):
        return super().active or bool(
            self.is_bound
            and hasattr(self, "cleaned_data")
            and self.cleaned_data.get("mine")
        )

    # Counts ---------------------------------------------------------------------

    def count_options(self):
        """Label every option with the number of outputs it would give."""

        def grouped(skip, key, expression=None):
            queryset = self.apply(self.base, skip=skip).order_by()
            if expression is not None:
                queryset = queryset.annotate(**{key: expression})
            rows = queryset.values(key).annotate(n=Count("pk", distinct=True))
            return {row[key]: row["n"] for row in rows if row[key] is not None}

        types = grouped("type", "resource_type")
        self.fields["type"].choices = [
            ("", _("All types")),
            *(
                (value, f"{label} ({types.get(value, 0)})")
                for value, label in ResourcePage.TYPE_CHOICES
            ),
        ]
        self.fields["audience"].counts = grouped("audience", "audiences__slug")
        self.fields["theme"].counts = grouped("theme", "themes__slug")
        years = grouped("year", "year_published", ExtractYear("publication_date"))
        self.fields["year"].choices = [
            ("", _("All years")),
            *(
                (value, f"{value} ({years.get(value, 0)})")
                for value, _label in self.fields["year"].choices[1:]
            ),
        ]
        if self.language:
            mine = self.in_my_language(self.apply(self.base, skip="mine")).count()
            self.fields["mine"].label = _("Available in my language (%(count)s)") % {
                "count": mine
            }
            # Bound fields copy their label when made (at validation): make it anew.
            self._bound_fields_cache.pop("mine", None)
