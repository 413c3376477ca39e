"""The implied facts that hold at every pace, and only those.

The builder records, per step, what the reference's screen did (lines that
went away, changed look, arrived on screen, ...). Some of that is a moment:
a toast that is gone 3.1 s after it came is still there at 2.9 s. A model
copies the video's timing only roughly, so a fact is kept only if the
reference shows it at every pace the clock lint replays (0.6x and 1.7x the
video's page time as well as 1x): the implied checks then hang on what the
page does, never on a moment.
"""

from __future__ import annotations

from typing import Any, Sequence

from .runner import Capture

LANDING_DRIFT = 40  # px a jump's landing may differ between paces and still be one fact


def keep_steady(capture: Capture, others: Sequence[Capture | None]) -> Capture:
    """`capture` (the 1x run's) with every fact another pace did not show removed."""
    if not others:
        return capture
    if any(other is None for other in others):  # a pace that did not reach this step: nothing is sure
        capture.look_changed = capture.recoloured = None
        capture.restyled = capture.gone = capture.lists = capture.highlights = capture.fewer = capture.stays = None
        capture.patterns = None
        capture.view = None
        capture.landing = None
        capture.window_dy = None
        capture.target_shown = None
        return capture
    capture.look_changed = _all(capture.look_changed, [o.look_changed for o in others])
    capture.target_shown = _all(capture.target_shown, [o.target_shown for o in others])
    capture.recoloured = _all(capture.recoloured, [o.recoloured for o in others])
    capture.restyled = _common(capture.restyled, [o.restyled for o in others])
    # Gone: not shown after the step at any pace (it may not have come yet at 0.6x).
    capture.gone = [t for t in capture.gone or [] if all(o.shown is not None and t not in o.shown for o in others)] or None
    capture.fewer = _same_keys(capture.fewer, [o.fewer for o in others])
    capture.stays = _common(capture.stays, [o.stays for o in others])
    capture.lists = _common(capture.lists, [o.lists for o in others])
    capture.highlights = _common(capture.highlights, [o.highlights for o in others])
    view = _common(_lines(capture.view), [_lines(o.view) for o in others])
    capture.view = "\n".join(view) if view else None
    capture.patterns = _same_keys(capture.patterns, [o.patterns for o in others])
    capture.landing = capture.landing if all(_same_landing(capture.landing, o.landing) for o in others) else None
    capture.window_dy = _window(capture.window_dy, [o.window_dy for o in others])
    return capture


def _all(value: bool | None, others: list[bool | None]) -> bool | None:
    if value is None:
        return None
    return value and all(bool(o) for o in others)


def _common(items: list | None, others: list[list | None]) -> list | None:
    """The items every pace has, in the 1x run's order."""
    if not items:
        return None
    kept = [item for item in items if all(other and item in other for other in others)]
    return kept or None


def _same_keys(found: dict[str, Any] | None, others: list[dict | None]) -> dict | None:
    if not found:
        return None
    kept = {k: v for k, v in found.items() if all(other and other.get(k) == v for other in others)}
    return kept or None


def _lines(view: str | None) -> list[str] | None:
    return view.split("\n") if view else None


def _same_landing(landing: list | None, other: list | None) -> bool:
    """The same line, landed about as far down the screen."""
    if not landing or not other:
        return landing == other
    return landing[0] == other[0] and abs(landing[1] - other[1]) <= LANDING_DRIFT


def _window(dy: int | None, others: list[int | None]) -> int | None:
    """Whether the window stayed put (0) is kept only if it did, or did not, at every pace."""
    if dy is None or any(o is None for o in others):
        return None
    if (dy == 0) == all(o == 0 for o in others) and (dy != 0) == all(o != 0 for o in others):
        return dy
    return None
