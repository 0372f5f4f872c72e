"""File ▸ Export chart… and Export data, through the window's code path (no modal dialog)."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from ui_fixtures import isolated_settings, no_dialogs, window  # noqa: F401
from unorg_desktop.graph import is_group
from unorg_desktop.ui.export_dialog import ExportDialog, ExportOptions

DOMP = "departement-des-operations-de-maintien-de-la-paix"


def _texts(svg_path) -> str:
    root = ET.parse(svg_path).getroot()
    return " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def test_png_has_the_requested_size_and_is_not_blank(window, tmp_path):
    window.select_unit(DOMP, animate=False)  # a subtree keeps the images small and the test fast
    opts = dict(fmt="png", scope="subtree", caption=False)
    image = QImage(str(window.export_chart(ExportOptions(str(tmp_path / "one.png"), scale=1.0, **opts))))
    rect = window.scene.unit_rect(DOMP)
    assert image.width() >= rect.width() and image.height() >= rect.height()
    double = QImage(str(window.export_chart(ExportOptions(str(tmp_path / "two.png"), scale=2.0, **opts))))
    assert abs(double.width() - 2 * image.width()) <= 4 and abs(double.height() - 2 * image.height()) <= 4
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 10
    assert image.pixelColor(1, 1).alpha() == 255  # white background by default
    clear = window.export_chart(ExportOptions(str(tmp_path / "clear.png"), scale=0.5, transparent=True, **opts))
    assert QImage(str(clear)).pixelColor(0, 0).alpha() == 0
    whole = QImage(str(window.export_chart(ExportOptions(str(tmp_path / "whole.png"), "png", scale=0.1))))
    chart = window.chart.chart_rect()
    assert whole.width() >= 0.1 * chart.width() - 2


def test_svg_keeps_unit_names_as_text_with_a_caption(window, tmp_path):
    out = window.export_chart(ExportOptions(str(tmp_path / "chart.svg"), "svg"))
    text = _texts(out)
    assert "Secrétaire général" in text
    for kid in window.graph.children(window.graph.root)[:5]:
        first_word = window.graph.units[kid].name.split()[0]
        assert first_word in text
    assert "ST/SGB/2010/1" in text  # caption with the source documents


def test_pdf_one_page_and_paged(window, tmp_path):
    one = window.export_chart(ExportOptions(str(tmp_path / "one.pdf"), "pdf"))
    data = one.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + \
        data.count(b"/Type/Page") >= 1
    window.expand_all()
    paged = window.export_chart(ExportOptions(str(tmp_path / "paged.pdf"), "pdf", paged=True))
    assert paged.read_bytes().count(b"/Type /Page") > data.count(b"/Type /Page")


def test_subtree_and_visible_area_scopes(window, tmp_path):
    window.select_unit(DOMP, animate=False)
    scale = 0.2
    whole = QImage(str(window.export_chart(ExportOptions(str(tmp_path / "w.png"), "png", scale=scale,
                                                         caption=False))))
    sub = QImage(str(window.export_chart(ExportOptions(str(tmp_path / "s.png"), "png", "subtree", scale=scale,
                                                       caption=False))))
    vis = QImage(str(window.export_chart(ExportOptions(str(tmp_path / "v.png"), "png", "visible", scale=scale,
                                                       caption=False))))
    assert 0 < sub.width() < whole.width()
    assert 0 < vis.width() <= scale * window.view.visible_scene_rect().width() + 2


def test_unwritable_path_gives_a_message_and_no_file(window, tmp_path, no_dialogs):
    blocker = tmp_path / "file.txt"  # a file where a folder should be: fails even for root
    blocker.write_text("x")
    for fmt in ("png", "svg", "pdf"):
        assert window.export_chart(ExportOptions(str(blocker / f"x.{fmt}"), fmt)) is None
    folder = tmp_path / "folder.png"
    folder.mkdir()
    assert window.export_chart(ExportOptions(str(folder), "png")) is None  # the path is a directory
    assert len(no_dialogs) == 4 and all("\n" not in m and m for m in no_dialogs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "folder.png"]
    assert list(folder.iterdir()) == []


def test_huge_png_is_refused_with_a_message(window, tmp_path, no_dialogs):
    window.expand_all()
    assert window.export_chart(ExportOptions(str(tmp_path / "huge.png"), "png", scale=400.0)) is None
    assert len(no_dialogs) == 1 and "\n" not in no_dialogs[0]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "json", "graphml"])
def test_data_export(window, tmp_path, fmt):
    out = window.export_data(fmt, str(tmp_path / f"chart.{fmt}"))
    text = out.read_text(encoding="utf-8")
    shown = window.graph.units[window.graph.children(window.graph.root)[0]].name
    assert shown in text
    units_shown = lambda: {n for n in window.chart.visible.nodes if not is_group(n)}  # noqa: E731 - not groups
    shown_ids = units_shown()
    assert _exported_ids(fmt, text) == shown_ids  # the current chart: its cards, not the collapsed units
    assert len(shown_ids) < len(window.graph.units)
    window.expand_all()
    again = window.export_data(fmt, str(tmp_path / f"all.{fmt}")).read_text(encoding="utf-8")
    assert _exported_ids(fmt, again) == units_shown() > shown_ids


def _exported_ids(fmt: str, text: str) -> set[str]:
    if fmt == "json":
        return {u["id"] for u in json.loads(text)["units"]}
    if fmt == "graphml":
        return {n.get("id") for n in ET.fromstring(text.encode("utf-8")).iter() if n.tag.endswith("}node")}
    return {row["id"] for row in csv.DictReader(text.splitlines())}


def test_dialog_builds_the_options(qtbot, tmp_path):
    dialog = ExportDialog(str(tmp_path / "chart.png"), has_selection=False)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.pages.setCurrentIndex(1)
    options = dialog.options()
    assert (options.fmt, options.paged, options.caption, options.path) == ("pdf", True, True,
                                                                           str(tmp_path / "chart.pdf"))
    assert options.paper == "A4" and options.orientation == "auto"  # a PDF is on paper: A4 unless chosen
    assert not dialog.scale.isEnabled() and dialog.pages.isEnabled() and dialog.orientation.isEnabled()
    assert dialog.scope.itemData(2) == "subtree" and not dialog.scope.model().item(2).isEnabled()  # no selection
    assert options.scope == "chart" and dialog.scope.itemData(1) == "shown"  # whole chart, or as shown
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    options = dialog.options()
    assert (options.fmt, options.paper) == ("png", "A3") and not dialog.scale.isEnabled()
    dialog.paper.setCurrentIndex(0)
    assert dialog.options().paper is None and dialog.scale.isEnabled()  # the chart's own size


def test_the_export_folder_is_remembered(window, tmp_path):
    out = window.export_chart(ExportOptions(str(tmp_path / "chart.svg"), "svg"))
    assert out is not None and window.settings.export_dir == tmp_path


def test_a_full_disk_gives_a_message_and_leaves_the_old_file(window, tmp_path, no_dialogs, monkeypatch):
    """Issue B.6: the disk fills while writing (chart or data): one message box, the temporary
    file removed, a previous file of that name untouched."""
    import os

    from unorg_desktop.render import export as render_export

    real_fdopen = os.fdopen

    class FullDisk:  # the temporary file opens; writing to it fails as on a full disk
        def __init__(self, fd, *args, **kwargs):
            self.file = real_fdopen(fd, *args, **kwargs)

        def write(self, data):
            self.file.write(data[: len(data) // 2])  # part of it went out before the disk filled
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.file, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

    monkeypatch.setattr(render_export.os, "fdopen", FullDisk)  # the os module: chart and data writers
    old = {}
    for name in ("chart.png", "chart.svg", "chart.pdf", "chart.json"):
        (tmp_path / name).write_bytes(b"previous")
        old[name] = b"previous"
    for fmt in ("png", "svg", "pdf"):
        assert window.export_chart(ExportOptions(str(tmp_path / f"chart.{fmt}"), fmt, scale=0.2)) is None
    assert window.export_data("json", str(tmp_path / "chart.json")) is None
    assert len(no_dialogs) == 4 and all("No space" in m and "\n" not in m for m in no_dialogs), no_dialogs
    assert sorted(os.listdir(tmp_path)) == sorted(old)  # no temporary file left
    assert all((tmp_path / name).read_bytes() == data for name, data in old.items())


def test_whole_chart_means_every_unit_expanded(window, tmp_path):
    """'Whole chart' lays out every unit (collapsed ones too) apart from the window; 'As shown'
    is the window's chart; a PDF of either is on paper (A4 unless chosen)."""
    assert window.chart.expanded != window.graph.every_node()
    hidden = [u for u in window.graph.units if not window.chart.shows(u) and not is_group(u)]
    name = window.graph.units[hidden[0]].name.split()[-1]
    whole = window.export_chart(ExportOptions(str(tmp_path / "whole.svg"), "svg", "chart"))
    shown = window.export_chart(ExportOptions(str(tmp_path / "shown.svg"), "svg", "shown"))
    assert name in _texts(whole).replace(" ", "") or name in _texts(whole)
    assert len(_texts(whole)) > 2 * len(_texts(shown))
    assert not any(window.chart.shows(u) for u in hidden)  # the window did not expand
    pdf = window.export_chart(ExportOptions(str(tmp_path / "whole.pdf"), "pdf", "chart", paper="A3"))
    assert pdf.read_bytes().count(b"/Type /Page\n") + pdf.read_bytes().count(b"/Type /Page ") >= 1
