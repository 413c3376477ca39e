"""connect4.board: the grid of round holes from their centres, the colour a hole shows, the
judge's words, and boards drawn in different ways read in a browser."""

from __future__ import annotations

import numpy as np
import pytest

from pytest_iwr import rules
from pytest_iwr.rules import Reading, RuleOptionError
from pytest_iwr.rules.connect4 import (
    EMPTY, BoardNotFound, Picture, RoundShape, cell_colour, choose_grid, colour_of, grids_of,
    judge_board, not_found, read_board,
)

RULE = rules.get("connect4.board")
EMPTY_ROWS = ["......."] * 6


def _holes(rows=6, columns=7, pitch=60.0, d=46.0, x0=100.0, y0=200.0, skip=()):
    return [
        RoundShape(x0 + c * pitch, y0 + r * pitch, d, d)
        for r in range(rows) for c in range(columns) if (r, c) not in skip
    ]


# --------------------------------------------------------------------------- the grid


def test_round_shapes_in_rows_and_columns_make_the_grid_top_left_first():
    distractors = [
        RoundShape(130, 80, 34, 34),  # the disc beside "Red to move"
        RoundShape(700, 210, 8, 8), RoundShape(700, 232, 8, 8),  # move-list dots
        RoundShape(40, 300, 48, 48), RoundShape(40, 374, 48, 48),  # avatars
    ]
    discs = [RoundShape(100 + 3 * 60, 200 + 5 * 60, 46, 46)]  # a disc drawn over its hole
    grids = grids_of(_holes() + distractors + discs, 6, 7)
    assert len(grids) == 1
    grid = grids[0]
    assert [len(row) for row in grid] == [7] * 6
    assert (grid[0][0].cx, grid[0][0].cy) == (100, 200)
    assert (grid[5][6].cx, grid[5][6].cy) == (460, 500)


def test_a_grid_with_uneven_gaps_of_a_pixel_or_two_is_still_a_grid():
    jittered = [RoundShape(s.cx + ((i * 7) % 3 - 1) * 1.5, s.cy + ((i * 5) % 3 - 1), s.w, s.h) for i, s in enumerate(_holes())]
    assert len(grids_of(jittered, 6, 7)) == 1


def test_a_missing_hole_or_a_smaller_grid_is_not_the_board_and_says_what_lines_up():
    assert grids_of(_holes(skip={(2, 3)}), 6, 7) == []
    problem = str(not_found(_holes(rows=5), 6, 7))
    assert problem == ("expected a board of 7 columns x 6 rows of round holes; of the 35 round shapes "
                       "on the page the most that line up evenly make 7 columns x 5 rows")
    assert "the page shows no round shapes" in str(not_found([], 6, 7))


def test_shapes_of_another_size_in_line_with_the_board_are_not_holes():
    tabs = [RoundShape(100 + c * 60, 140, 24, 24) for c in range(7)]  # small round tabs one pitch above
    assert len(grids_of(_holes() + tabs, 6, 7)) == 1


def _picture(width=700, height=700, background=(255, 255, 255)):
    return Picture(np.full((height, width, 3), background, dtype=float))


def _paint(picture, shape, rgb):
    y, x = np.ogrid[: picture.pixels.shape[0], : picture.pixels.shape[1]]
    picture.pixels[(x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= (shape.d / 2) ** 2] = rgb


def test_of_several_windows_the_one_with_one_even_frame_is_the_board():
    holes = _holes(rows=7)  # a seventh row of round tabs, alike in size, above the board
    picture = _picture()
    picture.pixels[200 + 60 - 30 : 200 + 6 * 60 + 30, 70:490] = (37, 99, 217)  # the blue frame behind rows 2-7
    for s in holes:
        _paint(picture, s, (238, 242, 251))
    grids = grids_of(holes, 6, 7)
    assert len(grids) == 2
    assert choose_grid(picture, grids, 6, 7)[0][0].cy == 260


def test_a_bigger_board_than_asked_for_is_not_read():
    holes = _holes(columns=8)
    picture = _picture()
    picture.pixels[170:530, 70:550] = (37, 99, 217)
    with pytest.raises(BoardNotFound, match="make a bigger board"):
        choose_grid(picture, grids_of(holes, 6, 7), 6, 7)


# --------------------------------------------------------------------------- colours


def _rgb(hex_colour):
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


@pytest.mark.parametrize(("hex_colour", "name"), [
    ("#e53935", "red"), ("#d32f2f", "red"), ("#ef4444", "red"), ("#ff7386", "red"), ("#b01a32", "red"),
    ("#fbc02d", "yellow"), ("#facc15", "yellow"), ("#f59e0b", "yellow"), ("#ffe27a", "yellow"), ("#d18f00", "yellow"),
    ("#43a047", "green"), ("#2563d9", "blue"), ("#1e88e5", "blue"), ("#8e24aa", "purple"),
    ("#ffffff", EMPTY), ("#eef2fb", EMPTY), ("#9e9e9e", EMPTY), ("#111111", EMPTY), ("#2a2f3a", EMPTY),
])
def test_a_pixel_is_named_by_its_hue_or_is_empty_when_pale_grey_or_dark(hex_colour, name):
    assert colour_of(_rgb(hex_colour)) == name


def test_a_hole_shows_the_colour_most_of_its_pixels_have():
    red, highlight, white = _rgb("#e0314b"), (255, 255, 255), _rgb("#eef2fb")
    assert cell_colour([red] * 30 + [highlight] * 10, None, ("red", "yellow")) == "red"
    assert cell_colour([white] * 30 + [red] * 10, None, ("red", "yellow")) == EMPTY
    assert cell_colour([], None, ("red", "yellow")) == EMPTY


def test_a_hole_of_the_frames_own_colour_is_empty_unless_a_player_has_that_colour():
    frame, dark_hole = _rgb("#2563d9"), _rgb("#1a3f9a")
    assert colour_of(_rgb("#2a66dc"), frame) == EMPTY  # the frame's own colour
    assert cell_colour([dark_hole] * 20, frame, ("red", "yellow")) == EMPTY
    assert cell_colour([dark_hole] * 20, frame, ("red", "blue")) == "blue"


# --------------------------------------------------------------------------- options and judging


def test_options_take_rows_and_columns_from_the_cells_and_name_what_is_wrong():
    opts = RULE.options({"cells": EMPTY_ROWS[:5] + ["...R..."], "colours": {"R": "red", "Y": "yellow"}})
    assert (opts["rows"], opts["columns"]) == (6, 7)
    assert RULE.options({"cells": ["..", "RY"]})["colours"] == {"R": "red", "Y": "yellow"}
    for bad, field in [
        ({"cells": ["...", ".."]}, "cells"),
        ({"cells": ["..", ".X"]}, "cells"),
        ({"cells": "...."}, "cells"),
        ({"cells": ["..", ".."], "colours": {"R": "crimson"}}, "colours"),
        ({"cells": ["..", ".."], "colours": {"R": "red", "Y": "red"}}, "colours"),
        ({"cells": ["..", ".."], "rows": 3}, "rows"),
        ({"cells": ["..", ".."], "columns": 3}, "columns"),
        ({"cells": ["..", ".."], "size": 2}, "size"),
    ]:
        with pytest.raises(RuleOptionError) as caught:
            RULE.options(bad)
        assert caught.value.field == field, bad


def test_the_judge_names_the_first_holes_that_differ_in_words():
    opts = RULE.options({"cells": EMPTY_ROWS[:5] + ["...R..."], "colours": {"R": "red", "Y": "yellow"}})
    right = tuple(tuple(EMPTY for _ in range(7)) for _ in range(5)) + ((EMPTY,) * 3 + ("red",) + (EMPTY,) * 3,)
    assert judge_board(None, Reading(right), opts) == (True, "")
    from_top = ((EMPTY,) * 3 + ("red",) + (EMPTY,) * 3,) + tuple(tuple(EMPTY for _ in range(7)) for _ in range(5))
    passed, message = judge_board(None, Reading(from_top), opts)
    assert not passed
    assert message == ("2 of the 42 holes differ (rows counted from the top): row 1, column 4: expected empty, "
                       "shows red; row 6, column 4: expected red, shows empty. Expected ....... / ....... / "
                       "....... / ....... / ....... / ...R..., the page shows ...R... / ....... / ....... / "
                       "....... / ....... / .......")
    green = right[:5] + ((EMPTY,) * 3 + ("green",) + (EMPTY,) * 3,)
    assert judge_board(None, Reading(green), opts)[1].endswith("...?... (? = green)")
    assert judge_board(None, Reading(None, "no round shapes"), opts) == (False, "could not read the board: no round shapes")


def test_many_differences_are_counted_not_all_listed():
    opts = RULE.options({"cells": ["RRRRR", "....."]})
    passed, message = judge_board(None, Reading(((EMPTY,) * 5, (EMPTY,) * 5)), opts)
    assert message.startswith("5 of the 10 holes differ") and ", and 2 more." in message


# --------------------------------------------------------------------------- pages in a browser

BOARD = ["...Y...", "...R...", "...Y...", "...R.Y.", "..YRRY.", "..RYRYR"]
COLOURS = {"R": "red", "Y": "yellow"}
FILL = {"R": "#e53935", "Y": "#facc15"}

AROUND = """<!doctype html><style>body{{margin:0;font:14px sans-serif}}
  .status{{display:flex;gap:8px;align-items:center;padding:12px}}
  .turn{{width:34px;height:34px;border-radius:50%;background:#e53935}}
  .dot{{display:inline-block;width:8px;height:8px;border-radius:50%;background:#facc15}}
  .avatar{{width:48px;height:48px;border-radius:50%;background:#ffe0b2}}
</style>
<div class="status"><span class="turn"></span><b>Red to move</b><span class="avatar"></span></div>
<ol><li><span class="dot"></span> 1. Yellow – column 4</li><li><span class="dot"></span> 2. Red – column 4</li></ol>
{board}"""


def _svg_board(cells):
    holes = "".join(f'<circle cx="{44 + c * 60}" cy="{44 + r * 60}" r="23" fill="#eef2fb"/>' for r in range(6) for c in range(7))
    discs = "".join(
        f'<circle cx="{44 + c * 60}" cy="{44 + r * 60}" r="23" fill="url(#g{ch})"/>'
        for r, row in enumerate(cells) for c, ch in enumerate(row) if ch != "."
    )
    grad = "".join(
        f'<radialGradient id="g{k}" cx="38%" cy="34%" r="70%"><stop offset="0" stop-color="#fff3"/>'
        f'<stop offset="0.5" stop-color="{v}"/><stop offset="1" stop-color="{v}"/></radialGradient>'
        for k, v in FILL.items()
    )
    return (f'<svg width="448" height="388" viewBox="0 0 448 388"><defs>{grad}<circle id="x" r="5"/></defs>'
            f'<rect width="448" height="388" rx="18" fill="#2563d9"/>{holes}{discs}</svg>')


def _div_board(cells, wrap=lambda s: s):
    holes = "".join(
        wrap(f'<div class="hole">{"" if ch == "." else f"<div class=disc style=background:{FILL[ch]}></div>"}</div>')
        for row in cells for ch in row
    )
    return ("<style>.board{display:grid;grid-template-columns:repeat(7,52px);gap:8px;padding:12px;"
            "background:#1565c0;width:max-content;border-radius:14px}"
            ".hole{width:52px;height:52px;border-radius:50%;background:#0d3c7a;display:grid;place-items:center}"
            ".disc{width:46px;height:46px;border-radius:50%}</style>"
            f'<div class="board">{holes}</div>')


@pytest.fixture(scope="module")
def page(chromium):
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    yield page
    page.close()


def _read(page):
    shown = read_board(page, 6, 7, ("red", "yellow"))
    letter = {v: k for k, v in COLOURS.items()} | {EMPTY: "."}
    return ["".join(letter.get(v, "?") for v in row) for row in shown]


def test_an_svg_board_of_circles_is_read_by_what_is_drawn(page):
    page.set_content(AROUND.format(board=_svg_board(BOARD)))
    assert _read(page) == BOARD


def test_a_board_of_round_divs_is_read_and_its_dark_holes_are_empty(page):
    page.set_content(AROUND.format(board=_div_board(BOARD)))
    assert _read(page) == BOARD


def test_a_board_wrapped_in_boxes_without_a_box_of_their_own_is_read(page):
    wrapped = _div_board(BOARD, lambda s: f'<div style="display:contents"><span style="display:contents">{s}</span></div>')
    page.set_content(AROUND.format(board=f'<div style="display:contents"><section style="display:contents">{wrapped}</section></div>'))
    assert _read(page) == BOARD


def test_discs_drawn_as_pseudo_elements_of_square_cells_are_read(page):
    cells = "".join(f'<div class="c{ch}"></div>' for row in BOARD for ch in row)
    page.set_content(
        "<style>.b{display:grid;grid-template-columns:repeat(7,56px);gap:4px;background:#1d4fbf;padding:10px;width:max-content}"
        ".b div{width:56px;height:56px;position:relative}"
        ".b div::after{content:'';position:absolute;inset:4px;border-radius:50%;background:#fff}"
        f".cR::after{{background:{FILL['R']}!important}}.cY::after{{background:{FILL['Y']}!important}}</style>"
        f'<div class="b">{cells}</div>'
    )
    assert _read(page) == BOARD


def test_a_board_stacked_from_the_top_reads_as_such_and_fails(page):
    from_top = list(reversed(BOARD))
    page.set_content(AROUND.format(board=_svg_board(from_top)))
    opts = RULE.options({"cells": BOARD, "colours": COLOURS})
    passed, message = RULE.judge(None, RULE.reading(page, opts, ""), opts)
    assert not passed
    assert message.startswith("18 of the 42 holes differ (rows counted from the top): row 1, column 3: expected empty, shows red")


def test_a_disc_still_falling_is_read_where_it_lands(page):
    page.set_content(AROUND.format(board=_svg_board(BOARD)))
    page.evaluate("""() => {
      const disc = document.querySelectorAll('svg circle')[42 + 6];  // the last disc drawn: row 6, column 7
      disc.animate([{transform: 'translateY(-300px)'}, {transform: 'translateY(0)'}], {duration: 60000});
    }""")
    assert _read(page) == BOARD


def test_a_board_below_the_fold_is_read_without_scrolling(page):
    page.set_content(f'<div style="height:1200px">Scroll down for the board</div>{_svg_board(BOARD)}')
    assert _read(page) == BOARD
    assert page.evaluate("scrollY") == 0


def test_a_page_without_a_board_is_unreadable_and_says_why(page):
    page.set_content(AROUND.format(board="<p>The board is loading…</p>"))
    reading = RULE.reading(page, RULE.options({"cells": BOARD}), "")
    assert reading.state is None
    assert reading.problem.startswith("expected a board of 7 columns x 6 rows of round holes; of the 4 round shapes "
                                      "on the page the most that line up evenly make 1 column x 2 rows")
    page.set_content("<canvas width=400 height=300></canvas>")
    assert "the page shows no round shapes" in RULE.reading(page, RULE.options({"cells": BOARD}), "").problem
