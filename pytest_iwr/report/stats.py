"""Uncertainty of a model's score: a percentile bootstrap over its tasks.

With a few dozen tasks a score moves by several points when the task set
changes a little; the interval says how much. The resampling is seeded, so
the same results give the same interval on every machine.
"""

from __future__ import annotations

import random
from statistics import mean
from typing import Sequence

RESAMPLES = 2000


def interval(
    values: Sequence[float | None], level: float = 0.95, resamples: int = RESAMPLES, seed: int = 0
) -> tuple[float, float] | None:
    """The `level` percentile-bootstrap interval of the mean; None with no values."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    if len(present) == 1:
        return (round(present[0], 2), round(present[0], 2))
    rng = random.Random(seed)
    n = len(present)
    means = sorted(mean(rng.choices(present, k=n)) for _ in range(resamples))
    lo = means[int((1 - level) / 2 * resamples)]
    hi = means[min(resamples - 1, int((1 + level) / 2 * resamples))]
    return (round(lo, 2), round(hi, 2))


def model_intervals(tasks: Sequence[dict]) -> dict[str, tuple[float, float] | None]:
    """Intervals of IFS, VFS and Final over one model's task entries."""
    return {key: interval([t[key] for t in tasks]) for key in ("ifs", "vfs", "final")}


def separated(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Whether two intervals do not overlap: a difference larger than the noise."""
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])
