"""Language packs: every pattern matches its example; the language is told from the text."""

from __future__ import annotations

import pytest

from unorg_desktop.ingest.lang import PACKS, detect, pack_for, patterns_of

ALL_PATTERNS = [(code, name, pattern) for code, pack in PACKS.items() for name, pattern in patterns_of(pack)]


@pytest.mark.parametrize("code,name,pattern", ALL_PATTERNS, ids=[f"{c}:{n}" for c, n, _ in ALL_PATTERNS])
def test_every_pattern_matches_its_example(code, name, pattern) -> None:
    assert pattern.example, f"{code}:{name} has no example"
    assert pattern.search(pattern.example), f"{code}:{name} does not match {pattern.example!r}"


def test_packs_have_the_same_fields_filled() -> None:
    names = {code: {n for n, _ in patterns_of(pack)} for code, pack in PACKS.items()}
    assert names["fr"] == names["en"]
    assert len(names["fr"]) >= 7


@pytest.mark.parametrize("text,code", [
    ("Le Département est dirigé par un Secrétaire général adjoint, qui relève du Secrétaire général.", "fr"),
    ("The Department is headed by an Under-Secretary-General, who reports to the Secretary-General.", "en"),
    ("Section 1\n1.1 La Division de la logistique comprend les services suivants :", "fr"),
    ("Section 1\n1.1 The Logistics Support Division comprises the following units:", "en"),
])
def test_language_is_detected_from_the_text(text, code) -> None:
    assert detect(text) == code


def test_a_text_without_words_gets_the_default_pack() -> None:
    assert detect("1.1 2.2 ---") == "fr"
    assert pack_for("xx") is PACKS["fr"]
