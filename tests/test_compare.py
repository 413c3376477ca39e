"""`python -m pytest_iwr compare`: run comparison from crafted results files (no browser)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pytest_iwr.__main__ import main
from pytest_iwr.report import compare


def step(index: int, state: str = "passed", failure: str | None = None, action: str = "click") -> dict:
    """A step entry; state is passed, failed or blocked (by step 1)."""
    if state == "blocked":
        failure = failure or "blocked by step 1"
    return {
        "index": index, "action": "load" if index == 0 else action, "description": f"button number {index}",
        "executed": state != "blocked", "passed": state == "passed", "counted": index > 0 and state == "passed",
        "strategy": None, "vfs": None, "metrics": {}, "failure": failure, "seconds": 0.1,
    }


def task(task_id: str, model: str = "m1", final: float | None = 50.0, steps: list[dict] | None = None) -> dict:
    steps = steps if steps is not None else [step(0), step(1)]
    trajectory = [s for s in steps if s["index"] > 0]
    ifs = 100 * sum(s["counted"] for s in trajectory) / len(trajectory) if trajectory else None
    return {
        "model": model, "id": task_id, "category": task_id.split("/")[0], "level": "L1",
        "ifs": ifs, "vfs": final, "final": final, "step_pass_rate": ifs, "complete": True, "blocked_requests": 0,
        "generation": {"status": "ok", "error": None, "seconds": 0.0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0},
        "steps": steps,
    }


def write(folder: Path, tasks: list[dict], **extra) -> Path:
    models = list(dict.fromkeys(t["model"] for t in tasks))
    data = {"schema": "iwr-results/1", "models": models, "judge": None, "started": "2026-01-01T00:00:00Z",
            "finished": "2026-01-01T00:01:00Z", "environment": {"pytest_iwr": "0.1.0", "chromium": "1"},
            "leaderboard": [], "tasks": tasks, **extra}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "results.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def four_steps(*states: str, failure: str | None = None) -> list[dict]:
    return [step(0)] + [step(i, s, failure if s == "failed" else None) for i, s in enumerate(states, 1)]


@pytest.fixture
def two_runs(tmp_path: Path) -> tuple[Path, Path]:
    """B: step 2 of games/counter fails and blocks step 3; games/2048 is only in B."""
    a = write(tmp_path / "A", [task("games/counter", steps=four_steps("passed", "passed", "passed"))])
    b = write(tmp_path / "B", [
        task("games/counter", steps=four_steps("passed", "failed", "blocked", failure="expected text '3'")),
        task("games/2048"),
    ])
    return a, b


def test_a_step_that_passed_then_failed_and_the_steps_it_blocked_are_listed(two_runs):
    result = compare.compare_files(two_runs)
    (changes,) = result.changes
    assert (changes.before, changes.after, changes.model, changes.common) == ("A", "B", "m1", 1)
    assert [(s.index, s.before, s.after) for s in changes.steps] == [(2, "passed", "failed"), (3, "passed", "blocked")]
    assert changes.steps[0].text() == "games/counter  step 2 (click: button number 2): passed -> failed (expected text '3')"
    assert changes.steps[1].failure == "blocked by step 1"
    assert [(c.task, c.before, c.after) for c in changes.ifs] == [("games/counter", 100.0, pytest.approx(100 / 3))]
    text = compare.render_text(result)
    assert "step 2 (click: button number 2): passed -> failed (expected text '3')" in text
    assert "step 3 (click: button number 3): passed -> blocked" in text
    assert "step 1 (" not in text  # unchanged steps are not listed


def test_a_step_that_comes_back_is_listed_as_unblocked():
    before = four_steps("failed", "blocked", failure="no such button")
    after = four_steps("passed", "passed")
    changed = compare.step_changes("m1", "t/x", before, after)
    assert [(c.index, c.before, c.after, c.failure) for c in changed] == [(1, "failed", "passed", None), (2, "blocked", "passed", None)]


def test_a_task_present_in_one_run_only_is_named_and_rows_say_what_they_cover(two_runs):
    result = compare.compare_files(two_runs)
    assert [d.text for d in result.suite] == ["games/2048: only in B (model m1)"]
    covered = {(r.run, r.model): (r.tasks, r.suite) for r in result.rows}
    assert covered == {("A", "m1"): (1, 2), ("B", "m1"): (2, 2)}
    text = compare.render_text(result)
    assert "games/2048: only in B (model m1)" in text
    assert "1/2" in text and "2/2" in text


def test_a_model_missing_from_a_run_is_named_once(tmp_path):
    a = write(tmp_path / "A", [task("t/one", "m1"), task("t/one", "m2")])
    b = write(tmp_path / "B", [task("t/one", "m1")])
    diffs = compare.compare_files([a, b]).suite
    assert [d.text for d in diffs] == ["model m2: only in A"]


def test_clearly_different_finals_are_separated_and_near_identical_ones_are_not(tmp_path):
    good = [90.0, 92.0, 95.0, 91.0, 93.0, 94.0]
    bad = [10.0, 12.0, 15.0, 11.0, 9.0, 13.0]
    twin = [90.5, 91.5, 94.5, 91.0, 93.5, 93.0]
    path = write(tmp_path / "run", [
        task(f"t/{i}", model, final) for model, finals in (("good", good), ("bad", bad), ("twin", twin))
        for i, final in enumerate(finals)
    ])
    result = compare.compare_files([path])
    verdicts = {frozenset((s.a.model, s.b.model)): (s.separated, s.verdict) for s in result.separations}
    assert verdicts[frozenset(("good", "bad"))] == (True, "difference larger than its 95% interval")
    assert verdicts[frozenset(("twin", "bad"))] == (True, "difference larger than its 95% interval")
    assert verdicts[frozenset(("good", "twin"))] == (False, "within noise")
    row = {r.model: r for r in result.rows}
    lo, hi = row["good"].intervals["final"]
    assert lo < row["good"].scores["final"] < hi and hi - lo < 5
    assert "good (run) vs bad (run): Final" in compare.render_text(result)
    assert compare.render_text(result).count("within noise") == 1


def test_finals_on_different_task_sets_are_also_compared_on_the_shared_tasks(tmp_path):
    a = write(tmp_path / "A", [task("t/a", final=10.0), task("t/b", final=12.0), task("t/c", final=11.0)])
    b = write(tmp_path / "B", [task("t/a", final=10.5), task("t/b", final=11.5), task("t/d", final=90.0)])
    (sep,) = compare.compare_files([a, b]).separations
    assert "measured on different tasks (3 vs 3)" in sep.caveats
    assert sep.on_shared_tasks() == "on the 2 shared task(s): 11.00 vs 11.00, within noise"


class Walker(HTMLParser):
    """Collects tags, attribute values and text, and fails on unbalanced table markup."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []
        self.open_tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [v or "" for _, v in attrs]
        self.open_tables += tag == "table"

    def handle_endtag(self, tag: str) -> None:
        self.open_tables -= tag == "table"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_has_the_leaderboard_and_escapes_page_text(two_runs, tmp_path):
    a, b = two_runs
    hostile = '<script>alert("x")</script> & <img src=x onerror=1>'
    b = write(tmp_path / "B", [
        task("games/counter", steps=four_steps("passed", "failed", "blocked", failure=hostile)),
        task("games/2048"),
    ])
    page = compare.render_html(compare.compare_files([a, b]))
    walker = Walker()
    walker.feed(page)
    walker.close()
    text = "".join(walker.text)
    assert "script" not in walker.tags and "img" not in walker.tags  # the failure text stayed text
    assert hostile in text  # ... and reads as it was
    assert "&lt;script&gt;" in page and "<script" not in page
    assert walker.open_tables == 0 and walker.tags.count("table") == 2  # leaderboard + changed steps
    assert "Leaderboard" in text and "games/2048: only in B (model m1)" in text
    assert "http://" not in page and "https://" not in page
    assert not any(v.startswith(("http", "//")) for v in walker.attrs)
    assert "link" not in walker.tags and "style" in walker.tags


def test_cli_prints_the_comparison_and_writes_the_html(two_runs, tmp_path, capsys):
    out = tmp_path / "report" / "cmp.html"
    assert main(["compare", *map(str, two_runs), "--html", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "leaderboard" in stdout and "passed -> failed" in stdout and f"wrote {out}" in stdout
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_cli_with_one_file_prints_its_leaderboard_with_intervals(tmp_path, capsys):
    path = write(tmp_path / "solo", [task("t/a", final=40.0), task("t/b", final=60.0)])
    assert main(["compare", str(path.parent)]) == 0  # a run folder stands for its results.json
    stdout = capsys.readouterr().out
    assert "solo  m1" in stdout and " 50.00 [ 40.00,  60.00]" in stdout
    assert "task suite differences" not in stdout


def test_cli_returns_2_naming_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "nope" / "results.json"
    assert main(["compare", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"compare: {missing}: no such file\n"


def test_cli_returns_2_naming_a_file_with_the_wrong_schema(tmp_path, capsys):
    good = write(tmp_path / "A", [task("t/a")])
    bad = write(tmp_path / "B", [task("t/a")], schema="iwr-results/0")
    assert main(["compare", str(good), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f'compare: {bad}: schema is "iwr-results/0", expected "iwr-results/1"\n'
    assert captured.out == ""


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not valid JSON"),
    ('{"tasks": []}', 'no "schema"'),
    ('{"schema": "iwr-results/1", "tasks": [{"model": "m1"}]}', 'tasks[0] has no "id" string'),
])
def test_other_bad_files_are_one_clear_line(tmp_path, capsys, content, reason):
    path = tmp_path / "results.json"
    path.write_text(content, encoding="utf-8")
    assert main(["compare", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"compare: {path}: ") and reason in err and err.count("\n") == 1


def judged(steps: list[dict], verdicts: list[str | None]) -> list[dict]:
    """Steps with the judge's verdicts on steps 1.. (None: the judge erred)."""
    out = [dict(steps[0])]
    for s, v in zip(steps[1:], verdicts):
        out.append({**s, "judge": {"verdict": v or "error", "assertion": "", "reason": "", "error": None, "cached": False}})
    return out


def test_judged_runs_show_agreement_with_the_checks_and_between_judges(tmp_path, capsys):
    steps = four_steps("passed", "failed", "failed")
    # Run A's judge agrees with the checks on all three; B's passes step 2 and errs on step 3.
    ta = task("games/counter", steps=judged(steps, ["pass", "fail", "fail"]))
    tb = task("games/counter", steps=judged(steps, ["pass", "pass", None]))
    ta["judge"], tb["judge"] = {"ifs": 33.33}, {"ifs": 66.67}
    ta["paper"], tb["paper"] = {"final": 30.0}, {"final": 50.0}
    a = write(tmp_path / "A", [ta], judge="openai/judge-a")
    b = write(tmp_path / "B", [tb], judge="openai/judge-b")
    c = compare.compare_files([a, b])
    rows = {j.run: j for j in c.judged}
    assert (rows["A"].agreement.agree, rows["A"].agreement.steps, rows["A"].agreement.kappa) == (3, 3, 1.0)
    assert (rows["B"].agreement.agree, rows["B"].agreement.steps) == (1, 2)  # the error is no verdict
    assert rows["B"].judge_ifs == 66.67 and rows["B"].paper_final == 50.0
    [between] = c.judges
    assert (between.judges.agree, between.judges.steps) == (1, 2) and between.checks.rate == 1.0
    text = compare.render_text(c)
    assert "the judge beside the checks" in text and "openai/judge-b" in text
    assert "m1, A vs B: judges agree on 1 of 2 steps (50.0%)" in text and "checks on 2 of 2 steps (100.0%)" in text
    assert "The judge beside the checks" in compare.render_html(c)
    # Runs without a judge show no such section.
    plain = compare.compare_files([write(tmp_path / "C", [task("games/counter")])])
    assert plain.judged == [] and "judge beside" not in compare.render_text(plain)
