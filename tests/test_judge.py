"""The optional judge: verdicts on each step's assertion from a model, cached, with their
agreement with the checks. Pure parts without a browser; the run against a fake
OpenAI-compatible server on 127.0.0.1 over real HTTP."""

from __future__ import annotations

import base64
import io
import json
import time

import pytest
from PIL import Image, ImageChops, ImageDraw
from helpers import DATA, FakeServer, completion, error_body, task_entry

from pytest_iwr import scoring
from pytest_iwr.judge import prompts
from pytest_iwr.judge.agreement import agreement
from pytest_iwr.judge.cache import cache_key
from pytest_iwr.judge.prompts import JudgeAnswerError, Question, parse_verdict

FAKE_KEY = "sk-test-JUDGELEAK-0123456789abcdefXYZ"
PROBE = DATA / "tasks" / "hostile" / "probe"
ASSERTIONS = ["The page reads Done once.", "The page reads Done twice.", "The page reads Done once again."]


# --------------------------------------------------------------------------- pure


def test_agreement_and_kappa():
    found = agreement([(True, True), (True, True), (False, False), (True, False)])
    assert (found.steps, found.agree, found.rate, found.kappa) == (4, 3, 0.75, 0.5)
    assert agreement([(True, True)] * 3).kappa is None  # both always pass: chance agreement is certain
    assert agreement([(True, False), (False, True)]).kappa == -1.0
    assert agreement([]).rate is None


def test_reading_the_judges_answer():
    assert parse_verdict('{"verdict": "pass", "reason": "it reads Done once"}') == (True, "it reads Done once")
    assert parse_verdict('Sure.\n```json\n{"verdict": "FAIL", "reason": "nothing changed"}\n```') == (False, "nothing changed")
    for bad in ("It passes, I think.", '{"verdict": "maybe"}', '["pass"]', '{"verdict": pass}'):
        with pytest.raises(JudgeAnswerError):
            parse_verdict(bad)


def test_the_cache_key_follows_everything_that_could_change_an_answer(monkeypatch):
    params = {"model": "openai/x", "temperature": 0, "max_tokens": 400}
    q = Question("assertion", "does it pass?", (b"png-a", b"png-b"))
    key = cache_key(params, q)
    assert key == cache_key(dict(params), Question("assertion", "does it pass?", (b"png-a", b"png-b")))
    assert key != cache_key({**params, "model": "openai/y"}, q)
    assert key != cache_key(params, Question("assertion", "does it pass?", (b"png-a", b"png-c")))
    assert key != cache_key(params, Question("assertion", "does it hold?", (b"png-a", b"png-b")))
    monkeypatch.setattr(prompts, "JUDGE_PROMPT_VERSION", "judge-next")
    from pytest_iwr.judge import cache

    monkeypatch.setattr(cache, "JUDGE_PROMPT_VERSION", "judge-next")
    assert key != cache_key(params, q)


def test_judge_ifs_takes_the_prefix_and_an_error_ends_it():
    steps = [{"index": i, "passed": True, "executed": True} for i in range(4)]
    verdicts = {1: {"passed": True}, 2: {"passed": False}, 3: {"passed": True}}
    assert scoring.judge_scores(steps, verdicts) == {"ifs": 33.33, "steps_judged": 3, "errors": 0}
    assert scoring.judge_scores(steps, {1: {"passed": None}, 2: {"passed": True}})["ifs"] == 0.0
    assert scoring.judge_scores(steps, {1: {"passed": True}, 3: {"passed": True}})["ifs"] == 33.33  # 2 unanswered
    assert scoring.judge_scores(steps, {})["ifs"] is None  # steps ran, no judge answer at all: no figure
    unloaded = [{"index": 0, "executed": False}] + [{"index": i, "passed": False, "executed": False} for i in (1, 2, 3)]
    assert scoring.judge_scores(unloaded, {})["ifs"] == 0.0  # the page never loaded: nothing works
    assert scoring.verdict_pairs(steps, verdicts) == [(True, True), (True, False), (True, True)]


# --------------------------------------------------------------------------- a run


class FakeJudge(FakeServer):
    """Judges by the two screenshots: a step passes if the page changed (a crude but
    honest judge: the blank page never changes); other names script the failures."""

    def answer(self, model: str, call: int, body: dict) -> tuple[int, dict]:
        images = [p["image_url"]["url"] for p in body["messages"][0]["content"] if p["type"] == "image_url"]
        changed = len(images) == 2 and base64.b64decode(images[0].split(",", 1)[1]) != base64.b64decode(images[1].split(",", 1)[1])
        verdict = json.dumps({"verdict": "pass" if changed else "fail", "reason": "it changed" if changed else "nothing changed"})
        text = body["messages"][0]["content"][0]["text"]
        if "rating how closely" in text and model in ("fake-judge", "fake-judge-blind"):
            same = ImageChops.difference(*[_png(url).convert("RGB") for url in images]).getbbox() is None
            return 200, completion(json.dumps({"score": 10 if same else 2, "reason": "alike" if same else "unlike"}))
        if "Where on the image" in text:  # grounding: the icon buttons of ICON_PAGE
            point = None if model == "fake-judge-blind" else ([660, 520] if "Again" in text else [660, 420])
            return 200, completion(json.dumps({"point": point, "reason": "the arrow button"}))
        if model in ("fake-judge", "fake-judge-blind"):
            return 200, completion(verdict)
        if model == "fake-judge-lenient":
            return 200, completion('{"verdict": "pass", "reason": "looks right"}')
        if model == "fake-judge-429":
            return (429, error_body("Rate limit reached")) if call == 1 else (200, completion(verdict))
        if model == "fake-judge-malformed":
            return 200, completion("It looks like it passes to me.")
        if model == "fake-judge-refuses":
            return 400, error_body("Your request was rejected as a result of the safety system.", "content_policy_violation")
        if model == "fake-judge-hang":
            time.sleep(3)
            return 200, completion(verdict)
        return 404, error_body(f"no model {model}")


def _png(url: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))


@pytest.fixture
def judge_server():
    server = FakeJudge()
    yield server
    server.close()


def _with_assertions(bench) -> None:
    bench.add_task(PROBE)
    path = bench.path / "tasks/hostile/probe/task.yaml"
    text = path.read_text()
    for description, assertion in zip(["the Go button\n", "the Again button\n", "the Go button once more\n"], ASSERTIONS):
        text = text.replace(f"description: {description}", f"description: {description}    assertion: {assertion}\n", 1)
    path.write_text(text)
    bench.pytester.makeini("[pytest]\niwr_backoff = 0.05\n")


def run_judged(bench, server, judge: str, *extra: str, models: str = "reference,blank"):
    return bench.run(f"--iwr-model={models}", f"--iwr-judge=openai/{judge}", f"--iwr-api-base={server.base}",
                     "--iwr-timeout=1", "--iwr-retries=1", *extra)


def test_a_judged_run_scores_both_ways_agrees_and_caches(bench, judge_server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    _with_assertions(bench)
    result, data = run_judged(bench, judge_server, "fake-judge")
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # blank fails its steps, as without a judge
    assert data["judge"] == "openai/fake-judge"
    reference, blank = task_entry(data, "reference", "hostile/probe"), task_entry(data, "blank", "hostile/probe")
    assert reference["ifs"] == 100.0 and reference["judge"]["ifs"] == 100.0
    assert blank["ifs"] == 0.0 and blank["judge"]["ifs"] == 0.0
    # Every step ran (the judge needs them all), and each carries both verdicts.
    assert [s["executed"] for s in blank["steps"]] == [True, True, True, True]
    assert [s["judge"]["verdict"] for s in reference["steps"][1:]] == ["pass", "pass", "pass"]
    assert [s["judge"]["verdict"] for s in blank["steps"][1:]] == ["fail", "fail", "fail"]
    assert "judge" not in reference["steps"][0]  # the load is no interaction
    rows = {r["model"]: r for r in data["leaderboard"]}
    assert rows["reference"]["judge"]["agreement"] == {"steps": 3, "agree": 3, "rate": 1.0, "kappa": None}
    # The blank page shows no "Go": the judge is asked where to act too (grounding), and the
    # checks fail the step on what it shows, as without a judge.
    assert [s["strategy"] for s in blank["steps"][1:]] == ["judge", "judge", "judge"]
    assert rows["blank"]["judge"]["calls"] == 8 and rows["blank"]["judge"]["input_tokens"] == 8 * 1234  # + 2 checkpoints rated
    # The visual role: each checkpoint rated against the reference, kept as metrics.mllm.
    assert [s["metrics"].get("mllm") for s in reference["steps"][:2]] == [1.0, 1.0]
    assert [s["metrics"].get("mllm") for s in blank["steps"][:2]] == [0.2, 0.2]
    assert rows["reference"]["judge"]["mllm"] == 100.0 and rows["blank"]["judge"]["mllm"] == 20.0
    out = result.stdout.str()
    assert ("reference: judge IFS 100.00 (checks 100.00), visual rating 100.00; "
            "agrees with the checks on 3 of 3 steps (100.0%), kappa n/a") in out
    # The paper's scoring beside ours: judge IFS; VFS half OCR text (tesseract reads the
    # screenshots: "Ready", "Done once"), half the rating; no DINO, and it says so.
    assert [s["metrics"].get("ocr") for s in reference["steps"][:2]] == [1.0, 1.0]
    assert [s["metrics"].get("ocr") for s in blank["steps"][:2]] == [0.0, 0.0]
    assert reference["paper"] == {"ifs": 100.0, "vfs": 100.0, "final": 100.0, "low_level": 100.0, "mllm": 100.0,
                                  "checkpoints": 2, "checkpoints_missing": 0}
    assert blank["paper"] == {"ifs": 0.0, "vfs": 10.0, "final": 3.0, "low_level": 0.0, "mllm": 20.0,
                              "checkpoints": 2, "checkpoints_missing": 0}
    assert rows["blank"]["paper"]["final"] == 3.0 and rows["blank"]["final"] == blank["final"]  # ours as before
    assert data["paper_scoring"]["ocr"].startswith("tesseract") and "dino" in data["paper_scoring"]["not_available"]
    assert "blank: paper's scoring IFS 0.00 VFS 10.00 Final 3.00 (VFS = 0.5 x OCR text 0.00 + 0.5 x rating 20.00" in out
    assert len(list((bench.path / ".iwr/ocr").glob("*.txt"))) >= 3  # each screenshot read once, kept
    # What the judge was asked: the step's sentence and the two screenshots.
    request = next(r for r in judge_server.requests if "The step passes if" in r["messages"][0]["content"][0]["text"])
    parts = request["messages"][0]["content"]
    assert [p["type"] for p in parts] == ["text", "image_url", "image_url"]
    assert any(a in parts[0]["text"] for a in ASSERTIONS) and request["temperature"] == 0
    assert len(judge_server.requests) == 13

    # A rerun asks nothing: every verdict comes from the cache; --iwr-rejudge asks again.
    again, data2 = run_judged(bench, judge_server, "fake-judge")
    assert len(judge_server.requests) == 13
    assert task_entry(data2, "blank", "hostile/probe")["judge"] == {**blank["judge"], "calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}
    assert all(s["judge"]["cached"] for s in task_entry(data2, "reference", "hostile/probe")["steps"][1:])
    # Under xdist the verdicts travel from the workers like the steps' figures do.
    spread, data_n = run_judged(bench, judge_server, "fake-judge", "-n", "2")
    assert len(judge_server.requests) == 13
    assert [r["judge"] for r in data_n["leaderboard"]] == [r["judge"] for r in data2["leaderboard"]]
    run_judged(bench, judge_server, "fake-judge", "--iwr-rejudge", models="reference")
    assert len(judge_server.requests) == 18

    # A judge that passes everything disagrees with the checks on the blank page.
    lenient, data3 = run_judged(bench, judge_server, "fake-judge-lenient")
    blank3 = {r["model"]: r for r in data3["leaderboard"]}["blank"]["judge"]
    assert blank3["ifs"] == 100.0 and blank3["agreement"] == {"steps": 3, "agree": 0, "rate": 0.0, "kappa": 0.0}
    # The report lists each disagreement with what the judge saw and both reasons.
    html = (bench.path / "out" / "report.html").read_text()
    assert "<h2>Both scorings</h2>" in html and "DINO feature similarity" in html
    assert "<h3>Disagreements (3)</h3>" in html and "judge</b>: pass: looks right" in html
    assert "checks</b>: fail: expected text &#x27;Done once&#x27;" in html or "checks</b>: fail: expected text 'Done once'" in html
    assert (bench.path / "out/shots/blank/hostile/probe/judge_01_after.png").exists()
    assert "assertion: The page reads Done once." in html

    # The key never leaks: not in any file written, nor in the terminal.
    written = [p for p in bench.path.rglob("*") if p.is_file() and p.suffix in (".json", ".xml", ".html", ".txt")]
    assert any(".iwr/judge" in str(p) for p in written)
    for path in written + [None]:
        text = result.stdout.str() + result.stderr.str() if path is None else path.read_text(errors="replace")
        assert FAKE_KEY not in text, path


def test_judge_failures_are_judge_errors_never_passes(bench, judge_server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    _with_assertions(bench)
    expected = {
        "fake-judge-malformed": "malformed answer: expected a JSON object",
        "fake-judge-refuses": "refused: ContentPolicyViolationError",
        "fake-judge-hang": "Timeout after 2 attempts",
    }
    for judge, words in expected.items():
        result, data = run_judged(bench, judge_server, judge, models="reference")
        entry = task_entry(data, "reference", "hostile/probe")
        assert entry["ifs"] == 100.0  # the checks' figures do not move
        assert entry["judge"]["ifs"] == 0.0 and entry["judge"]["errors"] == 5, judge  # 3 steps, 2 checkpoints
        for step in entry["steps"][1:]:
            assert step["judge"]["verdict"] == "error" and words in step["judge"]["error"], step["judge"]
        assert entry["judge"]["agreement"]["steps"] == 0  # an error is no verdict to agree with
        assert "5 judge error(s)" in result.stdout.str()
    # Errors are not cached: the next run asks again.
    before = judge_server.calls["fake-judge-malformed"]
    run_judged(bench, judge_server, "fake-judge-malformed", models="reference")
    assert judge_server.calls["fake-judge-malformed"] == before + 5
    # A rate limit is retried, then answered.
    result, data = run_judged(bench, judge_server, "fake-judge-429", models="reference")
    assert task_entry(data, "reference", "hostile/probe")["judge"]["ifs"] == 100.0


def test_without_an_ocr_the_papers_vfs_is_missing_not_made_up(bench, judge_server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("IWR_TESSERACT", str(bench.path / "no-tesseract"))
    _with_assertions(bench)
    result, data = run_judged(bench, judge_server, "fake-judge", models="reference")
    entry = task_entry(data, "reference", "hostile/probe")
    assert entry["judge"]["ifs"] == 100.0 and entry["paper"]["ifs"] == 100.0
    assert entry["paper"]["vfs"] is None and entry["paper"]["final"] is None and entry["paper"]["checkpoints_missing"] == 2
    assert data["paper_scoring"]["ocr"] is None and "no-tesseract" in data["paper_scoring"]["not_available"]["ocr"]


def test_paper_scores_take_half_ocr_half_rating():
    steps = [
        {"index": 0, "vfs": 0.9, "metrics": {"ocr": 0.8, "mllm": 0.6}},
        {"index": 1, "vfs": None, "metrics": {}},  # no checkpoint
        {"index": 2, "vfs": 0.5, "metrics": {"ocr": 0.4, "mllm": 0.2}},
        {"index": 3, "vfs": 0.5, "metrics": {"ocr": 0.4, "mllm": None}},  # the judge erred: left out, counted
    ]
    found = scoring.paper_scores(steps, 50.0)
    assert found == {"ifs": 50.0, "vfs": 50.0, "final": 50.0, "low_level": 60.0, "mllm": 40.0,
                     "checkpoints": 2, "checkpoints_missing": 1}
    assert scoring.paper_scores(steps[1:2], 0.0)["vfs"] is None


def test_the_ocr_reads_what_a_screenshot_shows(tmp_path):
    from PIL import ImageDraw, ImageFont

    from pytest_iwr.ocr import Ocr

    def shot(text: str) -> bytes:
        image = Image.new("RGB", (640, 160), "white")
        font = ImageFont.truetype("DejaVuSans.ttf", 28) if _has_font() else ImageFont.load_default(28)
        ImageDraw.Draw(image).text((20, 50), text, fill="black", font=font)
        out = io.BytesIO()
        image.save(out, "PNG")
        return out.getvalue()

    ocr = Ocr.find(tmp_path / "ocr")
    a, b = shot("Night ferry returns to Port Alder"), shot("Weather for the weekend")
    assert ocr.similarity(a, a) == 1.0 and ocr.similarity(a, b) == 0.0
    assert "ferry" in ocr.read(a).lower()
    assert len(list((tmp_path / "ocr").glob("*.txt"))) == 2


def _has_font() -> bool:
    from PIL import ImageFont

    try:
        ImageFont.truetype("DejaVuSans.ttf", 10)
        return True
    except OSError:
        return False


def test_without_a_judge_nothing_changes(bench, judge_server):
    _with_assertions(bench)
    result, data = bench.run("--iwr-model=reference,blank")
    assert data["judge"] is None and judge_server.requests == []
    blank = task_entry(data, "blank", "hostile/probe")
    assert "judge" not in blank and "paper" not in blank and all("judge" not in s for s in blank["steps"])
    assert "paper_scoring" not in data and all("ocr" not in s["metrics"] for s in blank["steps"])
    assert [s["executed"] for s in blank["steps"]] == [True, True, False, False]  # the prefix rule stops it
    assert "judge" not in {k for r in data["leaderboard"] for k in r}


def test_a_judge_without_credentials_is_a_usage_error(bench, judge_server, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    _with_assertions(bench)
    result = bench.pytester.runpytest_subprocess("--iwr-model=reference", "--iwr-judge=openai/fake-judge")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*judge 'openai/fake-judge' (openai/fake-judge): litellm finds no credentials*OPENAI_API_KEY*"])
    assert judge_server.requests == []


# Buttons that show no name, placed far from where the reference's stood: no name or text
# finds them, and the reference position would miss.
ICON_PAGE = """<!doctype html><html><body style="margin:0;font-family:sans-serif">
<p id="status" style="margin:20px">Ready</p>
<div id="go" style="position:absolute;left:620px;top:400px;width:80px;height:40px;background:#1d3557;color:#fff;text-align:center;line-height:40px">&#9654;</div>
<div id="again" style="position:absolute;left:620px;top:500px;width:80px;height:40px;background:#1d3557;color:#fff;text-align:center;line-height:40px">&#10227;</div>
<script>
document.getElementById('go').onclick = () => { document.getElementById('status').textContent = 'Done once'; };
document.getElementById('again').onclick = () => { document.getElementById('status').textContent = 'Done twice'; };
</script></body></html>"""


def test_the_judge_grounds_a_target_no_name_finds(bench, judge_server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    _with_assertions(bench)
    (bench.path / "tasks/hostile/probe/recording.json").unlink()  # no reference position to fall back on
    bench.add_page("icons", "hostile/probe", ICON_PAGE)
    without, data = bench.run("--iwr-model=replay:icons")
    assert task_entry(data, "replay:icons", "hostile/probe")["steps"][1]["failure"].startswith("click failed: no visible element")

    result, data = run_judged(bench, judge_server, "fake-judge", models="replay:icons")
    entry = task_entry(data, "replay:icons", "hostile/probe")
    assert entry["ifs"] == 100.0, entry["steps"]
    assert [s["strategy"] for s in entry["steps"][1:]] == ["judge", "judge", "judge"]
    assert entry["steps"][2]["grounding"]["point"] == [660.0, 520.0]
    grounding = [r for r in judge_server.requests if "Where on the image" in r["messages"][0]["content"][0]["text"]]
    assert len(grounding) == 3 and len(grounding[0]["messages"][0]["content"]) == 2  # the question and one screenshot

    # A judge that finds nothing matching fails the step, saying so.
    result, data = run_judged(bench, judge_server, "fake-judge-blind", models="replay:icons")
    step = task_entry(data, "replay:icons", "hostile/probe")["steps"][1]
    assert "the judge finds nothing on the screen like 'the Go button'" in step["failure"]


def _shot(noise: int = 0, text: str = "Done once") -> bytes:
    from PIL import ImageDraw

    image = Image.new("RGB", (200, 60), (250, 250, 250))
    ImageDraw.Draw(image).text((10, 20), text, fill=(20, 20, 20))
    if noise:  # what Chromium's resampling does from run to run: a few levels, a few pixels
        image.putpixel((5, 5), (250 - noise, 250, 250))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_cache_answers_a_screenshot_alike_to_the_eye_and_only_that(tmp_path):
    from pytest_iwr.judge.cache import JudgeCache

    cache = JudgeCache(tmp_path)
    params = {"model": "openai/x", "temperature": 0, "max_tokens": 400}
    asked = Question("assertion", "does it pass?", (_shot(), _shot(text="Done twice")))
    cache.put(cache_key(params, asked), {"parameters": params, "parsed": {"passed": True}}, asked)
    noisy = Question("assertion", "does it pass?", (_shot(noise=5), _shot(text="Done twice")))
    assert cache.get(cache_key(params, noisy)) is None  # other bytes
    assert cache.get_near(params, noisy)["parsed"] == {"passed": True}  # but nothing a person could see
    for other in (
        Question("assertion", "does it pass?", (_shot(noise=40), _shot(text="Done twice"))),  # a visible dot
        Question("assertion", "does it pass?", (_shot(), _shot(text="Done thrice"))),  # other words
        Question("assertion", "does it hold?", (_shot(), _shot(text="Done twice"))),  # another question
        Question("assertion", "does it pass?", (_shot(),)),
    ):
        assert cache.get_near(params, other) is None, other.text
    assert cache.get_near({**params, "model": "openai/y"}, noisy) is None


def _edge(at: float, dot: tuple[int, int] | None = None) -> bytes:
    """A dark card whose right side ends at `at` (anti-aliased: the edge pixel blends)."""
    image = Image.new("RGB", (40, 30), (250, 250, 250))
    whole = int(at)
    for row in range(5, 25):
        for col in range(5, whole):
            image.putpixel((col, row), (40, 40, 120))
        share = at - whole
        image.putpixel((whole, row), tuple(round(40 * share + 250 * (1 - share)) if k < 2 else round(120 * share + 250 * (1 - share)) for k in range(3)))
    if dot:
        image.putpixel(dot, (40, 40, 120))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_an_edge_anti_aliased_a_fraction_over_is_alike_but_a_new_mark_is_not():
    from pytest_iwr.judge.cache import alike_to_the_eye

    assert alike_to_the_eye(_edge(20.2), _edge(20.6))  # 20 edge pixels, ~50 levels apart
    assert not alike_to_the_eye(_edge(20.2), _edge(20.2, dot=(32, 12)))  # one dark pixel on the white
    assert not alike_to_the_eye(_edge(20.2), _edge(23.2))  # the card grew by three pixels
    assert not alike_to_the_eye(_words("Total 21.3"), _words("Total 21.8"))  # one digit in small print


def _words(text: str) -> bytes:
    image = Image.new("RGB", (120, 24), (255, 255, 255))
    ImageDraw.Draw(image).text((4, 6), text, fill=(20, 20, 20))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
