"""English: Secretary-General's bulletins and reports."""

from __future__ import annotations

import re

from .pack import LanguagePack, Pattern, SegmentWords

_ROMAN = r"[IVXLC]+"

SEGMENT = SegmentWords(
    section=Pattern(
        "section",
        r"^(?:Section|Chapter|SECTION|CHAPTER)\s+(?P<number>\d+)\s*(?:\s(?P<title>[A-Z][^.;:]{2,120}))?$",
        "Section 2 Functions and organization",
    ),
    box=Pattern("box", r"^(?P<label>(?:Box|Map|Figure|Table)\s+\d+)\s*$", "Box 3"),
    summary=Pattern("summary", r"^(?P<label>Summary)\s*$", "Summary"),
    front_part=Pattern("front_part", r"^(?P<label>Introduction|Preamble)\s*$", "Introduction"),
    article=Pattern(
        "article",
        r"^(?:#+\s*)?(?:Article|ARTICLE|Art\.)\s+(?P<number>\d+)(?:\s*$|\s*[.:–—-][.:–—\s-]*)",
        "Article 2",
    ),
    part=Pattern(
        "part",
        rf"^(?:#+\s*)?(?P<word>TITLE|Title|CHAPTER|Chapter|PART|Part)\s+(?P<number>\d+|{_ROMAN})"
        rf"\s*(?:[.:–—-]\s*(?P<title>.*))?$",
        "Chapter II: Organization",
    ),
    bulletin_header=Pattern("bulletin_header", r"^Secretary-General[’']s bulletin\b", "Secretary-General’s bulletin", re.I),
    front_label="preamble",
    section_label="section {}",
    unnumbered="{}, para. {}",
    article_label="Article {}",
    title_connectors=frozenset("of the for and on in to a an at".split()),
)

PACK = LanguagePack(
    code="en",
    detect_words=frozenset(
        "the of and is are in to for which with by on that this its it be shall as".split()
    ),
    segment=SEGMENT,
)
