"""URL configuration: admin and documents outside, public pages inside i18n_patterns."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe
from django.views.static import serve as static_serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as serve_document

from discovery import export, sitemap
from discovery.api import api_router
from discovery.feeds import feed_urls
from editorial.locale_guard import guarded_admin_urls
from search import views as search_views

from .health import HealthView

urlpatterns = [
    # Language-limited versions of wagtail-localize's views go before the admin's.
    *guarded_admin_urls(),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view at its own address and name, for GET and HEAD only
    # (other methods get 405 instead of the file).
    re_path(
        r"^documents/(\d+)/(.*)$",
        require_safe(serve_document),
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-<section>.xml", sitemap.sitemap_section, name="sitemap_section"),
    path("robots.txt", sitemap.robots_txt, name="robots_txt"),
    path("health/", HealthView.as_view(), name="health"),
]

# Only images: documents are always served through Wagtail's view, never from /media/.
if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.+)$",
            static_serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Every public URL carries its language (/en/, /de/, …) so each translation has its
# own address for visitors, search engines and hreflang alternates.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    *feed_urls(),
    path("project.json", export.project_json, name="project_json"),
    path("project-partners.csv", export.partners_csv, name="project_partners_csv"),
    path("project-outputs.csv", export.outputs_csv, name="project_outputs_csv"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "portal.errors.server_error"
