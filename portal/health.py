"""/health/: django-health-check's checks of what every request needs."""

from health_check.views import HealthCheckView


class HealthView(HealthCheckView):
    """The database, both caches and the media storage (a file written, read and
    deleted). 200 when all work; 503 when one fails, so that a load balancer or
    monitor takes the server out. HTML, JSON (Accept or ?format=json) or text."""

    checks = (
        "health_check.checks.Database",
        ("health_check.checks.Cache", {"alias": "default"}),
        ("health_check.checks.Cache", {"alias": "renditions"}),
        "health_check.checks.Storage",
    )

    async def dispatch(self, request, *args, **kwargs):
        response = await super().dispatch(request, *args, **kwargs)
        if response.status_code == 500:
            response.status_code = 503
        return response
