"""Judge answers on disk, one JSON file per question, so a rerun asks nothing.

The key covers everything that could change an answer: the judge model and its
parameters, the prompt version, the role, the text and every image sent.
Written atomically: an interrupted run leaves whole answers or none.

Chromium does not paint a page to the same bytes every time: a resampled
avatar or a rounded corner comes out a few levels apart from run to run. So
where no answer has these very bytes, one given on the same question about
screenshots no pixel of which differs by more than NOISE levels, but for a few
on an edge resampled up to two pixels over (nothing a person could tell
apart), is taken instead; the screenshots asked about are
kept beside the answers for that comparison, once each.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from .prompts import JUDGE_PROMPT_VERSION, Question


NOISE = 8  # channel levels: the most a screenshot of the same page differed by between runs here was 6
STRAY = 48  # pixels past NOISE on resampled edges: 28 at most were seen here between runs (an SVG avatar)


def _digest(png: bytes) -> str:
    return hashlib.sha256(png).hexdigest()


def question_key(parameters: dict, question: Question) -> str:
    """The question without its images: what near answers are filed under."""
    material = {"parameters": parameters, "prompt": JUDGE_PROMPT_VERSION, "role": question.role, "text": question.text}
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def cache_key(parameters: dict, question: Question) -> str:
    material = {
        "parameters": parameters, "prompt": JUDGE_PROMPT_VERSION, "role": question.role,
        "text": question.text, "images": [_digest(png) for png in question.images],
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def _within_neighbours(x: np.ndarray, y: np.ndarray, points: np.ndarray) -> bool:
    """Each of x's pixels at `points` lies, channel by channel, within NOISE of the range
    its neighbourhood (two pixels each way) spans in y: an edge resampled up to two pixels
    over blends the colours on either side of it, a new mark brings a colour of its own."""
    height, width = y.shape[:2]
    for row, col in points:
        around = y[max(row - 2, 0):min(row + 3, height), max(col - 2, 0):min(col + 3, width)].reshape(-1, y.shape[2])
        if np.any(x[row, col] < around.min(axis=0) - NOISE) or np.any(x[row, col] > around.max(axis=0) + NOISE):
            return False
    return True


def alike_to_the_eye(a: bytes, b: bytes) -> bool:
    """Two screenshots a person could not tell apart: no pixel differs by more than NOISE
    levels, but for a few (at most STRAY) on an edge that Chromium resampled or
    anti-aliased a little differently (an SVG avatar scaled down, a 3D-turned card's side)."""
    if a == b:
        return True
    x = np.asarray(Image.open(io.BytesIO(a)).convert("RGB"), dtype=np.int16)
    y = np.asarray(Image.open(io.BytesIO(b)).convert("RGB"), dtype=np.int16)
    if x.shape != y.shape:
        return False
    off = np.argwhere(np.abs(x - y).max(axis=2) > NOISE)
    if len(off) == 0:
        return True
    return len(off) <= STRAY and _within_neighbours(x, y, off) and _within_neighbours(y, x, off)


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

    def get_near(self, parameters: dict, question: Question) -> dict | None:
        """An answer to the same question about screenshots alike to the eye (see NOISE)."""
        for entry in self._filed(question_key(parameters, question)):
            digests = entry.get("images") or []
            if len(digests) != len(question.images):
                continue
            kept = [self._image(d) for d in digests]
            if all(k is not None and alike_to_the_eye(k, png) for k, png in zip(kept, question.images)):
                record = self.get(entry["key"])
                if record is not None:
                    return record
        return None

    def put(self, key: str, record: dict, question: Question | None = None) -> None:
        _write(self._path(key), json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        if question is None or not question.images:
            return
        for png in question.images:
            image = self._image_path(_digest(png))
            if not image.exists():
                _write(image, png)
        # Filed under the question without its images; a race between two workers may lose
        # an entry here, which costs one call later, never a wrong answer.
        filed = self._filed_path(question_key(record["parameters"], question))
        entries = [e for e in self._filed(filed.stem) if e.get("key") != key]
        entries.append({"key": key, "images": [_digest(png) for png in question.images]})
        _write(filed, json.dumps(entries).encode("utf-8"))

    def _filed_path(self, qkey: str) -> Path:
        return self.root / "questions" / f"{qkey}.json"

    def _filed(self, qkey: str) -> list[dict]:
        try:
            entries = json.loads(self._filed_path(qkey).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return []
        return [e for e in entries if isinstance(e, dict) and "key" in e] if isinstance(entries, list) else []

    def _image_path(self, digest: str) -> Path:
        return self.root / "images" / digest[:2] / f"{digest}.png"

    def _image(self, digest: str) -> bytes | None:
        try:
            return self._image_path(digest).read_bytes()
        except OSError:
            return None


def _write(path: Path, data: bytes) -> None:
    """Whole or absent, whatever else runs beside us."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)
