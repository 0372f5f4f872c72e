"""ingest/pdf.py: the text layer of a PDF, page by page, or one line saying why not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typeset_pdf import image_only_pdf, typeset_pdf

from unorg_desktop.ingest import extract_folder, read_document_file
from unorg_desktop.ingest.pdf import read_pdf_pages
from unorg_desktop.ingest.records import ExtractionError

BULLETIN = """Circulaire du Secrétaire général
Organisation du Bureau des partenariats

Section 1
Disposition générale

1.1 La présente circulaire s’applique au Bureau des partenariats, dont les fonctions sont décrites ci-après et dont la direction est confiée à un directeur exécutif nommé par le Secrétaire général.

Section 2
Organisation

2.1 Le Bureau des partenariats est dirigé par un directeur exécutif qui relève du Secrétaire général.
2.2 Le Bureau des partenariats comprend le Service de la communication et le Service des \ufb01nances.
2.3 Le Service de la communication est dirigé par un chef qui relève du directeur exécutif.
2.4 Le Service des \ufb01nances est dirigé par un chef qui relève du directeur exécutif.
"""


@pytest.fixture
def bulletin_pdf(qapp, tmp_path) -> Path:
    path = tmp_path / "010_partenariats.pdf"
    typeset_pdf(BULLETIN, path, header="ST/SGB/2099/1")
    return path


def test_text_pdf_is_read_back_line_by_line(bulletin_pdf) -> None:
    pages = read_pdf_pages(bulletin_pdf)
    lines = [line for page in pages for line in page.splitlines()]
    assert lines[0] == "ST/SGB/2099/1" and lines[-1] == "1"  # running header, page number
    assert "Section 2" in lines and "Organisation" in lines  # a heading is not glued to the line before
    assert any(line.startswith("1.1 La présente circulaire") for line in lines)
    assert not any(line[:1].isspace() for line in lines)


def test_long_text_pdf_has_lines_on_several_pages_with_progress(qapp, tmp_path) -> None:
    path = tmp_path / "long.pdf"
    pages = typeset_pdf("\n".join([BULLETIN] * 12), path, header="ST/SGB/2099/1")
    calls: list[tuple[int, int]] = []
    read = read_pdf_pages(path, progress=lambda done, total: calls.append((done, total)))
    assert pages >= 3 and len(read) == pages
    assert calls == [(i, pages) for i in range(1, pages + 1)]
    assert all(page.splitlines()[0] == "ST/SGB/2099/1" for page in read)


def test_pdf_builds_like_its_text_with_ligatures_and_page_provenance(bulletin_pdf, tmp_path) -> None:
    source = read_document_file(bulletin_pdf)
    text_dir = tmp_path / "txt"
    text_dir.mkdir()
    (text_dir / "010_partenariats.txt").write_text(BULLETIN, encoding="utf-8")
    from_pdf, from_text = extract_folder(bulletin_pdf.parent), extract_folder(text_dir)
    assert source.document.source_file == "010_partenariats.pdf" and source.document.id == "010"
    assert sorted(u.name for u in from_pdf.units) == sorted(u.name for u in from_text.units)
    assert "Service des finances" in {u.name for u in from_pdf.units}  # the ligature is two letters
    paragraph = next(b for b in source.structure.blocks if b.number == "2.1")
    assert source.locate(paragraph.line) == f"1:{paragraph.line}"  # page 1, line on that page


def test_warnings_from_a_pdf_name_file_page_and_line(qapp, tmp_path) -> None:
    text = BULLETIN.replace("2.4 Le Service des", "\n2.9 Le Service des")
    typeset_pdf(text, tmp_path / "011_x.pdf")
    warnings = extract_folder(tmp_path).warnings
    assert any(w.startswith("011_x.pdf:1:") and "2.9 out of sequence" in w for w in warnings), warnings


def test_scanned_pdf_says_there_is_no_text_layer(qapp, tmp_path) -> None:
    path = tmp_path / "scan.pdf"
    image_only_pdf(path)
    with pytest.raises(ExtractionError) as err:
        read_pdf_pages(path)
    assert str(err.value) == "scan.pdf: no text layer (scanned?); OCR is not supported"


def _encrypted_pdf(path: Path) -> None:
    """A one-page PDF under the standard security handler with an unknown user password."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> /P -44 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, b"00" * 16, b"00" * 16, xref))
    path.write_bytes(bytes(out))


def test_encrypted_pdf_is_one_line(tmp_path) -> None:
    path = tmp_path / "secret.pdf"
    _encrypted_pdf(path)
    with pytest.raises(ExtractionError) as err:
        read_pdf_pages(path)
    assert str(err.value) == "secret.pdf: encrypted (a password is needed); decrypt it first"


@pytest.mark.parametrize("damage", ["truncated", "not_a_pdf", "empty"])
def test_damaged_pdf_is_one_line(bulletin_pdf, tmp_path, damage) -> None:
    data = bulletin_pdf.read_bytes()
    path = tmp_path / "bad.pdf"
    path.write_bytes({"truncated": data[: len(data) // 2], "not_a_pdf": b"Section 1\n1.1 Le Bureau.\n" * 50,
                      "empty": b""}[damage])
    with pytest.raises(ExtractionError) as err:
        read_pdf_pages(path)
    assert str(err.value).startswith("bad.pdf: damaged or not a PDF") and "\n" not in str(err.value)


def test_unorg_build_exits_2_with_one_line_for_a_scanned_pdf(qapp, tmp_path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "000_bulletin.txt").write_text(BULLETIN, encoding="utf-8")
    image_only_pdf(sources / "001_scan.pdf")
    out = tmp_path / "out.sqlite"
    run = subprocess.run([sys.executable, "-m", "unorg_desktop.cli", "build", "--sources", str(sources),
                          "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr == "unorg build: 001_scan.pdf: no text layer (scanned?); OCR is not supported\n"
    assert not out.exists()
