"""The hand-made fixtures are consistent: each gold file loads with gold_metrics, names what
its text writes, places every unit under a unit of the same file (or the root post), and an
English rendering's units name French twins that exist, under the twins of their parents.

These check the annotations against their texts with plain string search; they do not run
the extractor (tests/test_extractor_*.py measure it).
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from fixture_paths import Fixture, all_fixtures, decrees, english
from gold_metrics import load_gold

ROOT_POSTS = {"Secretary-General", "Secrétaire général"}


def flat(text: str) -> str:
    """Lines joined: a word hyphenated at a line end ('Under-' / 'Secretary') keeps its hyphen."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("'", "’")
    return re.sub(r"\s+", " ", re.sub(r"-\n\s*", "-", text))


FIXTURES = all_fixtures()


@pytest.mark.parametrize("fx", FIXTURES, ids=lambda f: f.name)
def test_gold_loads_and_names_its_document(fx: Fixture) -> None:
    gold = load_gold(fx.gold.name)
    assert gold["document"] == fx.text.name
    assert gold["units"]
    # gold_metrics measures the units of document "<name up to the first _>"; read_source
    # gives a file that id when its name starts with digits and '_', else its whole stem
    assert fx.doc_id == (fx.text.stem if "_" not in fx.text.stem else fx.text.name.split("_")[0])
    assert "_" not in fx.text.stem or re.match(r"\d+_", fx.text.name)


@pytest.mark.parametrize("fx", FIXTURES, ids=lambda f: f.name)
def test_every_name_and_head_is_in_the_text(fx: Fixture) -> None:
    text = flat(fx.text.read_text(encoding="utf-8"))
    gold = load_gold(fx.gold.name)
    missing = [n for u in gold["units"] for n in [u["name"], *u.get("aliases", [])]
               if flat(n) not in text]
    assert missing == []
    heads = [u["head"] for u in gold["units"] if u.get("head") and flat(u["head"]).lower() not in text.lower()]
    assert heads == []


@pytest.mark.parametrize("fx", FIXTURES, ids=lambda f: f.name)
def test_parents_are_units_of_the_file_and_one_root(fx: Fixture) -> None:
    gold = load_gold(fx.gold.name)
    names = {u["name"] for u in gold["units"]}
    strays = [(u["name"], p) for u in gold["units"] for p in u["parents"]
              if p not in names and p not in ROOT_POSTS]
    assert strays == []
    roots = [u["name"] for u in gold["units"] if not u["parents"] or u["parents"][0] in ROOT_POSTS]
    assert len(roots) == 1, roots
    if fx.family == "decree":
        assert gold["units"][0]["parents"] == []


@pytest.mark.parametrize("fx", FIXTURES, ids=lambda f: f.name)
def test_paragraph_labels_follow_the_family(fx: Fixture) -> None:
    gold = load_gold(fx.gold.name)
    # bulletin paragraphs are dotted, two or three levels deep ('4.3', '4.3.2')
    pattern = r"\d+(?:\.\d+){1,2}" if fx.family == "bulletin" else r"Article \d+"
    labels = [u["defined_in"] for u in gold["units"]]
    labels += [u["attributions"]["paragraph"] for u in gold["units"] if u.get("attributions")]
    assert [p for p in labels if not re.fullmatch(pattern, p)] == []
    text = fx.text.read_text(encoding="utf-8")
    start = r"^\s{0,3}%s\.?\s" if fx.family == "bulletin" else r"^\s*%s(?:er)?\b"
    absent = [p for p in set(labels) if not re.search(start % re.escape(p), text, re.M)]
    if fx.family == "decree":
        absent = [p for p in absent if not (p == "Article 1" and re.search(r"^\s*Article (1er|premier)", text, re.M))]
    assert absent == []


@pytest.mark.parametrize("fx", english(), ids=lambda f: f.name)
def test_english_units_twin_the_french_units(fx: Fixture) -> None:
    """Same units in the same order, each under the twin of its French parent, defined at the
    same paragraph, with the same attribution counts."""
    en = load_gold(fx.gold.name)["units"]
    fr = load_gold(fx.twin_gold.name)["units"]
    assert [u["fr"] for u in en] == [u["name"] for u in fr]
    twins = {}
    for u in en:
        twins.setdefault(u["name"], set()).add(u["fr"])
    for e, f in zip(en, fr):
        assert len(e["parents"]) == len(f["parents"]), e["name"]
        for pe, pf in zip(e["parents"], f["parents"]):
            assert pf in twins.get(pe, set()) or (pe, pf) == ("Secretary-General", "Secrétaire général"), e["name"]
        assert (e["defined_in"], e["attributions"], e["optional"]) == (f["defined_in"], f["attributions"], f["optional"])
        assert bool(e["head"]) == bool(f["head"]), e["name"]


def test_decree_provenance_sidecars() -> None:
    import json
    for fx in decrees():
        meta = json.loads(fx.source.read_text(encoding="utf-8"))
        assert meta["repository"] == "etalab/lois-non-codifiees-et-reglements-francais"
        assert meta["path"] and meta["title"]
