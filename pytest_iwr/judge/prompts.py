"""The judge's prompts, one per role, versioned: a new wording is a new version, and the
cache (cache.py) never answers a question asked in other words.

Roles as in IWR-Bench: *assertion* (did the step do what its sentence says, on the
screenshots before and after the action) and *grounding* (where to act, on a
screenshot, when no name or text on the page finds the target) and *visual*
(a 0-10 rating of each checkpoint screenshot against the reference's). Answers are one JSON object; anything
else is a judge error for the step, never a pass.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass

JUDGE_PROMPT_VERSION = "judge-1"

ASSERTION = """\
You are judging one step of a web page under test. A person performed this \
action on the page: {description} ({action}).
The first image is the page just before the action, the second just after it.
Judge only what the second image shows, compared with the first. The step \
passes if this holds: {assertion}
Answer with one JSON object and nothing else: \
{{"verdict": "pass" or "fail", "reason": "one sentence"}}"""


GROUNDING = """\
You are operating a web page. The image is the page as it looks now ({width} x \
{height} pixels). A person is about to {action} this: {description}
Where on the image would you {action}? Answer with one JSON object and nothing \
else: {{"point": [x, y], "reason": "one sentence"}} in the image's pixels, or \
{{"point": null, "reason": "one sentence"}} if nothing on the page matches."""


VISUAL = """\
You are rating how closely a web page under test looks like a reference page. \
The first image is the reference, the second the page under test, at the same \
moment of the same interaction. Rate the visual fidelity (layout, colours, \
text, images) from 0 (nothing alike) to 10 (indistinguishable). Answer with one \
JSON object and nothing else: {"score": 0-10, "reason": "one sentence"}"""


class JudgeAnswerError(ValueError):
    """The judge's answer is not the JSON object its role asks for."""


@dataclass(frozen=True)
class Question:
    """What one judge call asks: the role, its text, and the images sent with it."""

    role: str
    text: str
    images: tuple[bytes, ...] = ()
    subject: str = ""  # what is judged, for the report: the assertion

    def messages(self) -> list[dict]:
        parts: list[dict] = [{"type": "text", "text": self.text}]
        for png in self.images:
            url = "data:image/png;base64," + base64.b64encode(png).decode()
            parts.append({"type": "image_url", "image_url": {"url": url}})
        return [{"role": "user", "content": parts}]


def assertion_question(action: str, description: str, assertion: str, before_png: bytes, after_png: bytes) -> Question:
    text = ASSERTION.format(action=action, description=description.strip(), assertion=assertion.strip())
    return Question("assertion", text, (before_png, after_png), assertion.strip())


def grounding_question(action: str, description: str, screenshot_png: bytes, viewport: tuple[int, int]) -> Question:
    text = GROUNDING.format(action=action, description=description.strip(), width=viewport[0], height=viewport[1])
    return Question("grounding", text, (screenshot_png,), description.strip())


def visual_question(reference_png: bytes, page_png: bytes) -> Question:
    return Question("visual", VISUAL, (reference_png, page_png))


def parse_score_answer(answer: str) -> dict:
    """{"score": 0..10, "reason"} from a visual answer."""
    found = _json_object(answer)
    score = found.get("score")
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 10:
        raise JudgeAnswerError(f'expected "score": a number from 0 to 10, got {score!r}')
    return {"score": float(score), "reason": str(found.get("reason") or "")[:500]}


def parse_verdict_answer(answer: str) -> dict:
    passed, reason = parse_verdict(answer)
    return {"passed": passed, "reason": reason}


def parse_point_answer(answer: str, viewport: tuple[int, int]) -> dict:
    """{"point": [x, y] or None, "reason"} from a grounding answer, the point on the screen."""
    found = _json_object(answer)
    if "point" not in found:
        raise JudgeAnswerError(f'expected "point": [x, y] or null, got {_clip(answer)!r}')
    point = found["point"]
    reason = str(found.get("reason") or "")[:500]
    if point is None:
        return {"point": None, "reason": reason}
    if not (isinstance(point, list) and len(point) == 2 and all(isinstance(v, (int, float)) for v in point)):
        raise JudgeAnswerError(f'expected "point": [x, y] or null, got {point!r}')
    x, y = float(point[0]), float(point[1])
    if not (0 <= x < viewport[0] and 0 <= y < viewport[1]):
        raise JudgeAnswerError(f"the point {point} is off the {viewport[0]} x {viewport[1]} screen")
    return {"point": [x, y], "reason": reason}


def parse_verdict(answer: str) -> tuple[bool, str]:
    """(passed, reason) from an assertion answer; JudgeAnswerError if it is not one."""
    found = _json_object(answer)
    verdict = str(found.get("verdict", "")).strip().lower()
    if verdict not in ("pass", "fail"):
        raise JudgeAnswerError(f'expected "verdict": "pass" or "fail", got {found.get("verdict")!r}')
    return verdict == "pass", str(found.get("reason") or "")[:500]


def _json_object(answer: str) -> dict:
    """The one JSON object in an answer, also inside a ```json fence."""
    text = (answer or "").strip()
    fenced = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.S)
    if fenced:
        text = fenced.group(1)
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise JudgeAnswerError(f"expected a JSON object, got {_clip(answer)!r}")
    try:
        found = json.loads(text[start:end + 1])
    except json.JSONDecodeError as exc:
        raise JudgeAnswerError(f"expected a JSON object ({exc.msg}), got {_clip(answer)!r}") from None
    if not isinstance(found, dict):
        raise JudgeAnswerError(f"expected a JSON object, got {_clip(answer)!r}")
    return found


def _clip(text: str | None) -> str:
    return " ".join((text or "").split())[:120]
