"""Loading task.yaml: every suite task loads; errors name the file, the step and the field."""

import re
from pathlib import Path

import pytest
from helpers import SUITE

from pytest_iwr.task import TaskError, find_tasks, load_task

SUITE_TASKS = find_tasks(SUITE)


def write(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "demo" / "t"
    folder.mkdir(parents=True)
    (folder / "task.yaml").write_text("id: t\ntitle: T\ncategory: demo\nlevel: L1\n" + body)
    return folder


def test_the_suite_has_tasks_and_every_one_loads():
    assert len(SUITE_TASKS) >= 4
    for path in SUITE_TASKS:
        task = load_task(path)
        assert task.key == f"{path.parent.parent.name}/{path.parent.name}"
        assert all(step.expect and step.description for step in task.steps)


def test_step_item_names_are_readable_and_unique(tmp_path):
    folder = write(tmp_path, """steps:
  - {action: click, target: {text: New game}, description: d, expect: [{text: a}]}
  - {action: press, key: ArrowLeft, description: d, expect: [{text: a}]}
  - {action: scroll, dy: 600, description: d, expect: [{scrolled: true}]}
  - {action: type, target: {placeholder: From}, text: Paris, description: d, expect: [{text: a}]}
""")
    names = [s.item_name for s in load_task(folder).steps]
    assert names == ["01-click-New-game", "02-press-ArrowLeft", "03-scroll-600", "04-type-From"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("steps: []\n", "steps: expected at least one step"),
        ("steps:\n  - {action: click, description: d, expect: [{text: a}]}\n", "step 1: target: a click needs a target"),
        ("steps:\n  - {action: type, target: {label: A}, description: d, expect: [{text: a}]}\n", "step 1: text: a type step needs the text"),
        ("steps:\n  - {action: press, description: d, expect: [{text: a}]}\n", "step 1: key: a press step needs a key"),
        ("steps:\n  - {action: scroll, description: d, expect: [{text: a}]}\n", "step 1: dy: a scroll step needs dy"),
        ("steps:\n  - {action: click, target: {id: x}, description: d, expect: [{text: a}]}\n", "step 1: target: unknown key 'id'"),
        ("steps:\n  - {action: click, target: {name: Go}, description: d, expect: [{text: a}]}\n", "step 1: target: needs at least one of"),
        ("steps:\n  - {action: click, target: {text: Go}, expect: [{text: a}]}\n", "step 1: description: expected a sentence"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{count: {text: a, equals: -1}}]}\n",
         "step 1: expect[0]: count: equals: expected a whole number >= 0"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{regex: '('}]}\n",
         "step 1: expect[0]: regex: not a valid regular expression"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{visual: {min: 2}}]}\n",
         "step 1: expect[0]: visual: min: expected a similarity between 0 and 1"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{text: a, no_text: b}]}\n",
         "step 1: expect[0]: expected a mapping with one check kind"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{role: {name: Go}}]}\n",
         "step 1: expect[0]: role: role: expected an ARIA role"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{role: {role: tab, selected: true}}]}\n",
         "step 1: expect: needs at least one check of what a person sees"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{line: ''}]}\n",
         "step 1: expect[0]: line: expected the visible text"),
        ("steps:\n  - {action: click, target: {text: Go}, description: d, expect: [{value: {equals: x}}]}\n",
         "step 1: expect[0]: value: target: expected the field"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{number: {pattern: 'Score (\\d+)'}}]}\n",
         "step 1: expect[0]: number: expected at least one of equals, min, max, in, change"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{number: {pattern: 'Score \\d+', equals: 1}}]}\n",
         "step 1: expect[0]: number: pattern: expected exactly one group"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{count: {text: a, change: up}}]}\n",
         "step 1: expect[0]: count: change: expected a whole number"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{count: {text: a, in: []}}]}\n",
         "step 1: expect[0]: count: in: expected a list of whole numbers"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{any: [[{text: a}]]}]}\n",
         "step 1: expect[0]: any: expected a list of at least two alternatives"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{any: [[{text: a}], [{txt: b}]]}]}\n",
         "step 1: expect[0]: any[1][0]: txt: unknown check kind 'txt'"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{rule: {name: 2048.slide, direction: west}}]}\n",
         "step 1: expect[0]: rule: direction: expected one of left, right, up, down"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{rule: {name: 2048.slide, direction: up, score: 'Score'}}]}\n",
         "step 1: expect[0]: rule: score: expected a regular expression with one group (...) around the score"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{rule: {name: 2048.dealt, tiles: 0}}]}\n",
         "step 1: expect[0]: rule: tiles: expected how many tiles"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{rule: {name: 2048.dealt, tiles: 2, colour: red}}]}\n",
         "step 1: expect[0]: rule: colour: unknown option 'colour' (expected: tiles, size)"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{rule: {name: chess.castle}}]}\n",
         "step 1: expect[0]: rule: name: expected the name of a rule check (2048.dealt, 2048.slide"),
        ("steps:\n  - {action: press, key: A, description: d, expect: [{slide: {direction: up}}]}\n",
         "step 1: expect[0]: slide: unknown check kind 'slide': it is now a rule check, {rule: {name: 2048.slide, ...}}"),
        ("steps:\n  - {action: select, target: {label: Colour}, description: d, expect: [{text: a}]}\n",
         "step 1: option: a select step needs the option's visible text"),
        ("steps:\n  - {action: click, target: {text: Go}, option: Blue, description: d, expect: [{text: a}]}\n",
         "step 1: option: only a select step takes an option"),
        ("steps:\n  - {action: drag, target: {text: A}, description: d, expect: [{text: a}]}\n",
         "step 1: to: a drag step needs either `to`"),
        ("steps:\n  - {action: drag, target: {text: A}, to: {text: B}, by: [1, 0], description: d, expect: [{text: a}]}\n",
         "step 1: to: a drag step needs either `to`"),
        ("steps:\n  - {action: drag, target: {text: A}, by: [0, 0], description: d, expect: [{text: a}]}\n",
         "step 1: by: expected [dx, dy]"),
        ("steps:\n  - {action: drag, target: {text: A}, by: 40, description: d, expect: [{text: a}]}\n",
         "step 1: by: expected [dx, dy]"),
        ("steps:\n  - {action: hover, target: {text: A}, by: [4, 0], description: d, expect: [{text: a}]}\n",
         "step 1: by: only a drag step takes to/by"),
        ("steps:\n  - {action: drag, target: {text: A}, to: {text: B}, until: Volume 75, description: d, expect: [{text: a}]}\n",
         "step 1: until: only a drag by an offset takes until"),
        ("steps:\n  - {action: drag, target: {text: A}, by: [40, 0], until: [75], description: d, expect: [{text: a}]}\n",
         "step 1: until: expected the visible text that shows when the drag has gone far enough"),
        ("steps:\n  - {action: double_click, description: d, expect: [{text: a}]}\n",
         "step 1: target: a double_click needs a target"),
        ("steps:\n  - {action: tap, target: {text: A}, description: d, expect: [{text: a}]}\n",
         "step 1: action: expected one of click, type, press, scroll, hover, double_click, select, drag"),
        ("steps:\n  - {action: click, target: {text: A}, description: d, expect: [{order: [Newest]}]}\n",
         "step 1: expect[0]: order: expected a list of at least two visible texts, top one first"),
        ("steps: [\n", "not valid YAML"),
    ],
)
def test_errors_point_at_the_file_step_and_field(tmp_path, body, message):
    folder = write(tmp_path, body)
    with pytest.raises(TaskError) as info:
        load_task(folder)
    text = str(info.value)
    assert text.startswith(str(folder / "task.yaml")), text
    assert message in text, text


def test_the_task_id_must_match_its_folder(tmp_path):
    folder = tmp_path / "demo" / "other"
    folder.mkdir(parents=True)
    (folder / "task.yaml").write_text("id: t\ntitle: T\ncategory: demo\nlevel: L1\nsteps: []\n")
    with pytest.raises(TaskError, match="id: 't' must equal the task's folder name 'other'"):
        load_task(folder)


def test_checks_inside_alternatives_are_seen_by_the_step(tmp_path):
    folder = write(tmp_path, """steps:
  - action: click
    target: {text: Card 1}
    description: d
    expect:
      - any:
        - [{changed: true}, {number: {pattern: 'Moves (\\d+)', change: 1}}]
        - [{rule: {name: 2048.slide, direction: left, size: 3}}]
  - {action: press, key: A, description: d, expect: [{count: {text: [Fox, Owl], word: true, in: [0, 2]}}]}
""")
    first, second = load_task(folder).steps
    assert first.needs("changed") and [c.options["size"] for c in first.rules_before()] == [3]
    assert second.rules_before() == []
    assert second.expect[0].arg == ("Fox", "Owl") and second.expect[0].options == {"word": True, "in": (0, 2)}


def test_a_drag_until_a_text_shows_walks_twice_its_offset_in_small_steps():
    from pytest_iwr.actions import UNTIL_REACH, UNTIL_STEP_PX, until_path, until_source

    path = until_path((100, 50), (196, 50))
    assert len(path) == UNTIL_REACH * 96 // UNTIL_STEP_PX and path[0] == (102, 50) and path[-1] == (292, 50)
    assert path[len(path) // UNTIL_REACH - 1] == (196, 50)  # the planned end on the way
    source = until_source("Minimum order value: $120")
    assert re.search(source, "Minimum order value: $120 Showing 5", re.I)
    assert not re.search(source, "Minimum order value: $1200", re.I)
