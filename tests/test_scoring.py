"""IFS, VFS and Final from step results."""

import pytest

from pytest_iwr import scoring


def step(index, passed, counted=None, vfs=None):
    return {"index": index, "passed": passed, "counted": passed if counted is None else counted, "vfs": vfs}


def test_ifs_is_the_passed_prefix_over_trajectory_steps_and_load_is_not_a_step():
    steps = [step(0, True, counted=False, vfs=0.9), step(1, True), step(2, False), step(3, True, counted=False), step(4, False)]
    scores = scoring.task_scores(steps)
    assert scores["ifs"] == 25.0  # 1 of 4 trajectory steps counted
    assert scores["step_pass_rate"] == 50.0  # steps 1 and 3 passed (--iwr-continue)


def test_vfs_is_the_mean_over_reached_checkpoints_and_final_weights_them():
    steps = [step(0, True, counted=False, vfs=0.8), step(1, True, vfs=0.6), step(2, True)]
    scores = scoring.task_scores(steps)
    assert scores["vfs"] == pytest.approx(70.0)
    assert scores["ifs"] == 100.0
    assert scores["final"] == pytest.approx(0.7 * 100 + 0.3 * 70)


def test_a_figure_not_computed_is_none_not_a_number():
    scores = scoring.task_scores([step(0, True, counted=False), step(1, True)])
    assert scores["vfs"] is None and scores["final"] is None and scores["ifs"] == 100.0


def test_model_figures_are_means_over_tasks_with_breakdowns():
    tasks = [
        {"ifs": 100.0, "vfs": 90.0, "final": 97.0, "category": "games", "level": "L4"},
        {"ifs": 50.0, "vfs": 70.0, "final": 56.0, "category": "travel", "level": "L3"},
        {"ifs": 0.0, "vfs": None, "final": None, "category": "games", "level": "L3"},
    ]
    assert scoring.aggregate(tasks) == {"ifs": 50.0, "vfs": 80.0, "final": 76.5}
    by_category = scoring.breakdown(tasks, "category")
    assert list(by_category) == ["games", "travel"]
    assert by_category["games"] == {"ifs": 50.0, "vfs": 90.0, "final": 97.0}


def test_final_is_seventy_thirty():
    assert scoring.final(24.39, 64.25) == pytest.approx(36.35, abs=0.01)  # the paper's best model
