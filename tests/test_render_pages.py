"""The page model (render/pages.py) and its painting (render/paged.py): one page or tiles at
100 %, no card cut by a page edge, page map and caption on every page; ``unorg export`` with
papers, orientations, --fit, --dpi and data formats; printing through the same model."""

from __future__ import annotations

import json
import random
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import BUNDLED_DB
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage
from ui_fixtures import isolated_settings, no_dialogs, window  # noqa: F401

from unorg_desktop.render.pages import (FULL_SIZE_PT, PAPERS_MM, PT_PER_MM, cuts, paper_size, plan_pages)


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def media_boxes(data: bytes) -> set:
    return {(round(float(w)), round(float(h))) for w, h in re.findall(rb"MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)}


def inside(box, rect, eps=1e-6) -> bool:
    x, y, w, h = box
    rx, ry, rw, rh = rect
    return x >= rx - eps and y >= ry - eps and x + w <= rx + rw + eps and y + h <= ry + rh + eps


def intersects(box, rect) -> bool:
    x, y, w, h = box
    rx, ry, rw, rh = rect
    return x < rx + rw and rx < x + w and y < ry + rh and ry < y + h


def random_cards(seed: int, n: int, spread: float) -> dict:
    rnd = random.Random(seed)
    out = {}
    for i in range(n):  # a grid of card slots, like a layout (cards never overlap)
        col, row = rnd.randrange(int(spread)), rnd.randrange(int(spread / 2))
        out[f"c{i}"] = (col * 260.0, row * 110.0, rnd.uniform(160, 240), rnd.choice([46.0, 61.0, 91.0]))
    return out


def bbox(boxes: dict) -> tuple:
    x0 = min(b[0] for b in boxes.values())
    y0 = min(b[1] for b in boxes.values())
    return (x0, y0, max(b[0] + b[2] for b in boxes.values()) - x0, max(b[1] + b[3] for b in boxes.values()) - y0)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 120), spread=st.floats(2, 40),
       paper=st.sampled_from(sorted(PAPERS_MM)), orientation=st.sampled_from(["auto", "portrait", "landscape"]))
def test_tiles_never_cut_a_card_and_show_each_whole_somewhere(seed, n, spread, paper, orientation) -> None:
    boxes = random_cards(seed, n, spread)
    plan = plan_pages(bbox(boxes), boxes, paper, orientation)
    chart_pages = [p for p in plan.pages if not p.is_map]
    assert [p.number for p in plan.pages] == list(range(1, plan.count + 1))
    if plan.count > 1:
        assert plan.pages[0].is_map and plan.scale == pytest.approx(FULL_SIZE_PT)
        for page in chart_pages:  # no card crosses a page edge: whole on the page, or left off it
            for node, box in boxes.items():
                if intersects(box, page.source):
                    assert inside(box, page.source) or node in page.hidden
            assert all(not inside(boxes[n], page.source) for n in page.hidden)
        for node, box in boxes.items():  # and each card is whole on some page
            assert any(inside(box, p.source) and node not in p.hidden for p in chart_pages)
    else:
        assert plan.scale <= FULL_SIZE_PT + 1e-9 and not plan.pages[0].hidden
    if orientation != "auto":
        assert plan.orientation == orientation
    w, h = plan.page_mm  # the chart area and the band stay inside the margins
    for x, y, aw, ah in (plan.chart_mm, plan.band_mm):
        assert x >= 10 - 1e-9 and y >= 10 - 1e-9 and x + aw <= w - 10 + 1e-9 and y + ah <= h - 10 + 1e-9


def test_cuts_start_the_next_tile_at_the_first_card_the_edge_cuts() -> None:
    starts = cuts([(0, 90), (95, 180), (185, 260)], 0, 260, 100, 5)
    assert starts[:2] == [0, 95]  # (95, 180) is cut by the edge at 100: the next tile starts there
    assert starts[-1] + 100 >= 260
    assert cuts([(0, 50)], 0, 50, 100, 5) == [0]


def test_fit_gives_one_page_and_tiles_overlap() -> None:
    boxes = {f"c{i}": (i * 250.0, 0.0, 240.0, 60.0) for i in range(40)}  # 10,000 units wide
    fitted = plan_pages(bbox(boxes), boxes, "A4", "auto", fit=True)
    assert fitted.count == 1 and fitted.orientation == "landscape"
    chart_w = fitted.chart_mm[2] * PT_PER_MM
    assert fitted.scale == pytest.approx(chart_w / bbox(boxes)[2])
    tiled = plan_pages(bbox(boxes), boxes, "A4", "landscape")
    assert tiled.count > 2 and tiled.pages[0].is_map
    xs = [p.source[0] for p in tiled.pages[1:]]
    widths = [p.source[2] for p in tiled.pages[1:]]
    assert all(b < a + w for a, b, w in zip(xs, xs[1:], widths))  # each tile starts inside the previous
    small = {"a": (0.0, 0.0, 200.0, 60.0)}
    one = plan_pages(bbox(small), small, "A3")
    assert one.count == 1 and one.scale == pytest.approx(FULL_SIZE_PT)  # fits at 100 %: one page, not enlarged
    assert plan_pages(bbox(small), small, "A3", fit=True).scale > FULL_SIZE_PT  # fitted: enlarged


def test_bad_paper_or_orientation_and_too_many_pages() -> None:
    boxes = {"a": (0.0, 0.0, 100.0, 50.0)}
    with pytest.raises(ValueError, match="paper"):
        plan_pages(bbox(boxes), boxes, "B5")
    with pytest.raises(ValueError, match="orientation"):
        plan_pages(bbox(boxes), boxes, "A4", "sideways")
    wide = {f"c{i}": (i * 3000.0, 0.0, 200.0, 80.0) for i in range(3000)}
    with pytest.raises(ValueError, match="pages"):
        plan_pages(bbox(wide), wide, "A4")
    assert paper_size("A4", "landscape") == (297.0, 210.0) and paper_size((300, 200), "portrait") == (200.0, 300.0)


def test_the_caption_band_holds_the_whole_caption(qapp) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from unorg_desktop.render import paged

    caption = "Sources: " + "; ".join(f"ST/SGB/20{i:02}/1 (Organisation d’un département numéro {i}, 20{i:02}-01-01)"
                                      for i in range(30))
    boxes = {"a": (0.0, 0.0, 3000.0, 2000.0)}
    plan = plan_pages(bbox(boxes), boxes, "A4", "portrait", caption_height=lambda w: paged.caption_mm(caption, w))
    band = plan.band_mm
    fm = QFontMetricsF(paged._font(paged.CAPTION_PT))
    needed = fm.boundingRect(QRectF(0, 0, band[2] * PT_PER_MM, 1e6), paged._WRAP, caption).height() / PT_PER_MM
    assert band[3] >= needed  # room for every line of it
    assert plan.chart_mm[1] + plan.chart_mm[3] <= band[1]  # the chart stops above it


# -- painting and the command line --------------------------------------------------------------
def run(args, capsys):
    from unorg_desktop.cli import main

    code = main(["export", "--db", str(BUNDLED_DB), *args])
    return code, capsys.readouterr()


def test_cli_pdf_fit_one_page_or_several(tmp_path, capsys) -> None:
    out = tmp_path / "fit.pdf"
    assert run(["--paper", "A4", "--fit", "-o", str(out)], capsys)[0] == 0
    assert pdf_pages(out.read_bytes()) == 1
    tiles = tmp_path / "tiles.pdf"
    assert run(["--paper", "A4", "-o", str(tiles)], capsys)[0] == 0
    assert pdf_pages(tiles.read_bytes()) > 2
    assert media_boxes(tiles.read_bytes()) in ({(842, 595)}, {(595, 842)})  # A4, one orientation for all
    land = tmp_path / "land.pdf"
    assert run(["--paper", "A3", "--orientation", "portrait", "--fit", "-o", str(land)], capsys)[0] == 0
    assert media_boxes(land.read_bytes()) == {(842, 1191)}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fit.pdf", "land.pdf", "tiles.pdf"]


def test_cli_format_from_the_file_name_and_mismatches(tmp_path, capsys) -> None:
    code, out = run(["--format", "pdf", "-o", str(tmp_path / "x.png")], capsys)
    assert code == 2 and "does not match" in out.err and len(out.err.strip().splitlines()) == 1
    code, out = run(["-o", str(tmp_path / "x.xyz")], capsys)
    assert code == 2 and "--format" in out.err
    assert list(tmp_path.iterdir()) == []
    png = tmp_path / "page.png"
    assert run(["--paper", "A4", "--orientation", "landscape", "--dpi", "100", "-o", str(png)], capsys)[0] == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (round(297 / 25.4 * 100), round(210 / 25.4 * 100))
    code, out = run(["--dpi", "5", "-o", str(tmp_path / "y.png")], capsys)
    assert code == 2 and "--dpi" in out.err


def test_cli_data_of_the_whole_chart(tmp_path, capsys) -> None:
    out = tmp_path / "chart.json"
    assert run(["-o", str(out)], capsys)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"caption", "units", "lines", "groups"} and data["caption"].startswith("Sources: ")
    placed = {ln["child"] for ln in data["lines"] if ln["primary"]}
    unplaced = {m for g in data["groups"] for m in g["members"]}
    assert data["lines"] and all(ln["document"] and ln["paragraph"] for ln in data["lines"])
    assert unplaced and not placed & unplaced and not {ln["parent"] for ln in data["lines"]} & {
        g["id"] for g in data["groups"]}
    assert all(g["label"].startswith("Named in ") for g in data["groups"])
    csv_out = tmp_path / "chart.data"
    assert run(["--format", "csv", "-o", str(csv_out)], capsys)[0] == 0
    assert csv_out.read_text(encoding="utf-8").startswith("id,name,")
    graphml = tmp_path / "chart.graphml"
    assert run(["--root", "sg", "--depth", "1", "-o", str(graphml)], capsys)[0] == 0
    root = ET.fromstring(graphml.read_text(encoding="utf-8"))
    assert 1 < sum(1 for n in root.iter() if n.tag.endswith("}node")) < len(data["units"])


def test_tiled_pdf_hides_the_cards_its_edges_would_cut(qapp, tmp_path, monkeypatch) -> None:
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.render import paged
    from unorg_desktop.render.export import chart_scene, plan_for, source_rect
    from unorg_desktop.store import Store

    with Store.open(BUNDLED_DB) as store:
        graph = OrgGraph.from_store(store)
    scene = chart_scene(graph, graph.visible_tree(graph.every_node()))
    plan = plan_for(scene, source_rect(scene), "Sources: x", "A4", "landscape", False)
    assert plan.count > 2 and any(p.hidden for p in plan.pages)
    seen = []
    real_tile, real_render = paged._paint_tile, scene.render
    current = {}

    def render(painter, target, source, mode):  # what is visible when a tile is painted
        if "page" not in current:  # the page map, before the tiles
            return real_render(painter, target, source, mode)
        page = current["page"]
        seen.append(all(not scene.card(n).isVisible() for n in page.hidden)
                    and all(scene.card(n).isVisible() for n in scene.cards() if n not in page.hidden))
        return real_render(painter, target, source, mode)

    def tile(painter, plan_, scene_, page):
        current["page"] = page
        return real_tile(painter, plan_, scene_, page)

    monkeypatch.setattr(paged, "_paint_tile", tile)
    monkeypatch.setattr(scene, "render", render)
    data = paged.pdf_bytes(plan, scene, "Sources: x")
    assert pdf_pages(data) == plan.count and len(seen) == plan.count - 1 and all(seen)
    assert all(card.isVisible() for card in scene.cards().values())  # shown again afterwards


def test_printing_uses_the_same_pages(qtbot, window, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from unorg_desktop.ui.printing import PrintOptions, paint, preview_dialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    from PySide6.QtGui import QPageLayout, QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    count = paint(printer, window, PrintOptions(scope="chart", fit=False))
    assert count > 2 and pdf_pages(out.read_bytes()) == count
    one = tmp_path / "one.pdf"
    printer.setOutputFileName(str(one))
    assert paint(printer, window, PrintOptions(scope="shown", fit=True)) == 1 and pdf_pages(one.read_bytes()) == 1
    preview = preview_dialog(window, PrintOptions(), show=False)
    qtbot.addWidget(preview)
    choices = preview._choices
    assert choices.scope.count() == 2 and choices.fit.count() == 2
    choices.fit.setCurrentIndex(1)
    assert choices.options.fit is False
    assert "print" in window.actions and "print_preview" in window.actions
