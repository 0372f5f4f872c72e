"""Widgets of the desktop application (napari-style: thin Qt adapters over store/graph objects).

Modules: ``main_window`` (composition only), ``chart_view`` (zoom, pan, fly-to), ``minimap``,
``chart_controller`` (expansion state and layout), ``panel`` (unit details), ``search``,
``outline`` (tree model and view), ``selection`` (current unit and history), ``actions``
(menus and shortcuts as data), ``settings`` (QSettings, typed), ``export_dialog``,
``translations``. The ``ui`` layer never runs SQL: it asks :class:`~unorg_desktop.store.Store`
and :class:`~unorg_desktop.graph.OrgGraph`.
"""
