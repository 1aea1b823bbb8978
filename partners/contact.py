"""What every contact form adds to the fields its editors build (Wagtail's form builder):
the visitor's country, whose contact partner receives the message; consent to the
privacy notice; a honeypot; and a rate limit per address. No third-party service.
"""

import time

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# The field a person never sees and a spam robot fills in (its name invites it).
HONEYPOT = "homepage"
# The fields the form adds: kept out of the editors' field names.
ADDED = ("country", "consent", HONEYPOT)
# The country a visitor of a language most likely writes from (the form's default).
LANGUAGE_COUNTRY = {
    "de": "DE",
    "sv": "SE",
    "fi": "FI",
    "da": "DK",
    "et": "EE",
    "lv": "LV",
    "lt": "LT",
    "pl": "PL",
}


class ContactFormMixin:
    """The added fields. `countries` are (code, name) pairs in the visitor's language;
    a message from another country goes to the lead partner."""

    def __init__(self, *args, countries=(), initial_country="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"] = forms.ChoiceField(
            label=_("Your country"),
            help_text=_("Your message goes to the project partner in this country."),
            choices=[*countries, ("", _("Another country"))],
            required=False,
            initial=initial_country,
        )
        self.fields["consent"] = forms.BooleanField(
            label=_("I agree to the privacy notice"),
            required=True,
            error_messages={
                "required": _(
                    "Please agree to the privacy notice: without it we cannot "
                    "store or pass on your message."
                )
            },
        )
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT))

    def stored_data(self):
        """What the submission keeps: the visitor's fields, the country and the
        consent (the evidence of it); not the honeypot."""
        return {
            name: value for name, value in self.cleaned_data.items() if name != HONEYPOT
        }


class ContactFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("ContactForm", (ContactFormMixin, BaseForm), self.formfields)


class RateLimit:
    """At most CONTACT_FORM_LIMIT messages per CONTACT_FORM_WINDOW seconds from one
    address (the client's, behind TRUSTED_PROXY_COUNT proxies), counted in the
    shared cache, so every app server counts together."""

    def __init__(self, request):
        self.window = settings.CONTACT_FORM_WINDOW
        slot = int(time.time() // self.window)
        address = get_client_ip_address(request) or "unknown"
        self.key = f"contact-form:{address}:{slot}"

    def exceeded(self):
        return cache.get(self.key, 0) >= settings.CONTACT_FORM_LIMIT

    def count(self):
        if cache.add(self.key, 1, self.window):
            return
        try:
            cache.incr(self.key)
        except ValueError:  # expired in between
            cache.add(self.key, 1, self.window)
