"""Safe link addresses: http, https, mailto and tel, or an address on this site.

A `javascript:` or `data:` address in a link runs code or shows content the site did
not write, so it is refused wherever an address is typed (URL fields, the call to
action's address, the translation editor's overrides) and never written into `href`.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SAFE_SCHEMES = ("http", "https", "mailto", "tel")
SCHEME = re.compile(r"^([a-z0-9][-+.a-z0-9]*):")
# What browsers ignore in a scheme ("java\tscript:"), as Wagtail's check_url strips it.
IGNORED = re.compile(r"[`\x00-\x20\x7f-\xa0]+")


def unsafe_scheme(address):
    """The scheme of an address that is not safe to link to, or None."""
    if not isinstance(address, str):
        return None
    match = SCHEME.match(IGNORED.sub("", address).lower().replace("\ufffd", ""))
    if match and match[1] not in SAFE_SCHEMES:
        return match[1]
    return None


UNSAFE_SCHEME = _(
    "An address must start with http://, https://, mailto: or tel:, not “%(scheme)s:”."
)


def unsafe_scheme_message(scheme):
    return UNSAFE_SCHEME % {"scheme": scheme}


def validate_safe_url(value):
    scheme = unsafe_scheme(value)
    if scheme is not None:
        raise ValidationError(
            UNSAFE_SCHEME, code="unsafe_scheme", params={"scheme": scheme}
        )


def safe_href(address):
    """The address when it is safe to put into href, else ''."""
    return "" if unsafe_scheme(address) else (address or "")
