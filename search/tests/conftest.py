"""The shared fixtures (and markers) of tests/conftest.py, for this app's tests."""

from tests.conftest import *  # noqa: F403
from tests.conftest import pytest_configure  # noqa: F401 - registers the "slow" marker
