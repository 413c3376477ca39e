"""The leaderboard printed at the end of a run (and, with -v, per task and category)."""

from __future__ import annotations

from typing import Callable


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.2f}"


def progress_line(task: dict) -> str:
    line = f"[iwr] {task['model']} {task['id']}: IFS {_fmt(task['ifs']).strip()} VFS {_fmt(task['vfs']).strip()}"
    if task["generation"].get("status") == "error":
        line += f" (generation failed: {task['generation'].get('error')})"
    if not task.get("scored", True):
        line = f"[iwr] {task['model']} {task['id']}: not scored ({task['not_scored']})"
    return line


def leaderboard_lines(rows: list[dict]) -> list[str]:
    width = max([len("model")] + [len(r["model"]) + 1 for r in rows])
    lines = [f"{'model':<{width}}  tasks  steps     IFS     VFS   Final"]
    for r in sorted(rows, key=lambda r: -(r["final"] if r["final"] is not None else -1)):
        name = r["model"] + ("*" if r.get("incomplete") else "")
        tasks = f"{r['tasks']}/{r['tasks_run']}" if r.get("incomplete") else str(r["tasks"])
        lines.append(
            f"{name:<{width}}  {tasks:>5}  {r['steps']:5d}  {_fmt(r['ifs'])}  {_fmt(r['vfs'])}  {_fmt(r['final'])}"
        )
    for r in rows:
        if r.get("incomplete"):
            over = f"its figures are over those {r['tasks']}" if r["tasks"] else "so it has no figures"
            lines.append(
                f"* {r['model']} is incomplete: {r['tasks']} of {r['tasks_run']} tasks scored, {over}. "
                f"{len(r['not_scored'])} failed for a set-up reason, not the model's: fix it and rerun "
                "(pages already made come from the cache)"
            )
            lines += [f"    not scored: {n['task']}: {n['reason']}" for n in r["not_scored"]]
    return lines


def judge_lines(rows: list[dict], judge: str) -> list[str]:
    """Per model: the judge's IFS beside the checks', and how often the two agree."""
    lines = []
    for r in rows:
        j = r.get("judge")
        if not j:
            continue
        a = j["agreement"]
        agree = "no step judged by both" if not a["steps"] else (
            f"agrees with the checks on {a['agree']} of {a['steps']} steps ({100 * a['rate']:.1f}%), "
            f"kappa {'n/a' if a['kappa'] is None else format(a['kappa'], '.2f')}"
        )
        cost = "unknown" if j["cost_usd"] is None else f"${j['cost_usd']:.4f}"
        errors = f", {j['errors']} judge error(s)" if j["errors"] else ""
        lines.append(
            f"{r['model']}: judge IFS {_fmt(j['ifs']).strip()} (checks {_fmt(r['ifs']).strip()}), "
            f"visual rating {_fmt(j.get('mllm')).strip()}; {agree}{errors}; "
            f"{j['calls']} call(s), {j['input_tokens']} + {j['output_tokens']} tokens, cost {cost}"
        )
        p = r.get("paper")
        if p:
            lines.append(
                f"{r['model']}: paper's scoring IFS {_fmt(p['ifs']).strip()} VFS {_fmt(p['vfs']).strip()} "
                f"Final {_fmt(p['final']).strip()} (VFS = 0.5 x OCR text {_fmt(p['low_level']).strip()} + "
                f"0.5 x rating {_fmt(p['mllm']).strip()}; no DINO offline)"
            )
    return lines


def task_lines(tasks: list[dict]) -> list[str]:
    width = max([len("model")] + [len(t["model"]) for t in tasks])
    tw = max([len("task")] + [len(t["id"]) for t in tasks])
    lines = [f"{'model':<{width}}  {'task':<{tw}}  level     IFS     VFS   Final  first failure"]
    for t in tasks:
        failed = next((s for s in t["steps"] if not s["passed"]), None)
        note = "" if failed is None else f"step {failed['index']}: {failed['failure'] or 'failed'}"
        if not t["complete"]:
            note = f"(partial) {note}"
        if t["generation"].get("status") == "error":
            note = f"generation failed: {t['generation'].get('error')}"
        if not t.get("scored", True):
            note = f"not scored: {t['not_scored']}"
        lines.append(
            f"{t['model']:<{width}}  {t['id']:<{tw}}  {t['level']:<5}  {_fmt(t['ifs'])}  {_fmt(t['vfs'])}  {_fmt(t['final'])}  {note[:100]}"
        )
    return lines


def breakdown_lines(rows: list[dict], key: str) -> list[str]:
    lines = []
    for r in rows:
        for name, figures in r[key].items():
            lines.append(
                f"{r['model']:<20} {name:<14} {_fmt(figures['ifs'])}  {_fmt(figures['vfs'])}  {_fmt(figures['final'])}"
            )
    return lines


def write_summary(
    write_sep: Callable, write_line: Callable, tasks: list[dict], rows: list[dict], verbose: int, judge: str | None = None,
) -> None:
    write_sep("=", "IWR-Bench leaderboard")
    for line in leaderboard_lines(rows):
        write_line(line)
    if judge:
        write_sep("-", f"judge {judge}")
        for line in judge_lines(rows, judge):
            write_line(line)
    if any(r["input_tokens"] or r["output_tokens"] for r in rows):
        write_sep("-", "generation")
        for r in rows:
            cost = "unknown" if r["cost_usd"] is None else f"${r['cost_usd']:.4f}"
            write_line(
                f"{r['model']}: {r['input_tokens']} input + {r['output_tokens']} output tokens, "
                f"cost {cost}, {r['generation_seconds']:.1f} s of generation"
            )
    partial = [t for t in tasks if not t["complete"]]
    if partial:
        write_line(f"note: {len(partial)} task run(s) ran only some of their steps (-k, -x, --lf, interrupted)")
    failed = [t for t in tasks if t["generation"].get("status") == "error"]
    for t in failed:
        write_line(f"generation failed: {t['model']} {t['id']}: {t['generation'].get('error')}")
    if verbose > 0:
        write_sep("-", "per task")
        for line in task_lines(tasks):
            write_line(line)
        write_sep("-", "per category (IFS, VFS, Final)")
        for line in breakdown_lines(rows, "by_category"):
            write_line(line)
        write_sep("-", "per level (IFS, VFS, Final)")
        for line in breakdown_lines(rows, "by_level"):
            write_line(line)
