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
        if len(task["steps"]) == task["steps_total"] + 1:
            return self._entry(record["model"], record["task"], task)
        return None

    def tasks(self) -> list[dict]:
        """One entry per (model, task), in model order then task id, with its scores."""
        order = {m: i for i, m in enumerate(self.models)}
        keys = sorted(self._tasks, key=lambda k: (order.get(k[0], len(order)), k[1]))
        return [self._entry(model, task_id, self._tasks[(model, task_id)]) for model, task_id in keys]

    @staticmethod
    def _entry(model: str, task_id: str, raw: dict) -> dict:
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
            "steps": [_step_entry(s) for s in steps],
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
            })
        return rows

    def to_json(self, environment: dict, judge: str | None = None) -> dict[str, Any]:
        tasks = self.tasks()
        return {
            "schema": SCHEMA,
            "models": list(self.models),
            "judge": judge,
            "started": self.started,
            "finished": now(),
            "environment": environment,
            "prompt_version": PROMPT_VERSION,
            "leaderboard": self.leaderboard(tasks),
            # Tasks a set-up failure left without figures: a rerun fills them in.
            "not_scored": [{"model": t["model"], "task": t["id"], "reason": t["not_scored"]} for t in tasks if not t["scored"]],
            "tasks": tasks,
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


def _step_entry(step: dict) -> dict:
    return {
        "index": step["index"], "action": step["action"], "description": step["description"],
        "executed": bool(step["executed"]), "passed": bool(step["passed"]), "counted": bool(step["counted"]),
        "strategy": step["strategy"], "vfs": step["vfs"], "metrics": step.get("metrics") or {},
        "failure": step["failure"], "seconds": step["seconds"],
        # Markup checks (roles, ARIA states): reported, never part of IFS.
        "accessibility": {"checks": step.get("accessibility_checks") or 0, "failed": step.get("accessibility") or []},
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
