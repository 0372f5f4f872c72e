"""Hand-written vocabularies: the only fixed word lists the extractor uses.

They name *kinds* of things (unit head nouns, head titles, reporting verbs),
never particular units: every unit, head and parent is read from the text.
"""

from __future__ import annotations

# Head nouns of units -> canonical kind. Plural forms map to the same kind.
UNIT_KINDS: dict[str, str] = {
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
    "mission": "Mission",
}

# Extra head nouns for bodies that reports name (agencies, programmes, organs).
ENTITY_KINDS: dict[str, str] = {
    "programme": "Programme",
    "haut-commissariat": "Haut-Commissariat",
    "commission": "Commission", "commissions": "Commission",
    "conseil": "Conseil",
    "comité": "Comité",
    "organisation": "Organisation",
    "fondation": "Fondation",
    "entité": "Entité",
    "initiative": "Initiative",
    "pacte": "Pacte",
    "stratégie": "Stratégie",
    "société": "Société",
    "réseau": "Réseau", "réseaux": "Réseau",
    "assemblée": "Assemblée",
    "agence": "Agence",
    "institut": "Institut",
    "université": "Université",
    "banque": "Banque",
    "tribunal": "Tribunal",
    "cour": "Cour",
    "caisse": "Caisse",
    "base": "Base",
    "pôle": "Pôle",
    "plateforme": "Plateforme",
}

# Kinds whose bare, capitalised name is itself an entity ("le Secrétariat").
SINGLE_WORD_ENTITIES = {"Secrétariat"}

# Titles of the people who head units (longest first when matching).
HEAD_TITLES: list[str] = sorted(
    [
        "secrétaire général adjoint",
        "secrétaire générale adjointe",
        "secrétaires généraux adjoints",
        "sous-secrétaire général",
        "sous-secrétaire générale",
        "sous-secrétaires généraux",
        "secrétaire général",
        "secrétaire générale",
        "vice-secrétaire générale",
        "vice-secrétaire général",
        "directeur exécutif",
        "directrice exécutive",
        "directeur adjoint",
        "directrice adjointe",
        "directeur",
        "directrice",
        "chef de service",
        "chef de section",
        "chef de cabinet",
        "chef d’équipe",
        "chef de groupe",
        "chef",
        "conseiller militaire",
        "conseiller adjoint",
        "conseiller",
        "assistant spécial",
        "assistante spéciale",
        "conseillère",
        "cheffe de service",
        "cheffe de section",
        "cheffe",
        "coordonnatrice",
        "représentante spéciale",
        "haute-commissaire",
        "secrétaire exécutif",
        "secrétaire exécutive",
        "administrateur général",
        "administrateur",
        "spécialiste",
        "haut-commissaire",
        "coordonnateur",
        "représentant spécial",
        "président",
        "contrôleur",
    ],
    key=len,
    reverse=True,
)

# Words that end a unit name when they follow it (verbs, relatives, adverbs).
NAME_STOPWORDS = frozenset(
    """
    qui que qu’ dont lequel laquelle lesquels lesquelles où
    est sont était étaient sera seront soit a ont avait avaient aura
    relève relèvent relevant rend rendent rendant se s’ comprend comprennent
    compose composent composé composée composés composées
    assure assurent assume assument fait font fournit fournissent dirige dirigent
    dirigé dirigée dirigés dirigées placé placée placés placées
    apporte apportent appuie appuient participe participent présente présentent gère gèrent
    élabore élaborent coordonne coordonnent constitue constituent conformément ainsi y
    notamment selon afin lors dans par ci-après ci-dessus respectivement chacun chacune
    également aussi directement il elle ils elles ne n’ pas tant entre sous vers chez
    depuis pendant ce cette ces son sa ses tel telle tels telles comme sans travaille
    travaillent collabore collaborent peut peuvent doit doivent exerce exercent
    supervise supervisent bénéficie reçoit reçoivent sert servent veille veillent contribue
    tient tiennent met mettent prend prennent donne donnent joue jouent agit
    créé créée créés créées établi établie mis mise conduit conduite conduites
    tous toutes tout mieux concernant concerne auquel consiste consistent tire tirent encourage encouragent annonce
    apprécie souligne relevait dispose disposent exécute exécutent auxquels auxquelles duquel desquels
    lorsque si puis afin mais car donc or
    """.split()
)

# Small words that may sit inside a name ("de la", "pour les", "et des").
NAME_CONNECTORS = frozenset(
    "de du des d’ la le les l’ et ou à au aux pour sur contre en leur leurs avec un une".split()
)

# Fixed complements that sit inside names although their first word would end one
# ("pays en développement", "pays sans littoral").
NAME_FIXED_PHRASES = (("en", "développement"), ("sans", "littoral"))

ARTICLES = frozenset("le la les l’ un une des du de d’ au aux".split())

NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10,
}

# Verbs that state a reporting line: the target follows.
REPORTS_TO = (
    r"(?:relève(?:nt)?|relevant|rend(?:ent)? compte|rendant compte|(?:est |sont )?responsables? devant|"
    r"(?:est |sont )?placée?s? sous l’autorité)"
)
# Verbs that state composition: the components follow.
COMPOSED_OF = (
    r"(?:se compos(?:e|ent)|compren(?:d|nent)|est composée?|sont composée?s|"
    r"réunit|regroupe|englobe)"
)
# Verbs that state who heads a unit: the title follows.
HEADED_BY = (
    r"(?:(?:est|sont) dirigée?s?(?: chacune?)? par|a à sa tête|ont à leur tête|"
    r"(?:est |sont )?placée?s?(?: chacune?)? sous la direction d[e’]|"
    r"(?:est |sont )?(?:chacun |chacune )?dirigée?s?(?: chacune?)? par)"
)
# A list introduced with these words is not a list of functions.
NOT_FUNCTIONS = r"(?:dispositi|mécanism|modalités suivantes|arrangements suivants)"
FUNCTIONS = r"(?:attribution|fonction|consist|notamment de|chargée? de|mission|activités)"
