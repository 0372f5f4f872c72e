"""Search field and its one results list, fed by :meth:`Store.search`.

The store ranks (accent/case-insensitive, fuzzy, abbreviations, functions) and is fast enough at
100k units (~1 ms) to run on every keystroke after a short debounce. The results show in the
left pane in place of the outline while a query is active: a count, then each unit with its
parent and, when only a function's text matched, that function; the chart marks name matches
and function matches differently (:func:`match_kinds`). User text is passed as is; the store
searches it literally and never raises on it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListView, QStyle, QStyledItemDelegate, QVBoxLayout,
                               QWidget)

from unorg_desktop.store import SearchHit, Store, StoreError

from .markup import tooltip
from .search_field import SearchField  # noqa: F401 - its home before the split

log = logging.getLogger("unorg_desktop.search")

DEBOUNCE_MS = 150
LIMIT = 50
UnitIdRole = Qt.ItemDataRole.UserRole + 1
FieldRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
DetailRole = Qt.ItemDataRole.UserRole + 4  # the row's second line: its parent, and why it matched
MatchRole = Qt.ItemDataRole.UserRole + 5  # "name" | "function": how the chart marks it


def match_kind(field: str) -> str:
    """How a hit shows on the chart: "function" when only a function's text matched."""
    return "function" if field == "attribution" else "name"


def match_kinds(hits) -> dict[str, str]:
    """{unit id: "name" | "function"} for the chart; a unit found by name and by function is a
    name match."""
    out: dict[str, str] = {}
    for hit in hits:
        if out.get(hit.unit_id) != "name":
            out[hit.unit_id] = match_kind(hit.field)
    return out


class SearchHitModel(QAbstractListModel):
    """Ranked hits of the last query (the store's order is kept)."""

    def __init__(self, parent: QObject | None = None, kinds: dict[str, str] | None = None,
                 parent_name=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.more = False  # the store had more hits than the list holds
        self.kinds = kinds or {}  # unit id -> kind, for the results list's second line
        self.parent_name = parent_name or (lambda unit_id: "")  # unit id -> its parent's name

    def set_hits(self, hits: list[SearchHit], more: bool = False) -> None:
        self.beginResetModel()
        self.hits, self.more = list(hits), more
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
            parent = self.parent_name(hit.unit_id)
            where = self.tr("in %1").replace("%1", parent) if parent else self.kinds.get(hit.unit_id, "")
            if hit.field == "name":
                return where
            why = {"alias": self.tr("other name"), "abbreviation": self.tr("abbreviation"),
                   "fuzzy": self.tr("close spelling"), "attribution": self.tr("function")}.get(hit.field, hit.field)
            detail = f"{why}: {hit.snippet}" if hit.snippet and hit.snippet != hit.name else why
            return f"{where}\n{detail}" if where else detail
        if role == MatchRole:
            return match_kind(hit.field)
        if role == UnitIdRole:
            return hit.unit_id
        if role == FieldRole:
            return hit.field
        if role == SnippetRole:
            return hit.snippet
        return None


class SearchController(QObject):
    """Runs the (debounced) query of a line edit and publishes the results.

    ``matchesChanged(dict)``: ``{unit id: "name" | "function"}`` to mark on the chart (empty: clear);
    ``unitChosen(str)``: the user picked a unit (Enter, or a row of the results list).
    """

    matchesChanged = Signal(dict)
    unitChosen = Signal(str)

    def __init__(self, store: Store, field: "SearchField", parent: QObject | None = None, parent_name=None) -> None:
        super().__init__(parent)
        self.store = store
        self.field = field
        self.model = SearchHitModel(self, {u.id: u.kind for u in store.units()}, parent_name)
        self.last_error = ""
        self._query = ""
        self.list: QListView | None = None  # the results list, once a panel shows it
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        field.textEdited.connect(self._on_edited)
        field.returnPressed.connect(self.choose_best)

    def _on_edited(self, text: str) -> None:
        self._query = text
        if not text.strip():
            self.clear(keep_text=True)
            return
        self.timer.start()

    def search(self, text: str) -> list[SearchHit]:
        """Ranked hits for ``text`` (one more than ``LIMIT`` tells that there are more); an
        unreadable database gives no hits and a logged error."""
        try:
            self.last_error = ""
            return self.store.search(text, limit=LIMIT + 1) if text.strip() else []
        except StoreError as err:
            self.last_error = str(err)
            log.warning("%s", err)
            return []

    def run_now(self) -> list[SearchHit]:
        """Run the pending query immediately (debounce skipped)."""
        self.timer.stop()
        text = self.field.text()
        found = self.search(text)
        hits = found[:LIMIT]
        self.model.set_hits(hits, more=len(found) > LIMIT)
        if self.list is not None and hits:
            self.list.setCurrentIndex(self.list.model().index(0, 0))
        self.matchesChanged.emit(match_kinds(hits) if hits or text.strip() else {})
        return hits

    def current_row(self) -> int:
        """The row highlighted in the results list (0: the best hit)."""
        if self.list is not None and self.list.currentIndex().isValid():
            return self.list.currentIndex().row()
        return 0

    def choose_best(self) -> str | None:
        """Enter: the highlighted row of the results list, else the best hit of the current text."""
        if self.timer.isActive() or not self.model.hits or self._query != self.field.text():
            self._query = self.field.text()
            self.run_now()
        if not self.model.hits:
            return None
        row = min(self.current_row(), len(self.model.hits) - 1)
        unit_id = self.model.hits[row].unit_id
        self.unitChosen.emit(unit_id)
        return unit_id

    def choose_index(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        unit_id = index.data(UnitIdRole) if index.isValid() else None
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
        self.matchesChanged.emit({})


def match_icon(kind: str, size: int = 14) -> QIcon:
    """A small card outline marked as the chart marks a match of ``kind``."""
    from unorg_desktop.render import palette

    theme = palette.current()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == "function":
        painter.setPen(QPen(QColor(theme.match_function), 2.0, Qt.PenStyle.DashLine))
    else:
        painter.setPen(QPen(QColor(theme.match_name), 3.0))
    painter.setBrush(QColor(theme.overlay))
    painter.drawRoundedRect(2, 2, size - 4, size - 4, 3, 3)
    painter.end()
    return QIcon(pixmap)


class _HitDelegate(QStyledItemDelegate):
    """A result: the match mark, the unit's name (bold, wrapped), then its parent and what matched
    (muted, elided). All plain text."""

    PAD = 4
    ICON = 14

    def _hit(self, index):
        model = index.model()
        return model.hits[index.row()] if 0 <= index.row() < len(model.hits) else None

    def _layout(self, option, index, width: int):
        hit = self._hit(index)
        bold = QFont(option.font)
        bold.setBold(True)
        fm_bold, fm = QFontMetrics(bold), option.fontMetrics
        text_w = max(40, width - self.ICON - 3 * self.PAD)
        name_rect = fm_bold.boundingRect(QRect(0, 0, text_w, 2000), int(Qt.TextFlag.TextWordWrap), hit.name if hit else "")
        detail = (index.data(DetailRole) or "").split("\n")
        return bold, name_rect, detail, text_w, fm.height()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        width = option.rect.width() or (option.widget.viewport().width() if option.widget else 200)
        _, name_rect, detail, _, line = self._layout(option, index, width)
        return QSize(width, name_rect.height() + line * len([d for d in detail if d]) + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option, index) -> None:
        hit = self._hit(index)
        if hit is None:
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and hover background
            opt = type(option)(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            opt.icon = QIcon()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        bold, name_rect, detail, text_w, line = self._layout(option, index, option.rect.width())
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = option.palette.ColorGroup.Active
        text = option.palette.color(group, option.palette.ColorRole.HighlightedText if selected
                                    else option.palette.ColorRole.Text)
        muted = QColor(text)
        if not selected:
            muted = option.palette.color(group, option.palette.ColorRole.PlaceholderText)
            from unorg_desktop.render.palette import readable_on

            muted = readable_on(muted, option.palette.color(group, option.palette.ColorRole.Base))
        painter.save()
        match_icon(match_kind(hit.field), self.ICON).paint(painter, QRect(r.x() + self.PAD, r.y() + self.PAD + 1,
                                                                        self.ICON, self.ICON))
        x = r.x() + self.ICON + 2 * self.PAD
        y = r.y() + self.PAD
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(x, y, text_w, name_rect.height()), int(Qt.TextFlag.TextWordWrap), hit.name)
        y += name_rect.height()
        painter.setFont(option.font)
        painter.setPen(muted)
        for part in detail:
            if part:
                shown = option.fontMetrics.elidedText(part, Qt.TextElideMode.ElideRight, text_w)
                painter.drawText(QRect(x, y, text_w, line), int(Qt.AlignmentFlag.AlignLeft), shown)
                y += line
        painter.restore()


class ResultsList(QListView):
    """All hits of the current query, functions included, one row each."""

    escaped = Signal()

    def __init__(self, controller: SearchController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setModel(controller.model)
        self.setItemDelegate(_HitDelegate(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.activated.connect(controller.choose_index)
        self.clicked.connect(controller.choose_index)
        controller.list = self

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ResultsPanel(QWidget):
    """The results list with its count ("12 results for “paix”"), shown in the left pane while
    a query is active."""

    def __init__(self, controller: SearchController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self.controller = controller
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultsCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.list = ResultsList(controller, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self.count_label.setContentsMargins(6, 0, 6, 0)
        controller.model.modelReset.connect(self._update_count)
        self._update_count()

    def count_text(self) -> str:
        model = self.controller.model
        query = " ".join(self.controller.field.text().split())
        shown = query if len(query) <= 40 else query[:39] + "…"
        n = len(model.hits)
        if n == 0:
            return self.tr("No unit matches “%1”").replace("%1", shown) if query else ""
        if model.more:
            return self.tr("The first %n results for “%1”", "", n).replace("%1", shown)
        return self.tr("%n results for “%1”", "", n).replace("%1", shown)

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text())
