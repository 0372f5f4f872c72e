"""Refresh the translations: ``.venv/bin/python resources/translations/update.py``.

1. ``pyside6-lupdate`` collects the UI's English source strings into ``unorg_fr.ts`` and
   ``unorg_en.ts`` (existing translations are kept);
2. French strings still unfinished are filled from ``FRENCH`` below (a translator may instead
   edit ``unorg_fr.ts`` with Qt Linguist; finished entries are never overwritten);
3. ``pyside6-lrelease`` compiles both to ``.qm`` (English is the source language, so its file
   only marks the language; it is shipped so ``--lang en`` loads something explicit).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
BIN = Path(sys.executable).parent

FRENCH = {
    "&File": "&Fichier", "&Edit": "É&dition", "&View": "&Affichage", "&Go": "A&ller", "&Help": "Ai&de",
    "&Open database…": "&Ouvrir une base de données…", "&Export chart…": "&Exporter l’organigramme…",
    "Export data as &CSV…": "Exporter les données en &CSV…", "Export data as &JSON…": "Exporter les données en &JSON…",
    "Export data as &GraphML…": "Exporter les données en &GraphML…", "&Quit": "&Quitter",
    "&Find…": "&Rechercher…", "C&lear search": "&Effacer la recherche", "&Copy citation": "&Copier la référence",
    "Zoom &in": "Zoom &avant", "Zoom &out": "Zoom a&rrière", "&Fit chart": "&Ajuster à la fenêtre",
    "Zoom to &selection": "Zoomer sur la &sélection", "&Left to right": "De &gauche à droite",
    "E&xpand all": "&Tout déplier", "Co&llapse all": "Tout &replier", "Expand su&btree": "&Déplier la branche",
    "Collapse subt&ree": "Replier la &branche", "&Toggle subtree": "&Plier/déplier la branche",
    "Show o&utline": "Afficher le &plan", "Show &minimap": "Afficher la &vue d’ensemble", "Le&gend…": "&Légende…",
    "&Back": "&Précédent", "&Forward": "&Suivant", "&Parent": "&Supérieur hiérarchique",
    "First &child": "Premier &subordonné", "P&revious sibling": "Unité &voisine précédente",
    "&Next sibling": "Unité voisine sui&vante", "&Top of the chart": "&Haut de l’organigramme",
    "&About UNorg Desktop": "À &propos d’UNorg Desktop",
    "UNorg Desktop": "UNorg Desktop", "Open database": "Ouvrir une base de données",
    "How the UN Secretariat is organised, from the official texts.":
        "L’organisation du Secrétariat de l’ONU, d’après les textes officiels.",
    "Data sources": "Sources des données", "About UNorg Desktop": "À propos d’UNorg Desktop", "Legend": "Légende",
    "Solid lines: primary reporting lines. Dashed lines: secondary (dual) reporting lines; hover one to see "
    "the paragraph that states it.":
        "Traits pleins : rattachements principaux. Tirets : rattachements secondaires (doubles) ; survolez-en un "
        "pour voir le paragraphe qui l’énonce.",
    "Select a unit first to export its subtree.": "Sélectionnez d’abord une unité pour exporter sa branche.",
    "Sources: ": "Sources : ", "Export chart": "Exporter l’organigramme", "PNG image": "Image PNG",
    "SVG drawing (text stays text)": "Dessin SVG (le texte reste du texte)", "PDF document": "Document PDF",
    "Whole chart": "Organigramme entier", "Selected subtree": "Branche sélectionnée", "Visible area": "Zone visible",
    "White": "Blanc", "Transparent": "Transparent", "Fit on one page": "Tenir sur une page",
    "Several pages, numbered": "Plusieurs pages numérotées",
    "Caption with the source documents": "Légende indiquant les documents sources", "Browse…": "Parcourir…",
    "Format:": "Format :", "Scope:": "Étendue :", "Scale (PNG):": "Échelle (PNG) :",
    "Resolution (PNG, dpi):": "Résolution (PNG, ppp) :", "Background (PNG):": "Fond (PNG) :",
    "Pages (PDF):": "Pages (PDF) :", "File:": "Fichier :", "UNorg Desktop — %s": "UNorg Desktop — %s",
    "Search results": "Résultats de la recherche", "Search": "Recherche", "Find:": "Rechercher :",
    "%1 units · %2 shown": "%1 unités · %2 affichées",
    "UNorg databases (*.sqlite *.db);;All files (*)": "Bases UNorg (*.sqlite *.db);;Tous les fichiers (*)",
    "Export failed": "Échec de l’exportation", "Exported to %s": "Exporté vers %s", "Export data": "Exporter les données",
    "Copied: %s": "Copié : %s", "Overview: click or drag to move the chart":
        "Vue d’ensemble : cliquez ou faites glisser pour vous déplacer",
    "Find a unit or a function (Ctrl+F)": "Rechercher une unité ou une fonction (Ctrl+F)",
    "Copy citation": "Copier la référence",
    "Copy the defining document and paragraph to the clipboard":
        "Copier le document et le paragraphe qui définissent l’unité dans le presse-papiers",
    "Select a unit in the chart or the outline, or search for one (Ctrl+F).":
        "Sélectionnez une unité dans l’organigramme ou le plan, ou recherchez-la (Ctrl+F).",
    "Defined in": "Définie dans", "par.": "par.", "Functions": "Fonctions", "Source paragraphs": "Paragraphes sources",
    "Mandates cited": "Mandats cités", "Mentioned in reports": "Mentions dans les rapports",
    "Reports to": "Relève de", "secondary": "secondaire", "Direct reports": "Unités subordonnées",
    "… and %n more": ("… et %n autre", "… et %n autres"),
    "%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.": (
        "%n unité que ce rapport nomme sans dire où elle se situe dans l’organisation. Elle est "
        "regroupée ici pour l’organigramme ; les textes ne lui donnent aucun rattachement.",
        "%n unités que ce rapport nomme sans dire où elles se situent dans l’organisation. Elles "
        "sont regroupées ici pour l’organigramme ; les textes ne leur donnent aucun rattachement."),
    "other name": "autre nom", "abbreviation": "abréviation", "close spelling": "orthographe proche",
    "function": "fonction", "Layout: &automatic": "Disposition : &automatique",
    "Layout: Graphviz &dot": "Disposition : Graphviz &dot", "Layout: tidy tree (&fast)": "Disposition : arbre &rapide",
    "%1 units and %2 secondary reporting lines,": "%1 unités et %2 rattachements secondaires,",
    "from %n documents:": ("tirés de %n document :", "tirés de %n documents :"),
    "Click a card, or a row of the outline, to see what the texts say about a unit.":
        "Cliquez sur une carte, ou sur une ligne du plan, pour voir ce que les textes disent d’une unité.",
    "Ctrl+F finds a unit by name, abbreviation or function.":
        "Ctrl+F trouve une unité par son nom, son sigle ou ses fonctions.",
    "Arrow keys move along the chart; + and − expand and collapse; Ctrl+0 fits the chart.":
        "Les flèches parcourent l’organigramme ; + et − déplient et replient ; Ctrl+0 l’ajuste à la fenêtre.",
    "The organisation": "L’organisation", "Getting started": "Pour commencer", "&Compact layout (leaves in columns)": "Disposition &compacte (feuilles en colonnes)",
    "Show le&gend": "Afficher la &légende", "All &kinds and colours…": "Tous les &types et leurs couleurs…",
    "Secondary line": "Rattachement secondaire",
    "Also reports to %1": "Relève aussi de %1", "Reporting line": "Rattachement",
    "Reporting lines from %1": "Rattachements à %1", "Reporting lines": "Rattachements",
    "Named in {document} — not placed by any text": "Cités dans {document} — aucun texte ne les situe",
    "Outside the reporting tree": "Hors de l’organigramme",
    # export and printing: the page model
    "As shown": "Tel qu’affiché", "Whole chart (every unit, expanded)": "Organigramme entier (toutes les unités dépliées)",
    "At 100 %, on several pages if needed": "À 100 %, sur plusieurs pages si besoin", "&Print…": "&Imprimer…",
    "Print pre&view…": "&Aperçu avant impression…", "Chart size (no page)": "Taille de l’organigramme (sans page)",
    "Automatic": "Automatique", "Portrait": "Portrait", "Landscape": "Paysage", "Paper:": "Papier :",
    "Orientation:": "Orientation :", "Print preview": "Aperçu avant impression", "Page %1 / %2": "Page %1 / %2",
    "page map": "plan des pages", "row %1, column %2": "ligne %1, colonne %2",
    "Colours by kind of unit; dashed: secondary reporting line":
        "Couleurs par type d’unité ; tirets : rattachement secondaire",
    # chart: colour families (render/palette.py) and the legend
    "Secretary-General": "Secrétaire général", "Departments": "Départements", "Offices": "Bureaux",
    "Divisions": "Divisions", "Services": "Services", "Sections": "Sections", "Units and teams": "Unités et équipes",
    "Field missions": "Missions", "Other bodies": "Autres entités",
    "A secondary reporting line (a unit also reports to this one)":
        "Un rattachement secondaire (une unité relève aussi de celle-ci)",
    "Overview": "Vue d’ensemble",
    "(collective: several units of this kind)": "(collectif : plusieurs unités de ce type)",
    "in %1": "dans %1", "No unit matches “%1”": "Aucune unité ne correspond à « %1 »",
    "%n results for “%1”": ("%n résultat pour « %1 »", "%n résultats pour « %1 »"),
    "The first %n results for “%1”": ("Le premier résultat pour « %1 »", "Les %n premiers résultats pour « %1 »"),
    "Name matches": "Nom trouvé", "Function matches": "Fonction trouvée",
    "Search: the unit's name matches": "Recherche : le nom de l’unité correspond",
    "Search: only the text of one of its functions matches":
        "Recherche : seul le texte de l’une de ses fonctions correspond",
    "No unit selected: click a card, or search (Ctrl+F)":
        "Aucune unité sélectionnée : cliquez sur une carte ou recherchez (Ctrl+F)",
}

# English is the source language; only plural forms need an entry
ENGLISH = {
    "%n results for “%1”": ("%n result for “%1”", "%n results for “%1”"),
    "The first %n results for “%1”": ("The first result for “%1”", "The first %n results for “%1”"),
    "from %n documents:": ("from %n document:", "from %n documents:"),
    "… and %n more": ("… and %n more", "… and %n more"),
    "%n units that this report names without stating where they sit in the organisation. They are grouped here for the chart; the texts give them no parent.": (
        "%n unit that this report names without stating where it sits in the organisation. It is "
        "grouped here for the chart; the texts give it no parent.",
        "%n units that this report names without stating where they sit in the organisation. They "
        "are grouped here for the chart; the texts give them no parent."),
}

# the document library (issue 12): File ▸ Import documents…, Documents…, the summary, the panel's flags
FRENCH.update({
    "&Import documents…": "&Importer des documents…", "&Documents…": "&Documents…",
    "Import cancelled; nothing was changed": "Importation annulée ; rien n’a été modifié",
    "Import documents": "Importer des documents",
    "Organisation texts (*.txt *.pdf);;All files (*)": "Textes d’organisation (*.txt *.pdf);;Tous les fichiers (*)",
    "An import is already running": "Une importation est déjà en cours",
    "Back to the bundled texts only": "Revenir aux seuls textes fournis",
    "Remove every imported document? The bundled texts stay; imported files can be imported again.":
        "Retirer tous les documents importés ? Les textes fournis restent ; les fichiers importés pourront "
        "être importés de nouveau.",
    "Importing %s": "Importation de %s", "Import failed": "Échec de l’importation",
    "Removing document %s": "Retrait du document %s", "Remove failed": "Échec du retrait",
    "Cancelling…": "Annulation…", "Cancel": "Annuler",
    "The organisation now has %n units": ("L’organisation compte maintenant %n unité",
                                          "L’organisation compte maintenant %n unités"),
    "Translation of %1:": "Traduction de %1 :",
    "%n units joined": ("%n unité rejointe", "%n unités rejointes"),
    "%n left apart": ("%n laissée à part", "%n laissées à part"),
    "%n added": ("%n ajoutée", "%n ajoutées"),
    "%n units added": ("%n unité ajoutée", "%n unités ajoutées"),
    "%n joined to known units": ("%n rattachée à une unité connue", "%n rattachées à des unités connues"),
    "%n reporting lines": ("%n rattachement", "%n rattachements"),
    "%n attributions": ("%n attribution", "%n attributions"),
    "Top unit: %1": "Unité de tête : %1", "(under %1)": "(sous %1)",
    "Import finished": "Importation terminée", "Warnings (%n)": ("Avertissement (%n)", "Avertissements (%n)"),
    "Show in chart": "Montrer dans l’organigramme",
    "ID": "Id.", "Symbol": "Cote", "Language": "Langue", "Family": "Famille", "Units": "Unités",
    "Imported": "Importé", "Title": "Titre", "English": "anglais", "French": "français",
    "bundled": "fourni", "Remove": "Retirer", "Show source": "Voir le texte", "Documents": "Documents",
    "bundled text": "texte fourni", "imported %1": "importé le %1",
    "Consistency": "Cohérence", "%1 added, %2 joined, %3 left apart": "%1 ajoutées, %2 rejointes, %3 laissées à part",
    "Translation of document %1": "Traduction du document %1",
    "Placed under %1 by %2, and under %3 by %4.": "Placée sous %1 par %2, et sous %3 par %4.",
    "Defined by %1, and again by %2.": "Définie par %1, et de nouveau par %2.",
    "A reporting line to the post “%1”, which heads no unit (%2).":
        "Un rattachement au poste « %1 », qui ne dirige aucune unité (%2).",
    "Named by a report (%1); no bulletin defines it.": "Nommée par un rapport (%1) ; aucune circulaire ne la définit.",
})
ENGLISH.update({
    "The organisation now has %n units": ("The organisation now has %n unit", "The organisation now has %n units"),
    "%n units joined": ("%n unit joined", "%n units joined"),
    "%n left apart": ("%n left apart", "%n left apart"),
    "%n added": ("%n added", "%n added"),
    "%n units added": ("%n unit added", "%n units added"),
    "%n joined to known units": ("%n joined to a known unit", "%n joined to known units"),
    "%n reporting lines": ("%n reporting line", "%n reporting lines"),
    "%n attributions": ("%n attribution", "%n attributions"),
    "Warnings (%n)": ("Warning (%n)", "Warnings (%n)"),
})


def fill(ts: Path, table: dict) -> list[str]:
    """Fill unfinished messages of ``ts`` from ``table``; return the sources still untranslated."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        if table is ENGLISH and message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished", "vanished", "obsolete") and (
                translation.text or len(translation)):
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        value = table.get(source)
        if value is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = [str(REPO / "unorg_desktop" / "app.py"), *sorted(str(p) for p in (REPO / "unorg_desktop/ui").glob("*.py")),
               *(str(REPO / "unorg_desktop/render" / name) for name in ("areas.py", "cards.py", "edges.py", "legend.py",
                                                                       "paged.py", "palette.py", "scene.py"))]
    fr, en = HERE / "unorg_fr.ts", HERE / "unorg_en.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(fr), str(en)], check=True)
    missing = fill(fr, FRENCH)
    fill(en, ENGLISH)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(fr), str(en)], check=True)
    for source in missing:
        print(f"untranslated (fr): {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
