"""Documents served right: GET and HEAD only, byte ranges, nothing unpublished or
private to visitors, large files handed to the web server when configured."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)
from wagtail.rich_text import RichText

from home.models import FooterText
from home.tests.factories import DocumentFactory, StandardPageFactory, root_collection
from resources.models import DownloadCount
from resources.tests.factories import OutputPageFactory
from tests.servers import run_python

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def link(document):
    """The rich text of a document link, as the editor's document link writes it."""
    return f'<p><a linktype="document" id="{document.pk}">Handbook</a></p>'


def linking_to(document):
    return [("paragraph", RichText(link(document)))]


def page_using(parent, document, **kwargs):
    page = StandardPageFactory(parent=parent, body=linking_to(document), **kwargs)
    page.save()  # the reference index records the page's stored fields
    return page


def file_bytes(document):
    with document.file.open("rb") as file:
        return file.read()


def body(response):
    return b"".join(response.streaming_content)


@pytest.fixture
def published(tree):
    """A document that a live public page links to."""
    document = DocumentFactory()
    page_using(tree.home, document)
    return document


@pytest.fixture
def output(tree):
    return OutputPageFactory(parent=tree.outputs, title="Handbook")


# Methods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
)
def test_only_get_and_head_serve_a_document(client, published, output, method):
    for url in (published.url, f"{output.url}download/en/"):
        response = client.generic(method, url)
        allowed = set(response["Allow"].replace(" ", "").split(","))
        if method == "OPTIONS" and url != published.url:
            # A page (the output's download address is one) answers OPTIONS with
            # what it allows, as Wagtail's pages do.
            assert response.status_code == 200
            assert allowed == {"GET", "HEAD", "OPTIONS"}
        else:
            assert response.status_code == 405, url
            assert allowed - {"OPTIONS"} == {"GET", "HEAD"}
        assert not b"".join(getattr(response, "streaming_content", [response.content]))
    assert client.get(published.url).status_code == 200
    head = client.head(published.url)
    assert head.status_code == 200
    assert int(head["Content-Length"]) == published.file.size


# Ranges ---------------------------------------------------------------------------------


def test_whole_files_say_they_take_ranges(client, published):
    response = client.get(published.url)
    assert response["Accept-Ranges"] == "bytes"
    assert body(response) == file_bytes(published)


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", None, None)],
)
def test_a_range_request_gets_that_part(client, published, header, first, last):
    data = file_bytes(published)
    size = len(data)
    if first is None:
        first, last = size - 50, size - 1
    last = size - 1 if last is None else last

    response = client.get(published.url, HTTP_RANGE=header)

    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{size}"
    assert int(response["Content-Length"]) == last - first + 1
    assert body(response) == data[first : last + 1]
    # The headers of the whole file stay: type, disposition, the file's own policy.
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_range_beyond_the_end_is_416(client, published):
    size = published.file.size
    response = client.get(published.url, HTTP_RANGE=f"bytes={size + 10}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{size}"


@pytest.mark.parametrize("header", ["bytes=0-9,20-29", "pages=1-2", "bytes=x-y"])
def test_ranges_that_cannot_be_served_as_one_part_get_the_whole_file(
    client, published, header
):
    response = client.get(published.url, HTTP_RANGE=header)
    assert response.status_code == 200
    assert body(response) == file_bytes(published)


def test_if_range_gets_the_part_only_while_the_file_is_unchanged(client, published):
    etag = client.get(published.url)["ETag"]
    same = client.get(published.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=etag)
    assert same.status_code == 206
    changed = client.get(published.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"old"')
    assert changed.status_code == 200
    assert body(changed) == file_bytes(published)


def test_an_outputs_download_takes_ranges_and_counts_once(client, output):
    url = f"{output.url}download/en/"
    data = file_bytes(output.files.get().document)
    first = client.get(url, HTTP_RANGE="bytes=0-99", HTTP_USER_AGENT=BROWSER)
    rest = client.get(url, HTTP_RANGE="bytes=100-", HTTP_USER_AGENT=BROWSER)
    assert (first.status_code, rest.status_code) == (206, 206)
    assert body(first) + body(rest) == data
    counted = DownloadCount.objects.filter(page=output).values_list("count", flat=True)
    assert sum(counted) == 1


# Unpublished and private ---------------------------------------------------------------


def test_a_document_used_only_by_a_draft_is_not_served_until_it_is_published(
    client, admin_client, tree
):
    document = DocumentFactory()
    draft = page_using(tree.home, document, live=False)
    assert client.get(document.url).status_code == 404
    # Editors still preview it.
    assert admin_client.get(document.url).status_code == 200
    draft.save_revision().publish()
    assert client.get(document.url).status_code == 200
    draft.refresh_from_db()
    draft.unpublish()
    assert client.get(document.url).status_code == 404


def test_a_document_nothing_uses_is_not_served(client, admin_client):
    document = DocumentFactory()
    assert client.get(document.url).status_code == 404
    assert admin_client.get(document.url).status_code == 200


def test_a_document_added_in_a_draft_of_a_live_page_waits_for_its_publication(
    client, tree
):
    page = StandardPageFactory(parent=tree.home)
    document = DocumentFactory()
    page.body = linking_to(document)
    revision = page.save_revision()
    assert client.get(document.url).status_code == 404
    revision.publish()
    assert client.get(document.url).status_code == 200


def test_a_document_used_only_by_private_pages_is_not_served_to_visitors(
    client, django_user_model, tree
):
    document = DocumentFactory()
    section = StandardPageFactory(parent=tree.home, title="Partners only")
    page_using(section, document)
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(document.url).status_code == 404
    # A signed-in visitor passes the page's restriction, so gets its document.
    client.force_login(django_user_model.objects.create_user("member", "m@x.org", "pw"))
    assert client.get(document.url).status_code == 200


def test_a_document_behind_a_page_password_is_served_after_the_password(client, tree):
    document = DocumentFactory()
    page = page_using(tree.home, document)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert client.get(document.url).status_code == 404
    with translation.override("en"):
        url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
        )
    client.post(url, {"password": "secret", "return_url": page.url})
    assert client.get(document.url).status_code == 200


def test_a_document_in_a_private_collection_needs_a_login(client, admin_client, tree):
    internal = root_collection().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    ).groups.set(Group.objects.none())
    document = DocumentFactory(collection=internal)
    page_using(tree.home, document)
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert admin_client.get(document.url).status_code == 200
    assert Collection.objects.filter(name="Internal").exists()


def test_a_document_a_snippet_uses_is_served(client, tree):
    document = DocumentFactory()
    FooterText.objects.create(body=link(document))
    assert client.get(document.url).status_code == 200


# The web server sends the bytes -------------------------------------------------------


def test_with_accel_redirect_django_checks_and_nginx_sends(
    client, published, accel_redirect
):
    response = client.get(published.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{published.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    # Still only what is published.
    assert client.get(DocumentFactory().url).status_code == 404


def test_settings_turn_accel_redirect_on():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SENDFILE_BACKEND, s.SENDFILE_URL, s.SENDFILE_ROOT)"
    )
    output = run_python(
        script,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        MEDIA_ROOT="/srv/portal/media",
        DOCUMENTS_ACCEL_REDIRECT_URL="/protected-media/",
    ).stdout.split()
    assert output == [
        "django_sendfile.backends.nginx",
        "/protected-media",
        "/srv/portal/media",
    ]
