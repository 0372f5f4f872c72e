"""Outline: the primary reporting tree as a QTreeView over a lazy QAbstractItemModel.

The model adapts an :class:`~unorg_desktop.graph.OrgGraph` (napari style: no data of its own,
children asked on demand) so 100,000 units cost one id→number dictionary, not 100,000 items.
Indexes carry the node's number as ``internalId`` (never a Python object pointer).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QTreeView, QWidget

from .markup import tooltip

UnitIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


def kind_colour(kind: str) -> QColor:
    """The chart's colour for ``kind`` (render's palette), grey if render cannot be imported."""
    try:
        from unorg_desktop.render.palette import kind_colour as palette_colour
    except ImportError:  # the outline still works, uncoloured
        return QColor("#9aa5b1")
    return QColor(palette_colour(kind))


class OutlineModel(QAbstractItemModel):
    """One column: unit display names, in the graph's child order; tooltip = kind and head."""

    def __init__(self, graph, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self._ids: list[str] = []
        self._number: dict[str, int] = {}
        self._children: dict[str, list[str]] = {}
        self._row: dict[str, int] = {}  # a unit's row under its parent: parent() is called a lot
        self._icons: dict[str, QIcon] = {}
        # top rows: every root, then the groups of unplaced units (OrgGraph.top_level)
        self._top = list(graph.top_level()) if hasattr(graph, "top_level") else [graph.root]
        self._top_row = {unit_id: row for row, unit_id in enumerate(self._top)}
        for unit_id in self._top:
            self._add(unit_id)

    def _add(self, unit_id: str) -> int:
        number = self._number.get(unit_id)
        if number is None:
            number = len(self._ids)
            self._ids.append(unit_id)
            self._number[unit_id] = number
        return number

    def _kids(self, unit_id: str) -> list[str]:
        kids = self._children.get(unit_id)
        if kids is None:
            kids = list(self.graph.children(unit_id))
            self._children[unit_id] = kids
            self._row.update((kid, row) for row, kid in enumerate(kids))
        return kids

    def unit_id(self, index: QModelIndex) -> str | None:
        return self._ids[index.internalId()] if index.isValid() else None

    def index_of(self, unit_id: str) -> QModelIndex:
        """The index of ``unit_id`` (invalid if it is not in the tree)."""
        if unit_id in self._top_row:
            return self.createIndex(self._top_row[unit_id], 0, self._add(unit_id))
        parent = self.graph.parent(unit_id)
        if parent is None:
            return QModelIndex()
        self._kids(parent)
        row = self._row.get(unit_id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, 0, self._add(unit_id))

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, self._add(self._top[row])) if row < len(self._top) else QModelIndex()
        kids = self._kids(self._ids[parent.internalId()])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, self._add(kids[row]))

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.graph.parent(self._ids[index.internalId()])
        return self.index_of(parent) if parent is not None else QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._kids(self._ids[parent.internalId()]))

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        unit_id = self._ids[index.internalId()]
        unit = self.graph.units.get(unit_id)
        if unit is None:
            return unit_id if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.display_name  # plain text: QTreeView does not interpret markup
        if role == Qt.ItemDataRole.ToolTipRole:  # the full name: the column elides long ones
            return tooltip(f"{unit.display_name}\n{unit.kind} — {unit.head}" if unit.head
                           else f"{unit.display_name}\n{unit.kind}")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(unit.kind)
        if role == UnitIdRole:
            return unit_id
        if role == KindRole:
            return unit.kind
        return None

    def sibling_names(self, index: QModelIndex) -> tuple[str, list[str]]:
        """(the parent's id, the display names of ``index`` and its siblings)."""
        unit_id = self.unit_id(index)
        parent = self.graph.parent(unit_id) if unit_id is not None else None
        if parent is None:
            return "", [self.data(index)]
        units = self.graph.units
        return parent, [units[k].display_name if k in units else k for k in self._kids(parent)]

    def reset_icons(self) -> None:
        """Draw the kind swatches again (the colour scheme changed)."""
        self._icons.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(0, 0))

    def _icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            pixmap = QPixmap(10, 10)
            pixmap.fill(kind_colour(kind))
            icon = self._icons[kind] = QIcon(pixmap)
        return icon


class ElidingDelegate(QStyledItemDelegate):
    """Rows elide on the right, except when that would make two siblings read the same
    ("Section du transport…" twice): those are elided in the middle, where they differ. The
    full name is the row's tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._clashes: dict[tuple[str, int], set[str]] = {}  # (parent, width) -> names that clash

    def clashing(self, index: QModelIndex, width: int, metrics) -> bool:
        """Whether ``index``'s name, elided on the right to ``width``, reads like a sibling's."""
        model = index.model()
        parent, names = model.sibling_names(index)
        key = (parent, width)
        clashes = self._clashes.get(key)
        if clashes is None:
            if len(self._clashes) > 512:
                self._clashes.clear()
            seen: dict[str, str] = {}
            clashes = set()
            for name in names:
                elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
                if elided != name:
                    other = seen.setdefault(elided, name)
                    if other != name:
                        clashes.update((other, name))
                else:
                    seen.setdefault(elided, name)
            self._clashes[key] = clashes
        return model.data(index) in clashes

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None or not hasattr(index.model(), "sibling_names"):
            return
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 4
        if width > 0 and self.clashing(index, width, option.fontMetrics):
            option.textElideMode = Qt.TextElideMode.ElideMiddle


class OutlineView(QTreeView):
    """Mirrors the shared selection; a click selects (``unitSelected``)."""

    unitSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # constant-time scrolling at 100k rows
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(ElidingDelegate(self))
        self._mirroring = False

    def set_graph(self, graph) -> None:
        old = self.model()
        self.setModel(OutlineModel(graph, self))
        if old is not None:
            old.deleteLater()
        self.selectionModel().currentChanged.connect(self._on_current)
        self.expand(self.model().index(0, 0))

    def show_unit(self, unit_id: str | None) -> None:
        """Select ``unit_id`` (expanding its ancestors) without echoing ``unitSelected``."""
        model = self.model()
        if model is None:
            return
        self._mirroring = True
        try:
            if unit_id is None:
                self.selectionModel().clearSelection()
                return
            index = model.index_of(unit_id)
            if not index.isValid():
                return
            parent = index.parent()
            while parent.isValid():
                self.expand(parent)
                parent = parent.parent()
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._mirroring = False

    def focusInEvent(self, event) -> None:  # noqa: N802
        # Qt makes the first row current when a view without one gets the focus: not a choice
        self._mirroring = True
        try:
            super().focusInEvent(event)
        finally:
            self._mirroring = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # only the user's moves select: Qt also sets a current row by itself (new model, focus in)
        if self._mirroring or not current.isValid() or not self.hasFocus():
            return
        unit_id = self.model().unit_id(current)
        if unit_id:
            self.unitSelected.emit(unit_id)
