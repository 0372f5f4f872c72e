"""Pass 1 over a bulletin: units, heads, raw reporting lines, attributions.

Reads the structural sentences of each paragraph — composition (``se
compose de``, ``comprend``), headship (``est dirigé par``, ``a à sa tête``)
and reporting (``relève du``, ``rend compte au``) — and the lettered lists of
functions. Reporting targets that name a post are kept raw here and resolved
to units in :mod:`resolve`, once every document's heads are known.
"""

from __future__ import annotations

import re

from .drafts import Draft, RawReport, Registry
from .names import (
    NameMatch,
    capitalize_title,
    find_names,
    fold,
    kind_of,
    read_name,
    read_title,
    tokenize,
)
from .structure import Block, Structure
from .vocab import COMPOSED_OF, FUNCTIONS, HEADED_BY, NOT_FUNCTIONS, NUMBER_WORDS, REPORTS_TO

_PREP = r"(?:du|de la|de l’|des|d’|de|au|aux|à la|à l’|à)"
_ART = r"(?:(?:une|un|les|le|la)\b|l’)"
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-ÝÉ«])")
_SKIP_HEADINGS = re.compile(r"disposition|rapports?$", re.I)
_ITEM_START = re.compile(
    r"\s*(?:,|\bet\b)?\s*(?:(?:du|de la|des|d’un|d’une|de|le|la|les|un|une)\b|de l’|l’|d’)?\s*"
    r"(?:(?P<num>deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?",
    re.I,
)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(text) if s.strip()]


class BulletinReader:
    def __init__(self, document: str, structure: Structure) -> None:
        self.doc = document
        self.structure = structure
        self.reg = Registry(document)
        self.top: Draft | None = None
        self.top_head_from_heading: tuple[str, str] | None = None
        self.section_unit: Draft | None = None
        self.sub_unit: Draft | None = None
        self.pending_heading: Draft | None = None
        self.last_components: list[Draft] = []
        self.recent: list[Draft] = []  # subjects of recent sentences, newest first
        self.warnings: list[str] = []

    # ------------------------------------------------------------------
    def read(self) -> Registry:
        names = find_names(self.structure.title)
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

    @property
    def context(self) -> Draft | None:
        return self.sub_unit or self.section_unit or self.top

    # -- headings ----------------------------------------------------------
    def _heading(self, block: Block, sub: bool) -> None:
        text = block.intro.strip()
        first = text.split(" ", 1)[0] if text else ""
        scope = (self.section_unit or self.top) if sub else self.top
        if not sub:
            self.section_unit, self.sub_unit = self.top, None
        else:
            self.sub_unit = None
        self.pending_heading = None
        if text and kind_of(first):
            unit = self.reg.find(text, scope)
            if unit is None and self.top is not None and fold(self.top.name).startswith(fold(text)):
                unit = self.top
            if unit is None:
                name = text[0].lower() + text[1:] if first.lower() == "secrétariat" else text
                plural = first.lower().endswith(("s", "x")) and first.lower() not in ("fonds",)
                unit = self.reg.create(name, kind_of(first) or first, "", scope, from_heading=True, collective=plural)
                self.pending_heading = unit
            if sub:
                self.sub_unit = unit
            else:
                self.section_unit = unit
            return
        title = read_title(text, 0)
        if title is not None and title.end >= len(text) - 1 and not sub:
            # a section about the department's head: "Directeur exécutif"
            self.top_head_from_heading = (capitalize_title(title.title), "")

    # -- paragraphs ------------------------------------------------------
    def _paragraph(self, block: Block) -> None:
        if _SKIP_HEADINGS.search(block.heading or "") and block.section:
            return
        self.last_components = []
        subject: Draft | None = None
        for sentence in sentences(block.intro):
            found = self._sentence(sentence, block.number)
            if found is not None and subject is None:
                subject = found
        if self.pending_heading is not None and not self.pending_heading.paragraph:
            self.pending_heading.paragraph = block.number
        self.pending_heading = None
        last = sentences(block.intro)[-1] if block.intro else ""
        if block.items and subject is not None and re.search(rf"{COMPOSED_OF}[^:]*suivant[^:]*:\s*$", last) and not re.search(
            r"attribution|fonction", last
        ):
            self._item_components(block, subject)  # "La Division comprend les services suivants : a) …"
        elif block.items:
            self._items(block, subject)
        elif subject is not None and block.numbered:
            self._prose_functions(block, subject)

    def _resolve_name(self, name: str, paragraph: str, create: bool, scope: Draft | None = None) -> Draft | None:
        """A name read in a sentence -> draft (anaphora, heading extension, creation)."""
        words = name.split()
        context = scope or self.context
        if len(words) == 1 and kind_of(name):
            # "Le Service", "La Division": the nearest unit of that kind
            kind = kind_of(name)
            for node in self.recent[:6]:
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
        kind = kind_of(words[0]) or words[0]
        return self.reg.create(name, kind, paragraph, context)

    def _subject(self, sentence: str, paragraph: str) -> tuple[Draft | None, int, str | None]:
        """The unit a sentence is about, where its verb part starts, and a head title."""
        s = sentence
        structural = bool(
            re.search(f"{HEADED_BY}|{REPORTS_TO}|{COMPOSED_OF}|fait partie|attributions?|fonctions", s)
        )
        m = re.match(r"^(?:Il|Elle|Ils|Elles)\s", s)
        if m and self.recent:
            return self.recent[0], 0, None
        m = re.match(
            rf"^(?:Relevant {_PREP}\s*[^,]+,\s*)?(?:le|la|l’)\s*(Cheffe|Chef|Directeur|Directrice)\s+"
            rf"(?:du|de la|de l’|des)\s*",
            s,
            re.I,
        )
        if m:
            tokens = tokenize(s)
            k = next((i for i, t in enumerate(tokens) if t.start >= m.end()), None)
            if k is not None and kind_of(tokens[k].text):
                nm = read_name(s, tokens, k)
                if nm is not None:
                    unit = self._resolve_name(nm.name, paragraph, create=structural)
                    return unit, nm.end, capitalize_title(m.group(1).lower())
        m = re.match(rf"^(?:Chaque|Les?|La|L’|Leurs?)\s*", s)
        if m:
            tokens = tokenize(s)
            k = next((i for i, t in enumerate(tokens) if t.start >= m.end()), None)
            if k is not None and kind_of(tokens[k].text):
                nm = read_name(s, tokens, k)
                if nm is not None:
                    if s.startswith("Chaque") or re.match(r"^Les \w+ sont chacun", s):
                        return None, nm.end, None  # distributive: handled by the caller
                    unit = self._resolve_name(nm.name, paragraph, create=structural)
                    if unit is not None and nm.paren and read_title(nm.paren, 0):
                        unit.add_alias(f"{nm.name} ({nm.paren})")
                    return unit, nm.end, None
            if k is not None:
                title = read_title(s, tokens[k].start)
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
        subject, verb_at, chef = self._subject(s, paragraph)
        if subject is not None and not subject.removed:
            self.recent = [subject] + [d for d in self.recent if d is not subject][:10]
        distributive = self._distributive_targets(s)
        rest = s[verb_at:]
        group = re.match(r"\s*[–—-]?\s*à savoir,?\s*(.+?)\s*[–—]", rest)
        if group and subject is not None:
            self._group_members(subject, group.group(1), paragraph)
            rest = rest[group.end():]
        comp = re.search(COMPOSED_OF, rest)
        comp_at = comp.start() if comp else len(rest)
        components: list[Draft] = []
        if comp and (subject is not None or distributive):
            owners = [subject] if subject is not None else distributive
            components = self._components(rest[comp.end():], paragraph, owners, comp.group(0))
        for m in re.finditer(HEADED_BY, rest):
            title = self._title_after(rest, m.end())
            if title is None:
                continue
            targets = self._statement_owners(m.start(), comp_at, subject, components, distributive)
            for t in targets:
                if t.head is None or t.head_paragraph == "":
                    t.head, t.head_paragraph = capitalize_title(title.title), paragraph
            after = rest[title.end:]
            rep = re.match(rf"\s*(?:\([^)]*\))?\s*,?\s*(?:qui|lequel|laquelle)\s+{REPORTS_TO}\s+", after)
            if rep:
                self._report(targets, after[rep.end():], paragraph, s)
        for m in re.finditer(REPORTS_TO, rest):
            before = rest[: m.start()]
            if re.search(r"(?:qui|lequel|laquelle)\s*$", before) and re.search(HEADED_BY, before):
                continue  # already taken with its head
            if re.search(r"Relevant\s*$", before):
                continue
            targets = self._statement_owners(m.start(), comp_at, subject, components, distributive)
            self._report(targets, rest[m.end():], paragraph, s)
        m = re.match(rf"^Relevant\s+", s)
        if m and subject is not None:
            self._report([subject], s[m.end():], paragraph, s)
        dont = re.search(r"dont (?:le|la) (Cheffe|Chef|Directeur|Directrice)\b", rest)
        if dont and subject is not None and subject.head is None:
            subject.head, subject.head_paragraph = dont.group(1), paragraph
        if chef and subject is not None and subject.head is None:
            subject.head, subject.head_paragraph = chef, paragraph
        m = re.search(r"fait partie intégrante\s+(?:du|de la|de l’|des)\s*", rest)
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
        m = re.match(r"^Chaque\s+(.+?)\s+(?:est|sont|a|rend|relève)\b", s) or re.match(
            r"^Les\s+(.+?)\s+sont\s+chacun", s
        )
        if not m:
            return []
        phrase = m.group(1)
        kind = kind_of(phrase.split()[0])
        if kind is None:
            return []
        # a named group or collective ("division régionale", "équipe opérationnelle intégrée")
        if len(phrase.split()) > 1:
            for d in self.reg.live():
                if (d.is_group or d.collective) and _stem_eq(d.name, phrase):
                    return d.members or [d]
        pool = self.last_components or self._recent_components()
        return [d for d in pool if d.kind == kind]

    def _recent_components(self) -> list[Draft]:
        ctx = self.context
        return [d for d in self.reg.live() if d.composed_in and d.composed_in[0] is ctx]

    def _title_after(self, text: str, pos: int):
        m = re.match(rf"\s*{_ART}?\s*", text[pos:])
        start = pos + (m.end() if m else 0)
        return read_title(text, start)

    def _name_at(self, text: str, pos: int, paragraph: str, create: bool, scope: Draft | None = None) -> Draft | None:
        tokens = tokenize(text)
        k = next((i for i, t in enumerate(tokens) if t.start >= pos), None)
        if k is None or not kind_of(tokens[k].text):
            return None
        nm = read_name(text, tokens, k)
        return self._resolve_name(nm.name, paragraph, create, scope) if nm else None

    def _report(self, owners: list[Draft], after: str, paragraph: str, evidence: str) -> None:
        m = re.match(rf"\s*(?:{_PREP})?\s*(?:deux\s+)?", after)
        pos = m.end() if m else 0
        tokens = tokenize(after)
        k = next((i for i, t in enumerate(tokens) if t.start >= pos), None)
        if k is None:
            return
        raw: RawReport
        if kind_of(tokens[k].text) and tokens[k].text[0].isupper():
            nm = read_name(after, tokens, k)
            if nm is None:
                return
            raw = RawReport(nm.name, None, paragraph, evidence, self.context)
        else:
            title = read_title(after, tokens[k].start)
            if title is None:
                return
            raw = RawReport(None, title, paragraph, evidence, self.context)
        for owner in owners:
            owner.reports.append(raw)

    # -- composition -------------------------------------------------------
    def _item_components(self, block: Block, subject: Draft) -> None:
        for item in block.items:
            found = self._components(item.text, block.number, [subject], "comprend")
            if not found:
                continue
            rest = item.text
            if re.search(r"chargée? de|responsable de|:\s", rest):
                found[0].attributions.append((block.number, item.letter, rest))

    def _components(self, text: str, paragraph: str, owners: list[Draft], verb: str) -> list[Draft]:
        # "comprend les unités suivantes : le Bureau …, la Division …"
        text = re.sub(r"^\s*(?:les|des)\s+[^:;.]{0,60}suivante?s?\s*:\s*", "", text)
        text = re.split(r"(?<=[a-zé\)])\.\s|;", text)[0]
        tokens = tokenize(text)
        out: list[Draft] = []
        pos = 0
        group_owner = owners[0] if len(owners) == 1 else None
        while pos < len(text):
            m = _ITEM_START.match(text, pos)
            start = m.end() if m else pos
            k = next((i for i, t in enumerate(tokens) if t.start >= start), None)
            if k is None:
                break
            tok = tokens[k]
            if tok.text in ("–", "-"):
                pos = tok.end
                continue
            nm = read_name(text, tokens, k) if kind_of(tok.text) else None
            if nm is None:
                break  # "des spécialistes …": the list of units has ended
            indefinite = bool(re.search(r"\b(?:un|une|d’un|d’une)\s*$", text[pos:tok.start])) or (m and m.group("num"))
            name = nm.name
            if indefinite:
                name = re.split(r"\s+et\s+des\s+|,\s+des\s+", name)[0]
            head_word = name.split()[0].lower()
            collective = bool(m and m.group("num")) or (head_word.endswith(("s", "x")) and head_word != "fonds")
            draft = self._component(name, nm, paragraph, group_owner, owners, verb, collective, m)
            if draft is not None:
                out.append(draft)
            end = tok.start + len(name) if indefinite else nm.end
            paren = re.match(r"\s*\([^()]*\)", text[end:])
            if paren:
                end += paren.end()
            rest = text[end:]
            stop = re.match(r"\s*(?:,\s*(?:qui|lequel|laquelle|placée?s?|dont)\b|–|—)", rest)
            if stop and not rest.lstrip().startswith("–"):
                # ", qui comprend …": a nested composition of this component
                nested = re.match(rf"\s*,\s*qui\s+{COMPOSED_OF}\s+", rest)
                if nested and draft is not None:
                    out_nested = self._components(rest[nested.end():], paragraph, [draft], verb)
                    self.last_components = out_nested
                    return out + [] if out_nested else out
                break
            pos = end
        self.last_components = out
        return out

    def _component(self, name, nm: NameMatch, paragraph, group_owner, owners, verb, collective, m) -> Draft | None:
        scope = group_owner or (owners[0] if owners else self.context)
        draft = self.reg.find(name, scope)
        if draft is None:
            for pending in (self.pending_heading, self.sub_unit):
                if pending is not None and pending.from_heading and self.reg.extend(pending, name):
                    draft = pending
        if draft is None and re.match(r"^(?:à savoir)", name):
            return None
        if draft is None:
            draft = self.reg.create(name, nm.kind, paragraph, scope, collective=collective)
            if collective and m is not None:
                if m.group('num'):
                    draft.add_alias(f"{m.group('num')} {name}")
        elif collective:
            draft.collective = True
        if nm.paren and read_title(nm.paren, 0) is not None:
            draft.add_alias(f"{name} ({nm.paren})")
        if group_owner is not None and group_owner is not draft:
            if group_owner.is_group:
                pass
            elif draft.composed_in is None:
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
        top_level = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
        members = []
        for nm in find_names(top_level):
            name = text[nm.start:nm.end].strip()
            draft = self.reg.find(name, group.scope) or self.reg.create(name, nm.kind, paragraph, group.scope)
            draft.composed_in = group.composed_in
            if not draft.paragraph:
                draft.paragraph = paragraph
            members.append(draft)
            # "la Division de l’Afrique I (région … et Équipe d’appui …)": a unit it includes
            paren = re.match(r"\s*\(([^()]*)\)", text[nm.end:])
            for inner in find_names(paren.group(1)) if paren else []:
                child = self.reg.find(inner.name, draft) or self.reg.create(inner.name, inner.kind, paragraph, draft)
                child.composed_in = (draft, paragraph, f"{name} ({paren.group(1)})")
        if members:
            group.is_group, group.collective, group.members = True, False, members

    # -- functions ---------------------------------------------------------
    def _items(self, block: Block, subject: Draft | None) -> None:
        intro = block.intro
        if re.search(NOT_FUNCTIONS, intro, re.I):
            return
        owners = self._list_owners(intro, block.number, subject)
        if not owners:
            if not re.search(FUNCTIONS, intro, re.I):
                return
            return
        for owner in owners:
            for item in block.items:
                owner.attributions.append((block.number, item.letter, item.text))

    def _list_owners(self, intro: str, paragraph: str, subject: Draft | None) -> list[Draft]:
        m = re.search(
            r"(?:attributions?|fonctions)(?:\s+\w+)?\s+(?:principales?\s+)?(?:du|de la|de l’|des)\s*",
            intro,
            re.I,
        )
        if m:
            target = self._target_phrase(intro, m.end(), paragraph)
            if target:
                return target
        if re.search(r"\b(?:Leurs|Ses|Son|Sa)\s+(?:principales?\s+)?(?:attributions?|fonctions)", intro) or re.search(
            FUNCTIONS, intro, re.I
        ) or intro.rstrip().endswith(":"):
            if subject is not None:
                return [subject]
            names = find_names(intro)
            if names:
                unit = self._resolve_name(names[0].name, paragraph, create=False)
                if unit is not None:
                    return [unit]
        return []

    def _target_phrase(self, text: str, pos: int, paragraph: str) -> list[Draft]:
        tokens = tokenize(text)
        k = next((i for i, t in enumerate(tokens) if t.start >= pos), None)
        if k is None:
            return []
        tok = tokens[k]
        if kind_of(tok.text):
            nm = read_name(text, tokens, k)
            if nm is None:
                return []
            unit = self._resolve_name(nm.name, paragraph, create=False)
            if unit is None:
                for d in self.reg.live():
                    if (d.is_group or d.collective) and _stem_eq(d.name, nm.name):
                        return d.members or [d]
                unit = self._resolve_name(nm.name, paragraph, create=True)
            if unit is not None and unit.is_group:
                return unit.members
            return [unit] if unit is not None else []
        title = read_title(text, tok.start)
        if title is not None:
            return [self._post_subject(title, paragraph)]
        return []

    def _prose_functions(self, block: Block, subject: Draft) -> None:
        if re.search(r"\b(?:est|sont) chargée?s? de|\best responsable de|\ba pour (?:vocation|mission|attribution)"
                     r"|\best une unité [^.;]*\bqui (?:assure|fournit)\b", block.intro):
            subject.attributions.append((block.number, "", block.intro))


def _stem_eq(a: str, b: str) -> bool:
    def stem(s: str) -> list[str]:
        return [w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w for w in fold(s).split()]

    sa, sb = stem(a), stem(b)
    return sa == sb or (len(sb) >= 2 and sa[: len(sb)] == sb) or (len(sa) >= 2 and sb[: len(sa)] == sa)
