"""Document and paragraph references: symbol or short title (never an internal id), paragraph
labels in the interface language, citations."""

from __future__ import annotations

from unorg_desktop.docref import cite, doc_label, paragraph_label, short_title
from unorg_desktop.store.rows import DocumentRow

SYMBOL = DocumentRow("004", "004.txt", "bulletin", "fr", "Organisation du Département Z", "ST/SGB/2010/1", "")
NO_SYMBOL = DocumentRow("000", "000_bbe7.txt", "bulletin", "fr", "Organisation du Bureau fictif des partenariats", "", "")
REPORT = DocumentRow("003", "003.txt", "report", "fr",
                     "Rapport du Secrétaire général sur le modèle de prestation de services", "", "")
ENGLISH = DocumentRow("007", "007.txt", "bulletin", "en", "Organization of the Office of Imaginary Affairs", "", "")
ENGLISH_REPORT = DocumentRow("008", "008.txt", "report", "en",
                             "Report of the Secretary-General on the review of the imaginary model", "", "")
NOTHING = DocumentRow("009", "009.txt", "bulletin", "fr", "", "", "")


def test_a_document_is_named_by_its_symbol_else_its_short_title_never_its_id():
    assert doc_label(SYMBOL) == "ST/SGB/2010/1"
    assert doc_label(NO_SYMBOL) == "Bureau fictif des partenariats"
    assert doc_label(REPORT) == "Modèle de prestation de services"
    assert doc_label(ENGLISH) == "Office of Imaginary Affairs"
    assert doc_label(ENGLISH_REPORT) == "Review of the imaginary model"
    assert doc_label(NOTHING) == "" and doc_label(None) == ""
    for doc in (SYMBOL, NO_SYMBOL, REPORT, ENGLISH, ENGLISH_REPORT, NOTHING):
        assert doc.id not in doc_label(doc)


def test_short_title_keeps_titles_without_a_generic_opening():
    assert short_title("Mandat des équipes de district") == "Mandat des équipes de district"
    assert short_title("Organisationnel") == "Organisationnel"  # a prefix must end at a word boundary
    assert short_title("  Organisation   de l’Office   Z ") == "Office Z"
    assert short_title("") == ""


def test_paragraph_labels_in_the_interface_language():
    assert paragraph_label("3.1", "en") == paragraph_label("3.1", "fr") == "par. 3.1"
    assert paragraph_label("II.3", "en") == "par. II.3"
    assert paragraph_label("préambule, al. 2", "en") == "preamble, para. 2"
    assert paragraph_label("préambule, al. 2", "fr") == "préambule, al. 2"
    assert paragraph_label("Encadré 7", "en") == "Box 7" and paragraph_label("Box 7", "fr") == "Encadré 7"
    assert paragraph_label("Carte 1", "en") == "Map 1" and paragraph_label("Résumé", "en") == "Summary"
    assert paragraph_label("", "en") == "" and paragraph_label(None, "fr") == ""


def test_citations_read_as_a_reader_writes_them():
    assert cite(SYMBOL, "3.1", "en") == "ST/SGB/2010/1, par. 3.1"
    assert cite(NO_SYMBOL, "préambule, al. 2", "en") == "Bureau fictif des partenariats, preamble, para. 2"
    assert cite(NO_SYMBOL, "préambule, al. 2", "fr") == "Bureau fictif des partenariats, préambule, al. 2"
    assert "par. préambule" not in cite(NO_SYMBOL, "préambule, al. 2", "fr")
    assert cite(SYMBOL, None, "en") == "ST/SGB/2010/1"
    assert cite(NOTHING, "4", "en", fallback="009.txt") == "009.txt, par. 4"
