"""Implied facts are kept only where the reference shows them at every pace (pure, no browser)."""

from __future__ import annotations

from pytest_iwr.runner import Capture
from pytest_iwr.steady import keep_steady


def capture(**facts) -> Capture:
    return Capture(png=None, text="", box=None, strategy="role", **facts)


def test_a_toast_gone_only_at_the_videos_pace_is_not_a_fact():
    at_1x = capture(gone=["settings saved", "weekly digest"], restyled=["save"], look_changed=True)
    # At 0.6x the toast still shows after the step; at 1.7x it is gone as at 1x.
    fast = capture(gone=["weekly digest"], restyled=["save"], look_changed=True, shown=frozenset({"settings saved", "save"}))
    slow = capture(gone=["settings saved", "weekly digest"], restyled=["save"], look_changed=True, shown=frozenset({"save"}))
    kept = keep_steady(at_1x, [fast, slow])
    assert kept.gone == ["weekly digest"]
    assert kept.restyled == ["save"] and kept.look_changed is True


def test_a_line_gone_after_the_step_at_every_pace_is_a_fact_though_one_pace_never_showed_it():
    # "Maya is typing…" comes 0.8 s after sending: at 0.6x it had not come before the step.
    at_1x = capture(gone=["maya is typing…"], shown=frozenset({"perfect!"}))
    fast = capture(gone=None, shown=frozenset({"perfect!"}))
    assert keep_steady(at_1x, [fast]).gone == ["maya is typing…"]


def test_facts_every_pace_shows_are_all_kept():
    facts = dict(
        restyled=["a"], gone=["b"], fewer={"maya chen": [2, 1]}, lists=[["x", "y", "z"]], highlights=[{"line": "x"}], patterns={"k": [1, 2]},
        view="one\ntwo", landing=["Gallery", 120], window_dy=0, look_changed=True, target_shown=True, stays=["lena ortiz"],
    )
    kept = keep_steady(capture(**facts), [capture(**facts, shown=frozenset({"a"})), capture(**facts, shown=frozenset())])
    assert {name: getattr(kept, name) for name in facts} == facts


def test_what_differs_between_paces_is_dropped_field_by_field():
    at_1x = capture(
        lists=[["a", "b", "c"], ["d", "e", "f"]], patterns={"p": [1], "q": [2]}, view="one\ntwo\ntyping…",
        landing=["Gallery", 120], window_dy=0, look_changed=True, target_shown=True, highlights=[{"line": "x"}],
    )
    other = capture(
        lists=[["d", "e", "f"]], patterns={"p": [1], "q": [3]}, view="two\none", landing=["Gallery", 300],
        window_dy=240, look_changed=False, target_shown=True, highlights=None,
    )
    at_1x.stays, other.stays = ["lena ortiz", "settings saved"], ["lena ortiz"]
    kept = keep_steady(at_1x, [other])
    assert kept.stays == ["lena ortiz"]  # the toast had gone at the other pace
    assert kept.lists == [["d", "e", "f"]]
    assert kept.patterns == {"p": [1]}
    assert kept.view == "one\ntwo"
    assert kept.landing is None  # the jump landed elsewhere at another pace
    assert kept.window_dy is None  # stayed at one pace, moved at the other
    assert kept.look_changed is False and kept.target_shown is True
    assert kept.highlights is None


def test_a_landing_a_little_off_between_paces_is_the_same_fact():
    kept = keep_steady(capture(landing=["Gallery", 120]), [capture(landing=["Gallery", 150])])
    assert kept.landing == ["Gallery", 120]


def test_a_pace_that_did_not_reach_the_step_leaves_no_implied_fact():
    kept = keep_steady(capture(gone=["x"], restyled=["y"], window_dy=0, look_changed=True, stays=["z"]), [None])
    assert kept.stays is None and kept.gone is None and kept.restyled is None and kept.window_dy is None and kept.look_changed is None
