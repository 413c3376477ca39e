"""The built files committed with each task are what the builder makes from its reference today."""

from __future__ import annotations

import json
import shutil

import imagehash
import pytest
from helpers import SUITE
from PIL import Image
from playwright.sync_api import sync_playwright

from pytest_iwr.build import BuildError, build_task
from pytest_iwr.chromium import launch_args
from pytest_iwr.task import find_tasks

TASKS = [p.parent for p in find_tasks(SUITE)]


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as pw:
        launched = pw.chromium.launch(**launch_args())
        yield launched
        launched.close()


@pytest.mark.parametrize("task_dir", TASKS, ids=[f"{p.parent.name}/{p.name}" for p in TASKS])
def test_rebuilding_reproduces_the_committed_checkpoints_and_recording(task_dir, tmp_path, chromium):
    copy = tmp_path / task_dir.parent.name / task_dir.name
    shutil.copytree(task_dir, copy, ignore=shutil.ignore_patterns("checkpoints", "recording.json"))
    build_task(copy, chromium)
    committed = json.loads((task_dir / "recording.json").read_text())
    rebuilt = json.loads((copy / "recording.json").read_text())
    assert [s["index"] for s in rebuilt["steps"]] == [s["index"] for s in committed["steps"]]
    for old, new in zip(committed["steps"], rebuilt["steps"]):
        assert new["strategy"] == old["strategy"], old["index"]
        assert new["text"] == old["text"], old["index"]
        assert (new["box"] is None) == (old["box"] is None)
        if old["box"]:
            assert new["box"] == pytest.approx(old["box"], abs=1.0), old["index"]
        assert new["checkpoint"] == old["checkpoint"]
        if old["checkpoint"]:
            a = imagehash.phash(Image.open(task_dir / old["checkpoint"]))
            b = imagehash.phash(Image.open(copy / new["checkpoint"]))
            assert a - b <= 2, (old["index"], a - b)
    assert sorted(p.name for p in (copy / "checkpoints").iterdir()) == sorted(p.name for p in (task_dir / "checkpoints").iterdir())


def test_a_reference_that_fails_its_own_checks_does_not_build(tmp_path, chromium):
    source = SUITE / "shopping" / "cart-checkout"
    copy = tmp_path / "shopping" / "cart-checkout"
    shutil.copytree(source, copy)
    app = copy / "reference" / "app.js"
    app.write_text(app.read_text().replace("var TAX_RATE = 0.08;", "var TAX_RATE = 0;"))
    with pytest.raises(BuildError, match=r"the reference fails step 1 \(click\): expected text"):
        build_task(copy, chromium)
    assert (copy / "recording.json").read_text() == (source / "recording.json").read_text()  # untouched
