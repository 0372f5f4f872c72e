"""French decrees: groups announced before their members, names with series of complements,
the cabinet and other unit kinds, heads of units other than directions; each in a short text
written for the test (fictional bodies)."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text


def read(text: str, doc: str = "610"):
    ex = extract_texts([read_text(text, f"{doc}_essai.txt", doc)])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    second = {(by_id[l.child].name, by_id[l.parent].name) for l in ex.lines if not l.primary}
    return ex, parent, second, {u.name: u for u in ex.units}


GROUP = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend deux sous-directions, à savoir la sous-direction des ficelles et la sous-direction des queues.

Article 2
La sous-direction des ficelles comprend trois bureaux : le bureau des nœuds, le bureau des bobines et le bureau des couleurs.
"""


def test_a_counted_group_before_its_members_is_no_unit() -> None:
    """'comprend deux sous-directions, à savoir la A et la B', 'trois bureaux : le A, le B et le C'."""
    _, parent, _, units = read(GROUP)
    root = "direction des cerfs-volants"
    assert parent["sous-direction des ficelles"] == parent["sous-direction des queues"] == root
    assert all(parent[f"bureau des {x}"] == "sous-direction des ficelles" for x in ("nœuds", "bobines", "couleurs"))
    assert len(units) == 6


SECOND = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend la sous-direction des ficelles, la sous-direction des queues et le bureau des nœuds.

Article 2
Le bureau des nœuds relève du sous-directeur des ficelles et, pour les questions de sécurité, du sous-directeur des queues.
"""


def test_a_second_superior_for_some_matters() -> None:
    _, parent, second, _ = read(SECOND)
    assert parent["bureau des nœuds"] == "sous-direction des ficelles"
    assert second == {("bureau des nœuds", "sous-direction des queues")}


SERIES = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend :
- la direction des études, des moyens et des relations extérieures ;
- le pôle pilotage, qualité des données et innovation ;
- le bureau presse ;
- le bureau image ;
- le service des ficelles des armées-air ;
- la cellule de veille.

Article 2
La direction des études, des moyens et des relations extérieures comprend le bureau des archives, de la documentation et de l'information et la cellule de veille et d'alerte.
"""


def test_names_with_series_of_complements_and_bare_nouns() -> None:
    """', des moyens et des relations extérieures' goes on with the complements; 'pôle pilotage,
    qualité des données et innovation' is one bare-noun series; 'bureau presse'; 'des armées-air';
    'de veille' is a noun after 'de', not a verb."""
    _, parent, _, units = read(SERIES)
    root, studies = "direction des cerfs-volants", "direction des études, des moyens et des relations extérieures"
    for name in (studies, "pôle pilotage, qualité des données et innovation", "bureau presse", "bureau image",
                 "service des ficelles des armées-air", "cellule de veille"):
        assert parent[name] == root, name
    assert parent["bureau des archives, de la documentation et de l’information"] == studies
    assert parent["cellule de veille et d’alerte"] == studies
    assert len(units) == 9


CABINET = """Arrêté du 3 mars 2031 portant organisation de l'état-major des cerfs-volants

Article 1
L'état-major des cerfs-volants comprend :
- le cabinet ;
- l'inspection des cerfs-volants ;
- la délégation au vent ;
- la mission des archives ;
- le quartier général ;
- le département des ficelles, dirigé par un directeur de projet ;
- le département des queues.

Article 2
Le cabinet est dirigé par le chef de cabinet. Il comprend :
- le bureau presse ;
- le centre de documentation ;
- la cellule communication.

Article 3
Sont rattachés au chef de cabinet :
- le bureau du courrier ;
- la cellule de veille.

Article 4
Le quartier général comprend l'état-major opérationnel et la cellule logistique. La mission des archives est dirigée par un chef de mission.

Article 5
Le département des queues est placé sous la responsabilité d'un directeur de projet. Le chef d'état-major dirige l'état-major opérationnel.
"""


def test_the_cabinet_and_other_kinds_organise_their_own_units() -> None:
    """'Le cabinet comprend : …' (a unit whose name is its kind, then 'Il'), 'état-major',
    'quartier général', 'inspection', 'délégation', 'mission', 'cellule'; 'Sont rattachés au chef
    de cabinet' resolves to the cabinet."""
    _, parent, _, units = read(CABINET)
    root = "état-major des cerfs-volants"
    for name in ("cabinet", "inspection des cerfs-volants", "délégation au vent", "mission des archives",
                 "quartier général", "département des ficelles", "département des queues"):
        assert parent[name] == root, name
    for name in ("bureau presse", "centre de documentation", "cellule communication", "bureau du courrier",
                 "cellule de veille"):
        assert parent[name] == "cabinet", name
    assert parent["état-major opérationnel"] == parent["cellule logistique"] == "quartier général"
    assert units["cabinet"].kind == "Cabinet" and units["quartier général"].kind == "Quartier général"


def test_heads_of_units_other_than_directions() -> None:
    """'Le cabinet est dirigé par le chef de cabinet', ', dirigé par un directeur de projet', 'est
    placé sous la responsabilité d'un directeur de projet', 'Le chef d'état-major dirige l'état-major X'."""
    _, _, _, units = read(CABINET)
    assert units["cabinet"].head == "Chef de cabinet"
    assert units["département des ficelles"].head == units["département des queues"].head == "Directeur de projet"
    assert units["mission des archives"].head == "Chef de mission"
    assert units["état-major opérationnel"].head == "Chef d’état-major"


TASKS = """Arrêté du 3 mars 2031 portant organisation de la division des ballons auprès des ministres chargés du vent, de la pluie et des nuages

Article 1
La division des ballons comprend :
1° Un département des nacelles ;
2° Un département chargé des relations avec le Bureau des longitudes, les pilotes et le service météorologique ;
3° Une vigie nationale des courants d'air ;
4° Une mission des cordages.

Article 2
Le département chargé des relations avec le Bureau des longitudes, les pilotes et le service météorologique a pour missions :
― de recevoir les pilotes ;
― de transmettre les relevés.

Article 3
La vigie nationale des courants d'air a pour missions :
― d'observer le ciel ;
― d'alerter la division.
"""


def test_names_by_task_unknown_kinds_and_a_body_placed_beside_posts() -> None:
    """'division des ballons auprès des ministres …': the body's name ends before 'auprès'; 'Un
    département chargé des relations avec A, B et C ;' is one name, found again whole as a
    subject; 'Une vigie nationale …' among units is one more, of a kind the pack does not know."""
    _, parent, _, units = read(TASKS)
    ex = read(TASKS)[0]
    root = "division des ballons"
    task = "département chargé des relations avec le Bureau des longitudes, les pilotes et le service météorologique"
    for name in ("département des nacelles", task, "vigie nationale des courants d’air", "mission des cordages"):
        assert parent[name] == root, name
    assert len(units) == 5 and units["vigie nationale des courants d’air"].kind == "Vigie"
    by_id = {u.id: u.name for u in ex.units}
    counts = {}
    for a in ex.attributions:
        key = (by_id[a.unit], a.paragraph)
        counts[key] = counts.get(key, 0) + 1
    assert counts[(task, "Article 2")] == 2 and counts[("vigie nationale des courants d’air", "Article 3")] == 2


KINDS_ANNOUNCED = """Arrêté du 3 mars 2031 portant organisation de l'état-major des cerfs-volants

Article 3
I. ― L'état-major des cerfs-volants comprend des centres et des divisions ainsi que des bureaux.

II. ― L'état-major des cerfs-volants comprend :

1° Une division études-synthèse, relevant de l'officier général adjoint ;

2° Un centre, deux divisions et un bureau relevant du domaine du vol :

a) Le centre de conduite des vols ;

b) La division emploi ;

c) La division ficelles longues ;

d) Le bureau météorologie, nuages et pluie ;

3° Deux divisions relevant du domaine des relations :

a) La division organisations amies ;

b) La division régions.
"""


def test_kinds_announced_before_an_items_own_list_are_no_units() -> None:
    """'2° Un centre, deux divisions et un bureau relevant du domaine X : a) Le centre … b) …': the
    kinds only announce the units the item's own list names, units of the list's owner."""
    _, parent, _, units = read(KINDS_ANNOUNCED)
    root = "état-major des cerfs-volants"
    names = ["division études-synthèse", "centre de conduite des vols", "division emploi", "division ficelles longues",
             "bureau météorologie, nuages et pluie", "division organisations amies", "division régions"]
    assert all(parent[n] == root for n in names)
    assert len(units) == len(names) + 1


def test_authority_over_units_named_in_the_sentence() -> None:
    """'Le délégué a autorité sur le pôle A et l'unité B.': they report to the délégation."""
    _, parent, _, _ = read("""Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend la délégation aux affaires européennes et la direction du vent.

Article 2
La délégation aux affaires européennes est dirigée par un délégué. Le délégué a autorité sur le pôle coopération et l'unité normes.
""")
    assert parent["pôle coopération"] == parent["unité normes"] == "délégation aux affaires européennes"


def test_comprenant_names_the_components_of_the_component() -> None:
    _, parent, _, _ = read("""Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend :
- la sous-direction des ficelles, comprenant le bureau des nœuds et le bureau des bobines ;
- la sous-direction des queues.
""")
    assert parent["bureau des nœuds"] == parent["bureau des bobines"] == "sous-direction des ficelles"
    assert parent["sous-direction des queues"] == "direction des cerfs-volants"
