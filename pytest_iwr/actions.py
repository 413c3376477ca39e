"""Running a step's action on a page that shares nothing with the reference but its looks.

Targets are found the way a person finds them: by the name or text on the
screen whatever the element is (a tab may be a button or a plain div), an
input by its label, by the label text written beside it, or by its
placeholder; where several elements show the name, the one nearest to where
the target sat on the reference page. Only when the name is nowhere on
screen (an icon, a name only the markup carries) is the reference position
itself clicked.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .task import Step, Target

Box = tuple[float, float, float, float]  # x, y, width, height
FIELDS = "input:not([type=hidden]), textarea, select, [contenteditable=''], [contenteditable=true]"


@dataclass(frozen=True)
class Found:
    strategy: str  # e.g. "role:exact", "text:loose", "label-beside:exact", "box"
    locator: Locator | None = None
    point: tuple[float, float] | None = None


class TargetNotFound(Exception):
    pass


# The form field a plain-text label names: the visible text element that reads
# the label, then the nearest field to its right or below it (the element, or null).
# With no selector, the nearest drawn control that looks operable instead (a
# drop-down made of divs: a pointer cursor or a widget role, the outermost such box).
_FIELD_BESIDE_JS = r"""([label, exact, selector]) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
  const want = norm(label).replace(/[:*]$/, '');
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}); };
  // No form field beside it: a drawn control (a drop-down made of divs) that looks operable.
  const operable = (el) => {
    const r = el.getBoundingClientRect();
    return r.width >= 16 && r.height >= 12 && r.width <= 480 && r.height <= 80
      && (getComputedStyle(el).cursor === 'pointer' || /^(combobox|listbox|button)$/.test(el.getAttribute('role') || ''))
      && !(el.parentElement && getComputedStyle(el.parentElement).cursor === 'pointer' && el.parentElement.getBoundingClientRect().width <= 480);
  };
  const fields = selector ? Array.from(document.querySelectorAll(selector)) : Array.from(document.body.querySelectorAll('*')).filter(operable);
  let best = null, bestDistance = 1e9;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.children.length > 3 || fields.includes(el)) continue;
    const text = norm(el.innerText).replace(/[:*]$/, '').trim();
    if (!(exact ? text === want : text.includes(want)) || !text || !shown(el)) continue;
    const a = el.getBoundingClientRect();
    fields.forEach((f) => {
      if (!shown(f) || f.contains(el)) return;
      const b = f.getBoundingClientRect();
      const right = b.left >= a.left - 4 && b.top < a.bottom + 4 && b.bottom > a.top - 4;
      const below = b.top >= a.top && b.left < a.right && b.right > a.left;
      if (!right && !below) return;
      // the gap between them, then how far the field's edge strays from the label's
      const d = Math.hypot(Math.max(0, b.left - a.right), Math.max(0, b.top - a.bottom))
        + 0.25 * (below ? Math.abs(b.left - a.left) : Math.abs(b.top - a.top));
      // A field on the label's own row, near it, is the one it names, before any field below.
      const middle = (r) => (r.top + r.bottom) / 2;
      const ownRow = right && b.left - a.right <= 160 && ((middle(a) >= b.top && middle(a) <= b.bottom) || (middle(b) >= a.top && middle(b) <= a.bottom));
      const rank = d + (ownRow ? 0 : 400);
      if (d < 400 && rank < bestDistance) { bestDistance = rank; best = f; }
    });
  }
  return best;
}"""


# Roles a person operates by a small control beside its name (a drawn switch,
# a tick box): found by the name's text, the control on the same row is clicked.
CONTROL_ROLES = ("checkbox", "switch", "radio")

# The index (in document order of all elements) of the clickable-looking small
# element without words of its own on the name's row (inside the name's
# element or beside it) nearest to it, or null when there is none.
_CONTROL_BESIDE_JS = """(text) => {
  const a = text.getBoundingClientRect();
  const cy = a.top + a.height / 2, band = Math.max(24, a.height);
  const all = Array.from(document.body.querySelectorAll('*'));
  let best = null, bestDistance = 1e9;
  all.forEach((el, i) => {
    if (el === text || el.contains(text) || (el.innerText || '').trim()) return;  // a drawn control shows no words
    const b = el.getBoundingClientRect();
    if (b.width < 8 || b.height < 8 || b.width > 120 || b.height > 60) return;
    if (Math.abs(b.top + b.height / 2 - cy) > band) return;
    const s = getComputedStyle(el);
    if (s.cursor !== 'pointer' && !/^(INPUT|BUTTON)$/.test(el.tagName)) return;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) return;
    const d = Math.max(0, b.left - a.right, a.left - b.right);
    if (d < 700 && d < bestDistance) { bestDistance = d; best = i; }
  });
  return best;
}"""


def _control_beside(page: Page, text: Locator) -> Locator | None:
    index = text.evaluate(_CONTROL_BESIDE_JS)
    return page.locator("body *").nth(index) if index is not None else None


def _candidates(page: Page, target: Target, exact: bool) -> list[tuple[str, Locator]]:
    out: list[tuple[str, Locator]] = []
    if target.role:
        name = target.name
        out.append(("role", page.get_by_role(target.role, name=name, exact=exact) if name else page.get_by_role(target.role)))
        if name:  # the same name on screen, whatever the element's role
            out.append(("name", page.get_by_text(name, exact=exact)))
    if target.text:
        out.append(("text", page.get_by_text(target.text, exact=exact)))
    if target.label:
        out.append(("label", page.get_by_label(target.label, exact=exact)))
        out.append(("placeholder", page.get_by_placeholder(target.label, exact=exact)))
    if target.placeholder:
        out.append(("placeholder", page.get_by_placeholder(target.placeholder, exact=exact)))
    if target.alt:
        out.append(("alt", page.get_by_alt_text(target.alt, exact=exact)))
    if target.title:
        out.append(("title", page.get_by_title(target.title, exact=exact)))
    return out


def _centre(box: Box) -> tuple[float, float]:
    return (box[0] + box[2] / 2, box[1] + box[3] / 2)


def _pick(visible: Locator, count: int, target: Target, box: Box | None) -> Locator | None:
    """One of several visible matches: the nearest to the reference position, else the nth."""
    if count == 1 or box is None:
        return visible.nth(target.nth) if count > target.nth else None
    cx, cy = _centre(box)
    best, best_distance = None, float("inf")
    for i in range(min(count, 40)):
        bb = visible.nth(i).bounding_box()
        if not bb:
            continue
        x, y = bb["x"] + bb["width"] / 2, bb["y"] + bb["height"] / 2
        distance = (x - cx) ** 2 + (y - cy) ** 2
        if distance < best_distance:
            best, best_distance = i, distance
    return visible.nth(best) if best is not None else None


def find_target(page: Page, target: Target, box: Box | None = None) -> Found:
    """The first strategy that finds a visible element; the reference box centre last."""
    for exact in (True, False):
        for strategy, locator in _candidates(page, target, exact):
            visible = locator.filter(visible=True)
            count = visible.count()
            if count:
                chosen = _pick(visible, count, target, box)
                if chosen is None:
                    continue
                how = "exact" if exact else "loose"
                if strategy == "name" and target.role in CONTROL_ROLES:
                    control = _control_beside(page, chosen)
                    if control is not None:
                        return Found(f"control-beside:{how}", locator=control)
                return Found(f"{strategy}:{how}", locator=chosen)
        if target.label:
            how = "exact" if exact else "loose"
            for strategy, selector in (("label-beside", FIELDS), ("label-beside-control", "")):
                element = page.evaluate_handle(_FIELD_BESIDE_JS, [target.label, exact, selector]).as_element()
                if element is not None:
                    return Found(f"{strategy}:{how}", locator=_as_locator(page, element))
    if box is not None:
        return Found("box", point=_centre(box))
    raise TargetNotFound(f"no visible element matches {target.describe()}")


def _as_locator(page: Page, element) -> Locator:
    """A locator for an element found by script: the nth of all body elements."""
    index = element.evaluate("(el) => Array.from(document.body.querySelectorAll('*')).indexOf(el)")
    return page.locator("body *").nth(index)


# A field reached by its position is emptied before typing, like one found by its label.
_CLEAR_FOCUSED_JS = """() => {
  const el = document.activeElement;
  if (el && /^(INPUT|TEXTAREA)$/.test(el.tagName)) {
    el.value = '';
    el.dispatchEvent(new Event('input', {bubbles: true}));
  }
}"""

# A key pressed on a spot goes to the focusable element there (a click would open a select's list).
_FOCUS_AT_JS = """([x, y]) => {
  let el = document.elementFromPoint(x, y);
  while (el && !(el.tabIndex >= 0 || /^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(el.tagName))) el = el.parentElement;
  if (!el || el === document.body) return false;
  el.focus();
  return document.activeElement === el;
}"""


def locate(page: Page, step: Step, box: Box | None, timeout_ms: float) -> tuple[Found | None, Box | None]:
    """The step's target on this page and its box before acting (None for a press or scroll without one)."""
    found = find_target(page, step.target, box) if step.target else None
    target_box: Box | None = None
    if found and found.locator is not None:
        bb = found.locator.bounding_box(timeout=timeout_ms)
        target_box = (bb["x"], bb["y"], bb["width"], bb["height"]) if bb else None
    elif found is not None and box is not None:
        target_box = box
    return found, target_box


def drop_point(page: Page, step: Step, start: tuple[float, float], to_box: Box | None) -> tuple[tuple[float, float], Box | None]:
    """Where a drag ends: on its `to` target, found as any target is (the reference's drop
    spot last), or `by` pixels from where it starts. Also the drop target's box, if any."""
    if step.by is not None:
        return (start[0] + step.by[0], start[1] + step.by[1]), None
    assert step.to is not None
    found = find_target(page, step.to, to_box)
    if found.locator is not None:
        bb = found.locator.bounding_box()
        if bb:
            box = (bb["x"], bb["y"], bb["width"], bb["height"])
            return _centre(box), box
    if found.point is None:
        raise TargetNotFound(f"the drop target {step.to.describe()} shows nowhere")
    return found.point, to_box


# Whether the element is a native drop-down, and then its options' texts.
_SELECT_OPTIONS_JS = "(el) => el.tagName === 'SELECT' ? Array.from(el.options).map((o) => o.label || o.text) : null"


def choose(page: Page, found: Found, target_box: Box | None, option: str, timeout_ms: float) -> None:
    """An option chosen by its visible text, as a person does: from a native drop-down,
    or, from a drawn one, by opening it and clicking the line that reads the option."""
    options = found.locator.evaluate(_SELECT_OPTIONS_JS) if found.locator is not None else None
    if options is not None:
        wanted = next((o for o in options if o.strip() == option), None) or next(
            (o for o in options if o.strip().lower() == option.lower()), None)
        if wanted is None:
            raise TargetNotFound(f"the drop-down offers no option {option!r} (it offers {', '.join(map(repr, options))})")
        found.locator.select_option(label=wanted, timeout=timeout_ms)
        return
    if found.locator is not None:
        found.locator.click(timeout=timeout_ms)
    else:
        page.mouse.click(*found.point)
    for exact in (True, False):
        lines = page.get_by_text(option, exact=exact).filter(visible=True)
        count = lines.count()
        if count:
            chosen = _pick(lines, count, Target(text=option), target_box)
            if chosen is not None:
                chosen.click(timeout=timeout_ms)
                return
    raise TargetNotFound(f"no option reading {option!r} shows once the drop-down is opened")


UNTIL_REACH = 2  # a drag `until` a text shows goes at most this many times its offset
UNTIL_STEP_PX = 2  # ... looking at the page after every this many pixels

# Whether the page's text shows the phrase (the drag's `until`): cheap, read after every move.
_SHOWS_JS = "(source) => new RegExp(source, 'i').test((document.body.innerText || '').replace(/\\s+/g, ' '))"


def until_source(until: str) -> str:
    """The phrase as a regular expression for the page's script: whole words, any spacing."""
    return r"(?<![\w])" + r"\s+".join(re.escape(w) for w in until.split()) + r"(?![\w])"


def until_path(start: tuple[float, float], end: tuple[float, float]) -> list[tuple[float, float]]:
    """The points a drag `until` passes, UNTIL_STEP_PX apart, to UNTIL_REACH times its offset."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    n = max(1, math.ceil(math.hypot(dx, dy) / UNTIL_STEP_PX))
    return [(start[0] + dx * i / n, start[1] + dy * i / n) for i in range(1, UNTIL_REACH * n + 1)]


def shows(page: Page, source: str) -> bool:
    return bool(page.evaluate(_SHOWS_JS, source))


def drag(page: Page, start: tuple[float, float], end: tuple[float, float], steps: int = 12, until: str | None = None) -> None:
    """Press at `start`, move to `end` in small steps (sliders and HTML drag and drop both
    see a moving pointer), release. With `until`, as a person moves a slider watching its
    value: on along the same line until the text shows (up to UNTIL_REACH times as far;
    if it never shows, back to `end`), whatever the slider's length on this page."""
    page.mouse.move(*start)
    page.mouse.down()
    if until is None:
        page.mouse.move(*end, steps=steps)
    else:
        source = until_source(until)
        for point in until_path(start, end):
            page.mouse.move(*point)
            if shows(page, source):
                break
        else:
            page.mouse.move(*end, steps=steps)
    page.mouse.up()


# Whether typing can replace what the element holds itself (a field, an editable box).
_FILLABLE_JS = "(el) => el.matches('input, textarea') || el.isContentEditable"


def start_typing(page: Page, found: Found, timeout_ms: float) -> None:
    """Click where the typing goes and empty it, so typing replaces what it held. A target
    that is no field (a spreadsheet's cell) is clicked and typed at, as a person does: the
    page's own keys, or the field it opened on the click, take the keys."""
    if found.locator is not None:
        found.locator.click(timeout=timeout_ms)
        if found.locator.evaluate(_FILLABLE_JS):
            found.locator.fill("", timeout=timeout_ms)
            return
    else:
        page.mouse.click(*found.point)
    page.evaluate(_CLEAR_FOCUSED_JS)  # as fill("") does: typing replaces what the field held


def point_at(page: Page, step: Step, found: Found | None, target_box: Box | None) -> None:
    """Rest the pointer where the action will happen, as the video's pointer does before it acts,
    so a hover style is on screen both before and after the action."""
    if step.action == "press" or found is None:
        return
    if target_box:
        page.mouse.move(*_centre(target_box))
    elif found.point is not None:
        page.mouse.move(*found.point)


def act(page: Page, step: Step, found: Found | None, target_box: Box | None, timeout_ms: float,
        drop: tuple[float, float] | None = None) -> None:
    """Run the step's action on what `locate` found (`drop`: where a drag ends, see drop_point)."""
    if step.action in ("hover", "drag"):
        start = _centre(target_box) if target_box else found.point
        if step.action == "hover":
            page.mouse.move(*start)
        else:
            drag(page, start, drop if drop is not None else drop_point(page, step, start, None)[0], until=step.until)
    elif step.action == "double_click":
        if found.locator is not None and target_box:
            page.mouse.dblclick(*_centre(target_box))
        elif found.locator is not None:
            found.locator.dblclick(timeout=timeout_ms)
        else:
            page.mouse.dblclick(*found.point)
    elif step.action == "select":
        choose(page, found, target_box, step.option or "", timeout_ms)
    elif step.action == "click":
        if found.locator is not None and target_box:
            try:
                found.locator.click(timeout=timeout_ms / 3)
            except PlaywrightTimeout:
                # Something drawn over it takes the click (a styled radio over a
                # transparent input): click where it shows, as a person would.
                page.mouse.click(*_centre(target_box))
        elif found.locator is not None:
            found.locator.click(timeout=timeout_ms)
        else:
            page.mouse.click(*found.point)
    elif step.action == "type":
        start_typing(page, found, timeout_ms)
        page.keyboard.type(step.text or "")
    elif step.action == "press":
        if found is not None:
            if found.locator is not None:
                found.locator.focus(timeout=timeout_ms)
            elif not page.evaluate(_FOCUS_AT_JS, list(found.point)):
                page.mouse.click(*found.point)
        page.keyboard.press(step.key or "")
    elif step.action == "scroll":
        if target_box:
            page.mouse.move(*_centre(target_box))
        elif found is not None and found.point is not None:
            page.mouse.move(*found.point)
        else:
            size = page.viewport_size or {"width": 1280, "height": 800}
            page.mouse.move(size["width"] / 2, size["height"] / 2)
        page.mouse.wheel(step.dx, step.dy)
    else:  # pragma: no cover - task.py rejects other actions
        raise ValueError(step.action)


def perform(page: Page, step: Step, box: Box | None, timeout_ms: float) -> tuple[str | None, Box | None]:
    """Locate and act in one go; returns the strategy used and the target's box before acting."""
    found, target_box = locate(page, step, box, timeout_ms)
    act(page, step, found, target_box, timeout_ms)
    return (found.strategy if found else None), target_box
