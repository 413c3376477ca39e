"""The agent-as-judge of IWR-Bench, optional: a multimodal model asked about each step.

Beside the deterministic checks (ours), a judge model reads each step's
`assertion` on the screenshots before and after the action and says pass or
fail. Its verdicts give a judge IFS (the paper's way of judging) and, step by
step against the checks', an agreement rate and Cohen's kappa: where the two
disagree, one of them is wrong, and the report shows both reasons.

Calls run on a small pool (they wait on the network, the browser does not),
each is cached on disk (cache.py), and a failure of any kind is a judge error
for that step, never a pass.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass

from ..models.llm import Settings, complete, missing_credentials
from ..models.secrets import redact
from .cache import JudgeCache, cache_key
from .prompts import (
    JUDGE_PROMPT_VERSION, JudgeAnswerError, Question, assertion_question, grounding_question, parse_point_answer,
    parse_score_answer, parse_verdict_answer, visual_question,
)

__all__ = [
    "Judge", "JudgeVerdict", "Rating", "Grounding", "JudgeCache", "assertion_question", "grounding_question",
    "visual_question", "JUDGE_PROMPT_VERSION",
]

MAX_TOKENS = 400  # a verdict and a sentence


@dataclass(kw_only=True)
class Answered:
    """What every judge answer keeps besides its content: why it failed, whether it came
    from the cache, and what the call cost."""

    reason: str = ""
    error: str | None = None  # set: a judge error (a malformed answer, a refusal, a timeout)
    cached: bool = False
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(kw_only=True)
class JudgeVerdict(Answered):
    """The judge's answer on one step's assertion (passed None: a judge error)."""

    index: int
    role: str = "assertion"
    passed: bool | None
    question: str = ""  # the assertion judged


@dataclass(kw_only=True)
class Rating(Answered):
    """The judge's visual rating of one checkpoint, 0..1 (score None: a judge error)."""

    index: int
    role: str = "visual"
    score: float | None


@dataclass(kw_only=True)
class Grounding(Answered):
    """The judge's answer to "where would you act?" (`answered` False: a judge error)."""

    point: tuple[float, float] | None  # None: nothing on the screen matches the description
    answered: bool


class Judge:
    def __init__(self, name: str, litellm_name: str, settings: Settings, cache: JudgeCache,
                 concurrency: int = 4, rejudge: bool = False):
        self.name = name
        self.litellm_name = litellm_name
        self.settings = settings
        self.cache = cache
        self.rejudge = rejudge
        self._pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="iwr-judge")

    def parameters(self) -> dict:
        return {"model": self.litellm_name, "temperature": self.settings.temperature, "max_tokens": MAX_TOKENS}

    def missing_credentials(self) -> list[str]:
        return missing_credentials(self.litellm_name, self.settings.api_base)

    def submit(self, index: int, question: Question) -> "Future[JudgeVerdict]":
        return self._pool.submit(self.ask, index, question)

    def ask(self, index: int, question: Question) -> JudgeVerdict:
        """An assertion judged, from the cache if it was asked before in these very terms."""
        answer, error, cached, usage = self._answer(question, parse_verdict_answer)
        passed = None if answer is None else answer["passed"]
        reason = "" if answer is None else answer["reason"]
        return JudgeVerdict(
            index=index, role=question.role, passed=passed, reason=reason, error=error, cached=cached,
            question=question.subject, **usage,
        )

    def submit_rating(self, index: int, question: Question) -> "Future[Rating]":
        return self._pool.submit(self.rate, index, question)

    def rate(self, index: int, question: Question) -> Rating:
        """A checkpoint rated against the reference's (the paper's MLLM half of VFS), 0..1."""
        answer, error, cached, usage = self._answer(question, parse_score_answer)
        score = None if answer is None else round(answer["score"] / 10, 4)
        reason = "" if answer is None else answer["reason"]
        return Rating(index=index, role=question.role, score=score, reason=reason, error=error, cached=cached, **usage)

    def ground(self, question: Question, viewport: tuple[int, int]) -> Grounding:
        """Where to act: the point the judge names on the screenshot, or that nothing matches."""
        answer, error, cached, usage = self._answer(question, lambda text: parse_point_answer(text, viewport))
        if answer is None:
            return Grounding(point=None, answered=False, error=error, cached=cached, **usage)
        return Grounding(point=answer["point"], answered=True, reason=answer["reason"], cached=cached, **usage)

    def _answer(self, question: Question, parse) -> tuple[dict | None, str | None, bool, dict]:
        """The parsed answer (None on a judge error), the error, whether it came from the
        cache, and the call's usage. Only answers that parse are cached."""
        key = cache_key(self.parameters(), question)
        nothing = {"input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}
        if not self.rejudge:
            record = self.cache.get(key) or self.cache.get_near(self.parameters(), question)
            if record is not None and isinstance(record.get("parsed"), dict):
                return record["parsed"], None, True, nothing
        done = complete(self.litellm_name, question.messages(), self.settings, MAX_TOKENS)
        usage = {
            "input_tokens": done.usage.get("input_tokens", 0), "output_tokens": done.usage.get("output_tokens", 0),
            "cost_usd": done.usage.get("cost_usd"),
        }
        if done.error is not None:
            return None, redact(done.error), False, usage
        try:
            parsed = parse(done.answer or "")
        except JudgeAnswerError as exc:
            return None, f"malformed answer: {redact(str(exc))}", False, usage
        parsed["reason"] = redact(parsed.get("reason") or "")
        self.cache.put(key, {
            "key": key, "judge": self.litellm_name, "parameters": self.parameters(), "prompt_version": JUDGE_PROMPT_VERSION,
            "role": question.role, "parsed": parsed, "answer": redact(done.answer), "usage": done.usage,
        }, question)
        return parsed, None, False, usage

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
