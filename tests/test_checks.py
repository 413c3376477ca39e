"""The text checks are pure functions of the visible text: tested without a browser."""

from pytest_iwr.checks import check_bounds, check_count, check_no_text, check_regex, check_text, nearest_text

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
