"""ingest/normalise.py: physical lines -> normalised lines that remember where they came from."""

from __future__ import annotations

import pytest

from unorg_desktop.ingest.normalise import is_block_start, normalise


def texts(source) -> list[str]:
    return [line.text for line in normalise(source).lines if line.text]


# -- characters and spaces -----------------------------------------------------------------------
def test_indentation_tabs_and_unicode_spaces_are_single_spaces() -> None:
    out = normalise("   1.1\tLe\u00a0Bureau\u202fdes\u2003Nations  Unies  \n\t\ta)\u3000Donne")
    assert [ln.text for ln in out.lines] == ["1.1 Le Bureau des Nations Unies", "a) Donne"]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\n"])
def test_every_line_end_gives_the_same_lines_and_numbers(newline) -> None:
    out = normalise(newline.join(["Section 1", "Disposition générale", "", "1.1 Texte."]))
    assert [(ln.number, ln.text) for ln in out.lines] == [
        (1, "Section 1"), (2, "Disposition générale"), (3, ""), (4, "1.1 Texte.")]


def test_apostrophes_ligatures_and_invisible_characters() -> None:
    out = texts("l'Office de l\u2018ONU, l ’Union, \ufb01nances, \ufb02ux, co\u200bordination\ufeff")
    assert out == ["l’Office de l’ONU, l’Union, finances, flux, coordination"]


def test_straight_double_quotes_take_the_documents_own_pair() -> None:
    french = texts('intitulée " Organisation du Secrétariat ", modifiée par « la circulaire »')
    assert french == ["intitulée « Organisation du Secrétariat », modifiée par « la circulaire »"]
    english = texts('entitled "Organization of the Secretariat", as amended by “the bulletin”')
    assert english == ["entitled “Organization of the Secretariat”, as amended by “the bulletin”"]


def test_double_spaced_extraction_loses_its_blank_lines_but_keeps_its_numbers() -> None:
    lines = [f"ligne {i} du texte" for i in range(1, 13)]
    out = normalise("\n\n".join(lines) + "\n")
    assert [ln.text for ln in out.lines] == lines
    assert [ln.number for ln in out.lines] == list(range(1, 24, 2))


def test_urls_alone_on_a_line_are_dropped() -> None:
    assert texts("texte\nhttps://undocs.org/fr/A/RES/77/262\nsuite") == ["texte", "suite"]


# -- page furniture --------------------------------------------------------------------------------
WORDS = "le bureau des nations unies fournit un appui aux missions politiques et au fonds pour la démocratie".split()


def _pages_of_text(furniture: list[list[str]]) -> str:
    body = iter(" ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(8)) for i in range(1000))
    out: list[str] = []
    for page in furniture:
        out += [next(body) for _ in range(6)] + page
    return "\n".join(out + [next(body)])


def test_furniture_that_repeats_across_pages_is_dropped() -> None:
    text = _pages_of_text([["", "10-22517 (F)", "*1022517*", "", "ST/SGB/2010/1"],
                           ["", "2", "10-22517", "", "ST/SGB/2010/1"],
                           ["", "10-225173", "3", "", "ST/SGB/2010/1"]])
    assert texts(text) == [" ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(8)) for i in range(19)]


def test_a_furniture_like_line_that_occurs_once_is_text() -> None:
    text = _pages_of_text([["A/66/320"], ["12"]])
    assert "A/66/320" in texts(text) and "12" in texts(text)


def test_a_symbol_ending_a_sentence_is_text_even_when_repeated() -> None:
    text = "modifiée par la circulaire\nST/SGB/2002/11.\n2.4 Le Département\ncomme le prévoit la circulaire\nST/SGB/2002/11.\n"
    assert texts(text).count("ST/SGB/2002/11.") == 2


def test_running_header_repeated_at_page_tops_is_dropped_once_per_page() -> None:
    pages = ["Rapport annuel\nRapport annuel\nLe texte commence ici.\nIl continue.\n1",
             "Rapport annuel\nSuite du texte.\nEncore du texte.\n2",
             "Rapport annuel\nFin du texte.\nDernière ligne.\n3"]
    out = normalise(pages)
    assert [ln.text for ln in out.lines if ln.text] == [
        "Rapport annuel", "Le texte commence ici.", "Il continue.", "Suite du texte.", "Encore du texte.",
        "Fin du texte.", "Dernière ligne."]
    assert normalise("\f".join(pages)).text == out.text  # form feeds mark pages in a text file


def test_a_heading_as_running_header_is_dropped_but_numbered_headings_are_not() -> None:
    pages = [f"Résumé\nSection {n}\nTexte de la page {n}.\nSuite de la page.\nFin de la page." for n in range(1, 5)]
    assert texts(pages) == [line for n in range(1, 5) for line in (
        f"Section {n}", f"Texte de la page {n}.", "Suite de la page.", "Fin de la page.")]


def test_a_line_repeated_in_the_body_is_not_a_running_header() -> None:
    pages = ["Un titre\nFonds des Nations Unies\npour la démocratie.\nSuite.\nencore\nFonds des Nations Unies\nfin.",
             "Autre page\ntexte\nFonds des Nations Unies\nsuite du texte.\nencore\nplus\nfin de page."]
    assert texts(pages).count("Fonds des Nations Unies") == 3


# -- footnotes -----------------------------------------------------------------------------------
NOTES = """1.1 Le Bureau encourage la démocratie dans le monde entier1 et le développement2.
__________________
1 Résolution 60/1 de l’Assemblée générale,
par. 22 e).
2 Ibid., par.
136.
{after}
"""


@pytest.mark.parametrize("after, resumes", [
    ("1.2 Le Fonds relève du Bureau.", "1.2 Le Fonds relève du Bureau."),  # the body's numbering
    ("Section 2", "Section 2"),  # a heading
    ("a) Donne des avis;", "a) Donne des avis;"),  # a lettered item
    ("Le Secrétaire général promulgue ce qui suit :", "Le Secrétaire général promulgue ce qui suit :"),
])
def test_a_footnote_block_ends_where_the_body_resumes(after, resumes) -> None:
    out = normalise(NOTES.format(after=after))
    assert [(n.number, n.text) for n in out.footnotes] == [
        ("1", "Résolution 60/1 de l’Assemblée générale, par. 22 e)."), ("2", "Ibid., par. 136.")]
    assert [ln.text for ln in out.lines if ln.text][-1] == resumes


def test_an_interrupted_sentence_resumes_after_the_notes() -> None:
    text = ("2.1 Le Centre fournit des services partagés aux missions, notamment les\n"
            "__________________\n1 L’Assemblée générale a décidé en 2015 d’accorder\nl’indépendance au Centre.\n"
            "2 Voir A/76/730. Le concept révisé prévoit un stock\ncentralisé.\n"
            "indemnités pour frais d’études et les voyages.\n")
    out = normalise(text)
    assert [n.text for n in out.footnotes] == [
        "L’Assemblée générale a décidé en 2015 d’accorder l’indépendance au Centre.",
        "Voir A/76/730. Le concept révisé prévoit un stock centralisé."]
    assert texts(text)[-1] == "indemnités pour frais d’études et les voyages."


def test_notes_without_a_rule_start_at_the_called_number() -> None:
    text = "le monde entier1 et ailleurs.\n1 Résolution 60/1.\nLe Bureau est dirigé par un directeur.\n"
    out = normalise(text)
    assert [n.text for n in out.footnotes] == ["Résolution 60/1."]
    assert texts(text) == ["le monde entier1 et ailleurs.", "Le Bureau est dirigé par un directeur."]


def test_a_number_at_a_line_start_is_not_a_note_unless_called() -> None:
    text = "une somme de\n1 milliard de dollars.\n10 ans plus tard, le Fonds.\n"
    assert normalise(text).footnotes == []
    assert len(texts(text)) == 3


def test_footnote_call_digits_stay_glued_to_their_words() -> None:
    assert texts("dans le monde entier1, de fournir") == ["dans le monde entier1, de fournir"]


def test_a_new_page_ends_a_footnote_block() -> None:
    pages = ["Le texte du corps continue\n__________________\n1 Une note qui finit\n",
             "Sans majuscule la suite du corps.\nEncore.\n"]
    out = normalise(pages)
    assert [n.text for n in out.footnotes] == ["Une note qui finit"]
    assert "Sans majuscule la suite du corps." in [ln.text for ln in out.lines]


# -- words broken across lines ------------------------------------------------------------------
def test_hyphenation_is_undone_when_the_document_writes_the_word_whole() -> None:
    out = normalise("Cette organi-\nsation des services.\nL’organisation du Bureau.\n")
    assert [ln.text for ln in out.lines if ln.text] == ["Cette organisation", "des services.", "L’organisation du Bureau."]


@pytest.mark.parametrize("first, second, joined, rest", [
    ("comme indiqué ci-", "après.", "comme indiqué ci-après.", []),
    ("la sous-", "direction des affaires", "la sous-direction", ["des affaires"]),
    ("relève du Sous-", "Secrétaire général", "relève du Sous-Secrétaire", ["général"]),
    ("Femmes (ONU-", "Femmes), le", "Femmes (ONU-Femmes),", ["le"]),
])
def test_real_hyphens_are_kept_when_a_name_is_rejoined(first, second, joined, rest) -> None:
    assert texts(f"{first}\n{second}\n") == [joined, *rest]


def test_a_soft_hyphen_at_a_line_end_joins_without_a_hyphen() -> None:
    assert texts("la coordi\u00ad\nnation du système\n") == ["la coordination", "du système"]


def test_a_line_that_held_only_the_end_of_a_word_disappears() -> None:
    out = normalise("2.2 Le Département est subdivisé comme indiqué ci-\naprès.\n2.3 Suite.")
    assert [(ln.number, ln.text) for ln in out.lines] == [
        (1, "2.2 Le Département est subdivisé comme indiqué ci-après."), (3, "2.3 Suite.")]


def test_an_item_or_a_dash_is_never_pulled_up() -> None:
    assert texts("le secteur privé -\nune plate-forme\nles sous-\na) Donne") == [
        "le secteur privé -", "une plate-forme", "les sous-", "a) Donne"]


# -- provenance and API -------------------------------------------------------------------------
def test_pdf_lines_know_their_page_and_line() -> None:
    out = normalise(["Premier\nDeuxième ligne", "Page deux, ligne un\nligne deux"])
    assert [(ln.page, ln.page_line, ln.where) for ln in out.lines] == [
        (1, 1, "1:1"), (1, 2, "1:2"), (2, 1, "2:1"), (2, 2, "2:2")]
    assert out.locate(out.lines[2].number) == "2:1"
    text_file = normalise("a\nb\n")
    assert text_file.lines[1].where == "2" and text_file.locate(2) == "2"


def test_one_text_with_line_offsets() -> None:
    out = normalise("  Section 1\n\n1.1 Le Bureau\n")
    assert out.text == "Section 1\n\n1.1 Le Bureau\n"
    assert out.line_at(out.text.index("Bureau")).number == 3
    assert out.line_at(0).number == 1


def test_block_start_examples() -> None:
    starts = ["2.4 Afin", "2.4. Afin", "6. Il", "1° De la", "e) Donne", "(e) To", "II. Le concept", "B. Titre",
              "• De concert", "― la sous-direction", "Section 4", "Chapitre 7", "Article 2", "Article premier"]
    assert all(is_block_start(s) for s in starts + ["Encadré 7", "Résumé", "Chapter 2"])
    assert not any(is_block_start(s) for s in ["10 ans, entre", "2 Ibid., par.", "Le Bureau", "indemnités"])
