"""English bulletin phrasings of real ST/SGB bulletins that the first development fixtures did
not have, each in a short text written for the test (fictional offices)."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text


def read(text: str, doc: str = "700"):
    src = read_text(text, f"{doc}_test.txt", doc)
    ex = extract_texts([src])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    second = {(by_id[l.child].name, by_id[l.parent].name) for l in ex.lines if not l.primary}
    items: dict[str, list[str]] = {}
    for a in ex.attributions:
        items.setdefault(by_id[a.unit].name, []).append(f"{a.paragraph}/{a.item}")
    return ex, parent, second, {u.name: u for u in ex.units}, items


WEATHER = """Secretary-General's bulletin

Organization of the Office for Weather Affairs

Section 1
General provisions

1.1 The Office for Weather Affairs (OWA) was established by the General Assembly.

Section 2
Organization

2.1 OWA is headed by the Under-Secretary-General for Weather Affairs and Forecast Coordinator (hereinafter referred to as “the Forecast Coordinator”), who is accountable to the Secretary-General.

2.2 OWA comprises the following organizational units:
(a) Office of the Under-Secretary-General;
(b) Office of the Deputy Forecast Coordinator;
(c) Storm Response Division (SRD);
(d) Executive Office.

2.3 The Office of the Deputy Forecast Coordinator is headed by the Deputy Forecast Coordinator, who is accountable to the Forecast Coordinator.

2.4 The Executive Office is headed by an Executive Officer, who reports to the Deputy Forecast Coordinator.

Section 3
Storm Response Division

3.1 SRD is headed by a Director, who is accountable to the Forecast Coordinator.

3.2 The core functions of SRD are as follows:
(a) Tracking storms;
(b) Issuing warnings.

3.3 SRD comprises the Africa Section, the Asia and the Pacific Section and the Europe, Middle East and the Americas Section, each of which is headed by a Chief, who is accountable to the Director.

3.4 The Division comprises the following branches, each headed by a Chief, who reports to the Chief of SRD:
(a) The Rain Branch;
(b) The Wind Branch.

Section 4
Abolition

4.1 The Department of Old Weather is hereby abolished. Its Fog Branch and Hail Branch are abolished and their functions transferred to SRD.
"""


def test_acronyms_defined_once_are_subjects_and_superiors() -> None:
    """'(OWA)' in a section not read for structure, then 'OWA is headed by', 'SRD comprises',
    'the core functions of SRD', 'reports to the Chief of SRD'."""
    ex, parent, _, units, items = read(WEATHER)
    owa = "Office for Weather Affairs"
    assert "OWA" in units[owa].aliases and "SRD" in units["Storm Response Division"].aliases
    assert parent["Storm Response Division"] == owa
    assert items["Storm Response Division"] == ["3.2/a", "3.2/b"]
    assert parent["Rain Branch"] == parent["Wind Branch"] == "Storm Response Division"


def test_head_final_titles_and_other_names_of_a_head() -> None:
    """'headed by an Executive Officer', '(hereinafter referred to as “the Chief Forecast
    Coordinator”)': a post named later by its other title finds its unit; 'the Deputy Forecast
    Coordinator' heads the Office named after it, not the Office the Coordinator heads."""
    _, parent, _, units, _ = read(WEATHER)
    owa = "Office for Weather Affairs"
    assert units[owa].head == "Under-Secretary-General for Weather Affairs and Forecast Coordinator"
    assert units["Executive Office"].head == "Executive Officer"
    assert units["Office of the Deputy Forecast Coordinator"].head == "Deputy Forecast Coordinator"
    assert parent["Office of the Deputy Forecast Coordinator"] == owa
    # listed in OWA, its head reports to the head of a sibling: under that sibling
    assert parent["Executive Office"] == "Office of the Deputy Forecast Coordinator"


def test_each_of_several_units_and_names_holding_and_the() -> None:
    _, parent, _, units, _ = read(WEATHER)
    sections = ["Africa Section", "Asia and the Pacific Section", "Europe, Middle East and the Americas Section"]
    assert [parent[s] for s in sections] == ["Storm Response Division"] * 3
    assert [units[s].head for s in sections] == ["Chief"] * 3
    assert units["Rain Branch"].head == units["Wind Branch"].head == "Chief"
    assert not [n for n in units if n.startswith("following")]


def test_abolished_units_are_not_units() -> None:
    _, _, _, units, _ = read(WEATHER)
    assert not {"Fog Branch", "Hail Branch", "Department of Old Weather"} & set(units)


COUNSEL = """Secretary-General's bulletin

Organization of the Office of Sea Law

Section 1
Organization

1.1 The Office of Sea Law comprises the Office of the Counsel, the Reef Division and the Depositary Section.

1.2 The Office is headed by the Under-Secretary-General for Sea Law, the Legal Counsel, who is accountable to the Secretary-General.

1.3 The Office of the Counsel is headed by a Director, who is accountable to the Legal Counsel.

1.4 The Reef Division is headed by a Director, who is accountable to the Legal Counsel.

1.5 The Depositary Section comprises the Charts Unit and the Registration and Publication Unit, each of which is headed by a Chief, who is accountable to the Chief of the Section.
"""


def test_a_title_in_apposition_is_the_same_post() -> None:
    """', the Legal Counsel,' after the head's title: 'accountable to the Legal Counsel' is to the
    Office of Sea Law, not to an office named after a counsel."""
    _, parent, _, units, _ = read(COUNSEL)
    assert parent["Reef Division"] == "Office of Sea Law"
    assert parent["Office of the Counsel"] == "Office of Sea Law"
    assert units["Charts Unit"].head == units["Registration and Publication Unit"].head == "Chief"
    assert parent["Charts Unit"] == parent["Registration and Publication Unit"] == "Depositary Section"
