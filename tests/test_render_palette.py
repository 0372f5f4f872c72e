"""Colours by kind family (data in French and English), a colour-blind-safe palette, and text
contrast of at least 4.5:1 (WCAG AA) on every card in the light and dark themes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from unorg_desktop.render import palette
from unorg_desktop.render.cards import UnitCard, card_text
from unorg_desktop.render.families import FAMILY_ORDER
from unorg_desktop.store.rows import DocumentRow, UnitRow

DOC = DocumentRow("010", "010.txt", "bulletin", "fr", "Organisation", "ST/SGB/2010/1", "")


@pytest.fixture(autouse=True)
def _app(qapp):
    yield
    palette.set_theme("light")


@pytest.mark.parametrize("kinds, expected", [
    (["Département", "Department", "DÉPARTEMENT"], "department"),
    (["Bureau", "Office", "Centre", "secrétariat", "Secrétariat", "Executive Office"], "office"),
    (["Division", "Sous-division", "Branch"], "division"),
    (["Service"], "service"),
    (["Section"], "section"),
    (["Unité", "Unit", "Équipe", "Team", "Groupe", "Group", "Cellule"], "unit"),
    (["Mission", "Force"], "mission"),
    (["Secrétaire général", "Secretary-General"], "executive"),
    (["Assemblée", "Conseil", "Council", "Comité", "Programme", "Fonds", "Haut-Commissariat", "Zzz", "", None],
     "outside"),
])
def test_kinds_fall_into_families_in_french_and_english(kinds, expected):
    assert {palette.family(k) for k in kinds} == {expected}


def test_kinds_differing_by_case_are_one_kind():
    assert palette.kind_key("secrétariat") == palette.kind_key("Secrétariat")
    assert palette.kinds_of_family(["secrétariat", "Secrétariat", "Bureau"], "office") == ["Bureau", "Secrétariat"]
    assert palette.kind_label("secrétariat") == "Secrétariat"
    # the legend has one entry per family, however many kinds and spellings are on screen
    entries = palette.legend_entries(["Bureau", "Office", "secrétariat", "Secrétariat", "Centre", "Division"])
    assert [name for name, _ in entries] == ["office", "division"]
    card = UnitCard(UnitRow("u", "Appui au Z", "Appui au Z", "secrétariat", None, "010", "4.1", False), DOC)
    assert card.painted_text()[0] == "Secrétariat"  # (a name that says its kind shows no kind line)


# Machado et al. (2009) simulation matrices, severity 1, on linear RGB
CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _simulate(colour: str, matrix) -> tuple[float, ...]:
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def gamma(c):
        c = min(max(c, 0.0), 1.0)
        return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055

    q = QColor(colour)
    rgb = [linear(q.redF()), linear(q.greenF()), linear(q.blueF())]
    return tuple(255 * gamma(sum(row[j] * rgb[j] for j in range(3))) for row in matrix)


@pytest.mark.parametrize("vision", list(CVD))
def test_family_colours_stay_apart_for_colour_blind_readers(vision):
    colours = {name: _simulate(palette.FAMILY_COLOURS[name], CVD[vision]) for name in FAMILY_ORDER}
    closest = min((sum((a - b) ** 2 for a, b in zip(colours[x], colours[y]))) ** 0.5
                  for x, y in itertools.combinations(FAMILY_ORDER, 2))
    assert closest >= 40, (vision, closest)  # sRGB distance, 0-441
    assert len(set(palette.FAMILY_COLOURS.values())) == len(FAMILY_ORDER)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_card_text_reaches_aa_contrast(theme):
    palette.set_theme(theme)
    background = QColor(palette.current().background)
    for name in FAMILY_ORDER:
        style = palette.family_style(name)
        assert palette.contrast(style.text, style.fill) >= 4.5, (theme, name)
        assert palette.contrast(style.muted, style.fill) >= 4.5, (theme, name)  # kind, head, badge
        assert palette.contrast(style.on_strong, style.strong) >= 4.5, (theme, name)  # "+N" on a toggle
        assert palette.contrast(style.border, background) >= 1.8, (theme, name)  # a visible edge
    assert palette.contrast(palette.current().text, background) >= 4.5


def test_contrast_is_measured_as_wcag_defines_it():
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert palette.contrast(palette.readable_on("#aaaaaa", "#ffffff"), "#ffffff") >= 4.5


def test_text_sizes_at_100_percent():
    assert palette.NAME_PX >= 13 and palette.SMALL_PX >= 11
    unit = UnitRow("u", "Division X", "Division X", "Division", "Directeur", "010", "5.1", False)
    big, small = (palette.font(palette.NAME_PX, True), palette.font(palette.SMALL_PX))
    assert big.pixelSize() >= 13 and small.pixelSize() >= 11
    assert card_text(unit, DOC).height >= 13 + 2 * 11  # name, kind and head lines all laid out


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_painted_card_uses_the_checked_colours(theme):
    palette.set_theme(theme)
    unit = UnitRow("u", "Division X", "Division X", "Division", "Directeur", "010", "5.1", False)
    card = UnitCard(unit, DOC)
    image = QImage(300, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor(palette.current().background))
    painter = QPainter(image)
    painter.translate(10, 10)
    card.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    style = palette.card_style("Division")
    r = card.card_rect()
    fill = image.pixelColor(int(10 + r.width() - 12), int(10 + r.height() - 4))
    assert fill.name() == style.fill.name()
    ink = {image.pixelColor(x, y).name() for x in range(10, 10 + int(r.width())) for y in range(10, 10 + int(r.height()))}
    assert style.text.name() in ink and style.muted.name() in ink  # name, then kind and head
