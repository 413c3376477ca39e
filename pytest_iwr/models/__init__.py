"""Models: anything that turns a task into a page to test.

`resolve(name)` maps a name from `--iwr-model` to a model. Built-ins need no
network; any other name will go to litellm.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Protocol

from ..task import Task


@dataclass
class Generation:
    """The outcome of producing one task's page, as results.json reports it."""

    # "ok" | "cached" | "error" (the model's failure: scored 0) |
    # "unavailable" (the set-up's: no key, no connection, the provider failing; not scored)
    status: str
    root: Path | None = None  # the folder holding index.html and its files
    error: str | None = None
    seconds: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = 0.0  # None where litellm does not know the price

    @property
    def scored(self) -> bool:
        return self.status != "unavailable"

    def to_dict(self) -> dict:
        out = asdict(self)
        out.pop("root")
        return out


class Model(Protocol):
    name: str

    def generate(self, task: Task) -> Generation: ...


class UnknownModel(Exception):
    pass


BUILTINS = ("reference", "blank", "flipbook", "replay:DIR")


def resolve(name: str, workdir: Path, llm: Callable[[str], Model] | None = None) -> Model:
    """The model behind a `--iwr-model` name: a built-in, or (through `llm`) a litellm model."""
    from .builtin import BlankModel, ReferenceModel, ReplayModel
    from .flipbook import FlipbookModel

    if name == "reference":
        return ReferenceModel()
    if name == "blank":
        return BlankModel(workdir)
    if name == "flipbook":
        return FlipbookModel(workdir)
    if name.startswith("replay:"):
        folder = name.split(":", 1)[1]
        if not folder:
            raise UnknownModel("replay: needs a folder, e.g. --iwr-model=replay:out/pages")
        return ReplayModel(name, Path(folder))
    if llm is None:
        raise UnknownModel(unknown_message(name))
    return llm(name)


def unknown_message(name: str) -> str:
    return (
        f"unknown model {name!r}: use a built-in ({', '.join(BUILTINS)}), an alias from the models table "
        "(claude, gpt, gemini, qwen, or ini iwr_models), or a litellm name such as anthropic/claude-sonnet-4-5"
    )
