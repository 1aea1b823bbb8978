"""/health/: django-health-check's checks of what every request needs."""

from concurrent.futures import ThreadPoolExecutor

from asgiref.sync import async_to_sync
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.views import View
from health_check.views import HealthCheckView

# The thread the checks run in, shared by the requests of this process.
CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="health")


class HealthView(HealthCheckView):
    """The database, the three caches and the media storage (a file written, read and
    deleted). 200 when all work; 503 when one fails, so that a load balancer or
    monitor takes the server out. HTML, JSON (Accept or ?format=json) or text.

    django-health-check's view is async; the site runs under WSGI, so this one is a
    plain view that runs the checks' event loop in a thread of its own (a thread that
    already has one, as in some test runners, could not start another): one thread
    kept for all requests of the process, not one started per request.
    """

    wagtail_site_unused = True  # portal.middleware.KnownSiteMiddleware

    checks = (
        "health_check.checks.Database",
        ("health_check.checks.Cache", {"alias": "default"}),
        ("health_check.checks.Cache", {"alias": "renditions"}),
        ("health_check.checks.Cache", {"alias": "template_fragments"}),
        "health_check.checks.Storage",
    )

    def dispatch(self, request, *args, **kwargs):
        response = View.dispatch(self, request, *args, **kwargs)
        patch_vary_headers(response, ["Accept"])
        add_never_cache_headers(response)
        return response

    def get(self, request, *args, **kwargs):
        checks = async_to_sync(super().get)
        response = CHECKER.submit(checks, request, *args, **kwargs).result()
        if response.status_code == 500:
            response.status_code = 503
        return response
