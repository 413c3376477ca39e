"""The deterministic checks: what a person would see, asked of any page.

Text checks are pure functions of the page's visible text, so they are tested
without a browser. Role and value checks ask the page through Playwright's
accessibility-aware locators. A failed check explains itself in one line:
what was expected and what the page showed instead.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Callable

from playwright.sync_api import Page

from . import visual
from .actions import TargetNotFound, find_target
from .task import ROLE_STATES, Check


@dataclass(frozen=True)
class Outcome:
    passed: bool
    message: str = ""


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _shorten(text: str, limit: int = 80) -> str:
    text = normalise(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def nearest_text(page_text: str, wanted: str) -> str:
    """The visible snippet closest to what was wanted, to show in a failure."""
    text = normalise(page_text)
    if not text:
        return "nothing (no visible text)"
    size = max(len(wanted), 1)
    tokens = text.split(" ")
    pieces = {" ".join(tokens[i : i + n]) for n in range(1, len(wanted.split()) + 3) for i in range(len(tokens))}
    best = max(pieces, key=lambda p: (difflib.SequenceMatcher(None, wanted.lower(), p.lower()).ratio(), -abs(len(p) - size)))
    return repr(_shorten(best))


def check_text(page_text: str, wanted: str) -> Outcome:
    if wanted.lower() in normalise(page_text).lower():
        return Outcome(True)
    return Outcome(False, f"expected text {wanted!r}; nearest on the page: {nearest_text(page_text, wanted)}")


def check_no_text(page_text: str, unwanted: str) -> Outcome:
    text = normalise(page_text)
    at = text.lower().find(unwanted.lower())
    if at < 0:
        return Outcome(True)
    around = text[max(0, at - 30) : at + len(unwanted) + 30]
    return Outcome(False, f"expected no {unwanted!r}, but the page shows {_shorten(around)!r}")


def check_regex(page_text: str, pattern: str) -> Outcome:
    if re.search(pattern, normalise(page_text)):
        return Outcome(True)
    return Outcome(False, f"expected text matching /{pattern}/; the page shows {_shorten(page_text)!r}")


def check_bounds(what: str, found: int, options: dict) -> Outcome:
    problems = []
    if "equals" in options and found != options["equals"]:
        problems.append(f"exactly {options['equals']}")
    if "min" in options and found < options["min"]:
        problems.append(f"at least {options['min']}")
    if "max" in options and found > options["max"]:
        problems.append(f"at most {options['max']}")
    if not problems:
        return Outcome(True)
    return Outcome(False, f"expected {' and '.join(problems)} {what}, found {found}")


def check_count(page_text: str, wanted: str, options: dict) -> Outcome:
    found = normalise(page_text).lower().count(wanted.lower())
    if not any(k in options for k in ("equals", "min", "max")):
        options = {"min": 1}
    return check_bounds(f"of {wanted!r}", found, options)


@dataclass
class Observation:
    """What the runner saw around one action, handed to the checks.

    Screenshots and scroll positions are fetched only when a check asks for them.
    """

    page: Page
    text: str
    before_png: Callable[[], bytes | None]
    after_png: Callable[[], bytes]
    scroll_moved: Callable[[], bool]
    reference_shot: Callable[[], "visual.Shot | None"]
    timeout_ms: float


def run_check(check: Check, seen: Observation) -> Outcome:
    kind, arg, opts = check.kind, check.arg, check.options
    if kind == "text":
        return check_text(seen.text, arg)
    if kind == "no_text":
        return check_no_text(seen.text, arg)
    if kind == "regex":
        return check_regex(seen.text, arg)
    if kind == "count":
        return check_count(seen.text, arg, opts)
    if kind == "role":
        return _check_role(seen, arg, opts)
    if kind == "value":
        return _check_value(seen, arg, opts["equals"])
    if kind == "changed":
        before = seen.before_png()
        changed = before is not None and visual.pixels_changed(before, seen.after_png())
        if changed == arg:
            return Outcome(True)
        return Outcome(False, "expected the page to change, it looks the same" if arg else "expected no visible change, the page changed")
    if kind == "scrolled":
        moved = seen.scroll_moved()
        if moved == arg:
            return Outcome(True)
        return Outcome(False, "expected the page to scroll, it did not move" if arg else "expected no scrolling, the page scrolled")
    if kind == "visual":
        reference = seen.reference_shot()
        if reference is None:
            return Outcome(False, "no reference screenshot for this step (rebuild the task)")
        score = visual.region_similarity(reference, visual.Shot.from_png(seen.after_png()), opts.get("region"))
        if score >= arg:
            return Outcome(True)
        return Outcome(False, f"expected visual similarity >= {arg:g}, got {score:.2f}")
    raise ValueError(f"unknown check kind {kind!r}")  # task.py rejects these first


def _check_role(seen: Observation, role: str, opts: dict) -> Outcome:
    states = {k: opts[k] for k in ROLE_STATES if k in opts}
    name = opts.get("name")
    locator = seen.page.get_by_role(role, name=name, exact=False, **states) if name else seen.page.get_by_role(role, **states)
    found = locator.count()
    bounds = {k: opts[k] for k in ("equals", "min", "max") if k in opts} or {"min": 1}
    outcome = check_bounds(f"{role} {name!r}" if name else role, found, bounds)
    if outcome.passed:
        return outcome
    wanted = f"{role}" + (f" named {name!r}" if name else "") + "".join(f", {k}={v}" for k, v in states.items())
    if found == 0 and states:
        # Say whether the element is there in another state: the likeliest mistake.
        plain = seen.page.get_by_role(role, name=name, exact=False) if name else seen.page.get_by_role(role)
        if plain.count():
            return Outcome(False, f"expected a {wanted}; it exists but not in that state")
    if found == 0:
        names = [n for n in _role_names(seen.page, role) if n][:6]
        shown = ", ".join(repr(_shorten(n, 30)) for n in names) or "none"
        return Outcome(False, f"expected a {wanted}; {role}s on the page: {shown}")
    return Outcome(False, f"{outcome.message} ({wanted})")


def _role_names(page: Page, role: str) -> list[str]:
    try:
        return [normalise(t) for t in page.get_by_role(role).all_inner_texts()]
    except Exception:  # noqa: BLE001 - only used to enrich a failure message
        return []


def _check_value(seen: Observation, target, wanted: str) -> Outcome:
    try:
        found = find_target(seen.page, target)
    except TargetNotFound as exc:
        return Outcome(False, f"expected a field {target.describe()} with value {wanted!r}; {exc}")
    try:
        value = found.locator.input_value(timeout=seen.timeout_ms)
    except Exception as exc:  # noqa: BLE001 - not a field, detached, ...
        return Outcome(False, f"expected a field {target.describe()}; the element found is not one ({type(exc).__name__})")
    if value.strip() == wanted.strip():
        return Outcome(True)
    return Outcome(False, f"expected {target.describe()} to hold {wanted!r}, it holds {_shorten(value)!r}")
