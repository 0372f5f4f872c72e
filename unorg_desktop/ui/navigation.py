"""Keyboard moves in the primary tree (pure functions over an OrgGraph, no Qt)."""

from __future__ import annotations


def parent_of(graph, unit_id: str) -> str | None:
    return graph.parent(unit_id)


def first_child(graph, unit_id: str) -> str | None:
    kids = graph.children(unit_id)
    return kids[0] if kids else None


def sibling(graph, unit_id: str, step: int) -> str | None:
    """The next (``step=1``) or previous (``-1``) unit under the same parent; None at the ends."""
    parent = graph.parent(unit_id)
    if parent is None:
        return None
    kids = graph.children(parent)
    try:
        i = kids.index(unit_id) + step
    except ValueError:
        return None
    return kids[i] if 0 <= i < len(kids) else None
