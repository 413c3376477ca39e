"""After `pip install` of the built wheel, outside any clone, the suite runs."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from helpers import ROOT, SUITE


def _run(*cmd: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def test_the_installed_wheel_runs_its_own_suite_from_an_empty_folder(tmp_path):
    wheels = tmp_path / "wheels"
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", wheels, ROOT, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("pytest_iwr-*.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    installed = _run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    # The dependencies (pytest, Playwright, ...) come from this environment, behind the wheel's
    # own files: a line in a .pth adds a folder to the end of sys.path, so the wheel wins.
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).stdout.strip())
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    empty = tmp_path / "empty"
    empty.mkdir()
    where = _run(python, "-c", "import pytest_iwr; print(pytest_iwr.__file__)", cwd=empty)
    assert Path(where.stdout.strip()).is_relative_to(env_dir), where
    run = _run(python, "-m", "pytest", "-p", "no:cacheprovider", "--iwr-model=reference", "--iwr-tasks=games", cwd=empty)
    out = run.stdout
    assert run.returncode == 0, out[-3000:] + run.stderr[-2000:]
    packaged = site / "pytest_iwr" / "suite"
    assert f"iwr: tasks {packaged} (the suite installed with pytest-iwr)" in out
    games = len(list((SUITE / "games").glob("*/task.yaml")))
    assert any(line.split()[:2] == ["reference", str(games)] and line.split()[-1] == "100.00" for line in out.splitlines()), out[-2000:]
    # Every file of the suite went into the wheel.
    assert sorted(p.relative_to(packaged) for p in packaged.rglob("*") if p.is_file() and "__pycache__" not in p.parts) == sorted(
        p.relative_to(SUITE) for p in SUITE.rglob("*") if p.is_file()
    )
