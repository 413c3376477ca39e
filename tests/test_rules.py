"""The rule registry, the 2048 rules as pure functions, and the board read off pages built in
different ways."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from pytest_iwr.rules.tiles2048 import BoardNotFound, SeenTile, board_from_tiles, check_dealt, check_move, read_board, slide, slide_line
from pytest_iwr.chromium import launch_args

from pytest_iwr import rules
from pytest_iwr.rules import Reading, Rule
from pytest_iwr.rules.tiles2048 import judge_dealt, judge_slide

E = 0
START = ((4, E, 2, 2), (E, E, E, E), (2, E, E, 2), (8, 8, 8, 8))


def test_a_tile_merges_at_most_once_per_move():
    assert slide_line([4, 0, 2, 2]) == ((4, 4, 0, 0), 4)
    assert slide_line([2, 2, 2, 2]) == ((4, 4, 0, 0), 8)
    assert slide_line([2, 2, 2, 0]) == ((4, 2, 0, 0), 4)
    assert slide_line([0, 0, 0, 0]) == ((0, 0, 0, 0), 0)


@pytest.mark.parametrize(("direction", "rows", "gained"), [
    ("left", ((4, 4, E, E), (E, E, E, E), (4, E, E, E), (16, 16, E, E)), 4 + 4 + 32),
    ("right", ((E, E, 4, 4), (E, E, E, E), (E, E, E, 4), (E, E, 16, 16)), 4 + 4 + 32),
    ("up", ((4, 8, 2, 4), (2, E, 8, 8), (8, E, E, E), (E, E, E, E)), 4),
    ("down", ((E, E, E, E), (4, E, E, E), (2, E, 2, 4), (8, 8, 8, 8)), 4),
])
def test_a_move_slides_every_line_towards_its_direction(direction, rows, gained):
    assert slide(START, direction) == (rows, gained)


def test_a_move_is_one_new_2_or_4_in_a_cell_the_slide_left_empty():
    after, _ = slide(START, "left")
    with_new = (after[0], (E, E, 2, E)) + after[2:]
    assert check_move(START, with_new, "left") == (None, 40)
    four = (after[0], (E, E, E, 4)) + after[2:]
    assert check_move(START, four, "left")[0] is None


def test_a_move_without_a_new_tile_or_with_two_fails():
    after, _ = slide(START, "left")
    problem, _ = check_move(START, after, "left")
    assert "plus one new 2 or 4" in problem and "4 4 . . / . . . ." in problem
    two_new = (after[0], (2, E, 2, E)) + after[2:]
    assert check_move(START, two_new, "left")[0]
    an_8 = (after[0], (E, E, 8, E)) + after[2:]
    assert check_move(START, an_8, "left")[0]


def test_a_wrong_merge_rule_fails():
    chained = ((8, E, E, E),) + slide(START, "left")[0][1:]
    chained = (chained[0], (2, E, E, E)) + chained[2:]
    problem, _ = check_move(START, chained, "left")
    assert problem and problem.startswith("after sliding left expected 4 4 . .")


def test_a_move_that_changes_nothing_must_leave_the_board_alone():
    bottom = ((E,) * 4, (E,) * 4, (E,) * 4, (4, 2, 8, 2))
    assert check_move(bottom, bottom, "down") == (None, 0)
    spawned = ((2, E, E, E),) + bottom[1:]
    problem, _ = check_move(bottom, spawned, "down")
    assert "changes nothing" in problem


def test_a_fresh_board_holds_the_dealt_tiles_only():
    assert check_dealt(((2, E), (E, 4)), 2) is None
    assert check_dealt(((2, E), (E, 8)), 2)
    assert check_dealt(((2, 2), (E, 4)), 2)


def _tile(value, row, col, box=0, cell=100.0, origin=(10.0, 20.0)):
    x, y = origin
    return SeenTile(value, x + col * cell + cell / 2, y + row * cell + cell / 2, box, x, y, 4 * cell, 4 * cell)


def test_numbers_sharing_the_most_board_like_box_make_the_board():
    score = SeenTile(4, 900, 40, 1, 850, 20, 200, 40)  # Score 4 and Best 4 share a wide box
    best = SeenTile(4, 1000, 40, 1, 850, 20, 200, 40)
    tiles = [_tile(2, 0, 3), _tile(16, 2, 1), score, best, _tile(4, 3, 0)]
    assert board_from_tiles(tiles) == ((E, E, E, 2), (E, E, E, E), (E, 16, E, E), (4, E, E, E))


def test_merged_tiles_left_under_their_sum_show_the_sum():
    assert board_from_tiles([_tile(4, 0, 0), _tile(2, 0, 0), _tile(2, 0, 0), _tile(8, 3, 3)])[0][0] == 4


def test_a_board_that_is_not_square_or_overlaps_is_not_read():
    with pytest.raises(BoardNotFound, match="not a square board"):
        board_from_tiles([SeenTile(2, 10, 10, 0, 0, 0, 400, 100), SeenTile(4, 30, 10, 0, 0, 0, 400, 100)])
    with pytest.raises(BoardNotFound, match="numbers 2, 4 in one cell, row 2 column 2"):
        board_from_tiles([_tile(2, 1, 1), _tile(4, 1, 1)])
    with pytest.raises(BoardNotFound, match="no group"):
        board_from_tiles([])


# Two ways of drawing the same board, with distracting numbers around it.
GRID_PAGE = """<!doctype html><style>
  .board{display:grid;grid-template-columns:repeat(4,90px);gap:10px;padding:10px;width:390px}
  .cell{width:90px;height:90px;background:#ccc;display:flex}
  .tile{margin:auto;font:bold 40px sans-serif}
</style>
<header><b>Score</b> <span>4</span> <b>Best</b> <span>4</span></header>
<h1>Get to <strong>2048</strong>!</h1>
<div class="board">{cells}</div>"""

ABSOLUTE_PAGE = """<!doctype html><style>
  .logo{width:120px;height:120px;background:gold;font:bold 40px sans-serif}
  .game{position:relative;width:500px;height:500px;background:#bbada0;margin:20px}
  .tile{position:absolute;width:107px;height:107px;background:#eee4da}
  .inner{width:100%;height:100%;display:flex;align-items:center;justify-content:center;font:bold 48px sans-serif}
  .tile.gone{opacity:0}
</style>
<div class="logo">2048</div><p>Score <span>16</span></p>
<div class="game">{tiles}<div class="tile gone" style="left:15px;top:15px"><div class="inner">64</div></div></div>"""

BOARD = ((2, E, E, 4), (E, 16, E, E), (E, E, E, E), (8, E, E, 2048))


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        yield browser.new_page(viewport={"width": 1280, "height": 800})
        browser.close()


def test_a_board_of_grid_cells_is_read_by_geometry(page):
    cells = "".join(
        f'<div class="cell">{f"<span class=tile>{v}</span>" if v else ""}</div>' for row in BOARD for v in row
    )
    page.set_content(GRID_PAGE.replace("{cells}", cells))
    assert read_board(page) == BOARD


def test_a_board_of_absolutely_placed_tiles_is_read_by_geometry(page):
    tiles = "".join(
        f'<div class="tile" style="left:{15 + c * 121}px;top:{15 + r * 121}px"><div class="inner">{v}</div></div>'
        for r, row in enumerate(BOARD) for c, v in enumerate(row) if v
    )
    page.set_content(ABSOLUTE_PAGE.replace("{tiles}", tiles))
    assert read_board(page) == BOARD


def test_a_page_without_a_board_says_so(page):
    page.set_content("<h1>Score 0</h1><p>Nothing to see</p>")
    with pytest.raises(BoardNotFound):
        read_board(page)


def test_tiles_still_sliding_are_read_where_they_land(page):
    tiles = "".join(
        f'<div class="tile" style="left:15px;top:{15 + r * 121}px;transition:left 30s linear"><div class="inner">{v}</div></div>'
        for r, v in enumerate((2, 4, 8, 16))
    )
    page.set_content(ABSOLUTE_PAGE.replace("{tiles}", tiles))
    page.evaluate("() => document.querySelectorAll('.tile:not(.gone)').forEach(t => t.style.left = '378px')")
    assert read_board(page) == ((E, E, E, 2), (E, E, E, 4), (E, E, E, 8), (E, E, E, 16))


def test_rules_are_named_in_a_registry_that_refuses_two_of_one_name():
    assert {"2048.slide", "2048.dealt"} <= set(rules.names())
    assert rules.get("2048.slide").needs_before and not rules.get("2048.dealt").needs_before
    assert rules.get("chess.castle") is None
    clash = Rule("2048.slide", "another", dict, lambda page, opts: None, lambda b, a, o: (True, ""))
    with pytest.raises(ValueError, match="two rule checks are named '2048.slide'"):
        rules.register(clash)


def test_the_slide_rule_judges_two_readings_and_the_score_between_them():
    opts = rules.get("2048.slide").options({"direction": "left", "score": "Score (\\d+)"})
    after, gained = slide(START, "left")
    dealt = ((after[0][0], after[0][1], E, 2),) + after[1:]  # one new 2 where the slide left room
    before = Reading(START, None, "Score 10")
    assert judge_slide(before, Reading(dealt, None, f"Score {10 + gained}"), opts) == (True, "")
    passed, message = judge_slide(before, Reading(dealt, None, "Score 10"), opts)
    assert not passed and message.startswith(f"the tiles merged sliding left add {gained} to the score")
    passed, message = judge_slide(Reading(None, "no group of numbered tiles on the page", ""), Reading(dealt), opts)
    assert (passed, message) == (False, "could not read the board before the move: no group of numbered tiles on the page")
    assert judge_dealt(None, Reading(((2, E), (E, 4))), {"tiles": 2, "size": 2}) == (True, "")
    assert not judge_dealt(None, Reading(None, "no board"), {"tiles": 2, "size": 2})[0]


def test_an_installed_package_adds_rules_through_its_entry_point(tmp_path, monkeypatch):
    (tmp_path / "chess_rules.py").write_text(
        "from pytest_iwr.rules import Rule\n"
        "CASTLE = Rule('chess.castle', 'the king moved two squares', dict, lambda page, opts: None,\n"
        "              lambda before, after, opts: (True, ''))\n"
    )
    info = tmp_path / "chess_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: chess-rules\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pytest_iwr.rules]\nchess = chess_rules:CASTLE\nbroken = no_such_module:RULES\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(rules, "_loaded", False)
    monkeypatch.setattr(rules, "_RULES", {})
    monkeypatch.setattr(rules, "BROKEN", [])
    assert rules.get("chess.castle").summary == "the king moved two squares"
    assert {"2048.slide", "2048.dealt", "chess.castle"} <= set(rules.names())
    assert rules.BROKEN == ["entry point 'broken' (no_such_module:RULES) failed to load: ModuleNotFoundError: No module named 'no_such_module'"]
