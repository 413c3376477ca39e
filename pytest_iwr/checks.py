"""The deterministic checks: what a person would see, asked of any page.

Text checks are pure functions of the page's perceived text (perceived.py:
what is rendered and not hidden, covered or clipped), so they are tested
without a browser; they match whole words and phrases, never parts of words.
Role checks ask about markup (ARIA roles and states): they are reported as
an accessibility figure and never decide a step on their own. Beside the
checks a task writes, two perceptual checks come from the recording: where
the reference's clicked control changed look, this page's must too; where
the reference scrolled, this page must show the same part of itself.
A failed check explains itself in one line: what was expected and what the
page showed instead.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any, Callable

from playwright.sync_api import Page

from . import order, rules, visual
from .actions import TargetNotFound, find_target
from .perceived import lines, view_agreement
from .phrase import find_phrase
from .task import BOUNDS, ROLE_STATES, Check


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
    if find_phrase(page_text, wanted):
        return Outcome(True)
    return Outcome(False, f"expected text {wanted!r}; nearest on the page: {nearest_text(page_text, wanted)}")


def check_no_text(page_text: str, unwanted: str) -> Outcome:
    match = find_phrase(page_text, unwanted)
    if not match:
        return Outcome(True)
    text = match.string
    around = text[max(0, match.start() - 30) : match.end() + 30]
    return Outcome(False, f"expected no {unwanted!r}, but the page shows {_shorten(around)!r}")


def check_line(page_text: str, wanted: str) -> Outcome:
    """A block of text that reads exactly `wanted`: "Strong" is not "Very strong"."""
    want = normalise(wanted).lower()
    if any(line.lower() == want for line in lines(page_text)):
        return Outcome(True)
    return Outcome(False, f"expected a line reading exactly {wanted!r}; nearest on the page: {nearest_text(page_text, wanted)}")


def check_in_view(view_text: str, wanted: str) -> Outcome:
    if find_phrase(view_text, wanted):
        return Outcome(True)
    return Outcome(False, f"expected {wanted!r} on screen; the screen shows {_shorten(view_text)!r}")


def check_regex(page_text: str, pattern: str) -> Outcome:
    if re.search(pattern, normalise(page_text)):
        return Outcome(True)
    return Outcome(False, f"expected text matching /{pattern}/; the page shows {_shorten(page_text)!r}")


def check_bounds(what: str, found: int, options: dict, before: int | None = None) -> Outcome:
    """`found` against equals/min/max/in, and against `before` plus `change`."""
    problems = []
    if "equals" in options and found != options["equals"]:
        problems.append(f"exactly {options['equals']}")
    if "min" in options and found < options["min"]:
        problems.append(f"at least {options['min']}")
    if "max" in options and found > options["max"]:
        problems.append(f"at most {options['max']}")
    if "in" in options and found not in options["in"]:
        problems.append(f"one of {', '.join(map(str, options['in']))}")
    if "change" in options and before is not None and found - before not in options["change"]:
        wanted = " or ".join(f"{before + c}" for c in options["change"])
        problems.append(f"{wanted} (it was {before} before the action)")
    if not problems:
        return Outcome(True)
    return Outcome(False, f"expected {' and '.join(problems)} {what}, found {found}")


def count_text(page_text: str, wanted: str | tuple[str, ...], word: bool = False) -> int:
    """How often the text (or any of the texts) shows on the page; as whole words if `word`."""
    text = normalise(page_text).lower()
    words = (wanted,) if isinstance(wanted, str) else wanted
    if word:
        return sum(len(re.findall(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text)) for w in words)
    return sum(text.count(w.lower()) for w in words)


def _what(wanted: str | tuple[str, ...]) -> str:
    return f"of {wanted!r}" if isinstance(wanted, str) else "of " + " / ".join(map(repr, wanted)) + " together"


def check_count(page_text: str, wanted: str | tuple[str, ...], options: dict, before_text: str | None = None) -> Outcome:
    word = bool(options.get("word"))
    if not any(k in options for k in BOUNDS + ("change",)):
        options = {"min": 1}
    before = count_text(before_text, wanted, word) if before_text is not None else None
    return check_bounds(_what(wanted), count_text(page_text, wanted, word), options, before)


def read_number(page_text: str, pattern: str) -> int | None:
    """The number the pattern's group captures in the visible text (first match)."""
    match = re.search(pattern, normalise(page_text))
    if not match:
        return None
    digits = re.sub(r"[^0-9-]", "", match.group(1) or "")
    try:
        return int(digits)
    except ValueError:
        return None


def check_number(page_text: str, pattern: str, options: dict, before_text: str | None = None) -> Outcome:
    found = read_number(page_text, pattern)
    if found is None:
        return Outcome(False, f"expected a number matching /{pattern}/; the page shows {_shorten(page_text)!r}")
    before = read_number(before_text, pattern) if before_text is not None else None
    if "change" in options and before is None:
        return Outcome(False, f"expected a number matching /{pattern}/ before the action to compare with; there was none")
    return check_bounds(f"for /{pattern}/", found, options, before)


@dataclass
class Observation:
    """What the runner saw around one action, handed to the checks.

    Screenshots and scroll positions are fetched only when a check asks for them.
    """

    page: Page
    text: str
    before_png: Callable[[], bytes | None]
    before_text: Callable[[], str | None]
    rule_before: Callable[[Check], "rules.Reading"]  # what a rule check read before the action
    rule_after: Callable[[Check], "rules.Reading"]
    after_png: Callable[[], bytes]
    scroll_moved: Callable[[], bool]
    reference_shot: Callable[[], "visual.Shot | None"]
    timeout_ms: float
    view: str = ""  # the text on screen now
    placed: tuple[tuple[str, int, int], ...] = ()  # every visible line and where it stands
    look_changed: bool | None = None  # whether the spot of the clicked target changed look
    recorded: Any = None  # the reference's RecordedStep, for the perceptual checks


VIEW_AGREEMENT = 0.5  # share of the reference's on-screen lines a page must show after it scrolled


def run_perceptual(seen: Observation) -> list[Outcome]:
    """The checks the recording implies, beyond those the task writes (see the module docstring)."""
    recorded = seen.recorded
    out = []
    if recorded is None:
        return out
    if recorded.look_changed and seen.look_changed is False:
        out.append(Outcome(False, "the clicked control looks just as it did before the click; in the video it changed"))
    if recorded.view is not None:
        agreement = view_agreement(recorded.view, seen.view)
        if agreement < VIEW_AGREEMENT:
            out.append(Outcome(False, (
                f"the screen shows another part of the page than the video: {agreement:.0%} of the lines "
                f"the video showed are on screen (e.g. {_shorten(lines(recorded.view)[0], 40)!r})"
            )))
    return out


def run_check(check: Check, seen: Observation) -> Outcome:
    kind, arg, opts = check.kind, check.arg, check.options
    if kind == "text":
        return check_text(seen.text, arg)
    if kind == "no_text":
        return check_no_text(seen.text, arg)
    if kind == "regex":
        return check_regex(seen.text, arg)
    if kind == "line":
        return check_line(seen.text, arg)
    if kind == "in_view":
        return check_in_view(seen.view, arg)
    if kind == "order":
        return Outcome(*order.check_order(seen.placed, arg))
    if kind == "count":
        return check_count(seen.text, arg, opts, seen.before_text() if "change" in opts else None)
    if kind == "number":
        return check_number(seen.text, arg, opts, seen.before_text() if "change" in opts else None)
    if kind == "any":
        return _check_any(check, seen)
    if kind == "rule":
        rule = rules.get(arg)
        before = seen.rule_before(check) if rule.needs_before else None
        return Outcome(*rule.judge(before, seen.rule_after(check), opts))
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


def _check_any(check: Check, seen: Observation) -> Outcome:
    """Passes when every check of one alternative passes: for outcomes a page may choose."""
    reasons = []
    for alternative in check.arg:
        failed = next((o for o in (run_check(c, seen) for c in alternative) if not o.passed), None)
        if failed is None:
            return Outcome(True)
        reasons.append(failed.message)
    return Outcome(False, "no alternative held: " + " | ".join(f"({i + 1}) {r}" for i, r in enumerate(reasons)))


def _check_role(seen: Observation, role: str, opts: dict) -> Outcome:
    states = {k: opts[k] for k in ROLE_STATES if k in opts}
    name = opts.get("name")
    locator = seen.page.get_by_role(role, name=name, exact=False, **states) if name else seen.page.get_by_role(role, **states)
    found = locator.count()
    bounds = {k: opts[k] for k in BOUNDS if k in opts} or {"min": 1}
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
