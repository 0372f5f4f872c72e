"""Reporting lines and who a clause is about, read out of the sentences of an organisation
text: "relève du directeur", "reports to the Director", "Sont rattachés au directeur : …",
"Est rattachée au directeur l’unité X", "a autorité sur : …" (a mixin of
:class:`~.bulletin.BulletinReader`)."""

from __future__ import annotations

from .drafts import Draft, RawReport, stem_eq
from .text import fold
from .sentences import first_at


class ReportingMixin:
    def _inverted_inline(self, s: str, number: str) -> None:
        """'Est directement rattachée au secrétaire général l’unité X.': the superior first,
        then the unit."""
        c = self.c
        m = c.inverted_report.match(s)
        dative = c.dative_inverted.match(s) if m is None else None
        if dative and not s.rstrip().endswith(":") and self.last_subject is not None:
            # "Lui sont rattachées la cellule X et la cellule Y.": to the one the sentence before spoke of
            units = self._units_listed(s[dative.end():], number)
            self._report_to_subject(units, self.last_subject, number, s)
            return
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
        rest = after[target_end:]
        copula = c.inverted_copula.match(rest)  # "Reporting directly to the X are the A and the B."
        units = self._units_listed(rest[copula.end():] if copula else rest, number)
        if units:
            self._report(units, after, number, s)

    def _units_listed(self, text: str, number: str) -> list[Draft]:
        """The units 'le chef du département X et la cellule Y' names (X headed by a chef)."""
        c = self.c
        heads = [(m.group("title"), m.end()) for m in c.head_of.finditer(text)]
        plain = c.head_of.compiled.sub(lambda m: m.group(0)[:m.start("title") - m.start()], text)  # "le chef du X" -> "le X"
        plain = plain.replace(":", " ", 1) if plain.lstrip().startswith(":") else plain  # "… au directeur : un cabinet, …"
        units = self._components(plain, number, [], c.composition_verb)
        for title, end in heads:
            nm = self.g.name_at(text, end)
            unit = self.reg.find(nm.name, self.context) if nm is not None else None
            if unit is not None and unit.head is None:
                unit.head, unit.head_paragraph = title[:1].upper() + title[1:].lower(), number
        return units


    def _statement_owners(self, at: int, comp_at: int, subject, components, distributive,
                          text: str = "") -> list[Draft]:
        """Who a head/report clause at ``at`` of ``text`` is about: the last component named
        before it ('le bureau A, dirigé par un chef, et le bureau B'), or the subject."""
        if components and at > comp_at:
            before = fold(text[:at]) if text else ""
            placed = [(before.rfind(fold(d.name)), i) for i, d in enumerate(components)]
            named = [p for p in placed if p[0] >= 0]
            return [components[max(named)[1]]] if named else [components[-1]]
        if distributive:
            return distributive
        return [subject] if subject is not None else []

    def _distributive_targets(self, s: str) -> list[Draft]:
        """'Chaque service …' / 'Les services sont chacun …' -> the units meant."""
        m = self.c.distributive.match(s) or self.c.distributive_each.match(s)
        if not m:
            return self._group_subject(s)
        phrase = m.group("phrase")
        nm = self.g.name_at(phrase, 0)
        if nm is None:
            return []
        # a named group or collective ("division régionale", "équipe opérationnelle intégrée")
        if len(phrase.split()) > 1:
            for d in self.reg.live():
                if (d.is_group or d.collective) and stem_eq(d.name, phrase):
                    return d.members or [d]
        pool = self.last_components or self._recent_components()
        return [d for d in pool if d.kind == nm.kind]

    def _group_subject(self, s: str) -> list[Draft]:
        """'The regional sections are headed by Chiefs, who …': a plural subject that names a group
        announced before ('four regional sections: the A, …') is about each of its members."""
        m = self.c.group_subject.match(s)
        if not m or len(m.group("phrase").split()) < 2:
            return []
        for d in self.reg.live():
            if d.is_group and d.members and stem_eq(d.name, m.group("phrase")):
                return d.members
        return []

    def _recent_components(self) -> list[Draft]:
        ctx = self.context
        return [d for d in self.reg.live() if d.composed_in and d.composed_in[0] is ctx]


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

    def _report(self, owners: list[Draft], after: str, paragraph: str, evidence: str, also: bool = False) -> None:
        m = self.c.report_target.match(after)
        pos = m.end() if m else 0
        tokens = self.g.tokenize(after)
        tok = first_at(tokens, pos)
        if tok is None:
            return
        context = self.part_owner or self.context  # "rattaché au directeur" in the parts of a direction
        start, joined = tok.start, False
        while True:  # "relève du Directeur X et du Chef Y": each superior, the first primary
            nm = self.g.name_at(after, start, tokens=tokens)
            if nm is not None and nm.start == start and after[start].isupper():
                raw, end = RawReport(nm.name, None, paragraph, evidence, context, also, joined), nm.end
            else:
                title = self.g.read_title(after, start)
                if title is None:
                    return
                raw, end = RawReport(None, title, paragraph, evidence, context, also, joined), title.end
            for owner in owners:
                owner.reports.append(raw)
            more = self.c.also_to.match(after, end)
            tok = first_at(tokens, more.end()) if more else None
            if tok is None or not (after[tok.start].isupper() or self.g.title_base(after[tok.start:])):
                return
            start, joined = tok.start, True

