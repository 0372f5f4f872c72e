"""Language packs: every word of a language the extractor reads, as data.

One frozen :class:`LanguagePack` per language (``fr.py``, ``en.py``), in the manner of
spaCy's language folders: the pipeline code names no word of any language, it asks the
pack of the document's language. A pattern is a :class:`Pattern` (a named regular
expression with an example it must match, checked by the tests).

``detect(text)`` tells the language of a text from its commonest small words.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Iterator

from .pack import LanguagePack, Pattern

__all__ = ["LanguagePack", "Pattern", "PACKS", "pack_for", "detect", "patterns_of"]


def _load() -> dict[str, LanguagePack]:
    from . import en, fr

    return {p.code: p for p in (fr.PACK, en.PACK)}


PACKS: dict[str, LanguagePack] = _load()
DEFAULT = "fr"

_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str, sample: int = 200_000) -> str:
    """The code of the pack whose frequent small words the text uses most (``DEFAULT`` when
    none is found: an empty or wordless text)."""
    counts = {code: 0 for code in PACKS}
    for word in _WORD.findall(text[:sample].lower()):
        for code, pack in PACKS.items():
            if word in pack.detect_words:
                counts[code] += 1
    best = max(counts.items(), key=lambda kv: kv[1])
    return best[0] if best[1] > 0 else DEFAULT


def pack_for(code: str | None) -> LanguagePack:
    return PACKS.get(code or DEFAULT, PACKS[DEFAULT])


def patterns_of(obj: object) -> Iterator[tuple[str, Pattern]]:
    """Every :class:`Pattern` in a pack (its nested parts included), with its field path."""
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, Pattern):
            yield f.name, value
        elif hasattr(value, "__dataclass_fields__"):
            for name, pattern in patterns_of(value):
                yield f"{f.name}.{name}", pattern
