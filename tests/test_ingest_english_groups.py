"""English groups announced before their members, coordination of names and secondary reporting
lines, each in a short text written for the test (fictional offices)."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text

HEADER = """Secretary-General's bulletin

Organization of the Department of Kite Affairs

Section 1
Organization

1.1 The Department of Kite Affairs is headed by an Under-Secretary-General, who reports to the Secretary-General.
"""


def read(body: str):
    ex = extract_texts([read_text(HEADER + body, "701_test.txt", "701")])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    second = {(by_id[l.child].name, by_id[l.parent].name, l.paragraph) for l in ex.lines if not l.primary}
    items: dict[str, list[str]] = {}
    for a in ex.attributions:
        items.setdefault(by_id[a.unit].name, []).append(f"{a.paragraph}/{a.item}")
    return ex, parent, second, {u.name: u for u in ex.units}, items


GROUPS = """
1.2 The Department comprises the Regional Kite Division and the Field Kite Division, each headed by a Director.

1.3 The Regional Kite Division comprises the following six regional divisions: the Africa I Division, the Africa II Division, the Americas Division, the Asia Division, the Team B Unit and the Europe Division.

1.4 The Field Kite Division comprises four regional sections, namely the North I Section, the North II Section, the Team C Section and the South Section, each headed by a Chief, who reports to the Director.

1.5 The core functions of the regional sections are as follows:
(a) Flying kites;
(b) Mending strings.

1.6 The Americas Division comprises two field units: the Andes Unit and the Plains Unit.
"""


def test_a_counted_group_before_its_members_is_no_unit_its_members_are() -> None:
    """'the following six regional divisions: the A, …', 'four regional sections, namely the A, …',
    'two field units: the A and the B': each member is a unit of the announcing unit; the collective
    phrase is none, and what is said of it is said of each member."""
    _, parent, _, units, items = read(GROUPS)
    six = ["Africa I Division", "Africa II Division", "Americas Division", "Asia Division", "Team B Unit",
           "Europe Division"]
    four = ["North I Section", "North II Section", "Team C Section", "South Section"]
    assert all(parent[n] == "Regional Kite Division" for n in six)
    assert all(parent[n] == "Field Kite Division" for n in four)
    assert parent["Andes Unit"] == parent["Plains Unit"] == "Americas Division"
    assert not {"regional divisions", "regional sections", "field units"} & set(units)
    assert all(units[n].head == "Chief" for n in four)
    assert all(items[n] == ["1.5/a", "1.5/b"] for n in four)
    assert len([u for u in units if u != "Secretary-General"]) == 3 + len(six) + len(four) + 2


COORDINATED = """
1.2 The Department comprises the following organizational units:
(a) The Division for Kite Rights and Youth and the Policy Section;
(b) The Office for Wind and Weather and the Tail Design Unit.

1.3 The Division for Kite Rights and Youth is headed by a Director, who reports to the Under-Secretary-General.

1.4 The Office for Wind and Weather and the Tail Design Unit are headed by Chiefs, who report to the Director of the Division for Kite Rights and Youth.

1.5 The Department also comprises the Division of Flight Standards and Training and the Team B Unit.
"""


def test_and_the_before_a_name_starts_the_next_unit() -> None:
    """'the Division for Kite Rights and Youth and the Policy Section': a head-first name ends at
    'and the' before a name with a head of its own; 'The A and the B are headed by Chiefs, who
    report to …': both are the subjects, each headed by a Chief."""
    _, parent, _, units, _ = read(COORDINATED)
    division = "Division for Kite Rights and Youth"
    assert parent[division] == parent["Policy Section"] == "Department of Kite Affairs"
    assert parent["Office for Wind and Weather"] == parent["Tail Design Unit"] == division
    assert units["Office for Wind and Weather"].head == units["Tail Design Unit"].head == "Chief"
    assert parent["Division of Flight Standards and Training"] == parent["Team B Unit"] == "Department of Kite Affairs"


SECONDARY = """
1.2 The Department comprises the Flight Division, the String Division and the Safety Division, each headed by a Director.

1.3 The Policy Unit reports to the Director of the Flight Division and, on matters of safety, to the Director of the Safety Division.

1.4 The Tail Unit reports to the Director of the Flight Division. It also reports to the Director of the String Division.

1.5 The Colour Unit has a dual reporting line to the Director of the Flight Division and the Director of the Safety Division.

1.6 The Wind Unit reports jointly to the Director of the String Division and the Director of the Safety Division.

1.7 The Rain Unit works under the joint authority of the Director of the Flight Division and the Director of the String Division.

1.8 The Knot Unit is part of the String Division and is also accountable to the Director of the Safety Division.

1.9 The Paper Unit, which is part of the Flight Division, also reports to the Director of the Safety Division.
"""


def test_second_superiors_with_their_paragraph() -> None:
    """'and, on matters of B, to the Head of C', 'also reports to', 'has a dual reporting line to A
    and B', 'reports jointly to', 'works under the joint authority of', 'is part of A and is also
    accountable to B': the first superior is the primary parent, the other a second one."""
    _, parent, second, _, _ = read(SECONDARY)
    flight, string, safety = "Flight Division", "String Division", "Safety Division"
    expected = {"Policy Unit": (flight, safety, "1.3"), "Tail Unit": (flight, string, "1.4"),
                "Colour Unit": (flight, safety, "1.5"), "Wind Unit": (string, safety, "1.6"),
                "Rain Unit": (flight, string, "1.7"), "Knot Unit": (string, safety, "1.8"),
                "Paper Unit": (flight, safety, "1.9")}
    for unit, (first, other, paragraph) in expected.items():
        assert parent[unit] == first, unit
        assert (unit, other, paragraph) in second, unit
    assert len(second) == len(expected)


def test_a_post_that_heads_the_unit_named_after_its_verb() -> None:
    """'The Chief of Staff heads the Front Office.': the post is the head of that unit."""
    _, parent, _, units, _ = read("""
1.2 The Department comprises the Front Office and the Flight Division.

1.3 The Chief of Staff heads the Front Office.
""")
    assert parent["Front Office"] == "Department of Kite Affairs"
    assert units["Front Office"].head == "Chief of Staff"


def test_a_plural_subject_naming_a_group_is_about_each_member() -> None:
    """'… consists of four regional sections: the A, … . The regional sections are headed by
    Chiefs, who report to …': each member is headed by a Chief."""
    _, parent, _, units, _ = read("""
1.2 The Department comprises the Regional Kite Division, headed by a Director.

1.3 The Regional Kite Division consists of three regional sections: the Africa I Section, the Asia Section and the Europe Section. The regional sections are headed by Chiefs, who report to the Director of the Regional Kite Division.
""")
    members = ["Africa I Section", "Asia Section", "Europe Section"]
    assert all(parent[n] == "Regional Kite Division" for n in members)
    assert all(units[n].head == "Chief" for n in members)


def test_a_components_own_components_after_including_or_comprising() -> None:
    """'(a) The Office of the Under-Secretary-General, including the Executive Office;', '(b) The
    Regional Branch, comprising two sections: the North Section and the South Section.'"""
    _, parent, _, _, _ = read("""
1.2 The Department comprises the following organizational units:
(a) The Office of the Under-Secretary-General, including the Executive Office;
(b) The Flight Safety Division;
(c) The Regional Branch, comprising two sections: the North Section and the South Section.
""")
    assert parent["Executive Office"] == "Office of the Under-Secretary-General"
    assert parent["North Section"] == parent["South Section"] == "Regional Branch"
    assert parent["Regional Branch"] == parent["Flight Safety Division"] == "Department of Kite Affairs"
