"""Normalise a document's physical lines into clean lines that remember where they came from.

``normalise(source)`` takes a text file's contents (form feeds, when present, mark pages) or a
PDF's pages (one string per page, from :mod:`.pdf`) and returns a :class:`Normalised`:

- ``lines``: the body, one :class:`Line` per remaining physical line, in order. Blank lines are
  kept as ``Line(number, "")`` (a paragraph break for the segmenter); the text has no
  indentation, one space between words, one apostrophe (’), and quotes, spaces, tabs, line
  ends and ligatures normalised. Indentation carries no meaning anywhere downstream.
- ``footnotes``: the notes found in footnote blocks, with their number and line.
- ``locate(number)``: where a line number points, ``"12"`` in a text file, ``"3:12"``
  (page 3, line 12 of that page) in a PDF, for ``file:line`` / ``file:page:line`` warnings.

What is removed or repaired, and how it is recognised (never by the line's position alone):

- page furniture (running headers, job numbers ``10-22517``, symbols ``A/66/320`` alone on a
  line, page numbers, ``*1022517*`` bar codes) when it *repeats* across pages; a symbol that
  ends a sentence (``ST/SGB/2002/11.``) or a line that occurs once stays text;
- lines that are only a URL (link annotations of the extraction);
- a blank line after every line (double-spaced extractions);
- footnote blocks, from a rule line (``_____``) or a called note number to where the body
  resumes: its numbering or a heading, a new page, or a new sentence after a finished note;
- words broken across lines: the second piece moves up to the first line. A hyphen is kept
  (``sous-direction``, ``Sous-Secrétaire``) unless the document spells the word without it
  elsewhere or the break is a soft hyphen.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from .lang import PACKS
from .text import join_lines

APOSTROPHE = "\u2019"
SOFT_HYPHEN = "\u00ad"

# -- characters ---------------------------------------------------------------------------------
_LINE_BREAKS = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # keeps \t \n \f
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_APOSTROPHES = re.compile(r"['\u2018\u02bc]")
# "l ’Union" -> "l’Union"
_SPACED_APOSTROPHE = re.compile(r"(\w) +" + APOSTROPHE + r" *(?=\w)")

# -- lines ---------------------------------------------------------------------------------------
_URL_LINE = re.compile(r"^(https?://|www\.)\S*$")
_RULE = re.compile(r"^_{5,}$")  # the rule above a page's footnotes: "__________________"
_SENTENCE_END = re.compile(r"[.;:!?][»”\"’)]*$")
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])[a-z]{1,3}\.$")  # "par.", "p.", "art.": a note goes on

# Page furniture, by form. Each is furniture only when it repeats (see _marker_key).
_SYMBOL_LINE = re.compile(r"^[A-Z]{1,4}(?:/[A-Za-z0-9.()\-]+)+(?<![.,;:])$")  # "A/66/320"
# "911-47972", "2 99-17652", "99-17652 3": a job number, a page number glued or spaced on either side
# (and "15-03861 (E) *1503861*": the bar code printed from it on the same line)
_JOB_NUMBER = re.compile(r"^(?:\d{1,3}\s+)?\d{0,3}(\d{2})-(\d{5})\d{0,3}(?:\s*\([A-Z]\))?(?:\s+\d{1,3})?(?:\s+\d{6}){0,2}"
                         r"(?:\s*\*\d{5,}\*)?$")
_BARCODE = re.compile(r"^\*(\d{5,})\*$")  # "*1022517*"
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?$|^\d{1,4}\s*/\s*\d{1,4}$"
                          r"|^(?:Page|page|p\.)\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?$")  # "12", "3/20"

# The start of a body block (it ends a footnote block): numbering, items and bullets here;
# headings ("Section 4", "Article 1er", "Encadré 7") from every language pack (is_block_start).
BLOCK_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})+\.?\s"  # dotted paragraph "2.4 ", "2.4. "
    r"|\d{1,3}\.\s"  # report paragraph "6. "
    r"|\d{1,2}°"  # decree item "1°"
    r"|\(?[a-z]\)\s"  # lettered item "e) ", "(e) "
    r"|[IVXLC]{1,6}\.\s|[A-H]\.\s"  # report headings "II. ", "B. "
    r"|[•▪◦·\-–—―]\s)"  # bullets and dashes
)
_HEADINGS = tuple(p for pack in PACKS.values() for p in (
    pack.segment.section, pack.segment.article, pack.segment.part, pack.segment.box, pack.segment.summary,
    pack.segment.front_part))
_NOTE_START = re.compile(r"^(\d{1,3})\s+(?=[^\d\s])")  # "2 Ibid., par. 136."
# A note call glued to a word or its punctuation: "le monde entier1,", "the world,1 to" -> "1"
_NOTE_CALL = re.compile(r"(?:(?<=[^\W\d_])|(?<=[»”)])|(?<=[^\W\d_][.,;:]))(\d{1,3})(?=[\s,.;:)]|$)")
_BROKEN_END = re.compile(r"([^\W\d_]+)-$")  # "organi-", "Sous-"
_FIRST_CHUNK = re.compile(r"^(\S+)\s*")
_LEADING_LETTERS = re.compile(r"^[^\W\d_]+")

EDGE = 3  # lines from the top or bottom of a page where a running header or footer may sit
RUNNING_SHARE = 0.4  # a running header repeats on at least this share of the pages


def is_block_start(text: str) -> bool:
    """True when a line starts a body block: numbering, an item, a bullet or a heading."""
    return bool(BLOCK_START.match(text)) or any(p.match(text) for p in _HEADINGS)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the normalised body."""

    number: int  # source line: 1-based line of the text file, or running line number over a PDF's pages
    text: str  # normalised text ("" for a blank line)
    page: int = 0  # 1-based page of a PDF; 0 for a text file
    page_line: int = 0  # 1-based line on that page (PDF only)

    @property
    def stripped(self) -> str:
        return self.text

    @property
    def where(self) -> str:
        """``"12"`` (text file) or ``"3:12"`` (PDF page 3, line 12)."""
        return f"{self.page}:{self.page_line}" if self.page else str(self.number)


@dataclass
class Footnote:
    number: str  # as printed: "2"
    text: str
    line: int  # source line number of its first line (see Line.number)


@dataclass
class Normalised:
    lines: list[Line]
    footnotes: list[Footnote]
    _places: dict[int, str] = field(default_factory=dict, repr=False)  # PDF line number -> "page:line"

    @property
    def text(self) -> str:
        """The body as one text, one line per :class:`Line` (see :meth:`line_at`)."""
        return "\n".join(line.text for line in self.lines)

    def line_at(self, offset: int) -> Line:
        """The line holding character ``offset`` of :attr:`text`."""
        starts, pos = [], 0
        for line in self.lines:
            starts.append(pos)
            pos += len(line.text) + 1
        return self.lines[max(0, bisect.bisect_right(starts, offset) - 1)]

    def locate(self, number: int) -> str:
        """``"12"`` for a text file's line 12; ``"3:12"`` for a PDF's page 3, line 12."""
        return self._places.get(number, str(number))


@dataclass(slots=True)
class _Physical:
    number: int
    page: int  # 0-based page index (form feeds, PDF pages, or pages found by repeated furniture)
    page_line: int
    text: str
    new_page: bool = False  # the first remaining line after a page break
    soft_break: bool = False  # ends with a soft hyphen: a word broken by the typesetter


# -- characters ---------------------------------------------------------------------------------
def normalize_text(text: str) -> str:
    """Normalise characters without changing the line structure (form feeds are kept)."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if any(chr(code) in text for code in _LIGATURES):  # translate() is slow on megabytes
        text = text.translate(_LIGATURES)
    text = _APOSTROPHES.sub(APOSTROPHE, text)
    text = _SPACED_APOSTROPHE.sub(r"\1" + APOSTROPHE, text)
    return _curl_double_quotes(text)


def _curl_double_quotes(text: str) -> str:
    """Straight double quotes become the document's own pair (« » or “ ”), opening or closing by context."""
    if '"' not in text:
        return text
    opening, closing = ("«", "»") if text.count("«") + text.count("»") >= text.count("“") + text.count("”") \
        else ("“", "”")
    out, is_open = [], False
    for i, ch in enumerate(text):
        if ch != '"':
            out.append(ch)
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        word_before = before.isalnum() or before in ".,;:!?)]»”’"
        word_after = after.isalnum() or after in "([«“‘’"
        if word_before != word_after:
            is_open = word_after
        else:  # spaces (or words) on both sides: the other one of the pair
            is_open = not is_open
        out.append(opening if is_open else closing)
    return "".join(out)


def _clean(raw: str) -> tuple[str, bool]:
    """(text without indentation and with single spaces, ends with a soft hyphen)."""
    if SOFT_HYPHEN not in raw:
        return " ".join(raw.split()), False
    return " ".join(raw.replace(SOFT_HYPHEN, "").split()), raw.rstrip().endswith(SOFT_HYPHEN)


# -- physical lines and pages -------------------------------------------------------------------
def _physical_lines(source: str | Sequence[str]) -> tuple[list[_Physical], bool]:
    """Every physical line with its page; True when the pages are a PDF's."""
    out: list[_Physical] = []
    if isinstance(source, str):
        page = 0
        for number, raw in enumerate(normalize_text(source).split("\n"), start=1):
            parts = raw.split("\f")  # "\f" starts a page, usually at the start of its first line
            for k, part in enumerate(parts):
                page += k > 0
                if part.strip() or k == len(parts) - 1:
                    text, soft = _clean(part)
                    out.append(_Physical(number, page, 0, text, soft_break=soft))
        return out, False
    number = 0
    for page, page_text in enumerate(source):
        for page_line, raw in enumerate(normalize_text(page_text).replace("\f", "\n").split("\n"), start=1):
            number += 1
            text, soft = _clean(raw)
            out.append(_Physical(number, page, page_line, text, soft_break=soft))
    return out, True


def _is_double_spaced(lines: list[_Physical]) -> bool:
    """True when (almost) every text line is followed by one blank line."""
    text_lines = followed_by_blank = 0
    for line, nxt in zip(lines, lines[1:]):
        if line.text:
            text_lines += 1
            followed_by_blank += not nxt.text
    return text_lines >= 10 and followed_by_blank / text_lines > 0.8


def _undouble(lines: list[_Physical]) -> list[_Physical]:
    """Drop the blank line after each text line; keep extra blanks (one in two). Where a
    finished sentence is followed by a text line with no blank between, the extraction went
    from one text block to another (a pull-quote set beside a paragraph): a paragraph break."""
    out: list[_Physical] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        if line.text and i + 1 < len(lines) and lines[i + 1].text and _SENTENCE_END.search(line.text.rstrip()):
            out.append(_Physical(line.number, line.page, line.page_line, ""))
        i += 2 if line.text and i + 1 < len(lines) and not lines[i + 1].text else 1
    return out


# -- page furniture -----------------------------------------------------------------------------
def _marker_key(text: str) -> str | None:
    """The repetition key of a line that looks like furniture by its form, else None.

    A job number and the bar code printed from it share a key ("10-225172", "*1022517*"), so
    do the job numbers with a page number glued on either side ("911-47972", "11-4797224").
    """
    if len(text) > 40:
        return None
    m = _JOB_NUMBER.match(text)
    if m:
        return "job:" + m.group(1) + m.group(2)
    m = _BARCODE.match(text)
    if m:
        return "job:" + m.group(1) if len(m.group(1)) == 7 else "bar:" + m.group(1)
    if _PAGE_NUMBER.match(text):
        return "page"
    if _SYMBOL_LINE.match(text):
        return "sym:" + text
    return None


def _running_key(text: str) -> str | None:
    """The repetition key of a line that could be a running header or footer, else None.

    Digits count as one ("A/66/320 7" and "A/66/320 8" repeat) except in a heading, which
    repeats only word for word (a "Résumé" header, not "Section 3" and "Section 4").
    """
    if not text or len(text) > 80 or _SENTENCE_END.search(text) or text.endswith(",") or BLOCK_START.match(text):
        return None
    return "run:" + (text if any(p.match(text) for p in _HEADINGS) else re.sub(r"\d+", "0", text))


def _pages(lines: list[_Physical]) -> list[list[_Physical]]:
    pages: list[list[_Physical]] = []
    for line in lines:
        if not pages or line.page != pages[-1][0].page:
            pages.append([])
        pages[-1].append(line)
    return pages


def _edge_positions(page: list[_Physical]) -> list[tuple[str, int, _Physical]]:
    """The lines at the top and the bottom of a page, with their side and distance from the edge."""
    text = [ln for ln in page if ln.text]
    top = min(EDGE, (len(text) + 1) // 2)  # a short page: the two zones do not overlap
    bottom = min(EDGE, len(text) - top)
    return [("top", i, ln) for i, ln in enumerate(text[:top])] + [
        ("bottom", i, ln) for i, ln in enumerate(text[::-1][:bottom])]


def _drop_furniture(lines: list[_Physical], paged: bool) -> list[_Physical]:
    """Remove the lines that repeat from page to page and URL lines; mark where pages start.

    With page breaks (form feeds, PDF pages), furniture repeats on two pages or more; a page
    number must sit at a page's top or bottom. Without them, a furniture-like line must occur
    twice in the text, and the runs of such lines are taken as the page breaks. Then a short
    line found at the same place (first, second, third line from the top or the bottom) of at
    least 40 % of the pages is a running header or footer.
    """
    marked = [(line, _marker_key(line.text)) for line in lines if line.text]
    if paged:
        edges = {id(ln) for page in _pages(lines) for _, _, ln in _edge_positions(page)}
        marked = [(ln, key) for ln, key in marked if key and (key != "page" or id(ln) in edges)]
        spread = Counter(key for key, _ in {(key, ln.page) for ln, key in marked})
    else:
        marked = [(ln, key) for ln, key in marked if key]
        spread = Counter(key for _, key in marked)
    dropped = {id(ln) for ln, key in marked if spread[key] >= 2}
    if not paged and dropped:
        page, in_run = 0, False  # the repeated furniture marks the page breaks
        for line in lines:
            if id(line) in dropped:
                page, in_run = page + (not in_run), True
            elif line.text:
                in_run = False
            line.page = page
    pages = _pages([ln for ln in lines if id(ln) not in dropped])
    if len(pages) >= 2:
        # a running header or footer: the same line at the same place of many pages
        places: dict[tuple[str, int, str], list[_Physical]] = {}
        for page in pages:
            for side, distance, line in _edge_positions(page):
                key = _running_key(line.text)
                if key:
                    places.setdefault((side, distance, key), []).append(line)
        needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
        for found in places.values():
            if len({ln.page for ln in found}) >= needed:
                dropped.update(id(ln) for ln in found)
    kept = [ln for ln in lines if id(ln) not in dropped and not _URL_LINE.match(ln.text)]
    if paged:  # the blank lines at a page's top and bottom are margins, not paragraph breaks
        kept = [ln for page in _pages(kept) for ln in _trimmed(page)]
    for prev, line in zip([None, *kept], kept):
        line.new_page = prev is not None and line.page != prev.page
    return kept


def _trimmed(page: list[_Physical]) -> list[_Physical]:
    text = [i for i, ln in enumerate(page) if ln.text]
    return page[text[0]:text[-1] + 1] if text else []


# -- words broken across lines -------------------------------------------------------------------
def _rejoin_broken_words(lines: list[_Physical]) -> list[_Physical]:
    """Move the second piece of a word broken at a line end up to the first line.

    The hyphen stays (``sous-\\ndirection`` -> ``sous-direction``) unless the break is a soft
    hyphen or the document writes the joined word without a hyphen more often than with one.
    """
    document: str | None = None  # the whole text, lower-case, joined when a hyphen is first in question
    out: list[_Physical] = []
    for line in lines:
        prev = out[-1] if out else None
        soft = prev is not None and prev.soft_break and prev.text[-1:].isalpha()
        left = (_BROKEN_END.search(prev.text[-80:])  # the tail only: a search over a long line is quadratic
                if prev is not None and not soft and prev.text.endswith("-") else None)
        right = _LEADING_LETTERS.match(line.text) if soft or left else None
        if right and not is_block_start(line.text):
            chunk = _FIRST_CHUNK.match(line.text)
            if not soft and document is None:
                document = "\n".join(ln.text for ln in lines).lower()
            drop = soft or _drops_hyphen(left.group(1), right.group(), document)
            prev.text = (prev.text if soft or not drop else prev.text[:-1]) + chunk.group(1)
            prev.soft_break = False
            line.text = line.text[chunk.end():]
            if not line.text:
                continue  # the line held only the end of the word
        out.append(line)
    return out


def _drops_hyphen(left: str, right: str, document: str) -> bool:
    if right[:1].isupper():
        return False  # "Sous-" + "Secrétaire", "Haut-" + "Commissariat"
    return _count_word((left + right).lower(), document) > _count_word(f"{left}-{right}".lower(), document)


def _count_word(word: str, text: str) -> int:
    return len(re.findall(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])", text))


# -- footnotes ----------------------------------------------------------------------------------
def _split_footnotes(lines: list[_Physical]) -> tuple[list[_Physical], list[tuple[str, _Physical, list[str]]]]:
    """Separate footnote blocks from the body.

    A block starts at a rule line, or at a line "N text" after a finished sentence when note N
    is the next note and the body called it ("entier1"). It ends where the body resumes: a block
    start (numbering, heading, item, bullet), a new page, or, after a note that ends a sentence
    (not an abbreviation: "par."), a line that starts lower-case (the interrupted sentence goes
    on) or, when the body had finished its sentence before the block, upper-case (a new
    paragraph).
    """
    body: list[_Physical] = []
    notes: list[tuple[str, _Physical, list[str]]] = []
    called: set[int] = set()  # note numbers called in body[:scanned]
    scanned = 0
    in_block = False
    block_notes = 0  # notes read in the current block
    body_finished = True  # the body's last line before the block ended a sentence
    last_note = 0
    prev_body = ""
    for line in lines:
        text = line.text
        if _RULE.match(text):
            in_block, block_notes = True, 0
            body_finished = bool(_SENTENCE_END.search(prev_body))
            body.append(_Physical(line.number, line.page, line.page_line, ""))
            continue
        start = _NOTE_START.match(text)
        number = int(start.group(1)) if start else 0
        if not in_block and start and number == last_note + 1 and (not prev_body or _SENTENCE_END.search(prev_body)):
            for earlier in body[scanned:]:  # the calls are looked for only when a note may start
                called.update(int(n) for n in _NOTE_CALL.findall(earlier.text))
            scanned = len(body)
            if number in called:
                in_block, block_notes, body_finished = True, 0, True
        if in_block and not line.new_page:
            if not text:
                continue
            if start and (number == last_note + 1 or block_notes == 0):
                notes.append((start.group(1), line, [text[start.end():]]))
                last_note, block_notes = number, block_notes + 1
                continue
            if block_notes and not is_block_start(text):
                pieces = notes[-1][2]
                finished = bool(_SENTENCE_END.search(pieces[-1])) and not _ABBREVIATION_END.search(pieces[-1])
                if not (finished and (text[:1].islower() or body_finished and text[:1].isupper())):
                    pieces.append(text)
                    continue
        in_block = False
        if text:
            prev_body = text
        body.append(line)
    return body, notes


# -- the whole ---------------------------------------------------------------------------------
def normalise(source: str | Sequence[str]) -> Normalised:
    """Normalise a text file's contents (``str``) or a PDF's pages (one ``str`` per page)."""
    physical, is_pdf = _physical_lines(source)
    lines = _undouble(physical) if _is_double_spaced(physical) else list(physical)
    lines = _drop_furniture(lines, paged=is_pdf or any(ln.page for ln in lines))
    lines = _rejoin_broken_words(lines)
    body, notes = _split_footnotes(lines)
    if is_pdf:
        out = [Line(ln.number, ln.text, ln.page + 1, ln.page_line) for ln in body]
        places = {ln.number: f"{ln.page + 1}:{ln.page_line}" for ln in physical}
    else:
        out = [Line(ln.number, ln.text) for ln in body]
        places = {}
    footnotes = [Footnote(number, join_lines(pieces), first.number) for number, first, pieces in notes]
    return Normalised(out, footnotes, places)
