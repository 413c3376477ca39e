"""Compare benchmark runs (results.json files): what changed, and whether it is more than noise.

Two runs seldom differ only in the model: the task set, a flaky step or a
different Chromium can move a score too. So the comparison puts the score
next to what it was measured on: each leaderboard row carries its 95%
bootstrap interval and the number of tasks it covers, tasks run by one run
only are named (never silently averaged in), and for a model in two runs the
tasks whose IFS moved and the steps whose verdict flipped are listed.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Sequence

from .. import scoring
from ..judge.agreement import Agreement, agreement
from .results import SCHEMA
from .stats import model_intervals, separated

FIGURES = ("ifs", "vfs", "final")
FAILURE_WIDTH = 160  # terminal lines; the HTML page shows failures in full

Interval = tuple[float, float] | None


class CompareError(Exception):
    """A results file that cannot be compared; the message names the file and says why."""


# --- loading -----------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One results.json, with the short label the comparison calls it by."""

    label: str
    path: Path
    data: dict[str, Any]

    @property
    def models(self) -> list[str]:
        """The run's models in its own order, plus any that only its tasks name."""
        listed = [m for m in self.data.get("models") or [] if isinstance(m, str)]
        extra = [t["model"] for t in self.data["tasks"] if t["model"] not in listed]
        return list(dict.fromkeys(listed + extra))

    def tasks(self, model: str) -> list[dict]:
        # A task a set-up failure left unscored has no figures to compare.
        return [t for t in self.data["tasks"] if t["model"] == model and t.get("scored", True)]

    def task_map(self, model: str) -> dict[str, dict]:
        return {t["id"]: t for t in self.tasks(model)}


def results_path(path: str | Path) -> Path:
    """A run folder stands for the results.json inside it."""
    p = Path(path)
    return p / "results.json" if p.is_dir() else p


def load_results(path: str | Path) -> dict[str, Any]:
    """The parsed, checked file; any problem is one CompareError line naming the file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CompareError(f"{p}: no such file") from None
    except UnicodeDecodeError:
        raise CompareError(f"{p}: not a text file (not UTF-8)") from None
    except OSError as exc:
        raise CompareError(f"{p}: cannot read it ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CompareError(f"{p}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    validate(p, data)
    return data


def validate(path: Path, data: Any) -> None:
    """Check the shape the comparison relies on, so a bad file never ends in a traceback."""
    if not isinstance(data, dict):
        raise CompareError(f"{path}: not an IWR results file (the JSON is not an object)")
    if "schema" not in data:
        raise CompareError(f'{path}: not an IWR results file (no "schema"; expected "{SCHEMA}")')
    if data["schema"] != SCHEMA:
        raise CompareError(f'{path}: schema is {json.dumps(data["schema"])}, expected "{SCHEMA}"')
    tasks = data.get("tasks")
    if not isinstance(tasks, list):
        raise CompareError(f'{path}: "tasks" is missing or not a list')
    for i, task in enumerate(tasks):
        _validate_task(path, i, task)


def _validate_task(path: Path, i: int, task: Any) -> None:
    where = f"{path}: tasks[{i}]"
    if not isinstance(task, dict):
        raise CompareError(f"{where} is not an object")
    for key in ("model", "id"):
        if not isinstance(task.get(key), str):
            raise CompareError(f'{where} has no "{key}" string')
    for key in FIGURES:
        value = task.get(key, "missing")
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise CompareError(f'{where} ({task["id"]}): "{key}" is missing or neither a number nor null')
    steps = task.get("steps")
    if not isinstance(steps, list) or not all(isinstance(s, dict) and isinstance(s.get("index"), int) for s in steps):
        raise CompareError(f'{where} ({task["id"]}): "steps" must be a list of objects with an integer "index"')


def run_labels(paths: Sequence[Path]) -> list[str]:
    """Short names: the run folders when they tell the runs apart, else the paths as given."""
    folders = [p.resolve().parent.name for p in paths]
    if all(folders) and len(set(folders)) == len(folders):
        return folders
    given = [str(p) for p in paths]
    if len(set(given)) == len(given):
        return given
    return [f"{g} #{i}" for i, g in enumerate(given, 1)]


def load_runs(paths: Sequence[str | Path]) -> list[Run]:
    """Every file loaded and labelled; the first bad one stops the comparison."""
    if not paths:
        raise CompareError("name at least one results.json")
    files = [results_path(p) for p in paths]
    datas = [load_results(f) for f in files]
    return [Run(label, f, d) for label, f, d in zip(run_labels(files), files, datas)]


# --- leaderboard with intervals ------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One (run, model): its means, their 95% intervals and how much of the suite it covers."""

    run: str
    model: str
    tasks: int
    suite: int
    steps: int
    scores: dict[str, float | None]
    intervals: dict[str, Interval]
    task_ids: frozenset[str]
    entries: tuple[dict, ...] = field(default=(), repr=False, compare=False)

    @property
    def name(self) -> str:
        return f"{self.model} ({self.run})"


def all_task_ids(runs: Sequence[Run]) -> set[str]:
    return {t["id"] for r in runs for t in r.data["tasks"]}


def leaderboard(runs: Sequence[Run]) -> list[Row]:
    """Rows ranked by Final (None last), each recomputed from that run's own task entries.

    A model listed without any task entry gets no row, as in the run's own leaderboard.
    """
    suite = len(all_task_ids(runs))
    rows = [_row(run, model, suite) for run in runs for model in run.models if run.tasks(model)]
    return sorted(rows, key=lambda r: -(r.scores["final"] if r.scores["final"] is not None else -1))


def _row(run: Run, model: str, suite: int) -> Row:
    mine = run.tasks(model)
    return Row(
        run=run.label, model=model, tasks=len(mine), suite=suite,
        steps=sum(1 for t in mine for s in t["steps"] if s["index"] > 0),
        scores=scoring.aggregate(mine), intervals=model_intervals(mine),
        task_ids=frozenset(t["id"] for t in mine), entries=tuple(mine),
    )


# --- task-suite differences --------------------------------------------------


@dataclass(frozen=True)
class SuiteDiff:
    """A task (or, with task None, a whole model) that not every run has."""

    model: str
    task: str | None
    present: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def text(self) -> str:
        subject = f"model {self.model}" if self.task is None else self.task
        where = f"only in {self.present[0]}" if len(self.present) == 1 else f"missing from {', '.join(self.missing)}"
        return f"{subject}: {where}" + ("" if self.task is None else f" (model {self.model})")


def suite_differences(runs: Sequence[Run]) -> list[SuiteDiff]:
    """Per model, the tasks some of the runs that have the model lack."""
    if len(runs) < 2:
        return []
    out: list[SuiteDiff] = []
    for model in dict.fromkeys(m for r in runs for m in r.models):
        having = [r for r in runs if model in r.models]
        if len(having) < len(runs):
            out.append(_diff(model, None, having, runs))
        if len(having) < 2:
            continue
        maps = {r.label: r.task_map(model) for r in having}
        for task in sorted({tid for m in maps.values() for tid in m}):
            present = [r for r in having if task in maps[r.label]]
            if len(present) < len(having):
                out.append(_diff(model, task, present, having))
    return out


def _diff(model: str, task: str | None, present: Sequence[Run], among: Sequence[Run]) -> SuiteDiff:
    labels = [r.label for r in present]
    return SuiteDiff(model, task, tuple(labels), tuple(r.label for r in among if r.label not in labels))


# --- changed verdicts between two runs ----------------------------------------


def step_state(step: dict | None) -> str:
    """passed / failed when the step ran; blocked when an earlier failure stopped it."""
    if step is None:
        return "absent"
    if step.get("executed"):
        return "passed" if step.get("passed") else "failed"
    if str(step.get("failure") or "").startswith("blocked by step"):
        return "blocked"
    return "not run"


@dataclass(frozen=True)
class StepChange:
    model: str
    task: str
    index: int
    action: str
    description: str
    before: str
    after: str
    failure: str | None

    def text(self, width: int | None = FAILURE_WIDTH) -> str:
        line = f"{self.task}  step {self.index} ({self.action}: {self.description}): {self.before} -> {self.after}"
        return line + (f" ({_clip(self.failure, width)})" if self.failure else "")


@dataclass(frozen=True)
class IfsChange:
    model: str
    task: str
    before: float | None
    after: float | None

    @property
    def text(self) -> str:
        delta = "" if self.before is None or self.after is None else f" ({self.after - self.before:+.2f})"
        return f"{self.task}: IFS {_num(self.before)} -> {_num(self.after)}{delta}"


@dataclass(frozen=True)
class RunChanges:
    """What moved for one model from run `before` to run `after`, on the tasks both ran."""

    before: str
    after: str
    model: str
    common: int
    ifs: list[IfsChange] = field(default_factory=list)
    steps: list[StepChange] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.before} -> {self.after}, model {self.model} ({self.common} task(s) in both)"


def run_changes(a: Run, b: Run) -> list[RunChanges]:
    """For each model the two runs share, the tasks whose IFS changed and the steps that flipped."""
    out = []
    for model in [m for m in a.models if m in b.models]:
        ta, tb = a.task_map(model), b.task_map(model)
        common = sorted(set(ta) & set(tb))
        change = RunChanges(a.label, b.label, model, len(common))
        for task in common:
            if ta[task]["ifs"] != tb[task]["ifs"]:
                change.ifs.append(IfsChange(model, task, ta[task]["ifs"], tb[task]["ifs"]))
            change.steps.extend(step_changes(model, task, ta[task]["steps"], tb[task]["steps"]))
        out.append(change)
    return out


def step_changes(model: str, task: str, before: list[dict], after: list[dict]) -> list[StepChange]:
    """Steps (matched by index) whose state differs; the failure shown is the later run's."""
    old = {s["index"]: s for s in before}
    new = {s["index"]: s for s in after}
    out = []
    for index in sorted(set(old) | set(new)):
        was, now = step_state(old.get(index)), step_state(new.get(index))
        if was == now:
            continue
        step = new.get(index) or old[index]
        failure = (new.get(index) or {}).get("failure")
        out.append(StepChange(
            model, task, index, str(step.get("action") or "?"), str(step.get("description") or ""),
            was, now, str(failure) if failure else None,
        ))
    return out


# --- is a difference larger than the noise? ---------------------------------


@dataclass(frozen=True)
class Separation:
    """Two rows' Final compared through their 95% intervals (stats.separated)."""

    a: Row
    b: Row

    @property
    def separated(self) -> bool:
        return separated(self.a.intervals["final"], self.b.intervals["final"])

    @property
    def verdict(self) -> str:
        if self.a.scores["final"] is None or self.b.scores["final"] is None:
            return "no Final to compare"
        return "difference larger than its 95% interval" if self.separated else "within noise"

    @property
    def caveats(self) -> list[str]:
        """Why the verdict may mean less than it says."""
        out = []
        if self.a.task_ids != self.b.task_ids:
            out.append(f"measured on different tasks ({self.a.tasks} vs {self.b.tasks})")
        few = [r.name for r in (self.a, self.b) if r.tasks < 2]
        if few:
            out.append(f"{', '.join(few)}: one task, so its interval has no spread")
        shared = self.on_shared_tasks()
        if shared:
            out.append(shared)
        return out

    def on_shared_tasks(self) -> str | None:
        """With different task sets, the same verdict on the tasks both rows ran: like with like."""
        common = self.a.task_ids & self.b.task_ids
        if not common or common == self.a.task_ids == self.b.task_ids:
            return None
        mine = [[t for t in r.entries if t["id"] in common] for r in (self.a, self.b)]
        fa, fb = (scoring.aggregate(m)["final"] for m in mine)
        if fa is None or fb is None:
            return None
        apart = separated(*(model_intervals(m)["final"] for m in mine))
        verdict = "difference larger than its 95% interval" if apart else "within noise"
        return f"on the {len(common)} shared task(s): {fa:.2f} vs {fb:.2f}, {verdict}"

    @property
    def headline(self) -> str:
        fa, fb = self.a.scores["final"], self.b.scores["final"]
        diff = "" if fa is None or fb is None else f", diff {fa - fb:+.2f}"
        return f"{self.a.name} vs {self.b.name}: Final {_num(fa)} vs {_num(fb)}{diff}: {self.verdict}"

    @property
    def text(self) -> str:
        return self.headline + "".join(f"; {c}" for c in self.caveats)


def separations(rows: Sequence[Row]) -> list[Separation]:
    """Every pair of rows, higher-ranked first."""
    return [Separation(a, b) for a, b in combinations(rows, 2)]


# --- the judge beside the checks ---------------------------------------------


def _verdicts(run: Run, model: str) -> dict[tuple[str, int], tuple[bool, bool]]:
    """(task, step) -> (checks passed, judge passed), for every executed step the judge
    answered (an error is no verdict)."""
    return {
        (t["id"], s["index"]): (bool(s["passed"]), s["judge"]["verdict"] == "pass")
        for t in run.tasks(model) for s in t["steps"]
        if s.get("executed") and (s.get("judge") or {}).get("verdict") in ("pass", "fail")
    }


@dataclass(frozen=True)
class JudgeRow:
    """A judged run's model: both IFS, the paper's Final, and how often judge and checks agree."""

    run: str
    model: str
    judge: str
    checks_ifs: float | None
    judge_ifs: float | None
    paper_final: float | None
    agreement: Agreement


@dataclass(frozen=True)
class JudgesBetween:
    """Two judged runs of one model: how often their judges give a step the same verdict,
    and their checks (a judge that flips where the checks stand still is the noisy one)."""

    a: str
    b: str
    model: str
    judges: Agreement
    checks: Agreement

    @property
    def text(self) -> str:
        def said(x: Agreement) -> str:
            if not x.steps:
                return "no step in common"
            kappa = "n/a" if x.kappa is None else f"{x.kappa:.2f}"
            return f"{x.agree} of {x.steps} steps ({100 * x.rate:.1f}%), kappa {kappa}"
        return f"{self.model}, {self.a} vs {self.b}: judges agree on {said(self.judges)}; checks on {said(self.checks)}"


def judge_rows(runs: Sequence[Run]) -> list[JudgeRow]:
    rows = []
    for run in runs:
        if not run.data.get("judge"):
            continue
        for model in run.models:
            mine = run.tasks(model)
            if not mine:
                continue
            rows.append(JudgeRow(
                run=run.label, model=model, judge=run.data["judge"], checks_ifs=scoring.aggregate(mine)["ifs"],
                judge_ifs=scoring._mean((t.get("judge") or {}).get("ifs") for t in mine),
                paper_final=scoring._mean((t.get("paper") or {}).get("final") for t in mine),
                agreement=agreement(_verdicts(run, model).values()),
            ))
    return rows


def judges_between(runs: Sequence[Run]) -> list[JudgesBetween]:
    """Every pair of judged runs, for each model both ran: agreement on the steps both judged."""
    judged = [r for r in runs if r.data.get("judge")]
    out = []
    for a, b in combinations(judged, 2):
        for model in a.models:
            va, vb = _verdicts(a, model), _verdicts(b, model)
            common = sorted(set(va) & set(vb))
            if model not in b.models or not (va or vb):
                continue
            out.append(JudgesBetween(
                a.label, b.label, model,
                judges=agreement((va[k][1], vb[k][1]) for k in common),
                checks=agreement((va[k][0], vb[k][0]) for k in common),
            ))
    return out


# --- the whole comparison ----------------------------------------------------


@dataclass
class Comparison:
    runs: list[Run]
    rows: list[Row]
    suite: list[SuiteDiff]
    changes: list[RunChanges]
    separations: list[Separation]
    notes: list[str]
    judged: list[JudgeRow] = field(default_factory=list)
    judges: list[JudgesBetween] = field(default_factory=list)


def compare(runs: Sequence[Run]) -> Comparison:
    """Leaderboard, suite differences, changes between consecutive runs, noise verdicts."""
    rows = leaderboard(runs)
    changes = [c for a, b in zip(runs, runs[1:]) for c in run_changes(a, b)]
    return Comparison(list(runs), rows, suite_differences(runs), changes, separations(rows), notes(runs),
                      judge_rows(runs), judges_between(runs))


def compare_files(paths: Sequence[str | Path]) -> Comparison:
    return compare(load_runs(paths))


def notes(runs: Sequence[Run]) -> list[str]:
    """Things that make scores less comparable: partial tasks, failed generations, other environments."""
    out = []
    for run in runs:
        partial = [t for t in run.data["tasks"] if t.get("complete") is False]
        if partial:
            out.append(f"{run.label}: {len(partial)} task run(s) ran only some of their steps")
        for t in run.data["tasks"]:
            gen = t.get("generation") or {}
            if gen.get("status") == "error":
                out.append(f"{run.label}: generation failed for {t['model']} {t['id']}: {gen.get('error')}")
            if not t.get("scored", True):
                out.append(f"{run.label}: not scored (a set-up failure) {t['model']} {t['id']}: {t.get('not_scored')}")
    out.extend(_environment_notes(runs))
    return out


def _environment_notes(runs: Sequence[Run]) -> list[str]:
    out = []
    for key in ("pytest_iwr", "chromium"):
        values = {r.label: (r.data.get("environment") or {}).get(key) for r in runs}
        if len(set(values.values())) > 1:
            out.append(f"{key} differs: " + ", ".join(f"{k} {v}" for k, v in values.items()))
    judges = {r.label: r.data.get("judge") for r in runs}
    if len(set(judges.values())) > 1:
        out.append("judge differs: " + ", ".join(f"{k} {v}" for k, v in judges.items()))
    return out


# --- text --------------------------------------------------------------------


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _with_interval(value: float | None, iv: Interval) -> str:
    if value is None:
        return "-"
    return f"{value:6.2f}" + ("" if iv is None else f" [{iv[0]:6.2f}, {iv[1]:6.2f}]")


def _clip(text: str, width: int | None) -> str:
    """One line, and within `width` characters: failures quote page text."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if width is None or len(flat) <= width else flat[: width - 1] + "…"


def _table(header: list[str], body: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
    def fmt(r: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
    return [fmt(header)] + [fmt(r) for r in body]


def leaderboard_cells(row: Row) -> list[str]:
    return [row.run, row.model, f"{row.tasks}/{row.suite}", str(row.steps)] + [
        _with_interval(row.scores[k], row.intervals[k]) for k in FIGURES
    ]


def text_lines(c: Comparison) -> list[str]:
    lines = ["runs:"]
    lines += [f"  {r.label}: {r.path}  ({_run_summary(r)})" for r in c.runs]
    lines += ["", "leaderboard (95% bootstrap interval over tasks in brackets)"]
    header = ["run", "model", "tasks", "steps", "IFS", "VFS", "Final"]
    lines += ["  " + s for s in _table(header, [leaderboard_cells(r) for r in c.rows], {2, 3})]
    lines.append(f"  tasks: covered by the row / {len(all_task_ids(c.runs))} distinct task(s) in all runs")
    if len(c.runs) > 1:
        lines += ["", "task suite differences"]
        lines += [f"  {d.text}" for d in c.suite] or ["  none: every run has the same tasks for each model"]
        for ch in c.changes:
            lines += ["", f"changes {ch.title}"]
            lines += [f"  {i.text}" for i in ch.ifs]
            lines += [f"  {s.text()}" for s in ch.steps]
            if not ch.ifs and not ch.steps:
                lines.append("  none: same IFS and the same step verdicts")
    if c.judged:
        lines += ["", "the judge beside the checks"] + ["  " + line for line in _table(*_judge_table(c))]
        lines += [f"  {j.text}" for j in c.judges]
    if c.separations:
        lines += ["", "Final: larger than the noise?"]
        for s in c.separations:
            lines.append(f"  {s.headline}")
            lines += [f"      {caveat}" for caveat in s.caveats]
    if c.notes:
        lines += ["", "notes"] + [f"  {n}" for n in c.notes]
    return lines


def _judge_table(c: Comparison) -> tuple[list[str], list[list[str]], set[int]]:
    header = ["run", "model", "judge", "IFS (checks)", "IFS (judge)", "paper Final", "agree", "rate", "kappa"]
    body = [
        [j.run, j.model, j.judge, _num(j.checks_ifs), _num(j.judge_ifs), _num(j.paper_final),
         f"{j.agreement.agree}/{j.agreement.steps}",
         "-" if j.agreement.rate is None else f"{100 * j.agreement.rate:.1f}%",
         "n/a" if j.agreement.kappa is None else f"{j.agreement.kappa:.2f}"]
        for j in c.judged
    ]
    return header, body, {3, 4, 5, 6, 7, 8}


def _run_summary(run: Run) -> str:
    env = run.data.get("environment") or {}
    parts = [f"models {', '.join(run.models) or '-'}", f"{len(run.data['tasks'])} task run(s)"]
    if run.data.get("started"):
        parts.append(f"started {run.data['started']}")
    if env.get("chromium"):
        parts.append(f"chromium {env['chromium']}")
    return ", ".join(parts)


def render_text(c: Comparison) -> str:
    return "\n".join(text_lines(c)) + "\n"


# --- HTML --------------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d8dce4;padding-bottom:.2rem}
h3{font-size:1rem;margin-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #e6e9ef;text-align:left;vertical-align:top}
th{background:#f3f5f8}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.ci{color:#6a7385;font-size:.85em}.passed{color:#17753a}.failed{color:#b3261e}.blocked{color:#8a5a00}
.sep{color:#17753a}.noise{color:#6a7385}.fail{font-family:ui-monospace,monospace;font-size:.85em;color:#444}
ul{padding-left:1.2rem}.muted{color:#6a7385}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _html_figure(value: float | None, iv: Interval) -> str:
    if value is None:
        return "-"
    ci = "" if iv is None else f' <span class="ci">[{iv[0]:.2f}, {iv[1]:.2f}]</span>'
    return f"{value:.2f}{ci}"


def _html_leaderboard(c: Comparison) -> list[str]:
    out = ["<h2>Leaderboard</h2>", '<table class="leaderboard">',
           "<tr><th>run</th><th>model</th>" + "".join(f'<th class="n">{h}</th>' for h in ("tasks", "steps", "IFS", "VFS", "Final")) + "</tr>"]
    for r in c.rows:
        figures = "".join(f'<td class="n">{_html_figure(r.scores[k], r.intervals[k])}</td>' for k in FIGURES)
        out.append(f'<tr><td>{_e(r.run)}</td><td>{_e(r.model)}</td><td class="n">{r.tasks}/{r.suite}</td>'
                   f'<td class="n">{r.steps}</td>{figures}</tr>')
    out.append("</table>")
    out.append(f'<p class="muted">Brackets: 95% bootstrap interval of the mean over tasks. tasks: covered by the row / '
               f"{len(all_task_ids(c.runs))} distinct task(s) in all runs.</p>")
    return out


def _html_list(items: Sequence[str], empty: str) -> list[str]:
    if not items:
        return [f'<p class="muted">{_e(empty)}</p>']
    return ["<ul>"] + [f"<li>{_e(i)}</li>" for i in items] + ["</ul>"]


def _html_changes(ch: RunChanges) -> list[str]:
    out = [f"<h3>{_e(ch.title)}</h3>"]
    out += _html_list([i.text for i in ch.ifs], "no task changed IFS")
    if not ch.steps:
        return out + ['<p class="muted">no step changed verdict</p>']
    out.append("<table><tr><th>task</th><th>step</th><th>action</th><th>description</th><th>verdict</th><th>failure</th></tr>")
    for s in ch.steps:
        out.append(
            f'<tr><td>{_e(s.task)}</td><td class="n">{s.index}</td><td>{_e(s.action)}</td><td>{_e(s.description)}</td>'
            f'<td><span class="{_e(s.before)}">{_e(s.before)}</span> &rarr; <span class="{_e(s.after)}">{_e(s.after)}</span></td>'
            f'<td class="fail">{_e(s.failure or "")}</td></tr>'
        )
    return out + ["</table>"]


def _html_separations(c: Comparison) -> list[str]:
    out = ["<h2>Final: larger than the noise?</h2>", "<ul>"]
    for s in c.separations:
        css = "sep" if s.separated else "noise"
        caveats = "".join(f"<li>{_e(c)}</li>" for c in s.caveats)
        out.append(f'<li><span class="{css}">{_e(s.headline)}</span>' + (f'<ul class="muted">{caveats}</ul>' if caveats else "") + "</li>")
    return out + ["</ul>"]


def render_html(c: Comparison) -> str:
    """One self-contained page: inline CSS, no scripts, no external resources, all text escaped."""
    body = ["<h1>IWR-Bench run comparison</h1>", "<h2>Runs</h2>"]
    body += _html_list([f"{r.label}: {r.path} ({_run_summary(r)})" for r in c.runs], "")
    body += _html_leaderboard(c)
    if len(c.runs) > 1:
        body += ["<h2>Task suite differences</h2>"]
        body += _html_list([d.text for d in c.suite], "none: every run has the same tasks for each model")
        body += ["<h2>Changes</h2>"]
        for ch in c.changes:
            body += _html_changes(ch)
        if not c.changes:
            body.append('<p class="muted">no model is in two consecutive runs</p>')
    if c.judged:
        header, rows, _ = _judge_table(c)
        body += ["<h2>The judge beside the checks</h2>", "<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>"]
        body += ["<tr>" + "".join(f"<td>{_e(v)}</td>" for v in r) + "</tr>" for r in rows] + ["</table>"]
        body += _html_list([j.text for j in c.judges], "")
    if c.separations:
        body += _html_separations(c)
    if c.notes:
        body += ["<h2>Notes</h2>"] + _html_list(c.notes, "")
    head = (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>IWR-Bench comparison</title><style>{CSS}</style></head><body>"
    )
    return head + "\n".join(body) + "\n</body></html>\n"


def write_html(path: str | Path, page: str) -> None:
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise CompareError(f"{p}: cannot write the HTML page ({exc.strerror or exc})") from None
