""""Did you mean …?": names close to a query that found nothing.

Looser than the search's fuzzy tier (which wants every word of the query close to a word of one
name): the whole folded query is compared with every folded name, alias, abbreviation and the
initials of every name (``DOPM`` → ``DOMP``), transpositions counting as one edit. Used by
``unorg search`` (nothing found) and ``unorg show`` (no such unit).
"""

from __future__ import annotations

from dataclasses import dataclass

from .search import SearchIndex, fold

SHORT = 6  # a query this short is compared with abbreviations and initials
EDITS = 0.3  # at most this many edits a character of the query (and always one)


@dataclass(frozen=True)
class Suggestion:
    unit_id: str
    text: str  # what the query looks like: a name, an alias, an abbreviation or initials
    score: float


def suggest(index: SearchIndex, query: str, limit: int = 3) -> list[Suggestion]:
    """At most ``limit`` units whose names (or initials) are close to ``query``, best first;
    one suggestion a unit."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    key = fold(query)
    if len(key) < 2 or limit < 1:
        return []
    choices: dict[str, list[tuple[str, str]]] = {}  # folded key -> [(unit, text shown)]
    for entry in index.entries:
        choices.setdefault(entry.key, []).append((entry.unit, entry.text))
    if len(key) <= SHORT:
        for initials, entries in index.by_initials.items():
            choices.setdefault(initials, []).extend((e.unit, initials.upper()) for e in entries)
    edits = max(1, int(len(key) * EDITS))
    found = process.extract(key, list(choices), scorer=DamerauLevenshtein.distance, score_cutoff=edits,
                            limit=limit * 4)
    out: dict[str, Suggestion] = {}
    for choice, distance, _ in sorted(found, key=lambda f: (f[1], f[0])):
        for unit, text in choices[choice]:
            if unit not in out:
                out[unit] = Suggestion(unit, text, round(1 - distance / max(len(key), len(choice)), 3))
    return list(out.values())[:limit]
