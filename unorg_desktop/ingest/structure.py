"""Segment cleaned lines into headings, paragraphs and lettered items.

A paragraph starts at a number that continues the document's numbering
(``4.3``, ``2.2.``, ``12.``), at an indented line after a finished sentence,
or after a heading. Numbers are accepted only when they continue the
sequence, so "paragraphe 1.2 ci-dessus" wrapped to a line start is not
taken for paragraph 1.2. Lettered items ``a)`` ... and nested ``i)`` are
accepted only in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import Footnote, Line, join_lines

_SECTION = re.compile(r"^\s*(Section|Chapitre|SECTION|CHAPITRE)\s+(\d+)\s*(?:\s([A-ZÀ-Ý][^.;:]{2,120}))?$")
_BULLETIN_NUMBER = re.compile(r"^\s*(\d{1,5})\.(\d{1,3})\.?\s+(?=\S)")
_REPORT_NUMBER = re.compile(r"^\s*(\d{1,3})\.\s+(?=\S)")
_ITEM = re.compile(r"^\s*([a-z]{1,4})\)\s+(?=\S)")
_BULLET = re.compile(r"^\s*[•\-–]\s+(?=\S)")
_REPORT_HEADING = re.compile(r"^\s*([IVX]{1,5}|[A-H])\.\s+(\S.*)$")
_BOX = re.compile(r"^\s*(Encadré|Carte|Figure|Tableau)\s+(\d+)\s*$")
_SUMMARY = re.compile(r"^\s*(Résumé|Introduction|Préambule)\s*$")
_TERMINATORS = ".;:!?"
LONG_LINE = 20_000  # characters; a PDF extraction's lines are under 200
MAX_WARNINGS = 20  # per file: a damaged text gives a few lines of warnings, not thousands
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


@dataclass
class Item:
    letter: str
    text: str
    line: int


@dataclass
class Block:
    kind: str  # "paragraph" | "heading" | "subheading" | "footnote"
    number: str  # paragraph number as printed, or a label
    section: str
    heading: str  # current section heading / sub-heading
    intro: str  # text before the first lettered item
    items: list[Item] = field(default_factory=list)
    line: int = 0
    numbered: bool = False
    glued_heading: str = ""  # a sub-heading found glued to the end of this block

    @property
    def text(self) -> str:
        parts = [self.intro] + [f"{it.letter}) {it.text}" for it in self.items]
        return "\n".join(p for p in parts if p)


@dataclass
class Structure:
    title: str
    kind: str  # "bulletin" | "report" | "" (unknown)
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)  # "line N: …" (the caller adds the file)


def _ends_sentence(text: str) -> bool:
    text = text.rstrip(" »”\"")
    return bool(text) and text[-1] in _TERMINATORS


def _roman_index(letter: str) -> int:
    return _ROMAN.index(letter) if letter in _ROMAN else -1


class _Builder:
    """Accumulates lines into blocks while walking the document once."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.section = ""
        self.heading = ""
        self.pieces: list[str] = []  # lines of the current text piece
        self.current: Block | None = None
        self.item_pieces: list[str] | None = None
        self.sub_pieces: list[str] | None = None  # nested i), ii) under an item
        self.unnumbered = 0
        self.label_prefix = "préambule"
        self.part_label = "préambule"  # the part a box sits in, for text after the box

    # -- closing ---------------------------------------------------------
    def flush_item(self) -> None:
        block = self.current
        if block is None or self.item_pieces is None:
            return
        text = join_lines(self.item_pieces)
        block.items[-1].text = text
        self.item_pieces = None

    def flush(self) -> None:
        block = self.current
        if block is None:
            return
        if self.item_pieces is not None:
            self.flush_item()
        block.intro = join_lines(self.pieces)
        if block.intro or block.items:
            self.blocks.append(block)
        self.current = None
        self.pieces = []

    # -- opening ---------------------------------------------------------
    def open(self, number: str, line: int, numbered: bool) -> None:
        self.flush()
        self.current = Block("paragraph", number, self.section, self.heading, "", [], line, numbered)

    def open_unnumbered(self, line: int) -> None:
        self.unnumbered += 1
        if self.label_prefix.startswith(("Encadré", "Carte", "Figure", "Tableau", "Résumé")):
            label = self.label_prefix
            if self.blocks and self.blocks[-1].number == label and self.current is None:
                # boxes and summaries are one paragraph: reopen the last one
                self.current = self.blocks.pop()
                self.pieces = [self.current.intro]
                return
            if self.current is not None and self.current.number == label:
                return
        else:
            label = f"{self.label_prefix}, al. {self.unnumbered}"
        self.open(label, line, False)

    def add_heading(self, kind: str, number: str, text: str, line: int) -> None:
        self.flush()
        self.blocks.append(Block(kind, number, self.section, text, text, [], line))


def _looks_like_subheading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 14
        and text[:1].isupper()
        and not _ends_sentence(text)
        and not text.endswith(",")
        and not _ITEM.match(text)
    )


def _title(lines: list[Line]) -> tuple[str, int]:
    """The document title and the index of the first line after it."""
    i = 0
    while i < len(lines) and not lines[i].stripped:
        i += 1
    if i < len(lines) and lines[i].stripped.lower().startswith("circulaire du secr"):
        i += 1
        pieces: list[str] = []
        while i < len(lines) and len(pieces) < 3:
            s = lines[i].stripped
            if not s:
                i += 1
                continue
            if len(s) > 140 or _ends_sentence(s) or _SECTION.match(s) or lines[i].indent == 1 or (
                pieces and sum(len(p) for p in pieces) + len(s) > 160
            ):
                break
            pieces.append(s)
            i += 1
        return join_lines(pieces), i
    # no bulletin header: the first non-empty line is the title
    return (lines[i].stripped if i < len(lines) else ""), i


def guess_kind(lines: list[Line]) -> str:
    sections = sum(1 for ln in lines if _SECTION.match(ln.text))
    dotted = sum(1 for ln in lines if _BULLETIN_NUMBER.match(ln.text))
    plain = sum(1 for ln in lines if _REPORT_NUMBER.match(ln.text))
    if sections and dotted >= 2:
        return "bulletin"
    if plain >= 3:
        return "report"
    if dotted >= 2:
        return "bulletin"
    return ""


def segment(lines: list[Line], footnotes: list[Footnote], kind: str = "") -> Structure:
    """Split cleaned lines into blocks. ``kind`` may be forced by the manifest."""
    kind = kind or guess_kind(lines)
    title, start = _title(lines)
    b = _Builder()
    warnings: list[str] = []
    last_major, last_minor = 0, 0  # bulletin numbering
    last_report = 0
    roman = ""  # the current part of a report ("II"), to label its sub-parts ("II.A")
    prev_text = ""  # previous non-blank line, to know whether a sentence ended
    blank_before = True
    i = start
    n = len(lines)
    while i < n:
        line = lines[i]
        s = line.stripped
        i += 1
        if not s:
            blank_before = True
            continue
        if len(s) > LONG_LINE and len(warnings) < MAX_WARNINGS:
            warnings.append(f"line {line.number}: a line of {len(s):,} characters (not a text as PDF "
                            f"extraction gives it); read as one line")
        after_sentence = not prev_text or _ends_sentence(prev_text)
        # -- section headings ("Section 4", "Chapitre 7") -------------------
        m = _SECTION.match(line.text)
        if m:
            heading_pieces = [m.group(3).strip()] if m.group(3) else []
            while i < n and len(heading_pieces) < 3:
                nxt = lines[i]
                if not nxt.stripped:
                    if heading_pieces:
                        break
                    i += 1
                    continue
                if _BULLETIN_NUMBER.match(nxt.text) or _SECTION.match(nxt.text):
                    break
                heading_pieces.append(nxt.stripped)
                i += 1
            b.section = m.group(2)
            b.heading = join_lines(heading_pieces)
            b.unnumbered = 0
            b.label_prefix = f"section {b.section}"
            b.add_heading("heading", f"Section {b.section}", b.heading, line.number)
            prev_text, blank_before = b.heading + ":", True
            continue
        # -- boxes, maps, summaries in reports ------------------------------
        m = _BOX.match(line.text) or _SUMMARY.match(line.text)
        if m and (blank_before or after_sentence):
            label = " ".join(g for g in m.groups() if g)
            b.flush()
            b.label_prefix = label
            b.unnumbered = 0
            b.heading = label
            prev_text, blank_before = label + ":", False
            continue
        # -- report headings ("II. Le concept des partenariats") ------------
        m = _REPORT_HEADING.match(line.text)
        if m and kind != "bulletin" and (blank_before or after_sentence) and not _ends_sentence(s):
            pieces = [m.group(2).strip()]
            if i < n and lines[i].stripped and not _REPORT_NUMBER.match(lines[i].text) and len(pieces[0]) > 40:
                pieces.append(lines[i].stripped)
                i += 1
            b.heading = join_lines(pieces)
            if m.group(1) in ("A", "B", "C", "D", "E", "F", "G", "H") and roman:
                b.label_prefix = f"{roman}.{m.group(1)}"
            else:
                roman = m.group(1)
                b.label_prefix = roman
            b.part_label = b.label_prefix
            b.unnumbered = 0
            b.add_heading("heading", b.label_prefix, b.heading, line.number)
            prev_text, blank_before = b.heading + ":", True
            continue
        # -- numbered paragraphs -------------------------------------------
        m = _BULLETIN_NUMBER.match(line.text)
        if m and kind != "report" and (after_sentence or blank_before):
            major, minor = int(m.group(1)), int(m.group(2))
            if (major == last_major and minor > last_minor and minor - last_minor <= 3) or (
                major > last_major and major - last_major <= 2 and minor <= 2
            ):
                last_major, last_minor = major, minor
                if not b.section or int(b.section) != major:
                    b.section = str(major)  # heading missing: infer it from the number
                    b.heading = "" if b.section != str(major) else b.heading
                b.open(f"{major}.{minor}", line.number, True)
                b.pieces.append(line.text[m.end():])
                prev_text, blank_before = s, False
                continue
            if blank_before and len(warnings) < MAX_WARNINGS:
                warnings.append(f"line {line.number}: paragraph number {major}.{minor} out of sequence "
                                f"after {last_major}.{last_minor}; kept as text of the paragraph before")
        m = _REPORT_NUMBER.match(line.text)
        if m and kind != "bulletin" and (after_sentence or blank_before):
            number = int(m.group(1))
            if last_report < number <= last_report + 3:
                last_report = number
                if b.label_prefix.startswith(("Encadré", "Carte", "Figure", "Tableau", "Résumé")):
                    b.label_prefix, b.unnumbered = b.part_label, 0  # the box has ended
                b.open(str(number), line.number, True)
                b.pieces.append(line.text[m.end():])
                prev_text, blank_before = s, False
                continue
        # -- lettered items -------------------------------------------------
        m = _ITEM.match(line.text)
        if m and b.current is not None and (after_sentence or blank_before):
            letter = m.group(1)
            items = b.current.items
            expected = chr(ord(items[-1].letter) + 1) if items else "a"
            if letter == expected and len(letter) == 1:
                b.flush_item()
                items.append(Item(letter, "", line.number))
                b.item_pieces = [line.text[m.end():]]
                prev_text, blank_before = s, False
                continue
            if items and b.item_pieces is not None and _roman_index(letter) >= 0:
                # nested i), ii) belong to the current lettered item
                b.item_pieces.append(f"{letter}) " + line.text[m.end():])
                prev_text, blank_before = s, False
                continue
        # -- sub-headings (possibly glued to the previous paragraph) --------
        if (after_sentence or blank_before) and _looks_like_subheading(s) and (line.indent >= 1 or blank_before):
            nxt = _next_nonblank(lines, i)
            if nxt is not None and (_BULLETIN_NUMBER.match(nxt.text) or _SECTION.match(nxt.text)) and kind == "bulletin":
                b.heading = s
                b.add_heading("subheading", s, s, line.number)
                prev_text, blank_before = s + ":", True
                continue
        # -- bullets and unnumbered paragraphs -------------------------------
        bullet = _BULLET.match(line.text) is not None
        if bullet and b.current is not None and b.current.numbered and b.item_pieces is None:
            # a bulleted list belongs to the paragraph that announces it
            b.pieces.append("\n" + s)
            prev_text, blank_before = s, False
            continue
        starts_new = after_sentence and (line.indent >= 1 or blank_before or bullet)
        if b.current is None or starts_new:
            b.open_unnumbered(line.number)
        target = b.item_pieces if b.item_pieces is not None else b.pieces
        in_box = b.current is not None and not b.current.numbered and b.current.number == b.label_prefix
        if in_box and blank_before and line.indent >= 1 and target:
            s = "\n" + s  # a box's title, then its text: the title is not the text's first words
        target.append(s)
        prev_text, blank_before = s, False
    b.flush()
    for note in footnotes:
        b.blocks.append(Block("footnote", f"note {note.number}", "", "", note.text, [], note.line))
    return Structure(title, kind, b.blocks, warnings)


def _next_nonblank(lines: list[Line], i: int) -> Line | None:
    while i < len(lines):
        if lines[i].stripped:
            return lines[i]
        i += 1
    return None
