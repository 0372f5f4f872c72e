"""Read unit names and post titles out of sentences, as the language pack says names are
written.

:func:`grammar` gives the reader of a pack: :class:`HeadFirst` (French: a name starts at
its head noun and runs over its complements, ``Division de la police``) or
:class:`TitleCase` (English: a run of capitalised words holding a head noun, which may
come first, ``Office of Military Affairs``, or last, ``Police Division``). Both answer the
same questions: the name starting at a position (:meth:`Grammar.name_at`), every name of
a text (:meth:`Grammar.find_names`), the post title starting at a position
(:meth:`Grammar.read_title`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lang import LanguagePack
from .text import fold

__all__ = ["Token", "NameMatch", "TitleMatch", "Grammar", "grammar", "fold", "capitalize_title"]


@dataclass(slots=True)
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


@dataclass
class NameMatch:
    name: str
    kind: str
    start: int  # offset of the name's first word in the text
    end: int  # offset just after the name
    paren: str = ""  # a parenthesis right after the name ("Chef de service")
    parallel: bool = False  # holds a series "pour les A, les B et les C"
    head: str = ""  # the head noun as written


@dataclass
class TitleMatch:
    title: str  # as written, article dropped
    base: str  # vocabulary title, lower case ("secrétaire général adjoint")
    complement: str  # the rest ("à l’appui aux missions")
    start: int
    end: int


def capitalize_title(title: str) -> str:
    return title[:1].upper() + title[1:] if title else title


_PAREN = re.compile(r"\s*\(([^()]{1,240})\)")


class Grammar:
    """What both word orders share: tokens, kinds, titles, keywords."""

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self.words = w = pack.names
        elided = w.elided + "|" if w.elided else ""
        # a footnote number glued to a word ("intégré3") is a separate token
        self._token = re.compile(elided + r"[^\W\d_]*[a-zà-ÿ](?=\d{1,2}\b)|\w+(?:[-.]\w+)*|[^\w\s]")
        self._title_first = frozenset(t.split()[0] for t in w.head_titles)
        self.keywords = lru_cache(maxsize=1 << 16)(self._keywords)
        self._tokenize = lru_cache(maxsize=1 << 12)(self._tokens)
        self.singular_title = lru_cache(maxsize=1 << 16)(self._singular_title)

    # -- tokens and kinds ------------------------------------------------------------
    def tokenize(self, text: str) -> tuple[Token, ...]:
        """The tokens of ``text`` (cached: readers ask again for the same paragraph or sentence)."""
        return self._tokenize(text)

    def _tokens(self, text: str) -> tuple[Token, ...]:
        return tuple(Token(m.group(), m.start(), m.end()) for m in self._token.finditer(text))

    def kind_of(self, word: str, entities: bool = False) -> str | None:
        low = word.lower()
        kind = self.words.unit_kinds.get(low)
        if kind is None and entities:
            kind = self.words.entity_kinds.get(low)
        return kind

    def is_plural(self, head: str) -> bool:
        """A plural head noun ("Sections", "services") stands for several units."""
        low = head.lower()
        return low.endswith(("s", "x")) and low not in self.words.invariable

    def is_title_word(self, tok: Token) -> bool:
        return tok.low in self._title_first

    # -- titles ----------------------------------------------------------------------
    def title_base(self, text: str) -> str | None:
        low = text.lower()
        for base in self.words.head_titles:
            if low.startswith(base) and (len(low) == len(base) or not low[len(base)].isalnum()):
                return base
        return None

    def read_title(self, text: str, pos: int) -> TitleMatch | None:
        """Read a post title starting at ``pos`` (after its article)."""
        rest = text[pos:]
        base = self.title_base(rest)
        if base is None:
            return None
        tokens = self.tokenize(rest)
        base_tokens = len(self.tokenize(base))
        last = self._title_complement(rest, tokens, base_tokens)
        end = tokens[last].end
        deputy = self.pack.clauses.deputy_of.match(rest, end)
        assisted = self.read_title(rest, deputy.end()) if deputy else None
        if assisted is not None:  # "chef de service, adjoint au directeur général": one post
            end = assisted.end
        title = re.sub(r"\s+", " ", rest[:end]).strip()
        complement = title[len(base):].strip()
        return TitleMatch(title, base, complement, pos, pos + end)

    def _title_complement(self, text: str, tokens: tuple[Token, ...], base_tokens: int) -> int:
        raise NotImplementedError

    def _singular_title(self, base: str) -> str:
        """Singular, masculine form of a title, so 'Secrétaire générale adjointe' finds its unit."""
        base = self.words.plural_titles.get(base, base)
        return " ".join(self.words.feminine.get(w, w) for w in base.split(" "))

    def is_root_title(self, base: str, complement: str) -> bool:
        return not complement and self.singular_title(base) in {self.singular_title(t) for t in self.words.root_titles}

    # -- keywords --------------------------------------------------------------------
    def _keywords(self, text: str) -> frozenset[str]:
        """Content words of a complement, for matching titles to units."""
        out = set()
        for w in fold(text).split():
            if w in self.words.content_stop or len(w) < 3:
                continue
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
        return frozenset(out)

    # -- names -----------------------------------------------------------------------
    def read_name(self, text: str, tokens: tuple[Token, ...], k: int, entities: bool = False) -> NameMatch | None:
        raise NotImplementedError

    def name_at(self, text: str, pos: int, entities: bool = False, tokens: tuple[Token, ...] | None = None) -> NameMatch | None:
        """The name whose first word is the first token at or after ``pos``, if any."""
        tokens = tokens if tokens is not None else self.tokenize(text)
        k = next((i for i, t in enumerate(tokens) if t.start >= pos), None)
        if k is None:
            return None
        return self.read_name(text, tokens, k, entities)

    def may_start_name(self, tok: Token, entities: bool, lowercase: bool) -> bool:
        """Whether a name read by ``read_name`` may open at this word (the grammar's word order
        says which word that is)."""
        raise NotImplementedError

    def find_names(self, text: str, entities: bool = False, lowercase: bool = False) -> list[NameMatch]:
        """All names in ``text``, left to right, none inside another."""
        tokens = self.tokenize(text)
        out: list[NameMatch] = []
        k = 0
        while k < len(tokens):
            tok = tokens[k]
            if tok.is_word and self.may_start_name(tok, entities, lowercase):
                m = self.read_name(text, tokens, k, entities)
                if m is not None:
                    out.append(m)
                    while k < len(tokens) and tokens[k].start < m.end:
                        k += 1
                    continue
            k += 1
        return out

    @staticmethod
    def paren_after(text: str, end: int) -> str:
        m = _PAREN.match(text, end)
        return m.group(1).strip() if m else ""


_GRAMMARS: dict[int, Grammar] = {}


def grammar(pack: LanguagePack) -> Grammar:
    """The (cached) name reader of a language pack."""
    g = _GRAMMARS.get(id(pack))
    if g is None:
        from .headfirst import HeadFirst
        from .titlecase import TitleCase

        g = _GRAMMARS[id(pack)] = (HeadFirst if pack.names.word_order == "head-first" else TitleCase)(pack)
    return g
