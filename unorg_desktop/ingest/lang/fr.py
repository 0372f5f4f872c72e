"""French: Secretary-General's bulletins (circulaires), reports and ministry decrees."""

from __future__ import annotations

import re

from .pack import CitationWords, Clauses, LanguagePack, NameWords, Pattern, ReportWords, SegmentWords

_ROMAN = r"[IVXLC]+"

SEGMENT = SegmentWords(
    section=Pattern(
        "section",
        r"^(?:Section|Chapitre|SECTION|CHAPITRE)\s+(?P<number>\d+)\s*(?:\s(?P<title>[A-ZÀ-Ý][^.;:]{2,120}))?$",
        "Section 4 Division de la logistique",
    ),
    box=Pattern("box", r"^(?P<label>(?:Encadré|Carte|Figure|Tableau)\s+\d+)\s*$", "Encadré 7"),
    summary=Pattern("summary", r"^(?P<label>Résumé)\s*$", "Résumé"),
    front_part=Pattern("front_part", r"^(?P<label>Introduction|Préambule)\s*$", "Préambule"),
    article=Pattern(
        "article",
        r"^(?:#+\s*)?(?:Article|ARTICLE|Art\.)\s+(?P<number>(?:\d+(?:\.\d+)*(?:er)?|premier|unique)(?:\s*(?:bis|ter|quater)\b)?)"
        r"(?:\s*$|\s*[.:–—-][.:–—\s-]*)",
        "Article 1er",
    ),
    part=Pattern(
        "part",
        rf"^(?:#+\s*)?(?P<word>TITRE|Titre|CHAPITRE|Chapitre|SECTION|Section|Sous-section)\s+"
        rf"(?P<number>\d+(?:er)?|{_ROMAN}(?:er)?|premier|unique)\s*(?:[.:–—-]\s*(?P<title>.*))?$",
        "Chapitre Ier : Dispositions générales",
    ),
    decree_title=Pattern("decree_title", r"^(?:Arrêté|Arrete|ARRÊTÉ|Décret|Decret|DÉCRET)\b", "Arrêté du 30 juin 2008 portant organisation"),
    bulletin_header=Pattern("bulletin_header", r"^Circulaire du secr[ée]taire g[ée]n[ée]ral\b", "Circulaire du Secrétaire général",
                            re.I),
    front_label="préambule",
    section_label="section {}",
    unnumbered="{}, al. {}",
    article_label="Article {}",
    title_connectors=frozenset("de du des d’ la le les l’ et à au aux pour sur en".split()),
)


NAMES = NameWords(
    word_order="head-first",
    unit_kinds={
        "département": "Département", "départements": "Département",
        "bureau": "Bureau", "bureaux": "Bureau",
        "division": "Division", "divisions": "Division",
        "service": "Service", "services": "Service",
        "section": "Section", "sections": "Section",
        "groupe": "Groupe", "groupes": "Groupe",
        "équipe": "Équipe", "équipes": "Équipe",
        "centre": "Centre", "centres": "Centre",
        "fonds": "Fonds",
        "force": "Force", "forces": "Force",
        "secrétariat": "secrétariat", "secrétariats": "secrétariat",
        "cellule": "Cellule", "cellules": "Cellule",
        "unité": "Unité",
        "office": "Office",
        "cabinet": "Cabinet",
        "branche": "Branche",
        "sous-division": "Sous-division",
        "mission": "Mission", "missions": "Mission",
        # ministries' administration (decrees)
        "direction": "Direction", "directions": "Direction",
        "sous-direction": "Sous-direction", "sous-directions": "Sous-direction",
        "délégation": "Délégation", "délégations": "Délégation",
        "inspection": "Inspection",
        "organisme": "Organisme", "organismes": "Organisme",
        "administration": "Administration",
        "collège": "Collège", "collèges": "Collège",
        "pôle": "Pôle", "pôles": "Pôle", "observatoire": "Observatoire",
        "unités": "Unité",
        "état-major": "État-major", "états-majors": "État-major", "quartier": "Quartier général",
        "cabinets": "Cabinet", "inspections": "Inspection", "centre": "Centre",
    },
    entity_kinds={
        "programme": "Programme", "haut-commissariat": "Haut-Commissariat",
        "commission": "Commission", "commissions": "Commission", "conseil": "Conseil", "comité": "Comité",
        "organisation": "Organisation", "fondation": "Fondation", "entité": "Entité",
        "initiative": "Initiative", "pacte": "Pacte", "stratégie": "Stratégie", "société": "Société",
        "réseau": "Réseau", "réseaux": "Réseau", "assemblée": "Assemblée", "agence": "Agence",
        "institut": "Institut", "université": "Université", "banque": "Banque", "tribunal": "Tribunal",
        "cour": "Cour", "caisse": "Caisse", "base": "Base", "plateforme": "Plateforme",
    },
    single_word_entities=frozenset({"Secrétariat"}),
    invariable=frozenset({"fonds"}),
    head_titles=tuple(sorted([
        "secrétaire général adjoint", "secrétaire générale adjointe", "secrétaires généraux adjoints",
        "sous-secrétaire général", "sous-secrétaire générale", "sous-secrétaires généraux",
        "secrétaire général", "secrétaire générale", "vice-secrétaire générale", "vice-secrétaire général",
        "directeur exécutif", "directrice exécutive", "directeur adjoint", "directrice adjointe",
        "directeur", "directrice", "chef de service", "chef de section", "chef de cabinet", "chef d’équipe",
        "chef de groupe", "chef", "conseiller militaire", "conseiller adjoint", "conseiller",
        "assistant spécial", "assistante spéciale", "conseillère", "cheffe de service", "cheffe de section",
        "cheffe", "coordonnatrice", "représentante spéciale", "haute-commissaire", "secrétaire exécutif",
        "secrétaire exécutive", "administrateur général", "administrateur", "spécialiste",
        "haut-commissaire", "coordonnateur", "représentant spécial", "président", "contrôleur",
        # ministries (decrees)
        "directeur général", "directrice générale", "directeur général adjoint", "sous-directeur",
        "sous-directrice", "chef de bureau", "chef de mission", "délégué", "déléguée",
        "inspecteur général", "inspectrice générale", "directeur de projet", "adjoint", "adjointe",
        "directeur central", "directrice centrale", "chargé de mission", "chargée de mission", "chargés de mission", "chargées de mission",
        "haut fonctionnaire", "haute fonctionnaire",
    ], key=len, reverse=True)),
    plural_titles={
        "secrétaires généraux adjoints": "secrétaire général adjoint",
        "sous-secrétaires généraux": "sous-secrétaire général",
        "chargés de mission": "chargé de mission", "chargées de mission": "chargée de mission",
    },
    feminine={
        "générale": "général", "adjointe": "adjoint", "directrice": "directeur", "exécutive": "exécutif",
        "assistante": "assistant", "spéciale": "spécial", "conseillère": "conseiller", "cheffe": "chef",
        "coordonnatrice": "coordonnateur", "représentante": "représentant",
        "haute-commissaire": "haut-commissaire", "présidente": "président", "administratrice": "administrateur",
    },
    root_titles=frozenset({"secrétaire général", "secrétaire générale"}),
    root_name="Secrétaire général",
    connectors=frozenset("de du des d’ la le les l’ et ou à au aux pour sur contre en leur leurs avec un une".split()),
    articles=frozenset("le la les l’ un une des du de d’ au aux".split()),
    definite=frozenset("le la les l’".split()),
    indefinite=frozenset("un une".split()),
    coordinators=frozenset("et ou".split()),
    numbers={"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
    stopwords=frozenset("""
        qui que qu’ dont lequel laquelle lesquels lesquelles où
        est sont était étaient sera seront soit a ont avait avaient aura
        relève relèvent relevant rend rendent rendant se s’ comprend comprennent
        compose composent composé composée composés composées
        assure assurent assume assument fait font fournit fournissent dirige dirigent
        dirigé dirigée dirigés dirigées placé placée placés placées
        apporte apportent appuie appuient participe participent présente présentent gère gèrent
        élabore élaborent coordonne coordonnent constitue constituent conformément ainsi y
        constitué constituée constitués constituées
        notamment selon afin lors dans par ci-après ci-dessus respectivement chacun chacune
        également aussi directement il elle ils elles ne n’ pas tant entre sous vers chez
        depuis pendant ce cette ces son sa ses tel telle tels telles comme sans travaille
        travaillent collabore collaborent peut peuvent doit doivent exerce exercent
        supervise supervisent bénéficie reçoit reçoivent sert servent veille veillent contribue
        tient tiennent met mettent prend prennent donne donnent joue jouent agit
        créé créée créés créées établi établie mis mise conduit conduite conduites
        tous toutes tout mieux concernant concerne auquel consiste consistent tire tirent encourage encouragent annonce
        apprécie souligne relevait dispose disposent exécute exécutent auxquels auxquelles duquel desquels
        lorsque si puis afin mais car donc or lui savoir auprès
        anime animent définit définissent conçoit conçoivent prépare préparent organise organisent
        favorise favorisent assiste assistent instruit instruisent réalise réalisent évalue évaluent
        promeut promeuvent garantit garantissent détermine déterminent étudie étudient développe
        développent suivent exploite exploitent mène mènent traite traitent négocie négocient
        représente représentent répartit répartissent propose proposent
        """.split()),
    content_stop=frozenset(
        "de du des d la le les l et ou a au aux pour sur en charge chargee charges chargees "
        "respectivement questions".split()),
    elided=r"(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)’",
    fixed_phrases=(("en", "développement"), ("sans", "littoral")),
    name_articles=frozenset("la le les l’ un une".split()),
    prose_stops=frozenset("relatif relative relatifs relatives visant un une".split()),
    prose_breaks=frozenset({"en", "sur", "avec"}),
    complement_preps=frozenset("de du des d’ pour contre".split()),
    series_preps=frozenset("du de des d’ la l’ à au aux".split()),
    article_series_preps=frozenset("sur pour contre avec".split()),  # "études sur le fret et l’intermodalité"
    parallel_prep="pour",
    of_preps=frozenset({"de", "d’"}),
    to_preps=frozenset({"à", "au", "aux"}),
    superlatives=frozenset({"moins", "plus"}),
    qualifier_preps=frozenset({"du", "de", "des"}),
    qualifier_kinds=frozenset({"Département"}),
    entity_qualifier=Pattern("entity_qualifier", r"\s+(?:de l’ONU|des Nations Unies|de l’Organisation des Nations Unies)",
                             " des Nations Unies"),
    adjective_endings=(
        "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
        "ique", "iques", "if", "ive", "ifs", "ives", "aire", "aires", "é", "ée", "és", "ées",
        "ant", "ante", "ants", "antes", "ent", "ente", "ents", "entes", "eur", "eurs", "in", "ine",
        "ins", "ines", "ais", "aise", "ier", "ière", "iers", "ières", "un", "une", "ois", "oise",
        "ile", "iles", "ble", "bles",
    ),
    not_adjectives=frozenset("continuent continue réunit propose vise permet restent maintiennent examine situées situés".split()),
    infinitive_endings=("er", "ir", "oir", "dre", "ttre", "ire"),
    prose_verb_endings=("er", "ir", "re"),
    lowercase_kinds=frozenset({"secrétariat"}),
    title_complement_starts=frozenset({"à", "au", "aux", "chargé", "chargée"}),
    into_preps=frozenset({"en"}),
    quoted_label=Pattern("quoted_label", r"\s*(?:«[^«»]{1,200}?»|“[^“”]{1,200}?”|\"[^\"]{1,200}?\")", " « premier recours »"),
    title_units={
        "directeur": "direction", "directrice": "direction", "directeur général": "direction générale",
        "directrice générale": "direction générale", "sous-directeur": "sous-direction",
        "sous-directrice": "sous-direction", "secrétaire général": "secrétariat général",
        "secrétaire générale": "secrétariat général", "délégué": "délégation", "déléguée": "délégation",
        "inspecteur général": "inspection générale", "chef de service": "service",
        "directeur central": "direction centrale", "directrice centrale": "direction centrale",
        "chef de cabinet": "cabinet", "cheffe de cabinet": "cabinet", "chef de bureau": "bureau",
        "chef de mission": "mission", "chef d’état-major": "état-major", "inspectrice générale": "inspection générale",
    },
)


_PREP = r"(?:du|de la|de l’|des|d’|de|au|aux|à la|à l’|à)"
_REPORTS_TO = (r"(?:relève(?:nt)?|relevant|rend(?:ent)? compte|rendant compte|(?:est |sont )?responsables? devant|"
               r"(?:est |sont )?placée?s? sous l’autorité|(?:est |sont )?(?:directement )?rattachée?s?|"
               r"(?:est |sont )?placée?s? auprès)")
_NUMBER_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
_COMPOSED_OF = (r"(?:se compos(?:e|ent)|compren(?:d|nent)|comprenant|composée?s? de|comporten?t?|est composée?|sont composée?s|réunit|regroupe|englobe"
                r"|constituée?s? (?:par|de)|dispos(?:e|ent)(?:,\s*en outre,)?\s+(?=d’une?\b)"
                # "Le département X, constitué : - du pôle A ; …": a participle right before the list
                r"|(?:constituée?s?|composée?s?)\s*(?=:)"
                # "L’administration centrale de X est organisée en deux services, sept sous-directions et …"
                rf"|(?:est|sont) organisée?s? en(?=\s+(?:{_NUMBER_WORDS}|une?)\b))")

CLAUSES = Clauses(
    reports_to=Pattern("reports_to", _REPORTS_TO, "Le Service relève du Directeur"),
    report_target=Pattern("report_target",
                          rf"\s*(?:(?:directement|également|aussi|hiérarchiquement|fonctionnellement)\s+)*"
                          rf"(?:{_PREP})?\s*(?:deux\s+)?", " directement de la Directrice"),
    composed_of=Pattern("composed_of", _COMPOSED_OF, "La Division se compose du Bureau"),
    headed_by=Pattern(
        "headed_by",
        r"(?:(?:est|sont) dirigée?s?(?: chacune?)? par|a à sa tête|ont à leur tête|"
        r"(?:est |sont )?placée?s?(?: chacune?)? sous la direction d[e’]|"
        r"(?:est |sont )?placée?s?(?: chacune?)? sous (?:l’autorité|la responsabilité) d’(?=une?\b)|"
        r"(?:est |sont )?confiée?s? à (?=une?\b)|"
        r"(?:est |sont )?(?:chacun |chacune )?dirigée?s?(?: chacune?)? par)",
        "Le Bureau est dirigé par un Directeur",
    ),
    title_article=Pattern("title_article", r"\s*(?:(?:une|un|les|le|la)\b|l’)?\s*", " un Directeur"),
    relative=Pattern("relative", r"(?:qui|lequel|laquelle)", "qui relève"),
    pronoun_subject=Pattern("pronoun_subject",
                            r"^(?:[^,;:]{1,60},\s*|(?:A|À|En|Dans|Pour|Par)\s[^,;:]{1,40}?\s)?"
                            r"(?:Il|Elle|Ils|Elles|il|elle|ils|elles)\b",
                            "A ce titre, elle :"),
    head_of=Pattern("head_of", r"\b(?:le|la|l’|un|une)\s*(?P<title>chef de service|cheffe|chef|directeur|directrice)\s+"
                    r"(?:(?:assure|a)\s+la\s+(?:responsabilité|direction)\s+)?(?:du|de la|de l’|des)\s*",
                    "rattachés au directeur général le chef du département « stratégie »", re.I),
    head_subject=Pattern(
        "head_subject",
        rf"^(?:Relevant {_PREP}\s*[^,]+,\s*)?(?:le|la|l’)\s*(?P<title>Cheffe|Chef|Directeur|Directrice)\s+"
        r"(?:du|de la|de l’|des)\s*",
        "Le Chef du Service Y relève du Directeur.",
        re.I,
    ),
    determiner_subject=Pattern(
        "determiner_subject",
        r"^(?:(?:Chaque|Les?|La|L’|Leurs?)\s*"
        r"|(?:Dans|En|Pour|Sous|Sur|Au|Aux|A|À|Par)\b[^,;:]{1,150},\s*(?:chaque|les?|la|l’)\s*"
        # "Placé sous les ordres d’un officier, conseiller du directeur, le service X comprend": a
        # fronted participial phrase (its commas too) before the subject
        r"|Placée?s?\s[^;:]{1,200}?,\s*(?:les?|la|l’)\s*(?=[a-zà-ÿ]))",
        "Dans le cadre de ses missions, la Division comprend",
    ),
    distributive=Pattern("distributive", r"^Chaque\s+(?P<phrase>.+?)\s+(?:est|sont|a|rend|relève)\b",
                         "Chaque service est dirigé par un Chef"),
    distributive_each=Pattern("distributive_each", r"^Les\s+(?P<phrase>.+?)\s+sont\s+chacun",
                              "Les services sont chacun dirigés par un Chef"),
    group_subject=Pattern("group_subject", r"^(?:Les|Ces)\s+(?P<phrase>[a-zéè][\w’ -]{2,60}?)\s+(?:sont|relèvent|rendent|ont)\b",
                          "Les divisions régionales sont dirigées par des chefs"),
    distributive_start=Pattern("distributive_start", r"^(?:Chaque|Les \w+ sont chacun)", "Chaque service"),
    group_members=Pattern("group_members", r"\s*[–—-]?\s*à savoir,?\s*(?P<members>.+?)\s*[–—]",
                          " – à savoir, la Division A et la Division B – "),
    members_follow=Pattern("members_follow", r"\s*(?::|,?\s*(?:à savoir|soit)\s*[,:]?)\s*(?=\S)",
                           ", à savoir le bureau A"),
    fronted_report=Pattern("fronted_report", r"Relevant", "Relevant du Directeur, le Service"),
    whose_head=Pattern("whose_head", r"dont (?:le|la) (?P<title>Cheffe|Chef|Directeur|Directrice)\b",
                       "dont le Chef relève"),
    part_of=Pattern("part_of", r"fait partie intégrante\s+(?:du|de la|de l’|des)\s*",
                    "fait partie intégrante du Département"),
    # ("le bureau X, chargé, pour l’ensemble de la direction, de la préparation …": a phrase between)
    item_functions=Pattern("item_functions", r"chargée?\s*(?:,[^,;:]{1,60},\s*)?(?:de|d’|du|des)\b|responsable de|:\s",
                           "Le Groupe X, chargé de la paie"),
    list_intro=Pattern("list_intro", r"^\s*(?:les|des)\s+(?:[\w’-]+\s+){0,4}?suivante?s?\s*[:,]\s*",
                       " les unités administratives suivantes, chacune dirigée par un chef :"),
    list_item_start=Pattern(
        "list_item_start",
        r"\s*(?:,\s*(?:\bet\b)?|\bet\b)?\s*(?:(?:du|de la|des|d’un|d’une|de|le|la|les|un|une)\b|de l’|l’|d’)?\s*"
        rf"(?:(?P<num>{_NUMBER_WORDS})\s+)?",
        " et de quatre ",
        re.I,
    ),
    indefinite_before=Pattern("indefinite_before", r"\b(?:un|une|d’un|d’une)\s*$", "comprend une "),
    indefinite_cut=Pattern("indefinite_cut", r"\s+et\s+des\s+|,\s+des\s+", "Groupe X et des experts"),
    # (", chargé de la gestion des personnels, des délégations …": a function clause, no more members)
    composed_participle=Pattern("composed_participle", r"(?:comprenant|regroupant)", ", comprenant le bureau A"),
    component_stop=Pattern("component_stop", r"\s*(?:,\s*(?:qui|lequel|laquelle|placée?s?|dont|chargée?s?|responsables?|comprenant|regroupant)\b|(?:qui|lequel|laquelle)\s+"
                                             r"(?=comprend|se compose|est composée?)|–|—|(?=placée?s?\s+sous\b))",
                           ", qui comprend"),
    not_functions=Pattern("not_functions", r"(?:dispositi|mécanism|modalités suivantes|arrangements suivants)",
                          "les dispositions suivantes", re.I),
    functions=Pattern("functions", r"(?:attribution|fonction|consist|notamment de|chargée? de|mission|activités)",
                      "Ses attributions sont les suivantes", re.I),
    functions_of=Pattern("functions_of",
                         r"(?:attributions?|fonctions)(?:\s+\w+)?\s+(?:principales?\s+)?(?:du|de la|de l’|des)\s*",
                         "Les fonctions essentielles de la Division sont les suivantes", re.I),
    own_functions=Pattern("own_functions", r"\b(?:Leurs|Ses|Son|Sa)\s+(?:principales?\s+)?(?:attributions?|fonctions)",
                          "Ses principales attributions"),
    prose_functions=Pattern(
        "prose_functions",
        r"\b(?:est|sont) chargée?s?\s*(?:de\b|d’|du\b|des\b|:)|\best responsable de|\ba pour (?:vocation|mission|attribution)"
        r"|\best une unité [^.;]*\bqui (?:assure|fournit)\b",
        "La Section est chargée de la paie",
    ),
    composition_list=Pattern("composition_list", rf"{_COMPOSED_OF}[^:]*:\s*$",
                             "La Division comprend les services suivants : "),
    functions_word=Pattern("functions_word", r"\battributions?\b|\bfonctions?\b", "les fonctions suivantes"),
    skip_heading=Pattern("skip_heading", r"disposition|rapports?$", "Disposition générale", re.I),
    office_of=Pattern("office_of", r"^\S+\s+(?:du|de la|de l’|des|d’)\s*", "Bureau du Directeur"),
    deputy=Pattern("deputy", r"^(?P<base>.+) adjoint$", "conseiller adjoint"),
    plural_post_split=Pattern("plural_post_split", r",\s+|\s+et\s+(?=(?:de la|de l’|des|du|à la|à l’|aux|au|à)\b)",
                              "aux opérations de maintien de la paix et à l’appui aux missions"),
    plural_post_drop=Pattern("plural_post_drop", r"\brespectivement\b|^\s*chargée?s\s+", "chargés respectivement"),
    extension_start=Pattern("extension_start", r"^(?:à|au|aux|de|du|des|d’|pour|chargé|chargée)$", "chargé"),
    short_form_rest=Pattern("short_form_rest", r"^(?:à|au|aux|pour|chargé|chargée)$", "aux"),
    concerned=Pattern("concerned", r"^concernée?$", "concernée"),
    list_adverb=Pattern("list_adverb", r"^\s*,?\s*(?:en outre|également|aussi|outre)\b\s*,?\s*", " en outre : "),
    inverted_report=Pattern(
        "inverted_report",
        r"^(?:En outre,?\s*)?(?:(?:[Ss]ont|[Ee]st)\s*(?:,\s*en outre\s*,\s*|directement\s+|également\s+|en outre\s+)*"
        r"(?:rattachée?s?|placée?s?\s+auprès|placée?s?\s+sous\s+l’autorité)\s+"
        r"|Relèven?t?\s+(?:directement\s+|également\s+|en outre\s+)*(?:de\s+l’autorité\s+)?)"
        r"(?=(?:du|de la|de l’|des|d’|au|aux|à la|à l’|à)\b)",
        "Sont directement rattachés au directeur :",
    ),
    organised_body=Pattern("organised_body", r"\b(?:organisation(?:\s+et\s+(?:aux\s+)?(?:attributions|missions))?"
                           r"\s+(?:de la|de l’|du|des|de)|organisant\s+(?:la|le|l’|les)?)\s*",
                           "portant organisation de la direction des essais"),
    organised_as_follows=Pattern("organised_as_follows", r"\b(?:est|sont) organisée?s? comme suit\s*:\s*$",
                                 "Les sous-directions de la direction X sont organisées comme suit :"),
    task_name=Pattern("task_name", r"\bchargée?s?\s+(?:de|du|des|d’)", "département chargé des relations"),
    # (a quoted label after the post, 'Le directeur de projet « Achats » est responsable du …', is no
    # part of the head)
    directs=Pattern("directs", r"^\s*(?:«[^«»]{1,80}»\s*|“[^“”]{1,80}”\s*)?"
                    r"(?:dirige|assure la direction|a la charge|est à la tête|est responsable(?=\s+d))"
                    r"\s*(?:du|de la|de l’|des|le|la|l’|d[eu]\s)?\s*",
                    " « Essais » est responsable du département des essais"),
    also_marker=Pattern("also_marker", r"\b(?:également|aussi|en outre)\b|\bdouble\b", "relève également du"),
    co_subject=Pattern("co_subject", r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:le\s+|la\s+|l’)(?=\w)",
                       " et le bureau B sont dirigés"),
    also_to=Pattern("also_to", r"\s*(?:,\s*|\s+)et(?:\s*,\s*(?:pour|en ce qui concerne|s’agissant)\s+[^,;]{1,80},)?"
                    r"\s+(?:(?:directement|également|aussi)\s+)*(?:du|de la|de l’|des|au|aux|à la|à l’)\s*",
                    " et, pour les questions de sécurité, du Secrétaire général adjoint"),
    dative_report=Pattern("dative_report", r"\b(?:lui|leur)\s+(?:est|sont)\s+(?:également\s+|directement\s+)*"
                                           r"(?:rattachée?s?|placée?s?\s+auprès)",
                          "lui est également rattachée."),
    each=Pattern("each", r"\bchacune?s?\b", ", dont chacun est dirigé par"),
    abolished=Pattern("abolished", r"\b(?:est|sont)\s+(?:supprimée?s?|abrogée?s?|dissoute?s?)\b", "Le bureau des essais est supprimé"),
    named_as=Pattern("named_as", r"\s*,?\s*(?:dénommée?s?|appelée?s?|désignée?s?)\s+(?:sous le nom de\s+)?(?:« ?)?",
                     ", dénommé secrétariat général"),
    inverted_copula=Pattern("inverted_copula", r"^\s*,?\s*(?:sont|est)\s+(?=l[ea’]|les|un|une)", " sont le bureau A"),
    list_heading=Pattern("list_heading", r"^(?:Les|Des)\s+[\w\s,’-]{0,60}?suivante?s\s*:\s*$", "Les directions suivantes :"),
    hereinafter=Pattern(
        "hereinafter",
        r"\s*\(?\s*,?\s*ci-après\s+(?:dénommée?|désignée?|appelée?)\s+[«“\"]?\s*(?:le\s+|la\s+|l’)?"
        r"(?P<title>[^»”\")]{2,80}?)\s*[»”\"]?\s*\)?(?=[\s,.;:]|$)",
        " (ci-après dénommé « le délégué »)",
    ),
    apposition=Pattern("apposition", r"\s*,\s*(?:le|la)\s+(?=[A-ZÉ])", ", le Délégué interministériel, qui"),
    dative_inverted=Pattern(
        "dative_inverted",
        r"^(?:En outre,?\s*)?(?:Lui|Leur)\s+(?:sont|est)\s+(?:directement\s+|également\s+)*"
        r"(?:rattachée?s?|placée?s?\s+auprès)\s+",
        "Lui sont rattachées la cellule X et la cellule Y.",
    ),
    parallel_complement=Pattern("parallel_complement", r"\s+et\s+(?:du|de la|de l’|des|de|d’)\s*(?=\w)",
                                " et du service intérieur"),
    member_preposition=Pattern("member_preposition", r"\b(?:du|de|des)\b|d’", " et du "),
    assisted_by=Pattern("assisted_by", r"\b(?:est|sont)\s+(?:secondée?s?|assistée?s?|suppléée?s?)"
                                       r"(?:\s*,\s*[^,]{1,60},\s*|\s+)(?:par|d[e’])\s*(?:un|une|deux|des|l’|le|la)?\s*",
                        "Le directeur est secondé par un directeur adjoint"),
    deputy_of=Pattern("deputy_of", r"\s*,\s*(?:adjointe?|suppléante?)\s+(?:au|à la|à l’)\s*",
                      ", adjoint au directeur général"),
    authority_over=Pattern("authority_over", r"\b(?:a|ont|exerce|exercent)\s+(?:son\s+|leur\s+)?autorité\s+sur\b"
                                             r"|\bdirigen?t?\s+les\s+activités\b",
                           "le secrétaire général a autorité sur :"),
    structural=Pattern("structural", r"fait partie|attributions?|fonctions", "Ses fonctions sont"),
    composition_verb="comprend",
    # (", constitué de deux cellules :", ", composé des pôles suivants :": the group it announces)
    participle_list=Pattern("participle_list", r"\s*,?\s*(?:constituée?s?|composée?s?)"
                            r"(?:\s+(?:de|d’|des|du|par)(?:\s*[^:;,.]{1,60}?)?)?\s*:\s*$",
                            ", constitué de deux cellules :"),
    # "placé sous les ordres d’un officier général, chef de cabinet, qui comprend": the head's post
    # follows (after a rank in apposition)
    under_orders=Pattern("under_orders", r"\bsous les ordres d[e’]\s*(?:une?\s+|l[ea]\s+|l’)?",
                         "un cabinet placé sous les ordres d’un officier général, chef de cabinet"),
    body_part=Pattern("body_part", r"^(?:administration centrale|services centraux)\s+(?:de la|de l’|du|des)\s*",
                      "administration centrale de la direction générale des essais"),
    group_copula=Pattern("group_copula", r"^\s*sont\s*:?\s+(?:la|le|les|l’)\s*(?=\w)",
                         " sont la section A, la section B et la section C"),
    group_list=Pattern("group_list", r"\ssont(?:\s+les\s+suivantes)?\s*:\s*$", "Les sections régionales sont :"),
    heading_join=Pattern("heading_join", r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:le\s+|la\s+|l’)?",
                         " et bureau des cerfs-volants"),
)

REPORTS = ReportWords(
    whole_organisation=frozenset({"organisation des nations unies", "organisation", "onu", "nations unies"}),
    un_suffix=Pattern("un_suffix", r"\s+(?:des nations unies|de l onu|de l organisation des nations unies)\b",
                      "pacte mondial des nations unies"),
    under=Pattern("under", r"(?:placée?s?|rattachée?s?)\s+(?:sous l’autorité|sous la direction|sous la responsabilité)"
                           r"\s+d[eu’]", "placés sous l’autorité de"),
    anaphora_preps=frozenset({"pour", "à", "au", "aux"}),
    definite_refs=frozenset({"le", "la", "l’", "du", "au"}),
    entity_of=Pattern("entity_of", r"^(?P<name>.+?)\s+(?:du|de la|de l’)\s*(?P<whole>Secrétariat)$",
                      "Bureau X du Secrétariat"),
    complement_words=frozenset({"pour", "a", "au", "aux", "dans", "sur", "avec", "de", "d", "du", "des", "en"}),
    constitute=Pattern(
        "constitute",
        rf"(?:Ces|Les)\s+(?:(?:{_NUMBER_WORDS})\s+)?(?:entités|organismes|institutions|organisations)\s+"
        r"(?:constituent|forment|composent)\s+",
        "Ces six entités constituent le Comité",
    ),
    manages=Pattern("manages", r",\s*(?:lequel|laquelle|qui)\s+(?:gère|administre|pilote|supervise)\s+(?:le|la|l’|les)\s*",
                    "le Comité, lequel gère l’Initiative"),
    clause_end=Pattern("clause_end", r",\s*(?:a été|a|est|sont|qui)\b", ", a été créé"),
    clause_marks=(" que ", " qu’", ": ", "; "),
    and_of=Pattern("and_of", r"\bet\s+(?:du|de la|de l’|des)\s*", " et du Secrétaire général adjoint"),
)

CITATIONS = CitationWords(
    ga_resolution=Pattern(
        "ga_resolution", r"[Rr]ésolutions?\s+(?P<numbers>(?:\d{2,3}/\d{1,3}(?:\s+[A-H])?(?:,\s*|\s+et\s+)?)+)",
        "résolutions 72/266 B et 75/253 A",
    ),
    sc_resolution=Pattern("sc_resolution", r"[Rr]ésolution\s+(?P<number>\d{3,4})\s*\((?P<year>\d{4})\)",
                          "résolution 2594 (2021)"),
    sc_after=Pattern("sc_after", r"Conseil de sécurité", "du Conseil de sécurité"),
)

PACK = LanguagePack(
    code="fr",
    detect_words=frozenset(
        "le la les des du de et est sont dans pour qui une sur au aux par avec que ces cette il elle".split()
    ),
    segment=SEGMENT,
    names=NAMES,
    clauses=CLAUSES,
    reports=REPORTS,
    citations=CITATIONS,
)
