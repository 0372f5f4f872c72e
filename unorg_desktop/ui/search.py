"""Search field with a ranked completer and a results list, both fed by :meth:`Store.search`.

The completer does no filtering of its own (``UnfilteredPopupCompletion`` over our model): the
store ranks (accent/case-insensitive, fuzzy, abbreviations, functions) and is fast enough at
100k units (~1 ms) to run on every keystroke after a short debounce. User text is passed as is;
the store searches it literally and never raises on it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (QAbstractListModel, QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from unorg_desktop.store import SearchHit, Store, StoreError

from .markup import tooltip

log = logging.getLogger("unorg_desktop.search")

DEBOUNCE_MS = 150
LIMIT = 50
UnitIdRole = Qt.ItemDataRole.UserRole + 1
FieldRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
DetailRole = Qt.ItemDataRole.UserRole + 4  # two lines for the results list: name, then why it matched


class SearchHitModel(QAbstractListModel):
    """Ranked hits of the last query (the store's order is kept)."""

    def __init__(self, parent: QObject | None = None, kinds: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.kinds = kinds or {}  # unit id -> kind, for the results list's second line

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if hit.field == "attribution":
                # a function matched: show which one, shortened so the popup stays readable
                snippet = hit.snippet if len(hit.snippet) <= 90 else hit.snippet[:89] + "…"
                return f"{hit.name}  —  {snippet}"
            if hit.field in ("alias", "abbreviation") and hit.snippet and hit.snippet != hit.name:
                return f"{hit.name}  ({hit.snippet})"
            return hit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{hit.name}\n{hit.field}: {hit.snippet}")
        if role == DetailRole:
            kind = self.kinds.get(hit.unit_id, "")
            if hit.field == "name":
                return f"{hit.name}\n    {kind}"
            why = {"alias": self.tr("other name"), "abbreviation": self.tr("abbreviation"),
                   "fuzzy": self.tr("close spelling"), "attribution": self.tr("function")}.get(hit.field, hit.field)
            detail = f"{why}: {hit.snippet}" if hit.snippet and hit.snippet != hit.name else why
            return f"{hit.name}\n    {kind} · {detail}"
        if role == UnitIdRole:
            return hit.unit_id
        if role == FieldRole:
            return hit.field
        if role == SnippetRole:
            return hit.snippet
        return None


class SearchController(QObject):
    """Runs the (debounced) query of a line edit and publishes the results.

    ``matchesChanged(list[str])``: unit ids to highlight (empty list = clear);
    ``unitChosen(str)``: the user picked a unit (Enter, completer or results list).
    """

    matchesChanged = Signal(list)
    unitChosen = Signal(str)

    def __init__(self, store: Store, field: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.field = field
        self.model = SearchHitModel(self, {u.id: u.kind for u in store.units()})
        self.last_error = ""
        self._query = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        # setWidget (not QLineEdit.setCompleter): the completer must not rewrite the user's text
        self.completer.setWidget(field)
        self.completer.popup().clicked.connect(self._choose_index)
        self.completer.activated[QModelIndex].connect(self._choose_index)
        field.textEdited.connect(self._on_edited)
        field.returnPressed.connect(self.choose_best)

    def _on_edited(self, text: str) -> None:
        self._query = text
        if not text.strip():
            self.clear(keep_text=True)
            return
        self.timer.start()

    def search(self, text: str) -> list[SearchHit]:
        """Ranked hits for ``text``; an unreadable database gives no hits and a logged error."""
        try:
            self.last_error = ""
            return self.store.search(text, limit=LIMIT) if text.strip() else []
        except StoreError as err:
            self.last_error = str(err)
            log.warning("%s", err)
            return []

    def run_now(self) -> list[SearchHit]:
        """Run the pending query immediately (debounce skipped)."""
        self.timer.stop()
        text = self.field.text()
        hits = self.search(text)
        self.model.set_hits(hits)
        self.matchesChanged.emit([h.unit_id for h in hits])
        if hits and self.field.hasFocus():
            self.completer.complete()
        elif not hits:
            self.completer.popup().hide()
        return hits

    def choose_best(self) -> str | None:
        """Enter: the highlighted completion, else the best hit of the current text."""
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            # QCompleter hands this Enter to the field first, then activates the row itself
            return None
        if self.timer.isActive() or not self.model.hits or self._query != self.field.text():
            self._query = self.field.text()
            self.run_now()
        if not self.model.hits:
            return None
        unit_id = self.model.hits[0].unit_id
        popup.hide()
        self.unitChosen.emit(unit_id)
        return unit_id

    def _choose_index(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        unit_id = index.data(UnitIdRole) if index.isValid() else None
        self.completer.popup().hide()
        if unit_id:
            self.unitChosen.emit(unit_id)
        return unit_id

    def clear(self, keep_text: bool = False) -> None:
        """Esc: empty the field and the results, remove the chart highlights."""
        self.timer.stop()
        if not keep_text:
            self.field.clear()
        self._query = self.field.text()
        self.model.set_hits([])
        self.completer.popup().hide()
        self.matchesChanged.emit([])


class SearchField(QLineEdit):
    """The toolbar's search box; Esc clears (and gives the focus back to the chart)."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find a unit or a function (Ctrl+F)"))
        self.setMinimumWidth(320)
        self.setMaximumWidth(640)  # the completer popup takes this width: keep the chart visible

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _DetailProxy(QIdentityProxyModel):
    """The hits with their two-line text (name, then what matched) as the display text."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            role = DetailRole
        return super().data(index, role)


class ResultsList(QListView):
    """All hits of the current query, functions included, for the "Search results" dock."""

    def __init__(self, controller: SearchController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self._proxy = _DetailProxy(self)
        self._proxy.setSourceModel(controller.model)
        self.setModel(self._proxy)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.activated.connect(controller._choose_index)
        self.clicked.connect(controller._choose_index)
