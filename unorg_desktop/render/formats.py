"""Export formats, and the format of an export from its file name (no Qt: the command line checks
it before loading anything)."""

from __future__ import annotations

from pathlib import Path

FORMATS = ("png", "svg", "pdf")  # pictures
DATA_FORMATS = ("json", "csv", "graphml")  # the chart's data


def format_for(path, fmt: str | None = None, allowed=FORMATS) -> str:
    """The format of an export: ``fmt``, else the extension of ``path``; ``ValueError`` when they
    disagree (a PDF named ``.png``) or neither names one of ``allowed``."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if fmt is not None:
        fmt = str(fmt).lower()
        if fmt not in allowed:
            raise ValueError(f"unknown export format {fmt!r} (expected {', '.join(allowed)})")
        if suffix in allowed and suffix != fmt:
            raise ValueError(f"--format {fmt} does not match the file name {Path(path).name!r}: "
                             f"name it .{fmt}, or drop --format")
        return fmt
    if suffix not in allowed:
        raise ValueError(f"cannot tell the format from {Path(path).name!r}: give --format "
                         f"({', '.join(allowed)}) or a file name ending in one of them")
    return suffix
