"""pytest hooks only: options, the benchmark-mode switch, xdist grouping, reporting."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import fixtures, properties, rootdir
from .collect import ModelRun, TaskFile, is_task_file
from .report import terminal
from .report.html import write_report
from .report.results import environment, write_json
from .session import IwrSession, split_list


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("iwr", "IWR-Bench: interactive web reconstruction")
    group.addoption(
        "--iwr-model", action="append", dest="iwr_model", metavar="NAME[,NAME]",
        help="benchmark these models (reference, blank, replay:DIR, ...); switches pytest to benchmark mode",
    )
    group.addoption(
        "--iwr-tasks", action="append", dest="iwr_tasks", metavar="SEL[,SEL]",
        help="categories or task globs to run: games, games/2048, travel/*  (default: all)",
    )
    group.addoption(
        "--iwr-continue", action="store_true", dest="iwr_continue",
        help="keep executing steps after a failure (reports step_pass_rate; IFS stays the prefix figure)",
    )
    group.addoption(
        "--iwr-tasks-dir", dest="iwr_tasks_dir", metavar="DIR",
        help="the task suite to run (default: tasks/ beside the ini file, else the suite installed with pytest-iwr)",
    )
    group.addoption("--iwr-report", dest="iwr_report", metavar="DIR", help="write results.json, report.html and screenshots into DIR")
    group.addoption("--iwr-api-base", dest="iwr_api_base", metavar="URL", help="an OpenAI-compatible server for LLM models")
    group.addoption("--iwr-outputs", dest="iwr_outputs", metavar="DIR", help="the generated pages' store (default .iwr/outputs)")
    group.addoption("--iwr-regenerate", action="store_true", dest="iwr_regenerate", help="ask the model again even where a cached page exists")
    group.addoption("--iwr-concurrency", type=int, dest="iwr_concurrency", metavar="N", help="generations under way at once (default 4)")
    group.addoption("--iwr-retries", type=int, dest="iwr_retries", metavar="N", help="retries after a rate limit, server error or timeout (default 3)")
    group.addoption("--iwr-timeout", type=float, dest="iwr_timeout", metavar="S", help="seconds a model may take to answer (default 600)")
    group.addoption(
        "--iwr-judge", dest="iwr_judge", metavar="MODEL",
        help="also judge every step's assertion with this multimodal model (litellm name or alias); runs every step",
    )
    group.addoption("--iwr-rejudge", action="store_true", dest="iwr_rejudge", help="ask the judge again even where a cached verdict exists")
    parser.addini("iwr_tasks_dir", "folder holding <category>/<task>/task.yaml, relative to the ini file", default="")
    parser.addini("iwr_tasks", "default --iwr-tasks selection", default="")
    parser.addini("iwr_action_timeout", "seconds an action may take before it fails", default="3")
    parser.addini("iwr_models", "model aliases: 'alias = provider/model [max_images=N longest_side=N max_tokens=N]'", type="linelist", default=[])
    parser.addini("iwr_outputs", "the generated pages' store", default=".iwr/outputs")
    parser.addini("iwr_concurrency", "generations under way at once", default="4")
    parser.addini("iwr_retries", "retries after a rate limit, server error or timeout", default="3")
    parser.addini("iwr_timeout", "seconds a model may take to answer", default="600")
    parser.addini("iwr_backoff", "seconds before the first retry (doubles each time)", default="2")
    parser.addini("iwr_judge", "default --iwr-judge model", default="")


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    # `--iwr-report DIR` must find the same rootdir and ini file as `--iwr-report=DIR`.
    rootdir.settle_again(early_config, parser, args)


def _models(config: pytest.Config) -> list[str]:
    return split_list(config.getoption("iwr_model", default=None))


@pytest.hookimpl(wrapper=True)
def pytest_cmdline_main(config: pytest.Config):
    # Before xdist decides: one task's steps must stay together, in order, on one worker.
    if _models(config) and getattr(config.option, "numprocesses", None) and config.option.dist == "no":
        config.option.dist = "loadscope"
    return (yield)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    models = _models(config)
    if not models:
        return
    session = IwrSession(config, models)
    if not hasattr(config, "workerinput"):  # the controller has checked for the workers
        try:
            session.check_credentials()
        except pytest.UsageError:
            session.close()
            raise
    config.stash[IwrSession.key] = session
    config.pluginmanager.register(fixtures, "iwr-fixtures")
    config.pluginmanager.register(BenchmarkHooks(session, config), "iwr-benchmark")
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        # No paths given: the benchmark's tasks, and only them.
        config.args = [str(session.tasks_dir)]


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if IwrSession.key in config.stash and collection_path.suffix == ".py":
        return True  # benchmark mode collects tasks, not the project's tests
    return None


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    config = parent.config
    if IwrSession.key not in config.stash or not is_task_file(file_path):
        return None
    session = config.stash[IwrSession.key]
    if not session.selects(file_path):
        return None
    session.selected_files += 1
    return TaskFile.from_parent(parent, path=file_path)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    session = config.stash.get(IwrSession.key, None)
    if session is not None and session.selected_files == 0:
        where = ", ".join(session.selectors) or "(all)"
        raise pytest.UsageError(f"no task matches --iwr-tasks={where} under {session.tasks_dir}")


class BenchmarkHooks:
    """Hooks that exist only in benchmark mode; registered with the session they serve."""

    def __init__(self, iwr: IwrSession, config: pytest.Config):
        self.iwr = iwr
        self.config = config

    def pytest_report_header(self, config: pytest.Config) -> list[str]:
        lines = [f"iwr: tasks {self.iwr.suite.path} ({self.iwr.suite.because})"]
        if self.iwr.report_dir is not None:
            lines.append(f"iwr: report {self.iwr.report_dir}")
        if self.iwr.outputs is not None:
            lines.append(f"iwr: outputs {self.iwr.outputs}")
        return lines

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        from _pytest.junitxml import xml_key

        xml = session.config.stash.get(xml_key, None)
        if xml is not None and xml.family == "xunit2":
            # Step figures travel as per-test-case properties, which xunit2 cannot carry.
            xml.family = "xunit1"

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        # Under xdist every worker generates what it runs: -n N is N generations at once.
        # --collect-only asks nothing of a model (nor pays for it).
        option = session.config.option
        if hasattr(session.config, "workerinput") or getattr(option, "numprocesses", None) or option.collectonly:
            return
        runs = []
        for item in session.items:
            owner = getattr(item, "parent", None)
            if isinstance(owner, ModelRun) and (owner.model, owner.task) not in runs:
                runs.append((owner.model, owner.task))
        self.iwr.prefetch(runs)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            record = properties.parse(report.user_properties)
            if record is not None:
                finished = self.iwr.results.add(record)
                if finished is not None:
                    self._progress(finished)

    def _progress(self, task: dict) -> None:
        """A line per finished task, so a long run shows where it is."""
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is None or self.config.option.verbose < 0:
            return
        reporter.ensure_newline()
        reporter.write_line(terminal.progress_line(task))

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        # Written even after Ctrl-C or -x: what ran is kept. Workers leave it to the controller.
        if self.iwr.report_dir is not None and not hasattr(session.config, "workerinput"):
            data = self.iwr.results.to_json(environment(self.iwr.results.chromium))
            write_json(self.iwr.report_dir / "results.json", data)
            write_report(self.iwr.report_dir, data, self.iwr.tasks_dir)

    def pytest_terminal_summary(self, terminalreporter, config: pytest.Config) -> None:
        tasks = self.iwr.results.tasks()
        if not tasks:
            return
        rows = self.iwr.results.leaderboard(tasks)
        terminal.write_summary(
            terminalreporter.write_sep, terminalreporter.write_line, tasks, rows, config.option.verbose, self.iwr.results.judge,
        )
        if self.iwr.report_dir is not None:
            terminalreporter.write_line(f"results: {self.iwr.report_dir / 'results.json'}")
            terminalreporter.write_line(f"report:  {self.iwr.report_dir / 'report.html'}")

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        self.iwr.close()
