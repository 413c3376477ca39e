"""Models: anything that turns a task into a page to test.

`resolve(name)` maps a name from `--iwr-model` to a model. Built-ins need no
network; any other name will go to litellm.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from ..task import Task


@dataclass
class Generation:
    """The outcome of producing one task's page, as results.json reports it."""

    status: str  # "ok" | "cached" | "error"
    root: Path | None = None  # the folder holding index.html and its files
    error: str | None = None
    seconds: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0

    def to_dict(self) -> dict:
        out = asdict(self)
        out.pop("root")
        return out


class Model(Protocol):
    name: str

    def generate(self, task: Task) -> Generation: ...


class UnknownModel(Exception):
    pass


def resolve(name: str, workdir: Path) -> Model:
    """The model behind a `--iwr-model` name."""
    from .builtin import BlankModel, ReferenceModel, ReplayModel

    if name == "reference":
        return ReferenceModel()
    if name == "blank":
        return BlankModel(workdir)
    if name.startswith("replay:"):
        folder = name.split(":", 1)[1]
        if not folder:
            raise UnknownModel("replay: needs a folder, e.g. --iwr-model=replay:out/pages")
        return ReplayModel(name, Path(folder))
    raise UnknownModel(
        f"unknown model {name!r}: the built-ins are reference, blank and replay:DIR "
        "(LLM models through litellm are not wired in yet)"
    )
