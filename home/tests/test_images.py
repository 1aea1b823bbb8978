"""The responsive image tag and the alt-text rule of the image form and page publishing."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import CustomImage, StandardPage
from home.renditions import source_formats
from home.tests.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def render(template, **context):
    return Template("{% load portal_images %}" + template).render(Context(context))


def photo(**kwargs):
    kwargs.setdefault("file__width", 800)
    kwargs.setdefault("file__height", 600)
    return ImageFactory(**kwargs)


def test_picture_has_modern_sources_srcset_sizes_and_dimensions():
    image = photo(description="Volunteers drive an elderly woman to the doctor")

    html = render(
        '{% responsive_picture image "fill-{400x300,800x600}" sizes="50vw" %}',
        image=image,
    )

    assert html.startswith("<picture>") and html.endswith("</picture>")
    types = re.findall(r'<source[^>]* type="([^"]+)"', html)
    assert types == [f"image/{fmt}" for fmt in source_formats()]
    assert "image/webp" in types
    for source in re.findall(r"<source[^>]*>", html):
        assert re.search(r'srcset="\S+ 400w, \S+ 800w"', source)
        assert 'sizes="50vw"' in source
    img = re.search(r"<img[^>]*>", html).group(0)
    assert re.search(r'src="\S+\.jpg"', img)
    assert re.search(r'srcset="\S+\.jpg 400w, \S+\.jpg 800w"', img)
    assert 'width="400"' in img and 'height="300"' in img
    assert 'sizes="50vw"' in img
    assert 'alt="Volunteers drive an elderly woman to the doctor"' in img
    assert 'loading="lazy"' in img


def test_avif_is_offered_when_pillow_can_write_it(monkeypatch):
    from PIL import features

    html = render('{% responsive_picture image "width-400" %}', image=photo())

    assert ('type="image/avif"' in html) is features.check("avif")


def test_picture_above_the_fold_is_not_lazy_and_keeps_extra_attributes():
    html = render(
        '{% responsive_picture image "width-{480,960}" lazy=False fetchpriority="high" %}',
        image=photo(),
    )

    assert "loading=" not in html
    assert 'fetchpriority="high"' in html


def test_decorative_image_and_explicit_alt_give_empty_alt():
    decorative = photo(description="", is_decorative=True)
    described = photo(description="A bus stop in the snow")

    assert 'alt=""' in render(
        '{% responsive_picture image "width-400" %}', image=decorative
    )
    html = render('{% responsive_picture image "width-400" alt="" %}', image=described)
    assert 'alt=""' in html and "bus stop" not in html


def test_transparent_png_keeps_png_fallback_and_small_originals_are_not_repeated():
    logo = ImageFactory(
        file__filename="logo.png", file__format="PNG", file__width=300, file__height=100
    )

    html = render('{% responsive_picture image "max-{320x160,640x320}" %}', image=logo)

    img = re.search(r"<img[^>]*>", html).group(0)
    assert re.search(r'src="\S+\.png"', img)
    # Both specs give the 300 px original: one file per format, not two.
    srcsets = re.findall(r'srcset="([^"]+)"', html)
    assert len(srcsets) == len(source_formats()) and "," not in "".join(srcsets)
    assert 'width="300"' in img and 'height="100"' in img


def test_no_image_renders_nothing():
    assert render('{% responsive_picture image "width-400" %}', image=None) == ""


# The image form


def image_form_data(**overrides):
    return {"title": "Workshop", "description": "", "credit": "", **overrides}


def edit_image(admin_client, image, **overrides):
    url = reverse("wagtailimages:edit", args=(image.pk,))
    return admin_client.post(url, image_form_data(**overrides))


def test_image_form_requires_alt_text_for_an_informative_image(admin_client):
    image = photo(description="")

    response = edit_image(admin_client, image)

    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    image.refresh_from_db()
    assert image.title != "Workshop"


def test_image_form_accepts_alt_text_or_decorative(admin_client):
    described, decorative = photo(description=""), photo(description="")

    assert (
        edit_image(admin_client, described, description="Ten people").status_code == 302
    )
    response = edit_image(
        admin_client, decorative, description="ignored", is_decorative="on"
    )

    assert response.status_code == 302
    saved = CustomImage.objects.get(pk=decorative.pk)
    assert saved.is_decorative and saved.description == ""


# Publishing a page


def edit_page(admin_client, page, publish, **fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([]),
            **fields,
        }
    )
    if publish:
        data["action-publish"] = "action-publish"
    return admin_client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)


def test_page_with_an_undescribed_image_saves_as_draft_but_does_not_publish(
    admin_client, home_page
):
    page = StandardPageFactory(parent=home_page, title="About")
    image = photo(description="", title="Group photo")

    draft = edit_page(admin_client, page, publish=False, image=image.pk)
    published = edit_page(admin_client, page, publish=True, image=image.pk)

    assert draft.status_code == 302
    assert published.status_code == 200
    errors = published.context["form"].errors["image"]
    assert "“Group photo”" in errors[0]
    page.refresh_from_db()
    assert page.image_id is None  # the live page is unchanged


def test_undescribed_image_in_a_body_block_blocks_publishing(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="About")
    image = photo(description="")
    body = streamfield([("image", {"image": image.pk, "caption": "", "credit": ""})])

    response = edit_page(admin_client, page, publish=True, body=body)

    assert response.status_code == 200
    assert "body" in response.context["form"].errors


@pytest.mark.parametrize(
    "image_kwargs",
    [{"description": "Ten people"}, {"description": "", "is_decorative": True}],
)
def test_described_or_decorative_image_publishes(admin_client, home_page, image_kwargs):
    page = StandardPageFactory(parent=home_page, title="About")
    image = photo(**image_kwargs)

    response = edit_page(admin_client, page, publish=True, image=image.pk)

    assert response.status_code == 302
    assert StandardPage.objects.get(pk=page.pk).image_id == image.pk


def test_multiple_uploader_accepts_files_before_their_alt_text(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "field.jpg", ImageFactory.build().file.read(), content_type="image/jpeg"
    )

    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload}
    )

    assert response.status_code == 200
    assert response.json()["success"] is True
    assert CustomImage.objects.get().needs_alt_text


def test_undescribed_image_in_an_inline_gallery_blocks_publishing(admin_client, tree):
    from wagtail.test.utils.form_data import inline_formset, rich_text

    from home.tests.factories import CountryFactory
    from partners.models import CaseStoryPage
    from partners.tests.factories import NetworkPageFactory

    picture = photo(description="", title="Day one")
    data = {
        "title": "A car for the village",
        "slug": "a-car",
        "network": NetworkPageFactory(parent=tree.networks).pk,
        "country": CountryFactory().pk,
        "status": "continued",
        "start_date": "2024-03-01",
        "challenge": rich_text("<p>The bus runs twice a day.</p>"),
        "co_creation": rich_text("<p>Volunteers drive.</p>"),
        **nested_form_data(
            {
                "gallery_images": inline_formset(
                    [{"image": picture.pk, "caption": ""}]
                ),
                "body": streamfield([]),
            }
        ),
    }
    url = reverse(
        "wagtailadmin_pages:add",
        args=("partners", "casestorypage", tree.case_stories.pk),
    )

    refused = admin_client.post(url, {**data, "action-publish": "action-publish"})
    draft = admin_client.post(url, data)

    assert refused.status_code == 200
    gallery = refused.context["form"].formsets["gallery_images"]
    assert "image" in gallery.forms[0].errors
    assert draft.status_code == 302
    assert not CaseStoryPage.objects.get(slug="a-car").live


def bulk_publish(admin_client, *pages):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    return admin_client.post(f"{url}?{query}&next=/admin/", {})


def test_bulk_publish_refuses_a_draft_with_an_undescribed_image(
    admin_client, home_page
):
    page = StandardPageFactory(parent=home_page, title="About")
    other = StandardPageFactory(parent=home_page, title="Contact")
    image = photo(description="", title="Group photo")
    draft = edit_page(admin_client, page, publish=False, image=image.pk)
    assert draft.status_code == 302
    edit_page(admin_client, other, publish=False, summary="Write to us")

    response = bulk_publish(admin_client, page, other)

    assert response.status_code == 302
    page.refresh_from_db()
    other.refresh_from_db()
    assert page.image_id is None and page.has_unpublished_changes
    assert other.has_unpublished_changes  # all or nothing
    errors = [
        str(message)
        for message in response.wsgi_request._messages
        if message.level_tag == "error"
    ]
    assert len(errors) == 1 and "“About” (“Group photo”)" in errors[0]


def test_bulk_publish_publishes_described_drafts(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="About")
    image = photo(description="Ten people around a table", title="Group photo")
    edit_page(admin_client, page, publish=False, image=image.pk)

    response = bulk_publish(admin_client, page)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.image_id == image.pk and not page.has_unpublished_changes
