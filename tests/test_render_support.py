"""Graphs and layouts for the render tests: the real OrgGraph/layout_tree when the graph and
layout packages are importable, else small stand-ins with the same attributes (render only
reads ``units``, ``documents``, ``children``, ``descendant_count``, ``ancestors_path``,
``secondary`` and the Layout's ``boxes``/``edges``/``edge_kind``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from unorg_desktop.store.rows import DocumentRow, LineRow, UnitRow

KINDS = ["Département", "Bureau", "Division", "Service", "Section", "Équipe"]
WORDS = ("appui gestion opérations politiques évaluation formation sécurité paix missions "
         "ressources humaines finances budget information communication affaires juridiques").split()


@dataclass
class FakeGraph:
    units: dict
    documents: dict
    kids: dict
    secondary: list = field(default_factory=list)
    root: str = "sg"

    def children(self, node):
        return self.kids.get(node, [])

    def parent_of(self):
        return {k: p for p, ks in self.kids.items() for k in ks}

    def ancestors_path(self, node):
        parents = self.parent_of()
        path = [node]
        while path[-1] in parents:
            path.append(parents[path[-1]])
        return path[::-1]

    def descendant_count(self, node):
        return sum(1 + self.descendant_count(k) for k in self.children(node))

    def visible(self, expanded):
        out, stack = [], [self.root]
        while stack:
            n = stack.pop()
            out.append(n)
            if n in expanded:
                stack.extend(self.children(n))
        return out


@dataclass
class FakeLayout:
    boxes: dict
    edges: dict
    edge_kind: str = "ortho"
    direction: str = "TB"


DOC = DocumentRow("010", "010.txt", "bulletin", "fr", "Organisation du Département", "ST/SGB/2099/1", "2099-01-01")


def make_graph(n: int, seed: int = 0, fanout=(2, 8), names: dict | None = None) -> FakeGraph:
    rng = random.Random(seed)
    units = {"sg": UnitRow("sg", "Secrétaire général", "Secrétaire général", "Secrétaire général", None, None,
                           None, False)}
    kids: dict[str, list[str]] = {}
    frontier, depth = ["sg"], {"sg": 0}
    i = 0
    while len(units) < n:
        nxt = []
        for p in frontier:
            for _ in range(rng.randint(*fanout)):
                if len(units) >= n:
                    break
                i += 1
                node = f"u{i}"
                d = depth[p] + 1
                kind = KINDS[min(d - 1, len(KINDS) - 1)]
                name = (names or {}).get(node) or f"{kind} {' '.join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))}"
                units[node] = UnitRow(node, name, name, kind, rng.choice([None, "Chef", "Directeur"]), "010",
                                      f"{d}.{i}", rng.random() < 0.05)
                kids.setdefault(p, []).append(node)
                depth[node] = d
                nxt.append(node)
        frontier = nxt or frontier
    nodes = list(units)
    secondary = [LineRow(nodes[-1], nodes[1], False, "010", "5.1", "relève aussi de")] if n > 3 else []
    return FakeGraph(units, {"010": DOC}, kids, secondary)


def simple_layout(graph, expanded=None, gap=30.0, rank=70.0) -> FakeLayout:
    """Leaves left to right, parents centred over their children (iterative post-order)."""
    from unorg_desktop.render.cards import card_size, shows_badge

    expanded = set(graph.units) if expanded is None else expanded
    shown = lambda n: graph.children(n) if n in expanded else []  # noqa: E731
    sizes = {n: card_size(graph.units[n], graph.documents.get(graph.units[n].document),
                          badge=shows_badge(graph, n)) for n in graph.visible(expanded)}
    depth_h: dict[int, float] = {}
    depth = {graph.root: 0}
    order = []
    stack = [graph.root]
    while stack:
        n = stack.pop()
        order.append(n)
        for k in shown(n):
            depth[k] = depth[n] + 1
            stack.append(k)
    for n in order:
        depth_h[depth[n]] = max(depth_h.get(depth[n], 0.0), sizes[n][1])
    tops, y = {}, 0.0
    for d in sorted(depth_h):
        tops[d] = y
        y += depth_h[d] + rank
    cx: dict[str, float] = {}
    cursor = 0.0
    for n in reversed(order):  # children before parents
        kids = shown(n)
        if kids:
            cx[n] = (cx[kids[0]] + cx[kids[-1]]) / 2
        else:
            cx[n] = cursor + sizes[n][0] / 2
            cursor += sizes[n][0] + gap
    boxes = {n: (cx[n] - sizes[n][0] / 2, tops[depth[n]], *sizes[n]) for n in order}
    edges = {}
    for n in order:
        for k in shown(n):
            px, py, pw, ph = boxes[n]
            kx, ky, kw, kh = boxes[k]
            mid = ky - rank / 2
            edges[(n, k)] = [(px + pw / 2, py + ph), (px + pw / 2, mid), (kx + kw / 2, mid), (kx + kw / 2, ky)]
    return FakeLayout(boxes, edges)
