"""Where the task suite is: one rule, whatever the arguments.

1. `--iwr-tasks-dir DIR`: relative to the folder pytest was started in.
2. ini `iwr_tasks_dir`: relative to the ini file.
3. else `tasks/` beside the ini file (or in the folder pytest was started in,
   without one), if it holds a task;
4. else the suite installed with the package (`pip install pytest-iwr`).

A folder named by 1 or 2 that holds no task is a usage error naming it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from .task import find_tasks

_PACKAGE = Path(__file__).resolve().parent
# The suite as a wheel installs it, and as a source checkout (an editable install) holds it.
INSTALLED = (_PACKAGE / "suite", _PACKAGE.parent / "tasks")


@dataclass(frozen=True)
class SuiteLocation:
    path: Path
    because: str  # what chose it, for messages and the report header


def base_dir(config: pytest.Config) -> Path:
    """What relative paths in the ini are relative to: the ini's folder, else where pytest started."""
    return config.inipath.parent if config.inipath else config.invocation_params.dir


def locate_suite(config: pytest.Config) -> SuiteLocation:
    option = config.getoption("iwr_tasks_dir", default=None)
    if option:
        return _named((config.invocation_params.dir / option).resolve(), f"--iwr-tasks-dir {option}")
    ini = config.getini("iwr_tasks_dir")
    if ini:
        return _named((base_dir(config) / ini).resolve(), f"iwr_tasks_dir = {ini} in {config.inipath}")
    local = (base_dir(config) / "tasks").resolve()
    if find_tasks(local):
        return SuiteLocation(local, "tasks/ beside the ini file" if config.inipath else "tasks/ here")
    for installed in INSTALLED:
        if find_tasks(installed):
            return SuiteLocation(installed, "the suite installed with pytest-iwr")
    raise pytest.UsageError(
        f"no task suite found: {local} holds no <category>/<task>/task.yaml and none was installed "
        "with pytest-iwr; give one with --iwr-tasks-dir DIR or ini iwr_tasks_dir"
    )


def _named(path: Path, because: str) -> SuiteLocation:
    if not find_tasks(path):
        what = "does not exist" if not path.exists() else "holds no <category>/<task>/task.yaml"
        raise pytest.UsageError(f"{because}: {path} {what}")
    return SuiteLocation(path, because)
