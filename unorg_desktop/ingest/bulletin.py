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

from .drafts import Draft, RawReport, Registry
from .lang import LanguagePack
from .names import NameMatch, Token, capitalize_title, grammar
from .structure import Block, Structure
from .text import fold

# A sentence ends at a full stop or a semicolon followed by a capital (or a quotation mark).
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-ÝÉ«“])")
# A list of components ends at a full stop after a word, or at a semicolon.
_LIST_END = re.compile(r"(?<=[a-zé\)])\.\s|;")
_DASHES = ("–", "-")
_RECENT = 6  # how many recent subjects an anaphora ("le Service") looks back over
_MAX_SKIPPED = 8  # words of a list member that names no unit, skipped to read the members after it


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(text) if s.strip()]


def _first_at(tokens: tuple[Token, ...], pos: int) -> Token | None:
    return next((t for t in tokens if t.start >= pos), None)


class BulletinReader:
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
        self.warnings: list[str] = []
        c = self.c
        self._relative_report = re.compile(rf"\s*(?:\([^)]*\))?\s*,?\s*{c.relative}\s+{c.reports_to}\s*")
        self._fronted_end = re.compile(rf"{c.fronted_report}\s*$")
        self._fronted_start = re.compile(rf"^{c.fronted_report}\s+")
        self._relative_end = re.compile(rf"{c.relative}\s*$")
        self._nested = re.compile(rf"\s*,\s*{c.relative}\s+{c.composed_of}\s+")
        self._next_member = re.compile(rf",\s|\s(?:{'|'.join(map(re.escape, self.g.words.coordinators))})\s")
        self._list_intro_at = re.compile(c.list_intro.regex.removeprefix("^"), c.list_intro.flags)

    # ------------------------------------------------------------------
    def read(self) -> Registry:
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
        if nm is not None:
            self.top = self.reg.create(nm.name.rstrip("."), nm.kind, "", None)
            self._make_root(self.top)

    def _body_named(self, text: str, pos: int) -> NameMatch | None:
        """The unit named at ``pos``; for a plural ("les sous-directions de la direction X"),
        the unit they belong to, named in its complement."""
        nm = self.g.name_at(text, pos)
        if nm is not None and self.g.is_plural(nm.head):
            tokens = self.g.tokenize(text)
            inner = [t for t in tokens if nm.start < t.start < nm.end and self.g.kind_of(t.text)
                     and not self.g.is_plural(t.text)]
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
        self.block_subject = None
        self.part_owner = None
        for part in block.alineas():
            self._alinea(part, block.number)

    def _alinea(self, block: Block, number: str) -> None:
        """One paragraph, or one alinéa of an article: its sentences, then its items."""
        c = self.c
        self.last_components = []
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
        elif block.items and subject is not None and c.composition_list.search(last) \
                and not c.functions_word.search(last):
            announced = self.last_components  # "est constituée de quatre collèges :" then the four
            listed = self._list_components(block.items, subject, number)  # "La Division comprend … : a) …"
            if len(announced) == 1 and announced[0].collective and listed \
                    and all(d.kind == announced[0].kind for d in listed):
                group = announced[0]
                group.is_group, group.collective, group.members = True, False, listed
        elif block.items:
            self._items(block, subject, number)
        elif own_subject is not None and block.numbered:
            self._prose_functions(block, own_subject, number)

    def _inverted_inline(self, s: str, number: str) -> None:
        """'Est directement rattachée au secrétaire général l’unité X.': the superior first,
        then the unit."""
        m = self.c.inverted_report.match(s)
        if not m or s.rstrip().endswith(":"):
            return
        after = s[m.end():]
        t = self.c.report_target.match(after)
        pos = t.end() if t else 0
        target_end = None
        title = self.g.read_title(after, pos)
        if title is not None:
            target_end = title.end
        else:
            nm = self.g.name_at(after, pos)
            target_end = nm.end if nm is not None else None
        if target_end is None:
            return
        art = self.c.title_article.match(after, target_end)
        unit = self.g.name_at(after, art.end() if art else target_end)
        if unit is None:
            return
        draft = self._resolve_name(unit.name, number, create=True, kind=unit.kind)
        if draft is not None:
            self._report([draft], after, number, s)

    def _resolve_name(self, name: str, paragraph: str, create: bool, scope: Draft | None = None,
                      kind: str | None = None) -> Draft | None:
        """A name read in a sentence -> draft (anaphora, heading extension, creation)."""
        g = self.g
        words = name.split()
        context = scope or self.context
        if len(words) == 1 and g.kind_of(name):
            # "Le Service", "La Division": the nearest unit of that kind
            kind = g.kind_of(name)
            for node in self.recent[:_RECENT]:
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
        if self.top is not None and fold(name) == fold(self.top.name):
            return self.top
        if not create:
            return None
        if kind is None:
            nm = g.name_at(name, 0)
            kind = nm.kind if nm is not None else words[0]
        return self.reg.create(name, kind, paragraph, context)

    def _subject(self, sentence: str, paragraph: str) -> tuple[Draft | None, int, str | None]:
        """The unit a sentence is about, where its verb part starts, and a head title."""
        s, c, g = sentence, self.c, self.g
        structural = bool(c.headed_by.search(s) or c.reports_to.search(s) or c.composed_of.search(s)
                          or c.structural.search(s))
        if c.pronoun_subject.match(s) and self.recent:
            return self.recent[0], 0, None
        tokens = g.tokenize(s)
        m = c.head_subject.match(s)
        if m:
            nm = g.name_at(s, m.end(), tokens=tokens)
            if nm is not None:
                unit = self._resolve_name(nm.name, paragraph, create=structural, kind=nm.kind)
                return unit, nm.end, capitalize_title(m.group("title").lower())
        m = c.determiner_subject.match(s)
        if m:
            nm = g.name_at(s, m.end(), tokens=tokens)
            if nm is not None:
                if c.distributive_start.match(s):
                    return None, nm.end, None  # distributive: handled by the caller
                unit = self._resolve_name(nm.name, paragraph, create=structural, kind=nm.kind)
                if unit is not None and nm.paren and g.read_title(nm.paren, 0):
                    unit.add_alias(f"{nm.name} ({nm.paren})")
                return unit, nm.end, None
            tok = _first_at(tokens, m.end())
            if tok is not None:
                title = g.read_title(s, tok.start)
                if title is not None:
                    return self._post_subject(title, paragraph), title.end, None
        return None, 0, None

    def _post_subject(self, title, paragraph: str) -> Draft | None:
        """'Le Directeur exécutif relève …': a placeholder draft for the post's unit."""
        post = self.reg.create("", "post", paragraph, self.context, removed=True)
        post.head = capitalize_title(title.title)
        return post

    # -- one sentence ------------------------------------------------------
    def _sentence(self, s: str, paragraph: str) -> Draft | None:
        c = self.c
        subject, verb_at, chef = self._subject(s, paragraph)
        if subject is not None and not subject.removed:
            self.recent = [subject] + [d for d in self.recent if d is not subject][:10]
        distributive = self._distributive_targets(s)
        rest = s[verb_at:]
        group = c.group_members.match(rest)
        if group and subject is not None:
            self._group_members(subject, group.group("members"), paragraph)
            rest = rest[group.end():]
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
            targets = self._statement_owners(m.start(), comp_at, subject, components, distributive)
            for t in targets:
                if t.head is None or t.head_paragraph == "":
                    t.head, t.head_paragraph = capitalize_title(title.title), paragraph
            after = rest[title.end:]
            rep = self._relative_report.match(after)
            if rep:
                self._report(targets, after[rep.end():], paragraph, s)
        for m in c.reports_to.finditer(rest):
            before = rest[: m.start()]
            if self._relative_end.search(before) and c.headed_by.search(before):
                continue  # already taken with its head
            if self._fronted_end.search(before):
                continue
            targets = self._statement_owners(m.start(), comp_at, subject, components, distributive)
            self._report(targets, rest[m.end():], paragraph, s)
        m = self._fronted_start.match(s)
        if m and subject is not None:
            self._report([subject], s[m.end():], paragraph, s)
        for m in c.head_of.finditer(s):
            # "… le chef du département X …": X, when known, is headed by a chef
            nm = self.g.name_at(s, m.end())
            unit = self.reg.find(nm.name, self.context) if nm is not None else None
            if unit is not None and unit.head is None:
                unit.head, unit.head_paragraph = capitalize_title(m.group("title").lower()), paragraph
            if unit is not None:
                self.last_headed = unit
        if c.dative_report.match(rest.lstrip()) and subject is not None and self.last_headed not in (None, subject):
            # "Un chef de service assure la responsabilité du service X. La sous-direction Y lui est
            # rattachée.": Y reports to the one whose head was just named
            subject.reports.append(RawReport(self.last_headed.name, None, paragraph, s, self.context))
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

    def _statement_owners(self, at: int, comp_at: int, subject, components, distributive) -> list[Draft]:
        """Who a head/report clause is about: the last component before it, or the subject."""
        if components and at > comp_at:
            return [components[-1]]
        if distributive:
            return distributive
        return [subject] if subject is not None else []

    def _distributive_targets(self, s: str) -> list[Draft]:
        """'Chaque service …' / 'Les services sont chacun …' -> the units meant."""
        m = self.c.distributive.match(s) or self.c.distributive_each.match(s)
        if not m:
            return []
        phrase = m.group("phrase")
        nm = self.g.name_at(phrase, 0)
        if nm is None:
            return []
        # a named group or collective ("division régionale", "équipe opérationnelle intégrée")
        if len(phrase.split()) > 1:
            for d in self.reg.live():
                if (d.is_group or d.collective) and _stem_eq(d.name, phrase):
                    return d.members or [d]
        pool = self.last_components or self._recent_components()
        return [d for d in pool if d.kind == nm.kind]

    def _recent_components(self) -> list[Draft]:
        ctx = self.context
        return [d for d in self.reg.live() if d.composed_in and d.composed_in[0] is ctx]

    def _title_after(self, text: str, pos: int):
        m = self.c.title_article.match(text, pos)
        return self.g.read_title(text, m.end() if m else pos)

    def _name_at(self, text: str, pos: int, paragraph: str, create: bool, scope: Draft | None = None) -> Draft | None:
        nm = self.g.name_at(text, pos)
        return self._resolve_name(nm.name, paragraph, create, scope, kind=nm.kind) if nm else None

    def _report_to_subject(self, owners: list[Draft], superior: Draft, paragraph: str, evidence: str) -> None:
        """``owners`` report to ``superior``: a unit, or a post (resolved later to its unit)."""
        if superior.kind == "post":
            title = self.g.read_title(superior.head or "", 0)
            if title is None:
                return
            raw = RawReport(None, title, paragraph, evidence, self.context)
        else:
            raw = RawReport(superior.name, None, paragraph, evidence, self.context)
        for owner in owners:
            if owner is not superior:
                owner.reports.append(raw)

    def _report(self, owners: list[Draft], after: str, paragraph: str, evidence: str) -> None:
        m = self.c.report_target.match(after)
        pos = m.end() if m else 0
        tokens = self.g.tokenize(after)
        tok = _first_at(tokens, pos)
        if tok is None:
            return
        context = self.part_owner or self.context  # "rattaché au directeur" in the parts of a direction
        start = tok.start
        while True:  # "relève du Directeur X et du Chef Y": each superior, the first primary
            nm = self.g.name_at(after, start, tokens=tokens)
            if nm is not None and nm.start == start and after[start].isupper():
                raw, end = RawReport(nm.name, None, paragraph, evidence, context), nm.end
            else:
                title = self.g.read_title(after, start)
                if title is None:
                    return
                raw, end = RawReport(None, title, paragraph, evidence, context), title.end
            for owner in owners:
                owner.reports.append(raw)
            more = self.c.also_to.match(after, end)
            tok = _first_at(tokens, more.end()) if more else None
            if tok is None or not (after[tok.start].isupper() or self.g.title_base(after[tok.start:])):
                return
            start = tok.start

    # -- composition -------------------------------------------------------
    def _list_components(self, items, owner: Draft, number: str) -> list[Draft]:
        """Listed components of ``owner``; an item's own list holds the components of the unit it
        names ("1° De la direction X, qui comprend : ― …"), or, after a number of units ("trois
        sous-directions dénommées respectivement :"), the members of that group."""
        c = self.c
        out: list[Draft] = []
        for item in items:
            found = self._components(item.text, number, [owner], c.composition_verb)
            out.extend(found)
            if found and c.item_functions.search(item.text):
                found[0].attributions.append((number, item.letter, item.text))
            headed = c.headed_by.search(item.text) if found else None
            title = self._title_after(item.text, headed.end()) if headed else None
            if title is not None and found[0].head is None:  # "(b) The Office of X, headed by a Director;"
                found[0].head, found[0].head_paragraph = capitalize_title(title.title), number
            if not item.items or not found:
                continue
            first = found[0]
            if first.collective and not first.is_group:
                members = self._list_components(item.items, owner, number)
                if members:
                    first.is_group, first.collective, first.members = True, False, members
            elif c.composition_list.search(item.text):
                self._list_components(item.items, first, number)
        return out

    def _components(self, text: str, paragraph: str, owners: list[Draft], verb: str) -> list[Draft]:
        # "comprend les unités suivantes : le Bureau …, la Division …"
        c, g = self.c, self.g
        text = c.list_adverb.compiled.sub("", text, count=1)
        text = c.list_intro.compiled.sub("", text, count=1)
        text = _LIST_END.split(text)[0]
        tokens = g.tokenize(text)
        out: list[Draft] = []
        pos = 0
        group_owner = owners[0] if len(owners) == 1 else None
        while pos < len(text):
            m = c.list_item_start.match(text, pos)
            start = m.end() if m else pos
            intro = self._list_intro_at.match(text, pos)
            if intro and intro.end() > pos:  # "… and the following regional divisions: the A, the B"
                pos = intro.end()
                continue
            tok = _first_at(tokens, start)
            if tok is None:
                break
            if tok.text in _DASHES:
                pos = tok.end
                continue
            nm = g.name_at(text, tok.start, tokens=tokens)
            if nm is None:
                post = g.read_title(text, tok.start) is not None  # "outre le haut fonctionnaire …, le bureau X"
                skip = self._next_member.search(text, tok.start) if out or post else None
                member = text[tok.start:skip.start()] if skip else ""
                if skip and len(member.split()) <= _MAX_SKIPPED and not c.component_stop.search(member):
                    pos = skip.start()  # "…, le haut fonctionnaire de défense, la cellule X": a post among units
                    continue
                break  # "des spécialistes …": the list of units has ended
            number = m.group("num") if m else None
            indefinite = bool(c.indefinite_before.search(text[pos:tok.start])) or bool(number)
            name = nm.name
            if indefinite:
                name = self._indefinite_name(name)
            collective = bool(number) or g.is_plural(nm.head)
            draft = self._component(name, nm, paragraph, group_owner, owners, verb, collective, number)
            if draft is not None:
                out.append(draft)
            end = nm.start + len(name) if indefinite else nm.end
            paren = re.match(r"\s*\([^()]*\)", text[end:])
            if paren:
                end += paren.end()
            rest = text[end:]
            stop = c.component_stop.match(rest)
            if stop and not rest.lstrip().startswith(_DASHES[0]):
                # ", qui comprend …": a nested composition of this component
                nested = self._nested.match(rest)
                if nested and draft is not None:
                    out_nested = self._components(rest[nested.end():], paragraph, [draft], verb)
                    self.last_components = out_nested
                    return out
                break
            pos = end
        self.last_components = out
        return out

    def _indefinite_name(self, name: str) -> str:
        """'une équipe de planification et des spécialistes de …': an indefinite component ends
        where people or other units are added to it ("et des spécialistes"), not at every
        "et des" ("une unité chargée du système … et des statistiques")."""
        for m in self.c.indefinite_cut.finditer(name):
            nxt = self.g.tokenize(name[m.end():])
            if nxt and (self.g.is_title_word(nxt[0]) or self.g.kind_of(nxt[0].text)
                        or self.g.title_base(nxt[0].text.rstrip("s")) is not None):
                return name[:m.start()]
        return name

    def _component(self, name: str, nm: NameMatch, paragraph: str, group_owner: Draft | None,
                   owners: list[Draft], verb: str, collective: bool, number: str | None) -> Draft | None:
        scope = group_owner or (owners[0] if owners else self.context)
        draft = self.reg.find(name, scope)
        if draft is None:
            for pending in (self.pending_heading, self.sub_unit):
                if pending is not None and pending.from_heading and self.reg.extend(pending, name):
                    draft = pending
        if draft is None:
            draft = self.reg.create(name, nm.kind, paragraph, scope, collective=collective)
            if collective and number:
                draft.add_alias(f"{number} {name}")
        elif collective:
            draft.collective = True
        if nm.paren and self.g.read_title(nm.paren, 0) is not None:
            draft.add_alias(f"{name} ({nm.paren})")
        if group_owner is not None and group_owner is not draft:
            if not group_owner.is_group and draft.composed_in is None:
                draft.composed_in = (group_owner, paragraph, f"{group_owner.name} {verb} {name}")
        elif len(owners) > 1 and draft.composed_in is None:
            # "les divisions régionales … sont composées d’équipes …": the group's parent
            parent = owners[0].composed_in[0] if owners[0].composed_in else owners[0].scope
            if parent is not None:
                draft.composed_in = (parent, paragraph, f"{verb} {name}")
        if not draft.paragraph:
            draft.paragraph = paragraph
        return draft

    # -- groups named with "à savoir" --------------------------------------
    def _group_members(self, group: Draft, text: str, paragraph: str) -> None:
        """'les divisions régionales – à savoir, la Division X, …': one unit per member."""
        g = self.g
        top_level = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
        members = []
        for nm in g.find_names(top_level):
            name = text[nm.start:nm.end].strip()
            draft = self.reg.find(name, group.scope) or self.reg.create(name, nm.kind, paragraph, group.scope)
            draft.composed_in = group.composed_in
            if not draft.paragraph:
                draft.paragraph = paragraph
            members.append(draft)
            # "la Division de l’Afrique I (région … et Équipe d’appui …)": a unit it includes
            paren = re.match(r"\s*\(([^()]*)\)", text[nm.end:])
            for inner in g.find_names(paren.group(1)) if paren else []:
                child = self.reg.find(inner.name, draft) or self.reg.create(inner.name, inner.kind, paragraph, draft)
                child.composed_in = (draft, paragraph, f"{name} ({paren.group(1)})")
        if members:
            group.is_group, group.collective, group.members = True, False, members

    # -- functions ---------------------------------------------------------
    def _items(self, block: Block, subject: Draft | None, number: str) -> None:
        intro = block.intro
        if self.c.not_functions.search(intro):
            return
        for owner in self._list_owners(intro, number, subject):
            for item in block.items:
                owner.attributions.append((number, item.letter, item.text))

    def _list_owners(self, intro: str, paragraph: str, subject: Draft | None) -> list[Draft]:
        c = self.c
        m = c.functions_of.search(intro)
        if m:
            target = self._target_phrase(intro, m.end(), paragraph)
            if target:
                return target
        if c.own_functions.search(intro) or c.functions.search(intro) or intro.rstrip().endswith(":"):
            if subject is not None:
                return [subject]
            names = self.g.find_names(intro)
            if names:
                unit = self._resolve_name(names[0].name, paragraph, create=False)
                if unit is not None:
                    return [unit]
        return []

    def _target_phrase(self, text: str, pos: int, paragraph: str) -> list[Draft]:
        tokens = self.g.tokenize(text)
        tok = _first_at(tokens, pos)
        if tok is None:
            return []
        nm = self.g.name_at(text, tok.start, tokens=tokens)
        if nm is not None:
            unit = self._resolve_name(nm.name, paragraph, create=False)
            if unit is None:
                for d in self.reg.live():
                    if (d.is_group or d.collective) and _stem_eq(d.name, nm.name):
                        return d.members or [d]
                unit = self._resolve_name(nm.name, paragraph, create=True, kind=nm.kind)
            if unit is not None and unit.is_group:
                return unit.members
            return [unit] if unit is not None else []
        title = self.g.read_title(text, tok.start)
        if title is not None:
            return [self._post_subject(title, paragraph)]
        return []

    def _prose_functions(self, block: Block, subject: Draft, number: str) -> None:
        if self.c.prose_functions.search(block.intro):
            subject.attributions.append((number, "", block.intro))


def _stem_eq(a: str, b: str) -> bool:
    def stem(s: str) -> list[str]:
        return [w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w for w in fold(s).split()]

    sa, sb = stem(a), stem(b)
    return sa == sb or (len(sb) >= 2 and sa[: len(sb)] == sb) or (len(sa) >= 2 and sb[: len(sa)] == sa)
