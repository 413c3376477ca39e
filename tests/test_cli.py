"""`python -m pytest_iwr`: the command line a person pipes and reads."""

from __future__ import annotations

import subprocess
import sys

from helpers import SUITE


def test_stats_prints_the_suites_counts():
    out = subprocess.run([sys.executable, "-m", "pytest_iwr", "stats", "--tasks-dir", str(SUITE)],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0].split()[1] == "tasks," and " steps " in out.splitlines()[0]
    assert "by category:" in out


def test_stats_into_a_reader_that_has_gone_ends_without_a_traceback():
    """`python -m pytest_iwr stats | head -1`: the reader closes the pipe before the rest is written."""
    child = subprocess.Popen([sys.executable, "-m", "pytest_iwr", "stats", "--tasks-dir", str(SUITE)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # gone before a line is read
    _, err = child.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert child.returncode == 141
