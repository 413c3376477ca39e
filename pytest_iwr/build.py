"""The task builder: replays a task on its reference and writes what models and scoring need.

- `checkpoints/step_NN.png` for step 0 and every checkpoint (or visual-check) step;
- `video.mp4`: the interaction as a person would record it (see video.py);
- `assets/asset_NNN.<ext>`: every image, media or font file the reference
  loaded, seen on the network, under anonymised names, and `sheets/` of them;
- `recording.json`: per step the target's strategy and box on the reference,
  the visible text and a perceptual hash at checkpoints, the video's step
  timestamps, and the assets' original names (never shown to a model).

A build fails, naming the step, if the reference does not pass its own checks
or a target is only found by coordinates. It never writes into `reference/`.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import imagehash
from PIL import Image
from playwright.sync_api import sync_playwright

from . import clock, media, video, visual
from .browser import PageSession
from .chromium import launch_args
from .models import Generation
from .recording import RecordedStep, Recording
from .runner import TaskRun
from .steady import keep_steady
from .task import Task, load_task

BUILT = ("checkpoints", "assets", "sheets", "video.mp4", "recording.json")


class BuildError(Exception):
    pass


def build_task(task_dir: Path, browser=None, lint: Recording | None = None, problems: list[str] | None = None) -> Recording:
    """Build a task. With `lint` (the committed recording), the extra-pace runs check each step
    against it as well, so they are the clock lint too: its findings go into `problems`."""
    task = load_task(task_dir)
    if browser is None:
        with sync_playwright() as pw:
            launched = pw.chromium.launch(**launch_args())
            try:
                return _build(task, launched, lint, problems)
            finally:
                launched.close()
    return _build(task, browser, lint, problems)


def _build(task: Task, browser, lint: Recording | None = None, problems: list[str] | None = None) -> Recording:
    run = TaskRun(task, Generation("ok", root=task.reference_dir), browser, capture=True)
    try:
        results = run.run_all()
    finally:
        run.close()
    failed = [r for r in results if not r.passed]
    if failed:
        first = failed[0]
        raise BuildError(f"{task.path}: the reference fails step {first.index} ({first.action}): {first.failure}")
    by_box = [r.index for r in results if r.strategy == "box"]
    if by_box:
        raise BuildError(f"{task.path}: step {by_box[0]}: target found only by its position, not by its hints")

    assert run.captures is not None
    captures = _steady_captures(task, browser, run.captures, lint, problems)
    recording = Recording(task=task.key, viewport=task.viewport, seed=task.seed)
    _write_checkpoints(task, captures, recording)
    clip, sources = _record_video(task, browser, draft=lint is not None)  # a check compares the video's length only
    recording.video = {"path": "video.mp4", "seconds": clip.seconds, "fps": video.FPS, "frames": clip.count, "steps": clip.steps}
    recording.assets, recording.sheets = _write_assets(task, sources, browser)
    task.recording_path.write_text(recording.to_json(), encoding="utf-8")
    return recording


def _steady_captures(task: Task, browser, captures: dict, lint: Recording | None = None,
                     problems: list[str] | None = None) -> dict:
    """The 1x run's captures, keeping only the implied facts the reference also shows at
    the clock lint's other paces (steady.py).

    Every pace acts on the targets the 1x run found (its boxes decide between equal
    names, as a replay's recording does). Given `lint`, the committed recording, the runs
    also check every step against it: the clock lint, without replaying twice."""
    boxes = lint or Recording(task=task.key, viewport=task.viewport, seed=task.seed, steps=[
        RecordedStep(index=index, box=capture.box) for index, capture in sorted(captures.items())
    ])
    paces = []
    for scale in CLOCK_SCALES:
        run = TaskRun(task, Generation("ok", root=task.reference_dir), browser, capture=True,
                      keep_going=True, time_scale=scale, recording=boxes, implied=lint is not None)
        try:
            results = run.run_all()
        finally:
            run.close()
        if lint is not None and problems is not None:
            problems += pace_problems(task, results, scale)
        paces.append(run.captures or {})
    return {index: keep_steady(capture, [pace.get(index) for pace in paces]) for index, capture in captures.items()}


def _write_checkpoints(task: Task, captures, recording: Recording) -> None:
    if task.checkpoints_dir.exists():
        shutil.rmtree(task.checkpoints_dir)
    task.checkpoints_dir.mkdir(parents=True)
    for index in sorted(captures):
        capture = captures[index]
        step = RecordedStep(
            index=index, strategy=capture.strategy, look_changed=capture.look_changed, view=capture.view,
            restyled=capture.restyled, patterns=capture.patterns, gone=capture.gone, fewer=capture.fewer, stays=capture.stays,
            landing=capture.landing, window_dy=capture.window_dy, lists=capture.lists,
            highlights=capture.highlights, target_shown=capture.target_shown, recoloured=capture.recoloured,
            to_box=[round(v, 1) for v in capture.to_box] if capture.to_box else None,
        )
        if index == 0:
            step.after_ms = clock.LOAD_MS
        else:
            timing = clock.step_time(task.steps[index - 1])
            step.before_ms, step.after_ms = timing.before_ms, timing.after_ms
        if capture.box is not None:
            step.box = tuple(round(v, 1) for v in capture.box)
        if capture.png is not None:
            path = task.checkpoint_path(index)
            path.write_bytes(capture.png)
            step.checkpoint = path.relative_to(task.path).as_posix()
            step.phash = str(imagehash.phash(Image.open(io.BytesIO(capture.png))))
            step.text = capture.text
        recording.steps.append(step)


def _record_video(task: Task, browser, draft: bool = False) -> tuple[video.Clip, list[str]]:
    """Record the video on a fresh reference page; note every asset file it loads. A draft
    replays the same and counts the frames without drawing or encoding them."""
    session = PageSession(browser, task.reference_dir, task.viewport, task.seed)
    loaded: list[str] = []

    def on_response(response) -> None:
        if response.request.resource_type in media.ASSET_TYPES and response.status == 200:
            loaded.append(response.url)

    session.page.on("response", on_response)
    try:
        session.load(clock.FRAME_MS)  # frame 0; the frames up to LOAD_MS follow in the video
        clip = video.record(task, session, None if draft else task.path / "video.mp4")
    finally:
        session.close()
    sources = []
    for url in loaded:
        parts = urlsplit(url)
        rel = unquote(parts.path).lstrip("/")
        if url.startswith(session.origin) and (task.reference_dir / rel).is_file():
            sources.append(rel)
    return clip, sources


def _write_assets(task: Task, sources: list[str], browser) -> tuple[list[dict], list[str]]:
    assets_dir = task.path / "assets"
    if assets_dir.exists():
        shutil.rmtree(assets_dir)
    assets_dir.mkdir()
    entries = []
    for asset in media.anonymise(sources):
        data = (task.reference_dir / asset.source).read_bytes()
        (assets_dir / asset.name).write_bytes(data)
        entries.append({"name": asset.name, "source": asset.source, "sha256": hashlib.sha256(data).hexdigest()})
    sheets = media.write_sheets(assets_dir, [e["name"] for e in entries], task.path / "sheets", browser) if entries else []
    return entries, sheets


# --------------------------------------------------------------------------- build --check

SAME_PICTURE = 0.98  # image similarity above which two checkpoints differ only by rendering noise


def check_task(task_dir: Path, browser) -> list[str]:
    """Rebuild into a temporary folder and say how it differs from what is committed, and
    which checks change verdict at the clock lint's paces (the rebuild replays them anyway)."""
    task = load_task(task_dir)
    committed = Recording.load(task.recording_path)
    if committed is None:
        return [f"{task.key}: not built (no recording.json): run python -m pytest_iwr build {task_dir}"]
    with tempfile.TemporaryDirectory(prefix="iwr-check-") as tmp:
        copy = Path(tmp) / task.category / task.id
        shutil.copytree(task.path, copy, ignore=shutil.ignore_patterns(*BUILT))
        clock_problems: list[str] = []
        try:
            fresh = build_task(copy, browser, lint=committed, problems=clock_problems)
        except BuildError as exc:
            return [str(exc)]
        return compare_builds(task.key, task.path, committed, copy, fresh) + clock_problems


def compare_builds(key: str, old_dir: Path, old: Recording, new_dir: Path, new: Recording) -> list[str]:
    problems: list[str] = []
    if [s.index for s in old.steps] != [s.index for s in new.steps]:
        return [f"{key}: the steps differ from the recording: rebuild"]
    for a, b in zip(old.steps, new.steps):
        where = f"{key} step {a.index}"
        if a.strategy != b.strategy:
            problems.append(f"{where}: target found by {b.strategy}, recorded {a.strategy}")
        if (a.box is None) != (b.box is None) or (a.box and any(abs(x - y) > 1 for x, y in zip(a.box, b.box))):
            problems.append(f"{where}: target box {b.box}, recorded {a.box}")
        if a.text != b.text:
            problems.append(f"{where}: visible text differs from the recording")
        for name in ("before_ms", "after_ms", "look_changed", "view", "restyled", "patterns", "gone", "landing", "window_dy", "lists", "highlights", "target_shown", "fewer"):
            if getattr(a, name) != getattr(b, name):
                problems.append(f"{where}: {name} {getattr(b, name)!r}, recorded {getattr(a, name)!r}")
        if a.checkpoint != b.checkpoint:
            problems.append(f"{where}: checkpoint {b.checkpoint}, recorded {a.checkpoint}")
        elif a.checkpoint:
            old_png, new_png = old_dir / a.checkpoint, new_dir / b.checkpoint
            if not old_png.exists():
                problems.append(f"{where}: {a.checkpoint} is missing")
                continue
            similarity = visual.region_similarity(
                visual.Shot.from_png(old_png.read_bytes()), visual.Shot.from_png(new_png.read_bytes()), None
            )
            if similarity < SAME_PICTURE:
                problems.append(f"{where}: {a.checkpoint} differs visually (similarity {similarity:.3f})")
    old_assets = [(x["name"], x["sha256"]) for x in old.assets]
    new_assets = [(x["name"], x["sha256"]) for x in new.assets]
    if old_assets != new_assets:
        problems.append(f"{key}: assets differ: recorded {[n for n, _ in old_assets]}, rebuilt {[n for n, _ in new_assets]}")
    for name, _ in old_assets:
        if not (old_dir / "assets" / name).exists():
            problems.append(f"{key}: assets/{name} is missing")
    if old.sheets != new.sheets or any(not (old_dir / "sheets" / s).exists() for s in old.sheets):
        problems.append(f"{key}: contact sheets differ: recorded {old.sheets}, rebuilt {new.sheets}")
    if old.video is None or not (old_dir / "video.mp4").exists():
        problems.append(f"{key}: video.mp4 is missing")
    elif abs(old.video["seconds"] - new.video["seconds"]) > 1.0:
        problems.append(f"{key}: video lasts {new.video['seconds']} s, recorded {old.video['seconds']} s")
    return problems


# --------------------------------------------------------------------------- the clock lint

CLOCK_SCALES = (0.6, 1.7)  # page time per step scaled down and up: a sound check holds across


def check_clock(task_dir: Path, browser, scales: tuple[float, ...] = CLOCK_SCALES) -> list[str]:
    """Replay the reference with every step's page time scaled; name each check that changes verdict.

    The reference passes every step at the video's own pace, so any failure
    here is a check that hangs on a moment (a toast still showing, a reply not
    yet in) rather than on what the page does: the checks a task writes and
    the ones the recording implies (the builder keeps only implied facts that
    hold at these paces, steady.py, so those pass by construction unless the
    recording is stale).
    """
    task = load_task(task_dir)
    recording = Recording.load(task.recording_path)
    problems = []
    for scale in scales:
        run = TaskRun(task, Generation("ok", root=task.reference_dir), browser, keep_going=True,
                      recording=recording, time_scale=scale)
        try:
            results = run.run_all()
        finally:
            run.close()
        problems += pace_problems(task, results, scale)
    return problems


def pace_problems(task: Task, results, scale: float) -> list[str]:
    return [f"{task.key} step {r.index} at {scale:g}x the video's page time: {r.failure}" for r in results if not r.passed]
