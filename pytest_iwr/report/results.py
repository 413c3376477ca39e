"""The run's results, gathered from step reports, shaped as results.json (iwr-results/1)."""

from __future__ import annotations

import json
import os
import platform
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import __version__, scoring
from ..judge.agreement import agreement
from ..prompt import PROMPT_VERSION

SCHEMA = "iwr-results/1"
_EMPTY_GENERATION = {
    "status": None, "error": None, "seconds": 0.0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0,
}


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Results:
    """Collects step records (see properties.parse) as they arrive, in any order."""

    models: list[str]
    judge: str | None = None  # the judge model's name, when the run has one
    ocr: str | None = None  # with a judge: the OCR behind the paper's low-level visual score
    ocr_unavailable: str | None = None  # with a judge but no OCR: why
    started: str = field(default_factory=now)
    chromium: str | None = None
    _tasks: dict[tuple[str, str], dict] = field(default_factory=dict)

    def add(self, record: dict) -> dict | None:
        """Adds one step; returns the task's entry when this step completed it (for progress)."""
        self.chromium = self.chromium or record.get("chromium")
        key = (record["model"], record["task"])
        task = self._tasks.setdefault(key, {
            "model": record["model"], "id": record["task"], "category": record["category"],
            "level": record["level"], "steps_total": record["steps_total"],
            "generation": dict(_EMPTY_GENERATION), "steps": {},
        })
        if record.get("generation"):
            task["generation"] = record["generation"]
        if record.get("trace"):
            task["trace"] = record["trace"]
        task["steps"][record["step"]["index"]] = record["step"]
        for answer in record.get("judged") or []:
            kind = "rated" if answer.get("role") == "visual" else "judged"
            task.setdefault(kind, {})[answer["index"]] = answer
        if len(task["steps"]) == task["steps_total"] + 1:
            return self._entry(record["model"], record["task"], task)
        return None

    def tasks(self) -> list[dict]:
        """One entry per (model, task), in model order then task id, with its scores."""
        order = {m: i for i, m in enumerate(self.models)}
        keys = sorted(self._tasks, key=lambda k: (order.get(k[0], len(order)), k[1]))
        return [self._entry(model, task_id, self._tasks[(model, task_id)], self.judge) for model, task_id in keys]

    @classmethod
    def _entry(cls, model: str, task_id: str, raw: dict, judge: str | None = None) -> dict:
        entry = cls._scored_entry(model, task_id, raw, judge)
        if judge:  # the paper's scoring beside ours: judge IFS, VFS half OCR half the judge's rating
            entry["paper"] = (scoring.paper_scores(entry["steps"], entry["judge"]["ifs"]) if entry["scored"]
                              else dict.fromkeys(("ifs", "vfs", "final", "low_level", "mllm")))
        return entry

    @staticmethod
    def _scored_entry(model: str, task_id: str, raw: dict, judge: str | None = None) -> dict:
        steps = [raw["steps"][i] for i in sorted(raw["steps"])]
        # A set-up failure (no key, no connection) says nothing of the model: no figures at all.
        scored = raw["generation"].get("status") != "unavailable"
        scores = scoring.task_scores(steps) if scored else dict.fromkeys(("ifs", "vfs", "final", "step_pass_rate"))
        ran = sum(1 for s in steps if s["index"] > 0)
        return {
            "model": model, "id": task_id, "category": raw["category"], "level": raw["level"],
            "scored": scored,
            "not_scored": None if scored else raw["generation"].get("error"),
            "ifs": scores["ifs"], "vfs": scores["vfs"], "final": scores["final"],
            "step_pass_rate": scores["step_pass_rate"],
            "complete": ran == raw["steps_total"] and 0 in raw["steps"],
            "blocked_requests": sum(s.get("blocked_requests") or 0 for s in steps),
            "trace": raw.get("trace"),
            "generation": raw["generation"],
            "steps": [_step_entry(s, raw.get("judged"), judge, raw.get("rated")) for s in steps],
            **({"judge": _task_judge(steps, raw.get("judged") or {}, scored, raw.get("rated") or {})} if judge else {}),
        }

    def leaderboard(self, tasks: list[dict] | None = None) -> list[dict]:
        tasks = self.tasks() if tasks is None else tasks
        rows = []
        for model in self.models:
            ran = [t for t in tasks if t["model"] == model]
            if not ran:
                continue
            mine = [t for t in ran if t["scored"]]  # figures over the scored tasks only
            rows.append({
                "model": model,
                "tasks": len(mine),
                "tasks_run": len(ran),
                "incomplete": len(mine) < len(ran),
                "not_scored": [{"task": t["id"], "reason": t["not_scored"]} for t in ran if not t["scored"]],
                "steps": sum(sum(1 for s in t["steps"] if s["index"] > 0) for t in mine),
                **scoring.aggregate(mine),
                **_usage(ran),
                "by_category": scoring.breakdown(mine, "category"),
                "by_level": scoring.breakdown(mine, "level"),
                **({"judge": _model_judge(mine), "paper": scoring.paper_aggregate(mine)} if self.judge else {}),
            })
        return rows

    def to_json(self, environment: dict) -> dict[str, Any]:
        tasks = self.tasks()
        return {
            "schema": SCHEMA,
            "models": list(self.models),
            "judge": self.judge,
            "started": self.started,
            "finished": now(),
            "environment": environment,
            "prompt_version": PROMPT_VERSION,
            **({"paper_scoring": self.paper_scoring()} if self.judge else {}),
            "leaderboard": self.leaderboard(tasks),
            # Tasks a set-up failure left without figures: a rerun fills them in.
            "not_scored": [{"model": t["model"], "task": t["id"], "reason": t["not_scored"]} for t in tasks if not t["scored"]],
            "tasks": tasks,
        }


    def paper_scoring(self) -> dict:
        """How the paper's figures (each task's and row's `paper`) were made, and what of the
        paper's recipe could not be had here."""
        missing = dict(scoring.PAPER_NOT_AVAILABLE)
        if self.ocr is None:
            missing["ocr"] = f"OCR text similarity: {self.ocr_unavailable or 'no OCR'}; the paper's VFS is not computed"
        return {
            "ifs": "the judge's verdicts on the steps' assertions, under the same prefix rule",
            "vfs": "mean over checkpoints of 0.5 x low-level + 0.5 x the judge's visual rating (0-10, as 0-100)",
            "low_level": "OCR text similarity of the two screenshots (word F1)" if self.ocr else None,
            "ocr": self.ocr,
            "final": "0.7 x IFS + 0.3 x VFS",
            "not_available": missing,
        }


def _usage(tasks: list[dict]) -> dict:
    """What generating the model's pages took: tokens, dollars (None if unknown), seconds."""
    gens = [t["generation"] for t in tasks]
    costs = [g.get("cost_usd") for g in gens if g.get("status") in ("ok", "cached")]
    return {
        "input_tokens": sum(g.get("input_tokens") or 0 for g in gens),
        "output_tokens": sum(g.get("output_tokens") or 0 for g in gens),
        "cost_usd": None if any(c is None for c in costs) else round(sum(costs), 6),
        "generation_seconds": round(sum(g.get("seconds") or 0.0 for g in gens), 2),
    }


def _task_judge(steps: list[dict], judged: dict, scored: bool, rated: dict | None = None) -> dict:
    """The judge's figures for a task, and how they agree with the checks'."""
    figures = scoring.judge_scores(steps, judged) if scored else {"ifs": None, "steps_judged": 0, "errors": 0}
    pairs = scoring.verdict_pairs(steps, judged) if scored else []
    rated = rated or {}
    scores = [r["score"] for r in rated.values() if r.get("score") is not None]
    # Grounding and rating calls are the judge's too: their tokens count with the verdicts'.
    verdicts = list(judged.values()) + list(rated.values()) + [s["grounding"] for s in steps if s.get("grounding")]
    return {
        **figures,
        # The paper's MLLM half of VFS: the mean rating of the checkpoints, x 100.
        "mllm": round(100 * sum(scores) / len(scores), 2) if scores and scored else None,
        "errors": figures["errors"] + sum(1 for r in rated.values() if r.get("score") is None),
        "agreement": agreement(pairs).to_dict(),
        "input_tokens": sum(v.get("input_tokens") or 0 for v in verdicts),
        "output_tokens": sum(v.get("output_tokens") or 0 for v in verdicts),
        "cost_usd": _sum_cost(v.get("cost_usd") for v in verdicts if not v.get("cached")),
        "calls": sum(1 for v in verdicts if not v.get("cached")),
    }


def _model_judge(tasks: list[dict]) -> dict:
    """A model's judge figures: judge IFS as the mean over its tasks, agreement pooled over
    every step of them (a task of 3 steps weighs less than one of 15, as steps do)."""
    judged = [t["judge"] for t in tasks]
    pairs = [
        (s["passed"], s["judge"]["verdict"] == "pass")
        for t in tasks for s in t["steps"]
        if s["executed"] and s.get("judge") and s["judge"]["verdict"] != "error"
    ]
    return {
        "ifs": scoring._mean(j["ifs"] for j in judged),
        "mllm": scoring._mean(j["mllm"] for j in judged),
        "agreement": agreement(pairs).to_dict(),
        "errors": sum(j["errors"] for j in judged),
        "input_tokens": sum(j["input_tokens"] for j in judged),
        "output_tokens": sum(j["output_tokens"] for j in judged),
        "cost_usd": _sum_cost(j["cost_usd"] for j in judged),
        "calls": sum(j["calls"] for j in judged),
    }


def _sum_cost(costs) -> float | None:
    costs = list(costs)
    return None if any(c is None for c in costs) else round(sum(costs), 6)


def _step_entry(step: dict, judged: dict | None = None, judge: str | None = None, rated: dict | None = None) -> dict:
    verdict = (judged or {}).get(step["index"])
    rating = (rated or {}).get(step["index"])
    extra = {}
    if rating is not None:
        extra["judge_visual"] = {k: rating.get(k) for k in ("score", "reason", "error", "cached")}
    if step.get("grounding"):
        extra["grounding"] = step["grounding"]
    if judge and step["index"] > 0:
        extra["judge"] = None if verdict is None else {
            "verdict": {True: "pass", False: "fail", None: "error"}[verdict.get("passed")],
            "assertion": verdict.get("question") or "",
            "reason": verdict.get("reason") or "", "error": verdict.get("error"), "cached": bool(verdict.get("cached")),
        }
    return {
        "index": step["index"], "action": step["action"], "description": step["description"],
        "executed": bool(step["executed"]), "passed": bool(step["passed"]), "counted": bool(step["counted"]),
        "strategy": step["strategy"], "vfs": step["vfs"],
        "metrics": {**(step.get("metrics") or {}), **({"mllm": rating.get("score")} if rating is not None else {})},
        "failure": step["failure"], "seconds": step["seconds"],
        # Markup checks (roles, ARIA states): reported, never part of IFS.
        "accessibility": {"checks": step.get("accessibility_checks") or 0, "failed": step.get("accessibility") or []},
        **extra,
    }


def environment(chromium_version: str | None) -> dict[str, str | None]:
    try:
        from importlib.metadata import version

        litellm = version("litellm")
    except Exception:  # noqa: BLE001 - not installed is a fine answer
        litellm = None
    return {
        "pytest_iwr": __version__,
        "python": platform.python_version(),
        "chromium": chromium_version,
        "litellm": litellm,
    }


def write_json(path: Path, data: dict) -> None:
    """Atomically: a run killed mid-write never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    os.replace(tmp, path)
