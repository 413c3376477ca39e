"""Collecting task.yaml files as pytest items: file → model → one item per step.

`tasks/games/tic-tac-toe/task.yaml::reference::03-click-New-game` is a real
`pytest.Function`, so it gets fixtures (pytest-playwright's `browser`,
`record_property`) and everything pytest users know works on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .properties import JUDGED, step_properties
from .recording import Recording
from .runner import StepResult, TaskRun
from .session import IwrSession
from .task import Task, TaskError, load_task


class TaskFile(pytest.File):
    """A task.yaml: one ModelRun per model under test."""

    def collect(self):
        try:
            task = load_task(self.path)
        except TaskError as exc:
            raise self.CollectError(str(exc)) from None
        session: IwrSession = self.config.stash[IwrSession.key]
        for model in session.models:
            yield ModelRun.from_parent(self, name=model.name, task=task, model=model)


class ModelRun(pytest.Collector):
    """One model's run of one task: owns the browser context from first step to teardown."""

    def __init__(self, *, task: Task, model, **kwargs):
        super().__init__(**kwargs)
        self.task = task
        self.model = model
        self.run: TaskRun | None = None
        self.generation = None
        self._last_selected: int | None = None

    def collect(self):
        names = ["00-load"] + [step.item_name for step in self.task.steps]
        for index, name in enumerate(names):
            yield StepItem.from_parent(self, name=name, callobj=_iwr_step, index=index)

    def generate(self):
        """This task's page from the model, once (prefetched, cached or made now)."""
        if self.generation is None:
            session: IwrSession = self.config.stash[IwrSession.key]
            self.generation = session.generation(self.model, self.task)
        return self.generation

    def task_run(self, browser) -> TaskRun:
        if self.run is None:
            session: IwrSession = self.config.stash[IwrSession.key]
            self.run = TaskRun(
                self.task,
                self.generate(),
                browser,
                limits=session.limits,
                keep_going=session.keep_going,
                recording=Recording.load(self.task.recording_path),
                shots_dir=session.shots_dir(self.model.name, self.task),
                trace=session.trace_path(self.nodeid),
                trace_only_failures=session.tracing == "retain-on-failure",
                judge=session.judge,
                ocr=session.ocr,
            )
        return self.run

    def last_selected_index(self) -> int:
        """The last of this task's steps that the run selected (-k may leave some out)."""
        if self._last_selected is None:
            mine = [item.iwr_index for item in self.session.items if item.parent is self]
            self._last_selected = max(mine, default=len(self.task.steps))
        return self._last_selected

    def teardown(self) -> None:
        if self.run is not None:
            self.run.close()
            self.run = None


class StepItem(pytest.Function):
    """One step of one model's run of a task."""

    def __init__(self, *, index: int, **kwargs):
        super().__init__(**kwargs)
        self.iwr_index = index

    def reportinfo(self):
        # Headlines read "games/2048 · reference · 03-press-ArrowLeft", not the plugin's source.
        owner: ModelRun = self.parent
        # Line 0 (not None): a skip raised in a fixture is reported at the item's location.
        return self.path, 0, f"{owner.task.key} · {owner.model.name} · {self.name}"


def _iwr_step(request: pytest.FixtureRequest, iwr_generation, browser, record_property) -> None:
    """Run (or look up) one step of the task and report it as this test's outcome."""
    item = request.node
    owner: ModelRun = item.parent
    run = owner.task_run(browser)
    index: int = item.iwr_index
    result = run.result(index)
    generation = owner.generation if index == 0 else None
    for name, value in step_properties(owner.model.name, owner.task, result, generation):
        record_property(name, value)
    if run.judge is not None:
        # Verdicts travel with whichever step report comes when they are done; the task's
        # last step to run waits for the rest, so the judge's calls overlap the browser's work.
        for verdict in run.judge_verdicts(index, wait=index == owner.last_selected_index()):
            record_property(JUDGED, verdict.to_dict())
    if index == 0:
        record_property("iwr_chromium", browser.version)
        if run.trace is not None:
            record_property("iwr_trace", str(run.trace))
    if result.blocked_by is not None:
        pytest.skip(f"blocked by step {result.blocked_by}")
    if not result.passed:
        pytest.fail(result.failure or "failed", pytrace=False)


def not_scored(item: StepItem) -> None:
    """A set-up failure (no key, no connection, the provider down) at generation:
    the task is not scored. Its load step is an error, its other steps are skipped,
    and the step records say why, for the leaderboard to leave the task out."""
    owner: ModelRun = item.parent
    generation = owner.generation
    step = owner.task.steps[item.iwr_index - 1] if item.iwr_index else None
    result = StepResult(item.iwr_index, step.action if step else "load", step.description if step else "open the page")
    result.failure = f"not scored: {generation.error}"
    item.user_properties.extend(step_properties(owner.model.name, owner.task, result, generation))
    if item.iwr_index == 0:
        pytest.fail(f"{result.failure} (a set-up failure: the task is not scored; rerun when it is fixed)", pytrace=False)
    pytest.skip("not scored: the page could not be generated (see 00-load)")


def is_task_file(path: Path) -> bool:
    return path.name == "task.yaml"
