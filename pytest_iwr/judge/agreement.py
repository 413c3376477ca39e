"""How often the checks and the judge give a step the same verdict: rate and Cohen's kappa.

Pure functions of verdict pairs, so they test without a browser or a model.
Kappa corrects the raw rate for the agreement two raters of those pass rates
would reach by chance; it is None where chance agreement is certain (both
always say pass, say), as it is undefined there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable


@dataclass(frozen=True)
class Agreement:
    steps: int  # steps both judged
    agree: int
    rate: float | None  # agree / steps, 0..1
    kappa: float | None

    def to_dict(self) -> dict:
        return asdict(self)


def agreement(pairs: Iterable[tuple[bool, bool]]) -> Agreement:
    """(checks passed, judge passed) per step both judged."""
    pairs = list(pairs)
    n = len(pairs)
    if not n:
        return Agreement(0, 0, None, None)
    agree = sum(1 for a, b in pairs if a == b)
    observed = agree / n
    yes_a = sum(1 for a, _ in pairs if a) / n
    yes_b = sum(1 for _, b in pairs if b) / n
    chance = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    kappa = None if chance >= 1 else round((observed - chance) / (1 - chance), 4)
    return Agreement(n, agree, round(observed, 4), kappa)
