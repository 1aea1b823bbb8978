"""export_static: the site as files under its own addresses, the same bytes twice,
downloads as plain files, lists page by page, a Pagefind index per language."""

import datetime
import json
from pathlib import Path

import lxml.html
import pytest
from django.core.management import CommandError, call_command

from discovery.static_export import StaticExport
from news.tests.factories import EventPageFactory, NewsPageFactory
from resources.tests.factories import OutputPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_tree(tree, translate, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for day in range(1, 4):
        NewsPageFactory(
            parent=tree.news,
            title=f"Meeting number {day}",
            date=datetime.date(2018, 5, day),
        )
    output = OutputPageFactory(parent=tree.outputs, title="Empowerment handbook")
    event = EventPageFactory(parent=tree.events, title="Final conference")
    translate(tree.home, "lv")
    translate(tree.news, "lv", title="Jaunumi", slug="jaunumi")
    tree.contact  # noqa: B018 (made)
    return tree, output, event


def export(tmp_path, name="archive", **options):
    out = tmp_path / name
    report = StaticExport(out, **options).run()
    return out, report


def html(out, path):
    return lxml.html.fromstring((out / path).read_bytes())


def test_every_page_list_and_file_under_its_own_address(site_tree, tmp_path):
    tree, output, event = site_tree
    out, report = export(tmp_path)
    assert report["broken"] == {}
    for path in (
        "en/index.html",
        "lv/index.html",
        "en/news/index.html",
        "en/news/page/2/index.html",  # the list's later page
        "lv/jaunumi/index.html",
        f"en/events/{event.slug}/index.html",
        f"en/events/{event.slug}/ics/index.html",
        "en/feeds/news.rss",
        "lv/feeds/news.atom",
        "sitemap.xml",
        "robots.txt",
        "en/search/index.html",
        "en/project.json",
        "index.html",
    ):
        assert (out / path).is_file(), path
    # A download is the document's own file, with its bytes.
    page = html(out, output.url.lstrip("/") + "index.html")
    (link,) = page.find_class("download")
    document = output.files.get().document
    assert link.get("href") == document.url
    with document.file.open("rb") as original:
        assert (out / document.url.lstrip("/")).read_bytes() == original.read()
    # No link to what needs a server: the counting view, the admin, filters.
    everything = "".join(
        file.read_text(errors="ignore") for file in out.rglob("*.html")
    )
    assert "/download/" not in everything
    assert "/admin/" not in everything
    assert not html(out, "en/news/index.html").find_class("filter-form")
    # The contact form says it is gone.
    contact = html(out, "en/contact/index.html")
    assert not contact.xpath("//form[@method='post']")
    assert contact.find_class("form-closed")
    # Every image the pages show is there.
    for img in html(out, "en/index.html").iter("img"):
        assert (out / img.get("src").lstrip("/")).is_file(), img.get("src")


def test_two_exports_of_the_same_content_are_the_same_bytes(site_tree, tmp_path):
    first, _ = export(tmp_path, "first")
    second, _ = export(tmp_path, "second")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(second) for p in second.rglob("*") if p.is_file()
    )
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_a_pagefind_index_for_each_language(site_tree, tmp_path):
    out, _ = export(tmp_path)
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text())
    assert {"en", "lv"} <= set(entry["languages"])
    # The pages mark what is indexed: the content, not the menus and footer.
    assert html(out, "en/news/index.html").xpath("//main[@data-pagefind-body]")
    search = html(out, "lv/search/index.html")
    assert search.xpath("//*[@data-archive-search]")
    assert search.xpath("//noscript")


def test_absolute_addresses_name_the_archive(site_tree, tmp_path):
    out, _ = export(tmp_path, base_url="https://archive.example.org")
    home = (out / "en" / "index.html").read_text()
    assert '<link rel="canonical" href="https://archive.example.org/en/">' in home
    assert "http://localhost" not in home
    assert "https://archive.example.org/en/" in (out / "sitemap-pages.xml").read_text()


def test_the_command_reports_what_it_wrote(site_tree, tmp_path, capsys):
    call_command("export_static", str(tmp_path / "out"))
    printed = capsys.readouterr().out
    assert "HTML pages" in printed and "bytes" in printed


def test_a_broken_link_fails_the_export(site_tree, tmp_path):
    tree, _output, _event = site_tree
    tree.about.summary = "See elsewhere."
    tree.about.body = [
        {"type": "paragraph", "value": '<p><a href="/en/no-such-page/">gone</a></p>'}
    ]
    tree.about.save_revision().publish()
    with pytest.raises(CommandError, match="broken link"):
        call_command("export_static", str(Path(tmp_path) / "out"))


def test_a_link_out_of_the_static_or_media_folder_copies_nothing(
    site_tree, tmp_path, settings
):
    """/static/%2e%2e/.env would publish the server's own files."""
    tree, _output, _event = site_tree
    settings.STATIC_ROOT = str(tmp_path / "collected")
    (tmp_path / "collected").mkdir()
    secret = tmp_path / "secret.txt"  # STATIC_ROOT/../secret.txt
    secret.write_text("not for the archive")
    tree.about.body = [
        {
            "type": "paragraph",
            "value": '<p><a href="/static/%2e%2e/secret.txt">x</a> '
            '<a href="/media/%2E%2E/secret.txt">y</a></p>',
        }
    ]
    tree.about.save_revision().publish()
    out, report = export(tmp_path)
    assert set(report["broken"]) == {
        "/static/%2e%2e/secret.txt",
        "/media/%2E%2E/secret.txt",
    }
    assert not list(out.rglob("secret.txt"))
    # The report says where the link is.
    assert report["broken"]["/static/%2e%2e/secret.txt"] == (404, tree.about.url)


def test_a_folder_that_is_not_an_earlier_export_is_left_alone(site_tree, tmp_path):
    keep = tmp_path / "work"
    keep.mkdir()
    (keep / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="not an earlier export"):
        call_command("export_static", str(keep))
    assert (keep / "notes.txt").read_text() == "mine"
    # An earlier export is replaced.
    out, _ = export(tmp_path, "again")
    export(tmp_path, "again")
    assert (out / "en" / "index.html").is_file()
