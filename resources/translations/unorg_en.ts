<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="20" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="21" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="22" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="23" />
      <source>&amp;Go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="24" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="52" />
      <source>&amp;Open database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="53" />
      <source>&amp;Import documents…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="55" />
      <source>&amp;Documents…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="56" />
      <source>&amp;Export chart…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="58" />
      <source>Export data as &amp;CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="59" />
      <source>Export data as &amp;JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="60" />
      <source>Export data as &amp;GraphML…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="62" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="63" />
      <source>Print pre&amp;view…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="64" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="66" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="67" />
      <source>C&amp;lear search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="69" />
      <source>&amp;Copy citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="72" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="73" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="74" />
      <source>&amp;Fit chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="75" />
      <source>Zoom to &amp;selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="76" />
      <source>&amp;Left to right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="78" />
      <source>&amp;Compact layout (leaves in columns)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="80" />
      <source>Layout: &amp;automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="82" />
      <source>Layout: Graphviz &amp;dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="84" />
      <source>Layout: tidy tree (&amp;fast)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="86" />
      <source>E&amp;xpand all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="88" />
      <source>Co&amp;llapse all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="89" />
      <source>Expand su&amp;btree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="91" />
      <source>Collapse subt&amp;ree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="93" />
      <source>&amp;Toggle subtree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="95" />
      <source>Show o&amp;utline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="97" />
      <source>Show &amp;minimap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="99" />
      <source>Show le&amp;gend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="101" />
      <source>All &amp;kinds and colours…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="103" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="104" />
      <source>&amp;Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="105" />
      <source>&amp;Parent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="106" />
      <source>First &amp;child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="107" />
      <source>P&amp;revious sibling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="109" />
      <source>&amp;Next sibling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="111" />
      <source>&amp;Top of the chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="113" />
      <source>&amp;About UNorg Desktop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../unorg_desktop/app.py" line="89" />
      <source>UNorg Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/app.py" line="124" />
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreadcrumbBar</name>
    <message>
      <location filename="../../unorg_desktop/ui/breadcrumb.py" line="39" />
      <source>No unit selected: click a card, or search (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="160" />
      <source>Reporting line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="182" />
      <source>Reporting lines from %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="184" />
      <source>Reporting lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="195" />
      <location filename="../../unorg_desktop/render/legend.py" line="22" />
      <source>Secondary line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="41" />
      <source>Secretary-General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="42" />
      <source>Departments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="43" />
      <source>Offices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="44" />
      <source>Divisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="45" />
      <source>Services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="46" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="47" />
      <source>Units and teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="48" />
      <source>Field missions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="49" />
      <source>Other bodies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/areas.py" line="47" />
      <source>Also reports to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/cards.py" line="204" />
      <source>(collective: several units of this kind)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChartController</name>
    <message>
      <location filename="../../unorg_desktop/ui/chart_controller.py" line="63" />
      <source>Named in {document} — not placed by any text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/chart_controller.py" line="64" />
      <source>Outside the reporting tree</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="24" />
      <source>How the UN Secretariat is organised, from the official texts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="25" />
      <source>Data sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="32" />
      <source>About UNorg Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="46" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="73" />
      <source>Solid lines: primary reporting lines. Dashed lines: secondary (dual) reporting lines; hover one to see the paragraph that states it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="47" />
      <source>Select a unit first to export its subtree.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="58" />
      <location filename="../../unorg_desktop/ui/printing.py" line="49" />
      <source>Sources: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="102" />
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="184" />
      <source>Export chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="104" />
      <source>PNG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="104" />
      <source>SVG drawing (text stays text)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="105" />
      <source>PDF document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="110" />
      <source>Selected subtree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="111" />
      <source>Visible area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="115" />
      <source>Chart size (no page)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="119" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="119" />
      <source>Portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="120" />
      <source>Landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="124" />
      <source>At 100 %, on several pages if needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="134" />
      <source>White</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="135" />
      <source>Transparent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="123" />
      <source>Fit on one page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="136" />
      <source>Caption with the source documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="139" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="145" />
      <source>Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="146" />
      <source>Scope:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="147" />
      <source>Paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="148" />
      <source>Orientation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="150" />
      <source>Scale (PNG):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="151" />
      <source>Resolution (PNG, dpi):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="152" />
      <source>Background (PNG):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="149" />
      <source>Pages (PDF):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="108" />
      <source>Whole chart (every unit, expanded)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="109" />
      <source>As shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="154" />
      <source>File:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="57" />
      <source>Import finished</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="72" />
      <source>Warnings (%n)</source>
      <translation>
        <numerusform>Warning (%n)</numerusform>
        <numerusform>Warnings (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="75" />
      <source>Show in chart</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="112" />
      <source>The organisation now has %n units</source>
      <translation>
        <numerusform>The organisation now has %n unit</numerusform>
        <numerusform>The organisation now has %n units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="118" />
      <source>%n left apart</source>
      <translation>
        <numerusform>%n left apart</numerusform>
        <numerusform>%n left apart</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="120" />
      <source>Translation of %1:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="121" />
      <source>%n units joined</source>
      <translation>
        <numerusform>%n unit joined</numerusform>
        <numerusform>%n units joined</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="122" />
      <source>%n added</source>
      <translation>
        <numerusform>%n added</numerusform>
        <numerusform>%n added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="125" />
      <source>%n units added</source>
      <translation>
        <numerusform>%n unit added</numerusform>
        <numerusform>%n units added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="126" />
      <source>%n joined to known units</source>
      <translation>
        <numerusform>%n joined to a known unit</numerusform>
        <numerusform>%n joined to known units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="128" />
      <source>%n reporting lines</source>
      <translation>
        <numerusform>%n reporting line</numerusform>
        <numerusform>%n reporting lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="129" />
      <source>%n attributions</source>
      <translation>
        <numerusform>%n attribution</numerusform>
        <numerusform>%n attributions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="134" />
      <source>Top unit: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="136" />
      <source>(under %1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LegendOverlay</name>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="34" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="38" />
      <source>Secondary line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="44" />
      <source>Colours by kind of unit; dashed: secondary reporting line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="71" />
      <source>A secondary reporting line (a unit also reports to this one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="73" />
      <source>Search: the unit's name matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="75" />
      <source>Search: only the text of one of its functions matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="106" />
      <source>Name matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="106" />
      <source>Function matches</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Library</name>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="147" />
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="147" />
      <source>Symbol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="148" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="148" />
      <source>Family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="149" />
      <source>Units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="149" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="150" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="151" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="151" />
      <source>French</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="164" />
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="175" />
      <source>bundled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="178" />
      <source>%1 added, %2 joined, %3 left apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="181" />
      <source>Translation of document %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="189" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="190" />
      <source>Show source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="191" />
      <source>Back to the bundled texts only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="257" />
      <source>bundled text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="257" />
      <source>imported %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LibraryTasks</name>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="107" />
      <source>Importing %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="107" />
      <source>Import failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="114" />
      <source>Removing document %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="114" />
      <source>Remove failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="122" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="128" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="130" />
      <source>UNorg Desktop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="74" />
      <source>UNorg Desktop — %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="117" />
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="120" />
      <source>Find:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="183" />
      <source>Import cancelled; nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="361" />
      <source>%1 units · %2 shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="395" />
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="396" />
      <source>UNorg databases (*.sqlite *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="415" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="449" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="418" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="452" />
      <source>Exported to %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="441" />
      <source>Export data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="459" />
      <source>Import documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="460" />
      <source>Organisation texts (*.txt *.pdf);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="472" />
      <source>An import is already running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="516" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="523" />
      <source>Back to the bundled texts only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="517" />
      <source>Remove every imported document? The bundled texts stay; imported files can be imported again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="549" />
      <source>Copied: %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Minimap</name>
    <message>
      <location filename="../../unorg_desktop/ui/minimap.py" line="25" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/minimap.py" line="32" />
      <source>Overview: click or drag to move the chart</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="../../unorg_desktop/render/paged.py" line="127" />
      <source>Page %1 / %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/paged.py" line="128" />
      <source>page map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/render/paged.py" line="129" />
      <source>row %1, column %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="108" />
      <source>Print preview</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsPanel</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="361" />
      <source>No unit matches “%1”</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/search.py" line="363" />
      <source>The first %n results for “%1”</source>
      <translation>
        <numerusform>The first result for “%1”</numerusform>
        <numerusform>The first %n results for “%1”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/search.py" line="364" />
      <source>%n results for “%1”</source>
      <translation>
        <numerusform>%n result for “%1”</numerusform>
        <numerusform>%n results for “%1”</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchField</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="203" />
      <source>Find a unit or a function (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchHitModel</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="85" />
      <source>in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="88" />
      <source>other name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="88" />
      <source>abbreviation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="89" />
      <source>close spelling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="89" />
      <source>function</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnitPanel</name>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="105" />
      <source>Copy citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="106" />
      <source>Copy the defining document and paragraph to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="173" />
      <source>%1 units and %2 secondary reporting lines,</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="175" />
      <source>from %n documents:</source>
      <translation>
        <numerusform>from %n document:</numerusform>
        <numerusform>from %n documents:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="178" />
      <source>Click a card, or a row of the outline, to see what the texts say about a unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="179" />
      <source>Ctrl+F finds a unit by name, abbreviation or function.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="180" />
      <source>Arrow keys move along the chart; + and − expand and collapse; Ctrl+0 fits the chart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="181" />
      <source>The organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="181" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="196" />
      <source>Defined in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="197" />
      <source>Functions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="198" />
      <source>Source paragraphs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="199" />
      <source>Mandates cited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="200" />
      <source>Mentioned in reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="201" />
      <source>Reports to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="202" />
      <source>secondary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="203" />
      <source>Direct reports</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="212" />
      <source>%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.</source>
      <translation>
        <numerusform>%n unit that this report names without stating where it sits in the organisation. It is grouped here for the chart; the texts give it no parent.</numerusform>
        <numerusform>%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="288" />
      <source>Placed under %1 by %2, and under %3 by %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="292" />
      <source>Defined by %1, and again by %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="294" />
      <source>A reporting line to the post “%1”, which heads no unit (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="297" />
      <source>Named by a report (%1); no bulletin defines it.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="325" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_Choices</name>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="76" />
      <source>As shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="77" />
      <source>Whole chart (every unit, expanded)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="80" />
      <source>Fit on one page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="81" />
      <source>At 100 %, on several pages if needed</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>