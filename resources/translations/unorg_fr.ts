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
      <location filename="../../unorg_desktop/ui/actions.py" line="52" />
      <source>&amp;Open database…</source>
      <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="53" />
      <source>&amp;Import documents…</source>
      <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="55" />
      <source>&amp;Documents…</source>
      <translation>&amp;Documents…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="56" />
      <source>&amp;Export chart…</source>
      <translation>&amp;Exporter l’organigramme…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="58" />
      <source>Export data as &amp;CSV…</source>
      <translation>Exporter les données en &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="59" />
      <source>Export data as &amp;JSON…</source>
      <translation>Exporter les données en &amp;JSON…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="60" />
      <source>Export data as &amp;GraphML…</source>
      <translation>Exporter les données en &amp;GraphML…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="62" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="63" />
      <source>Print pre&amp;view…</source>
      <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="64" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="66" />
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="67" />
      <source>C&amp;lear search</source>
      <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="69" />
      <source>&amp;Copy citation</source>
      <translation>&amp;Copier la référence</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="72" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="73" />
      <source>Zoom &amp;out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="74" />
      <source>&amp;Fit chart</source>
      <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="75" />
      <source>Zoom to &amp;selection</source>
      <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="76" />
      <source>&amp;Left to right</source>
      <translation>De &amp;gauche à droite</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="78" />
      <source>&amp;Compact layout (leaves in columns)</source>
      <translation>Disposition &amp;compacte (feuilles en colonnes)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="80" />
      <source>Layout: &amp;automatic</source>
      <translation>Disposition : &amp;automatique</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="82" />
      <source>Layout: Graphviz &amp;dot</source>
      <translation>Disposition : Graphviz &amp;dot</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="84" />
      <source>Layout: tidy tree (&amp;fast)</source>
      <translation>Disposition : arbre &amp;rapide</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="86" />
      <source>E&amp;xpand all</source>
      <translation>&amp;Tout déplier</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="88" />
      <source>Co&amp;llapse all</source>
      <translation>Tout &amp;replier</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="89" />
      <source>Expand su&amp;btree</source>
      <translation>&amp;Déplier la branche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="91" />
      <source>Collapse subt&amp;ree</source>
      <translation>Replier la &amp;branche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="93" />
      <source>&amp;Toggle subtree</source>
      <translation>&amp;Plier/déplier la branche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="95" />
      <source>Show o&amp;utline</source>
      <translation>Afficher le &amp;plan</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="97" />
      <source>Show &amp;minimap</source>
      <translation>Afficher la &amp;vue d’ensemble</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="99" />
      <source>Show le&amp;gend</source>
      <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="101" />
      <source>All &amp;kinds and colours…</source>
      <translation>Tous les &amp;types et leurs couleurs…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="103" />
      <source>&amp;Back</source>
      <translation>&amp;Précédent</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="104" />
      <source>&amp;Forward</source>
      <translation>&amp;Suivant</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="105" />
      <source>&amp;Parent</source>
      <translation>&amp;Supérieur hiérarchique</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="106" />
      <source>First &amp;child</source>
      <translation>Premier &amp;subordonné</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="107" />
      <source>P&amp;revious sibling</source>
      <translation>Unité &amp;voisine précédente</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="109" />
      <source>&amp;Next sibling</source>
      <translation>Unité voisine sui&amp;vante</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="111" />
      <source>&amp;Top of the chart</source>
      <translation>&amp;Haut de l’organigramme</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/actions.py" line="113" />
      <source>&amp;About UNorg Desktop</source>
      <translation>À &amp;propos d’UNorg Desktop</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../unorg_desktop/app.py" line="89" />
      <source>UNorg Desktop</source>
      <translation>UNorg Desktop</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/app.py" line="124" />
      <source>Open database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
  </context>
  <context>
    <name>BreadcrumbBar</name>
    <message>
      <location filename="../../unorg_desktop/ui/breadcrumb.py" line="39" />
      <source>No unit selected: click a card, or search (Ctrl+F)</source>
      <translation>Aucune unité sélectionnée : cliquez sur une carte ou recherchez (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="160" />
      <source>Reporting line</source>
      <translation>Rattachement</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="182" />
      <source>Reporting lines from %1</source>
      <translation>Rattachements à %1</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="184" />
      <source>Reporting lines</source>
      <translation>Rattachements</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/edges.py" line="195" />
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
    <message>
      <location filename="../../unorg_desktop/render/areas.py" line="47" />
      <source>Also reports to %1</source>
      <translation>Relève aussi de %1</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/cards.py" line="204" />
      <source>(collective: several units of this kind)</source>
      <translation>(collectif : plusieurs unités de ce type)</translation>
    </message>
  </context>
  <context>
    <name>ChartController</name>
    <message>
      <location filename="../../unorg_desktop/ui/chart_controller.py" line="63" />
      <source>Named in {document} — not placed by any text</source>
      <translation>Cités dans {document} — aucun texte ne les situe</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/chart_controller.py" line="64" />
      <source>Outside the reporting tree</source>
      <translation>Hors de l’organigramme</translation>
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
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="47" />
      <source>Select a unit first to export its subtree.</source>
      <translation>Sélectionnez d’abord une unité pour exporter sa branche.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="58" />
      <location filename="../../unorg_desktop/ui/printing.py" line="49" />
      <source>Sources: </source>
      <translation>Sources : </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="102" />
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="184" />
      <source>Export chart</source>
      <translation>Exporter l’organigramme</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="104" />
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="104" />
      <source>SVG drawing (text stays text)</source>
      <translation>Dessin SVG (le texte reste du texte)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="105" />
      <source>PDF document</source>
      <translation>Document PDF</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="110" />
      <source>Selected subtree</source>
      <translation>Branche sélectionnée</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="111" />
      <source>Visible area</source>
      <translation>Zone visible</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="115" />
      <source>Chart size (no page)</source>
      <translation>Taille de l’organigramme (sans page)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="119" />
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="119" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="120" />
      <source>Landscape</source>
      <translation>Paysage</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="124" />
      <source>At 100 %, on several pages if needed</source>
      <translation>À 100 %, sur plusieurs pages si besoin</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="134" />
      <source>White</source>
      <translation>Blanc</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="135" />
      <source>Transparent</source>
      <translation>Transparent</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="123" />
      <source>Fit on one page</source>
      <translation>Tenir sur une page</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="136" />
      <source>Caption with the source documents</source>
      <translation>Légende indiquant les documents sources</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="139" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="145" />
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="146" />
      <source>Scope:</source>
      <translation>Étendue :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="147" />
      <source>Paper:</source>
      <translation>Papier :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="148" />
      <source>Orientation:</source>
      <translation>Orientation :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="150" />
      <source>Scale (PNG):</source>
      <translation>Échelle (PNG) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="151" />
      <source>Resolution (PNG, dpi):</source>
      <translation>Résolution (PNG, ppp) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="152" />
      <source>Background (PNG):</source>
      <translation>Fond (PNG) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="149" />
      <source>Pages (PDF):</source>
      <translation>Pages (PDF) :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="108" />
      <source>Whole chart (every unit, expanded)</source>
      <translation>Organigramme entier (toutes les unités dépliées)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="109" />
      <source>As shown</source>
      <translation>Tel qu’affiché</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/export_dialog.py" line="154" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="57" />
      <source>Import finished</source>
      <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="72" />
      <source>Warnings (%n)</source>
      <translation>
        <numerusform>Avertissement (%n)</numerusform>
        <numerusform>Avertissements (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="75" />
      <source>Show in chart</source>
      <translation>Montrer dans l’organigramme</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="112" />
      <source>The organisation now has %n units</source>
      <translation>
        <numerusform>L’organisation compte maintenant %n unité</numerusform>
        <numerusform>L’organisation compte maintenant %n unités</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="118" />
      <source>%n left apart</source>
      <translation>
        <numerusform>%n laissée à part</numerusform>
        <numerusform>%n laissées à part</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="120" />
      <source>Translation of %1:</source>
      <translation>Traduction de %1 :</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="121" />
      <source>%n units joined</source>
      <translation>
        <numerusform>%n unité rejointe</numerusform>
        <numerusform>%n unités rejointes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="122" />
      <source>%n added</source>
      <translation>
        <numerusform>%n ajoutée</numerusform>
        <numerusform>%n ajoutées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="125" />
      <source>%n units added</source>
      <translation>
        <numerusform>%n unité ajoutée</numerusform>
        <numerusform>%n unités ajoutées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="126" />
      <source>%n joined to known units</source>
      <translation>
        <numerusform>%n rattachée à une unité connue</numerusform>
        <numerusform>%n rattachées à des unités connues</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="128" />
      <source>%n reporting lines</source>
      <translation>
        <numerusform>%n rattachement</numerusform>
        <numerusform>%n rattachements</numerusform>
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
      <translation>Unité de tête : %1</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="136" />
      <source>(under %1)</source>
      <translation>(sous %1)</translation>
    </message>
  </context>
  <context>
    <name>LegendOverlay</name>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="34" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="38" />
      <source>Secondary line</source>
      <translation>Rattachement secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="44" />
      <source>Colours by kind of unit; dashed: secondary reporting line</source>
      <translation>Couleurs par type d’unité ; tirets : rattachement secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="71" />
      <source>A secondary reporting line (a unit also reports to this one)</source>
      <translation>Un rattachement secondaire (une unité relève aussi de celle-ci)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="73" />
      <source>Search: the unit's name matches</source>
      <translation>Recherche : le nom de l’unité correspond</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="75" />
      <source>Search: only the text of one of its functions matches</source>
      <translation>Recherche : seul le texte de l’une de ses fonctions correspond</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="106" />
      <source>Name matches</source>
      <translation>Nom trouvé</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/legend_overlay.py" line="106" />
      <source>Function matches</source>
      <translation>Fonction trouvée</translation>
    </message>
  </context>
  <context>
    <name>Library</name>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="147" />
      <source>ID</source>
      <translation>Id.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="147" />
      <source>Symbol</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="148" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="148" />
      <source>Family</source>
      <translation>Famille</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="149" />
      <source>Units</source>
      <translation>Unités</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="149" />
      <source>Imported</source>
      <translation>Importé</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="150" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="151" />
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="151" />
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="164" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="175" />
      <source>bundled</source>
      <translation>fourni</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="178" />
      <source>%1 added, %2 joined, %3 left apart</source>
      <translation>%1 ajoutées, %2 rejointes, %3 laissées à part</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="181" />
      <source>Translation of document %1</source>
      <translation>Traduction du document %1</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="189" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="190" />
      <source>Show source</source>
      <translation>Voir le texte</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="191" />
      <source>Back to the bundled texts only</source>
      <translation>Revenir aux seuls textes fournis</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="257" />
      <source>bundled text</source>
      <translation>texte fourni</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/library_dialogs.py" line="257" />
      <source>imported %1</source>
      <translation>importé le %1</translation>
    </message>
  </context>
  <context>
    <name>LibraryTasks</name>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="107" />
      <source>Importing %s</source>
      <translation>Importation de %s</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="107" />
      <source>Import failed</source>
      <translation>Échec de l’importation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="114" />
      <source>Removing document %s</source>
      <translation>Retrait du document %s</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="114" />
      <source>Remove failed</source>
      <translation>Échec du retrait</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="122" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="128" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/importing.py" line="130" />
      <source>UNorg Desktop</source>
      <translation>UNorg Desktop</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="74" />
      <source>UNorg Desktop — %s</source>
      <translation>UNorg Desktop — %s</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="117" />
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="120" />
      <source>Find:</source>
      <translation>Rechercher :</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="183" />
      <source>Import cancelled; nothing was changed</source>
      <translation>Importation annulée ; rien n’a été modifié</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="361" />
      <source>%1 units · %2 shown</source>
      <translation>%1 unités · %2 affichées</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="395" />
      <source>Open database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="396" />
      <source>UNorg databases (*.sqlite *.db);;All files (*)</source>
      <translation>Bases UNorg (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="415" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="449" />
      <source>Export failed</source>
      <translation>Échec de l’exportation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="418" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="452" />
      <source>Exported to %s</source>
      <translation>Exporté vers %s</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="441" />
      <source>Export data</source>
      <translation>Exporter les données</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="459" />
      <source>Import documents</source>
      <translation>Importer des documents</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="460" />
      <source>Organisation texts (*.txt *.pdf);;All files (*)</source>
      <translation>Textes d’organisation (*.txt *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="472" />
      <source>An import is already running</source>
      <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="516" />
      <location filename="../../unorg_desktop/ui/main_window.py" line="523" />
      <source>Back to the bundled texts only</source>
      <translation>Revenir aux seuls textes fournis</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="517" />
      <source>Remove every imported document? The bundled texts stay; imported files can be imported again.</source>
      <translation>Retirer tous les documents importés ? Les textes fournis restent ; les fichiers importés pourront être importés de nouveau.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/main_window.py" line="549" />
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
    <name>Pages</name>
    <message>
      <location filename="../../unorg_desktop/render/paged.py" line="127" />
      <source>Page %1 / %2</source>
      <translation>Page %1 / %2</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/paged.py" line="128" />
      <source>page map</source>
      <translation>plan des pages</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/render/paged.py" line="129" />
      <source>row %1, column %2</source>
      <translation>ligne %1, colonne %2</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="108" />
      <source>Print preview</source>
      <translation>Aperçu avant impression</translation>
    </message>
  </context>
  <context>
    <name>ResultsPanel</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="361" />
      <source>No unit matches “%1”</source>
      <translation>Aucune unité ne correspond à « %1 »</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/search.py" line="363" />
      <source>The first %n results for “%1”</source>
      <translation>
        <numerusform>Le premier résultat pour « %1 »</numerusform>
        <numerusform>Les %n premiers résultats pour « %1 »</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/search.py" line="364" />
      <source>%n results for “%1”</source>
      <translation>
        <numerusform>%n résultat pour « %1 »</numerusform>
        <numerusform>%n résultats pour « %1 »</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchField</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="203" />
      <source>Find a unit or a function (Ctrl+F)</source>
      <translation>Rechercher une unité ou une fonction (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>SearchHitModel</name>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="85" />
      <source>in %1</source>
      <translation>dans %1</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="88" />
      <source>other name</source>
      <translation>autre nom</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="88" />
      <source>abbreviation</source>
      <translation>abréviation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="89" />
      <source>close spelling</source>
      <translation>orthographe proche</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/search.py" line="89" />
      <source>function</source>
      <translation>fonction</translation>
    </message>
  </context>
  <context>
    <name>UnitPanel</name>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="105" />
      <source>Copy citation</source>
      <translation>Copier la référence</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="106" />
      <source>Copy the defining document and paragraph to the clipboard</source>
      <translation>Copier le document et le paragraphe qui définissent l’unité dans le presse-papiers</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="173" />
      <source>%1 units and %2 secondary reporting lines,</source>
      <translation>%1 unités et %2 rattachements secondaires,</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="175" />
      <source>from %n documents:</source>
      <translation>
        <numerusform>tirés de %n document :</numerusform>
        <numerusform>tirés de %n documents :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="178" />
      <source>Click a card, or a row of the outline, to see what the texts say about a unit.</source>
      <translation>Cliquez sur une carte, ou sur une ligne du plan, pour voir ce que les textes disent d’une unité.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="179" />
      <source>Ctrl+F finds a unit by name, abbreviation or function.</source>
      <translation>Ctrl+F trouve une unité par son nom, son sigle ou ses fonctions.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="180" />
      <source>Arrow keys move along the chart; + and − expand and collapse; Ctrl+0 fits the chart.</source>
      <translation>Les flèches parcourent l’organigramme ; + et − déplient et replient ; Ctrl+0 l’ajuste à la fenêtre.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="181" />
      <source>The organisation</source>
      <translation>L’organisation</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="181" />
      <source>Getting started</source>
      <translation>Pour commencer</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="196" />
      <source>Defined in</source>
      <translation>Définie dans</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="197" />
      <source>Functions</source>
      <translation>Fonctions</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="198" />
      <source>Source paragraphs</source>
      <translation>Paragraphes sources</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="199" />
      <source>Mandates cited</source>
      <translation>Mandats cités</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="200" />
      <source>Mentioned in reports</source>
      <translation>Mentions dans les rapports</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="201" />
      <source>Reports to</source>
      <translation>Relève de</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="202" />
      <source>secondary</source>
      <translation>secondaire</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="203" />
      <source>Direct reports</source>
      <translation>Unités subordonnées</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="212" />
      <source>%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.</source>
      <translation>
        <numerusform>%n unité que ce rapport nomme sans dire où elle se situe dans l’organisation. Elle est regroupée ici pour l’organigramme ; les textes ne lui donnent aucun rattachement.</numerusform>
        <numerusform>%n unités que ce rapport nomme sans dire où elles se situent dans l’organisation. Elles sont regroupées ici pour l’organigramme ; les textes ne leur donnent aucun rattachement.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="288" />
      <source>Placed under %1 by %2, and under %3 by %4.</source>
      <translation>Placée sous %1 par %2, et sous %3 par %4.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="292" />
      <source>Defined by %1, and again by %2.</source>
      <translation>Définie par %1, et de nouveau par %2.</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="294" />
      <source>A reporting line to the post “%1”, which heads no unit (%2).</source>
      <translation>Un rattachement au poste « %1 », qui ne dirige aucune unité (%2).</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/panel.py" line="297" />
      <source>Named by a report (%1); no bulletin defines it.</source>
      <translation>Nommée par un rapport (%1) ; aucune circulaire ne la définit.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../unorg_desktop/ui/panel.py" line="325" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… et %n autre</numerusform>
        <numerusform>… et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_Choices</name>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="76" />
      <source>As shown</source>
      <translation>Tel qu’affiché</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="77" />
      <source>Whole chart (every unit, expanded)</source>
      <translation>Organigramme entier (toutes les unités dépliées)</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="80" />
      <source>Fit on one page</source>
      <translation>Tenir sur une page</translation>
    </message>
    <message>
      <location filename="../../unorg_desktop/ui/printing.py" line="81" />
      <source>At 100 %, on several pages if needed</source>
      <translation>À 100 %, sur plusieurs pages si besoin</translation>
    </message>
  </context>
</TS>