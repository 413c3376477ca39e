"""Tasks, steps and checks: the task.yaml format, loaded into plain dataclasses.

Validation is strict and its messages name the file, the step and the field,
because a typo in a check would otherwise silently make a step pass or fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import rules

ACTIONS = ("click", "type", "press", "scroll", "hover", "double_click", "select", "drag")
TARGETED = ("click", "type", "hover", "double_click", "select", "drag")  # actions that need a target
LEVELS = ("L1", "L2", "L3", "L4")
VISUALS = ("V1", "V2", "V3", "V4")
TARGET_HINTS = ("text", "role", "label", "placeholder", "alt", "title")
TARGET_KEYS = TARGET_HINTS + ("name", "nth")
ROLE_STATES = ("checked", "selected", "expanded", "disabled", "pressed")
CHECK_KINDS = (
    "text", "no_text", "regex", "count", "number", "role", "value", "changed", "scrolled", "visual",
    "rule", "any", "line", "in_view", "order",
)
# Checks of markup, not of what a person sees: reported, never deciding a step.
MARKUP_KINDS = ("role",)
BOUNDS = ("equals", "min", "max", "in")  # what a count or a number may be
TASK_KEYS = ("id", "title", "category", "level", "visual", "viewport", "seed", "description", "random", "steps")
STEP_KEYS = (
    "action", "target", "text", "key", "dx", "dy", "description",
    "checkpoint", "assertion", "expect", "name", "option", "to", "by", "until",
)


class TaskError(Exception):
    """A task.yaml that does not follow the format; the message says where and what."""


@dataclass(frozen=True)
class Target:
    """How to find an element on any page: by what a person sees, never by id."""

    text: str | None = None
    role: str | None = None
    name: str | None = None
    label: str | None = None
    placeholder: str | None = None
    alt: str | None = None
    title: str | None = None
    nth: int = 0

    def describe(self) -> str:
        parts = [f"{k}={v!r}" for k, v in self.hints()]
        if self.nth:
            parts.append(f"nth={self.nth}")
        return ", ".join(parts)

    def hints(self) -> list[tuple[str, str]]:
        out = []
        for key in ("role", "name", "text", "label", "placeholder", "alt", "title"):
            value = getattr(self, key)
            if value is not None:
                out.append((key, value))
        return out

    def label_text(self) -> str:
        """The words a person would use for this target (used in item names)."""
        for key in ("text", "name", "label", "placeholder", "alt", "title", "role"):
            value = getattr(self, key)
            if value:
                return value
        return ""


@dataclass(frozen=True)
class Check:
    """One deterministic check. `arg` is the kind's main value, `options` the rest."""

    kind: str
    arg: Any
    options: dict[str, Any] = field(default_factory=dict)

    def walk(self):
        """This check and, for `any`, every check inside its alternatives."""
        yield self
        if self.kind == "any":
            for alternative in self.arg:
                for check in alternative:
                    yield from check.walk()


@dataclass(frozen=True)
class Step:
    index: int
    action: str
    description: str
    expect: tuple[Check, ...]
    target: Target | None = None
    text: str | None = None
    key: str | None = None
    dx: int = 0
    dy: int = 0
    checkpoint: bool = False
    assertion: str | None = None
    name: str | None = None
    option: str | None = None  # select: the option by its visible text
    to: Target | None = None  # drag: onto this target ...
    by: tuple[int, int] | None = None  # ... or by this offset [dx, dy] in px
    until: str | None = None  # a drag by an offset goes on (up to twice as far) until this shows

    @property
    def item_name(self) -> str:
        """`03-click-New-game`: stable, readable, and selectable with -k."""
        if self.name:
            words = self.name
        elif self.action == "press":
            words = self.key or ""
        elif self.action == "scroll":
            words = str(self.dy or self.dx)
        elif self.action == "type":
            words = (self.target.label_text() if self.target else "") or (self.text or "")
        elif self.action == "select":
            words = f"{self.target.label_text() if self.target else ''} {self.option or ''}"
        elif self.action == "drag" and self.to is not None:
            words = f"{self.target.label_text() if self.target else ''} to {self.to.label_text()}"
        else:
            words = self.target.label_text() if self.target else ""
        slug = re.sub(r"[^0-9A-Za-z]+", "-", words).strip("-")[:40]
        return f"{self.index:02d}-{self.action}" + (f"-{slug}" if slug else "")

    def all_checks(self):
        for check in self.expect:
            yield from check.walk()

    def needs(self, kind: str) -> bool:
        return any(c.kind == kind for c in self.all_checks())

    def rules_before(self) -> list[Check]:
        """The rule checks that read the page before the action (a board before the move)."""
        return [c for c in self.all_checks() if c.kind == "rule" and rules.get(c.arg).needs_before]


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    category: str
    level: str
    visual: str
    viewport: tuple[int, int]
    seed: int
    steps: tuple[Step, ...]
    path: Path  # the task folder
    description: str = ""
    # The page draws its outcomes at random (a deal, a new tile): what the reference's recording
    # shows is one draw of many, so only the task's own rule checks judge it, none are implied.
    random: bool = False

    @property
    def key(self) -> str:
        """`games/tic-tac-toe`: unique across the suite."""
        return f"{self.category}/{self.id}"

    @property
    def reference_dir(self) -> Path:
        return self.path / "reference"

    @property
    def checkpoints_dir(self) -> Path:
        return self.path / "checkpoints"

    @property
    def recording_path(self) -> Path:
        return self.path / "recording.json"

    def checkpoint_path(self, index: int) -> Path:
        return self.checkpoints_dir / f"step_{index:02d}.png"

    def has_checkpoint(self, index: int) -> bool:
        """Step 0 (after load) and every `checkpoint: true` step are scored for VFS."""
        return index == 0 or self.steps[index - 1].checkpoint

    def needs_reference_image(self, index: int) -> bool:
        return self.has_checkpoint(index) or (index > 0 and self.steps[index - 1].needs("visual"))


# --------------------------------------------------------------------------- loading


class _Where:
    """Builds error messages that point at the file, the step and the field."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, message: str) -> TaskError:
        return TaskError(f"{self.path}: {where}: {message}" if where else f"{self.path}: {message}")


def load_task(path: str | Path) -> Task:
    """Load and validate one task.yaml (or the folder holding it)."""
    path = Path(path)
    if path.is_dir():
        path = path / "task.yaml"
    where = _Where(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise where.fail("", "no such file") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise where.fail(line, f"not valid YAML: {problem}") from None
    if not isinstance(raw, dict):
        raise where.fail("", "expected a mapping with id, title, category, level, steps")
    _no_unknown_keys(raw, TASK_KEYS, where, "")

    def req(key: str, kind: type, default: Any = ...) -> Any:
        if key not in raw:
            if default is ...:
                raise where.fail(key, "missing (required)")
            return default
        value = raw[key]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            raise where.fail(key, f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value

    task_id = req("id", str)
    category = req("category", str)
    folder = path.parent
    if folder.name != task_id:
        raise where.fail("id", f"{task_id!r} must equal the task's folder name {folder.name!r}")
    if folder.parent.name != category:
        raise where.fail("category", f"{category!r} must equal the category folder name {folder.parent.name!r}")
    level = req("level", str)
    if level not in LEVELS:
        raise where.fail("level", f"expected one of {', '.join(LEVELS)}, got {level!r}")
    visual = req("visual", str, "V1")
    if visual not in VISUALS:
        raise where.fail("visual", f"expected one of {', '.join(VISUALS)}, got {visual!r}")
    viewport = req("viewport", list, [1280, 800])
    if len(viewport) != 2 or not all(isinstance(v, int) and 200 <= v <= 4000 for v in viewport):
        raise where.fail("viewport", f"expected [width, height] in pixels, got {viewport!r}")
    raw_steps = req("steps", list)
    if not raw_steps:
        raise where.fail("steps", "expected at least one step")
    steps = tuple(_load_step(i, s, where) for i, s in enumerate(raw_steps, start=1))
    return Task(
        id=task_id,
        title=req("title", str),
        category=category,
        level=level,
        visual=visual,
        viewport=(viewport[0], viewport[1]),
        seed=req("seed", int, 0),
        steps=steps,
        path=folder,
        description=req("description", str, ""),
        random=req("random", bool, False),
    )


def _no_unknown_keys(raw: dict, allowed: tuple[str, ...], where: _Where, at: str) -> None:
    for key in raw:
        if key not in allowed:
            raise where.fail(at or str(key), f"unknown key {key!r} (expected one of: {', '.join(allowed)})")


def _load_step(index: int, raw: Any, where: _Where) -> Step:
    at = f"step {index}"
    if not isinstance(raw, dict):
        raise where.fail(at, f"expected a mapping with action, description, expect; got {raw!r}")
    _no_unknown_keys(raw, STEP_KEYS, where, at)
    action = raw.get("action")
    if action not in ACTIONS:
        raise where.fail(f"{at}: action", f"expected one of {', '.join(ACTIONS)}, got {action!r}")
    target = _load_target(raw["target"], where, f"{at}: target") if "target" in raw else None
    if action in TARGETED and target is None:
        raise where.fail(f"{at}: target", f"a {action} needs a target (text, role+name, label, placeholder, alt or title)")
    option = raw.get("option")
    if action == "select":
        if not isinstance(option, str) or not option.strip():
            raise where.fail(f"{at}: option", f"a select step needs the option's visible text, got {option!r}")
    elif option is not None:
        raise where.fail(f"{at}: option", f"only a select step takes an option (this is a {action})")
    to = _load_target(raw["to"], where, f"{at}: to") if "to" in raw else None
    by = raw.get("by")
    if action == "drag":
        if (to is None) == (by is None):
            raise where.fail(f"{at}: to", "a drag step needs either `to` (a target to drop on) or `by` ([dx, dy] in px), not both")
        if by is not None:
            if (not isinstance(by, list) or len(by) != 2
                    or not all(isinstance(v, int) and not isinstance(v, bool) for v in by) or by == [0, 0]):
                raise where.fail(f"{at}: by", f"expected [dx, dy], two whole numbers of pixels not both 0, got {by!r}")
            by = (by[0], by[1])
    elif to is not None or by is not None:
        raise where.fail(f"{at}: {'to' if to is not None else 'by'}", f"only a drag step takes to/by (this is a {action})")
    until = raw.get("until")
    if until is not None:
        if action != "drag" or by is None:
            raise where.fail(f"{at}: until", "only a drag by an offset takes until (the text that shows when it has gone far enough)")
        if not isinstance(until, str) or not until.strip():
            raise where.fail(f"{at}: until", f"expected the visible text that shows when the drag has gone far enough, got {until!r}")
        until = until.strip()
    text = raw.get("text")
    if action == "type":
        if not isinstance(text, str):
            raise where.fail(f"{at}: text", f"a type step needs the text to type, got {text!r}")
    elif text is not None:
        raise where.fail(f"{at}: text", f"only a type step takes text (this is a {action})")
    key = raw.get("key")
    if action == "press":
        if not isinstance(key, str) or not key:
            raise where.fail(f"{at}: key", f"a press step needs a key such as Enter or ArrowLeft, got {key!r}")
    elif key is not None:
        raise where.fail(f"{at}: key", f"only a press step takes a key (this is a {action})")
    dx, dy = raw.get("dx", 0), raw.get("dy", 0)
    for name, value in (("dx", dx), ("dy", dy)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise where.fail(f"{at}: {name}", f"expected a whole number of pixels, got {value!r}")
    if action == "scroll" and not (dx or dy):
        raise where.fail(f"{at}: dy", "a scroll step needs dy (or dx) other than 0")
    if action != "scroll" and (dx or dy):
        raise where.fail(f"{at}: dy", f"only a scroll step takes dx/dy (this is a {action})")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise where.fail(f"{at}: description", "expected a sentence saying what the action targets")
    checkpoint = raw.get("checkpoint", False)
    if not isinstance(checkpoint, bool):
        raise where.fail(f"{at}: checkpoint", f"expected true or false, got {checkpoint!r}")
    assertion = raw.get("assertion")
    if assertion is not None and not isinstance(assertion, str):
        raise where.fail(f"{at}: assertion", f"expected a sentence, got {assertion!r}")
    name = raw.get("name")
    if name is not None and not isinstance(name, str):
        raise where.fail(f"{at}: name", f"expected a short string, got {name!r}")
    expect = raw.get("expect")
    if not isinstance(expect, list) or not expect:
        raise where.fail(f"{at}: expect", "every step needs at least one deterministic check")
    checks = tuple(_load_check(c, where, f"{at}: expect[{i}]") for i, c in enumerate(expect))
    if all(c.kind in MARKUP_KINDS for c in checks):
        raise where.fail(f"{at}: expect", (
            "needs at least one check of what a person sees (text, line, in_view, count, number, value, "
            "changed, scrolled, visual, ...): role checks are about markup and are reported, never decide a step"
        ))
    return Step(
        index=index, action=action, description=description.strip(), expect=checks,
        target=target, text=text, key=key, dx=dx, dy=dy, checkpoint=checkpoint,
        assertion=assertion, name=name, option=option.strip() if option else None, to=to, by=by, until=until,
    )


def _load_target(raw: Any, where: _Where, at: str) -> Target:
    if not isinstance(raw, dict):
        raise where.fail(at, f"expected a mapping such as {{text: Save}}, got {raw!r}")
    _no_unknown_keys(raw, TARGET_KEYS, where, at)
    for key, value in raw.items():
        if key == "nth":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise where.fail(f"{at}: nth", f"expected a whole number >= 0, got {value!r}")
        elif not isinstance(value, str) or not value:
            raise where.fail(f"{at}: {key}", f"expected a non-empty string, got {value!r}")
    if not any(k in raw for k in TARGET_HINTS):
        raise where.fail(at, f"needs at least one of: {', '.join(TARGET_HINTS)}")
    if "name" in raw and "role" not in raw:
        raise where.fail(f"{at}: name", "name goes with role (e.g. {role: button, name: Save})")
    return Target(**raw)


def _load_check(raw: Any, where: _Where, at: str) -> Check:
    if not isinstance(raw, dict) or len(raw) != 1:
        raise where.fail(at, f"expected a mapping with one check kind ({', '.join(CHECK_KINDS)}), got {raw!r}")
    (kind, arg), = raw.items()
    at = f"{at}: {kind}"
    if kind in ("slide", "dealt"):  # before rule checks had their own registry
        raise where.fail(at, f"unknown check kind {kind!r}: it is now a rule check, {{rule: {{name: 2048.{kind}, ...}}}}")
    if kind not in CHECK_KINDS:
        raise where.fail(at, f"unknown check kind {kind!r} (expected one of: {', '.join(CHECK_KINDS)})")
    if kind in ("text", "no_text", "line", "in_view"):
        if not isinstance(arg, (str, int, float)) or isinstance(arg, bool) or str(arg) == "":
            raise where.fail(at, f"expected the visible text, got {arg!r}")
        return Check(kind, str(arg))
    if kind == "regex":
        return Check(kind, _pattern(arg, where, at))
    if kind == "order":
        if (not isinstance(arg, list) or len(arg) < 2
                or not all(isinstance(a, (str, int, float)) and not isinstance(a, bool) and str(a) for a in arg)):
            raise where.fail(at, f"expected a list of at least two visible texts, top one first; got {arg!r}")
        return Check(kind, tuple(str(a) for a in arg))
    if kind == "any":
        if not isinstance(arg, list) or len(arg) < 2 or not all(isinstance(a, list) and a for a in arg):
            raise where.fail(at, f"expected a list of at least two alternatives, each a list of checks; got {arg!r}")
        return Check(kind, tuple(
            tuple(_load_check(c, where, f"{at}[{i}][{j}]") for j, c in enumerate(alt)) for i, alt in enumerate(arg)
        ))
    if kind in ("changed", "scrolled"):
        if not isinstance(arg, bool):
            raise where.fail(at, f"expected true or false, got {arg!r}")
        return Check(kind, arg)
    if not isinstance(arg, dict):
        raise where.fail(at, f"expected a mapping of options, got {arg!r}")
    opts = dict(arg)
    if kind == "count":
        _no_unknown_keys(opts, ("text", "word") + BOUNDS + ("change",), where, at)
        if not isinstance(opts.get("word", False), bool):
            raise where.fail(f"{at}: word", f"expected true (count whole words only) or false, got {opts['word']!r}")
        text = opts.pop("text", None)
        words = text if isinstance(text, list) else [text]
        if not words or not all(isinstance(w, (str, int)) and not isinstance(w, bool) and str(w) for w in words):
            raise where.fail(f"{at}: text", f"expected the text to count (or a list of texts), got {text!r}")
        _bounds(opts, where, at)
        return Check(kind, str(text) if not isinstance(text, list) else tuple(str(w) for w in words), opts)
    if kind == "number":
        _no_unknown_keys(opts, ("pattern",) + BOUNDS + ("change",), where, at)
        pattern = _pattern(opts.pop("pattern", None), where, f"{at}: pattern", around="the number")
        if not any(k in opts for k in BOUNDS + ("change",)):
            raise where.fail(at, f"expected at least one of {', '.join(BOUNDS + ('change',))}")
        _bounds(opts, where, at)
        return Check(kind, pattern, opts)
    if kind == "rule":
        return _load_rule(opts, where, at)
    if kind == "role":
        _no_unknown_keys(opts, ("role", "name") + ROLE_STATES + BOUNDS, where, at)
        role = opts.pop("role", None)
        if not isinstance(role, str) or not role:
            raise where.fail(f"{at}: role", f"expected an ARIA role such as button or checkbox, got {role!r}")
        for state in ROLE_STATES:
            if state in opts and not isinstance(opts[state], bool):
                raise where.fail(f"{at}: {state}", f"expected true or false, got {opts[state]!r}")
        if "name" in opts and not isinstance(opts["name"], str):
            raise where.fail(f"{at}: name", f"expected the accessible name, got {opts['name']!r}")
        _bounds(opts, where, at)
        return Check(kind, role, opts)
    if kind == "value":
        _no_unknown_keys(opts, ("target", "equals"), where, at)
        if "target" not in opts:
            raise where.fail(f"{at}: target", "expected the field, found like a step target")
        if "equals" not in opts or not isinstance(opts["equals"], (str, int, float)):
            raise where.fail(f"{at}: equals", f"expected the field's value, got {opts.get('equals')!r}")
        target = _load_target(opts["target"], where, f"{at}: target")
        return Check(kind, target, {"equals": str(opts["equals"])})
    # visual
    _no_unknown_keys(opts, ("min", "region"), where, at)
    minimum = opts.get("min")
    if not isinstance(minimum, (int, float)) or isinstance(minimum, bool) or not 0 <= minimum <= 1:
        raise where.fail(f"{at}: min", f"expected a similarity between 0 and 1, got {minimum!r}")
    region = opts.get("region")
    if region is not None and (
        not isinstance(region, list) or len(region) != 4
        or not all(isinstance(v, int) and v >= 0 for v in region) or region[2] <= 0 or region[3] <= 0
    ):
        raise where.fail(f"{at}: region", f"expected [x, y, width, height] in pixels, got {region!r}")
    return Check(kind, float(minimum), {"region": tuple(region) if region else None})


def _pattern(value: Any, where: _Where, at: str, around: str | None = None) -> str:
    """A valid regular expression; with `around`, one with exactly one group around that."""
    wanted = f"a regular expression with one group (...) around {around}" if around else "a regular expression"
    if not isinstance(value, str):
        raise where.fail(at, f"expected {wanted}, got {value!r}")
    try:
        groups = re.compile(value).groups
    except re.error as exc:
        raise where.fail(at, f"not a valid regular expression: {exc}") from None
    if around and groups != 1:
        raise where.fail(at, f"expected exactly one group (...) around {around}, found {groups}")
    return value


def _whole(value: Any, minimum: int | None = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and (minimum is None or value >= minimum)


def _bounds(opts: dict, where: _Where, at: str) -> None:
    for key in ("equals", "min", "max"):
        if key in opts and not _whole(opts[key]):
            raise where.fail(f"{at}: {key}", f"expected a whole number >= 0, got {opts[key]!r}")
    if "in" in opts:
        if not isinstance(opts["in"], list) or not opts["in"] or not all(_whole(v) for v in opts["in"]):
            raise where.fail(f"{at}: in", f"expected a list of whole numbers >= 0, got {opts['in']!r}")
        opts["in"] = tuple(opts["in"])
    if "change" in opts:
        change = opts["change"]
        changes = change if isinstance(change, list) else [change]
        if not changes or not all(_whole(v, None) for v in changes):
            raise where.fail(f"{at}: change", f"expected a whole number (or a list of them) to add to the value before the action, got {change!r}")
        opts["change"] = tuple(changes)


def _load_rule(opts: dict, where: _Where, at: str) -> Check:
    name = opts.pop("name", None)
    rule = rules.get(name) if isinstance(name, str) else None
    if rule is None:
        known = ", ".join(rules.names())
        broken = "".join(f"; {problem}" for problem in rules.BROKEN)
        raise where.fail(f"{at}: name", f"expected the name of a rule check ({known}), got {name!r}{broken}")
    try:
        return Check("rule", name, rule.options(opts))
    except rules.RuleOptionError as exc:
        raise where.fail(f"{at}: {exc.field}", str(exc)) from None


def find_tasks(root: Path) -> list[Path]:
    """Every task.yaml under `root`, in a stable order."""
    return sorted(root.glob("*/*/task.yaml"))
