<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="20" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="21" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="22" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="23" />
      <source>&amp;Go</source>
      <translation>A&amp;ller</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="24" />
      <source>&amp;Help</source>
      <translation>Ai&amp;de</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="50" />
      <source>&amp;Open database…</source>
      <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="51" />
      <source>&amp;Export chart…</source>
      <translation>&amp;Exporter l’organigramme…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="53" />
      <source>Export data as &amp;CSV…</source>
      <translation>Exporter les données en &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="54" />
      <source>Export data as &amp;JSON…</source>
      <translation>Exporter les données en &amp;JSON…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="55" />
      <source>Export data as &amp;GraphML…</source>
      <translation>Exporter les données en &amp;GraphML…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="56" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="58" />
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="59" />
      <source>C&amp;lear search</source>
      <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="61" />
      <source>&amp;Copy citation</source>
      <translation>&amp;Copier la référence</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="64" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="65" />
      <source>Zoom &amp;out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="66" />
      <source>&amp;Fit chart</source>
      <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="67" />
      <source>Zoom to &amp;selection</source>
      <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="68" />
      <source>&amp;Left to right</source>
      <translation>De &amp;gauche à droite</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="70" />
      <source>&amp;Compact layout (leaves in columns)</source>
      <translation>Disposition &amp;compacte (feuilles en colonnes)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="72" />
      <source>Layout: &amp;automatic</source>
      <translation>Disposition : &amp;automatique</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="74" />
      <source>Layout: Graphviz &amp;dot</source>
      <translation>Disposition : Graphviz &amp;dot</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="76" />
      <source>Layout: tidy tree (&amp;fast)</source>
      <translation>Disposition : arbre &amp;rapide</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="78" />
      <source>E&amp;xpand all</source>
      <translation>&amp;Tout déplier</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="80" />
      <source>Co&amp;llapse all</source>
      <translation>Tout &amp;replier</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="81" />
      <source>Expand su&amp;btree</source>
      <translation>&amp;Déplier la branche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="83" />
      <source>Collapse subt&amp;ree</source>
      <translation>Replier la &amp;branche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="85" />
      <source>&amp;Toggle subtree</source>
      <translation>&amp;Plier/déplier la branche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="87" />
      <source>Show o&amp;utline</source>
      <translation>Afficher le &amp;plan</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="89" />
      <source>Show &amp;minimap</source>
      <translation>Afficher la &amp;vue d’ensemble</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="91" />
      <source>Show le&amp;gend</source>
      <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="93" />
      <source>All &amp;kinds and colours…</source>
      <translation>Tous les &amp;types et leurs couleurs…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="95" />
      <source>&amp;Back</source>
      <translation>&amp;Précédent</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="96" />
      <source>&amp;Forward</source>
      <translation>&amp;Suivant</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="97" />
      <source>&amp;Parent</source>
      <translation>&amp;Supérieur hiérarchique</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="98" />
      <source>First &amp;child</source>
      <translation>Premier &amp;subordonné</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="99" />
      <source>P&amp;revious sibling</source>
      <translation>Unité &amp;voisine précédente</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="101" />
      <source>&amp;Next sibling</source>
      <translation>Unité voisine sui&amp;vante</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="103" />
      <source>&amp;Top of the chart</source>
      <translation>&amp;Haut de l’organigramme</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="105" />
      <source>&amp;About UNorg Desktop</source>
      <translation>À &amp;propos d’UNorg Desktop</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../unorg_desktop/app.py" line="65" />
      <source>UNorg Desktop</source>
      <translation>UNorg Desktop</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/app.py" line="98" />
      <source>Open database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
  </context>
  <context>
    <name>BreadcrumbBar</name>
    <message>
      <location filename="../../unorg_desktop/ui/breadcrumb.py" line="38" />
      <source>No unit selected: click a card, or search (Ctrl+F)</source>
      <translation>Aucune unité sélectionnée : cliquez sur une carte ou recherchez (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="129" />
      <location filename="../../unorg_desktop/render/legend.py" line="22" />
      <source>Secondary line</source>
      <translation>Rattachement secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="41" />
      <source>Secretary-General</source>
      <translation>Secrétaire général</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="42" />
      <source>Departments</source>
      <translation>Départements</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="43" />
      <source>Offices</source>
      <translation>Bureaux</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="44" />
      <source>Divisions</source>
      <translation>Divisions</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="45" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="46" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="47" />
      <source>Units and teams</source>
      <translation>Unités et équipes</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="48" />
      <source>Field missions</source>
      <translation>Missions</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/palette.py" line="49" />
      <source>Other bodies</source>
      <translation>Autres entités</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="24" />
      <source>How the UN Secretariat is organised, from the official texts.</source>
      <translation>L’organisation du Secrétariat de l’ONU, d’après les textes officiels.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="25" />
      <source>Data sources</source>
      <translation>Sources des données</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="32" />
      <source>About UNorg Desktop</source>
      <translation>À propos d’UNorg Desktop</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="46" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/dialogs.py" line="73" />
      <source>Solid lines: primary reporting lines. Dashed lines: secondary (dual) reporting lines; hover one to see the paragraph that states it.</source>
      <translation>Traits pleins : rattachements principaux. Tirets : rattachements secondaires (doubles) ; survolez-en un pour voir le paragraphe qui l’énonce.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="43" />
      <source>Select a unit first to export its subtree.</source>
      <translation>Sélectionnez d’abord une unité pour exporter sa branche.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="61" />
      <source>Sources: </source>
      <translation>Sources : </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="98" />
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="160" />
      <source>Export chart</source>
      <translation>Exporter l’organigramme</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="100" />
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="100" />
      <source>SVG drawing (text stays text)</source>
      <translation>Dessin SVG (le texte reste du texte)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="101" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="104" />
      <source>Whole chart</source>
      <translation>Organigramme entier</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="105" />
      <source>Selected subtree</source>
      <translation>Branche sélectionnée</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="106" />
      <source>Visible area</source>
      <translation>Zone visible</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="118" />
      <source>White</source>
      <translation>Blanc</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="119" />
      <source>Transparent</source>
      <translation>Transparent</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="121" />
      <source>Fit on one page</source>
      <translation>Tenir sur une page</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="122" />
      <source>Several pages, numbered</source>
      <translation>Plusieurs pages numérotées</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="123" />
      <source>Caption with the source documents</source>
      <translation>Légende indiquant les documents sources</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="126" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="132" />
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="133" />
      <source>Scope:</source>
      <translation>Étendue :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="134" />
      <source>Scale (PNG):</source>
      <translation>Échelle (PNG) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="135" />
      <source>Resolution (PNG, dpi):</source>
      <translation>Résolution (PNG, ppp) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="136" />
      <source>Background (PNG):</source>
      <translation>Fond (PNG) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="137" />
      <source>Pages (PDF):</source>
      <translation>Pages (PDF) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="139" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
  </context>
  <context>
    <name>LegendOverlay</name>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="33" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="37" />
      <source>Secondary line</source>
      <translation>Rattachement secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="42" />
      <source>Colours by kind of unit; dashed: secondary reporting line</source>
      <translation>Couleurs par type d’unité ; tirets : rattachement secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="64" />
      <source>A secondary reporting line (a unit also reports to this one)</source>
      <translation>Un rattachement secondaire (une unité relève aussi de celle-ci)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="67" />
      <source>UNorg Desktop — %s</source>
      <translation>UNorg Desktop — %s</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="104" />
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="109" />
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="112" />
      <source>Find:</source>
      <translation>Rechercher :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="316" />
      <source>%1 units · %2 shown</source>
      <translation>%1 unités · %2 affichées</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="331" />
      <source>Open database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="332" />
      <source>UNorg databases (*.sqlite *.db);;All files (*)</source>
      <translation>Bases UNorg (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="347" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="366" />
      <source>Export failed</source>
      <translation>Échec de l’exportation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="350" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="369" />
      <source>Exported to %s</source>
      <translation>Exporté vers %s</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="358" />
      <source>Export data</source>
      <translation>Exporter les données</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="394" />
      <source>Copied: %s</source>
      <translation>Copié : %s</translation>
    </message>
  </context>
  <context>
    <name>Minimap</name>
    <message>
      <location filename="../../unorg_desktop/ui/minimap.py" line="25" />
      <source>Overview</source>
      <translation>Vue d’ensemble</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/minimap.py" line="32" />
      <source>Overview: click or drag to move the chart</source>
      <translation>Vue d’ensemble : cliquez ou faites glisser pour vous déplacer</translation>
    </message>
  </context>
  <context>
    <name>SearchField</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="183" />
      <source>Find a unit or a function (Ctrl+F)</source>
      <translation>Rechercher une unité ou une fonction (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>SearchHitModel</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="65" />
      <source>other name</source>
      <translation>autre nom</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="65" />
      <source>abbreviation</source>
      <translation>abréviation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="66" />
      <source>close spelling</source>
      <translation>orthographe proche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="66" />
      <source>function</source>
      <translation>fonction</translation>
    </message>
  </context>
  <context>
    <name>UnitPanel</name>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="114" />
      <source>Copy citation</source>
      <translation>Copier la référence</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="115" />
      <source>Copy the defining document and paragraph to the clipboard</source>
      <translation>Copier le document et le paragraphe qui définissent l’unité dans le presse-papiers</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="172" />
      <source>%1 units and %2 secondary reporting lines,</source>
      <translation>%1 unités et %2 rattachements secondaires,</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="174" />
      <source>from %n documents:</source>
      <translation>
        <numerusform>tirés de %n document :</numerusform>
        <numerusform>tirés de %n documents :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="177" />
      <source>Click a card, or a row of the outline, to see what the texts say about a unit.</source>
      <translation>Cliquez sur une carte, ou sur une ligne du plan, pour voir ce que les textes disent d’une unité.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="178" />
      <source>Ctrl+F finds a unit by name, abbreviation or function.</source>
      <translation>Ctrl+F trouve une unité par son nom, son sigle ou ses fonctions.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="179" />
      <source>Arrow keys move along the chart; + and − expand and collapse; Ctrl+0 fits the chart.</source>
      <translation>Les flèches parcourent l’organigramme ; + et − déplient et replient ; Ctrl+0 l’ajuste à la fenêtre.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="180" />
      <source>The organisation</source>
      <translation>L’organisation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="180" />
      <source>Getting started</source>
      <translation>Pour commencer</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="207" />
      <source>Defined in</source>
      <translation>Définie dans</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="208" />
      <source>Functions</source>
      <translation>Fonctions</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="209" />
      <source>Source paragraphs</source>
      <translation>Paragraphes sources</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="210" />
      <source>Mandates cited</source>
      <translation>Mandats cités</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="211" />
      <source>Mentioned in reports</source>
      <translation>Mentions dans les rapports</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="212" />
      <source>Reports to</source>
      <translation>Relève de</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="213" />
      <source>secondary</source>
      <translation>secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="214" />
      <source>Direct reports</source>
      <translation>Unités subordonnées</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="223" />
      <source>%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.</source>
      <translation>
        <numerusform>%n unité que ce rapport nomme sans dire où elle se situe dans l’organisation. Elle est regroupée ici pour l’organigramme ; les textes ne lui donnent aucun rattachement.</numerusform>
        <numerusform>%n unités que ce rapport nomme sans dire où elles se situent dans l’organisation. Elles sont regroupées ici pour l’organigramme ; les textes ne leur donnent aucun rattachement.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="302" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… et %n autre</numerusform>
        <numerusform>… et %n autres</numerusform>
      </translation>
    </message>
  </context>
</TS>