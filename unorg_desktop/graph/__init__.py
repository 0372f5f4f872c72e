"""The reporting forest (``OrgGraph``) and the data export of a chart; no Qt, and networkx only
inside the functions that need it (GraphML, ``OrgGraph.tree``), so the first chart loads without it."""

from __future__ import annotations

from .data import EXPORT_FORMATS, chart_data, export_bytes, export_data
from .org import (GROUP_KIND, GROUP_LABEL, GROUP_PREFIX, ROOT, OrgGraph, VisibleChart, is_group,
                  stated)

__all__ = ["EXPORT_FORMATS", "GROUP_KIND", "GROUP_LABEL", "GROUP_PREFIX", "ROOT", "OrgGraph", "VisibleChart",
           "chart_data", "export_bytes", "export_data", "is_group", "stated"]
