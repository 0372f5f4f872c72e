"""One unit per thing, whatever the number of documents and languages that name it.

Runs on the records of an assembled :class:`~.records.Extraction` (no text reading here):

1. **Translations.** A document is the *twin* of an earlier one when both carry the same symbol,
   or, without symbols, when they share their numbering skeleton, their paragraph lengths keep one
   proportion (a translation is longer or shorter by about the same ratio in every paragraph;
   another bulletin of the same shape is not) and most units are defined at the same paragraph
   numbers. The twin's units are aligned with the
   original's (same paragraph, same rank in it, aligned parents, the same lettered functions,
   cognate words, the same abbreviation) and each aligned unit *joins* the original: its name
   becomes the original unit's name in the twin's language.
2. **The same name.** Units of different documents with the same distinctive name (folded; names,
   aliases and defined abbreviations) are one unit. A name that designates several units in one
   document ("Office of the Director", "secrétariat") is an office of its parent, never joined by
   name across documents.

Joining re-points every line, function and mention to the unit that stays (the first named), keeps
each document's own statements (their provenance) and records, per document, which units it
*added*, which existing units it *joined*, and which units of a translation were *left apart*
(nothing in the original matched them). Names per language get display names that tell apart
units sharing a name, as :func:`.assemble._display_names` does for the original names.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict

from rapidfuzz import fuzz

from .drafts import is_generic
from .lang import pack_for
from .names import fold, grammar
from .records import UN_ROOT as ROOT
from .records import DocumentJoin, Extraction, Flag, Unit

#: Paragraph skeletons: share of numbered paragraphs in common (Jaccard) for a twin.
MIN_SKELETON = 0.75
#: Share of the common paragraphs whose length ratio is within LENGTH_TOLERANCE of the median
#: ratio (a paragraph that one reading splits or merges only costs its share).
MIN_LENGTH_AGREEMENT = 0.75
LENGTH_TOLERANCE = 1.5
#: Share of each document's units defined at a paragraph where the other defines one.
MIN_SHARED_PLACES = 0.6
SURE_SKELETON, SURE_LENGTH_AGREEMENT, MIN_SHARED_PLACES_WHEN_SURE = 0.9, 0.9, 0.4
MIN_COMMON_PARAGRAPHS = 5
#: Score a pair of units needs to be aligned (same paragraph and rank: 6).
MIN_PAIR_SCORE = 5.0
CONTENT_WORD = 4  # letters: shorter words are articles and prepositions in either language


class _Doc:
    """What twin detection and alignment need to know about one document."""

    def __init__(self, ex: Extraction, doc, units: list[Unit], primary: dict[str, str]) -> None:
        self.id, self.language, self.kind = doc.id, doc.language, doc.kind
        self.symbol = " ".join(fold(doc.symbol).split())
        self.lengths = {p.number: len(p.text) for p in ex.paragraphs
                        if p.document == doc.id and p.number[:1].isdigit()}
        self.units = units
        self.places = {u.paragraph for u in units if u.paragraph}
        self.parent = primary  # unit -> its parent as this document states it
        self.rank: dict[str, int] = {}
        seen: dict[str | None, int] = defaultdict(int)
        for u in units:
            self.rank[u.id] = seen[u.paragraph]
            seen[u.paragraph] += 1


def length_agreement(a: dict[str, int], b: dict[str, int], common: list[str]) -> float:
    """Share of ``common`` paragraphs whose length ratio a/b is within ``LENGTH_TOLERANCE`` of the
    median ratio: near 1 for a translation, low for another text of the same numbering."""
    ratios = [math.log1p(a[n]) - math.log1p(b[n]) for n in common]
    middle = statistics.median(ratios)
    return sum(abs(r - middle) <= math.log(LENGTH_TOLERANCE) for r in ratios) / len(ratios)


def twin_evidence(a: _Doc, b: _Doc) -> tuple[float, float, float]:
    """(skeleton Jaccard, length agreement, shared unit places) of two documents."""
    common = sorted(a.lengths.keys() & b.lengths.keys())
    union = a.lengths.keys() | b.lengths.keys()
    skeleton = len(common) / len(union) if union else 0.0
    if len(common) < MIN_COMMON_PARAGRAPHS:
        return skeleton, 0.0, 0.0
    agreement = length_agreement(a.lengths, b.lengths, common)
    shared = min(sum(1 for u in a.units if u.paragraph in b.places) / max(1, len(a.units)),
                 sum(1 for u in b.units if u.paragraph in a.places) / max(1, len(b.units)))
    return skeleton, agreement, shared


def is_twin(a: _Doc, b: _Doc) -> bool:
    """Same symbol; or, when either has none, the same skeleton, lengths and unit places."""
    if a.symbol and b.symbol:
        return a.symbol == b.symbol
    if a.kind != b.kind or not a.units or not b.units:
        return False
    skeleton, agreement, shared = twin_evidence(a, b)
    if skeleton < MIN_SKELETON or agreement < MIN_LENGTH_AGREEMENT:
        return False
    # the same paragraphs, rising and falling together: the units' places need only half agree
    # (a reader may find a unit one paragraph off in one language)
    certain = skeleton >= SURE_SKELETON and agreement >= SURE_LENGTH_AGREEMENT
    return shared >= (MIN_SHARED_PLACES_WHEN_SURE if certain else MIN_SHARED_PLACES)


def _content_words(name: str) -> list[str]:
    return [w for w in fold(name).split() if len(w) >= CONTENT_WORD]


def cognate_similarity(a: str, b: str) -> float:
    """0-1: how closely the content words of two names match, in any order (cognates such as
    logistique/logistics score high)."""
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return 0.0

    def side(xs: list[str], ys: list[str]) -> float:
        return sum(max(fuzz.ratio(x, y) for y in ys) for x in xs) / (100.0 * len(xs))

    return (side(wa, wb) + side(wb, wa)) / 2


def _section(paragraph: str | None) -> str:
    return (paragraph or "").split(".", 1)[0] if _numbered(paragraph) else ""


def _numbered(paragraph: str | None) -> bool:
    return (paragraph or "")[:1].isdigit()


def _is_abbreviation(name: str) -> bool:
    """Written in capitals ("DOMP", "UNOP", "ONU-Femmes" aside): a defined abbreviation."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _abbreviations(u: Unit) -> set[str]:
    return {a for a in u.aliases if _is_abbreviation(a)}


class _Aligner:
    """Pairs the units of a translation with the original's (greedy, best score first)."""

    def __init__(self, ex: Extraction, new: _Doc, old: _Doc) -> None:
        self.new, self.old = new, old
        self.functions: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for a in ex.attributions:
            if a.document in (new.id, old.id):
                self.functions[a.unit].add((a.paragraph, a.item))
        self.children: dict[str, int] = defaultdict(int)
        for doc in (new, old):
            for parent in doc.parent.values():
                self.children[parent] += 1

    def score(self, e: Unit, t: Unit, mapping: dict[str, str]) -> float:
        value = 0.0
        if e.paragraph and e.paragraph == t.paragraph:
            value += 4
            if self.new.rank[e.id] == self.old.rank[t.id]:
                value += 2
        elif _section(e.paragraph) and _section(e.paragraph) == _section(t.paragraph):
            value += 1
        elif not _numbered(e.paragraph) and not _numbered(t.paragraph):
            value += 2  # both in the title or preamble, whose labels are words of each language
        pe, pt = self.new.parent.get(e.id), self.old.parent.get(t.id)
        if pe is not None and pt is not None and mapping.get(pe, pe) == pt:
            value += 3
        fe, ft = self.functions.get(e.id, set()), self.functions.get(t.id, set())
        if fe and ft:
            value += 3 * len(fe & ft) / len(fe | ft)
        if self.children[e.id] and self.children[e.id] == self.children[t.id]:
            value += 1
        if _abbreviations(e) & _abbreviations(t):
            value += 3
        return value + 3 * cognate_similarity(e.name, t.name)

    def align(self) -> dict[str, str]:
        """new unit id -> original unit id."""
        mapping: dict[str, str] = {}
        for _ in range(2):  # the second pass knows which parents were aligned
            scored = []
            for i, e in enumerate(self.new.units):
                for j, t in enumerate(self.old.units):
                    s = self.score(e, t, mapping)
                    if s >= MIN_PAIR_SCORE:
                        scored.append((-s, i, j))
            scored.sort()
            taken_new, taken_old, mapping = set(), set(), {}
            for _s, i, j in scored:
                if i in taken_new or j in taken_old:
                    continue
                taken_new.add(i)
                taken_old.add(j)
                mapping[self.new.units[i].id] = self.old.units[j].id
        return mapping


class _UnionFind:
    def __init__(self, order: dict[str, int]) -> None:
        self.up: dict[str, str] = {}
        self.order = order

    def find(self, x: str) -> str:
        root = x
        while root in self.up:
            root = self.up[root]
        while x in self.up and self.up[x] != root:
            self.up[x], x = root, self.up[x]
        return root

    def union(self, a: str, b: str) -> None:
        """The unit named first (records order) stays."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = sorted((ra, rb), key=lambda u: self.order.get(u, len(self.order)))
            self.up[gone] = keep


def _primary_by_document(ex: Extraction) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in ex.lines:
        if line.primary:
            out[line.document].setdefault(line.child, line.parent)
    return out


def _name_keys(ex: Extraction) -> dict[str, list[Unit]]:
    """Folded name or alias -> the units it names, when it is distinctive: never an office
    name, and naming one unit in every document."""
    per_doc: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u in ex.units:
        if u.id == ROOT or u.document is None or u.collective:
            continue
        for name in {u.name, *u.aliases}:
            per_doc[(u.document, fold(name))].add(u.id)
    repeated = {key for (_doc, key), ids in per_doc.items() if len(ids) > 1}
    grammars = {d.id: grammar(pack_for(d.language)) for d in ex.documents}
    out: dict[str, list[Unit]] = defaultdict(list)
    for u in ex.units:
        if u.id == ROOT or u.document is None or u.collective:
            continue
        g = grammars.get(u.document) or grammar(pack_for(None))
        for name in {u.name, *u.aliases}:
            key = fold(name)
            if key and key not in repeated and (_is_abbreviation(name) or not is_generic(g, name)):
                out[key].append(u)
    return out


def join(ex: Extraction) -> list[DocumentJoin]:
    """Join translations and same-named units of ``ex`` in place; return what each document's
    units became (in ``ex.documents`` order). Adds ``defined-twice`` flags."""
    docs = {d.id: d for d in ex.documents}
    language = {d.id: d.language for d in ex.documents}
    order = {u.id: i for i, u in enumerate(ex.units)}
    units = {u.id: u for u in ex.units}
    by_doc: dict[str, list[Unit]] = defaultdict(list)
    for u in ex.units:
        if u.document is not None and u.id != ROOT:
            by_doc[u.document].append(u)
    for u in ex.units:
        own = language.get(u.document or "", "") or _root_language(ex)
        u.names.setdefault(own, u.name)
        u.kinds.setdefault(own, u.kind)
        if u.head:
            u.heads.setdefault(own, u.head)
    primary = _primary_by_document(ex)
    infos = [_Doc(ex, d, by_doc.get(d.id, []), primary.get(d.id, {})) for d in ex.documents]

    uf = _UnionFind(order)
    joins = {d.id: DocumentJoin(d.id) for d in ex.documents}
    aligned: set[str] = set()  # units of translations that found their original
    for i, new in enumerate(infos):
        for old in infos[:i]:
            if is_twin(new, old):
                joins[new.id].twin = old.id
                for e, t in _Aligner(ex, new, old).align().items():
                    uf.union(t, e)
                    aligned.add(e)
                break
    for same in _name_keys(ex).values():
        for other in same[1:]:
            uf.union(same[0].id, other.id)

    # who brought each unit, before the merge: its defining document, and reports' mentions
    first_doc = {u.id: u.document for u in ex.units}
    named_by: dict[str, set[str]] = defaultdict(set)
    for m in ex.mentions:
        named_by[m.document].add(m.unit)
    for u in ex.units:
        if u.document is not None:
            named_by[u.document].add(u.id)

    _merge(ex, uf, units, language, docs, joins)
    kept = {u.id for u in ex.units}
    for d in ex.documents:
        j = joins[d.id]
        seen: set[str] = set()
        for uid in sorted(named_by.get(d.id, ()), key=lambda u: order.get(u, 0)):
            final = uf.find(uid)
            if final not in kept or final in seen:
                continue
            seen.add(final)
            if first_doc.get(final) != d.id:
                j.joined.append(final)
            elif j.twin is not None and uid not in aligned and docs[d.id].kind != "report":
                j.apart.append(final)
            else:
                j.added.append(final)
    _display_names(ex)
    return [joins[d.id] for d in ex.documents]


def _root_language(ex: Extraction) -> str:
    return ex.documents[0].language if ex.documents else "fr"


def _merge(ex: Extraction, uf: _UnionFind, units: dict[str, Unit], language: dict[str, str], docs,
           joins: dict[str, DocumentJoin]) -> None:
    gone = {u.id for u in ex.units if uf.find(u.id) != u.id}
    if not gone:
        return
    for uid in sorted(gone, key=lambda u: uf.order[u]):
        keep, e = units[uf.find(uid)], units[uid]
        lang = language.get(e.document or "", "")
        twins = joins.get(e.document or "", DocumentJoin("")).twin == keep.document or \
            joins.get(keep.document or "", DocumentJoin("")).twin == e.document
        if lang and lang not in keep.names:
            keep.names[lang] = e.name
            keep.kinds.setdefault(lang, e.kind)
            if e.head:
                keep.heads.setdefault(lang, e.head)
        elif fold(e.name) not in {fold(n) for n in keep.names.values()}:
            _add_alias(keep, e.name)
        for alias in e.aliases:
            _add_alias(keep, alias)
        if keep.head is None and lang == language.get(keep.document or "", lang):
            keep.head = e.head
        if (e.document and keep.document and e.document != keep.document and not twins
                and docs[e.document].kind != "report" and docs[keep.document].kind != "report"):
            ex.flags.append(Flag("defined-twice", keep.id, keep.document, keep.paragraph or "", "",
                                 e.document, e.paragraph or ""))
        if keep.document is None or docs.get(keep.document) is not None and \
                docs[keep.document].kind == "report" and e.document and docs[e.document].kind != "report":
            # a bulletin's definition outranks a report's mention
            keep.document, keep.paragraph = e.document, e.paragraph
    find = uf.find
    ex.units = [u for u in ex.units if u.id not in gone]
    seen_lines, lines = set(), []
    for line in ex.lines:
        line.child, line.parent = find(line.child), find(line.parent)
        key = (line.child, line.parent, line.primary, line.document, line.paragraph)
        if line.child == line.parent or key in seen_lines:
            continue
        seen_lines.add(key)
        lines.append(line)
    ex.lines = lines
    seen_attr, attributions = set(), []
    for a in ex.attributions:
        a.unit = find(a.unit)
        key = (a.unit, a.document, a.paragraph, a.item)
        if key not in seen_attr:
            seen_attr.add(key)
            attributions.append(a)
    ex.attributions = attributions
    seen_mentions, mentions = set(), []
    for m in ex.mentions:
        m.unit = find(m.unit)
        key = (m.unit, m.document, m.paragraph)
        if key not in seen_mentions:
            seen_mentions.add(key)
            mentions.append(m)
    ex.mentions = mentions
    for flag in ex.flags:
        if flag.unit is not None:
            flag.unit = find(flag.unit)


def _add_alias(unit: Unit, alias: str) -> None:
    if alias and fold(alias) != fold(unit.name) and all(fold(alias) != fold(a) for a in unit.aliases):
        unit.aliases.append(alias)


def _own_language(u: Unit) -> str:
    return next(iter(u.names), "")


def _display_names(ex: Extraction) -> None:
    """Per language: the name, with its parent's name (in the same language when known) when
    several units share it. A unit's original name keeps the assembly's display name."""
    parent = {}
    for line in ex.lines:
        if line.primary:
            parent.setdefault(line.child, line.parent)
    units = {u.id: u for u in ex.units}
    count: dict[tuple[str, str], int] = defaultdict(int)
    for u in ex.units:
        for lang, name in u.names.items():
            count[(lang, fold(name))] += 1
    for u in ex.units:
        if u.display_name != u.name and count[(_own_language(u), fold(u.name))] == 1:
            u.display_name = u.name  # its namesakes were joined into it
        for lang, name in u.names.items():
            if name == u.name:
                u.display_names[lang] = u.display_name or u.name
                continue
            p = units.get(parent.get(u.id, ""))
            if count[(lang, fold(name))] > 1 and p is not None:
                u.display_names[lang] = f"{name} ({p.names.get(lang, p.name)})"
            else:
                u.display_names[lang] = name
