"""Judge answers on disk, one JSON file per question, so a rerun asks nothing.

The key covers everything that could change an answer: the judge model and its
parameters, the prompt version, the role, the text and every image sent.
Written atomically: an interrupted run leaves whole answers or none.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .prompts import JUDGE_PROMPT_VERSION, Question


def cache_key(parameters: dict, question: Question) -> str:
    material = {
        "parameters": parameters, "prompt": JUDGE_PROMPT_VERSION, "role": question.role,
        "text": question.text, "images": [hashlib.sha256(png).hexdigest() for png in question.images],
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


class JudgeCache:
    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    def put(self, key: str, record: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
