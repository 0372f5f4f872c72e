"""The chart's rows (documents, units, lines, paragraphs) are named tuples (made before the first
frame, cheaper to create than frozen dataclasses): immutable, hashable, and their JSON keeps the
field order it had when they were dataclasses."""

from __future__ import annotations

import json

import pytest

from unorg_desktop import cli
from unorg_desktop.store import AttributionRow, DocumentRow, LineRow, ParagraphRow, UnitRow
from unorg_desktop.store.rows import as_dict

FIELDS = {
    DocumentRow: ("id", "source_file", "kind", "language", "title", "symbol", "date", "twin", "family"),
    UnitRow: ("id", "name", "display_name", "kind", "head", "document", "paragraph", "collective"),
    LineRow: ("child", "parent", "primary", "document", "paragraph", "evidence"),
    ParagraphRow: ("document", "number", "section", "heading", "text"),
}


@pytest.mark.parametrize("row_type", list(FIELDS), ids=lambda t: t.__name__)
def test_the_chart_rows_are_named_tuples_in_field_order(row_type):
    assert issubclass(row_type, tuple) and row_type._fields == FIELDS[row_type]


def test_store_rows_are_immutable_hashable_values(tiny_store):
    unit = tiny_store.unit("dal")
    assert type(unit) is UnitRow and UnitRow(*tuple(unit)) == unit  # built from a database row as it comes
    renamed = unit._replace(name="Autre", display_name="Autre")
    assert type(renamed) is UnitRow and renamed != unit
    assert (renamed.id, renamed.name, renamed.kind) == ("dal", "Autre", unit.kind)
    assert unit.name != "Autre"  # the original is untouched
    with pytest.raises(AttributeError):
        unit.name = "Autre"  # type: ignore[misc]
    lines = tiny_store.lines()
    assert all(type(ln) is LineRow for ln in lines)
    assert len({*lines, *tiny_store.lines()}) == len(set(lines))  # equal rows hash alike
    assert all(type(d) is DocumentRow for d in tiny_store.documents())
    assert DocumentRow("x", "x.txt", "bulletin", "fr", "T", "", "")[-2:] == ("", "")  # defaults kept


def test_as_dict_keeps_the_field_order_of_either_kind_of_row(tiny_store):
    unit = tiny_store.unit("dal")
    assert list(as_dict(unit).items()) == list(zip(FIELDS[UnitRow], unit))
    para = tiny_store.source_paragraphs("dal")[0]
    assert list(as_dict(para)) == list(FIELDS[ParagraphRow])
    attribution = AttributionRow("010", "2.2", "a", "texte")  # a detail row: still a frozen dataclass
    assert list(as_dict(attribution).items()) == [("document", "010"), ("paragraph", "2.2"), ("item", "a"),
                                                  ("text", "texte")]


def test_json_output_keeps_the_field_order(tiny_db, capsys):
    assert cli.main(["show", "dal", "--db", str(tiny_db), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown)[:len(FIELDS[UnitRow])] == list(FIELDS[UnitRow]) and shown["id"] == "dal"
    assert shown["source_paragraphs"] and all(list(p) == list(FIELDS[ParagraphRow])
                                              for p in shown["source_paragraphs"])
    assert shown["attributions"] and all(list(a) == ["document", "paragraph", "item", "text"]
                                         for a in shown["attributions"])
    assert cli.main(["dump", "--db", str(tiny_db), "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert documents and all(list(d) == list(FIELDS[DocumentRow]) for d in documents)
    assert cli.main(["documents", "--db", str(tiny_db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and all(list(d)[:len(FIELDS[DocumentRow])] == list(FIELDS[DocumentRow]) for d in listed)
