"""Unit search: literal, accent- and case-insensitive, ranked in tiers.

Tiers, best first (score ranges never overlap, so a tier can only add results
below the ones already found):

1. ``name``/``alias``/``abbreviation`` — the folded query equals a name or alias (1.0–0.97)
   or starts one (0.85–0.95);
2. the same fields through FTS5: every word of the query, the last one as a prefix (0.70–0.80);
3. ``abbreviation`` — the query equals the initials of a name's significant words
   (``DOMP`` → Département des opérations de maintien de la paix) (0.65);
4. ``attribution`` — units whose functions contain every word (FTS5) (0.61–0.64): a word the
   texts really use beats a guess at a typo;
5. ``fuzzy`` — every significant word of the query is close (rapidfuzz ``ratio``) to a word
   of a name or alias (0.40–0.60).

User text is never interpreted: it is folded (:func:`fold`: accents, case, punctuation and
control characters go; only words of letters and digits remain) and every word is quoted
for FTS5.
"""

from __future__ import annotations

import bisect
import heapq
import sqlite3
from functools import cached_property
from typing import Callable, NamedTuple

from ..textkey import fold  # one fold for ingest and store (re-exported: store.fold)
from .rows import SearchHit

MAX_FTS_TOKENS = 64
MAX_FUZZY_CHARS = 200
MAX_PREFIX_SCAN = 2000
MAX_FTS_SCAN = 300  # BM25 is computed for each scanned match: ~2 µs a row
MAX_PREFIX_TERMS = 16  # a last word typed so far becomes the OR of at most this many terms
MAX_FUZZY_TERMS = 30
FUZZY_CUTOFF = 75.0
_STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les pour par sur dans of the and for on".split()
)


def fts_query(text: str, prefix: bool = True) -> str | None:
    """An FTS5 ``MATCH`` for the words of ``fold(text)``: all required, the last one as a
    prefix, each quoted (``"and"``, ``"near"`` are words, not operators).

    Folding first makes FTS see the same words as the other tiers (punctuation and symbols
    are separators, ``①`` is ``1``). Returns ``None`` when there is no word to look for.
    """
    words = fold(text).split()[:MAX_FTS_TOKENS]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def fts_plan(text: str) -> tuple[str | None, Callable[[str], bool] | None]:
    """The FTS ``MATCH`` of the query's significant words, and a check of its small words
    (articles, prepositions) on each matched text; ``(fts_query(text), None)`` when there is
    nothing to split off.

    Small words are in almost every name: asking FTS5 for ``"de"`` (or ``"de"*`` while it is
    being typed) intersects doclists as long as the table (100,000 rows) and filters nothing
    more than the check does on the few rows the significant words leave. Every word of the
    query is still required, literally."""
    words = fold(text).split()[:MAX_FTS_TOKENS]
    big = [w for w in words if w not in _STOPWORDS]
    if not big or len(big) == len(words):
        return fts_query(text), None
    quoted = ['"' + w + '"' for w in big]  # folded words hold letters and digits only
    if words[-1] not in _STOPWORDS:
        quoted[-1] += "*"
    whole = {w for w in words[:-1] if w in _STOPWORDS}
    typed = words[-1] if words[-1] in _STOPWORDS else ""

    def has_small_words(matched: str) -> bool:
        found = fold(matched).split()
        return whole <= set(found) and (not typed or any(w.startswith(typed) for w in found))

    return " ".join(quoted), has_small_words


def search_sql(table: str) -> str:
    """The FTS query of tiers 2 (``names``) and 4 (``attributions``), parameters ``:query``,
    ``:scan`` and ``:limit``: at most ``:scan`` matches are read, so that a query matching
    most rows (a one-letter prefix on 100,000 units) stays fast. Rows are ``(unit, field,
    folded text, text)``.

    Names are ordered by the tier's own score (the shortest folded name covers the query
    best), not by BM25: ``rank`` costs a pass over the whole doclist of every query word
    (to count the rows holding it), ~2 ms for a word in half the names, even when one row
    matches. Attributions keep BM25 (their texts are long and the word counts matter), and
    so their prefix queries (:func:`expand_prefix` would change BM25's weights)."""
    if table == "names":
        return ("SELECT t.unit, t.field, t.folded, t.text FROM (SELECT rowid FROM names_fts"
                " WHERE names_fts MATCH :query LIMIT :scan) AS m JOIN names AS t ON t.id = m.rowid"
                " ORDER BY length(t.folded), t.id LIMIT :limit")
    return (
        f"SELECT t.unit, 'attribution', NULL, t.text FROM (SELECT rowid, rank FROM {table}_fts"
        f" WHERE {table}_fts MATCH :query LIMIT :scan) AS m JOIN {table} AS t ON t.id = m.rowid"
        f" ORDER BY m.rank, t.id LIMIT :limit"
    )


_LAST_PREFIX = '"*'


def expand_prefix(match: str | None, terms: list[str] | None) -> str | None:
    """``match`` with its last phrase ``"w"*`` replaced by the OR of the FTS terms starting
    with ``w`` (``terms``: the table's sorted vocabulary), when there are at most
    ``MAX_PREFIX_TERMS``; ``None`` when no term starts with ``w`` (nothing can match).
    Only for ASCII words, which the tokenizer reads as one term equal to the folded word.

    The same rows match, but FTS5 answers a prefix query by first merging the doclists of
    every term with that prefix, whole (~3 ms for ``"equipe"*`` on 100,000 names, where
    ``"equipe"`` stops after the rows asked for, 0.1 ms)."""
    if match is None or terms is None or not match.endswith(_LAST_PREFIX):
        return match
    head, _, last = match[:-1].rpartition(" ")
    word = last[1:-1]  # folded: letters and digits only, no quote to unescape
    if not word.isascii():  # FTS may split or fold it otherwise than fold(): let FTS read it
        return match
    start = bisect.bisect_left(terms, word)
    bound = min(len(terms), start + MAX_PREFIX_TERMS + 1)
    stop = bisect.bisect_left(terms, word + "\U0010ffff", start, bound)
    if stop == start:
        return None
    if stop - start > MAX_PREFIX_TERMS:
        return match
    group = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms[start:stop])
    return f"{head} AND ({group})" if head else f"({group})"


def initials(folded_name: str) -> str:
    """First letters of the significant words: ``"departement de l appui aux missions"`` → ``"dam"``."""
    words = [w for w in folded_name.split() if w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


class _Entry(NamedTuple):
    key: str  # folded text
    order: int  # unit order in the database
    unit: str
    field: str  # "name" | "alias" | "abbreviation"
    text: str
    initials: str  # of a name's significant words, "" for aliases


class SearchIndex:
    """Folded names and aliases of every unit in memory (built once per open store), and the
    FTS vocabulary for fuzzy matching (read on first use through a TEMP ``fts5vocab`` table,
    which a read-only connection may create: the database file is not touched)."""

    def __init__(self, conn: sqlite3.Connection, order: dict[str, int]) -> None:
        last = len(order)
        rows = conn.execute("SELECT folded, unit, field, text, initials FROM names WHERE folded != ''")
        self._conn = conn
        self.entries = sorted(_Entry(key, order.get(unit, last), unit, fld, text, abbr)
                              for key, unit, fld, text, abbr in rows)  # by key, then unit order
        self._keys = [e.key for e in self.entries]
        self._prefix_rank = [(-(0.10 if e.field == "name" else 0.08) / len(e.key), e.order)
                             for e in self.entries]
        self._terms: dict[str, list[str]] = {}
        self.by_key: dict[str, list[_Entry]] = {}
        self.by_initials: dict[str, list[_Entry]] = {}
        for e in self.entries:
            self.by_key.setdefault(e.key, []).append(e)
            if e.initials:
                self.by_initials.setdefault(e.initials, []).append(e)

    def prepare(self) -> None:
        """Read the lazily loaded part now (the FTS vocabulary of the names)."""
        self.terms("names")
        self._vocabulary  # noqa: B018

    def loaded_terms(self, table: str) -> list[str] | None:
        """:meth:`terms` if already read (by :meth:`prepare` or the fuzzy tier), else ``None``:
        reading a vocabulary costs more (0.1-0.2 s at 100,000 units) than the prefix
        queries it speeds up, unless many queries follow."""
        return self._terms.get(table)

    def terms(self, table: str) -> list[str]:
        """Sorted distinct terms of ``{table}_fts`` (``names`` or ``attributions``), read once."""
        found = self._terms.get(table)
        if found is None:
            self._conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab"
                               f" USING fts5vocab(main, '{table}_fts', 'row')")
            found = sorted(t for (t,) in self._conn.execute(f"SELECT term FROM temp.{table}_vocab"))
            self._terms[table] = found
        return found

    @cached_property
    def _vocabulary(self) -> list[str]:
        """Distinct FTS terms of every name and alias, numbers left out (fuzzy matching)."""
        return [t for t in self.terms("names") if not t.isdigit()]

    def exact_and_prefix(self, key: str, best: int | None = None) -> list[tuple[_Entry, float]]:
        """(entry, score) for names/aliases equal to (1.0, 0.97) or starting with ``key``
        (0.85 + up to 0.10), best first, then in unit order. At most ``MAX_PREFIX_SCAN``
        prefixed entries, taken in key order, are ranked; with ``best``, only the best
        ``best`` of them are returned."""
        found = sorted(((e, 1.0 if e.field == "name" else 0.97) for e in self.by_key.get(key, ())),
                       key=lambda es: (-es[1], es[0].order))
        start = bisect.bisect_right(self._keys, key)
        stop = bisect.bisect_left(self._keys, key + "\U0010ffff", start,
                                  min(len(self._keys), start + MAX_PREFIX_SCAN))
        # the prefix score grows with bonus / len(entry key): sorted by that, precomputed
        rank = self._prefix_rank.__getitem__
        ranked = (sorted(range(start, stop), key=rank) if best is None or stop - start <= best
                  else heapq.nsmallest(best, range(start, stop), key=rank))
        for i in ranked:
            e = self.entries[i]
            bonus = 0.10 if e.field == "name" else 0.08
            found.append((e, 0.85 + bonus * len(key) / len(e.key)))
        return found

    def fuzzy(self, key: str, limit: int) -> list[tuple[str, str, str, str, float]]:
        """(unit, field, text, folded, score 0–100) of names/aliases having, for every significant
        word of ``key``, a word at least ``FUZZY_CUTOFF`` similar (rapidfuzz ``ratio``);
        score = mean similarity.

        Word-level, so word order, missing articles and extra words do not matter
        (``"maintein pais"`` finds ``"... de maintien de la paix"``): each query word becomes
        the OR of its closest vocabulary terms, and FTS5 intersects them."""
        words = [w for w in dict.fromkeys(key[:MAX_FUZZY_CHARS].split()) if w not in _STOPWORDS]
        words = words[:MAX_FTS_TOKENS]
        if not words:
            return []
        from rapidfuzz import fuzz, process  # ~30 ms to import: not before the first fuzzy search

        groups = []
        for word in words:
            if word.isdigit():  # numbers match exactly or not at all
                terms = [word]
            else:
                terms = [t for t, _, _ in process.extract(word, self._vocabulary, scorer=fuzz.ratio,
                                                          processor=None, score_cutoff=FUZZY_CUTOFF,
                                                          limit=MAX_FUZZY_TERMS)]
            if not terms:
                return []
            groups.append("(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")")
        rows = self._conn.execute(
            "SELECT n.unit, n.field, n.text, n.folded FROM (SELECT rowid FROM names_fts WHERE names_fts"
            " MATCH :query LIMIT :scan) AS m JOIN names AS n ON n.id = m.rowid",
            {"query": " AND ".join(groups), "scan": MAX_FTS_SCAN},
        ).fetchall()
        # the matched names share most of their words: each similarity is computed once
        found = [folded.split() for _, _, _, folded in rows]
        distinct = {f for words_of_row in found for f in words_of_row}
        similar = [{f: fuzz.ratio(w, f) for f in distinct} for w in words]
        scored = []
        for (unit, fld, text, folded), words_of_row in zip(rows, found):
            sims = [max(map(sim.__getitem__, words_of_row), default=0.0) for sim in similar]
            scored.append((unit, fld, text, folded, sum(sims) / len(sims)))
        scored.sort(key=lambda r: (-r[4], len(r[3]), r[0], r[2]))
        return scored[:limit]


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
    match, has_small_words = fts_plan(query)

    def fts_rows(table: str) -> list[tuple[str, str, str | None, str]]:
        # attributions are ranked by BM25, which weighs an OR of terms otherwise than a prefix
        query = expand_prefix(match, index.loaded_terms(table)) if table == "names" else match
        if query is None:
            return []
        scan = {"query": query, "scan": MAX_FTS_SCAN, "limit": MAX_FTS_SCAN if has_small_words else fetch}
        rows = conn.execute(search_sql(table), scan).fetchall()
        if has_small_words is not None:
            rows = [r for r in rows if has_small_words(r[2] if r[2] is not None else r[3])][:fetch]
        return rows

    def tier_exact():
        # best first, so that a prefix shared by thousands of names ("equipe d") adds only the
        # entries of the first `limit` units: the later tiers score below every one of them
        # (a unit has a few names and aliases: 4 entries a unit nearly always reach the limit)
        for best in (4 * limit, None):
            for e, score in index.exact_and_prefix(key, best):
                hits.add(e.unit, e.field, e.text, score)
                if len(hits.best) >= limit:
                    return

    def tier_fts_names():
        if match:
            for unit, fld, folded, text in fts_rows("names"):
                hits.add(unit, fld, text, 0.70 + 0.10 * min(1.0, len(key) / max(1, len(folded or ""))))

    def tier_initials():
        if " " not in key and len(key) >= 2:
            for e in index.by_initials.get(key, ()):
                hits.add(e.unit, "abbreviation", e.text, 0.65)

    def tier_fuzzy():
        if len(key) >= 3:
            for unit, _, text, folded, score in index.fuzzy(key, fetch):
                closeness = max(0.0, score - FUZZY_CUTOFF) / (100 - FUZZY_CUTOFF)
                coverage = min(1.0, len(key) / len(folded))
                hits.add(unit, "fuzzy", text, 0.40 + 0.17 * closeness + 0.03 * coverage)

    def tier_attributions():
        if match:
            rows = fts_rows("attributions")
            for i, (unit, fld, _, text) in enumerate(rows):
                hits.add(unit, fld, text, 0.64 - 0.03 * i / len(rows))

    for tier in (tier_exact, tier_fts_names, tier_initials, tier_attributions, tier_fuzzy):
        tier()
        if len(hits.best) >= limit:
            break
    return hits.ranked(limit)
