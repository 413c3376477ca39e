"""The rootdir and ini file pytest would have found had it known our options.

pytest settles its rootdir and ini file before it loads plugins, so in
`--iwr-report /some/dir` it cannot yet know that `/some/dir` is an option's
value: it takes it for a path to test, looks for the ini file above
`/some/dir`, finds none and makes that folder the rootdir. Our options are
known by the time `pytest_load_initial_conftests` runs; there we settle it
again with the real positional arguments and, if the answer differs, put
pytest's own answer in place (and apply the ini's `addopts`, which were
missed), as if `--iwr-report=/some/dir` had been written.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest


def settle_again(config: pytest.Config, parser: pytest.Parser, args: list[str]) -> bool:
    """Redo rootdir/ini discovery with our options known; True if it changed anything."""
    try:
        from _pytest.config.findpaths import determine_setup
    except ImportError:  # a pytest that moved it: keep its own answer
        return False
    namespace = parser.parse_known_args(list(args))
    wanted = {
        "inifile": getattr(namespace, "inifilename", None),
        "override_ini": getattr(namespace, "override_ini", None),
        "args": getattr(namespace, "file_or_dir", None) or [],
        "rootdir_cmd_arg": getattr(namespace, "rootdir", None) or None,
        "invocation_dir": config.invocation_params.dir,
    }
    accepted = inspect.signature(determine_setup).parameters
    rootpath, inipath, inicfg = determine_setup(**{k: v for k, v in wanted.items() if k in accepted})[:3]
    if rootpath == config.rootpath and inipath == config.inipath:
        return False
    if not (hasattr(config, "_rootpath") and hasattr(config, "_inipath") and hasattr(config, "_inicache")):
        return False  # a pytest whose internals differ: its answer stands
    old_cut = str(config.inipath.parent if config.inipath else config.rootpath)
    config._rootpath = Path(rootpath)
    config._inipath = Path(inipath) if inipath else None
    if hasattr(config, "_inicfg"):
        config._inicfg = inicfg
    else:  # pytest 8: a plain attribute
        config.__dict__["inicfg"] = inicfg
    config._inicache.clear()
    parser.extra_info["rootdir"] = str(config.rootpath)
    parser.extra_info["inifile"] = str(config.inipath)
    known = config.known_args_namespace
    if getattr(known, "confcutdir", None) == old_cut:
        known.confcutdir = str(config.inipath.parent if config.inipath else config.rootpath)
    addopts = config.getini("addopts") if "addopts" in inicfg else []
    if addopts:
        args[:0] = list(addopts)
    return True
