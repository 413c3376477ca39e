"""Recording a task's interaction as the video a model watches.

A headless browser shows no pointer and no keys, and its wall clock is not
reproducible. So the video is composed, frame by frame, at a fixed rate: every
frame is 100 ms of page time (the page clock runs through the pointer's rest,
its glide and the typing, as in a real screen recording, see clock.py), the
page is screenshotted whenever it can have changed, and a drawn pointer,
click ripple and key badge are laid over the frames in Python, never into the
page, so they can never reach a checkpoint. The same task gives the same
frames on every build.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Iterator

from PIL import Image, ImageDraw, ImageFont

from . import clock
from .actions import UNTIL_REACH, drop_point, find_target, perform, shows, start_typing, until_path, until_source
from .browser import PageSession
from .task import Step, Task

FPS = 1000 // clock.FRAME_MS
BADGE = 0.8  # how long a key badge stays

KEY_SYMBOLS = {
    "Enter": "⏎ Enter", "ArrowLeft": "← ArrowLeft", "ArrowRight": "→ ArrowRight", "ArrowUp": "↑ ArrowUp",
    "ArrowDown": "↓ ArrowDown", "Escape": "Esc", "Tab": "⇥ Tab", "Backspace": "⌫ Backspace", " ": "Space",
    "Shift": "⇧ Shift", "Control": "Ctrl", "Meta": "⌘ Meta", "Alt": "Alt",
}


def key_badge(key: str) -> str:
    """What the video's badge reads for a key or a chord ("⇧ Shift + ⇥ Tab", "Ctrl + Z")."""
    if key in KEY_SYMBOLS or "+" not in key.strip("+"):
        return KEY_SYMBOLS.get(key, key)
    parts = key.split("+")
    return " + ".join(KEY_SYMBOLS.get(p, p.upper() if len(p) == 1 else p) for p in parts)


class Clip:
    """The video being composed: frames go straight to the encoder, never all in memory.

    Without a path it is a draft that only counts frames (`build --check` compares the
    video's length and timestamps, never its pictures)."""

    def __init__(self, size: tuple[int, int], path: Path | None):
        self.size = size
        self.path = path
        self.count = 0
        self.steps: list[dict] = []
        self._writer = None
        if path is None:
            return
        import imageio_ffmpeg  # the ffmpeg that the imageio-ffmpeg wheel ships: nothing downloaded

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
        if self._writer is not None:
            data = image.tobytes()
            for _ in range(frames):
                self._writer.send(data)
        self.count += frames

    def hold(self, image: Image.Image, seconds: float) -> None:
        self.add(image, max(1, round(seconds * FPS)))

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._tmp.replace(self.path)

    def abandon(self) -> None:
        if self._writer is None:
            return
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


def overlay(page: Image.Image, pointer: tuple[float, float] | None, ripple: float | None = None, badge: str | None = None,
            held: bool = False) -> Image.Image:
    """The page with a pointer (and a click ripple of progress 0..1, a ring while the button
    is held in a drag, and a key badge) drawn over it."""
    frame = page.copy()
    draw = ImageDraw.Draw(frame, "RGBA")
    if pointer is not None and held:
        x, y = pointer
        draw.ellipse([x - 14, y - 14, x + 14, y + 14], fill=(255, 80, 40, 70), outline=(255, 80, 40, 200), width=3)
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


class _Screen:
    """The page as the video shows it, one frame per 100 ms of page time.

    The clock runs before every frame; a new screenshot is taken only when the
    page's DOM or scrolling moved since the last one (CSS animations are
    finished in screenshots, so nothing else can change the picture).
    """

    def __init__(self, session: PageSession, shots: bool = True):
        self.session = session
        self.state = None
        self.image: Image.Image | None = None
        self.shots = shots  # False for a draft: the page runs the same, no pictures are taken

    def look(self) -> Image.Image:
        self.session.settle()
        if not self.shots:
            self.image = self.image or Image.new("RGB", (1, 1))
            return self.image
        state = self.session.state()
        if self.image is None or state != self.state:
            self.image = Image.open(io.BytesIO(self.session.screenshot())).convert("RGB")
            self.state = self.session.state()
        return self.image

    def tick(self, ms: int = clock.FRAME_MS) -> Image.Image:
        self.session.advance_clock(ms)
        return self.look()


def _centre(box) -> tuple[float, float]:
    x, y, w, h = box
    return (x + w / 2, y + h / 2)


def _glide(start: tuple[float, float], end: tuple[float, float], frames: int) -> Iterator[tuple[float, float]]:
    for i in range(1, frames + 1):
        t = i / frames
        t = t * t * (3 - 2 * t)  # ease in and out, like a hand
        yield (start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t)


def _drag_frames(session: PageSession, step: Step, start, end, frames: int) -> Iterator[tuple[float, float]]:
    """Move the held pointer for each frame of a drag; yields where it is at each frame. A
    drag `until` a text shows passes the same points as the replay's (actions.until_path)
    and stops where the replay stops, the frames left showing the pointer held still."""
    if not step.until:
        for position in _glide(start, end, frames):
            session.call(lambda position=position: session.page.mouse.move(*position, steps=2))
            yield position
        return
    source = until_source(step.until)
    points = until_path(start, end)
    planned = len(points) // UNTIL_REACH
    at, done, taken = start, False, 0
    for frame in range(1, frames + 1):
        upto = len(points) if frame == frames else math.ceil(planned * frame / frames)
        while not done and taken < upto:
            at = points[taken]
            taken += 1
            session.call(lambda at=at: session.page.mouse.move(*at))
            done = session.call(lambda: shows(session.page, source))
        if frame == frames and not done:
            at = end
            session.call(lambda: session.page.mouse.move(*end, steps=2))
        yield at


def record(task: Task, session: PageSession, path: Path | None) -> Clip:
    """Replay the task on an opened, loaded reference page, writing the video to `path`
    (None: a draft, the same replay with its frames counted, not drawn)."""
    clip = Clip(task.viewport, path)
    try:
        _record(task, session, clip)
    except BaseException:
        clip.abandon()
        raise
    clip.close()
    return clip


def _record(task: Task, session: PageSession, clip: Clip) -> None:
    """`session` was loaded with one frame of page time run: frame 0 is the page then, and
    the frames up to clock.LOAD_MS follow, so each step starts at the page time it starts
    at in the replay (which loads with LOAD_MS run), the video's time FRAME_MS behind."""
    screen = _Screen(session, shots=clip.path is not None)
    pointer = (task.viewport[0] / 2, task.viewport[1] / 2)
    clip.add(overlay(screen.look(), pointer))
    for _ in range(clock.LOAD_MS // clock.FRAME_MS - 1):
        clip.add(overlay(screen.tick(), pointer))
    for step in task.steps:
        start = clip.count
        timing = clock.step_time(step)
        rest = clock.REST_MS // clock.FRAME_MS
        glide = (timing.before_ms - clock.REST_MS) // clock.FRAME_MS
        for _ in range(rest):
            clip.add(overlay(screen.tick(), pointer))
        target = _pointer_target(session, step)
        path = list(_glide(pointer, target, glide)) if target is not None else [pointer] * glide
        for position in path:
            # The real pointer glides too: a hover style comes and goes as in a screen recording.
            session.call(lambda position=position: session.page.mouse.move(*position), what="moving the pointer")
            clip.add(overlay(screen.tick(), position))
        pointer = path[-1] if path else pointer
        pointer = _act(session, step, clip, screen, pointer, timing)
        clip.steps.append({"index": step.index, "start": round(start / FPS, 2), "end": clip.seconds})
    for _ in range(FPS):
        clip.add(overlay(screen.tick(), pointer))


def _ghost(image: Image.Image, session: PageSession, step: Step) -> Image.Image | None:
    """The dragged element's picture, half transparent, as a browser draws a drag image."""
    found = session.call(lambda: find_target(session.page, step.target))
    box = session.call(lambda: found.locator.bounding_box()) if found.locator is not None else None
    if not box or box["width"] > image.width / 2 or box["height"] > image.height / 2:
        return None
    x, y, w, h = (round(box[k]) for k in ("x", "y", "width", "height"))
    ghost = image.crop((x, y, x + w, y + h)).convert("RGBA")
    ghost.putalpha(150)
    return ghost


def _pointer_target(session: PageSession, step: Step) -> tuple[float, float] | None:
    if step.target is None:
        return None
    found = session.call(lambda: find_target(session.page, step.target))
    box = session.call(lambda: found.locator.bounding_box()) if found.locator is not None else None
    return _centre((box["x"], box["y"], box["width"], box["height"])) if box else None


def _act(session: PageSession, step: Step, clip: Clip, screen: _Screen, pointer, timing: clock.StepTime):
    """The action, then `timing.after_ms` of page time, one frame per 100 ms; returns where
    the pointer is left."""
    badge = None
    frames = timing.after_ms // clock.FRAME_MS
    if step.action == "type":
        found = session.call(lambda: find_target(session.page, step.target))
        session.call(lambda: start_typing(session.page, found, session.limits.action * 1000))
        for char in step.text or "":
            session.call(lambda char=char: session.page.keyboard.type(char))
            clip.add(overlay(screen.tick(), pointer))
            frames -= 1
    elif step.action == "drag":
        # The button held while the pointer travels, the page drawn as it follows.
        end, _ = session.call(lambda: drop_point(session.page, step, pointer, None), what="finding where to drop")
        start_image = screen.look()
        ghost = _ghost(start_image, session, step)
        session.call(lambda: (session.page.mouse.move(*pointer), session.page.mouse.down()))
        travel = clock.DRAG_MS // clock.FRAME_MS
        for position in _drag_frames(session, step, pointer, end, travel):
            image = screen.tick()
            if ghost is not None and image is start_image:
                # HTML drag and drop draws its drag image outside the page: draw it as a person sees it.
                image = image.copy()
                image.paste(ghost, (round(position[0] - ghost.width / 2), round(position[1] - ghost.height / 2)), ghost)
            clip.add(overlay(image, position, held=True))
        session.call(lambda: session.page.mouse.up())
        pointer, frames = position, frames - travel  # where the drag let go
    else:
        before = session.scroll_position() if step.action == "scroll" else 0.0
        session.call(lambda: perform(session.page, step, None, session.limits.action * 1000), seconds=session.limits.action * 3)
        if step.action == "scroll":
            session.wait_for_scroll(before)
        if step.action == "press":
            badge = key_badge(step.key or "")
        elif step.action == "scroll":
            badge = ("↓" if step.dy > 0 else "↑") + f" scroll {abs(step.dy or step.dx)} px"
        elif step.action == "select":
            badge = f"▾ {step.option}"
    for f in range(frames):
        page = screen.tick()
        t = f / FPS
        ripple = None
        if step.action == "click" and t < 0.4:
            ripple = t / 0.4
        elif step.action == "double_click" and t < 0.5:  # two quick rings
            ripple = (t % 0.25) / 0.25
        clip.add(overlay(page, pointer, ripple, badge if t < BADGE else None))
    return pointer
