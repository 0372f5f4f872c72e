"""Units under construction and the registry that finds them again by name.

Office names such as ``Bureau du Directeur`` or ``secrétariat`` recur under
different parents, so a lookup searches the current scope first and only
matches such a name inside the scope it was found in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .names import Grammar, TitleMatch
from .text import fold


@dataclass
class RawReport:
    """'X relève de T' as read in pass 1; T is resolved in pass 2."""

    target_name: str | None  # a unit name ("Division de la police")
    target_title: TitleMatch | None  # or a post ("Directeur exécutif")
    paragraph: str
    evidence: str
    context: "Draft | None"  # where to start resolving anaphora
    also: bool = False  # "also reports to", "is also accountable to": a further line, never the first
    # a superior named after the first in the same clause ('and, on matters of B, directly to C'):
    # a line of its own, kept even when C is above the first superior
    joined: bool = False


# Draft fields the Registry's lookup index depends on; changing one invalidates the index.
_INDEXED = frozenset({"name", "aliases", "collective", "removed", "scope", "composed_in"})


@dataclass(eq=False)  # identity: two drafts with the same fields are still two units
class Draft:
    key: int
    name: str
    kind: str
    document: str
    paragraph: str
    scope: "Draft | None"  # the unit it was found under
    head: str | None = None
    head_paragraph: str = ""
    head_aliases: list[str] = field(default_factory=list)  # other titles of the head ("the Legal Counsel")
    aliases: list[str] = field(default_factory=list)
    collective: bool = False
    is_group: bool = False  # "divisions régionales": stands for its members
    members: list["Draft"] = field(default_factory=list)
    composed_in: tuple["Draft", str, str] | None = None  # (parent, paragraph, evidence)
    part_of: tuple["Draft", str, str] | None = None
    reports: list[RawReport] = field(default_factory=list)
    attributions: list[tuple[str, str, str]] = field(default_factory=list)  # (paragraph, item, text)
    from_heading: bool = False
    removed: bool = False
    is_root: bool = False  # the body a decree organises: a tree of its own, under no one
    enumeration: int = -1  # the enumeration of components it was first read in (siblings share it)

    def __setattr__(self, attr: str, value: object) -> None:
        object.__setattr__(self, attr, value)
        if attr in _INDEXED:
            self._reindex()

    def _reindex(self) -> None:
        registry = self.__dict__.get("_registry")
        if registry is not None:
            registry._dirty[id(self)] = self  # its lookup entries are refreshed on next find

    def add_alias(self, alias: str) -> None:
        if alias and fold(alias) != fold(self.name) and all(fold(a) != fold(alias) for a in self.aliases):
            self.aliases.append(alias)
            self._reindex()

    @property
    def owner(self) -> "Draft | None":
        return self.composed_in[0] if self.composed_in else self.scope

    def chain(self) -> list["Draft"]:
        """This draft and its scopes, nearest first."""
        out, node, seen = [], self, set()
        while node is not None and node.key not in seen:
            seen.add(node.key)
            out.append(node)
            node = node.composed_in[0] if node.composed_in else node.scope
        return out


@lru_cache(maxsize=1 << 16)  # pure, and asked on every failed lookup
def is_generic(g: Grammar, name: str) -> bool:
    """'Bureau du Directeur', 'secrétariat', 'Office of the Director' …: named after a post."""
    words = name.split(" ", 1)
    if len(words) == 1:
        return True
    m = g.pack.clauses.office_of.match(name)
    rest = name[m.end():] if m else words[1]
    return g.read_title(rest, 0) is not None


@lru_cache(maxsize=1 << 16)
def office_title(g: Grammar, name: str) -> TitleMatch | None:
    """The post in 'Bureau du <post>' / 'Office of the <post>', if any."""
    m = g.pack.clauses.office_of.match(name)
    if not m:
        return None
    title = g.read_title(name, m.end())
    if title is None or title.end != len(name):
        return None
    return title


@lru_cache(maxsize=1 << 16)  # pure and called per draft per lookup
def stem_key(name: str) -> str:
    """A name ignoring case, accents and plural -s/-x."""
    return " ".join(w[:-1] if w[-1:] in "sx" and len(w) > 3 else w for w in fold(name).split())


def _word_prefixes(name: str) -> list[str]:
    """The folded name cut after each word but the last: where a short form can end."""
    words = fold(name).split()
    return [" ".join(words[:i]) for i in range(1, len(words))]


class Registry:
    """All drafts of one document, with scope-aware lookup."""

    def __init__(self, document: str, g: Grammar, family: str = "bulletin") -> None:
        self.document = document
        self.g = g
        self.family = family  # "bulletin" (under the Secretary-General) or "decree" (a root of its own)
        words = g.words
        self._small_words = frozenset(fold(x) for x in words.connectors | words.articles | words.coordinators)
        self.root: Draft | None = None  # a decree's own root
        # "Le directeur central est secondé par un directeur adjoint": folded title of the deputy ->
        # the draft (a unit, or a post placeholder) of the one assisted
        self.deputies: dict[str, Draft] = {}
        self.drafts: list[Draft] = []
        # lookup index, kept up to date incrementally from the drafts marked dirty
        self._dirty: dict[int, Draft] = {}
        self._entries: dict[int, tuple] = {}  # what each draft was indexed under
        self._by_key: dict[str, dict[int, Draft]] = {}
        self._by_owner: dict[int, dict[int, Draft]] = {}  # composite, else scope
        self._by_anchor: dict[int, dict[int, Draft]] = {}  # scope and composite
        self._collective: dict[str, dict[int, Draft]] = {}  # by stem_key
        self._by_prefix: dict[str, dict[int, Draft]] = {}  # by each proper word prefix
        self._by_content: dict[frozenset, dict[int, Draft]] = {}  # by the content words of the name

    def live(self) -> list[Draft]:
        return [d for d in self.drafts if not d.removed]

    def _index(self) -> None:
        """Refresh the name, alias and owner entries of the drafts changed since the last lookup,
        so a lookup does not scan every draft (quadratic on a bulletin of 10,000 sections)."""
        for key, d in self._dirty.items():
            keys, owner, stem, prefixes, anchors, content = self._entries.pop(
                key, (frozenset(), None, None, [], (), None))
            if content is not None:
                self._by_content[content].pop(key, None)
            for anchor in anchors:
                self._by_anchor[anchor].pop(key, None)
            for k in keys:
                self._by_key[k].pop(key, None)
            if owner is not None:
                self._by_owner[owner].pop(key, None)
            if stem is not None:
                self._collective[stem].pop(key, None)
            for prefix in prefixes:
                self._by_prefix[prefix].pop(key, None)
            if d.removed:
                continue
            keys = frozenset({fold(d.name), *(fold(a) for a in d.aliases)})
            owner = id(d.owner) if d.owner is not None else None
            stem = stem_key(d.name) if d.collective else None
            prefixes = _word_prefixes(d.name)
            for k in keys:
                self._by_key.setdefault(k, {})[key] = d
            if owner is not None:
                self._by_owner.setdefault(owner, {})[key] = d
            if stem is not None:
                self._collective.setdefault(stem, {})[key] = d
            for prefix in prefixes:
                self._by_prefix.setdefault(prefix, {})[key] = d
            anchors = {id(a) for a in (d.scope, d.composed_in[0] if d.composed_in else None) if a is not None}
            for anchor in anchors:
                self._by_anchor.setdefault(anchor, {})[key] = d
            content = self._content_key(d.name)
            if content is not None:
                self._by_content.setdefault(content, {})[key] = d
            self._entries[key] = (keys, owner, stem, prefixes, anchors, content)
        self._dirty.clear()

    def create(self, name: str, kind: str, paragraph: str, scope: Draft | None, **kw) -> Draft:
        draft = Draft(len(self.drafts), name, kind, self.document, paragraph, scope, **kw)
        object.__setattr__(draft, "_registry", self)
        draft._reindex()
        self.drafts.append(draft)
        return draft

    def find(self, name: str, context: Draft | None) -> Draft | None:
        """The draft this name designates when read under ``context``."""
        self._index()
        found = dict(self._by_key.get(fold(name), {}))
        found.update(self._collective.get(stem_key(name), {}))
        if not found:
            # a short form of a longer name seen in this scope ("secrétariat du Secrétaire
            # général adjoint" for "… adjoint à l’appui aux missions")
            scoped = {id(node) for node in (context.chain() if context is not None else [])}
            candidates = [d for k, d in self._by_prefix.get(fold(name), {}).items()
                          if k in scoped or (d.owner is not None and id(d.owner) in scoped)]
            for d in sorted(candidates, key=lambda d: d.key):
                if self._is_short_form(name, d.name):
                    d.add_alias(name)
                    return d
            # the same content words, other small words or punctuation ("département « stratégie
            # et ressources »" for "département « stratégie-ressources »"): one unit, when only one
            content = self._content_key(name)
            same = list(self._by_content.get(content, {}).values()) if content is not None else []
            if len(same) == 1 and same[0].kind == self._kind(name):
                same[0].add_alias(name)
                return same[0]
            return None
        chain = context.chain() if context is not None else []
        # nearest: the context itself, then drafts anchored (scoped or composed) under the chain;
        # the first to appear wins
        for node in chain:
            if id(node) in found:
                return node
            anchored = found.keys() & self._by_anchor.get(id(node), {}).keys()  # a C-level intersection
            if anchored:
                return min((found[k] for k in anchored), key=lambda d: d.key)
        if is_generic(self.g, name):
            return None  # an office of another unit: never borrowed across scopes
        return min(found.values(), key=lambda d: d.key)

    def _content_key(self, name: str) -> frozenset | None:
        """The content words of a name with two or more of them (offices named after a post
        excepted: an office named after its head's post recurs under every division)."""
        small = self._small_words
        words = frozenset(word for word in fold(name).split() if word not in small)
        return words if len(words) >= 2 and not is_generic(self.g, name) else None

    def _kind(self, name: str) -> str | None:
        nm = self.g.name_at(name, 0)
        return nm.kind if nm is not None else None

    def _rest_opens(self, short: str, longer: str, pattern) -> bool:
        rest = longer[len(short):].strip()
        tokens = self.g.tokenize(rest)
        return bool(tokens) and pattern.match(tokens[0].text.lower()) is not None

    def extend(self, short: Draft, longer: str) -> bool:
        """'Bureau X adjoint' -> 'Bureau X adjoint à l’appui': a longer name that goes on from a
        short one by a complement."""
        if not fold(longer).startswith(fold(short.name) + " ") or fold(longer) == fold(short.name):
            return False
        if not self._rest_opens(short.name, longer, self.g.pack.clauses.extension_start):
            return False
        old = short.name
        short.name = longer
        short.add_alias(old)
        return True

    def _is_short_form(self, short: str, longer: str) -> bool:
        return fold(longer).startswith(fold(short) + " ") and self._rest_opens(
            short, longer, self.g.pack.clauses.short_form_rest)


@lru_cache(maxsize=1 << 16)  # pure, and asked for every candidate of every post
def head_base(g: Grammar, title: str) -> tuple[str, str]:
    """Split a head title into its vocabulary base and its complement."""
    m = g.read_title(title, 0)
    if m is not None:
        return m.base, m.complement
    low = title.lower()
    base = next((b for b in g.words.head_titles if low.startswith(b)), None)
    return (base, title[len(base):].strip()) if base else (low, "")


def stem_eq(a: str, b: str) -> bool:
    def stem(s: str) -> list[str]:
        return [w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w for w in fold(s).split()]

    sa, sb = stem(a), stem(b)
    return sa == sb or (len(sb) >= 2 and sa[: len(sb)] == sb) or (len(sa) >= 2 and sb[: len(sa)] == sa)
