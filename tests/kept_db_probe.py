"""Run by tests/test_kept_database.py in a pytest of its own, with --reuse-db (its name
does not start with test_, so the suite itself does not collect it)."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Locale, Page


@pytest.mark.django_db(transaction=True)
def test_the_rows_migrations_made_are_there():
    """A transactional test: it empties the tables when it ends."""
    assert Locale.objects.count() == 9
    assert Page.objects.filter(depth=1).exists()
    assert Permission.objects.exists()
