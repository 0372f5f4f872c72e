"""Clean the plain-text extraction of a PDF into logical lines.

PDF extraction leaves page headers, job numbers, URL lines, footnote blocks,
double spacing and odd spaces before apostrophes. This module removes the
artefacts and returns :class:`Line` objects that keep their original line
number, so later errors and warnings can point into the source file.
Lines are *not* joined here: paragraph segmentation needs the line starts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHE = "\u2019"

_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S*\s*$")
# A document symbol alone on a line is a running page header ("A/66/320").
_SYMBOL_HEADER = re.compile(r"^\s*[A-Z]{1,3}(/[A-Z0-9.]+)+\s*$")
# Job number with the page number glued on either side ("911-47972", "11-4797224").
_JOB_NUMBER = re.compile(r"^\s*\d{0,3}\d{2}-\d{5}\d{0,3}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}(/\d{1,3})?\s*$")
_FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")
_FOOTNOTE_START = re.compile(r"^\s{0,3}(\d{1,2})\s+\S")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Line:
    number: int  # 1-based line number in the source file
    text: str  # cleaned text, leading indentation kept, trailing spaces stripped

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class Footnote:
    number: str
    text: str
    line: int


def normalize_text(text: str) -> str:
    """Normalise characters without changing the line structure."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    text = text.replace("\u00ad", "")  # soft hyphen
    # One apostrophe everywhere, so straight-quote texts give the same names.
    text = re.sub(r"['\u2018\u02bc]", APOSTROPHE, text)
    # "l ’Union" -> "l’Union"; "qu ’à" -> "qu’à"
    text = re.sub(r"(\w) +" + APOSTROPHE + r" *(?=\w)", r"\1" + APOSTROPHE, text)
    return text


def _is_double_spaced(lines: list[str]) -> bool:
    """True when (almost) every text line is followed by one blank line."""
    text_lines = followed_by_blank = 0
    for i, line in enumerate(lines[:-1]):
        if line.strip():
            text_lines += 1
            if not lines[i + 1].strip():
                followed_by_blank += 1
    return text_lines >= 10 and followed_by_blank / text_lines > 0.8


def _undouble(lines: list[str]) -> list[tuple[int, str]]:
    """Drop the blank line after each text line; keep runs of extra blanks as one."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        out.append((i + 1, lines[i]))
        if lines[i].strip() and i + 1 < len(lines) and not lines[i + 1].strip():
            i += 2
        else:
            i += 1
    return out


def _is_artefact(stripped_line: str) -> bool:
    return bool(
        _URL_LINE.match(stripped_line)
        or _SYMBOL_HEADER.match(stripped_line)
        or _JOB_NUMBER.match(stripped_line)
        or _PAGE_NUMBER.match(stripped_line)
    )


def clean_lines(raw: str) -> tuple[list[Line], list[Footnote]]:
    """Return the body lines (artefacts removed) and the footnotes."""
    text = normalize_text(raw)
    physical = text.split("\n")
    numbered = _undouble(physical) if _is_double_spaced(physical) else [
        (i + 1, line) for i, line in enumerate(physical)
    ]
    body: list[Line] = []
    footnotes: list[Footnote] = []
    in_notes = False
    for number, line in numbered:
        line = line.rstrip()
        stripped = line.strip()
        if _FOOTNOTE_RULE.match(line):
            in_notes = True
            body.append(Line(number, ""))
            continue
        if stripped and _is_artefact(stripped):
            continue
        if in_notes:
            start = _FOOTNOTE_START.match(line)
            if start:
                footnotes.append(Footnote(start.group(1), stripped[len(start.group(1)):].strip(), number))
                continue
            if not stripped:
                continue
            if footnotes and not line.startswith(" "):
                footnotes[-1].text = join_two(footnotes[-1].text, stripped)
                continue
            in_notes = False  # an indented line: the body text resumes
        body.append(Line(number, line))
    return body, footnotes


def join_two(left: str, right: str) -> str:
    """Join two pieces of a broken line: keep real hyphens, add one space otherwise."""
    left = left.rstrip()
    right = right.strip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and not left.endswith(" -"):
        return left + right
    return left + " " + right


def join_lines(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        if piece.startswith("\n"):
            out = out.rstrip() + "\n" + piece.strip()
        else:
            out = join_two(out, piece)
    return re.sub(r" {2,}", " ", out).strip()
