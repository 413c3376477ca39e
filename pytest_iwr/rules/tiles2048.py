"""The 2048 rules (`2048.slide`, `2048.dealt`): read the board off any page, and the rule a
move must follow.

A random new tile makes a 2048 page's future unknowable to anyone who only
watched the video, so a step cannot check positions recorded on the reference.
Instead it checks the page against itself: the board after a move must be the
page's own board before the move, slid by the rules, plus exactly one new 2 or
4 in a cell that the slide left empty (none if nothing moved), and the score
must rise by the sum of the merged tiles.

The board is read by geometry, not by ids: the tiles are the visible elements
that show nothing but a power of two; those sharing the most board-like box
(the lowest square box on screen around a tile that holds another; wrappers
without a box of their own, rows and columns are passed by, so nesting does
not matter) are laid into a size x size grid of equal cells by where their
text is drawn. So a score box reading "Score 4 Best 4" or a "2048" logo does
not count as a tile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from . import Reading, Rule, RuleOptionError, Unreadable

Board = tuple[tuple[int, ...], ...]  # rows top to bottom, 0 for an empty cell

DIRECTIONS = ("left", "right", "up", "down")
NEW_TILE_VALUES = (2, 4)


class BoardNotFound(Unreadable):
    """The page shows no grid of numbered tiles that could be the board."""


# --------------------------------------------------------------------------- the rule


def slide_line(values: Sequence[int]) -> tuple[tuple[int, ...], int]:
    """Slide one line towards its start; each tile merges at most once (4 2 2 -> 4 4)."""
    tiles = [v for v in values if v]
    out: list[int] = []
    gained = 0
    i = 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)
            gained += tiles[i] * 2
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return tuple(out + [0] * (len(values) - len(out))), gained


def slide(board: Board, direction: str) -> tuple[Board, int]:
    """The board after a move in `direction`, and the score that move gains."""
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}")
    rows = [list(r) for r in board]
    if direction in ("up", "down"):
        rows = [list(c) for c in zip(*rows)]
    backwards = direction in ("right", "down")
    gained = 0
    moved = []
    for line in rows:
        result, points = slide_line(line[::-1] if backwards else line)
        gained += points
        moved.append(list(result[::-1] if backwards else result))
    if direction in ("up", "down"):
        moved = [list(c) for c in zip(*moved)]
    return tuple(tuple(r) for r in moved), gained


def format_board(board: Board) -> str:
    """`4 . 2 2 / . . . .`: one line, readable in a failure message."""
    return " / ".join(" ".join(str(v) if v else "." for v in row) for row in board)


def check_move(before: Board, after: Board, direction: str) -> tuple[str | None, int]:
    """Why `after` cannot follow `before` under a move (None if it can), and the points gained."""
    expected, gained = slide(before, direction)
    if expected == before:
        if after != before:
            return (f"sliding {direction} changes nothing on {format_board(before)}, "
                    f"so the board must stay as it was; it shows {format_board(after)}"), 0
        return None, 0
    new = [(r, c) for r, row in enumerate(after) for c, v in enumerate(row) if v != expected[r][c]]
    wanted = f"{format_board(expected)} plus one new 2 or 4 in an empty cell"
    if len(new) != 1:
        return f"after sliding {direction} expected {wanted}; the page shows {format_board(after)}", gained
    r, c = new[0]
    if expected[r][c] != 0 or after[r][c] not in NEW_TILE_VALUES:
        return f"after sliding {direction} expected {wanted}; the page shows {format_board(after)}", gained
    return None, gained


def check_dealt(board: Board, tiles: int) -> str | None:
    """A fresh board: exactly `tiles` tiles, each a 2 or a 4."""
    values = [v for row in board for v in row if v]
    if len(values) == tiles and all(v in NEW_TILE_VALUES for v in values):
        return None
    return f"expected a fresh board of {tiles} tiles, each a 2 or a 4; the page shows {format_board(board)}"


# --------------------------------------------------------------------------- reading a page

# Sliding tiles in flight (CSS transitions run on real time, not on the page
# clock) are first brought to where they land, as a person waiting would see.
# Then: the innermost visible elements that show only a power of two, each with the
# centre of its text and its lowest ancestor that holds another such element
# (for a board tile: the board; for a score box: whatever holds Score and Best).
_READ_TILES_JS = """
() => {
  for (const animation of document.getAnimations()) {
    try {
      if (Number.isFinite(animation.effect.getComputedTiming().endTime)) animation.finish();
    } catch (e) {}
  }
  const seen = [];
  for (const el of document.body.querySelectorAll('*')) {
    const text = (el.innerText || '').trim();
    if (!/^[0-9]{1,7}$/.test(text)) continue;
    const n = Number(text);
    if (n < 2 || (n & (n - 1)) !== 0) continue;
    if ([...el.children].some(c => (c.innerText || '').trim() === text)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true})) continue;
    seen.push({el, value: n, cx: r.x + r.width / 2, cy: r.y + r.height / 2});
  }
  // The board is the lowest square box around a tile that holds another tile.
  // Only boxes count: a wrapper without one (display: contents), a row, a
  // column or a size-less tile layer changes nothing on screen and is passed by.
  const squareAround = (el, t) => {
    const b = el.getBoundingClientRect();
    if (b.width < 20 || b.height < 20 || Math.min(b.width, b.height) / Math.max(b.width, b.height) < 0.8) return null;
    return t.cx >= b.left && t.cx <= b.right && t.cy >= b.top && t.cy <= b.bottom ? b : null;
  };
  const boxes = new Map();
  const out = [];
  for (const t of seen) {
    let box = t.el.parentElement, b = null;
    while (box && !(seen.some(o => o !== t && box.contains(o.el)) && (b = squareAround(box, t)))) box = box.parentElement;
    if (!box) continue;
    if (!boxes.has(box)) boxes.set(box, boxes.size);
    out.push({value: t.value, cx: t.cx, cy: t.cy, box: boxes.get(box), bx: b.x, by: b.y, bw: b.width, bh: b.height});
  }
  return out;
}
"""


@dataclass(frozen=True)
class SeenTile:
    """A number on the page: its value, the centre of its text, the box that holds it."""

    value: int
    cx: float
    cy: float
    box: int
    bx: float
    by: float
    bw: float
    bh: float

    @property
    def squareness(self) -> float:
        return min(self.bw, self.bh) / max(self.bw, self.bh, 1e-9)


def board_from_tiles(tiles: Sequence[SeenTile], size: int = 4) -> Board:
    """Lay the numbers that share the most board-like box into a size x size grid."""
    groups: dict[int, list[SeenTile]] = {}
    for t in tiles:
        groups.setdefault(t.box, []).append(t)
    if not groups:
        raise BoardNotFound("no group of numbered tiles on the page")
    group = max(groups.values(), key=lambda g: (len(g), g[0].squareness >= 0.8, g[0].bw * g[0].bh))
    box = group[0]
    if box.squareness < 0.8:
        raise BoardNotFound(
            f"the numbers {', '.join(str(t.value) for t in group)} share a "
            f"{box.bw:.0f}x{box.bh:.0f} px box, not a square board"
        )
    cell_w, cell_h = box.bw / size, box.bh / size
    stacks: dict[tuple[int, int], list[int]] = {}
    for t in group:
        col, row = int((t.cx - box.bx) // cell_w), int((t.cy - box.by) // cell_h)
        if not (0 <= row < size and 0 <= col < size):
            raise BoardNotFound(f"a {t.value} tile lies outside the {size}x{size} board")
        stacks.setdefault((row, col), []).append(t.value)
    grid = [[0] * size for _ in range(size)]
    for (row, col), values in stacks.items():
        grid[row][col] = _shown(values, row, col)
    return tuple(tuple(r) for r in grid)


def _shown(values: list[int], row: int, col: int) -> int:
    """The number a cell shows. The classic 2048 code leaves the two merged tiles
    under their sum until the next move; a person sees only the sum."""
    top = max(values)
    if len(values) == 1 or (len(values) == 3 and sorted(values)[:2] == [top // 2] * 2):
        return top
    raise BoardNotFound(f"numbers {', '.join(map(str, values))} in one cell, row {row + 1} column {col + 1}")


def read_board(page: Any, size: int = 4) -> Board:
    """The board a person sees on `page` (a Playwright Page)."""
    raw = page.evaluate(_READ_TILES_JS)
    return board_from_tiles([SeenTile(**t) for t in raw], size)


# --------------------------------------------------------------------------- the rule checks


def _size(opts: dict) -> int:
    size = opts.get("size", 4)
    if not isinstance(size, int) or isinstance(size, bool) or not 2 <= size <= 8:
        raise RuleOptionError("size", f"expected the board's width in cells (2 to 8), got {size!r}")
    return size


def _unknown(opts: dict, allowed: tuple[str, ...]) -> None:
    for key in opts:
        if key not in allowed:
            raise RuleOptionError(key, f"unknown option {key!r} (expected: {', '.join(allowed)})")


def _slide_options(opts: dict) -> dict:
    _unknown(opts, ("direction", "score", "size"))
    direction = opts.get("direction")
    if direction not in DIRECTIONS:
        raise RuleOptionError("direction", f"expected one of {', '.join(DIRECTIONS)}, got {direction!r}")
    score = opts.get("score")
    if score is not None:
        try:
            groups = re.compile(score).groups if isinstance(score, str) else -1
        except re.error as exc:
            raise RuleOptionError("score", f"not a valid regular expression: {exc}") from None
        if groups != 1:
            raise RuleOptionError("score", f"expected a regular expression with one group (...) around the score, got {score!r}")
    return {"direction": direction, "score": score, "size": _size(opts)}


def _read(page: Any, opts: dict) -> Board:
    return read_board(page, opts["size"])


def judge_slide(before: Reading | None, after: Reading, opts: dict) -> tuple[bool, str]:
    """The page's own board before the move, slid by the rules, plus one new tile; and the
    score risen by the merged sum."""
    from ..checks import check_number

    direction = opts["direction"]
    if before is None or before.problem:
        return False, f"could not read the board before the move: {before.problem if before else 'not read'}"
    if after.problem:
        return False, f"could not read the board after the move: {after.problem}"
    problem, gained = check_move(before.state, after.state, direction)
    if problem:
        return False, problem
    if opts.get("score"):
        outcome = check_number(after.text, opts["score"], {"change": (gained,)}, before.text)
        if not outcome.passed:
            return False, f"the tiles merged sliding {direction} add {gained} to the score: {outcome.message}"
    return True, ""


def _dealt_options(opts: dict) -> dict:
    _unknown(opts, ("tiles", "size"))
    tiles = opts.get("tiles")
    if not isinstance(tiles, int) or isinstance(tiles, bool) or tiles < 1:
        raise RuleOptionError("tiles", f"expected how many tiles a fresh board holds, got {tiles!r}")
    return {"tiles": tiles, "size": _size(opts)}


def judge_dealt(before: Reading | None, after: Reading, opts: dict) -> tuple[bool, str]:
    if after.problem:
        return False, f"expected a fresh board of {opts['tiles']} tiles; {after.problem}"
    problem = check_dealt(after.state, opts["tiles"])
    return problem is None, problem or ""


SLIDE = Rule(
    "2048.slide", "the board slid by the 2048 rules, one new 2 or 4, the score risen by the merges",
    _slide_options, _read, judge_slide, needs_before=True,
)
DEALT = Rule("2048.dealt", "a fresh 2048 board of that many 2s and 4s", _dealt_options, _read, judge_dealt)
RULES = (SLIDE, DEALT)
