"""A picture of a report page, for the README: the leaderboard and one task opened."""

from __future__ import annotations

from pathlib import Path


def snapshot(report: Path, out: Path, open_task: str | None = None, height: int = 1400) -> None:
    from playwright.sync_api import sync_playwright

    from ..chromium import launch_args

    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        try:
            page = browser.new_page(viewport={"width": 1280, "height": height}, device_scale_factor=1)
            page.goto(Path(report).resolve().as_uri(), wait_until="load")
            details = page.locator("details")
            if open_task:
                details = details.filter(has_text=open_task)
            if details.count():
                first = details.first
                first.evaluate("d => { d.open = true; }")
                # Put the task's first side-by-side pair under the leaderboard, by hiding what lies between.
                page.evaluate("document.getElementById('breakdowns').style.display = 'none'")
                page.evaluate("d => { for (const o of document.querySelectorAll('details')) if (o !== d) o.style.display = 'none'; }", first.element_handle())
                page.evaluate("d => { const t = d.querySelector('table'); if (t) t.style.display = 'none'; }", first.element_handle())
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()
