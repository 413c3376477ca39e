"""Visual fidelity metrics: pure functions over screenshots and visible text.

Offline by design (no model weights). Three views of "does it look the same",
each in [0, 1]:

- text: the words a person can read (the page's visible text), order-free F1;
- structure: SSIM of the greyscale screenshots, weighted by local contrast, so
  a blank page does not score well merely because most of a page is white;
- colour: the background colour and the palette of everything else.

`vfs` combines them with fixed weights; every part is kept for the report.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from PIL import Image

WEIGHTS = {"text": 0.4, "structure": 0.4, "colour": 0.2}
_WORK_WIDTH = 320  # metrics run on a 1/4-size copy: fast, and blind to sub-pixel noise
_WINDOW = 7
_C1 = (0.01 * 255) ** 2
_C2 = (0.03 * 255) ** 2


@dataclass(frozen=True)
class Shot:
    """A screenshot prepared once for every metric that needs it."""

    grey: np.ndarray  # float64, work size
    rgb: np.ndarray  # uint8 (h, w, 3), work size
    size: tuple[int, int]  # the original (width, height)

    @classmethod
    def from_png(cls, data: bytes) -> "Shot":
        return cls.from_image(Image.open(io.BytesIO(data)))

    @classmethod
    def from_image(cls, image: Image.Image) -> "Shot":
        image = image.convert("RGB")
        size = image.size
        if image.width > _WORK_WIDTH:
            height = max(1, round(image.height * _WORK_WIDTH / image.width))
            image = image.resize((_WORK_WIDTH, height), Image.Resampling.BOX)
        rgb = np.asarray(image, dtype=np.uint8)
        grey = rgb.astype(np.float64) @ np.array([0.299, 0.587, 0.114])
        return cls(grey=grey, rgb=rgb, size=size)

    def crop(self, region: tuple[int, int, int, int]) -> "Shot":
        """A region given in original pixels, [x, y, width, height]."""
        scale = self.rgb.shape[1] / self.size[0]
        x, y, w, h = (round(v * scale) for v in region)
        rgb = self.rgb[y : y + max(1, h), x : x + max(1, w)]
        grey = self.grey[y : y + max(1, h), x : x + max(1, w)]
        return Shot(grey=grey, rgb=rgb, size=(region[2], region[3]))


# --------------------------------------------------------------------------- text


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def text_similarity(reference: str, candidate: str) -> float:
    """F1 over the multisets of words: layout-free, order-free, typo-sensitive."""
    ref, cand = words(reference), words(candidate)
    if not ref and not cand:
        return 1.0
    common = sum((ref & cand).values())
    if not common:
        return 0.0
    precision = common / sum(cand.values())
    recall = common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


# --------------------------------------------------------------------------- structure


def _box_mean(a: np.ndarray, k: int) -> np.ndarray:
    """Mean over every k×k window ('valid' positions), via summed-area tables."""
    s = np.cumsum(np.cumsum(np.pad(a, ((1, 0), (1, 0))), axis=0), axis=1)
    return (s[k:, k:] - s[:-k, k:] - s[k:, :-k] + s[:-k, :-k]) / (k * k)


def _same_shape(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    return a[:h, :w], b[:h, :w]


def structure_similarity(reference: Shot, candidate: Shot) -> float:
    """SSIM, each window weighted by how much there is to see in it (its variance)."""
    x, y = _same_shape(reference.grey, candidate.grey)
    if min(x.shape) < _WINDOW:
        return 1.0 - float(np.abs(x.mean() - y.mean())) / 255 if x.size else 1.0
    mx, my = _box_mean(x, _WINDOW), _box_mean(y, _WINDOW)
    vx = np.maximum(_box_mean(x * x, _WINDOW) - mx * mx, 0)
    vy = np.maximum(_box_mean(y * y, _WINDOW) - my * my, 0)
    cxy = _box_mean(x * y, _WINDOW) - mx * my
    ssim = ((2 * mx * my + _C1) * (2 * cxy + _C2)) / ((mx * mx + my * my + _C1) * (vx + vy + _C2))
    weight = np.maximum(vx, vy)
    if float(weight.sum()) < 1e-6 * weight.size:
        # Neither picture has any detail: only their brightness can differ.
        return float(np.clip(1.0 - np.abs(mx - my).mean() / 255, 0, 1))
    return float(np.clip((ssim * weight).sum() / weight.sum(), 0, 1))


# --------------------------------------------------------------------------- colour


def _bins(rgb: np.ndarray) -> np.ndarray:
    q = rgb.reshape(-1, 3) >> 5  # 8 levels a channel, 512 colours
    return (q[:, 0].astype(np.int32) << 6) | (q[:, 1].astype(np.int32) << 3) | q[:, 2]


def colour_similarity(reference: Shot, candidate: Shot) -> float:
    """Half the background colour, half the palette of everything that is not background."""
    ha = np.bincount(_bins(reference.rgb), minlength=512).astype(np.float64)
    hb = np.bincount(_bins(candidate.rgb), minlength=512).astype(np.float64)
    bg_a, bg_b = int(ha.argmax()), int(hb.argmax())
    background = 1.0 if bg_a == bg_b else 0.0
    ha[bg_a] = 0
    hb[bg_b] = 0
    na, nb = ha.sum() / max(1, reference.rgb.size // 3), hb.sum() / max(1, candidate.rgb.size // 3)
    if na < 0.002 and nb < 0.002:
        palette = 1.0  # both are a plain background
    elif na < 0.002 or nb < 0.002:
        palette = 0.0  # one shows something, the other nothing
    else:
        palette = float(np.minimum(ha / ha.sum(), hb / hb.sum()).sum())
    return 0.5 * background + 0.5 * palette


# --------------------------------------------------------------------------- combined


def vfs(
    reference: Shot, candidate: Shot, reference_text: str | None, candidate_text: str | None
) -> tuple[float, dict[str, float | None]]:
    """One visual fidelity figure in [0, 1], and its parts (None where not computed)."""
    metrics: dict[str, float | None] = {
        "text": (
            round(text_similarity(reference_text, candidate_text), 4)
            if reference_text is not None and candidate_text is not None
            else None
        ),
        "structure": round(structure_similarity(reference, candidate), 4),
        "colour": round(colour_similarity(reference, candidate), 4),
    }
    return combine(metrics), metrics


def region_similarity(reference: Shot, candidate: Shot, region: tuple[int, int, int, int] | None) -> float:
    """Image-only similarity (structure and colour), optionally of a region."""
    if region is not None:
        reference, candidate = reference.crop(region), candidate.crop(region)
    return combine(
        {"structure": structure_similarity(reference, candidate), "colour": colour_similarity(reference, candidate)}
    )


def combine(metrics: dict[str, float | None]) -> float:
    """Weighted mean of the metrics that were computed."""
    parts = [(WEIGHTS[k], v) for k, v in metrics.items() if v is not None and k in WEIGHTS]
    total = sum(w for w, _ in parts)
    return round(sum(w * v for w, v in parts) / total, 4) if total else 0.0


def pixels_changed(before: bytes, after: bytes, tolerance: int = 16, min_pixels: int = 20) -> bool:
    """Whether two screenshots differ visibly (not by one anti-aliased pixel)."""
    if before == after:
        return False
    a = np.asarray(Image.open(io.BytesIO(before)).convert("RGB"), dtype=np.int16)
    b = np.asarray(Image.open(io.BytesIO(after)).convert("RGB"), dtype=np.int16)
    if a.shape != b.shape:
        return True
    differing = (np.abs(a - b).max(axis=2) > tolerance).sum()
    return int(differing) >= min_pixels


# --------------------------------------------------------------------------- ink

INK_FROM_BACKDROP = 60  # summed RGB distance from the spot's backdrop for a pixel to be ink
INK_TURN = 25.0  # degrees between two inks' directions from the backdrop: another hue
INK_STRENGTH = 2.2  # or one ink this many times as far from the backdrop: light grey to black (a thin outline reaches 1.6)
BACKDROP_MOVED = 24.0  # RGB distance: the spot's backdrop itself changed (something else is there)


@dataclass(frozen=True)
class Ink:
    """A small spot's backdrop (its commonest colour) and the colour its glyphs or marks
    are drawn in, as seen against it (None: nothing but backdrop)."""

    backdrop: np.ndarray
    ink: np.ndarray | None  # mean of the most contrasting tenth of the marked pixels
    strength: float  # how far the strongest marks stand from the backdrop


def ink_of(png: bytes) -> Ink | None:
    if not png:
        return None
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.float64).reshape(-1, 3)
    values, counts = np.unique((pixels // 8).astype(np.int16), axis=0, return_counts=True)
    backdrop = values[counts.argmax()] * 8.0 + 4
    distance = np.abs(pixels - backdrop).sum(axis=1)
    marked = distance > INK_FROM_BACKDROP
    if int(marked.sum()) < 6:
        return Ink(backdrop, None, 0.0)
    strongest = distance >= np.quantile(distance[marked], 0.9)
    return Ink(backdrop, pixels[strongest].mean(axis=0), float(np.quantile(distance[marked], 0.95)))


def ink_change(before: bytes, after: bytes) -> str | None:
    """How a spot's marks changed: "recoloured" (a grey star turned orange, grey text turned
    black), "same" (the same colour, whatever the shape: an outlined star filled), or None
    where the two cannot be told apart as one thing (off screen, marks came or went, the
    backdrop itself changed: something else is there now). Inks are compared as directions
    from the backdrop, so anti-aliasing is no change of colour."""
    a, b = ink_of(before), ink_of(after)
    if a is None or b is None or a.ink is None or b.ink is None:
        return None
    if float(np.linalg.norm(a.backdrop - b.backdrop)) > BACKDROP_MOVED:
        return None
    da, db = a.ink - a.backdrop, b.ink - b.backdrop
    cosine = float(da @ db / (np.linalg.norm(da) * np.linalg.norm(db) or 1.0))
    turned = np.degrees(np.arccos(max(-1.0, min(1.0, cosine))))
    ratio = max(a.strength, b.strength) / max(1.0, min(a.strength, b.strength))
    return "recoloured" if turned > INK_TURN or ratio > INK_STRENGTH else "same"
