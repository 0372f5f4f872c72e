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


ESSAIS = """Arrêté du 3 mars 2011 portant organisation de la direction générale des essais

Art. 1er. - La direction générale des essais comprend :

1o Le service des mesures ;

2o La sous-direction des relevés ;

3o La sous-direction du personnel et du service intérieur.

Sont placés sous l'autorité du directeur général :

- la mission de la qualité ;

- le bureau des archives.

Sont rattachés au directeur général le chef du département des normes et la cellule des alertes.

Art. 2. - Le chef de service, adjoint au directeur général, coordonne les sous-directions. Lui sont rattachées la cellule des audits et la cellule des contrôles.

Article 2 bis

Le service des mesures est dirigé par un chef de service. Il comprend quatre bureaux :

- le bureau des longueurs ;

- le bureau des masses.

Article 3

La sous-direction des relevés est chargée :

1° De relever les mesures ;

2° De publier les relevés ;

3° De conserver les archives.

Elle est dirigée par un sous-directeur. Elle dispose d'un secrétariat, placé auprès du sous-directeur, qui comprend :

- le bureau du courrier ;

- le bureau des agendas.

Article 4

Pour l'exercice de ses attributions, la mission de la qualité comprend :

1° Le bureau des audits ;

2° Le bureau des normes.
"""


def test_older_item_marks_article_bis_and_one_name_over_a_parallel_complement() -> None:
    """'1o' as '1°'; 'Article 2 bis' is its own paragraph; 'la sous-direction du personnel et du
    service intérieur' is one unit (brought in with an article, 'et du …' is its complement)."""
    ex, parent, units, _ = read(ESSAIS)
    body = "direction générale des essais"
    assert parent["service des mesures"] == parent["sous-direction des relevés"] == body
    assert parent["sous-direction du personnel et du service intérieur"] == body
    assert "service intérieur" not in units
    assert {"Article 2", "Article 2 bis"} <= {p.number for p in ex.paragraphs}
    assert parent["bureau des longueurs"] == "service des mesures"


def test_placed_under_inline_attachments_and_a_deputy_post_heading_no_unit() -> None:
    """'Sont placés sous l'autorité du directeur général : - …'; 'Sont rattachés au directeur
    général le chef du département X et la cellule Y.' (no list); 'Le chef de service, adjoint au
    directeur général, … Lui sont rattachées …': the post heads no unit, its units go to the unit of
    the post it assists, with no warning."""
    ex, parent, units, _ = read(ESSAIS)
    body = "direction générale des essais"
    assert parent["mission de la qualité"] == parent["bureau des archives"] == body
    assert parent["département des normes"] == parent["cellule des alertes"] == body
    assert units["département des normes"].head == "Chef"
    assert parent["cellule des audits"] == parent["cellule des contrôles"] == body
    assert not [w for w in ex.warnings if "post" in w]


def test_functions_after_est_chargee_colon_and_a_relative_list_owner() -> None:
    """'La sous-direction X est chargée : 1° De …' (the unit brought in by its functions);
    'Elle dispose d'un secrétariat, placé auprès du sous-directeur, qui comprend : - …' (the
    list is the secrétariat's); 'Pour l'exercice de ses attributions, la mission X comprend :'
    (a composition, although the lead-in says 'attributions')."""
    ex, parent, units, items = read(ESSAIS)
    assert items["sous-direction des relevés"] == ["Article 3/1", "Article 3/2", "Article 3/3"]
    assert units["sous-direction des relevés"].head == "Sous-directeur"
    assert parent["secrétariat"] == "sous-direction des relevés"
    assert parent["bureau du courrier"] == parent["bureau des agendas"] == "secrétariat"
    assert parent["bureau des audits"] == parent["bureau des normes"] == "mission de la qualité"
    assert "mission de la qualité" not in items


TWO_NAMES = """Décret du 2 juillet 1999 portant organisation de l'administration centrale du ministère des essais et des mesures

Article 1

L'administration centrale du ministère chargé des essais, des relevés et des mesures comprend :

a) Le secrétariat général ;

b) La direction des relevés.

Article 2

Le secrétaire général dirige les activités des services suivants :

a) Le service des archives ;

b) Le service du courrier.

Article 3

L'inspecteur général des essais exerce des attributions d'inspection. Il dispose d'un secrétariat des inspections.
"""


def test_the_body_named_two_ways_and_directing_the_activities_of_units() -> None:
    """The title and Article 1 name the body differently: one unit, the second name an alias;
    'dirige les activités des services suivants : …' places them under the secrétariat général;
    'L'inspecteur général … Il dispose d'un secrétariat': the post's (it heads no unit: the body)."""
    _, parent, units, _ = read(TWO_NAMES)
    body = "administration centrale du ministère des essais et des mesures"
    roots = [n for n, u in units.items() if n not in parent]
    assert roots == [body]
    assert "administration centrale du ministère chargé des essais, des relevés et des mesures" in units[body].aliases
    assert parent["secrétariat général"] == parent["direction des relevés"] == body
    assert parent["service des archives"] == parent["service du courrier"] == "secrétariat général"
    assert parent["secrétariat des inspections"] == body


BUREAUX = """Arrêté du 4 avril 2008 portant organisation de la direction générale des essais

Article 14

La sous-direction de l'Europe, de l'Afrique et du Moyen-Orient comprend :

Le bureau Europe ;

Le bureau Afrique-Maghreb.

Chaque bureau exerce les attributions de la sous-direction dans sa zone.

Article 22

La sous-direction des relations sociales comprend :

Le bureau politique sociale, rémunérations et conditions de travail

Il est chargé du dialogue social. Il suit les contentieux.

Le bureau cadres A

Il conduit la politique des cadres.
"""


def test_unmarked_capitalised_items_and_units_named_alone_before_their_text() -> None:
    """'de l'Europe, de l'Afrique et du Moyen-Orient' is one name (capitalised places in a series);
    'comprend :' then 'Le bureau Europe ;' lines with no mark; a unit named alone on a line
    ('Le bureau cadres A') then its text ('Il conduit …'): a component, and the subject after."""
    ex, parent, units, _ = read(BUREAUX)
    europe = "sous-direction de l’Europe, de l’Afrique et du Moyen-Orient"
    assert parent["bureau Europe"] == parent["bureau Afrique-Maghreb"] == europe
    sociales = "sous-direction des relations sociales"
    assert parent["bureau politique sociale, rémunérations et conditions de travail"] == sociales
    assert parent["bureau cadres A"] == sociales
    social = units["bureau politique sociale, rémunérations et conditions de travail"].id
    assert "Il suit les contentieux" in next(a.text for a in ex.attributions if a.unit == social)


ONE_ARTICLE = """Arrêté du 30 juin 2008 portant organisation et attributions du secrétariat général du ministère des essais

Article 4

Le service des affaires juridiques comprend :

1. La sous-direction du droit des mesures.

2. La mission des procédures.

3. Le délégué aux affaires pénales.

I. - La sous-direction du droit des mesures exerce les attributions concernant :

1° Les personnels ;

2° Les contrats publics.

Elle comprend :

― le bureau du droit de l'administration ;

― le bureau du droit financier.
"""


def test_an_arrete_with_one_article_and_items_numbered_1_dot() -> None:
    """An 'Arrêté' with one article whose items are '1.', '2.': a decree, not a report; its body
    from a title 'portant organisation et attributions du X'; a post among the items is no unit."""
    ex, parent, units, items = read(ONE_ARTICLE)
    assert ex.documents[0].family == "decree"
    body = "secrétariat général du ministère des essais"
    assert body in units and body not in parent
    assert parent["service des affaires juridiques"] == body
    assert parent["sous-direction du droit des mesures"] == parent["mission des procédures"] == "service des affaires juridiques"
    assert parent["bureau du droit financier"] == "sous-direction du droit des mesures"
    assert not [n for n in units if "délégué" in n]


CODES = """Arrêté du 19 août 2004 portant organisation de la direction des affaires des essais

Article 2.3.1

La sous-direction des essais (SE) est saisie des questions de mesure.

Elle comporte :

Le bureau des longueurs (SE 1)

Il exerce les missions de conseil. Il est chargé de :

- la tenue des étalons ;

- la diffusion des tables.

Le bureau met en oeuvre les mesures de simplification.

Le bureau des masses

et des volumes (SE 2)

Il exerce les missions d'expertise.
"""


def test_dotted_article_numbers_comporte_and_units_named_with_a_code() -> None:
    """'Article 2.3.1'; an article opening with a unit brings it in; 'comporte :'; a unit named
    alone on one or two lines with its code '(SE 1)', described in the alinéas after it, the
    list staying open over 'Le bureau met en oeuvre …' (the unit named by its head noun)."""
    ex, parent, units, items = read(CODES)
    assert "Article 2.3.1" in {p.number for p in ex.paragraphs}
    se = "sous-direction des essais"
    assert parent[se] == "direction des affaires des essais" and "SE" in units[se].aliases
    assert parent["bureau des longueurs"] == parent["bureau des masses et des volumes"] == se
    assert items["bureau des longueurs"][-2:] == ["Article 2.3.1/1", "Article 2.3.1/2"]


INLINE_LIST = """Arrêté du 10 octobre 2012 portant organisation de la direction générale des essais

Article 1

La direction générale des essais comprend deux services :

1° Le service des mesures ;

2° Le service d'appui au pilotage, dénommé secrétariat général.

Sont, en outre, rattachés au directeur général : un cabinet, un département des urgences et une mission de la communication.
"""


def test_attached_with_a_colon_and_an_inline_list_and_another_name() -> None:
    """'Sont, en outre, rattachés au directeur général : un cabinet, un département X et une
    mission Y.' (the list on the same line); ', dénommé secrétariat général': an alias."""
    _, parent, units, _ = read(INLINE_LIST)
    body = "direction générale des essais"
    assert parent["cabinet"] == parent["département des urgences"] == parent["mission de la communication"] == body
    assert units["service d’appui au pilotage"].aliases == ["secrétariat général"]


DEPUTY = """Arrêté du 9 juillet 2003 portant organisation du service des essais.

Article 1

Le service des essais comprend :

I. - Une direction centrale dont l'organisation est fixée par le présent arrêté.

II. - Des organismes extérieurs fixés par des textes particuliers.

Article 2

Le service des essais est dirigé par un directeur central.

Relèvent directement de l'autorité du directeur central :

- le bureau chancellerie ;

- le bureau communication et information.

Le directeur central est secondé par un directeur adjoint, qui le remplace en cas d'absence.

Relèvent directement de l'autorité du directeur adjoint :

- le département de l'audit interne.

Article 3

La direction centrale du service des essais comprend :

- une sous-direction organisation, soutien et projection ;

- une sous-direction budget et finances.
"""


def test_roman_items_relevent_de_l_autorite_and_a_deputy_named_in_the_text() -> None:
    """'comprend : I. - Une direction X. II. - …' (items, not parts); 'Relèvent directement de
    l'autorité du directeur central : - …' (the unit that title names, extended later to its full
    name); 'est secondé par un directeur adjoint' then units under the deputy: the unit of the post
    assisted; 'une sous-direction organisation, soutien et projection' is one name."""
    ex, parent, units, items = read(DEPUTY)
    central = "direction centrale du service des essais"
    assert parent[central] == "service des essais"
    assert parent["bureau chancellerie"] == parent["bureau communication et information"] == central
    assert parent["département de l’audit interne"] == central
    assert parent["sous-direction organisation, soutien et projection"] == central
    assert not [w for w in ex.warnings if "post" in w]
    assert "service des essais" not in items  # the roman items are units, not functions


ROUTES = """Arrêté du 14 mars 1986 portant organisation de la direction des essais routiers

Article 1

La direction des essais routiers comprend :

a) La sous-direction de l'exploitation de la route constituée par :

- l'observatoire national des essais ;

- le pôle contrôle de gestion ;

- le bureau du pilotage des projets (zone 1) ;

- le bureau du pilotage des projets (zone 2).

b) La division des affaires générales constituée par :

- la cellule du courrier.
"""


def test_constituee_par_other_kinds_and_a_qualifier_in_parentheses() -> None:
    """'La sous-direction X constituée par :' (the participle ends the name); an observatoire
    and a pôle are units; '(zone 1)' / '(zone 2)' tell two bureaux of the same words apart."""
    _, parent, units, _ = read(ROUTES)
    sd = "sous-direction de l’exploitation de la route"
    assert parent[sd] == parent["division des affaires générales"] == "direction des essais routiers"
    assert parent["observatoire national des essais"] == parent["pôle contrôle de gestion"] == sd
    assert parent["bureau du pilotage des projets (zone 1)"] == parent["bureau du pilotage des projets (zone 2)"] == sd


OUTRE = """Décret n° 86-1 du 8 décembre 1986 portant organisation de l'administration centrale du ministère des essais

Article 1

L'administration centrale du ministère des essais comprend :

1° Le conseil général des mesures, l'inspection générale des essais et le haut fonctionnaire de défense ;

2° La direction générale des essais qui comprend, outre la délégation à la petite métrologie et le service chargé de la propriété des mesures :

a) Le service des industries de communication et de service ;

b) Le service des étalons ;

3° La direction de l'administration générale.
"""


def test_a_list_opening_with_a_body_that_is_no_unit_and_qui_comprend_outre() -> None:
    """'1° Le conseil général des X, l'inspection générale Y et le haut fonctionnaire …': a body
    of another kind and a post are skipped, the unit between them read; 'X qui comprend, outre A
    et B : a) …' (no comma before 'qui'): A, B and the list are X's; 'le service des industries
    de communication et de service' is one name."""
    _, parent, units, items = read(OUTRE)
    body = "administration centrale du ministère des essais"
    dg = "direction générale des essais"
    assert parent["inspection générale des essais"] == parent[dg] == parent["direction de l’administration générale"] == body
    assert parent["délégation à la petite métrologie"] == parent["service chargé de la propriété des mesures"] == dg
    assert parent["service des industries de communication et de service"] == parent["service des étalons"] == dg
    assert dg not in items and "conseil général des mesures" not in units


ANNOUNCED = """Arrêté du 12 octobre 2005 portant organisation de la délégation générale aux essais

Article 3

Le service du financement comprend deux sous-directions ainsi que, directement placées auprès du chef de service, une mission de la documentation et une mission du contrôle interne.

1° La sous-direction du budget et des systèmes d'information comprend :

-la mission du budget ;

-la mission des systèmes d'information.

La sous-direction est chargée de la préparation des demandes de moyens budgétaires.

Article 4

Le service des politiques des essais comprend deux départements :

1° Le département des synthèses est compétent pour le suivi de l'ensemble des questions des essais.

Il contribue à l'évaluation des politiques.

2° Le département de l'action territoriale accompagne les services déconcentrés dans la mise en oeuvre des essais.

Pour ce faire :

- il coordonne les relations avec les services déconcentrés ;

- il appuie la construction de partenariats.
"""


def test_announced_groups_items_that_are_sentences_and_a_list_resumed_after_text() -> None:
    """'comprend deux sous-directions ainsi que … une mission X' then '1° La sous-direction Y
    comprend : - …' (an item that is a sentence with its own list; Y is one of the two announced);
    '1° Le département A est compétent … . Il … 2° Le département B …' (the list goes on after the
    first item's text); 'Pour ce faire : - il …': B's functions."""
    _, parent, units, items = read(ANNOUNCED)
    sd = "sous-direction du budget et des systèmes d’information"
    assert parent[sd] == parent["mission de la documentation"] == "service du financement"
    assert parent["mission du budget"] == parent["mission des systèmes d’information"] == sd
    assert not [n for n in units if n.startswith("sous-directions")]
    s = "service des politiques des essais"
    assert parent["département des synthèses"] == parent["département de l’action territoriale"] == s
    assert [i.split("/")[0] for i in items["département de l’action territoriale"]] == ["Article 4"] * 2


ROMAN_LIST = """Décret du 16 mars 2009 portant organisation de l'administration centrale du ministère des essais

Article 1

L'administration centrale du ministère des essais comprend :

I. ― Le secrétariat général, dirigé par le secrétaire général.

II. ― Le protocole, la direction de la prospective et le centre de crise, rattachés directement au ministre.

III. ― La direction générale des mesures, composée de :

― la direction des longueurs ;

― la direction des masses.

Elle comprend en outre, sous la coordination du directeur général :

― la direction des temps.

IV. ― La direction de l'Union des essais.

V. ― Les directions suivantes :

― la direction des archives ;

― la direction des affaires juridiques.
"""


def test_a_roman_list_interrupted_by_an_item_s_own_text() -> None:
    """'comprend : I. ― … III. ― La direction générale X, composée de : ― … Elle comprend en
    outre : ― … IV. ― La direction Y. V. ― Les directions suivantes : ― …': after the text of
    item III, IV and V are still items of the article's list; 'Elle' is X; a first member that is
    no unit ('Le protocole') is passed over."""
    _, parent, units, _ = read(ROMAN_LIST)
    body = "administration centrale du ministère des essais"
    dg = "direction générale des mesures"
    assert parent["secrétariat général"] == parent["direction de la prospective"] == parent["centre de crise"] == body
    assert parent["direction des longueurs"] == parent["direction des masses"] == parent["direction des temps"] == dg
    assert parent["direction de l’Union des essais"] == body
    assert parent["direction des archives"] == parent["direction des affaires juridiques"] == body


TWO_LISTS = """Arrêté du 5 mai 2015 portant organisation de la direction des essais

Article 1

La direction des essais comprend :

― la sous-direction des mesures ;

― la sous-direction des relevés.

Article 2

La sous-direction des mesures est placée sous l'autorité d'un sous-directeur. Elle est chargée :

1° De définir les normes ;

2° De tenir les étalons.

Elle est en outre chargée :

― de publier les tables ;

― de former les agents.

Article 3

La sous-direction des relevés comprend le bureau des archives, dirigé par un chef de bureau, et le bureau du courrier.
"""


def test_two_function_lists_of_one_article_and_heads_placed_over_a_unit() -> None:
    """'Elle est chargée : 1° … 2° … Elle est en outre chargée : ― … ― …': four functions, each
    item numbered apart; 'est placée sous l'autorité d'un sous-directeur' names its head; 'le
    bureau A, dirigé par un chef de bureau, et le bureau B'."""
    _, parent, units, items = read(TWO_LISTS)
    assert len(items["sous-direction des mesures"]) == 4 == len(set(items["sous-direction des mesures"]))
    assert units["sous-direction des mesures"].head == "Sous-directeur"
    assert units["bureau des archives"].head == "Chef de bureau"
    assert parent["bureau des archives"] == parent["bureau du courrier"] == "sous-direction des relevés"

