"""Pass 2: resolve posts to the units they head, then choose parents.

A reporting line to a post ("relève du Directeur exécutif") goes to the
unit that post heads; a deputy's post ("Conseiller adjoint …") goes to the
unit of the post it assists. A unit's primary parent is the unit whose
composition lists it; failing that, the first post it reports to (its own
bulletin's first); further heads it reports to become secondary lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from .drafts import Draft, RawReport, Registry, head_base, office_title
from .forest import Forest
from .names import Grammar, TitleMatch, capitalize_title
from .records import UN_ROOT as ROOT
from .sentences import is_acronym
from .text import fold


@dataclass
class Link:
    child: Draft
    parent: Draft | None  # None = the Secretary-General (root)
    paragraph: str
    evidence: str


def _split_plural(g: Grammar, title: TitleMatch) -> list[tuple[str, str]]:
    """'secrétaires généraux adjoints aux X et de l’Y' -> two (base, complement) posts."""
    base = g.singular_title(title.base)
    comp = title.complement
    if base == title.base:
        return [(base, comp)]
    clauses = g.pack.clauses
    comp = clauses.plural_post_drop.compiled.sub(" ", comp).strip()
    parts = clauses.plural_post_split.compiled.split(comp)
    return [(base, p.strip()) for p in parts if p.strip()] or [(base, "")]


class Resolver:
    def __init__(self, registries: list[Registry]) -> None:
        self.registries = registries
        self.by_doc = {r.document: r for r in registries}
        self.grammars = {r.document: r.g for r in registries}
        self.families = {r.document: r.family for r in registries}
        self.roots = {r.document: r.root for r in registries}  # a decree's own root
        self.warnings: list[str] = []
        # (unit draft or None, document, paragraph, post) of lines to posts that head no unit
        self.unplaced_posts: list[tuple[Draft | None, str, str, str]] = []
        self.units = [d for r in registries for d in r.live() if not d.is_group]
        self._live = {id(d) for d in self.units}
        self._position = {d: i for i, d in enumerate(self.units)}  # ties go to the first unit
        # lookup indexes (names do not change any more; heads are added by _office_heads)
        self._by_name: dict[str, Draft] = {}
        for d in self.units:
            for key in (fold(d.name), *(fold(a) for a in d.aliases)):
                self._by_name.setdefault(key, d)
        # a head title's base (singular, folded) -> (unit, the title's complement), for every title
        # a unit's head goes by ("Under-Secretary-General for Legal Affairs", "the Legal Counsel")
        self._by_head: dict[str, list[tuple[Draft, str]]] = {}
        for d in self.units:
            self._index_head(d)
        self._offices: dict[str, list[tuple[Draft, TitleMatch]]] = {}
        for d in self.units:
            g = self.grammars[d.document]
            title = office_title(g, d.name)
            if title is not None:
                self._offices.setdefault(fold(g.singular_title(title.base)), []).append((d, title))
        self._office_heads()
        self._portfolio_heads()

    def _head_titles(self, d: Draft) -> list[tuple[str, str]]:
        """(base key, complement) of each title the head of ``d`` goes by."""
        g = self.grammars[d.document]
        out = []
        for title in ([d.head] if d.head is not None else []) + list(d.head_aliases):
            base, comp = head_base(g, title)
            out.append((fold(g.singular_title(base.lower())), comp))
        return out

    def _index_head(self, d: Draft) -> None:
        for key, comp in self._head_titles(d):
            self._by_head.setdefault(key, []).append((d, comp))

    def _as_unit(self, draft: Draft) -> Draft | None:
        """The nearest unit standing for a draft that is not one (a group, a removed duplicate):
        its composite, what it is part of, or its scope; None (the root) when there is none.
        Damaged texts can point a line at such drafts."""
        seen: set[int] = set()
        node: Draft | None = draft
        while node is not None and id(node) not in self._live and id(node) not in seen:
            seen.add(id(node))
            up = node.composed_in or node.part_of
            node = up[0] if up else node.scope
        return node if node is not None and id(node) in self._live else None

    # -- heads -----------------------------------------------------------
    def _office_heads(self) -> None:
        """'Bureau du <post>' is headed by that post unless the post heads another unit."""
        for d in self.units:
            if d.head is not None:
                continue
            g = self.grammars[d.document]
            title = office_title(g, d.name)
            if title is None:
                continue
            other = self._headed_by(g.singular_title(title.base), title.complement, d.document, d, exclude=d)
            if other is None:
                d.head = capitalize_title(title.title)
                self._index_head(d)

    def _portfolio_heads(self) -> None:
        """'dirigé par un sous-secrétaire général' names the rank only; the same bulletin gives
        the full post ('relève du Sous-Secrétaire général à l’état de droit et aux institutions
        chargées de la sécurité') when one post of that rank has a portfolio whose content words
        are all in the unit's name. The head becomes that full title."""
        titles: dict[tuple[str, str], dict[str, TitleMatch]] = {}
        for reg in self.registries:
            starts = reg.g.words.title_complement_starts
            for d in reg.drafts:
                for raw in d.reports:
                    t = raw.target_title
                    first = t.complement.split(" ", 1)[0].lower() if t is not None and t.complement else ""
                    if first in starts:
                        key = (reg.document, fold(reg.g.singular_title(t.base)))
                        titles.setdefault(key, {})[fold(t.title)] = t
        for d in self.units:
            if d.head is None:
                continue
            g = self.grammars[d.document]
            base, comp = head_base(g, d.head)
            if comp:
                continue
            name_words = g.keywords(d.name)
            fits = [t for t in titles.get((d.document, fold(g.singular_title(base))), {}).values()
                    if g.keywords(t.complement) and g.keywords(t.complement) <= name_words]
            if len(fits) == 1:
                d.head = capitalize_title(fits[0].title)

    def _headed_by(self, base: str, comp: str, doc: str, context: Draft | None, exclude: Draft | None = None) -> Draft | None:
        base_key = fold(base)
        g = self.grammars[doc]
        kw = g.keywords(comp)
        chain = context.chain() if context is not None else []

        def score(d: Draft, hc: str) -> float | None:
            if d is exclude:
                return None
            dg = self.grammars[d.document]
            value = 0.0
            if kw:
                overlap = len(kw & (dg.keywords(hc) | dg.keywords(d.name))) / len(kw)
                if overlap < 0.5:
                    return None
                value += overlap * 10
            elif hc and not chain:
                value -= 1
            if d.document == doc:
                value += 5
            if d in chain:
                value += 20 - chain.index(d)
            return value

        def best(candidates) -> tuple[float, Draft] | None:
            found = None
            for d, hc in sorted(candidates, key=lambda pair: self._position[pair[0]]):  # ties: first unit
                value = score(d, hc)
                if value is not None and (found is None or value > found[0]):
                    found = (value, d)
            return found

        # A unit of the context chain outscores any other (at most 15) when its score passes
        # 15: try those few first instead of every unit with that title.
        # (the chain can hold drafts that are not units: a post, a removed duplicate)
        near = best((d, hc) for d in chain if d in self._position
                    for key, hc in self._head_titles(d) if key == base_key)
        if near is not None and near[0] > 15:
            return near[1]
        found = best(self._by_head.get(base_key, ()))
        return found[1] if found else None

    def post_unit(self, base: str, comp: str, doc: str, context: Draft | None, exclude: Draft | None = None) -> Draft | None | str:
        """The unit a post heads; ROOT for the Secretary-General; None if unknown."""
        g = self.grammars[doc]
        if g.is_root_title(base, comp) and self.families.get(doc) != "decree":
            return ROOT  # (a ministry's secretary-general is not the Organization's)
        deputy = g.pack.clauses.deputy_of.match(comp)
        assisted = g.read_title(comp, deputy.end()) if deputy else None
        if assisted is not None:  # "chef de service, adjoint au directeur général": the unit of the post assisted
            return self.post_unit(g.singular_title(assisted.base), assisted.complement, doc, context, exclude)
        names = g.find_names(comp, lowercase=True)
        if names:
            unit = self.unit_named(names[0].name, doc, context)
            if unit is not None:
                return unit
        for tok in g.tokenize(comp)[:3]:  # "Chief of ESB": an acronym the text defined
            unit = self._by_name.get(fold(tok.text)) if is_acronym(tok.text) else None
            if unit is not None and unit.document == doc:
                return unit
        titled = self.titled_unit(base, comp, doc, context)
        if titled is not None and titled is not exclude:
            return titled
        found = self._headed_by(base, comp, doc, context, exclude)
        if found is None:
            for d, title in self._offices.get(fold(base), ()):
                if d is not exclude:
                    if not comp or g.keywords(comp) <= g.keywords(title.complement) | g.keywords(d.name):
                        if d.document == doc:
                            return d
        assisted = self.by_doc[doc].deputies.get(fold(f"{base} {comp}".strip())) if doc in self.by_doc else None
        if found is None and assisted is not None:  # "X est secondé par un directeur adjoint": X's unit
            unit = self._post_draft_unit(assisted) if assisted.kind == "post" else assisted
            if unit is not None and unit is not exclude:
                return unit
        deputy = g.pack.clauses.deputy.match(base)
        if found is None and deputy:
            return self.post_unit(deputy.group("base"), comp, doc, context, exclude)
        return found

    def titled_unit(self, base: str, comp: str, doc: str, context: Draft | None) -> Draft | None:
        """The unit a title names by its own words: 'directeur de la protection' heads the
        'direction de la protection', 'secrétaire général' the 'secrétariat général' (the
        pack's title_units)."""
        g = self.grammars[doc]
        kind_words = g.words.title_units.get(g.singular_title(base)) or g.words.title_units.get(base)
        if kind_words is None:
            return None
        found = self.unit_named(f"{kind_words} {comp}".strip(), doc, context)
        if found is not None or comp:
            return found
        # the bare title ("le directeur général") of a unit named with more words ("direction générale
        # des essais"): the one of the context, else the only one
        prefix = fold(kind_words) + " "
        named = [d for d in self.units if d.document == doc and fold(d.name).startswith(prefix)]
        chain = context.chain() if context is not None else []
        near = [d for d in named if d in chain]
        return near[0] if near else (named[0] if len(named) == 1 else None)

    def unit_named(self, name: str, doc: str, context: Draft | None) -> Draft | None:
        g = self.grammars[doc]
        words = name.split()
        if len(words) == 1 or (len(words) == 2 and not words[1][0].isupper() and g.kind_of(words[0])
                               and g.pack.clauses.concerned.match(words[1])):
            kind = g.kind_of(words[0])
            for node in (context.chain() if context else []):
                if node.kind == kind and not node.is_group:
                    return node
        reg = self.by_doc.get(doc)
        if reg is not None:
            found = reg.find(name, context)
            if found is not None:
                return found.members[0].composed_in[0] if found.is_group and found.members and found.members[0].composed_in else found
        return self._by_name.get(fold(name))

    # -- reporting lines ---------------------------------------------------
    def targets(self, raw: RawReport, owner: Draft) -> list[Draft | str]:
        if raw.target_name is not None:
            unit = self.unit_named(raw.target_name, owner.document, owner) or self.unit_named(
                raw.target_name, owner.document, raw.context
            )
            return [unit] if unit is not None else []
        out: list[Draft | str] = []
        assert raw.target_title is not None
        for base, comp in _split_plural(self.grammars[owner.document], raw.target_title):
            unit = self.post_unit(base, comp, owner.document, owner, exclude=owner)
            if unit is None and raw.context is not None:
                unit = self.post_unit(base, comp, owner.document, raw.context, exclude=owner)
            if unit is None:
                self.warnings.append(
                    f"{owner.document}: par. {raw.paragraph}: no unit found for post '{base} {comp}'".strip()
                )
                self.unplaced_posts.append((owner, owner.document, raw.paragraph, f"{base} {comp}".strip()))
            else:
                out.append(unit)
                if isinstance(unit, Draft) and unit.head is None \
                        and unit is self.titled_unit(base, comp, owner.document, owner):
                    # "placée sous l’autorité du directeur général": the post its own words make the
                    # head of the 'direction générale …' heads it
                    unit.head, unit.head_paragraph = capitalize_title(base), raw.paragraph
                    self._index_head(unit)
        return out

    def _post_draft_unit(self, post: Draft) -> Draft | None:
        """The unit the post a placeholder draft stands for heads, if any."""
        g = self.grammars[post.document]
        title = g.read_title(post.head or "", 0)
        if title is None:
            return None
        base, comp = _split_plural(g, title)[0]
        unit = self.post_unit(base, comp, post.document, post.scope)
        return unit if isinstance(unit, Draft) else None

    def transfer_posts(self) -> None:
        """Statements whose subject was a post move to the unit that post heads."""
        for reg in self.registries:
            for d in reg.drafts:
                if d.kind != "post" or d.head is None:
                    continue
                title = reg.g.read_title(d.head, 0)
                if title is None:
                    continue
                base, comp = _split_plural(reg.g, title)[0]
                unit = self.post_unit(base, comp, d.document, d.scope)
                if unit is None or unit == ROOT:
                    if d.reports or d.attributions:
                        self.warnings.append(f"{d.document}: par. {d.paragraph}: post '{d.head}' heads no unit")
                        self.unplaced_posts.append((None, d.document, d.paragraph, d.head))
                    continue
                unit.reports.extend(d.reports)
                unit.attributions.extend(d.attributions)
                if unit.head is None and unit is self.titled_unit(base, comp, d.document, d.scope):
                    unit.head, unit.head_paragraph = capitalize_title(base), d.paragraph  # "Le directeur X …"
                    self._index_head(unit)

    def links(self) -> tuple[list[Link], list[Link]]:
        """Primary and secondary lines for every unit."""
        primary: dict[int, Link] = {}
        reported: dict[int, list[tuple[Draft | str, RawReport]]] = {}
        for d in self.units:
            pairs = []
            for raw in d.reports:
                for t in self.targets(raw, d):
                    if t is not d:
                        pairs.append((t, raw))
            # the bulletin's own department first
            # (a line stated with "also" after the others: "It also reports to …")
            pairs.sort(key=lambda p: (p[1].also, 0 if (p[0] == ROOT or p[0].document == d.document) else 1))
            reported[id(d)] = pairs
            if d.composed_in is not None:
                parent, para, ev = d.composed_in
                if parent.is_group and parent.composed_in is not None:
                    parent = parent.composed_in[0]
                if parent.kind == "post":  # "Le directeur X dispose d’un secrétariat": the unit of the post
                    parent = self._post_draft_unit(parent) or parent
                primary[id(d)] = Link(d, parent, para, ev)
                below = self._placed_below(d, parent, pairs)
                if below is not None:  # listed in P, attached to a part of P: the part is more precise
                    t, raw = below
                    primary[id(d)] = Link(d, t, raw.paragraph, raw.evidence)
            elif d.part_of is not None and all(raw.also for _, raw in pairs):
                # "is part of A and is also accountable to B": A, then B
                primary[id(d)] = Link(d, d.part_of[0], d.part_of[1], d.part_of[2])
            elif pairs:
                t, raw = pairs[0]
                primary[id(d)] = Link(d, None if t == ROOT else t, raw.paragraph, raw.evidence)
            elif d.part_of is not None:
                primary[id(d)] = Link(d, d.part_of[0], d.part_of[1], d.part_of[2])
            elif d.scope is not None:
                scope = d.scope
                if scope.is_group and scope.composed_in is not None:
                    scope = scope.composed_in[0]
                primary[id(d)] = Link(d, scope, d.paragraph, "")
            else:
                primary[id(d)] = Link(d, None, d.paragraph, "")
        for key, link in primary.items():
            if link.parent is not None and id(link.parent) not in self._live:
                primary[key] = Link(link.child, self._as_unit(link.parent), link.paragraph, link.evidence)
        forest = self._break_cycles(primary)
        for d in self.units:
            link = primary[id(d)]
            if link.parent is None and self.families.get(d.document) == "decree":
                root = self.roots.get(d.document)
                if d is root or root is None or id(root) not in self._live:
                    del primary[id(d)]  # the body a decree organises: a tree of its own
                else:
                    primary[id(d)] = Link(d, root, link.paragraph, link.evidence)
                    forest.add(id(d), id(root))
        secondary: list[Link] = []
        for d in self.units:
            link = primary.get(id(d))
            parent = link.parent if link is not None else None
            ancestors = self._ancestors(d, primary) if link is not None else []
            seen = set()
            for t, raw in reported[id(d)]:
                target = None if t == ROOT else self._as_unit(t)
                if target is parent or (target in ancestors and not raw.joined) or (target is not None and id(target) in seen):
                    continue
                if target is None:
                    continue
                seen.add(id(target))
                secondary.append(Link(d, target, raw.paragraph, raw.evidence))
        secondary = self._drop_cyclic_secondaries(forest, secondary)
        return [primary[id(d)] for d in self.units if id(d) in primary], secondary

    @staticmethod
    def _placed_below(d: Draft, parent: Draft, pairs) -> tuple[Draft, RawReport] | None:
        """The first superior ``d`` is stated to report to that is itself inside ``parent`` (the
        unit listing ``d``): 'La direction comprend … la sous-direction Y. … La sous-direction Y
        est rattachée au chef du service X' places Y under X, in the direction."""
        for t, raw in pairs[:1]:
            if isinstance(t, Draft) and t is not parent and t is not d:
                chain = t.chain()
                if parent in chain[1:] and d not in chain:
                    return t, raw
        return None

    def _drop_cyclic_secondaries(self, forest: Forest, secondary: list[Link]) -> list[Link]:
        """A secondary line that closes a loop ('A relève de B', 'B relève de A') is dropped, with a warning."""
        kept: list[Link] = []
        for link in secondary:
            if not forest.add(id(link.child), id(link.parent)):
                self.warnings.append(
                    f"{link.child.document}: par. {link.paragraph}: reporting cycle between "
                    f"'{link.child.name}' and '{link.parent.name}'; the line closing it is ignored"
                )
                continue
            kept.append(link)
        return kept

    def _ancestors(self, d: Draft, primary: dict[int, Link]) -> list[Draft]:
        out, node, seen = [], primary[id(d)].parent, set()
        while node is not None and id(node) not in seen:
            seen.add(id(node))
            out.append(node)
            link = primary.get(id(node))
            node = link.parent if link else None
        return out

    def _break_cycles(self, primary: dict[int, Link]) -> Forest:
        """Primary lines must form a forest: a line that would close a cycle is cut, with a
        warning (the unit then goes to its tree's root). Returns the forest of the kept lines."""
        forest = Forest()
        for d in self.units:
            link = primary[id(d)]
            if link.parent is not None and not forest.add(id(d), id(link.parent)):
                self.warnings.append(
                    f"{d.document}: par. {link.paragraph}: reporting cycle through '{d.name}' broken; "
                    f"the line closing it is dropped"
                )
                primary[id(d)] = Link(d, None, link.paragraph, link.evidence)
        return forest
