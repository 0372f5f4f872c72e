"""Reports: mentions of UN entities and the structure stated in prose.

Reports do not define an organisation; they name entities. Each entity
named in a paragraph — by its full name, a short form, or an abbreviation
the report defines ("Fonds … (UNICEF)", "DOS = Département …") — becomes a
mention of a unit already known from a bulletin, or a new unit of the report.
Explicit structural statements ("le Département X, qui réunit le Centre Y")
become reporting lines with their paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lang import LanguagePack
from .names import grammar
from .structure import Structure
from .text import fold

_ABBR = r"[A-Z][A-Za-z]*(?:[.\-][A-Za-z]+)*"
# a phrase in quotation marks ("the “One Secretariat” approach"): a label, not an entity's name
_QUOTED = re.compile(r"“[^“”]{1,120}”|«[^«»]{1,120}»|\"[^\"]{1,120}\"")
_PAREN_ABBR = re.compile(r"\((" + _ABBR + r")\)")
_LEGEND = re.compile(r"(?:^|[;:]\s*)(" + _ABBR + r")\s*[=:]\s*([^;=]+?)(?=\s*;|\s*$)")


@dataclass
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    collective: bool = False
    id: str = ""

    def mention(self, paragraph: str) -> None:
        if paragraph not in self.paragraphs:
            self.paragraphs.append(paragraph)


@dataclass
class ReportResult:
    document: str
    new_units: list[Entity] = field(default_factory=list)
    known_units: list[Entity] = field(default_factory=list)
    relations: list[tuple[Entity, Entity, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ReportReader:
    def __init__(self, document: str, structure: Structure, pack: LanguagePack) -> None:
        self.document = document
        self.structure = structure
        self.pack = pack
        self.words = pack.reports
        self.g = grammar(pack)
        c = pack.clauses
        self._composition_re = re.compile(rf",?\s*{c.relative}\s+{c.composed_of}\s+|\s{c.composed_of}\s+")
        self._reporting_re = re.compile(rf"\s{c.reports_to}\s+|\s{pack.reports.under}\s*")
        self.by_key: dict[str, Entity] = {}
        # indexes of by_key by the first and the last word of a key (keys are only ever added)
        self._by_first: dict[str, list[str]] = {}
        self._by_last: dict[str, list[str]] = {}
        # every folded name and alias of the entities, by first word; rebuilt when one changes
        self._spellings: dict[str, list[tuple[str, Entity]]] | None = None
        self.abbreviations: dict[str, Entity] = {}
        self.result = ReportResult(document)
        self.known_ids: set[str] = set()
        self._abbr_re: re.Pattern | None = None  # every abbreviation defined, once they are known
        self.last_named: dict[str, Entity | None] = {}  # head noun -> the last entity so named

    # -- entities ----------------------------------------------------------
    def canonical(self, name: str) -> str:
        """Key that equates 'Pacte mondial' and 'Pacte mondial des Nations Unies'."""
        return self.words.un_suffix.compiled.sub("", fold(name))

    def _entity(self, name: str, kind: str) -> Entity | None:
        name = re.sub(r"\s+", " ", name).strip(" ,.;:")
        key = self.canonical(name)
        if not key or key in self.words.whole_organisation:
            return None
        ent = self.by_key.get(key) or self.by_key.get(fold(name))
        if ent is None:
            ent = Entity(name, name if name in self.g.words.single_word_entities else kind)
            self._add_key(key, ent)
            self.result.new_units.append(ent)
        elif fold(name) != fold(ent.name):
            if ent.id not in self.known_ids and len(name) > len(ent.name):
                ent.aliases.append(ent.name)
                ent.name = name
            elif all(fold(a) != fold(name) for a in ent.aliases):
                ent.aliases.append(name)
            self._spellings = None
        return ent

    def _add_key(self, key: str, ent: Entity) -> None:
        if key in self.by_key:
            return
        self.by_key[key] = ent
        words = key.split()
        if words:
            self._by_first.setdefault(words[0], []).append(key)
            self._by_last.setdefault(words[-1], []).append(key)
        self._spellings = None

    def _spellings_by_first(self) -> dict[str, list[tuple[str, Entity]]]:
        if self._spellings is None:
            index: dict[str, list[tuple[str, Entity]]] = {}
            for ent in self.by_key.values():
                for key in (fold(ent.name), *(fold(a) for a in ent.aliases)):
                    if key:
                        index.setdefault(key.split(" ", 1)[0], []).append((key, ent))
            self._spellings = index
        return self._spellings

    def read(self, lexicon) -> ReportResult:
        """``lexicon``: (unit id, name, aliases, kind) of the units already known."""
        for uid, name, aliases, kind in lexicon:
            ent = Entity(name, kind, [], [], False, uid)
            for n in [name, *aliases]:
                if len(n.split()) > 1 or n in self.g.words.single_word_entities:
                    self._add_key(self.canonical(n), ent)
            self.known_ids.add(uid)
        blocks = [b for b in self.structure.blocks if b.kind in ("paragraph", "footnote")]
        for block in blocks:
            self._abbreviations(block.text)
        # every abbreviation the report defines, as one pattern (longest first)
        abbrs = sorted(self.abbreviations, key=len, reverse=True)
        self._abbr_re = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, abbrs)) + r")(?![\w-])") if abbrs else None
        for block in blocks:
            self._paragraph(block.number, block.text)
        known = {id(e) for e in self.by_key.values() if e.id in self.known_ids}
        seen: set[int] = set()
        for ent in self.by_key.values():
            if id(ent) in known and id(ent) not in seen and ent.paragraphs:
                seen.add(id(ent))
                self.result.known_units.append(ent)
        self.result.new_units = [e for e in self.result.new_units if e.paragraphs]
        self._merge_short_forms()
        return self.result

    def _merge_short_forms(self) -> None:
        """'le Centre de services régional' (par. 9, 26) is the 'Centre de services régional
        d’Entebbe (Ouganda)' of par. 25 when that is the one longer name of the report it begins;
        a short form that begins several names ('Office des Nations Unies') stays apart."""
        units = self.result.new_units
        merged: dict[int, Entity] = {}
        for short in units:
            key = fold(short.name)
            if len(self.canonical(short.name).split()) < 3:
                continue
            longer = [e for e in units if e is not short and fold(e.name).startswith(key + " ")]
            if len(longer) == 1 and id(longer[0]) not in merged:
                whole = longer[0]
                merged[id(short)] = whole
                for alias in [short.name, *short.aliases]:
                    if all(fold(a) != fold(alias) for a in whole.aliases):
                        whole.aliases.append(alias)
                        self._spellings = None
                for paragraph in short.paragraphs:
                    whole.mention(paragraph)
        if not merged:
            return
        self.result.new_units = [e for e in units if id(e) not in merged]
        relations = []
        for child, parent, paragraph, evidence in self.result.relations:
            child, parent = merged.get(id(child), child), merged.get(id(parent), parent)
            if child is not parent and all((c, p) != (child, parent) for c, p, _, _ in relations):
                relations.append((child, parent, paragraph, evidence))
        self.result.relations = relations

    def _abbreviations(self, text: str) -> None:
        for m in _PAREN_ABBR.finditer(text):
            abbr = m.group(1)
            if sum(c.isupper() for c in abbr) < 2:
                continue
            before = text[: m.start()].rstrip()
            ent = self._known_before(before) or self._name_before(before)
            if ent is not None:
                self._alias(ent, abbr)
        if "=" in text:
            for m in _LEGEND.finditer(text):
                abbr, full = m.group(1), m.group(2).strip()
                if sum(c.isupper() for c in abbr) < 2:
                    continue  # "Note : …", not "BRENUAC : Bureau régional …"
                names = self.g.find_names(full, entities=True)
                if names and names[0].start == 0:
                    ent = self._entity(full if len(full) < 160 else names[0].name, names[0].kind)
                    if ent is not None:
                        self._alias(ent, abbr)

    def _name_before(self, before: str) -> Entity | None:
        """The name that ends right before '(ABBR)': from the nearest head noun on."""
        g = self.g
        tokens = g.tokenize(before)
        for k in range(len(tokens) - 1, max(-1, len(tokens) - 16), -1):
            tok = tokens[k]
            if tok.text in ".;:()«»“”":
                return None
            if tok.is_capitalized and g.kind_of(tok.text, True):
                start = self._name_start(before, tokens, k)
                name = before[start:].strip()
                return self._entity(name, g.kind_of(tok.text, True) or tok.text)
        return None

    def _name_start(self, text: str, tokens, k: int) -> int:
        """Where the name ending at the end of ``text`` with head noun ``tokens[k]`` starts: the
        head itself when names start with their head, else the first word of the name read."""
        if self.g.words.word_order == "head-first":
            return tokens[k].start
        for j in range(max(0, k - 8), k + 1):
            nm = self.g.read_name(text, tokens, j, entities=True)
            if nm is not None and nm.end >= len(text.rstrip()):
                return nm.start
        return tokens[k].start

    def _known_before(self, before: str) -> Entity | None:
        fb = fold(before)
        best = None
        for key in self._by_last.get(fb.rsplit(" ", 1)[-1], ()):
            ent = self.by_key[key]
            if fb.endswith(" " + key) or fb == key:
                if best is None or len(key) > len(best[0]):
                    best = (key, ent)
        return best[1] if best else None

    def _alias(self, ent: Entity, abbr: str) -> None:
        self.abbreviations[abbr] = ent
        if all(a != abbr for a in ent.aliases):
            ent.aliases.append(abbr)
            self._spellings = None

    # -- one paragraph -------------------------------------------------------
    def _paragraph(self, number: str, text: str) -> None:
        found: list[tuple[int, Entity]] = []
        single = self.g.words.single_word_entities
        quoted = [m.span() for m in _QUOTED.finditer(text)] + self._post_spans(text)
        for nm in self.g.find_names(text, entities=True):
            if any(a <= nm.start and nm.end <= b and (a, b) != (nm.start, nm.end) for a, b in quoted):
                continue  # 'the “One Secretariat” approach'; 'Under-Secretary-General for Management Strategy, …'
            name, parent = self._split_qualifier(nm.name)
            words = name.split()
            if len(words) < 2 and name not in single:
                ent = self._short_form(text, nm)
                if ent is not None:
                    found.append((nm.start, ent))
                continue
            if len(words) > 1 and words[1] in self.words.anaphora_preps and not any(w[0].isupper() for w in words[1:]):
                continue  # "la Division pour l’ensemble de …": an anaphora with a complement
            if len(words) > 14 and not nm.parallel:
                # a run-on reading ("la Division X, des services … et de …"): the name ends at
                # its first comma
                name = name.split(",", 1)[0]
                words = name.split()
                if len(words) < 2 or len(words) > 14:
                    continue
            ent = (self._longest_known_at(text, nm.start, name) or self._lookup(name)
                   or self._known_prefix(name) or self._entity(name, nm.kind))
            self.last_named[fold(nm.head or words[0])] = ent  # what a later bare "le Pacte" stands for
            if ent is None:
                continue
            found.append((nm.start, ent))
            if parent is not None:
                self._relation(ent, parent, number, text[nm.start:nm.end])
        if self._abbr_re is not None:
            for m in self._abbr_re.finditer(text):
                found.append((m.start(), self.abbreviations[m.group()]))
        ftext = " " + fold(text) + " "
        for word in set(ftext.split()):
            for key in self._by_first.get(word, ()):
                if len(key) > 8 and f" {key} " in ftext:
                    found.append((ftext.index(f" {key} "), self.by_key[key]))
        for _, ent in found:
            ent.mention(number)
        self._structure(number, text)

    def _post_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the text names a post with a portfolio ("Under-Secretary-General for Management
        Strategy, Policy and Compliance"): the words of its portfolio name no entity."""
        out = []
        for tok in self.g.tokenize(text):
            if tok.is_capitalized and self.g.is_title_word(tok):
                title = self.g.read_title(text, tok.start)
                if title is not None and title.complement and not self.g.find_names(title.complement):
                    out.append((title.start, title.end))
        return out

    def _short_form(self, text: str, nm) -> Entity | None:
        """'les réseaux locaux du Pacte': a bare, capitalised head noun after a definite article
        names the one entity of that head noun the report has already named, if there is one."""
        before = text[: nm.start].rstrip().rsplit(None, 1)[-1:] or [""]
        if before[0].lower() not in self.words.definite_refs or nm.start == 0:
            return None
        if fold(nm.name) in self.words.whole_organisation:
            return None  # "l’Organisation" is the United Nations itself
        return self.last_named.get(fold(nm.name))

    def _longest_known_at(self, text: str, start: int, name: str) -> Entity | None:
        """A known name that the text spells out from ``start`` and that runs past the name read
        there: the reading stopped inside it ("Mission des Nations Unies | au Soudan du Sud",
        "Bureau de l’Envoyé | (e) spécial(e) …"), the legend or an earlier paragraph gave it whole."""
        short = fold(name)
        ahead = fold(text[start: start + 400]) + " "
        best = None
        for key, ent in self._spellings_by_first().get(short.split(" ", 1)[0], ()):
            if len(key) > len(short) and key.startswith(short) and ahead.startswith(key + " "):
                if best is None or len(key) > len(best[0]):
                    best = (key, ent)
        return best[1] if best else None

    def _known_prefix(self, name: str) -> Entity | None:
        """'Département X pour la gestion des …' is Département X, with a complement."""
        key = fold(name)
        best = None
        for known in self._by_first.get(key.split(" ", 1)[0], ()):
            ent = self.by_key[known]
            if key.startswith(known + " ") and len(known.split()) >= 2:
                rest = key[len(known) + 1:].split(" ", 1)[0]
                if rest in self.words.complement_words:
                    if best is None or len(known) > len(best[0]):
                        best = (known, ent)
        return best[1] if best else None

    def _lookup(self, name: str) -> Entity | None:
        return self.by_key.get(self.canonical(name)) or self.by_key.get(fold(name))

    def _split_qualifier(self, name: str) -> tuple[str, Entity | None]:
        """'Bureau X du Secrétariat' -> Bureau X, part of the Secretariat (a qualifier, not a name);
        'Division X of DMSPC': part of the entity an abbreviation the report defined stands for."""
        m = self.words.entity_of.match(name)
        if m and len(m.group("name").split()) >= 2:
            whole = m.group("whole")
            parent = self._entity(whole, self.g.kind_of(whole, True) or whole)
            return m.group("name"), parent
        words = name.split()
        if len(words) >= 4 and words[-1] in self.abbreviations and words[-2].lower() in self.g.words.name_preps | \
                self.g.words.complement_preps:
            return " ".join(words[:-2]), self.abbreviations[words[-1]]
        return name, None

    def _relation(self, child: Entity, parent: Entity, paragraph: str, evidence: str) -> None:
        if child is parent:
            return
        for c, p, _, _ in self.result.relations:
            if c is child and p is parent:
                return
        child.mention(paragraph)
        parent.mention(paragraph)
        self.result.relations.append((child, parent, paragraph, evidence.strip()))

    # -- structure stated in prose --------------------------------------------
    def _structure(self, number: str, text: str) -> None:
        previous = ""
        for sentence in re.split(r"(?<=[.;])\s+", text):
            self._composition(number, sentence)
            self._reporting(number, sentence)
            self._constituted(number, sentence, previous)
            self._managed(number, sentence)
            previous = sentence

    def _entities_in(self, text: str) -> list[Entity]:
        found: list[Entity] = []
        for nm in self.g.find_names(text, entities=True):
            ent = self._longest_known_at(text, nm.start, nm.name) or self._lookup(nm.name)
            if ent is not None and ent not in found:
                found.append(ent)
        named = {m.group() for m in self._abbr_re.finditer(text)} if self._abbr_re is not None else set()
        for abbr, ent in self.abbreviations.items():
            if ent not in found and abbr in named:
                found.append(ent)
        return found

    def _constituted(self, number: str, s: str, previous: str) -> None:
        """'[A, B et C …]. Ces six entités constituent le Comité X': each entity the previous
        sentence names is a member of X."""
        m = self.words.constitute.match(s)
        if not m:
            return
        targets = self.g.find_names(s[m.end():], entities=True)
        if not targets or targets[0].start > 4:
            return
        group = self._lookup(targets[0].name) or self._entity(targets[0].name, targets[0].kind)
        if group is None:
            return
        group.mention(number)
        for member in self._entities_in(previous):
            if member is not group:
                self._relation(member, group, number, f"{previous.strip()} {s.strip()}")

    def _managed(self, number: str, s: str) -> None:
        """'… le Comité X, lequel gère l’Initiative …': the Initiative is run by the Comité."""
        m = self.words.manages.search(s)
        if not m:
            return
        owners = [n for n in self.g.find_names(s[: m.start()], entities=True) if n.end >= m.start() - 1]
        managed = self.g.find_names(s[m.end() - 1:] if s[m.end() - 1:m.end()] != " " else s[m.end():], entities=True)
        if not owners or not managed or managed[0].start > 2:
            return
        owner = self._lookup(owners[-1].name)
        head = managed[0]
        target = self._lookup(head.name) if " " in head.name else self.last_named.get(fold(head.head or head.name))
        if owner is not None and target is not None:
            self._relation(target, owner, number, s.strip())

    def _owner_before(self, s: str, at: int) -> Entity | None:
        """The entity a verb at ``at`` is said of: the name (or abbreviation) right before it, else
        the one the sentence opens with ("DOS is headed by … and comprises …")."""
        owners = [n for n in self.g.find_names(s[:at], entities=True) if n.end >= at - 2]
        if owners:
            return self._lookup(owners[-1].name)
        if self._abbr_re is not None:
            ends = [m for m in self._abbr_re.finditer(s[:at]) if m.end() >= at - 2]
            if ends:
                return self.abbreviations[ends[-1].group()]
        return self._entity_at(s, 0)

    def _entity_at(self, text: str, pos: int) -> Entity | None:
        """The entity named (or abbreviated) at the first word at or after ``pos``, past an article."""
        tokens = self.g.tokenize(text)
        k = next((i for i, t in enumerate(tokens) if t.start >= pos), None)
        if k is not None and tokens[k].low in self.g.words.articles:
            k += 1
        if k is None or k >= len(tokens):
            return None
        tok = tokens[k]
        if tok.text in self.abbreviations:
            return self.abbreviations[tok.text]
        nm = self.g.name_at(text, tok.start, entities=True)
        return self._lookup(nm.name) if nm is not None and nm.start == tok.start else None

    def _post_entity(self, text: str, pos: int) -> Entity | None:
        """'the Under-Secretary-General for Management Strategy, Policy and Compliance': the one
        entity whose name holds every content word of the post's portfolio."""
        tokens = self.g.tokenize(text)
        k = next((i for i, t in enumerate(tokens) if t.start >= pos), None)
        if k is not None and tokens[k].low in self.g.words.articles:
            k += 1
        title = self.g.read_title(text, tokens[k].start) if k is not None and k < len(tokens) else None
        words = self.g.keywords(title.complement) if title is not None and title.complement else frozenset()
        if not words:
            return None
        found = {id(e): e for e in self.by_key.values() if words <= self.g.keywords(e.name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _composition(self, number: str, s: str) -> None:
        m = self._composition_re.search(s)
        if not m:
            return
        owner = self._owner_before(s, m.start())
        if owner is None:
            return
        rest = self.words.clause_end.compiled.split(s[m.end():])[0]
        for nm in self.g.find_names(rest, entities=True):
            child = self._lookup(nm.name) or self._entity(nm.name, nm.kind)
            if child is not None:
                child.mention(number)
                self._relation(child, owner, number, s.strip())

    def _reporting(self, number: str, s: str) -> None:
        m = self._reporting_re.search(s)
        if not m:
            return
        # the units that report are in the clause the verb belongs to: "l’Assemblée générale a
        # établi que [le Bureau X et la Division Y] étaient placés sous l’autorité de …"
        clause = max(s.rfind(mark, 0, m.start()) for mark in self.words.clause_marks)
        before = s[clause + 1 if clause >= 0 else 0: m.start()]
        children = [self._lookup(nm.name) for nm in self.g.find_names(before, entities=True)]
        if self._abbr_re is not None:
            children += [self.abbreviations[a.group()] for a in self._abbr_re.finditer(before)]
        after = s[m.end():]
        parent = self._post_entity(after, 0) or self._entity_at(after, 0)
        targets = self.g.find_names(after, entities=True)
        rest_at = 0
        if parent is None and targets:
            parent = self._lookup(targets[0].name) or self._entity(targets[0].name, targets[0].kind)
            rest_at = targets[0].end
        if not children or parent is None:
            return
        parents = [parent] + self._second_heads(after[rest_at:])
        for p in parents:
            p.mention(number)
        seen: set[int] = set()
        for child in children:
            if child is None or id(child) in seen:
                continue
            seen.add(id(child))
            for p in parents:  # the first is the primary line, the others secondary
                if child is not p:
                    self._relation(child, p, number, s.strip())

    def _second_heads(self, text: str) -> list[Entity]:
        """'… et du Secrétaire général adjoint à l’appui opérationnel': the entity that post heads,
        when one known entity's name holds every content word of the post's complement."""
        out = []
        for m in self.words.and_of.finditer(text):
            title = self.g.read_title(text, m.end())
            if title is None or not title.complement:
                continue
            words = self.g.keywords(title.complement)
            found = [e for e in self.by_key.values() if words and words <= self.g.keywords(e.name)]
            unique = {id(e): e for e in found}
            if len(unique) == 1:
                out.extend(unique.values())
        return out
