"""Cached positions: opening the same data again does not lay it out again.

A layout is stored under a key made of everything it depends on: the database's content hash,
the visible nodes, their sizes, the direction, the engine and compact mode. Change any of these
and the key changes, so a stale layout is never used. Files are written atomically; an unreadable
or corrupt file is ignored with a warning (and laid out again).

File format (gzip-compressed, no pickle): one line of JSON header (with the few group frames),
one line with the JSON list of node ids, then flat binary arrays — box coordinates (doubles), edge ends (indices into the ids),
points per edge, and the points (doubles). Reading 100,000 boxes and routes this way takes a
fraction of a second; the same numbers as JSON text took longer to parse than to lay out again.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import logging
import os
import sys
import tempfile
from array import array
from collections.abc import Iterable, Mapping
from itertools import chain
from pathlib import Path

from .model import Layout

log = logging.getLogger(__name__)
FORMAT = "unorg-layout"
FORMAT_VERSION = 3
REVISION = 2  # of the layouts themselves: bump when the engines place things differently


def default_directory() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("unorg-desktop")) / "layouts"


def layout_key(content_hash: str, visible_nodes: Iterable[str], sizes: Mapping, direction: str,
               engine: str, compact: bool = False) -> str:
    """A digest of everything a layout depends on (the order of ``visible_nodes`` does not matter)."""
    nodes = sorted(visible_nodes)
    h = hashlib.sha256()
    h.update(f"{FORMAT_VERSION}.{REVISION}|{content_hash}|{direction}|{engine}|{int(compact)}|".encode())
    try:
        names = "\x1f".join(nodes)  # unit ids are strings; other node types go through str()
    except TypeError:
        names = "\x1f".join(map(str, nodes))
    h.update(names.encode("utf-8", "surrogatepass"))
    h.update(array("d", chain.from_iterable(map(sizes.__getitem__, nodes))).tobytes())
    return h.hexdigest()


def _encode(layout: Layout) -> bytes:
    ids = list(layout.boxes)
    index = {node: i for i, node in enumerate(ids)}
    routes = layout.edges
    header = {"format": FORMAT, "version": FORMAT_VERSION, "byteorder": sys.byteorder,
              "direction": layout.direction, "engine": layout.engine, "edge_kind": layout.edge_kind,
              "nodes": len(ids), "edges": len(routes), "points": sum(map(len, routes.values())),
              "frames": {group: list(box) for group, box in layout.frames.items()}}
    parts = [json.dumps(header).encode(), b"\n", json.dumps(ids, ensure_ascii=False).encode(), b"\n",
             array("d", [v for box in layout.boxes.values() for v in box]).tobytes(),
             array("q", [index[end] for edge in routes for end in edge]).tobytes(),
             array("q", map(len, routes.values())).tobytes(),
             array("d", [v for route in routes.values() for point in route for v in point]).tobytes()]
    return b"".join(parts)


def _array(code: str, data: bytes, start: int, count: int, swap: bool) -> tuple[list, int]:
    end = start + 8 * count
    if end > len(data):
        raise ValueError("truncated arrays")
    values = array(code)
    values.frombytes(data[start:end])
    if swap:
        values.byteswap()
    return values.tolist(), end


def _decode(data: bytes) -> Layout:
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    header = json.loads(data[:first])
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
        raise ValueError("not a layout of this format version")
    ids = json.loads(data[first + 1:second])
    n, m, p = header["nodes"], header["edges"], header["points"]
    if not isinstance(ids, list) or len(ids) != n:
        raise ValueError("node list does not match the header")
    swap = header["byteorder"] != sys.byteorder
    coords, pos = _array("d", data, second + 1, 4 * n, swap)
    ends, pos = _array("q", data, pos, 2 * m, swap)
    counts, pos = _array("q", data, pos, m, swap)
    flat, pos = _array("d", data, pos, 2 * p, swap)
    if pos != len(data) or sum(counts) != p or (m and (min(ends) < 0 or max(ends) >= n or min(counts) < 0)):
        raise ValueError("inconsistent arrays")
    frames = header.get("frames", {})
    if not isinstance(frames, dict) or any(not isinstance(b, list) or len(b) != 4 for b in frames.values()):
        raise ValueError("bad frames")
    layout = Layout(direction=header["direction"], engine=header["engine"], edge_kind=header["edge_kind"],
                    frames={g: tuple(float(v) for v in b) for g, b in frames.items()})
    layout.boxes = dict(zip(ids, zip(coords[0::4], coords[1::4], coords[2::4], coords[3::4])))
    points = list(zip(flat[0::2], flat[1::2]))
    edges, at = layout.edges, 0
    for a, b, k in zip(ends[0::2], ends[1::2], counts):
        edges[(ids[a], ids[b])] = points[at:at + k]
        at += k
    return layout


class PositionCache:
    """Layouts on disk, one file per key.

    :param directory: where to keep them; default the user's cache folder
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.layout.gz"

    def get(self, key: str) -> Layout | None:
        path = self._path(key)
        if not path.exists():
            return None
        # ~500,000 new tuples and lists: the cyclic collector would rescan the whole heap several
        # times while they are made (it doubled the time); none of them can form a cycle
        enabled = gc.isenabled()
        gc.disable()
        try:
            with gzip.open(path, "rb") as f:
                return _decode(f.read())
        except Exception as err:  # noqa: BLE001 - zlib, json or shape errors: any bad file is only a miss
            log.warning("ignoring unreadable cached layout %s: %s", path, err)
            return None
        finally:
            if enabled:
                gc.enable()

    def put(self, key: str, layout: Layout) -> None:
        """Store atomically; a cache that cannot be written is only a warning."""
        data = _encode(layout)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".layout-", suffix=".part", dir=self.directory)
        except OSError as err:
            log.warning("cannot write the layout cache in %s: %s", self.directory, err)
            return
        try:
            with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) as gz:
                gz.write(data)
            os.replace(tmp, self._path(key))
        except OSError as err:
            Path(tmp).unlink(missing_ok=True)
            log.warning("cannot write the layout cache in %s: %s", self.directory, err)
