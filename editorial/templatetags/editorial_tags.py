"""Template tags of the admin's own templates."""

from django import template

from editorial.review import review_state, target_page

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, translation, instance):
    """The review bar's state above the translation editor of a page (else None)."""
    request = context.get("request")
    if request is None or translation is None:
        return None
    page = target_page(translation)
    return review_state(translation, page, request.user) if page else None
