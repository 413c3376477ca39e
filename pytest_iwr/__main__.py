"""The command line: `build [--all] [--check] [--clock]`, `stats`, `compare`, `chromium`.

    python -m pytest_iwr build tasks/<category>/<task> ...   # or --all; --check compares instead of writing
    python -m pytest_iwr stats                               # the suite's counts
    python -m pytest_iwr compare A/results.json B/results.json [--html OUT]
    python -m pytest_iwr chromium                            # the browser runs will use
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .task import TaskError, find_tasks


def _build(args: argparse.Namespace) -> int:
    from playwright.sync_api import sync_playwright

    from .build import BuildError, build_task, check_clock, check_task
    from .chromium import launch_args

    folders = [Path(p) for p in args.tasks]
    if args.all:
        folders += [p.parent for p in find_tasks(Path(args.tasks_dir))]
    if not folders:
        print("build: name task folders, or --all", file=sys.stderr)
        return 2
    failures = 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_args())
        for number, folder in enumerate(folders, start=1):
            started = time.perf_counter()
            progress = f"[{number}/{len(folders)}]"
            try:
                if args.check or args.clock:
                    problems = check_task(folder, browser) if args.check else []
                    problems += check_clock(folder, browser) if args.clock and not args.check else []  # --check runs the lint too
                    for problem in problems:
                        print(f"DIFFERS {problem}", file=sys.stderr)
                    failures += bool(problems)
                    verdict = "differs" if problems else "up to date"
                    print(f"{progress} {folder}: {verdict} ({time.perf_counter() - started:.1f} s)")
                    continue
                recording = build_task(folder, browser)
            except (TaskError, BuildError) as exc:
                failures += 1
                print(f"FAILED {exc}", file=sys.stderr)
                continue
            shots = sum(1 for s in recording.steps if s.checkpoint)
            print(
                f"{progress} built {folder}: {len(recording.steps) - 1} steps, {shots} checkpoints, "
                f"{len(recording.assets)} assets, {recording.video['seconds']:.1f} s of video "
                f"({time.perf_counter() - started:.1f} s)"
            )
        browser.close()
    return 1 if failures else 0


def _stats(args: argparse.Namespace) -> int:
    from .stats import suite_stats, write_stats

    try:
        stats = suite_stats(Path(args.tasks_dir))
    except TaskError as exc:
        print(f"stats: {exc}", file=sys.stderr)
        return 2
    write_stats(stats, sys.stdout)
    return 0


def _snapshot(args: argparse.Namespace) -> int:
    from .report.snapshot import snapshot

    snapshot(Path(args.report), Path(args.out), args.task)
    print(f"wrote {args.out}")
    return 0


def _chromium(args: argparse.Namespace) -> int:
    from .chromium import find_chromium

    path = find_chromium()
    if path is None:
        print("no Chromium found (set IWR_CHROMIUM, or install Debian's chromium)", file=sys.stderr)
        return 1
    print(path)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from .report.compare import CompareError, compare_files, render_html, render_text, write_html

    try:
        comparison = compare_files(args.results)
        if args.html:
            write_html(args.html, render_html(comparison))
    except CompareError as exc:
        print(f"compare: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render_text(comparison))
    if args.html:
        print(f"wrote {args.html}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pytest_iwr")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="replay tasks on their reference; write checkpoints/ and recording.json")
    build.add_argument("tasks", nargs="*", help="task folders (tasks/<category>/<task>)")
    build.add_argument("--all", action="store_true", help="every task under --tasks-dir")
    build.add_argument("--tasks-dir", default="tasks")
    build.add_argument("--check", action="store_true", help="rebuild into a temporary folder and compare with what is committed; includes the clock lint")
    build.add_argument("--clock", action="store_true", help="replay the reference at 0.6x and 1.7x the video's page time; name checks whose verdict changes")
    build.set_defaults(func=_build)
    stats = sub.add_parser("stats", help="the suite's counts: tasks, steps, checks by level and category")
    stats.add_argument("--tasks-dir", default="tasks")
    stats.set_defaults(func=_stats)
    shot = sub.add_parser("snapshot", help="a PNG of a report.html (leaderboard and one task's checkpoints)")
    shot.add_argument("report")
    shot.add_argument("out")
    shot.add_argument("--task", help="open the task whose summary contains this text")
    shot.set_defaults(func=_snapshot)
    chromium = sub.add_parser("chromium", help="print the Chromium that runs will use")
    chromium.set_defaults(func=_chromium)
    compare = sub.add_parser("compare", help="compare runs: leaderboard with 95%% intervals, task-set differences, changed verdicts")
    compare.add_argument("results", nargs="+", help="results.json files (or the run folders holding them)")
    compare.add_argument("--html", metavar="OUT", help="also write a self-contained HTML page to OUT")
    compare.set_defaults(func=_compare)
    args = parser.parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`stats | head`): what it wanted it has; no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
