"""Matching names as people type them: without accents, case or extra spaces, so "siobhan"
finds Siobhán Ó Súilleabháin and "lukasz" finds Łukasz."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that do not decompose into a base letter and an accent.
_PLAIN = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "ß": "ss",
        "Đ": "D",
        "đ": "d",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
    }
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The text without accents or case, its spaces collapsed: for matching, never for showing."""
    if text.isascii():
        return " ".join(text.casefold().split())
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    stripped = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches(needle: str, *haystack: str) -> bool:
    """Whether every word typed appears in one of the texts (accents and case ignored)."""
    words = fold(needle).split()
    folded = " ".join(fold(h) for h in haystack)
    return all(w in folded for w in words)


_CONTROL = {c: None for c in range(32) if chr(c) not in "\t\n"} | {0x7F: None}
_CONTROL.update({c: None for c in range(0x80, 0xA0)})  # C1 controls (terminal escapes too)


def clean(text: str) -> str:
    """Text as it may be stored: control characters (terminal escapes, NUL) removed, line ends
    as ``\\n``; tabs and new lines stay (a reflection has paragraphs)."""
    if text.isprintable():
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
