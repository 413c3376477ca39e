"""The suite's counts (`python -m pytest_iwr stats`): what the benchmark covers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .task import Task, find_tasks, load_task


@dataclass
class SuiteStats:
    tasks: list[Task] = field(default_factory=list)

    @property
    def steps(self) -> int:
        return sum(len(t.steps) for t in self.tasks)

    @property
    def checks(self) -> int:
        return sum(len(s.expect) for t in self.tasks for s in t.steps)

    def by(self, attribute: str) -> dict[str, tuple[int, int]]:
        """(tasks, steps) per value of a task attribute, sorted by that value."""
        tasks = Counter(getattr(t, attribute) for t in self.tasks)
        steps = Counter()
        for t in self.tasks:
            steps[getattr(t, attribute)] += len(t.steps)
        return {key: (tasks[key], steps[key]) for key in sorted(tasks)}

    def check_kinds(self) -> dict[str, int]:
        kinds = Counter(c.kind for t in self.tasks for s in t.steps for c in s.expect)
        return dict(sorted(kinds.items(), key=lambda kv: -kv[1]))

    def actions(self) -> dict[str, int]:
        return dict(Counter(s.action for t in self.tasks for s in t.steps).most_common())


def suite_stats(tasks_dir: Path) -> SuiteStats:
    return SuiteStats([load_task(p) for p in find_tasks(tasks_dir)])


def write_stats(stats: SuiteStats, out: TextIO) -> None:
    n = len(stats.tasks)
    out.write(f"{n} tasks, {stats.steps} steps ({stats.steps / max(n, 1):.1f} per task), {stats.checks} checks\n")
    for attribute, title in (("level", "level"), ("category", "category"), ("visual", "visual")):
        out.write(f"\nby {title}:\n")
        for key, (tasks, steps) in stats.by(attribute).items():
            out.write(f"  {key:<14} {tasks:3d} tasks {steps:4d} steps\n")
    out.write("\nactions: " + ", ".join(f"{k} {v}" for k, v in stats.actions().items()) + "\n")
    out.write("checks:  " + ", ".join(f"{k} {v}" for k, v in stats.check_kinds().items()) + "\n")
