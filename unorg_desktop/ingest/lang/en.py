"""English: Secretary-General's bulletins and reports."""

from __future__ import annotations

import re

from .pack import CitationWords, Clauses, LanguagePack, NameWords, Pattern, ReportWords, SegmentWords

_ROMAN = r"[IVXLC]+"

SEGMENT = SegmentWords(
    section=Pattern(
        "section",
        r"^(?:Section|Chapter|SECTION|CHAPTER)\s+(?P<number>\d+)\s*(?:\s(?P<title>[A-Z][^.;:]{2,120}))?$",
        "Section 2 Functions and organization",
    ),
    box=Pattern("box", r"^(?P<label>(?:Box|Map|Figure|Table)\s+\d+)\s*$", "Box 3"),
    summary=Pattern("summary", r"^(?P<label>Summary)\s*$", "Summary"),
    front_part=Pattern("front_part", r"^(?P<label>Introduction|Preamble)\s*$", "Introduction"),
    article=Pattern(
        "article",
        r"^(?:#+\s*)?(?:Article|ARTICLE|Art\.)\s+(?P<number>\d+(?:\.\d+)*)(?:\s*$|\s*[.:–—-][.:–—\s-]*)",
        "Article 2",
    ),
    part=Pattern(
        "part",
        rf"^(?:#+\s*)?(?P<word>TITLE|Title|CHAPTER|Chapter|PART|Part)\s+(?P<number>\d+|{_ROMAN})"
        rf"\s*(?:[.:–—-]\s*(?P<title>.*))?$",
        "Chapter II: Organization",
    ),
    decree_title=Pattern("decree_title", r"^(?:Decree|Order|Regulation)\b", "Decree No. 12 on the organization of"),
    bulletin_header=Pattern("bulletin_header", r"^Secretary-General[’']s bulletin\b", "Secretary-General’s bulletin", re.I),
    front_label="preamble",
    section_label="section {}",
    unnumbered="{}, para. {}",
    article_label="Article {}",
    title_connectors=frozenset("of the for and on in to a an at".split()),
)


NAMES = NameWords(
    word_order="title-case",
    unit_kinds={
        "department": "Department", "departments": "Department",
        "office": "Office", "offices": "Office",
        "division": "Division", "divisions": "Division",
        "service": "Service", "services": "Service",
        "section": "Section", "sections": "Section",
        "unit": "Unit", "units": "Unit",
        "team": "Team", "teams": "Team",
        "group": "Group", "groups": "Group",
        "centre": "Centre", "centres": "Centre", "center": "Centre",
        "fund": "Fund", "funds": "Fund",
        "force": "Force", "forces": "Force",
        "secretariat": "secretariat",
        "cell": "Cell", "cells": "Cell",
        "branch": "Branch", "branches": "Branch",
        "bureau": "Bureau",
        "cabinet": "Cabinet",
        "mission": "Mission",
        "directorate": "Directorate",
    },
    entity_kinds={
        "programme": "Programme", "commission": "Commission", "council": "Council", "committee": "Committee",
        "organization": "Organization", "foundation": "Foundation", "entity": "Entity", "initiative": "Initiative",
        "compact": "Compact", "strategy": "Strategy", "network": "Network", "assembly": "Assembly",
        "agency": "Agency", "institute": "Institute", "university": "University", "bank": "Bank",
        "tribunal": "Tribunal", "court": "Court", "base": "Base", "platform": "Platform",
    },
    single_word_entities=frozenset({"Secretariat"}),
    invariable=frozenset(),
    head_titles=tuple(sorted([
        "under-secretary-general", "under-secretaries-general", "assistant secretary-general",
        "assistant secretaries-general", "deputy secretary-general", "secretary-general",
        "executive director", "deputy executive director", "deputy director", "director", "directors",
        "chief of staff", "chief of section", "chief of service", "chief of unit", "chief of team",
        "chief", "chiefs", "head", "special assistant", "special adviser", "senior adviser",
        "police adviser", "military adviser", "deputy police adviser", "deputy military adviser", "adviser",
        "executive secretary", "coordinator", "special representative", "high commissioner", "controller",
        "officer-in-charge", "president", "registrar", "team leader", "special envoy",
        "executive officer", "legal counsel", "ombudsman", "commissioner", "inspector-general",
    ], key=len, reverse=True)),
    plural_titles={
        "under-secretaries-general": "under-secretary-general",
        "assistant secretaries-general": "assistant secretary-general",
        "directors": "director", "chiefs": "chief",
    },
    feminine={},
    root_titles=frozenset({"secretary-general"}),
    root_name="Secretary-General",
    connectors=frozenset("of the for and on in to".split()),
    articles=frozenset("the a an".split()),
    definite=frozenset({"the"}),
    indefinite=frozenset({"a", "an"}),
    coordinators=frozenset({"and", "or"}),
    numbers={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
    stopwords=frozenset("""
        which who whom whose that where is are was were be been shall will would may can could should
        has have had reports report reporting comprises comprise consists consist includes include
        headed led directed provides provide performs perform serves serve
        """.split()),
    content_stop=frozenset("of the for and on in to a an at respectively matters".split()),
    elided="",
    entity_qualifier=Pattern("entity_qualifier", r"\s+of\s+the\s+United\s+Nations", " of the United Nations"),
    name_preps=frozenset("of for on in".split()),
    determiners=frozenset(
        "each every all both these those this that its their his her such other any no some following".split()),
    title_complement_starts=frozenset({"for", "on"}),
    into_preps=frozenset({"into"}),
    quoted_label=Pattern("quoted_label", r"\s*(?:“[^“”]{1,200}?”|\"[^\"]{1,200}?\")", " “Strategy and Resources”"),
)


_REPORTS_TO = (r"(?:(?:reports?|reporting)\s+(?:directly\s+|jointly\s+)?to\b"
               r"|(?:is|are|shall\s+be)\s+(?:directly\s+|jointly\s+|also\s+)?(?:accountable|answerable|responsible)\s+to\b"
               r"|(?:is|are)\s+placed\s+under\s+the\s+(?:authority|direction|supervision)\s+of"
               r"|has\s+a\s+(?:dual|double|second(?:ary)?)\s+reporting\s+line\s+to\b"
               r"|under\s+the\s+(?:overall\s+|joint\s+)?(?:direction|authority|supervision)\s+of)")
_COMPOSED_OF = (r"(?:comprises?|comprising|includes?|consists?\s+of|(?:is|are)\s+composed\s+of|(?:is|are)\s+made\s+up\s+of"
                r"|brings\s+together)")
_ADVERB = r"(?:directly|also|only|additionally|functionally|administratively)"
_MATTERS = (r"(?:on|for|in|with\s+regard\s+to|as\s+regards|with\s+respect\s+to|in\s+relation\s+to"
            r"|concerning|regarding)")
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"

CLAUSES = Clauses(
    reports_to=Pattern("reports_to", _REPORTS_TO, "The Service reports to the Director"),
    report_target=Pattern("report_target", r"\s*(?:(?:directly|also|administratively|functionally)\s+)*(?:both\s+)?(?:the\s+)?",
                          " directly the Director"),
    composed_of=Pattern("composed_of", _COMPOSED_OF, "The Division comprises the Office of the Director"),
    headed_by=Pattern(
        "headed_by",
        r"(?:(?:is|are)\s+(?:each\s+)?(?:headed|led|directed|managed)\s+by|(?:each\s+)?headed\s+by"
        r"|(?:is|are)\s+under\s+the\s+leadership\s+of)",
        "The Office is headed by an Executive Director",
    ),
    title_article=Pattern("title_article", r"\s*(?:(?:an|a|the)\b)?\s*", " an Executive Director"),
    relative=Pattern("relative", r"(?:who|which|that)", "who reports"),
    pronoun_subject=Pattern("pronoun_subject",
                            r"^(?:[^,;:]{1,60},\s*|(?:In|To|For|As|On)\s[^,;:]{1,40}?\s)?(?:It|They|it|they)\b",
                            "To that end, it reports to the Director."),
    head_of=Pattern("head_of", r"\bthe\s+(?P<title>Chief|Director|Head)\s+of\s+(?:the\s+)?",
                    "in consultation with the Chief of the Supply Section", re.I),
    head_subject=Pattern(
        "head_subject",
        r"^(?:Reporting\s+to\s+[^,]+,\s*)?the\s+(?P<title>Chief|Director|Head)\s+of\s+(?:the\s+)?",
        "The Chief of the Supply Section reports to the Director.",
        re.I,
    ),
    determiner_subject=Pattern(
        "determiner_subject",
        r"^(?:(?:The|Each|Its|Their)\s+|(?:In|Within|Under|For|As|To)\b[^,;:]{1,150},\s*(?:the|each)\s+)",
        "Within its mandate, the Division comprises",
    ),
    distributive=Pattern("distributive", r"^Each\s+(?:of\s+the\s+)?(?P<phrase>.+?)\s+(?:is|are|has|reports)\b",
                         "Each section is headed by a Chief"),
    distributive_each=Pattern("distributive_each", r"^The\s+(?P<phrase>.+?)\s+are\s+each\b",
                              "The sections are each headed by a Chief"),
    group_subject=Pattern("group_subject", r"^(?:The|These)\s+(?P<phrase>[a-z][\w -]{2,60}?)\s+(?:are|report|shall|have)\b",
                          "The regional sections are headed by Chiefs"),
    distributive_start=Pattern("distributive_start", r"^(?:Each\b|The \w+ are each\b)", "Each section"),
    group_members=Pattern("group_members", r"\s*[–—-]?\s*namely,?\s*(?P<members>.+?)\s*[–—]",
                          " – namely, the Africa Division and the Asia Division – "),
    members_follow=Pattern("members_follow", r"\s*(?::|,?\s*(?:namely|that\s+is)\s*[,:]?)\s*(?=\S)",
                           ", namely the North Section"),
    fronted_report=Pattern("fronted_report", r"Reporting\s+to", "Reporting to the Director, the Service"),
    whose_head=Pattern("whose_head", r"whose (?P<title>Chief|Director|Head)\b", "whose Chief reports"),
    part_of=Pattern("part_of", r"(?:is|forms)\s+(?:an\s+integral\s+)?part\s+of\s+(?:the\s+)?(?=[A-Z])",
                    "is an integral part of the Department"),
    item_functions=Pattern("item_functions", r"responsible for|in charge of|:\s", "the Payroll Unit, responsible for"),
    list_intro=Pattern("list_intro", r"^\s*(?:and\s+)?(?:the\s+)?following(?:\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*[:,]\s*",
                       " the following organizational units, each headed by a Chief:"),
    list_item_start=Pattern(
        "list_item_start",
        rf"\s*(?:,\s*(?:\band\b)?|\band\b)?\s*(?:(?:the|a|an)\b)?\s*(?:(?P<num>{_NUMBER_WORDS})\s+)?",
        " and four ",
        re.I,
    ),
    indefinite_before=Pattern("indefinite_before", r"\b(?:a|an)\s*$", "comprises a "),
    indefinite_cut=Pattern("indefinite_cut", r"\s+and\s+(?=[a-z])", "Payroll Unit and experts"),
    composed_participle=Pattern("composed_participle", r"(?:including|comprising|consisting\s+of)",
                                ", including the Executive Office"),
    component_stop=Pattern("component_stop", r"\s*(?:,\s*(?:which|who|placed|whose|headed|each|including|comprising|consisting)\b|–|—)",
                           ", which comprises"),
    not_functions=Pattern("not_functions", r"(?:arrangement|mechanism|modalit)", "the following arrangements", re.I),
    functions=Pattern("functions", r"(?:function|responsib|consist|mission|activit|mandate|tasks)",
                      "Its core functions are as follows", re.I),
    functions_of=Pattern("functions_of", r"(?:functions|responsibilities|tasks)\s+of\s+(?:the\s+|each\s+)?",
                         "The core functions of the Division are as follows", re.I),
    own_functions=Pattern("own_functions", r"\b(?:Its|Their)\s+(?:core\s+|main\s+|principal\s+)?(?:functions|responsibilities)",
                          "Its core functions"),
    prose_functions=Pattern(
        "prose_functions",
        r"\b(?:is|are)\s+responsible\s+for|\b(?:is|are)\s+(?:charged|entrusted|tasked)\s+with"
        r"|\bhas\s+the\s+(?:mission|mandate|task)\s+of|\bserves\s+to\b",
        "The Section is responsible for payroll",
    ),
    composition_list=Pattern("composition_list", rf"{_COMPOSED_OF}[^:]*:\s*$",
                             "The Division comprises the following services: "),
    functions_word=Pattern("functions_word", r"\bfunctions?\b|\bresponsibilit", "the following functions"),
    skip_heading=Pattern("skip_heading", r"provision|reports?$", "General provisions", re.I),
    office_of=Pattern("office_of", r"^(?:\S+\s+){1,3}?of\s+(?:the\s+)?", "Office of the Director"),
    deputy=Pattern("deputy", r"^deputy (?P<base>.+)$", "deputy director"),
    plural_post_split=Pattern("plural_post_split", r",\s+|\s+and\s+(?=(?:for|of|on)\b)",
                              "for Peacekeeping Operations and for Field Support"),
    plural_post_drop=Pattern("plural_post_drop", r"\brespectively\b", "respectively"),
    extension_start=Pattern("extension_start", r"^(?:of|for|on|in)$", "for"),
    short_form_rest=Pattern("short_form_rest", r"^(?:for|on)$", "for"),
    concerned=Pattern("concerned", r"^concerned$", "concerned"),
    list_adverb=Pattern("list_adverb", r"^\s*,?\s*(?:also|in addition|besides)\b\s*,?\s*", " also "),
    inverted_report=Pattern(
        "inverted_report",
        r"^(?:In addition,?\s*)?(?:(?:The following (?:[\w-]+\s+){0,2}?)?(?:report|are attached)"
        r"|Reporting|Attached)\s+(?:directly\s+)?to\s+",
        "The following units report directly to the Director:",
    ),
    organised_body=Pattern("organised_body", r"\b(?:Organization|organization|organizing)\s+of\s+(?:the\s+)?",
                           "Organization of the Department of Field Support"),
    organised_as_follows=Pattern("organised_as_follows", r"\b(?:is|are) organized as follows\s*:\s*$",
                                 "The sections of the Division are organized as follows:"),
    task_name=Pattern("task_name", r"\b(?:responsible|in\s+charge)\s+(?:for|of)\b", "Unit responsible for"),
    directs=Pattern("directs", r"^\s*(?:leads|directs|heads|manages|is\s+in\s+charge\s+of)\s+(?:the\s+)?",
                    " heads the Executive Office"),
    also_marker=Pattern("also_marker", r"\b(?:also|additionally)\b|\bdual\b|\bdouble\b", "It also reports to"),
    co_subject=Pattern("co_subject", r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])", " and the Tail Unit report"),
    # a second superior after 'and', with an optional matters phrase (commas allowed, then 'to')
    # and adverb: 'and, on the deployment of support to missions, envoys and panels, directly to the'
    also_to=Pattern("also_to", rf"\s*(?:,\s*|\s+)and(?:\s*,\s*{_MATTERS}\s+[^;]{{1,200}}?,\s+(?:{_ADVERB}\s+)*to\s+"
                    rf"|\s+(?:{_ADVERB}\s+)*(?:to\s+)?)(?:the\s+)?",
                    " and, in respect of safety, also directly to the Director"),
    dative_report=Pattern("dative_report", r"\b(?:also\s+)?reports?\s+(?:directly\s+)?to\s+(?:him|her|them)\b",
                          "also reports to him."),
    each=Pattern("each", r"\beach\b", ", each of which is headed by"),
    abolished=Pattern("abolished", r"\b(?:is|are)\s+(?:hereby\s+)?abolished\b|\bshall\s+be\s+abolished\b", "Its Complex Emergency Branch is hereby abolished"),
    named_as=Pattern("named_as", r"\s*,?\s*(?:known|referred\s+to)\s+as\s+(?:the\s+)?(?:“)?", ", known as the Executive Office"),
    inverted_copula=Pattern("inverted_copula", r"^\s*,?\s*(?:are|is)\s+", " are the Legal Unit"),
    list_heading=Pattern("list_heading", r"^The\s+following\b[^:]{0,60}:\s*$", "The following units:"),
    hereinafter=Pattern(
        "hereinafter",
        r"\s*\(\s*(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s+[“\"]?\s*(?:the\s+)?"
        r"(?P<title>[^”\")]{2,80}?)\s*[”\"]?\s*\)",
        " (hereinafter referred to as “the Emergency Relief Coordinator”)",
    ),
    apposition=Pattern("apposition", r"\s*,\s*(?:the\s+)?(?=[A-Z])", ", the Legal Counsel, who"),
    dative_inverted=Pattern(
        "dative_inverted",
        r"^(?:In addition,?\s*)?(?:Reporting|Attached)\s+(?:directly\s+)?to\s+(?:him|her|them)\s+(?:is|are)\s+",
        "Reporting to him are the Policy Unit and the Planning Unit.",
    ),
    parallel_complement=Pattern("parallel_complement", r"\s+and\s+of\s+(?:the\s+)?(?=\w)", " and of the Treasury"),
    member_preposition=Pattern("member_preposition", r"\bof\b", " of the "),
    assisted_by=Pattern("assisted_by", r"\b(?:is|are)\s+assisted\s+(?:in\s+[^,]{1,60}\s+)?by\s+(?:an?|the)?\s*",
                        "The Under-Secretary-General is assisted by an Assistant Secretary-General"),
    deputy_of=Pattern("deputy_of", r"\s*,\s*(?:[Dd]eputy|[Aa]ssistant)\s+to\s+(?:the\s+)?", ", Deputy to the Director"),
    authority_over=Pattern("authority_over", r"\b(?:has|have|exercises?)\s+(?:overall\s+)?authority\s+over\b",
                           "The Director has authority over:"),
    structural=Pattern("structural", r"integral part|functions|responsibilities", "Its functions are"),
    composition_verb="comprises",
    participle_list=Pattern("participle_list", r"\s*,?\s*(?:composed|made up|consisting)\s+of\s*:\s*$",
                            ", composed of:"),
    body_part=Pattern("body_part", r"^(?:headquarters|central administration)\s+of\s+(?:the\s+)?",
                      "headquarters of the Department of Essays"),
    group_copula=Pattern("group_copula", r"^\s*(?:are|is)\s*:?\s+(?:the\s+)?(?=[A-Z])",
                         " are the North Section, the South Section and the East Section"),
    group_list=Pattern("group_list", r"\s(?:are|is)(?:\s+as\s+follows)?\s*:\s*$", "The regional sections are:"),
    heading_join=Pattern("heading_join", r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?",
                         " and Statistics Unit"),
    under_orders=Pattern("under_orders", r"\bunder the (?:orders|command) of\s+(?:an?\s+|the\s+)?",
                         "an office under the command of a general officer, Chief of Office"),
)

REPORTS = ReportWords(
    whole_organisation=frozenset({"united nations", "organization", "un", "united nations organization"}),
    un_suffix=Pattern("un_suffix", r"\s+(?:of the united nations)\b", "global compact of the united nations"),
    under=Pattern("under", r"(?:placed|is|are)\s+under\s+the\s+(?:authority|direction|responsibility)\s+of",
                  "placed under the authority of"),
    anaphora_preps=frozenset({"for", "to"}),
    definite_refs=frozenset({"the"}),
    entity_of=Pattern("entity_of", r"^(?P<name>.+?)\s+of\s+the\s+(?P<whole>Secretariat)$",
                      "Office of Legal Affairs of the Secretariat"),
    complement_words=frozenset({"for", "to", "in", "on", "with", "of", "at"}),
    constitute=Pattern(
        "constitute",
        rf"(?:These|The)\s+(?:(?:{_NUMBER_WORDS})\s+)?(?:entities|bodies|institutions|organizations)\s+"
        r"(?:constitute|form|make\s+up)\s+(?:the\s+)?",
        "These six entities constitute the Steering Committee",
    ),
    manages=Pattern("manages", r",\s*(?:which|who)\s+(?:manages|administers|runs|oversees|supervises)\s+(?:the\s+)?",
                    "the Committee, which manages the Initiative"),
    clause_end=Pattern("clause_end", r",\s*(?:has been|has|is|are|which|who)\b", ", has been established"),
    clause_marks=(" that ", ": ", "; "),
    and_of=Pattern("and_of", r"\band\s+(?:of\s+)?(?:the\s+)?", " and the Under-Secretary-General"),
)

CITATIONS = CitationWords(
    ga_resolution=Pattern(
        "ga_resolution",
        r"[Rr]esolutions?\s+(?P<numbers>(?:\d{2,3}/\d{1,3}(?:\s+[A-H])?(?:,\s*|\s+and\s+)?)+)",
        "General Assembly resolution 60/1",
    ),
    sc_resolution=Pattern("sc_resolution", r"[Rr]esolution\s+(?P<number>\d{3,4})\s*\((?P<year>\d{4})\)",
                          "Security Council resolution 2594 (2021)"),
    sc_after=Pattern("sc_after", r"Security Council", "of the Security Council"),
)

PACK = LanguagePack(
    code="en",
    detect_words=frozenset(
        "the of and is are in to for which with by on that this its it be shall as".split()
    ),
    segment=SEGMENT,
    names=NAMES,
    clauses=CLAUSES,
    reports=REPORTS,
    citations=CITATIONS,
)
