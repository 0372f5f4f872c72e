"""Read the text layer of a PDF, page by page, as lines (pypdfium2: PDFium, BSD-3 / Apache-2.0).

``read_pdf_pages(path_or_bytes, name, progress)`` returns one string per page, its lines in
reading order and without indentation; :func:`.normalise.normalise` takes that list and keeps
the page and line of every line for provenance. ``pdf_text`` joins the pages with form feeds
(the text the database keeps). A PDF that cannot give text (scanned, encrypted, damaged)
raises :class:`ExtractionError` with one line naming the file and the problem;
``progress(done_pages, total_pages)`` is called after each page.

PDFium's own line breaks are kept, and a line also ends where the next word sits on another
baseline (PDFium joins the justified lines of some writers with a space): the loose boxes of
the characters around every space are compared, so a raised note call ("entier¹") stays on
its line. A vertical gap of more than 1.6 lines becomes a blank line, as in a text extraction.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .records import ExtractionError

Progress = Callable[[int, int], None]  # progress(done_pages, total_pages)
PAGE_BREAK = "\f"  # between pages in pdf_text

MAX_PDF_BYTES = 256 * 1024 * 1024
MIN_CHARS_PER_PAGE = 10  # fewer visible characters than this on average: no text layer
PARAGRAPH_GAP = 1.6  # a gap of this many line pitches is a blank line
_HYPHEN_MARK = "\x02"  # PDFium's mark for a hyphen at a line end
_WORD_START = re.compile(r"(?:^|(?<=[ \n]))[^ \r\n]")
_NOISE = str.maketrans({"\ufffe": None, "\uffff": None, "\x00": None, PAGE_BREAK: None})


def pdf_text(source: Path | bytes, name: str = "", progress: Progress | None = None) -> str:
    """The text layer of a PDF, its pages separated by :data:`PAGE_BREAK`."""
    return PAGE_BREAK.join(read_pdf_pages(source, name, progress))


def read_pdf_pages(source: Path | bytes, name: str = "", progress: Progress | None = None) -> list[str]:
    """The text of every page of a PDF file or of its bytes (lines separated by ``\\n``)."""
    if isinstance(source, (bytes, bytearray)):
        size = len(source)
    else:
        source = Path(source)
        name = name or source.name
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ExtractionError(f"{name}: cannot read: {exc.strerror or exc}") from None
    name = name or "PDF"
    if size > MAX_PDF_BYTES:
        raise ExtractionError(f"{name}: too large ({size // (1024 * 1024)} MB); "
                              f"the limit for one PDF is {MAX_PDF_BYTES // (1024 * 1024)} MB")
    if not size:
        raise ExtractionError(f"{name}: damaged or not a PDF (an empty file)")
    try:
        document = pdfium.PdfDocument(bytes(source) if isinstance(source, (bytes, bytearray)) else str(source))
    except pdfium.PdfiumError as exc:
        raise ExtractionError(f"{name}: {_load_problem(exc)}") from None
    try:
        total = len(document)
        if total == 0:
            raise ExtractionError(f"{name}: a PDF without pages")
        pages: list[str] = []
        for index in range(total):
            try:
                pages.append(_page_text(document, index))
            except pdfium.PdfiumError as exc:
                raise ExtractionError(f"{name}: page {index + 1}: damaged ({exc})") from None
            if progress is not None:
                progress(index + 1, total)
    finally:
        document.close()
    visible = sum(len(page) - page.count(" ") - page.count("\n") for page in pages)
    if visible < MIN_CHARS_PER_PAGE * total:
        raise ExtractionError(f"{name}: no text layer (scanned?); OCR is not supported")
    return pages


def _load_problem(exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted (a password is needed); decrypt it first"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted with an unsupported security handler"
    if code == pdfium_c.FPDF_ERR_FILE:
        return "cannot open the file"
    return "damaged or not a PDF (no readable document structure)"


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    textpage = page.get_textpage()
    try:
        return _lines(textpage)
    finally:
        textpage.close()
        page.close()


def _lines(textpage: pdfium.PdfTextPage) -> str:
    count = textpage.count_chars()
    if count <= 0:
        return ""
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: the string is not indexed like PDFium's chars
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    box = pdfium_c.FS_RECTF()
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    # Each word's first character: a line starts after PDFium's own breaks, and at a word whose
    # baseline is another than the previous word's (more than 0.6 of a line height away).
    lines: list[tuple[str, float | None]] = []
    begin, middle, height = 0, None, 0.0
    line_middle = None
    for match in _WORD_START.finditer(text):
        i = match.start()
        if get_box(textpage, i, box):
            this_middle, this_height = (box.top + box.bottom) / 2, box.top - box.bottom
        else:
            this_middle, this_height = None, 0.0
        new_line = i == 0 or text[i - 1] == "\n" or (
            this_middle is not None and middle is not None
            and abs(this_middle - middle) > 0.6 * max(this_height, height))
        if new_line and i:
            _add_line(lines, text[begin:i], line_middle)
            begin = i
        if new_line:
            line_middle = this_middle
        middle, height = this_middle, this_height
    _add_line(lines, text[begin:], line_middle)
    return "\n".join(_with_paragraph_gaps(lines))


def _add_line(lines: list[tuple[str, float | None]], piece: str, middle: float | None) -> None:
    piece = piece.replace("\r", "").replace("\n", "").replace(_HYPHEN_MARK, "-").translate(_NOISE).strip()
    if piece:
        lines.append((piece, middle))


def _with_paragraph_gaps(lines: list[tuple[str, float | None]]) -> list[str]:
    """The lines, with a blank line where the gap above a line is well over the usual pitch."""
    steps = [a[1] - b[1] for a, b in zip(lines, lines[1:]) if a[1] is not None and b[1] is not None
             and a[1] > b[1]]
    pitch = statistics.median(steps) if steps else 0.0
    out: list[str] = []
    for k, (piece, middle) in enumerate(lines):
        above = lines[k - 1][1] if k else None
        if pitch and middle is not None and above is not None and above - middle > PARAGRAPH_GAP * pitch:
            out.append("")
        out.append(piece)
    return out
