"""Fixtures for the project's own tests."""

from __future__ import annotations

import pytest
from helpers import Bench


@pytest.fixture
def bench(pytester: pytest.Pytester) -> Bench:
    return Bench(pytester)
