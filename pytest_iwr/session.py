"""The benchmark run's state, held in `config.stash` for the hooks to share."""

from __future__ import annotations

import shutil
import tempfile
from fnmatch import fnmatch
from pathlib import Path

import pytest

from .browser import Limits
from .models import Model, UnknownModel, resolve, unknown_message
from .models.store import slug
from .report.results import Results
from .suite import base_dir, locate_suite
from .task import Task, TaskError, find_tasks, load_task


def split_list(values: list[str] | None) -> list[str]:
    """`--iwr-model=a,b --iwr-model=c` → [a, b, c], without duplicates."""
    out: list[str] = []
    for value in values or []:
        for part in value.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


class IwrSession:
    key = pytest.StashKey["IwrSession"]()

    def __init__(self, config: pytest.Config, model_names: list[str]):
        self.config = config
        self.suite = locate_suite(config)
        self.tasks_dir = self.suite.path
        self.workdir = Path(tempfile.mkdtemp(prefix="pytest-iwr-"))
        self.outputs: Path | None = None  # the LLM pages' store, once an LLM model is named
        try:
            self.models: list[Model] = [resolve(name, self.workdir, self._llm_model) for name in model_names]
        except (UnknownModel, ValueError) as exc:
            raise pytest.UsageError(str(exc)) from None
        self.concurrency = int(config.getoption("iwr_concurrency") or config.getini("iwr_concurrency") or 4)
        judge_name = config.getoption("iwr_judge") or config.getini("iwr_judge") or None
        try:
            self.judge = self._judge(judge_name) if judge_name else None
        except (UnknownModel, ValueError) as exc:
            raise pytest.UsageError(f"--iwr-judge: {exc}") from None
        self.ocr, self.ocr_unavailable = self._ocr() if self.judge else (None, None)
        self.selectors = split_list(config.getoption("iwr_tasks")) or split_list([config.getini("iwr_tasks") or ""])
        # The judge is asked about every step, so every step runs (IFS stays the prefix figure).
        self.keep_going: bool = config.getoption("iwr_continue") or self.judge is not None
        report = config.getoption("iwr_report")
        self.report_dir = (config.invocation_params.dir / report).resolve() if report else None
        self.limits = Limits(action=float(config.getini("iwr_action_timeout") or Limits.action))
        self.results = Results(models=[m.name for m in self.models], judge=self.judge.name if self.judge else None,
                               ocr=self.ocr.name if self.ocr else None, ocr_unavailable=self.ocr_unavailable)
        self.selected_files = 0
        self._futures: dict = {}
        self._pool = None
        # pytest-playwright's --tracing/--output, applied to each task's context.
        self.tracing = config.getoption("tracing", default="off") or "off"
        self.output_dir = Path(config.getoption("output", default="test-results") or "test-results")

    def _llm_model(self, name: str) -> Model:
        """A litellm model, with the run's call settings and output store."""
        from .models.llm import LiteLLMModel
        from .models.store import OutputStore
        from .models.table import ALIASES, lookup, parse_lines

        config = self.config
        extra = parse_lines(config.getini("iwr_models"))
        if "/" not in name and name not in extra and name not in ALIASES:
            raise UnknownModel(unknown_message(name))
        litellm_name, limits = lookup(name, extra)
        outputs = self.outputs = self._outputs_dir()
        return LiteLLMModel(name, litellm_name, limits, self._call_settings(), OutputStore(outputs))

    def _judge(self, name: str):
        """The judge: any litellm model through the same alias table and call settings."""
        from .judge import Judge, JudgeCache
        from .models.table import ALIASES, lookup, parse_lines

        extra = parse_lines(self.config.getini("iwr_models"))
        if "/" not in name and name not in extra and name not in ALIASES:
            raise UnknownModel(unknown_message(name))
        litellm_name, _ = lookup(name, extra)
        # Beside the pages' store: .iwr/judge by default.
        cache = JudgeCache(self._outputs_dir().parent / "judge")
        return Judge(name, litellm_name, self._call_settings(), cache, self.concurrency,
                     rejudge=bool(self.config.getoption("iwr_rejudge")))

    def _ocr(self):
        """With a judge, the OCR for the paper's low-level visual score, or why there is none."""
        from .ocr import Ocr, OcrUnavailable

        try:
            ocr = Ocr.find(self._outputs_dir().parent / "ocr")
            return ocr, None
        except OcrUnavailable as exc:
            return None, str(exc)

    def _outputs_dir(self) -> Path:
        config = self.config
        option = config.getoption("iwr_outputs")
        if option:
            return (config.invocation_params.dir / option).resolve()
        return (base_dir(config) / (config.getini("iwr_outputs") or ".iwr/outputs")).resolve()

    def _call_settings(self):
        from .models.llm import Settings

        config = self.config
        return Settings(
            api_base=config.getoption("iwr_api_base"),
            timeout=float(config.getoption("iwr_timeout") or config.getini("iwr_timeout") or 600),
            retries=int(config.getini("iwr_retries") if config.getoption("iwr_retries") is None else config.getoption("iwr_retries")),
            backoff=float(config.getini("iwr_backoff") or 2.0),
            regenerate=bool(config.getoption("iwr_regenerate")),
        )

    def check_credentials(self) -> None:
        """Before any browser starts: every LLM model that will be asked has its credentials.

        A model whose pages for this selection are all in the store needs none.
        """
        asking = [m for m in self.models if hasattr(m, "missing_credentials")]
        problems = []
        if self.judge is not None:
            missing = self.judge.missing_credentials()
            if missing:
                problems.append(
                    f"judge {self.judge.name!r} ({self.judge.litellm_name}): litellm finds no credentials in the "
                    f"environment; set {' / '.join(missing)}"
                )
        if not asking and not problems:
            return
        tasks = self.selected_tasks()
        for model in asking:
            if tasks and all(model.is_cached(task) for task in tasks):
                continue
            missing = model.missing_credentials()
            if missing:
                problems.append(
                    f"model {model.name!r} ({model.litellm_name}): litellm finds no credentials in the "
                    f"environment; set {' / '.join(missing)}"
                )
        if problems:
            raise pytest.UsageError("\n".join(problems))

    def selected_tasks(self) -> list[Task]:
        """The tasks this run's selection holds (a task that does not load is collection's to report)."""
        tasks = []
        for path in find_tasks(self.tasks_dir):
            if self.selects(path):
                try:
                    tasks.append(load_task(path))
                except TaskError:
                    pass
        return tasks

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

    def prefetch(self, runs: list[tuple[Model, Task]]) -> None:
        """Start generating pages ahead of their evaluation, `concurrency` at a time.

        Generation waits on the network, evaluation on the CPU: overlapping them
        is what keeps a large run from being serialised behind the browser.
        """
        from concurrent.futures import ThreadPoolExecutor

        wanted = [(m, t) for m, t in runs if getattr(m, "prefetch", False)]
        if not wanted:
            return
        self._pool = ThreadPoolExecutor(max_workers=max(1, self.concurrency), thread_name_prefix="iwr-generate")
        for model, task in wanted:
            key = (model.name, task.key)
            if key not in self._futures:
                self._futures[key] = self._pool.submit(model.generate, task)

    def generation(self, model: Model, task: Task):
        """This task's page from `model`: prefetched if it was, else made now."""
        future = self._futures.pop((model.name, task.key), None)
        return future.result() if future is not None else model.generate(task)

    def shots_dir(self, model: str, task: Task) -> Path | None:
        """Where the generated page's checkpoint screenshots go (only with --iwr-report)."""
        if self.report_dir is None:
            return None
        return self.report_dir / "shots" / slug(model) / task.category / task.id

    def trace_path(self, nodeid: str) -> Path | None:
        if self.tracing not in ("on", "retain-on-failure"):
            return None
        return (self.output_dir / slug(nodeid) / "trace.zip").resolve()

    def close(self) -> None:
        if self.judge is not None:
            self.judge.close()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        shutil.rmtree(self.workdir, ignore_errors=True)
