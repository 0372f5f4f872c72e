"""Cited document symbols (mandates): ST/SGB/…, A/RES/…, S/RES/…, A/64/223 …"""

from __future__ import annotations

import re

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
# "résolution 77/262 de l’Assemblée générale", "résolutions 72/266 B et 75/253 A"
_GA_RESOLUTION = re.compile(r"[Rr]ésolutions?\s+((?:\d{2,3}/\d{1,3}(?:\s+[A-H])?(?:,\s*|\s+et\s+)?)+)")
_SC_RESOLUTION = re.compile(r"[Rr]ésolution\s+(\d{3,4})\s*\((\d{4})\)")
_MARKER = re.compile(r"(?<=[a-zéèêàùûôîç»)])(\d{1,2})(?=[\s,.;:]|$)")


def symbols_in(text: str) -> list[str]:
    """Every document symbol cited in ``text``, in order, without duplicates."""
    found: list[tuple[int, str]] = []
    for m in _SYMBOL.finditer(text):
        found.append((m.start(), re.sub(r"\s+", "", m.group())))
    for m in _SC_RESOLUTION.finditer(text):
        found.append((m.start(), f"S/RES/{m.group(1)}({m.group(2)})"))
    for m in _GA_RESOLUTION.finditer(text):
        if "Conseil de sécurité" in text[m.end(): m.end() + 40]:
            continue
        for number in re.findall(r"\d{2,3}/\d{1,3}", m.group(1)):
            found.append((m.start(1), f"A/RES/{number}"))
    out: list[str] = []
    for _, sym in sorted(found):
        if sym not in out:
            out.append(sym)
    return out


def footnote_markers(text: str) -> list[str]:
    """Footnote numbers glued to words ('dans le monde entier1,')."""
    return _MARKER.findall(text)
