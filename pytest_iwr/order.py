"""Which way a list reads: phrases in an order a person reads off the screen, by where the
lines stand, never by markup order.

A list is lines aligned one above the other (left edges, right edges, or the same
block edges) or side by side (tops aligned). Where the wanted phrases can be read as
such a list, every such list must read in order: "Trip to Lisbon" as the sidebar's
last note fails an order that wants it first, although the open note's title above
the sidebar also reads "Trip to Lisbon"; a day's events listed in the side panel and
again in the week grid must be in order in both. Where no aligned reading exists (an item indented by its pin
icon, a phrase over two lines), any showing of each phrase in reading order (top to
bottom, a row left to right) passes: a look-alike must not fail for how it lays out
a list's lines.
"""

from __future__ import annotations

import itertools

from .perceived import Placed
from .phrase import phrase_pattern

ROW = 4  # px: lines whose tops are this close stand in one row
ALIGN = 6  # px: edges this close line up
MAX_READINGS = 4096  # combinations of showings tried for an aligned reading

# A showing of a phrase: (y, x, block left, block right) of the line it starts in.
Showing = tuple[int, int, int, int]


def showings(placed: tuple[Placed, ...], wanted: str) -> list[Showing]:
    """Where `wanted` stands, top first: each line that holds the whole phrase, or, where no
    single line does, the first line of each run of lines it spans (a label above its value)."""
    pattern = phrase_pattern(wanted)
    whole = [(y, x, left, right) for text, x, y, left, right in placed if pattern.search(" ".join(text.split()))]
    if whole:
        return sorted(whole)
    joined, starts = "", []
    for text, *_ in placed:
        starts.append(len(joined))
        joined += " ".join(text.split()) + "\n"
    out = []
    for match in pattern.finditer(joined):
        line = max(i for i, start in enumerate(starts) if start <= match.start())
        _, x, y, left, right = placed[line]
        out.append((y, x, left, right))
    return sorted(out)


def _column(a: Showing, b: Showing) -> bool:
    return any(abs(a[k] - b[k]) <= ALIGN for k in (1, 2, 3))


def _row(a: Showing, b: Showing) -> bool:
    return abs(a[0] - b[0]) <= ROW


def _follows(a: Showing, b: Showing) -> bool:
    """`b` is read after `a`: lower down, or in the same row further right."""
    return b[0] > a[0] + ROW or (_row(a, b) and b[1] > a[1])


def _aligned_readings(found: list[list[Showing]]):
    """Each choice of one showing per phrase that stands as one list (a column or a row)."""
    total = 1
    for options in found:
        total *= len(options)
    if total > MAX_READINGS:
        return
    for choice in itertools.product(*found):
        pairs = list(itertools.combinations(choice, 2))
        if all(_column(a, b) for a, b in pairs) or all(_row(a, b) for a, b in pairs):
            yield choice


def check_order(placed: tuple[Placed, ...], wanted: tuple[str, ...]) -> tuple[bool, str]:
    """(passed, why not): the phrases read in this order on the page."""
    found = []
    for item in wanted:
        places = showings(placed, item)
        if not places:
            return False, f"expected text {item!r} (in the order {', '.join(map(repr, wanted))})"
        found.append(places)
    readings = list(_aligned_readings(found))
    wrong = [r for r in readings if not all(_follows(a, b) for a, b in zip(r, r[1:]))]
    if wrong:
        shown = sorted(zip(wrong[0], wanted))
        return False, (
            f"the list reads {', '.join(repr(w) for _, w in shown)}; the video shows {', '.join(map(repr, wanted))}"
        )
    if readings:
        return True, ""
    previous: Showing | None = None
    for i, places in enumerate(found):
        later = [p for p in places if previous is None or _follows(previous, p)]
        if not later:
            return False, f"expected {wanted[i]!r} after {wanted[i - 1]!r} (reading down the page); here it comes before it"
        previous = later[0]
    return True, ""
