"""Kinds from evidence: what the name is made of and what the text says around it.

spaCy's labels alone call OpenAI MISC and Anthropic LOC; here a kind is the sum of
clues: the gazetteer, the head word of the name ("Authority", "Act", "Summit"), the
words around each mention ("the model X", "le règlement X", "CEO X"), the shape of the
name ("GPT-5", "iOS"), and, where a model ran, its label as one clue among others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise, takewhile

from tui.ingest.deals import DEAL_HEADS
from tui.ingest.entities import is_acronym
from tui.ingest.gazetteer import (
    COUNTRY_KEYS,
    KNOWN_KINDS,
    MEDIA_KEYS,
    METONYMS,
    REGULATOR_HEADS,
    UNION_KEYS,
)
from tui.ingest.lexicon import (
    ARTIST_NOUNS,
    COMPANY_NAME_TAILS,
    DEMONYMS,
    FIRST_NAMES,
    HONORIFICS,
    KIN_NOUNS,
    LEGAL_SUFFIXES,
    PATRONYMICS,
    PERSON_NOUNS,
    PLURAL_FOUNDERS,
    ROLE_WORDS,
    STOPWORDS,
    is_demonym,
    is_role_word,
)
from tui.ingest.tokens import Token
from tui.model import EntityKind

# Medicines: product nouns, and the only ones a description after "the" reads as one
# ("Comirnaty, the COVID-19 vaccine", but "Kick, la plateforme de streaming")
_MEDICINES = frozenset(
    """drug drugs médicament médicaments vaccine vaccines vaccin vaccins treatment
    treatments traitement traitements pill pills pilule injection medicine medicines
    medication medications antibody antibodies anticorps""".split()
)
PRODUCT_CUES = _MEDICINES | frozenset(
    """
    model models modèle modèles app apps application applications logiciel software
    plateforme platform platforms jeu game games service chatbot assistant smartphone
    smartphones
    téléphone phone puce puces chip chips processeur processeurs processor processors
    console moteur engine
    navigateur browser système outil tool famille family version gamme device devices
    appareil appareils store cloud ecosystem écosystème marque marques brand brands
    produit produits product products constellation satellite satellites fusée rocket
    franchise franchises licence licences saga sagas
    lanceur launcher avion aircraft jet drone messagerie casque headset voiture car vehicle
    véhicule agent agents
    molecule molécule thinner insulin insuline inhaler inhalers inhalateur
    injectable injectables biosimilar biosimilars biosimilaire biosimilaires immunotherapy
    immunotherapies immunothérapie
    chips boisson boissons soda sodas céréales cereal cereals biscuits snack snacks
    beverage beverages drink drinks pickup pickups truck trucks suv suvs sedan
    compteur compteurs meter meters manette manettes controller controllers
    """.split()
)
LAW_HEADS = frozenset(
    """
    act law loi directive règlement regulation treaty traité code bill agreement accord
    convention charte charter pact pacte reglement rules ordonnance décret decree amendment
    regulations license licence
    """.split()
)
# A body named for competition is its regulator, a court of it aside
# (and the anti-monopoly bodies: "Federal Antimonopoly Service", "Service fédéral
# antimonopole", "the Antitrust Division")
_COMPETITION_WORDS = frozenset(
    ("concurrence", "competition", "antimonopole", "antimonopoly", "anti-monopoly", "antitrust")
)
_COURT_WORDS = frozenset("tribunal court cour appeal appel".split())
# Heads of laws named by their subject in lower case after them
_LAW_FIRST = frozenset(("loi", "code"))
# Ballot measures and bills named by a number: "Proposition 103", "SB 525", "AB 5"
_NUMBERED_TEXT_HEADS = frozenset("proposition prop sb ab hb hr chapter".split())
LAW_CUES = frozenset("loi règlement directive law regulation act décret decree".split())
# A service's word after its maker's name, in a name of two words or more: "Uber Eats",
# "Google Play", "HBO Max", "Amazon Prime", "Apple Pay". Not "Music", "TV", "Cloud",
# "News", "Sports", "One", "Plus", "Watch" or "Shopping", which name companies as often
# ("Sony Music", "Fuji TV", "Google Cloud", "Fox News", "Capital One", "Canal Plus",
# "Human Rights Watch", "Lotte Shopping").
_SERVICE_TAILS = frozenset(
    "ads assistant drive eats go maps max pay play prime pro search store video".split()
)
EVENT_HEADS = frozenset(
    """
    summit sommet conference conférence forum salon expo festival olympics jeux election
    élection élections elections judgment judgement ruling trial procès cup coupe show open
    """.split()
)
ORG_HEADS = frozenset(
    """
    association associations fédération federation union parti party mouvement movement
    université university institute institut foundation fondation bank banque ministry ministère
    government gouvernement parliament parlement court cour tribunal council conseil
    inc corp ltd group groupe airlines collective guild coalition network partners capital
    ventures fund society club league alliance consortium cooperative syndicate labs
    famille family circuit région district department committee bureau office parquet
    service services police gendarmerie
    """.split()
)
LOWER_HEAD_KINDS = {
    **{
        word: EntityKind.EVENT
        for word in "plan projet réforme reform project programme program offre offer bid "
        "rachat fusion cession acquisition merger takeover sale grève strike".split()
    },
    **{
        word: EntityKind.OTHER
        for word in "crédit credit taxe tax impôt loi law règlement regulation directive "
        "décret accord agreement contrat contrats contract traité treaty pacte pact".split()
    },
}
SITE_WORDS = frozenset(
    """usine usines site sites siège plant plants factory factories headquarters campus
    ville city région region port raffinerie raffineries refinery refineries dépôt dépôts
    depot entrepôt entrepôts warehouse aéroport aéroports airport mine mines terminal
    rue avenue boulevard quai""".split()
)
_OF = frozenset("of for de du des d' d’ pour".split())
_TITLE_ARTICLE = re.compile(r"^(?:the|le|la|les)\s+|^l['’]")
# Head nouns of places named after a person ("Daniel K. Inouye International Airport"):
# no surname
_BUILT_PLACE_HEADS = frozenset("airport station stadium bridge tunnel".split())
_SITE_NOUNS_EN = frozenset(
    "plant plants factory factories site campus facility terminal terminals refinery mine".split()
)
# Prepositions that take places, not parties ("à" also marks who receives: "à BYD").
_PLACE_ONLY = frozenset("in near en dans".split())
LOCATIVE = frozenset("à in en au aux at near près based basé basée vers".split())


def decide_kind(
    forms: Sequence[str],
    contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]],
    model_labels: Counter[str],
    common_words: frozenset[str] = frozenset(),
) -> EntityKind:
    """The kind of an entity from its surface forms, mention contexts and model labels.

    ``contexts`` holds, per mention, up to three tokens before and after it;
    ``common_words`` are the words the text also writes in lower case.
    """
    keys = [form.casefold() for form in forms]
    for key in keys:
        if key in UNION_KEYS or key in MEDIA_KEYS:
            return KNOWN_KINDS[key]
        # "The New York Times", "the Wall Street Journal": the title's article aside
        bare = _TITLE_ARTICLE.sub("", key, count=1)
        if bare != key and bare in MEDIA_KEYS:
            return KNOWN_KINDS[bare]
    words = [re.split(r"[\s'\u2019]+", key) for key in keys]
    heads = {w for ws in words for w in (ws[0], ws[-1]) if ws}
    if any(set(ws) & UNION_KEYS or " ".join(ws[-2:]) in UNION_KEYS for ws in words) and (
        heads & {"conseil", "council", "commission"}
    ):
        return EntityKind.REGULATOR
    # an acronym the gazetteer knows stands for another body where the text spells it out
    # otherwise: "la Commodity Futures Trading Commission (CFTC)" is no French union
    spelled = [f for f in forms if " " in f.strip()]
    # a product's name with a legal suffix is its maker's: "Facebook Inc", "Twitter Inc"
    # (not a suffix a model's name may end in: "iPhone SE")
    incorporated = any(
        " " in f.strip() and f.split()[-1].casefold().rstrip(".") in _INCORPORATED for f in forms
    )
    for form, key in zip(forms, keys, strict=True):
        if key in METONYMS:
            located = all(_preposition(b) in LOCATIVE for b, _ in contexts)
            return EntityKind.PLACE if located else METONYMS[key]
        if key in KNOWN_KINDS and not (
            spelled and form.isupper() and " " not in form and _initials_of(form, spelled)
        ):
            if incorporated and KNOWN_KINDS[key] is EntityKind.PRODUCT:
                return EntityKind.ORG
            return KNOWN_KINDS[key]
    for form in forms:
        # a name written from a lower-case head noun ("plan de sauvegarde de l'emploi",
        # "crédit d'impôt ...") is of the kind its head says
        head = form.split(" ", 1)[0].casefold()
        if form[:1].islower() and head in LOWER_HEAD_KINDS:
            return LOWER_HEAD_KINDS[head]
    if any(_regulator_before(before) for before, _ in contexts) or (
        # "communications regulator AGCOM", "le régulateur Arcep": a one-word name (not
        # "antitrust regulator Margrethe Vestager") after the regulator's noun
        all(" " not in form.strip() for form in forms)
        and any(before and before[-1].lower in _REGULATOR_NOUNS for before, _ in contexts)
    ):
        return EntityKind.REGULATOR
    if _person_evidence(forms, contexts, model_labels, common_words) and not _acquired(contexts):
        return EntityKind.PERSON
    # (a town's name is capitalised: "le tribunal de commerce de Nanterre (Hauts-de-Seine)"
    # is the court)
    if not any(form[:1].islower() for form in forms) and any(
        _town_of_a_state(before, after)
        or _town_in_a_region(before, after)
        or _town_with_its_area(after)
        or _town_of_a_mayor(before)
        for before, after in contexts
    ):
        return EntityKind.PLACE
    last_words = {ws[-1] for ws in words if ws}
    first_words = {ws[0] for ws in words if ws}
    if (
        (last_words | first_words) & REGULATOR_HEADS
        or any(a in REGULATOR_HEADS and b in _OF for ws in words for a, b in pairwise(ws))
        or any(_public_office(ws) for ws in words)
        or any(_supervising_body(ws) for ws in words)
        # "le Bureau de la concurrence", "the Competition Bureau" (not a court of it)
        or any(
            set(ws) & _COMPETITION_WORDS
            and not set(ws) & _COURT_WORDS
            and len(ws) > 1
            # "the Credit Card Competition Act", "la Loi sur la concurrence", "the
            # Competition Act 1998"
            and ws[-1] not in LAW_HEADS
            and not (ws[-1].isdigit() and ws[-2] in LAW_HEADS)
            and ws[0] not in LAW_HEADS
            for ws in words
        )
    ):
        # "Competition Commission of India", "Agence de ...": the head before its complement
        return EntityKind.REGULATOR
    # the last word of a name of several words ("Charter Communications" is no charter,
    # though "Charter" alone would read as one)
    named_by = {ws[-1] for ws in words if len(ws) > 1} or last_words
    # "la Loi sur la concurrence", "le Code canadien du travail": the head, then its subject
    law_first = any(
        len(f.split()) > 1 and f.split()[0].casefold() in _LAW_FIRST and f.split()[1].islower()
        for f in forms
    )
    if (
        law_first
        or named_by & LAW_HEADS
        or any(
            (len(ws) == 2 and ws[0] in _NUMBERED_TEXT_HEADS and ws[1].isdigit())
            # "Assembly Bill 316", "Senate Bill 1047", "House Resolution 7"
            or (len(ws) >= 2 and ws[-1].isdigit() and ws[-2] in LAW_HEADS | _NUMBERED_TEXT_HEADS)
            for ws in words
        )
    ):
        return EntityKind.OTHER
    if last_words & EVENT_HEADS:
        return EntityKind.EVENT
    if any(
        {"centrale", "central", "reserve"} & set(ws) and {"banque", "bank", "banco"} & set(ws)
        for ws in words
    ):
        # "la Banque centrale du Nigeria", "the Central Bank of the Republic of Turkey",
        # "the South African Reserve Bank", "Banco Central do Brasil": a central bank,
        # whatever its head (not "Bank of China" nor "State Bank of India", commercial
        # banks named after their country)
        return EntityKind.REGULATOR
    multi_last = {ws[-1] for ws in words if len(ws) > 1}
    if (
        (last_words | first_words) & ORG_HEADS
        # "the Federal Court of Australia": the head before its complement
        or any(a in ORG_HEADS and b in _OF for ws in words for a, b in pairwise(ws))
        or multi_last & COMPANY_NAME_TAILS
        or multi_last & _MAKERS_PLURALS
        or any("local" in ws[1:] for ws in words)  # a union's branch: "UAW Local 1268"
    ):
        return EntityKind.ORG
    if (
        last_words & PRODUCT_CUES
        or {ws[0] for ws in words if len(ws) > 1} & PRODUCT_CUES
        or multi_last & _SERVICE_TAILS
    ):
        return EntityKind.PRODUCT
    if _led_body(contexts):
        return EntityKind.ORG
    # the words before each mention in its own sentence and clause ("... Bank Secrecy Act.
    # The OKX resolution" has no law before OKX, nor "the Commission for Aviation
    # Regulation, reminded Aer Lingus")
    # ... in half of them at least (not "Desjardins", named once in "le Règlement
    # Desjardins" and often alone)
    after_law = sum(_law_before(_in_clause(b[-3:])) for b, _ in contexts)
    if 2 * after_law >= len(contexts) and after_law and not any(f[:1].isdigit() for f in forms):
        return EntityKind.OTHER
    if _product_evidence(forms, contexts):
        return EntityKind.PRODUCT
    if any(len(ws) > 1 and ws[-1] == "county" for ws in words) and not all(
        _preposition(b) in LOCATIVE for b, _ in contexts
    ):
        return EntityKind.ORG  # "Maui County sued the power company": its government acts
    if (_place_evidence(contexts, model_labels) and not short_acronyms(forms)) or any(
        _place_shaped(ws) for ws in words
    ):
        return EntityKind.PLACE
    return EntityKind.ORG


def _in_sentence(
    before: Sequence[Token], ends: tuple[str, ...] = (".", "!", "?")
) -> Sequence[Token]:
    """The tokens of ``before`` after the last end of a sentence among them."""
    for index in range(len(before) - 1, -1, -1):
        if before[index].text in ends:
            return before[index + 1 :]
    return before


# Nouns a law's word qualifies without being the law: "the law firm Kasowitz"
_LAW_COMPOUNDS = frozenset("firm firms school professor enforcement office partner".split())


def _law_before(before: Sequence[Token]) -> bool:
    """Whether ``before`` holds a law's word that is no compound's first word."""
    return any(
        t.lower in LAW_CUES and not (k + 1 < len(before) and before[k + 1].lower in _LAW_COMPOUNDS)
        for k, t in enumerate(before)
    )


def _in_clause(before: Sequence[Token]) -> Sequence[Token]:
    """The tokens of ``before`` after the last end of a sentence or comma among them."""
    return _in_sentence(before, (".", "!", "?", ","))


def _public_office(words: Sequence[str]) -> bool:
    """ "Bureau of Industry and Security", "State Administration for Market Regulation",
    "Federal Aviation Administration", "Japan Patent Office": a public office, named the
    English way (not "Microsoft Office", nor "the Trump Administration": two words)."""
    return any(a in _OFFICE_HEADS and b in ("of", "for") for a, b in pairwise(words)) or (
        len(words) >= 3
        and words[-1] in _OFFICE_HEADS
        # a prosecutor's office is no regulator: "the U.S. Attorney's Office" (the words
        # are split at apostrophes)
        and words[-2] != "s"
    )


_OFFICE_HEADS = frozenset(("administration", "bureau", "office"))


def _supervising_body(words: Sequence[str]) -> bool:
    """A body that collects taxes or duties or screens investments, or a department that
    supervises banks, insurers or taxpayers, is a regulator: "Internal Revenue Service",
    "U.S. Customs and Border Protection", "Direction générale des douanes", "Foreign
    Investment Review Board", "New York State Department of Financial Services",
    "Income Tax Department" (not "the Commerce Department", a ministry)."""
    named = set(words)
    return bool(
        named & _COLLECTORS
        or {"review", "board"} <= named
        or ("department" in named and named & _SUPERVISED_FIELDS)
    )


_COLLECTORS = frozenset(("revenue", "customs", "douanes", "impôts"))
_SUPERVISED_FIELDS = frozenset(("financial", "insurance", "banking", "securities", "tax"))
_INDEFINITE = frozenset(("un", "une", "a", "an"))
_COMPANY_NOUNS = ORG_HEADS | frozenset(
    "company companies firm firms maker startup start-up provider developer société "
    "entreprise fabricant éditeur".split()
)


def _town_with_its_area(after: Sequence[Token]) -> bool:
    """ "relier Castres (Tarn) à Toulouse": a name followed by a known region, department
    or city in brackets is a town (not a country: "Zorblat (France)" may be a company)."""
    return (
        len(after) >= 3
        and after[0].text == "("
        and after[2].text == ")"
        and KNOWN_KINDS.get(after[1].lower) is EntityKind.PLACE
        and after[1].lower not in COUNTRY_KEYS
    )


def _town_in_a_region(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """ "produite à Douai, en Normandie", "à Puteaux (Hauts-de-Seine)", "à Casablanca, au
    Maroc": a name after "à" and before the region it is in is a town ("vendu à Quux,
    dans le cadre de ..." names no region)."""
    if not before or before[-1].lower not in ("à", "at") or len(after) < 2:
        return False
    if after[0].text == ",":
        region = after[2].text[:1].isupper() if len(after) >= 3 else False
        return region and after[1].lower in ("en", "au", "aux")
    return after[0].text == "(" and after[1].text[:1].isupper()


_MAYORS = frozenset("maire maires mayor mayors".split())


def _town_of_a_mayor(before: Sequence[Token]) -> bool:
    """ "le maire de Cholet", "the mayor of Gdansk": a town."""
    words = [t.lower for t in before[-2:]]
    return len(words) == 2 and words[0] in _MAYORS and words[1] in ("de", "of")


def _town_of_a_state(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """ "The Deerfield, Illinois-based chain", "the Woonsocket, Rhode Island-based
    company": a name between "the" and a state with "-based" is a town (not "Apple,
    a Cupertino-based company")."""
    if not before or before[-1].lower != "the" or len(after) < 2 or after[0].text != ",":
        return False
    for token in after[1:3]:
        if not token.text[:1].isupper():
            return False
        if token.lower.endswith(("-based", "-headquartered")):
            return True
    return False


def short_acronyms(forms: Sequence[str]) -> bool:
    """Whether every form is an acronym of three to six capitals: one the gazetteer does not
    know is a body, wherever it stands ("affiliée à la CSC, et la CGSLB"; not a town in a
    dateline, "LEVERKUSEN, Germany")."""
    return all(3 <= len(form) <= 6 and "&" not in form and is_acronym(form) for form in forms)


_REGULATOR_NOUNS = frozenset("regulator watchdog régulateur".split())
# A company's noun right before a name: the name is the company's, whatever given name
# it opens with
_FIRM_NOUNS = frozenset("company firm société".split())
COMMA_REACH = 12
"""How many tokens before a mention after a comma a kind is read from (``_kinds``)."""
# A regulator's description opening a sentence, set off before its name by a comma:
# "l'autorité norvégienne de protection des données, Datatilsynet", "le gendarme de la
# Bourse, l'AMF", "Norway's data protection authority, Datatilsynet", "the competition
# watchdog, the CMA" (the tokens written out with single spaces). Not a sentence whose
# subject is one ("Le régulateur a sanctionné l'opérateur, Orange"): after the head, one
# adjective and complements opened by "de" only; nor a description of the name before
# ("la CNMV, le gendarme boursier espagnol, Telefónica évoque") or the complement of a
# preposition ("According to the regulator, Woolworths").
_REGULATOR_BEFORE = re.compile(
    r"(?:^|[.!?:»”\"] )(?:"
    r"(?:[Ll] '|[Ll]e|[Ll]a) (?:autorité|régulateur|gendarme)(?: [a-zéèêàçôû-]+)?"
    r"(?: (?:de|des|du|d ') (?:la |le |les |l ' )?[\w-]+){0,3}(?: [a-zéèêàçôû-]+)?"
    r"|(?:[Tt]he|[A-Z][\w.]*(?: [A-Z][\w.]*)? ' s)(?: [a-z][\w-]*){0,3}"
    r" (?:regulator|watchdog|authority)"
    r") ,(?: the| [Ll] '| [Ll]e| [Ll]a)?$"
)


def _regulator_before(before: Sequence[Token]) -> bool:
    """Whether the tokens before a mention end with a regulator's description and a comma
    (``_REGULATOR_BEFORE``)."""
    if "," not in [t.text for t in before[-3:]]:
        return False
    found = _REGULATOR_BEFORE.search(" ".join(t.text for t in before))
    # at the start of the tokens read, it opens a sentence only if they reach back to one
    return found is not None and (found.start() > 0 or len(before) < COMMA_REACH)


def _initials_of(acronym: str, names: Sequence[str]) -> bool:
    """Whether ``acronym`` is spelled by the initials of the capitalised words of one of
    ``names``."""
    return len(acronym) >= 3 and any(
        acronym not in name.split()
        and "".join(w[0] for w in name.split() if w[:1].isupper()) == acronym
        for name in names
    )


def _listed_after_plural_title(before: Sequence[Token]) -> bool:
    """ "co-founders Shlomi Daniel Leon and Hanoch Goldstein", "les cofondateurs X et Y": a
    name listed right after founders in the plural, or after names listed so."""
    index = len(before) - 1
    while index >= 0 and (before[index].text[:1].isupper() or before[index].lower in _LIST_LINKS):
        index -= 1
    if index < 0:
        return False
    return before[index].lower in PLURAL_FOUNDERS and (
        # the title right before the name, or before the names listed ahead of it
        index == len(before) - 1 or before[index + 1].text[:1].isupper()
    )


def _firm_context(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """ "an analyst at D.A. Davidson", "J.P. Morgan advised Alexion", "J.P. Morgan acted as
    financial adviser": a firm, though its name opens with initials as a person's may."""
    if len(before) >= 2 and before[-1].lower in ("at", "chez") and is_role_word(before[-2].lower):
        return True
    return bool(after) and after[0].lower in _ADVISING


# What a company makes, in the plural, ends its name, never a product's: "Air Products",
# "Constellation Brands", "Meta Platforms", "Analog Devices", "Asahi Beverages"
_MAKERS_PLURALS = frozenset(
    "products brands platforms games devices beverages drinks snacks trucks".split()
)
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_ADVISING = frozenset("advised advises advising acted conseille conseillait".split())


def _person_evidence(
    forms: Sequence[str],
    contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]],
    model_labels: Counter[str],
    common_words: frozenset[str] = frozenset(),
) -> bool:
    if any(before and before[-1].lower in _BRAND_NOUNS for before, _ in contexts):
        return False  # "la marque Tom Ford": a brand named after its founder
    if any(before and before[-1].lower in _FIRM_NOUNS for before, _ in contexts):
        return False  # "the Italian trust company Simon Fiduciaria"
    if any(f.split()[-1].casefold() in LEGAL_SUFFIXES for f in forms if " " in f):
        return False  # "George Weston Ltd", also written "George Weston": a company
    multi = [f for f in forms if " " in f.strip() or "-" in f.split()[0]]
    if any(_KOREAN_NAME.fullmatch(f) for f in multi):
        return True  # "Shin Jung-ho", "Lee Bok-hyun": a surname, a hyphenated given name
    for form in multi:
        parts = form.split()
        if (
            (
                # "LIV Golf": a given name in capitals before a word that is not is an
                # acronym ("JANE ROE", all in capitals, is still a name)
                (
                    _given_name(parts[0], len(parts) > 1)
                    and not (parts[0].isupper() and not all(p.isupper() for p in parts))
                )
                or (
                    _INITIALS.fullmatch(parts[0])
                    and parts[0] not in _DOTTED_PLACES
                    and not any(_firm_context(before, after) for before, after in contexts)
                )
                # a middle initial after a given name no list knows: "Tine A. Larsen"
                or (
                    len(parts) >= 3
                    and _MIDDLE_INITIAL.fullmatch(parts[1]) is not None
                    and parts[0].isalpha()
                    and parts[0][1:].islower()
                )
            )
            and len(parts) <= 5
            # "Francisco Partners", "Martin Act", "George Mason University Korea": a head
            # word no surname is (but a product's noun the text never writes in lower case
            # may be one: "Roberto Marques" in English)
            and not any(
                (word := part.casefold()) in _NOT_NAMES
                and (word in common_words or word not in _ONLY_PRODUCT_NOUNS)
                for part in parts[1:]
            )
            # "Kathleen Valley", a lithium project (not "Carla Hills", "Grace Park": surnames)
            and parts[-1].casefold() not in PLACE_LAST_WORDS - _SURNAME_PLACE_WORDS
            and not (len(parts) >= 3 and _ROMAN.match(parts[-1]))  # "the Ada Lovelace II ruling"
            and all(p[:1].isupper() or p in _PARTICLES for p in parts)
        ):
            return True
        if (
            len(parts) >= 3
            and any(p in PATRONYMICS for p in parts[1:-1])
            and all(
                p[:1].isupper() or p in _PARTICLES or p.startswith(("al-", "el-")) for p in parts
            )
        ):
            return True  # "Mansour bin Zayed al-Nahyan": a father's name after "bin"
    if any(
        after
        and (
            is_role_word(after[0].lower)
            # "Couche-Tard's chief executive"
            or (
                len(after) >= 3
                and after[0].is_apostrophe
                and after[1].lower == "s"
                and is_role_word(after[2].lower)
            )
        )
        for _, after in contexts
    ):
        # "a former Rockwell Collins chief executive", "Epic Games CEO Tim Sweeney": the
        # name before a title is the body the title is held in
        return False
    for before, after in contexts:
        if before and (
            before[-1].lower in HONORIFICS
            # "M. Schrems", "Mr. Bhatt": the tokens split the honorific from its full stop
            or (len(before) >= 2 and before[-1].text == "." and before[-2].lower in HONORIFICS)
        ):
            return True
        if _aged(before, after) or _surnamed(before):
            return True
        if multi and _listed_after_plural_title(before):
            return True  # "Celsius co-founders Shlomi Daniel Leon and Hanoch Goldstein"
        if (
            multi
            and len(before) >= 2
            and before[-1].lower in ("par", "by")
            and before[-2].lower in _LED
        ):
            return True  # "le groupe public dirigé par Mele Kyari", "chaired by Jane Roe"
        titled = before[:-1] if len(before) >= 2 and _lower_demonym(before[-1]) else before
        if (
            multi
            and len(before) >= 2
            and before[-1].text.isalpha()
            and before[-1].text.islower()
            and before[-2].text.islower()  # not a name: "Sculptor backs Rithm"
            and _person_word(before[-2])
        ):
            return True  # "l'artiste numérique Mason Rothschild": a noun, its adjective
        if (
            multi
            and len(before) >= 3
            and before[-1].text == ","
            and (
                before[-2].lower in KIN_NOUNS
                # (French "son" is "his": "son SUV Magnite")
                or (before[-2].lower == "son" and before[-3].lower in ("s", "his", "her", "their"))
            )
        ):
            return True  # "whose representative director is Uchiyama's son, Yusuke Uchiyama"
        if (
            titled
            and (
                is_role_word(titled[-1].lower)
                or _person_word(titled[-1])
                or titled[-1].lower in KIN_NOUNS
            )
            and multi
            # "its U.S. partner Delta Air Lines": a company's name after the title word
            # (but an event's head may be a surname: "chief executive Mike Coupe")
            and not any(f.split()[-1].casefold() in _NOT_NAMES - EVENT_HEADS for f in multi)
            # "Arbutus Biopharma and its partner Genevant Sciences": a company's partner
            # (not "former KPMG partner David Middendorf")
            and not _partner_of(titled)
        ):
            # "CEO Tim Sweeney", "chief executive Kalyan Krishnamurthy", "Mayor-elect X",
            # "le milliardaire Len Blavatnik"
            return True
        if (
            multi
            and len(before) >= 3
            and before[-1].text == ","
            # (or an acronym in brackets: "le gouverneur de la Banque centrale du Nigeria
            # (CBN), X,")
            and (before[-2].is_word or before[-2].text == ")")
            # a title written as one ("ministre", "chief executive", "CEO"), not a
            # name's word ("State Farm General's parent, ...")
            and any(
                is_role_word(t.lower) and (t.text.islower() or t.text.isupper())
                # (as far back as "le président du conseil d'administration d'UBS, X,",
                # within its sentence)
                for t in _since_sentence_end(before[:-1])
            )
            and bool(after)
            and after[0].text == ","
        ):
            # "Le ministre des transports, Óscar Puente, ...": a title, then the name
            # between two commas
            return True
        if (
            len(after) >= 2
            and after[0].text == ","
            and after[1].is_word  # not "... by X,” chair Y said": Y is the chair
            and after[1].lower not in _POSSESSIVE_DETERMINERS  # "X, its chief executive"
            and after[1].lower not in _RELATIVES  # "For GoTo, whose chief executive Y ..."
            and not _next_names_title(after)
        ):
            described = _apposition(after)
            # "X, chief executive of", "X, a former executive at"; "Schlep, a YouTuber",
            # a noun only a person is called, even of a name in one word. Not a body's
            # name: "par la Chambre des communes, le directeur général de P&O, Peter
            # Hebblethwaite": the title is the next name's
            if not any(f.split()[0].casefold() in _BODY_FIRST_WORDS for f in forms) and (
                (
                    multi
                    and any(is_role_word(t.lower) for t in described)
                    # "Compass Group, leader mondial du secteur": a body's name
                    and not any(f.split()[-1].casefold() in _NOT_NAMES for f in multi)
                )
                or _person_noun(described, after)
            ):
                return True
        if multi and _its_title(after):
            return True
    total = sum(model_labels.values())
    persons = model_labels["PER"] + model_labels["PERSON"]
    known_part = any(p.casefold() in KNOWN_KINDS for f in multi for p in f.split())
    spoken_of_as_body = any(_body_context(before, after) for before, after in contexts)
    # the model's label too yields to a head word no surname is ("Lagardère Travel
    # Retail"), a common word of the text ("Hachette Livre"), or a body's context
    firm_like = spoken_of_as_body or any(
        f.split()[-1].casefold() in _NOT_NAMES
        or any(w.casefold() in common_words for w in f.split())
        for f in multi
    )
    if total and not known_part and not firm_like and persons > total / 2 and multi:
        return True
    if total and model_labels["ORG"] > total / 2:
        return False
    owned = any(len(b) >= 2 and b[-1].lower == "s" and b[-2].is_apostrophe for b, _ in contexts)
    if owned or spoken_of_as_body:
        return False
    # Two title-case words with no known given name: as often a firm ("Delta Air Lines",
    # "Boehringer Ingelheim") as a person, so the text must also speak of a person: the
    # surname alone elsewhere, a title before it, or an apposition after it.
    # "Jeunes Agriculteurs", "Aura Retail": a word the text also writes in lower case is a
    # common word, rarely part of a person's name
    return any(
        _looks_like_full_name(form)
        and not any(w.casefold() in common_words for w in form.split())
        # "Minera Escondida", also written "Escondida": a company in another language
        and form.split()[0].casefold() not in _FOREIGN_COMPANY_OPENERS
        and (
            form.split()[-1] in forms
            or form.split()[0].casefold() in HONORIFICS
            or any(_person_context(before, after) for before, after in contexts)
        )
        for form in multi
    )


# The first words of company names in Spanish, Portuguese and Italian, never a given name
_FOREIGN_COMPANY_OPENERS = frozenset(
    """minera mineração mineradora grupo gruppo banco banca empresa empresas compañía
    compania companhia corporación corporacion petróleos petroleos aerolíneas aerolineas
    industrias cementos inversiones cervecería cerveceria caja compagnia società""".split()
)


def _person_word(token: Token) -> bool:
    """Whether ``token`` is a noun only a person is called; an artist's noun in lower
    case only ("Sculptor Capital" names a firm)."""
    return token.lower in PERSON_NOUNS or (token.lower in ARTIST_NOUNS and token.text.islower())


def _person_noun(described: Sequence[Token], after: Sequence[Token]) -> bool:
    """Whether the words ``described`` (of the tokens ``after`` a name) hold a noun only a
    person is called, not as a possessive ("the actress's loan-out company" is one), nor
    as the title of the next name ("avec Nike, le chanteur hongkongais Eason Chan a ...")."""
    return any(
        _person_word(t)
        and not (i + 1 < len(after) and after[i + 1].is_apostrophe)
        and not _titles_next_name(after[i + 1 : i + 3])
        for i, t in enumerate(after)
        if any(t is d for d in described)
    )


def _titles_next_name(following: Sequence[Token]) -> bool:
    """Whether the tokens after a noun (one adjective in lower case allowed) open a name."""
    if following and following[0].text.islower() and following[0].text.isalpha():
        following = following[1:]
    return bool(following) and following[0].text[:1].isupper()


def _its_title(after: Sequence[Token]) -> bool:
    """ "Nishad Singh, its former head of engineering": a title in the body just named,
    complete before the next word (not "Zorblat, its chief executive Jane Doe said", the
    next name's title)."""
    if len(after) < 3 or after[0].text != "," or after[1].lower not in _POSSESSIVE_DETERMINERS:
        return False
    index = 2
    while index < len(after) and after[index].lower in _FORMER:
        index += 1
    if index == len(after) or not is_role_word(after[index].lower):
        return False
    first = index
    while index < len(after) and is_role_word(after[index].lower):
        index += 1
    if after[index - 1].lower in _TITLE_MODIFIERS:
        return False  # "Cadence Design Systems, its chief competitor"
    if index == first + 1 and after[first].lower == "partner":
        return False  # "MGM Resorts International, its partner in the venture": a company
    return index == len(after) or not after[index].text[:1].isupper()


_FORMER = frozenset("former then longtime new ancien ancienne nouveau nouvelle".split())
# Role words that only qualify the title after them
_TITLE_MODIFIERS = frozenset("chief vice acting".split())


_BRAND_NOUNS = frozenset("marque marques brand brands griffe".split())
_SURNAMED = frozenset("surname surnamed".split())


def _surnamed(before: Sequence[Token]) -> bool:
    """ "identified by his surname Chen", "two colleagues, surnamed Wu and Ko"."""
    if before and before[-1].lower in _SURNAMED:
        return True
    return (
        len(before) >= 3
        and before[-1].lower in ("and", "or")
        and before[-2].text[:1].isupper()
        and before[-3].lower in _SURNAMED
    )


def _since_sentence_end(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens after the last full stop, question or exclamation mark among them."""
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].text in (".", "!", "?"):
            return tokens[index + 1 :]
    return tokens


def _next_names_title(after: Sequence[Token]) -> bool:
    """ "Chez CNP Assurances, le directeur général Antoine Lissowski se veut rassurant": the
    title after the comma is that of the given name right after it."""
    index = 2 if after[1].lower in _DEFINITE or after[1].lower == "the" else 1
    start = index
    while (
        index < len(after)
        and after[index].text.islower()
        and after[index].lower not in _TITLE_LINKS
    ):
        index += 1
    return (
        start < index < len(after)
        and after[index].lower in FIRST_NAMES
        and after[index].text[:1].isupper()
    )


def _apposition(after: Sequence[Token]) -> Sequence[Token]:
    """The words that describe a name in the apposition after its comma."""
    first = after[1].lower
    if first == "l" and len(after) > 2 and after[2].is_apostrophe:
        return after[3:5]  # "X, l'actuel président du conseil"
    if first in _INDEFINITE:
        # "X, a football finance lecturer at ...": the noun phrase up to the word that ends it
        return list(takewhile(_in_noun_phrase, after[2:7]))
    if first in _VERB_LIKE_TITLES and len(after) > 2 and after[2].lower in _OBJECT_OPENERS:
        return ()  # "Investment Corporation of Dubai, juge ces mesures": a verb, no title
    # "X, le président de", "X, chief executive"
    described = list(after[1 : 4 if first in _DEFINITE else 3])
    for i in range(2, min(len(after) - 1, 5)):
        if after[i].is_apostrophe and after[i + 1].lower == "s":
            # "X, Qatar's minister of state", "X, the company's chief executive": the
            # words after the possessive too ("X, the founder's brother": the founder)
            return [*described, *after[i + 2 : i + 4]]
    return described


# French titles that are also verbs, and the words that open the object such a verb takes
_VERB_LIKE_TITLES = frozenset(("juge",))
_OBJECT_OPENERS = frozenset(
    "le la les l ces cette ce cet son sa ses leur leurs que qu un une".split()
)


_DEFINITE = frozenset("le la".split())
# Where a noun phrase after "a" ends: "a company whose chief executive ...", "a bill
# backed by Senator X", "a été nommée présidente" name no title
_PHRASE_ENDS = frozenset(
    ", . ; of at for in with by whose which that who de du des d à chez par qui dont".split()
)


def _in_noun_phrase(token: Token) -> bool:
    return token.lower not in _PHRASE_ENDS and not token.lower.endswith(_PARTICIPLE_ENDINGS)


_PARTICIPLE_ENDINGS = ("ed", "é", "ée", "és", "ées")


# Relative words that open a clause about the name, not an apposition naming its title
_RELATIVES = frozenset("whose which dont".split())


# French participles of leading a body: what they are "par" is a person ("présidé par X";
# not the English "led by", which a fund leads a round or a consortium as well).
# (not "led by", "headed by": "a consortium led by Japan Industrial Partners")
_LED = frozenset(
    "dirigé dirigée dirigés dirigées présidé présidée présidés présidées chaired".split()
)


def _given_name(word: str, surname_follows: bool) -> bool:
    """A known given name, or, before a surname, two joined by a hyphen whose first is
    known ("Pierre-Ange Le Pogam"; not "Charles-de-Gaulle", nor alone: "Franco-Nevada",
    "Billy-Berclau")."""
    key = word.casefold()
    if key in FIRST_NAMES:
        return True
    first, hyphen, second = word.partition("-")
    return (
        surname_follows
        and bool(hyphen)
        and first.casefold() in FIRST_NAMES
        and second[:1].isupper()
        and second[1:].isalpha()
        and second[1:].islower()
    )


def _lower_demonym(token: Token) -> bool:
    """A nationality in lower case, as French writes it after a noun: "le milliardaire
    égyptien", "du sud-africain"."""
    return token.text.islower() and is_demonym(token.lower)


def _aged(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """An age set off beside the name, which only a person has: "Agé de 34 ans, X", "X,
    34 ans, ...", "X, aged 54". (Not a bare number: "la Ville de Paris, 89,03 % des
    votants".)"""
    if (
        len(before) >= 3
        and before[-1].text == ","
        and before[-2].lower == "ans"
        and before[-3].text.isdigit()
    ):
        return True
    if len(after) < 3 or after[0].text != ",":
        return False
    if after[1].lower == "aged":
        return after[2].text.isdigit()
    return after[1].text.isdigit() and after[2].lower == "ans"


# After a person's name: ", who"; ", Google's" (its spokesperson, its chief).
_PERSON_AFTER = frozenset(("who",))


def _partner_of(before: Sequence[Token]) -> bool:
    """ "Arbutus Biopharma and its partner Genevant Sciences": a party's partner, a company
    as often as not (not "former KPMG partner David Middendorf", a title)."""
    if len(before) < 2 or before[-1].lower not in ("partner", "partenaire"):
        return False
    # "its U.S. partner", "minority partner", "its joint-venture partner"
    return any(
        t.lower in _POSSESSIVE_DETERMINERS or t.lower in _COMPANY_PARTNERS for t in before[-4:-1]
    )


# What only a company's partner is: "minority partner Turquoise Hill Resources"
_COMPANY_PARTNERS = frozenset(
    "minority majority venture joint-venture strategic industrial technology equity"
    " consortium minoritaire majoritaire industriel stratégique".split()
)


def _person_context(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """One mention given as a person's: a title just before it ("Trade Minister X",
    "Michigan Republican X", not "chief executive of X"), or an apposition after it."""
    # "chief executive of X", "directeur général du sud-africain Gold Fields": the title
    # is held in X
    link = before[:-1] if len(before) >= 2 and _lower_demonym(before[-1]) else before
    led = bool(link) and (
        link[-1].lower in _BODY_LINKS or link[-1].lower in ("chez", "at", "du", "des")
    )
    if (
        not led
        and not _partner_of(before)
        and any(t.lower in ROLE_WORDS or t.lower in HONORIFICS for t in before[-3:])
    ):
        return True
    if _titled_apposition(before):
        return True
    if len(after) >= 2 and after[0].text == ",":
        if after[1].lower in _PERSON_AFTER:
            return True
        owner = after[2:] if after[1].lower == "the" else after[1:]
        # "Lucian Grainge, UMG's chief executive", "X, the VDA's president", "X, Keurig Dr
        # Pepper's chief financial officer": a name of a few words, then its "'s"
        words = 0
        while words < min(4, len(owner) - 1) and owner[words].text[:1].isupper():
            words += 1
        if words and owner[words].is_apostrophe:
            # ... and a title after it: not "Minera Panamá, First Quantum's local subsidiary",
            # "Landmark Cinemas, Cineplex's main rival"
            return any(t.lower in ROLE_WORDS for t in owner[words + 1 : words + 5])
    return False


_TITLE_LINKS = frozenset("de du des d d' d’ la l ' ’ of the".split())


def _titled_apposition(before: Sequence[Token]) -> bool:
    """ "le président de la Région Bretagne, X": a name set off by a comma after a title
    held in a body named in capitals."""
    if not before or before[-1].text != ",":
        return False
    index = len(before) - 2
    named = False
    # the body's name, with the adjective it may end on ("la Commission européenne")
    if index >= 1 and before[index].is_word and before[index - 1].text[:1].isupper():
        index -= 1
    while index >= 0 and before[index].text[:1].isupper():
        named, index = True, index - 1
    linked = False
    while index >= 0 and before[index].lower in _TITLE_LINKS:
        linked, index = True, index - 1
    return named and linked and index >= 0 and before[index].lower in ROLE_WORDS


# Words before a name that introduce a body, not a person: "le groupe Sources Alma",
# "rival steelmaker Cleveland-Cliffs", "the takeover of Paramount Global".
_BODY_BEFORE = frozenset(
    """
    company companies firm firms group groupe groupes maker makers brand brands chain unit
    subsidiary division label rival rivals giant giants géant géants enseigne enseignes
    cabinet cabinets fonds fund funds collectif société sociétés entreprise entreprises
    filiale marque marques concurrent concurrents bank banque miner retailer distributeur
    start-up startup operator opérateur constructeur laboratoire lab rocket fusée
    """.split()
)
_BODY_LINKS = frozenset("of de d' d’ with avec in into from buy acquire rachat".split())
_BODY_VERBS = frozenset("buy acquire racheter rachète".split())
_BODY_OBJECTS = frozenset(
    "takeover acquisition pursuit purchase combination merger stake rachat fusion".split()
)
# After a name, words that speak of it as a thing: "X said it", "X, which", "X's shares".
_BODY_AFTER = frozenset("it its which qui dont".split())
# An apposition that calls a name a body: "Osram Continental, une coentreprise créée avec
# ...", "X, a subsidiary of". Not an English noun that may qualify a person's title ("X,
# a company spokeswoman", "X, the start-up's officer").
_BODY_APPOSITION_ARTICLES = frozenset("a an une un".split())
_BODY_APPOSITION_NOUNS = frozenset(
    "coentreprise filiale société entreprise enseigne subsidiary joint joint-venture".split()
)


def _body_context(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """The words around one mention speak of a body or a thing, not of a person."""
    words = [t.lower for t in before if not t.is_apostrophe]
    if len(words) >= 2 and is_demonym(words[-1]) and before[-1].text.islower():
        words.pop()  # "du groupe américain Activision Blizzard", "le géant chinois X"
    if words and (words[-1] in _BODY_BEFORE or words[-1].endswith("maker")):
        return True
    if len(words) >= 2 and words[-1] in _BODY_LINKS and words[-2] in _BODY_OBJECTS:
        return True
    if words and words[-1] in _BODY_VERBS:
        return True
    following = [t.lower for t in after[:2] if t.text != ","]
    if following and following[0] in _BODY_AFTER:
        return True
    return (
        len(after) >= 3
        and after[0].text == ","
        and after[1].lower in _BODY_APPOSITION_ARTICLES
        and after[2].lower in _BODY_APPOSITION_NOUNS
    )


# Initials for a given name: "J.B. Pritzker", "J. Doe".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|(?:[A-Z]\.)+[A-Z]")
_DOTTED_PLACES = frozenset("U.S. U.K. E.U. U.N. U.S U.K".split())


# A title-case word of a person's name; a capital may follow Mc/Mac/O' or a hyphen:
# "McIntosh", "O'Brien", "Panosyan-Bouvet".
_NAME_WORD = re.compile(r"^(?:Mc|Mac|O['’])?[^\W\d_][^\W\d_A-Z]*(?:-[^\W\d_][^\W\d_A-Z]*)*$")
_ROMAN = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X)$")
_PARTICLES = frozenset("de du des d' von van der den ten ter da di le la bin ibn bint".split())


def _looks_like_full_name(form: str) -> bool:
    """Two or three title-case words, none a known name or a common noun: "Ada Lovelace"."""
    parts = form.split()
    if not 2 <= len(parts) <= 3 or parts[0].casefold() in STOPWORDS:
        return False
    if _ROMAN.match(parts[-1]):
        return False  # "Schrems II": a case or a ruling named after a person
    for part in parts:
        letters = part.replace("-", "")
        if not (letters.isalpha() and part[0].isupper() and _NAME_WORD.match(part)):
            return False
        if part.casefold() in KNOWN_KINDS or part.casefold() in _NOT_NAMES:
            return False
        if part.casefold() in DEMONYMS:
            return False  # "Anglo American", "South African"
    return not _place_shaped([p.casefold() for p in parts])  # "Santa Clara", "Permian Basin"


def _place_shaped(words: Sequence[str]) -> bool:
    """A name of several folded ``words`` that only a place has: "west coast", "menlo park"
    (a first word only in a name of two: "West Coast Express" runs trains), or one
    hyphenated word of a French town ("pont-de-claix", "marquette-lez-lille")."""
    if _FRENCH_TOWN.fullmatch("'".join(words)):  # the words were split at apostrophes
        return True
    if len(words) > 2 and words[0] in _FEATURES_OF and words[1] == "of":
        return True  # "Cape of Good Hope", "Strait of Hormuz", "Gulf of Mexico"
    return len(words) > 1 and (
        (len(words) == 2 and words[0] in PLACE_FIRST_WORDS) or words[-1] in PLACE_LAST_WORDS
    )


# Natural features named "X of Y" (not "Port of Los Angeles", an authority)
_FEATURES_OF = frozenset("cape gulf strait straits lake mount isle bay sea".split())


# "Pont-de-Claix", "Marquette-lez-Lille", "Boulogne-sur-Mer", "Villeneuve-d'Ascq"
_FRENCH_TOWN = re.compile(
    r"[^\W\d_]{2,}(?:-[^\W\d_]+)*-(?:(?:sur|sous|lès|lez|en|de|du|des|aux)-|d['’])"
    r"[^\W\d_]+(?:-[^\W\d_]+)*"
)


# The first or last word of a place's name, never of a person's: "West Coast", "Menlo
# Park", "Mountain View".
PLACE_FIRST_WORDS = frozenset(
    "north south east west northern southern eastern western santa san saint mount mountain "
    "lake fort port cape".split()
)
PLACE_LAST_WORDS = frozenset(
    "coast basin park valley county bay river island islands area peninsula gulf sea "
    "province hills beach desert".split()
)


# Last words of places that are also surnames
_SURNAME_PLACE_WORDS = frozenset("park hills beach".split())
_NOT_NAMES = (
    PRODUCT_CUES
    | LAW_HEADS
    | EVENT_HEADS
    | ORG_HEADS
    | COMPANY_NAME_TAILS
    | REGULATOR_HEADS
    | _BUILT_PLACE_HEADS
)


_INCORPORATED = frozenset("inc corp corporation ltd llc plc gmbh limited company".split())
"""The legal suffixes no product's name ends in."""

_ONLY_PRODUCT_NOUNS = PRODUCT_CUES - (_NOT_NAMES - PRODUCT_CUES)
"""The words ``_NOT_NAMES`` holds only as a product's noun ("marques", "brand")."""


_DEAL_NOUNS = frozenset(
    noun.casefold() for heads in DEAL_HEADS.values() for noun in heads.split("|")
)


def _acquired(contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]]) -> bool:
    """ "the acquisition of Activision Blizzard", "le rachat de Vrelco": what is bought is a
    company, however much its name looks like a person's."""
    for before, _ in contexts:
        words = [t.lower for t in before if not t.is_apostrophe]
        if len(words) >= 2 and words[-1] in ("of", "de", "d", "du") and words[-2] in _DEAL_NOUNS:
            return True
    return False


# "le capital de M6", "the board of X": what only a company has
_PARTS_OF_A_BODY = frozenset(
    """capital directoire actionnaires actionnaire salariés board shareholders employees
    filiale subsidiary""".split()
)


def _led_body(contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]]) -> bool:
    """ "ancienne dirigeante de N26", "chief executive of X", "le capital de M6": what
    someone leads, or what has a capital or a board, is a body, whatever its name looks
    like."""
    for before, _ in contexts:
        if (
            len(before) >= 2
            and before[-1].lower in ("de", "d'", "d’", "of", "chez", "at")
            and (before[-2].lower in ROLE_WORDS or before[-2].lower in _PARTS_OF_A_BODY)
        ):
            return True
        if (
            len(before) >= 3
            and before[-1].is_apostrophe
            and before[-2].lower == "d"
            and before[-3].lower in ROLE_WORDS
        ):
            return True
    return False


# A quoted title names a plan or a campaign when such a word stands by it ("son plan
# stratégique « Lead the Future »", a "Back to Starbucks" turnaround), or else a work: a
# game, a show, a film ("Life is Strange", "Inside the NBA").
_PLAN_WORDS = frozenset(
    """plan plans programme program stratégie strategy stratégique strategic campagne
    campaign initiative projet project turnaround opération operation indicateur indicator
    slogan""".split()
)
# ... and a document when such a word does ("an open letter titled “...”")
_DOCUMENT_WORDS = frozenset(
    """letter lettre report rapport study étude memo note tribune petition pétition
    manifesto manifeste""".split()
)


_BODY_HEADS = ORG_HEADS | REGULATOR_HEADS | COMPANY_NAME_TAILS
# ... and the first words of bodies' names, never a person's ("la Chambre des communes,
# le directeur général de X, Y": the title is Y's)
_BODY_FIRST_WORDS = _BODY_HEADS | frozenset(
    "chambre assemblée sénat comité confédération syndicat house senate chamber board".split()
)


def title_kind(
    forms: Sequence[str], contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]]
) -> EntityKind | None:
    """The kind of a quoted title ("Life is Strange") that names no body: a plan's name
    is other, anything else a product; None for a body's name ("Bank of America")."""
    if any(_BODY_HEADS.intersection(form.casefold().split()) for form in forms):
        return None
    for before, after in contexts:
        if _PLAN_WORDS.intersection(t.lower for t in (*before[-3:], *after[:2])):
            return EntityKind.OTHER
        # "an open letter titled “...”", "“Nixing the Fix,” a 2021 report": a document
        if _DOCUMENT_WORDS.intersection(t.lower for t in (*before[-3:], *after[:5])):
            return EntityKind.OTHER
    return EntityKind.PRODUCT


def _product_evidence(
    forms: Sequence[str], contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]]
) -> bool:
    """A model-like name ("GPT-5"), or a quarter of its mentions introduced as products:
    "the model X", "ses produits comme X", "X devices"; "les modèles de X" names a maker."""
    for form in forms:
        if any(c.isdigit() for c in _ORDINAL.sub("", form)) and any(c.isalpha() for c in form):
            # (not an ordinal: "the 5th U.S. Circuit Court of Appeals")
            return True
        parts = form.split()
        if (
            len(parts) >= 3
            and _ROMAN.match(parts[-1])
            and not any(
                p.casefold() in FIRST_NAMES
                or p.casefold() in HONORIFICS
                or p.casefold() in _MONARCHS
                or is_role_word(p.casefold())
                for p in parts[:-1]
            )
        ):
            return True  # a numbered title: "Grand Theft Auto VI" (not "King Charles III")
    hits = 0
    place = any(
        KNOWN_KINDS.get(key := form.casefold().rstrip(".")) is EntityKind.PLACE
        or key in COUNTRY_KEYS
        for form in forms
    )
    for before, after in contexts:
        words = [t.lower for t in before if not t.is_apostrophe]
        if (
            len(words) >= 2
            and words[-1] in ("de", "d", "of", "behind")
            and words[-2] in _MAKERS
            and (len(words) < 3 or words[-3] in ("l", "le", "la", "the"))
        ):
            # "l'éditeur d'Assassin's Creed", "the maker of Fortnite", "the publisher
            # behind The Sims": what the maker makes
            hits += 1
            continue
        if (
            after
            and after[0].lower in _MAKER_TITLES
            and (
                (len(after) >= 2 and after[1].text[:1].isupper())
                # not "the U.S. maker of ...": a place says where the maker is
                or (before and before[-1].lower == "the" and not place)
            )
        ):
            # "ChatGPT maker OpenAI", "Fortnite developer Epic Games", "the Tylenol maker"
            hits += 1
            continue
        if after and after[0].lower in PRODUCT_CUES:
            hits += after[0].lower not in _GOODS  # "PepsiCo products" are PepsiCo's
            continue
        if _brands_after(after):
            hits += 1  # "the Ladbrokes and Coral betting brands"
            continue
        if (
            len(after) >= 3
            and after[0].text == ","
            and (after[1].lower in _INDEFINITE or after[1].lower in ("the", "le", "la", "l"))
            # (or after one modifier: "Revlimid, a blood-cancer drug"); after "the", a
            # medicine only: "Comirnaty, the COVID-19 vaccine", but "Kick, la plateforme
            # de streaming" is the company
            and any(
                t.lower in (PRODUCT_CUES if after[1].lower in _INDEFINITE else _MEDICINES)
                for t in after[2:4]
            )
            # "Adallom, a cloud security company", "Zorblat, the chip designer": the
            # noun is further on
            and not any(t.lower in _COMPANY_NOUNS or t.lower in _MAKERS for t in after[3:6])
            # "Mitsubishi, a produit l'an dernier": the French verb, no article
            and not (after[1].text == "a" and after[2].lower == "produit")
        ):
            hits += 1  # "le Lucentis, un traitement bien plus coûteux": described as one
            continue
        # (or set off by a comma: "Eloctate, contre l'hémophilie A, et Alprolix")
        treats = 1 + (len(after) >= 2 and after[0].text == ",")
        if (
            len(after) > treats
            and after[treats - 1].lower in ("for", "against", "contre")
            and any(t.lower in _CONDITIONS for t in after[treats : treats + 3])
        ):
            hits += 1  # "Padcev for bladder cancer", "le Keytruda contre le mélanome"
            continue
        if before and before[-1].lower in _POSSESSIVE_DETERMINERS:
            # "its Azure cloud", "ses Proteus": what a company owns by name is a product.
            hits += 1
            continue
        listed = crossed = apart = False
        for index in range(len(before) - 1, -1, -1):
            token = before[index]
            word = token.lower
            if word in PRODUCT_CUES and not (apart and token.text[:1].isupper()):
                # (a capitalised cue in a list is a name's word: "Moody's Investors
                # Service and Fitch Ratings")
                if crossed and not (listed and word.endswith(("s", "x"))):
                    # "the Gemini model, Claude and Llama": a list after one; "online
                    # travel agents, or OTAs": no list, the cue is the name's meaning
                    break
                # "le constructeur de satellites Eutelsat": a maker of products, not one;
                # "les produits PepsiCo": the maker's goods.
                maker = (
                    index > 1
                    and before[index - 1].lower in _MAKER_LINKS
                    and before[index - 2].lower in _MAKERS
                ) or (
                    word in _GOODS
                    and index == len(before) - 1
                    and (index == 0 or before[index - 1].lower in _DETERMINERS)
                )
                hits += not maker
                break
            if token.text[:1].isupper() or token.is_apostrophe or word in _LIST_LINKS:
                # "sous les marques Starbucks, Seattle's Best Coffee et Teavana": the list
                # after a plural cue is of what it names (not "son service, Apple Music")
                listed = listed or token.text[:1].isupper()
                crossed = crossed or (token.is_word and word != "s")
                apart = True
                continue
            if token.text in _SENTENCE_STOPS or (token.is_word and word not in _PRODUCT_LINKS):
                # a sentence end or another word between: the cue speaks of something else
                break
    return hits > 0 and hits >= len(contexts) / 4


def _brands_after(after: Sequence[Token]) -> bool:
    """ "(Ladbrokes) and Coral betting brands", "(Kit Kat) and Smarties brands": brands
    named before the noun, in a list or after one word that qualifies them."""
    index = 0
    while (
        index + 1 < len(after)
        and after[index].lower in ("and", ",")
        and after[index + 1].text[:1].isupper()
    ):
        index += 1
        while index < len(after) and after[index].text[:1].isupper():
            index += 1
    if index < len(after) and after[index].text.isalpha() and after[index].text.islower():
        index += after[index].lower not in _BRAND_NOUNS
    return index > 0 and index < len(after) and after[index].lower in ("brands", "brand")


_SENTENCE_STOPS = frozenset(".!?;:")
_LIST_LINKS = frozenset(", et and ou or s".split())
# What a drug is for: "Adcetris for lymphoma", "le Keytruda contre le mélanome"
_CONDITIONS = frozenset(
    """cancer cancers lymphoma lymphome leukemia leukaemia leucémie myeloma myélome
    melanoma mélanome tumor tumour tumeur tumors tumours tumeurs carcinoma diabetes diabète
    obesity obésité psoriasis arthritis arthrite polyarthrite asthma asthme hepatitis
    hépatite alzheimer alzheimer's parkinson parkinson's sclerosis sclérose hemophilia
    haemophilia hémophilie migraine migraines eczema eczéma epilepsy épilepsie
    schizophrenia schizophrénie depression dépression hiv vih influenza grippe covid
    covid-19""".split()
)
_MONARCHS = frozenset("king queen pope prince princess emperor roi reine pape".split())
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b")
# Goods in general, named by their maker: "les produits PepsiCo", "Zorblat products".
_GOODS = frozenset("produits products goods biens".split())
# Not "insulin products NovoLog": a type of goods, then the product's name.
_DETERMINERS = frozenset("les des ses leurs ces the its their these".split())
_POSSESSIVE_DETERMINERS = frozenset("its their ses son sa leur leurs".split())
_MAKER_LINKS = frozenset("de d' d’ of".split())
_MAKERS = frozenset(
    """constructeur constructeurs fabricant fabricants maker makers manufacturer
    manufacturers producteur producer éditeur concepteur designer fournisseur supplier
    spécialiste opérateur operator publisher developer studio""".split()
)


# A company titled by what it makes: "ChatGPT maker OpenAI".
_MAKER_TITLES = frozenset("maker developer creator".split())


_PRODUCT_LINKS = frozenset(
    """comme such as like including notamment baptisé baptisée baptisés called named nommé
    nommée dont le la les l the its ses son sa leur leurs new nouveau nouvelle propre propres
    own open source open-source propriétaire proprietary raisonnement reasoning
    maison phare vedette flagship in-house
    qui compte comptent déjà already""".split()
)


_ARTICLES = frozenset("le la les l' l’ the".split())


def _preposition(before: Sequence[Token]) -> str:
    """The word before a mention, over an article: "dans" of "dans le Grand Est"."""
    words = [t.lower for t in before]
    if words and words[-1] in ("'", "’") and len(words) >= 2 and words[-2] == "l":
        words = words[:-2]  # "l'" is two tokens
    elif words and words[-1] in _ARTICLES:
        words = words[:-1]
    if len(words) >= 2 and words[-2] == "-":
        return ""  # "U.S.-based Livent": the compound describes the name, no preposition
    return words[-1] if words else ""


# "investing in FigJam", "a stake in X", "investit dans X": what one invests in is no place
_INVESTED = (
    "invest",
    "stake",
    "share",
    "interest",
    "participation",
    "holding",
    "parts",  # "des parts dans Indra"
    "capital",
)


def _invested_in(before: Sequence[Token]) -> bool:
    words = [t.lower for t in before if t.lower not in _ARTICLES and t.lower != "l"]
    words = [w for w in words if w not in ("'", "’")]
    return len(words) >= 2 and words[-2].startswith(_INVESTED)


# Common nouns of the land and the sea that French puts before a name: "le cap Fréhel",
# "en mer Baltique", "la plage de Caroual".
_GEOGRAPHIC_NOUNS = frozenset(
    "cap mer golfe baie île îles mont monts lac plage pointe massif presqu'île estuaire".split()
)


# Regions named after their noun, with an adjective at most between
_REGION_NOUNS = frozenset(
    "région régions province provinces département canton comté region county prefecture".split()
)


def _sited(before: Sequence[Token]) -> bool:
    """ "son usine de Cléon", "its plant in Ohio", "le site de La Souterraine", "le cap
    Fréhel"."""
    words = [t.lower for t in before]
    if words and words[-1] in _ARTICLES:
        words = words[:-1]
    if words[-2:] in (["d", "'"], ["d", "’"]):
        words[-2:] = ["d'"]
    if words and words[-1] in _GEOGRAPHIC_NOUNS:
        return True
    if len(words) >= 2 and words[-1] in _OF and words[-2] in _GEOGRAPHIC_NOUNS:
        return True
    if words and words[-1] in _OF and _REGION_NOUNS.intersection(words[-3:-1]):
        return True  # "la région italienne du Molise", "the province of Limburg"
    if len(words) >= 4 and words[-1] in _OF and words[-3] in _OF and words[-4] in SITE_WORDS:
        return True  # "son usine de vaccins de Speke", "son campus de recherche de Cambridge"
    if words[-1:] == ["de"] and (
        (len(words) >= 2 and words[-2] in _SEATED_TRADES)
        # "le groupe coopératif de Lévis": an adjective between
        or (
            len(words) >= 3
            and words[-3] in _SEATED_TRADES
            and words[-2].endswith(_ADJECTIVE_ENDINGS)
        )
    ):
        return True  # "la biotech de Tübingen", "son ancien rival de Mayence": its seat
    return len(words) >= 2 and words[-1] in _OF | _PLACE_ONLY and words[-2] in SITE_WORDS


# A Korean name written the usual way in the press: a one-syllable surname, then a given
# name of two syllables joined by a hyphen, the second in lower case
_KOREAN_NAME = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,5}-[a-z]{2,5}")
# Endings of French adjectives between a trade and its seat ("coopératif", "pharmaceutique")
_ADJECTIVE_ENDINGS = ("if", "ive", "al", "ale", "ien", "ienne", "ais", "aise", "ique", "aire")
# French companies named by their trade and their seat: "la biotech de Tübingen"
_SEATED_TRADES = frozenset(
    """biotech biotechs laboratoire groupe rival rivale concurrent concurrente constructeur
    géant firme start-up startup société entreprise banque assureur équipementier
    chimiste sidérurgiste""".split()
)


def _place_evidence(
    contexts: Sequence[tuple[Sequence[Token], Sequence[Token]]], model_labels: Counter[str]
) -> bool:
    """A model's LOC label with a locative use, only ever used after "in", "à"..., or
    named as the site of something ("son usine de Cléon", "its plant in Ohio")."""
    if contexts and all(
        _preposition(b) in _PLACE_ONLY and not _invested_in(b) for b, _ in contexts
    ):
        return True  # "in Ohio", "dans le Grand Est", "dans l'Hexagone"
    if any(
        b
        and b[-1].lower in LOCATIVE
        and len(a) >= 2
        and a[0].text == ","
        and KNOWN_KINDS.get(a[1].lower) == "place"
        and (len(a) == 2 or not a[2].is_apostrophe)
        for b, a in contexts
    ):
        return True  # "headquartered in Redwood City, California": a town, then its state
    # "Volkswagen's Chattanooga plant": an English name before a site noun says where
    sited = [_sited(b) or bool(a and a[0].lower in _SITE_NOUNS_EN) for b, a in contexts]
    if any(sited) and all(
        s or (b and b[-1].lower in LOCATIVE) for s, (b, _) in zip(sited, contexts, strict=True)
    ):
        return True
    if model_labels and model_labels["LOC"] + model_labels["GPE"] > sum(model_labels.values()) / 2:
        located = sum(1 for b, _ in contexts if b and b[-1].lower in LOCATIVE)
        return located > 0
    return False
