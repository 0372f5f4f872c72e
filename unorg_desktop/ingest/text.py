"""Text helpers shared by every stage (and by the store's search): one fold, line joining.

``fold`` is the one comparison key of the project: ingest compares names with it and the
store indexes and searches with it, so a name the extractor tells apart is one the search
tells apart too (``"Straße"`` and ``"Strasse"`` fold alike in both).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TERMINATORS = ".;:!?"


class _FoldTable(dict):
    """``str.translate`` table built lazily, one character at a time: accents and combining
    marks dropped, case folded (``ß`` -> ``ss``), compatibility forms decomposed (``ﬁ``,
    ``①``), anything that is not a letter or digit becomes a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if unicodedata.category(char) in ("Cc", "Cs"):
            folded = " "
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
            folded = "".join(c if c.isalnum() else " " for c in folded)
        self[code] = folded
        return folded


_FOLD = _FoldTable()


@lru_cache(maxsize=1 << 16)  # pure, and called for every lookup of every draft
def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key: ``"l’Appui"`` -> ``"l appui"``."""
    return " ".join(text.translate(_FOLD).split())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence or a clause (closing quotes ignored)."""
    text = text.rstrip(" »”\"")
    return bool(text) and text[-1] in TERMINATORS


def join_two(left: str, right: str) -> str:
    """Join two pieces of a broken line: keep real hyphens, add one space otherwise."""
    left = left.rstrip()
    right = right.strip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and not left.endswith(" -"):
        return left + right
    return left + " " + right


def join_lines(pieces: list[str]) -> str:
    """Join the lines of one block; a piece starting with a newline keeps its line apart."""
    out = ""
    for piece in pieces:
        if piece.startswith("\n"):
            out = out.rstrip() + "\n" + piece.strip()
        else:
            out = join_two(out, piece)
    return re.sub(r" {2,}", " ", out).strip()
