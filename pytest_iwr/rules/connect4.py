"""Connect four (`connect4.board`): the discs a person sees on a board of round holes, hole by
hole, against the board the step should show.

    expect:
      - rule:
          name: connect4.board
          cells: [".......", ".......", ".......", "...R...", "...RY..", "...RYY."]
          colours: {R: red, Y: yellow}

`cells` is the board row by row, top to bottom: "." for an empty hole, one letter per
player, `colours` names each letter's colour (red, yellow, green, blue or purple);
`rows`/`columns` may be given and must agree with `cells`.

The board is read by what is drawn, never by ids, classes or markup:

- the holes are the round shapes on the page - SVG circles and ellipses (and `use` of one),
  boxes whose border-radius or clip-path makes them round, round ::before/::after discs of a
  square box - roughly square and of similar size, laid out as a grid of `rows` x `columns`
  by where their centres are on screen (each row to the right of the last, each column
  under it, evenly spaced; a hole and the disc drawn over it are one cell). Where several
  windows of the round shapes make such a grid, the one whose gaps between holes are the
  most evenly coloured (one board frame) is the board;
- each hole shows what is painted there: a screenshot is sampled around the hole's centre
  and its pixels classified by hue and saturation into the colour names, or empty (white,
  grey, dark, or the colour of the board's own frame between the holes).
"""

from __future__ import annotations

import colorsys
import io
import statistics
from dataclasses import dataclass
from typing import Any, Sequence

from . import Reading, Rule, RuleOptionError, Unreadable

EMPTY = "empty"
# Hue bands in degrees, wide enough that every common shade of a disc colour falls in its
# band (#e53935 #d32f2f #ef4444 are red; #fbc02d #facc15 #f59e0b are yellow).
HUE_BANDS = (("red", 0, 20), ("yellow", 20, 70), ("green", 70, 170), ("blue", 170, 260),
             ("purple", 260, 330), ("red", 330, 360))
COLOUR_NAMES = ("red", "yellow", "green", "blue", "purple")
MIN_SATURATION = 0.25  # below: white, grey (an empty hole)
MIN_VALUE = 0.2  # below: black or a shadow
MIN_CHROMA = 0.12  # below (max - min channel, of 1): a grey however dark or light
SAME_AS_FRAME = 48.0  # RGB distance under which a pixel is the board's own colour

Shown = tuple[tuple[str, ...], ...]  # rows top to bottom, a colour name or "empty" per hole


class BoardNotFound(Unreadable):
    """The page shows no grid of round holes of the size asked for."""


# --------------------------------------------------------------------------- the grid


@dataclass(frozen=True)
class RoundShape:
    """A round shape on the page: its centre and size, in CSS pixels of the viewport."""

    cx: float
    cy: float
    w: float
    h: float

    @property
    def d(self) -> float:
        return (self.w + self.h) / 2


Grid = tuple[tuple[RoundShape, ...], ...]  # rows top to bottom, left to right


def _nearest(pool: Sequence[RoundShape], x: float, y: float, tol: float) -> RoundShape | None:
    best, best_d = None, tol
    for s in pool:
        dist = max(abs(s.cx - x), abs(s.cy - y))
        if dist <= best_d:
            best, best_d = s, dist
    return best


def _neighbour(pool: Sequence[RoundShape], seed: RoundShape, axis: str) -> RoundShape | None:
    """The nearest shape to the right of (axis x) or under (axis y) the seed, in line with it."""
    tol = 0.3 * seed.d
    if axis == "x":
        ahead = [s for s in pool if abs(s.cy - seed.cy) <= tol and s.cx > seed.cx + 0.6 * seed.d]
        return min(ahead, key=lambda s: s.cx, default=None)
    ahead = [s for s in pool if abs(s.cx - seed.cx) <= tol and s.cy > seed.cy + 0.6 * seed.d]
    return min(ahead, key=lambda s: s.cy, default=None)


def _walk(pool: Sequence[RoundShape], seed: RoundShape, axis: str, most: int | None) -> list[RoundShape]:
    """The seed and the shapes after it along one axis at an even step (until `most` or a gap)."""
    line = [seed]
    nxt = _neighbour(pool, seed, axis)
    if nxt is None:
        return line
    step = (nxt.cx - seed.cx) if axis == "x" else (nxt.cy - seed.cy)
    if step > 3 * seed.d:
        return line
    while most is None or len(line) < most:
        last = line[-1]
        x, y = (last.cx + step, last.cy) if axis == "x" else (last.cx, last.cy + step)
        found = _nearest(pool, x, y, 0.25 * step)
        if found is None or found in line:
            break
        line.append(found)
    return line


def _pool(shapes: Sequence[RoundShape], seed: RoundShape) -> list[RoundShape]:
    return [s for s in shapes if 0.75 * seed.d <= s.d <= 1.34 * seed.d]


def _grid_at(shapes: Sequence[RoundShape], seed: RoundShape, rows: int | None, columns: int | None) -> Grid | None:
    """The grid with `seed` as its top-left hole, `rows` x `columns` (as many as line up if None)."""
    pool = _pool(shapes, seed)
    top = _walk(pool, seed, "x", columns)
    left = _walk(pool, seed, "y", rows)
    if (columns and len(top) < columns) or (rows and len(left) < rows):
        return None
    tol = 0.25 * min(
        (top[1].cx - top[0].cx) if len(top) > 1 else seed.d,
        (left[1].cy - left[0].cy) if len(left) > 1 else seed.d,
    )
    grid = []
    for row_start in left:
        row = []
        for col_start in top:
            found = _nearest(pool, col_start.cx, row_start.cy, tol)
            if found is None:
                return None
            row.append(found)
        grid.append(tuple(row))
    return tuple(grid)


def dedupe(shapes: Sequence[RoundShape]) -> list[RoundShape]:
    """One shape per spot: a hole and the disc (or ring) drawn over it are one cell."""
    out: list[RoundShape] = []
    for s in sorted(shapes, key=lambda s: -s.d):
        if not any(abs(o.cx - s.cx) <= 0.2 * o.d and abs(o.cy - s.cy) <= 0.2 * o.d and 0.6 * o.d <= s.d for o in out):
            out.append(s)
    return out


def grids_of(shapes: Sequence[RoundShape], rows: int, columns: int) -> list[Grid]:
    """Every window of round shapes that makes a grid of rows x columns, top-left first."""
    cells = dedupe(shapes)
    found = []
    for seed in sorted(cells, key=lambda s: (s.cy, s.cx)):
        grid = _grid_at(cells, seed, rows, columns)
        if grid is not None:
            found.append(grid)
    return found


def best_grid_shape(shapes: Sequence[RoundShape]) -> tuple[int, int, int]:
    """The largest grid the round shapes make, as (holes, columns, rows): for the message."""
    cells = dedupe(shapes)
    best = (0, 0, 0)
    for seed in cells:
        grid = _grid_at(cells, seed, None, None)
        if grid is None:
            top = _walk(_pool(cells, seed), seed, "x", None)
            grid = (tuple(top),)
        size = (len(grid) * len(grid[0]), len(grid[0]), len(grid))
        best = max(best, size)
    return best


def not_found(shapes: Sequence[RoundShape], rows: int, columns: int) -> BoardNotFound:
    if not shapes:
        return BoardNotFound(
            f"expected a board of {columns} columns x {rows} rows of round holes; the page shows no "
            "round shapes (SVG circles or ellipses, or boxes made round by border-radius)"
        )
    _, cols, rws = best_grid_shape(shapes)
    return BoardNotFound(
        f"expected a board of {columns} columns x {rows} rows of round holes; of the {len(dedupe(shapes))} "
        f"round shapes on the page the most that line up evenly make {cols} column{'s' * (cols != 1)} "
        f"x {rws} row{'s' * (rws != 1)}"
    )


# --------------------------------------------------------------------------- colours


def colour_of(rgb: Sequence[float], frame: Sequence[float] | None = None) -> str:
    """One pixel: "empty" (white, grey, dark, or the board's frame colour) or a colour name."""
    r, g, b = (float(v) for v in rgb[:3])
    if frame is not None and _saturated(frame) and _distance((r, g, b), frame) < SAME_AS_FRAME:
        return EMPTY
    h, s, v = colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)
    if s < MIN_SATURATION or v < MIN_VALUE or (max(r, g, b) - min(r, g, b)) / 255 < MIN_CHROMA:
        return EMPTY
    return hue_name(h * 360)


def hue_name(hue: float) -> str:
    hue %= 360
    for name, low, high in HUE_BANDS:
        if low <= hue < high:
            return name
    return "red"


def _saturated(rgb: Sequence[float]) -> bool:
    return colour_of(rgb) != EMPTY


def _distance(a: Sequence[float], b: Sequence[float]) -> float:
    return sum((float(x) - float(y)) ** 2 for x, y in zip(a[:3], b[:3])) ** 0.5


def cell_colour(pixels: Sequence[Sequence[float]], frame: Sequence[float] | None, players: Sequence[str]) -> str:
    """What a hole shows, from the pixels sampled in it: the colour most of them have, or empty
    when at least half are empty. A hole of the frame's own hue (a darker blue hole in a blue
    board) is empty unless a player's discs have that colour."""
    if not pixels:
        return EMPTY
    votes: dict[str, int] = {}
    for p in pixels:
        name = colour_of(p, frame)
        votes[name] = votes.get(name, 0) + 1
    empty = votes.pop(EMPTY, 0)
    if not votes or empty * 2 >= len(pixels):
        return EMPTY
    name = max(votes, key=lambda k: votes[k])
    if frame is not None and _saturated(frame) and name not in players and name == colour_of(frame):
        return EMPTY
    return name


def frame_points(grid: Grid) -> list[tuple[float, float]]:
    """Spots between the holes (the middle of every four neighbouring holes, and between two
    in a row): there the board's own frame shows."""
    pts = []
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if c + 1 < len(grid[0]):
                a, b = grid[r][c], grid[r][c + 1]
                pts.append(((a.cx + b.cx) / 2, (a.cy + b.cy) / 2))
            if r + 1 < len(grid) and c + 1 < len(grid[0]):
                a, b = grid[r][c], grid[r + 1][c + 1]
                pts.append(((a.cx + b.cx) / 2, (a.cy + b.cy) / 2))
    return pts


class Picture:
    """A screenshot as RGB rows, addressed in CSS pixels of the page (offset and scale)."""

    def __init__(self, pixels: Any, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0):
        self.pixels = pixels  # a numpy array, height x width x 3
        self.scale, self.dx, self.dy = scale, dx, dy

    @classmethod
    def from_png(cls, png: bytes, dx: float = 0.0, dy: float = 0.0) -> "Picture":
        import numpy as np
        from PIL import Image

        return cls(np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=float), 1.0, dx, dy)

    def at(self, x: float, y: float) -> tuple[float, float, float] | None:
        px, py = int((x + self.dx) * self.scale), int((y + self.dy) * self.scale)
        hgt, wid = self.pixels.shape[:2]
        if not (0 <= px < wid and 0 <= py < hgt):
            return None
        return tuple(self.pixels[py, px])

    def patch(self, x: float, y: float, radius: float) -> list[tuple[float, float, float]]:
        """The pixels within `radius` CSS pixels of (x, y), about 12 across."""
        step = max(radius / 6, 1 / self.scale)
        out = []
        n = int(radius / step)
        for i in range(-n, n + 1):
            for j in range(-n, n + 1):
                if (i * step) ** 2 + (j * step) ** 2 <= radius ** 2:
                    p = self.at(x + i * step, y + j * step)
                    if p is not None:
                        out.append(p)
        return out


def frame_colour(picture: Picture, grid: Grid) -> tuple[tuple[float, float, float] | None, float]:
    """The board's frame colour (median of the spots between holes) and how unevenly coloured
    those spots are (mean distance from it): one board frame is even."""
    samples = [p for x, y in frame_points(grid) if (p := picture.at(x, y)) is not None]
    if not samples:
        return None, float("inf")
    median = tuple(statistics.median(p[i] for p in samples) for i in range(3))
    spread = sum(_distance(p, median) for p in samples) / len(samples)
    return median, spread


def shown_on(picture: Picture, grid: Grid, players: Sequence[str]) -> Shown:
    frame, _ = frame_colour(picture, grid)
    return tuple(
        tuple(cell_colour(picture.patch(s.cx, s.cy, 0.3 * s.d), frame, players) for s in row) for row in grid
    )


def choose_grid(picture: Picture, grids: Sequence[Grid], rows: int, columns: int) -> Grid:
    """Of the windows that make a grid, the one with one evenly coloured frame. Two windows as
    even as each other are parts of a bigger board than the one asked for."""
    if len(grids) == 1:
        return grids[0]
    scored = sorted(((frame_colour(picture, g)[1], i) for i, g in enumerate(grids)))
    (best, i), (second, _) = scored[0], scored[1]
    if second - best < 4.0:
        raise BoardNotFound(
            f"expected a board of {columns} columns x {rows} rows of round holes; the round shapes "
            f"on the page make a bigger board (or several), {len(grids)} windows of {columns} x {rows} alike"
        )
    return grids[i]


# --------------------------------------------------------------------------- reading a page

# Discs still falling (CSS animations run on real time, not on the page clock) are first
# brought to where they land, as a person waiting would see. Then every round shape that
# is drawn: SVG circles/ellipses (not inside defs, masks, patterns), `use` of one, boxes
# made round by border-radius or a circle clip-path, and round ::before/::after discs of a
# square box (taken as centred in it).
_READ_ROUNDS_JS = """
() => {
  for (const animation of document.getAnimations()) {
    try {
      if (Number.isFinite(animation.effect.getComputedTiming().endTime)) animation.finish();
    } catch (e) {}
  }
  const out = [];
  const shown = el => el.checkVisibility({opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true});
  const square = (w, h) => w >= 6 && h >= 6 && Math.min(w, h) / Math.max(w, h) >= 0.8;
  const add = (cx, cy, w, h) => out.push({cx, cy, w, h});
  for (const el of document.querySelectorAll('circle, ellipse, use')) {
    if (el.closest('defs, symbol, clipPath, mask, pattern, marker')) continue;
    if (el.localName === 'use') {
      const ref = el.getAttribute('href') || el.getAttribute('xlink:href') || '';
      let target = null;
      try { target = ref.startsWith('#') ? document.querySelector(ref) : null; } catch (e) {}
      if (!target) continue;
      const drawn = target.matches('circle, ellipse') ? [target]
        : [...target.querySelectorAll('*')].filter(e => !e.matches('title, desc, defs, linearGradient, radialGradient, stop'));
      if (!drawn.length || !drawn.every(e => e.matches('circle, ellipse'))) continue;
    }
    const r = el.getBoundingClientRect();
    if (!square(r.width, r.height) || !shown(el)) continue;
    add(r.x + r.width / 2, r.y + r.height / 2, r.width, r.height);
  }
  const radius = (value, w, h) => {
    const parts = value.split(' ');
    const px = (p, size) => p.endsWith('%') ? parseFloat(p) / 100 * size : (parseFloat(p) || 0);
    return [px(parts[0], w), px(parts[1] || parts[0], h)];
  };
  const round = (s, w, h) => {
    if (/^(circle|ellipse)\\(/.test(s.clipPath || '')) return true;
    const corners = [s.borderTopLeftRadius, s.borderTopRightRadius, s.borderBottomRightRadius, s.borderBottomLeftRadius];
    return corners.every(c => { const [rx, ry] = radius(c || '0', w, h); return rx >= 0.4 * w && ry >= 0.4 * h; });
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (el instanceof SVGElement) continue;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (square(r.width, r.height) && round(s, r.width, r.height) && shown(el)) {
      add(r.x + r.width / 2, r.y + r.height / 2, r.width, r.height);
    }
    for (const pseudo of ['::before', '::after']) {
      const p = getComputedStyle(el, pseudo);
      if (!p.content || p.content === 'none' || p.display === 'none') continue;
      const w = parseFloat(p.width), h = parseFloat(p.height);
      if (!square(w, h) || !round(p, w, h) || !square(r.width, r.height) || !shown(el)) continue;
      add(r.x + r.width / 2, r.y + r.height / 2, w, h);
    }
  }
  return {shapes: out, width: innerWidth, height: innerHeight, x: scrollX, y: scrollY};
}
"""


def read_board(page: Any, rows: int, columns: int, players: Sequence[str]) -> Shown:
    """The board a person sees on `page` (a Playwright Page): a colour name or empty per hole."""
    seen = page.evaluate(_READ_ROUNDS_JS)
    shapes = [RoundShape(**s) for s in seen["shapes"]]
    grids = grids_of(shapes, rows, columns)
    if not grids:
        raise not_found(shapes, rows, columns)
    in_view = all(
        0 <= s.cx - s.d / 2 and s.cx + s.d / 2 <= seen["width"] and 0 <= s.cy - s.d / 2 and s.cy + s.d / 2 <= seen["height"]
        for g in grids for row in g for s in row
    )
    shot = dict(type="png", animations="disabled", caret="hide", scale="css")
    if in_view:
        picture = Picture.from_png(page.screenshot(**shot))
    else:  # part of the board is scrolled out of view: the whole page, in page coordinates
        picture = Picture.from_png(page.screenshot(full_page=True, **shot), float(seen["x"]), float(seen["y"]))
    return shown_on(picture, choose_grid(picture, grids, rows, columns), players)


# --------------------------------------------------------------------------- judging


def expected_board(opts: dict) -> Shown:
    colours = opts["colours"]
    return tuple(tuple(EMPTY if ch == "." else colours[ch] for ch in row) for row in opts["cells"])


def format_shown(shown: Shown, colours: dict) -> str:
    """`....... / ...R...`: the board as the options write it; "?" for a colour no player has."""
    letter = {name: key for key, name in colours.items()}
    letter[EMPTY] = "."
    return " / ".join("".join(letter.get(v, "?") for v in row) for row in shown)


def differences(expected: Shown, shown: Shown) -> list[str]:
    """The holes that differ, in words, top row first: "row 6, column 4: expected red, shows empty"."""
    return [
        f"row {r + 1}, column {c + 1}: expected {want}, shows {got}"
        for r, (want_row, got_row) in enumerate(zip(expected, shown))
        for c, (want, got) in enumerate(zip(want_row, got_row))
        if want != got
    ]


def judge_board(before: Reading | None, after: Reading, opts: dict) -> tuple[bool, str]:
    if after.problem:
        return False, f"could not read the board: {after.problem}"
    expected, shown = expected_board(opts), after.state
    diff = differences(expected, shown)
    if not diff:
        return True, ""
    more = f", and {len(diff) - 3} more" if len(diff) > 3 else ""
    others = sorted({v for row in shown for v in row if v != EMPTY and v not in opts["colours"].values()})
    legend = f" ({'; '.join(f'? = {o}' for o in others)})" if others else ""
    return False, (
        f"{len(diff)} of the {len(expected) * len(expected[0])} holes differ (rows counted from the top): "
        f"{'; '.join(diff[:3])}{more}. Expected {format_shown(expected, opts['colours'])}, "
        f"the page shows {format_shown(shown, opts['colours'])}{legend}"
    )


# --------------------------------------------------------------------------- options


def _options(opts: dict) -> dict:
    allowed = ("cells", "colours", "rows", "columns")
    for key in opts:
        if key not in allowed:
            raise RuleOptionError(key, f"unknown option {key!r} (expected: {', '.join(allowed)})")
    colours = opts.get("colours", {"R": "red", "Y": "yellow"})
    if not isinstance(colours, dict) or not colours:
        raise RuleOptionError("colours", f"expected each player's letter with its colour, e.g. {{R: red, Y: yellow}}, got {colours!r}")
    for key, name in colours.items():
        if not isinstance(key, str) or len(key) != 1 or key == "." or key.isspace():
            raise RuleOptionError("colours", f"expected one letter per player (not '.'), got {key!r}")
        if name not in COLOUR_NAMES:
            raise RuleOptionError("colours", f"expected a colour among {', '.join(COLOUR_NAMES)} for {key!r}, got {name!r}")
    if len(set(colours.values())) != len(colours):
        raise RuleOptionError("colours", f"two players have the same colour: {colours!r}")
    cells = opts.get("cells")
    if not isinstance(cells, list) or not cells or not all(isinstance(r, str) for r in cells):
        raise RuleOptionError("cells", f"expected the board as a list of strings, one per row top to bottom, got {cells!r}")
    width = len(cells[0])
    if width < 2 or len(cells) < 2 or any(len(r) != width for r in cells):
        raise RuleOptionError("cells", f"expected at least 2 rows of the same length (2 or more holes), got {cells!r}")
    for r, row in enumerate(cells):
        for ch in row:
            if ch != "." and ch not in colours:
                raise RuleOptionError("cells", f"row {r + 1} {row!r}: {ch!r} is neither '.' nor a player's letter ({', '.join(colours)})")
    for key, size in (("rows", len(cells)), ("columns", width)):
        given = opts.get(key, size)
        if given != size or isinstance(given, bool):
            raise RuleOptionError(key, f"`cells` has {size} {key}, `{key}` says {given!r}")
    return {"cells": tuple(cells), "colours": dict(colours), "rows": len(cells), "columns": width}


def _read(page: Any, opts: dict) -> Shown:
    return read_board(page, opts["rows"], opts["columns"], tuple(opts["colours"].values()))


BOARD = Rule(
    "connect4.board", "the discs each round hole of the board shows, against the cells given",
    _options, _read, judge_board,
)
RULES = (BOARD,)
