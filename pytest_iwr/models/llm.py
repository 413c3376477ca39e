"""Any chat model litellm can reach: the request, retries, the answer, the cache.

litellm is imported on the first generation only (its import costs seconds),
with its model-cost map taken from the package, never fetched.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass

from .. import prompt
from ..task import Task
from . import Generation
from .secrets import redact
from .store import OutputStore

_IMPORT_LOCK = threading.Lock()


def _litellm():
    with _IMPORT_LOCK:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        return litellm


@dataclass(frozen=True)
class Settings:
    """How to call: shared by every LLM model of a run."""

    api_base: str | None = None
    timeout: float = 600.0
    retries: int = 3
    backoff: float = 2.0  # seconds before the first retry; doubles each time
    temperature: float = 0.0
    regenerate: bool = False


class LiteLLMModel:
    prefetch = True  # network-bound: worth starting before the browser needs the page

    def __init__(self, name: str, litellm_name: str, limits: prompt.ModelLimits, settings: Settings, store: OutputStore):
        self.name = name
        self.litellm_name = litellm_name
        self.limits = limits
        self.settings = settings
        self.store = store

    def parameters(self) -> dict:
        return {
            "model": self.litellm_name, "temperature": self.settings.temperature,
            "max_tokens": self.limits.max_tokens, "max_images": self.limits.max_images,
            "longest_side": self.limits.longest_side,
        }

    def cache_key(self, task: Task) -> str:
        material = {"parameters": self.parameters(), "prompt": prompt.PROMPT_VERSION, "inputs": prompt.input_hashes(task)}
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()

    def is_cached(self, task: Task) -> bool:
        """Whether this task's page would come from the store, without asking the model."""
        return not self.settings.regenerate and self.store.cached(self.name, task, self.cache_key(task)) is not None

    def missing_credentials(self) -> list[str]:
        return missing_credentials(self.litellm_name, self.settings.api_base)

    def generate(self, task: Task) -> Generation:
        key = self.cache_key(task)
        folder = self.store.folder(self.name, task)
        if not self.settings.regenerate:
            cached = self.store.cached(self.name, task, key)
            if cached is not None:
                usage = cached.get("usage", {})
                return Generation(
                    "cached", root=folder, seconds=0.0, input_tokens=usage.get("input_tokens", 0),
                    output_tokens=usage.get("output_tokens", 0), cost_usd=usage.get("cost_usd"),
                )
        started = time.perf_counter()
        record: dict = {"key": key, "model": self.name, "parameters": self.parameters(), "prompt_version": prompt.PROMPT_VERSION}
        try:
            messages = prompt.build_messages(task, self.limits)
        except FileNotFoundError as exc:
            return Generation("error", error=str(exc))
        done = complete(self.litellm_name, messages, self.settings, self.limits.max_tokens)
        answer, usage, attempts, error, setup_failure = done.answer, done.usage, done.attempts, done.error, done.setup_failure
        record.update(attempts=attempts, seconds=round(time.perf_counter() - started, 2), usage=usage)
        record["answer"] = redact(answer)
        page = None
        if error is None:
            try:
                page = prompt.rewrite_assets(prompt.extract_html(answer or ""), prompt.asset_names(task))
            except prompt.NoHtml as exc:
                error = str(exc)
        record["status"] = "unavailable" if setup_failure else "error" if error else "ok"
        record["error"] = redact(error)
        if page is not None:
            prompt.copy_assets(task, folder)
        self.store.save(self.name, task, redact(page) if page else None, record)
        common = dict(
            seconds=record["seconds"], input_tokens=usage.get("input_tokens", 0),
            output_tokens=usage.get("output_tokens", 0), cost_usd=usage.get("cost_usd"),
        )
        if error:
            return Generation(record["status"], error=redact(error), **common)
        return Generation("ok", root=folder, **common)


@dataclass(frozen=True)
class Completion:
    answer: str | None
    usage: dict
    attempts: int
    error: str | None  # None when it worked
    setup_failure: bool  # the error is the set-up's (credentials, connection, provider), not the model's


def complete(litellm_name: str, messages: list[dict], settings: Settings, max_tokens: int) -> Completion:
    """One chat completion through litellm, retried on rate limits, server errors and timeouts.

    Only a refusal on content is the model's own failure, scored 0 like an answer
    without a page; anything else that stops an answer says nothing of the model.
    """
    litellm = _litellm()
    retryable = (
        litellm.RateLimitError, litellm.InternalServerError, litellm.ServiceUnavailableError,
        litellm.APIConnectionError, litellm.Timeout,
    )
    attempts, delay = 0, settings.backoff
    while True:
        attempts += 1
        try:
            response = litellm.completion(
                model=litellm_name, messages=messages, temperature=settings.temperature,
                max_tokens=max_tokens, api_base=settings.api_base,
                timeout=settings.timeout, num_retries=0,
            )
        except retryable as exc:
            if attempts > settings.retries:
                return Completion(None, {}, attempts, f"{type(exc).__name__} after {attempts} attempts: {_short(exc)}", True)
            time.sleep(delay)
            delay *= 2
            continue
        except litellm.ContentPolicyViolationError as exc:
            return Completion(None, {}, attempts, f"refused: {type(exc).__name__}: {_short(exc)}", False)
        except Exception as exc:  # noqa: BLE001 - authentication, bad request, ...: a result, not a crash
            return Completion(None, {}, attempts, f"{type(exc).__name__}: {_short(exc)}", True)
        return Completion(response.choices[0].message.content or "", _usage(litellm, response), attempts, None, False)

def missing_credentials(litellm_name: str, api_base: str | None = None) -> list[str]:
    """The environment variables litellm wants for this model and cannot find; [] if none."""
    found = _litellm().validate_environment(model=litellm_name, api_base=api_base)
    return [] if found.get("keys_in_environment") else list(found.get("missing_keys") or [])


def _usage(litellm, response) -> dict:
    usage = getattr(response, "usage", None)
    try:
        cost = float(litellm.completion_cost(completion_response=response))
    except Exception:  # noqa: BLE001 - litellm does not know every model's price
        cost = None
    return {
        "input_tokens": getattr(usage, "prompt_tokens", 0) or 0,
        "output_tokens": getattr(usage, "completion_tokens", 0) or 0,
        "cost_usd": cost,
    }


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300]
