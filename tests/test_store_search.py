"""Store.search: ranking tiers, accent/case folding, fuzzy, abbreviations, attributions,
and literal treatment of hostile text."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from unorg_desktop.store.search import fold, fts_plan, fts_query

HOSTILE = [
    '"', '""', '"maintien', "maintien\"", "*", "**", "maintien*", "AND(", "AND", "OR", "NOT", "NEAR(",
    "NEAR(a b, 2)", "a NEAR b", "-", "-maintien", "(", ")", "((a)", "{", "}", "^", ":", "units:x",
    "' OR 1=1 --", "'; DROP TABLE units; --", "%", "_", "%_%", "\\", "\x00", "a\x00b", "\u202eRTL",
    "مكتب الأمم المتحدة", "שלום", "🙂", "👩🏽‍💻", "e\u0301", "\u0301", "\ufeff", "\ud800", "x" * 10_000,
    "a " * 5_000, "défense " * 2_000, "\t\n\r", " ", "",
]


def ids(hits):
    return [h.unit_id for h in hits]


def test_fold_and_fts_quoting():
    assert fold("  L’Appui-Logistique ") == "l appui logistique"
    assert fold("DÉFENSE") == fold("defense") == "defense"
    assert fts_query('say "hi" AND(') == '"say" "hi" "and"*'
    assert fts_query("* -- ( )") is None
    assert fts_query("NEAR(a b)", prefix=False) == '"near" "a" "b"'
    assert fts_query("1\u3200") == '"1" "\u1100"*'  # ㈀ is (ᄀ): a letter after folding, as in fold()


def test_small_words_are_checked_on_the_matches_not_asked_of_fts():
    match, has_small_words = fts_plan("Division de la p")
    assert match == '"division" "p"*'
    assert has_small_words("Division de la police")
    assert not has_small_words("Division police")  # every word of the query is still required
    match, has_small_words = fts_plan("Groupe d")  # the small word being typed is a prefix
    assert match == '"groupe"' and has_small_words("Groupe des achats") and not has_small_words("Groupe X")
    assert fts_plan("de la") == (fts_query("de la"), None)  # small words only: FTS asks for them
    assert fts_plan("Division police") == (fts_query("Division police"), None)


def test_exact_name_ranks_first(tiny_store):
    hits = tiny_store.search("Division de l’appui logistique")
    assert hits[0].unit_id == "dal" and hits[0].field == "name" and hits[0].score == 1.0


def test_accent_and_case_insensitive(tiny_store):
    for query in ("defense", "DÉFENSE", "Defense et securite", "departement de la defense"):
        assert ids(tiny_store.search(query))[0] == "dds", query


def test_prefix_while_typing(tiny_store):
    assert ids(tiny_store.search("Division de l"))[0] == "dal"
    hits = tiny_store.search("Bureau du Dir")
    assert set(ids(hits)[:2]) == {"bd-dal", "bd-somp"}


def test_words_in_any_order_through_fts(tiny_store):
    hits = tiny_store.search("maintien paix")
    assert hits[0].unit_id == "somp" and hits[0].field == "name"


def test_alias_and_abbreviation(tiny_store):
    hit = tiny_store.search("division logistique")[0]
    assert (hit.unit_id, hit.field, hit.snippet) == ("dal", "alias", "Division logistique")
    hit = tiny_store.search("dds")[0]
    assert (hit.unit_id, hit.field) == ("dds", "abbreviation")


def test_initials_abbreviation(tiny_store):
    hit = tiny_store.search("SOMP")[0]  # Service des Opérations de Maintien de la Paix
    assert (hit.unit_id, hit.field) == ("somp", "abbreviation")


def test_fuzzy_typos(tiny_store):
    hits = tiny_store.search("maintein de la pais")
    assert hits[0].unit_id == "somp" and hits[0].field == "fuzzy"
    assert ids(tiny_store.search("logistiqe"))[0] == "dal"


def test_attributions_come_last_with_their_text(tiny_store):
    hits = tiny_store.search("carburant")
    assert [(h.unit_id, h.field, h.snippet) for h in hits] == [
        ("dal", "attribution", "Coordonne les achats de carburant")]
    hits = tiny_store.search("formation")
    assert hits[-1].field == "attribution" and hits[-1].unit_id == "dal"


def test_ranking_is_deduplicated_sorted_and_limited(tiny_store):
    hits = tiny_store.search("Bureau", limit=50)
    assert len(ids(hits)) == len(set(ids(hits)))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(tiny_store.search("Bureau", limit=1)) == 1
    assert tiny_store.search("Bureau", limit=0) == []


def test_names_with_markup_are_plain_text(tiny_store):
    hit = tiny_store.search("<b>X</b>")[0]
    assert hit.unit_id == "markup" and "<img src=x>" in hit.name


@pytest.mark.parametrize("query", HOSTILE, ids=lambda q: repr(q[:20]))
def test_hostile_strings_never_raise_and_match_nothing_spurious(tiny_store, query):
    hits = tiny_store.search(query)
    assert isinstance(hits, list)
    for h in hits:
        if h.field not in ("fuzzy", "abbreviation"):
            assert literal_match(query, h.snippet), (query, h)


def literal_match(query: str, snippet: str) -> bool:
    """Every word of the query is a word of the snippet, the last one possibly a prefix."""
    *words, last = fold(query).split()
    found = fold(snippet).split()
    return set(words) <= set(found) and any(w.startswith(last) for w in found)


def test_operators_are_searched_literally(tiny_store):
    # As FTS syntax these would match every row ("a OR b") or fail; literally they match nothing.
    assert tiny_store.search("défense OR zzz") == []
    assert tiny_store.search("NOT défense") == []
    assert tiny_store.search("carburant NEAR/2 zzz") == []


_alphabet = st.sampled_from(list(string.printable) + list('"*()-^:{}\'’éÉ\u0301\u202e\x00🙂') + ["AND", "OR", "NOT", "NEAR"])


@given(st.one_of(st.text(), st.lists(_alphabet, max_size=30).map("".join)))
@example("1\u3200")  # found by the fuzz profile: FTS and fold() once split it differently
@example('"unbalanced')
@example("NEAR(")
def test_search_never_raises_on_any_text(tiny_store_session, query):
    hits = tiny_store_session.search(query, limit=5)
    assert len(hits) <= 5
    for h in hits:
        assert 0 < h.score <= 1
        if h.field not in ("fuzzy", "abbreviation"):
            assert literal_match(query, h.snippet), (query, h)


@given(st.sampled_from(["AND", "OR", "NOT", "NEAR", "*", '"', "(", ")", "-", "^", ":"]))
def test_operator_next_to_a_real_word_changes_nothing_but_the_literal_word(tiny_store_session, op):
    # "carburant <op>" must not widen the match: either the literal op word is required too
    # (then nothing matches), or it carries no word and the result equals "carburant" alone.
    alone = tiny_store_session.search("carburant")
    with_op = tiny_store_session.search(f"carburant {op}")
    assert with_op in ([], alone)


@pytest.fixture(scope="module")
def tiny_store_session(tmp_path_factory):
    from conftest import make_tiny_extraction
    from unorg_desktop.store import Store, build

    path = tmp_path_factory.mktemp("search") / "tiny.sqlite"
    build(make_tiny_extraction(), path)
    with Store.open(path) as store:
        yield store


def test_search_from_several_threads(tiny_store_session):
    from concurrent.futures import ThreadPoolExecutor

    queries = ["défense", "maintein de la pais", "carburant", "SOMP", "Bureau du"] * 40
    expected = {q: tiny_store_session.search(q) for q in set(queries)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(tiny_store_session.search, queries))
    assert results == [expected[q] for q in queries]


def test_prepare_search_then_search(tiny_db):
    from unorg_desktop.store import Store

    with Store.open(tiny_db) as store:
        store.prepare_search()
        assert store.search("logistiqe")[0].unit_id == "dal"


def test_functions_that_use_the_word_rank_above_typo_guesses():
    from unorg_desktop.store import Store, bundled_db

    with Store.open(bundled_db()) as store:
        fields = [h.field for h in store.search("formation", limit=40)]
    assert "attribution" in fields and "fuzzy" in fields
    assert max(i for i, f in enumerate(fields) if f == "attribution") < min(i for i, f in enumerate(fields) if f == "fuzzy")


def test_a_prefix_typed_so_far_becomes_the_or_of_its_terms():
    from unorg_desktop.store.search import MAX_PREFIX_TERMS, expand_prefix

    terms = ["paix", "plan", "police", "q"]
    assert expand_prefix('"division" "p"*', terms) == '"division" AND ("paix" OR "plan" OR "police")'
    assert expand_prefix('"pol"*', terms) == '("police")'
    assert expand_prefix('"division" "z"*', terms) is None  # no term has the prefix: nothing matches
    assert expand_prefix('"division" "p"', terms) == '"division" "p"'  # no prefix to expand
    assert expand_prefix('"p"*', None) == '"p"*'  # vocabulary not read yet
    assert expand_prefix('"\u00df"*', ["\u00df"]) == '"\u00df"*'  # non-ASCII: left to FTS
    many = [f"p{i:03d}" for i in range(MAX_PREFIX_TERMS + 1)]
    assert expand_prefix('"p"*', many) == '"p"*'


def _fts_ids(conn, table, query):
    if query is None:
        return set()
    return {r for (r,) in conn.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [query])}


def test_expanded_prefixes_match_the_same_rows_as_fts_prefixes(tiny_db):
    import sqlite3

    from unorg_desktop.store.search import SearchIndex, expand_prefix

    conn = sqlite3.connect(f"file:{tiny_db}?mode=ro", uri=True)
    try:
        index = SearchIndex(conn, {})
        checked = 0
        for table in ("names", "attributions"):
            terms = index.terms(table)
            prefixes = {t[:n] for t in terms for n in range(1, len(t) + 1)} | {"zz", "q9"}
            for prefix in sorted(prefixes):
                for match in (f'"{prefix}"*', f'"bureau" "{prefix}"*'):
                    expanded = expand_prefix(match, terms)
                    assert _fts_ids(conn, table, expanded) == _fts_ids(conn, table, match), (table, match)
                    checked += expanded != match
        assert checked > 100  # the expansion really ran
    finally:
        conn.close()


def test_best_prefixed_entries_are_the_head_of_the_full_ranking(tiny_db):
    import sqlite3

    from unorg_desktop.store.search import SearchIndex

    conn = sqlite3.connect(f"file:{tiny_db}?mode=ro", uri=True)
    try:
        index = SearchIndex(conn, {})
        cut = 0
        for key in sorted({e.key[:n] for e in index.entries for n in range(1, 8)}):
            full = index.exact_and_prefix(key)
            exact = sum(score >= 0.97 for _, score in full)
            assert [s for _, s in full] == sorted((s for _, s in full), reverse=True)
            for best in (1, 2, 3):
                assert index.exact_and_prefix(key, best=best) == full[:exact + best], (key, best)
                cut += len(full) > exact + best
        assert cut > 10  # the bounded selection really left entries out
    finally:
        conn.close()


def test_prepared_and_unprepared_stores_find_the_same(tiny_db):
    from unorg_desktop.store import Store

    queries = ["Bureau du Dir", "Division de l", "div", "maintien pa", "carb", "coordonne les ach",
               "formation", "défen", "s", "zzz", "maintein de la pais", "DDS"]
    with Store.open(tiny_db) as cold, Store.open(tiny_db) as warm:
        warm.prepare_search()
        for query in queries:
            assert warm.search(query) == cold.search(query), query
