"""Cited document symbols (mandates): ST/SGB/…, A/RES/…, S/RES/…, A/64/223 …"""

from __future__ import annotations

import re

from .lang import LanguagePack

_SYMBOL = re.compile(
    r"\b(?:"
    r"ST/(?:SGB|AI|IC)/\d{4}(?:/\d+)?(?:/(?:Rev|Add|Amend|Corr)\.\d+)*"
    r"|ST/AI/\d+(?:/(?:Rev|Add|Amend|Corr)\.\d+)*"
    r"|[ASE]/RES/\d+/\d+"
    r"|S/RES/\d+\s*\(\d{4}\)"
    r"|A/(?:[A-Z]+\.\d+/)?\d+/\d+(?:/(?:Rev|Add|Amend|Corr)\.\d+)*"
    r"|[ES]/\d{4}/\d+"
    r")"
)
#: Lines of a first page read for the document's own symbol ("United Nations   ST/SGB/2010/2").
HEADER_LINES = 6
#: Other words a header line may hold beside the symbol ("United Nations", "Distr.: General").
HEADER_WORDS = 4
_MARKER = re.compile(r"(?<=[a-zéèêàùûôîç»)])(\d{1,2})(?=[\s,.;:]|$)")


def symbols_in(text: str, pack: LanguagePack) -> list[str]:
    """Every document symbol cited in ``text`` (symbols, and resolutions as the language
    writes them: "résolution 60/1 de l’Assemblée générale", "General Assembly resolution
    60/1"), in order, without duplicates."""
    words = pack.citations
    found: list[tuple[int, str]] = []
    for m in _SYMBOL.finditer(text):
        found.append((m.start(), re.sub(r"\s+", "", m.group())))
    for m in words.sc_resolution.finditer(text):
        found.append((m.start(), f"S/RES/{m.group('number')}({m.group('year')})"))
    for m in words.ga_resolution.finditer(text):
        if words.sc_after.search(text[m.end(): m.end() + 40]):
            continue
        for number in re.findall(r"\d{2,3}/\d{1,3}", m.group("numbers")):
            found.append((m.start("numbers"), f"A/RES/{number}"))
    out: list[str] = []
    for _, sym in sorted(found):
        if sym not in out:
            out.append(sym)
    return out


def header_symbol(lines: list[str], pack: LanguagePack) -> str:
    """The document's own symbol, read from its first page's header lines: a symbol that opens or
    ends one of the first non-empty lines ("United Nations      ST/SGB/2010/2", "A/78/990" alone),
    among few other words, above the bulletin header ("Secretary-General's bulletin"). A symbol
    cited in the preamble ("pursuant to … ST/SGB/1997/5, entitled …") is none of these. "" if
    the header states none."""
    seen = 0
    for line in lines:
        words = line.split()
        if not words:
            continue
        if seen >= HEADER_LINES or pack.segment.bulletin_header.match(line.strip()):
            break
        seen += 1
        if len(words) > HEADER_WORDS + 1:
            continue
        for word in (words[-1].rstrip("*"), words[0].rstrip("*")):  # ("A/66/320*": a reissue mark)
            if _SYMBOL.fullmatch(word):
                return word
    return ""


def footnote_markers(text: str) -> list[str]:
    """Footnote numbers glued to words ('dans le monde entier1,')."""
    return _MARKER.findall(text)
