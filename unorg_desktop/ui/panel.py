"""Side panel: everything the sources say about the selected unit, as plain text with links.

It renders :meth:`Store.unit_info <unorg_desktop.store.Store.unit_info>`, the same value that
``unorg show`` prints, and keeps the last one: the citation and the copy button reuse it.

Security: every string from the database goes through :func:`html.escape` before it reaches the
QTextBrowser (a unit may be named ``<img src=x>``); links are ``unit:<id>`` anchors handled here,
``setOpenLinks(False)`` / ``setOpenExternalLinks(False)`` keep Qt from following anything, and
:meth:`_Browser.loadResource` refuses to fetch any resource.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, unquote

from PySide6.QtCore import QLocale, QUrl, Signal, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from unorg_desktop import docref
from unorg_desktop.store import Store, StoreError, UnitInfo

from .widgets import ElidedLabel

MAX_CHILDREN = 300  # a 4,000-report parent would make the panel slow and useless past this

CSS = """
h2 { margin: 0 0 2px 0; font-size: 15pt; }
h3 { margin: 12px 0 3px 0; font-size: 10.5pt; color: #3a4a5c; }
.meta { color: #555; }
.secondary { color: #a0522d; font-style: italic; }
.par { color: #666; font-size: 9pt; }
mark, .mark { background-color: #ffe58a; color: #1d2330; }
p.quote { margin: 2px 0 8px 10px; }
a { color: #1a5fb4; text-decoration: none; }
ul { margin-left: 0px; margin-top: 0px; -qt-list-indent: 1; }
li { margin-bottom: 3px; }
.names { margin: 2px 0 4px 0; }
.lang { color: #555; }
.flagged { color: #9a3412; }
"""
# the same in the dark scheme (text at AA contrast on the dark base)
DARK_CSS = (CSS.replace("#3a4a5c", "#b8c7d9").replace("#555", "#c4cad3").replace("#a0522d", "#f0a070")
            .replace("#666", "#b4bac4").replace("#1a5fb4", "#8ab4f8"))


def ui_language() -> str:
    """"fr" or "en": the interface language (the translations set Qt's default locale)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _apostrophes(text: str) -> str:
    """A regex for ``text`` where straight and curly apostrophes match each other."""
    return "".join("['’]" if ch in "'’" else re.escape(ch) for ch in text)


def highlight(text: str, names: list[str]) -> str:
    """``text`` escaped for HTML, each case-insensitive occurrence of one of ``names`` wrapped in a
    highlight. Spans are found on the raw text and every piece is escaped on its own, so a name
    can never inject markup and escaping never breaks a match."""
    names = [n for n in dict.fromkeys(names) if n and n.strip()]
    if not names:
        return html.escape(text)
    pattern = re.compile("|".join(_apostrophes(n) for n in sorted(names, key=len, reverse=True)), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<span class="mark" style="background-color:#ffe58a; color:#1d2330">{html.escape(match.group())}</span>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def unit_link(unit_id: str, text: str) -> str:
    return f'<a href="unit:{html.escape(quote(unit_id, safe=""))}">{html.escape(text)}</a>'


class _Browser(QTextBrowser):
    """A QTextBrowser that never loads anything (images, stylesheets, files)."""

    def loadResource(self, type_, url):  # noqa: N802 - Qt override
        return None


class UnitPanel(QWidget):
    """Shows one unit; ``unitActivated(id)`` when a "Reports to"/"Direct reports" link is clicked."""

    unitActivated = Signal(str)

    def __init__(self, store: Store, graph=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.graph = graph  # optional: its secondary lines spare a full read of the lines table
        self.unit_id: str | None = None
        self.info: UnitInfo | None = None  # what is shown (None: nothing selected, or a group card)
        self.browser = _Browser(self)
        self.browser.setObjectName("unitPanel")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(CSS)
        self.browser.document().setIndentWidth(16)  # list indent (Qt's default of 40 px wastes the panel)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.copy_button = QPushButton(self.tr("Copy citation"), self)
        self.copy_button.setToolTip(self.tr("Copy the defining document and paragraph to the clipboard"))
        self.copy_button.clicked.connect(self.copy_citation)
        self.citation_label = ElidedLabel("", self)  # a long citation must not widen the panel
        self.citation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.citation_label, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.show_unit(None)

    # -- public ------------------------------------------------------------------------------
    def set_dark(self, dark: bool) -> None:
        """Colours for the dark or light scheme (then the shown unit is drawn again)."""
        self.browser.document().setDefaultStyleSheet(DARK_CSS if dark else CSS)
        if hasattr(self, "_overview"):
            del self._overview  # the cached "nothing selected" page
        self.show_unit(self.unit_id)

    def citation(self) -> str:
        """Where the shown unit is defined (``"ST/SGB/2010/1, par. 8.3"``), ``""`` for none."""
        return self.info.reference(self.info.unit.document, self.info.unit.paragraph, ui_language()) \
            if self.info is not None else ""

    def copy_citation(self) -> str:
        """Put the selected unit's citation on the clipboard (and return it)."""
        text = self.citation()
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def show_unit(self, unit_id: str | None) -> None:
        self.unit_id, self.info = unit_id, None
        try:
            if unit_id is None:
                body = self._empty_html()
            elif self.graph is not None and unit_id in self.graph.groups:
                body = self._group_html(unit_id)
            else:
                self.info = self.store.unit_info(unit_id)
                body = self._unit_html(self.info)
        except (KeyError, StoreError) as err:  # a unit vanished or the file broke under us
            body = f"<p>{html.escape(str(err))}</p>"
        self.browser.setHtml(body)
        cite = self.citation()
        self.citation_label.setText(cite)
        self.copy_button.setEnabled(bool(cite))

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    # -- html ------------------------------------------------------------------------------
    def _empty_html(self) -> str:
        """With nothing selected: what the database holds, where it comes from, how to start."""
        if getattr(self, "_overview", None) is None:
            e = html.escape
            units = self.store.units()
            docs = self.store.documents()
            if self.graph is not None:
                secondary = len(self.graph.secondary)
            else:
                secondary = sum(1 for line in self.store.lines() if not line.primary)
            number = QLocale().toString  # 1 234 in French, 1,234 in English
            counts = (self.tr("%1 units and %2 secondary reporting lines,")
                      .replace("%1", number(len(units))).replace("%2", number(secondary)))
            counts += " " + self.tr("from %n documents:", "", len(docs))
            items = "".join(f"<li>{'<b>' + e(d.symbol) + '</b> — ' if d.symbol else ''}{e(d.title or d.source_file)}"
                            "</li>" for d in docs)
            hints = [self.tr("Click a card, or a row of the outline, to see what the texts say about a unit."),
                     self.tr("Ctrl+F finds a unit by name, abbreviation or function."),
                     self.tr("Arrow keys move along the chart; + and − expand and collapse; Ctrl+0 fits the chart.")]
            title, start = self.tr("The organisation"), self.tr("Getting started")
            self._overview = (f"<h2>{e(title)}</h2><p class='meta'>{e(counts)}</p>"
                              f"<ul>{items}</ul><h3>{e(start)}</h3>"
                              + "".join(f"<p>{e(h)}</p>" for h in hints))
        return self._overview

    def _name(self, unit_id: str) -> str:
        try:
            return self.store.unit(unit_id).display_name
        except KeyError:
            return unit_id

    def labels(self) -> dict[str, str]:
        """Headings and markers, translated (one literal per ``tr`` call, for lupdate)."""
        return {
            "defined": self.tr("Defined in"),
            "functions": self.tr("Functions"),
            "sources": self.tr("Source paragraphs"),
            "mandates": self.tr("Mandates cited"),
            "mentions": self.tr("Mentioned in reports"),
            "reports_to": self.tr("Reports to"),
            "secondary": self.tr("secondary"),
            "direct": self.tr("Direct reports"),
        }

    def _group_html(self, group_id: str) -> str:
        """A card of the chart, not a unit: the units a report names without placing them."""
        e = html.escape
        group, members = self.graph.units[group_id], self.graph.groups[group_id]
        doc = self.graph.documents.get(group.document or "")
        label = docref.doc_label(doc) or (doc.source_file if doc else group.document or "")
        note = self.tr("%n units that this report names without stating where they sit in the "
                       "organisation. They are grouped here for the chart; the texts give them no "
                       "parent.", "", len(members))
        parts = [f"<h2>{e(group.name)}</h2>", f"<p class='meta'>{e(note)}</p>",
                 f"<p><b>{e(label)}</b>{' — ' + e(doc.title) if doc and doc.title else ''}</p><ul>"]
        for unit_id in members[:MAX_CHILDREN]:
            parts.append(f"<li>{unit_link(unit_id, self._name(unit_id))}</li>")
        if len(members) > MAX_CHILDREN:
            parts.append(f"<li>{e(self.tr('… and %n more', '', len(members) - MAX_CHILDREN))}</li>")
        parts.append("</ul>")
        return "".join(parts)

    def _unit_html(self, info: UnitInfo) -> str:
        e, t, unit, language = html.escape, self.labels(), info.unit, ui_language()

        def ref(doc_id: str, paragraph: str) -> str:
            return f"<span class='par'>({e(info.reference(doc_id, paragraph, language))})</span>"

        parts = [f"<h2>{e(unit.display_name)}</h2>"]
        meta = [e(unit.kind)] + ([e(info.head)] if info.head else [])
        parts.append(f"<p class='meta'>{' · '.join(meta)}</p>")
        parts += self._names_html(info) + self._flags_html(info)
        parts += self._lines_html(info, ref)
        doc = info.document(unit.document)
        if doc is not None:
            parts.append(f"<h3>{e(t['defined'])}</h3>")
            bits = [f"<b>{e(doc.symbol)}</b>" if doc.symbol else "", e(doc.title), e(doc.date)]
            line = " — ".join(b for b in bits if b)
            if unit.paragraph:
                line += f" <span class='par'>({e(docref.paragraph_label(unit.paragraph, ui_language()))})</span>"
            parts.append(f"<p>{line}</p>")
        if info.attributions:
            parts.append(f"<h3>{e(t['functions'])}</h3><ul>")
            for a in info.attributions:
                item = f"<b>{e(a.item)})</b> " if a.item else ""
                parts.append(f"<li>{item}{e(a.text)} {ref(a.document, a.paragraph)}</li>")
            parts.append("</ul>")
        if info.other_sources:  # a paragraph of functions is quoted above, item by item
            parts.append(f"<h3>{e(t['sources'])}</h3>")
            for p in info.other_sources:
                parts.append(f"<p class='par'>{e(info.reference(p.document, p.number, language))}</p>"
                             f"<p class='quote'>{highlight(p.text, info.names)}</p>")
        if info.mandates:
            parts.append(f"<h3>{e(t['mandates'])}</h3><ul>")
            for m in info.mandates:
                parts.append(f"<li><b>{e(m.symbol)}</b> {ref(m.document, m.paragraph)}</li>")
            parts.append("</ul>")
        if info.mentions:
            parts.append(f"<h3>{e(t['mentions'])}</h3>")
            for m in info.mentions:
                parts.append(f"<p class='par'>{e(info.reference(m.document, m.paragraph, language))}</p>"
                             f"<p class='quote'>{highlight(m.text, info.names)}</p>")
        return "".join(parts)

    def _names_html(self, info: UnitInfo) -> list[str]:
        """The unit's names in the other languages of the documents (a joined translation)."""
        names = [(lang, name) for lang, name in info.languages if name != info.unit.name]
        if not names:
            return []
        from .library_dialogs import language_name

        rows = [f"<span class='lang'>{html.escape(language_name(lang))}:</span> {html.escape(name)}"
                for lang, name in sorted(names)]
        return [f"<p class='names'>{'<br>'.join(rows)}</p>"]

    def _flags_html(self, info: UnitInfo) -> list[str]:
        """A mark for each consistency flag about the unit (documents that disagree; unplaced posts)."""
        if not info.flags:
            return []
        e, language = html.escape, ui_language()
        parts = [f"<h3 class='flagged'>⚠ {e(self.tr('Consistency'))} ({len(info.flags)})</h3><ul>"]
        quoted: set[tuple[str | None, str | None]] = set()  # each paragraph quoted once
        for f in info.flags:
            here = info.reference(f.document, f.paragraph, language)
            there = info.reference(f.other_document, f.other_paragraph, language)
            if f.kind == "parents":
                text = (self.tr("Placed under %1 by %2, and under %3 by %4.")
                        .replace("%1", self._name(f.detail)).replace("%2", here)
                        .replace("%3", self._name(f.other_detail)).replace("%4", there))
            elif f.kind == "defined-twice":
                text = self.tr("Defined by %1, and again by %2.").replace("%1", here).replace("%2", there)
            elif f.kind == "post":
                text = self.tr("A reporting line to the post “%1”, which heads no unit (%2).") \
                    .replace("%1", f.detail).replace("%2", here)
            else:
                text = self.tr("Named by a report (%1); no bulletin defines it.").replace("%1", here)
            quotes = ""
            for where, quote in (((f.document, f.paragraph), f.quote),
                                 ((f.other_document, f.other_paragraph), f.other_quote)):
                if quote and f.kind in ("parents", "defined-twice") and where not in quoted:
                    quoted.add(where)
                    quotes += f"<p class='quote'>{e(quote)}</p>"
            parts.append(f"<li class='flag'>{e(text)}{quotes}</li>")
        parts.append("</ul>")
        return parts

    def _lines_html(self, info: UnitInfo, ref) -> list[str]:
        e, t = html.escape, self.labels()
        parts = []
        if info.parents:
            parts.append(f"<h3>{e(t['reports_to'])}</h3><ul>")
            for link in info.parents:
                mark = "" if link.primary else f" <span class='secondary'>({e(t['secondary'])})</span>"
                parts.append(f"<li>{unit_link(link.unit.id, link.unit.display_name)}{mark}"
                             f" {ref(link.document, link.paragraph)}</li>")
            parts.append("</ul>")
        if info.children:
            parts.append(f"<h3>{e(t['direct'])} ({len(info.children)})</h3><ul>")
            for link in info.children[:MAX_CHILDREN]:
                mark = "" if link.primary else (f" <span class='secondary'>({e(t['secondary'])})</span>"
                                                 f" {ref(link.document, link.paragraph)}")
                parts.append(f"<li>{unit_link(link.unit.id, link.unit.display_name)}{mark}</li>")
            if len(info.children) > MAX_CHILDREN:
                more = self.tr("… and %n more", "", len(info.children) - MAX_CHILDREN)
                parts.append(f"<li>{e(more)}</li>")
            parts.append("</ul>")
        return parts

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "unit":
            unit_id = unquote(url.path())
            if unit_id:
                self.unitActivated.emit(unit_id)
