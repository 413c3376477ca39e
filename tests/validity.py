"""The validity corpus: pages whose right verdict we know, scored by the benchmark.

`tests/data/validity/<category>/<task>/` holds, beside a `variants.yaml`,
complete pages of four kinds:
- `nonsemantic/`, `restructured/`: the reference rebuilt to look and behave
  the same to a person, with clickable divs, drawn checkboxes and plain-text
  labels, or with other ids, classes, nesting and state: IFS 100 is right;
- `defect-*/`: the reference with one realistic defect; `first_failure` is the
  step after which a person comparing with the video sees it is wrong;
- `known:` on an entry says the benchmark gets that page wrong today, and why;
  its test is an expected failure that must keep failing (strict), so a fix
  shows, and the README counts it as misjudged; `known: "unstable: ..."` marks
  a verdict that came out right in one run and wrong in another (not strict);
- `rebuild/`: a one-shot rebuild written from the task's frames and asset
  sheets only (what a model receives), by someone who never saw the
  reference; `first_failure` is where we, looking at it, judge it first
  wrong (null: it does what the video shows).

Run `python tests/validity.py` for the table the README quotes; the tests in
test_validity.py assert every verdict.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "validity"
SUITE = ROOT / "tasks"


@dataclass(frozen=True)
class Variant:
    task: str  # category/task
    name: str  # nonsemantic, restructured, rebuild, defect-...
    expected: int | None  # the first step that must fail; None: every step passes
    shows: str = ""
    known: str = ""  # a verdict the benchmark is known to get wrong, and why (kept visible, never hidden)

    @property
    def kind(self) -> str:
        return "defect" if self.name.startswith("defect-") else self.name

    @property
    def folder(self) -> Path:
        return CORPUS / self.task / self.name


def variants() -> list[Variant]:
    out = []
    for manifest in sorted(CORPUS.glob("*/*/variants.yaml")):
        task = f"{manifest.parent.parent.name}/{manifest.parent.name}"
        for name, entry in (yaml.safe_load(manifest.read_text()) or {}).items():
            if (manifest.parent / name / "index.html").exists():
                out.append(Variant(
                    task, name, entry.get("first_failure"), entry.get("shows") or "", entry.get("known") or "",
                ))
    return out


def first_failure(variant: Variant, browser) -> tuple[int | None, str | None]:
    """The first step the benchmark fails on this page (None if none), and why."""
    from pytest_iwr.models import Generation
    from pytest_iwr.recording import Recording
    from pytest_iwr.runner import TaskRun
    from pytest_iwr.task import load_task

    task = load_task(SUITE / variant.task)
    run = TaskRun(task, Generation("ok", root=variant.folder), browser, recording=Recording.load(task.recording_path))
    try:
        for result in run.run_all():
            if not result.passed:
                return result.index, result.failure
    finally:
        run.close()
    return None, None


def main() -> int:
    from playwright.sync_api import sync_playwright

    from pytest_iwr.chromium import launch_args

    chosen = variants()
    if len(sys.argv) > 1:
        chosen = [v for v in chosen if any(a in f"{v.task}/{v.name}" for a in sys.argv[1:])]
    tally: dict[str, list[int]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        for v in chosen:
            got, why = first_failure(v, browser)
            right = got == v.expected
            tally.setdefault(v.kind, [0, 0])
            tally[v.kind][0] += right
            tally[v.kind][1] += 1
            mark = "ok " if right else "BAD"
            print(f"{mark} {v.task:32} {v.name:34} expected {v.expected}, got {got}" + ("" if right else f": {why}"), flush=True)
        browser.close()
    for kind, (right, total) in sorted(tally.items()):
        print(f"{kind}: {right} of {total} judged right")
    return 0 if all(r == t for r, t in tally.values()) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
