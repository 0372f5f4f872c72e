"""Reports: mentions of UN entities and the structure stated in prose (stub)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .structure import Structure


@dataclass
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    collective: bool = False
    id: str = ""


@dataclass
class ReportResult:
    document: str
    new_units: list[Entity] = field(default_factory=list)
    known_units: list[Entity] = field(default_factory=list)
    relations: list[tuple[Entity, Entity, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ReportReader:
    def __init__(self, document: str, structure: Structure) -> None:
        self.document = document
        self.structure = structure

    def read(self, lexicon) -> ReportResult:
        return ReportResult(self.document)
