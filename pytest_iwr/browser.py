"""The sandboxed page session: one untrusted page in its own browser context.

What the page may do: load its own files from one loopback origin, run its
scripts under a seeded Math.random and a paused clock. What it may not: reach
any other origin, keep a dialog or pop-up open, navigate away unnoticed, or
hold the run: every call into the page is bounded, and a page that stops
answering is declared dead and its remaining steps fail.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, TypeVar
from urllib.parse import unquote, urlsplit

from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

from . import clock
from .perceived import IMAGE, IMAGE_DIGEST, PERCEIVED_JS, Perceived
from .server import FolderServer
from .watchdog import Watchdog

T = TypeVar("T")

# The page's clock starts here and moves only when we move it, so a page that
# shows the time or counts down looks the same on every run.
CLOCK_START = datetime(2026, 1, 1, 10, 0, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Limits:
    """Time limits in seconds; a hostile task must be over within a few of them."""

    load: float = 8.0
    action: float = 3.0
    call: float = 4.0  # any single call into the page (evaluate, screenshot, clock)
    settle: float = 1.0
    max_dialogs: int = 50
    max_popups: int = 20


class PageDead(Exception):
    """The page can no longer be driven (hung, crashed, navigated away, hostile)."""


_INIT_SCRIPT = """
(() => {
  let s = (%(seed)d >>> 0) || 1;
  Math.random = function random() {
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let n = 0;
  Object.defineProperty(window, '__iwrMutations', {get: () => n, configurable: false});
  new MutationObserver((records) => { n += records.length; })
    .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
})();
"""

_STATE_JS = """() => {
  let inner = 0;
  for (const el of document.querySelectorAll('*')) inner += el.scrollTop + el.scrollLeft;
  return [window.__iwrMutations || 0, window.scrollX, window.scrollY, inner];
}"""

# Images are decoded off the main thread: wait for them (and for fonts) so a
# screenshot never catches an image half-decoded.
_DECODED_JS = """() => Promise.all([
  document.fonts ? document.fonts.ready : null,
  ...Array.from(document.images, (img) => img.complete && img.naturalWidth ? img.decode().catch(() => null) : null),
]).then(() => true)"""


@dataclass
class SessionLog:
    """What the page tried that it was not allowed to do."""

    blocked_requests: list[str] = field(default_factory=list)
    dialogs: int = 0
    popups: int = 0
    navigations_away: list[str] = field(default_factory=list)
    crashed: bool = False


class PageSession:
    """Opens `root/index.html` from a private loopback server in a fresh context."""

    def __init__(
        self,
        browser: Browser,
        root: Path,
        viewport: tuple[int, int],
        seed: int,
        limits: Limits = Limits(),
        context_args: dict[str, Any] | None = None,
    ):
        self.limits = limits
        self.log = SessionLog()
        self.watchdog = Watchdog()
        self.dead: str | None = None
        self.server = FolderServer(root)
        self.origin = self.server.origin
        self.root = Path(root).resolve()
        self._image_names: dict[str, str | None] = {}
        self.context: BrowserContext = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            screen={"width": viewport[0], "height": viewport[1]},
            device_scale_factor=1,
            locale="en-US",
            timezone_id="UTC",
            color_scheme="light",
            reduced_motion="reduce",
            service_workers="block",
            accept_downloads=False,
            **(context_args or {}),
        )
        foreign = re.compile(r"^(?!" + re.escape(self.origin) + r"/)")
        self.context.route(foreign, self._block)
        self.context.route_web_socket(foreign, self._block_socket)
        self.context.add_init_script(_INIT_SCRIPT % {"seed": seed})
        self.context.set_default_timeout(limits.action * 1000)
        self.page: Page = self.context.new_page()
        self.context.on("page", self._on_new_page)  # after ours: every later page is a pop-up
        self.page.on("dialog", self._on_dialog)
        self.page.on("crash", self._on_crash)
        self.page.on("framenavigated", self._on_navigated)
        # pause_at installs the fake clock, already paused (install-then-pause races the real clock).
        self.page.clock.pause_at(CLOCK_START)

    # ------------------------------------------------------------------ policy

    def _block(self, route) -> None:
        self.log.blocked_requests.append(route.request.url[:200])
        route.abort("blockedbyclient")

    def _block_socket(self, ws) -> None:
        self.log.blocked_requests.append(ws.url[:200])
        ws.close()

    def _on_new_page(self, page: Page) -> None:
        if page is self.page:
            return
        self.log.popups += 1
        try:
            page.close()
        except PlaywrightError:
            pass

    def _on_dialog(self, dialog) -> None:
        self.log.dialogs += 1
        try:
            dialog.accept() if self.log.dialogs <= self.limits.max_dialogs else dialog.dismiss()
        except PlaywrightError:
            pass

    def _on_crash(self, _page: Page) -> None:
        self.log.crashed = True

    def _on_navigated(self, frame) -> None:
        if frame == self.page.main_frame and not frame.url.startswith(self.origin + "/"):
            self.log.navigations_away.append(frame.url[:200])

    # ------------------------------------------------------------------ guarded calls

    def call(self, fn: Callable[[], T], seconds: float | None = None, what: str = "the page") -> T:
        """Run one Playwright call into the page, bounded; a page that overruns is killed."""
        if self.dead:
            raise PageDead(self.dead)
        seconds = seconds or self.limits.call
        self.watchdog.fired = False
        error: PlaywrightError | None = None
        try:
            with self.watchdog.guard(seconds):
                result = fn()
        except PlaywrightError as exc:
            error = exc
        if self.watchdog.fired:
            # Whatever the call then said (often "crashed": we killed it), the page hung,
            # unless what it did meanwhile (a storm of dialogs) says more; its crash is our kill.
            self.dead = self._misbehaviour(killed=True) or f"page hung: {what} did not answer within {seconds:g} s"
        elif error is not None:
            message = str(error).lower()
            if self.log.crashed or "crash" in message:
                self.dead = "page crashed"
            elif "closed" in message:
                self.dead = "page closed itself"
            else:
                raise error
        self.check_alive()
        return result

    def check_alive(self) -> None:
        """Fail on anything that makes the page unusable, whatever the last call said."""
        if self.dead:
            raise PageDead(self.dead)
        self.dead = self._misbehaviour()
        if self.dead:
            raise PageDead(self.dead)

    def _misbehaviour(self, killed: bool = False) -> str | None:
        """What the page did that makes it unusable, from the event log; None if nothing.
        `killed`: the watchdog just killed the renderer, so a crash is ours, not the page's."""
        if self.log.crashed and not killed:
            return "page crashed"
        if self.log.navigations_away:
            return f"page navigated away to {self.log.navigations_away[0]}"
        if self.log.dialogs > self.limits.max_dialogs:
            return f"page opened more than {self.limits.max_dialogs} dialogs"
        if self.log.popups > self.limits.max_popups:
            return f"page opened more than {self.limits.max_popups} pop-up windows"
        return None

    def responsive(self) -> bool:
        """After an action timed out: is the page still answering at all?"""
        try:
            self.call(lambda: self.page.evaluate("1"), seconds=2.0, what="a liveness probe")
            return True
        except PageDead:
            return False

    # ------------------------------------------------------------------ page operations

    def load(self, hold_ms: int = clock.LOAD_MS) -> None:
        try:
            self.call(
                lambda: self.page.goto(self.origin + "/index.html", wait_until="load", timeout=self.limits.load * 1000),
                seconds=self.limits.load + 2,
                what="loading",
            )
        except PlaywrightError as exc:
            self.dead = f"page did not load: {_first_line(exc)}"
            raise PageDead(self.dead) from None
        self.advance_clock(hold_ms)
        self.settle()

    def advance_clock(self, ms: int) -> None:
        """Let the page's timers and animation frames run for `ms` of page time."""
        if ms > 0:
            self.call(lambda: self.page.clock.run_for(ms), what="its timers")

    def evaluate(self, js: str) -> Any:
        """Evaluate in the page; a same-origin navigation in between (a form post,
        a reload) is waited out once instead of failing the step."""
        try:
            return self.call(lambda: self.page.evaluate(js))
        except PlaywrightError as exc:
            if "context was destroyed" not in str(exc) and "navigat" not in str(exc).lower():
                raise
        self.call(
            lambda: self.page.wait_for_load_state("load", timeout=self.limits.load * 1000),
            seconds=self.limits.load + 2,
            what="a navigation",
        )
        return self.call(lambda: self.page.evaluate(js))

    def state(self) -> list[float]:
        return self.evaluate(_STATE_JS)

    def scroll_position(self) -> float:
        """One number that moves whenever the window or any inner scroller scrolls."""
        _, x, y, inner = self.state()
        return float(x + y + inner)

    def settle(self) -> None:
        """Wait until the page stops changing (DOM, scroll), bounded by `limits.settle`."""
        deadline = time.monotonic() + self.limits.settle
        last = self.state()
        while time.monotonic() < deadline:
            time.sleep(0.015)
            now = self.state()
            if now == last:
                break
            last = now
        self.evaluate(_DECODED_JS)

    def wait_for_scroll(self, before: float, seconds: float = 0.6) -> None:
        """Wheel scrolling lands asynchronously: give it a moment to move the page."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.scroll_position() == before:
            time.sleep(0.015)

    def perceive(self, pointer: tuple[float, float] | None = None) -> Perceived:
        """The text a person sees, on the page and on screen, with the pointer resting at `pointer`."""
        raw = self.call(lambda: self._evaluate_arg(PERCEIVED_JS, list(pointer) if pointer else None))
        return Perceived.from_js(raw, self.image_name)

    def image_name(self, url: str) -> str | None:
        """A picture by what it shows: the digest of the page's file it loads (so two pages
        that name one asset differently show the same picture); None for anything else."""
        if url not in self._image_names:
            self._image_names[url] = None
            if url.startswith(self.origin + "/"):
                path = (self.root / unquote(urlsplit(url).path).lstrip("/")).resolve()
                if path.is_file() and self.root in path.parents:
                    self._image_names[url] = IMAGE + hashlib.sha256(path.read_bytes()).hexdigest()[:IMAGE_DIGEST]
        return self._image_names[url]

    def _evaluate_arg(self, js: str, arg):
        try:
            return self.page.evaluate(js, arg)
        except PlaywrightError as exc:
            if "context was destroyed" not in str(exc) and "navigat" not in str(exc).lower():
                raise
        self.page.wait_for_load_state("load", timeout=self.limits.load * 1000)
        return self.page.evaluate(js, arg)

    def visible_text(self) -> str:
        return self.perceive().page

    def screenshot(self) -> bytes:
        return self.call(
            lambda: self.page.screenshot(type="png", animations="disabled", caret="hide", timeout=self.limits.call * 1000),
            what="a screenshot",
        )

    def region_png(self, box) -> bytes:
        """A screenshot of one box of the viewport (the spot a person is looking at)."""
        x, y, w, h = box
        vw, vh = self.page.viewport_size["width"], self.page.viewport_size["height"]
        left, top = max(0.0, x - 2), max(0.0, y - 2)
        right, bottom = min(float(vw), x + w + 2), min(float(vh), y + h + 2)
        if right - left < 2 or bottom - top < 2:
            return b""
        clip = {"x": left, "y": top, "width": right - left, "height": bottom - top}
        return self.call(
            lambda: self.page.screenshot(type="png", clip=clip, animations="disabled", caret="hide", timeout=self.limits.call * 1000),
            what="a screenshot",
        )

    def close(self) -> None:
        try:
            with self.watchdog.guard(self.limits.call):
                self.context.close()
        except PlaywrightError:
            pass
        finally:
            self.server.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
