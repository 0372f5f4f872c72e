"""How a document and a paragraph are named to a reader (no Qt): cards' badges, citations,
tooltips and the side panel share these words.

A document is named by its symbol ("ST/SGB/2010/1"); without one, by a *short title*: its title
without the generic opening ("Organisation du …", "Report of the Secretary-General on …"). An
internal document id ("000") is never shown. A paragraph is "par. 3.1" when numbered; the labels
the extractor gives to unnumbered text ("préambule, al. 2", "Encadré 7") are rendered in the
interface language ("preamble, para. 2", "Box 7").

The word lists below are data: a new language is a new entry, never a new branch.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Generic openings of document titles, by language: removed (with a following article) to get
# the short title. Longest first is not required: every prefix is tried, the longest match wins.
TITLE_OPENINGS: dict[str, tuple[str, ...]] = {
    "fr": ("organisation", "rapport du secrétaire général sur", "rapport du secrétaire général", "rapport sur",
           "circulaire du secrétaire général", "bulletin du secrétaire général", "note du secrétaire général sur"),
    "en": ("organization", "organisation", "report of the secretary-general on", "report of the secretary-general",
           "report on", "secretary-general's bulletin", "note by the secretary-general on"),
}
TITLE_ARTICLES: dict[str, tuple[str, ...]] = {
    "fr": ("du", "de la", "de l’", "de l'", "des", "de", "le", "la", "les", "l’", "l'"),
    "en": ("of the", "of", "the", "on the", "on"),
}

# Words of the extractor's labels for unnumbered text, per interface language (folded key).
LABEL_WORDS: dict[str, dict[str, str]] = {
    "preambule": {"fr": "préambule", "en": "preamble"},
    "preamble": {"fr": "préambule", "en": "preamble"},
    "al.": {"fr": "al.", "en": "para."},
    "para.": {"fr": "al.", "en": "para."},
    "encadre": {"fr": "Encadré", "en": "Box"},
    "box": {"fr": "Encadré", "en": "Box"},
    "carte": {"fr": "Carte", "en": "Map"},
    "map": {"fr": "Carte", "en": "Map"},
    "resume": {"fr": "Résumé", "en": "Summary"},
    "summary": {"fr": "Résumé", "en": "Summary"},
    "tableau": {"fr": "Tableau", "en": "Table"},
    "table": {"fr": "Tableau", "en": "Table"},
    "figure": {"fr": "Figure", "en": "Figure"},
    "annexe": {"fr": "Annexe", "en": "Annex"},
    "annex": {"fr": "Annexe", "en": "Annex"},
    "note": {"fr": "note", "en": "note"},
    "section": {"fr": "section", "en": "section"},
}
PARAGRAPH_WORD = {"fr": "par.", "en": "par."}  # numbered paragraphs: "ST/SGB/2010/1, par. 3.1"


def fold(text: str) -> str:
    """Lower case without accents (kinds, label words and openings are compared folded)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def _strip_prefix(text: str, prefixes) -> str:
    folded = fold(text)
    best = ""
    for prefix in prefixes:
        p = fold(prefix)
        # the prefix must end at a word boundary (an elided article ends with its apostrophe)
        if folded.startswith(p) and (len(folded) == len(p) or not folded[len(p)].isalnum() or p[-1] in "'’"):
            if len(p) > len(best):
                best = p
    return text[len(best):].lstrip(" ,:—-") if best else text


@lru_cache(maxsize=1024)  # every card of a document asks (fold() on each opening is not cheap)
def short_title(title: str, language: str = "fr") -> str:
    """``title`` without its generic opening and article, first letter capitalised:
    "Organisation du Bureau Z" -> "Bureau Z"."""
    title = " ".join((title or "").split())
    if not title:
        return ""
    languages = [language] + [lang for lang in TITLE_OPENINGS if lang != language]
    for lang in languages:
        rest = _strip_prefix(title, TITLE_OPENINGS[lang])
        if rest != title:
            rest = _strip_prefix(rest, TITLE_ARTICLES[lang])
            if rest:
                return rest[0].upper() + rest[1:]
    return title


def doc_label(document) -> str:
    """A document as a reader knows it: symbol, else short title; "" when it has neither."""
    if document is None:
        return ""
    if document.symbol:
        return document.symbol
    return short_title(document.title or "", getattr(document, "language", "fr") or "fr")


def paragraph_label(paragraph: str | None, language: str = "en") -> str:
    """"par. 3.1" for a numbered paragraph; an unnumbered label in ``language``
    ("préambule, al. 2" -> "preamble, para. 2" in English)."""
    paragraph = (paragraph or "").strip()
    if not paragraph:
        return ""
    if paragraph[0].isdigit() or re.fullmatch(r"[IVXLC]+(\.\d+)*", paragraph):  # "3.1", "II.3"
        return f"{PARAGRAPH_WORD.get(language, 'par.')} {paragraph}"
    out = []
    for token in re.split(r"(\s+|,)", paragraph):
        word = LABEL_WORDS.get(fold(token))
        if word is not None:
            token = word.get(language, token)
        out.append(token)
    return "".join(out)


def cite(document, paragraph: str | None, language: str = "en", fallback: str = "") -> str:
    """"ST/SGB/2010/1, par. 3.1", "<short title>, preamble, para. 2"; ``fallback`` names a
    document that is not known (or has neither symbol nor title)."""
    label = doc_label(document) or fallback
    where = paragraph_label(paragraph, language)
    return f"{label}, {where}" if label and where else label or where
