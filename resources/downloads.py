"""Serving a language version of an output, and counting downloads without tracking.

The file goes through Wagtail's document serve view, so collection privacy, the
`document_served` signal and the serve method set in WAGTAILDOCS_SERVE_METHOD all apply;
only the download name changes, to the output's title and the language.

A download adds one to a per-file, per-day number. Nothing about the visitor is stored:
no cookie is set, no address or user agent is kept. Requests from bots (by user agent),
HEAD requests and the follow-up range requests a PDF viewer makes are not counted.
"""

import re

from django.utils.http import content_disposition_header
from wagtail.documents.views.serve import serve

BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|fetcher|scrapy|curl/|wget/|"
    r"python-requests|python-urllib|httpx|go-http-client|java/|okhttp|libwww|"
    r"headlesschrome|phantomjs|lighthouse|facebookexternalhit|preview|monitor|"
    r"pingdom|uptime|validator|checker",
    re.IGNORECASE,
)


def is_bot(request):
    user_agent = request.headers.get("User-Agent", "")
    return not user_agent.strip() or bool(BOT_PATTERN.search(user_agent))


def is_first_request(request):
    """False for the second and later parts of a ranged (resumed or streamed) download."""
    byte_range = request.headers.get("Range", "").replace(" ", "").lower()
    return not byte_range or byte_range.startswith("bytes=0-")


def serve_file(request, file):
    """Wagtail's serve view for the document, named after the output and language."""
    document = file.document
    response = serve(request, document.pk, document.filename)
    if response.status_code in (200, 206):
        disposition = response.get("Content-Disposition", "")
        as_attachment = disposition.startswith("attachment")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment, file.download_filename()
        )
        response["X-Robots-Tag"] = "noindex"
    return response


def counts_as_download(request, response):
    """True when a person downloaded the file (not a bot, a HEAD request or the
    follow-up part of a ranged download)."""
    if request.method != "GET" or response.status_code not in (200, 206):
        return False
    return not is_bot(request) and is_first_request(request)
