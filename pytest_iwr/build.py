"""The task builder: replays a task on its reference and writes what models and scoring need.

`checkpoints/step_NN.png` for step 0 and every checkpoint (or visual-check)
step, and `recording.json`: per step the strategy and box of the target on the
reference, its visible text at checkpoints and a perceptual hash of each
checkpoint. A build fails, naming the step, if the reference does not pass
its own checks or a target is only found by coordinates.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import imagehash
from PIL import Image
from playwright.sync_api import sync_playwright

from .chromium import launch_args
from .models import Generation
from .recording import RecordedStep, Recording
from .runner import TaskRun
from .task import Task, load_task


class BuildError(Exception):
    pass


def build_task(task_dir: Path, browser=None) -> Recording:
    task = load_task(task_dir)
    if browser is None:
        with sync_playwright() as pw:
            launched = pw.chromium.launch(**launch_args())
            try:
                return _build(task, launched)
            finally:
                launched.close()
    return _build(task, browser)


def _build(task: Task, browser) -> Recording:
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
    if task.checkpoints_dir.exists():
        shutil.rmtree(task.checkpoints_dir)
    task.checkpoints_dir.mkdir(parents=True)
    recording = Recording(task=task.key, viewport=task.viewport, seed=task.seed)
    for index in sorted(run.captures):
        capture = run.captures[index]
        step = RecordedStep(index=index, strategy=capture.strategy)
        if capture.box is not None:
            step.box = tuple(round(v, 1) for v in capture.box)
        if capture.png is not None:
            path = task.checkpoint_path(index)
            path.write_bytes(capture.png)
            step.checkpoint = path.relative_to(task.path).as_posix()
            step.phash = str(imagehash.phash(Image.open(io.BytesIO(capture.png))))
            step.text = capture.text
        recording.steps.append(step)
    task.recording_path.write_text(recording.to_json(), encoding="utf-8")
    return recording
