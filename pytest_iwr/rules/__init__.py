"""Named rule checks: a game's or a domain's invariant, which a task names instead of the
core growing one check kind per game.

    expect:
      - rule: {name: 2048.slide, direction: left, score: "Score (\\d+)"}

A rule reads what it needs off the page (`read`, in the browser, by what is drawn, never
by ids) before and after the action, and judges the two readings (`judge`, a pure
function, tested without a browser). Where a random draw makes the outcome unknowable
from the video, a rule checks the page against itself: the page's own board before the
move, slid by the rules. Rules come from the modules here (each declares `RULES`) and from any installed
package that declares an entry point in the group `pytest_iwr.rules` (a Rule or a list
of them).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Callable

ENTRY_POINT_GROUP = "pytest_iwr.rules"


class RuleOptionError(ValueError):
    """A rule's options in a task.yaml are wrong: `field` names the option."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class Unreadable(Exception):
    """The page shows nothing the rule can read (no board): the check fails, saying so."""


@dataclass(frozen=True)
class Reading:
    """What a rule read off the page at one moment, with the page's visible text then."""

    state: Any = None
    problem: str | None = None  # why nothing could be read
    text: str = ""


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str  # one line for errors and docs
    options: Callable[[dict], dict]  # checked, normalised options (RuleOptionError otherwise)
    read: Callable[[Any, dict], Any]  # (Playwright page, options) -> state; Unreadable
    judge: Callable[[Reading | None, Reading, dict], tuple[bool, str]]
    needs_before: bool = False  # read the page before the action too

    def reading(self, page: Any, opts: dict, text: str) -> Reading:
        try:
            return Reading(self.read(page, opts), None, text)
        except Unreadable as exc:
            return Reading(None, str(exc), text)


_RULES: dict[str, Rule] = {}
_loaded = False
BROKEN: list[str] = []  # rule packages that could not be loaded, and why


def register(rule: Rule) -> Rule:
    if rule.name in _RULES and _RULES[rule.name] is not rule:
        raise ValueError(f"two rule checks are named {rule.name!r}")
    _RULES[rule.name] = rule
    return rule


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    found: list = []
    for module in pkgutil.iter_modules(__path__):  # every module here that declares RULES
        found += getattr(importlib.import_module(f"{__name__}.{module.name}"), "RULES", ())
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin is named where its rule is asked for
            BROKEN.append(f"entry point {entry.name!r} ({entry.value}) failed to load: {type(exc).__name__}: {exc}")
            continue
        found += loaded if isinstance(loaded, (list, tuple)) else [loaded]
    for rule in found:
        register(rule)


def names() -> list[str]:
    _load()
    return sorted(_RULES)


def get(name: str) -> Rule | None:
    _load()
    return _RULES.get(name)
