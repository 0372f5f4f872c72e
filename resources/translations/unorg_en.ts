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
      <location filename="../../unorg_desktop/ui/actions.py" line="50" />
      <source>&amp;Open database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="51" />
      <source>&amp;Export chart…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="53" />
      <source>Export data as &amp;CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="54" />
      <source>Export data as &amp;JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="55" />
      <source>Export data as &amp;GraphML…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="56" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="58" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="59" />
      <source>C&amp;lear search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="61" />
      <source>&amp;Copy citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="64" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="65" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="66" />
      <source>&amp;Fit chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="67" />
      <source>Zoom to &amp;selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="68" />
      <source>&amp;Left to right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="70" />
      <source>&amp;Compact layout (leaves in columns)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="72" />
      <source>Layout: &amp;automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="74" />
      <source>Layout: Graphviz &amp;dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="76" />
      <source>Layout: tidy tree (&amp;fast)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="78" />
      <source>E&amp;xpand all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="80" />
      <source>Co&amp;llapse all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="81" />
      <source>Expand su&amp;btree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="83" />
      <source>Collapse subt&amp;ree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="85" />
      <source>&amp;Toggle subtree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="87" />
      <source>Show o&amp;utline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="89" />
      <source>Show &amp;minimap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="91" />
      <source>Show le&amp;gend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="93" />
      <source>All &amp;kinds and colours…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="95" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="96" />
      <source>&amp;Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="97" />
      <source>&amp;Parent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="98" />
      <source>First &amp;child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="99" />
      <source>P&amp;revious sibling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="101" />
      <source>&amp;Next sibling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="103" />
      <source>&amp;Top of the chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="105" />
      <source>&amp;About UNorg Desktop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../unorg_desktop/app.py" line="65" />
      <source>UNorg Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/app.py" line="98" />
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreadcrumbBar</name>
    <message>
      <location filename="../../unorg_desktop/ui/breadcrumb.py" line="38" />
      <source>No unit selected: click a card, or search (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="129" />
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
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="43" />
      <source>Select a unit first to export its subtree.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="61" />
      <source>Sources: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="98" />
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="160" />
      <source>Export chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="100" />
      <source>PNG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="100" />
      <source>SVG drawing (text stays text)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="101" />
      <source>PDF document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="104" />
      <source>Whole chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="105" />
      <source>Selected subtree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="106" />
      <source>Visible area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="118" />
      <source>White</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="119" />
      <source>Transparent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="121" />
      <source>Fit on one page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="122" />
      <source>Several pages, numbered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="123" />
      <source>Caption with the source documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="126" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="132" />
      <source>Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="133" />
      <source>Scope:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="134" />
      <source>Scale (PNG):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="135" />
      <source>Resolution (PNG, dpi):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="136" />
      <source>Background (PNG):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="137" />
      <source>Pages (PDF):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="139" />
      <source>File:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LegendOverlay</name>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="33" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="37" />
      <source>Secondary line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="42" />
      <source>Colours by kind of unit; dashed: secondary reporting line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="64" />
      <source>A secondary reporting line (a unit also reports to this one)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="67" />
      <source>UNorg Desktop — %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="104" />
      <source>Search results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="109" />
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="112" />
      <source>Find:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="316" />
      <source>%1 units · %2 shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="331" />
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="332" />
      <source>UNorg databases (*.sqlite *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="347" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="366" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="350" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="369" />
      <source>Exported to %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="358" />
      <source>Export data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="394" />
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
    <name>SearchField</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="183" />
      <source>Find a unit or a function (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchHitModel</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="65" />
      <source>other name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="65" />
      <source>abbreviation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="66" />
      <source>close spelling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="66" />
      <source>function</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnitPanel</name>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="114" />
      <source>Copy citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="115" />
      <source>Copy the defining document and paragraph to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="172" />
      <source>%1 units and %2 secondary reporting lines,</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="174" />
      <source>from %n documents:</source>
      <translation>
        <numerusform>from %n document:</numerusform>
        <numerusform>from %n documents:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="177" />
      <source>Click a card, or a row of the outline, to see what the texts say about a unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="178" />
      <source>Ctrl+F finds a unit by name, abbreviation or function.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="179" />
      <source>Arrow keys move along the chart; + and − expand and collapse; Ctrl+0 fits the chart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="180" />
      <source>The organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="180" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="207" />
      <source>Defined in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="208" />
      <source>Functions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="209" />
      <source>Source paragraphs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="210" />
      <source>Mandates cited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="211" />
      <source>Mentioned in reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="212" />
      <source>Reports to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="213" />
      <source>secondary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="214" />
      <source>Direct reports</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="223" />
      <source>%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.</source>
      <translation>
        <numerusform>%n unit that this report names without stating where it sits in the organisation. It is grouped here for the chart; the texts give it no parent.</numerusform>
        <numerusform>%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="302" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
  </context>
</TS>