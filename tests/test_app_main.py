"""app.main: command line, bad databases (exit 2, a message, bytes unchanged), screenshots,
translations, ``python -m unorg_desktop --help``."""

from __future__ import annotations

import html
import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from conftest import REPO, sha256
from ui_fixtures import isolated_settings, make_window, no_dialogs  # noqa: F401
from unorg_desktop.app import main
from unorg_desktop.store import SCHEMA_VERSION

DPEF = "Division des politiques, de l’évaluation et de la formation"


def _bad_files(tmp_path, tiny_db):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(4096))
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(tiny_db.read_bytes()[:3000])
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    versions = {}
    for word, delta in (("older", -1), ("newer", 1)):
        versions[word] = tmp_path / f"{word}.sqlite"
        versions[word].write_bytes(tiny_db.read_bytes())
        with sqlite3.connect(versions[word]) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + delta}")
        conn.close()
    return {"missing": tmp_path / "absent.sqlite", "empty": empty, "junk": junk, "truncated": truncated,
            "foreign": foreign, "directory": tmp_path, **versions}


def test_bad_databases_exit_2_with_one_line_and_unchanged_bytes(qapp, tmp_path, tiny_db, capsys):
    for name, path in _bad_files(tmp_path, tiny_db).items():
        before = sha256(path) if path.is_file() else None
        assert main(["--db", str(path), "--screenshot", str(tmp_path / "never.png")]) == 2, name
        err = capsys.readouterr().err
        assert err.startswith("unorg-desktop: ") and err.count("\n") == 1 and "Traceback" not in err, name
        assert (sha256(path) if path.is_file() else None) == before, name
    assert not (tmp_path / "never.png").exists()
    assert not (tmp_path / "absent.sqlite").exists()


def test_bad_database_shows_a_message_box_when_there_is_a_screen(qapp, tmp_path, monkeypatch, no_dialogs):
    monkeypatch.setattr("unorg_desktop.app._headless", lambda args: False)
    assert main(["--db", str(tmp_path / "absent.sqlite")]) == 2
    assert len(no_dialogs) == 1 and "absent.sqlite" in no_dialogs[0] and "\n" not in no_dialogs[0]


def _hold_write_lock(db):
    """A process holding an exclusive write lock on ``db`` until its stdin gets a line."""
    import textwrap

    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys
            conn = sqlite3.connect({str(db)!r}, isolation_level=None)
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("INSERT INTO meta VALUES ('lock', 'held')")
            print("locked", flush=True)
            sys.stdin.readline()
            conn.execute("ROLLBACK")
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.mark.parametrize("case", ["missing", "empty", "junk", "truncated", "foreign", "older", "newer",
                                  "directory", "locked"])
def test_each_bad_database_gets_one_message_box_and_exit_2(qapp, tmp_path, tiny_db, monkeypatch, no_dialogs,
                                                           capsys, case):
    """With a screen (not headless): a message box naming the problem, exit 2, no window left,
    no traceback, the file's bytes unchanged."""
    monkeypatch.setattr("unorg_desktop.app._headless", lambda args: False)
    path = tiny_db if case == "locked" else _bad_files(tmp_path, tiny_db)[case]
    before = sha256(path) if path.is_file() else None
    holder = _hold_write_lock(tiny_db) if case == "locked" else None
    try:
        assert main(["--db", str(path)]) == 2
    finally:
        if holder is not None:
            holder.communicate("\n", timeout=10)
    assert len(no_dialogs) == 1 and no_dialogs[0] and "\n" not in no_dialogs[0], no_dialogs
    assert "Traceback" not in no_dialogs[0] and "Traceback" not in capsys.readouterr().err
    word = {"missing": "absent.sqlite", "locked": "locked", "older": "older", "newer": "newer"}.get(case)
    if word:
        assert word in no_dialogs[0].lower(), no_dialogs[0]
    assert (sha256(path) if path.is_file() else None) == before
    from unorg_desktop import app

    assert not [w for w in app._WINDOWS if w.isVisible()]


def test_unknown_unit_exits_2(qapp, capsys):
    assert main(["--select", "zzzz qqqq xxxx", "--screenshot", "/nonexistent/x.png"]) == 2
    assert "no unit matches" in capsys.readouterr().err


def test_screenshot_of_a_selected_unit_is_not_blank(qapp, tmp_path):
    out = tmp_path / "shot.png"
    assert main(["--select", DPEF, "--screenshot", str(out), "--size", "1200x800"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 13) for y in range(0, 800, 13)}
    assert len(colours) > 20


def test_database_unchanged_after_a_whole_session(qtbot, tiny_db, tmp_path, no_dialogs):
    from unorg_desktop.ui.export_dialog import ExportOptions

    before, mtime = sha256(tiny_db), os.stat(tiny_db).st_mtime_ns
    window = make_window(qtbot, tiny_db)
    for query in ("defense", "logistiqe", "carburant", '"*AND('):
        window.search_field.setText(query)
        window.search.run_now()
        window.search.choose_best()
    window.expand_all()
    window.select_unit("dal", animate=False)
    window.go_parent()
    window.go_back()
    window.export_chart(ExportOptions(str(tmp_path / "x.svg"), "svg"))
    window.export_data("json", str(tmp_path / "x.json"))
    window.close()
    QApplication.processEvents()
    assert sha256(tiny_db) == before and os.stat(tiny_db).st_mtime_ns == mtime
    assert sorted(p.name for p in tiny_db.parent.iterdir()) == ["tiny.sqlite", "x.json", "x.svg"]


def test_french_interface(qapp, qtbot, no_dialogs):
    from unorg_desktop.ui import translations

    try:
        assert translations.install(qapp, "fr") == "fr"
        window = make_window(qtbot)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:5] == ["&Fichier", "É&dition", "&Affichage", "A&ller", "Ai&de"]
        window.select_unit(window.store.resolve(DPEF).id, animate=False)
        text = window.panel.plain_text()
        assert "Relève de" in text and "(secondaire)" in text
        from unorg_desktop.render.edges import secondary_tooltip

        assert secondary_tooltip("ST/SGB/2010/1", "5.1").startswith("Rattachement secondaire — ")
        window.close()
    finally:
        translations.install(qapp, "en")
    window = make_window(qtbot)
    assert window.menuBar().actions()[0].text() == "&File"
    window.close()


def test_every_source_string_has_a_french_translation():
    ts = (REPO / "resources" / "translations" / "unorg_fr.ts").read_text(encoding="utf-8")
    assert "<source>" in ts and 'type="unfinished"' not in ts
    assert (REPO / "resources" / "translations" / "unorg_fr.qm").stat().st_size > 1000


@pytest.mark.parametrize("args", [["-m", "unorg_desktop", "--help"]])
def test_python_m_help(args):
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 0
    assert "--db" in result.stdout and "--select" in result.stdout and "--screenshot" in result.stdout
    assert "--lang" in result.stdout and result.stderr == ""


def test_entry_points_point_at_app_main():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'unorg-desktop = "unorg_desktop.app:main"' in text
    desktop = (REPO / "resources" / "unorg-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=unorg-desktop" in desktop and "Categories=Office;Education;" in desktop
    assert QImage(str(REPO / "resources" / "unorg-desktop.png")).width() == 256


def test_locked_database_exits_2(qapp, tiny_db, tmp_path, capsys):
    import textwrap

    before = sha256(tiny_db)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys
            conn = sqlite3.connect({str(tiny_db)!r}, isolation_level=None)
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("INSERT INTO meta VALUES ('lock', 'held')")
            print("locked", flush=True)
            sys.stdin.readline()
            conn.execute("ROLLBACK")
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert main(["--db", str(tiny_db), "--screenshot", str(tmp_path / "x.png")]) == 2
    finally:
        holder.communicate("\n", timeout=10)
    err = capsys.readouterr().err
    assert "locked" in err and err.count("\n") == 1
    assert sha256(tiny_db) == before


def test_about_lists_the_data_sources(qtbot, no_dialogs):
    from unorg_desktop.ui.dialogs import about_html

    window = make_window(qtbot)
    window.show_about()
    assert len(no_dialogs) == 1
    for doc in window.store.documents():
        assert html.escape(doc.title) in no_dialogs[0]
    assert "ST/SGB/2010/1" in no_dialogs[0] and "A/66/320" in no_dialogs[0]
    from unorg_desktop.store import DocumentRow

    hostile = about_html([DocumentRow("x", "x.txt", "report", "fr", "<img src=x>", "<b>S</b>", "")])
    assert "<img" not in hostile and "&lt;img src=x&gt;" in hostile
    window.close()


def test_open_another_database_replaces_the_window(qtbot, tiny_db, tmp_path, no_dialogs):
    import shiboken6

    from unorg_desktop import app
    from unorg_desktop.store import bundled_db

    window = app.open_window(bundled_db())  # not given to qtbot: the app deletes it on close
    app._keep(window)
    window.show()
    window.start()
    window.openRequested.emit(str(tmp_path / "absent.sqlite"))
    assert window.isVisible() and len(no_dialogs) == 1 and "absent.sqlite" in no_dialogs[0]
    window.openRequested.emit(str(tiny_db))
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=3000)  # closed and deleted
    new = [w for w in app._WINDOWS if shiboken6.isValid(w) and w.isVisible()]
    assert len(new) == 1 and new[0].store.path == tiny_db and "dds" in new[0].graph.units
    new[0].close()
    qtbot.waitUntil(lambda: not app._WINDOWS, timeout=3000)


def test_database_in_a_read_only_folder_opens_and_stays_unchanged(qapp, tmp_path, tiny_db):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "org.sqlite"
    db.write_bytes(tiny_db.read_bytes())
    before = sha256(db)
    folder.chmod(0o555)
    try:
        assert main(["--db", str(db), "--screenshot", str(tmp_path / "shot.png")]) == 0
    finally:
        folder.chmod(0o755)
    assert sha256(db) == before and sorted(p.name for p in folder.iterdir()) == ["org.sqlite"]


@pytest.mark.parametrize("env_lang, flag, expected", [("fr_FR.UTF-8", None, "&Fichier"), ("fr_CA.UTF-8", None, "&Fichier"),
                                                       ("de_DE.UTF-8", None, "&File"), ("fr_FR.UTF-8", "en", "&File"),
                                                       ("en_GB.UTF-8", "fr", "&Fichier")])
def test_the_interface_follows_the_system_locale_and_lang_overrides(env_lang, flag, expected):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from unorg_desktop.ui import translations\n"
        "app = QApplication([])\n"
        f"print(translations.install(app, {flag!r}), QCoreApplication.translate('Actions', '&File'))\n")
    env = {**os.environ, "LC_ALL": env_lang, "LANG": env_lang, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=REPO,
                            env=env)
    assert result.returncode == 0, result.stderr
    lang, title = result.stdout.split()
    assert title == expected and lang == ("fr" if expected == "&Fichier" else "en")


def test_ctrl_f_and_ctrl_0_work_from_the_keyboard(qtbot, no_dialogs):
    from PySide6.QtCore import Qt

    window = make_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus, timeout=2000)
    window.view.set_zoom(2.0)
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    window.view.stop_animation()
    assert window.view.visible_scene_rect().contains(window.chart.chart_rect().adjusted(1, 1, -1, -1))
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus, timeout=2000)
    qtbot.keyClicks(window.search_field, "defense")
    assert window.search_field.text() == "defense"
    window.close()


def test_high_dpi_screenshot_has_device_pixels(tmp_path):
    """At a 2x device pixel ratio the window renders at twice the pixels (fractional ratios
    pass through unrounded), with the chart, legend and minimap drawn."""
    out = tmp_path / "hidpi.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2",
           "UNORG_DESKTOP_CONFIG_DIR": str(tmp_path / "config"), "UNORG_DESKTOP_CACHE_DIR": str(tmp_path / "cache")}
    script = ("import sys\nfrom unorg_desktop.app import main\nfrom PySide6.QtGui import QGuiApplication\n"
              f"code = main(['--size', '900x600', '--screenshot', {str(out)!r}])\n"
              "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\nsys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=REPO,
                            env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "PassThrough"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1800, 1200)
    colours = {image.pixel(x, y) for x in range(0, 1800, 9) for y in range(0, 1200, 9)}
    assert len(colours) > 40
