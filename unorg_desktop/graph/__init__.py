"""The reporting forest (``OrgGraph``) and the data export of a chart; no Qt, and networkx only
inside the functions that need it (GraphML, ``OrgGraph.tree``), so the first chart loads without it.
The data export (csv, json, atomic writes) loads on first use too."""

from __future__ import annotations

from .org import (GROUP_KIND, GROUP_LABEL, GROUP_PREFIX, ROOT, OrgGraph, VisibleChart, is_group,
                  stated)

_DATA = ("EXPORT_FORMATS", "chart_data", "export_bytes", "export_data")


def __getattr__(name: str):
    if name in _DATA:
        from . import data

        return getattr(data, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXPORT_FORMATS", "GROUP_KIND", "GROUP_LABEL", "GROUP_PREFIX", "ROOT", "OrgGraph", "VisibleChart",
           "chart_data", "export_bytes", "export_data", "is_group", "stated"]
