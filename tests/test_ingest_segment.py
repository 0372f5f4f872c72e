"""Segment stage: numbering schemes as data, no meaning in indentation."""

from __future__ import annotations

from unorg_desktop.ingest.normalise import Line
from unorg_desktop.ingest.lang import pack_for
from unorg_desktop.ingest.schemes import EXAMPLES, guess_family
from unorg_desktop.ingest.structure import segment

FR, EN = pack_for("fr"), pack_for("en")


def lines_of(text: str) -> list[Line]:
    return [Line(i + 1, t) for i, t in enumerate(text.split("\n"))]


def seg(text: str, pack=FR, family: str = ""):
    return segment(lines_of(text), [], pack, family)


def shape(structure) -> list[tuple[str, str, str, list[str]]]:
    return [(b.kind, b.number, b.intro, [it.render() for it in b.items]) for b in structure.blocks]


BULLETIN = """Circulaire du Secrétaire général

Organisation du Bureau
des essais

Le Secrétaire général promulgue ce qui suit.

Section 1
Disposition générale

1.1 La présente circulaire s’applique au Bureau.

Section 2
Attributions et organisation

2.1 Le Bureau des essais comprend :
a) Le Service Alpha;
b) Le Service Bêta, qui assure :
i) la mesure;
ii) le contrôle;
c) Le Groupe Gamma.
2.2 Le Bureau est dirigé par un Directeur. Il rend compte
au Secrétaire général.

Service Alpha et
Service Bêta réunis
2.3 Les services sont dirigés par des chefs.
"""


def test_numbered_paragraphs_items_and_headings() -> None:
    s = seg(BULLETIN)
    assert s.kind == "bulletin"
    assert s.title == "Organisation du Bureau des essais"
    assert [(b.kind, b.number) for b in s.blocks] == [
        ("paragraph", "préambule, al. 1"), ("heading", "Section 1"), ("paragraph", "1.1"),
        ("heading", "Section 2"), ("paragraph", "2.1"), ("paragraph", "2.2"),
        ("subheading", "Service Alpha et Service Bêta réunis"), ("paragraph", "2.3"),
    ]
    items = s.blocks[4].items
    assert [it.letter for it in items] == ["a", "b", "c"]
    assert items[1].text == "Le Service Bêta, qui assure : i) la mesure; ii) le contrôle;"
    assert s.blocks[5].intro == "Le Bureau est dirigé par un Directeur. Il rend compte au Secrétaire général."
    assert s.blocks[3].intro == "Attributions et organisation"


def test_indentation_carries_no_meaning() -> None:
    indented = "\n".join(("   " if i % 3 else " ") + line for i, line in enumerate(BULLETIN.split("\n")))
    assert shape(seg(indented)) == shape(seg(BULLETIN))


def test_a_line_after_a_sentence_end_continues_unless_a_blank_line_parts_them() -> None:
    text = "Rapport\n\nI. Introduction\n\n1. Le rapport est soumis.\nIl porte sur les essais.\n\nUn texte à part.\n\n2. Suite.\n\n3. Fin.\n"
    s = seg(text)
    assert s.kind == "report"
    paragraphs = [(b.number, b.intro) for b in s.blocks if b.kind == "paragraph"]
    assert paragraphs == [("préambule, al. 1", "Rapport"), ("1", "Le rapport est soumis. Il porte sur les essais."),
                          ("I, al. 1", "Un texte à part."), ("2", "Suite."), ("3", "Fin.")]


def test_out_of_sequence_number_is_text_with_a_warning() -> None:
    s = seg("Section 1\nEssais\n\n1.1 Un.\n\n1.2 Deux.\n\n7.9 Sept.\n\n1.3 Trois.\n")
    assert [(b.number, b.intro) for b in s.blocks if b.kind == "paragraph"] == [
        ("1.1", "Un."), ("1.2", "Deux."), ("section 1, al. 1", "7.9 Sept."), ("1.3", "Trois.")]
    assert s.warnings == ["line 8: paragraph number 7.9 out of sequence after 1.2; kept as text"]


def test_box_is_one_paragraph_its_title_kept_apart() -> None:
    text = "Rapport\n\n1. Un.\n\n2. Deux.\n\nEncadré 1\nLe titre\n\nLe texte du cadre.\n\nSa suite.\n\n3. Trois.\n\n4. Quatre.\n"
    s = seg(text)
    box = next(b for b in s.blocks if b.number == "Encadré 1")
    assert box.intro == "Le titre\nLe texte du cadre.\nSa suite."
    assert [b.number for b in s.blocks if b.kind == "paragraph"][-2:] == ["3", "4"]


ENGLISH = """Secretary-General’s bulletin

Organization of the Department of
Field Support

The Secretary-General, for the purpose of establishing the Department, promulgates the following:

Section 1
General provisions

1.1 The present bulletin shall apply to the Department.

Section 2
Functions and organization

2.1 The Department comprises the following organizational units:
(a) Office of the Under-Secretary-General;
(b) Field Personnel Division:
(i) Recruitment;
(ii) Training;
(c) Logistics Support Division.
"""


def test_english_bulletin_lettered_items_in_brackets() -> None:
    s = seg(ENGLISH, EN)
    assert s.kind == "bulletin"
    assert s.title == "Organization of the Department of Field Support"
    assert s.blocks[0].number == "preamble, para. 1"
    items = next(b for b in s.blocks if b.number == "2.1").items
    assert [it.mark for it in items] == ["(a)", "(b)", "(c)"]
    assert items[1].text == "Field Personnel Division: (i) Recruitment; (ii) Training;"


DECREE = """Arrêté du 1er avril 2020 portant organisation de l’administration centrale
du ministère des essais

Le ministre des essais,
Vu le décret n° 2020-1 du 1er janvier 2020 ;
Arrête :

Chapitre Ier : Dispositions générales

Article 1er

L’administration centrale du ministère des essais comprend :
1° La direction des mesures ;
2° La direction des relevés, qui comprend :
― la sous-direction des instruments ;
― la sous-direction
des étalons ;
3° Le service des archives.

Article 2
La direction des mesures est chargée :
a) de mesurer ;
b) de publier.

Art. 3. - Le service des archives est placé auprès du secrétaire général.
"""


def test_decree_articles_degree_and_dash_items_nested() -> None:
    s = seg(DECREE)
    assert s.kind == "decree"
    assert s.title == ("Arrêté du 1er avril 2020 portant organisation de l’administration centrale "
                       "du ministère des essais")
    numbers = [b.number for b in s.blocks if b.kind == "paragraph"]
    assert numbers == ["préambule, al. 1", "préambule, al. 2", "Article 1", "Article 2", "Article 3"]
    assert s.blocks[0].intro == s.title  # the title is a paragraph of its own
    assert s.blocks[1].intro.startswith("Le ministre des essais, Vu le décret")
    art1 = s.blocks[[b.number for b in s.blocks].index("Article 1")]
    assert art1.intro == "L’administration centrale du ministère des essais comprend :"
    assert [it.mark for it in art1.items] == ["1°", "2°", "3°"]
    assert [d.text for d in art1.items[1].items] == ["la sous-direction des instruments ;", "la sous-direction des étalons ;"]
    assert art1.section == "Chapitre Ier"
    art2 = next(b for b in s.blocks if b.number == "Article 2")
    assert [it.letter for it in art2.items] == ["a", "b"]
    art3 = next(b for b in s.blocks if b.number == "Article 3")
    assert art3.intro == "Le service des archives est placé auprès du secrétaire général."


def test_family_is_the_scheme_that_matches() -> None:
    assert guess_family(lines_of(BULLETIN), FR) == "bulletin"
    assert guess_family(lines_of(DECREE), FR) == "decree"
    assert guess_family(lines_of("Rapport\n1. Un.\n2. Deux.\n3. Trois.\n"), FR) == "report"
    assert guess_family(lines_of("Bonjour.\nRien ici.\n"), FR) == ""


def test_numbering_patterns_match_their_examples() -> None:
    for pattern, example in EXAMPLES.items():
        assert pattern.match(example), (pattern.pattern, example)


LISTS = """Arrêté portant organisation de la direction des essais

Article 1

Les sous-directions de la direction des essais sont organisées comme suit :

A. - Le service des mesures, constitué par :

- la sous-direction des poids, constituée par :

- le bureau A ;

- le bureau B ;

- la sous-direction des longueurs, constituée par :

- le bureau C.

B. - Le service des relevés.

Il comprend :

― trois bureaux dénommés respectivement :

― le bureau D ;

― le bureau E.

― une cellule.
"""


def test_same_mark_items_nest_under_the_one_opening_a_list() -> None:
    """A dash ending with a colon opens a list of the dashes after it, until one ends with a
    full stop; a dash opening another list is its sibling. 'A. -' parts are further alinéas."""
    art = next(b for b in seg(LISTS).blocks if b.number == "Article 1")
    parts = art.alineas()
    assert [p.intro for p in parts] == [
        "Les sous-directions de la direction des essais sont organisées comme suit :",
        "Le service des mesures, constitué par :", "Le service des relevés.", "Il comprend :"]

    def tree(items):
        return [(it.text, tree(it.items)) for it in items]

    assert tree(parts[1].items) == [
        ("la sous-direction des poids, constituée par :", [("le bureau A ;", []), ("le bureau B ;", [])]),
        ("la sous-direction des longueurs, constituée par :", [("le bureau C.", [])]),
    ]
    assert tree(parts[3].items) == [
        ("trois bureaux dénommés respectivement :", [("le bureau D ;", []), ("le bureau E.", [])]),
        ("une cellule.", []),
    ]
    # dashes are numbered through the article, nested ones within their list
    assert [it.letter for it in parts[1].items] + [it.letter for it in parts[3].items] == ["1", "2", "3", "4"]
