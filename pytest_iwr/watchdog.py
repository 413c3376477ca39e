"""A last line of defence against a page whose JavaScript never returns.

Playwright's `evaluate` has no time limit: a page spinning in `while (true)`
would hold the run forever. The watchdog lives in its own thread and, when a
guarded block overruns, kills this process's Chromium renderers (never the
browser, never another worker's). Playwright then reports "Target crashed" and
the run treats the page as dead.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: the ppid follows the last ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _descendants(pid: int) -> list[int]:
    children = _children_map()
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_renderers() -> int:
    """Kill every Chromium renderer started by this process; returns how many."""
    if not Path("/proc/self/stat").exists():
        return 0
    killed = 0
    for pid in _descendants(os.getpid()):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"--type=renderer" in cmdline:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
    return killed


class Watchdog:
    """`with dog.guard(5):` — if the block takes longer, the renderers die."""

    def __init__(self) -> None:
        self.fired = False

    @contextmanager
    def guard(self, seconds: float) -> Iterator[None]:
        timer = threading.Timer(seconds, self._fire)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _fire(self) -> None:
        self.fired = True
        kill_renderers()
