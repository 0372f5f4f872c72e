"""export_scene / export_chart: PNG size and transparency, SVG text (escaped), PDF pages,
atomic writing with no leftovers, refused huge PNGs, and ``unorg export`` end to end."""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import BUNDLED_DB, MARKUP_NAME
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from test_render_support import make_graph, simple_layout

from unorg_desktop.render import export
from unorg_desktop.render.export import export_scene, source_rect
from unorg_desktop.render.scene import ChartScene

AMP_NAME = "Bureau des affaires juridiques & du contentieux"


@pytest.fixture
def scene(qapp):
    graph = make_graph(25, seed=4, names={"u2": f"Section {MARKUP_NAME}", "u3": AMP_NAME})
    layout = simple_layout(graph)
    scene = ChartScene()
    scene.show_chart(graph, layout, set(graph.units))
    return scene


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_png_has_the_requested_size_and_is_not_blank(scene, tmp_path):
    out = tmp_path / "chart.png"
    export_scene(scene, "png", out, scale=0.5, caption="Sources: ST/SGB/2099/1")
    image = QImage(str(out))
    src = source_rect(scene)
    assert image.width() == math.ceil(src.width() * 0.5)
    assert image.height() > math.ceil(src.height() * 0.5)  # + caption
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 10
    assert listing(tmp_path) == ["chart.png"] and oct(out.stat().st_mode & 0o077) != "0o0"
    # dpi scales the pixels too
    export_scene(scene, "png", out, rect=QRectF(0, 0, 400, 300), scale=1.0, dpi=192)
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (800, 600)


def test_png_transparent_background(scene, tmp_path):
    out = tmp_path / "t.png"
    export_scene(scene, "png", out, scale=0.25, transparent=True)
    image = QImage(str(out))
    assert image.hasAlphaChannel() and image.pixelColor(1, 1).alpha() == 0
    export_scene(scene, "png", out, scale=0.25)
    assert QImage(str(out)).pixelColor(1, 1).alpha() == 255


def test_svg_is_xml_with_names_as_escaped_text(scene, tmp_path):
    out = tmp_path / "chart.svg"
    export_scene(scene, "svg", out, caption="Sources: <b>ST/SGB/2099/1</b> & co")
    root = ET.parse(out).getroot()
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    joined = " ".join(texts)
    assert MARKUP_NAME in joined and "&" in AMP_NAME
    for name in (MARKUP_NAME, "affaires juridiques &"):
        assert name in joined
    assert "Sources: <b>ST/SGB/2099/1</b> & co" in joined
    raw = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;X&lt;/b&gt;&lt;img" in raw and "<img" not in raw and "<b>" not in raw
    assert scene.full_detail is False  # restored


def test_pdf_one_page_and_paged(scene, tmp_path):
    out = tmp_path / "chart.pdf"
    export_scene(scene, "pdf", out, caption="Sources: x")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    pages_one = _pages(data)
    assert pages_one == 1
    export_scene(scene, "pdf", out, paged=True, caption="Sources: x")
    assert _pages(out.read_bytes()) > 1
    assert listing(tmp_path) == ["chart.pdf"]


def _pages(data: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_errors_leave_no_file(scene, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "existing.png").write_bytes(b"old")
    with pytest.raises(IsADirectoryError):
        export_scene(scene, "png", folder)
    with pytest.raises(FileNotFoundError):
        export_scene(scene, "svg", folder / "missing" / "x.svg")
    with pytest.raises(OSError):
        export_scene(scene, "pdf", folder / "existing.png" / "x.pdf")
    with pytest.raises(ValueError, match="format"):
        export_scene(scene, "gif", folder / "x.gif")
    # a full disk while writing: the temporary file goes, the old file stays
    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        export_scene(scene, "png", folder / "existing.png", scale=0.2)
    assert listing(folder) == ["existing.png"] and (folder / "existing.png").read_bytes() == b"old"


def test_unwritable_folder(scene, tmp_path):
    target = Path("/proc/unorg-chart.png")  # not writable even by root
    with pytest.raises(OSError):
        export_scene(scene, "png", target)
    assert not target.exists()
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(PermissionError):
            export_scene(scene, "svg", ro / "x.svg")
        assert listing(ro) == []


def test_huge_png_is_refused_with_a_suggestion(scene, tmp_path):
    with pytest.raises(ValueError) as err:
        export_scene(scene, "png", tmp_path / "huge.png", scale=400)
    message = str(err.value)
    assert "\n" not in message and "SVG or PDF" in message and "megapixel" in message
    assert listing(tmp_path) == []
    suggested = float(message.rsplit(" ", 1)[-1])  # the scale it suggests does work
    export.check_png_budget(*export.png_size(source_rect(scene), 0.0, suggested), suggested)
    with pytest.raises(ValueError, match="a side"):  # very wide: the side limit
        export.check_png_budget(export.MAX_PNG_SIDE + 1, 10, 1.0)


@pytest.fixture
def real_layers():
    pytest.importorskip("unorg_desktop.graph")
    if not hasattr(pytest.importorskip("unorg_desktop.layout"), "layout_tree"):
        pytest.skip("unorg_desktop.layout has no layout_tree yet")


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_cli_export_on_the_bundled_database(fmt, tmp_path, capsys, real_layers):
    from unorg_desktop.cli import main

    out = tmp_path / f"chart.{fmt}"
    code = main(["export", "--format", fmt, "--db", str(BUNDLED_DB), "--root", "sg", "--depth", "1", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    data = out.read_bytes()
    if fmt == "png":
        assert QImage(str(out)).width() > 400
    elif fmt == "svg":
        texts = " ".join(t.text or "" for t in ET.fromstring(data).iter("{http://www.w3.org/2000/svg}text"))
        assert "Secrétaire général" in texts and "Sources:" in texts
    else:
        assert data.startswith(b"%PDF") and _pages(data) >= 1
    assert listing(tmp_path) == [out.name]


def test_cli_export_subtree_and_bad_path(tmp_path, capsys, real_layers):
    from unorg_desktop.cli import main
    from unorg_desktop.store import Store

    with Store.open(BUNDLED_DB) as store:
        dept = next(u for u in store.units() if u.kind == "Département" and store.children(u.id))
    out = tmp_path / "dept.svg"
    code = main(["export", "--format", "svg", "--db", str(BUNDLED_DB), "--root", dept.id, "--depth", "2",
                 "--direction", "LR", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    elements = [t.text or "" for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert dept.name.split()[-1] in " ".join(elements) and "Secrétaire général" not in elements  # no root card
    code = main(["export", "--format", "png", "--db", str(BUNDLED_DB), "-o", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert listing(tmp_path) == ["dept.svg"]


def test_paged_pdf_numbers_every_page_and_stays_vector(scene, tmp_path, monkeypatch):
    from PySide6.QtGui import QPainter

    texts: list[str] = []

    class Recording(QPainter):  # records the texts export.py itself writes (footer, caption)
        def drawText(self, *args):  # noqa: N802
            texts.append(next(a for a in args if isinstance(a, str)))
            return super().drawText(*args)

    from unorg_desktop.render import paged

    monkeypatch.setattr(paged, "QPainter", Recording)
    out = tmp_path / "paged.pdf"
    export_scene(scene, "pdf", out, paged=True, caption="Sources: ST/SGB/2099/1")
    data = out.read_bytes()
    pages = _pages(data)
    numbers = [t for t in texts if t.startswith("Page ")]
    assert pages > 1 and [t.split(" —")[0] for t in numbers] == [f"Page {i} / {pages}" for i in range(1, pages + 1)]
    assert texts.count("Sources: ST/SGB/2099/1") == pages  # the caption on every page
    assert b"/Subtype /Image" not in data and b"/Font" in data  # vector drawing, text as text


def test_cli_export_root_by_name_depth_and_direction(tmp_path, capsys, real_layers):
    """--root takes a name, --depth bounds the levels, --direction turns the chart."""
    from unorg_desktop.cli import main
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.store import Store

    with Store.open(BUNDLED_DB) as store:
        graph = OrgGraph.from_store(store)
        root = next(u for u in store.units() if len(graph.children(u.id)) >= 3
                    and any(graph.children(c) for c in graph.children(u.id)))

    def export_svg(name, *extra):
        out = tmp_path / name
        assert main(["export", "--format", "svg", "--db", str(BUNDLED_DB), "--root", root.name, *extra,
                     "-o", str(out)]) == 0, capsys.readouterr().err
        svg = ET.parse(out).getroot()
        texts = "".join("".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text")).replace(" ", "")
        width, height = (float(v) for v in svg.get("viewBox").split()[2:])
        return texts, width, height

    shallow, w1, h1 = export_svg("d1.svg", "--depth", "1")
    deep, w2, h2 = export_svg("d2.svg", "--depth", "2")
    kids = graph.children(root.id)
    grandkids = [g for c in kids for g in graph.children(c)]
    squash = lambda unit_id: graph.units[unit_id].name.replace(" ", "")  # noqa: E731 - names wrap over lines
    assert all(squash(k) in shallow for k in kids)
    # grandchildren named unlike any shown unit (a "Bureau du Directeur" is in many longer names)
    grandkids = [g for g in grandkids if not any(squash(g) in squash(u) for u in [root.id, *kids])]
    assert grandkids
    assert not any(squash(g) in shallow for g in grandkids) and all(squash(g) in deep for g in grandkids)
    assert h2 > h1  # one more level, top-down
    _, w3, h3 = export_svg("lr.svg", "--depth", "1", "--direction", "LR")
    assert (round(w3), round(h3)) != (round(w1), round(h1))  # left-right: another drawing (layout tests check it)


def test_a_hundred_thousand_units_at_4x_are_refused_with_a_clear_message(qapp, tmp_path, real_layers):
    """Issue B.6: the PNG of a 100k-unit chart at 4x scale would need hundreds of gigabytes: a
    one-line refusal that names SVG/PDF and a scale that works, before any allocation; no file."""
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.layout import layout_tree
    from unorg_desktop.store.rows import LineRow, UnitRow

    n = 100_000
    units = [UnitRow("sg", "Secrétaire général", "Secrétaire général", "Secrétaire général", None, None, None, False)]
    lines = []
    for i in range(1, n):
        units.append(UnitRow(f"u{i}", f"Section {i}", f"Section {i}", "Section", None, None, None, False))
        lines.append(LineRow(f"u{i}", "sg" if i < 8 else f"u{(i - 1) // 6}", True, "", "", ""))
    graph = OrgGraph.from_rows(units, lines, [])
    tree = graph.visible_tree(set(graph.units))
    layout = layout_tree(tree, {k: (180.0, 60.0) for k in tree.nodes}, engine="tidy")
    scene = ChartScene()
    scene.show_chart(graph, layout, set(tree.nodes))
    out = tmp_path / "huge.png"
    with pytest.raises(ValueError) as err:
        export_scene(scene, "png", out, scale=4.0, caption="Sources: x")
    message = str(err.value)
    assert "\n" not in message and "SVG or PDF" in message and "scale of at most" in message
    with pytest.raises(ValueError, match="pages"):  # and numbered pages would be too many
        export_scene(scene, "pdf", tmp_path / "huge.pdf", paged=True)
    assert listing(tmp_path) == []
