"""The document's own symbol, read from its first page's header when the manifest gives none."""

from __future__ import annotations

from unorg_desktop.ingest import read_text
from unorg_desktop.ingest.citations import header_symbol
from unorg_desktop.ingest.lang import pack_for

BODY = """Secretary-General's bulletin

Organization of the Office for Kite Affairs

The Secretary-General, pursuant to Secretary-General's bulletin
ST/SGB/1997/5, entitled “Organization of the Secretariat”, promulgates the following:

Section 1
Organization

1.1 The Office for Kite Affairs is headed by a Director, who reports to the Secretary-General.

1.2 The Office comprises the String Section and the Tail Section.
"""


def symbol_of(text, meta=None) -> str:
    return read_text(text, "900_kites.txt", "900", meta).document.symbol


def test_the_symbol_on_the_first_header_line_is_the_documents() -> None:
    text = "United Nations                                          ST/SGB/2031/7\n\nSecretariat\n\n" + BODY
    assert symbol_of(text) == "ST/SGB/2031/7"


def test_a_symbol_alone_or_first_on_a_line_and_general_assembly_symbols() -> None:
    assert symbol_of("A/99/123\n\n" + BODY) == "A/99/123"
    assert symbol_of("United Nations   A/99/124/Add.1*\n\n" + BODY) == "A/99/124/Add.1"
    assert symbol_of("S/2031/44   United Nations\nSecurity Council\n\n" + BODY) == "S/2031/44"


def test_a_symbol_cited_in_the_preamble_is_not_the_documents() -> None:
    """Only the header, above the bulletin header: the preamble's 'ST/SGB/1997/5,' is a citation."""
    assert symbol_of(BODY) == ""
    assert symbol_of("United Nations\n\n" + BODY) == ""


def test_the_manifest_symbol_wins_and_a_pdf_is_read_from_its_first_page() -> None:
    text = "United Nations   ST/SGB/2031/7\n\n" + BODY
    assert symbol_of(text, {"symbol": "ST/SGB/2031/8"}) == "ST/SGB/2031/8"
    pages = ["United Nations ST/SGB/2031/7\n" + BODY[:300], BODY[300:] + "\nST/SGB/2031/9\n"]
    assert symbol_of(pages) == "ST/SGB/2031/7"


def test_a_line_of_prose_ending_with_a_symbol_is_no_header() -> None:
    pack = pack_for("en")
    assert header_symbol(["The Secretary-General promulgates the following, as amended by A/99/1"], pack) == ""
    assert header_symbol(["Nations Unies   ST/SGB/2031/7", "Circulaire du Secrétaire général"], pack_for("fr")) \
        == "ST/SGB/2031/7"
