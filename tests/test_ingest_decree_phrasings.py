"""French decree phrasings seen in real organisation decrees of the etalab corpus that the
development fixtures do not have, each in a short text written for the test."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text


def read(text: str, doc: str = "600"):
    src = read_text(text, f"{doc}_essai.txt", doc)
    ex = extract_texts([src])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    items: dict[str, list[str]] = {}
    for a in ex.attributions:
        items.setdefault(by_id[a.unit].name, []).append(f"{a.paragraph}/{a.item}")
    return ex, parent, {u.name: u for u in ex.units}, items


AUTHORITY = """Décret du 2 mai 2004 relatif à l'organisation de l'administration centrale du ministère des essais

Article 1

L'administration centrale du ministère des essais comprend, outre le haut fonctionnaire de défense et le bureau du cabinet, directement rattachés au ministre :

1° Le secrétariat général ;

2° Les directions et délégations suivantes :

a) La direction des mesures ;

b) La direction des relevés ;

c) La délégation aux étalons.

Article 2

Le secrétaire général assiste le ministre. Le délégué aux étalons relève directement du secrétaire général.

Pour l'exercice de ses attributions, le secrétaire général a autorité sur :

a) La direction des mesures ;

b) La délégation aux étalons.

Article 3

Dans le cadre des orientations fixées par le comité des relevés, la direction des relevés prépare les relevés.

Elle exerce les attributions que lui confie le ministre. A ce titre :

a) Elle tient les registres ;

b) Elle publie les relevés.
"""


def test_a_post_in_a_lead_in_does_not_make_the_list_one_of_functions() -> None:
    """'le haut fonctionnaire de défense' holds the word 'fonction': the list after it is still
    one of units (and the post is none)."""
    _, parent, units, _ = read(AUTHORITY)
    body = "administration centrale du ministère des essais"
    assert parent["secrétariat général"] == parent["direction des relevés"] == body
    assert parent["bureau du cabinet"] == body
    assert not [n for n in units if "fonctionnaire" in n or n.startswith("directions")]


def test_authority_over_a_list_and_an_adverb_before_the_superior() -> None:
    """'a autorité sur : a) …' and 'relève directement du secrétaire général': under the unit
    the secrétaire général heads, which the composition placed beside them."""
    _, parent, units, items = read(AUTHORITY)
    assert parent["direction des mesures"] == "secrétariat général"
    assert parent["délégation aux étalons"] == "secrétariat général"
    assert units["délégation aux étalons"].head == "Délégué"
    assert "secrétariat général" not in items  # a list of units is no list of functions


def test_a_fronted_phrase_before_the_subject() -> None:
    """'Dans le cadre de …, la direction X prépare …' then 'Elle … A ce titre : a) …'."""
    _, _, _, items = read(AUTHORITY)
    assert items["direction des relevés"] == ["Article 3/a", "Article 3/b"]
