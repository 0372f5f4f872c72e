"""French decrees: names with series of complements or adjectives (as a subject and in the title),
bare-noun names in a genitive list, complements joined by 'et l’'; posts heading units stated
in participial phrases and 'est responsable du'. Each in a short text written for the test
(fictional bodies)."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text


def read(text: str, doc: str = "620"):
    ex = extract_texts([read_text(text, f"{doc}_essai.txt", doc)])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    return ex, parent, {u.name: u for u in ex.units}


TITLE_SERIES = """Arrêté du 3 mars 2031 portant organisation de la direction des plumes, des encres et des services en sous-directions et en bureaux

Article 1
La direction des plumes, des encres et des services comprend :
- la sous-direction des ficelles ;
- la sous-direction des queues.

Article 2
La sous-direction des ficelles comprend le bureau des nœuds et le bureau des bobines.
"""


def test_a_comma_series_of_complements_ending_with_a_kind_noun_is_one_name() -> None:
    """'des encres et des services': the series' last complement, though 'services' is a kind noun;
    the title and Article 1 name the same body, the root."""
    ex, parent, units = read(TITLE_SERIES)
    body = "direction des plumes, des encres et des services"
    assert parent["sous-direction des ficelles"] == parent["sous-direction des queues"] == body
    assert body not in parent  # the root
    assert parent["bureau des nœuds"] == "sous-direction des ficelles"
    assert len(units) == 5


ADJECTIVES = """Arrêté du 3 mars 2031 portant organisation de la direction générale des politiques fluviale, lacustre et des rivages

Article 1
La direction générale des politiques fluviale, lacustre et des rivages comprend :
1. Le service des ficelles ;
2. Le service des queues.
"""


def test_a_series_of_adjectives_then_a_complement_is_one_name() -> None:
    _, parent, units = read(ADJECTIVES)
    body = "direction générale des politiques fluviale, lacustre et des rivages"
    assert parent["service des ficelles"] == parent["service des queues"] == body
    assert len(units) == 3


NOT_A_SERIES = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend le bureau des ficelles fines, le bureau des queues et des nœuds, la mission des vents et la cellule veille.
"""


def test_a_list_of_units_after_an_adjective_is_no_series() -> None:
    _, parent, units = read(NOT_A_SERIES)
    for name in ("bureau des ficelles fines", "bureau des queues et des nœuds", "mission des vents", "cellule veille"):
        assert parent[name] == "direction des cerfs-volants", name
    assert len(units) == 5


GENITIVE = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend le département des vents et le département des ficelles.

Article 2
Le département des vents, constitué :
- du pôle veille, analyse de la demande et prospective, chargé de l'observation des vents ;
- du pôle marché et stratégie, chargé de la stratégie des vents ;
- du bureau des études sur le fret et l'intermodalité, chargé des études des vents ;
- du bureau des relations avec la presse et le public ;
- du pôle veille.
"""


def test_bare_noun_series_and_shared_article_complements_in_a_genitive_list() -> None:
    """'du pôle veille, analyse … et prospective, chargé de …': 'veille' names the pôle (no verb
    right after the head noun before a comma); 'sur le fret et l’intermodalité' and 'avec la presse
    et le public' share their preposition."""
    _, parent, units = read(GENITIVE)
    for name in ("pôle veille, analyse de la demande et prospective", "pôle marché et stratégie",
                 "bureau des études sur le fret et l’intermodalité",
                 "bureau des relations avec la presse et le public", "pôle veille"):
        assert parent[name] == "département des vents", name
    assert len(units) == 8


TWO_THINGS = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend le bureau du cabinet et le bureau des nœuds.

Article 2
Le pôle veille à la qualité des ficelles.
"""


def test_a_verb_after_the_head_noun_and_two_units_joined_by_et_le_stay_apart() -> None:
    _, parent, units = read(TWO_THINGS)
    assert parent["bureau du cabinet"] == parent["bureau des nœuds"] == "direction des cerfs-volants"
    assert "pôle veille à la qualité des ficelles" not in units


CABINET = """Arrêté du 3 mars 2031 portant organisation de la direction générale des cerfs-volants

Article 1
La direction générale des cerfs-volants comprend la sous-direction des ficelles et la sous-direction des queues.

Article 2
Le directeur général dispose d'un cabinet placé sous les ordres d'un officier général, chef de cabinet, qui comprend :
1° Des chargés de mission ;
2° Le bureau du courrier ;
3° Le centre de documentation.

Article 3
La sous-direction des queues dispose d'une cellule placée sous les ordres d'un chef de bureau, qui comprend :
1° Le pôle nœuds ;
2° Le pôle bobines.
"""


def test_a_component_placed_under_the_orders_of_a_post_with_its_own_list() -> None:
    """'X dispose d’un Y placé sous les ordres d’un <rank>, <post>, qui comprend : …': Y is under
    X's unit (the post 'directeur général' names it), headed by the post, and owns the list;
    'Des chargés de mission' (posts) is no unit."""
    _, parent, units = read(CABINET)
    root = "direction générale des cerfs-volants"
    assert parent["cabinet"] == root
    assert units["cabinet"].head == "Chef de cabinet"
    assert parent["bureau du courrier"] == parent["centre de documentation"] == "cabinet"
    assert not any("chargé" in name for name in units)
    assert parent["cellule"] == "sous-direction des queues"
    assert units["cellule"].head == "Chef de bureau"
    assert parent["pôle nœuds"] == parent["pôle bobines"] == "cellule"
    assert len(units) == 9


FRONTED = """Arrêté du 3 mars 2031 portant organisation de la direction générale des cerfs-volants

Article 1
La direction générale des cerfs-volants comprend la sous-direction des ficelles et le service d'information et de relations publiques des cerfs-air.

Article 2
Placé sous les ordres d'un officier général, conseiller pour la communication du directeur général, le service d'information et de relations publiques des cerfs-air comprend :
1° Le bureau presse ;
2° Le bureau des publications ;
3° Le bureau image.
"""


def test_a_fronted_participial_phrase_before_the_subject() -> None:
    """'Placé sous les ordres d’un <rank>, <post>, le service X comprend : …': X is the subject
    (its hyphenated complement kept), headed by the post; the items are its units."""
    _, parent, units = read(FRONTED)
    service = "service d’information et de relations publiques des cerfs-air"
    assert parent[service] == "direction générale des cerfs-volants"
    assert units[service].head == "Conseiller pour la communication du directeur général"
    for name in ("bureau presse", "bureau des publications", "bureau image"):
        assert parent[name] == service, name
    assert len(units) == 6


RESPONSIBLE = """Arrêté du 3 mars 2031 portant organisation de la direction des cerfs-volants

Article 1
La direction des cerfs-volants comprend la sous-direction des ficelles et le département des achats durables.

Article 2
Le directeur de projet « Achats durables » est responsable du département des achats durables.
Le chargé de mission « Nœuds » est responsable de la qualité des nœuds.
"""


def test_a_post_responsible_for_a_unit_heads_it() -> None:
    """'Le <post> « label » est responsable du <unit>': the post (without its quoted label) heads
    the unit, whose line is unchanged; 'responsable de la qualité …' names no unit."""
    ex, parent, units = read(RESPONSIBLE)
    assert units["département des achats durables"].head == "Directeur de projet"
    assert parent["département des achats durables"] == "direction des cerfs-volants"
    assert not any("qualité" in name or "nœuds" in name for name in units)
    assert len(units) == 3
