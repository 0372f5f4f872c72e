"""Never silent: what each document yielded, and a warning when that is almost nothing."""

from __future__ import annotations

from collections import Counter

from .records import Extraction, Found

MIN_UNITS = 3  # fewer units than this and a text is probably not an organisation text
ORGANISING = ("bulletin", "decree")  # families that state reporting lines


def summarise(ex: Extraction) -> None:
    """Fill ``ex.found`` (one record a document) and warn about documents that yield almost
    nothing: fewer than three units, or a bulletin or decree that states no reporting line
    (lines it only implies, a unit under the section it is named in, do not count)."""
    units = Counter(u.document for u in ex.units if u.document is not None)
    lines = Counter(line.document for line in ex.lines)
    stated = Counter(line.document for line in ex.lines if line.evidence)  # not merely assumed
    attributions = Counter(a.document for a in ex.attributions)
    ex.found = [Found(d.id, d.source_file, d.family or d.kind, d.language, units[d.id], lines[d.id],
                      attributions[d.id]) for d in ex.documents]
    for f in ex.found:
        if f.units < MIN_UNITS:
            ex.warnings.append(f"{f.source_file}: {f.units} unit{'' if f.units == 1 else 's'} found — "
                               f"is this an organisation text?")
        elif f.family in ORGANISING and stated[f.document] == 0:
            ex.warnings.append(f"{f.source_file}: no reporting line stated among {f.units} units — "
                               f"is this an organisation text?")
