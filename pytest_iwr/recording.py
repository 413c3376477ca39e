"""recording.json: what the builder saw on the reference page, step by step.

The runner uses it for the last-resort target position (the box centre) and
for the reference's visible text at each checkpoint (the VFS text metric).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .actions import Box

SCHEMA = "iwr-recording/2"
# Version 1 lacks the per-step page time and the perceptual fields; its steps
# then take the clock's standard timing and no implied perceptual checks.
READABLE = ("iwr-recording/1", SCHEMA)


@dataclass
class RecordedStep:
    index: int
    strategy: str | None = None
    box: Box | None = None
    text: str | None = None  # visible text after the step, kept at checkpoints
    checkpoint: str | None = None  # relative path of the screenshot
    phash: str | None = None
    before_ms: int | None = None  # page time before the action, as the video showed it (clock.py)
    after_ms: int | None = None  # page time after it, until the checks read the page
    look_changed: bool | None = None  # a click: whether the target's own spot changed look
    view: str | None = None  # the lines a scroll brought on screen (perceived.arrived)
    gone: list[str] | None = None  # short lines shown before the step and nowhere after it
    lists: list[list[str]] | None = None  # columns of lines the step filled or reordered, in order
    highlights: list[dict] | None = None  # rows/columns whose marked line the step moved (perceived.highlights)
    target_shown: bool | None = None  # the target's name was on the reference's screen before the action
    window_dy: int | None = None  # how far the step scrolled the window (a click that jumps, or none)
    landing: list | None = None  # a click that scrolled: the top unique line on screen and its y (perceived.landmark)
    restyled: list[str] | None = None  # short texts whose look the step changed (perceived.restyled)
    patterns: dict[str, list[int]] | None = None  # how repeated texts group by look after the step
    fewer: dict[str, list[int]] | None = None  # texts the step showed fewer times (not none): [before, after]
    stays: list[str] | None = None  # texts of their own (and pictures) shown before the step and still after it
    to_box: Box | None = None  # a drag onto a target: that target's box on the reference (the last resort)
    recoloured: bool | None = None  # a click: its spot, seen again once the pointer went on to the next click, in another colour


@dataclass
class Recording:
    task: str
    viewport: tuple[int, int]
    seed: int
    steps: list[RecordedStep] = field(default_factory=list)
    video: dict | None = None  # path, seconds, fps, frames, per-step start/end
    assets: list[dict] = field(default_factory=list)  # name, source (never shown to a model), sha256
    sheets: list[str] = field(default_factory=list)
    schema: str = SCHEMA

    def step(self, index: int) -> RecordedStep | None:
        return next((s for s in self.steps if s.index == index), None)

    def box(self, index: int) -> Box | None:
        step = self.step(index)
        return tuple(step.box) if step and step.box else None  # type: ignore[return-value]

    def text(self, index: int) -> str | None:
        step = self.step(index)
        return step.text if step else None

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: Path) -> "Recording | None":
        """None when the task has not been built yet."""
        if not path.exists():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("schema") not in READABLE:
            raise ValueError(f"{path}: schema {raw.get('schema')!r}, expected {SCHEMA!r}; rebuild the task")
        steps = [RecordedStep(**s) for s in raw.get("steps", [])]
        return cls(
            task=raw["task"], viewport=tuple(raw["viewport"]), seed=raw["seed"], steps=steps,
            video=raw.get("video"), assets=raw.get("assets", []), sheets=raw.get("sheets", []),
        )
