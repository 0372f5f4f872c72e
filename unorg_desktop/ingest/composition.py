"""Composition read out of an organisation text: "comprend : ― la sous-direction X ; …",
"comprises the Office of X and the Y Division", nested lists, groups named by number or
"à savoir" (a mixin of :class:`~.bulletin.BulletinReader`)."""

from __future__ import annotations

import re

from .drafts import Draft
from .names import NameMatch, capitalize_title
from .sentences import DASHES, LIST_END, MAX_SKIPPED, first_at, is_acronym

# "(a) ", "b) " inside a line: items of a list written on one line (letters, no words)
INLINE_ITEM = re.compile(r"(?:^|(?<=[;:,])|(?<=\s))\(?[a-h]\)\s+")


class CompositionMixin:
    # -- composition -------------------------------------------------------
    def _list_components(self, items, owner: Draft, number: str) -> list[Draft]:
        """Listed components of ``owner``; an item's own list holds the components of the unit it
        names ("1° De la direction X, qui comprend : ― …"), or, after a number of units ("trois
        sous-directions dénommées respectivement :"), the members of that group."""
        c = self.c
        out: list[Draft] = []
        unnamed: list = []  # items that named no unit of a kind the pack knows
        for item in items:
            created = len(self.reg.drafts)
            found = self._components(item.text, number, [owner], c.composition_verb)
            if item.items and len(found) > 1 and item.text.rstrip().endswith(":") and all(
                    (d.key >= created or d.collective) and len(d.name.split()) == 1 and self.g.kind_of(d.name)
                    for d in found):
                # "2° Un centre, deux divisions et un bureau relevant du domaine X : a) …": kinds
                # announcing the units the item's own list names
                listed = self._list_components(item.items, owner, number)
                for d in found:
                    if d.key >= created:
                        d.removed = True
                    elif not d.is_group:  # "des centres et des divisions" named before: groups of them
                        d.is_group, d.collective = True, False
                        d.members = [x for x in listed if x.kind == d.kind]
                out.extend(listed)
                continue
            out.extend(found)
            if not found:
                unnamed.append(item)
            nested = self._nested.search(item.text)  # (what a nested composition says is its units')
            own = item.text[:nested.start()] if nested else item.text
            if len(found) == 1 and c.item_functions.search(own):  # (an item naming several units: none)
                found[0].attributions.append((number, item.letter, item.text))
            if len(found) == 1 and self._describes(item.text):
                # "2° Le département X accompagne … . Pour ce faire : - il …": what follows is about X
                self.block_subject = found[0]
                self.recent = [found[0]] + [d for d in self.recent if d is not found[0]][:10]
            headed = c.headed_by.search(item.text) if found else None
            title = self._title_after(item.text, headed.end()) if headed else None
            if title is not None and found[0].head is None:  # "(b) The Office of X, headed by a Director;"
                found[0].head, found[0].head_paragraph = capitalize_title(title.title), number
            if title is not None:  # "… headed by a Chief, who reports to the Director;"
                rest = self._head_aliases(item.text[title.end:])[1]
                rep = self._relative_report.match(rest)
                if rep:
                    self._report([found[0]], rest[rep.end():], number, item.text)
            if not item.items or not found:
                continue
            first = found[0]
            if first.collective or first.is_group:  # (a group named again: "Deux divisions … :" after "deux divisions")
                members = self._list_components(item.items, owner, number)
                if members:
                    first.members = (first.members if first.is_group else []) + members
                    first.is_group, first.collective = True, False
            elif c.composition_list.search(item.text):
                self._list_components(item.items, first, number)
                if item is items[-1]:  # "III. ― La direction générale X, composée de : ― … Elle comprend en outre : ― …"
                    self.recent = [first] + [d for d in self.recent if d is not first][:10]
        if len(unnamed) == 1 and len(items) >= 3:
            other = self._unknown_kind_item(unnamed[0], owner, number)
            if other is not None:
                out.insert(items.index(unnamed[0]), other)
        return out

    def _unknown_kind_item(self, item, owner: Draft, number: str) -> Draft | None:
        """'5° Une permanence ministérielle des interventions sociales ;' among items that each
        name a unit: an item that is only a noun phrase (no verb, no post, a few words) is one
        more unit, whose kind is its head noun, though the pack does not know that noun."""
        c, g = self.c, self.g
        text = item.text.strip()
        m = c.list_item_start.match(text)
        start = m.end() if m else 0
        phrase = text[start:].strip().rstrip(" ;.,:")
        tokens = g.tokenize(phrase)
        words = g.words
        if item.items or not tokens or not 1 < len(tokens) <= MAX_SKIPPED or g.read_title(phrase, 0) is not None:
            return None
        if not tokens[0].is_word or tokens[0].low in words.connectors or tokens[0].low in words.numbers or any(
                t.low in words.stopwords or not (t.is_word or t.text in ",’-") for t in tokens):
            return None
        if words.word_order == "head-first":
            head = tokens[0].text
        else:
            inner = [t for t in tokens if t.low in words.connectors]
            head = [t for t in tokens if not inner or t.start < inner[0].start][-1].text
        nm = NameMatch(phrase, head[:1].upper() + head[1:], start, start + len(phrase), head=head)
        return self._component(phrase, nm, number, owner, [owner], c.composition_verb, False, None)

    def _describes(self, text: str) -> bool:
        """An item that names a unit and goes on with a sentence about it (a verb after the name)."""
        text = text[:1].upper() + text[1:]  # ("- le centre X, qui …" after a dash)
        m = self.c.determiner_subject.match(text)
        nm = self.g.name_at(text, m.end()) if m else None
        after = first_at(self.g.tokenize(text), nm.end) if nm is not None else None
        # ("- le centre X, qui mène … ." then "Il recueille …": a relative clause and a full stop too)
        relative = nm is not None and text.rstrip().endswith(".") and bool(self._nested_or_relative.match(text, nm.end))
        return after is not None and (after.is_word and after.low not in self.g.words.connectors or relative) \
            and len(text) > len(nm.name) + 40

    def _components(self, text: str, paragraph: str, owners: list[Draft], verb: str) -> list[Draft]:
        # "comprend les unités suivantes : le Bureau …, la Division …"
        c, g = self.c, self.g
        text = c.list_adverb.compiled.sub("", text, count=1)
        text = c.list_intro.compiled.sub("", text, count=1)
        if len(INLINE_ITEM.findall(text)) >= 2:  # "the following: (a) the A; (b) the B": one list on a line
            text = INLINE_ITEM.sub(", ", text).replace(";", ",").lstrip(" ,")
        text = LIST_END.split(text)[0]
        tokens = g.tokenize(text)
        out: list[Draft] = []
        pos = 0
        self.enumerations += 1
        group_owner = owners[0] if len(owners) == 1 else None
        while pos < len(text):
            m = c.list_item_start.match(text, pos)
            start = m.end() if m else pos
            intro = self._list_intro_at.match(text, pos)
            if intro and intro.end() > pos:  # "… and the following regional divisions: the A, the B"
                pos = intro.end()
                continue
            tok = first_at(tokens, start)
            if tok is None:
                break
            if tok.text in DASHES:
                pos = tok.end
                continue
            nm = g.name_at(text, tok.start, tokens=tokens)
            if nm is None and out and c.prose_functions.match(text, tok.start):
                break  # "La sous-direction A (…) est chargée de …, des services, …": its functions, no more members
            if nm is None:
                # "outre le haut fonctionnaire …, le bureau X": a post among units; "le conseil général des
                # mines, l’inspection X …": a body that is no unit of the administration
                other = g.read_title(text, tok.start) is not None or g.name_at(text, tok.start, entities=True,
                                                                              tokens=tokens) is not None
                skip = self._next_member.search(text, tok.start)
                if not (out or other or (skip and skip.group().strip() == "," and len(text[tok.start:skip.start()].split()) <= 3
                                          and g.find_names(text[skip.end():], lowercase=True))):
                    skip = None  # (a short first member is skipped only when units follow: "Le protocole, la direction X")
                member = text[tok.start:skip.start()] if skip else ""
                if skip and len(member.split()) <= MAX_SKIPPED and not c.component_stop.search(member):
                    pos = skip.start()  # "…, le haut fonctionnaire de défense, la cellule X": a post among units
                    continue
                break  # "des spécialistes …": the list of units has ended
            number = m.group("num") if m else None
            if number is None and self._members_of_a_unit(nm):
                pos = nm.end  # "les bureaux de la direction": the units of another, none named
                continue
            indefinite = bool(c.indefinite_before.search(text[pos:tok.start])) or bool(number)
            name = nm.name
            if nm.paren and nm.paren[:1].islower() and len(nm.paren.split()) <= 4 and not is_acronym(nm.paren) \
                    and g.read_title(nm.paren, 0) is None and not self._kind_code(nm):
                # "le bureau du pilotage des projets (zone 1)": a qualifier that tells it from another
                end_paren = text.index(")", nm.end) + 1
                nm = NameMatch(text[nm.start:end_paren], nm.kind, nm.start, end_paren, "", nm.parallel, nm.head)
                name = nm.name
            task = self._task_name(text, nm, tokens)
            if task is not None:
                nm, name = task, task.name
            elif indefinite:
                name = self._indefinite_name(name)
            elif not c.member_preposition.search(text[pos:tok.start]):
                nm = self._parallel_name(text, nm, tokens)
                name = nm.name
            collective = bool(number) or g.is_plural(nm.head)
            draft = self._component(name, nm, paragraph, group_owner, owners, verb, collective, number)
            if draft is not None:
                out.append(draft)
            end = nm.start + len(name) if indefinite else nm.end
            paren = re.match(r"\s*\([^()]*\)", text[end:])
            if paren:
                end += paren.end()
            named = c.named_as.match(text, end)
            other = g.name_at(text, named.end(), tokens=tokens) if named else None
            if other is not None and draft is not None:  # "…, dénommé secrétariat général"
                draft.add_alias(other.name)
                end = other.end
            follow = c.members_follow.match(text, end) if draft is not None and draft.collective else None
            if follow:
                members = self._group_follows(draft, text[follow.end():], paragraph, owners, verb)
                if members:
                    out = [d for d in out if d is not draft] + members
                    break
            rest = text[end:]
            stop = c.component_stop.match(rest)
            if stop and draft is not None and draft.head is None:
                self._head_under_orders(draft, rest, paragraph)
            if stop and not rest.lstrip().startswith(DASHES[0]):
                # ", qui comprend …": a nested composition of this component
                nested = self._nested.match(rest)
                if nested and draft is not None:
                    if not rest[nested.end():].strip(" :") or rest.rstrip().endswith(":"):
                        self.list_owner = draft  # "… un secrétariat, qui comprend :" then its list
                    out_nested = self._components(rest[nested.end():], paragraph, [draft], verb)
                    self.last_components = out_nested
                    return out
                if draft is not None and self._relative_list.search(rest):
                    self.list_owner = draft  # "… un secrétariat, placé auprès du X, qui comprend :"
                break
            pos = end
        self.last_components = out
        return out

    def _head_under_orders(self, draft: Draft, rest: str, paragraph: str) -> None:
        """'un cabinet placé sous les ordres d’un officier général, chef de cabinet, qui …': the post
        (after a rank that is no post, the apposition) heads the component."""
        c = self.c
        m = c.under_orders.search(rest) if c.under_orders is not None else None
        if m is None or re.search(r"[;:]", rest[:m.start()]):
            return
        title = self.g.read_title(rest, m.end())
        if title is None:
            comma = rest.find(",", m.end())
            if comma < 0 or re.search(r"[;:]", rest[m.end():comma]) or len(rest[m.end():comma].split()) > 4:
                return
            title = self._title_after(rest, comma + 1)
        if title is not None:
            draft.head, draft.head_paragraph = capitalize_title(title.title), paragraph

    def _kind_code(self, nm) -> bool:
        """'la sous-direction des études (sous-direction A)': the unit's own kind noun and a letter or
        a number in parentheses is its code (another name of it), not a qualifier of the name."""
        words = nm.paren.split()
        return len(words) == 2 and self.g.kind_of(words[0]) is not None and (
            words[1].isdigit() or (len(words[1]) <= 4 and words[1].isupper()))

    def _members_of_a_unit(self, nm) -> bool:
        """'bureaux de la direction', 'services du ministère': a plural head noun whose complement is
        one unit names the units that unit has, not a unit ('divisions régionales' may be a group)."""
        g = self.g
        if not g.is_plural(nm.head):
            return False
        words = [t.low for t in g.tokenize(nm.name)][1:]
        if not words or words[0] not in g.words.complement_preps:
            return False
        rest = [w for w in words[1:] if w not in g.words.articles]
        return bool(rest) and g.kind_of(rest[0]) is not None

    def _group_follows(self, group: Draft, text: str, paragraph: str, owners: list[Draft], verb: str) -> list[Draft]:
        """'comprises the following six regional divisions: the A, the B …', 'three regional
        sections, namely the A, …': the collective phrase only announces the members named after
        it, which are the units, of the same owner; the phrase becomes their group."""
        members = [d for d in self._components(text, paragraph, owners, verb) if not d.collective]
        if members:
            group.is_group, group.collective, group.members = True, False, members
        return members

    def _task_name(self, text: str, nm: NameMatch, tokens) -> NameMatch | None:
        """'Un département chargé des relations avec le Parlement, les élus et le secrétariat
        général du Gouvernement ;': a unit named by its task takes the series of the task's
        objects that ends the item (no verb, no other indefinite component, closed by a
        coordinator)."""
        if not self.c.task_name.search(nm.name):
            return None
        rest = text[nm.end:]
        if not rest.lstrip().startswith(","):
            return None
        words = self.g.words
        later = [t for t in tokens if t.start >= nm.end and t.is_word]
        if not any(t.low in words.coordinators for t in later) or any(
                t.low in words.stopwords or t.low in words.indefinite for t in later):
            return None
        end = len(text.rstrip(" ;.,:"))
        return NameMatch(text[nm.start:end], nm.kind, nm.start, end, "", nm.parallel, nm.head)

    def _parallel_name(self, text: str, nm, tokens):
        """'la sous-direction du personnel et du service intérieur à Nantes': brought in with an
        article, a member takes a complement that repeats its preposition before another head
        noun (with a preposition, "… du bureau A et du bureau B" are two members)."""
        more = self.c.parallel_complement.match(text, nm.end)
        if more is None:
            return nm
        tail = self.g.name_at(text, more.end(), tokens=tokens)
        if tail is None or tail.start != first_at(tokens, more.end()).start:
            return nm
        return NameMatch(text[nm.start:tail.end], nm.kind, nm.start, tail.end, tail.paren, head=nm.head)

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
        if draft is not None and number and (draft.collective or draft.is_group) and draft.composed_in is not None \
                and draft.composed_in[0] is not group_owner:
            draft = None  # "sept sous-directions" of the body, then "trois sous-directions" of a service: two groups
        if draft is None:
            for pending in (self.pending_heading, self.sub_unit):
                if pending is not None and pending.from_heading and self.reg.extend(pending, name):
                    draft = pending
        if draft is None:
            draft = self.reg.create(name, nm.kind, paragraph, scope, collective=collective)
            draft.enumeration = self.enumerations
            if collective and number:
                draft.add_alias(f"{number} {name}")
        elif collective:
            draft.collective = True
        self._paren_alias(draft, nm, name)
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
    def _group_members(self, group: Draft, text: str, paragraph: str, stated: bool = False) -> None:
        """'les divisions régionales – à savoir, la Division X, …': one unit per member. With
        ``stated``, the members' line to the group's owner is the one ``paragraph`` states
        ('The regional sections are the A, …' after an item 'Three regional sections')."""
        g = self.g
        top_level = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
        members = []
        for nm in g.find_names(top_level):
            name = text[nm.start:nm.end].strip()
            draft = self.reg.find(name, group.scope) or self.reg.create(name, nm.kind, paragraph, group.scope)
            draft.composed_in = group.composed_in
            if stated and group.composed_in is not None:
                draft.composed_in = (group.composed_in[0], paragraph, text.strip(" .;"))
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

    def _counted_group_subject(self, s: str, pos: int, tokens, paragraph: str):
        """'The three regional sections …' (a number word before the name): the collective
        group announced before under that name, as ``_subject`` returns it; else None."""
        tok = first_at(tokens, pos)
        if tok is None or tok.low not in self.g.words.numbers:
            return None
        after = first_at(tokens, tok.end)
        nm = self.g.name_at(s, after.start, tokens=tokens) if after is not None else None
        if nm is None:
            return None
        unit = self._resolve_name(nm.name, paragraph, create=False, kind=nm.kind)
        if unit is None or not (unit.collective or unit.is_group):
            return None
        return unit, nm.end, None

    def _joined_heading(self, text: str) -> bool:
        """A heading that is two names or more joined by the pack's ``heading_join``
        ('Office for Kite Rights and Statistics Unit'), each a name of its own."""
        join = self.c.heading_join
        names = self.g.find_names(text)
        if join is None or len(names) < 2 or names[0].start != 0 or names[-1].end < len(text.rstrip(" .")):
            return False
        for a, b in zip(names, names[1:]):
            m = join.match(text, a.end)
            if m is None or m.end() != b.start:
                return False
        return True
