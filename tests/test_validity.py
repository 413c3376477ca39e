"""Judge validity: the benchmark's verdicts on pages whose right verdict we know.

Look-alike copies (non-semantic markup, restructured) must score IFS 100;
every single-defect copy must first fail at the step where its defect
shows; every one-shot rebuild must get the verdict we gave it by eye
(tests/data/validity/*/*/variants.yaml says which, and why).
"""

from __future__ import annotations

import pytest
from validity import first_failure, variants

VARIANTS = variants()


def test_the_corpus_covers_every_task_with_look_alikes_and_two_defects():
    from validity import SUITE

    from pytest_iwr.task import find_tasks

    tasks = {f"{p.parent.parent.name}/{p.parent.name}" for p in find_tasks(SUITE)}
    for task in tasks:
        names = [v.name for v in VARIANTS if v.task == task]
        assert "nonsemantic" in names and "restructured" in names, task
        assert sum(n.startswith("defect-") for n in names) >= 2, task
    assert sum(v.kind == "rebuild" for v in VARIANTS) >= 12


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(v, marks=pytest.mark.xfail(reason=v.known, strict=not v.known.startswith("unstable:")))
        if v.known else v
        for v in VARIANTS
    ],
    ids=lambda v: f"{v.task}/{v.name}",
)
def test_the_benchmark_judges_the_page_as_a_person_would(variant, chromium):
    got, why = first_failure(variant, chromium)
    if variant.expected is None:
        assert got is None, f"a page that does what the video shows failed step {got}: {why}"
    else:
        assert got == variant.expected, (
            f"the defect ({variant.shows}) shows at step {variant.expected}; the benchmark "
            + (f"failed step {got} first: {why}" if got is not None else "passed every step")
        )
