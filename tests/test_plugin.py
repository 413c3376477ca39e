"""The plugin as a pytest user meets it: options, collection, selection, verdicts, reports."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from helpers import DATA, first_failure, task_entry

COUNTER = DATA / "tasks" / "demo" / "counter"
PROBE = DATA / "tasks" / "hostile" / "probe"
COUNTER_IDS = [
    "00-load", "01-click-Add-one", "02-click-Add-one", "03-type-Your-name",
    "04-press-Tab", "05-scroll-600", "06-click-Reset",
]


def test_without_iwr_model_pytest_runs_the_projects_own_tests(bench):
    bench.add_task(COUNTER)
    bench.pytester.makepyfile(test_own="def test_own():\n    assert 1 + 1 == 2\n")
    result, _ = bench.run("-q", report=False)
    result.assert_outcomes(passed=1)
    assert "task.yaml" not in result.stdout.str()


def test_benchmark_mode_collects_one_item_per_step_per_model_in_order(bench):
    bench.add_task(COUNTER)
    bench.pytester.makepyfile(test_own="def test_own():\n    assert False\n")
    result, _ = bench.run("--iwr-model=reference,blank", "--collect-only", "-q", report=False)
    ids = [line for line in result.stdout.lines if "::" in line]
    expected = [f"tasks/demo/counter/task.yaml::{m}::{name}" for m in ("reference", "blank") for name in COUNTER_IDS]
    assert ids == expected  # and the project's own test_own.py is not collected


def test_iwr_model_may_repeat_and_iwr_tasks_selects(bench):
    bench.add_task(COUNTER)
    bench.add_task(PROBE)
    result, _ = bench.run("--iwr-model=reference", "--iwr-model=blank", "--iwr-tasks=hostile/*", "--collect-only", "-q", report=False)
    ids = [line for line in result.stdout.lines if "::" in line]
    assert len(ids) == 2 * 4
    assert all(i.startswith("tasks/hostile/probe/task.yaml::") for i in ids)
    assert {i.split("::")[1] for i in ids} == {"reference", "blank"}


def test_a_selection_that_matches_no_task_is_a_usage_error(bench):
    bench.add_task(COUNTER)
    result, _ = bench.run("--iwr-model=reference", "--iwr-tasks=nothing-here", report=False)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*no task matches --iwr-tasks=nothing-here*"])


def test_an_unknown_model_is_a_usage_error(bench):
    bench.add_task(COUNTER)
    result, _ = bench.run("--iwr-model=no-such-model", report=False)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*unknown model 'no-such-model'*"])


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("    description: the add button\n", "    description: the add button\n    colour: red\n"),
         "task.yaml: step 1: unknown key 'colour'"),
        (("action: type", "action: swipe"), "task.yaml: step 3: action: expected one of click, type, press, scroll, hover, double_click, select, drag, got 'swipe'"),
        (("    target: {role: button, name: Reset}\n", ""), "task.yaml: step 6: target: a click needs a target"),
        (("{scrolled: true}", "{wiggled: true}"), "task.yaml: step 5: expect[0]: wiggled: unknown check kind 'wiggled'"),
        (('expect: [{text: "Hello, Ada"}]', "expect: []"), "task.yaml: step 4: expect: every step needs at least one deterministic check"),
        (("level: L2", "level: L9"), "task.yaml: level: expected one of L1, L2, L3, L4, got 'L9'"),
    ],
    ids=["unknown-key", "unknown-action", "click-without-target", "unknown-check", "no-checks", "bad-level"],
)
def test_a_malformed_task_is_a_collection_error_naming_file_step_and_field(bench, edit, message):
    folder = bench.add_task(COUNTER)
    yaml_path = folder / "task.yaml"
    text = yaml_path.read_text()
    assert edit[0] in text
    yaml_path.write_text(text.replace(edit[0], edit[1], 1))
    result, _ = bench.run("--iwr-model=reference", "--collect-only", report=False)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    out = result.stdout.str()
    assert message in out
    assert "Traceback" not in out and "raise " not in out


def test_dash_k_runs_one_step_after_replaying_its_prefix(bench):
    bench.add_task(COUNTER)
    # Step 2 expects "Count: 2": it can only pass if step 1 ran first, unreported.
    result, data = bench.run("--iwr-model=reference", "-k", "counter and 02", "-v")
    result.assert_outcomes(passed=1, deselected=6)
    entry = task_entry(data, "reference", "demo/counter")
    assert [s["index"] for s in entry["steps"]] == [2]
    assert entry["complete"] is False
    assert "ran only some of their steps" in result.stdout.str()


def test_after_the_first_failure_later_steps_are_blocked_and_count_as_failed(bench):
    bench.add_task(PROBE)
    page = (PROBE / "reference" / "index.html").read_text().replace("'Done twice'", "'Done 2x'")
    bench.add_page("saved", "hostile/probe", page)
    result, data = bench.run("--iwr-model=replay:saved", "-rs")
    result.assert_outcomes(passed=2, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*blocked by step 2*"])
    entry = task_entry(data, "replay:saved", "hostile/probe")
    assert first_failure(entry) == 2
    assert entry["ifs"] == pytest.approx(100 / 3, abs=0.01)
    assert [s["counted"] for s in entry["steps"]] == [False, True, False, False]
    assert entry["steps"][3]["executed"] is False


def test_iwr_continue_runs_on_and_reports_step_pass_rate_beside_prefix_ifs(bench):
    bench.add_task(PROBE)
    page = (PROBE / "reference" / "index.html").read_text().replace("'Done twice'", "'Done 2x'")
    bench.add_page("saved", "hostile/probe", page)
    result, data = bench.run("--iwr-model=replay:saved", "--iwr-continue")
    result.assert_outcomes(passed=3, failed=1)
    entry = task_entry(data, "replay:saved", "hostile/probe")
    assert entry["ifs"] == pytest.approx(100 / 3, abs=0.01)
    assert entry["step_pass_rate"] == pytest.approx(200 / 3, abs=0.01)
    assert entry["steps"][3]["passed"] is True and entry["steps"][3]["counted"] is False


def test_junit_xml_carries_each_steps_figures_as_properties(bench):
    bench.add_task(PROBE)
    result, _ = bench.run("--iwr-model=reference,blank", "--junitxml=junit.xml", "-W", "error::pytest.PytestWarning")
    result.assert_outcomes(passed=5, failed=1, skipped=2)
    root = ET.parse(bench.path / "junit.xml").getroot()
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    case = cases[("tasks.hostile.probe.task.yaml.reference", "01-click-Go")]
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert props["iwr_model"] == "reference" and props["iwr_task"] == "hostile/probe"
    assert props["iwr_passed"] == "True" and props["iwr_strategy"] == "role:exact"
    assert float(props["iwr_vfs"]) >= 0.95 and float(props["iwr_seconds"]) > 0
    assert set(props) >= {"iwr_metric_text", "iwr_metric_structure", "iwr_metric_colour"}
    blank = cases[("tasks.hostile.probe.task.yaml.blank", "01-click-Go")]
    blank_props = {p.get("name"): p.get("value") for p in blank.iter("property")}
    assert blank_props["iwr_passed"] == "False" and "Done once" in blank_props["iwr_failure"]
    assert blank.find("failure") is not None


def test_xdist_keeps_each_task_on_one_worker_and_gives_the_serial_figures(bench):
    bench.add_task(COUNTER)
    bench.add_task(PROBE)
    serial, serial_data = bench.run("--iwr-model=reference,blank")
    parallel, parallel_data = bench.run("--iwr-model=reference,blank", "-n", "2", "-v")
    assert serial.ret == parallel.ret == pytest.ExitCode.TESTS_FAILED  # blank fails

    def figures(data):
        return sorted((t["model"], t["id"], t["ifs"], t["vfs"], t["final"], [s["passed"] for s in t["steps"]]) for t in data["tasks"])

    assert figures(parallel_data) == figures(serial_data)
    assert parallel_data["leaderboard"] == serial_data["leaderboard"]
    workers: dict[str, set[str]] = {}
    for line in parallel.stdout.lines:
        m = re.match(r"\[(gw\d+)\].* (tasks/\S+)::(\S+)::\S+", line)
        if m:
            workers.setdefault(f"{m.group(2)}::{m.group(3)}", set()).add(m.group(1))
    assert len(workers) == 4 and all(len(w) == 1 for w in workers.values()), workers


def test_tracing_retain_on_failure_keeps_a_trace_of_the_failing_task_only(bench):
    bench.add_task(PROBE)
    result, _ = bench.run("--iwr-model=reference,blank", "--tracing=retain-on-failure")
    result.assert_outcomes(passed=5, failed=1, skipped=2)
    traces = sorted(p.parent.name for p in (bench.path / "test-results").rglob("trace.zip"))
    assert traces == ["tasks_hostile_probe_task.yaml_blank"]


def test_options_live_in_one_iwr_group_with_ini_equivalents(bench):
    result, _ = bench.run("--help", report=False)
    out = result.stdout.str()
    section = out[out.index("IWR-Bench"):]
    for option in ("--iwr-model", "--iwr-tasks", "--iwr-continue", "--iwr-report"):
        assert option in section
    for ini in ("iwr_tasks_dir", "iwr_tasks", "iwr_action_timeout"):
        assert ini in out


def test_ini_iwr_tasks_dir_points_at_another_task_folder(bench):
    bench.pytester.makeini("[pytest]\niwr_tasks_dir = suite\n")
    (bench.path / "suite" / "demo").mkdir(parents=True)
    import shutil

    shutil.copytree(COUNTER, bench.path / "suite" / "demo" / "counter")
    result, _ = bench.run("--iwr-model=reference", "--collect-only", "-q", report=False)
    assert any(line.startswith("suite/demo/counter/task.yaml::reference::00-load") for line in result.stdout.lines)


def test_last_failed_reruns_the_failing_step_with_its_prefix(bench):
    bench.add_task(PROBE)
    first = bench.pytester.runpytest_subprocess("--iwr-model=blank", "-q")
    first.assert_outcomes(passed=1, failed=1, skipped=2)
    again = bench.pytester.runpytest_subprocess("--iwr-model=blank", "--lf", "-q")
    again.assert_outcomes(failed=1, deselected=3)
    again.stdout.fnmatch_lines(["*01-click-Go*"])
