"""The benchmark run's state, held in `config.stash` for the hooks to share."""

from __future__ import annotations

import re
import shutil
import tempfile
from fnmatch import fnmatch
from pathlib import Path

import pytest

from .browser import Limits
from .models import Model, UnknownModel, resolve
from .report.results import Results
from .task import Task


def split_list(values: list[str] | None) -> list[str]:
    """`--iwr-model=a,b --iwr-model=c` → [a, b, c], without duplicates."""
    out: list[str] = []
    for value in values or []:
        for part in value.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]+", "_", text).strip("_") or "model"


class IwrSession:
    key = pytest.StashKey["IwrSession"]()

    def __init__(self, config: pytest.Config, model_names: list[str]):
        self.config = config
        self.workdir = Path(tempfile.mkdtemp(prefix="pytest-iwr-"))
        try:
            self.models: list[Model] = [resolve(name, self.workdir) for name in model_names]
        except UnknownModel as exc:
            raise pytest.UsageError(str(exc)) from None
        self.tasks_dir = Path(config.getini("iwr_tasks_dir") or "tasks")
        if not self.tasks_dir.is_absolute():
            self.tasks_dir = (config.rootpath / self.tasks_dir).resolve()
        self.selectors = split_list(config.getoption("iwr_tasks")) or split_list([config.getini("iwr_tasks") or ""])
        self.keep_going: bool = config.getoption("iwr_continue")
        report = config.getoption("iwr_report")
        self.report_dir = Path(report).resolve() if report else None
        self.limits = Limits(action=float(config.getini("iwr_action_timeout") or Limits.action))
        self.results = Results(models=[m.name for m in self.models])
        self.selected_files = 0
        # pytest-playwright's --tracing/--output, applied to each task's context.
        self.tracing = config.getoption("tracing", default="off") or "off"
        self.output_dir = Path(config.getoption("output", default="test-results") or "test-results")

    def selects(self, path: Path) -> bool:
        """Whether a task.yaml is in this run's `--iwr-tasks` selection."""
        try:
            rel = path.parent.resolve().relative_to(self.tasks_dir)
        except ValueError:
            return False
        if len(rel.parts) != 2:
            return False
        category, task_id = rel.parts
        key = f"{category}/{task_id}"
        if not self.selectors:
            return True
        return any(fnmatch(key, s) or fnmatch(category, s) or fnmatch(task_id, s) for s in self.selectors)

    def shots_dir(self, model: str, task: Task) -> Path | None:
        """Where the generated page's checkpoint screenshots go (only with --iwr-report)."""
        if self.report_dir is None:
            return None
        return self.report_dir / "shots" / _slug(model) / task.category / task.id

    def trace_path(self, nodeid: str) -> Path | None:
        if self.tracing not in ("on", "retain-on-failure"):
            return None
        return (self.output_dir / _slug(nodeid) / "trace.zip").resolve()

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)
