"""Short model names and per-model settings, in one table a project can extend.

    [pytest]
    iwr_models =
        claude = anthropic/claude-sonnet-4-5 max_images=40
        local  = openai/qwen2.5-vl longest_side=768 max_tokens=8000
"""

from __future__ import annotations

from ..prompt import ModelLimits

ALIASES: dict[str, tuple[str, dict]] = {
    "claude": ("anthropic/claude-sonnet-4-5", {}),
    "gpt": ("openai/gpt-5", {}),
    "gemini": ("gemini/gemini-2.5-pro", {}),
    "qwen": ("openrouter/qwen/qwen2.5-vl-72b-instruct", {"max_images": 32}),
}
_SETTINGS = ("max_images", "longest_side", "max_tokens")


class TableError(ValueError):
    pass


def parse_lines(lines: list[str]) -> dict[str, tuple[str, dict]]:
    """`alias = litellm/name key=value ...` lines (the ini option) into table entries."""
    table: dict[str, tuple[str, dict]] = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        alias, sep, rest = line.partition("=")
        words = rest.split()
        if not sep or not alias.strip() or not words:
            raise TableError(f"iwr_models: expected 'alias = provider/model [max_images=N ...]', got {line!r}")
        settings = {}
        for word in words[1:]:
            key, eq, value = word.partition("=")
            if key not in _SETTINGS or not eq or not value.isdigit():
                raise TableError(f"iwr_models: {alias.strip()}: expected {', '.join(k + '=N' for k in _SETTINGS)}, got {word!r}")
            settings[key] = int(value)
        table[alias.strip()] = (words[0], settings)
    return table


def lookup(name: str, extra: dict[str, tuple[str, dict]]) -> tuple[str, ModelLimits]:
    """The litellm name and limits for a --iwr-model name (an alias, or a litellm name as is)."""
    table = {**ALIASES, **extra}
    litellm_name, settings = table.get(name, (name, {}))
    return litellm_name, ModelLimits(**settings)
