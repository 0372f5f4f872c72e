"""Never silent: per-document records of what was found, warnings when it is almost nothing,
and `unorg build` printing them."""

from __future__ import annotations

import shutil

from extraction_fixture import SOURCES, extraction  # noqa: F401  (fixture)
from unorg_desktop.cli import main
from unorg_desktop.ingest import extract_texts, read_text

ONE_UNIT = """Circulaire du Secrétaire général

Organisation du Bureau des essais

Section 1
Disposition générale

1.1 Le Bureau des essais relève du Secrétaire général.

1.2 La présente circulaire entre en vigueur.
"""

NO_LINE = """Circulaire du Secrétaire général

Organisation du Bureau des essais

Section 1
Service des mesures

1.1 Le Service des mesures publie des rapports.

Section 2
Service des relevés

2.1 Le Service des relevés publie des relevés.
"""


def test_each_document_says_what_it_yielded(extraction) -> None:
    found = {f.document: f for f in extraction.found}
    assert [f.document for f in extraction.found] == [d.id for d in extraction.documents]
    assert (found["002"].family, found["002"].language, found["002"].units, found["002"].lines) == ("bulletin", "fr", 48, 48)
    assert found["001"].family == "report" and found["001"].units > 3
    assert found["002"].line().startswith("002_afa3e1575caca08a.txt: bulletin (fr): 48 units, 48 reporting lines, ")
    assert not [w for w in extraction.warnings if "organisation text" in w]


def test_almost_nothing_found_is_a_warning() -> None:
    ex = extract_texts([read_text(ONE_UNIT, "910_essai.txt", "910")])
    assert [f.units for f in ex.found] == [1]
    assert "910_essai.txt: 1 unit found — is this an organisation text?" in ex.warnings


def test_a_bulletin_that_states_no_reporting_line_is_a_warning() -> None:
    """Units named only in headings hang under the section and the title's unit, but nothing
    states it: the lines are assumed, and the document gets a warning."""
    ex = extract_texts([read_text(NO_LINE, "911_essai.txt", "911")])
    assert ex.found[0].family == "bulletin" and ex.found[0].units == 3
    assert [w for w in ex.warnings if "organisation text" in w] == [
        "911_essai.txt: no reporting line stated among 3 units — is this an organisation text?"]


def test_build_prints_each_document_and_warns(tmp_path, capsys) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(next(SOURCES.glob("000_*.txt")), src)
    (src / "910_essai.txt").write_text(ONE_UNIT, encoding="utf-8")
    assert main(["build", "--sources", str(src), "--out", str(tmp_path / "out.sqlite")]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'out.sqlite'}: 2 documents, ")
    assert lines[1].startswith("  000_bbe73dda21c398e8.txt: bulletin (fr): 5 units, 5 reporting lines, ")
    assert lines[2] == "  910_essai.txt: bulletin (fr): 1 units, 1 reporting lines, 0 attributions"
    assert "warning: 910_essai.txt: 1 unit found — is this an organisation text?" in err
