"""File ▸ Export chart…: the options dialog and the export itself (also called by tests).

Writing is render.export's job (temporary file, then rename; the page model of
render/pages.py); here we choose what to export — the whole chart (every unit, expanded, laid
out apart from the window), the chart as shown, the selected subtree or the visible area — and
its caption, and turn any failure into one line for a message box.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

FORMATS = ("png", "svg", "pdf")
SCOPES = ("chart", "shown", "subtree", "visible")
PAPERS = ("A4", "A3", "A2", "Letter", "Legal")


@dataclass
class ExportOptions:
    path: str
    fmt: str = "png"
    scope: str = "chart"  # "chart" (every unit, expanded) | "shown" | "subtree" | "visible"
    scale: float = 2.0  # PNG of the chart's own size: pixels per scene unit
    dpi: int = 96  # PNG: pixels per inch written in the file; the image is scale × dpi/96 per scene unit
    transparent: bool = False  # PNG only
    paged: bool = False  # PDF: several pages at 100 % (when the chart does not fit one) instead of one page
    caption: bool = True
    paper: str | None = None  # PNG/SVG: None for the chart's own size; PDF: None for A4
    orientation: str = "auto"


class ExportError(Exception):
    """One line for the user (unwritable path, image too large, nothing selected…)."""


def scope_rect(controller, view, selected: str | None, scope: str) -> QRectF:
    """The scene rectangle to export for ``scope`` (a null rectangle: all of it)."""
    if scope == "visible":
        return view.visible_scene_rect().intersected(controller.chart_rect().adjusted(-40, -40, 40, 40))
    if scope == "subtree":
        if selected is None or not controller.shows(selected):
            raise ExportError(QCoreApplication.translate("ExportDialog", "Select a unit first to export its subtree."))
        rect = QRectF()
        for node in controller.graph.subtree(selected):
            if controller.shows(node):
                rect = rect.united(controller.scene.unit_rect(node))
        return rect.adjusted(-20, -20, 20, 20)
    return QRectF()  # None-like: the whole chart


def caption_text(controller, nodes) -> str:
    """"Sources: ST/SGB/2010/1 (Organisation du …, date); A/66/320 (…)" for the exported units."""
    return controller.graph.caption(nodes, QCoreApplication.translate("ExportDialog", "Sources: "))


def export(controller, view, selected: str | None, options: ExportOptions) -> Path:
    """Export the chart as ``options`` say; :class:`ExportError` with one line on any failure."""
    from unorg_desktop.render.export import chart_scene, export_scene

    fmt = options.fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {options.fmt!r}")
    path = Path(options.path)
    try:
        scene, rect_arg = controller.scene, None
        if options.scope == "chart":  # every unit, expanded: its own layout, the window untouched
            graph = controller.graph
            shape = graph.visible_tree(graph.every_node())
            nodes = list(shape.nodes)
            scene = chart_scene(graph, shape, controller.direction, controller.engine)
        else:
            rect = scope_rect(controller, view, selected, options.scope)
            shown = list(controller.visible.nodes) if controller.visible is not None else []
            if rect.isNull():
                nodes = shown
            else:
                rect_arg = rect
                nodes = [n for n in shown if controller.shows(n) and rect.intersects(controller.scene.unit_rect(n))]
        caption = caption_text(controller, nodes) if options.caption else ""
        export_scene(scene, fmt, path, rect=rect_arg, scale=options.scale if fmt == "png" else 1.0,
                     dpi=options.dpi if fmt == "png" else None, transparent=options.transparent and fmt == "png",
                     caption=caption, paged=options.paged and fmt == "pdf", paper=options.paper,
                     orientation=options.orientation)
    except (OSError, ValueError, MemoryError, RuntimeError) as err:
        message = getattr(err, "strerror", None) or str(err) or type(err).__name__
        filename = getattr(err, "filename", None)
        line = f"{filename}: {message}" if filename and str(filename) not in message else message
        raise ExportError(" ".join(str(line).split())) from err
    return path


class ExportDialog(QDialog):
    """Collects :class:`ExportOptions`; ``options()`` after ``exec()`` returned Accepted."""

    def __init__(self, default_path: str, has_selection: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export chart"))
        self.format = QComboBox()
        for fmt, label in (("png", self.tr("PNG image")), ("svg", self.tr("SVG drawing (text stays text)")),
                           ("pdf", self.tr("PDF document"))):
            self.format.addItem(label, fmt)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Whole chart (every unit, expanded)"), "chart")
        self.scope.addItem(self.tr("As shown"), "shown")
        self.scope.addItem(self.tr("Selected subtree"), "subtree")
        self.scope.addItem(self.tr("Visible area"), "visible")
        if not has_selection:
            self.scope.model().item(2).setEnabled(False)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Chart size (no page)"), None)
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.orientation = QComboBox()
        for value, label in (("auto", self.tr("Automatic")), ("portrait", self.tr("Portrait")),
                             ("landscape", self.tr("Landscape"))):
            self.orientation.addItem(label, value)
        self.pages = QComboBox()
        self.pages.addItem(self.tr("Fit on one page"), False)
        self.pages.addItem(self.tr("At 100 %, on several pages if needed"), True)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.25, 8.0)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(2.0)
        self.scale.setSuffix(" ×")
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 1200)
        self.dpi.setValue(96)
        self.background = QComboBox()
        self.background.addItem(self.tr("White"), False)
        self.background.addItem(self.tr("Transparent"), True)
        self.caption = QCheckBox(self.tr("Caption with the source documents"))
        self.caption.setChecked(True)
        self.path = QLineEdit(default_path)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Pages (PDF):"), self.pages)
        form.addRow(self.tr("Scale (PNG):"), self.scale)
        form.addRow(self.tr("Resolution (PNG, dpi):"), self.dpi)
        form.addRow(self.tr("Background (PNG):"), self.background)
        form.addRow("", self.caption)
        form.addRow(self.tr("File:"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._on_format)
        self.paper.currentIndexChanged.connect(self._on_format)
        self._on_format()

    def _on_format(self) -> None:
        fmt = self.format.currentData()
        pdf = fmt == "pdf"
        model = self.paper.model()
        model.item(0).setEnabled(not pdf)  # a PDF is always on paper
        if pdf and self.paper.currentData() is None:
            self.paper.setCurrentIndex(1)
        on_paper = self.paper.currentData() is not None
        self.orientation.setEnabled(on_paper)
        self.pages.setEnabled(pdf)
        self.scale.setEnabled(fmt == "png" and not on_paper)
        for widget in (self.dpi, self.background):
            widget.setEnabled(fmt == "png")
        path = Path(self.path.text())
        if path.suffix.lower().lstrip(".") in FORMATS:
            self.path.setText(str(path.with_suffix("." + fmt)))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), self.path.text(),
                                              f"{fmt.upper()} (*.{fmt})")
        if name:
            self.path.setText(name)

    def options(self) -> ExportOptions:
        return ExportOptions(path=self.path.text(), fmt=self.format.currentData(), scope=self.scope.currentData(),
                             scale=self.scale.value(), dpi=self.dpi.value(),
                             transparent=bool(self.background.currentData()), paged=bool(self.pages.currentData()),
                             caption=self.caption.isChecked(), paper=self.paper.currentData(),
                             orientation=self.orientation.currentData())
