"""IFS, VFS and Final as pure functions of step results.

Task IFS = steps passed within the prefix / trajectory steps × 100 (the load,
step 0, is not an interaction). Task VFS = mean step vfs over the checkpoints
the page reached, step 0 included, × 100. Final = 0.7 IFS + 0.3 VFS. A model's
figures are the means over its tasks. A figure that could not be computed is
None, never a made-up number.
"""

from __future__ import annotations

from statistics import mean
from typing import Iterable, Mapping, Sequence

IFS_WEIGHT = 0.7
VFS_WEIGHT = 0.3


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def final(ifs: float | None, vfs: float | None) -> float | None:
    if ifs is None or vfs is None:
        return None
    return _r(IFS_WEIGHT * ifs + VFS_WEIGHT * vfs)


def task_scores(steps: Sequence[Mapping]) -> dict[str, float | None]:
    """Figures for one task from its steps (dicts with index, passed, counted, vfs)."""
    trajectory = [s for s in steps if s["index"] > 0]
    ifs = 100 * sum(bool(s["counted"]) for s in trajectory) / len(trajectory) if trajectory else None
    rate = 100 * sum(bool(s["passed"]) for s in trajectory) / len(trajectory) if trajectory else None
    reached = [s["vfs"] for s in steps if s.get("vfs") is not None]
    vfs = 100 * mean(reached) if reached else None
    return {"ifs": _r(ifs), "vfs": _r(vfs), "final": final(ifs, vfs), "step_pass_rate": _r(rate)}


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return _r(mean(present)) if present else None


def aggregate(tasks: Sequence[Mapping]) -> dict[str, float | None]:
    """Means over tasks (dicts with ifs, vfs, final) of each figure."""
    return {
        "ifs": _mean(t["ifs"] for t in tasks),
        "vfs": _mean(t["vfs"] for t in tasks),
        "final": _mean(t["final"] for t in tasks),
    }


def breakdown(tasks: Sequence[Mapping], key: str) -> dict[str, dict[str, float | None]]:
    """`aggregate` per value of `key` (category, level), in sorted order."""
    groups: dict[str, list[Mapping]] = {}
    for task in tasks:
        groups.setdefault(task[key], []).append(task)
    return {name: aggregate(groups[name]) for name in sorted(groups)}


def judge_scores(steps: Sequence[Mapping], verdicts: Mapping[int, Mapping]) -> dict:
    """The judge's figures for one task: its IFS under the same prefix rule (a step it did
    not answer, or answered with an error, ends the prefix as a failure does), and how
    many of the steps it answered it could not judge."""
    trajectory = [s for s in steps if s["index"] > 0]
    passed_prefix = 0
    for step in trajectory:
        verdict = verdicts.get(step["index"])
        if not verdict or verdict.get("passed") is not True:
            break
        passed_prefix += 1
    answered = [verdicts[s["index"]] for s in trajectory if s["index"] in verdicts]
    # No verdict although steps ran: the task asks the judge nothing (no assertions), no
    # figure. No step ran (the page never loaded): nothing works, 0, as for the checks.
    ran = any(s.get("executed") for s in trajectory)
    return {
        "ifs": _r(100 * passed_prefix / len(trajectory)) if trajectory and (answered or not ran) else None,
        "steps_judged": sum(1 for v in answered if v.get("passed") is not None),
        "errors": sum(1 for v in answered if v.get("passed") is None),
    }


def verdict_pairs(steps: Sequence[Mapping], verdicts: Mapping[int, Mapping]) -> list[tuple[bool, bool]]:
    """(checks passed, judge passed) for every executed step both judged."""
    return [
        (bool(s["passed"]), bool(verdicts[s["index"]]["passed"]))
        for s in steps
        if s["index"] > 0 and s.get("executed") and verdicts.get(s["index"], {}).get("passed") is not None
    ]


# The paper's visual score: per checkpoint, half low-level metrics (OCR text similarity and
# DINO feature similarity in IWR-Bench), half the judge's rating. DINO needs model weights
# that cannot be had offline, so the low-level half here is the OCR part alone: the figures
# say so (PAPER_NOT_AVAILABLE) rather than stand in a made-up value for it.
PAPER_LOW_LEVEL = ("ocr",)
PAPER_NOT_AVAILABLE = {
    "dino": "DINO feature similarity: needs model weights downloaded at run time; not available offline, "
            "so the low-level half of the paper's VFS is the OCR text similarity alone",
}


def paper_scores(steps: Sequence[Mapping], judge_ifs: float | None) -> dict[str, float | None]:
    """The paper's figures for one task: judge IFS; VFS = mean over checkpoints of
    0.5 x low-level + 0.5 x the judge's rating (steps' metrics `ocr` and `mllm`, in [0, 1]);
    Final = 0.7 IFS + 0.3 VFS. A checkpoint missing either half is left out, and counted."""
    rated = [s for s in steps if s.get("vfs") is not None and "mllm" in (s.get("metrics") or {})]
    whole = []
    for step in rated:
        m = step["metrics"]
        low = [m.get(name) for name in PAPER_LOW_LEVEL]
        if m.get("mllm") is None or any(v is None for v in low):
            continue
        whole.append((mean(low), m["mllm"]))
    low_level = 100 * mean(lo for lo, _ in whole) if whole else None
    mllm = 100 * mean(r for _, r in whole) if whole else None
    vfs = 0.5 * low_level + 0.5 * mllm if whole else None
    return {
        "ifs": judge_ifs, "vfs": _r(vfs), "final": final(judge_ifs, vfs),
        "low_level": _r(low_level), "mllm": _r(mllm), "checkpoints": len(whole), "checkpoints_missing": len(rated) - len(whole),
    }


def paper_aggregate(tasks: Iterable[Mapping]) -> dict[str, float | None]:
    """A model's paper figures: means over its tasks."""
    papers = [t["paper"] for t in tasks if t.get("paper")]
    return {name: _mean(p[name] for p in papers) for name in ("ifs", "vfs", "final", "low_level", "mllm")}
