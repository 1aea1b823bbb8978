"""The project's nginx configuration (deploy/nginx/portal.conf) in front of the site:
Django checks a document and nginx sends it, byte ranges included; the internal
location cannot be reached from outside. Runs a real nginx (Debian's package; CI
installs it and sets PORTAL_REQUIRE_NGINX=1)."""

import os
import re
import shutil
import subprocess

import pytest
from django.conf import settings
from wagtail.rich_text import RichText

from home.tests.factories import DocumentFactory, StandardPageFactory
from tests import servers
from tests.servers import free_port, wait_for_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
REQUIRED = os.environ.get("PORTAL_REQUIRE_NGINX") == "1"
CONFIG = settings.BASE_DIR / "deploy" / "nginx" / "portal.conf"

pytestmark = [
    pytest.mark.skipif(
        not os.path.exists(NGINX) and not REQUIRED, reason="nginx is not installed"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def nginx(live_server, settings, tmp_path, accel_redirect):
    """nginx with the project's server block, its upstream the live server and its
    folders this test's."""
    assert os.path.exists(NGINX), f"PORTAL_REQUIRE_NGINX=1 but {NGINX} is missing"
    port = free_port()
    upstream = live_server.url.removeprefix("http://")
    server = CONFIG.read_text()
    server = re.sub(r"server 127\.0\.0\.1:8000;", f"server {upstream};", server)
    server = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", server)
    server = server.replace("/srv/portal/media/", f"{settings.MEDIA_ROOT}/")
    server = server.replace("/srv/portal/static/", f"{settings.STATIC_ROOT}/")
    (tmp_path / "portal.conf").write_text(server)
    # Started as root, nginx's workers would drop to "nobody", who cannot read the
    # test's private temporary folders.
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp_path / "nginx.conf").write_text(
        f"""
        {user}
        daemon off;
        pid {tmp_path}/nginx.pid;
        error_log {tmp_path}/error.log;
        events {{ worker_connections 64; }}
        http {{
            access_log off;
            client_body_temp_path {tmp_path}/body;
            proxy_temp_path {tmp_path}/proxy;
            fastcgi_temp_path {tmp_path}/fastcgi;
            uwsgi_temp_path {tmp_path}/uwsgi;
            scgi_temp_path {tmp_path}/scgi;
            include {tmp_path}/portal.conf;
        }}
        """
    )
    process = subprocess.Popen(  # noqa: S603 (Debian's nginx, a generated config)
        [NGINX, "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
        stderr=subprocess.PIPE,
    )
    wait_for_port(port, process)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def fetch(url, **headers):
    return servers.fetch(url, text=False, **headers)


def test_nginx_sends_checked_documents_with_ranges(nginx, site):
    document = DocumentFactory()
    page = StandardPageFactory(
        parent=site.root_page,
        body=[
            (
                "paragraph",
                RichText(f'<p><a linktype="document" id="{document.pk}">PDF</a></p>'),
            )
        ],
    )
    page.save()
    with document.file.open("rb") as file:
        data = file.read()

    status, headers, body = fetch(nginx + document.url)
    assert status == 200
    assert body == data
    assert headers["Content-Type"] == "application/pdf"
    assert "X-Accel-Redirect" not in headers

    status, headers, body = fetch(nginx + document.url, Range="bytes=10-19")
    assert status == 206
    assert headers["Content-Range"] == f"bytes 10-19/{len(data)}"
    assert body == data[10:20]

    # The internal location is nginx's own: from outside it does not exist.
    status, _headers, body = fetch(f"{nginx}/protected-media/{document.file.name}")
    assert status == 404
    assert body != data
    # An unpublished document stays a 404 through nginx.
    hidden = DocumentFactory()
    assert fetch(nginx + hidden.url)[0] == 404
