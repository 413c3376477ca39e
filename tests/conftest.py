"""Fixtures for the project's own tests."""

from __future__ import annotations

import pytest
from helpers import Bench
from playwright.sync_api import sync_playwright

from pytest_iwr.chromium import launch_args


@pytest.fixture
def bench(pytester: pytest.Pytester) -> Bench:
    return Bench(pytester)


@pytest.fixture(scope="module")
def chromium():
    """One Chromium per test module that drives pages in this process (module-scoped: a
    module that starts Playwright itself must not find another one running)."""
    with sync_playwright() as pw:
        launched = pw.chromium.launch(**launch_args())
        yield launched
        launched.close()
