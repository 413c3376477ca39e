"""The gestures beyond click, type, press and scroll: hover, select, drag (onto a target or
by an offset), double_click, and key chords, on a probe task (tests/data/tasks/widgets/
gestures), its look-alike made of divs and pointer events, and one defect per gesture."""

from __future__ import annotations

from helpers import DATA, first_failure, task_entry

from pytest_iwr import clock
from pytest_iwr.task import load_task
from pytest_iwr.video import key_badge

GESTURES = DATA / "tasks" / "widgets" / "gestures"
PAGES = DATA / "gestures"
# Each defect as the one change it makes to the reference, and the step where a person
# comparing with the video first sees it.
DEFECTS = {
    "defect-no-tooltip": (1, ".help:hover .tip { display: block; }", ""),
    "defect-drops-the-other-card": (3, "undo.push({ card: dragged, from: dragged.parentElement });",
                                    "if (dragged.id === 'card-a') dragged = document.getElementById('card-b');\n"
                                    "      undo.push({ card: dragged, from: dragged.parentElement });"),
    "defect-email-focus-unshown": (7, "input.addEventListener('focus', () => {",
                                   "if (id === 'email') return;\n    input.addEventListener('focus', () => {"),
    "defect-undo-ignored": (8, "if ((e.ctrlKey || e.metaKey) && e.key === 'z') {", "if (false) {"),
}


def _defect(name: str) -> str:
    _, old, new = DEFECTS[name]
    reference = (GESTURES / "reference" / "index.html").read_text(encoding="utf-8")
    assert reference.count(old) == 1, name
    return reference.replace(old, new)


def test_the_probe_loads_every_gesture():
    steps = load_task(GESTURES).steps
    assert [s.action for s in steps] == ["hover", "select", "drag", "drag", "double_click", "type", "press", "press"]
    assert steps[1].option == "Blue" and steps[2].to.text == "Done (0)" and steps[3].by == (75, 0)
    assert [s.item_name for s in steps][:3] == ["01-hover-Help", "02-select-Colour-Blue", "03-drag-Card-A-to-Done-0"]


def test_a_drag_holds_the_button_for_its_own_page_time_and_chords_read_as_a_person_types_them():
    steps = load_task(GESTURES).steps
    assert clock.step_time(steps[2]).after_ms == clock.DRAG_MS + clock.AFTER_MS
    assert clock.step_time(steps[0]) == clock.step_time(steps[4])  # a hover, a double click: as a click
    assert key_badge("Shift+Tab") == "⇧ Shift + ⇥ Tab" and key_badge("Control+z") == "Ctrl + Z"
    assert key_badge("Enter") == "⏎ Enter" and key_badge("+") == "+"


def test_each_gesture_is_replayed_and_judged_by_what_it_does(bench):
    bench.add_task(GESTURES)
    pages = ["nonsemantic", *DEFECTS]
    bench.add_page("pages/nonsemantic", "widgets/gestures", (PAGES / "nonsemantic.html").read_text(encoding="utf-8"))
    for name in DEFECTS:
        bench.add_page(f"pages/{name}", "widgets/gestures", _defect(name))
    models = ",".join(["reference", "blank", "flipbook"] + [f"replay:pages/{name}" for name in pages])
    result, data = bench.run(f"--iwr-model={models}")
    assert data is not None, result.stdout.str()
    reference = task_entry(data, "reference", "widgets/gestures")
    assert reference["ifs"] == 100.0 and reference["vfs"] >= 95.0
    assert [s["strategy"] for s in reference["steps"][1:6]] == ["text:loose", "label:exact", "text:exact", "title:exact", "text:exact"]
    assert task_entry(data, "blank", "widgets/gestures")["ifs"] == 0.0
    assert task_entry(data, "flipbook", "widgets/gestures")["ifs"] == 0.0
    # Divs for the drop-down (found by the label written beside it), pointer events for the
    # drag, a click counter for the double click: a person sees the same, so it passes.
    look_alike = task_entry(data, "replay:pages/nonsemantic", "widgets/gestures")
    assert look_alike["ifs"] == 100.0, [s["failure"] for s in look_alike["steps"] if s["failure"]]
    assert look_alike["steps"][2]["strategy"] == "label-beside-control:exact"
    for name, (step, _, _) in DEFECTS.items():
        entry = task_entry(data, f"replay:pages/{name}", "widgets/gestures")
        assert first_failure(entry) == step, (name, [s["failure"] for s in entry["steps"]])
