"""Whether the site is being written out as a static archive (discovery's
export_static): pages then link what a static host can serve, a document's own file
instead of the counting download view, and leave out what needs a server (filters,
forms). Set only by the export, for its own rendering; visitors never see it."""

from contextlib import contextmanager
from contextvars import ContextVar

_exporting = ContextVar("portal_static_export", default=False)


def exporting():
    """True while export_static renders the site."""
    return _exporting.get()


@contextmanager
def static_export():
    token = _exporting.set(True)
    try:
        yield
    finally:
        _exporting.reset(token)
