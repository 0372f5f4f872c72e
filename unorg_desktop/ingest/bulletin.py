"""Pass 1 over an organisation text (bulletin, decree): units, heads, raw reporting lines,
attributions.

Reads the structural sentences of each paragraph — composition ("se compose de",
"comprises"), headship ("est dirigé par", "is headed by") and reporting ("relève du",
"reports to") — and the lettered lists of functions, with the clause patterns and the name
grammar of the document's language pack. Reporting targets that name a post are kept raw
here and resolved to units in :mod:`resolve`, once every document's heads are known.
"""

from __future__ import annotations

import re

from .composition import CompositionMixin
from .drafts import Draft, RawReport, Registry
from .functions import FunctionsMixin
from .lang import LanguagePack
from .names import NameMatch, capitalize_title, grammar
from .reporting import ReportingMixin
from .sentences import RECENT, first_at, is_acronym, is_code, sentences
from .structure import Block, Item, Structure
from .text import fold


class BulletinReader(ReportingMixin, CompositionMixin, FunctionsMixin):
    def __init__(self, document: str, structure: Structure, pack: LanguagePack) -> None:
        self.doc = document
        self.structure = structure
        self.pack = pack
        self.c = pack.clauses
        self.g = grammar(pack)
        self.family = structure.kind
        self.reg = Registry(document, self.g, self.family)
        self.top: Draft | None = None
        self.top_head_from_heading: tuple[str, str] | None = None
        self.section_unit: Draft | None = None
        self.sub_unit: Draft | None = None
        self.pending_heading: Draft | None = None
        self.last_components: list[Draft] = []
        self.recent: list[Draft] = []  # subjects of recent sentences, newest first
        self.block_subject: Draft | None = None  # the last subject in the paragraph being read
        self.part_owner: Draft | None = None  # what the parts of an article "organisé comme suit" belong to
        self.last_headed: Draft | None = None  # the unit whose head was named last
        # (title, text after it, paragraph, sentence) of "…, each headed by a Chief, who …:" for the list below
        self.each_pending: tuple | None = None
        self.list_owner: Draft | None = None  # a component whose own list ends the lead-in (", qui comprend :")
        self.enumerations = 0  # enumerations of components read so far (numbers Draft.enumeration)
        self.last_subject: Draft | None = None  # the subject of the last sentence read, a post too
        # (owner, paragraph number) of a composition announced with a colon and no items: its
        # components are the sub-paragraphs that follow ("3.2 … units:", "3.2.1 …")
        self.open_list: tuple[Draft, str] | None = None
        self.alinea_list: Draft | None = None  # the owner of "comprend :" whose units the next alinéas name
        self.opening = False
        self.article_list: Draft | None = None
        self.warnings: list[str] = []
        c = self.c
        self._relative_report = re.compile(rf"\s*(?:\([^)]*\))?\s*,?\s*{c.relative}\s+{c.reports_to}\s*")
        self._fronted_end = re.compile(rf"{c.fronted_report}\s*$")
        self._fronted_start = re.compile(rf"^{c.fronted_report}\s+")
        self._relative_end = re.compile(rf"{c.relative}\s*$")
        self._nested = re.compile(rf"\s*,?\s*(?:{c.relative}\s+{c.composed_of}|{c.composed_participle})\s*(?=[\s,:])")
        self._nested_or_relative = re.compile(rf"\s*(?:\([^()]*\)\s*)?,\s*{c.relative}\b")
        self._relative_list = re.compile(rf",\s*{c.relative}\s+{c.composed_of}[^,;:]*:\s*$")
        self._next_member = re.compile(rf",\s|\s(?:{'|'.join(map(re.escape, self.g.words.coordinators))})\s")
        self._list_intro_at = re.compile(c.list_intro.regex.removeprefix("^"), c.list_intro.flags)

    # ------------------------------------------------------------------
    def read(self) -> Registry:
        self.acronyms = self._acronyms()
        if self.family == "decree":
            self._decree_root()
        else:
            names = self.g.find_names(self.structure.title)
            if names:
                self.top = self.reg.create(names[0].name, names[0].kind, "", None)
        for block in self.structure.blocks:
            if block.kind == "heading":
                self._heading(block, sub=False)
            elif block.kind == "subheading":
                self._heading(block, sub=True)
            elif block.kind == "paragraph":
                self._paragraph(block)
        if self.top is not None and self.top.head is None and self.top_head_from_heading:
            self.top.head, self.top.head_paragraph = self.top_head_from_heading
        return self.reg

    def _decree_root(self) -> None:
        """A decree organises a body outside the Secretariat: the one its title names
        ("portant organisation de la direction X"), else (a ministry, which is no unit) the first
        unit whose composition it states."""
        title = self.structure.title
        m = self.c.organised_body.search(title)
        nm = self._body_named(title, m.end()) if m else None
        if nm is None:
            return
        name, part = nm.name.rstrip("."), self.c.body_part.match(nm.name) if self.c.body_part else None
        inner = self.g.name_at(name, part.end()) if part else None
        if inner is not None and inner.start == part.end() and inner.end >= len(name) - 1:
            # "organisant l’administration centrale de la direction générale X": X is the body
            self.top = self.reg.create(inner.name, inner.kind, "", None)
            self.top.add_alias(name)
        else:
            self.top = self.reg.create(name, nm.kind, "", None)
        self._make_root(self.top)

    def _body_named(self, text: str, pos: int) -> NameMatch | None:
        """The unit named at ``pos``; for a plural ("les sous-directions de la direction X"),
        the unit they belong to, named in its complement."""
        nm = self.g.name_at(text, pos)
        if nm is not None and self.g.is_plural(nm.head):
            tokens = self.g.tokenize(text)
            # in a complement ("… et mission de la direction X": the direction, not the mission)
            preps = self.g.words.articles | self.g.words.complement_preps
            inner = [t for i, t in enumerate(tokens) if nm.start < t.start < nm.end and self.g.kind_of(t.text)
                     and not self.g.is_plural(t.text) and i and tokens[i - 1].low in preps]
            return self.g.name_at(text, inner[0].start, tokens=tokens) if inner else None
        return nm

    def _make_root(self, draft: Draft) -> None:
        draft.is_root = True
        draft.scope = None
        self.reg.root = draft

    @property
    def context(self) -> Draft | None:
        return self.sub_unit or self.section_unit or self.top

    # -- headings ----------------------------------------------------------
    def _heading(self, block: Block, sub: bool) -> None:
        text = block.intro.strip()
        scope = (self.section_unit or self.top) if sub else self.top
        if not sub:
            self.section_unit, self.sub_unit = self.top, None
        else:
            self.sub_unit = None
        self.pending_heading = None
        nm = self.g.name_at(text, 0) if text else None
        if nm is not None and self._joined_heading(text):
            nm = None  # "A and B Unit": each is named in the paragraphs below; the heading is no unit
        if nm is not None:
            unit = self.reg.find(text, scope)
            if unit is None and self.top is not None and fold(self.top.name).startswith(fold(text)):
                unit = self.top
            if unit is None:
                lower = text.split(" ", 1)[0].lower() in self.g.words.lowercase_kinds
                name = text[0].lower() + text[1:] if lower else text
                unit = self.reg.create(name, nm.kind, "", scope, from_heading=True,
                                       collective=self.g.is_plural(nm.head))
                self.pending_heading = unit
            if sub:
                self.sub_unit = unit
            else:
                self.section_unit = unit
            return
        title = self.g.read_title(text, 0)
        if title is not None and title.end >= len(text) - 1 and not sub:
            # a section about the department's head: "Directeur exécutif"
            self.top_head_from_heading = (capitalize_title(title.title), "")

    # -- paragraphs ------------------------------------------------------
    def _paragraph(self, block: Block) -> None:
        if self.c.skip_heading.search(block.heading or "") and block.section:
            return
        if self.open_list is not None:
            owner, number = self.open_list
            if block.numbered and block.number.startswith(number + "."):
                # "3.2 The Department comprises the following units:" then "3.2.1 The Office of …"
                item = Item(block.number.rsplit(".", 1)[1], block.intro, block.line)
                self._apply_each(self._list_components([item], owner, block.number), keep=True)
                return
            self.open_list = self.each_pending = None
        self.block_subject = None
        self.part_owner = None
        self.alinea_list = None
        self.article_list = None  # the owner of the article's last list of components
        self.opening = True  # the article's first sentence: in a decree, the unit it opens with is one
        first = len(self.reg.drafts)
        for part in block.alineas():
            self._alinea(part, block.number)
        self._gather_announced(self.reg.drafts[first:], block.number)

    def _gather_announced(self, drafts: list[Draft], number: str) -> None:
        """'X comprend deux départements et quatre sous-directions' then, in the same article, 'Le
        département A …', 'La sous-direction B comprend …': each announced group stands for the units
        of its kind the article goes on to name, which belong to the group's owner."""
        for group in drafts:
            if not group.collective or group.is_group or group.composed_in is None or not any(
                    a.split(" ", 1)[0].lower() in self.g.words.numbers for a in group.aliases):
                continue
            owner = group.composed_in[0]
            members = [d for d in drafts if d.key > group.key and not d.collective and not d.removed
                       and d.kind == group.kind and d is not owner and not d.is_group
                       and d.enumeration != group.enumeration  # (not a sibling named beside the group)
                       and (d.composed_in is None or d.composed_in[0] is owner)]
            if members:
                for d in members:
                    if d.composed_in is None:
                        d.composed_in = (owner, number, f"{owner.name} {self.c.composition_verb} {d.name}")
                group.is_group, group.collective, group.members = True, False, members

    def _alinea(self, block: Block, number: str) -> None:
        """One paragraph, or one alinéa of an article: its sentences, then its items."""
        c = self.c
        self.last_components = []
        self.list_owner: Draft | None = None
        if self.alinea_list is not None and block.items:
            self._participle_alinea(block.intro, number)
        if self.alinea_list is not None and not block.items:
            if self._bare_name_alinea(block.intro, number):
                return
            if not self._relative_alinea(block.intro, number) and not c.pronoun_subject.match(block.intro) and not self._head_noun_reference(block.intro):
                self.alinea_list = None  # the list of units and their descriptions has ended
        subject: Draft | None = None
        for sentence in sentences(block.intro):
            found = self._sentence(sentence, number)
            if found is not None and subject is None:
                subject = found
        own_subject = subject
        if self.part_owner is not None and subject is not None and subject is not self.part_owner \
                and subject.composed_in is None and not subject.is_root:
            subject.composed_in = (self.part_owner, number, block.intro)  # a part of what is organised
        if subject is None:
            subject = self.block_subject  # a further alinéa of an article goes on about its subject
        else:
            self.block_subject = subject
        if self.pending_heading is not None and not self.pending_heading.paragraph:
            self.pending_heading.paragraph = number
        self.pending_heading = None
        last = sentences(block.intro)[-1] if block.intro else ""
        if c.organised_as_follows.search(last):
            # "Les sous-directions de la direction X sont organisées comme suit :" — the parts
            # below are parts of X
            m = c.determiner_subject.match(last)
            nm = self._body_named(last, m.end() if m else 0)
            self.part_owner = self._resolve_name(nm.name, number, create=True, kind=nm.kind) if nm else None
        for sentence in sentences(block.intro):
            self._inverted_inline(sentence, number)
        inverted = c.inverted_report.match(last)
        if block.items and inverted and last.rstrip().endswith(":"):
            # "Sont directement rattachés au directeur : ― le bureau …": units and their superior
            listed = [d for item in block.items
                      for d in self._components(item.text, number, [], c.composition_verb)]
            self._report(listed, last[inverted.end():], number, last)
        elif block.items and own_subject is not None and c.authority_over.search(last) \
                and last.rstrip().endswith(":"):
            # "le secrétaire général a autorité sur : a) la direction X …": they report to the subject
            listed = [d for item in block.items
                      for d in self._components(item.text, number, [], c.composition_verb)]
            self._report_to_subject(listed, own_subject, number, last)
        elif block.items and own_subject is not None and own_subject.collective and own_subject.composed_in \
                and c.group_list is not None and c.group_list.search(last) and not c.functions_word.search(last) \
                and all(self._opens_with_unit(it) for it in block.items):
            # "The regional sections are: (a) The North Section; …": the members of a group announced before
            listed = self._list_components(block.items, own_subject.composed_in[0], number)
            if listed:
                own_subject.is_group, own_subject.collective, own_subject.members = True, False, listed
        elif block.items and subject is not None and c.composition_list.search(last) \
                and not c.functions_word.search(last[c.composition_list.search(last).start():]):
            announced = self.last_components  # "est constituée de quatre collèges :" then the four
            owner = self.list_owner or subject  # (", qui comprend :": the list is the last component's)
            listed = self._list_components(block.items, owner, number)  # "La Division comprend … : a) …"
            self.article_list = self.article_list or owner  # (the article's first list: the one it goes on with)
            participle = self.c.participle_list is not None and self.c.participle_list.search(last)
            if self.family == "decree" and owner is subject and self.alinea_list is None and not participle:
                # (not after "A. - La sous-direction X, constituée par :": the next such line is a sibling)
                self.alinea_list = owner  # ("IV. ― La direction X." alone after the list: one more of them)
            self._apply_each(listed)
            if len(announced) == 1 and announced[0].collective and listed \
                    and all(d.kind == announced[0].kind for d in listed):
                group = announced[0]
                group.is_group, group.collective, group.members = True, False, listed
        elif not block.items and own_subject is not None and block.numbered and c.composition_list.search(last) \
                and not c.functions_word.search(last[c.composition_list.search(last).start():]):
            self.open_list = (own_subject, number)
            self.alinea_list = own_subject  # (an article's next alinéas may each name one of them)
        elif block.items and self.article_list is not None and (c.list_heading.match(block.intro) or all(
                self._opens_with_unit(it) for it in block.items)):
            # "VII. ― Les directions suivantes : ― …": more units of the article's list
            # "comprend deux départements : 1° Le département A … . Il … 2° Le département B …": the
            # list goes on after the text of its first item
            self._list_components(block.items, self.article_list, number)
        elif block.items:
            statements = [it for it in block.items if self._states_composition(it)]
            for item in statements:
                # "… comprend deux sous-directions. 1° La sous-direction X comprend : - …": an item that
                # is a sentence of its own, with its own list
                self._alinea(Block("paragraph", number, block.section, block.heading, item.text, item.items,
                                   item.line, block.numbered), number)
            if len(statements) < len(block.items):
                rest = [it for it in block.items if it not in statements]
                self._items(Block(block.kind, number, block.section, block.heading, block.intro, rest, block.line,
                                  block.numbered), subject, number)
        elif own_subject is not None and block.numbered:
            self._prose_functions(block, own_subject, number)

    def _resolve_name(self, name: str, paragraph: str, create: bool, scope: Draft | None = None,
                      kind: str | None = None) -> Draft | None:
        """A name read in a sentence -> draft (anaphora, heading extension, creation)."""
        g = self.g
        words = name.split()
        context = scope or self.context
        if len(words) == 1 and g.kind_of(name):
            # "Le Service", "La Division": the nearest unit of that kind
            kind = g.kind_of(name)
            for node in self.recent[:RECENT]:
                if node.kind == kind and not node.is_group:
                    return node
            for node in (context.chain() if context else []):
                if node.kind == kind:
                    return node
            if self.top is not None and self.top.kind == kind:
                return self.top
            for d in reversed(self.reg.live()):
                if d.collective and d.kind == kind and name[0].islower():
                    return d
            named = self.reg.find(name, context)  # "le cabinet": a unit whose whole name is its kind
            if named is not None and fold(named.name) == fold(name):
                return named
            if not create or name[0].islower():
                return None
        found = self.reg.find(name, context)
        if found is not None:
            return found
        for pending in (self.pending_heading, self.sub_unit, self.section_unit):
            if pending is not None and pending.from_heading and self.reg.extend(pending, name):
                return pending
        if self.top is not None and self.reg.extend(self.top, name):
            return self.top
        # an office seen before under this scope by a shorter name ("un secrétariat")
        scoped = context.chain() if context is not None else []
        for d in self.reg.live():
            owner = d.composed_in[0] if d.composed_in else d.scope
            if (d.scope is context or owner in scoped) and self.reg.extend(d, name):
                return d
        if self.top is not None and (fold(name) == fold(self.top.name) or self._short_of_top(name)):
            return self.top
        if not create:
            return None
        if kind is None:
            nm = g.name_at(name, 0)
            kind = nm.kind if nm is not None else words[0]
        return self.reg.create(name, kind, paragraph, context)

    def _short_of_top(self, name: str) -> bool:
        """'Le secrétariat général est organisé comme suit' in a decree organising the 'secrétariat
        général de l’Institut X': the body's name without its complement."""
        if self.family != "decree" or not self.reg.root is self.top:
            return False
        full, short = fold(self.top.name), fold(name)
        if not full.startswith(short + " ") or len(short.split()) < 2:
            return False
        rest = self.g.tokenize(self.top.name[len(name):].lstrip() if self.top.name.lower().startswith(name.lower())
                               else "")
        return bool(rest) and rest[0].low in self.g.words.complement_preps

    def _subject(self, sentence: str, paragraph: str) -> tuple[Draft | None, int, str | None]:
        """The unit a sentence is about, where its verb part starts, and a head title."""
        s, c, g = sentence, self.c, self.g
        structural = bool(c.headed_by.search(s) or c.reports_to.search(s) or c.composed_of.search(s)
                          or c.structural.search(s)
                          # a decree brings in a unit by its functions ("La sous-direction X est chargée :")
                          or (self.family == "decree" and c.prose_functions.search(s)))
        # … or by opening an article with it, a verb the pack knows right after its name ("La
        # sous-direction X est saisie des …")
        opening, self.opening = self.opening and self.family == "decree", False
        if c.pronoun_subject.match(s):
            last = self.last_subject
            if last is not None and last.kind == "post" and last.paragraph == paragraph:
                return last, 0, None  # "L’inspecteur général … . Il dispose d’un secrétariat": the post
            if self.recent:
                return self.recent[0], 0, None
        tokens = g.tokenize(s)
        known = self._acronym_at(s, 0, tokens)
        if known is not None:  # "OCHA is headed by …", "CRD comprises …"
            return known, tokens[0].end, None
        m = c.head_subject.match(s)
        if m:
            nm = g.name_at(s, m.end(), tokens=tokens)
            if nm is not None:
                unit = self._resolve_name(nm.name, paragraph, create=structural, kind=nm.kind)
                return unit, nm.end, capitalize_title(m.group("title").lower())
        m = c.determiner_subject.match(s)
        counted = m and self._counted_group_subject(s, m.end(), tokens, paragraph)
        if counted:  # "The three regional sections are: …": the group a list announced
            return counted
        if m:
            nm = self._known_name_at(s, g.name_at(s, m.end(), tokens=tokens), m.end())
            if nm is not None:
                if c.distributive_start.match(s):
                    return None, nm.end, None  # distributive: handled by the caller
                if self._members_of_a_unit(nm):
                    return None, nm.end, None  # "Les bureaux de la sous-direction X sont chargés …": no unit
                paren = re.match(r"\s*\([^()]*\)", s[nm.end:])
                after = first_at(tokens, nm.end + (paren.end() if paren else 0))
                delimited = opening and after is not None and after.low in g.words.stopwords \
                    and not g.is_plural(nm.head)  # (one unit: "Les organismes X agissent …" names none)
                unit = self._resolve_name(nm.name, paragraph, create=structural or delimited, kind=nm.kind)
                if unit is not None:
                    self._paren_alias(unit, nm)
                return unit, nm.end, None
            tok = first_at(tokens, m.end())
            if tok is not None:
                title = g.read_title(s, tok.start)
                if title is not None:
                    return self._post_subject(title, paragraph), title.end, None
        return None, 0, None

    def _known_name_at(self, text: str, nm: NameMatch | None, pos: int) -> NameMatch | None:
        """The longest name of a unit already read that the text spells out where ``nm`` (or,
        when the grammar read none, the word after ``pos``) starts: 'Le département chargé des
        relations avec A, B et C a pour missions' (the name an item gave whole), 'La permanence
        X a pour missions' (a unit of a kind the pack does not know); else ``nm``."""
        tok = first_at(self.g.tokenize(text[pos:pos + 40]), 0)
        start = nm.start if nm is not None else pos + (tok.start if tok is not None else 0)
        best = nm
        for d in self.reg.live():
            end = start + len(d.name)
            if d.name and (best is None or len(d.name) > len(best.name)) \
                    and (best is None or fold(d.name).startswith(fold(best.name))) \
                    and fold(text[start:end]) == fold(d.name) and not text[end:end + 1].isalnum():
                best = NameMatch(text[start:end], d.kind, start, end, self.g.paren_after(text, end),
                                 nm.parallel if nm else False, nm.head if nm else d.kind)
        return best

    def _paren_alias(self, draft: Draft, nm: NameMatch, name: str | None = None) -> None:
        """What a parenthesis after a name adds: a post ("Bureau X (Chef de service)") names the
        unit with it; an acronym ("(CRD)") is another name of the unit."""
        if not nm.paren:
            return
        if is_acronym(nm.paren) or is_code(nm.paren) or self._kind_code(nm):
            draft.add_alias(nm.paren)
        elif self.g.read_title(nm.paren, 0) is not None:
            draft.add_alias(f"{name or nm.name} ({nm.paren})")

    def _acronyms(self) -> dict[str, str]:
        """'Office for the Coordination of Humanitarian Affairs (OCHA)' anywhere in the text (in
        sections not read for structure too): acronym -> the name it stands for."""
        out: dict[str, str] = {}
        for block in self.structure.blocks:
            if "(" in block.text:
                for nm in self.g.find_names(block.text):
                    if nm.paren and is_acronym(nm.paren):
                        out.setdefault(nm.paren, nm.name)
        return out

    def _acronym_at(self, text: str, pos: int, tokens=None) -> Draft | None:
        """The unit an acronym the text defines stands for, when one starts at ``pos``."""
        tok = first_at(tokens if tokens is not None else self.g.tokenize(text), pos)
        if tok is None or not is_acronym(tok.text):
            return None
        found = self.reg.find(tok.text, self.context)
        if found is not None and fold(tok.text) in {fold(a) for a in found.aliases}:
            return found
        name = self.acronyms.get(tok.text)
        found = self.reg.find(name, self.context) if name else None
        if found is None and name and self.top is not None and fold(name) == fold(self.top.name):
            found = self.top
        if found is not None:
            found.add_alias(tok.text)
        return found

    def _same_body(self, subject: Draft) -> Draft:
        """A decree whose title names its body one way and whose composition article another
        ("ministère de l’agriculture et de la pêche" / "ministère chargé de l’agriculture, de
        l’alimentation et de la pêche"): the unit just created for the second is the body."""
        root = self.reg.root
        if (self.family != "decree" or root is None or subject is root or subject.kind != root.kind
                or subject.key != len(self.reg.drafts) - 1 or subject.composed_in is not None
                or any(d.composed_in and d.composed_in[0] is root for d in self.reg.drafts)):
            return subject
        subject.removed = True
        self.recent = [d for d in self.recent if d is not subject]
        root.add_alias(subject.name)
        return root

    def _post_subject(self, title, paragraph: str) -> Draft | None:
        """'Le Directeur exécutif relève …': a placeholder draft for the post's unit."""
        post = self.reg.create("", "post", paragraph, self.context, removed=True)
        post.head = capitalize_title(title.title)
        return post

    # -- one sentence ------------------------------------------------------
    def _sentence(self, s: str, paragraph: str) -> Draft | None:
        c = self.c
        if c.abolished.search(s):
            return None  # "Its X Branch and Y Branch are abolished": no unit of the organisation
        subject, verb_at, chef = self._subject(s, paragraph)
        if subject is not None and c.composed_of.search(s[verb_at:]):
            subject = self._same_body(subject)
        if subject is not None:
            self.last_subject = subject  # (a post too: "Le chef de service … . Lui sont rattachées …")
        fronted = c.determiner_subject.match(s) if subject is not None and subject.kind != "post" else None
        if fronted and subject.head is None:  # "Placé sous les ordres d’un officier, conseiller …, le service X"
            self._head_under_orders(subject, s[:fronted.end()], paragraph)
        if subject is not None and not subject.removed:
            self.recent = [subject] + [d for d in self.recent if d is not subject][:10]
        elif subject is None:
            # "Paragraph 7.3 …, concerning the Division X, is replaced by …": a unit a sentence without
            # a subject names is the one "the Division" of the next sentences speaks of
            for nm in self.g.find_names(s)[:1]:
                named = self.reg.find(nm.name, self.context) if len(nm.name.split()) > 1 else None
                if named is not None:
                    self.recent = [named] + [d for d in self.recent if d is not named][:10]
        distributive = self._distributive_targets(s)
        if subject is not None and subject.kind == "post":
            self._post_directs(subject, s[verb_at:], paragraph)
        if subject is not None and not distributive:
            others, verb_at = self._co_subjects(s, verb_at, paragraph)
            distributive = [subject] + others if others else []
        rest = s[verb_at:]
        group = c.group_members.match(rest)
        if group and subject is not None:
            self._group_members(subject, group.group("members"), paragraph)
            rest = rest[group.end():]
        copula = c.group_copula.match(rest) if c.group_copula is not None and subject is not None \
            and subject.collective and subject.composed_in is not None else None
        if copula:  # "The regional sections are the A, the B and the C.": the group announced before
            self._group_members(subject, rest[copula.end():], paragraph, stated=True)
            return subject
        comp = c.composed_of.search(rest)
        comp_at = comp.start() if comp else len(rest)
        components: list[Draft] = []
        if comp and subject is not None and self.family == "decree" and self.reg.root is None:
            self.top = subject  # the first unit whose composition a decree states: its body
            self._make_root(subject)
        if comp and (subject is not None or distributive):
            owners = [subject] if subject is not None else distributive
            components = self._components(rest[comp.end():], paragraph, owners, comp.group(0))
        for m in c.headed_by.finditer(rest):
            title = self._title_after(rest, m.end())
            if title is None:
                continue
            targets = self._statement_owners(m.start(), comp_at, subject, components, distributive, rest)
            each = comp is not None and m.start() > comp_at and c.each.search(rest[max(comp_at, m.start() - 24):m.end()])
            if each and components and not components[-1].collective:
                # "comprises A and B, each of which is headed by a Chief" (but "… et de quatre
                # sections, placées chacune sous la direction d’un chef": each of the four)
                targets = components
            elif each and s.rstrip().endswith(":"):
                targets = []  # "comprises the following branches, each headed by a Chief, who …:"
                self.each_pending = (title, rest[title.end:], paragraph, s)
            head = capitalize_title(self.g.singular_title(title.title.lower()) if len(targets) > 1 else title.title)
            for t in targets:
                if t.head is None or t.head_paragraph == "":
                    t.head, t.head_paragraph = head, paragraph
            after = rest[title.end:]
            aliases, after = self._head_aliases(after)
            for t in targets:
                for alias in aliases:
                    if fold(alias) != fold(t.head or "") and alias not in t.head_aliases:
                        t.head_aliases.append(alias)
            rep = self._relative_report.match(after)
            if rep:
                self._report(targets, after[rep.end():], paragraph, s)
        for m in c.reports_to.finditer(rest):
            before = rest[: m.start()]
            if self._relative_end.search(before) and c.headed_by.search(before):
                continue  # already taken with its head
            if self._fronted_end.search(before):
                continue
            targets = self._statement_owners(m.start(), comp_at, subject, components, distributive, rest)
            also = bool(c.also_marker.search(rest[max(0, m.start() - 12):m.end()]))
            self._report(targets, rest[m.end():], paragraph, s, also=also)
        m = self._fronted_start.match(s)
        if m and subject is not None:
            self._report([subject], s[m.end():], paragraph, s)
        m = c.assisted_by.search(rest)
        deputy = self.g.read_title(rest, m.end()) if m and subject is not None else None
        if deputy is not None:  # "Le directeur central est secondé par un directeur adjoint"
            self.reg.deputies.setdefault(fold(f"{self.g.singular_title(deputy.base)} {deputy.complement}".strip()),
                                         subject)
        for m in c.head_of.finditer(s):
            # "… le chef du département X …": X, when known, is headed by a chef
            nm = self.g.name_at(s, m.end())
            unit = None
            if nm is not None:  # "the Director of the Division": the one spoken of
                unit = self._resolve_name(nm.name, paragraph, create=False) if len(nm.name.split()) == 1 \
                    else self.reg.find(nm.name, self.context)
            if unit is not None and unit.head is None:
                unit.head, unit.head_paragraph = capitalize_title(m.group("title").lower()), paragraph
            if unit is not None:
                self.last_headed = unit
        if c.dative_report.match(rest.lstrip()) and subject is not None and self.last_headed not in (None, subject):
            # "Un chef de service assure la responsabilité du service X. La sous-direction Y lui est
            # rattachée.": Y reports to the one whose head was just named
            subject.reports.append(RawReport(self.last_headed.name, None, paragraph, s, self.context))
        over = c.authority_over.search(rest) if subject is not None else None
        after = rest[over.end():].split(None, 1) if over else []
        if over and not s.rstrip().endswith(":") and after \
                and (after[0].lower() in self.g.words.definite or after[0].lower().startswith(
                    tuple(a for a in self.g.words.definite if a.endswith("’")))):
            # "Le délégué a autorité sur le pôle A et le pôle B.": they report to the subject (units
            # named with their article; "dirige les activités de la Division X" places none)
            self._report_to_subject(self._units_listed(rest[over.end():], paragraph), subject, paragraph, s)
        whose = c.whose_head.search(rest)
        if whose and subject is not None and subject.head is None:
            subject.head, subject.head_paragraph = whose.group("title"), paragraph
        if chef and subject is not None and subject.head is None:
            subject.head, subject.head_paragraph = chef, paragraph
        m = c.part_of.search(rest)
        if m and subject is not None:
            target = self._name_at(rest, m.end(), paragraph, create=True, scope=self.top)
            if target is not None and target is not subject:
                subject.part_of = (target, paragraph, s)
        if subject is not None and not subject.removed and not subject.paragraph:
            subject.paragraph = paragraph
        return subject


    def _post_directs(self, post: Draft, rest: str, paragraph: str) -> None:
        """'Le chef de cabinet dirige le cabinet', 'The Chief of Staff heads the Executive Office':
        the post is the head of the unit named after the verb."""
        m = self.c.directs.match(rest)
        nm = self.g.name_at(rest, m.end()) if m else None
        if nm is None or nm.start != m.end():
            return
        unit = self._resolve_name(nm.name, paragraph, create=False, kind=nm.kind)
        if unit is not None and unit.head is None and post.head:
            unit.head, unit.head_paragraph = post.head, paragraph

    def _co_subjects(self, s: str, verb_at: int, paragraph: str) -> tuple[list[Draft], int]:
        """'The A and the B are headed by Chiefs, who report to …': more subjects of the verb,
        coordinated with the first (each name, then a verb: 'the A and the B Unit comprises' is
        one name), and where the verb part starts after them."""
        c, g = self.c, self.g
        tokens = g.tokenize(s)
        others: list[Draft] = []
        pos = verb_at
        while True:
            m = c.co_subject.match(s, pos)
            nm = g.name_at(s, m.end(), tokens=tokens) if m else None
            if nm is None or nm.start != m.end():
                break
            others.append(nm)
            pos = nm.end
        after = first_at(tokens, pos)
        if not others or after is None or after.low not in g.words.stopwords:
            return [], verb_at
        drafts = [self._resolve_name(nm.name, paragraph, create=True, kind=nm.kind) for nm in others]
        return [d for d in drafts if d is not None], pos

    def _opens_with_unit(self, item: Item) -> bool:
        """The item opens with a unit's full name ('Le département de l’action territoriale …', or
        '- le bureau X, qui …' after a dash)."""
        text = item.text[:1].upper() + item.text[1:]
        m = self.c.determiner_subject.match(text)
        nm = self.g.name_at(text, m.end()) if m else None
        return nm is not None and nm.start == m.end() and len(nm.name.split()) > 1

    def _states_composition(self, item: Item) -> bool:
        """An item that opens with a unit's name and announces its own list ('La sous-direction X
        comprend :')."""
        m = self.c.determiner_subject.match(item.text)
        nm = self.g.name_at(item.text, m.end()) if m else None
        return bool(item.items and nm is not None and len(nm.name.split()) > 1 and self.c.composition_list.search(item.text))

    def _head_noun_reference(self, text: str) -> bool:
        """'Le bureau met en œuvre …': the sentence is about the unit just named, by its head noun."""
        m = self.c.determiner_subject.match(text)
        nm = self.g.name_at(text, m.end()) if m else None
        return nm is not None and len(nm.name.split()) == 1

    def _bare_name_alinea(self, text: str, number: str) -> bool:
        """'La sous-direction X comprend :' then 'Le bureau politique sociale, rémunérations et
        conditions de travail' alone, then 'Il est chargé …': an alinéa that is only a unit's name
        is a component of the list's owner, and the subject of the alinéas after it."""
        c, g = self.c, self.g
        text = text.strip().rstrip(" ;.,:")
        if not text or len(text.split()) > 20 or "." in text or ":" in text:
            return False
        m = c.list_item_start.match(text)
        tokens = g.tokenize(text)
        tok = first_at(tokens, m.end() if m else 0)
        nm = g.name_at(text, tok.start, tokens=tokens) if tok is not None else None
        if nm is None or nm.start != tok.start or any(t.low in g.words.stopwords and not t.text.isupper()
                                                      for t in tokens if t.start >= nm.end):
            return False
        name = re.sub(r"\s*\([^()]*\)$", "", text[nm.start:])  # "… (AJ 1)": a code, not the name
        whole = NameMatch(name, nm.kind, nm.start, nm.start + len(name), head=nm.head)
        draft = self._component(name, whole, number, self.alinea_list, [self.alinea_list], c.composition_verb,
                                g.is_plural(nm.head), None)
        if draft is not None:
            self.recent = [draft] + [d for d in self.recent if d is not draft][:10]
            self.block_subject = self.last_subject = draft
        return True

    def _relative_alinea(self, text: str, number: str) -> bool:
        """'X comprend :' then 'Le bureau A, qui passe les marchés.', 'Il tient …', 'Le bureau B, qui …':
        an alinéa that is one sentence, a unit's full name and a clause about it with no main verb
        (', qui …', ', chargé de …'), is one more of the list's units."""
        c, g = self.c, self.g
        if len(sentences(text)) != 1:
            return False
        m = c.determiner_subject.match(text)
        nm = g.name_at(text, m.end()) if m else None
        if nm is None or nm.start != m.end() or len(nm.name.split()) < 2:
            return False
        rest = re.sub(r"^\s*\([^()]*\)", "", text[nm.end:])
        if not c.component_stop.match(rest) or not rest.lstrip().startswith(","):
            return False
        return self._bare_name_alinea(text[:nm.end], number)

    def _participle_alinea(self, text: str, number: str) -> bool:
        """'Le service W comprend :' then 'Le département X, constitué de :' and its items: a line
        with no finite verb, only a unit's name and a participle announcing its list, is one more
        component of W (X is the owner of its own items)."""
        pattern = self.c.participle_list
        m = pattern.search(text) if pattern is not None else None
        if not m:
            return False
        owner, head = self.alinea_list, text[:m.start()]
        det = self.c.determiner_subject.match(head)
        nm = self.g.name_at(head, det.end()) if det else None
        if nm is None or owner is None:
            return False
        end = nm.end + len(re.match(r"\s*(?:\([^()]*\))?", head[nm.end:]).group())
        extra = ""
        if head[end:].strip(" ,"):  # "Le service X, outre la mission Y, constitué par :": Y is X's too
            adverb = self.c.list_adverb.match(head[end:])
            if adverb is None:
                return False
            extra = head[end:][adverb.end():]
        if nm.kind == owner.kind and owner.composed_in:
            # "La sous-direction A comprend : …" then "La sous-direction B, constituée : …": no unit holds
            # one of its own kind; B is A's sibling
            self.alinea_list = owner.composed_in[0]
        try:
            found = self._bare_name_alinea(head[:end], number)
        finally:
            self.alinea_list = owner
        if found and extra and self.block_subject is not None:
            self._components(extra, number, [self.block_subject], self.c.composition_verb)
        return found

    def _apply_each(self, listed: list[Draft], keep: bool = False) -> None:
        """The head (and superior) an announcing sentence gave each of the units listed after it
        (``keep``: more are listed in the paragraphs that follow)."""
        if self.each_pending is None or not listed:
            return
        title, after, paragraph, evidence = self.each_pending
        if not keep:
            self.each_pending = None
        for d in listed:
            if d.head is None:
                d.head, d.head_paragraph = capitalize_title(title.title), paragraph
        rep = self._relative_report.match(self._head_aliases(after)[1])
        if rep:
            self._report(listed, self._head_aliases(after)[1][rep.end():], paragraph, evidence)

    def _head_aliases(self, after: str) -> tuple[list[str], str]:
        """Other titles of a head just read, and the text after them: '(hereinafter referred to
        as “the Emergency Relief Coordinator”)', ', the Legal Counsel,'."""
        c, out = self.c, []
        while True:
            m = c.hereinafter.match(after)
            if m:
                out.append(capitalize_title(m.group("title").strip()))
                after = after[m.end():]
                continue
            m = c.apposition.match(after)
            title = self.g.read_title(after, m.end()) if m else None
            if title is not None:
                out.append(capitalize_title(title.title))
                after = after[title.end:]
                continue
            return out, after

    def _title_after(self, text: str, pos: int):
        m = self.c.title_article.match(text, pos)
        return self.g.read_title(text, m.end() if m else pos)

    def _name_at(self, text: str, pos: int, paragraph: str, create: bool, scope: Draft | None = None) -> Draft | None:
        nm = self.g.name_at(text, pos)
        return self._resolve_name(nm.name, paragraph, create, scope, kind=nm.kind) if nm else None

