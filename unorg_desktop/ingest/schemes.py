"""Numbering schemes as data: the block processors of each document family.

A processor is a small object with ``test(seg, s)`` (does the stripped line ``s`` start
something of mine here?) and ``run(seg, line, s, match)`` (consume it), as Python-Markdown's
block processors. A family is an ordered tuple of processors; the family of a document is
the one whose numbering its lines follow (:func:`guess_family`). The words of headings
("Section", "Encadré", "Article") come from the language pack; the numbering itself
(``4.3``, ``12.``, ``a)``, ``1°``) is language-free and named here.
"""

from __future__ import annotations

import re

from .structure import Item, Segmenter
from .text import ends_sentence, join_lines

# Named patterns of numbering (no words): each with an example it matches.
DOTTED = re.compile(r"^(\d{1,5})\.(\d{1,3})\.?\s+(?=\S)")  # "4.3 ", "2.2. "
DOTTED3 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.?\s+(?=\S)")  # "3.2.1 ", "6.3.7. "
PLAIN = re.compile(r"^(\d{1,3})\.\s+(?=\S)")  # "12. "
LETTER = re.compile(r"^(\()?([a-z]{1,4})\)\s+(?=\S)")  # "a) ", "(a) ", "iv) "
PART_HEADING = re.compile(r"^(?P<number>[IVX]{1,5}|[A-H])\.\s+(?P<title>\S.*)$")  # "II. Le concept"
BULLET = re.compile(r"^[•\-–]\s+(?=\S)")  # "• ", "- ", "– "
DEGREE = re.compile(r"^(\d{1,2})\s?(?:°|o(?=\s))\s*(?=\S)")  # "1° ", "2°", "1o " (older texts)
DASH = re.compile(r"^[―—–-]\s*(?=\S)")  # "― ", "– ", "-"
ROMAN_PART = re.compile(r"^(?P<number>[IVX]{1,5}|[A-H])\s?\.\s*(?:[–—―-]\s*)?(?=\S)")  # "II. – ", "B. - ", "III. "
ROMAN_ITEM = re.compile(r"^(?P<number>[IVX]{1,5})\s?\.\s*(?:[–—―-]\s*)?(?=\S)")  # "IV. A la …" in a list
DOTTED_ITEM = re.compile(r"^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s*[–—―-]?\s+(?=\S)")  # "1.1. ", "2.3 - ", "1.2.1. "
_EMPTY = re.compile(r"")
EXAMPLES = {
    DOTTED: "4.3 Le Service", DOTTED3: "3.2.1 The Office of the Under-Secretary-General", PLAIN: "12. Le présent rapport", LETTER: "(a) Gérer le budget;",
    PART_HEADING: "II. Le concept des partenariats", BULLET: "• Des modes de financement",
    DEGREE: "1° De la direction des essais", DASH: "― la sous-direction des essais ;",
    ROMAN_PART: "II. – La direction comprend", ROMAN_ITEM: "IV. Aux installations classées ;",
    DOTTED_ITEM: "1.2. La sous-direction des essais ;",
}

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
SUMMARY_MAX_WORDS = 14


class Processor:
    """Base: a processor accepts nothing."""

    def test(self, seg: Segmenter, s: str):
        return None

    def run(self, seg: Segmenter, line, s: str, m) -> None:
        raise NotImplementedError


class SectionHeading(Processor):
    """'Section 4' / 'Chapitre 7' / 'Chapter 2', its title on the same or the next lines."""

    def test(self, seg, s):
        return seg.pack.segment.section.match(s)

    def run(self, seg, line, s, m):
        pieces = [m.group("title").strip()] if m.group("title") else []
        lines, section = seg.lines, seg.pack.segment.section
        while seg.i < len(lines) and len(pieces) < 3:
            nxt = lines[seg.i].text.strip()
            if not nxt:
                if pieces:
                    break
                seg.i += 1
                continue
            if DOTTED.match(nxt) or section.match(nxt):
                break
            pieces.append(nxt)
            seg.i += 1
        b = seg.b
        b.section = m.group("number")
        b.heading = join_lines(pieces)
        b.new_part(seg.pack.segment.section_label.format(b.section))
        b.add_heading("heading", " ".join(s[: m.end("number")].split()), b.heading, line.number)
        seg.consumed(b.heading + ":", heading=True)


class BoxLabel(Processor):
    """'Encadré 7', 'Carte 2', 'Résumé' (one paragraph each), 'Introduction' (a part)."""

    def test(self, seg, s):
        if not seg.at_start:
            return None
        words = seg.pack.segment
        for pattern, whole in ((words.box, True), (words.summary, True), (words.front_part, False)):
            m = pattern.match(s)
            if m:
                return m, whole
        return None

    def run(self, seg, line, s, found):
        m, whole = found
        label = " ".join(m.group("label").split())
        seg.b.flush()
        seg.b.new_part(label, in_box=whole)
        seg.b.heading = label
        seg.consumed(label + ":")


class ReportHeading(Processor):
    """'II. Le concept des partenariats', 'A. Les réseaux' (a part of the part above)."""

    def test(self, seg, s):
        return seg.at_start and not ends_sentence(s) and PART_HEADING.match(s)

    def run(self, seg, line, s, m):
        pieces = [m.group("title").strip()]
        if seg.i < len(seg.lines):
            nxt = seg.lines[seg.i].text.strip()
            if nxt and not PLAIN.match(nxt) and len(pieces[0]) > 40:
                pieces.append(nxt)
                seg.i += 1
        b = seg.b
        b.heading = join_lines(pieces)
        roman = seg.counters.get("roman", "")
        number = m.group("number")
        if len(number) == 1 and number in "ABCDEFGH" and roman:
            label = f"{roman}.{number}"
        else:
            seg.counters["roman"] = label = number
        b.new_part(label)
        b.part_label = label
        b.add_heading("heading", label, b.heading, line.number)
        seg.consumed(b.heading + ":", heading=True)


class DottedParagraph(Processor):
    """'4.3 …' / '2.2. …': accepted only when it continues the numbering (a wrapped
    'paragraphe 1.2 ci-dessus' is not paragraph 1.2)."""

    def test(self, seg, s):
        m = DOTTED.match(s)
        if not m or not seg.at_start:
            return None
        major, minor = int(m.group(1)), int(m.group(2))
        if seg.counters.get("dotted", (0, 0)) is None:
            return m  # the first paragraph of a quoted text: any number
        last_major, last_minor = seg.counters.get("dotted", (0, 0))
        if (major == last_major and last_minor < minor <= last_minor + 3) or (
            last_major < major <= last_major + 2 and minor <= 2
        ):
            return m
        if seg.blank_before:
            seg.warn(seg.lines[seg.i - 1].number, f"paragraph number {major}.{minor} out of sequence after "
                                                  f"{last_major}.{last_minor}; kept as text")
        return None

    def run(self, seg, line, s, m):
        major, minor = int(m.group(1)), int(m.group(2))
        seg.counters["dotted"] = (major, minor)
        seg.counters["sub"] = 0
        b = seg.b
        if not b.section or int(b.section) != major:
            b.section = str(major)  # heading missing: infer it from the number
            b.heading = ""
        b.open(f"{major}.{minor}", line.number, True)
        b.pieces.append(s[m.end():])
        seg.consumed(s)


class PlainParagraph(Processor):
    """'12. …' in a report: accepted when it continues the numbering."""

    def test(self, seg, s):
        m = PLAIN.match(s)
        if not m or not seg.at_start:
            return None
        last = seg.counters.get("plain", 0)
        return m if last < int(m.group(1)) <= last + 3 else None

    def run(self, seg, line, s, m):
        seg.counters["plain"] = int(m.group(1))
        b = seg.b
        if b.in_box:
            b.new_part(b.part_label)  # the box has ended
        b.open(m.group(1), line.number, True)
        b.pieces.append(s[m.end():])
        seg.consumed(s)


class SubParagraph(Processor):
    """'3.2.1 …': a paragraph numbered under the dotted paragraph before it ('3.2'), in order. A
    dotted paragraph that holds only a short title ('4.2 Executive Office') right before its first
    sub-paragraph is a numbered sub-heading."""

    def test(self, seg, s):
        m = DOTTED3.match(s)
        if not m or (int(m.group(1)), int(m.group(2))) != seg.counters.get("dotted"):
            return None
        last = seg.counters.get("sub", 0)
        if not last < int(m.group(3)) <= last + 3:
            return None
        return m if seg.at_start or self._titled(seg) else None

    @staticmethod
    def _titled(seg) -> str:
        """The title the open dotted paragraph holds alone, if it is one."""
        b = seg.b
        head = b.head
        if head is None or head is not b.current or head.items or head.parts or seg.counters.get("sub", 0):
            return ""
        text = join_lines(b.pieces)
        return text if _looks_like_subheading(text) else ""

    def run(self, seg, line, s, m):
        b = seg.b
        major, minor, sub = m.group(1), m.group(2), int(m.group(3))
        title = self._titled(seg)
        if title:  # "4.2 Executive Office" then "4.2.1 …": a numbered sub-heading
            start = b.head.line
            b.pieces = []
            b.current = b.head = None
            b.heading = title
            b.add_heading("subheading", f"{major}.{minor}", title, start)
        seg.counters["sub"] = sub
        b.open(f"{major}.{minor}.{sub}", line.number, True)
        b.pieces.append(s[m.end():])
        seg.consumed(s)


class LetteredItem(Processor):
    """'a) …' / '(a) …' in order; nested 'i)' / '(i)' stay in the text of their item."""

    def test(self, seg, s):
        b = seg.b
        if b.current is None or not seg.at_start:
            return None
        m = LETTER.match(s)
        if not m:
            return None
        letter = m.group(2)
        items = b.current.items
        expected = chr(ord(items[-1].letter) + 1) if items and len(items[-1].letter) == 1 else "a"
        if letter == expected and len(letter) == 1:
            return m, False
        if items and b.item is not None and letter in ROMAN:
            return m, True
        return None

    def run(self, seg, line, s, found):
        m, nested = found
        style = "({})" if m.group(1) else "{})"
        b = seg.b
        if nested:
            b.item_pieces.append(f"{style.format(m.group(2))} " + s[m.end():])
        else:
            b.open_item(Item(m.group(2), s[m.end():], line.number, style))
        seg.consumed(s)


class SubHeading(Processor):
    """A short capitalised line (or up to three) right before a numbered paragraph or a
    section: a sub-heading ("Bureau du Directeur"), also when glued to the paragraph above."""

    def test(self, seg, s):
        if not seg.at_start:
            return None
        pieces, j = [s], seg.i
        lines = seg.lines
        while True:
            text = " ".join(pieces)
            if not _looks_like_subheading(text):
                return None
            k = j
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            if k >= len(lines):
                return None
            nxt = lines[k].text.strip()
            if DOTTED.match(nxt) or seg.pack.segment.section.match(nxt):
                return text, j
            if len(pieces) == 3 or k != j or ends_sentence(nxt):
                return None
            pieces.append(nxt)
            j = k + 1

    def run(self, seg, line, s, found):
        text, j = found
        seg.i = j
        seg.b.heading = text
        seg.b.add_heading("subheading", text, text, line.number)
        seg.consumed(text + ":", heading=True)


def _looks_like_subheading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= SUMMARY_MAX_WORDS
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith(",")
        and not LETTER.match(text)
    )


class BulletInParagraph(Processor):
    """'• …' / '– …' under a numbered paragraph: a line of that paragraph's text."""

    def test(self, seg, s):
        b = seg.b
        return BULLET.match(s) and b.current is not None and b.current.numbered and b.item is None

    def run(self, seg, line, s, m):
        seg.b.pieces.append("\n" + s)
        seg.consumed(s)


class Text(Processor):
    """Any other line: continues the current block, or opens an unnumbered paragraph after
    a finished sentence followed by a blank line (or a bullet)."""

    def test(self, seg, s):
        return True

    def run(self, seg, line, s, m):
        b = seg.b
        starts_new = seg.after_sentence and (seg.blank_before or BULLET.match(s) is not None)
        empty = b.current is not None and b.current.numbered and not b.pieces and not b.current.items
        if b.current is None or (starts_new and not empty):  # a heading-only article takes the text
            b.open_unnumbered(line.number)
        target = b.item_pieces if b.item_pieces is not None else b.pieces
        in_box = b.in_box and b.current is not None and not b.current.numbered
        text = s
        if in_box and seg.blank_before and target:
            text = "\n" + s  # a box's title, then its text: the title is not the text's first words
        target.append(text)
        seg.consumed(s)


# -- decrees ---------------------------------------------------------------------------

class DecreePart(Processor):
    """'TITRE II', 'Chapitre Ier : Dispositions générales', 'Section 2': a heading."""

    def test(self, seg, s):
        return seg.at_start and seg.pack.segment.part.match(s)

    def run(self, seg, line, s, m):
        pieces = [m.group("title").strip()] if m.group("title") else []
        lines = seg.lines
        while not pieces and seg.i < len(lines):  # the title on the next line
            nxt = lines[seg.i].text.strip()
            seg.i += 1
            if nxt and not seg.pack.segment.article.match(nxt):
                pieces.append(nxt)
            elif nxt:
                seg.i -= 1
                break
        label = " ".join(s[: m.end("number")].lstrip("# ").split())
        b = seg.b
        b.heading = join_lines(pieces)
        b.new_part(label)
        b.add_heading("heading", label, b.heading, line.number)
        seg.consumed(b.heading + ":", heading=True)


class DecreeArticle(Processor):
    """'Article 3', 'Article 1er', 'Art. 2. –': opens the paragraph 'Article N'."""

    def test(self, seg, s):
        return seg.at_start and seg.pack.segment.article.match(s)

    def run(self, seg, line, s, m):
        number = m.group("number")
        number = "1" if not number[:1].isdigit() or number == "1er" else " ".join(number.split())  # "2 bis"
        b = seg.b
        b.section = b.label_prefix if b.label_prefix != seg.pack.segment.front_label else ""
        b.open(seg.pack.segment.article_label.format(number), line.number, True)
        rest = s[m.end():].strip()
        if rest:
            b.pieces.append(rest)
            seg.consumed(s)
        else:
            seg.consumed(s + ":", heading=True)  # a heading: its text starts on the next line


class DecreeRomanPart(Processor):
    """'II. – …' inside an article: a further part of it, with its own intro and items."""

    def test(self, seg, s):
        b = seg.b
        if b.current is None or not b.current.numbered or not seg.at_start:
            return None
        if (b.item_stack and b.item_stack[0][0] == 0) or (_announces_list(b) and not s.rstrip().endswith(":")):
            # "… relatives : I. A la … ; II. …", "comprend : I. - Une direction X. II. - …": items of
            # a list, not parts (a part with a list of its own ends with a colon)
            return None
        return ROMAN_PART.match(s)

    def run(self, seg, line, s, m):
        b = seg.b
        if b.pieces or b.current.items or b.head.parts:
            b.open_part(line.number)
        b.pieces.append(s[m.end():])
        seg.consumed(s)


class DecreeItem(Processor):
    """Items of an article, nested by their numbering: '1°' items, 'a)' items, '―' dashes; an
    item goes into the nearest open item of a higher level. Items with the same mark nest
    too when the one before ends with a colon ('― trois sous-directions dénommées :' then
    '― la sous-direction …'), until one of them ends with a full stop or another item opening
    a list comes (a sibling of the first)."""

    LEVELS = ((ROMAN_ITEM, 0, "{}."), (DEGREE, 1, "{}°"), (PLAIN, 1, "{}."), (LETTER, 2, "{})"), (DASH, 3, "―"))

    def test(self, seg, s):
        b = seg.b
        if b.current is None or not b.current.numbered:
            return None
        m = DOTTED_ITEM.match(s)
        if m:  # "1.1." under the open item "1." (or "1.2.1." under "1.2."): one level below it
            level = _dotted_parent_level(b, m.group(1))
            if level is not None:
                return m, level + 0.5, "{}."
        in_list = bool(b.item_stack and b.item_stack[0][0] == 0) or (_announces_list(b) and not s.rstrip().endswith(":"))
        for pattern, level, style in self.LEVELS:
            m = pattern.match(s)
            if m and (level in (1, 3) or (level == 2 and seg.at_start) or (level == 0 and in_list)):
                return m, level, style
        if (s[:1].islower() or _names_a_unit(seg.pack, s)) and seg.after_sentence \
                and (_announces_list(b) or _unmarked_list(b)):
            return _EMPTY.match(s), 3, ""  # "comprend :" then lines without a mark: its items
        return None

    def run(self, seg, line, s, found):
        m, level, style = found
        b = seg.b
        b.flush_item()
        opens_list = s.rstrip().endswith(":")
        stack = b.item_stack  # entries: [level, item, closed, children ("", "same", "deeper")]
        while stack:
            top = stack[-1]
            if top[0] > level:
                stack.pop()
                continue
            if top[0] == level:
                opener = top[1].text.rstrip().endswith(":") and not top[2] and top[3] != "deeper"
                if opener and not (opens_list and top[3] == "same") and not _same_kind(seg.pack, top[1].text, s[m.end():]):
                    # the new item is in the list this one opens (a new list: a sibling; so is a unit of
                    # the opener's own kind: "- la sous-direction A, constituée par : - le bureau X ; - la
                    # sous-direction B.")
                    break
                ended = top[1].text.rstrip().endswith(".")
                stack.pop()
                if ended and stack and stack[-1][0] == level:
                    stack[-1][2] = True  # the nested list has ended
                continue
            break  # a higher level: the parent
        parent = stack[-1] if stack else None
        if parent is not None:
            parent[3] = "same" if parent[0] == level else "deeper"
        if level == 3 and style == "":  # an item without a mark, after a list's colon
            letter, mark = _dash_rank(b, parent), ""
        elif level == 3:
            letter, mark = _dash_rank(b, parent), "―"
        elif level == 2:
            letter, mark = m.group(2), "({})" if m.group(1) else "{})"
        else:
            letter, mark = m.group(1), style
        item = Item(letter, s[m.end():], line.number, mark)
        b.open_item(item, parent[1] if parent else None)
        stack.append([level, item, False, ""])
        seg.consumed(s)


_FIRST_WORDS = re.compile(r"^(\w+’|\w+\s+)?([\w-]+)")


def _names_a_unit(pack, s: str) -> bool:
    """'Le bureau Europe ;': a line that opens with a unit's head noun (after its article) and
    ends like a list item."""
    m = _FIRST_WORDS.match(s)
    head = m.group(2).lower() if m else ""
    return head in pack.names.unit_kinds and s.rstrip()[-1:] in ";.,"


def _dotted_parent_level(b, number: str):
    """The level of the open item whose number ``number`` extends ("1.2" under "1", "1.2.1" under
    "1.2"), or None: a dotted number with no such item is no item."""
    parent = number.rsplit(".", 1)[0]
    for level, item, _closed, _children in reversed(b.item_stack):
        if item.letter == parent:
            return level
    return None


def _unit_head(pack, s: str) -> tuple[str, str]:
    """The head noun a line opens with after its article ('la sous-direction X' -> 'sous-direction'),
    and its kind ('' when it is no unit kind)."""
    m = _FIRST_WORDS.match(s)
    head = m.group(2).lower() if m else ""
    return head, pack.names.unit_kinds.get(head, "")


def _same_kind(pack, opener: str, s: str) -> bool:
    """Both lines name one unit each, of one kind (no unit holds one of its own kind; a group,
    'trois bureaux dénommés :', holds its members)."""
    from .names import grammar

    head, kind = _unit_head(pack, opener)
    return bool(kind) and kind == _unit_head(pack, s)[1] and not grammar(pack).is_plural(head)


def _dash_rank(b, parent) -> str:
    """Dashes are numbered by their rank in their list, or, outside any, among the article's
    dashes; after items of another numbering ('1°', '2°') they go on from those, so that every
    item of an article has its own number."""
    if parent is not None:
        return str(sum(1 for it in parent[1].items if it.style in ("―", "")) + 1)
    top = [it for part in b.head.alineas() for it in part.items]
    return str(max([int(it.letter) for it in top if it.letter.isdigit()], default=0) + 1)


def _text_after_title(seg, s: str) -> bool:
    """'Le bureau cadres A' alone on a line (no final stop), then 'Il conduit …': the line was
    the name of what the next sentence, opening with a capitalised pronoun, speaks of."""
    b = seg.b
    if b.item_pieces is not None or b.current.items or not b.pieces or not s[:1].isupper():
        return False
    title = join_lines(b.pieces)
    m = seg.pack.clauses.pronoun_subject.match(s)
    return bool(m) and m.end() == len(s.split()[0]) and len(title.split()) <= SUMMARY_MAX_WORDS \
        and (title[-1:].isalnum() or title.endswith(")")) and not ends_sentence(title)


def _announces_list(b) -> bool:
    """The current alinéa ends with a colon and has no items yet: a list follows."""
    return not b.current.items and bool(b.pieces) and b.pieces[-1].rstrip().endswith(":")


def _unmarked_list(b) -> bool:
    """The current alinéa's items so far have no mark."""
    return bool(b.current.items) and b.current.items[-1].style == "" and b.item is not None


class DecreeText(Text):
    """In an article, a line after a finished sentence starts a further alinéa of it (the
    article stays one paragraph) when a blank line or a capital says so; elsewhere, as
    :class:`Text`. (Texts with one alinéa a line come with their blank lines taken out.)"""

    def run(self, seg, line, s, m):
        b = seg.b
        if b.current is None or not b.current.numbered:
            super().run(seg, line, s, m)
            return
        if (seg.after_sentence and (seg.blank_before or s[:1].isupper()) and (b.pieces or b.current.items)) \
                or _text_after_title(seg, s):
            b.open_part(line.number)
        target = b.item_pieces if b.item_pieces is not None else b.pieces
        target.append(s)
        seg.consumed(s)


FAMILIES: dict[str, tuple[Processor, ...]] = {
    "bulletin": (SectionHeading(), BoxLabel(), DottedParagraph(), SubParagraph(), LetteredItem(), SubHeading(),
                 BulletInParagraph(), Text()),
    "report": (SectionHeading(), BoxLabel(), ReportHeading(), PlainParagraph(), LetteredItem(),
               BulletInParagraph(), Text()),
    "decree": (DecreePart(), DecreeArticle(), DecreeRomanPart(), DecreeItem(), DecreeText()),
}


def processors_for(family: str) -> tuple[Processor, ...]:
    return FAMILIES.get(family, ())


def guess_family(lines, pack) -> str:
    """The family whose numbering the lines follow: dotted paragraphs under sections
    (bulletin), articles (decree), plain numbered paragraphs (report)."""
    sections = dotted = plain = articles = 0
    words = pack.segment
    for line in lines:
        s = line.text.strip()
        if not s:
            continue
        if words.section.match(s):
            sections += 1
        elif DOTTED.match(s):
            dotted += 1
        elif PLAIN.match(s):
            plain += 1
        elif words.article.match(s):
            articles += 1
    if sections and dotted >= 2:
        return "bulletin"
    first = next((line.text.strip() for line in lines if line.text.strip()), "")
    if articles >= 2 and articles >= plain or (articles and words.decree_title.match(first)):
        return "decree"  # ("Arrêté du …" with one article and items "1.", "2.")
    if plain >= 3:
        return "report"
    if dotted >= 2:
        return "bulletin"
    if articles:
        return "decree"
    return ""
