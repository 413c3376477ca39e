"""Hostile pages: each fails its steps within the time bound, nothing escapes, the run completes."""

from __future__ import annotations

import http.server
import os
import threading
import urllib.request

import pytest
from helpers import DATA, first_failure, task_entry

from pytest_iwr.server import FolderServer

PROBE = DATA / "tasks" / "hostile" / "probe"
HOSTILE = DATA / "hostile"
# Which step each hostile page must first fail at (None: it passes, but its requests are blocked).
EXPECTED = {
    "loop-on-load": (0, "page did not load"),
    "loop-on-click": (1, "page hung"),
    "loop-in-timer": (1, "page hung"),
    "alert-storm": (1, "page opened more than 50 dialogs"),
    "popup-storm": (1, "page"),
    "navigate-away": (1, "page navigated away"),
    "renderer-crash": (1, "page crashed"),
    "outside-request": (None, None),
}
TIME_BOUND = 15.0  # seconds a hostile task may take in all


class Outside:
    """An 'outside' server: the page must never reach it."""

    def __init__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the base class's name
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self):
        self.httpd.shutdown()


@pytest.fixture
def outside():
    server = Outside()
    yield server
    server.close()


def test_hostile_pages_fail_in_bounded_time_and_the_run_goes_on(bench, outside):
    bench.add_task(PROBE)
    assert sorted(p.stem for p in HOSTILE.glob("*.html")) == sorted(EXPECTED)
    for kind in EXPECTED:
        html = (HOSTILE / f"{kind}.html").read_text().replace("__OUTSIDE__", outside.url)
        bench.add_page(f"pages/{kind}", "hostile/probe", html)
    models = ",".join(f"replay:pages/{kind}" for kind in EXPECTED) + ",reference"
    result, data = bench.run(f"--iwr-model={models}")
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # failures, not a crash or an interruption
    assert task_entry(data, "reference", "hostile/probe")["ifs"] == 100.0  # the browser survived them all
    for kind, (step, message) in EXPECTED.items():
        entry = task_entry(data, f"replay:pages/{kind}", "hostile/probe")
        assert first_failure(entry) == step, (kind, entry["steps"])
        if step is not None:
            failure = entry["steps"][step]["failure"]
            assert failure.startswith(message), (kind, failure)
            assert entry["ifs"] == 0.0
        seconds = sum(s["seconds"] for s in entry["steps"])
        assert seconds < TIME_BOUND, (kind, seconds)
    leaky = task_entry(data, "replay:pages/outside-request", "hostile/probe")
    assert leaky["blocked_requests"] >= 4  # stylesheet, image, fetch, beacon, socket
    assert outside.hits == []  # nothing got out


def test_the_page_server_serves_its_folder_and_nothing_else(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("hello")
    (site / "sub").mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", site / "link.txt")
    server = FolderServer(site)
    try:
        def get(path):
            try:
                with urllib.request.urlopen(server.origin + path) as response:
                    return response.status, response.read().decode()
            except urllib.error.HTTPError as exc:
                return exc.code, ""

        assert get("/index.html") == (200, "hello")
        assert get("/../secret.txt")[0] == 404
        assert get("/%2e%2e/secret.txt")[0] == 404
        assert get("/link.txt")[0] == 404
        assert get("/sub/")[0] == 404  # no directory listings
    finally:
        server.close()


def test_a_page_that_navigates_within_its_own_origin_is_waited_out(bench):
    bench.add_task(PROBE)
    page = """<!doctype html><html><body><h1>Probe</h1>
<p id="s">Ready</p><button onclick="location.href = '/index.html?go=1'">Go</button>
<button onclick="document.getElementById('s').textContent = 'Done twice'">Again</button>
<script>if (location.search) document.getElementById('s').textContent = 'Done once';</script>
</body></html>"""
    bench.add_page("saved", "hostile/probe", page)
    result, data = bench.run("--iwr-model=replay:saved")
    result.assert_outcomes(passed=4)
    assert task_entry(data, "replay:saved", "hostile/probe")["ifs"] == 100.0
