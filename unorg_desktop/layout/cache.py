"""Cached positions: opening the same data again does not lay it out again.

A layout is stored under a key made of everything it depends on: the database's content hash,
the visible nodes, their sizes, the direction, the engine and compact mode. Change any of these
and the key changes, so a stale layout is never used. Files are gzip-compressed JSON written
atomically; an unreadable or corrupt file is ignored with a warning (and laid out again).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from .model import Layout

log = logging.getLogger(__name__)
FORMAT_VERSION = 1


def default_directory() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("unorg-desktop")) / "layouts"


def layout_key(content_hash: str, visible_nodes: Iterable[str], sizes: Mapping, direction: str,
               engine: str, compact: bool = False) -> str:
    """A digest of everything a layout depends on."""
    h = hashlib.sha256()
    h.update(f"{FORMAT_VERSION}|{content_hash}|{direction}|{engine}|{int(compact)}|".encode())
    for node in sorted(visible_nodes):
        w, hgt = sizes[node]
        h.update(f"{node}\x1f{w:.2f}\x1f{hgt:.2f}\x1e".encode())
    return h.hexdigest()


def _to_json(layout: Layout) -> dict:
    return {
        "version": FORMAT_VERSION, "direction": layout.direction, "engine": layout.engine,
        "edge_kind": layout.edge_kind,
        "boxes": [[n, *b] for n, b in layout.boxes.items()],
        "edges": [[p, c, [v for pt in pts for v in pt]] for (p, c), pts in layout.edges.items()],
    }


def _from_json(data: dict) -> Layout:
    if data.get("version") != FORMAT_VERSION:
        raise ValueError("another cache format version")
    layout = Layout(direction=data["direction"], engine=data["engine"], edge_kind=data["edge_kind"])
    layout.boxes = {row[0]: (row[1], row[2], row[3], row[4]) for row in data["boxes"]}
    layout.edges = {(p, c): list(zip(flat[0::2], flat[1::2])) for p, c, flat in data["edges"]}
    return layout


class PositionCache:
    """Layouts on disk, one file per key.

    :param directory: where to keep them; default the user's cache folder
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json.gz"

    def get(self, key: str) -> Layout | None:
        path = self._path(key)
        if not path.exists():
            return None
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                return _from_json(json.load(f))
        except Exception as err:  # noqa: BLE001 - zlib, json or shape errors: any bad file is only a miss
            log.warning("ignoring unreadable cached layout %s: %s", path, err)
            return None

    def put(self, key: str, layout: Layout) -> None:
        """Store atomically; a cache that cannot be written is only a warning."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".layout-", suffix=".part", dir=self.directory)
        except OSError as err:
            log.warning("cannot write the layout cache in %s: %s", self.directory, err)
            return
        try:
            with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) as gz:
                gz.write(json.dumps(_to_json(layout), separators=(",", ":")).encode("utf-8"))
            os.replace(tmp, self._path(key))
        except OSError as err:
            Path(tmp).unlink(missing_ok=True)
            log.warning("cannot write the layout cache in %s: %s", self.directory, err)
