"""Where the hand-made test fixtures are: texts, their gold annotations, their provenance.

- ``english()``: English renderings of bundled French bulletins (tests/fixtures/en/), each with
  a gold file whose units carry ``"fr"``, the name of the French twin (issue 12: a translation
  joins the units it translates).
- ``english_originals()``: English bulletins written for these tests (tests/fixtures/en/01N_*),
  no French twin (``"fr": null``), to widen what the extractor is measured on.
- ``decrees()``: real French organisation decrees (tests/fixtures/decrees/), each with a
  ``.source.json`` sidecar saying where it comes from; gold paragraphs are ``Article N``.
- ``holdout()``: paths only, for the acceptance run. tests/holdout/README.md says who may read
  those files (nobody building the extractor).

Measures are in gold_metrics.py (``load_gold(fixture.gold.name)`` reads a gold file).
A fixture's ``doc_id`` is the id that ``unorg_desktop.ingest.read_source`` gives its file
and that gold_metrics derives from the gold file's ``document`` (the part before the first
``_``), so an extraction of the text alone is measured against the right units.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
GOLD = TESTS / "gold"
HOLDOUT = TESTS / "holdout"
BUNDLED_SOURCES = TESTS.parent / "data" / "sources"


@dataclass(frozen=True)
class Fixture:
    name: str                 # short name, e.g. "000_unop_en" or a decree's short name
    text: Path                # the text to extract
    gold: Path                # its annotation (../shared/gold/FORMAT.md shape)
    language: str             # "en" or "fr"
    family: str               # "bulletin" or "decree"
    source: Path | None = None           # decree provenance sidecar (.source.json)
    translation_of: Path | None = None   # bundled French source an English rendering translates
    twin_gold: Path | None = None        # gold file of that French source

    @property
    def doc_id(self) -> str:
        return json.loads(self.gold.read_text(encoding="utf-8"))["document"].split("_")[0]


# English renderings: (text file, gold file, French source, French gold)
_ENGLISH = [
    ("000_unop_en", "000_unop_en.json", "000_bbe73dda21c398e8.txt", "000_unop.json"),
    ("002_dfs_en", "002_dfs_en.json", "002_afa3e1575caca08a.txt", "002_dfs.json"),
]


# English bulletins written for these tests (no French twin): text and gold share the stem
_ENGLISH_ORIGINALS = [
    "010_ola_en",
    "011_dgacm_en",
    "012_ocha_en",
    "013_dss_en",
]


def english() -> list[Fixture]:
    out = []
    for stem, gold, source, twin in _ENGLISH:
        text = FIXTURES / "en" / f"{stem}.txt"
        if text.exists():
            out.append(Fixture(stem, text, GOLD / gold, "en", "bulletin",
                               translation_of=BUNDLED_SOURCES / source, twin_gold=GOLD / twin))
    return out


def english_originals() -> list[Fixture]:
    return [Fixture(stem, FIXTURES / "en" / f"{stem}.txt", GOLD / f"{stem}.json", "en", "bulletin")
            for stem in _ENGLISH_ORIGINALS]


def decrees() -> list[Fixture]:
    out = []
    for text in sorted((FIXTURES / "decrees").glob("*.txt")):
        out.append(Fixture(text.stem, text, GOLD / f"decree_{text.stem}.json", "fr", "decree",
                           source=text.with_suffix(".source.json")))
    return out


def reports() -> list[Fixture]:
    """Reports written for these tests (tests/fixtures/reports/), each with a report gold file
    (``*_report_entities.json``: entities, their numbered paragraphs, relations)."""
    out = []
    for text in sorted((FIXTURES / "reports").glob("*.txt")):
        lang = "en" if text.stem.endswith("_en") else "fr"
        out.append(Fixture(text.stem, text, GOLD / f"{text.stem}_report_entities.json", lang, "report"))
    return out


def holdout() -> list[Fixture]:
    """Hold-out fixtures for the acceptance run only: paths, never contents."""
    out = []
    for text in sorted(HOLDOUT.glob("*/*.txt")):
        gold = HOLDOUT / "gold" / f"{text.stem}.json"
        lang = "en" if text.parent.name == "en" else "fr"
        family = "bulletin" if text.parent.name == "en" else "decree"
        source = text.with_suffix(".source.json")
        out.append(Fixture(text.stem, text, gold, lang, family,
                           source=source if source.exists() else None))
    return out


def all_fixtures() -> list[Fixture]:
    """Every fixture other engineers may read (not the hold-out)."""
    return english() + english_originals() + decrees()
