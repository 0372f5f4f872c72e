"""Text helpers shared by every stage: one fold (defined in ``unorg_desktop/textkey.py``, which the
store's search imports without loading the extractor), line joining.

``fold`` is the one comparison key of the project: ingest compares names with it and the
store indexes and searches with it, so a name the extractor tells apart is one the search
tells apart too (``"Straße"`` and ``"Strasse"`` fold alike in both).
"""

from __future__ import annotations

import re

from ..textkey import fold  # noqa: F401 - one fold for ingest and store (unorg_desktop/textkey.py)

TERMINATORS = ".;:!?"


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
