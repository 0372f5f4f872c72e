"""The list structure of French organisation decrees: nested numbered items, lists announced by a
participle ('constitué :'), lists that go on after an item's own paragraphs — each in a short text
written for the test."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text


def read(text: str, doc: str = "610"):
    ex = extract_texts([read_text(text, f"{doc}_essai.txt", doc)])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    return ex, parent, {u.name: u for u in ex.units}


DOTTED = """Arrêté du 3 mars 2010 portant organisation de la direction générale des essais

Article 1

La direction générale des essais comprend :

1. Le service des mesures, qui comprend :

1.1. La sous-direction des relevés ;

1.2. La sous-direction des étalons ;

2. Le service des analyses, qui comprend :

2.1. La sous-direction des échantillons ;

2.2. La sous-direction des contrôles.

3. La sous-direction des archives.

4. La mission des audits.
"""


def test_dotted_items_nest_under_the_item_they_extend() -> None:
    """'1.1.', '1.2.' are children of item 1's unit; '3.' and '4.' go back to the direction."""
    _, parent, _ = read(DOTTED)
    top = "direction générale des essais"
    assert parent["sous-direction des relevés"] == parent["sous-direction des étalons"] == "service des mesures"
    assert parent["sous-direction des échantillons"] == parent["sous-direction des contrôles"] == "service des analyses"
    assert parent["service des mesures"] == parent["service des analyses"] == top
    assert parent["sous-direction des archives"] == parent["mission des audits"] == top


def test_a_dotted_number_no_open_item_announces_is_no_item() -> None:
    """'2.1.' with no item '2.' open: text of the item before, not an item nested anywhere."""
    text = DOTTED.replace("2. Le service des analyses, qui comprend :\n\n", "")
    ex, parent, units = read(text)
    assert parent["sous-direction des archives"] == "direction générale des essais"
    assert parent["sous-direction des relevés"] == "service des mesures"
    src = read_text(text, "610_essai.txt", "610")
    article = next(b for b in src.structure.blocks if b.number == "Article 1")
    assert [it.letter for it in article.items] == ["1", "3", "4"]
    assert [it.letter for it in article.items[0].items] == ["1.1", "1.2"]


PARTICIPLE = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

- le département des mesures, constitué :

- du pôle des relevés, chargé de la tenue des relevés ;

- du pôle des étalons, chargé de la garde des étalons ;

- la sous-direction des analyses (SA), constituée :

- du bureau des échantillons (SA 1), chargé de la collecte des échantillons ;

- du bureau des contrôles (SA 2), chargé des contrôles.

Article 2

Le service des archives comprend :

Le département des fonds, constitué de :

- la cellule des inventaires, chargée des inventaires ;

- la cellule des prêts, chargée des prêts.

Le département des copies, composé de :

- la cellule des tirages.
"""


def test_a_participle_before_the_colon_announces_the_items_in_the_genitive() -> None:
    """'le département X, constitué : - du pôle A, chargé de … ;': A is X's, with its functions."""
    ex, parent, units = read(PARTICIPLE)
    assert parent["pôle des relevés"] == parent["pôle des étalons"] == "département des mesures"
    assert parent["département des mesures"] == parent["sous-direction des analyses"] == "direction des essais"
    assert parent["bureau des échantillons"] == parent["bureau des contrôles"] == "sous-direction des analyses"
    assert {u.name for u in units.values() if u.name.startswith("pôle")} == {"pôle des relevés", "pôle des étalons"}


def test_a_unit_code_in_parentheses_is_an_alias_not_part_of_the_name() -> None:
    _, _, units = read(PARTICIPLE)
    assert units["bureau des échantillons"].aliases == ["SA 1"]
    assert units["sous-direction des analyses"].aliases == ["SA"]


def test_a_verbless_line_after_comprend_is_an_item_of_that_list() -> None:
    """'Le service W comprend :' then 'Le département X, constitué de :' and its dashes: X is W's,
    and the dashes are X's; a second such line is W's too."""
    _, parent, _ = read(PARTICIPLE)
    assert parent["département des fonds"] == parent["département des copies"] == "service des archives"
    assert parent["cellule des inventaires"] == parent["cellule des prêts"] == "département des fonds"
    assert parent["cellule des tirages"] == "département des copies"


def test_participle_lines_in_a_row_are_siblings() -> None:
    """'A. - La sous-direction X, constituée par :' then 'B. - La sous-direction Y, constituée par :':
    Y is not X's."""
    text = PARTICIPLE.replace("Le service des archives comprend :\n\n", "")
    _, parent, _ = read(text)
    assert parent["département des copies"] != "département des fonds"
    assert parent["cellule des tirages"] == "département des copies"


RESUMED = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

- le centre des mesures, qui mène les campagnes de mesure.

Il recueille les relevés des stations.

Il publie chaque année un bilan.

- le bureau des étalons, qui garde les étalons ;

- la mission des audits, qui conduit les audits.
"""


def test_a_dash_list_goes_on_after_an_items_own_paragraphs() -> None:
    """'- le centre A, qui … .' then unmarked paragraphs about A, then '- le bureau B, qui … ;':
    B and C are still items of the list, siblings of A."""
    _, parent, _ = read(RESUMED)
    top = "direction des essais"
    assert parent["centre des mesures"] == parent["bureau des étalons"] == parent["mission des audits"] == top


FUNCTION_CLAUSES = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

- le bureau des moyens, chargé de la gestion des personnels, des délégations de signature, de l'organisation des concours et du suivi des bureaux de la direction ;

- la cellule des relevés, chargée des relations avec les services déconcentrés et les directions régionales ;

- la mission des audits.

Article 2

Le bureau des moyens comprend les bureaux de la direction et la cellule des concours.
"""


def test_kind_nouns_in_a_function_clause_or_plural_references_name_no_unit() -> None:
    """', chargé de la gestion …, des délégations de signature' names no délégation; 'les bureaux de
    la direction' names none (the units of another); a member after them still counts."""
    _, parent, units = read(FUNCTION_CLAUSES)
    assert set(units) == {"direction des essais", "bureau des moyens", "cellule des relevés", "mission des audits",
                          "cellule des concours"}
    assert parent["cellule des concours"] == "bureau des moyens"


ORGANISED_IN = """Arrêté du 2 mars 1999 organisant l'administration centrale de la direction générale des essais en sous-directions

Article 1

L'administration centrale de la direction générale des essais est organisée en deux services, cinq sous-directions et une inspection des essais.

Le service des mesures est chargé de concevoir les mesures.

Le service des relevés est chargé de concevoir les relevés.

La sous-direction des moyens (sous-direction M), directement placée sous l'autorité du directeur général, est chargée de la gestion des moyens.

L'inspection des essais, directement placée sous l'autorité du directeur général, est chargée d'évaluer les services.

Article 2

Le service des mesures se compose de deux sous-directions :

La sous-direction des étalons (sous-direction A) est chargée de la garde des étalons, des services, des questions générales relatives aux balances et de l'animation du réseau des ateliers.

La sous-direction des poids (sous-direction B) est chargée du contrôle des poids.
"""


def test_the_central_administration_of_a_unit_is_that_unit() -> None:
    """'organisant l'administration centrale de la direction générale X': X is the body (the longer
    name another of its names), headed by the 'directeur général' units are placed under."""
    _, parent, units = read(ORGANISED_IN)
    top = "direction générale des essais"
    assert top not in parent
    assert "administration centrale de la direction générale des essais" in units[top].aliases
    assert units[top].head == "Directeur général"
    assert parent["sous-direction des moyens"] == parent["inspection des essais"] == top


def test_organised_in_announces_groups_and_a_service_has_groups_of_its_own() -> None:
    """'est organisée en deux services, cinq sous-directions et une inspection' then each named in
    a paragraph; 'Le service X se compose de deux sous-directions :' names other ones, X's."""
    _, parent, units = read(ORGANISED_IN)
    top = "direction générale des essais"
    assert parent["service des mesures"] == parent["service des relevés"] == top
    assert parent["sous-direction des étalons"] == parent["sous-direction des poids"] == "service des mesures"
    assert units["sous-direction des étalons"].aliases == ["sous-direction A"]


def test_a_function_clause_after_a_unit_names_no_more_units() -> None:
    """'La sous-direction A (…) est chargée de …, des services, des questions …': no unit 'services …'."""
    _, _, units = read(ORGANISED_IN)
    assert not [n for n in units if n.startswith("services")]
    assert len(units) == 7


DESCRIBED = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

- le centre des mesures, qui mène les campagnes de mesure et tient le registre national des relevés des stations.

Il recueille les relevés des stations.

Il comprend le pôle des capteurs et le pôle des calculs.

- le bureau des étalons, qui garde les étalons ;

- la mission des audits, qui conduit les audits.

Article 2

La sous-direction des moyens comprend :

Le bureau des achats, qui passe les marchés.

Il tient le registre des marchés.

Le bureau des locaux, qui gère les locaux.

Le bureau des véhicules.
"""


def test_the_paragraphs_after_an_item_are_about_its_unit() -> None:
    """'- le centre A, qui … .' then 'Il comprend le pôle X …': X is A's; the list then goes on."""
    _, parent, _ = read(DESCRIBED)
    assert parent["pôle des capteurs"] == parent["pôle des calculs"] == "centre des mesures"
    assert parent["bureau des étalons"] == parent["mission des audits"] == "direction des essais"


def test_unmarked_items_with_a_relative_clause_go_on_after_an_items_paragraph() -> None:
    """'comprend :' then 'Le bureau A, qui … .', 'Il …', 'Le bureau B, qui … .', 'Le bureau C.': all
    three are the sous-direction's."""
    _, parent, _ = read(DESCRIBED)
    sd = "sous-direction des moyens"
    assert parent["bureau des achats"] == parent["bureau des locaux"] == parent["bureau des véhicules"] == sd


SAME_MARK = """Arrêté du 7 avril 2003 portant organisation des sous-directions de l'administration centrale du ministère des essais

Article 10

Les sous-directions et mission de la direction des mesures sont organisées comme suit :

A. - Le service du pilotage, constitué par :

- la sous-direction des relevés, constituée par :

- le bureau des cartes ;

- le bureau des plans ;

- la sous-direction des étalons, constituée par :

- le bureau des poids ;

- le bureau des longueurs ;

B. - Le service des analyses, constitué par :

- la sous-direction des contrôles, constituée par :

- le bureau des échantillons ;

- la sous-direction des archives.
"""


def test_same_mark_dashes_a_unit_of_the_openers_own_kind_is_its_sibling() -> None:
    """'- la sous-direction A, constituée par : - le bureau X ; - la sous-direction B.': B is not A's
    (no unit holds one of its own kind) but the service's, like A."""
    _, parent, _ = read(SAME_MARK)
    assert parent["bureau des cartes"] == parent["bureau des plans"] == "sous-direction des relevés"
    assert parent["bureau des poids"] == parent["bureau des longueurs"] == "sous-direction des étalons"
    assert parent["sous-direction des relevés"] == parent["sous-direction des étalons"] == "service du pilotage"
    assert parent["sous-direction des contrôles"] == parent["sous-direction des archives"] == "service des analyses"


def test_parts_organised_as_follows_belong_to_the_unit_in_the_complement() -> None:
    """'Les sous-directions et mission de la direction X sont organisées comme suit :': the parts
    below are X's (not a 'mission de la direction X')."""
    _, parent, units = read(SAME_MARK)
    assert parent["service du pilotage"] == parent["service des analyses"] == "direction des mesures"
    assert not [n for n in units if n.startswith("mission")]


SHORT_BODY = """Arrêté du 9 juin 1989 relatif à l'organisation du secrétariat général de l'Institut des essais

Article 1

Le secrétariat général est organisé comme suit :

Le département des moyens comprend :

- la division des achats ;

- la division des locaux.

La sous-direction des relevés comprend le bureau des cartes et le bureau des plans. La sous-direction des étalons comprend le bureau des poids.
"""


def test_the_bodys_name_without_its_complement_is_the_body() -> None:
    """'relatif à l'organisation du secrétariat général de l'Institut X' then 'Le secrétariat général
    est organisé comme suit :': one body, whose parts are the units below."""
    _, parent, units = read(SHORT_BODY)
    body = "secrétariat général de l’Institut des essais"
    assert "secrétariat général" not in units
    assert parent["département des moyens"] == parent["sous-direction des relevés"] == body
    assert parent["sous-direction des étalons"] == body
    assert parent["division des achats"] == "département des moyens"


def test_a_plural_subject_naming_the_units_of_another_is_no_unit() -> None:
    """'Les bureaux de la sous-direction X sont chargés …', 'Les services de la direction sont chargés
    …': the units of another, none of them named."""
    text = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend la sous-direction des mesures et la sous-direction des relevés.

Article 2

La sous-direction des mesures comprend le bureau des cartes et le bureau des plans.

Les bureaux de la sous-direction des mesures sont chargés de la tenue des cartes.

Les services de la direction sont chargés des relations avec les directions régionales.
"""
    _, parent, units = read(text)
    assert set(units) == {"direction des essais", "sous-direction des mesures", "sous-direction des relevés",
                          "bureau des cartes", "bureau des plans"}


def test_an_item_charged_after_a_phrase_states_the_units_functions() -> None:
    """'- le bureau X, chargé, pour l'ensemble de la direction, de la préparation … ;': an item of
    functions of X, like '- le bureau Y, chargé de …'."""
    text = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

- le bureau des moyens, chargé, pour l'ensemble de la direction, de la préparation du budget ;

- le bureau des achats, chargé de la passation des marchés.
"""
    ex, _, units = read(text)
    by_id = {u.id: u.name for u in ex.units}
    assert sorted(by_id[a.unit] for a in ex.attributions) == ["bureau des achats", "bureau des moyens"]


def test_a_verbless_line_announcing_a_group_is_an_item_of_the_list_above() -> None:
    """'Le service W comprend :' then 'Le département X, constitué de deux cellules :' and 'Le
    département Y, composé des pôles suivants :': X and Y are W's, the dashes theirs, no group unit."""
    text = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

Le service des archives comprend :

Le département des fonds, constitué de deux cellules :

- la cellule des inventaires, chargée des inventaires ;

- la cellule des prêts, chargée des prêts.

Le département des copies, composé des pôles suivants :

- le pôle des tirages ;

- le pôle des reliures.
"""
    _, parent, units = read(text)
    assert parent["département des fonds"] == parent["département des copies"] == "service des archives"
    assert parent["cellule des inventaires"] == parent["cellule des prêts"] == "département des fonds"
    assert parent["pôle des tirages"] == parent["pôle des reliures"] == "département des copies"
    assert len(units) == 8


SIBLING_PARTICIPLE = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

1° La sous-direction des mesures, qui comprend :

- le bureau des cartes ;

- le bureau des plans.

2° Le service des moyens.

Article 2

Le service des moyens comprend :

- le bureau des achats ;

- le bureau des locaux.

Le service des analyses, constitué :

- du bureau des échantillons ;

- du bureau des contrôles.
"""


def test_a_verbless_participle_line_of_the_list_owners_own_kind_is_its_sibling() -> None:
    """'Le service W comprend : - … .' then 'Le service X, constitué : - du bureau …': X is W's sibling
    (no unit holds one of its own kind), under W's parent."""
    _, parent, _ = read(SIBLING_PARTICIPLE)
    assert parent["service des analyses"] == parent["service des moyens"] == "direction des essais"
    assert parent["bureau des échantillons"] == parent["bureau des contrôles"] == "service des analyses"
    assert parent["bureau des achats"] == "service des moyens"


def test_a_participle_line_with_outre_names_one_more_component() -> None:
    """'Le service X, outre la mission Y, constitué par :' after a list: X is one more unit of the list
    (its name stops before 'outre'), Y and the dashes are X's."""
    text = """Arrêté du 3 mars 2010 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

- le bureau des cartes ;

- le bureau des plans.

Le service des personnels, outre la mission de la formation, constitué par :

- la sous-direction de la gestion ;

- la sous-direction des concours.
"""
    _, parent, units = read(text)
    assert parent["service des personnels"] == "direction des essais"
    assert parent["mission de la formation"] == parent["sous-direction des concours"] == "service des personnels"
    assert not [n for n in units if "outre" in n]
