"""Kind words -> family of the chart's colours (data, French and English).

A unit's kind is the head noun the extractor read ("Division", "Bureau", "Department", "Team").
Cards are coloured by *family*, not by kind, so that the dozens of kinds the texts use share a
handful of colours a reader can learn. Words are folded (lower case, no accents); a kind is
matched whole first, then by its first word ("Sous-division" whole, "Office of X" by "office").
Any kind not listed is a body outside the Secretariat (neutral style).

A new language adds its words to these lists; the code never names a kind.
"""

from __future__ import annotations

# family -> folded kind words (whole kinds or first words), French and English
FAMILY_WORDS: dict[str, tuple[str, ...]] = {
    "executive": ("secretaire general", "secretaire generale", "vice-secretaire generale", "vice-secretaire general",
                  "secretary-general", "deputy secretary-general"),
    "department": ("departement", "department", "direction", "direction generale", "directorate",
                   "directorate-general"),
    "office": ("bureau", "office", "secretariat", "secretariat general", "cabinet", "centre", "center",
               "executive office", "delegation", "inspection", "inspection generale"),
    "division": ("division", "sous-division", "branche", "branch", "subdivision", "sous-direction"),
    "service": ("service",),
    "section": ("section", "sub-section", "sous-section"),
    "unit": ("unite", "unit", "equipe", "team", "groupe", "group", "cellule", "cell", "pole", "desk"),
    "mission": ("mission", "force", "operation", "operations", "base"),
}

# the families in the order of the legend (and of a reading of the chart, top to bottom)
FAMILY_ORDER: tuple[str, ...] = ("executive", "department", "office", "division", "service", "section", "unit",
                                 "mission", "outside")
OUTSIDE = "outside"  # bodies outside the Secretariat, and any kind not listed above
