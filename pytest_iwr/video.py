"""Recording a task's interaction as the video a model watches.

A headless browser shows no pointer and no keys, and its wall clock is not
reproducible. So the video is composed, frame by frame, at a fixed rate: the
page is screenshotted only when it can have changed (after each slice of page
time, after each typed character), and a drawn pointer, click ripple and key
badge are laid over the frames in Python, never into the page, so they can
never reach a checkpoint. The same task gives the same frames on every build.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Iterator

from PIL import Image, ImageDraw, ImageFont

from .actions import find_target, perform
from .browser import CLOCK_STEP_MS, PageSession
from .task import Step, Task

FPS = 10
BEFORE = 0.6  # seconds of stillness before each action
MOVE = 0.5  # the pointer travelling to the target
AFTER_SLICES_MS = (100, 200, 700)  # page time shown after an action, summing to CLOCK_STEP_MS
CHAR = 0.12  # per typed character
BADGE = 0.8  # how long a key badge stays

KEY_SYMBOLS = {
    "Enter": "⏎ Enter", "ArrowLeft": "← ArrowLeft", "ArrowRight": "→ ArrowRight", "ArrowUp": "↑ ArrowUp",
    "ArrowDown": "↓ ArrowDown", "Escape": "Esc", "Tab": "⇥ Tab", "Backspace": "⌫ Backspace", " ": "Space",
}
assert sum(AFTER_SLICES_MS) == CLOCK_STEP_MS  # the video shows exactly the page time the runner lets pass


class Clip:
    """The video being composed: frames go straight to the encoder, never all in memory."""

    def __init__(self, size: tuple[int, int], path: Path):
        import imageio_ffmpeg  # the ffmpeg that the imageio-ffmpeg wheel ships: nothing downloaded

        self.size = size
        self.path = path
        self.count = 0
        self.steps: list[dict] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = path.with_suffix(".tmp.mp4")
        self._writer = imageio_ffmpeg.write_frames(
            str(self._tmp), size, fps=FPS, codec="libx264", pix_fmt_in="rgb24", pix_fmt_out="yuv420p",
            macro_block_size=2, ffmpeg_log_level="error",
            output_params=["-threads", "1", "-preset", "veryfast", "-crf", "23", "-movflags", "+faststart"],
        )
        self._writer.send(None)

    @property
    def seconds(self) -> float:
        return round(self.count / FPS, 2)

    def add(self, image: Image.Image, frames: int = 1) -> None:
        data = image.tobytes()
        for _ in range(frames):
            self._writer.send(data)
        self.count += frames

    def hold(self, image: Image.Image, seconds: float) -> None:
        self.add(image, max(1, round(seconds * FPS)))

    def close(self) -> None:
        self._writer.close()
        self._tmp.replace(self.path)

    def abandon(self) -> None:
        try:
            self._writer.close()
        finally:
            self._tmp.unlink(missing_ok=True)


def _font(size: int) -> ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "LiberationSans-Regular.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


_POINTER = [(0, 0), (0, 22), (6, 17), (10, 27), (14, 25), (10, 16), (17, 16)]


def overlay(page: Image.Image, pointer: tuple[float, float] | None, ripple: float | None = None, badge: str | None = None) -> Image.Image:
    """The page with a pointer (and a click ripple of progress 0..1, and a key badge) drawn over it."""
    frame = page.copy()
    draw = ImageDraw.Draw(frame, "RGBA")
    if pointer is not None and ripple is not None:
        radius = 8 + 26 * ripple
        alpha = int(200 * (1 - ripple))
        x, y = pointer
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=(255, 80, 40, alpha), width=4)
    if pointer is not None:
        x, y = pointer
        shape = [(x + dx, y + dy) for dx, dy in _POINTER]
        draw.polygon(shape, fill=(20, 20, 20, 255), outline=(255, 255, 255, 255))
    if badge:
        font = _font(26)
        left, top, right, bottom = draw.textbbox((0, 0), badge, font=font)
        w, h = right - left + 32, bottom - top + 20
        x0, y0 = (frame.width - w) // 2, frame.height - h - 28
        draw.rounded_rectangle([x0, y0, x0 + w, y0 + h], radius=10, fill=(15, 23, 42, 220))
        draw.text((x0 + 16 - left, y0 + 10 - top), badge, font=font, fill=(255, 255, 255, 255))
    return frame


def _shot(session: PageSession) -> Image.Image:
    return Image.open(io.BytesIO(session.screenshot())).convert("RGB")


def _centre(box) -> tuple[float, float]:
    x, y, w, h = box
    return (x + w / 2, y + h / 2)


def _glide(start: tuple[float, float], end: tuple[float, float], frames: int) -> Iterator[tuple[float, float]]:
    for i in range(1, frames + 1):
        t = i / frames
        t = t * t * (3 - 2 * t)  # ease in and out, like a hand
        yield (start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t)


def record(task: Task, session: PageSession, path: Path) -> Clip:
    """Replay the task on an opened, loaded reference page, writing the video to `path`."""
    clip = Clip(task.viewport, path)
    try:
        _record(task, session, clip)
    except BaseException:
        clip.abandon()
        raise
    clip.close()
    return clip


def _record(task: Task, session: PageSession, clip: Clip) -> None:
    pointer = (task.viewport[0] / 2, task.viewport[1] / 2)
    page = _shot(session)
    clip.hold(overlay(page, pointer), 1.0)
    for step in task.steps:
        start = clip.count
        clip.hold(overlay(page, pointer), BEFORE)
        target = _pointer_target(session, step)
        if target is not None:
            for position in _glide(pointer, target, round(MOVE * FPS)):
                clip.add(overlay(page, position))
            pointer = target
        page = _act(session, step, clip, page, pointer)
        clip.steps.append({"index": step.index, "start": round(start / FPS, 2), "end": clip.seconds})
    clip.hold(overlay(page, pointer), 1.0)


def _pointer_target(session: PageSession, step: Step) -> tuple[float, float] | None:
    if step.target is None:
        return None
    found = session.call(lambda: find_target(session.page, step.target))
    box = session.call(lambda: found.locator.bounding_box()) if found.locator is not None else None
    return _centre((box["x"], box["y"], box["width"], box["height"])) if box else None


def _act(session: PageSession, step: Step, clip: Clip, page: Image.Image, pointer) -> Image.Image:
    badge = None
    if step.action == "type":
        found = session.call(lambda: find_target(session.page, step.target))
        session.call(lambda: found.locator.click())
        session.call(lambda: found.locator.fill(""))
        for char in step.text or "":
            session.call(lambda char=char: session.page.keyboard.type(char))
            page = _shot(session)
            clip.hold(overlay(page, pointer), CHAR)
    else:
        before = session.scroll_position() if step.action == "scroll" else 0.0
        session.call(lambda: perform(session.page, step, None, session.limits.action * 1000), seconds=session.limits.action * 3)
        if step.action == "scroll":
            session.wait_for_scroll(before)
        if step.action == "press":
            badge = KEY_SYMBOLS.get(step.key or "", step.key)
        elif step.action == "scroll":
            badge = ("↓" if step.dy > 0 else "↑") + f" scroll {abs(step.dy or step.dx)} px"
    shown = 0.0
    for ms in AFTER_SLICES_MS:
        session.advance_clock(ms)
        session.settle()
        page = _shot(session)
        frames = max(1, round(ms / 1000 * FPS))
        plain = None
        for f in range(frames):
            t = shown + f / FPS
            ripple = t / 0.4 if step.action == "click" and t < 0.4 else None
            shown_badge = badge if t < BADGE else None
            if ripple is None and shown_badge is None:
                plain = plain or overlay(page, pointer)
                clip.add(plain)
            else:
                clip.add(overlay(page, pointer, ripple, shown_badge))
        shown += frames / FPS
    return page
