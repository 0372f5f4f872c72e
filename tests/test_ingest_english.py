"""An English bulletin the extractor was not built on: head-final and head-first names, lists
of units, heads, reporting to posts, and the issue's example (one unit out of five before)."""

from __future__ import annotations

from unorg_desktop.ingest import extract_texts, read_text
from unorg_desktop.ingest.records import UN_ROOT

SPACE = """Secretary-General's bulletin

Organization of the Office for Outer Space Affairs

The Secretary-General, pursuant to Secretary-General's bulletin ST/SGB/1997/5, promulgates the following:

Section 1
General provisions

1.1 The present bulletin shall apply in conjunction with Secretary-General's bulletin ST/SGB/1997/5.

Section 2
Functions and organization

2.1 The Office for Outer Space Affairs is headed by an Executive Director, who is accountable to
the Secretary-General.

2.2 The Office comprises the following organizational units:
(a) The Office of the Executive Director;
(b) The Space Applications Section;
(c) The Committee Services and Research Section;
(d) The Policy and Legal Affairs Unit.

2.3 The core functions of the Office are as follows:
(a) To promote international cooperation in the peaceful uses of outer space;
(b) To serve as secretariat of the Committee.

Section 3
Space Applications Section

3.1 The Space Applications Section is headed by a Chief, who reports to the Executive Director.

3.2 The core functions of the Section are as follows:
(a) Organizing training courses;
(b) Providing technical advisory services;
(c) Managing the Programme on Space Applications.

Section 4
Policy and Legal Affairs Unit

4.1 The Unit is headed by a Chief and comprises the Treaty Registration Team and the Outreach
Team. The Chief of the Unit reports to the Executive Director.

4.2 General Assembly resolution 62/217 applies.
"""


def test_english_bulletin_units_parents_heads_functions_and_citations() -> None:
    src = read_text(SPACE, "900_space.txt", "900")
    ex = extract_texts([src])
    assert (src.document.language, src.document.family) == ("en", "bulletin")
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    office = "Office for Outer Space Affairs"
    assert parent == {
        office: "Secretary-General",
        "Office of the Executive Director": office, "Space Applications Section": office,
        "Committee Services and Research Section": office, "Policy and Legal Affairs Unit": office,
        "Treaty Registration Team": "Policy and Legal Affairs Unit", "Outreach Team": "Policy and Legal Affairs Unit",
    }
    heads = {u.name: u.head for u in ex.units}
    assert heads[office] == "Executive Director" and heads["Space Applications Section"] == "Chief"
    assert heads["Policy and Legal Affairs Unit"] == "Chief"
    items = {(by_id[a.unit].name, a.paragraph, a.item) for a in ex.attributions}
    assert {(office, "2.3", "a"), (office, "2.3", "b")} <= items
    assert {("Space Applications Section", "3.2", x) for x in "abc"} <= items
    assert UN_ROOT in by_id and by_id[UN_ROOT].name == "Secretary-General"
    assert ("A/RES/62/217", "900", "4.2") in {(c.symbol, c.document, c.paragraph) for c in ex.citations}
    assert [f.line() for f in ex.found] == ["900_space.txt: bulletin (en): 7 units, 7 reporting lines, 5 attributions"]
    assert not [w for w in ex.warnings if "organisation text" in w]


OPERATIONS = """Secretary-General's bulletin

Organization of the Department of Test Operations

Section 1
General provisions

1.1 The present bulletin shall apply in conjunction with Secretary-General's bulletin ST/SGB/1997/5.

Section 2
Functions and organization

2.1 The Department of Test Operations is headed by the Under-Secretary-General for Test Operations, who is accountable to the Secretary-General.

2.2 The Department comprises the following organizational units:
(a) The Office of the Under-Secretary-General;
(b) The Office of Operations, headed by an Assistant Secretary-General;
(c) The Office of Military Affairs, headed by the Military Adviser;
(d) The Policy, Evaluation and Training Division, headed by a Director.

Section 3
Office of Operations

3.1 The Office of Operations comprises the Office of the Assistant Secretary-General and the following regional divisions: the Africa I Division, the Africa II Division, the Asia and Middle East Division and the Europe and Latin America Division. Each regional division is headed by a Director who reports to the Assistant Secretary-General.

Section 4
Office of Military Affairs

4.1 The Military Adviser reports to the Under-Secretary-General. The Office of Military Affairs comprises the Office of the Military Adviser, the Current Military Operations Service, the Military Planning Service and the Force Generation Service.

4.2 The Force Generation Service is headed by a Chief, who reports to both the Military Adviser and the Director of the Policy, Evaluation and Training Division.

Section 5
Policy, Evaluation and Training Division

5.1 The Division comprises the Office of the Director, the Policy and Best Practices Service and the Integrated Training Service.

5.2 The core functions of the Division are as follows:
(a) Developing policy;
(b) Training staff.
"""


def test_listed_heads_lists_after_the_following_and_two_superiors() -> None:
    """'(b) The Office of Operations, headed by an Assistant Secretary-General;', 'comprises the
    Office of X and the following regional divisions: the A, the B …', 'Each regional division
    is headed by a Director', 'reports to both the Military Adviser and the Director of …'."""
    ex = extract_texts([read_text(OPERATIONS, "901_ops.txt", "901")])
    by_id = {u.id: u for u in ex.units}
    parent = {by_id[l.child].name: by_id[l.parent].name for l in ex.lines if l.primary}
    heads = {u.name: u.head for u in ex.units}
    assert heads["Office of Operations"] == "Assistant Secretary-General"
    assert heads["Office of Military Affairs"] == "Military Adviser"
    regional = ["Africa I Division", "Africa II Division", "Asia and Middle East Division",
                "Europe and Latin America Division"]
    assert [parent[d] for d in regional] == ["Office of Operations"] * 4
    assert [heads[d] for d in regional] == ["Director"] * 4
    assert parent["Office of the Assistant Secretary-General"] == "Office of Operations"
    assert parent["Force Generation Service"] == "Office of Military Affairs"
    secondary = {(by_id[l.child].name, by_id[l.parent].name) for l in ex.lines if not l.primary}
    assert secondary == {("Force Generation Service", "Policy, Evaluation and Training Division")}
    assert len([u for u in ex.units if u.document == "901"]) == 17
