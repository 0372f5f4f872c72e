"""The one comparison key of the project (no Qt, nothing else imported): ingest compares names
with :func:`fold` and the store indexes and searches with it, so a name the extractor tells apart
is one the search tells apart too (``"Straße"`` and ``"Strasse"`` fold alike in both).

A module of its own, outside ``ingest/``: importing ``unorg_desktop.ingest.text`` runs the ingest
package (the whole extractor, ~0.3 s), which reading a database never needs.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


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
