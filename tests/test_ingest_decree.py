"""Reading French organisation decrees: the body a decree organises, its composition in
nested lists, reporting stated the other way round, heads named by their unit's words."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text
from unorg_desktop.ingest.records import UN_ROOT


def read(text: str, doc: str = "500"):
    src = read_text(text, f"{doc}_essai.txt", doc)
    ex = extract_texts([src])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    return src, ex, parent, {u.name: u for u in ex.units}


NESTED = """Arrêté du 1er avril 2020 portant organisation de la direction générale des essais en sous-directions et en bureaux

Article 1

I. - La direction générale des essais comprend :

― un département « méthodes et outils » ;

― deux sous-directions dénommées respectivement :

― la sous-direction des mesures ;

― la sous-direction des relevés.

II. - Le directeur général des essais est assisté par un chef de service.

Article 2

La sous-direction des mesures comprend :

1° Le bureau des étalons, qui comprend :

― la cellule des poids ;

― la cellule des longueurs ;

2° Le bureau « instruments et capteurs ».

Elle comprend en outre la mission de la qualité.

Article 3

Le chef du département « méthodes et outils » anime les travaux. En outre, sont directement rattachés au directeur général :

― le bureau de la veille ;

― la cellule de la communication.

Article 4

La sous-direction des relevés est chargée :

― de relever les mesures ;

― de publier les relevés.

A ce titre, elle :

― tient les registres ;

― archive les relevés.
"""


def test_body_named_by_the_title_is_a_root_and_composition_nests() -> None:
    src, ex, parent, units = read(NESTED)
    assert src.document.family == "decree" and UN_ROOT not in {u.id for u in ex.units}
    body = "direction générale des essais"
    assert body in units and body not in parent  # a root of its own
    assert parent["département « méthodes et outils »"] == body
    # the two members of 'deux sous-directions dénommées' belong to the body; the group is no unit
    assert parent["sous-direction des mesures"] == body and parent["sous-direction des relevés"] == body
    assert not any(name.startswith("sous-directions") for name in units)
    # '1° Le bureau des étalons, qui comprend : ― la cellule …'
    assert parent["bureau des étalons"] == "sous-direction des mesures"
    assert parent["cellule des poids"] == parent["cellule des longueurs"] == "bureau des étalons"
    assert parent["bureau « instruments et capteurs »"] == "sous-direction des mesures"
    # 'Elle comprend en outre la mission …'
    assert parent["mission de la qualité"] == "sous-direction des mesures"


def test_reporting_the_other_way_round_and_heads_from_the_units_words() -> None:
    _, ex, parent, units = read(NESTED)
    body = "direction générale des essais"
    # 'sont directement rattachés au directeur général : ― …': the unit the directeur général heads
    assert parent["bureau de la veille"] == body and parent["cellule de la communication"] == body
    assert units[body].head == "Directeur général"  # 'Le directeur général des essais …'
    assert units["département « méthodes et outils »"].head == "Chef"


def test_an_article_is_one_paragraph_and_its_lists_are_numbered_through() -> None:
    _, ex, _, units = read(NESTED)
    relevés = units["sous-direction des relevés"].id
    items = [(a.paragraph, a.item) for a in ex.attributions if a.unit == relevés]
    assert items == [("Article 4", "1"), ("Article 4", "2"), ("Article 4", "3"), ("Article 4", "4")]
    article4 = next(p for p in ex.paragraphs if p.number == "Article 4")
    assert "A ce titre, elle :" in article4.text and "archive les relevés." in article4.text


MINISTRY = """Décret n° 2020-1 du 1er avril 2020 relatif à l'organisation du ministère des essais

Article 1

L'administration centrale du ministère des essais comprend, outre le bureau du cabinet et le porte-parole du ministre :

― le secrétariat général ;

― la direction des mesures.

Article 2

Le secrétaire général assiste le ministre. Il est responsable des ressources humaines.

Article 3

Les sous-directions de la direction des mesures sont organisées comme suit :

A. - La sous-direction des poids, constituée par :

- le bureau des étalons ;

- le bureau du Nord et de l'Est ;

B. - La sous-direction des longueurs, constituée par :

- le bureau des règles.

Est directement rattachée au directeur l'unité des archives.
"""


def test_ministry_decree_body_is_its_first_composition_and_its_secretary_general_no_un_post() -> None:
    _, ex, parent, units = read(MINISTRY)
    body = "administration centrale du ministère des essais"
    assert body not in parent and UN_ROOT not in {u.id for u in ex.units}
    assert parent["bureau du cabinet"] == body  # 'outre le bureau du cabinet et le porte-parole'
    assert "porte-parole du ministre" not in " ".join(units)
    assert parent["secrétariat général"] == body and units["secrétariat général"].head == "Secrétaire général"
    # 'Les sous-directions de la direction X sont organisées comme suit : A. - …, B. - …'
    assert parent["sous-direction des poids"] == parent["sous-direction des longueurs"] == "direction des mesures"
    assert parent["bureau du Nord et de l’Est"] == "sous-direction des poids"
    assert parent["bureau des règles"] == "sous-direction des longueurs"
    # 'Est directement rattachée au directeur l’unité des archives.'
    assert parent["unité des archives"] == "direction des mesures"


PLAIN = """Décret portant organisation de l'administration centrale du ministère des essais

Article 1

L'administration centrale du ministère des essais comprend :

la direction des mesures ;

la direction des relevés.

Elle comprend, en outre, la mission d'inspection, le haut fonctionnaire de défense, la cellule de prospective et le bureau du cabinet.

Article 2

La direction des mesures élabore les règles relatives :

I. A la mesure des longueurs ;

II. A la mesure des masses.

Un chef de service assure la responsabilité de la direction des relevés. La mission d'inspection lui est également rattachée.

Article 3

La mission d'inspection est constituée de deux collèges :

― collège mesures ;

― collège relevés.
"""


def test_lists_without_marks_posts_among_units_and_roman_items() -> None:
    src, ex, parent, units = read(PLAIN)
    body = "administration centrale du ministère des essais"
    # lines after 'comprend :' with no mark are its items
    assert parent["direction des mesures"] == parent["direction des relevés"] == body
    # a post in a list of units is skipped, the units after it read
    assert parent["cellule de prospective"] == parent["bureau du cabinet"] == body
    assert not [n for n in units if "fonctionnaire" in n]
    # 'relatives : I. A la …; II. …' are the items of a list, not parts of the article
    mesures = units["direction des mesures"].id
    assert [(a.paragraph, a.item) for a in ex.attributions if a.unit == mesures] == [
        ("Article 2", "I"), ("Article 2", "II")]


def test_attached_to_the_head_just_named_and_groups_announced_by_number() -> None:
    _, ex, parent, units = read(PLAIN)
    # listed in the administration, then 'lui est rattachée' to the direction whose head was just
    # named: the more precise placement wins
    assert units["direction des relevés"].head == "Chef de service"
    assert parent["mission d’inspection"] == "direction des relevés"
    # 'est constituée de deux collèges :' then the two: members, and the number is no unit
    assert parent["collège mesures"] == parent["collège relevés"] == "mission d’inspection"
    assert "collèges" not in units
