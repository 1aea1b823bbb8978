"""Errors reported to Sentry when SENTRY_DSN is set (sentry-sdk, an optional
dependency: pip install -e ".[sentry]")."""

from django.core.exceptions import ImproperlyConfigured


def start_sentry(dsn, environment, release, traces_sample_rate):
    try:  # here: sentry-sdk is optional, imported only when a DSN is set
        import sentry_sdk
        from sentry_sdk.integrations.django import DjangoIntegration
    except ImportError as error:  # pragma: no cover - the tests install it
        raise ImproperlyConfigured(
            'SENTRY_DSN is set but sentry-sdk is not installed: pip install -e ".[sentry]"'
        ) from error
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration()],
        # No addresses, cookies or user names leave the site.
        send_default_pii=False,
        traces_sample_rate=traces_sample_rate,
    )
