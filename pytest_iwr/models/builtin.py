"""Built-in models that need no network: the oracle, the empty page, saved pages."""

from __future__ import annotations

from pathlib import Path

from ..task import Task
from . import Generation

BLANK_HTML = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title></title></head><body></body></html>\n"


class ReferenceModel:
    """Serves the task's own reference site: must score IFS 100."""

    name = "reference"

    def generate(self, task: Task) -> Generation:
        if not (task.reference_dir / "index.html").exists():
            return Generation("error", error=f"{task.reference_dir}/index.html is missing")
        return Generation("ok", root=task.reference_dir)


class BlankModel:
    """An empty page: must score IFS 0."""

    name = "blank"

    def __init__(self, workdir: Path):
        self.root = Path(workdir) / "blank"

    def generate(self, task: Task) -> Generation:
        if not (self.root / "index.html").exists():
            self.root.mkdir(parents=True, exist_ok=True)
            (self.root / "index.html").write_text(BLANK_HTML, encoding="utf-8")
        return Generation("ok", root=self.root)


class ReplayModel:
    """Pages saved earlier, or made elsewhere: DIR/<category>/<task>/index.html."""

    def __init__(self, name: str, folder: Path):
        self.name = name
        self.folder = folder

    def generate(self, task: Task) -> Generation:
        root = self.folder / task.category / task.id
        if not (root / "index.html").is_file():
            return Generation("error", error=f"no saved page at {root / 'index.html'}")
        return Generation("cached", root=root)
