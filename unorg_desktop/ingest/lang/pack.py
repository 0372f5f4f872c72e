"""The shape of a language pack (the data each ``lang/xx.py`` fills in)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, eq=False)
class Pattern:
    """A named regular expression with an example it must match (tests check each)."""

    name: str
    regex: str
    example: str
    flags: int = 0
    compiled: re.Pattern = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex, self.flags))

    def match(self, text: str, pos: int = 0):
        return self.compiled.match(text, pos)

    def search(self, text: str, pos: int = 0):
        return self.compiled.search(text, pos)

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def __str__(self) -> str:  # so a pattern can sit inside a larger regular expression
        return self.regex


@dataclass(frozen=True, eq=False)
class SegmentWords:
    """Words of the numbering schemes: headings, boxes, labels of unnumbered text."""

    section: Pattern  # "Section 4 Title": group "number", optional group "title"
    box: Pattern  # "Encadré 7": a box, a map, a figure: one paragraph with that label
    summary: Pattern  # "Résumé": one paragraph with that label
    front_part: Pattern  # "Introduction": a part whose paragraphs are numbered by label
    article: Pattern  # "Article 3", "Article 1er": group "number"
    part: Pattern  # "TITRE II", "Chapitre 1er": a part of a decree; groups "word", "number"
    bulletin_header: Pattern  # the line above a bulletin's title
    decree_title: Pattern  # "Arrêté du …", "Décret n° …": a title that makes a text with articles a decree
    front_label: str  # label of unnumbered text before any heading
    section_label: str  # label of unnumbered text in section {n}
    unnumbered: str  # "{part}, al. {n}": the n-th unnumbered paragraph of a part
    article_label: str  # "Article {}": the paragraph number of an article
    title_connectors: frozenset[str]  # a title line ending with one of these goes on


@dataclass(frozen=True, eq=False)
class NameWords:
    """How unit names and post titles are written in the language."""

    word_order: str  # "head-first" ("Division de la police") | "title-case" (English, both orders)
    unit_kinds: dict[str, str]  # head noun (lower case, plural forms too) -> kind
    entity_kinds: dict[str, str]  # more head nouns for bodies that reports name
    single_word_entities: frozenset[str]  # a kind whose bare capitalised word is an entity
    invariable: frozenset[str]  # head nouns ending like a plural that are singular ("fonds")
    head_titles: tuple[str, ...]  # titles of heads, lower case, longest first
    plural_titles: dict[str, str]  # plural title -> singular
    feminine: dict[str, str]  # feminine word of a title -> masculine
    root_titles: frozenset[str]  # the UN root post ("secrétaire général")
    root_name: str  # the root's name as the language writes it
    connectors: frozenset[str]  # small words inside a name ("de la", "of the")
    articles: frozenset[str]  # articles that may open a noun phrase
    definite: frozenset[str]  # definite articles ("le", "the"): a reference to something known
    indefinite: frozenset[str]  # indefinite articles ("un", "a")
    coordinators: frozenset[str]  # "et", "ou"
    numbers: dict[str, int]  # number words ("deux": 2)
    stopwords: frozenset[str]  # words that end a name (verbs, relatives, adverbs)
    content_stop: frozenset[str]  # words left out of a complement's keywords
    elided: str  # regex of elided words ("l’", "qu’") for the tokenizer; "" if none
    # head-first names (French): complements and their limits
    fixed_phrases: tuple[tuple[str, ...], ...] = ()  # "en développement": inside a name
    name_articles: frozenset[str] = frozenset()  # an article inside a name needs a preposition
    prose_stops: frozenset[str] = frozenset()  # in reports' prose these end a name too
    prose_breaks: frozenset[str] = frozenset()  # prepositions ending an entity name in prose
    complement_preps: frozenset[str] = frozenset()  # complements that let "et" join a name
    series_preps: frozenset[str] = frozenset()  # "A, de B et de C" inside one name
    # "X des études sur le fret et l’intermodalité": after these + an article, "et" + an article
    # goes on with the same complement
    article_series_preps: frozenset[str] = frozenset()
    parallel_prep: str = ""  # "pour les A, les B et les C"
    of_preps: frozenset[str] = frozenset()  # "de" before an infinitive ends a name in prose
    to_preps: frozenset[str] = frozenset()  # "au Secrétaire général": a complement of the verb
    superlatives: frozenset[str] = frozenset()  # "les moins avancés": article inside a name
    qualifier_preps: frozenset[str] = frozenset()  # "Section X du Département Y": Y qualifies
    qualifier_kinds: frozenset[str] = frozenset()  # the kinds that qualify ("Département")
    entity_qualifier: Pattern | None = None  # "de l’ONU" after a single-word entity
    adjective_endings: tuple[str, ...] = ()
    not_adjectives: frozenset[str] = frozenset()
    infinitive_endings: tuple[str, ...] = ()  # "de prendre": a verb, not a complement
    prose_verb_endings: tuple[str, ...] = ()  # "à mettre": a verb after a "to" preposition
    lowercase_kinds: frozenset[str] = frozenset()  # head nouns written lower case in names
    title_complement_starts: frozenset[str] = frozenset()  # a post's portfolio opens with these
    into_preps: frozenset[str] = frozenset()  # "organisée en sous-directions": a kind after these is not in a name
    quoted_label: Pattern | None = None  # 'bureau « premier recours »': a label in quotes after a head noun
    title_units: dict[str, str] = field(default_factory=dict)  # "directeur" -> "direction": the post heads the unit
    # title-case names (English)
    name_preps: frozenset[str] = frozenset()  # prepositions opening a name's complement
    determiners: frozenset[str] = frozenset()  # "Each", "Its": capitalised, never a name's first word


@dataclass(frozen=True, eq=False)
class Clauses:
    """The clauses that state structure, each a named pattern with an example."""

    reports_to: Pattern  # "relève du": the superior follows
    report_target: Pattern  # what may sit between the verb and the superior ("de la", "to the")
    composed_of: Pattern  # "se compose de": the components follow
    headed_by: Pattern  # "est dirigé par": the head's title follows
    title_article: Pattern  # the article before a head's title ("un", "a")
    relative: Pattern  # "qui", "which": a relative pronoun
    pronoun_subject: Pattern  # "Il …": the subject is the unit spoken of last
    head_subject: Pattern  # "Le Chef du …": group "title"; the unit's name follows
    head_of: Pattern  # "le chef du …" anywhere: group "title" heads the unit named next
    determiner_subject: Pattern  # "Le", "Chaque", "The": the subject's name or title follows
    distributive: Pattern  # "Chaque service …": group "phrase" names the units meant
    distributive_each: Pattern  # "Les services sont chacun …": group "phrase"
    group_subject: Pattern  # "The regional sections are headed by Chiefs": group "phrase", a group named before
    distributive_start: Pattern  # a sentence about each of several units
    group_members: Pattern  # "– à savoir, … –": group "members" names the units of a group
    members_follow: Pattern  # "six divisions: the A, …", "three sections, namely the A, …": a group's members follow
    fronted_report: Pattern  # "Relevant du …, le Service": the superior comes first
    whose_head: Pattern  # "dont le Chef": group "title"
    part_of: Pattern  # "fait partie intégrante du": the whole follows
    item_functions: Pattern  # a listed component whose item states its functions
    list_intro: Pattern  # "les unités suivantes :": words before a list of components
    list_item_start: Pattern  # articles, "et", numbers before a listed component; group "num"
    indefinite_before: Pattern  # "un", "une" right before a name
    indefinite_cut: Pattern  # where an indefinite component's name ends ("et des …")
    component_stop: Pattern  # ", qui …", ", placé …": a component's own clause
    not_functions: Pattern  # a list of arrangements, not of functions
    functions: Pattern  # a list of functions
    functions_of: Pattern  # "les attributions du": whose functions; the owner follows
    own_functions: Pattern  # "Ses attributions": the subject's functions
    prose_functions: Pattern  # "est chargé de": a function stated in prose
    composed_participle: Pattern  # ", including the X", ", comprenant …": a component's own components follow
    composition_list: Pattern  # "comprend les services suivants :" announcing items
    functions_word: Pattern  # "attribution", "function"
    skip_heading: Pattern  # sections not read for structure ("Disposition générale")
    office_of: Pattern  # "Bureau du": an office named after a post; the title follows
    deputy: Pattern  # "directeur adjoint": group "base" is the post assisted
    plural_post_split: Pattern  # between the portfolios of a plural post
    plural_post_drop: Pattern  # words of a plural post that name no portfolio
    extension_start: Pattern  # a longer name extends a short one when the rest opens so
    short_form_rest: Pattern  # a short name stands for a longer one whose rest opens so
    concerned: Pattern  # "la division concernée": the one of the context
    structural: Pattern  # more words that make a sentence about structure ("fait partie", "fonctions")
    list_adverb: Pattern  # "en outre", "outre": words between a composition verb and its components
    inverted_report: Pattern  # "Sont rattachés au directeur :": the superior, then a list of units
    organised_body: Pattern  # "portant organisation de la": the body a decree's title organises follows
    organised_as_follows: Pattern  # "sont organisées comme suit :": the parts below belong to the subject
    task_name: Pattern  # "département chargé des relations avec A, B et C": a name by its task, objects and all
    directs: Pattern  # "Le chef de cabinet dirige le cabinet": a post's verb before the unit it heads
    also_marker: Pattern  # "also" right before or inside a reporting verb: a further superior
    co_subject: Pattern  # "The A and the B report to …": between two subjects of one verb
    also_to: Pattern  # "… et du Directeur Y", "… and the Director Y": one more superior follows
    dative_report: Pattern  # "X lui est rattachée": X reports to the one just spoken of
    authority_over: Pattern  # "a autorité sur :": the units that follow report to the subject
    dative_inverted: Pattern  # "Lui sont rattachées X et Y.": they report to the one just spoken of
    parallel_complement: Pattern  # " et du service X" after "la sous-direction du personnel": the same name goes on
    member_preposition: Pattern  # "du", "de la" before a listed member (then " et du …" is the next member)
    assisted_by: Pattern  # "est secondé par un directeur adjoint": the deputy's title follows
    deputy_of: Pattern  # "chef de service, adjoint au directeur général": the post assisted follows
    each: Pattern  # "each (of which)", "chacun": a head clause about every unit just listed
    abolished: Pattern  # "is hereby abolished": a sentence about units that no longer exist
    named_as: Pattern  # ", dénommé secrétariat général": another name of the unit just named follows
    inverted_copula: Pattern  # "Reporting to the Director are the A and the B": the verb before the units
    list_heading: Pattern  # "Les directions suivantes :": more items of the list the article opened
    hereinafter: Pattern  # '(hereinafter referred to as “the X”)': group "title", another name of what precedes
    apposition: Pattern  # ", the Legal Counsel,": where another title of the same post starts
    composition_verb: str  # the verb quoted in the evidence of a listed component ("comprend")
    # ", constitué de :" after a unit's name, no finite verb: the line is a listed unit with its own list
    participle_list: Pattern | None = None
    # "l’administration centrale de la direction générale X": the part of a unit a decree organises; the
    # unit follows (the decree's body, the longer name another of its names)
    body_part: Pattern | None = None
    # "Office for Kite Rights and Statistics Unit" as a section heading: what may stand between two
    # names a heading joins (the heading is about each, and is no unit itself)
    heading_join: Pattern | None = None
    # "Three regional sections" as a list item, "The regional sections are the A, the B and the C."
    # later: the copula between a group and the names of its members
    group_copula: Pattern | None = None
    # "The regional sections are:" then items: the group's members are listed
    group_list: Pattern | None = None
    # "placé sous les ordres d’un officier général, chef de cabinet": the head's post follows,
    # maybe after a rank in apposition
    under_orders: Pattern | None = None


@dataclass(frozen=True, eq=False)
class ReportWords:
    """Reports: entities named in prose and the few structural statements."""

    whole_organisation: frozenset[str]  # folded names of the UN itself (not an entity)
    un_suffix: Pattern  # folded " des nations unies" ending a name
    under: Pattern  # "placés sous l’autorité de": reporting in prose
    anaphora_preps: frozenset[str]  # "la Division pour …": a reference, not a name
    definite_refs: frozenset[str]  # "le", "du": a bare head noun after these is a reference
    entity_of: Pattern  # "X du Secrétariat": group "name", group "whole"
    complement_words: frozenset[str]  # folded words opening a complement of a known name
    constitute: Pattern  # "Ces six entités constituent le …": the group follows
    manages: Pattern  # ", lequel gère l’…": the managed entity follows
    clause_end: Pattern  # ", a été …": where a list of components ends
    clause_marks: tuple[str, ...]  # " que ", ": ": where a subordinate clause starts
    and_of: Pattern  # "et du …": a second superior follows


@dataclass(frozen=True, eq=False)
class CitationWords:
    ga_resolution: Pattern  # "résolution 60/1 de l’Assemblée générale": group "numbers"
    sc_resolution: Pattern  # "résolution 2594 (2021)": groups "number", "year"
    sc_after: Pattern  # "du Conseil de sécurité" right after a resolution number


@dataclass(frozen=True, eq=False)
class LanguagePack:
    code: str  # ISO 639-1
    detect_words: frozenset[str]  # frequent small words: the language detector counts them
    segment: SegmentWords
    names: NameWords
    clauses: Clauses
    reports: ReportWords
    citations: CitationWords
