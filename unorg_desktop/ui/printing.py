"""File ▸ Print… and Print preview…: the export's page model (render/pages.py) on a printer.

The printer's paper and orientation (chosen in Qt's print dialog, or in the preview) are the
page; two choices of ours, kept for the session and shown in the preview's toolbar: what to print
(the chart as shown, or the whole chart, every unit expanded) and how (fitted on one page, or
at 100 % on as many pages as needed, page 1 a page map).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRectF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QComboBox, QToolBar


@dataclass
class PrintOptions:
    scope: str = "shown"  # "shown" | "chart"
    fit: bool = True


def _paper(printer):
    """The printer's paper: one of our names when it is one, else its size in mm."""
    from unorg_desktop.render.paged import PAGE_IDS

    size = printer.pageLayout().pageSize()
    for name, page_id in PAGE_IDS.items():
        if size.id() == page_id:
            return name
    mm = size.size(QPageSize.Unit.Millimeter)
    return (mm.width(), mm.height())


def paint(printer, window, options: PrintOptions) -> int:
    """Print (or preview) the chart on ``printer``; returns the number of pages."""
    from unorg_desktop.render.export import chart_scene, plan_for, source_rect
    from unorg_desktop.render.paged import print_plan

    chart = window.chart
    graph = chart.graph
    if options.scope == "chart":
        shape = graph.visible_tree(graph.every_node())
        scene, nodes = chart_scene(graph, shape, chart.direction, chart.engine), list(shape.nodes)
    else:
        scene = window.scene
        nodes = list(chart.visible.nodes) if chart.visible is not None else []
    caption = graph.caption(nodes, QCoreApplication.translate("ExportDialog", "Sources: "))
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    plan = plan_for(scene, source_rect(scene, QRectF()), caption, _paper(printer),
                    "landscape" if landscape else "portrait", options.fit)
    print_plan(printer, plan, scene, caption)
    return plan.count


def print_dialog(window, options: PrintOptions) -> bool:
    """Qt's print dialog, then the pages; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint(printer, window, options)
    return True


class _Choices(QObject):
    """Our two choices in the preview's toolbar; changing one repaints the preview."""

    def __init__(self, preview, window, options: PrintOptions) -> None:
        super().__init__(preview)
        self.preview, self.window, self.options = preview, window, options
        self.scope = QComboBox()
        self.scope.addItem(self.tr("As shown"), "shown")
        self.scope.addItem(self.tr("Whole chart (every unit, expanded)"), "chart")
        self.scope.setCurrentIndex(self.scope.findData(options.scope))
        self.fit = QComboBox()
        self.fit.addItem(self.tr("Fit on one page"), True)
        self.fit.addItem(self.tr("At 100 %, on several pages if needed"), False)
        self.fit.setCurrentIndex(self.fit.findData(options.fit))
        toolbar = preview.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(self.scope)
            toolbar.addWidget(self.fit)
        self.scope.currentIndexChanged.connect(self._changed)
        self.fit.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        self.options.scope = self.scope.currentData()
        self.options.fit = bool(self.fit.currentData())
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        widget = self.preview.findChild(QPrintPreviewWidget)
        if widget is not None and self.preview.isVisible():  # a hidden preview repaints when shown
            widget.updatePreview()


def preview_dialog(window, options: PrintOptions, show: bool = True):
    """The print preview, with our choices in its toolbar; returns the dialog (not shown when
    ``show`` is False: tests)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    preview.paintRequested.connect(lambda p: paint(p, window, options))
    preview._choices = _Choices(preview, window, options)  # kept with the dialog
    if show:
        preview.exec()
    return preview
