"""The one cycle breaker: parent lines kept a forest.

Plain Python on purpose (issue 11 asked for networkx): importing it costs 0.17-0.19 s on an
idle machine and ~0.45 s under load, a fifth to a half of the one-second budget of
``unorg build`` (0.72 s without it), for a reachability test over a few hundred lines.
"""

from __future__ import annotations

from collections.abc import Hashable


class Forest:
    """Child -> parent lines added one by one; a line that would close a cycle (the parent is
    the child, or already reaches it through the lines kept) is refused, so they stay a forest
    (a unit may have several parents: primary and secondary lines share one forest)."""

    def __init__(self) -> None:
        self._parents: dict[Hashable, set[Hashable]] = {}
        self._has_children: set[Hashable] = set()  # nodes some line points up to

    def closes_cycle(self, child: Hashable, parent: Hashable) -> bool:
        if child == parent:
            return True
        if child not in self._has_children:
            return False  # nothing reaches up to a unit that is nobody's parent yet
        stack, seen = [parent], set()
        while stack:
            node = stack.pop()
            if node == child:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(self._parents.get(node, ()))
        return False

    def add(self, child: Hashable, parent: Hashable) -> bool:
        """Add the line unless it would close a cycle; True when added."""
        if self.closes_cycle(child, parent):
            return False
        self._parents.setdefault(child, set()).add(parent)
        self._has_children.add(parent)
        return True
