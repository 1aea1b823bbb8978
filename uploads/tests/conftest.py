"""The shared fixtures of tests/conftest.py, for this app's tests."""

from tests.conftest import *  # noqa: F403
