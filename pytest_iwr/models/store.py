"""The output store: one folder per model and task, reused while its cache key holds.

`<root>/<model>/<category>/<task>/index.html` (+ `assets/`) and `response.json`
(the raw answer, model id, parameters, prompt version, usage, seconds,
attempts, and the key). response.json is written last and atomically: a run
killed mid-write leaves a folder whose key does not match, which is never
taken for a cached page. The same layout is what `replay:<root>/<model>` reads.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from ..task import Task


def slug(model: str) -> str:
    """A name safe as one path segment: `openai/gpt-5` → `openai_gpt-5`."""
    return re.sub(r"[^0-9A-Za-z._-]+", "_", model).strip("_") or "model"


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


class OutputStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def folder(self, model: str, task: Task) -> Path:
        return self.root / slug(model) / task.category / task.id

    def cached(self, model: str, task: Task, key: str) -> dict | None:
        """The stored response for this key, if its page is there too."""
        folder = self.folder(model, task)
        try:
            response = json.loads((folder / "response.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if response.get("key") != key or response.get("status") != "ok" or not (folder / "index.html").is_file():
            return None
        return response

    def save(self, model: str, task: Task, page: str | None, response: dict) -> Path:
        folder = self.folder(model, task)
        if page is not None:
            write_atomic(folder / "index.html", page)
        write_atomic(folder / "response.json", json.dumps(response, indent=1, ensure_ascii=False) + "\n")
        return folder
