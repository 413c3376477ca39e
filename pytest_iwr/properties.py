"""A step's figures as flat `record_property` pairs, and back.

Flat pairs are what JUnit XML can carry and what xdist sends from a worker to
the controller, so the terminal summary and results.json are built from the
same data whichever process ran the step.
"""

from __future__ import annotations

from typing import Any, Iterable

from .models import Generation
from .runner import StepResult
from .task import Task

PREFIX = "iwr_"
_STEP_FIELDS = (
    "index", "action", "description", "executed", "passed", "counted", "strategy",
    "vfs", "failure", "seconds", "blocked_by", "blocked_requests", "accessibility", "accessibility_checks", "grounding",
)
JUDGED = PREFIX + "judged"
_GENERATION_FIELDS = ("status", "error", "seconds", "input_tokens", "output_tokens", "cost_usd")


def step_properties(model: str, task: Task, result: StepResult, generation: Generation | None) -> list[tuple[str, Any]]:
    props: list[tuple[str, Any]] = [
        ("iwr_model", model),
        ("iwr_task", task.key),
        ("iwr_category", task.category),
        ("iwr_level", task.level),
        ("iwr_steps_total", len(task.steps)),
    ]
    props += [(PREFIX + name, getattr(result, name)) for name in _STEP_FIELDS]
    props += [(f"{PREFIX}metric_{name}", value) for name, value in result.metrics.items()]
    if generation is not None:
        gen = generation.to_dict()
        props += [(f"{PREFIX}generation_{name}", gen[name]) for name in _GENERATION_FIELDS]
    return props


def parse(user_properties: Iterable[tuple[str, Any]]) -> dict | None:
    """A step record (dict) from a report's user properties; None if not an iwr step."""
    user_properties = list(user_properties)
    found = {k[len(PREFIX):]: v for k, v in user_properties if isinstance(k, str) and k.startswith(PREFIX)}
    if "model" not in found or "index" not in found:
        return None
    record: dict[str, Any] = {name: found.get(name) for name in ("model", "task", "category", "level", "steps_total")}
    record["chromium"] = found.get("chromium")
    record["trace"] = found.get("trace")
    record["step"] = {name: found.get(name) for name in _STEP_FIELDS}
    record["step"]["metrics"] = {k[len("metric_"):]: v for k, v in found.items() if k.startswith("metric_")}
    # The judge's verdicts this report carries (judge/): any steps of the task, one entry each.
    record["judged"] = [v for k, v in user_properties if k == JUDGED and isinstance(v, dict)]
    if "generation_status" in found:
        record["generation"] = {name: found.get(f"generation_{name}") for name in _GENERATION_FIELDS}
    return record
