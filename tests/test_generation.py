"""LLM generation through litellm, offline: a fake OpenAI-compatible server on 127.0.0.1, real HTTP.

The server answers by the model name it is asked for, so one run can hold a
good page, chatter around a fenced page, an answer with no HTML, a rate limit
then success, a server error until retries run out, a hang past the timeout
and a rejected key.
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import time

import pytest
from helpers import DATA, FakeServer, task_entry
from helpers import completion as _completion
from helpers import error_body as _error
from PIL import Image

from pytest_iwr import prompt
from pytest_iwr.models.llm import LiteLLMModel, Settings
from pytest_iwr.models.store import OutputStore
from pytest_iwr.task import load_task

PROBE = DATA / "tasks" / "hostile" / "probe"
FAKE_KEY = "sk-test-LEAKCHECK-0123456789abcdefXYZ"
GOOD_PAGE = (PROBE / "reference" / "index.html").read_text().replace("logo.svg", "asset_001.svg")


class FakeOpenAI(FakeServer):
    """Generation answers by model name."""

    def answer(self, model: str, call: int, body: dict | None = None) -> tuple[int, dict]:
        if model == "fake-good":
            return 200, _completion(GOOD_PAGE)
        if model == "fake-chatty":
            return 200, _completion(f"Sure! Here is the page:\n\n```html\n{GOOD_PAGE}```\n\nIt uses the assets as labelled.")
        if model == "fake-nohtml":
            return 200, _completion("I am sorry, I cannot watch videos.")
        if model == "fake-429":
            return (429, _error("Rate limit reached, slow down")) if call == 1 else (200, _completion(GOOD_PAGE))
        if model == "fake-500":
            return 500, _error("The server had an error")
        if model == "fake-hang":
            time.sleep(4)
            return 200, _completion(GOOD_PAGE)
        if model == "fake-badkey":
            return 401, _error(f"Incorrect API key provided: {FAKE_KEY}.", "invalid_api_key")
        if model == "fake-refuses":
            return 400, _error("Your request was rejected as a result of the safety system.", "content_policy_violation")
        if model == "fake-flaky":
            return (503, _error("Service unavailable")) if self.down else (200, _completion(GOOD_PAGE))
        return 404, _error(f"no model {model}")



@pytest.fixture
def fake():
    server = FakeOpenAI()
    yield server
    server.close()


def _images(request: dict) -> list[Image.Image]:
    parts = request["messages"][0]["content"]
    return [Image.open(io.BytesIO(base64.b64decode(p["image_url"]["url"].split(",", 1)[1]))) for p in parts if p["type"] == "image_url"]


def run_llm(bench, fake, models: str, *extra: str):
    if not (bench.path / "tasks" / "hostile" / "probe").exists():
        bench.add_task(PROBE)
    bench.pytester.makeini("[pytest]\niwr_backoff = 0.05\n")
    return bench.run(f"--iwr-model={models}", f"--iwr-api-base={fake.base}", "--iwr-timeout=2", "--iwr-retries=2",
                     "--junitxml=junit.xml", "-v", *extra)


def test_a_run_generates_caches_and_scores_and_failures_are_results(bench, fake, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    models = (
        "openai/fake-good,openai/fake-chatty,openai/fake-nohtml,openai/fake-refuses,"
        "openai/fake-429,openai/fake-500,openai/fake-hang,openai/fake-badkey"
    )
    result, data = run_llm(bench, fake, models)
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # failures, no crash

    good = task_entry(data, "openai/fake-good", "hostile/probe")
    assert good["generation"]["status"] == "ok" and good["ifs"] == 100.0 and good["vfs"] >= 95
    assert good["generation"]["input_tokens"] == 1234 and good["generation"]["output_tokens"] == 567
    assert task_entry(data, "openai/fake-chatty", "hostile/probe")["ifs"] == 100.0
    assert task_entry(data, "openai/fake-429", "hostile/probe")["ifs"] == 100.0
    assert fake.calls["fake-429"] == 2

    # The model's own failures score 0.
    expected = {
        "openai/fake-nohtml": "the answer holds no HTML (it starts: 'I am sorry, I cannot watch videos.')",
        "openai/fake-refuses": "refused: ContentPolicyViolationError",
    }
    for model, words in expected.items():
        entry = task_entry(data, model, "hostile/probe")
        assert entry["generation"]["status"] == "error" and words in entry["generation"]["error"], entry["generation"]
        assert entry["scored"] and entry["ifs"] == 0.0
        assert entry["steps"][0]["failure"].startswith("generation failed: ")
        assert all(s["failure"] == "blocked by step 0" for s in entry["steps"][1:])
    # The set-up's failures (the provider failing, hanging, refusing the key) are not scored.
    unavailable = {
        "openai/fake-500": "InternalServerError after 3 attempts",
        "openai/fake-hang": "Timeout after 3 attempts",
        "openai/fake-badkey": "AuthenticationError",
    }
    for model, words in unavailable.items():
        entry = task_entry(data, model, "hostile/probe")
        assert entry["generation"]["status"] == "unavailable" and words in entry["generation"]["error"], entry["generation"]
        assert not entry["scored"] and words in entry["not_scored"]
        assert entry["ifs"] is None and entry["vfs"] is None and entry["final"] is None
        row = next(r for r in data["leaderboard"] if r["model"] == model)
        assert row["incomplete"] and row["tasks"] == 0 and row["tasks_run"] == 1 and row["final"] is None
        assert {"model": model, "task": "hostile/probe", "reason": entry["not_scored"]} in data["not_scored"]
    assert len(data["not_scored"]) == 3
    assert fake.calls["fake-500"] == 3 and fake.calls["fake-badkey"] == 1
    out = result.stdout.str()
    assert "generation failed: openai/fake-nohtml hostile/probe" in out
    assert "* openai/fake-500 is incomplete: 0 of 1 tasks scored, so it has no figures." in out
    # In pytest's terms: the load step is a set-up error, the others skipped; nothing counted as failed.
    assert "ERROR tasks/hostile/probe/task.yaml::openai/fake-badkey::00-load" in out
    assert "FAILED tasks/hostile/probe/task.yaml::openai/fake-badkey" not in out
    assert "input + 567 output tokens" in out

    # What the model was sent: the contact sheet first, then the frames, then the instructions.
    request = next(r for r in fake.requests if r["model"] == "fake-good")
    parts = request["messages"][0]["content"]
    kinds = [p["type"] for p in parts]
    assert kinds[-1] == "text" and set(kinds[:-1]) == {"image_url"}
    assert parts[0]["image_url"]["url"].startswith("data:image/png")  # the sheet
    assert all(p["image_url"]["url"].startswith("data:image/jpeg") for p in parts[1:-1])  # the frames
    images = _images(request)
    recording = json.loads((bench.path / "tasks/hostile/probe/recording.json").read_text())
    assert len(images) == 1 + int(recording["video"]["seconds"] - 1e-9) + 1
    assert all(max(img.size) <= 1024 for img in images)
    assert "index.html" in parts[-1]["text"] and "asset_001.png" in parts[-1]["text"]
    assert request["temperature"] == 0

    # The store: the page with its asset references rewritten, and the raw answer kept.
    folder = bench.path / ".iwr/outputs/openai_fake-chatty/hostile/probe"
    assert 'src="assets/asset_001.svg"' in (folder / "index.html").read_text()
    response = json.loads((folder / "response.json").read_text())
    assert response["answer"].startswith("Sure! Here is the page")
    assert response["prompt_version"] == prompt.PROMPT_VERSION and response["attempts"] == 1
    assert (folder / "assets" / "asset_001.svg").exists()

    # The key never leaks: not in any file written, nor in the terminal.
    written = [p for p in bench.path.rglob("*") if p.is_file() and p.suffix in (".json", ".xml", ".html", ".txt")]
    for path in written + [None]:
        text = result.stdout.str() + result.stderr.str() if path is None else path.read_text(errors="replace")
        assert FAKE_KEY not in text, path
    assert any(r["_auth"] == f"Bearer {FAKE_KEY}" for r in fake.requests)  # it was really sent, to the server only

    # A second run makes no request at all: every good page comes from the store.
    before = len(fake.requests)
    again, data2 = run_llm(bench, fake, "openai/fake-good,openai/fake-chatty")
    assert len(fake.requests) == before
    assert task_entry(data2, "openai/fake-good", "hostile/probe")["generation"]["status"] == "cached"
    assert task_entry(data2, "openai/fake-good", "hostile/probe")["ifs"] == 100.0
    # --iwr-regenerate asks again; replay: re-scores the stored pages without any model.
    run_llm(bench, fake, "openai/fake-good", "--iwr-regenerate")
    assert len(fake.requests) == before + 1
    replay, data3 = bench.run("--iwr-model=replay:.iwr/outputs/openai_fake-good")
    assert task_entry(data3, "replay:.iwr/outputs/openai_fake-good", "hostile/probe")["ifs"] == 100.0


COUNTER = DATA / "tasks" / "demo" / "counter"


def test_tasks_a_set_up_failure_left_unscored_are_filled_in_by_a_rerun(bench, fake, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    bench.add_task(PROBE)
    bench.add_task(COUNTER)
    _, first = run_llm(bench, fake, "openai/fake-flaky", "--iwr-tasks=hostile/probe")
    assert task_entry(first, "openai/fake-flaky", "hostile/probe")["scored"] and fake.calls["fake-flaky"] == 1

    fake.down = True  # the provider fails: the new task is not scored, the stored one still is
    result, data = run_llm(bench, fake, "openai/fake-flaky")
    assert fake.calls["fake-flaky"] == 1 + 3  # only the task without a page was asked for, and retried
    (row,) = data["leaderboard"]
    assert row["incomplete"] and (row["tasks"], row["tasks_run"]) == (1, 2)
    assert row["ifs"] == task_entry(data, "openai/fake-flaky", "hostile/probe")["ifs"] == 100.0  # over scored tasks only
    assert data["not_scored"] == [
        {"model": "openai/fake-flaky", "task": "demo/counter", "reason": task_entry(data, "openai/fake-flaky", "demo/counter")["not_scored"]}
    ]
    out = result.stdout.str()
    assert re.search(r"^openai/fake-flaky\*\s+1/2\s", out, re.M), out
    assert "not scored: demo/counter: ServiceUnavailableError after 3 attempts" in out

    fake.down = False  # fixed: the rerun asks only for the missing page and scores everything
    _, again = run_llm(bench, fake, "openai/fake-flaky")
    assert fake.calls["fake-flaky"] == 1 + 3 + 1
    (row,) = again["leaderboard"]
    assert not row["incomplete"] and row["tasks"] == 2 and again["not_scored"] == []
    assert task_entry(again, "openai/fake-flaky", "hostile/probe")["generation"]["status"] == "cached"
    assert task_entry(again, "openai/fake-flaky", "demo/counter")["generation"]["status"] == "ok"


def test_a_refused_connection_is_not_scored(bench, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    bench.add_task(PROBE)
    bench.pytester.makeini("[pytest]\niwr_backoff = 0.05\n")
    _, data = bench.run("--iwr-model=openai/fake-good", "--iwr-api-base=http://127.0.0.1:9/v1", "--iwr-retries=1")
    entry = task_entry(data, "openai/fake-good", "hostile/probe")
    assert not entry["scored"] and "after 2 attempts" in entry["not_scored"] and "Connection error" in entry["not_scored"]


def test_a_missing_key_is_one_usage_error_before_any_browser_starts(bench, fake, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.setenv("IWR_CHROMIUM", "/nonexistent/chromium")  # a browser start would fail loudly
    bench.add_task(PROBE)
    result, _ = bench.run("--iwr-model=reference,openai/fake-good,claude", f"--iwr-api-base={fake.base}", report=False)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "*model 'openai/fake-good' (openai/fake-good): litellm finds no credentials in the environment; set OPENAI_API_KEY",
        "*model 'claude' (anthropic/claude-sonnet-4-5): litellm finds no credentials in the environment; set ANTHROPIC_API_KEY",
    ])
    assert "Traceback" not in result.stderr.str() and fake.requests == []

    # Where every page the run needs is in the store, no key is needed.
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.delenv("IWR_CHROMIUM")
    run_llm(bench, fake, "openai/fake-good")
    monkeypatch.delenv("OPENAI_API_KEY")
    again, data = run_llm(bench, fake, "openai/fake-good")
    assert task_entry(data, "openai/fake-good", "hostile/probe")["generation"]["status"] == "cached"
    assert len(fake.requests) == 1


def test_generations_run_concurrently_ahead_of_evaluation(bench, monkeypatch):
    slow = FakeOpenAI(delay=2.0)
    try:
        for number in range(12):
            dest = bench.path / "tasks" / "hostile" / f"probe{number:02d}"
            shutil.copytree(PROBE, dest)
            yaml = dest / "task.yaml"
            yaml.write_text(yaml.read_text().replace("id: probe", f"id: probe{number:02d}"))
        monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
        result, data = bench.run("--iwr-model=openai/fake-good", f"--iwr-api-base={slow.base}", "--iwr-concurrency=12", "-q")
        assert len(slow.spans) == 12
        one_at_a_time = sum(end - start for start, end in slow.spans)
        span = max(end for _, end in slow.spans) - min(start for start, _ in slow.spans)
        assert one_at_a_time / span >= 3.0, (one_at_a_time, span)
        assert all(t["ifs"] == 100.0 for t in data["tasks"])
    finally:
        slow.close()


def test_the_cache_key_follows_the_prompt_version_and_the_task_inputs(tmp_path, monkeypatch):
    task = load_task(PROBE)
    model = LiteLLMModel("m", "openai/m", prompt.ModelLimits(), Settings(), OutputStore(tmp_path))
    key = model.cache_key(task)
    OutputStore(tmp_path).save("m", task, "<html></html>", {"key": key, "status": "ok"})
    assert OutputStore(tmp_path).cached("m", task, key) is not None
    monkeypatch.setattr(prompt, "PROMPT_VERSION", "iwr-prompt/999")
    assert model.cache_key(task) != key
    assert OutputStore(tmp_path).cached("m", task, model.cache_key(task)) is None


def test_reading_the_answer():
    page = "<!doctype html><html><body><img src='asset_002.png'><img src=\"./assets/asset_001.svg\"></body></html>"
    assert prompt.extract_html(f"Here you go:\n```html\n{page}\n```\nEnjoy") == page + "\n"
    assert prompt.extract_html(f"blah {page} blah") == page + "\n"
    with pytest.raises(prompt.NoHtml, match="it starts: 'No.'"):
        prompt.extract_html("No.")
    fixed = prompt.rewrite_assets(page, {"asset_001.svg", "asset_002.png"})
    assert "src='assets/asset_002.png'" in fixed and 'src="assets/asset_001.svg"' in fixed
    assert prompt.rewrite_assets("asset_009.png", {"asset_001.svg"}) == "asset_009.png"


def test_the_flipbook_builds_from_the_video_and_scores_low_ifs(bench):
    bench.add_task(PROBE)
    result, data = bench.run("--iwr-model=flipbook,reference")
    entry = task_entry(data, "flipbook", "hostile/probe")
    assert entry["generation"]["status"] == "ok"
    assert entry["ifs"] == 0.0  # it looks like the page at load, and does nothing
    assert entry["steps"][0]["vfs"] >= 0.5
    assert task_entry(data, "reference", "hostile/probe")["ifs"] == 100.0
