"""Compare an extraction with the hand-checked annotations in tests/gold/.

Names are compared case-, accent- and apostrophe-insensitively; a unit
matches a gold unit by its name or one of its aliases, and a gold name that
recurs ("Bureau du Directeur") is told apart by its parent.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from unorg_desktop.ingest.names import fold
from unorg_desktop.ingest.records import Extraction

GOLD = Path(__file__).parent / "gold"


def load_gold(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


@dataclass
class Figures:
    document: str
    recall: float = 0.0
    precision: float = 0.0
    primary_parent: float = 0.0
    second_parents: float = 1.0
    heads: float = 0.0
    attribution_counts: float = 0.0
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.document}: recall {self.recall:.3f}  precision {self.precision:.3f}  "
            f"primary parent {self.primary_parent:.3f}  second parents {self.second_parents:.3f}  "
            f"heads {self.heads:.3f}  attribution counts {self.attribution_counts:.3f}"
        )


def _names(unit) -> set[str]:
    return {fold(unit.name)} | {fold(a) for a in unit.aliases}


def bulletin_figures(ex: Extraction, gold: dict) -> Figures:
    doc_id = gold["document"].split("_")[0]
    figs = Figures(gold["document"])
    units = [u for u in ex.units if u.document == doc_id]
    by_id = {u.id: u for u in ex.units}
    parents: dict[str, list] = defaultdict(list)
    for line in ex.lines:
        parents[line.child].append(line)
    for lines in parents.values():
        lines.sort(key=lambda ln: not ln.primary)

    def parent_names(unit) -> list[str]:
        return [fold(by_id[ln.parent].name) for ln in parents[unit.id]]

    def match(g: dict):
        keys = {fold(g["name"])} | {fold(a) for a in g.get("aliases", [])}
        cands = [u for u in units if _names(u) & keys]
        if len(cands) > 1:
            gp = fold(g["parents"][0]) if g["parents"] else ""
            cands = [u for u in cands if parent_names(u)[:1] == [gp]] or cands
        return cands[0] if cands else None

    matched: dict[int, object] = {}
    for i, g in enumerate(gold["units"]):
        u = match(g)
        if u is not None:
            matched[i] = u
        elif not g.get("optional"):
            figs.misses.append(f"missing unit: {g['name']}")
    required = [i for i, g in enumerate(gold["units"]) if not g.get("optional")]
    figs.recall = sum(1 for i in required if i in matched) / len(required)
    matched_ids = {u.id for u in matched.values()}
    figs.precision = sum(1 for u in units if u.id in matched_ids) / len(units) if units else 0.0
    for u in units:
        if u.id not in matched_ids:
            figs.misses.append(f"extra unit: {u.name}")

    ok = total = 0
    for i, u in matched.items():
        g = gold["units"][i]
        total += 1
        # a unit with no parent in the gold is the root of a tree of its own (a decree's body):
        # it must have no primary line
        want = [fold(g["parents"][0])] if g["parents"] else []
        got = parent_names(u)[:1] if any(ln.primary for ln in parents[u.id]) else []
        if got == want:
            ok += 1
        else:
            figs.misses.append(f"parent of {g['name']}: got {got}, want {want or 'none (a root)'}")
    figs.primary_parent = ok / total if total else 0.0

    ok = total = 0
    for i, u in matched.items():
        g = gold["units"][i]
        if len(g["parents"]) > 1:
            total += 1
            if set(parent_names(u)[1:]) == {fold(p) for p in g["parents"][1:]}:
                ok += 1
            else:
                figs.misses.append(f"second parents of {g['name']}: got {parent_names(u)[1:]}")
    figs.second_parents = ok / total if total else 1.0

    ok = total = 0
    for i, u in matched.items():
        g = gold["units"][i]
        if g.get("head"):
            total += 1
            if u.head and fold(u.head) == fold(g["head"]):
                ok += 1
            else:
                figs.misses.append(f"head of {g['name']}: got {u.head!r}, want {g['head']!r}")
    figs.heads = ok / total if total else 1.0

    counts: dict[tuple[str, str], int] = defaultdict(int)
    for a in ex.attributions:
        if a.item:
            counts[(a.unit, a.paragraph)] += 1
    ok = total = 0
    for i, u in matched.items():
        g = gold["units"][i]
        if g.get("attributions"):
            total += 1
            want = g["attributions"]
            got = counts[(u.id, want["paragraph"])]
            if got == want["count"]:
                ok += 1
            else:
                figs.misses.append(f"attributions of {g['name']} in {want['paragraph']}: got {got}, want {want['count']}")
    figs.attribution_counts = ok / total if total else 1.0
    return figs


def report_figures(ex: Extraction, gold: dict) -> Figures:
    """Entity recall on numbered paragraphs: each (entity, paragraph) mention found."""
    doc_id = gold["document"].split("_")[0]
    figs = Figures(gold["document"])
    mentions: dict[str, set[str]] = defaultdict(set)
    for m in ex.mentions:
        if m.document == doc_id:
            mentions[m.unit].add(m.paragraph)
    units = {u.id: u for u in ex.units}
    found = total = ent_ok = ent_total = 0
    for e in gold["entities"]:
        if e.get("optional"):
            continue
        keys = {fold(e["name"])} | {fold(a) for a in e.get("aliases", [])}
        cands = [uid for uid in mentions if _names(units[uid]) & keys]
        got = set().union(*(mentions[c] for c in cands)) if cands else set()
        want = set(e["paragraphs"]) | set(e.get("other_locations", []))
        ent_total += 1
        if cands:
            ent_ok += 1
        else:
            figs.misses.append(f"entity not found: {e['name']}")
        for p in e["paragraphs"]:
            total += 1
            if p in got:
                found += 1
            else:
                figs.misses.append(f"mention of {e['name']} in {p} missing")
        del want
    figs.recall = ent_ok / ent_total if ent_total else 1.0
    figs.precision = found / total if total else 1.0  # paragraph-level mention recall
    return figs
