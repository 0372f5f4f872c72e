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


def footnote_markers(text: str) -> list[str]:
    """Footnote numbers glued to words ('dans le monde entier1,')."""
    return _MARKER.findall(text)
