"""Shared test set-up: headless Qt, hypothesis profiles, a tiny hand-made extraction.

Hypothesis profiles (choose with ``HYPOTHESIS_PROFILE``): ``default`` is bounded for CI,
``fuzz`` runs 100,000 examples per property (``make fuzz``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from unorg_desktop.ingest.records import (Attribution, Citation, Document, Extraction,  # noqa: E402
                                          Mention, Paragraph, ReportingLine, Unit)

settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile(
    "fuzz", max_examples=100_000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parent.parent
BUNDLED_DB = REPO / "data" / "unorg.sqlite"
MARKUP_NAME = "<b>X</b><img src=x>"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own empty user-data folder: no test reads or writes the developer's
    user database, and none exists unless the test imports something."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("UNORG_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def bundled_db_unchanged():
    """No test may modify the committed database (issue 5: integrity)."""
    before = sha256(BUNDLED_DB) if BUNDLED_DB.exists() else None
    yield
    after = sha256(BUNDLED_DB) if BUNDLED_DB.exists() else None
    assert before == after, "the bundled database data/unorg.sqlite changed during the test session"


def _para(doc: str, number: str, section: str, text: str, seq: int) -> Paragraph:
    return Paragraph(document=doc, number=number, section=section, heading="", text=text, seq=seq)


def make_tiny_extraction() -> Extraction:
    """Eight units: accents, an alias, an abbreviation, a dual line, two units named
    "Bureau du Directeur", a collective group, a unit named with markup; attributions,
    citations and mentions."""
    docs = [
        Document("010", "010_defense.txt", "bulletin", "fr", "Organisation du Département de la défense",
                 "ST/SGB/2099/1", "2099-01-01"),
        Document("011", "011_rapport.txt", "report", "fr", "Rapport sur la défense", "", ""),
    ]
    paragraphs = [
        _para("010", "1.1", "1", "Le Département de la défense et de la sécurité (DDS) relève du Secrétaire "
              "général. Il applique la résolution 60/1 (A/RES/60/1).", 0),
        _para("010", "1.2", "1", "Le Département de l’appui aux missions relève du Secrétaire général.", 1),
        _para("010", "2.1", "2", "La Division de l’appui logistique relève du Département.", 2),
        _para("010", "2.2", "2", "La Division de l’appui logistique : a) planifie la formation du personnel; "
              "b) coordonne les achats de carburant. Voir ST/SGB/1997/5.", 3),
        _para("010", "2.3", "2", "Le Service des opérations de maintien de la paix relève des secrétaires "
              "généraux adjoints.", 4),
        _para("010", "3.1", "3", "Le Bureau du Directeur et les Sections régionales intégrées.", 5),
        _para("010", "3.2", "3", f"La Section {MARKUP_NAME} relève du Département.", 6),
        _para("011", "3", "", "Le Département de la défense et de la sécurité a progressé.", 7),
        _para("011", "4", "", "La Division de l’appui logistique a livré du carburant.", 8),
    ]
    units = [
        Unit("sg", "Secrétaire général", "Secrétaire général", "Secrétaire général", None, None, None),
        Unit("dds", "Département de la défense et de la sécurité", "Département de la défense et de la sécurité",
             "Département", "Secrétaire général adjoint", "010", "1.1", aliases=["DDS"]),
        Unit("dam", "Département de l’appui aux missions", "Département de l’appui aux missions",
             "Département", None, "010", "1.2"),
        Unit("dal", "Division de l’appui logistique", "Division de l’appui logistique", "Division",
             "Directeur", "010", "2.1", aliases=["Division logistique"]),
        Unit("bd-dal", "Bureau du Directeur", "Bureau du Directeur (Division de l’appui logistique)", "Bureau",
             None, "010", "3.1"),
        Unit("somp", "Service des opérations de maintien de la paix", "Service des opérations de maintien de la paix",
             "Service", "Chef", "010", "2.3"),
        Unit("bd-somp", "Bureau du Directeur", "Bureau du Directeur (Service des opérations de maintien de la paix)",
             "Bureau", None, "010", "3.1"),
        Unit("sri", "Sections régionales intégrées", "Sections régionales intégrées", "Section", None, "010",
             "3.1", collective=True),
        Unit("markup", f"Section {MARKUP_NAME}", f"Section {MARKUP_NAME}", "Section", None, "010", "3.2"),
    ]
    lines = [
        ReportingLine("dds", "sg", True, "010", "1.1", "relève du Secrétaire général"),
        ReportingLine("dam", "sg", True, "010", "1.2", "relève du Secrétaire général"),
        ReportingLine("dal", "dds", True, "010", "2.1", "relève du Département"),
        ReportingLine("bd-dal", "dal", True, "010", "3.1"),
        ReportingLine("somp", "dal", True, "010", "2.3", "relève des secrétaires généraux adjoints"),
        ReportingLine("somp", "dam", False, "010", "2.3", "relève des secrétaires généraux adjoints"),
        ReportingLine("bd-somp", "somp", True, "010", "3.1"),
        ReportingLine("sri", "somp", True, "010", "3.1"),
        ReportingLine("markup", "dds", True, "010", "3.2"),
    ]
    attributions = [
        Attribution("dal", "010", "2.2", "a", "Planifie la formation du personnel"),
        Attribution("dal", "010", "2.2", "b", "Coordonne les achats de carburant"),
        Attribution("dds", "010", "1.1", "", "Applique la résolution 60/1"),
    ]
    citations = [Citation("A/RES/60/1", "010", "1.1"), Citation("ST/SGB/1997/5", "010", "2.2")]
    mentions = [Mention("dds", "011", "3"), Mention("dal", "011", "4")]
    return Extraction(docs, paragraphs, units, lines, attributions, citations, mentions,
                      warnings=["010_defense.txt:12: example warning"])


@pytest.fixture
def tiny_extraction() -> Extraction:
    return make_tiny_extraction()


@pytest.fixture
def tiny_db(tiny_extraction, tmp_path) -> Path:
    from unorg_desktop.store import build

    path = tmp_path / "tiny.sqlite"
    build(tiny_extraction, path)
    return path


@pytest.fixture
def tiny_store(tiny_db):
    from unorg_desktop.store import Store

    with Store.open(tiny_db) as store:
        yield store
