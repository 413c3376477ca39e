"""The Minesweeper rule check: the board compared in words, the cells found by geometry, what
each cell shows read off its pixels, and boards drawn in different ways read alike."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import sync_playwright

from pytest_iwr import rules
from pytest_iwr.chromium import launch_args
from pytest_iwr.rules import Reading, RuleOptionError
from pytest_iwr.rules.minesweeper import (
    BoardNotFound, Box, classify, compare, find_cells, judge_grid, look_of, read_grid,
)

REFERENCE = Path(__file__).resolve().parent.parent / "tasks" / "games" / "minesweeper" / "reference"

# --------------------------------------------------------------------------- comparing


def test_a_board_like_the_videos_passes_and_question_marks_match_anything():
    assert compare(["#1.", "F*2"], ["#1.", "F*2"]) is None
    assert compare(["#?.", "???"], ["#1.", "F*2"]) is None


def test_differing_cells_are_named_in_words_first_ones_first():
    problem = compare(["#1.", "F*2"], [".1.", "#*3"])
    assert problem.startswith(
        "3 cells differ from the video's board: row 1, column 1 shows an empty open cell where the video "
        "shows a hidden cell; row 2, column 1 shows a hidden cell where the video shows a flag; "
        "row 2, column 3 shows a 3 where the video shows a 2; the page's board: .1. / #*3"
    )
    many = compare(["#" * 9] * 9, ["." * 9] * 9)
    assert many.startswith("81 cells differ") and "(and 77 more)" in many
    assert compare(["#F", "##"], ["#F", "#F"]).startswith("1 cell differs from the video's board: row 2, column 2 shows a flag")


def test_a_board_of_another_size_says_so():
    assert compare(["##", "##"], ["###", "###", "###"]) == "expected a 2 x 2 board; the page shows ### / ### / ###"


def test_the_rows_option_is_checked():
    options = rules.get("minesweeper.grid").options
    assert options({"rows": ["#1", "F."]}) == {"rows": ("#1", "F.")}
    for bad, field in (({"rows": ["#1", "F"]}, "rows"), ({"rows": ["#x", "F."]}, "rows"), ({"rows": "#1"}, "rows"),
                       ({"rows": ["#1", "F."], "size": 2}, "size")):
        with pytest.raises(RuleOptionError) as caught:
            options(bad)
        assert caught.value.field == field
    with pytest.raises(RuleOptionError, match="unknown characters 'x'"):
        options({"rows": ["#x", "F."]})


def test_the_rule_judges_a_reading():
    opts = {"rows": ("#1", "F.")}
    assert judge_grid(None, Reading(("#1", "F.")), opts) == (True, "")
    assert judge_grid(None, Reading(("#1", "#.")), opts)[1].startswith("1 cell differs")
    assert judge_grid(None, Reading(None, "no 2 x 2 grid"), opts) == (False, "could not read the board: no 2 x 2 grid")
    assert "minesweeper.grid" in rules.names() and not rules.get("minesweeper.grid").needs_before


# --------------------------------------------------------------------------- finding the cells


def _lattice(rows, cols, side=30.0, gap=2.0, origin=(100.0, 50.0)):
    x0, y0 = origin
    return [Box(x0 + c * (side + gap), y0 + r * (side + gap), side, side) for r in range(rows) for c in range(cols)]


def test_the_cells_are_the_largest_equal_boxes_in_a_lattice():
    cells = _lattice(3, 4)
    inner = [Box(b.x + 6, b.y + 6, 18, 18) for b in cells[:5]]  # a flag's own box inside a cell
    stray = [Box(600, 40, 30, 30), Box(10, 10, 44, 44)]  # a button of the cells' size elsewhere, a face
    found = find_cells(stray + inner + list(reversed(cells)), 3, 4)
    assert found == cells


def test_a_lattice_with_a_missing_cell_or_of_another_size_is_not_the_board():
    cells = _lattice(3, 4)
    with pytest.raises(BoardNotFound, match="no 4 x 3 grid of equal cells"):
        find_cells(cells[:-1], 3, 4)
    with pytest.raises(BoardNotFound):
        find_cells(_lattice(3, 5), 3, 4)
    assert find_cells(cells + [Box(b.x, b.y, b.w, b.h) for b in cells], 3, 4) == cells  # a button and the div filling it


# --------------------------------------------------------------------------- what a cell shows

HIDDEN, OPEN, RED = (184, 195, 209), (237, 241, 245), (239, 68, 68)


def _cell(face, bevel=True, ink=None, side=36):
    px = np.empty((side, side, 3), dtype=np.uint8)
    px[:] = face
    if bevel:
        px[:3, :], px[:, :3] = (238, 242, 247), (238, 242, 247)
        px[-3:, :], px[:, -3:] = (123, 136, 155), (123, 136, 155)
    if ink is not None:
        px[12:24, 15:21] = ink
    return px


def test_numbers_say_which_look_is_open():
    looks = [
        look_of(_cell(OPEN, False, (37, 99, 235)), 1), look_of(_cell(OPEN, False), 0),
        look_of(_cell(HIDDEN), 0), look_of(_cell(HIDDEN, ink=(220, 38, 38)), 0),
    ]
    assert classify(looks, 2, 2) == ("1.", "#F")


def test_a_digit_drawn_in_the_cells_own_colour_is_not_seen():
    assert classify([look_of(_cell(HIDDEN), 3), look_of(_cell(HIDDEN), 0)], 1, 2) == ("##",)


def test_without_numbers_the_fewer_cells_of_another_look_are_open():
    looks = [look_of(_cell(OPEN, False), 0)] * 4 + [look_of(_cell(HIDDEN), 0)] * 12
    assert classify(looks, 4, 4) == ("....", "####", "####", "####")
    assert classify([look_of(_cell(HIDDEN), 0)] * 16, 4, 4) == ("####",) * 4


def test_mines_on_open_or_red_cells_and_flags_on_hidden_ones():
    looks = [
        look_of(_cell(OPEN, False, (17, 24, 39)), 0), look_of(_cell(RED, False, (17, 24, 39)), 0),
        look_of(_cell(HIDDEN, ink=(220, 38, 38)), 0), look_of(_cell(HIDDEN), 0),
        look_of(_cell(OPEN, False, (22, 163, 74)), 2), look_of(_cell(OPEN, False), 0),
    ]
    assert classify(looks, 2, 3) == ("**F", "#2.")
    won = [look_of(_cell(OPEN, False, (37, 99, 235)), 1), look_of(_cell(HIDDEN, ink=(220, 38, 38)), 0)]
    assert classify(won, 1, 2) == ("1F",)  # every hidden cell flagged: a flag is a mark that does not look open


# --------------------------------------------------------------------------- pages drawn in different ways

BOARD = ("#1.", "F2#", "*1.")  # what each page below draws
FLAG = ("data:image/svg+xml," "%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E"
        "%3Cpath d='M8 3v17' stroke='%23111' stroke-width='2'/%3E%3Cpath d='M9 3l10 5-10 5z' fill='%23d00'/%3E%3C/svg%3E")

BUTTONS_PAGE = """<!doctype html><style>
  body{font:bold 20px sans-serif}
  .grid{display:grid;grid-template-columns:repeat(3,36px);gap:2px;padding:6px;background:#889;width:max-content;margin:40px}
  button{width:36px;height:36px;padding:0;border:3px outset #dde;background:#bbc;font:inherit}
  button.open{border:1px solid #ccd;background:#eef}
  button img{width:22px;height:22px;display:block;margin:auto}
  .n1{color:#1155ee}.n2{color:#119944}
  .face{width:36px;height:36px;background:#fc0}
</style>
<p>Mines left <b>1</b> · Time <b>2</b></p><div class="face"></div>
<div class="grid">
  <button></button><button class="open n1">1</button><button class="open"></button>
  <button><img src="{flag}"></button><button class="open n2">2</button><button><span style="display:none">3</span></button>
  <button class="open" style="background:#e33"><img src="{mine}"></button><button class="open n1">1</button><button class="open"></button>
</div>"""

MINE = ("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E"
        "%3Ccircle cx='12' cy='12' r='7' fill='%23111'/%3E%3C/svg%3E")

ABSOLUTE_PAGE = """<!doctype html><style>
  body{font:bold 22px sans-serif;margin:0}
  .board{position:relative;width:132px;height:132px;background:#777;margin:60px}
  .row{display:contents}
  .c{position:absolute;width:40px;height:40px;background:linear-gradient(135deg,#eee,#aab 20%,#aab 80%,#667)}
  .c.o{background:#f4f4f4;box-shadow:inset 0 0 0 1px #ccc}
  .c span{position:absolute;inset:0;display:flex;align-items:center;justify-content:center}
  .c.f::before{content:'⚑';position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:#c00;font-size:26px}
  .c.m::before{content:'';position:absolute;left:11px;top:11px;width:18px;height:18px;border-radius:50%;background:#111}
  .labels span{display:inline-block;width:44px;text-align:center}
</style>
<div class="labels"><span>1</span><span>2</span><span>3</span></div>
<div class="board">{cells}</div>"""


def _absolute_cells():
    kinds = {"#": "c", "F": "c f", "*": "c o m", ".": "c o"}
    out = []
    for r, row in enumerate(BOARD):
        out.append('<div class="row">')
        for c, ch in enumerate(row):
            cls = kinds.get(ch, "c o")
            text = f'<span style="color:{"#15e" if ch == "1" else "#194"}">{ch}</span>' if ch.isdigit() else ""
            out.append(f'<div class="{cls}" style="left:{4 + c * 42}px;top:{4 + r * 42}px">{text}</div>')
        out.append("</div>")
    return "".join(out)


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        yield browser.new_page(viewport={"width": 1280, "height": 800})
        browser.close()


def test_a_board_of_buttons_with_pictures_is_read_by_what_is_drawn(page):
    page.set_content(BUTTONS_PAGE.replace("{flag}", FLAG).replace("{mine}", MINE))
    assert read_grid(page, 3, 3) == BOARD


def test_a_board_of_placed_divs_with_css_glyphs_is_read_alike(page):
    page.set_content(ABSOLUTE_PAGE.replace("{cells}", _absolute_cells()))
    assert read_grid(page, 3, 3) == BOARD


def test_a_page_without_a_board_or_with_it_off_screen_says_so(page):
    page.set_content("<h1>Minesweeper</h1><p>Mines left 10</p>")
    with pytest.raises(BoardNotFound, match="no 3 x 3 grid"):
        read_grid(page, 3, 3)
    page.set_content('<div style="height:1200px"></div>' + ABSOLUTE_PAGE.replace("{cells}", _absolute_cells()))
    with pytest.raises(BoardNotFound, match="not wholly on screen"):
        read_grid(page, 3, 3)


def test_the_tasks_reference_reads_as_its_first_step_says(page):
    page.goto(REFERENCE.joinpath("index.html").as_uri())
    assert read_grid(page, 9, 9) == ("#########",) * 9
    page.get_by_role("gridcell", name="Row 4, column 5", exact=True).click()
    assert read_grid(page, 9, 9) == (
        ".....1###", "111..112#", "##1....1#", "111....1#", ".......1#", "221....11", "##21.....", "###2.1221", "###2.1###",
    )
    page.get_by_text("Flag mode: Off").click()
    page.get_by_role("gridcell", name="Row 1, column 7", exact=True).click()  # the pointer stays on the flag
    assert read_grid(page, 9, 9)[0] == ".....1F##"
    page.get_by_role("gridcell", name="Row 1, column 7", exact=True).click()  # and on the cell, hidden again
    assert read_grid(page, 9, 9)[0] == ".....1###"
