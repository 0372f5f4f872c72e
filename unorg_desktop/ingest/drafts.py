"""Units under construction and the registry that finds them again by name.

Office names such as ``Bureau du Directeur`` or ``secrétariat`` recur under
different parents, so a lookup searches the current scope first and only
matches such a name inside the scope it was found in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import TitleMatch, fold, read_title, tokenize
from .vocab import HEAD_TITLES


@dataclass
class RawReport:
    """'X relève de T' as read in pass 1; T is resolved in pass 2."""

    target_name: str | None  # a unit name ("Division de la police")
    target_title: TitleMatch | None  # or a post ("Directeur exécutif")
    paragraph: str
    evidence: str
    context: "Draft | None"  # where to start resolving anaphora


@dataclass
class Draft:
    key: int
    name: str
    kind: str
    document: str
    paragraph: str
    scope: "Draft | None"  # the unit it was found under
    head: str | None = None
    head_paragraph: str = ""
    aliases: list[str] = field(default_factory=list)
    collective: bool = False
    is_group: bool = False  # "divisions régionales": stands for its members
    members: list["Draft"] = field(default_factory=list)
    composed_in: tuple["Draft", str, str] | None = None  # (parent, paragraph, evidence)
    part_of: tuple["Draft", str, str] | None = None
    reports: list[RawReport] = field(default_factory=list)
    attributions: list[tuple[str, str, str]] = field(default_factory=list)  # (paragraph, item, text)
    raw_attributions: list[tuple[TitleMatch, str, str, str]] = field(default_factory=list)
    from_heading: bool = False
    removed: bool = False

    def add_alias(self, alias: str) -> None:
        if alias and fold(alias) != fold(self.name) and all(fold(a) != fold(alias) for a in self.aliases):
            self.aliases.append(alias)

    def chain(self) -> list["Draft"]:
        """This draft and its scopes, nearest first."""
        out, node, seen = [], self, set()
        while node is not None and node.key not in seen:
            seen.add(node.key)
            out.append(node)
            node = node.composed_in[0] if node.composed_in else node.scope
        return out


def is_generic(name: str) -> bool:
    """'Bureau du Directeur', 'secrétariat', 'Bureau du Sous-Secrétaire général' …"""
    words = name.split(" ", 1)
    if len(words) == 1:
        return True
    rest = re.sub(r"^(du|de la|de l’|des|d’)\s*", "", words[1])
    return read_title(rest, 0) is not None


def office_title(name: str) -> TitleMatch | None:
    """The post in 'Bureau du <post>' / 'secrétariat du <post>', if any."""
    m = re.match(r"^\S+\s+(du|de la|de l’|des|d’)\s*", name)
    if not m:
        return None
    title = read_title(name, m.end())
    if title is None or title.end != len(name):
        return None
    return title


def same_stem(a: str, b: str) -> bool:
    """Compare names ignoring case, accents and plural -s/-x."""
    def stem(s: str) -> str:
        return " ".join(w[:-1] if w[-1:] in "sx" and len(w) > 3 else w for w in fold(s).split())

    return stem(a) == stem(b)


class Registry:
    """All drafts of one document, with scope-aware lookup."""

    def __init__(self, document: str) -> None:
        self.document = document
        self.drafts: list[Draft] = []

    def live(self) -> list[Draft]:
        return [d for d in self.drafts if not d.removed]

    def create(self, name: str, kind: str, paragraph: str, scope: Draft | None, **kw) -> Draft:
        draft = Draft(len(self.drafts), name, kind, self.document, paragraph, scope, **kw)
        self.drafts.append(draft)
        return draft

    def find(self, name: str, context: Draft | None) -> Draft | None:
        """The draft this name designates when read under ``context``."""
        key = fold(name)
        matches = [
            d for d in self.live()
            if fold(d.name) == key or any(fold(a) == key for a in d.aliases) or (
                d.collective and same_stem(d.name, name)
            )
        ]
        if not matches:
            # a short form of a longer name seen in this scope ("secrétariat du Secrétaire
            # général adjoint" for "… adjoint à l’appui aux missions")
            scoped = context.chain() if context is not None else []
            for d in self.live():
                owner = d.composed_in[0] if d.composed_in else d.scope
                if (d in scoped or owner in scoped) and _is_short_form(name, d.name):
                    d.add_alias(name)
                    return d
            return None
        chain = context.chain() if context is not None else []
        # nearest: the context itself, then drafts scoped under the context chain
        for node in chain:
            if node in matches:
                return node
            for d in matches:
                if d.scope is node or (d.composed_in and d.composed_in[0] is node):
                    return d
        if is_generic(name):
            return None  # an office of another unit: never borrowed across scopes
        return matches[0]

    def extend(self, short: Draft, longer: str) -> bool:
        """'Bureau du Secrétaire général adjoint' -> '… adjoint à l’appui aux missions'."""
        if not fold(longer).startswith(fold(short.name) + " ") or fold(longer) == fold(short.name):
            return False
        rest = longer[len(short.name):].strip()
        first = tokenize(rest)[0].text.lower() if rest else ""
        if first not in ("à", "au", "aux", "de", "du", "des", "d’", "pour", "chargé", "chargée"):
            return False
        old = short.name
        short.name = longer
        short.add_alias(old)
        return True


def _is_short_form(short: str, longer: str) -> bool:
    fs, fl = fold(short), fold(longer)
    if not fl.startswith(fs + " "):
        return False
    rest = longer[len(short):].strip()
    first = tokenize(rest)[0].text.lower() if rest else ""
    return first in ("à", "au", "aux", "pour", "chargé", "chargée")


def head_base(title: str) -> tuple[str, str]:
    """Split a head title into its vocabulary base and its complement."""
    m = read_title(title, 0)
    if m is None:
        low = title.lower()
        for base in HEAD_TITLES:
            if low.startswith(base):
                return base, title[len(base):].strip()
        return low, ""
    return m.base, m.complement
