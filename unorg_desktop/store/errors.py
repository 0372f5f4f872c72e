"""The exceptions the store raises for problems a user can fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rows import UnitRow

NAMES_IN_MESSAGE = 3


class StoreError(Exception):
    """A database cannot be used: missing, empty, corrupt, foreign, wrong schema, locked; or a
    name that does not say which unit.

    The message is one line meant for a user (CLI stderr, GUI message box), e.g.
    ``"data/x.sqlite: not a UNorg Desktop database (application id 0)"``.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


def _shown(text: str) -> str:
    return repr(text[:80] + ("…" if len(text) > 80 else ""))


class AmbiguousName(StoreError):
    """Several units answer to a name. ``candidates``: them, best first (``complete`` is False
    when there are more than listed)."""

    def __init__(self, query: str, candidates: "list[UnitRow]", complete: bool = True) -> None:
        self.query, self.candidates, self.complete = query, list(candidates), complete
        count = f"{len(self.candidates)}{'' if complete else '+'}"
        names = "; ".join(u.display_name for u in self.candidates[:NAMES_IN_MESSAGE])
        more = ", …" if len(self.candidates) > NAMES_IN_MESSAGE else ""
        super().__init__(f"{_shown(query)} matches {count} units ({names}{more}); give a full name or an id")


class UnknownName(StoreError):
    """No unit answers to a name. ``suggestions``: (unit, the name it was found by), close to it."""

    def __init__(self, query: str, suggestions: "list[tuple[UnitRow, str]]" = ()) -> None:
        self.query, self.suggestions = query, list(suggestions)
        hint = ""
        if self.suggestions:
            hint = "; did you mean " + " or ".join(repr(text) for _, text in self.suggestions) + "?"
        super().__init__(f"no unit matches {_shown(query)}{hint}")
