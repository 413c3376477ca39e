"""Words as a person reads them: a phrase found whole in visible text, never a part of a word."""

from __future__ import annotations

import re


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


# Where a lone word stands on its own: a line's start or end, or punctuation
# that separates a label from its value ("Password strength: Strong").
_SEGMENT_EDGE = r"[:·|•,;()/–—\[\]]"


def phrase_pattern(wanted: str) -> re.Pattern:
    """The words of `wanted` as a whole phrase: "Bee" is not in "been", "5" not in "15".

    A lone word (letters only) must stand on its own, not inside a longer
    phrase of words: "Strong" is not in "Very strong". A phrase of several
    words, or a number, may stand anywhere at word boundaries.
    """
    words = _normalise(wanted).split(" ")
    body = r"\s+".join(re.escape(w) for w in words)
    if len(words) == 1 and words[0].isalpha():
        return re.compile(rf"(?:^|{_SEGMENT_EDGE})[ ]*{body}[ ]*(?:$|{_SEGMENT_EDGE})", re.IGNORECASE | re.MULTILINE)
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


def find_phrase(page_text: str, wanted: str) -> re.Match | None:
    """`wanted` in the text, read line by line (a lone word must fill a line or a segment of it)."""
    text = "\n".join(" ".join(line.split()) for line in (page_text or "").splitlines())
    return phrase_pattern(wanted).search(text)
