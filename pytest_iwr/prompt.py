"""The request a model gets, after IWR-Bench's protocol: asset sheets, then video frames, then instructions.

The wording is this project's own. Its version goes into the output cache key
and into results.json, so a changed prompt never reuses old pages.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .media import video_frames
from .recording import Recording
from .task import Task

PROMPT_VERSION = "iwr-prompt/1"

INSTRUCTIONS = """\
The images above show a web page being used. First come contact sheets of the \
page's own image files: every tile is labelled with a file name such as \
asset_001.png and its size in pixels. Then come frames of a screen recording, \
one per second, in order: a pointer moves to what is clicked (a ripple marks \
the click) and a badge at the bottom names any key pressed.

Rebuild this page as one self-contained file, index.html, that looks and \
behaves like the recording:
- put all CSS in <style> and all JavaScript in <script> in the same file; use no \
external libraries, fonts, scripts, stylesheets or URLs of any kind;
- use the given images by their file names exactly as labelled (e.g. \
<img src="asset_001.png">), and no other images;
- the page is {width}×{height} pixels;
- keep every visible text exactly as it appears in the frames;
- make every control a real one a person can operate: <button>, <a>, and <input> \
or <select> with a <label> or a placeholder; make it react the way the recording \
shows (state changes, counters, validation, game rules);
- where the page is random, use Math.random(); where it shows time, use Date and timers.

Answer with the complete HTML document only."""


@dataclass(frozen=True)
class ModelLimits:
    """Per-model settings from the models table."""

    max_images: int = 64
    longest_side: int = 1024
    max_tokens: int = 16000


def instructions(task: Task) -> str:
    return INSTRUCTIONS.format(width=task.viewport[0], height=task.viewport[1])


def _data_url(image: Image.Image, fmt: str) -> str:
    buf = io.BytesIO()
    if fmt == "jpeg":
        image.convert("RGB").save(buf, "JPEG", quality=85)
    else:
        image.save(buf, "PNG", optimize=True)
    return f"data:image/{fmt};base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _fit(image: Image.Image, longest_side: int) -> Image.Image:
    if max(image.size) > longest_side:
        scale = longest_side / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    return image


def build_messages(task: Task, limits: ModelLimits) -> list[dict]:
    """One user message: the sheets first, then the frames (fewer if the model takes fewer images), then the text."""
    recording = Recording.load(task.recording_path)
    if recording is None or recording.video is None:
        raise FileNotFoundError(f"{task.path}: not built (no video): run python -m pytest_iwr build {task.path}")
    sheets = [Image.open(task.path / "sheets" / name) for name in recording.sheets]
    room = max(1, limits.max_images - len(sheets))
    frames = video_frames(task.path / "video.mp4", max_frames=min(64, room), longest_side=limits.longest_side)
    parts: list[dict] = []
    for sheet in sheets:
        parts.append({"type": "image_url", "image_url": {"url": _data_url(_fit(sheet, limits.longest_side), "png")}})
    for frame in frames:
        parts.append({"type": "image_url", "image_url": {"url": _data_url(frame, "jpeg")}})
    parts.append({"type": "text", "text": instructions(task)})
    return [{"role": "user", "content": parts}]


class NoHtml(Exception):
    pass


_FENCE = re.compile(r"```(?:html|HTML)?\s*\n(.*?)```", re.S)
_DOC = re.compile(r"(<!doctype html.*?</html\s*>|<html.*?</html\s*>)", re.S | re.I)
_ASSET = re.compile(r"""(?<![\w/])(?:\./)?(?:[\w.-]+/)*(asset_\d{3}\.[A-Za-z0-9]+)""")


def extract_html(answer: str) -> str:
    """The page from a model's answer: the ```html block, or the raw document."""
    fenced = [block for block in _FENCE.findall(answer or "") if "<" in block]
    if fenced:
        return max(fenced, key=len).strip() + "\n"
    doc = _DOC.search(answer or "")
    if doc:
        return doc.group(1).strip() + "\n"
    start = (answer or "").strip()[:80].replace("\n", " ")
    raise NoHtml(f"the answer holds no HTML (it starts: {start!r})")


def rewrite_assets(page: str, names: set[str]) -> str:
    """Point every reference to a given asset at `assets/<name>`, where the assets are served."""
    def fix(match: re.Match) -> str:
        return f"assets/{match.group(1)}" if match.group(1) in names else match.group(0)

    return _ASSET.sub(fix, page)


def input_hashes(task: Task) -> dict[str, str]:
    """What a model sees, hashed: part of the output cache key."""
    import hashlib

    out = {}
    files = [task.path / "video.mp4"] + sorted((task.path / "sheets").glob("*.png")) + sorted((task.path / "assets").glob("*"))
    for path in files:
        if path.exists():
            out[path.relative_to(task.path).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def asset_names(task: Task) -> set[str]:
    return {p.name for p in (task.path / "assets").glob("asset_*")}


def copy_assets(task: Task, dest: Path) -> None:
    import shutil

    (dest / "assets").mkdir(parents=True, exist_ok=True)
    for path in sorted((task.path / "assets").glob("asset_*")):
        shutil.copyfile(path, dest / "assets" / path.name)
