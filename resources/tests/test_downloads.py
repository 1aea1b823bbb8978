"""Stable download addresses per language, counted once, bots and repeats not counted."""

import pytest
from django.urls import reverse
from django.utils import timezone

from home.tests.factories import make_pdf
from resources.models import DownloadCount
from resources.tests.factories import OutputFileFactory, OutputPageFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def output(tree):
    page = OutputPageFactory(
        parent=tree.outputs, title="Policy Recommendations", files__language="en"
    )
    OutputFileFactory(page=page, language="de")
    return page


def download(client, page, language, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return client.get(f"{page.url}download/{language}/", **headers)


def counts():
    return dict(DownloadCount.objects.values_list("language", "count"))


def test_each_language_has_its_own_address_and_file(client, output):
    german = output.files.get(language="de")

    response = download(client, output, "de")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'inline; filename="policy-recommendations-de.pdf"'
    )
    body = b"".join(response.streaming_content)
    german.document.file.open("rb")
    assert body == german.document.file.read()
    library = output.get_parent().slug
    assert german.download_url == (f"/en/{library}/policy-recommendations/download/de/")


def test_a_download_counts_once_for_its_file_and_day(client, output):
    download(client, output, "de")
    download(client, output, "de")
    download(client, output, "en")

    assert counts() == {"de": 2, "en": 1}
    assert set(DownloadCount.objects.values_list("day", flat=True)) == {
        timezone.localdate()
    }


def test_nothing_about_the_visitor_is_stored_or_set(client, output):
    response = download(client, output, "de", REMOTE_ADDR="203.0.113.7")

    assert not response.cookies
    assert "Set-Cookie" not in response
    fields = {field.name for field in DownloadCount._meta.get_fields()}
    assert fields == {"id", "page", "language", "day", "count"}


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "",
    ],
)
def test_bots_get_the_file_but_are_not_counted(client, output, user_agent):
    response = download(client, output, "de", HTTP_USER_AGENT=user_agent)

    assert response.status_code == 200
    assert counts() == {}


def test_range_requests_after_the_first_are_not_counted(client, output):
    download(client, output, "de", HTTP_RANGE="bytes=0-")
    download(client, output, "de", HTTP_RANGE="bytes=1024-2047")

    assert counts() == {"de": 1}


def test_head_requests_are_not_counted(client, output):
    client.head(f"{output.url}download/de/", HTTP_USER_AGENT=BROWSER)

    assert counts() == {}


@pytest.mark.parametrize("language", ["fr", "xx", "DE-", "d%C3%A9"])
def test_a_missing_language_is_a_polite_404_with_the_available_ones(
    client, output, language
):
    response = download(client, output, language)

    assert response.status_code == 404
    html = response.content.decode()
    assert f'href="{output.url}download/de/"' in html
    assert f'href="{output.url}download/en/"' in html
    assert "Policy Recommendations" in html
    assert counts() == {}


def test_the_language_code_is_not_case_sensitive(client, output):
    assert download(client, output, "DE").status_code == 200
    assert counts() == {"de": 1}


def test_a_translated_page_offers_the_same_files(client, output, translate):
    latvian = translate(output, "lv")

    response = download(client, latvian, "de")

    assert latvian.url.startswith("/lv/")
    assert response.status_code == 200
    assert DownloadCount.objects.get().page_id == latvian.pk


def test_documents_in_a_private_collection_stay_private(client, output):
    from wagtail.models import Collection, CollectionViewRestriction

    document = output.files.get(language="de").document
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="login"
    )
    document.collection = private
    document.save()

    response = download(client, output, "de")

    assert response.status_code == 302
    assert counts() == {}


def test_editors_see_totals_per_output_and_language(admin_client, output, translate):
    latvian = translate(output, "lv")
    DownloadCount.objects.create(
        page=output, language="de", day=timezone.localdate(), count=3
    )
    DownloadCount.objects.create(
        page=latvian, language="de", day=timezone.localdate(), count=2
    )
    DownloadCount.objects.create(
        page=output,
        language="en",
        day=timezone.localdate() - timezone.timedelta(days=90),
        count=4,
    )

    report = admin_client.get(reverse("download_report"))
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[output.pk]))

    assert report.status_code == 200
    (row,) = report.context["rows"]
    assert row["page"] == output
    cells = {code: (total, recent) for code, _name, total, recent in row["cells"]}
    assert cells == {"en": (4, 0), "de": (5, 5)}
    assert (row["total"], row["recent"]) == (9, 5)
    assert edit.status_code == 200
    html = edit.content.decode()
    assert 'data-language="de"' in html
    assert '<td data-count="total">5</td>' in html


def test_the_report_is_in_the_reports_menu(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))

    assert reverse("download_report") in response.content.decode()


def test_documents_are_not_served_from_the_media_folder(client, output, settings):
    """Only images are served from /media/ (tests turn SERVE_MEDIA on); documents
    always go through the download view, so privacy and counting apply."""
    assert settings.SERVE_MEDIA
    document = output.files.get(language="de").document
    assert document.file.name.startswith("documents/")
    assert (settings.MEDIA_ROOT / document.file.name).is_file()

    direct = client.get(f"{settings.MEDIA_URL}{document.file.name}")
    download_response = download(client, output, "de")

    assert direct.status_code == 404
    assert download_response.status_code == 200
    assert b"".join(download_response.streaming_content).startswith(b"%PDF-")
    # Images are still served from there, so a 404 is not just media being off.
    cover = OutputFileFactory(
        page=output, language="lv", document__file__data=make_pdf("Cover")
    ).document.cover
    assert client.get(f"{settings.MEDIA_URL}{cover.file.name}").status_code == 200


def test_the_report_lists_outputs_created_in_another_language(
    admin_client, tree, output, translate
):
    """An output written directly in Latvian (no English page) is listed once, with
    its downloads; a translated output is listed once, under its English page."""
    latvian_library = translate(tree.outputs, "lv")
    latvian_only = OutputPageFactory(
        parent=latvian_library, title="Vadlīnijas", files__language="lv"
    )
    translate(output, "lv")
    DownloadCount.objects.create(
        page=latvian_only, language="lv", day=timezone.localdate(), count=7
    )

    report = admin_client.get(reverse("download_report"))

    assert report.status_code == 200
    rows = {row["page"].pk: row for row in report.context["rows"]}
    assert set(rows) == {output.pk, latvian_only.pk}
    assert [code for code, *_ in rows[latvian_only.pk]["cells"]] == ["lv"]
    assert rows[latvian_only.pk]["total"] == 7
    assert report.context["total"] == 7
    html = report.content.decode()
    assert "Vadlīnijas" in html
    assert 'data-page-language="lv"' in html
