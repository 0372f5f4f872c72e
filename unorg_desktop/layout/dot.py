"""Graphviz ``dot`` through pygraphviz: the best picture for charts of normal size.

pygraphviz is imported here only. Node boxes *and* edge routes are read back from Graphviz
(``pos`` of nodes and edges), converted from points with y up to our units with y down.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import Layout, Point

POINTS_PER_INCH = 72.0
NODESEP_IN = 0.3
RANKSEP_IN = 0.6


def _agraph(tree, sizes: Mapping, direction: str):
    try:
        import pygraphviz
    except ImportError as err:  # a clear message instead of a traceback
        raise RuntimeError(f"Graphviz layout needs pygraphviz ({err})") from None
    g = pygraphviz.AGraph(directed=True, strict=True)
    g.graph_attr.update(rankdir=direction, nodesep=str(NODESEP_IN), ranksep=str(RANKSEP_IN),
                        splines="spline", ordering="out")
    g.node_attr.update(shape="box", fixedsize="true", label="")
    # ids are quoted by pygraphviz; names never reach Graphviz (labels are empty)
    index = {node: f"n{i}" for i, node in enumerate(tree.nodes)}
    for node, name in index.items():
        w, h = sizes[node]
        g.add_node(name, width=f"{w / POINTS_PER_INCH:.4f}", height=f"{h / POINTS_PER_INCH:.4f}")
    for parent, child in tree.edges:
        g.add_edge(index[parent], index[child])
    return g, index


def _points(text: str, left: float, top: float) -> list[Point]:
    """An edge ``pos`` ('e,x,y s,x,y x1,y1 x2,y2 …') as Bézier control points, y down, from
    the drawing's top-left corner (Graphviz: y up from the bottom-left of ``bb``)."""
    out: list[Point] = []
    end: Point | None = None
    start: Point | None = None
    for part in text.split():
        if part.startswith("e,"):
            x, y = part[2:].split(",")
            end = (float(x) - left, top - float(y))
        elif part.startswith("s,"):
            x, y = part[2:].split(",")
            start = (float(x) - left, top - float(y))
        else:
            x, y = part.split(",")[:2]
            out.append((float(x) - left, top - float(y)))
    if start is not None:
        out.insert(0, start)
    if end is not None:  # the arrow tip: extend the last segment to it
        out.extend([out[-1], end, end])
    return out


def dot_layout(tree, sizes: Mapping, direction: str = "TB") -> Layout:
    """Lay out with ``dot``; returns boxes and spline routes."""
    g, index = _agraph(tree, sizes, direction)
    g.layout(prog="dot")
    llx, lly, urx, ury = (float(v) for v in g.graph_attr["bb"].split(","))
    layout = Layout(direction=direction, engine="dot", edge_kind="spline")
    for node, name in index.items():
        x, y = (float(v) for v in g.get_node(name).attr["pos"].split(","))
        w, h = sizes[node]
        layout.boxes[node] = (x - llx - w / 2, ury - y - h / 2, w, h)
    for parent, child in tree.edges:
        pos = g.get_edge(index[parent], index[child]).attr.get("pos") or ""
        layout.edges[(parent, child)] = _points(pos, llx, ury) if pos else [
            layout.center(parent), layout.center(child)]
    return layout
