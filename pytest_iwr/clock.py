"""One clock for the video and the replay.

In a screen recording the page's clock never stops: it runs while the
pointer rests, while it glides to the target and while keys are typed. The
video a model watches is composed that way (one frame per 100 ms of page
time), and the replay lets exactly the same page time pass around each action,
so a toast that is on screen for 3 s of video is on screen for 3 s of replay
and a reply that arrives 3 s after sending arrives at the same point in both.

Per step: `before_ms` passes before the action (the pointer resting, then
gliding), `after_ms` after it (the typing, then the page reacting), and the
checks read the page at the end of that window. `recording.json` keeps both
numbers per step, as the builder used them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .task import Step

FRAME_MS = 100  # the video's frame rate is 10 per second: one frame per 100 ms of page time
LOAD_MS = 1_000  # the loaded page is shown for this long before the first action
REST_MS = 600  # the pointer rests before each action
GLIDE_MS = 500  # then glides to the target (or stays, when the action has none)
AFTER_MS = 1_000  # what the page does after the action, before the next one starts
CHAR_MS = 100  # per typed character
DRAG_MS = 800  # a drag: the button held while the pointer travels to the drop


@dataclass(frozen=True)
class StepTime:
    before_ms: int
    after_ms: int

    @property
    def total_ms(self) -> int:
        return self.before_ms + self.after_ms

    def scaled(self, factor: float) -> "StepTime":
        return StepTime(round(self.before_ms * factor), round(self.after_ms * factor))


def step_time(step: Step) -> StepTime:
    """The page time the video spends on a step, before and after its action."""
    typing = CHAR_MS * len(step.text or "") if step.action == "type" else 0
    dragging = DRAG_MS if step.action == "drag" else 0
    return StepTime(REST_MS + GLIDE_MS, typing + dragging + AFTER_MS)
