"""GUI import (issue 12.5): import, cancel, remove and re-import through the window; drag and
drop; the summary and documents dialogs; names in two languages and consistency marks in the panel.

Windows are managed as the application manages them (``app._keep``): a change of the database
replaces the window by one on the new file.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QPushButton

from conftest import BUNDLED_DB, REPO, sha256
from ui_fixtures import isolated_settings, no_dialogs  # noqa: F401 - fixtures
from unorg_desktop import app
from unorg_desktop.store import Store, user_db
from unorg_desktop.store import library

CHECK = REPO / "tests" / "fixtures" / "check"
POLAR = CHECK / "a_polar_department.txt"
ARCTIC = CHECK / "b_arctic_office.txt"


def managed_window(qtbot, db: Path):
    window = app.open_window(db)  # not given to qtbot: the app deletes it on close
    app._keep(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    return window


def current_window():
    live = [w for w in app._WINDOWS if shiboken6.isValid(w) and w.isVisible()]
    assert len(live) == 1, live
    return live[0]


def wait_for_change(qtbot, window, timeout=30000):
    """Until the change running in ``window`` is over and, if it wrote, the window replaced."""
    qtbot.waitUntil(lambda: not window.library.busy(), timeout=timeout)
    qtbot.waitUntil(lambda: len([w for w in app._WINDOWS if shiboken6.isValid(w) and w.isVisible()]) == 1,
                    timeout=timeout)
    return current_window()


@pytest.fixture
def cleanup(qtbot):
    yield
    for window in list(app._WINDOWS):
        if shiboken6.isValid(window):
            window.close()
    qtbot.waitUntil(lambda: not app._WINDOWS, timeout=5000)


def test_import_through_the_window_then_show_in_chart(qtbot, no_dialogs, cleanup):
    before = sha256(BUNDLED_DB)
    window = managed_window(qtbot, BUNDLED_DB)
    assert window.import_files([POLAR])
    assert window.library.dialog.windowModality() == Qt.WindowModality.NonModal
    new = wait_for_change(qtbot, window)
    assert new is not window and new.store.path == user_db()
    assert "Division des glaciers" in {u.name for u in new.graph.units.values()}
    summary = new.summary_dialog
    assert summary.isVisible()
    text = summary.text()
    with Store.open(BUNDLED_DB) as bundled:
        total = len(bundled.units()) + 5
    assert "a_polar_department.txt" in text and "5 units added" in text and f"{total} units (+5)" in text
    assert "Top unit: Département des études polaires (under Secrétaire général)" in text
    summary.show_button.click()
    assert new.selection.current == "departement-des-etudes-polaires"
    assert new.chart.shows("departement-des-etudes-polaires")
    assert not summary.isVisible()
    assert sha256(BUNDLED_DB) == before and no_dialogs == []


def test_cancel_keeps_the_database_and_the_window_responsive(qtbot, no_dialogs, cleanup, monkeypatch):
    real = library.extract_stored

    def slow(texts, progress=None):  # a long extraction, checking for Cancel as the real one does
        for i in range(200):
            progress(i / 200, "Reading")
            time.sleep(0.02)
        return real(texts, progress)

    monkeypatch.setattr(library, "extract_stored", slow)
    window = managed_window(qtbot, BUNDLED_DB)
    cancelled = []
    window.library.cancelled.connect(lambda: cancelled.append(True))
    window.import_files([POLAR])
    qtbot.waitUntil(lambda: window.library.dialog is not None and window.library.dialog.value() > 0, timeout=10000)
    # the window answers while the import runs: select a unit, the panel follows
    window.select_unit("departement-de-l-appui-aux-missions")
    qtbot.wait(50)
    assert "Département de l’appui aux missions" in window.panel.plain_text()
    assert window.library.busy()
    window.library.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: not window.library.busy(), timeout=10000)
    assert cancelled == [True] and no_dialogs == []
    assert current_window() is window  # nothing changed, nothing reopened
    assert not user_db().exists() and list(user_db().parent.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_remove_then_import_again(qtbot, no_dialogs, cleanup):
    from unorg_desktop.ui.library_dialogs import DocumentsDialog

    library.import_files([POLAR, ARCTIC])
    window = managed_window(qtbot, user_db())
    dialog = window.documents_dialog()  # exec() returns at once here (no_dialogs); the dialog stays
    assert isinstance(dialog, DocumentsDialog) and dialog.reset_button.isEnabled()
    assert [r.document.id for r in dialog.rows][-2:] == ["005", "006"]
    dialog.select("000")
    assert not dialog.remove_button.isEnabled() and dialog.source_button.isEnabled()  # bundled: no Remove
    dialog.select("006")
    assert dialog.remove_button.isEnabled()
    source = dialog.show_source()
    assert source.text.toPlainText() == ARCTIC.read_text(encoding="utf-8")
    source.close()
    dialog.remove_button.click()
    window = wait_for_change(qtbot, window)
    assert no_dialogs == ["Documents"]  # the dialog itself; no error
    names = {u.name for u in window.graph.units.values()}
    assert "Bureau des observatoires arctiques" not in names and "Division des glaciers" in names
    assert not hasattr(window, "summary_dialog")  # a removal has no import summary
    window.import_files([ARCTIC])  # the same file again: allowed once it is gone
    window = wait_for_change(qtbot, window)
    assert "Bureau des observatoires arctiques" in {u.name for u in window.graph.units.values()}
    # (plural forms come from the English .qm when a test installed it)
    assert re.search(r"\b1 joined to (a )?known units?\b", window.summary_dialog.text())
    assert no_dialogs == ["Documents"]


def test_a_refused_file_is_one_message_and_nothing_changes(qtbot, no_dialogs, cleanup, tmp_path):
    prose = tmp_path / "letter.txt"
    prose.write_text("Une lettre sans numérotation.\n" * 30, encoding="utf-8")
    window = managed_window(qtbot, BUNDLED_DB)
    window.import_files([prose])
    qtbot.waitUntil(lambda: not window.library.busy(), timeout=30000)
    assert len(no_dialogs) == 1 and "\n" not in no_dialogs[0]
    assert no_dialogs[0].startswith("letter.txt: no recognisable structure") and "Traceback" not in no_dialogs[0]
    assert not user_db().exists() and current_window() is window


def test_drop_files_on_the_window_imports_them(qtbot, no_dialogs, cleanup, tmp_path):
    window = managed_window(qtbot, BUNDLED_DB)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(POLAR)), QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    new = wait_for_change(qtbot, window)
    assert new.store.path == user_db() and "departement-des-etudes-polaires" in new.graph.units
    only_png = QMimeData()
    only_png.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    refused = QDragEnterEvent(new.rect().center(), Qt.DropAction.CopyAction, only_png, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    new.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_back_to_the_bundled_texts_only(qtbot, no_dialogs, cleanup, monkeypatch):
    from unorg_desktop.ui.main_window import MainWindow

    library.import_files([POLAR])
    window = managed_window(qtbot, user_db())
    monkeypatch.setattr(MainWindow, "confirm", lambda self, title, text: False)
    window.back_to_bundled_texts()
    assert user_db().exists() and current_window() is window
    monkeypatch.setattr(MainWindow, "confirm", lambda self, title, text: True)
    window.back_to_bundled_texts()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    assert not user_db().exists() and current_window().store.path == BUNDLED_DB


def test_the_panel_marks_disagreements(qtbot, no_dialogs, cleanup):
    library.import_files([POLAR, ARCTIC])
    window = managed_window(qtbot, user_db())
    window.select_unit("service-de-la-cartographie-des-glaces")
    text = window.panel.plain_text()
    assert "⚠ Consistency (2)" in text
    assert "Placed under Division des glaciers by" in text and "and under Bureau des observatoires arctiques by" in text
    assert "Defined by" in text and "and again by" in text
    assert "Le Bureau des observatoires arctiques se compose du Service de la cartographie des glaces" in text


def test_names_in_two_languages(qtbot, no_dialogs, cleanup, tmp_path):
    from PySide6.QtCore import QLocale

    from test_joining import with_english_twin
    from unorg_desktop.ingest.consistency import add_flags
    from unorg_desktop.ingest.translations import join
    from unorg_desktop.store import build

    ex = with_english_twin()
    ex.joins = join(ex)
    add_flags(ex)
    db = tmp_path / "two.sqlite"
    build(ex, db)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        window = managed_window(qtbot, db)
        assert window.graph.units["dal"].name == "Logistics Support Division"  # cards follow the interface
        window.select_unit("dal")
        text = window.panel.plain_text()
        assert text.startswith("Logistics Support Division") and "French: Division de l’appui logistique" in text
        marked = window.panel.browser.toHtml()  # the French name is highlighted in the French paragraphs too
        assert re.search(r"background-color:#ffe58a;\">Division de l’appui logistique<", marked)
        window.close()
        QLocale.setDefault(QLocale(QLocale.Language.French))
        window = managed_window(qtbot, db)
        assert window.graph.units["dal"].name == "Division de l’appui logistique"
        window.select_unit("dal")
        assert "Logistics Support Division" in window.panel.plain_text()
        with Store.open(db) as store:
            assert store.resolve("Logistics Support Division").id == "dal"
    finally:
        QLocale.setDefault(previous)


def test_the_app_opens_the_user_database_when_there_is_one(qtbot, no_dialogs, monkeypatch, tmp_path):
    opened = []
    real = app.open_window

    def spy(db, settings=None):
        opened.append(Path(db))
        return real(db, settings)

    monkeypatch.setattr(app, "open_window", spy)
    shot = tmp_path / "shot.png"
    assert app.main(["--screenshot", str(shot)]) == 0
    library.import_files([POLAR])
    assert app.main(["--screenshot", str(shot)]) == 0
    assert app.main(["--db", str(BUNDLED_DB), "--screenshot", str(shot)]) == 0
    assert opened == [BUNDLED_DB, user_db(), BUNDLED_DB]


def test_the_documents_table_says_what_each_document_brought(qtbot, no_dialogs, cleanup):
    from unorg_desktop.ui.library_dialogs import COLUMNS

    from PySide6.QtWidgets import QApplication

    from unorg_desktop.ui import translations

    translations.install(QApplication.instance(), "en")  # the words below are the English ones
    library.import_files([REPO / "tests" / "fixtures" / "en" / "000_unop_en.txt", POLAR])
    window = managed_window(qtbot, user_db())
    dialog = window.documents_dialog()
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    units = COLUMNS.index("Units")
    english, polar = rows["005"], rows["006"]
    assert dialog.table.item(english, COLUMNS.index("Language")).text() == "English"
    assert dialog.table.item(english, units).toolTip() == "0 added, 5 joined, 0 left apart\nTranslation of document 000"
    assert dialog.table.item(polar, units).toolTip() == "5 added, 0 joined, 0 left apart"
    assert dialog.table.item(polar, COLUMNS.index("Family")).text() == "bulletin"
    assert dialog.table.item(rows["000"], COLUMNS.index("Imported")).text() == "bundled"
