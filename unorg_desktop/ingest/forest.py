"""The one cycle breaker: parent lines kept a forest.

Plain Python on purpose: importing networkx costs ~0.45 s of CPU, half the one-second budget
of ``unorg build``, for a reachability test over a few hundred lines.
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
