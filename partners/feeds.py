"""RSS and Atom feeds of the latest micro-project case stories in one language."""

from django.utils.translation import gettext

from home.feeds import AtomFeedMixin, PageFeed
from partners.models import CaseStoryIndexPage, CaseStoryPage


class CaseStoryFeed(PageFeed):
    """The 20 case stories of the language in the URL published last."""

    model = CaseStoryPage
    index_model = CaseStoryIndexPage
    ordering = ("-first_published_at", "-start_date", "-pk")

    def feed_title(self, project):
        return gettext("%(project)s case stories") % {"project": project}


class CaseStoryAtomFeed(AtomFeedMixin, CaseStoryFeed):
    """The case story feed as Atom."""
