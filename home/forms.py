"""Filter forms for listing pages: plain GET forms, bad values are ignored."""

from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _


class TermChoiceField(forms.ModelChoiceField):
    """Choose a taxonomy term by its slug (or code); labels in the page's language."""

    def __init__(self, model, to_field_name="slug", **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(
            queryset=model.objects.none(), to_field_name=to_field_name, **kwargs
        )
        self.model = model
        self.names = {}
        #: {slug: number of results}, shown after each label when set
        self.counts = None

    def set_locale(self, locale):
        """Offer the source terms (pages point at those), named in the page's language."""
        self.queryset = self.model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.names = {}
        if locale is not None and locale.language_code != settings.LANGUAGE_CODE:
            self.names = self.model.names_in(locale.language_code)

    def label_from_instance(self, obj):
        label = self.names.get(obj.translation_key, obj.name)
        if self.counts is not None:
            value = getattr(obj, self.to_field_name)
            return f"{label} ({self.counts.get(value, 0)})"
        return label


class ListingFilterForm(forms.Form):
    """A GET form whose valid fields narrow a queryset; invalid ones are dropped."""

    #: form field name -> queryset lookup
    lookups = {}

    def __init__(self, data=None, locale=None, **kwargs):
        super().__init__(data, **kwargs)
        self.locale = locale
        for field in self.fields.values():
            if isinstance(field, TermChoiceField):
                field.set_locale(locale)

    def filter(self, queryset, skip=None):
        """Apply every filter whose value is valid (but `skip`); an unknown value is
        ignored."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name, lookup in self.lookups.items():
            value = self.cleaned_data.get(name)
            if name != skip and value not in (None, ""):
                queryset = queryset.filter(**{lookup: value})
        return queryset

    def valid_query(self):
        """The query of the valid, non-empty choices, as the visitor wrote them: what
        links to other pages of the list carry (an unknown value is left behind)."""
        query = QueryDict(mutable=True)
        if self.is_bound:
            self.is_valid()  # cleans: the invalid fields are left out of cleaned_data
            for name, value in self.cleaned_data.items():
                if value not in (None, "", False):
                    query[name] = self.data.get(name)
        return query

    def fragment_parts(self):
        """The valid choices, as the key of what is kept for them names them
        (home/fragments.py): an unknown value is dropped, so it keeps nothing of its
        own, and ?year=&theme= keeps what no filter keeps."""
        return tuple(sorted(self.valid_query().items()))

    @property
    def active(self):
        """True when at least one valid filter narrows the list."""
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return False
        return any(
            self.cleaned_data.get(name) not in (None, "") for name in self.lookups
        )
