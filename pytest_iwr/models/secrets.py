"""Keeping API keys out of every file, log and terminal line we write."""

from __future__ import annotations

import os
import re

_SECRET_NAMES = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD)", re.I)


def secret_values() -> list[str]:
    return sorted(
        {v for k, v in os.environ.items() if _SECRET_NAMES.search(k) and v and len(v) >= 8},
        key=len, reverse=True,
    )


def redact(text: str | None) -> str | None:
    """The text with every secret from the environment (and key-shaped tokens) masked."""
    if text is None:
        return None
    for value in secret_values():
        text = text.replace(value, "[redacted]")
    return re.sub(r"\b(sk|pk|rk)-[A-Za-z0-9_-]{12,}", r"\1-[redacted]", text)
