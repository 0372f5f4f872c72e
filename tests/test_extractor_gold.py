"""The extractor measured against the hand-checked annotations (tests/gold/)."""

from __future__ import annotations

import pytest

from extraction_fixture import extraction  # noqa: F401  (fixture)
from gold_metrics import bulletin_figures, load_gold, report_figures
from unorg_desktop.ingest.names import fold
from unorg_desktop.ingest.records import Extraction

BULLETIN_GOLD = ["000_unop.json", "002_dfs.json"]


@pytest.mark.parametrize("gold_file", BULLETIN_GOLD)
def test_bulletin_figures(extraction: Extraction, gold_file: str, capsys) -> None:
    figs = bulletin_figures(extraction, load_gold(gold_file))
    with capsys.disabled():
        print("\n" + figs.line())
        for miss in figs.misses:
            print("    " + miss)
    assert figs.recall >= 0.98, figs.misses
    assert figs.precision >= 0.98, figs.misses
    assert figs.primary_parent >= 0.98, figs.misses
    assert figs.second_parents >= 0.98, figs.misses
    assert figs.heads >= 0.98, figs.misses
    assert figs.attribution_counts >= 0.98, figs.misses


def test_report_entity_recall(extraction: Extraction, capsys) -> None:
    figs = report_figures(extraction, load_gold("001_report_entities.json"))
    with capsys.disabled():
        print(f"\n001 report: entity recall {figs.recall:.3f}  numbered-paragraph mention recall {figs.precision:.3f}")
        for miss in figs.misses:
            print("    " + miss)
    assert figs.recall >= 0.98, figs.misses
    assert figs.precision >= 0.98, figs.misses


def test_report_names_read_whole_where_the_report_spells_them_out(extraction: Extraction) -> None:
    """003's map legend gives 'MINUSS = Mission des Nations Unies au Soudan du Sud'; a reading that
    stops inside a name ('Mission des Nations Unies | au Soudan') takes the whole known name, so
    no truncated unit is invented and par. 26 mentions the two offices it names."""
    names = {u.name for u in extraction.units if u.document == "003"}
    assert "Mission des Nations Unies au Soudan du Sud" in names
    truncated = {n for n in names if any(o != n and o.startswith(n + " ") for o in names)}
    assert truncated == set(), truncated
    by_id = {u.id: u for u in extraction.units}
    in_26 = {by_id[m.unit].name for m in extraction.mentions if m.document == "003" and m.paragraph == "26"}
    assert {"Bureau d’appui des Nations Unies en Somalie", "Bureau des Nations Unies auprès de l’Union africaine"} <= in_26


def test_bare_head_noun_refers_to_the_last_entity_so_named(extraction: Extraction) -> None:
    """001 par. 54 'les réseaux locaux du Pacte' mentions the Pacte mondial; 'l’Organisation' (the UN
    itself) mentions no organisation."""
    by_id = {u.id: u for u in extraction.units}
    pacte = [m.paragraph for m in extraction.mentions if by_id[m.unit].name == "Pacte mondial des Nations Unies"]
    assert "54" in pacte
    oim = {m.paragraph for m in extraction.mentions if by_id[m.unit].name == "Organisation internationale pour les migrations"}
    assert oim == {"Encadré 12"}


def test_rank_only_head_takes_the_full_post_title(extraction: Extraction) -> None:
    """004 8.1 'dirigé par un sous-secrétaire général'; 8.6 and 8.15 give the post in full."""
    unit = next(u for u in extraction.units if u.name == "Bureau de l’état de droit et des institutions chargées de la sécurité")
    assert unit.head == "Sous-Secrétaire général à l’état de droit et aux institutions chargées de la sécurité"


def test_report_relations(extraction: Extraction, capsys) -> None:
    """The non-optional relations of the 001 gold: 'Le Bureau des affaires juridiques du Secrétariat'
    (34); 'Ces six entités constituent le Comité directeur de l’UN.GIFT, lequel gère l’Initiative'
    (Encadré 12): each member and the Initiative under the Comité."""
    gold = load_gold("001_report_entities.json")
    by_id = {u.id: u for u in extraction.units}
    pairs = {(fold(by_id[l.child].name), fold(by_id[l.parent].name), l.paragraph)
             for l in extraction.lines if l.document == "001"}
    want = [r for r in gold["relations"] if not r.get("optional")]
    missing = [r for r in want if (fold(r["child"]), fold(r["parent"]), r["paragraph"]) not in pairs]
    with capsys.disabled():
        print(f"\n001 report: relation recall {1 - len(missing) / len(want):.3f} ({len(want)} required)")
    assert missing == []


def test_report_structure_statement(extraction: Extraction) -> None:
    """003 par. 9: 'le Département de l’appui opérationnel, qui réunit le Centre de services mondial …'."""
    by_id = {u.id: u for u in extraction.units}
    children = {
        by_id[l.child].name
        for l in extraction.lines
        if l.document == "003" and l.paragraph == "9" and by_id[l.parent].name == "Département de l’appui opérationnel"
    }
    assert any(name.startswith("Centre de services mondial") for name in children)
    assert len(children) >= 2


def test_abbreviation_defined_in_report(extraction: Extraction) -> None:
    dos = [u for u in extraction.units if "DOS" in u.aliases]
    assert [u.name for u in dos] == ["Département de l’appui opérationnel"]


def test_cross_document_second_parent(extraction: Extraction) -> None:
    """DFS is defined in 002 and is the second parent of a DPKO division in 004."""
    by_id = {u.id: u for u in extraction.units}
    division = next(u for u in extraction.units if u.name == "Division des politiques, de l’évaluation et de la formation")
    lines = [l for l in extraction.lines if l.child == division.id]
    primary = [by_id[l.parent].name for l in lines if l.primary]
    secondary = [(by_id[l.parent].name, by_id[l.parent].document, l.paragraph) for l in lines if not l.primary]
    assert primary == ["Département des opérations de maintien de la paix"]
    assert secondary == [("Département de l’appui aux missions", "002", "5.1")]


def test_enumerated_group_gives_one_unit_each_with_the_group_functions(extraction: Extraction) -> None:
    names = {u.name: u for u in extraction.units if u.document == "004"}
    regional = [n for n in names if n.startswith("Division") and ("Afrique" in n or "Asie" in n or "Europe" in n)]
    assert sorted(regional) == sorted([
        "Division de l’Afrique I", "Division de l’Afrique II",
        "Division Asie et Moyen-Orient", "Division Europe et Amérique latine",
    ])
    for name in regional:
        items = [a for a in extraction.attributions if a.unit == names[name].id and a.paragraph == "6.7"]
        assert [a.item for a in items] == ["a", "b", "c", "d", "e"]


def test_offices_of_the_same_name_are_told_apart(extraction: Extraction) -> None:
    offices = [u for u in extraction.units if u.name == "Bureau du Directeur"]
    assert len(offices) >= 5
    assert len({u.display_name for u in offices}) == len(offices)
    assert all(u.display_name.startswith("Bureau du Directeur (") for u in offices)


def test_post_resolved_to_the_unit_it_heads(extraction: Extraction) -> None:
    """'relève du Conseiller adjoint pour les questions de police' -> the Police Division."""
    by_id = {u.id: u for u in extraction.units}
    section = next(u for u in extraction.units if u.name == "Section des politiques stratégiques et du renforcement des capacités")
    parents = [by_id[l.parent].name for l in extraction.lines if l.child == section.id and l.primary]
    assert parents == ["Division de la police"]


def test_non_function_list_is_not_attributed(extraction: Extraction) -> None:
    """DPKO 2.4 lists mechanisms, not functions."""
    assert not [a for a in extraction.attributions if a.document == "004" and a.paragraph == "2.4"]
    dpko = next(u for u in extraction.units if u.name == "Département des opérations de maintien de la paix")
    assert len([a for a in extraction.attributions if a.unit == dpko.id and a.paragraph == "2.1"]) == 13


def test_mandates_cited(extraction: Extraction) -> None:
    cited = {(c.symbol, c.document, c.paragraph) for c in extraction.citations}
    assert ("ST/SGB/1997/5", "000", "1.1") in cited
    assert ("ST/SGB/2010/1", "002", "1.1") in cited
    # the footnote 'Résolution 60/1 de l’Assemblée générale' cited from the preamble
    assert any(sym == "A/RES/60/1" and doc == "000" for sym, doc, _ in cited)
    assert any(sym == "A/64/223" and doc == "001" for sym, doc, _ in cited)
    assert any(sym == "A/RES/72/266" and doc == "003" for sym, doc, _ in cited)


def test_every_fact_points_to_an_existing_paragraph(extraction: Extraction) -> None:
    paragraphs = {(p.document, p.number) for p in extraction.paragraphs}
    for line in extraction.lines:
        assert (line.document, line.paragraph) in paragraphs, line
    for a in extraction.attributions:
        assert (a.document, a.paragraph) in paragraphs, a
    for c in extraction.citations:
        assert (c.document, c.paragraph) in paragraphs, c
    for m in extraction.mentions:
        assert (m.document, m.paragraph) in paragraphs, m
    for u in extraction.units:
        if u.document is not None and u.paragraph is not None:
            assert (u.document, u.paragraph) in paragraphs, u


def test_function_stated_in_prose_is_one_attribution_of_its_paragraph(extraction: Extraction) -> None:
    """004 5.8: 'La Division … est une unité administrative intégrée qui assure des services …'."""
    division = next(u for u in extraction.units if u.name == "Division des politiques, de l’évaluation et de la formation")
    got = [(a.paragraph, a.item) for a in extraction.attributions if a.unit == division.id]
    assert got == [("5.8", "")]
