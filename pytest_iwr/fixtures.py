"""Fixtures registered in benchmark mode, on top of pytest-playwright's."""

from __future__ import annotations

import pytest

from .chromium import CHROMIUM_ARGS, find_chromium


@pytest.fixture
def iwr_generation(request: pytest.FixtureRequest):
    """The step's page, generated (or taken from the store) at set-up: a generation the
    set-up failed (no key, no connection) is a set-up error, and the task is not scored."""
    from .collect import not_scored

    generation = request.node.parent.generate()
    if not generation.scored:
        not_scored(request.node)
    return generation


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, browser_name: str) -> dict:
    """pytest-playwright's launch options (--headed, --slowmo, --browser-channel) plus ours.

    The Chromium found at set-up is used unless the user picked a channel, so
    no run ever needs Playwright's downloaded browser.
    """
    args = dict(browser_type_launch_args)
    if browser_name == "chromium":
        args["args"] = list(args.get("args", [])) + [a for a in CHROMIUM_ARGS if a not in args.get("args", [])]
        if "channel" not in args and "executable_path" not in args:
            path = find_chromium()
            if path:
                args["executable_path"] = path
    return args
