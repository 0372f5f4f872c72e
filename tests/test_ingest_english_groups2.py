"""English bulletin phrasings of a second kind, each in a short text written for the test
(fictional offices): second superiors after 'and, on …, directly to', a counted group item named
later by a copula sentence, a section heading joining two units."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text

HEADER = """Secretary-General's bulletin

Organization of the Department of Kite Affairs

Section 1
Organization

1.1 The Department of Kite Affairs is headed by an Under-Secretary-General, who reports to the Secretary-General.
"""


def read(body: str, header: str = HEADER):
    ex = extract_texts([read_text(header + body, "702_test.txt", "702")])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    primary_para = {by_id[l.child].name: l.paragraph for l in ex.lines if l.primary}
    second = {(by_id[l.child].name, by_id[l.parent].name, l.paragraph) for l in ex.lines if not l.primary}
    items: dict[str, list[str]] = {}
    for a in ex.attributions:
        items.setdefault(by_id[a.unit].name, []).append(f"{a.paragraph}/{a.item}")
    return ex, parent, primary_para, second, {u.name: u for u in ex.units}, items


SECOND_WITH_ADVERB = """
1.2 The Department comprises the Policy Division and the Field Division, each headed by a Director.

1.3 The Mediation Unit is headed by a Chief, who reports to the Director of the Policy Division and, on the deployment of support to field missions, envoys and panels of experts in the regions, directly to the Under-Secretary-General.

1.4 The Tail Unit reports to the Director of the Policy Division and, for kites and strings, also to the Director of the Field Division.

1.5 The Knot Unit reports to the Director of the Field Division and, in respect of safety, to the Director of the Policy Division.

1.6 The Paper Unit reports to the Director of the Field Division.
"""


def test_a_second_superior_after_a_matters_phrase_and_an_adverb() -> None:
    """'and, on <a long phrase>, directly to the Under-Secretary-General': the post's unit (the
    Department, above the first superior) is a second parent all the same, with the paragraph;
    'and, for X and Y, also to', 'and, in respect of X, to' likewise."""
    _, parent, _, second, _, _ = read(SECOND_WITH_ADVERB)
    policy, field, dept = "Policy Division", "Field Division", "Department of Kite Affairs"
    assert parent["Mediation Unit"] == parent["Tail Unit"] == policy
    assert parent["Knot Unit"] == parent["Paper Unit"] == field
    assert second == {("Mediation Unit", dept, "1.3"), ("Tail Unit", field, "1.4"), ("Knot Unit", policy, "1.5")}


JOINED_HEADING = """
1.2 The Department comprises the Division for Kite Affairs and the Law of the Air, the Office of Kite Safety and Wind Affairs and the Policy and Planning Division.

Section 2
Office for Kite Rights and Statistics Unit

2.1 The Office for Kite Rights is headed by a Chief, who reports to the Under-Secretary-General.

2.2 The Statistics Unit is headed by a Chief, who reports to the Director of the Policy and Planning Division.

Section 3
Division of Headquarters Security and Safety Services

3.1 The Division of Headquarters Security and Safety Services is headed by a Director, who reports to the Under-Secretary-General.

Section 4
Policy and Planning Division

4.1 The Division is headed by a Director, who reports to the Under-Secretary-General.
"""


def test_a_section_heading_joining_two_units_is_no_unit() -> None:
    """'Office for Kite Rights and Statistics Unit' as a heading: a head-first name's complement
    stops before 'and' + a phrase ending with a singular head noun of its own; the heading names
    two units, each described below, and is none itself. Names with 'and' inside stay whole."""
    _, parent, para, _, units, _ = read(JOINED_HEADING)
    dept = "Department of Kite Affairs"
    assert "Office for Kite Rights and Statistics Unit" not in units
    assert parent["Office for Kite Rights"] == dept and para["Office for Kite Rights"] == "2.1"
    assert parent["Statistics Unit"] == "Policy and Planning Division" and para["Statistics Unit"] == "2.2"
    assert units["Office for Kite Rights"].head == units["Statistics Unit"].head == "Chief"
    whole = ["Division for Kite Affairs and the Law of the Air", "Office of Kite Safety and Wind Affairs",
             "Policy and Planning Division", "Division of Headquarters Security and Safety Services"]
    assert all(parent[n] == dept for n in whole)
    assert units["Policy and Planning Division"].head == "Director"
    assert len([u for u in units if u != "Secretary-General"]) == 1 + len(whole) + 2


COUNTED_ITEM = """
1.2 The Department comprises:
(a) The Office of the Under-Secretary-General;
(b) The Kite Affairs Division;
(c) Three regional sections;
(d) The Executive Office.

1.3 The Assistant Secretary-General for Kites assists the Under-Secretary-General.

Section 2
Regional sections

2.1 The regional sections are the North Section, the South Section and the East and Islands Section. Each regional section is headed by a Chief, who reports to the Under-Secretary-General through the Assistant Secretary-General who oversees its work.

2.2 The core functions of the regional sections are as follows:
(a) Flying kites;
(b) Mending strings.
"""


def test_a_counted_group_item_named_later_by_a_copula_sentence() -> None:
    """'(c) Three regional sections;' in the Department's list, then 'The regional sections are the
    A, the B and the C.': the members are units of the list's owner (the line stated where they are
    named), each headed by a Chief, each with the shared functions; the group is no unit, and the
    post the line passes 'through' heads no unit: no second parent from it."""
    _, parent, para, second, units, items = read(COUNTED_ITEM)
    members = ["North Section", "South Section", "East and Islands Section"]
    assert not {"regional sections", "Three regional sections"} & set(units)
    for name in members:
        assert parent[name] == "Department of Kite Affairs" and para[name] == "2.1", name
        assert units[name].head == "Chief" and units[name].paragraph == "2.1"
        assert items[name] == ["2.2/a", "2.2/b"]
    assert second == set()
    assert len([u for u in units if u != "Secretary-General"]) == 4 + len(members)


FR_HEADER = """Circulaire du Secrétaire général

Organisation du Département des cerfs-volants

Section 1
Organisation

1.1 Le Département des cerfs-volants est dirigé par un Secrétaire général adjoint, qui relève du Secrétaire général.
"""

COUNTED_ITEM_FR = """
1.2 Le Département comprend :
a) Le Bureau du Secrétaire général adjoint ;
b) La Division des cerfs-volants ;
c) Trois sections régionales ;
d) Le Bureau de la gestion.

Section 2
Sections régionales

2.1 Les sections régionales sont la Section du Nord, la Section du Sud et la Section de l’Est et des îles. Chaque section régionale est dirigée par un chef, qui relève du Secrétaire général adjoint.

2.2 Les principales attributions des sections régionales sont les suivantes :
a) Faire voler les cerfs-volants ;
b) Réparer les ficelles.
"""


def test_a_counted_group_item_named_later_in_french() -> None:
    """'c) Trois sections régionales ;' then 'Les sections régionales sont la A, la B et la C.'."""
    _, parent, para, _, units, items = read(COUNTED_ITEM_FR, FR_HEADER)
    members = ["Section du Nord", "Section du Sud", "Section de l’Est et des îles"]
    assert not {"sections régionales", "Trois sections régionales"} & set(units)
    for name in members:
        assert parent[name] == "Département des cerfs-volants" and para[name] == "2.1", name
        assert units[name].head == "Chef"
        assert items[name] == ["2.2/a", "2.2/b"]
    assert len([u for u in units if u != "Secrétaire général"]) == 4 + len(members)


COUNTED_IN_PROSE = """
1.2 The Department comprises the Office of the Under-Secretary-General, the Kite Affairs Division and three regional sections.

Section 2
Regional sections

2.1 The three regional sections are: the North Section, the South Section and the East and Islands Section.

2.2 The regional sections are each headed by a Chief, who reports to the Under-Secretary-General.
"""


def test_a_counted_group_in_prose_named_later_with_its_number() -> None:
    """'… and three regional sections.' then 'The three regional sections are: the A, …'."""
    _, parent, para, _, units, _ = read(COUNTED_IN_PROSE)
    members = ["North Section", "South Section", "East and Islands Section"]
    assert not {"regional sections", "three regional sections"} & set(units)
    for name in members:
        assert parent[name] == "Department of Kite Affairs" and para[name] == "2.1", name
        assert units[name].head == "Chief"
    assert len([u for u in units if u != "Secretary-General"]) == 3 + len(members)


MORE_FORMS = """
1.2 The Department comprises:
(a) The Office of the Under-Secretary-General;
(b) Three regional sections;
(c) The Executive Office.

Section 2
Regional sections

2.1 The regional sections are:
(a) The North Section;
(b) The South Section;
(c) The East and Islands Section.

2.2 Each regional section is headed by a Chief, who reports to the Under-Secretary-General.

Section 3
Office for Kite Rights, Statistics Unit and Archive Unit

3.1 The Office for Kite Rights is headed by a Chief, who reports to the Under-Secretary-General.

3.2 The Statistics Unit and the Archive Unit are headed by Chiefs, who report to the Chief of the Office for Kite Rights.

3.3 The Tail Unit reports to the Chief of the Office for Kite Rights and, with respect to archives, to the Chief of the Archive Unit.
"""


def test_a_group_listed_by_items_a_heading_of_three_names_and_with_respect_to() -> None:
    """'The regional sections are: (a) The North Section; …' lists the group's members; a heading
    'A, B and C' names three units and is none; 'and, with respect to X, to the Chief of C'."""
    _, parent, para, second, units, _ = read(MORE_FORMS)
    dept, office = "Department of Kite Affairs", "Office for Kite Rights"
    for name in ["North Section", "South Section", "East and Islands Section"]:
        assert parent[name] == dept and para[name] == "2.1" and units[name].head == "Chief", name
    assert not {"regional sections", "Office for Kite Rights, Statistics Unit and Archive Unit"} & set(units)
    assert parent[office] == dept
    assert parent["Statistics Unit"] == parent["Archive Unit"] == parent["Tail Unit"] == office
    assert second == {("Tail Unit", "Archive Unit", "3.3")}
    assert len([u for u in units if u != "Secretary-General"]) == 3 + 3 + 4


SECOND_FR = """
1.2 Le Département comprend la Division des cerfs-volants et la Division des ficelles, dirigées chacune par un directeur.

1.3 Le Groupe de la médiation relève du Directeur de la Division des cerfs-volants et, pour les questions de déploiement, directement du Secrétaire général adjoint.
"""


def test_a_second_superior_with_an_adverb_in_french() -> None:
    """'et, pour les questions de X, directement du Secrétaire général adjoint': a second parent,
    the Department, above the first superior."""
    _, parent, _, second, _, _ = read(SECOND_FR, FR_HEADER)
    assert parent["Groupe de la médiation"] == "Division des cerfs-volants"
    assert second == {("Groupe de la médiation", "Département des cerfs-volants", "1.3")}
