"""The one exception the store raises for problems a user can fix."""

from __future__ import annotations


class StoreError(Exception):
    """A database cannot be used: missing, empty, corrupt, foreign, wrong schema, locked.

    The message is one line meant for a user (CLI stderr, GUI message box), e.g.
    ``"data/x.sqlite: not a UNorg Desktop database (application id 0)"``.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))
