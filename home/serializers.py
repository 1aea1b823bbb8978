"""Serializers of the pages' API fields: rich text, taxonomy terms, linked pages."""

from django.conf import settings
from rest_framework.fields import Field
from wagtail.models import Locale, PageViewRestriction
from wagtail.rich_text import expand_db_html


class RichTextSerializer(Field):
    """Rich text as HTML with the site's real link addresses."""

    def to_representation(self, value):
        return expand_db_html(value or "")


class RelatedToPageField(Field):
    """A related object (or, with many=True, objects) described for the page that
    links it: subclasses say how one object looks (`represent`) and which are shown."""

    def __init__(self, *args, many=False, **kwargs):
        self.many = many
        super().__init__(*args, **kwargs)

    def get_attribute(self, instance):
        return instance, getattr(instance, self.source)

    def to_representation(self, value):
        page, related = value
        if not self.many:
            if related is None or not self.shown(related):
                return None
            return self.represent(page, related)
        return [self.represent(page, obj) for obj in related.all() if self.shown(obj)]

    def shown(self, obj):
        return True

    def represent(self, page, obj):
        raise NotImplementedError


class TermSerializer(RelatedToPageField):
    """Taxonomy terms with their slug (and country code), named in the page's language.

    Pages link terms in the source language; the name is the term's translation into
    the page's language where there is one.
    """

    def represent(self, page, term):
        data = {"slug": term.slug, "name": self.translated_name(page, term)}
        if hasattr(term, "code"):
            data["code"] = term.code
        return data

    def translated_name(self, page, term):
        return term.name_in(page.locale.language_code, self.context.get("request"))


class PageLinkSerializer(RelatedToPageField):
    """A linked page, in the language of the page that links it where translated.

    Only live pages outside view restrictions are linked. The restrictions and each
    language's translations are read once per response, not once per link: a listing
    costs the same queries for 3 items or 300.
    """

    def shown(self, other):
        """Live, and neither it nor a page above it has a view restriction."""
        if not other.live:
            return False
        if "restricted_paths" not in self.context:
            self.context["restricted_paths"] = tuple(
                PageViewRestriction.objects.values_list("page__path", flat=True)
            )
        return not other.path.startswith(self.context["restricted_paths"])

    def translation(self, other, locale_id):
        """The live translation of a page into a language, from one query per type."""
        cache = self.context.setdefault("page_translations", {})
        key = (type(other), locale_id)
        if key not in cache:
            cache[key] = {
                translated.translation_key: translated
                for translated in type(other)
                .objects.live()
                .filter(locale_id=locale_id)
                .defer_streamfields()
            }
        translated = cache[key].get(other.translation_key)
        return translated if translated is not None and self.shown(translated) else None

    def visitor_locale_id(self, page):
        """The language the response is for: ?locale=xx (an English item listed for a
        German visitor links the German versions of its relations), else the page's."""
        if "visitor_locale_id" not in self.context:
            request = self.context.get("request")
            code = request.GET.get("locale", "") if request is not None else ""
            found = None
            if code in dict(settings.LANGUAGES):
                found = (
                    Locale.objects.filter(language_code=code)
                    .values_list("pk", flat=True)
                    .first()
                )
            self.context["visitor_locale_id"] = found
        return self.context["visitor_locale_id"] or page.locale_id

    def represent(self, page, other):
        target = self.visitor_locale_id(page)
        if other.locale_id != target:
            other = self.translation(other, target) or other
        return {
            "id": other.pk,
            "title": other.title,
            "html_url": other.get_full_url(self.context.get("request")),
        }
