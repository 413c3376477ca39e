"""Helpers for the project's own tests: benchmark runs in a pytester folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SUITE = ROOT / "tasks"


class Bench:
    """A scratch project with some tasks in `tasks/`, run through pytest in a subprocess."""

    def __init__(self, pytester: pytest.Pytester):
        self.pytester = pytester
        self.path = pytester.path
        pytester.makeini("[pytest]\n")

    def add_task(self, source: Path) -> Path:
        dest = self.path / "tasks" / source.parent.name / source.name
        shutil.copytree(source, dest)
        return dest

    def add_page(self, model_dir: str, task: str, html: str) -> Path:
        """A saved page for `replay:<model_dir>`: <model_dir>/<category>/<task>/index.html."""
        folder = self.path / model_dir / task
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(html, encoding="utf-8")
        return folder

    def run(self, *args: str, report: bool = True) -> tuple[pytest.RunResult, dict | None]:
        extra = ["-p", "no:cacheprovider"] + (["--iwr-report=out"] if report else [])
        result = self.pytester.runpytest_subprocess(*extra, *args, timeout=600)
        results_file = self.path / "out" / "results.json"
        data = json.loads(results_file.read_text()) if report and results_file.exists() else None
        return result, data


def task_entry(data: dict, model: str, task: str) -> dict:
    return next(t for t in data["tasks"] if t["model"] == model and t["id"] == task)


def first_failure(entry: dict) -> int | None:
    return next((s["index"] for s in entry["steps"] if not s["passed"]), None)
