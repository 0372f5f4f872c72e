"""Read unit names and post titles out of French sentences.

A name starts at a head noun from the vocabulary (``Division``, ``Service``,
…) and runs over complements (``de la``, ``pour les``, adjectives, proper
nouns) until a verb, a relative pronoun, a parenthesis or the end of the
clause. Commas end a name unless the comma opens an ``A, B et C`` series of
complements (``Division des politiques, de l’évaluation et de la formation``).
"""

from __future__ import annotations

from functools import lru_cache

import re
import unicodedata
from dataclasses import dataclass

from .vocab import (
    SINGLE_WORD_ENTITIES,
    ENTITY_KINDS,
    HEAD_TITLES,
    NAME_CONNECTORS,
    NAME_FIXED_PHRASES,
    NAME_STOPWORDS,
    UNIT_KINDS,
)

_ELIDED = r"(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)’"
# A footnote number glued to a word ("intégré3") is a separate token.
_TOKEN = re.compile(_ELIDED + r"|[^\W\d_]*[a-zà-ÿ](?=\d{1,2}\b)|\w+(?:[-.]\w+)*|[^\w\s]")


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1 << 16)  # pure and called per draft per lookup
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free key for comparing names."""
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("’", " ").replace("-", " ")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def kind_of(word: str, entities: bool = False) -> str | None:
    low = word.lower()
    kind = UNIT_KINDS.get(low)
    if kind is None and entities:
        kind = ENTITY_KINDS.get(low)
    return kind


def _is_title_word(tok: Token) -> bool:
    low = tok.low
    return any(t.split()[0] == low for t in HEAD_TITLES)


# In reports' free prose, these end a name too (complements of a description).
_PROSE_STOPS = frozenset("relatif relative relatifs relatives visant un une".split())
_COMPLEMENT = frozenset("de du des d’ pour contre".split())
_ADJECTIVE_ENDINGS = (
    "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
    "ique", "iques", "if", "ive", "ifs", "ives", "aire", "aires", "é", "ée", "és", "ées",
    "ant", "ante", "ants", "antes", "ent", "ente", "ents", "entes", "eur", "eurs", "in", "ine",
    "ins", "ines", "ais", "aise", "ier", "ière", "iers", "ières", "un", "une", "ois", "oise",
    "ile", "iles", "ble", "bles",
)
_NOT_ADJECTIVES = frozenset(
    "continuent continue réunit propose vise permet restent maintiennent examine situées situés".split()
)


_ARTICLES = frozenset("la le les l’ un une".split())


def _infinitive(word: str) -> bool:
    return len(word) > 4 and word.endswith(("er", "ir", "oir", "dre", "ttre", "ire"))


def _adjective_like(word: str) -> bool:
    return word.endswith(_ADJECTIVE_ENDINGS) and word not in _NOT_ADJECTIVES


_NUMBERS = frozenset("deux trois quatre cinq six sept huit neuf dix".split())


@dataclass
class NameMatch:
    name: str
    kind: str
    start: int  # offset of the head noun in the text
    end: int  # offset just after the name
    paren: str = ""  # a parenthesis right after the name ("Chef de service")
    parallel: bool = False  # holds a series "pour les A, les B et les C"


def read_name(text: str, tokens: list[Token], k: int, entities: bool = False) -> NameMatch | None:
    """Read the name whose head noun is ``tokens[k]``."""
    head = tokens[k]
    kind = kind_of(head.text, entities)
    if kind is None:
        return None
    i = k + 1
    last = k  # index of the last token that belongs to the name
    n = len(tokens)
    series_article = -1
    while i < n:
        tok = tokens[i]
        low = tok.low
        if not tok.is_word and low not in ("’",):
            if low == "," and _comma_series(tokens, i):
                i += 1
                continue
            if low == "," and entities and _parallel_series(tokens, k, i):
                series_article = i + 1  # the repeated article is not a stray one
                i += 1
                continue
            break
        if entities and tok.is_capitalized and "\n" in text[tokens[i - 1].end:tok.start]:
            break  # a line the text keeps apart (a box's title, then its text)
        fixed = _fixed_phrase(tokens, i)
        if fixed:
            last = i + fixed - 1
            i += fixed
            continue
        if low in NAME_STOPWORDS:
            break
        if entities and low in _PROSE_STOPS:
            break
        if entities and low in ("et", "ou") and not any(t.low in _COMPLEMENT for t in tokens[k + 1:i]):
            break  # "l’Organisation et le secteur privé": two things, not one name
        if entities and low in ("en", "sur") :
            break
        if entities and (low in ("avec",) or low.isdigit()):
            break  # "Centre avec la mission", a footnote marker ("mondial 1")
        if low in NAME_CONNECTORS:
            j = i
            while j < n and tokens[j].low in NAME_CONNECTORS:
                j += 1
            if j >= n or not tokens[j].is_word or tokens[j].low in NAME_STOPWORDS:
                break
            if low in _ARTICLES and i != series_article and not (j == i + 1 and nxt_low(tokens, j) in ("moins", "plus")):
                break  # "… d’Entebbe l’indépendance": an article without a preposition
                # (but "pays les moins avancés" is a superlative inside the name)
            nxt = tokens[j]
            if entities and j == i + 1 and low in ("de", "d’") and _infinitive(nxt.low):
                break  # "l’Assemblée générale de prendre …"
            chain = {t.low for t in tokens[i:j]}
            if chain & {"et", "ou"} and (chain & {"un", "une"} or nxt.low in _NUMBERS):
                break  # "… et une équipe …", "… et quatre divisions …": the next item
            if low in ("et", "ou") and j > i + 1 and nxt.is_capitalized and not nxt.text.isupper():
                break  # "… et du Département …": another entity starts
            if low in ("et", "ou") and j == i + 1 and nxt.is_capitalized and (
                kind_of(nxt.text, True) or _is_title_word(nxt)
            ):
                break  # "… et Service …"
            if low in ("à", "au", "aux") and nxt.is_capitalized and not nxt.text.isupper():
                break  # "… au Secrétaire général": a complement of the verb
            if nxt.text == "Département" and any(tokens[x].low in ("du", "de", "des") for x in range(i, j)):
                break  # "Section X du Département Y": the department qualifies it
            i = j
            continue
        if entities and tok.text[:1].islower():
            prev = tokens[i - 1].low
            if prev in ("à", "au", "aux") and low.endswith(("er", "ir", "re")) and len(low) > 4:
                break  # "à mettre en œuvre": an infinitive, not a complement
            if prev not in NAME_CONNECTORS and not _adjective_like(low):
                break  # "… du Secrétariat continue …": in prose, a verb follows the name
        last = i
        i += 1
    if entities and head.text in SINGLE_WORD_ENTITIES:
        qual = re.match(r"\s+(?:de l’ONU|des Nations Unies|de l’Organisation des Nations Unies)", text[head.end:])
        end = head.end + (qual.end() if qual else 0)
        return NameMatch(text[head.start:end], kind, head.start, end)
    end = tokens[last].end
    name = text[head.start:end]
    name = re.sub(r"\s+", " ", name).strip(" ,")
    paren = ""
    rest = text[end:]
    m = re.match(r"\s*\(([^()]{1,240})\)", rest)
    if m:
        paren = m.group(1).strip()
    return NameMatch(name, kind, head.start, end, paren, parallel=series_article >= 0)


def nxt_low(tokens: list[Token], j: int) -> str:
    return tokens[j].low if j < len(tokens) else ""


def _fixed_phrase(tokens: list[Token], i: int) -> int:
    """Length of a fixed complement ("en développement") starting at ``i``, else 0."""
    for phrase in NAME_FIXED_PHRASES:
        if tuple(t.low for t in tokens[i:i + len(phrase)]) == phrase and i > 0 and tokens[i - 1].is_word:
            return len(phrase)
    return 0


def _parallel_series(tokens: list[Token], k: int, i: int) -> bool:
    """True when the comma at ``i`` continues a series of complements of one preposition:
    "Bureau … pour les pays A, les pays B et les petits États C" (the article after the comma
    repeats the one after "pour", and the series closes with "et" + that article)."""
    n = len(tokens)
    article = next(
        (tokens[x + 1].low for x in range(k + 1, i - 1) if tokens[x].low == "pour" and tokens[x + 1].low in _ARTICLES),
        None,
    )
    if article is None or nxt_low(tokens, i + 1) != article:
        return False
    if i + 2 >= n or not tokens[i + 2].is_word or tokens[i + 2].is_capitalized:
        return False
    for j in range(i + 2, n - 1):
        t = tokens[j]
        if t.text in ".;:()" or (t.low in NAME_STOPWORDS and not _fixed_phrase(tokens, j)):
            return False
        if t.low == "et" and tokens[j + 1].low == article:
            return True
        if t.text == "," and nxt_low(tokens, j + 1) != article:
            return False
    return False


def _comma_series(tokens: list[Token], i: int) -> bool:
    """True when the comma at ``i`` opens 'A, B et C' inside one name."""
    n = len(tokens)
    j = i + 1
    if j >= n or tokens[j].low not in ("du", "de", "des", "d’", "la", "l’"):
        return False
    # the complement after the comma must be lower-case ("de l’évaluation")
    while j < n and tokens[j].low in NAME_CONNECTORS:
        j += 1
    if j >= n or not tokens[j].is_word or tokens[j].is_capitalized:
        return False
    # and the series must close with "et de/du/des ..." before the clause ends
    while j < n:
        t = tokens[j]
        if t.low in NAME_STOPWORDS or t.text in ".;:()":
            return False
        if t.text == ",":
            nxt = tokens[j + 1] if j + 1 < n else None
            if nxt is None or nxt.low not in ("du", "de", "des", "d’", "la", "l’"):
                return False
        if t.low == "et" and j + 1 < n and tokens[j + 1].low in ("du", "de", "des", "d’", "la", "l’"):
            k = j + 1
            while k < n and tokens[k].low in NAME_CONNECTORS:
                k += 1
            return k < n and tokens[k].is_word and not tokens[k].is_capitalized
        j += 1
    return False


def find_names(text: str, entities: bool = False, lowercase: bool = False) -> list[NameMatch]:
    """All names in ``text`` whose head noun is capitalised (or any case with ``lowercase``)."""
    tokens = tokenize(text)
    out: list[NameMatch] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.is_word and (tok.is_capitalized or lowercase) and kind_of(tok.text, entities):
            m = read_name(text, tokens, k, entities)
            if m is not None:
                out.append(m)
                while k < len(tokens) and tokens[k].start < m.end:
                    k += 1
                continue
        k += 1
    return out


@dataclass
class TitleMatch:
    title: str  # as written, article dropped
    base: str  # vocabulary title, lower case ("secrétaire général adjoint")
    complement: str  # the rest ("à l’appui aux missions")
    start: int
    end: int


def read_title(text: str, pos: int) -> TitleMatch | None:
    """Read a post title starting at ``pos`` (after its article)."""
    rest = text[pos:]
    low = rest.lower()
    for base in HEAD_TITLES:
        if low.startswith(base) and (len(low) == len(base) or not low[len(base)].isalnum()):
            break
    else:
        return None
    tokens = tokenize(rest)
    # complement: tokens after the base, read like a name's complement
    base_tokens = len(tokenize(base))
    i = base_tokens
    last = base_tokens - 1
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        lw = tok.low
        if not tok.is_word:
            if lw == "," and _comma_series(tokens, i):
                i += 1
                continue
            break
        if lw in NAME_STOPWORDS and lw != "avec":
            break
        if lw in NAME_CONNECTORS:
            j = i
            while j < n and tokens[j].low in NAME_CONNECTORS:
                j += 1
            if j >= n or not tokens[j].is_word or tokens[j].low in NAME_STOPWORDS:
                break
            if lw in ("et",) and tokens[j].is_capitalized and j > i + 1:
                break
            if lw in ("et",) and j == i + 1 and _is_title_word(tokens[j]):
                break
            i = j
            continue
        if tok.is_capitalized and last == base_tokens - 1 and not tokens[i - 1].low in NAME_CONNECTORS:
            break  # "le Directeur Chef …" is not one title
        last = i
        i += 1
    end = tokens[last].end
    title = re.sub(r"\s+", " ", rest[:end]).strip()
    complement = title[len(base):].strip()
    return TitleMatch(title, base, complement, pos, pos + end)


_MASCULINE = {
    "générale": "général", "adjointe": "adjoint", "directrice": "directeur", "exécutive": "exécutif",
    "assistante": "assistant", "spéciale": "spécial", "conseillère": "conseiller", "cheffe": "chef",
    "coordonnatrice": "coordonnateur", "représentante": "représentant", "haute-commissaire": "haut-commissaire",
    "présidente": "président", "administratrice": "administrateur",
}


@lru_cache(maxsize=1 << 16)  # pure and called per draft per lookup
def singular_title(base: str) -> str:
    """Singular, masculine form of a title, so 'Secrétaire générale adjointe' finds its unit."""
    plural = {
        "secrétaires généraux adjoints": "secrétaire général adjoint",
        "sous-secrétaires généraux": "sous-secrétaire général",
    }
    base = plural.get(base, base)
    return " ".join(_MASCULINE.get(w, w) for w in base.split(" "))


def capitalize_title(title: str) -> str:
    return title[:1].upper() + title[1:] if title else title


_CONTENT_STOP = frozenset(
    "de du des d la le les l et ou a au aux pour sur en chargé chargée chargés chargées "
    "respectivement questions".split()
)


@lru_cache(maxsize=1 << 16)  # pure and called per draft per lookup
def keywords(text: str) -> frozenset[str]:
    """Content words of a complement, for matching titles to units."""
    words = fold(text).split()
    out = set()
    for w in words:
        if w in _CONTENT_STOP or len(w) < 3:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)
