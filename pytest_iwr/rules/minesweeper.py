"""The Minesweeper board (`minesweeper.grid`): read the board a person sees on any page and
compare it with the board the video shows, written in the task as rows of characters.

    expect:
      - rule:
          name: minesweeper.grid
          rows: [".....1###", "111..112#", ...]

A revealed region's extent, a chord's effect or a flag shows only as which cells look
open, flagged or hidden, with no words; the numbers alone would not tell a flood fill that
stopped at its first ring from one that went on. So the board is read by what is drawn:

- the cells are the boxes of one size laid out in a rows x columns lattice (wrappers,
  rows of the board, buttons or divs, grid or absolute placement: nesting does not
  matter; the largest such boxes are taken, so a digit's own box inside a cell is passed by);
- a cell shows a number when a visible element inside it reads a single digit 1-8 and
  ink is drawn in the cell's centre (a digit printed in the cell's own colour is not seen);
- a cell with ink but no digit shows a mark: a flag on a cell that looks hidden, a mine on
  a cell that looks open (an emoji, a picture, an SVG or a CSS glyph alike);
- a cell without ink is open (".") when it looks like the cells that show numbers (their
  face and edges, read off a screenshot, each page compared only with itself), else hidden.

Characters: "#" hidden, "F" flag, "*" mine shown, "." open and empty, "1"-"8" an open
number, "?" any. Known limits: a board drawn in a canvas, or digits drawn as pictures,
cannot be read; the board must be on screen when it is read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
from PIL import Image

from . import Reading, Rule, RuleOptionError, Unreadable

Grid = tuple[str, ...]  # rows top to bottom, one character a cell

CHARS = "#F*.12345678?"
WORDS = {"#": "a hidden cell", "F": "a flag", "*": "a mine", ".": "an empty open cell"}
LOOK_THRESHOLD = 15.0  # mean level difference (0-255) under which two cells look alike
INK_LEVEL = 60  # a pixel this far from the cell's face colour (any channel) is ink
INK_SHARE = 0.03  # the share of the centre's pixels that must be ink for something to be drawn


class BoardNotFound(Unreadable):
    """The page shows no lattice of cells that could be the board."""


# --------------------------------------------------------------------------- comparing


def describe(char: str) -> str:
    return WORDS.get(char, f"a {char}")


def format_grid(grid: Sequence[str]) -> str:
    return " / ".join(grid)


def compare(expected: Sequence[str], seen: Sequence[str], limit: int = 4) -> str | None:
    """Why the board `seen` is not the board `expected` (None when it is), in words."""
    if len(seen) != len(expected) or any(len(a) != len(b) for a, b in zip(seen, expected)):
        return f"expected a {len(expected[0])} x {len(expected)} board; the page shows {format_grid(seen)}"
    wrong = [
        (r, c, want, got)
        for r, (want_row, got_row) in enumerate(zip(expected, seen))
        for c, (want, got) in enumerate(zip(want_row, got_row))
        if want != "?" and want != got
    ]
    if not wrong:
        return None
    parts = [f"row {r + 1}, column {c + 1} shows {describe(got)} where the video shows {describe(want)}" for r, c, want, got in wrong[:limit]]
    more = f" (and {len(wrong) - limit} more)" if len(wrong) > limit else ""
    cells = "1 cell differs" if len(wrong) == 1 else f"{len(wrong)} cells differ"
    return f"{cells} from the video's board: " + "; ".join(parts) + more + f"; the page's board: {format_grid(seen)}"


# --------------------------------------------------------------------------- the cells


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def holds(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


def _clusters(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _runs(axis: list[float], n: int, side: float) -> list[list[float]]:
    """Runs of n consecutive positions, evenly spaced a cell apart (small gaps allowed)."""
    out = []
    for i in range(len(axis) - n + 1):
        run = axis[i : i + n]
        steps = [b - a for a, b in zip(run, run[1:])]
        if not steps or (min(steps) >= side * 0.85 and max(steps) <= side * 1.6 and max(steps) - min(steps) <= side * 0.2):
            out.append(run)
    return out


def _lattice(group: list[Box], rows: int, cols: int, side: float) -> list[Box] | None:
    """Boxes of `group` laid out as a rows x cols lattice, row-major, or None. Boxes of the
    same size elsewhere (a button beside the board) stand outside the lattice and are passed by."""
    xs, ys = _clusters([b.cx for b in group], side * 0.25), _clusters([b.cy for b in group], side * 0.25)
    for col_run in _runs(xs, cols, side):
        for row_run in _runs(ys, rows, side):
            grid: dict[tuple[int, int], Box] = {}
            for b in group:
                c = min(range(cols), key=lambda i: abs(col_run[i] - b.cx))
                r = min(range(rows), key=lambda i: abs(row_run[i] - b.cy))
                if abs(col_run[c] - b.cx) <= side * 0.25 and abs(row_run[r] - b.cy) <= side * 0.25:
                    grid.setdefault((r, c), b)
            if len(grid) == rows * cols and not _extends(group, col_run, row_run, side):
                return [grid[(r, c)] for r in range(rows) for c in range(cols)]
    return None


def _extends(group: list[Box], col_run: list[float], row_run: list[float], side: float) -> bool:
    """Whether the lattice goes on past the run: a cell of it one step beyond an edge (the
    page's board is larger than the task's, so this is only part of it)."""
    dx = (col_run[-1] - col_run[0]) / (len(col_run) - 1)
    dy = (row_run[-1] - row_run[0]) / (len(row_run) - 1)

    def near(v: float, axis: list[float]) -> bool:
        return any(abs(v - a) <= side * 0.25 for a in axis)

    for b in group:
        if near(b.cy, row_run) and near(b.cx, [col_run[0] - dx, col_run[-1] + dx]):
            return True
        if near(b.cx, col_run) and near(b.cy, [row_run[0] - dy, row_run[-1] + dy]):
            return True
    return False


def find_cells(boxes: Sequence[Box], rows: int, cols: int) -> list[Box]:
    """The board's cells among the square boxes on the page: the largest boxes of about one
    size whose centres form a rows x cols lattice (where a cell's own box and an inner one share
    a spot, the larger is the cell)."""
    squares = {(round(b.x), round(b.y), round(b.w), round(b.h)): b for b in boxes
               if min(b.w, b.h) >= 8 and min(b.w, b.h) / max(b.w, b.h) >= 0.85}
    candidates = sorted(squares.values(), key=lambda b: -b.w)
    tried: set[int] = set()
    for seed in candidates:
        side = round(seed.w)
        if side in tried:
            continue
        tried.add(side)
        tol = max(1.5, side * 0.12)  # a hidden cell's thicker border may make it a little larger
        group = [b for b in candidates if abs(b.w - side) <= tol and abs(b.h - side) <= tol]
        if len(group) < rows * cols:
            continue
        cells = _lattice(group, rows, cols, side)
        if cells:
            return cells
    raise BoardNotFound(f"no {cols} x {rows} grid of equal cells drawn as boxes on the page")


# --------------------------------------------------------------------------- what a cell shows


@dataclass(frozen=True)
class CellLook:
    """What is drawn in one cell: its face and edges (8 x 8 block means without the centre),
    whether ink is drawn in its centre, and the digit written in it (0 for none)."""

    edges: np.ndarray  # (48, 3) float
    ink: bool
    digit: int


def _face(pixels: np.ndarray) -> np.ndarray:
    """The colour most of the cell's inner part is painted in."""
    h, w, _ = pixels.shape
    inner = pixels[h // 8 : h - h // 8, w // 8 : w - w // 8].reshape(-1, 3)
    quant = (inner // 16).astype(np.int32)
    keys = quant[:, 0] * 256 + quant[:, 1] * 16 + quant[:, 2]
    mode = np.bincount(keys).argmax()
    return np.median(inner[keys == mode], axis=0)


_EDGE_MASK = np.ones((8, 8), dtype=bool)
_EDGE_MASK[2:6, 2:6] = False


def look_of(pixels: np.ndarray, digit: int) -> CellLook:
    """The look of a cell from its pixels (h, w, 3 uint8) and the digit its text reads."""
    pixels = pixels.astype(np.float64)
    h, w, _ = pixels.shape
    face = _face(pixels)
    centre = pixels[h // 4 : h - h // 4, w // 4 : w - w // 4]
    ink = float((np.abs(centre - face).max(axis=2) > INK_LEVEL).mean()) >= INK_SHARE
    ys = np.linspace(0, h, 9).astype(int)
    xs = np.linspace(0, w, 9).astype(int)
    blocks = np.array([
        [pixels[ys[i] : max(ys[i + 1], ys[i] + 1), xs[j] : max(xs[j + 1], xs[j] + 1)].reshape(-1, 3).mean(axis=0) for j in range(8)]
        for i in range(8)
    ])
    return CellLook(blocks[_EDGE_MASK], ink, digit if ink else 0)


def _distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).mean())


def _minority_look(edges: Sequence[np.ndarray]) -> np.ndarray | None:
    """Without a number on the board to say which look is open: the look of the fewer cells,
    where the plain cells clearly fall into two looks (an opened region has at least two)."""
    if len(edges) < 3:
        return None
    stack = np.stack(edges)
    centres = [np.median(stack, axis=0)]
    centres.append(stack[int(np.argmax([_distance(e, centres[0]) for e in stack]))])
    for _ in range(6):
        near_second = np.array([_distance(e, centres[1]) < _distance(e, centres[0]) for e in stack])
        if near_second.all() or not near_second.any():
            return None
        centres = [np.median(stack[~near_second], axis=0), np.median(stack[near_second], axis=0)]
    if _distance(centres[0], centres[1]) <= LOOK_THRESHOLD:
        return None
    few = near_second if near_second.sum() < (~near_second).sum() else ~near_second
    return np.median(stack[few], axis=0) if few.sum() >= 2 else None


def classify(looks: Sequence[CellLook], rows: int, cols: int) -> Grid:
    """The characters a person reads off the cells (row-major looks)."""
    numbers = [lk.edges for lk in looks if lk.digit]
    if numbers:
        opened = np.median(np.stack(numbers), axis=0)
    else:
        opened = _minority_look([lk.edges for lk in looks if not lk.ink])
    chars = []
    for lk in looks:
        if lk.digit:
            chars.append(str(lk.digit))
        elif lk.ink:
            chars.append("mark")
        elif opened is not None and _distance(lk.edges, opened) <= LOOK_THRESHOLD:
            chars.append(".")
        else:
            chars.append("#")
    hidden = [lk.edges for lk, ch in zip(looks, chars) if ch == "#"]
    covered = np.median(np.stack(hidden), axis=0) if hidden else None
    for i, (lk, ch) in enumerate(zip(looks, chars)):
        if ch == "mark":
            chars[i] = _mark(lk.edges, opened, covered)
    return tuple("".join(chars[r * cols : (r + 1) * cols]) for r in range(rows))


def _mark(edges: np.ndarray, opened: np.ndarray | None, covered: np.ndarray | None) -> str:
    """Something drawn on a cell without a number: a flag on a cell that looks hidden, a mine
    on one that looks open or unlike both (the one that went off, painted red)."""
    if opened is None:
        return "F"
    to_open = _distance(edges, opened)
    if covered is None:
        return "F" if to_open > LOOK_THRESHOLD else "*"
    to_hidden = _distance(edges, covered)
    if min(to_open, to_hidden) > 2 * LOOK_THRESHOLD:
        return "*"
    return "F" if to_hidden <= to_open else "*"


# --------------------------------------------------------------------------- reading a page

# Transitions and animations brought to their end, as a person waiting would see; then the
# square-ish boxes of visible elements, and the visible elements that read a single digit.
_READ_JS = """
() => {
  for (const animation of document.getAnimations()) {
    try {
      if (Number.isFinite(animation.effect.getComputedTiming().endTime)) animation.finish();
    } catch (e) {}
  }
  const shown = (el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true});
  const boxes = [], digits = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width < 8 || r.height < 8 || r.width > 120 || r.height > 120) continue;
    const text = (el.innerText || '').trim();
    const square = Math.min(r.width, r.height) / Math.max(r.width, r.height) >= 0.85;
    const digit = /^[1-8]$/.test(text) && ![...el.children].some(c => (c.innerText || '').trim() === text);
    if (!(square || digit) || !shown(el)) continue;
    if (square) boxes.push({x: r.x, y: r.y, w: r.width, h: r.height});
    if (digit) digits.push({digit: Number(text), cx: r.x + r.width / 2, cy: r.y + r.height / 2});
  }
  return {boxes, digits, vw: window.innerWidth, vh: window.innerHeight};
}
"""


def read_grid(page: Any, rows: int, cols: int) -> Grid:
    """The board a person sees on `page` (a Playwright Page)."""
    raw = page.evaluate(_READ_JS)
    cells = find_cells([Box(**b) for b in raw["boxes"]], rows, cols)
    left, top = min(b.x for b in cells), min(b.y for b in cells)
    right, bottom = max(b.x + b.w for b in cells), max(b.y + b.h for b in cells)
    if left < 0 or top < 0 or right > raw["vw"] + 0.5 or bottom > raw["vh"] + 0.5:
        raise BoardNotFound("the board is not wholly on screen")
    png = page.screenshot(type="png", clip={"x": left, "y": top, "width": right - left, "height": bottom - top},
                          animations="disabled", caret="hide")
    return grid_from_image(np.asarray(Image.open(io.BytesIO(png)).convert("RGB")), cells, (left, top), raw["digits"], rows, cols)


def grid_from_image(image: np.ndarray, cells: Sequence[Box], origin: tuple[float, float],
                    digits: Sequence[dict], rows: int, cols: int) -> Grid:
    """The board from a screenshot of it (`origin`: where the screenshot's corner is on the page)."""
    written: dict[int, int] = {}
    for d in digits:
        for i, b in enumerate(cells):
            if b.holds(d["cx"], d["cy"]):
                if written.get(i, d["digit"]) != d["digit"]:
                    raise BoardNotFound(f"two numbers in one cell, row {i // cols + 1} column {i % cols + 1}")
                written[i] = d["digit"]
    looks = []
    for i, b in enumerate(cells):
        x0, y0 = round(b.x - origin[0]), round(b.y - origin[1])
        x1, y1 = round(b.x + b.w - origin[0]), round(b.y + b.h - origin[1])
        pixels = image[max(y0, 0) : y1, max(x0, 0) : x1]
        if pixels.shape[0] < 8 or pixels.shape[1] < 8:
            raise BoardNotFound(f"the cell at row {i // cols + 1}, column {i % cols + 1} is not on screen")
        looks.append(look_of(pixels, written.get(i, 0)))
    return classify(looks, rows, cols)


# --------------------------------------------------------------------------- the rule check


def _grid_options(opts: dict) -> dict:
    for key in opts:
        if key != "rows":
            raise RuleOptionError(key, f"unknown option {key!r} (expected: rows)")
    rows = opts.get("rows")
    if not isinstance(rows, list) or not rows or not all(isinstance(r, str) for r in rows):
        raise RuleOptionError("rows", f"expected the board as a list of rows of characters, got {rows!r}")
    width = len(rows[0])
    if not 2 <= width <= 30 or not 2 <= len(rows) <= 30 or any(len(r) != width for r in rows):
        raise RuleOptionError("rows", "expected 2 to 30 rows of one length, 2 to 30 characters each")
    bad = sorted({ch for r in rows for ch in r if ch not in CHARS})
    if bad:
        raise RuleOptionError("rows", f"unknown characters {''.join(bad)!r} (use {CHARS!r}: hidden, flag, mine, empty, numbers, any)")
    return {"rows": tuple(rows)}


def _read(page: Any, opts: dict) -> Grid:
    rows = opts["rows"]
    return read_grid(page, len(rows), len(rows[0]))


def judge_grid(before: Reading | None, after: Reading, opts: dict) -> tuple[bool, str]:
    if after.problem:
        return False, f"could not read the board: {after.problem}"
    problem = compare(opts["rows"], after.state)
    return problem is None, problem or ""


GRID = Rule(
    "minesweeper.grid", "the Minesweeper board reads as the video's: hidden, flagged, open and numbered cells",
    _grid_options, _read, judge_grid,
)
RULES = (GRID,)
