"""Replaying one task's trajectory on one model's page, step by step.

Steps run in order and only once. Asking for step N runs every earlier step
that has not run yet (so `-k` can pick one step and still reach its state).
After the first failure the official IFS prefix rule applies: later steps are
blocked, unless `keep_going`, which runs them for the step pass rate only.
"""

from __future__ import annotations

import re
import shutil
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser
from playwright.sync_api import Error as PlaywrightError

from . import clock, perceived, rules, visual
from .actions import Found, TargetNotFound, act, drop_point, locate, point_at
from .browser import Limits, PageDead, PageSession, _first_line
from .checks import Observation, find_phrase, run_check, run_perceptual
from .models import Generation
from .ocr import Ocr, OcrUnavailable
from .recording import Recording
from .judge import Judge, JudgeVerdict, Rating, assertion_question, grounding_question, visual_question
from .task import MARKUP_KINDS, Check, Task


@dataclass
class StepResult:
    """One step's verdict and figures (index 0 is the page load)."""

    index: int
    action: str
    description: str
    executed: bool = False
    passed: bool = False
    counted: bool = False  # passed, and no earlier step failed: counts toward IFS
    strategy: str | None = None
    vfs: float | None = None
    metrics: dict[str, float | None] = field(default_factory=dict)
    failure: str | None = None
    seconds: float = 0.0
    blocked_by: int | None = None
    blocked_requests: int = 0
    accessibility: list[str] = field(default_factory=list)  # markup checks that failed (reported only)
    accessibility_checks: int = 0
    grounding: dict | None = None  # the judge's point where no name found the target (judge/)


@dataclass
class Capture:
    """What the builder keeps from a step of the reference run."""

    png: bytes | None
    text: str
    box: tuple[float, float, float, float] | None
    strategy: str | None
    view: str | None = None  # the text on screen, kept where the page scrolled
    look_changed: bool | None = None  # whether the clicked target's own spot changed look
    restyled: list[str] | None = None
    patterns: dict[str, list[int]] | None = None
    gone: list[str] | None = None
    landing: list | None = None
    window_dy: int | None = None
    lists: list[list[str]] | None = None
    highlights: list[dict] | None = None
    target_shown: bool | None = None
    fewer: dict[str, list[int]] | None = None
    stays: list[str] | None = None
    recoloured: bool | None = None  # a click: its spot, once the pointer left it, drawn in another colour
    to_box: tuple | None = None  # a drag: the box of the target it dropped on
    shown: frozenset[str] | None = None  # every short line after the step (for steady.py, not recorded)


class TaskRun:
    def __init__(
        self,
        task: Task,
        generation: Generation,
        browser: Browser,
        limits: Limits = Limits(),
        keep_going: bool = False,
        recording: Recording | None = None,
        shots_dir: Path | None = None,
        capture: bool = False,
        context_args: dict[str, Any] | None = None,
        trace: Path | None = None,
        trace_only_failures: bool = False,
        time_scale: float = 1.0,
        implied: bool = True,
        judge: "Judge | None" = None,
        ocr: "Ocr | None" = None,
    ):
        self.task = task
        self.generation = generation
        self.browser = browser
        self.limits = limits
        self.keep_going = keep_going
        self.recording = recording
        self.shots_dir = shots_dir
        self.captures: dict[int, Capture] | None = {} if capture else None
        self.context_args = context_args
        self.trace = trace
        self.trace_only_failures = trace_only_failures
        self.time_scale = time_scale  # 1 in a benchmark run; the clock lint replays other speeds
        self.implied = implied  # the checks the recording implies (perceived.py), beside the task's own
        self.results: dict[int, StepResult] = {}
        self.first_failure: int | None = None
        self.session: PageSession | None = None
        self._last_png: bytes | None = None  # screenshot of the current state, if taken
        self._reference_shots: dict[int, visual.Shot | None] = {}
        self._looks_after: tuple = ()  # the lines the last step ended with (the builder's "gone")
        self.judge = judge  # asked about each step's assertion on its screenshots (judge/)
        self.judged: dict[tuple[str, int], Future] = {}  # (role, step) -> the judge's answer, under way or done
        self._asset_names: dict[str, str] | None = None  # picture digest -> the asset name the model saw
        self._drop_boxes: dict[int, tuple | None] = {}  # the builder's: where each drag dropped
        self._left: _LeftBehind | None = None  # the last click's spot, to look at once the pointer has left
        self._rest: tuple[float, float] | None = None  # where the pointer rests since the last action
        self.ocr = ocr  # with a judge: the paper's low-level visual score, OCR text of both screenshots

    # ------------------------------------------------------------------ public

    def result(self, index: int) -> StepResult:
        """The result of step `index`, running the steps before it first if need be."""
        for i in range(len(self.results), index + 1):
            self.results[i] = self._run(i)
        return self.results[index]

    def _locate(self, step, box, result: StepResult):
        """The target as a person finds it (actions.locate); with a judge, where no name or
        text on the page finds it, the point the judge names on the screenshot instead of
        the reference position (IWR-Bench's grounding), recorded as strategy `judge`."""
        session = self.session
        try:
            found, target_box = session.call(
                lambda: locate(session.page, step, box, self.limits.action * 1000),
                seconds=self.limits.action * 3, what="finding the target",
            )
        except TargetNotFound:
            if self.judge is None or step.target is None:
                raise
            found, target_box = None, None
        if self.judge is None or step.target is None or (found is not None and found.strategy != "box"):
            return found, target_box
        viewport = self.task.viewport
        answer = self.judge.ground(grounding_question(step.action, step.description, session.screenshot(), viewport), viewport)
        result.grounding = {
            "point": answer.point, "reason": answer.reason, "error": answer.error, "cached": answer.cached,
            "input_tokens": answer.input_tokens, "output_tokens": answer.output_tokens, "cost_usd": answer.cost_usd,
        }
        what = step.target.describe()
        if not answer.answered:
            if found is None:
                raise TargetNotFound(f"no visible element matches {what}, and the judge could not say where: {answer.error}")
            return found, target_box  # the reference position, as without a judge
        if answer.point is None:
            raise TargetNotFound(f"no visible element matches {what}, and the judge finds nothing on the screen like {step.description!r}")
        x, y = answer.point
        return Found("judge", point=(x, y)), (x - GROUNDED / 2, y - GROUNDED / 2, GROUNDED, GROUNDED)

    def judge_verdicts(self, up_to: int, wait: bool) -> list:
        """The judge's verdicts on steps up to `up_to` not handed out yet: those done, or
        (wait) all of them. Each is handed out once, to the report of the step that takes it."""
        out = []
        for role, index in sorted(key for key in self.judged if key[1] <= up_to):
            future = self.judged[(role, index)]
            if wait or future.done():
                try:
                    out.append(future.result())
                except Exception as exc:  # noqa: BLE001 - a judge that broke is a judge error, not a crash
                    broke = f"{type(exc).__name__}: {_first_line(exc)}"
                    if role == "visual":
                        out.append(Rating(index=index, score=None, error=broke))
                    else:
                        out.append(JudgeVerdict(index=index, role=role, passed=None, error=broke))
                del self.judged[(role, index)]
        return out

    def run_all(self) -> list[StepResult]:
        return [self.result(i) for i in range(len(self.task.steps) + 1)]

    def close(self) -> None:
        if self.session is None:
            return
        if self.trace is not None and self.session.dead is None:
            keep = not self.trace_only_failures or self.first_failure is not None
            try:
                self.session.context.tracing.stop(path=self.trace if keep else None)
            except PlaywrightError:
                pass  # a trace is a debugging aid; losing it must not fail the run
        self.session.close()
        self.session = None

    # ------------------------------------------------------------------ steps

    def _run(self, index: int) -> StepResult:
        started = time.perf_counter()
        before = len(self.session.log.blocked_requests) if self.session else 0
        try:
            result = self._load() if index == 0 else self._step(index)
        except Exception as exc:  # noqa: BLE001 - one page's surprise must not stop the task's other items
            step = self.task.steps[index - 1] if index else None
            result = StepResult(index, step.action if step else "load", step.description if step else "open the page")
            result.failure = f"harness error: {type(exc).__name__}: {_first_line(exc)}"
        result.seconds = round(time.perf_counter() - started, 4)
        if self.session is not None:
            result.blocked_requests = len(self.session.log.blocked_requests) - before
        if not result.passed and self.first_failure is None:
            self.first_failure = index
        return result

    def _load(self) -> StepResult:
        result = StepResult(0, "load", "open the generated page")
        if self.generation.status == "error":
            result.failure = f"generation failed: {self.generation.error}"
            result.vfs = self._nothing_shown_vfs()
            return result
        try:
            self.session = PageSession(
                self.browser, self.generation.root, self.task.viewport, self.task.seed, self.limits, self.context_args
            )
            if self.shots_dir is not None:
                # The page's source, beside its screenshots, for the HTML report.
                self.shots_dir.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.generation.root / "index.html", self.shots_dir / "index.html")
            if self.trace is not None:
                self.session.context.tracing.start(screenshots=True, snapshots=True, sources=False)
            self.session.load(round(clock.LOAD_MS * self.time_scale))
            result.executed = True
            self._observe_checkpoint(0, result, self.session.visible_text())
            result.passed = True
        except PageDead as dead:
            result.failure = str(dead)
        except PlaywrightError as exc:
            result.failure = f"page could not be opened: {_first_line(exc)}"
        if not result.passed and result.vfs is None:
            result.vfs = self._nothing_shown_vfs()
        return result

    def _step(self, index: int) -> StepResult:
        step = self.task.steps[index - 1]
        result = StepResult(index, step.action, step.description)
        session = self.session
        blocked = self.first_failure is not None and (
            not self.keep_going or session is None or session.dead is not None
        )
        if blocked:
            result.blocked_by = self.first_failure
            result.failure = f"blocked by step {self.first_failure}"
            return result
        assert session is not None
        box = self.recording.box(index) if self.recording else None
        recorded = self.recording.step(index) if self.recording else None
        timing = self._timing(step, recorded)
        if (self.task.random or not self.implied) and recorded is not None:
            recorded = _timing_only(recorded)
        looks = step.action == "click" and (self.captures is not None or (recorded is not None and recorded.look_changed))
        left, self._left = self._left, None
        left_problem = None
        try:
            session.advance_clock(timing.before_ms)
            session.settle()
            try:
                found, target_box = self._locate(step, box, result)
                result.strategy = found.strategy if found else None
                # The spot before the pointer arrives too: a page may show on hover what the
                # reference shows only once clicked, and then looks right all the same.
                # (A build takes it only where it also checks a recorded change of look: the
                # extra-pace runs of `build --check`, which are the clock lint as well.)
                unpointed = self.captures is None or (recorded is not None and recorded.look_changed)
                spot_unpointed = session.region_png(target_box) if looks and target_box and unpointed else None
                plain = self._plain_spot(step, recorded, target_box, spot_unpointed)
                session.call(lambda: point_at(session.page, step, found, target_box), what="moving the pointer")
                session.settle()
                left_problem = self._look_left_behind(left, step, target_box)
                judged = self.judge is not None and bool(step.assertion)
                before_png = self._current_png() if step.needs("changed") or judged else None
                resting = _pointer(step, found, target_box)
                drop = None
                if step.action == "drag":
                    to_box = tuple(recorded.to_box) if recorded is not None and recorded.to_box else None
                    drop, drop_box = session.call(lambda: drop_point(session.page, step, resting, to_box), what="finding where to drop")
                    if self.captures is not None:
                        self._drop_boxes[index] = drop_box
                pointer = drop or resting  # where it rests after the action
                before = session.perceive(resting)
                rules_before = {_rule_key(c): self._rule_reading(c, before.page) for c in step.rules_before()}
                scroll_before = session.scroll_position()
                window_before = session.state()[2]
                spot_before = session.region_png(target_box) if looks and target_box else None
                self._last_png = None
                session.call(
                    lambda: act(session.page, step, found, target_box, self.limits.action * 1000, drop),
                    seconds=self.limits.action * 3,
                    what=f"the {step.action}",
                )
            except TargetNotFound as exc:
                result.failure = f"{step.action} failed: {exc}"
                return result
            except PlaywrightError as exc:
                if not session.responsive():
                    raise PageDead(session.dead or "page stopped answering") from None
                result.failure = f"{step.action} failed: {_first_line(exc)}"
                return result
            result.executed = True
            self._rest = pointer or self._rest
            if plain is not None:
                self._left = _LeftBehind(index, target_box, plain[0], plain[1], bool(recorded and recorded.recoloured))
            if step.action == "scroll":
                session.wait_for_scroll(scroll_before)
            session.advance_clock(timing.after_ms)
            session.settle()
            session.check_alive()
            seen_now = session.perceive(pointer)
            text = seen_now.page
            scroll_moved = session.scroll_position() != scroll_before
            window_dy = round(session.state()[2] - window_before)
            look_changed = None
            if spot_before is not None:
                spot_after = session.region_png(target_box)
                look_changed = visual.pixels_changed(spot_before, spot_after, min_pixels=6)
            # Unchanged under the pointer: the page may show on hover what the reference shows
            # once clicked. Asked again at the end of the step, the pointer moved off it.
            look_pending = look_changed is False and spot_unpointed is not None
            rules_after: dict[tuple, rules.Reading] = {}

            def rule_after(check: Check) -> rules.Reading:
                key = _rule_key(check)
                if key not in rules_after:
                    rules_after[key] = self._rule_reading(check, text)
                return rules_after[key]

            seen = Observation(
                page=session.page,
                text=text,
                view=seen_now.view,
                placed=seen_now.placed,
                before_png=lambda: before_png,
                before_text=lambda: before.page if before else None,
                rule_before=lambda check: rules_before[_rule_key(check)],
                rule_after=rule_after,
                after_png=self._current_png,
                scroll_moved=lambda: scroll_moved,
                reference_shot=lambda: self._reference_shot(index),
                timeout_ms=self.limits.action * 1000,
                look_changed=True if look_pending else look_changed,
                recorded=recorded,
            )
            failures = []
            for check in step.expect:
                outcome = session.call(lambda check=check: run_check(check, seen), what="a check")
                if check.kind in MARKUP_KINDS:
                    result.accessibility_checks += 1
                    if not outcome.passed:
                        result.accessibility.append(outcome.message)
                elif not outcome.passed and outcome.message not in failures:
                    failures.append(outcome.message)
            for outcome in run_perceptual(seen):
                if not outcome.passed and outcome.message not in failures:
                    failures.append(outcome.message)
            if (recorded is not None and recorded.window_dy == 0 and step.action != "scroll"
                    and abs(window_dy) > JUMP_TOLERANCE):
                failures.append(f"the page jumped {window_dy:+d} px; in the video it stayed where it was")
            if recorded is not None and recorded.target_shown and result.strategy in ("box", "judge"):
                used = "the reference position" if result.strategy == "box" else "the judge's point"
                failures.append(
                    f"the video shows {step.target.label_text()!r} where it acts; this page shows it nowhere "
                    f"({used} was used)"
                )
            if recorded is not None and recorded.highlights:
                failures += perceived.highlight_problems(recorded.highlights, seen_now.looks)
            if recorded is not None and recorded.lists:
                failures += perceived.order_problems(recorded.lists, seen_now.looks)
            if recorded is not None and recorded.landing:
                problem = perceived.landing_problem(recorded.landing, seen_now)
                if problem:
                    failures.append(problem)
            if recorded is not None and (recorded.restyled or recorded.patterns or recorded.gone):
                failures += perceived.look_problems(
                    recorded.restyled or [], recorded.patterns or {}, before.looks, seen_now.looks, recorded.gone or [],
                )
            if recorded is not None and recorded.fewer:
                failures += perceived.fewer_problems(recorded.fewer, before.looks, seen_now.looks)
            if recorded is not None and recorded.stays:
                failures += perceived.stay_problems(recorded.stays, before.looks, seen_now.looks)
            if left_problem:
                failures.append(left_problem)
            failures = [self._name_images(f) for f in failures]
            result.passed = not failures
            result.failure = "; ".join(failures) or None
            self._observe_checkpoint(index, result, text, target_box)
            if look_pending and not self._changed_without_pointer(spot_unpointed, target_box):
                result.failure = "; ".join(filter(None, [result.failure, LOOK_SAME]))
                result.passed = False
            if judged:
                after_png = self._current_png()
                question = assertion_question(step.action, step.description, step.assertion, before_png, after_png)
                self.judged[("assertion", index)] = self.judge.submit(index, question)
                if self.shots_dir is not None:  # what the judge saw, for the report's disagreements
                    self.shots_dir.mkdir(parents=True, exist_ok=True)
                    (self.shots_dir / f"judge_{index:02d}_before.png").write_bytes(before_png)
                    (self.shots_dir / f"judge_{index:02d}_after.png").write_bytes(after_png)
            if self.captures is not None:
                self.captures[index].look_changed = look_changed
                self.captures[index].restyled = sorted(perceived.restyled(before.looks, seen_now.looks)) or None
                self.captures[index].patterns = {k: list(v) for k, v in sorted(perceived.patterns(seen_now.looks).items())} or None
                # Gone since the video last showed the page settled: a reply may replace
                # "typing…" while the pointer still glides to the next target.
                self.captures[index].gone = perceived.gone(self._looks_after + before.looks, seen_now.looks) or None
                self.captures[index].fewer = perceived.fewer(before.looks, seen_now.looks) or None
                self.captures[index].stays = perceived.stays(before.looks, seen_now.looks) or None
                self.captures[index].shown = frozenset(look[0].lower() for look in seen_now.looks)
                self._looks_after = seen_now.looks
                self.captures[index].window_dy = window_dy
                self.captures[index].lists = perceived.new_lists(before.looks, seen_now.looks) or None
                self.captures[index].highlights = perceived.highlights(before.looks, seen_now.looks) or None
                name = step.target.label_text() if step.target else ""
                self.captures[index].target_shown = bool(name) and find_phrase(before.page, name) is not None
                if scroll_moved:
                    self.captures[index].view = perceived.arrived(before.view, seen_now.view) or None
                    mark = perceived.landmark(before, seen_now) if step.action != "scroll" else None
                    self.captures[index].landing = list(mark) if mark else None
        except PageDead as dead:
            result.failure = str(dead)
            result.passed = False
        except PlaywrightError as exc:
            result.failure = f"page error after the {step.action}: {_first_line(exc)}"
            result.passed = False
        result.counted = result.passed and self.first_failure is None
        return result

    def _name_images(self, message: str) -> str:
        """A picture named in a verdict by the asset name the model was given."""
        if perceived.IMAGE not in message or self.recording is None:
            return message
        if self._asset_names is None:
            self._asset_names = {a["sha256"][:perceived.IMAGE_DIGEST]: a["name"] for a in self.recording.assets}
        names = self._asset_names
        pattern = "'" + perceived.IMAGE + "([0-9a-f]{%d})'" % perceived.IMAGE_DIGEST
        return re.sub(pattern, lambda m: f"the picture {names.get(m.group(1), m.group(1))}", message)

    # ------------------------------------------------------------------ observations

    def _plain_spot(self, step, recorded, target_box, taken: bytes | None) -> tuple[bytes, float] | None:
        """A click's spot before the pointer comes (and the scroll then), kept to compare
        with the spot once the pointer has gone on to the next target."""
        if step.action != "click" or not target_box:
            return None
        if self._rest is not None and _overlap((self._rest[0] - 4, self._rest[1] - 4, 8, 8), target_box):
            return None  # the pointer rests on it already (a second click): no plain look to keep
        if self.captures is None and not (recorded is not None and recorded.recoloured):
            return None
        assert self.session is not None
        png = taken if taken is not None else self.session.region_png(target_box)
        return png, self.session.scroll_position()

    def _look_left_behind(self, left: "_LeftBehind | None", step, target_box) -> str | None:
        """The last click's spot, now the pointer has moved on to this step's target: drawn
        in another colour than before that click (a star lit), as the video showed it? A
        hover style cannot be told from a click's effect under the pointer; here it is gone."""
        if left is None or step.action != "click" or not target_box or _overlap(left.box, target_box):
            return None
        assert self.session is not None
        if self.session.scroll_position() != left.scroll:
            return None  # the spot is somewhere else on the screen now
        change = visual.ink_change(left.png, self.session.region_png(left.box))
        if self.captures is not None and left.index in self.captures:
            # A fact only where the spot still shows the same thing on the same backdrop.
            self.captures[left.index].recoloured = None if change is None else change == "recoloured"
        if left.recoloured and change == "same":
            return (f"the control clicked at step {left.index} is drawn in the colour it had before that click, "
                    "now the pointer has left it; in the video its colour changed")
        return None

    def _changed_without_pointer(self, spot_unpointed: bytes, target_box) -> bool:
        """The clicked spot, the pointer moved away, against how it looked before the pointer came."""
        session = self.session
        size = session.page.viewport_size
        session.call(lambda: session.page.mouse.move(2, size["height"] - 2), what="moving the pointer")
        self._rest = (2, size["height"] - 2)
        session.settle()
        return visual.pixels_changed(spot_unpointed, session.region_png(target_box), min_pixels=6)

    def _timing(self, step, recorded) -> clock.StepTime:
        """The page time the video showed around this step (recording.json), scaled for the clock lint."""
        if recorded is not None and recorded.before_ms is not None and recorded.after_ms is not None:
            timing = clock.StepTime(recorded.before_ms, recorded.after_ms)
        else:
            timing = clock.step_time(step)
        return timing.scaled(self.time_scale)

    def _rule_reading(self, check: Check, text: str) -> rules.Reading:
        """What a rule check reads off the page now, under the call limit."""
        assert self.session is not None
        session = self.session
        rule = rules.get(check.arg)
        return session.call(lambda: rule.reading(session.page, check.options, text), what=f"reading the page for {check.arg}")

    def _current_png(self) -> bytes:
        if self._last_png is None:
            assert self.session is not None
            self._last_png = self.session.screenshot()
        return self._last_png

    def _observe_checkpoint(self, index: int, result: StepResult, text: str, box=None) -> None:
        """Screenshot where the step is scored or built; VFS against the reference."""
        wanted = self.task.needs_reference_image(index)
        if self.captures is not None:
            png = self._current_png() if wanted else None
            self.captures[index] = Capture(png, text, box, result.strategy, to_box=self._drop_boxes.get(index))
        if not self.task.has_checkpoint(index):
            return
        png = self._current_png()
        if self.shots_dir is not None:
            self.shots_dir.mkdir(parents=True, exist_ok=True)
            (self.shots_dir / f"step_{index:02d}.png").write_bytes(png)
        reference = self._reference_shot(index)
        if reference is None:
            return
        ref_text = self.recording.text(index) if self.recording else None
        result.vfs, result.metrics = visual.vfs(reference, visual.Shot.from_png(png), ref_text, text)
        reference_png = self.task.checkpoint_path(index).read_bytes() if self.judge or self.ocr else b""
        if self.judge is not None:
            question = visual_question(reference_png, png)
            self.judged[("visual", index)] = self.judge.submit_rating(index, question)
        if self.ocr is not None:
            try:
                result.metrics["ocr"] = self.ocr.similarity(reference_png, png)
            except OcrUnavailable as exc:  # the paper's figure goes missing, the run goes on
                result.metrics["ocr"] = None
                result.metrics["ocr_error"] = str(exc)[:200]

    def _reference_shot(self, index: int) -> visual.Shot | None:
        if index not in self._reference_shots:
            path = self.task.checkpoint_path(index)
            self._reference_shots[index] = visual.Shot.from_png(path.read_bytes()) if path.exists() else None
        return self._reference_shots[index]

    def _nothing_shown_vfs(self) -> float | None:
        """A page that never showed is 0 alike, when there is a reference to be alike to."""
        return 0.0 if self.task.checkpoint_path(0).exists() else None


@dataclass(frozen=True)
class _LeftBehind:
    index: int  # the click's step
    box: tuple
    png: bytes  # its spot before the pointer came
    scroll: float
    recoloured: bool  # the reference's spot changed colour (RecordedStep.recoloured)


def _overlap(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


GROUNDED = 24  # px: the spot around the judge's point taken as the target's box (its look, the pointer)
LOOK_SAME = "the clicked control looks just as it did before the click; in the video it changed"
JUMP_TOLERANCE = 120  # px the window may move on a click where the reference's stayed (a field scrolled into view)


def _timing_only(recorded):
    """A random task's recorded step with only its page time: the rest is one draw of many."""
    from .recording import RecordedStep

    return RecordedStep(index=recorded.index, before_ms=recorded.before_ms, after_ms=recorded.after_ms)


def _pointer(step, found, target_box) -> tuple[float, float] | None:
    """Where the pointer rests during and after the action (None for a key press)."""
    if step.action == "press" or found is None:
        return None
    if target_box:
        return (target_box[0] + target_box[2] / 2, target_box[1] + target_box[3] / 2)
    return found.point


def _rule_key(check: Check) -> tuple:
    """Rule checks that read the same thing share one reading (a board read once a step)."""
    return (check.arg, tuple(sorted((k, repr(v)) for k, v in check.options.items())))
