"""Open a database read-only after checking it is ours; one-line StoreError otherwise.

The file is never created or written: we read its 100-byte header ourselves, then connect
with the URI ``file:...?mode=ro``. ``immutable=1`` is deliberately not used: it would skip
locking, so a database being rewritten by another process could be read half-written
instead of being reported as locked.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .errors import StoreError
from .schema import APPLICATION_ID, EXPECTED_TABLES, SCHEMA_VERSION

_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 1.0


def _check_header(path: Path) -> None:
    try:
        if not path.exists():
            raise StoreError(f"{path}: no such database file")
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file")
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except PermissionError as err:
        raise StoreError(f"{path}: cannot read database file (permission denied)") from err
    except OSError as err:
        raise StoreError(f"{path}: cannot read database file ({err.strerror or err})") from err
    if size == 0:
        raise StoreError(f"{path}: empty file, not a UNorg Desktop database")
    if not header.startswith(_MAGIC):
        raise StoreError(f"{path}: not a SQLite database (corrupt or another kind of file)")
    if len(header) < 100:
        raise StoreError(f"{path}: truncated database file")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96] and pages > 0
    if header_count_valid and size < pages * page_size:
        raise StoreError(f"{path}: truncated database file ({size} of {pages * page_size} bytes)")


def _uri(path: Path) -> str:
    return f"file:{quote(str(path.absolute()), safe='/')}?mode=ro"


def _explain(path: Path, err: sqlite3.Error) -> StoreError:
    text = str(err)
    if "locked" in text or "busy" in text:
        return StoreError(f"{path}: database is locked by another process; try again later")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(f"{path}: corrupt database ({text})")
    return StoreError(f"{path}: cannot open database ({text})")


def connect_readonly(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read-only connection to a checked UNorg Desktop database, or StoreError."""
    path = Path(path)
    _check_header(path)
    conn = None
    try:
        conn = sqlite3.connect(_uri(path), uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID:
            raise StoreError(f"{path}: not a UNorg Desktop database (a SQLite file of another application)")
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{path}: database schema version {version} is older than {SCHEMA_VERSION}; rebuild it with `unorg build`"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: database schema version {version} is newer than {SCHEMA_VERSION}; upgrade UNorg Desktop"
            )
        if missing := sorted(EXPECTED_TABLES - tables):
            raise StoreError(f"{path}: incomplete database, missing tables: {', '.join(missing)}")
        return conn
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.Error as err:
        if conn is not None:
            conn.close()
        raise _explain(path, err) from err
