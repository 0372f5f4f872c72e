"""Names whose head noun comes first (French): ``Division de la police``.

A name starts at a head noun of the pack and runs over complements (prepositions and
articles, adjectives, proper nouns) until a verb, a relative pronoun, a parenthesis or the
end of the clause. Commas end a name unless they open an ``A, B et C`` series of
complements (``Division des politiques, de l’évaluation et de la formation``). Every word
tested here comes from the pack's :class:`~.lang.pack.NameWords`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import Grammar, NameMatch, Token


@dataclass
class _Reading:
    """The state of one name being read: where it is, and what it has taken so far."""

    text: str
    tokens: tuple[Token, ...]
    k: int  # the head noun
    entities: bool  # reading a report's prose (stricter: verbs follow names there)
    last: int  # the last token that belongs to the name
    series_article: int = -1  # an article repeated after a comma of a parallel series
    in_series: bool = False  # a comma series of complements is open ("A, des B et des services")


_STOP = -1


class HeadFirst(Grammar):
    # -- one name ---------------------------------------------------------------------
    def read_name(self, text: str, tokens: tuple[Token, ...], k: int, entities: bool = False) -> NameMatch | None:
        """Read the name whose head noun is ``tokens[k]``: step over its complements until one
        of the rules below says the name has ended."""
        w = self.words
        head = tokens[k]
        kind = self.kind_of(head.text, entities)
        if kind is None:
            return None
        r = _Reading(text, tokens, k, entities, k)
        i = k + 1
        quoted = w.quoted_label.match(text, head.end) if w.quoted_label is not None else None
        if quoted:  # 'bureau « premier recours »': the label is the name's complement
            while i < len(tokens) and tokens[i].start < quoted.end():
                i += 1
            r.last = i - 1
        while _STOP < i < len(tokens):
            tok = tokens[i]
            fixed = self._fixed_phrase(tokens, i)
            if not tok.is_word and tok.low != "’":
                i = self._punctuation(r, i)
            elif fixed:  # "pays en développement": a complement although "en" could end the name
                r.last, i = i + fixed - 1, i + fixed
            elif self._ends_before(r, i):
                i = _STOP
            elif tok.low in w.connectors:
                i = self._connectors(r, i)
            else:
                r.last, i = i, i + 1
        if entities and head.text in w.single_word_entities:
            qual = w.entity_qualifier.match(text, head.end) if w.entity_qualifier else None
            end = qual.end() if qual else head.end
            return NameMatch(text[head.start:end], kind, head.start, end, head=head.text)
        end = tokens[r.last].end
        name = re.sub(r"\s+", " ", text[head.start:end]).strip(" ,")
        return NameMatch(name, kind, head.start, end, self.paren_after(text, end),
                         parallel=r.series_article >= 0, head=head.text)

    def _punctuation(self, r: _Reading, i: int) -> int:
        """A comma goes on in a series of complements ('A, de B et de C') or a parallel series
        in prose; any other mark ends the name."""
        if r.tokens[i].low == ",":
            if self._comma_series(r.tokens, i):
                r.in_series = True
                return i + 1
            if r.entities and self._parallel_series(r.tokens, r.k, i):
                r.series_article = i + 1  # the repeated article is not a stray one
                return i + 1
        return _STOP

    def _ends_before(self, r: _Reading, i: int) -> bool:
        """Whether the word at ``i`` (not a small word of a complement) ends the name."""
        w, tokens, tok = self.words, r.tokens, r.tokens[i]
        low, prev = tok.low, tokens[i - 1].low
        if r.entities and tok.is_capitalized and "\n" in r.text[tokens[i - 1].end:tok.start]:
            return True  # a line the text keeps apart (a box's title, then its text)
        if low in w.stopwords and prev not in w.name_articles and not tok.text.isupper() \
                and not self._noun_after_of(tokens, i) and not self._label_noun(r, i):
            return True  # a verb ends the name (after an article it is a noun: "de la veille"; "cadres A": a label)
        if r.entities and (low in w.prose_stops or low in w.prose_breaks or low.isdigit()):
            return True  # "Centre avec la mission", a footnote marker ("mondial 1")
        if r.entities and low in w.coordinators and not any(t.low in w.complement_preps for t in tokens[r.k + 1:i]):
            return True  # "l’Organisation et le secteur privé": two things, not one name
        if low in w.connectors:
            return False  # the small words of a complement: _connectors decides
        if not r.entities and i > r.k + 1 and tok.text[:1].islower() and prev not in w.connectors \
                and not self._adjective_like(low) and _low(tokens, i + 1) in w.name_articles:
            return True  # "la direction X règle l’organisation …": after a complement, a verb and its object
        if r.entities and tok.text[:1].islower():
            if prev in w.to_preps and low.endswith(w.prose_verb_endings) and len(low) > 4:
                return True  # "à mettre en œuvre": an infinitive, not a complement
            if prev not in w.connectors and not self._adjective_like(low):
                return True  # "… du Secrétariat continue …": in prose, a verb follows the name
        return False

    def _connectors(self, r: _Reading, i: int) -> int:
        """Small words (prepositions, articles, coordinators): the name goes on over them to the
        next word, unless that starts something else. Returns where to go on, or _STOP."""
        w, tokens = self.words, r.tokens
        n = len(tokens)
        low = tokens[i].low
        j = i
        while j < n and tokens[j].low in w.connectors:
            j += 1
        if j >= n or not tokens[j].is_word or (tokens[j].low in w.stopwords
                                               and tokens[j - 1].low not in w.name_articles
                                               and not self._noun_after_of(tokens, j)):
            return _STOP  # a verb ends the name (after an article it is a noun: "de la veille")
        nxt = tokens[j]
        chain = {t.low for t in tokens[i:j]}
        coordinated = low in w.coordinators
        stops = (
            # "… d’Entebbe l’indépendance": an article without a preposition (but "pays les moins
            # avancés" is a superlative inside the name)
            low in w.name_articles and i != r.series_article and not (j == i + 1 and nxt.low in w.superlatives),
            low in w.into_preps and j == i + 1 and self.kind_of(nxt.text),  # "organisée en sous-directions"
            r.entities and j == i + 1 and low in w.of_preps and self._infinitive(nxt.low),  # "de prendre"
            # "… et une équipe …", "… et quatre divisions …": the next item
            bool(chain & w.coordinators) and bool(chain & w.indefinite or nxt.low in w.numbers),
            # "… et du Département …": another entity starts (not "du Nord et de l’Est")
            coordinated and j > i + 1 and nxt.is_capitalized and not nxt.text.isupper()
            and bool(r.entities or self.kind_of(nxt.text, True) or self.is_title_word(nxt)),
            # "du secrétariat général et des directions …": other units (but "direction des études,
            # des moyens et des services": the last complement of a comma series)
            coordinated and j > i + 1 and bool(self.kind_of(nxt.text)) and not nxt.is_capitalized
            and not r.in_series,
            # "le bureau du cabinet et le porte-parole": two things (a name's own complements
            # repeat their preposition: "et de la formation"; "sur le fret et l’intermodalité"
            # shares its preposition)
            coordinated and tokens[i + 1].low in w.definite and r.series_article < 0
            and not self._shared_article(r, i, j),
            coordinated and j == i + 1 and nxt.is_capitalized and bool(
                self.kind_of(nxt.text, True) or self.is_title_word(nxt)),  # "… et Service …"
            # "… au Secrétaire général": a complement of the verb
            low in w.to_preps and nxt.is_capitalized and not nxt.text.isupper(),
            # "Section X du Département Y": the department qualifies it
            nxt.is_capitalized and self.kind_of(nxt.text) in w.qualifier_kinds
            and any(tokens[x].low in w.qualifier_preps for x in range(i, j)),
        )
        return _STOP if any(stops) else j

    def may_start_name(self, tok: Token, entities: bool, lowercase: bool) -> bool:
        """A name opens with its head noun, capitalised unless ``lowercase``."""
        return (tok.is_capitalized or lowercase) and bool(self.kind_of(tok.text, entities))

    # -- helpers ------------------------------------------------------------------------
    def _label_noun(self, r: _Reading, i: int) -> bool:
        """'pôle veille, analyse …' / 'pôle veille ;': a verb-like word right after the head noun,
        followed by a comma or the item's end, is a bare noun naming the unit."""
        nxt = _low(r.tokens, i + 1)
        return not r.entities and i == r.k + 1 and nxt in {",", ";", ".", ""} \
            and (nxt != "," or self._label_series(r.tokens, i + 1))

    def _shared_article(self, r: _Reading, i: int, j: int) -> bool:
        """'études sur le fret et l’intermodalité': 'et' + article after '<prep> <article> <noun>'
        continues that complement (the next word names no unit or post)."""
        w, tokens = self.words, r.tokens
        if j != i + 2 or not tokens[j].is_word or self._names_another(tokens[j]) \
                or self.kind_of(tokens[j].text) or self.is_title_word(tokens[j]):
            return False
        return i - 3 > r.k and tokens[i - 3].low in w.article_series_preps \
            and tokens[i - 2].low in w.definite and tokens[i - 1].is_word \
            and tokens[i - 1].low not in w.connectors

    def _names_another(self, tok: Token) -> bool:
        """A capitalised word that starts a unit's name or a post ("Département", "Directeur")."""
        return tok.is_capitalized and (bool(self.kind_of(tok.text, True)) or self.is_title_word(tok))

    def _noun_after_of(self, tokens: tuple[Token, ...], j: int) -> bool:
        """'cellule de veille ;', 'bureau de veille et d’alerte', 'bureau de veille relève': right
        after "de" a verb-like word that ends the clause, a complement or the subject is a noun (no finite verb follows "de"; "de tous les
        …" goes on with an article)."""
        w = self.words
        if tokens[j - 1].low not in w.of_preps or len(tokens[j].low) < 4:
            return False
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        return nxt is None or not nxt.is_word or nxt.low in w.stopwords \
            or (nxt.low in w.connectors and nxt.low not in w.name_articles)

    def _infinitive(self, word: str) -> bool:
        return len(word) > 4 and word.endswith(self.words.infinitive_endings)

    def _adjective_like(self, word: str) -> bool:
        return word.endswith(self.words.adjective_endings) and word not in self.words.not_adjectives

    def _fixed_phrase(self, tokens: tuple[Token, ...], i: int) -> int:
        """Length of a fixed complement ("en développement") starting at ``i``, else 0."""
        for phrase in self.words.fixed_phrases:
            if tuple(t.low for t in tokens[i:i + len(phrase)]) == phrase and i > 0 and tokens[i - 1].is_word:
                return len(phrase)
        return 0

    def _parallel_series(self, tokens: tuple[Token, ...], k: int, i: int) -> bool:
        """True when the comma at ``i`` continues a series of complements of one preposition:
        "Bureau … pour les pays A, les pays B et les petits États C" (the article after the comma
        repeats the one after the preposition, and the series closes with a coordinator + it)."""
        w = self.words
        n = len(tokens)
        article = next(
            (tokens[x + 1].low for x in range(k + 1, i - 1)
             if tokens[x].low == w.parallel_prep and tokens[x + 1].low in w.name_articles),
            None,
        )
        if article is None or _low(tokens, i + 1) != article:
            return False
        if i + 2 >= n or not tokens[i + 2].is_word or tokens[i + 2].is_capitalized:
            return False
        for j in range(i + 2, n - 1):
            t = tokens[j]
            if t.text in ".;:()" or (t.low in w.stopwords and not self._fixed_phrase(tokens, j)):
                return False
            if t.low in w.coordinators and tokens[j + 1].low == article:
                return True
            if t.text == "," and _low(tokens, j + 1) != article:
                return False
        return False

    def _comma_series(self, tokens: tuple[Token, ...], i: int) -> bool:
        """True when the comma at ``i`` opens 'A, B et C' inside one name."""
        w = self.words
        n = len(tokens)
        j = i + 1
        if j >= n or tokens[j].low not in w.series_preps:
            return self._adjective_series(tokens, i) or self._label_series(tokens, i)
        # the complement after the comma names no unit or post ("de l’évaluation", "de l’Afrique";
        # not "du Département X", "du Directeur")
        while j < n and tokens[j].low in w.connectors:
            j += 1
        if j >= n or not tokens[j].is_word or self._names_another(tokens[j]):
            return False
        # and the series must close with "et de/du/des ..." before the clause ends
        while j < n:
            t = tokens[j]
            if (t.low in w.stopwords and tokens[j - 1].low not in w.name_articles) or t.text in ".;:()":
                return False
            if t.text == ",":
                if _low(tokens, j + 1) not in w.series_preps:
                    return False
            if t.low in w.coordinators and _low(tokens, j + 1) in w.series_preps:
                m = j + 1
                while m < n and tokens[m].low in w.connectors:
                    m += 1
                return m < n and tokens[m].is_word and not self._names_another(tokens[m])
            j += 1
        return False

    def _adjective_series(self, tokens: tuple[Token, ...], i: int) -> bool:
        """'direction des politiques maritime, portuaire et des littoraux': after a complement's
        noun or adjective, a comma, single lower-case words (adjectives) each before a comma or
        'et', then 'et' + an adjective or a complement: one name."""
        w = self.words
        n = len(tokens)
        if i < 1 or not tokens[i - 1].is_word or tokens[i - 1].low in w.connectors \
                or not any(t.low in w.complement_preps for t in tokens[max(0, i - 4):i - 1]):
            return False
        j = i + 1
        while j < n and tokens[j].is_word and not tokens[j].is_capitalized \
                and tokens[j].low not in w.stopwords and tokens[j].low not in w.connectors \
                and not self.kind_of(tokens[j].text) and _low(tokens, j + 1) in w.coordinators | {","}:
            j += 1
            if _low(tokens, j) == "," and j + 1 < n:
                j += 1
        if j == i + 1 or _low(tokens, j) not in w.coordinators:
            return False
        nxt = tokens[j + 1] if j + 1 < n else None
        if nxt is None or not nxt.is_word:
            return False
        if nxt.low in w.series_preps:
            m = j + 1
            while m < n and tokens[m].low in w.connectors:
                m += 1
            return m < n and tokens[m].is_word and not self._names_another(tokens[m]) \
                and not self.kind_of(tokens[m].text)
        return self._adjective_like(nxt.low) and nxt.low not in w.stopwords and not nxt.is_capitalized

    def _label_series(self, tokens: tuple[Token, ...], i: int) -> bool:
        """'sous-direction organisation, soutien et projection': a name made of bare nouns after
        its head (no preposition) goes on over 'A, B et C' that ends the clause."""
        w = self.words
        n = len(tokens)
        k = i - 1
        while k > 0 and tokens[k].is_word and tokens[k].low not in w.connectors and not self.kind_of(tokens[k].text):
            k -= 1
        if k < 0 or not self.kind_of(tokens[k].text) or k == i - 1:
            return False  # not "<head> <bare words>,"
        j = i + 1
        seen_and = False
        while j < n:
            t = tokens[j]
            if t.low in w.coordinators and not seen_and:
                seen_and = True
            elif t.text in ";." or (t.text in ":," and seen_and):
                return seen_and and tokens[j - 1].is_word  # (", chargé de …" may follow)
            else:
                # "pôle pilotage, qualité des données et innovation": a bare noun's complement
                complement = (t.low in w.connectors and tokens[j - 1].is_word
                              and tokens[j - 1].low not in w.coordinators
                              and j + 1 < n and tokens[j + 1].is_word and not tokens[j + 1].is_capitalized)
                if not complement and (not t.is_word or t.low in w.connectors or t.low in w.stopwords
                                       or t.is_capitalized or self.kind_of(t.text)):
                    return False
            j += 1
        return seen_and

    # -- titles -------------------------------------------------------------------------
    def _title_complement(self, text: str, tokens: tuple[Token, ...], base_tokens: int) -> int:
        """Index of the last token of a title whose base takes ``base_tokens`` tokens: the
        complement is read like a name's ("à l’appui aux missions")."""
        w = self.words
        i = base_tokens
        last = base_tokens - 1
        n = len(tokens)
        while i < n:
            tok = tokens[i]
            lw = tok.low
            if not tok.is_word:
                if lw == "," and self._comma_series(tokens, i):
                    i += 1
                    continue
                break
            if lw in w.stopwords:
                break
            if lw in w.connectors:
                if i == base_tokens and lw in w.name_articles:
                    break  # "… au secrétaire général l’unité X": a complement opens with a preposition
                j = i
                while j < n and tokens[j].low in w.connectors:
                    j += 1
                if j >= n or not tokens[j].is_word or tokens[j].low in w.stopwords:
                    break
                if lw in w.coordinators and tokens[j].is_capitalized and j > i + 1:
                    break
                if lw in w.coordinators and j == i + 1 and self.is_title_word(tokens[j]):
                    break
                i = j
                continue
            if tok.is_capitalized and last == base_tokens - 1 and tokens[i - 1].low not in w.connectors:
                break  # "le Directeur Chef …" is not one title
            if i == base_tokens and not tok.is_capitalized and not self._adjective_like(lw):
                break  # "Le secrétaire général assiste …": a verb, not a complement
            last = i
            i += 1
        return last


def _low(tokens: tuple[Token, ...], j: int) -> str:
    return tokens[j].low if j < len(tokens) else ""
