"""Import and removal of documents from the GUI, off the GUI thread.

:class:`LibraryTasks` runs :mod:`unorg_desktop.store.library` functions (the only code that
writes the database) in a ``QThread`` with a non-modal progress dialog whose Cancel stops the work
before anything is written; the window stays usable meanwhile. A refused or failed change is one
message box; the database is then exactly as before. ``changed(result)`` reports a written
database (the application then reopens the window on it).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from unorg_desktop.ingest.records import ExtractionError
from unorg_desktop.store import StoreError
from unorg_desktop.store.library import FORMATS, ImportCancelled

log = logging.getLogger("unorg_desktop.importing")
PROGRESS_STEPS = 1000
SHOW_PROGRESS_AFTER_MS = 300


def importable(path: Path) -> bool:
    """A file the import reads (by its extension)."""
    return path.suffix.lower() in FORMATS


def paths_from_urls(urls: list[QUrl]) -> list[Path]:
    """Local ``.txt``/``.pdf`` files among dropped URLs (others are ignored)."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if importable(path):
                out.append(path)
    return out


def one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text or type(err).__name__


class _Job(QObject):
    """Runs ``work(progress, cancelled)`` once, in the thread it was moved to."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress, self.cancel_requested.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except (ExtractionError, StoreError, OSError, ValueError) as err:
            self.failed.emit(one_line(err))
        except Exception as err:  # noqa: BLE001 - a bug must not leave the dialog hanging
            log.exception("import failed")
            self.failed.emit(one_line(err))
        else:
            self.succeeded.emit(result)

    def _progress(self, fraction: float, message: str) -> None:
        self.progressed.emit(fraction, message)


class LibraryTasks(QObject):
    """One change of the database at a time, in a worker thread, with progress and Cancel.

    Signals: ``changed(ChangeResult)`` once a database was written; ``failed(title, message)``;
    ``cancelled()``; ``finished()`` after any of them (tests wait for it)."""

    changed = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.thread: QThread | None = None
        self.job: _Job | None = None
        self.dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.thread is not None

    def import_files(self, paths: list[Path], db: Path) -> bool:
        """Import ``paths`` into ``db``; False (nothing started) while another change runs."""
        from unorg_desktop.store.library import import_files

        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        return self._start(self.tr("Importing %s") % names, self.tr("Import failed"),
                           lambda progress, cancelled: import_files(paths, db, progress=progress,
                                                                    cancelled=cancelled))

    def remove(self, document: str, db: Path) -> bool:
        from unorg_desktop.store.library import remove_document

        return self._start(self.tr("Removing document %s") % document, self.tr("Remove failed"),
                           lambda progress, cancelled: remove_document(document, db, progress=progress),
                           cancellable=False)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel_requested.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    # -- internals --------------------------------------------------------------------------------
    def _start(self, label: str, failure_title: str, work: Callable, cancellable: bool = True) -> bool:
        if self.busy():
            return False
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, PROGRESS_STEPS, self.window)
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle(self.tr("UNorg Desktop"))
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)  # the chart stays usable
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.setValue(0)
        self.thread = QThread(self)
        self.thread.setObjectName("import")
        self.job = _Job(work)
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        self._failure_title = failure_title
        # bound slots of this GUI-thread object: queued, so they run in the GUI thread
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.thread.start()
        return True

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._done(lambda: self.changed.emit(result))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._done(lambda: self.failed.emit(self._failure_title, message))

    @Slot()
    def _on_cancelled(self) -> None:
        self._done(self.cancelled.emit)

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if self.dialog is not None and not (self.job and self.job.cancel_requested.is_set()):
            self.dialog.setValue(int(fraction * PROGRESS_STEPS))
            if message:
                self.dialog.setLabelText(message)

    def _done(self, report: Callable[[], None]) -> None:
        thread, self.thread, self.job = self.thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        report()
        self.finished.emit()

    def wait(self, timeout_ms: int = 30000) -> None:
        """Block until the running change is over (closing the window)."""
        if self.thread is not None:
            self.cancel()
            self.thread.wait(timeout_ms)
