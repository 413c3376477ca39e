"""The text checks are pure functions of the visible text: tested without a browser."""

from pytest_iwr.checks import (
    check_bounds, check_count, check_no_text, check_number, check_regex, check_text, count_text, nearest_text, read_number,
)

PAGE = "Gridlock\n\n  X to move \n Player X 0   Player O 0\nNew game"


def test_text_is_found_case_insensitively_across_collapsed_whitespace():
    assert check_text(PAGE, "x TO move").passed
    assert check_text(PAGE, "Player X 0 Player O 0").passed


def test_missing_text_fails_with_the_nearest_visible_text():
    outcome = check_text(PAGE, "O to move")
    assert not outcome.passed
    assert outcome.message == "expected text 'O to move'; nearest on the page: 'X to move'"


def test_missing_text_on_an_empty_page_says_so():
    outcome = check_text("", "Score")
    assert not outcome.passed and "no visible text" in outcome.message


def test_no_text_fails_showing_where_the_text_is():
    assert check_no_text(PAGE, "wins!").passed
    outcome = check_no_text(PAGE, "new GAME")
    assert not outcome.passed and "New game" in outcome.message


def test_regex_searches_the_collapsed_text_as_written():
    assert check_regex(PAGE, r"Player X \d+ Player O 0").passed
    assert not check_regex(PAGE, r"player x").passed  # case matters unless (?i)
    assert check_regex(PAGE, r"(?i)player x").passed


def test_count_counts_occurrences_against_bounds():
    assert check_count(PAGE, "player", {"equals": 2}).passed
    outcome = check_count(PAGE, "player", {"equals": 3})
    assert not outcome.passed and outcome.message == "expected exactly 3 of 'player', found 2"
    assert check_count(PAGE, "player", {"min": 1, "max": 2}).passed
    assert not check_count(PAGE, "wins", {}).passed  # no bound: at least one


def test_bounds_name_every_violated_bound():
    assert check_bounds("rows", 5, {"min": 6, "max": 4}).message == "expected at least 6 and at most 4 rows, found 5"


def test_nearest_text_prefers_the_closest_phrase():
    assert nearest_text("Total $44.21 Subtotal $34.50", "Total $44.12") == "'Total $44.21'"


def test_a_number_is_read_through_the_patterns_group_and_compared_with_before():
    pattern = r"(?i)score\W{0,3}(\d+)"
    assert read_number("SCORE 1,024 Best 2048", r"(?i)score\W{0,3}([\d,]+)") == 1024
    assert read_number("no score here", pattern) is None
    assert check_number("Score 12 Best 12", pattern, {"change": (8,)}, "Score 4 Best 4").passed
    outcome = check_number("Score 4 Best 4", pattern, {"change": (8,)}, "Score 4 Best 4")
    assert not outcome.passed and "expected 12 (it was 4 before the action)" in outcome.message
    assert check_number("Score 0", pattern, {"equals": 0}).passed
    assert not check_number("Points 0", pattern, {"equals": 0}).passed
    outcome = check_number("Score 3", pattern, {"change": (1,)}, "nothing yet")
    assert not outcome.passed and "before the action" in outcome.message


def test_a_count_may_sum_several_texts_match_whole_words_and_compare_with_before():
    page = "Fox Whale Whale - cards that have been matched"
    assert count_text(page, ("Fox", "Whale", "Bee")) == 4  # 'been' holds 'bee'
    assert count_text(page, ("Fox", "Whale", "Bee"), word=True) == 3
    assert check_count(page, ("Fox", "Whale"), {"word": True, "change": (1,)}, "Whale Whale").passed
    assert not check_count(page, ("Fox", "Whale"), {"word": True, "change": (-1,)}, "Whale Whale").passed
    assert check_count(page, "Whale", {"in": (0, 2)}).passed
    outcome = check_count(page, "Fox", {"in": (0, 2)})
    assert not outcome.passed and outcome.message == "expected one of 0, 2 of 'Fox', found 1"


def test_bounds_accept_any_of_several_changes():
    assert check_bounds("moves", 3, {"change": (0, 1)}, 2).passed
    outcome = check_bounds("moves", 4, {"change": (0, 1)}, 2)
    assert outcome.message == "expected 2 or 3 (it was 2 before the action) moves, found 4"


def test_text_matches_whole_words_and_a_lone_word_only_where_it_stands_on_its_own():
    from pytest_iwr.checks import check_in_view, check_line, check_no_text, check_text

    page = "Password strength: Strong\nYou have unsaved changes\nBeen there\nMoves 15"
    assert check_text(page, "Strong").passed
    assert check_text(page, "unsaved changes").passed  # a phrase may stand inside a line
    assert not check_text("Password strength: Very strong", "Strong").passed
    assert not check_text(page, "Bee").passed  # not a part of a word
    assert not check_text(page, "5").passed and check_text(page, "15").passed
    assert check_no_text("Very strong", "Strong").passed
    assert not check_no_text(page, "strong").passed
    assert check_line(page, "you have unsaved changes").passed and not check_line(page, "unsaved changes").passed
    assert check_in_view("Intro\nStep 1", "Step 1").passed and not check_in_view("Intro", "Step 1").passed


def _lines(*rows):
    """(text, x, y) rows as placed lines, each block as wide as its text (8 px a character)."""
    return tuple((text, x, y, x, x + 8 * len(text)) for text, x, y in rows)


def test_order_reads_lines_by_where_they_stand_not_by_markup():
    from pytest_iwr.order import check_order

    # the history panel: newest on top; the screen above it shows the newest sum over two lines
    history = _lines(("21.3 ÷ 0 =", 40, 60), ("Error", 40, 90), ("21.3 ÷ 0 = Error", 900, 200), ("7 + 0.1 × 3 = 21.3", 900, 240))
    newest_first = ("21.3 ÷ 0 = Error", "7 + 0.1 × 3 = 21.3")
    assert check_order(history, newest_first)[0]
    # oldest first: the panel's lines decide, not the screen's two lines that also read so
    swapped = history[:2] + _lines(("7 + 0.1 × 3 = 21.3", 900, 200), ("21.3 ÷ 0 = Error", 900, 240))
    passed, message = check_order(swapped, newest_first)
    assert not passed and message.startswith("the list reads '7 + 0.1 × 3 = 21.3', '21.3 ÷ 0 = Error'"), message
    # the markup's order does not matter, only where the lines stand
    assert check_order(tuple(reversed(history)), newest_first)[0]
    # right-aligned lines are one list too (their blocks end together)
    right = (("21.3 ÷ 0 = Error", 1100, 200, 1000, 1230), ("7 + 0.1 × 3 = 21.3", 1090, 240, 1000, 1230))
    assert not check_order(tuple(reversed(right)), tuple(reversed(newest_first)))[0]
    # one row reads left to right (tops a few pixels apart)
    row = _lines(("Wed", 300, 102), ("Mon", 100, 100), ("Tue", 200, 101))
    assert check_order(row, ("Mon", "Tue", "Wed"))[0]
    assert not check_order(row, ("Tue", "Mon"))[0]


def test_order_takes_the_list_over_another_showing_of_a_phrase():
    from pytest_iwr.order import check_order

    # the open note's title reads "Trip to Lisbon" above the sidebar, where it is listed last
    notes = _lines(("Trip to Lisbon", 400, 90), ("Grocery list", 20, 150), ("Book ideas", 20, 200), ("Trip to Lisbon", 20, 250))
    passed, message = check_order(notes, ("Trip to Lisbon", "Grocery list", "Book ideas"))
    assert not passed and "the list reads 'Grocery list', 'Book ideas', 'Trip to Lisbon'" in message
    # the same events listed twice (the side panel, the week grid): both lists must read in order
    panel = _lines(("Product demo", 900, 200), ("Lunch with Sam", 900, 240), ("Flight to Berlin", 900, 280))
    grid = _lines(("Flight to Berlin", 500, 300), ("Lunch with Sam", 500, 420), ("Product demo", 500, 500))
    events = ("Product demo", "Lunch with Sam", "Flight to Berlin")
    assert check_order(panel, events)[0]
    passed, message = check_order(panel + grid, events)
    assert not passed and "the list reads 'Flight to Berlin', 'Lunch with Sam', 'Product demo'" in message
    # no aligned reading (an item indented by its icon): any showing in reading order passes
    indented = _lines(("Pinned", 20, 120), ("Grocery list", 44, 150), ("Book ideas", 20, 200))
    assert check_order(indented, ("Pinned", "Grocery list", "Book ideas"))[0]
    passed, message = check_order(indented, ("Book ideas", "Pinned", "Grocery list"))
    assert not passed and "expected 'Pinned' after 'Book ideas'" in message
    # a phrase over two lines (a label above its value) still has a place
    assert check_order(_lines(("Total", 10, 10), ("$42", 10, 30), ("Pay now", 200, 80)), ("Total $42", "Pay now"))[0]
    # whole words: "Strong" is not found in "Very strong"
    passed, message = check_order(_lines(("Very strong", 0, 0), ("Save", 0, 40)), ("Strong", "Save"))
    assert not passed and "expected text 'Strong'" in message
