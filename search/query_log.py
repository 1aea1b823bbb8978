"""The search log, bounded: Wagtail's per-query daily hit counts (the *Popular
searches* of the admin, the editors' picks' statistics), without a row per search.

- A search for words already logged adds one to today's count for them (one row per
  query and day, updated in place).
- Words not logged before start a new entry only while fewer than
  SEARCH_LOG_NEW_QUERIES_PER_DAY different queries have been logged today; beyond
  that the search is not logged (typing random words cannot fill the database).
- Days older than WAGTAILSEARCH_HITS_MAX_AGE are removed by Wagtail's
  ``searchpromotions_garbage_collect`` command (run it daily, e.g. from cron), which
  also removes queries left without hits or editors' picks.
"""

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string


def find_query(query_text):
    """The logged query for these words, or None: looking does not create one."""
    return Query.objects.filter(
        query_string=normalise_query_string(query_text)[:255]
    ).first()


def log_search(query_text):
    """Count one search for these words today, within the day's limit; returns the
    logged query or None."""
    query = find_query(query_text)
    today = timezone.now().date()
    if query is None:
        logged_today = QueryDailyHits.objects.filter(date=today).count()
        if logged_today >= settings.SEARCH_LOG_NEW_QUERIES_PER_DAY:
            return None
        query = Query.get(normalise_query_string(query_text)[:255])
    query.add_hit(date=today)
    return query
