"""How fast a step runs: the reference model over the suite, timed by the harness itself.

Each step's `seconds` in results.json covers action + settle + checks +
screenshot + metrics. Prints the median and 90th percentile per step, steps
per second of step time, and the wall time of the whole pytest run (which adds
browser start, collection and page loads).

    python benchmarks/speed.py [--model reference] [--tasks games] [-n 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="reference")
    parser.add_argument("--tasks", default=None, help="--iwr-tasks selection (default: the whole suite)")
    parser.add_argument("-n", dest="workers", default=None, help="xdist workers")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="iwr-speed-") as out:
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--iwr-model={args.model}", f"--iwr-report={out}"]
        if args.tasks:
            cmd.append(f"--iwr-tasks={args.tasks}")
        if args.workers:
            cmd += ["-n", args.workers]
        started = time.perf_counter()
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - started
        results = Path(out) / "results.json"
        if not results.exists():
            print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
            return 1
        data = json.loads(results.read_text())

    steps = [s["seconds"] for t in data["tasks"] for s in t["steps"] if s["index"] > 0 and s["executed"]]
    loads = [s["seconds"] for t in data["tasks"] for s in t["steps"] if s["index"] == 0]
    if not steps:
        print("no steps ran")
        return 1
    steps.sort()
    p90 = steps[min(len(steps) - 1, int(0.9 * len(steps)))]
    print(f"model {args.model}: {len(data['tasks'])} tasks, {len(steps)} steps executed")
    print(f"seconds per step: median {statistics.median(steps):.3f}  p90 {p90:.3f}  max {steps[-1]:.3f}")
    print(f"steps per second (step time): {len(steps) / sum(steps):.2f}")
    print(f"page load (step 0): median {statistics.median(loads):.3f} s")
    print(f"wall time of the pytest run: {wall:.1f} s ({(len(steps) + len(loads)) / wall:.2f} items/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
