"""Segment: normalised lines -> headings, paragraphs and their items.

The loop here knows no numbering scheme: it hands each line to the processors of the
document's family (:mod:`schemes`, in the manner of Python-Markdown's block processors),
the first whose ``test`` accepts the line ``run``s it. Paragraph starts come from numbering,
headings, blank lines and sentence ends; leading spaces carry no meaning (they are gone
after :meth:`Line.stripped`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lang import LanguagePack
from .text import ends_sentence, join_lines

LONG_LINE = 20_000  # characters; a PDF extraction's lines are under 200
OPENING_QUOTES = "“«\""
CLOSING_QUOTES = "”»\""
MAX_WARNINGS = 20  # per file: a damaged text gives a few lines of warnings, not thousands


@dataclass
class Item:
    letter: str  # "a", "1°", "―": the item's number or mark as printed, without brackets
    text: str
    line: int
    style: str = "{})"  # how the mark is printed around the letter: "{})", "({})", "{}"
    items: list["Item"] = field(default_factory=list)  # items nested in this one (dashes under 1°)

    @property
    def mark(self) -> str:
        return self.style.format(self.letter) if "{}" in self.style else self.style

    def render(self) -> str:
        own = f"{self.mark} {self.text}".strip()
        return "\n".join([own] + [child.render() for child in self.items])


@dataclass
class Block:
    kind: str  # "paragraph" | "heading" | "subheading" | "footnote"
    number: str  # paragraph number as printed, or a label
    section: str
    heading: str  # current section heading / sub-heading
    intro: str  # text before the first item
    items: list[Item] = field(default_factory=list)
    line: int = 0
    numbered: bool = False
    parts: list["Block"] = field(default_factory=list)  # further alinéas of an article, in order

    @property
    def text(self) -> str:
        pieces = [self.intro] + [it.render() for it in self.items] + [p.text for p in self.parts]
        return "\n".join(p for p in pieces if p)

    def alineas(self) -> list["Block"]:
        """This block and its further parts: what a reader reads one after the other."""
        return [self, *self.parts]


@dataclass
class Structure:
    title: str
    kind: str  # the family whose numbering scheme matched: "bulletin" | "report" | "decree" | ""
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)  # "line N: …" (the caller adds the file)
    language: str = ""


class Builder:
    """Accumulates lines into blocks while the segmenter walks the document once."""

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self.blocks: list[Block] = []
        self.section = ""
        self.heading = ""
        self.pieces: list[str] = []  # lines of the current block's intro
        self.current: Block | None = None  # the block (or the part of it) lines go into
        self.head: Block | None = None  # the block that goes into ``blocks`` (current, or its owner)
        self.item_pieces: list[str] | None = None  # lines of the current item
        self.item: Item | None = None  # the item being read (nested items go into its parent)
        self.unnumbered = 0
        self.label_prefix = pack.segment.front_label
        self.part_label = self.label_prefix  # the part a box sits in, for text after the box
        self.in_box = False  # the current part is a box or a summary: one paragraph
        self.item_stack: list[list] = []  # open nested items (decrees): [level, item, closed], outermost first

    # -- closing ---------------------------------------------------------
    def flush_item(self) -> None:
        if self.item is not None and self.item_pieces is not None:
            self.item.text = join_lines(self.item_pieces)
        self.item_pieces = None
        self.item = None

    def flush(self) -> None:
        self._close_part()
        head = self.head
        if head is not None:
            head.parts = [p for p in head.parts if p.intro or p.items]
            if head.intro or head.items or head.parts:
                self.blocks.append(head)
        self.current = self.head = None

    def _close_part(self) -> None:
        if self.current is None:
            return
        self.flush_item()
        self.current.intro = join_lines(self.pieces)
        self.pieces = []

    def open_part(self, line: int) -> None:
        """A further alinéa of the current block, with its own intro and items."""
        self._close_part()
        part = Block("paragraph", self.head.number, self.head.section, self.head.heading, "", [], line,
                     self.head.numbered)
        self.head.parts.append(part)
        self.current = part
        self.item_stack = []

    # -- opening ---------------------------------------------------------
    def open(self, number: str, line: int, numbered: bool) -> None:
        self.flush()
        self.current = self.head = Block("paragraph", number, self.section, self.heading, "", [], line, numbered)
        self.item_stack = []

    def open_unnumbered(self, line: int) -> None:
        self.unnumbered += 1
        if self.in_box:
            label = self.label_prefix
            if self.blocks and self.blocks[-1].number == label and self.current is None:
                # boxes and summaries are one paragraph: reopen the last one
                self.current = self.head = self.blocks.pop()
                self.pieces = [self.current.intro]
                return
            if self.current is not None and self.current.number == label:
                return
        else:
            label = self.pack.segment.unnumbered.format(self.label_prefix, self.unnumbered)
        self.open(label, line, False)

    def open_item(self, item: Item, parent: Item | None = None) -> None:
        """Start an item of the current block (or of ``parent``, an item of it)."""
        self.flush_item()
        (parent.items if parent is not None else self.current.items).append(item)
        self.item = item
        self.item_pieces = [item.text]

    def add_heading(self, kind: str, number: str, text: str, line: int) -> None:
        self.flush()
        self.blocks.append(Block(kind, number, self.section, text, text, [], line))

    def new_part(self, label: str, in_box: bool = False) -> None:
        """Unnumbered text from here on is labelled after ``label``."""
        self.label_prefix = label
        self.unnumbered = 0
        self.in_box = in_box


class Segmenter:
    """One walk over the lines; the family's processors decide what each line starts."""

    def __init__(self, lines, pack: LanguagePack, family: str, processors) -> None:
        self.lines = lines
        self.pack = pack
        self.family = family
        self.processors = processors
        self.b = Builder(pack)
        self.warnings: list[str] = []
        self.i = 0  # index of the next line to read
        self.prev_text = ""  # previous non-blank line, to know whether a sentence ended
        self.blank_before = True
        self.counters: dict[str, object] = {}  # the schemes' numbering state, by scheme
        self.saved: list[tuple] = []  # the document's numbering state while a quoted text is read

    @property
    def after_sentence(self) -> bool:
        return not self.prev_text or ends_sentence(self.prev_text)

    @property
    def at_start(self) -> bool:
        """A block may start here: after a blank line or a finished sentence."""
        return self.blank_before or self.after_sentence

    def warn(self, line: int, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(f"line {line}: {message}")

    def next_nonblank(self, i: int | None = None):
        i = self.i if i is None else i
        while i < len(self.lines):
            if self.lines[i].text.strip():
                return self.lines[i]
            i += 1
        return None

    def consumed(self, text: str, heading: bool = False) -> None:
        """A line was read: ``text`` is what a sentence end is judged on."""
        self.prev_text = text
        self.blank_before = heading

    def run(self, start: int, title_end: int = 0) -> None:
        """Segment from line ``start``; the title lines up to ``title_end`` make a block alone."""
        self.i = start
        lines = self.lines
        while self.i < len(lines):
            if self.i == title_end and self.prev_text:
                self.prev_text = ":"  # the title has ended, whatever its last character
            line = lines[self.i]
            self.i += 1
            s = line.text.strip()
            if not s:
                self.blank_before = True
                continue
            if len(s) > LONG_LINE:
                self.warn(line.number, f"a line of {len(s):,} characters (not a text as PDF extraction "
                                       f"gives it); read as one line")
            quoted = s[:1] in OPENING_QUOTES and self.prev_text.rstrip().endswith(":") and self.at_start
            if quoted:
                # '… is replaced by the following:' then '“Section 3 …': the quoted text has its own
                # headings and numbering; the document's own resume after the closing quote
                self.saved.append((dict(self.counters), self.b.section, self.b.heading, self.b.label_prefix))
                self.counters = {"dotted": None}
                s = s[1:].lstrip()
            for processor in self.processors:
                m = processor.test(self, s)
                if m:
                    processor.run(self, line, s, m)
                    break
            if self.saved and s.rstrip(" .;").endswith(tuple(CLOSING_QUOTES)) and not quoted or (
                    quoted and s.rstrip(" .;").endswith(tuple(CLOSING_QUOTES)) and len(s) > 1):
                self.counters, section, heading, label = self.saved.pop()
                self.b.flush()
                self.b.section, self.b.heading = section, heading
                self.b.new_part(label)
        self.b.flush()


def _continues_title(pack: LanguagePack, previous: str, line: str) -> bool:
    """A title broken over lines: the next piece starts in lower case, or the previous one
    ends with a small word, or the piece is in title case (every word capitalised or small)."""
    if line[:1].islower() or _ends_with_connector(pack, previous):
        return True
    words = line.split()
    connectors = pack.segment.title_connectors
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in connectors for w in words)


def find_title(lines, pack: LanguagePack, section_test) -> tuple[str, int, int]:
    """The document title, the index of the first line to segment and of the line after the
    title.

    Under a bulletin header ("Circulaire du Secrétaire général") the title is the next few
    lines, which are not segmented; otherwise the title is the first line (and its
    continuations), and segmenting starts on it (a report's "Résumé", a decree's title)."""
    i = 0
    n = len(lines)
    while i < n and not lines[i].text.strip():
        i += 1
    first = i
    for _ in range(8):  # a header may sit below a symbol, a date or the word "United Nations"
        if i >= n:
            break
        if pack.segment.bulletin_header.match(lines[i].text.strip()):
            title, end = _title_under_header(lines, i + 1, pack, section_test)
            return title, end, end
        i += 1
        while i < n and not lines[i].text.strip():
            i += 1
    # no bulletin header: the first line and the lines continuing it are the title
    pieces: list[str] = []
    i = first
    while i < n and len(pieces) < 4:
        s = lines[i].text.strip()
        if not s or (pieces and not (s[:1].islower() or _ends_with_connector(pack, pieces[-1]))):
            break
        pieces.append(s)
        i += 1
        if ends_sentence(s):
            break
    return join_lines(pieces), first, i


def _ends_with_connector(pack: LanguagePack, text: str) -> bool:
    words = text.split()
    last = words[-1].lower() if words else ""
    connectors = pack.segment.title_connectors
    return last in connectors or any(last.endswith(c) for c in connectors if c.endswith("’"))


def _title_under_header(lines, i: int, pack: LanguagePack, section_test) -> tuple[str, int]:
    n = len(lines)
    pieces: list[str] = []
    while i < n and len(pieces) < 3:
        s = lines[i].text.strip()
        if not s:
            i += 1
            continue
        if s.endswith(":") and _lower_continuation(lines, i + 1) and (
                not pieces or _continues_title(pack, pieces[-1], s)):
            pieces.append(s)  # "Organization of the Department of X:" / "amendment"
            i += 1
            continue
        if len(s) > 140 or ends_sentence(s) or section_test(s) or (
            pieces and (sum(len(p) for p in pieces) + len(s) > 160 or not _continues_title(pack, pieces[-1], s))
        ):
            break
        pieces.append(s)
        i += 1
    return join_lines(pieces), i


def _lower_continuation(lines, i: int) -> bool:
    """The next non-blank line is a short one in lower case (a title's subtitle after a colon)."""
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    nxt = lines[i].text.strip() if i < len(lines) else ""
    return bool(nxt) and nxt[:1].islower() and len(nxt.split()) <= 6 and not ends_sentence(nxt)


def segment(lines, footnotes, pack: LanguagePack, family: str = "") -> Structure:
    """Split normalised lines into blocks. ``family`` may be forced (by the manifest)."""
    from .schemes import guess_family, processors_for

    family = family or guess_family(lines, pack)
    processors = processors_for(family)
    title, start, title_end = find_title(lines, pack, lambda s: bool(pack.segment.section.match(s)))
    if not processors:
        return Structure(title, family, [], [], pack.code)
    seg = Segmenter(lines, pack, family, processors)
    seg.run(start, title_end)
    blocks = seg.b.blocks
    for note in footnotes:
        blocks.append(Block("footnote", f"note {note.number}", "", "", note.text, [], note.line))
    return Structure(title, family, blocks, seg.warnings, pack.code)
