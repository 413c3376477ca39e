"""End to end on the task suite: the oracle, the empty page, and broken copies of references.

One benchmark run (reference, blank and two sets of broken pages) is shared by
the tests of this module; each broken page must first fail at the step where
its damage shows.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from helpers import ROOT, SUITE, first_failure, task_entry

from pytest_iwr.task import find_tasks

TASKS = [f"{p.parent.parent.name}/{p.parent.name}" for p in find_tasks(SUITE)]

# (set, task, file in reference/, text to replace, replacement, first step that must fail)
BROKEN = [
    ("broken-a", "games/tic-tac-toe", "app.js",  # a handler removed
     'document.getElementById("new-game").addEventListener("click", newGame);', "", 8),
    ("broken-b", "games/tic-tac-toe", "app.js",  # a wrong game rule: no win on the main diagonal
     "[0, 4, 8], [2, 4, 6]", "[2, 4, 6]", 6),
    ("broken-a", "shopping/cart-checkout", "app.js",  # a total that does not add tax
     "var TAX_RATE = 0.08;", "var TAX_RATE = 0;", 1),
    ("broken-b", "shopping/cart-checkout", "index.html",  # a wrong label
     ">Place order</button>", ">Submit</button>", 6),
    ("broken-a", "content/city-news", "app.js",  # tabs that highlight but do not switch the list
     "if (panel) panel.hidden = !on;", "if (panel) panel.hidden = panel.hidden;", 1),
    ("broken-b", "content/city-news", "app.js",  # "Back to top" that does not scroll
     "window.scrollTo(0, 0);", "window.scrollTo(0, window.scrollY);", 7),
    ("broken-a", "social/photo-feed", "app.js",  # a like counter that does not count down
     "count = liked ? count + 1 : count - 1;", "count = liked ? count + 1 : count;", 2),
    ("broken-a", "games/2048", "app.js",  # merges that do not score
     "    score += gained;", "    score += 0;", 3),
    ("broken-a", "tools/calculator", "app.js",  # floating-point noise shown (21.299999…)
     "var r = parseFloat(n.toPrecision(12));", "var r = n;", 7),
    ("broken-a", "productivity/todo-list", "app.js",  # completed items still counted as left
     "var left = tasks.filter(function (t) { return !t.done; }).length;", "var left = tasks.length;", 7),
    ("broken-a", "forms/survey", "app.js",  # a star rating off by one
     "answers.rating = i + 1;", "answers.rating = i;", 6),
    ("broken-b", "forms/signup-wizard", "app.js",  # mismatched passwords not detected
     'if (v !== $("password").value) return "Passwords do not match.";', 'if (false) return "Passwords do not match.";', 5),
    ("broken-a", "travel/flight-booking", "app.js",  # the confirmation shows another flight than the one chosen
     "choose(f);", "choose(list[0]);", 5),
    ("broken-a", "travel/hotel-search", "app.js",  # "lowest price" sorts the wrong way
     "return a.price - b.price;", "return b.price - a.price;", 3),
    ("broken-b", "games/2048", "app.js",  # a wrong merge rule: 4 2 2 slid left becomes 8, not 4 4
     "        i++; // the partner is used up\n",
     "        i++;\n        while (out.length > 1 && out[out.length - 1] === out[out.length - 2]) {\n"
     "          var again = out.pop() * 2; out[out.length - 1] = again; gained += again;\n        }\n", 3),
    ("broken-c", "games/2048", "app.js",  # a move that deals no new tile
     "    addTile();\n    render();\n  }\n\n  function canMove", "    render();\n  }\n\n  function canMove", 1),
    ("broken-b", "games/memory-match", "app.js",  # a mismatched pair stays face up
     "wrong.forEach(function (k) { cards[k].up = false; });", "wrong.forEach(function (k) { cards[k].up = true; });", 4),
    ("broken-a", "games/memory-match", "app.js",  # any two cards count as a pair
     "if (other.name === card.name) {", "if (true) {", 3),
]

# Independent rebuilds with their own markup and random draws, as a model might
# write them: a classic-DOM 2048 (absolute tiles in a layer without size,
# sliding transitions, merged tiles left under their sum, a "2048" logo tile,
# tiles drawn value first) and a memory game ("Moves 2", "Pairs 1 / 6", a deck
# sorted on random keys). Faithful, so IFS 100; their broken copies must fail
# where the damage first shows on their own boards.
REBUILDS = ROOT / "tests" / "data" / "rebuilds"
BROKEN_REBUILDS = [
    ("broken-d", "games/2048", "index.html",  # a merged tile merges again
     "if (o.value === t.value && !o.mergedFrom) {", "if (o.value === t.value) {", 8),
    ("broken-d", "games/memory-match", "index.html",  # any two cards count as a pair
     "if (other.name === card.name) {", "if (true) {", 3),
]

# Faithful rebuilds whose random draws differ from the reference's: a random
# outcome cannot be known from the video, so these must still score IFS 100.
REBUILT = [
    ("games/2048", "app.js",  # new tiles picked from the other end of the empty cells
     "var at = empty[Math.floor(Math.random() * empty.length)];",
     "var at = empty[empty.length - 1 - Math.floor(Math.random() * empty.length)];"),
    ("games/memory-match", "app.js",  # another shuffle: the deck comes out mirrored
     "    return deck;\n", "    return deck.reverse();\n"),
]


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("suite")
    edits = [(SUITE / b[1] / "reference", *b) for b in BROKEN]
    edits += [(REBUILDS / b[1], *b) for b in BROKEN_REBUILDS]
    edits += [(SUITE / task / "reference", "rebuilt", task, file, old, new, None) for task, file, old, new in REBUILT]
    for source, group, task, file, old, new, _ in edits:
        page = out / group / task
        shutil.copytree(source, page)
        source = (page / file).read_text()
        assert old in source, f"{task}/{file} no longer contains {old!r}: update BROKEN"
        (page / file).write_text(source.replace(old, new))
    groups = sorted({b[1] for b in edits})
    models = ",".join(["reference", "blank", "flipbook", f"replay:{REBUILDS}"] + [f"replay:{out / g}" for g in groups])
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--iwr-model={models}", f"--iwr-report={out}"],
        cwd=ROOT, capture_output=True, timeout=1800,
    )
    data = json.loads((out / "results.json").read_text())
    data["_out"] = str(out)
    return data


@pytest.mark.parametrize("task", TASKS)
def test_the_reference_scores_ifs_100_and_vfs_at_least_95(run, task):
    entry = task_entry(run, "reference", task)
    assert entry["ifs"] == 100.0, [s["failure"] for s in entry["steps"] if not s["passed"]]
    assert entry["vfs"] >= 95.0
    assert entry["blocked_requests"] == 0  # a reference never reaches out


@pytest.mark.parametrize("task", TASKS)
def test_a_blank_page_scores_ifs_0(run, task):
    entry = task_entry(run, "blank", task)
    assert entry["ifs"] == 0.0
    assert first_failure(entry) == 1
    assert entry["vfs"] <= 20.0


@pytest.mark.parametrize(
    ("group", "task", "step"), [(b[0], b[1], b[5]) for b in BROKEN + BROKEN_REBUILDS],
    ids=[f"{b[1]}-{b[0]}" for b in BROKEN + BROKEN_REBUILDS],
)
def test_a_broken_reference_first_fails_where_it_breaks(run, group, task, step):
    entry = task_entry(run, f"replay:{run['_out']}/{group}", task)
    assert first_failure(entry) == step, [(s["index"], s["failure"]) for s in entry["steps"] if not s["passed"]][:2]
    trajectory = len(entry["steps"]) - 1
    assert entry["ifs"] == pytest.approx(100 * (step - 1) / trajectory, abs=0.01)  # the prefix before the break


@pytest.mark.parametrize("task", [r[0] for r in REBUILT])
def test_a_rebuild_with_other_random_draws_still_scores_ifs_100(run, task):
    entry = task_entry(run, f"replay:{run['_out']}/rebuilt", task)
    assert entry["ifs"] == 100.0, [(s["index"], s["failure"]) for s in entry["steps"] if not s["passed"]][:2]
    reference = task_entry(run, "reference", task)
    assert entry["vfs"] < reference["vfs"]  # the draws really differ: the board or the deal looks different


@pytest.mark.parametrize("task", ["games/2048", "games/memory-match"])
def test_an_independent_rebuild_with_its_own_markup_and_draws_scores_ifs_100(run, task):
    entry = task_entry(run, f"replay:{REBUILDS}", task)
    assert entry["ifs"] == 100.0, [(s["index"], s["failure"]) for s in entry["steps"] if not s["passed"]][:2]


def test_the_leaderboard_ranks_the_oracle_first_and_the_blank_page_last(run):
    board = {row["model"]: row for row in run["leaderboard"]}
    assert board["reference"]["ifs"] == 100.0 and board["reference"]["tasks"] == len(TASKS)
    assert board["blank"]["ifs"] == 0.0
    broken = [row for name, row in board.items() if "/broken-" in name]
    assert all(row["final"] < board["reference"]["final"] for row in broken)
    # broken-a and broken-b hold many tasks that work up to their break; the
    # other groups hold one or two pages and fail every task they lack.
    many = [board[f"replay:{run['_out']}/{group}"] for group in ("broken-a", "broken-b")]
    assert all(board["blank"]["final"] < row["final"] for row in many)


def test_the_flipbook_looks_right_but_scores_a_low_ifs(run):
    board = {row["model"]: row for row in run["leaderboard"]}
    assert board["flipbook"]["ifs"] <= 10.0, board["flipbook"]
    assert board["flipbook"]["vfs"] > board["blank"]["vfs"]  # it does look like the page


def test_results_json_follows_the_schema(run):
    assert run["schema"] == "iwr-results/1"
    assert {"models", "judge", "started", "finished", "environment", "leaderboard", "tasks"} <= set(run)
    assert set(run["environment"]) == {"pytest_iwr", "python", "chromium", "litellm"}
    assert run["environment"]["chromium"]
    row = run["leaderboard"][0]
    assert {"model", "tasks", "steps", "ifs", "vfs", "final", "by_category", "by_level"} <= set(row)
    entry = task_entry(run, "reference", TASKS[0])
    assert {"model", "id", "category", "level", "ifs", "vfs", "final", "generation", "steps"} <= set(entry)
    assert set(entry["generation"]) == {"status", "error", "seconds", "input_tokens", "output_tokens", "cost_usd"}
    step = entry["steps"][1]
    assert set(step) == {"index", "action", "description", "executed", "passed", "counted", "strategy", "vfs",
                         "metrics", "failure", "seconds", "accessibility"}
