"""The shape of a language pack (the data each ``lang/xx.py`` fills in)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, eq=False)
class Pattern:
    """A named regular expression with an example it must match (tests check each)."""

    name: str
    regex: str
    example: str
    flags: int = 0
    compiled: re.Pattern = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex, self.flags))

    def match(self, text: str, pos: int = 0):
        return self.compiled.match(text, pos)

    def search(self, text: str, pos: int = 0):
        return self.compiled.search(text, pos)

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def __str__(self) -> str:  # so a pattern can sit inside a larger regular expression
        return self.regex


@dataclass(frozen=True, eq=False)
class SegmentWords:
    """Words of the numbering schemes: headings, boxes, labels of unnumbered text."""

    section: Pattern  # "Section 4 Title": group "number", optional group "title"
    box: Pattern  # "Encadré 7": a box, a map, a figure: one paragraph with that label
    summary: Pattern  # "Résumé": one paragraph with that label
    front_part: Pattern  # "Introduction": a part whose paragraphs are numbered by label
    article: Pattern  # "Article 3", "Article 1er": group "number"
    part: Pattern  # "TITRE II", "Chapitre 1er": a part of a decree; groups "word", "number"
    bulletin_header: Pattern  # the line above a bulletin's title
    front_label: str  # label of unnumbered text before any heading
    section_label: str  # label of unnumbered text in section {n}
    unnumbered: str  # "{part}, al. {n}": the n-th unnumbered paragraph of a part
    article_label: str  # "Article {}": the paragraph number of an article
    title_connectors: frozenset[str]  # a title line ending with one of these goes on


@dataclass(frozen=True, eq=False)
class LanguagePack:
    code: str  # ISO 639-1
    detect_words: frozenset[str]  # frequent small words: the language detector counts them
    segment: SegmentWords
