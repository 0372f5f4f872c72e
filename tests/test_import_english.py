"""Issue 12, done when: importing the English version of a bundled bulletin (as text and as PDF)
into a user database makes each English unit name (`unorg show "<English name>"`) show the same unit as its French twin,
the organisation grows by no more than a few units, and the bundled database's bytes are unchanged.

The English renderings of 000 and 002 (tests/fixtures/en/) have gold files whose units carry
``"fr"``, the name of their French twin. An office name that several units share ("Office of the
Director") is ambiguous for `unorg show` (exit 2 with the candidates); it is checked under its
gold parent instead. The PDF is typeset here from the text (QTextDocument -> QPdfWriter: justified
A4 paragraphs, a running header, page numbers).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typeset_pdf import typeset_pdf

from conftest import BUNDLED_DB, sha256
from fixture_paths import english
from unorg_desktop import cli
from unorg_desktop.store import Store
from unorg_desktop.store.library import import_files

MAX_GROWTH = 3  # "no more than a few units"


def show_id(capsys, db, name: str) -> str | None:
    """The id `unorg show NAME --json` prints, or None when the name is ambiguous."""
    code = cli.main(["show", name, "--json", "--db", str(db)])
    out, err = capsys.readouterr()
    if code == 2 and "matches" in err:
        return None
    assert code == 0, err
    return json.loads(out)["id"]


def child_named(store: Store, parent: str, language: str, name: str) -> list[str]:
    kids = dict.fromkeys(line.child for line in store.children(parent))
    return [k for k in kids if store.names(k).get(language) == name]


def as_pdf(text_file: Path, out: Path) -> Path:
    """The text typeset as a PDF: each block of lines one justified paragraph, the bulletin's
    symbol as running header."""
    text = text_file.read_text(encoding="utf-8")
    blocks = [" ".join(line.strip() for line in block.splitlines() if line.strip())
              for block in re.split(r"\n\s*\n", text)]
    symbol = re.search(r"ST/SGB/\d{4}/\d+", text)
    pages = typeset_pdf("\n".join(b for b in blocks if b), out, header=symbol.group() if symbol else "")
    assert pages >= 2
    return out


@pytest.mark.parametrize("form", ["txt", "pdf"])
@pytest.mark.parametrize("fixture", english(), ids=lambda f: f.name)
def test_an_english_bulletin_joins_its_french_units(capsys, qapp, tmp_path, fixture, form):
    bundled = sha256(BUNDLED_DB)
    db = tmp_path / "user.sqlite"
    source = fixture.text if form == "txt" else as_pdf(fixture.text, tmp_path / f"{fixture.name}.pdf")
    pages: list[str] = []
    result = import_files([source], db, progress=lambda fraction, message: pages.append(message))
    if form == "pdf":
        assert f"{source.name}: page 1 of " in pages[1]  # the import reports the PDF's pages
    report = result.files[0]
    assert report.language == "en" and report.twin == fixture.translation_of.name.split("_")[0]
    assert result.units_after - result.units_before <= MAX_GROWTH
    gold = json.loads(fixture.gold.read_text(encoding="utf-8"))["units"]
    assert report.joined >= len(gold) - MAX_GROWTH
    ambiguous = 0
    with Store.open(db) as store:
        for unit in gold:
            en, fr = show_id(capsys, db, unit["name"]), show_id(capsys, db, unit["fr"])
            if en is not None:
                assert en == fr, (unit["name"], unit["fr"])
                assert unit["name"] in store.names(en).values()
                continue
            ambiguous += 1  # an office of its parent: the one under the gold parent
            parent = show_id(capsys, db, unit["parents"][0])
            assert parent is not None
            assert child_named(store, parent, "en", unit["name"]) == child_named(store, parent, "fr", unit["fr"])
            assert len(child_named(store, parent, "en", unit["name"])) == 1
    assert ambiguous <= len(gold) // 4
    with Store.open(db, language="en") as store:  # an English interface: English names where known
        names = {u.name for u in store.units()}
        assert all(unit["name"] in names for unit in gold)
    assert sha256(BUNDLED_DB) == bundled


def test_show_lists_the_names_a_unit_has_in_each_language(capsys, tmp_path):
    """`unorg show` (text) gives every language's name once a translation is imported."""
    fixture = english()[0]
    db = tmp_path / "user.sqlite"
    import_files([fixture.text], db)
    unit = json.loads(fixture.gold.read_text(encoding="utf-8"))["units"][0]
    assert cli.main(["show", unit["name"], "--db", str(db)]) == 0
    names = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("  names: "))
    assert f"en: {unit['name']}" in names and f"fr: {unit['fr']}" in names
