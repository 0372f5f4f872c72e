"""Unit search: literal, accent- and case-insensitive, ranked in tiers.

Tiers, best first (score ranges never overlap, so a tier can only add results
below the ones already found):

1. ``name``/``alias``/``abbreviation`` — the folded query equals a name or alias (1.0–0.97)
   or starts one (0.85–0.95);
2. the same fields through FTS5: every word of the query, the last one as a prefix (0.70–0.80);
3. ``abbreviation`` — the query equals the initials of a name's significant words
   (``DOMP`` → Département des opérations de maintien de la paix) (0.65);
4. ``fuzzy`` — every significant word of the query is close (rapidfuzz ``ratio``) to a word
   of a folded name or alias (0.40–0.60);
5. ``attribution`` — units whose functions contain every word (FTS5) (0.10–0.30).

User text is never interpreted: control characters are dropped, every word is quoted for
FTS5 (``"`` doubled), and words without a letter or digit are left out.
"""

from __future__ import annotations

import bisect
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from .rows import SearchHit

MAX_FTS_TOKENS = 64
MAX_FUZZY_CHARS = 200
MAX_PREFIX_SCAN = 2000
FUZZY_CUTOFF = 75.0
_STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les pour par sur dans of the and for on".split()
)


def clean_query(text: str) -> str:
    """Drop control characters and lone surrogates, collapse white space."""
    kept = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)
    return " ".join(kept.split())


def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key: ``"l’Appui"`` → ``"l appui"``."""
    decomposed = unicodedata.normalize("NFKD", clean_query(text))
    chars = [c for c in decomposed if not unicodedata.combining(c)]
    return " ".join("".join(c if c.isalnum() else " " for c in "".join(chars).casefold()).split())


def fts_query(text: str, prefix: bool = True) -> str | None:
    """Quote every word for an FTS5 ``MATCH`` (all words required, last one as a prefix).

    Returns ``None`` when no word contains a letter or digit (nothing to look for).
    """
    words = [w for w in clean_query(text).split() if any(c.isalnum() for c in w)]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words[:MAX_FTS_TOKENS]]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def search_sql(table: str) -> str:
    """The FTS query of tiers 2 (``names``) and 5 (``attributions``): ``:query``, ``:limit``."""
    field = "field" if table == "names" else "'attribution'"
    return (
        f"SELECT t.unit, {field}, t.text FROM {table}_fts JOIN {table} AS t"
        f" ON t.id = {table}_fts.rowid WHERE {table}_fts MATCH :query"
        f" ORDER BY {table}_fts.rank, t.id LIMIT :limit"
    )


def initials(folded_name: str) -> str:
    """First letters of the significant words: ``"departement de l appui aux missions"`` → ``"dam"``."""
    words = [w for w in folded_name.split() if w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


@dataclass(frozen=True)
class _Entry:
    key: str  # folded text
    order: int  # unit order in the database
    unit: str
    field: str  # "name" | "alias" | "abbreviation"
    text: str


class SearchIndex:
    """In-memory folded names and aliases of every unit (built once per open store)."""

    def __init__(self, rows: list[tuple[str, str, str]], order: dict[str, int]) -> None:
        """``rows`` are (unit id, field, text) of the ``names`` table; ``order`` ranks units."""
        entries = (_Entry(fold(text), order.get(unit, len(order)), unit, fld, text) for unit, fld, text in rows)
        self.entries = sorted((e for e in entries if e.key), key=lambda e: (e.key, e.order, e.field))
        self._keys = [e.key for e in self.entries]
        self.by_key: dict[str, list[_Entry]] = {}
        self.by_initials: dict[str, list[_Entry]] = {}
        for e in self.entries:
            self.by_key.setdefault(e.key, []).append(e)
            if e.field == "name" and (abbr := initials(e.key)):
                self.by_initials.setdefault(abbr, []).append(e)

    def exact_and_prefix(self, key: str):
        """(entry, score) for names/aliases equal to or starting with ``key``."""
        for e in self.by_key.get(key, ()):
            yield e, 1.0 if e.field == "name" else 0.97
        start = bisect.bisect_right(self._keys, key)
        stop = min(len(self._keys), start + MAX_PREFIX_SCAN)
        for i in range(start, stop):
            e = self.entries[i]
            if not e.key.startswith(key):
                break
            bonus = 0.10 if e.field == "name" else 0.08
            yield e, 0.85 + bonus * len(key) / len(e.key)

    def fuzzy(self, key: str, limit: int) -> list[tuple[_Entry, float]]:
        """(entry, score 0–100): entries having, for every significant word of ``key``, a
        word at least ``FUZZY_CUTOFF`` similar (rapidfuzz ``ratio``); score = mean similarity.

        Word-level, so word order, missing articles and extra words do not matter
        (``"maintein pais"`` finds ``"... de maintien de la paix"``)."""
        words = [w for w in dict.fromkeys(key[:MAX_FUZZY_CHARS].split()) if w not in _STOPWORDS]
        if not words:
            return []
        vocabulary, postings = self._word_index
        best: dict[int, float] | None = None
        for word in words[:MAX_FTS_TOKENS]:
            similar = process.extract(word, vocabulary, scorer=fuzz.ratio, processor=None,
                                      score_cutoff=FUZZY_CUTOFF, limit=None)
            scores: dict[int, float] = {}
            for _, sim, w in similar:
                for i in postings[w]:
                    if sim > scores.get(i, 0.0):
                        scores[i] = sim
            best = scores if best is None else {i: best[i] + sim for i, sim in scores.items() if i in best}
            if not best:
                return []
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], len(self.entries[kv[0]].key), kv[0]))
        return [(self.entries[i], total / len(words)) for i, total in ranked[:limit]]

    @cached_property
    def _word_index(self) -> tuple[list[str], list[list[int]]]:
        """Distinct folded words, and for each the entries containing it."""
        words: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            for w in dict.fromkeys(e.key.split()):
                words.setdefault(w, []).append(i)
        return list(words), list(words.values())


class _Hits:
    """Best hit per unit."""

    def __init__(self, order: dict[str, int], names: dict[str, str]) -> None:
        self.best: dict[str, SearchHit] = {}
        self.order, self.names = order, names

    def add(self, unit: str, fld: str, snippet: str, score: float) -> None:
        old = self.best.get(unit)
        if old is None or score > old.score:
            self.best[unit] = SearchHit(unit, self.names.get(unit, unit), round(score, 4), fld, snippet)

    def ranked(self, limit: int) -> list[SearchHit]:
        hits = sorted(self.best.values(), key=lambda h: (-h.score, self.order.get(h.unit_id, 0), h.unit_id))
        return hits[:limit]


def search(conn: sqlite3.Connection, index: SearchIndex, order: dict[str, int],
           names: dict[str, str], query: str, limit: int = 20) -> list[SearchHit]:
    """Ranked units for ``query`` (see the module docstring); never raises on user text."""
    key = fold(query)
    if limit <= 0 or not key:
        return []
    hits = _Hits(order, names)
    fetch = max(limit * 4, 20)
    match = fts_query(query)

    def tier_exact():
        for e, score in index.exact_and_prefix(key):
            hits.add(e.unit, e.field, e.text, score)

    def tier_fts_names():
        if match:
            rows = conn.execute(search_sql("names"), {"query": match, "limit": fetch}).fetchall()
            for unit, fld, text in rows:
                hits.add(unit, fld, text, 0.70 + 0.10 * min(1.0, len(key) / max(1, len(fold(text)))))

    def tier_initials():
        if " " not in key and len(key) >= 2:
            for e in index.by_initials.get(key, ()):
                hits.add(e.unit, "abbreviation", e.text, 0.65)

    def tier_fuzzy():
        if len(key) >= 3:
            for e, score in index.fuzzy(key, fetch):
                closeness = (score - FUZZY_CUTOFF) / (100 - FUZZY_CUTOFF)
                coverage = min(1.0, len(key) / len(e.key))
                hits.add(e.unit, "fuzzy", e.text, 0.40 + 0.17 * closeness + 0.03 * coverage)

    def tier_attributions():
        if match:
            rows = conn.execute(search_sql("attributions"), {"query": match, "limit": fetch}).fetchall()
            for i, (unit, fld, text) in enumerate(rows):
                hits.add(unit, fld, text, 0.30 - 0.20 * i / len(rows))

    for tier in (tier_exact, tier_fts_names, tier_initials, tier_fuzzy, tier_attributions):
        tier()
        if len(hits.best) >= limit:
            break
    return hits.ranked(limit)
