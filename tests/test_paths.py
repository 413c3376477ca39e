"""Where things are: the task suite, the report, the outputs store, whatever the arguments' form."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from helpers import DATA

COUNTER = DATA / "tasks" / "demo" / "counter"
PROBE = DATA / "tasks" / "hostile" / "probe"
# The ini selects one task and, through addopts, one step: proof that pytest read it.
INI = "[pytest]\niwr_tasks = demo/*\naddopts = -k load\n"


@pytest.fixture
def project(bench, tmp_path_factory):
    bench.pytester.makeini(INI)
    bench.add_task(COUNTER)
    bench.add_task(PROBE)
    bench.outside = tmp_path_factory.mktemp("outside")
    return bench


def _ids(result) -> list[str]:
    return [line for line in result.stdout.lines if "::" in line]


def _header(result, what: str) -> str:
    prefix = f"iwr: {what} "
    return next(line[len(prefix):] for line in result.stdout.lines if line.startswith(prefix))


@pytest.mark.parametrize("form", ["space", "equals"])
@pytest.mark.parametrize("place", ["inside", "outside"])
@pytest.mark.parametrize("exists", [True, False], ids=["existing", "new"])
@pytest.mark.parametrize("option", ["--iwr-report", "--iwr-outputs"])
def test_a_folder_option_means_the_same_in_either_form_anywhere(project, monkeypatch, option, form, place, exists):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")  # --iwr-outputs is shown with an LLM model only
    base = project.path if place == "inside" else project.outside
    folder = base / f"dir-{option[6:]}"
    if exists:
        folder.mkdir()
    value = [option, str(folder)] if form == "space" else [f"{option}={folder}"]
    model = "--iwr-model=reference" if option == "--iwr-report" else "--iwr-model=reference,openai/test"
    result, _ = project.run(model, *value, "-v", "--collect-only", report=False)
    assert result.ret == pytest.ExitCode.OK, result.stderr.str()
    assert _header(result, option[6:]) == str(folder.resolve())
    assert f"rootdir: {project.path}" in result.stdout.str()
    # The ini was read: its iwr_tasks kept the counter's 7 items a model, its addopts (-k load) one.
    models = 1 if option == "--iwr-report" else 2
    assert f"{models}/{7 * models} tests collected ({6 * models} deselected)" in result.stdout.str()
    if option == "--iwr-report":
        assert (folder / "results.json").is_file()


@pytest.mark.parametrize("form", ["space", "equals"])
@pytest.mark.parametrize("place", ["inside", "outside"])
def test_iwr_tasks_dir_runs_another_suite_in_either_form_anywhere(project, form, place):
    base = project.path if place == "inside" else project.outside
    suite = base / "other-suite"
    shutil.copytree(COUNTER, suite / "demo" / "counter")
    value = ["--iwr-tasks-dir", str(suite)] if form == "space" else [f"--iwr-tasks-dir={suite}"]
    result, _ = project.run("--iwr-model=reference", *value, "--collect-only", "-q", report=False)
    assert result.ret == pytest.ExitCode.OK, result.stderr.str()
    where = "other-suite/" if place == "inside" else ""  # ids are relative to the rootdir when inside it
    assert _ids(result) == [f"{where}demo/counter/task.yaml::reference::00-load"]


@pytest.mark.parametrize("form", ["space", "equals"])
@pytest.mark.parametrize("exists", [True, False], ids=["empty", "missing"])
def test_a_tasks_dir_without_tasks_is_a_usage_error_naming_it(project, form, exists):
    folder = project.outside / "no-tasks"
    if exists:
        folder.mkdir()
    value = ["--iwr-tasks-dir", str(folder)] if form == "space" else [f"--iwr-tasks-dir={folder}"]
    result, _ = project.run("--iwr-model=reference", *value, report=False)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    what = "holds no <category>/<task>/task.yaml" if exists else "does not exist"
    result.stderr.fnmatch_lines([f"*--iwr-tasks-dir {folder}: {folder} {what}*"])


def test_the_ini_setting_is_relative_to_the_ini_file_wherever_pytest_starts(project):
    shutil.move(project.path / "tasks", project.path / "suite")
    project.pytester.makeini(INI + "iwr_tasks_dir = suite\n")
    below = project.path / "some" / "where"
    below.mkdir(parents=True)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--iwr-model=reference", "--collect-only", "-v"],
        cwd=below, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert f"iwr: tasks {project.path / 'suite'} (iwr_tasks_dir = suite in {project.path / 'tox.ini'})" in run.stdout


def test_without_an_ini_file_tasks_is_looked_for_where_pytest_started(project):
    (project.path / "tox.ini").unlink()
    result, _ = project.run("--iwr-model=reference", "--iwr-tasks=demo/*", "--collect-only", "-v", report=False)
    assert result.ret == pytest.ExitCode.OK, result.stderr.str()
    assert _header(result, "tasks") == f"{project.path / 'tasks'} (tasks/ here)"
    assert "collected 7 items" in result.stdout.str()  # no ini, no addopts: every step of the one task
