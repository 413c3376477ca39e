"""The task suite as a whole: every task sound, and the suite broad enough to measure anything."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from helpers import SUITE

from pytest_iwr.recording import Recording
from pytest_iwr.task import LEVELS, VISUALS, find_tasks, load_task

TASKS = [load_task(p) for p in find_tasks(SUITE)]
IDS = [t.key for t in TASKS]
EXTERNAL = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//|fetch\(\s*["'](?:https?:)?//""", re.I)
NAMED = ["games/2048", "travel/flight-booking", "games/tic-tac-toe", "shopping/cart-checkout", "productivity/todo-list", "tools/calculator"]


def test_the_suite_is_broad_enough():
    levels = Counter(t.level for t in TASKS)
    categories = Counter(t.category for t in TASKS)
    steps = sum(len(t.steps) for t in TASKS)
    assert len(TASKS) >= 24
    assert len(categories) >= 6, categories
    assert all(levels[level] >= 4 for level in LEVELS), levels
    assert {t.visual for t in TASKS} == set(VISUALS)
    assert steps >= 200 and steps / len(TASKS) >= 8, (steps, len(TASKS))
    assert set(NAMED) <= set(IDS)


def test_task_ids_are_unique_across_the_suite():
    ids = [t.id for t in TASKS]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_every_step_has_a_description_and_deterministic_checks(task):
    for step in task.steps:
        assert step.description.strip(), step.index
        assert step.expect, step.index
    assert any(step.checkpoint for step in task.steps), "no checkpoint besides step 0"


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_every_target_was_found_on_the_reference_by_its_hints(task):
    recording = Recording.load(task.recording_path)
    assert recording is not None, "not built"
    for step in task.steps:
        recorded = recording.step(step.index)
        if step.target is not None:
            assert recorded.strategy and recorded.strategy != "box", (step.index, recorded.strategy)


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_every_reference_is_offline_and_has_its_built_inputs(task):
    for path in task.reference_dir.rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            found = EXTERNAL.search(path.read_text(encoding="utf-8"))
            assert found is None, f"{path.name}: {found.group(0)}"
    recording = Recording.load(task.recording_path)
    assert len(recording.assets) >= 3, "a reference needs at least 3 images of its own"
    assert (task.path / "video.mp4").exists() and recording.video["seconds"] > 0
    assert all((task.path / "sheets" / name).exists() for name in recording.sheets) and recording.sheets
