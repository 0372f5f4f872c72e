"""Qt items for the reporting chart, and its export (PNG, SVG, PDF).

Modules: ``palette`` (colours, fonts), ``cards`` (``card_size``, ``UnitCard``), ``edges``
(batched primary edges, secondary lines), ``overview`` (cached low-zoom image), ``legend``,
``scene`` (``ChartScene``), ``export`` (``export_scene``, ``export_chart``), ``timing``
(``frame_time``). Built from graph/layout data; never reads the store except
``export.export_chart``.
"""
