"""Names in title case (English): a run of capitalised words holding a head noun.

The head may come last, after its modifiers (``Logistics Support Division``,
``Policy, Evaluation and Training Division``), or first, before its complements
(``Office of the Under-Secretary-General for Field Support``), or both
(``United Nations Office for Partnerships``). A capitalised head noun followed by another
capitalised word is a modifier (``Mission Support Division``). A complement with a head
of its own after ``of the`` names the unit something belongs to (``Public Affairs
Section of the Department of …``), and a coordinated phrase with its own head is the next
name (``… Division and the Logistics Support Division``): both end the name. Lower-case
references (``a front office``, ``the sections``) are read when asked for at a position.
Every word tested comes from the pack's :class:`~.lang.pack.NameWords`.
"""

from __future__ import annotations

import re

from .names import Grammar, NameMatch, TitleMatch, Token

_ROMAN = re.compile(r"^[IVX]{1,4}$")
_MAX_LOWER_MODIFIERS = 2  # "a front office", "the regional service centres"
_MAX_TITLE_WORDS = 5  # "Deputy Emergency Relief Coordinator"


def _cap(tok: Token) -> bool:
    return tok.is_word and tok.text[:1].isupper()


class TitleCase(Grammar):
    def __init__(self, pack) -> None:
        super().__init__(pack)
        # the last words of the pack's titles ("coordinator", "officer"): a head-final post ends so
        self._title_last = frozenset(t.split()[-1] for t in self.words.head_titles)

    def _is_head(self, tokens: tuple[Token, ...], h: int, entities: bool) -> bool:
        """A capitalised head noun not followed by another capitalised word (a modifier then)."""
        if not _cap(tokens[h]) or not self.kind_of(tokens[h].text, entities):
            return False
        nxt = tokens[h + 1] if h + 1 < len(tokens) else None
        if nxt is not None and nxt.low in self.words.coordinators and self.is_plural(tokens[h].text) \
                and h + 2 < len(tokens) and _cap(tokens[h + 2]) and self._phrase_has_head(tokens, h + 2, entities):
            return False  # "Committee Services and Research Section": a plural modifier
        return nxt is None or not _cap(nxt) or bool(_ROMAN.match(nxt.text))

    def _phrase_has_head(self, tokens: tuple[Token, ...], j: int, entities: bool, and_the: bool = True) -> bool:
        """Whether the capitalised phrase starting at ``j`` holds a head noun of its own; the
        phrase runs over prepositions and articles, and over a coordinator or a comma only
        between two capitalised words ("Recruitment, Outreach and Career Development Section")."""
        return self._phrase_head(tokens, j, entities, and_the) is not None

    def _phrase_head(self, tokens: tuple[Token, ...], j: int, entities: bool, and_the: bool = True) -> int | None:
        """Index of the head noun of the capitalised phrase starting at ``j`` (see
        ``_phrase_has_head``), or None."""
        w = self.words
        n = len(tokens)
        while j < n:
            t = tokens[j]
            if _cap(t):
                if self._is_head(tokens, j, entities):
                    return j
            elif t.low in w.coordinators or t.text == ",":
                if and_the and t.low in w.coordinators and j + 2 < n and tokens[j + 1].low in w.definite \
                        and _cap(tokens[j + 2]):
                    j += 1  # "Middle East and the Americas Section"
                elif not (j + 1 < n and _cap(tokens[j + 1])):
                    return None
            elif t.low not in w.connectors:
                return None
            j += 1
        return None

    # -- one name ---------------------------------------------------------------------
    def read_name(self, text: str, tokens: tuple[Token, ...], k: int, entities: bool = False) -> NameMatch | None:
        """Read the name whose first word is ``tokens[k]``."""
        w = self.words
        n = len(tokens)
        first = tokens[k]
        if not first.is_word or first.low in w.articles or first.low in w.determiners or first.low in w.numbers:
            return None
        if not _cap(first):
            return self._lower_name(text, tokens, k, entities)
        # modifiers, then the head
        head = None
        j = k
        while j < n:
            t = tokens[j]
            if _cap(t):
                if self._is_head(tokens, j, entities):
                    head = j
                    break
                j += 1
                continue
            inner = t.low in w.coordinators or t.low == "of" or t.text in (",", "&")
            if t.low in w.coordinators and j + 2 < n and tokens[j + 1].low in w.definite and _cap(tokens[j + 2]) \
                    and not self.is_title_word(first) and self.title_base(text[first.start:t.start]) is None \
                    and (k == 0 or tokens[k - 1].low not in w.name_preps) \
                    and not any(x.text.isupper() and len(x.text) > 1 for x in tokens[k:j]):
                j += 2  # "Asia and the Pacific Section": "and the" inside the modifiers
                continue
            if inner and j + 1 < n and _cap(tokens[j + 1]):
                if t.text == "," and not self._series_closes(tokens, j, entities):
                    return None
                if t.low == "of" and self.title_base(text[first.start:t.start]) is not None:
                    return None  # "Director of Logistics …": a post, not a name
                if (t.low in w.coordinators or t.text == ",") and self.kind_of(tokens[j - 1].text, entities) \
                        and not self.is_plural(tokens[j - 1].text):
                    return None  # "… Unit and Aviation Safety Section": two names
                j += 1
                continue
            return None
        if head is None:
            return None
        end = self._complements(tokens, head, entities)
        return self._match(text, tokens, k, head, end, entities)

    def _series_closes(self, tokens: tuple[Token, ...], j: int, entities: bool) -> bool:
        """'Policy, Evaluation and Training Division': the comma at ``j`` opens a series of
        modifiers that a coordinator closes before the head."""
        for t in tokens[j + 1:]:
            if t.low in self.words.coordinators:
                return True
            if not (_cap(t) or t.text == ","):
                return False
            if self.kind_of(t.text, entities):
                return False
        return False

    def _complements(self, tokens: tuple[Token, ...], head: int, entities: bool) -> int:
        """Index of the last token of the name whose head is ``tokens[head]``."""
        w = self.words
        n = len(tokens)
        end = head
        i = head + 1
        while i < n and _ROMAN.match(tokens[i].text):
            end = i
            i += 1
        while i < n and tokens[i].low in w.name_preps | w.coordinators:
            j = i
            while j < n and tokens[j].low in w.connectors:
                j += 1
            if j >= n or not _cap(tokens[j]) or self.kind_of(tokens[j].text) and tokens[j].low in w.determiners:
                break
            chain = {t.low for t in tokens[i:j]}
            # "… and the Logistics Support Division", "… and Office of X": the next name (but "Division of
            # Headquarters Security and Safety Services": with no article, a complement of the one name)
            # right after the head ("Stocks Unit and Aviation Safety Section") a phrase with a head of
            # its own is the next name in any case
            other = end == head or chain & w.articles or self.kind_of(tokens[j].text, entities)
            if not other and chain & w.coordinators:
                # "Office for Kite Rights and Statistics Unit": a phrase ending with a singular head
                # noun of its own is the next name ("… Security and Safety Services": a field)
                h = self._phrase_head(tokens, j, entities, and_the=False)
                other = h is not None and not self.is_plural(tokens[h].text)
            if chain & w.coordinators and (other and self._phrase_has_head(tokens, j, entities) or self.is_title_word(tokens[j])
                                           or chain & w.definite and self.title_base(" ".join(
                                               t.text for t in tokens[j:j + 4])) is not None):
                break
            if chain & w.definite and not chain & w.coordinators and self._phrase_has_head(tokens, j, entities, False):
                break  # "… Section of the Department of …": what it belongs to
            while j < n and _cap(tokens[j]):
                end = j
                j += 1
            closing = self._complement_series(tokens, j, entities) if j < n and tokens[j].text == "," else 0
            if closing:  # "Department of Management Strategy, Policy and Compliance"
                end = j = closing
                j += 1
            i = j
        return end

    def _complement_series(self, tokens: tuple[Token, ...], j: int, entities: bool) -> int:
        """Index of the last word of 'A, B and C' when the comma at ``j`` goes on with a series
        of capitalised words that a coordinator closes, naming no unit and no post; else 0."""
        w = self.words
        n = len(tokens)
        closed = False
        k = j
        while k < n:
            t = tokens[k]
            if t.text == "," or t.low in w.coordinators:
                if closed or k + 1 >= n or not _cap(tokens[k + 1]):
                    return 0
                closed = t.low in w.coordinators
            elif _cap(t):
                if self.kind_of(t.text, entities) or self.is_title_word(t) or (t.text.isupper() and len(t.text) > 1):
                    return 0
                if closed and (k + 1 >= n or not _cap(tokens[k + 1])):
                    return k
            else:
                return 0
            k += 1
        return 0

    def _lower_name(self, text: str, tokens: tuple[Token, ...], k: int, entities: bool) -> NameMatch | None:
        """'a front office', 'the sections': a lower-case reference asked for at ``k``."""
        w = self.words
        for h in range(k, min(k + _MAX_LOWER_MODIFIERS + 1, len(tokens))):
            t = tokens[h]
            if not t.is_word or _cap(t) or t.low in w.stopwords or t.low in w.connectors:
                return None
            if self.kind_of(t.text, entities):
                nxt = tokens[h + 1] if h + 1 < len(tokens) else None
                if nxt is not None and nxt.is_word and not _cap(nxt) and self.kind_of(nxt.text, entities):
                    continue  # "service centres": the last noun is the head
                # "the immediate office of the Under-Secretary-General": a complement in capitals
                return self._match(text, tokens, k, h, self._complements(tokens, h, entities), entities)
        return None

    def _match(self, text: str, tokens: tuple[Token, ...], k: int, head: int, end: int, entities: bool) -> NameMatch:
        start, stop = tokens[k].start, tokens[end].end
        name = re.sub(r"\s+", " ", text[start:stop]).strip(" ,")
        kind = self.kind_of(tokens[head].text, entities) or tokens[head].text
        return NameMatch(name, kind, start, stop, self.paren_after(text, stop), head=tokens[head].text)

    def may_start_name(self, tok: Token, entities: bool, lowercase: bool) -> bool:
        """A name opens with its first modifier: any capitalised word (any word with
        ``lowercase``); ``read_name`` finds the head noun at its end."""
        return _cap(tok) or lowercase

    # -- titles -------------------------------------------------------------------------
    def read_title(self, text: str, pos: int) -> TitleMatch | None:
        """A post title at ``pos``: one that opens with a title of the pack ("Director of …",
        "Under-Secretary-General for …"), or capitalised modifiers before a title's last word,
        the English word order of posts as of names ("Emergency Relief Coordinator", "Executive
        Officer", "Deputy Emergency Relief Coordinator")."""
        found = super().read_title(text, pos)
        if found is not None:
            return found
        rest = text[pos:]
        tokens = self.tokenize(rest)
        w = self.words
        last = -1
        for i, tok in enumerate(tokens[:_MAX_TITLE_WORDS]):
            if not _cap(tok) or tok.low in w.determiners or tok.low in w.articles or self.kind_of(tok.text, True):
                break
            if tok.low in self._title_last:
                last = i
        if last < 1:  # a modifier at least: a bare "Officer" is no post the pack knows
            return None
        end = tokens[self._title_complement(rest, tokens, last + 1)].end
        base = " ".join(t.low for t in tokens[:last + 1])
        title = re.sub(r"\s+", " ", rest[:end]).strip()
        return TitleMatch(title, base, title[tokens[last].end:].strip(), pos, pos + end)

    def _title_complement(self, text: str, tokens: tuple[Token, ...], base_tokens: int) -> int:
        """'Under-Secretary-General for Field Support': prepositions and capitalised words,
        until a lower-case word, a punctuation mark or another post ('and the Under-…')."""
        w = self.words
        n = len(tokens)
        last = base_tokens - 1
        i = base_tokens
        while i < n and tokens[i].low in w.connectors:
            j = i
            while j < n and tokens[j].low in w.connectors:
                j += 1
            if j >= n or not _cap(tokens[j]):
                break
            chain = {t.low for t in tokens[i:j]}
            if chain & w.coordinators and (chain & w.definite or self.is_title_word(tokens[j])):
                break  # "… and the Under-Secretary-General for …": another post
            while j < n and _cap(tokens[j]):
                last = j
                j += 1
            closing = self._complement_series(tokens, j, False) if j < n and tokens[j].text == "," else 0
            if closing:  # "Under-Secretary-General for Management Strategy, Policy and Compliance"
                last = j = closing
                j += 1
            i = j
        return last
