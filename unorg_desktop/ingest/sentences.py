"""Helpers the readers of an organisation text share: sentences and token positions."""

from __future__ import annotations

import re

from .names import Token

# A sentence ends at a full stop or a semicolon followed by a capital (or a quotation mark).
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-ÝÉ«“])")
# A list of components ends at a full stop after a word, or at a semicolon.
LIST_END = re.compile(r"(?<=[a-zé\)])\.\s|;")
DASHES = ("–", "-")
RECENT = 6  # how many recent subjects an anaphora ("le Service") looks back over
MAX_SKIPPED = 8  # words of a list member that names no unit, skipped to read the members after it


# "OCHA", "CRD", "UN-GIFT": an abbreviation a text defines in parentheses after a name
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*(?:[-&.][A-Z0-9]+)*$")


def is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 12 and bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


# "SA 1", "AJ 2", "SDRH 3-1": a unit's code, an acronym and a number (its rank in the list)
_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*\s+\d{1,2}(?:[-.]\d{1,2})*$")


def is_code(text: str) -> bool:
    """A unit's code as written in parentheses after its name: another name of it."""
    word = text.split(" ", 1)[0]
    return len(text) <= 16 and bool(_CODE.match(text)) and (is_acronym(word) or len(word) == 1 and word.isupper())


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(text) if s.strip()]


def first_at(tokens: tuple[Token, ...], pos: int) -> Token | None:
    return next((t for t in tokens if t.start >= pos), None)
