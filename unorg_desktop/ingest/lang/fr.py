"""French: Secretary-General's bulletins (circulaires), reports and ministry decrees."""

from __future__ import annotations

import re

from .pack import LanguagePack, Pattern, SegmentWords

_ROMAN = r"[IVXLC]+"

SEGMENT = SegmentWords(
    section=Pattern(
        "section",
        r"^(?:Section|Chapitre|SECTION|CHAPITRE)\s+(?P<number>\d+)\s*(?:\s(?P<title>[A-ZÀ-Ý][^.;:]{2,120}))?$",
        "Section 4 Division de la logistique",
    ),
    box=Pattern("box", r"^(?P<label>(?:Encadré|Carte|Figure|Tableau)\s+\d+)\s*$", "Encadré 7"),
    summary=Pattern("summary", r"^(?P<label>Résumé)\s*$", "Résumé"),
    front_part=Pattern("front_part", r"^(?P<label>Introduction|Préambule)\s*$", "Préambule"),
    article=Pattern(
        "article",
        r"^(?:#+\s*)?(?:Article|ARTICLE|Art\.)\s+(?P<number>\d+(?:er)?|premier|unique)"
        r"(?:\s*(?:bis|ter|quater))?(?:\s*$|\s*[.:–—-][.:–—\s-]*)",
        "Article 1er",
    ),
    part=Pattern(
        "part",
        rf"^(?:#+\s*)?(?P<word>TITRE|Titre|CHAPITRE|Chapitre|SECTION|Section|Sous-section)\s+"
        rf"(?P<number>\d+(?:er)?|{_ROMAN}(?:er)?|premier|unique)\s*(?:[.:–—-]\s*(?P<title>.*))?$",
        "Chapitre Ier : Dispositions générales",
    ),
    bulletin_header=Pattern("bulletin_header", r"^Circulaire du secr[ée]taire g[ée]n[ée]ral\b", "Circulaire du Secrétaire général",
                            re.I),
    front_label="préambule",
    section_label="section {}",
    unnumbered="{}, al. {}",
    article_label="Article {}",
    title_connectors=frozenset("de du des d’ la le les l’ et à au aux pour sur en".split()),
)

PACK = LanguagePack(
    code="fr",
    detect_words=frozenset(
        "le la les des du de et est sont dans pour qui une sur au aux par avec que ces cette il elle".split()
    ),
    segment=SEGMENT,
)
