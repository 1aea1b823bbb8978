"""What templates need to keep their parts with Wagtail's ``{% wagtailcache %}``."""

from django.conf import settings

from . import fragments
from .archive import exporting


class Fragments:
    """``fragments.seconds`` and ``fragments.generation`` for ``{% wagtailcache %}``:

        {% wagtailcache fragments.seconds "footer" fragments.generation LANGUAGE_CODE %}

    Varying on the content generation forgets the kept HTML as soon as the published
    content changes (home/fragments.py); the generation is read once per request,
    and only by a template that keeps something."""

    def __init__(self, request):
        self.request = request

    @property
    def generation(self):
        # What the static export renders differs from the live pages (downloads,
        # filters, forms): kept apart from them, whatever the shared cache holds.
        token = fragments.generation(self.request)
        return f"{token}:export" if exporting() else token

    @property
    def seconds(self):
        # Django's cache tag keeps for 0 s what it is told to keep for 0 s: "off".
        return settings.FRAGMENT_CACHE_SECONDS if fragments.enabled() else 0

    @property
    def origin(self):
        return fragments.origin(self.request)


def fragment_cache(request):
    return {"fragments": Fragments(request), "static_archive": exporting()}
