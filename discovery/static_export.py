"""The site as a folder of files any static host can serve (manage.py export_static).

Every live page in every language, the later pages of every list, each event's
calendar file, the feeds, sitemaps, robots.txt and the project record, under the
addresses the live site gives them; the static files, the renditions the pages show
and every document they link, as files. The pages are rendered by the site itself,
in process, with home.archive.static_export() on: downloads link the document's own
file instead of the counting view, lists have no filter form, the contact form says it
is closed and the search page searches a Pagefind index of the archive in the
browser. Nothing of the export run is written (no date, no order): two exports of the
same content are the same bytes.

Why not wagtail-bakery: it renders the pages of a site tree, but not the later pages of
lists, feeds, routable sub-pages, documents or renditions, and it does not follow
links; a crawl of the site's own links finds everything a visitor can reach, and the
links it cannot follow are the export's report of broken links.
"""

import html
import json
import posixpath
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.test import Client, override_settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from discovery.feeds import feed_urls
from discovery.sitemap import SITEMAPS
from home.archive import static_export

# Not in the archive: what needs a server.
SKIPPED = ("/admin/", "/api/", "/health/", "/cms/")
# The answers whose absolute addresses are rewritten to --base-url.
TEXT_TYPES = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/javascript",
)
CSS_URL = re.compile(rb"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
XML_LOC = re.compile(rb"<loc>([^<]+)</loc>")
LANGUAGE_VIEWS = [
    "search",
    "project_json",
    "project_partners_csv",
    "project_outputs_csv",
]


class ExportError(Exception):
    pass


class StaticExport:
    def __init__(self, out, base_url=None, log=None):
        self.out = Path(out)
        self.site = Site.objects.get(is_default_site=True)
        self.root_url = self.site.root_url
        self.base_url = (base_url or self.root_url).rstrip("/")
        self.host = urlsplit(self.root_url).netloc
        self.log = log or (lambda message: None)
        self.written = {}  # file -> bytes written
        self.broken = {}  # path -> (status, the address that linked it)
        self.referrers = {}  # path -> the first address that linked it

    # What to visit --------------------------------------------------------------------

    def seeds(self):
        paths = {"/", "/robots.txt", "/sitemap.xml"}
        paths |= {reverse("sitemap_section", args=[name]) for name in SITEMAPS}
        for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
            url = page.get_url()
            if url:
                paths.add(url)
        names = LANGUAGE_VIEWS + [pattern.name for pattern in feed_urls()]
        # The languages the site has a home page in (the feeds of another are 404s).
        languages = set(
            Page.objects.live()
            .filter(depth=2)
            .values_list("locale__language_code", flat=True)
        )
        for code, _name in settings.LANGUAGES:
            if code not in languages:
                continue
            with translation.override(code):
                for name in names:
                    try:
                        paths.add(reverse(name))
                    except NoReverseMatch:
                        continue
        return paths

    def local_path(self, url, base):
        """The path of a link on this site, or None (another host, a mail address)."""
        parts = urlsplit(urljoin(base, url))
        if parts.scheme not in ("http", "https", ""):
            return None
        if parts.netloc and parts.netloc != self.host:
            return None
        path = parts.path or "/"
        if path.startswith(SKIPPED) or "//" in path:
            return None
        return path

    def links_of_html(self, content, base):
        document = lxml.html.fromstring(content)
        for element in document.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value:
                    yield value
            if (
                element.tag == "form"
                and (element.get("method") or "get").lower() == "get"
            ):
                yield element.get("action") or base
            srcset = element.get("srcset")
            if srcset:
                for candidate in srcset.split(","):
                    if candidate.strip():
                        yield candidate.split()[0]

    # Fetching ---------------------------------------------------------------------------

    def run(self):
        started = time.monotonic()
        if self.out.exists() and any(self.out.iterdir()):
            # Only an earlier export is replaced: never a folder of something else.
            if not (self.out / "pagefind" / "pagefind-entry.json").is_file():
                raise ExportError(
                    f"{self.out} is not empty and not an earlier export: choose an "
                    "empty or new folder"
                )
            shutil.rmtree(self.out)
        self.out.mkdir(parents=True, exist_ok=True)
        with (
            static_export(),
            override_settings(
                FRAGMENT_CACHE_SECONDS=0,
                ALLOWED_HOSTS=[urlsplit(self.root_url).hostname],
            ),
        ):
            client = Client(
                HTTP_HOST=self.host, secure=self.root_url.startswith("https:")
            )
            queue = sorted(self.seeds())
            self.referrers.update(dict.fromkeys(queue, "(start)"))
            while queue:
                path = queue.pop(0)
                for found in sorted(self.visit(client, path)):
                    if found not in self.referrers:
                        self.referrers[found] = path
                        queue.append(found)
        self.root_page()
        self.pagefind()
        return {
            "files": len(self.written),
            "pages": sum(1 for p in self.written if p.endswith(".html")),
            "bytes": sum(self.written.values()),
            "seconds": time.monotonic() - started,
            "broken": self.broken,
        }

    def visit(self, client, path):
        """Write what `path` is; return the paths it links."""
        if path.startswith(settings.STATIC_URL):
            return self.copy_static(path)
        if path.startswith(settings.MEDIA_URL):
            return self.copy_media(path)
        response = client.get(path)
        status = response.status_code
        if status in (301, 302, 303, 307, 308):
            target = self.local_path(response["Location"], path)
            self.redirect(path, response["Location"])
            return [target] if target else []
        if status != 200:
            self.fail(path, status)
            return []
        content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        kind = response.get("Content-Type", "")
        if kind.startswith(TEXT_TYPES):
            content = content.replace(self.root_url.encode(), self.base_url.encode())
        self.write(path, content, html=kind.startswith("text/html"))
        if kind.startswith("text/html"):
            return self.local_links(self.links_of_html(content, path), path)
        if kind.startswith(("application/xml", "text/xml")):
            return self.local_links(
                (m.decode() for m in XML_LOC.findall(content)), path
            )
        return []

    def local_links(self, links, base):
        found = set()
        for link in links:
            path = self.local_path(link.replace(self.base_url, self.root_url), base)
            if path:
                found.add(path)
        return found

    def fail(self, path, status):
        self.broken[path] = (status, self.referrers.get(path, ""))

    @staticmethod
    def stored_name(path, prefix):
        """The file name under STATIC_URL or MEDIA_URL, or None for a name that
        would leave that folder (a link to /static/%2e%2e/.env)."""
        name = unquote(path[len(prefix) :])
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name:
            return None
        return name

    def copy_static(self, path):
        name = self.stored_name(path, settings.STATIC_URL)
        collected = Path(settings.STATIC_ROOT) / name if name else None
        source = (
            collected
            if collected and collected.is_file()
            else name and finders.find(name)
        )
        if not source:
            self.fail(path, 404)
            return []
        content = Path(source).read_bytes()
        self.write(path, content)
        if name.endswith(".css"):
            return self.local_links(
                (
                    m.decode()
                    for m in CSS_URL.findall(content)
                    if not m.startswith(b"data:")
                ),
                path,
            )
        return []

    def copy_media(self, path):
        name = self.stored_name(path, settings.MEDIA_URL)
        if not name or not default_storage.exists(name):
            self.fail(path, 404)
            return []
        with default_storage.open(name) as file:
            self.write(path, file.read())
        return []

    # Writing ----------------------------------------------------------------------------

    def target(self, path):
        relative = PurePosixPath(posixpath.normpath(unquote(path))).relative_to("/")
        name = str(relative) if str(relative) != "." else ""
        if path.endswith("/") or not name:
            name = f"{name}/index.html" if name else "index.html"
        target = (self.out / name).resolve()
        if self.out.resolve() not in target.parents:
            raise ExportError(f"{path} leads outside the export")
        return target

    def write(self, path, content, html=False):
        target = self.target(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        self.written[str(target.relative_to(self.out))] = len(content)

    def redirect(self, path, location):
        location = html.escape(location.replace(self.root_url, self.base_url))
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0; url={location}">'
            f'<link rel="canonical" href="{location}"><meta name="robots" '
            f'content="noindex"></head><body><p><a href="{location}">{location}</a>'
            "</p></body></html>"
        )
        self.write(path, page.encode())

    def root_page(self):
        """The archive's "/": the live site picks the visitor's language with
        Accept-Language; a static host cannot, so it goes to the source language."""
        if "index.html" not in self.written:
            self.redirect("/", f"/{settings.LANGUAGE_CODE}/")

    def pagefind(self):
        """Pagefind's index of the pages, one per language (it reads <html lang>),
        written to pagefind/ for the archive's search page."""
        command = [sys.executable, "-m", "pagefind", "--site", str(self.out)]
        result = subprocess.run(  # noqa: S603 (our own interpreter and folder)
            command, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise ExportError(f"pagefind failed: {result.stderr or result.stdout}")
        self.log(result.stdout.strip().splitlines()[-1] if result.stdout else "")
        # Pagefind lists the languages in no fixed order: sorted, two exports of the
        # same content are the same bytes.
        entry = self.out / "pagefind" / "pagefind-entry.json"
        entry.write_text(
            json.dumps(
                json.loads(entry.read_text()), sort_keys=True, separators=(",", ":")
            )
        )
        for file in sorted((self.out / "pagefind").rglob("*")):
            if file.is_file():
                self.written[str(file.relative_to(self.out))] = file.stat().st_size
