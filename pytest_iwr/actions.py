"""Running a step's action on a page that shares nothing with the reference but its looks.

Targets are found the way a person would find them: by their text, role and
name, label, placeholder, alt text or title, exact match first, then a loose
one; as a last resort, the spot where the target sat on the reference page.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Locator, Page

from .task import Step, Target

Box = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class Found:
    strategy: str  # e.g. "role:exact", "text:loose", "box"
    locator: Locator | None = None
    point: tuple[float, float] | None = None


class TargetNotFound(Exception):
    pass


def _candidates(page: Page, target: Target, exact: bool) -> list[tuple[str, Locator]]:
    out: list[tuple[str, Locator]] = []
    if target.role:
        name = target.name
        out.append(("role", page.get_by_role(target.role, name=name, exact=exact) if name else page.get_by_role(target.role)))
    if target.text:
        out.append(("text", page.get_by_text(target.text, exact=exact)))
    if target.label:
        out.append(("label", page.get_by_label(target.label, exact=exact)))
    if target.placeholder:
        out.append(("placeholder", page.get_by_placeholder(target.placeholder, exact=exact)))
    if target.alt:
        out.append(("alt", page.get_by_alt_text(target.alt, exact=exact)))
    if target.title:
        out.append(("title", page.get_by_title(target.title, exact=exact)))
    return out


def find_target(page: Page, target: Target, box: Box | None = None) -> Found:
    """The first strategy that finds a visible element; the reference box centre last."""
    for exact in (True, False):
        for strategy, locator in _candidates(page, target, exact):
            visible = locator.filter(visible=True)
            if visible.count() > target.nth:
                return Found(f"{strategy}:{'exact' if exact else 'loose'}", locator=visible.nth(target.nth))
    if box is not None:
        x, y, w, h = box
        return Found("box", point=(x + w / 2, y + h / 2))
    raise TargetNotFound(f"no visible element matches {target.describe()}")


def perform(page: Page, step: Step, box: Box | None, timeout_ms: float) -> tuple[str | None, Box | None]:
    """Run the step's action; returns the strategy used and the target's box before acting."""
    found = find_target(page, step.target, box) if step.target else None
    target_box: Box | None = None
    if found and found.locator is not None:
        bb = found.locator.bounding_box(timeout=timeout_ms)
        target_box = (bb["x"], bb["y"], bb["width"], bb["height"]) if bb else None

    if step.action == "click":
        if found.locator is not None:
            found.locator.click(timeout=timeout_ms)
        else:
            page.mouse.click(*found.point)
    elif step.action == "type":
        if found.locator is not None:
            found.locator.click(timeout=timeout_ms)
            found.locator.fill("", timeout=timeout_ms)
        else:
            page.mouse.click(*found.point)
        page.keyboard.type(step.text or "")
    elif step.action == "press":
        if found is not None:
            if found.locator is not None:
                found.locator.focus(timeout=timeout_ms)
            else:
                page.mouse.click(*found.point)
        page.keyboard.press(step.key or "")
    elif step.action == "scroll":
        if found is not None and found.locator is not None and target_box:
            page.mouse.move(target_box[0] + target_box[2] / 2, target_box[1] + target_box[3] / 2)
        elif found is not None and found.point is not None:
            page.mouse.move(*found.point)
        else:
            size = page.viewport_size or {"width": 1280, "height": 800}
            page.mouse.move(size["width"] / 2, size["height"] / 2)
        page.mouse.wheel(step.dx, step.dy)
    else:  # pragma: no cover - task.py rejects other actions
        raise ValueError(step.action)
    return (found.strategy if found else None), target_box
