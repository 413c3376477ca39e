"""report.html: renders for reference, blank and a broken page; opens from disk; links resolve."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import DATA
from playwright.sync_api import sync_playwright

from pytest_iwr.chromium import launch_args
from pytest_iwr.report.html import render
from pytest_iwr.report.stats import interval, separated

PROBE = DATA / "tasks" / "hostile" / "probe"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.tables = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tables += tag == "table"
        for key in ("src", "href"):
            if attrs.get(key):
                self.urls.append(attrs[key])


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    pytester_like = tmp_path_factory.mktemp("report")
    import shutil
    import subprocess
    import sys

    shutil.copytree(PROBE, pytester_like / "tasks" / "hostile" / "probe")
    (pytester_like / "pytest.ini").write_text("[pytest]\n")
    broken = pytester_like / "broken" / "hostile" / "probe"
    broken.mkdir(parents=True)
    page = (PROBE / "reference" / "index.html").read_text()
    (broken / "index.html").write_text(page.replace("'Done twice'", "'Done 2x'"))
    subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
         "--iwr-model=reference,blank,replay:broken", "--iwr-report=out"],
        cwd=pytester_like, capture_output=True, timeout=600,
    )
    return pytester_like / "out"


def test_report_html_is_self_contained_and_every_link_resolves(report):
    text = (report / "report.html").read_text()
    parser = Links()
    parser.feed(text)
    assert parser.tables >= 3
    assert "http://" not in text and "https://" not in text  # opens with no network
    assert parser.urls, "no images or links at all"
    for url in parser.urls:
        assert (report / url).exists(), url
    assert any(u.startswith("diff/") for u in parser.urls)


def test_what_a_page_wrote_is_escaped_in_the_report(report):
    import json

    data = json.loads((report / "results.json").read_text())
    data["tasks"][1]["steps"][1]["failure"] = "expected 'Go'; nearest on the page: '<script>alert(1)</script>'"
    text = render(data, report, report.parent / "tasks")
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_report_opens_from_disk_with_leaderboard_and_side_by_side_checkpoints(report):
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        page = browser.new_page()
        page.goto((report / "report.html").as_uri())
        rows = page.locator("#leaderboard tbody tr")
        assert rows.count() == 3
        assert {rows.nth(i).locator("td").first.inner_text() for i in range(3)} == {"reference", "blank", "replay:broken"}
        details = page.locator("details").filter(has_text="replay:broken")
        details.locator("summary").click()
        reference, generated = details.locator("img.ref").first, details.locator("img.gen").first
        reference.scroll_into_view_if_needed()
        for img in (reference, generated):
            assert img.evaluate("i => i.complete && i.naturalWidth") > 0
        assert details.get_by_text("blocked by step 2").count() == 1
        # The leaderboard sorts by a column when its header is clicked.
        page.locator("#leaderboard th", has_text="Final").click()
        first = page.locator("#leaderboard tbody tr").first.locator("td").first.inner_text()
        page.locator("#leaderboard th", has_text="Final").click()
        assert page.locator("#leaderboard tbody tr").first.locator("td").first.inner_text() != first
        browser.close()


def test_progress_and_generation_failures_reach_the_terminal(bench):
    bench.add_task(PROBE)
    result, _ = bench.run("--iwr-model=reference,replay:nowhere")
    result.stdout.fnmatch_lines([
        "[[]iwr[]] reference hostile/probe: IFS 100.00 VFS 100.00",
        "[[]iwr[]] replay:nowhere hostile/probe: IFS 0.00 VFS 0.00 (generation failed: no saved page at *",
        "generation failed: replay:nowhere hostile/probe: no saved page at *",
    ])


def test_bootstrap_interval_on_known_inputs():
    assert interval([]) is None
    assert interval([42.0]) == (42.0, 42.0)
    assert interval([50.0] * 10) == (50.0, 50.0)
    lo, hi = interval([0.0, 100.0] * 10)
    assert 25 < lo < 50 < hi < 75  # the mean is 50; 20 coin flips leave about ±22
    assert interval([0.0, 100.0] * 10) == (lo, hi)  # seeded: the same on every run
    narrow = interval([0.0, 100.0] * 200)
    assert narrow[1] - narrow[0] < hi - lo  # more tasks, less noise
    assert separated(interval([90.0, 95.0, 100.0] * 5), interval([0.0, 5.0, 10.0] * 5))
    assert not separated(interval([40.0, 60.0] * 5), interval([45.0, 55.0] * 5))
