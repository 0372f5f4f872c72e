"""Synthetic organisations for tests and benchmarks (``unorg synth``), no Qt.

The generator writes a database of the bundled schema through the same builder, so everything
that reads the bundled database reads these. Deterministic for a seed: names of varying length
built from a French administrative vocabulary, kinds by depth, heads, two or three attributions
per unit (each in its own numbered paragraph, so provenance holds), and a share of secondary
(dual) reporting lines to units outside the unit's own chain.
"""

from __future__ import annotations

import bisect
import random
from pathlib import Path

from .ingest.records import Attribution, Document, Extraction, Paragraph, ReportingLine, Unit

ROOT = "sg"
ROOT_NAME = "Secrétaire général"

# (kind, head title, how names start) by depth below the root; deeper levels reuse the last
LEVELS = [
    ("Département", "Secrétaire général adjoint", "Département"),
    ("Bureau", "Sous-Secrétaire général", "Bureau"),
    ("Division", "Directeur", "Division"),
    ("Service", "Chef", "Service"),
    ("Section", "Chef", "Section"),
    ("Groupe", "Chef", "Groupe"),
    ("Équipe", "Chef d’équipe", "Équipe"),
]
TOPICS = [
    "des affaires politiques", "de la logistique", "du budget et des finances", "des ressources humaines",
    "de l’appui aux missions", "de la planification stratégique", "des technologies de l’information",
    "de la sûreté et de la sécurité", "des achats", "de la gestion des contrats", "des communications",
    "de la formation", "de l’évaluation", "des affaires juridiques", "de la consolidation de la paix",
    "des droits de l’homme", "de l’état de droit", "des opérations", "de la coordination", "des partenariats",
    "de la lutte antimines", "des affaires civiles", "de la gestion des risques", "des statistiques",
    "de l’information géospatiale", "des transports", "des installations", "du génie", "de la santé",
    "de la déontologie", "de l’audit", "des conférences", "de la documentation", "de la traduction",
]
QUALIFIERS = [
    "", "", "", "régionale", "intégrée", "et de l’analyse", "et des politiques", "pour l’Afrique",
    "pour l’Asie et le Pacifique", "pour les Amériques", "pour l’Europe", "et de la conformité",
    "des opérations de maintien de la paix et des missions politiques spéciales",
]
FUNCTIONS = [
    "Fournir des conseils stratégiques", "Coordonner la planification", "Gérer le budget",
    "Assurer la liaison avec les États Membres", "Élaborer des directives", "Suivre l’exécution des mandats",
    "Établir des rapports", "Appuyer les missions sur le terrain", "Former le personnel",
    "Évaluer les résultats", "Gérer les contrats", "Assurer la formation des équipes",
]
DOCUMENT = "900"


def _name(rnd: random.Random, kind: str, serial: int) -> str:
    topic = rnd.choice(TOPICS)
    qualifier = rnd.choice(QUALIFIERS)
    name = f"{kind} {topic}" + (f" {qualifier}" if qualifier else "")
    if rnd.random() < 0.25:  # some long names, as in the real bulletins
        name += f" et {rnd.choice(TOPICS)}"
    return f"{name} {serial}"  # unique, so search and resolve have one answer


def synthetic_extraction(units: int, seed: int = 0, fanout: tuple[int, int] = (2, 8),
                         dual_share: float = 0.02) -> Extraction:
    """An organisation of ``units`` units (the root included) as extractor records."""
    if units < 1:
        raise ValueError("a synthetic organisation needs at least 1 unit")
    low, high = fanout
    rnd = random.Random(seed)
    ex = Extraction()
    ex.documents.append(Document(DOCUMENT, "synthetic.txt", "bulletin", "fr",
                                 f"Organisation synthétique ({units} unités, graine {seed})",
                                 f"SYN/{seed}/{units}", ""))
    ex.units.append(Unit(ROOT, ROOT_NAME, ROOT_NAME, ROOT_NAME, None, None, None))
    seq = 0

    def paragraph(number: str, section: str, text: str) -> str:
        nonlocal seq
        ex.paragraphs.append(Paragraph(DOCUMENT, number, section, "", text, seq))
        seq += 1
        return number

    # breadth first: each parent takes low..high children until the count is reached
    parents: list[tuple[str, int]] = [(ROOT, 0)]
    depth_of: dict[str, int] = {ROOT: 0}
    parent_of: dict[str, str] = {}
    head = 0
    made = 1
    while made < units:
        if head >= len(parents):  # every parent is full (a fanout of 1 gives a chain)
            parents.append(parents[-1])
        parent, depth = parents[head]
        head += 1
        for _ in range(rnd.randint(low, high)):
            if made >= units:
                break
            kind, title, word = LEVELS[min(depth, len(LEVELS) - 1)]
            uid = f"u{made}"
            section = str(made)
            name = _name(rnd, word, made)
            para = paragraph(f"{section}.1", section,
                             f"{'Le' if kind not in ('Division', 'Section', 'Équipe') else 'La'} {name} "
                             f"est dirigé par un {title} qui relève de l’unité {parent}.")
            ex.units.append(Unit(uid, name, name, kind, title, DOCUMENT, para))
            ex.lines.append(ReportingLine(uid, parent, True, DOCUMENT, para, "relève de"))
            for i, letter in enumerate("abc"[: rnd.randint(1, 3)]):
                text = f"{rnd.choice(FUNCTIONS)} ({name.split(' ', 1)[1]})"
                if i == 0:
                    fpara = paragraph(f"{section}.2", section,
                                      f"Les principales attributions de l’unité sont les suivantes : a) {text}")
                ex.attributions.append(Attribution(uid, DOCUMENT, fpara, letter, text))
            depth_of[uid] = depth + 1
            parent_of[uid] = parent
            parents.append((uid, depth + 1))
            made += 1

    # secondary lines: to a unit higher up that is not already an ancestor. Units were made
    # breadth first, so the ones at a smaller depth are a prefix of ``ids``.
    ids = [u.id for u in ex.units[1:]]
    depths = [depth_of[u] for u in ids]
    for uid in ids:
        if rnd.random() >= dual_share:
            continue
        higher = bisect.bisect_left(depths, depth_of[uid])
        ancestors, node = set(), uid
        while node in parent_of:
            node = parent_of[node]
            ancestors.add(node)
        for _ in range(8 if higher else 0):  # a few draws: ancestors are a small part of the prefix
            other = ids[rnd.randrange(higher)]
            if other not in ancestors:
                para = paragraph(f"{uid[1:]}.3", uid[1:], f"L’unité {uid} rend aussi compte à l’unité {other}.")
                ex.lines.append(ReportingLine(uid, other, False, DOCUMENT, para, "rend compte"))
                break
    return ex


def write_synthetic_db(out: str | Path, units: int, seed: int = 0, fanout: tuple[int, int] = (2, 8),
                       dual_share: float = 0.02) -> None:
    """Generate an organisation and write it atomically with the store's builder."""
    from .store import build

    build(synthetic_extraction(units, seed, fanout, dual_share), Path(out))
