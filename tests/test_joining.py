"""ingest/translations.py: a translation joins the units it translates; same names are one unit.

Records-level tests (the English extractor is exercised end to end in test_import_english.py):
an English twin of the tiny extraction, written by hand, must give its names to the French units
instead of a second tree; another document of the same shape must not.
"""

from __future__ import annotations

import copy

import pytest

from conftest import make_tiny_extraction
from unorg_desktop.ingest.consistency import add_flags
from unorg_desktop.ingest.records import Attribution, Document, Paragraph, ReportingLine, Unit
from unorg_desktop.ingest.translations import cognate_similarity, join
from unorg_desktop.store import Store, build

# (number, English text) of a translation of the tiny bulletin 010: the same paragraphs
ENGLISH = [
    ("1.1", "The Department of Defence and Security (DDS) reports to the Secretary-General. It applies "
            "resolution 60/1 (A/RES/60/1)."),
    ("1.2", "The Department of Mission Support reports to the Secretary-General."),
    ("2.1", "The Logistics Support Division reports to the Department."),
    ("2.2", "The Logistics Support Division: (a) plans staff training; (b) coordinates fuel purchases. "
            "See ST/SGB/1997/5."),
    ("2.3", "The Peacekeeping Operations Service reports to the Under-Secretaries-General."),
    ("3.1", "The Office of the Director and the Integrated Regional Sections."),
    ("3.2", "The Markup Section reports to the Department."),
]
# (id, name, paragraph, parent) of its units, as an English extractor would give them
EN_UNITS = [
    ("en-dds", "Department of Defence and Security", "1.1", "sg", ["DDS"]),
    ("en-dam", "Department of Mission Support", "1.2", "sg", []),
    ("en-dal", "Logistics Support Division", "2.1", "en-dds", []),
    ("en-bd-dal", "Office of the Director", "3.1", "en-dal", []),
    ("en-somp", "Peacekeeping Operations Service", "2.3", "en-dal", []),
    ("en-bd-somp", "Office of the Director", "3.1", "en-somp", []),
    ("en-markup", "Markup Section", "3.2", "en-dds", []),
]


def with_english_twin(symbol: str = "ST/SGB/2099/1", paragraphs=ENGLISH, units=EN_UNITS, doc_id="012"):
    ex = make_tiny_extraction()
    ex.documents.append(Document(doc_id, f"{doc_id}_defence_en.txt", "bulletin", "en",
                                 "Organization of the Department of Defence", symbol, ""))
    seq = len(ex.paragraphs)
    for i, (number, text) in enumerate(paragraphs):
        ex.paragraphs.append(Paragraph(doc_id, number, number.split(".")[0], "", text, seq + i))
    for uid, name, paragraph, parent, aliases in units:
        kind = name.split()[-1] if name.split()[0] not in ("Department", "Office") else name.split()[0]
        ex.units.append(Unit(uid, name, name, kind, None, doc_id, paragraph, list(aliases)))
        ex.lines.append(ReportingLine(uid, parent, True, doc_id, paragraph))
    ex.attributions += [Attribution("en-dal", doc_id, "2.2", "a", "Plans staff training"),
                        Attribution("en-dal", doc_id, "2.2", "b", "Coordinates fuel purchases")]
    return ex


def joined(ex):
    joins = join(ex)
    add_flags(ex)
    ex.joins = joins
    return {j.document: j for j in joins}


def test_a_translation_with_the_same_symbol_joins_every_unit():
    ex = with_english_twin()
    before = len(make_tiny_extraction().units)
    joins = joined(ex)
    assert len(ex.units) == before  # no second tree
    en = joins["012"]
    assert en.twin == "010" and len(en.joined) == 7 and en.added == [] and en.apart == []
    units = {u.id: u for u in ex.units}
    assert units["dal"].names == {"fr": "Division de l’appui logistique", "en": "Logistics Support Division"}
    assert units["dds"].names["en"] == "Department of Defence and Security"
    # the offices of the same name align by their parents
    assert units["bd-dal"].names["en"] == "Office of the Director"
    assert units["bd-somp"].names["en"] == "Office of the Director"
    assert units["bd-dal"].display_names["en"] == "Office of the Director (Logistics Support Division)"
    assert units["bd-somp"].display_names["en"] == "Office of the Director (Peacekeeping Operations Service)"
    # the English statements are kept, on the French units
    assert {(a.unit, a.document, a.item) for a in ex.attributions if a.document == "012"} == {
        ("dal", "012", "a"), ("dal", "012", "b")}
    assert ("dal", "dds", "012") in {(ln.child, ln.parent, ln.document) for ln in ex.lines}
    assert [f for f in ex.flags if f.kind in ("parents", "defined-twice")] == []


def test_without_symbols_the_skeleton_lengths_and_places_decide():
    ex = with_english_twin(symbol="")
    ex.documents[0].symbol = ""
    joins = joined(ex)
    assert joins["012"].twin == "010" and len(joins["012"].joined) == 7


def test_a_document_of_the_same_shape_but_other_content_is_not_a_twin():
    """Same paragraph numbers and unit places, but paragraphs of unrelated lengths: a sister bulletin."""
    other = [(n, ("Short. " if i % 2 else "A much longer paragraph that says many other things, " * 4) + "End.")
             for i, (n, _) in enumerate(ENGLISH)]
    ex = with_english_twin(symbol="", paragraphs=other)
    ex.documents[0].symbol = ""
    joins = joined(ex)
    assert joins["012"].twin is None
    assert joins["012"].joined == ["dds"]  # by its defined abbreviation, DDS
    assert len(joins["012"].added) == 6 and joins["012"].apart == []
    assert "Logistics Support Division" in {u.name for u in ex.units}


def test_different_symbols_are_never_twins():
    ex = with_english_twin(symbol="ST/SGB/2099/2")
    joins = joined(ex)
    assert joins["012"].twin is None


def test_units_a_translation_adds_are_left_apart_and_placed_under_joined_parents():
    units = EN_UNITS + [("en-new", "Fuel Cell", "2.2", "en-dal", [])]
    ex = with_english_twin(units=units)
    joins = joined(ex)
    assert joins["012"].apart == ["en-new"] and len(joins["012"].joined) == 7
    parent = next(ln.parent for ln in ex.lines if ln.child == "en-new" and ln.primary)
    assert parent == "dal"


def test_same_distinctive_name_in_two_documents_is_one_unit_and_office_names_are_not():
    ex = make_tiny_extraction()
    ex.documents.append(Document("013", "013_other.txt", "bulletin", "fr", "Autre", "", ""))
    ex.paragraphs.append(Paragraph("013", "1.1", "1", "", "La Division de l’appui logistique et le Bureau du "
                                   "Directeur relèvent du Département de l’appui aux missions.", 99))
    ex.units += [Unit("dal-2", "Division de l’appui logistique", "Division de l’appui logistique", "Division", None,
                      "013", "1.1"),
                 Unit("bd-2", "Bureau du Directeur", "Bureau du Directeur", "Bureau", None, "013", "1.1")]
    ex.lines += [ReportingLine("dal-2", "dam", True, "013", "1.1"), ReportingLine("bd-2", "dal-2", True, "013", "1.1")]
    joins = joined(ex)
    ids = {u.id for u in ex.units}
    assert "dal-2" not in ids and "bd-2" in ids  # "Bureau du Directeur" names an office of each unit
    assert joins["013"].joined == ["dal"] and joins["013"].added == ["bd-2"]
    assert ("bd-2", "dal") in {(ln.child, ln.parent) for ln in ex.lines}
    kinds = {f.kind: f for f in ex.flags}
    assert kinds["parents"].unit == "dal" and (kinds["parents"].detail, kinds["parents"].other_detail) == ("dds", "dam")
    assert kinds["defined-twice"].unit == "dal" and kinds["defined-twice"].other_document == "013"


@pytest.mark.parametrize("a, b, low, high", [
    ("Division de la logistique", "Logistics Division", 0.7, 1.0),
    ("Service de la gestion des ressources humaines", "Human Resources Management Service", 0.5, 0.9),
    ("Division de la police", "Office of Military Affairs", 0.0, 0.45),
])
def test_cognate_similarity(a, b, low, high):
    assert low <= cognate_similarity(a, b) <= high


def test_the_store_names_units_in_the_language_asked(tmp_path):
    ex = with_english_twin()
    ex.joins = join(ex)
    add_flags(ex)
    path = tmp_path / "two-languages.sqlite"
    build(copy.deepcopy(ex), path)
    with Store.open(path) as store:
        assert store.unit("dal").name == "Division de l’appui logistique" and store.unit("dds").kind == "Département"
        assert store.names("dal") == {"en": "Logistics Support Division", "fr": "Division de l’appui logistique"}
        assert store.resolve("Logistics Support Division").id == "dal"
        assert store.search("logistics support")[0].unit_id == "dal"
        assert store.document("012").twin == "010"
        assert dict(store.document_units("012"))["dal"] == "joined"
    with Store.open(path, language="en") as store:
        assert store.unit("dal").name == "Logistics Support Division"
        assert store.unit("dds").kind == "Department" and store.unit("bd-dal").kind == "Office"
        assert store.unit("bd-dal").display_name == "Office of the Director (Logistics Support Division)"
        assert store.unit("sri").name == "Sections régionales intégrées"  # no English name: its own
        assert store.search("logistique")[0].name == "Logistics Support Division"
