"""Name grammars: head-first (French) and title case (English) names and post titles."""

from __future__ import annotations

import pytest

from unorg_desktop.ingest.lang import pack_for
from unorg_desktop.ingest.names import grammar

FR, EN = grammar(pack_for("fr")), grammar(pack_for("en"))


def names(g, text: str, **kw) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in g.find_names(text, **kw)]


@pytest.mark.parametrize("text,expected", [
    # head last, with modifiers, coordinated modifiers and a comma series
    ("the Logistics Support Division and the Information and Communications Technology Division",
     [("Logistics Support Division", "Division"), ("Information and Communications Technology Division", "Division")]),
    ("the Policy, Evaluation and Training Division reports", [("Policy, Evaluation and Training Division", "Division")]),
    ("the Quality Assurance Section and the Recruitment, Outreach and Career Development Section",
     [("Quality Assurance Section", "Section"), ("Recruitment, Outreach and Career Development Section", "Section")]),
    # a head noun followed by a capitalised word is a modifier
    ("the Mission Support Division", [("Mission Support Division", "Division")]),
    # head first, with complements; 'of' inside modifiers
    ("the Office of the Under-Secretary-General for Field Support comprises",
     [("Office of the Under-Secretary-General for Field Support", "Office")]),
    ("the Audit Response and Boards of Inquiry Team", [("Audit Response and Boards of Inquiry Team", "Team")]),
    ("the Division for Ocean Affairs and the Law of the Sea", [("Division for Ocean Affairs and the Law of the Sea", "Division")]),
    # both: modifiers and complement
    ("The United Nations Office for Partnerships", [("United Nations Office for Partnerships", "Office")]),
    # 'of the' + a unit: what the unit belongs to, a second name
    ("the Public Affairs Section of the Department of Peacekeeping Operations",
     [("Public Affairs Section", "Section"), ("Department of Peacekeeping Operations", "Department")]),
    # a post in front of a unit's name is not part of it
    ("The Chief of the Supply Section reports to the Director of the Logistics Support Division.",
     [("Supply Section", "Section"), ("Logistics Support Division", "Division")]),
    # lists without articles
    ("Logistics Operations Section, Strategic Deployment Stocks Unit and Aviation Safety Section",
     [("Logistics Operations Section", "Section"), ("Strategic Deployment Stocks Unit", "Unit"),
      ("Aviation Safety Section", "Section")]),
    # determiners are not part of a name; plural heads
    ("Each Section is headed by a Chief. The four Integrated Regional Human Resources Sections",
     [("Section", "Section"), ("Integrated Regional Human Resources Sections", "Section")]),
])
def test_english_names(text, expected) -> None:
    assert names(EN, text) == expected


def test_english_lower_case_reference_is_read_where_asked() -> None:
    text = "comprises a front office and the Senior Leadership Appointments Section"
    assert EN.find_names(text)[0].name == "Senior Leadership Appointments Section"
    m = EN.name_at(text, text.index("front"))
    assert (m.name, m.kind, m.head) == ("front office", "Office", "office")
    assert EN.name_at(text, text.index("a front")) is None  # an article is not a name


@pytest.mark.parametrize("text,title,base,complement", [
    ("Under-Secretary-General for Field Support and the Under-Secretary-General for Peacekeeping Operations",
     "Under-Secretary-General for Field Support", "under-secretary-general", "for Field Support"),
    ("Chief of Section, who reports", "Chief of Section", "chief of section", ""),
    ("Director of the Logistics Support Division reports", "Director of the Logistics Support Division", "director",
     "of the Logistics Support Division"),
    ("Deputy Director (Chief of Service)", "Deputy Director", "deputy director", ""),
])
def test_english_titles(text, title, base, complement) -> None:
    m = EN.read_title(text, 0)
    assert (m.title, m.base, m.complement) == (title, base, complement)


def test_english_root_post_and_plural_titles() -> None:
    assert EN.is_root_title("secretary-general", "")
    assert not EN.is_root_title("under-secretary-general", "for Field Support")
    assert EN.singular_title("under-secretaries-general") == "under-secretary-general"


@pytest.mark.parametrize("text,expected", [
    ("la Division des politiques, de l’évaluation et de la formation relève",
     [("Division des politiques, de l’évaluation et de la formation", "Division")]),
    ("la Section des opérations du Département de l’appui", [("Section des opérations", "Section"),
                                                            ("Département de l’appui", "Département")]),
    ("le Service Alpha et le Service Bêta", [("Service Alpha", "Service"), ("Service Bêta", "Service")]),
    ("Le Bureau relève du Secrétaire général.", [("Bureau", "Bureau")]),
])
def test_french_names(text, expected) -> None:
    assert names(FR, text) == expected


def test_french_parallel_series_in_a_report_entity() -> None:
    text = ("le Bureau du Haut-Représentant pour les pays les moins avancés, les pays en développement sans "
            "littoral et les petits États insulaires en développement a")
    assert [m.name for m in FR.find_names(text, entities=True)] == [text[3:-2]]


def test_french_titles_masculine_singular() -> None:
    m = FR.read_title("Secrétaire générale adjointe à l’appui opérationnel, qui", 0)
    assert (m.base, m.complement) == ("secrétaire générale adjointe", "à l’appui opérationnel")
    assert FR.singular_title(m.base) == "secrétaire général adjoint"
    assert FR.singular_title("secrétaires généraux adjoints") == "secrétaire général adjoint"
    assert FR.is_root_title("secrétaire générale", "") and not FR.is_root_title("secrétaire général adjoint", "")


def test_keywords_leave_out_small_words() -> None:
    assert FR.keywords("à l’appui aux missions") == {"appui", "mission"}
    assert EN.keywords("for Field Support") == {"field", "support"}
