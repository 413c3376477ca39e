"""Which Chromium to drive, and with which flags.

Set-up never downloads a browser: `IWR_CHROMIUM`, then a `chromium` on PATH,
then a browser Playwright already has on disk.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Quiet, offline, deterministic: no background traffic to Google, no QUIC, and
# scrolls applied at once (smooth scrolling loses wheel events when headless).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-smooth-scrolling",
    # A second wall after request interception: names other than localhost do not resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    # A page that allocates without end crashes its renderer early instead of eating the machine.
    "--js-flags=--max-old-space-size=512",
)

PATH_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The Chromium executable to use, or None when there is none."""
    override = os.environ.get("IWR_CHROMIUM")
    if override:
        return override
    for name in PATH_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return _playwright_own()


def _playwright_own() -> str | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    try:
        with sync_playwright() as pw:
            path = pw.chromium.executable_path
    except Exception:  # noqa: BLE001 - any failure means "not usable"
        return None
    return path if path and Path(path).exists() else None


def launch_args(headless: bool = True) -> dict:
    """Keyword arguments for `BrowserType.launch`."""
    args: dict = {"args": list(CHROMIUM_ARGS), "headless": headless}
    path = find_chromium()
    if path:
        args["executable_path"] = path
    return args
