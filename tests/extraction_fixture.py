"""Session fixture: the extraction of the bundled sources, computed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from unorg_desktop.ingest import extract_folder

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources"


@pytest.fixture(scope="session")
def extraction():
    return extract_folder(SOURCES)
