"""Helpers for the project's own tests: benchmark runs in a pytester folder."""

from __future__ import annotations

import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SUITE = ROOT / "tasks"


class Bench:
    """A scratch project with some tasks in `tasks/`, run through pytest in a subprocess."""

    def __init__(self, pytester: pytest.Pytester):
        self.pytester = pytester
        self.path = pytester.path
        pytester.makeini("[pytest]\n")

    def add_task(self, source: Path) -> Path:
        dest = self.path / "tasks" / source.parent.name / source.name
        shutil.copytree(source, dest)
        return dest

    def add_page(self, model_dir: str, task: str, html: str) -> Path:
        """A saved page for `replay:<model_dir>`: <model_dir>/<category>/<task>/index.html."""
        folder = self.path / model_dir / task
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(html, encoding="utf-8")
        return folder

    def run(self, *args: str, report: bool = True) -> tuple[pytest.RunResult, dict | None]:
        extra = ["-p", "no:cacheprovider"] + (["--iwr-report=out"] if report else [])
        result = self.pytester.runpytest_subprocess(*extra, *args, timeout=600)
        results_file = self.path / "out" / "results.json"
        data = json.loads(results_file.read_text()) if report and results_file.exists() else None
        return result, data


def task_entry(data: dict, model: str, task: str) -> dict:
    return next(t for t in data["tasks"] if t["model"] == model and t["id"] == task)


def first_failure(entry: dict) -> int | None:
    return next((s["index"] for s in entry["steps"] if not s["passed"]), None)


class FakeServer:
    """An OpenAI-compatible chat server on 127.0.0.1 (real HTTP) that keeps every request;
    `answer(model, call, body)` says what to send back (subclasses script it)."""

    def __init__(self, delay: float = 0.0):
        self.requests: list[dict] = []
        self.spans: list[tuple[float, float]] = []
        self.delay = delay
        self.calls: dict[str, int] = {}
        self.down = False  # fake-flaky answers 503 while down
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802
                started = time.monotonic()
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                body["_auth"] = self.headers.get("Authorization", "")
                fake.requests.append(body)
                model = body["model"]
                fake.calls[model] = fake.calls.get(model, 0) + 1
                status, payload = fake.answer(model, fake.calls[model], body)
                if fake.delay:
                    time.sleep(fake.delay)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                fake.spans.append((started, time.monotonic()))

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def answer(self, model: str, call: int, body: dict) -> tuple[int, dict]:
        raise NotImplementedError

    def close(self):
        self.httpd.shutdown()


def completion(text: str) -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 1767261600, "model": "fake",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1234, "completion_tokens": 567, "total_tokens": 1801},
    }


def error_body(message: str, code: str = "error") -> dict:
    return {"error": {"message": message, "type": code, "code": code}}
