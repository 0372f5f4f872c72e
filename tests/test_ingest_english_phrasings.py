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


SUBPARAGRAPHS = """Secretary-General's bulletin

Organization of the Department for Tide Management

Section 1
Organization

1.1 The Department for Tide Management is headed by an Under-Secretary-General, who is accountable to the Secretary-General.

1.2 The Department comprises the following organizational units:

1.2.1 The Office of the Under-Secretary-General, which includes the Executive Office and the Tide Planning Service;

1.2.2 The Harbours Division;

1.2.3 The Coasts Division.

1.3 Tide Planning Service

1.3.1 The Tide Planning Service is headed by a Chief, who is accountable to the Under-Secretary-General.

1.3.2 The core functions of the Tide Planning Service are as follows:

(a) Planning tides;

(b) Publishing tables.

Section 2
Harbours Division

2.1 The Division comprises the following branches, each headed by a Chief, who is accountable to the Director:

2.1.1 The North Harbour Branch, which services the northern ports;

2.1.2 The South Harbour Branch.

2.2 The Division also comprises:

2.2.1 The Pilots Section, headed by a Chief, who reports to the Director of the Division;

2.2.2 The Berths Section, headed by a Chief.
"""


def test_three_level_numbering_lists_and_numbered_sub_headings() -> None:
    """'1.2 … units:' then '1.2.1 …', '1.2.2 …' (sub-paragraphs as the items of the list, with
    the head the lead-in gave each); '1.3 Tide Planning Service' then '1.3.1 …': a numbered
    sub-heading, not a paragraph; functions in a sub-paragraph's lettered list."""
    ex, parent, _, units, items = read(SUBPARAGRAPHS)
    dept = "Department for Tide Management"
    assert parent["Office of the Under-Secretary-General"] == parent["Harbours Division"] == dept
    assert parent["Executive Office"] == parent["Tide Planning Service"] == "Office of the Under-Secretary-General"
    assert items["Tide Planning Service"] == ["1.3.2/a", "1.3.2/b"]
    assert units["Tide Planning Service"].head == "Chief"
    assert parent["North Harbour Branch"] == parent["South Harbour Branch"] == "Harbours Division"
    assert units["North Harbour Branch"].head == units["South Harbour Branch"].head == "Chief"
    assert parent["Pilots Section"] == parent["Berths Section"] == "Harbours Division"
    numbers = {p.number for p in ex.paragraphs}
    assert {"1.2.1", "1.3.1", "2.2.2"} <= numbers and "1.3" not in numbers


AMENDMENT = """Secretary-General's bulletin

Organization of the Department of Lighthouses:
amendment

Section 1
Amendments

1.1 Section 3 of Secretary-General's bulletin ST/SGB/2013/9 is replaced by the following:

“Section 3
Organization

3.1 The Department comprises the following organizational units:
(a) Office of the Under-Secretary-General;
(b) Division of Lamps and Lenses Services;
(c) Executive Office.”

1.2 Section 4 of Secretary-General's bulletin ST/SGB/2013/9 is replaced by the following:

“Section 4
Office of the Under-Secretary-General

4.1 The Office of the Under-Secretary-General comprises the immediate office of the Under-Secretary-General and the Keepers Unit.”

1.3 Paragraph 5.2 of Secretary-General's bulletin ST/SGB/2013/9, concerning the Division of Lamps and Lenses Services, is replaced by the following:

“5.2 The Division comprises the Lamps Section. The chief of the Lamps Section reports to the Director of the Division.”

Section 2
Final provisions

2.1 The present bulletin shall enter into force on 1 April 2015.
"""


def test_quoted_replacement_sections_keep_their_own_numbers() -> None:
    """A bulletin amending another: the quoted sections have their own headings and numbers, the
    bulletin's own numbering goes on after each closing quote; the title runs over a colon."""
    ex, parent, _, units, _ = read(AMENDMENT)
    dept = "Department of Lighthouses"
    assert dept in units and parent[dept] == "Secretary-General"
    numbers = [p.number for p in ex.paragraphs if p.number[:1].isdigit()]
    assert numbers == ["1.1", "3.1", "1.2", "4.1", "1.3", "5.2", "2.1"]
    assert [w for w in ex.warnings if "out of sequence" in w] == []
    # 'Division of Lamps and Lenses Services': 'and' with no article stays inside the name
    assert parent["Division of Lamps and Lenses Services"] == dept
    assert [n for n in units if n.startswith("Office of the Under")] == ["Office of the Under-Secretary-General"]
    assert parent["immediate office of the Under-Secretary-General"] == "Office of the Under-Secretary-General"
    assert parent["Keepers Unit"] == "Office of the Under-Secretary-General"
    # the unit the introducing sentence names is 'the Division' of the quoted paragraph
    assert parent["Lamps Section"] == "Division of Lamps and Lenses Services"
    assert units["Division of Lamps and Lenses Services"].head == "Director"


TIDES = """Secretary-General's bulletin

Organization of the Office of Tide Affairs

Section 1
General provisions

1.1 The present bulletin shall apply in conjunction with Secretary-General's bulletin ST/SGB/1997/5.

Section 2
Organization

2.1 The Office of Tide Affairs shall be headed by an Executive Director, who reports directly to the Secretary-General. The Executive Director is assisted by a Deputy Executive Director.

2.2 The Office comprises the following:
(a) The Executive Office;
(b) The Harbour Division;
(c) The Coastal Section.

2.3 The following organizational units report directly to the Deputy Executive Director:
(a) The Mapping Unit;
(b) The Survey Unit.

Section 3
Harbour Division

3.1 The Harbour Division is headed by a Director, who is jointly accountable to the Executive Director and the Deputy Executive Director.

3.2 The Division comprises the following: (a) the Piers Section; (b) the Locks Section.

3.3 The Coastal Section, under the overall direction of the Director of the Harbour Division, monitors the coast.
"""


def test_shall_be_headed_the_following_units_report_to_a_deputy_and_inline_items() -> None:
    """'shall be headed by', 'reports directly to'; 'The following organizational units report
    directly to the Deputy Executive Director: (a) …' (a deputy named by 'is assisted by': the
    Office's); 'comprises the following: (a) the A; (b) the B.' on one line; 'jointly accountable
    to'; 'under the overall direction of the Director of the Harbour Division'."""
    ex, parent, second, units, _ = read(TIDES)
    office = "Office of Tide Affairs"
    assert units[office].head == "Executive Director" and parent[office] == "Secretary-General"
    assert parent["Mapping Unit"] == parent["Survey Unit"] == office
    assert parent["Piers Section"] == parent["Locks Section"] == "Harbour Division"
    assert parent["Coastal Section"] == "Harbour Division"
    assert not [n for n in units if n.lower().startswith("following")]
    assert not [w for w in ex.warnings if "post" in w]


LAKES = """Secretary-General's bulletin

Organization of the Department of Lake Management

Section 1
General provisions

1.1 The present bulletin shall apply in conjunction with Secretary-General's bulletin ST/SGB/1997/5.

Section 2
Organization

2.1 The Department is headed by an Under-Secretary-General, who shall report to the Secretary-General.

2.2 The Department consists of the Office of the Under-Secretary-General, the Shores Service, the Fisheries Division and the Water Quality Service.

2.3 The Shores Service consists of three sections:
(a) The Northern Shores Section;
(b) The Southern Shores Section;
(c) The Islands Section.

2.4 Reporting directly to the Under-Secretary-General are the Legal Unit and the Audit Unit.

Section 3
Fisheries Division

3.1 The Fisheries Division shall be headed by a Director, who shall report to the Under-Secretary-General. The Chief of the Licensing Section is accountable to the Director of the Fisheries Division.

3.2 The Division shall:
(a) Manage fisheries;
(b) Issue licences;
(c) Monitor stocks.

3.3 The Water Quality Service, which is located in Geneva, is headed by a Chief who reports to both the Director of the Fisheries Division and the Under-Secretary-General.
"""


def test_consists_of_a_number_reporting_fronted_and_shall_statements() -> None:
    """'consists of three sections: (a) …'; 'Reporting directly to the Under-Secretary-General are
    the A and the B.'; 'The Division shall: (a) …' (its functions); 'The Chief of the X Section is
    accountable to the Director of the Y Division' (X under Y, headed by a Chief)."""
    _, parent, _, units, items = read(LAKES)
    dept = "Department of Lake Management"
    assert [parent[s] for s in ("Northern Shores Section", "Southern Shores Section", "Islands Section")] == ["Shores Service"] * 3
    assert parent["Legal Unit"] == parent["Audit Unit"] == dept
    assert items["Fisheries Division"] == ["3.2/a", "3.2/b", "3.2/c"]
    assert parent["Licensing Section"] == "Fisheries Division" and units["Licensing Section"].head == "Chief"
    assert not [n for n in units if n.lower().startswith(("sections", "three"))]

