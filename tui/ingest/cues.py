"""Cue lexicons: the words that say what one party does to another, in French and English.

Each relation type of the vocabulary has verb and noun stems for both languages; a cue
alone is never a relation: the relations stage still needs a party on each side of it.
Stems are regular expressions over lower-cased text, matched at word starts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache, cached_property
from typing import Any

from tui.ingest.beginnings import WordOpenings, is_word_char, word_openings
from tui.ingest.tokens import Tokens
from tui.model import Modality
from tui.model import RelationType as T

SYMMETRIC = frozenset({T.PARTNERSHIP, T.NEGOTIATION, T.COMPETITION, T.CONSULTATION})

# After "ordered": a party (a name, "the company", "its unit") told to do something.
_ORDERED_TO = (
    r"\s+(?:(?-i:[A-Z])|the\s|its\s)(?:\S+\s+){0,10}?to\s+(?:pay|sell|divest|stop|halt|cease"
    r"|refund|suspend|remove|shut|close|disclose|reinstate|return|comply|hand|turn\s+over|end"
    r"|restore|delete|withdraw|break|unwind|repay|compensate|recall|reverse|drop|cut|reduce"
    r"|slash|lower|limit|curb|raise|increase|change|modify|amend|allow|provide|give|offer"
    r"|open|negotiate|rehire|recogni[sz]e|bargain|publish|correct|destroy|notify|pause"
    r"|dissolve|terminate|scrap|abandon|split|separate|sever|exit|vacate|cancel|release"
    r"|rescind|retract|file|submit|fire|dismiss|reimburse|free|lift|undo)\b"
)
# What an operator cancels or cuts in its own running: flights, trains, jobs. "supprimer
# une partie de leurs vols", "cancelled 400 flights" end no tie between two parties.
_OWN_OPERATIONS = {
    "fr": r"(?!\s+(?:[\w'’%,-]+\s+){0,5}?(?:vols|rotations|liaisons|lignes|trains|dessertes"
    r"|postes|emplois|effectifs)\b)",
    "en": r"(?!\s+(?:[\w'’%,-]+\s+){0,5}?(?:flights|routes|trains|services|shifts|jobs"
    r"|positions|roles)\b)",
}

# What a company set off by a comma is to the owner named after it: "IMI, la holding de
# Daniel Kretinsky", "France Inter, station phare de Radio France" (not "maison mère de",
# the owner's own title)
OWNED_BODIES_FR = (
    r"holding|société\s+d['’]investissement|fleuron|chaîne|maison(?!\s+mère)|enseigne"
    r"|station|quotidien|hebdomadaire|magazine|journal|radio"
)

# what a defendant defends: "defend the proceedings brought by", "defend itself against
# the charges" is fighting a case, not backing anyone
# A person's name of two title-case words right after a title: "l'analyste Benoit Poirier"
_FULL_NAME_AFTER = r"(?=\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z]))"
_A_CASE = (
    r"\s+(?:itself\s+against\s+)?(?:the|its|their)\s+"
    r"(?:proceedings|case|lawsuit|claims?|charges|allegations)\b"
)

# An approval asked for, after its article: "l'aval de l'Etat", "the commission's approval",
# "regulatory clearance"
_APPROVAL = {
    "fr": r"(?:\S+\s+){0,2}?(?:feu\s+vert|aval|approbation|autorisation|accord)s?\b",
    "en": r"(?:\S+\s+){0,3}?(?:approvals?|clearances?|green[\s-]light|sign-off|nod"
    r"|authori[sz]ations?)\b",
}

# What a named sale names, from the thing sold to the word before the buyer: "cédé sa
# filiale Pioneer Investments au", "sold its subsidiary TSB to". The cue spans the thing
# sold, so that the parties it relates are the seller before it and the buyer after it.
_SOLD_NAME = r"(?-i:[A-ZÀ-Ý0-9])[\w&'’.+-]*(?:\s+(?-i:[A-ZÀ-Ý0-9])[\w&'’.+-]*){0,4}"
_SOLD = {
    "fr": r"(?:(?:sa|son|ses|leur|leurs|la|le|les)\s+|l['’])?(?:[a-zéèêàç-]+\s+){0,2}?"
    rf"{_SOLD_NAME}\s+(?:à|au|aux)\b"
    r"(?=\s+(?:(?:la|le|les)\s+|l['’])?(?:[a-zéèêàç-]+\s+){0,2}?(?-i:[A-ZÀ-Ý]))",
    "en": r"(?:(?:its|his|her|their|the)\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"{_SOLD_NAME}\s+to\b(?=\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?-i:[A-Z]))",
}

# A verdict in quotation marks that blames: "a jugé « insuffisants » les engagements",
# "juge la décision de l'ASN « bien trop tardive »", "qualifiait d'« irresponsable » la
# grève", "called the decision \"unprecedented\"". The verb is the cue, the party judged
# is named after it; praise ("jugé « généreux »") is no criticism.
_BLAMING_WORDS = {
    "fr": r"inacceptabl|insuffisan|regrettabl|coerciti|indécen|cosmétique|fantaisist|brutal"
    r"|intrusi|irréalist|inamical|choquan|médiocre|destruct|dérisoire|mensong|cynique"
    r"|irresponsabl|opaque|tardi|inappropri|dépourvu|excessi|précipit|incompréhensibl"
    r"|scandaleu|abusi|injust|illégal|illégitim|inéquitabl|discriminatoir|déloyal|hostile"
    r"|absurde|aberran|inadmissibl|dangereu|néfaste|inquiétan|décevan|désastreu"
    r"|catastrophique|irrecevabl|infondé|inconstitutionnel|arbitrair|disproportionn"
    r"|humilian|honteu|sous-évalu|erroné|trompeu|provocat|agressi|prédat",
    "en": r"unacceptabl|unprecedented|misguided|outrageous|absurd|unfair|unjust|illegal"
    r"|unlawful|disappointing|flawed|reckless|irresponsibl|excessive|disproportionate"
    r"|baseless|meritless|without\s+merit|troubling|ridiculous|shameful|disgraceful"
    r"|hostile|predatory|anti-?competitive|inadequate|insufficient|undervalu|opportunistic"
    r"|misleading|arbitrary|wrong|dangerous|damaging|deeply\s+concerning|unconstitutional"
    r"|unworkable|unjustified|draconian|heavy-handed|politically\s+motivated",
}
_VERDICT = {
    "fr": rf"(?=[^«».;!?]{{0,100}}?«\s*(?:[^»\s]+\s+){{0,3}}?(?:{_BLAMING_WORDS['fr']}))",
    "en": rf"(?=[^\"“”.;!?]{{0,80}}?[\"“]\s*(?:[^\"”\s]+\s+){{0,3}}?(?:{_BLAMING_WORDS['en']}))",
}

# A deal that awaits an approval asks for it; no one backs it yet: "doit encore recevoir
# le feu vert de la Commission", "sous réserve de l'aval de l'Etat", "still needs the
# approval of Foot Locker shareholders", "must still be cleared by" (an appeal, PLOVER's
# REQUEST, not an endorsement). The one that asks is named before, the one asked after.
_APPROVED = r"(?:approuv|autoris|valid|avalis|ratifi)\w*"
# (one stem per first word, so that the cue scan tries each only at its letter)
AWAITED_APPROVAL = {
    "fr": (
        *(
            rf"{modal}\s+(?:encore\s+|aussi\s+|également\s+|toutefois\s+)?"
            rf"(?:(?:obtenir|recevoir|décrocher)\s+(?:l['’]|le\s+|les\s+){_APPROVAL['fr']}"
            rf"|être\s+{_APPROVED})"
            for modal in (r"doi[tv]\w*", r"devr\w+")
        ),
        r"sous\s+réserve\s+(?:du\s+|de\s+l['’]|de\s+la\s+|des\s+)" + _APPROVAL["fr"],
        r"soumise?s?\s+à\s+(?:l['’]|la\s+|le\s+)" + _APPROVAL["fr"],
        *(
            rf"{waits}\s+(?:encore\s+|toujours\s+)?(?:le\s+|l['’]|du\s+|de\s+l['’])"
            + _APPROVAL["fr"]
            for waits in (r"attend\w*", r"en\s+attente")
        ),
        r"nécessit\w+\s+(?:l['’]|le\s+)" + _APPROVAL["fr"],
    ),
    "en": (
        *(
            rf"{needs}\s+" + _APPROVAL["en"]
            for needs in (
                r"needs?",
                r"needed",
                r"requir(?:es?|ed|ing)",
                r"awaits?",
                r"awaited",
                r"awaiting",
                r"seek(?:s|ing)?",
                r"sought",
                r"pending",
                r"subject\s+to",
            )
        ),
        *(
            rf"{modal}\s+(?:still\s+|also\s+)?(?:be\s+(?:approved|cleared|authori[sz]ed|ratified)"
            rf"|(?:obtain|secure|win|get|receive)\s+{_APPROVAL['en']})"
            for modal in (
                "must",
                r"would\s+need\s+to",
                r"needs?\s+to",
                r"has\s+yet\s+to",
                r"have\s+yet\s+to",
            )
        ),
    ),
}

CUES: dict[T, dict[str, tuple[str, ...]]] = {
    T.PARTNERSHIP: {
        "fr": (
            r"s['’]associ\w*",
            # "déjà associés à Altice dans Suddenlink" (not a title: "chercheur associé à
            # l'Ifri", a post)
            # (the look-behinds after the first letter, which the scan groups stems by)
            r"a(?<!chercheur\sa)(?<!chercheuse\sa)(?<!professeur\sa)(?<!professeure\sa)"
            r"(?<!membre\sa)ssociée?s?\s+(?:à|avec)\b",
            r"partenari\w*",
            r"partenaires?",
            r"allian\w+",
            r"alliés?",
            r"coop[éè]r\w+",
            r"collabor\w+",
            r"coentreprise",
            r"accords?\s+de\s+partenariat",
            r"s['’]alli[eé]\w*",
            r"signe\w*\s+un\s+accord",
            r"signé\s+un\s+accord",
            r"co-?sign\w+",  # "Free et SFR ont cosigné un courrier"
            r"travaill\w+\s+(?:main\s+dans\s+la\s+main\s+|étroitement\s+)?avec",
            # "a resserré ses liens avec", "des liens étroits avec"
            r"(?:renforc\w+|resserr\w+|tiss\w+|nou\w+)\s+(?:ses\s+|leurs\s+|des\s+)?liens\s+avec",
            r"liens\s+étroits\s+avec",
        ),
        "en": (
            r"partner\w*+(?!\s+at\s)",  # not "a partner at Sequoia Capital": a post
            r"team(?:s|ed)?\s+up",
            r"collaborat\w+",
            r"allian\w+",
            r"allies",
            r"joint\s+venture",
            r"cooperat\w+",
            r"signed\s+an?\s+agreement",
            r"entered\s+into\s+agreements?",
            r"co-?sign(?:ed|s|ing)\b",
            r"work(?:s|ed|ing)?\s+(?:closely\s+|together\s+)?with",
            # "Match Group had joined Epic in suing Google": an ally in the act, no post
            r"joined(?=\s+(?:\S+\s+){1,4}?in\s+\w+ing\b)",
            # "FedEx has since deepened ties with Walmart and Dollar General"
            r"(?:deepen\w*|strengthen\w*|forg\w+|closer|close)\s+(?:its\s+|their\s+)?ties\s+with",
        ),
    },
    T.NEGOTIATION: {
        "fr": (r"négoci\w+", r"pourparlers", r"discussions?\s+avec", r"discute\w*\s+avec"),
        "en": (r"negotiat\w+", r"in\s+talks", r"talks\s+with"),
    },
    T.TECH_SHARING: {
        "fr": (
            # a licence, not a dismissal: "licenciement", "licencié" end a post (but "un
            # licencié réticent", "le licencié exclusif" hold a licence)
            r"licen(?!ci)\w+",
            r"licenciée?s?\s+(?:réticent|exclusif|officiel|non\s+autorisé)\w*",
            r"accès\s+(?:à|aux)\s+(?:ses|leurs)\s+modèles",
            r"partage\w*\s+(?:ses|sa|son|leurs)\s+(?:technolog|modèle|données)\w*",
        ),
        "en": (r"licens\w+", r"shares?\s+(?:its|their)\s+(?:technology|models?|data)"),
    },
    T.INVESTMENT: {
        "fr": (
            # not the kind of a firm: "la société d'investissement de Daniel Kretinsky"
            # (the look-behinds come after the word, tried only where it matches)
            r"investi(?<!société\sd'investi)(?<!société\sd’investi)(?<!fonds\sd'investi)"
            r"(?<!fonds\sd’investi)(?<!banque\sd'investi)(?<!banque\sd’investi)(?!gat)\w*",
            r"prise\s+de\s+participation",
            r"particip\w+\s+(?:au|dans)",
            r"rach[eèa]t\w*",
            # "Sanofi s'offre Bioverativ", "UCB s'offre l'américain Ra Pharma" (buying, with
            # a name after: not "s'offre une pause", "une occasion s'offre à lui")
            r"s['’](?:offr(?:e|ent|ait|aient|ira|irait)|offert|offerte)\b"
            r"(?=\s+(?:(?:le|la|les|l['’])\s*(?:[a-zéèêàç-]+\s+){0,3})?(?-i:[A-ZÀ-Ý]))",
            r"acqui\w+",
            # not "sanctions financières", nor a title: "la directrice financière, X"; nor
            # the adjective after another noun ("la cellule de renseignement financier",
            # "les marchés financiers"), but after support: "un soutien financier"
            r"(?<!sanctions\s)(?<!sanction\s)(?<!directeur\s)(?<!directrice\s)(?<!responsable\s)"
            r"financ(?!i(?:er|ère|ers|ères)\b)\w+",
            *(
                rf"{support}s?\s+financi(?:er|ère|ers|ères)\b"
                for support in ("soutien", "partenaire", "apport", "aide", "appui", "engagement")
            ),
            r"subvention\w*",
            # a lender finances: "un prêt de 2 milliards accordé par X", "X a prêté"
            r"prêt(?:s|é|ée|és|ées|e|ent|er|era|erait)?\b(?!\s+à\s+(?!\S+\s+(?:euros|dollars)))",
            r"lève\w*\s+des\s+fonds",
            r"levée\s+de\s+fonds",
            r"tour\s+de\s+table",
            # "a levé 50 millions d'euros auprès de X"
            r"lev[ée]e?s?\b(?=\s+(?:\S+\s+){1,6}auprès\s+d)",
            r"offre\s+(?:de\s+rachat\s+)?(?:pour|sur)",
            r"offre\s+publique",
            r"fusion\w*",
            r"fusionn\w+",
        ),
        "en": (
            # not the kind of a firm: "investment bank Piper Sandler", "an investment fund"
            # (nor what an activist is: "nominated by activist investor Browning West")
            r"(?<!activist\s)(?<!billionaire\s)"
            r"invest(?!igat)\w*\b(?!\s+(?:bank|banks|banker|bankers|banking|firm|firms|fund"
            r"|funds|arm|vehicle|vehicles|manager|managers|company|companies|house|group)\b)",
            # not a stake someone has ("Hess's stake in Stabroek": a holding, below)
            r"s(?<!['’]s\ss)take\s+in",
            r"acqui\w+",
            # not a compound's first word: "buy-now-pay-later provider", "buy-side analysts"
            r"buy(?:s|ing)?\b(?![-‐])",
            r"bought",
            r"fund(?:s|ed|ing)\b",
            # "secured bridge financing from X", "financed by X", "to finance the deal"
            # (not "its finances", nor a financing arm)
            r"financ(?:ed|ing)\b(?!\s+(?:subsidiary|subsidiaries|arm|unit|plan)\b)",
            r"f(?<=\bto\sf)inance\b",
            # a lender finances: "lined up loans from a group of banks led by X", "X lent"
            r"loans?\b(?=\s+(?:\S+\s+){0,6}?from\b)",
            r"lent\b",
            # the verb, not a trade: "a lending franchise in Texas"
            r"lends?\b(?!\s+(?:itself|themselves|weight|support|credibility))",
            r"lending\s+(?=to\b|it\b|them\b|the\s+company\b|[$€£\d])",
            # "raised $1bn from X"
            r"rais(?:ed|es|ing)\b(?=\s+(?:\S+\s+){1,6}from\b)",
            # a grant or a contract awarded, not an arbitration's award: "the $11 billion
            # P&ID award against Nigeria", "arbitration awards"
            r"(?<!arbitration\s)(?<!arbitral\s)award\w*(?!\s+against\b)",
            r"grants?\b",
            r"subsid(?!iar)\w+",  # subsidies, not a subsidiary
            r"backer",
            r"s(?<!at\ss)(?<!['’]s\ss)takes?\b",
            r"bids?\s+for",
            # a price for a party: "offered $50.30 a share in cash for PNM Resources", "paid
            # $5 billion for" (the amount, a party of its own, is left out of the cue)
            r"(?:offer(?:ed|s|ing)?|pa(?:id|ys|ying))\b(?=\s+(?:about\s+|roughly\s+|nearly\s+"
            r"|more\s+than\s+)?[$€£](?:\S+\s+){0,6}?for\s+(?-i:[A-Z]))",
            r"offer\s+for",
            r"tender\s+offer",
            r"takeover",
            r"merg(?:e|es|ed|er|ing)\b",
            # "agreed to combine with Canada's The Stars Group", "a business combination with"
            # (not "would be combined with Hitachi's own operations": a unit's fate)
            r"combin(?:e|es|ing|ation)\s+with",
        ),
    },
    T.COMMERCIAL_DEAL: {
        "fr": (
            r"accords?\b",
            r"contrats?\b",
            r"fournisseur\w*",
            r"fourni\w+",
            # not a count of consumers: "20 millions de clients"
            r"(?<!millions\sde\s)(?<!milliers\sde\s)(?<!\d\s)clients?\b",
            r"command\w+",
            r"achète\w*",
            # a named sale: "a cédé Allstream à l'américaine Zayo Group", "cède Reebok à
            # Authentic Brands" (the seller deals with the buyer; not "cède à la pression")
            rf"c[éè]d(?:e|es|ent|é|ée|és|ées|ait|aient|era|eront|erait|eraient|er|ant)\s+{_SOLD['fr']}",
            rf"vend(?:s|u|ue|us|ues|ait|aient|ra|ront|rait|raient|re|ant|ent)?\s+{_SOLD['fr']}",
            r"vend\w*\s+(?:à|ses)",
            r"héberg\w+",
            r"(?:a|ont|avait|avaient)\s+choisi",
            # making for someone supplies them; making alone says whose product it is
            r"fabriqu\w+(?=\s+(?:\S+\s+){0,6}?(?:pour\b|d['’](?-i:[A-Z])|de\s+(?-i:[A-Z])))",
            r"contrat\w*",
        ),
        "en": (
            r"deals?\b",
            r"contracts?\b",
            r"contractual",
            r"supplier\w*",
            r"suppl(?:y|ies)",
            r"rel(?:y|ies|ied)\s+on",
            # not a count of consumers: "12 million customers"
            r"(?<!million\s)(?<!millions\sof\s)(?<!thousands\sof\s)(?<!\d\s)customers?\b",
            r"client\b",
            r"orders?\s+from",
            r"deliver(?:y|ies)\s+from",
            r"(?<!in\s)order(?:s|ed)?\b(?!\s+to\b)(?!" + _ORDERED_TO + ")",
            r"purchas\w+",
            r"sells?\s+to",
            # a named sale: "sold TSB to Spain's Santander", "sell Empower to Constellation"
            # (the cue spans what is sold)
            rf"s(?:old|ell|ells|elling)\s+{_SOLD['en']}",
            # a sale names its buyer after "to": "sold three of its brands to Imperial
            # Brands", "selling the unit to the Carlyle Group"
            r"s(?:old|ell|ells|elling)\b(?=(?:\s+(?-i:[a-z0-9$€£][\w$€£%.,'’-]*)){0,10}?"
            r"\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
            r"(?:chose|selected|picked|tapped)\b",
            r"(?:makes|builds|manufactures)\b(?=\s+(?:\S+\s+){0,6}?for\b)",
            r"agreements?\b",
        ),
    },
    T.INTENT_TO_COOPERATE: {
        "fr": (
            r"envisage\w*\s+de\s+(?:s['’]associer|collaborer|travailler)",
            r"souhaite\w*\s+travailler",
        ),
        "en": (r"plans?\s+to\s+(?:partner|work\s+with|collaborate)", r"open\s+to\s+working"),
    },
    T.CONCESSION: {
        "fr": (
            r"libér\w+\s+\w+\s+d['’]un\s+contrat",
            r"renonc\w+",
            r"concession\w*",
            r"cède\w*",
            r"accept\w+\s+(?:(?:dès|en|au|fin|début|mi-?)\s+\S+\s+)?de",
            # paying a party: "verser 300 millions d'euros à l'Etat français" (from an
            # authority's party, its sanction: see ``_settlements``)
            r"(?:pay\w+|vers(?:e|er|ent|era|eront|ait|aient|é|ée)\b)(?=\s+(?:\S+\s+){1,5}?(?:à|au|aux)\s)",
            r"règlement\s+à\s+l['’]amiable",
            r"transig\w+",
            # sanctions lifted or eased are yielded (CAMEO 081): "la levée des sanctions"
            *(
                rf"{lifts}\s+(?:les\s+|des\s+|de\s+ses\s+)?sanctions"
                for lifts in (r"lev[éeè]\w*", r"allèg\w+", r"allég\w+", r"suspen\w+")
            ),
            # "Air France s'est conformée aux demandes de la DGAC"
            r"s['’](?:\w+\s+)?(?:être\s+)?conform\w+\s+(?:aux?|à)",
            r"se\s+conform\w+\s+(?:aux?|à)",
        ),
        "en": (
            r"waiv\w+",
            r"concession\w*",
            # not the trade of payments: "clearing and settlement facilities"
            r"(?<!clearing\sand\s)settl(?:e\w*+|ing)(?!\s+(?:facilit|system|infrastructure|house)\w*)",
            r"agree\w*\s+to\s+abide",
            r"agreed?\s+(?:(?:in|on|last|this|late|early)\s+\S+\s+)?to\b(?!\s+(?:buy|acquire|purchase|merge|combine|invest|take\s+over)\b)",
            # paying a party: "will pay $125 million to the SEC" (from an authority's party,
            # its sanction: see ``_settlements``)
            r"pa(?:y|ys|id|ying)\b(?=\s+(?:\S+\s+){1,5}?to\s+(?:the\s+)?(?-i:[A-Z]))",
            r"releas\w+\s+\w+\s+from",
            r"conced(?:e\w*|ing)",
            # sanctions lifted or eased are yielded (CAMEO 081): "formally lifted sanctions
            # on aluminium producer Rusal"
            *(
                rf"{lifts}(?:s|ed|es|e|ing)?\s+(?:\S+\s+){{0,2}}?sanctions"
                for lifts in ("lift", "eas", "suspend")
            ),
        ),
    },
    T.ENDORSEMENT: {
        "fr": (
            # (not an argument: "soutient que la consolidation de Haema est une pratique
            # connue" claims, backs no one)
            r"soutiens?\b",
            r"soutien(?:t|nent)\b(?!\s+qu)",
            r"soutenu\w*(?!\s+qu)",
            r"souten(?:ait|aient|ir)\b(?!\s+qu)",
            r"salu\w+",
            r"défend\w*",
            r"appui\w*",
            r"félicit\w+",
            # a regulator's or a government's approval backs what it approves
            r"approuv\w+",
            r"autoris\w+",
            r"feu\s+vert",
            r"valid[éeè]\w*",
            r"se\s+félicit\w+",
            r"se\s+réjou\w+",
            r"s['’]est\s+réjoui\w*",
            r"satisfaite?s?\s+(?:de|du|des|d['’])",
            r"pouss\w*\s+pour",
            r"favorables?\s+(?:à|au|aux)",
            # a parliament adopting a text backs it; not one voting against it
            r"adopt[éeè]\w*+",
            r"vot[éeè]\w*+(?!\s+contre)",
        ),
        "en": (
            r"support(?:s|ed|er|ers|ive)?\b",
            # a regulator's approval backs what it approves
            r"approv(?:es|ed|al|ing)\b",
            # not the trade of settling trades: "clearing house LCH", "a clearing agency"
            r"clear(?:s|ed|ing)\b(?!\s+(?:houses?|agency|agencies|and\s+settlement|members?)\b)",
            r"green[\s-]?light\w*",
            r"authori[sz]\w+",
            r"welcom\w+",
            r"pleased\s+(?:with|to|by|that)\b",
            r"satisfied\s+with\b",
            r"push(?:es|ed|ing)?\s+for",
            r"in\s+favou?r\s+of",
            r"endors\w+",
            r"prais\w+",
            r"back(?:s|ed)\b",
            # an activist or a board putting someone forward: "nominated by Browning West"
            r"nominat(?:e|es|ed|ing)\b",
            r"champion\w*",
            r"defend\w*+(?!" + _A_CASE + ")",
        ),
    },
    T.CONSULTATION: {
        # (a consultant is a trade, no consulting: "deux anciens consultants")
        "fr": (
            r"consult(?!ant|anc)\w+",
            r"rencontr\w+",
            r"s['’]entret\w+",
            r"lobby\w*",
            r"lobbi\w+",
        ),
        "en": (
            r"consult(?!ant|anc)\w+",
            # "Qatalyst Partners and Morgan Stanley advised Splunk": a bank or a firm
            # counselling a party in a deal (not an opinion: "who advised last November
            # that the ruling be set aside")
            r"advis(?:ed|es|ing)\b(?!(?:\s+\S+){0,3}?\s+that\b)",
            # "Morgan Stanley acted as financial adviser to Reliance" (a bank's or a
            # firm's mandate; not "worked as an adviser to", a person's post)
            r"as\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:lead|sole|joint|exclusive|financial"
            r"|legal|strategic|independent)\s+)+advis[eo]rs?\s+to\b",
            r"met\s+with",
            r"meets?\s+with",
            r"lobb(?:y|ies|ied|ying)\b(?!\s+against)",
        ),
    },
    T.ROLE: {
        "fr": (
            r"pdg",
            # a listing is a tie: "Worldline, cotée sur Euronext Paris"
            r"cotée?s?\s+(?:à|au|sur)\b",
            r"délégué\w*",  # "délégué CGT de l'usine", "délégué syndical"
            r"co-?présid\w+",  # "coprésident d'Avenir Spé"
            r"présid(?:e|é|ée|és|ées|ait|aient|ent)\b",  # "la holding présidée par X"
            r"secrétaire\s+général\w*",
            r"représentant\w*",
            r"représent(?:e|ent|ait|aient)\b",  # "l'Afieg, qui représente les fournisseurs"
            # "Airbus Defence and Space, la branche défense du groupe", "le bras armé de l'Etat"
            r"(?:branche|division|bras\s+armé)\s+(?:\w+\s+)?(?:de|du|d['’])",
            # "l'association A4E, qui regroupe notamment Air France-KLM et Lufthansa"
            r"(?<=qui\s)(?:regroup|fédèr|rassembl)(?:e|ent|ait|aient)\b",
            # "un consortium composé de X, Y et Z", "affilié à la CGT"
            r"composée?s?\s+(?:de|d['’])",
            r"affiliée?s?\s+(?:à|au)\b",
            # "Lilly, qui fabrique le Zepbound": the product named right after
            r"fabriqu(?:e|ent)\b(?=\s+(?:le|la|les|l['’])\s*(?:[a-zéèêà-]+\s+){0,3}(?-i:[A-Z]))",
            # "Vidéotron, qui commercialise au Québec la marque à bas prix Fizz"
            r"commercialis(?:e|ent)\b(?=\s+(?:[\w'’-]+\s+){0,3}?(?:le|la|les|l['’])\s*"
            r"(?:[a-zéèêà-]+\s+){0,4}(?-i:[A-Z]))",
            r"exploité\w*\s+par",
            # operating a site, a network or a brand is a tie: "qui exploite la mine de
            # Mako", "qui gère le port"
            r"exploit(?:e|ent|ait|aient|era|eront)\b",
            r"g(?:ère|èrent|érait|éraient)\b",
            r"p-dg",
            # "chef de la direction de KCS" (a chief executive, in Quebec), "la cheffe du PNF"
            # (not "le chef de l'Etat", who names the president)
            r"chef(?:fe)?\s+(?:de\s+la\s+direction\s+)?(?:de|du|des|d['’])(?!\s*(?:l['’]\s*)?[EÉ]tat\b|\s+file\b)",
            r"directeur\w*",
            r"directrice",
            r"dirig\w+",
            r"à\s+la\s+tête\s+d",
            r"président\w*",
            r"fondat\w+",
            # a successor: "pour succéder à Travis Kalanick", "son successeur", "en
            # remplacement d'Henri de Castries", "sera remplacé par Thomas Gottstein"
            r"succ[éèe]d\w*\s+(?:à|au)\b",
            r"successeur\w*",
            r"en\s+remplacement\s+d",
            r"remplac(?:e|é|ée|era|ait)\b(?=\s+(?:\S+\s+){0,5}?par\b)",
            r"cofondat\w+",
            r"patron\w*",
            r"chargée?",
            r"porte-parole",
            r"rapporteur\w*",
            r"membre",
            r"député\w*",
            r"employé\w*",
            r"au\s+sein\s+de",
            r"filiale",
            # ownership is a tie, not an act: "qui contrôle Auchan", "propriétaire de"
            r"contrôl(?:e|ent|ait|aient|é|ée|és|ées)\b",
            # holding shares is a tie; buying them is an investment
            r"actionnaire",
            r"co-?actionnaire",  # "GIC, coactionnaire de Nets"
            # (any tense: "qui détenait 32,5 % de X", "la Confédération détenant 51 %")
            r"d(?:étien\w*|éten(?:ait|aient|ant|ir)\b)\s+(?:\S+\s+){0,3}du\s+capital",
            # "détient encore un peu plus de 12 % de Commerzbank", not "70 % du marché"
            # (or "69 % des droits de vote de Cogeco", "5 % des actions de X")
            r"d(?:étien\w*|éten(?:ait|aient|ant|ir)\b)\s+(?:\S+\s+){0,7}?\S*%\s+"
            r"(?:(?:des\s+droits\s+de\s+vote|du\s+capital"
            r"|des\s+actions|des\s+parts)\s+)?(?:de|d['’])\s*(?-i:(?=[A-ZÀ-Ý]))",
            # "la coentreprise, détenue à parts égales par X, Y et Z"
            r"détenue?s?\s+(?:\S+\s+){0,4}?par",
            r"propriétaires?\s+(?:notamment\s+)?d",
            r"fai(?:t|saient|sait)\s+(?:aussi\s+|également\s+|désormais\s+)?partie\s+d",
            r"possèd\w+",
            r"maison\s+mère",
            # "IMI, la holding de Daniel Kretinsky", "Cartier, fleuron du groupe Richemont":
            # a company set off by a comma, then what it is to its owner
            rf"(?<=,\s)(?:(?:la|le|l['’])\s*)?(?:{OWNED_BODIES_FR})\s+(?:[\w'’-]+\s+){{0,2}}?"
            r"(?:de|du|d['’])",
            # (past an adverb: "appartenait jusqu'ici au néerlandais KPN")
            r"appart(?:ien|ena|enai)\w*\s+(?:(?:jusqu['’]ici|jusqu['’]alors|encore|toujours"
            r"|désormais|déjà|aussi|également|majoritairement|entièrement)\s+)?(?:à|au|aux)\b",
            r"développ\w+",
            r"a\s+rejoint",
            r"rejoint",
            r"recrut\w+\s+pour\s+diriger",
            r"gouverneur\w*",
            r"embauch\w+",
            r"recrut[ée]\w*",
            r"(?:co-?)?fond[ée]e?s?\s+par",
            # "fondé en 2000 par X": the verb, its agent a few words on
            r"(?:co-?)?fond[ée]e?s?\b(?=\s+(?:\S+\s+){1,3}par\b)",
            r"(?:a|avait|ont|avaient)\s+(?:co-?)?fondé\b",  # "X, qui a cofondé Y"
            r"cofondé\b",
            r"nomm[ée]\w*",
            r"responsable",
            # a brand and its owner: "toutes des marques de PepsiCo"
            r"marques?\s+(?:de|du|d['’])",
            # leaving a post says what the post was, no break between two parties
            r"quitt\w+\s+(?:la\s+direction|ses\s+fonctions|son\s+poste|la\s+présidence|la\s+tête)",
            r"(?:fabriqu|commercialis)[ée]e?s?\s+par",
            # "Fergus Saurin, avocat du cabinet Kirkland & Ellis"
            r"avocate?s?\s+(?:de|du|d['’]|chez)\b",
            # "Chez Desjardins, l'analyste Benoit Poirier souligne": a post, its holder named
            # right after
            r"analyste\b" + _FULL_NAME_AFTER,
            # "Benjamin Augé, chercheur associé à l'Ifri"
            r"chercheu(?:r|se)\s+associée?\s+à",
            r"professeure?\s+associée?\s+à",
            r"membre\s+associée?\s+à",
            # "Maria Grazia Chiuri, débauchée chez Valentino": where she worked before
            r"d(?<=,\sd)ébauchée?s?\s+(?:chez|de|d['’]|à)",
            # a company's auditor holds a post there; auditing it is a probe
            r"auditeurs?\b",
            r"commissaires?\s+aux\s+comptes",
        ),
        "en": (
            r"ceo",
            # "Ada Roe, poached from Quux last year": where she worked before
            r"p(?<=,\sp)oached\s+from\b",
            # a company's auditor holds a post there; auditing it is a probe
            r"auditors?\b",
            # "said Jefferies analyst Ada Roe": the post's firm before, its holder after
            r"analyst\b" + _FULL_NAME_AFTER,
            r"administrator\b",  # "CMS Administrator X"
            r"co-?chair\w*",
            # "was founded in 2020 by X, Y and Z": the verb, its agent a few words on
            r"(?:co-?)?founded\b(?=\s+(?:\S+\s+){1,3}by\b)",
            r"counsel\b",
            r"(?:lawyers?|attorneys?)\s+for\b",
            # "a partner at Sequoia Capital", "X, managing partner at Y": a post at a firm,
            # not an alliance
            r"(?:(?<=\ba\s)|(?<=,\s))(?:(?:managing|general|senior|founding)\s+)?partner"
            r"(?=\s+at\s)",
            # not "to name a legal representative": a post no one named holds yet
            r"(?<!\ba\s)(?<!\ba\snew\s)(?<!\ba\slegal\s)representatives?\b",
            r"at\s+the\s+helm\s+of",
            r"took\s+over\s+at",
            # ownership is a tie, not an act: "the conglomerate that owns Three"
            r"owns\b",
            # so is operating: "Barrick, which operates Loulo-Gounkoto", "the port run by
            # DP World" (not "operating profit", "runs the risk", nor where: "operates in")
            r"operated\s+by\b",
            r"operat(?:es|ed)\b(?!\s+(?:in|across|from|on)\b)",
            r"runs\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            r"run\s+by\b",
            # "Mattel, which has owned Fisher-Price since 1993"
            r"(?:has|have|had)\s+(?:long\s+|also\s+)?owned\b",
            # so is a listing: "Vizio, which listed on the New York Stock Exchange"
            r"(?:de)?list(?:ed|ing)\s+(?:on|from)\b",
            r"shareholder",
            r"controlling\s+stakes?",
            r"(?:holds?|held|holding)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,5}?stake",
            # a share of the capital held: "now holds just under 10 percent of the group",
            # "owns about 37 percent of IndiGo", "owns a 15% stake in"
            # (not a combined company's future owners: "shareholders will own about 74%"; a
            # stem per first letter, its look-behinds after that letter, so that the scan
            # tries it only where the letter starts a word)
            *(
                rf"{first}(?<!will\s{first})(?<!would\s{first})(?<!to\s{first})"
                rf"(?<!shareholders\s{first}){rest}\s+(?:(?:about|around|roughly|nearly"
                r"|almost|some|just|under|over|more|less|than|a|an)\s+){0,3}\d[\d.,]*\s*"
                r"(?:%|per\s?cent|percent)\s+(?:of|stake)\b"
                for first, rest in (("h", "(?:olds?|eld|olding)"), ("o", "(?:wns?|wned|wning)"))
            ),
            # so is a stake someone has, not one they take or raise: "beyond its 48% stake
            # in EuRoPol Gaz", "over Hess's stake in Stabroek" ("to sell its stake in"
            # keeps its verb's cue before)
            *(
                rf"{word[0]}(?<!raise\s{word[0]})(?<!raised\s{word[0]})(?<!raising\s{word[0]})"
                rf"(?<!increase\s{word[0]})(?<!increased\s{word[0]}){word[1:]}"
                r"\s+(?:\S+\s+){0,4}?stakes?\s+in\b"
                for word in ("its", "their", "his", "her")
            ),
            r"s(?<=['’]s\ss)takes?\b",
            r"owned\s+(?:(?:jointly|wholly|partly|majority|indirectly|largely|mostly)\s+)?by",
            r"controls\b",
            r"controlled\s+by",
            r"parent\s+company",
            r"parent\b",
            r"leads\b",
            r"officer\b",
            r"chief\s+executive",
            # "EU antitrust chief Margrethe Vestager", "its unit Cephalon"
            r"chief\b",
            r"(?:its|their)\s+unit\b",
            r"exec\b",
            r"executive\b",
            r"founder",
            r"(?:co-?)?founded\b(?!\s+(?:in|on|as)\b)",  # "X, who co-founded Instagram"
            r"(?:led|run|founded|co-founded|cofounded|headed|operated|managed|chaired)\s+by",
            # "the Prudential Regulation Authority, part of the Bank of England" (not "as
            # part of the deal")
            r"(?<=,\s)part\s+of(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            # "Raymond Chun, who runs TD's Canadian personal banking business"
            r"(?<=who\s)(?:runs|ran|heads|headed|oversees|oversaw|chairs)\b",
            r"represent(?:s|ed|ing)\b",
            r"co-founder",
            # a successor: "Per Bank, who succeeded Galen Weston", "replaced by X"
            r"succeed(?:s|ed|ing)?\b",
            r"successor\b",
            r"replaced\b(?=\s+(?-i:[A-Z])|\s+(?:\S+\s+){0,5}?by\b)",
            r"president",
            r"chair(?:wo)?man",
            r"chairperson",
            r"chair\b",
            # "NDP leader X", "the Senate majority leader"; not "the market leader"
            r"(?<!market\s)leader\b",
            r"secretary",
            r"minister",
            r"commissioner",
            r"governor",
            r"head\s+of",
            r"director",
            # "Rockets general manager Daryl Morey" (not "the asset manager", a firm)
            r"general\s+manager",
            r"spokes\w+",
            r"subsidiar\w+",
            r"owned\s+by",
            r"owner\s+of",
            r"belong(?:s|ed|ing)?\s+to\b",
            # "X is part of Workers United, an affiliate of the SEIU"
            r"(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?part\s+of",
            r"affiliates?\s+of",
            r"affiliated\s+(?:with|to)\b",  # "a farmers' union affiliated with the RSS"
            # "Airlines for Europe, whose members include Lufthansa"
            r"members\s+include",
            # "the Sydney Aviation Alliance, a group made up of IFM Investors, AustralianSuper"
            # (named before its comma: not "taken private by a consortium made up of")
            r"(?:(?<=,\sa\s)|(?<=,\san\s))(?:group|consortium|alliance|coalition|association)"
            r"\s+(?:made\s+up|composed|consisting)\s+of\b",
            # "the US Trustee, the arm of the Department of Justice"; "BlackRock's
            # infrastructure arm Global Infrastructure Partners"
            r"(?:arm|unit|division|branch)\s+of\b",
            r"arm\b(?=\s+(?-i:[A-Z]))",
            r"owner\b",
            r"develop(?:s|ed)\b",
            # "Eli Lilly, which makes the obesity drug Zepbound"
            # (not "makes clear that Google ...", "makes sure", "makes it")
            r"(?:makes|manufactures)\b(?!\s+(?:clear|sure|it|sense|good|no|up|public|way)\b)"
            r"(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?-i:[A-Z]))",
            # "Vidéotron, which markets the discount brand Fizz"
            r"markets\b(?=\s+(?:the|its)\s+(?:[a-z-]+\s+){0,3}(?-i:[A-Z]))",
            r"maker\s+of",
            # "Nexperia, which was spun off from NXP": a unit once
            r"spun\s+(?:off|out)\s+(?:from|of|by)\b",
            # "Fortnite maker Epic Games": the product titles its maker
            r"maker\b(?=\s+(?-i:[A-Z]))",
            r"brands?\s+(?:of|from)\b",
            r"(?:made|sold|marketed)\s+by",
            r"joined(?!\s+(?:\S+\s+){1,4}?in\s+\w+ing\b)",
            r"works?\s+(?:for|at)",
            # "Laith Khalaf, ..., who worked at Hargreaves Lansdown for a decade"
            r"(?<=who\s)worked\s+(?:for|at)\b",
            r"member\s+of",
            r"hire[sd]?\b",
            r"hiring",
            r"recruit\w*",
            r"appoint\w*",
            r"named\b",
            r"spent\s+(?:\S+\s+){1,3}at\b",
        ),
    },
    T.EVALUATES_ALTERNATIVE: {
        "fr": (
            r"test\w*\s+(?:les|des)\s+modèles",
            r"explore\w*\s+(?:activement\s+)?des\s+alternatives",
            r"évalu\w+\s+(?:les|des)\s+(?:modèles|solutions)",
            r"alternatives?",
        ),
        "en": (r"test(?:s|ing|ed)\s+\w+['’]s\s+models", r"evaluat\w+", r"alternatives?\s+to"),
    },
    T.COMPETITION: {
        "fr": (
            # a rank behind a rival: "le numéro deux mondial du secteur, derrière le chinois
            # CRRC", "au deuxième rang des constructeurs d'Europe, derrière Volkswagen" (not
            # a shareholder's rank)
            r"(?:deuxième|troisième|quatrième|numéro\s+(?:deux|trois|2|3)|n°\s*[23]|second)"
            r"(?![\w\s,'’-]{0,60}?actionnaire)[\w\s,'’-]{0,60}?\bderrière\b",
            r"concurren\w+",
            # "Lidl dispute les clients sensibles aux prix au leader Colruyt": vying with
            # someone for something
            r"disput(?:e|ent|ait|aient|er)\b(?=\s+(?:[\w'’-]+\s+){0,8}?(?:à|au|aux)\s)",
            r"face\s+à",
            r"rival\w*",
            r"compétit\w+",
            r"rivalis\w+",
            r"affront\w+",
            r"concurrenc\w+",
            r"platebandes",
            # "prendre des parts de marché à X": winning customers from a rival
            r"parts?\s+de\s+marché\s+(?:à|aux?)",
            r"rattrap\w+\s+(?:son|leur)\s+retard\s+sur",
            # a lead over a rival: "loin devant Sony Music et Warner"; a rival to reckon
            # with: "Worldline doit aussi compter avec l'italien Nexi"
            r"loin\s+devant",
            r"compter\s+avec",
        ),
        "en": (
            # a rank behind a rival: "the world's third-largest lithium producer behind
            # Albemarle" (not a shareholder's rank)
            r"(?:second|third|fourth|no\.\s*[23]|number\s+(?:two|three))"
            r"(?![\w\s,'’-]{0,60}?(?:shareholder|investor))[\w\s,'’-]{0,60}?\bbehind\b",
            r"rival\w*",
            r"compet\w+",
            r"competitor\w*",
            r"vie\w*\s+with",
            # a challenger is a rival; challenging a decision is contesting it
            r"challengers?\b",
            r"market\s+share\s+from",
            # a rank behind a rival: "will still trail L'Oréal, Estée Lauder and Shiseido"
            r"trail(?:s|ed|ing)?\b(?=\s+(?:only\s+|just\s+)?(?-i:[A-Z]))",
            # holding a rival off, or losing to one: "to fend off Amazon", "losing ground
            # to cheaper rivals", "to take on Visa" (a name right after: not "taking on
            # debt")
            r"fend(?:s|ed|ing)?\s+off\b",
            r"los(?:e|es|ing|t)\s+ground\s+to\b",
            r"ced(?:e|es|ed|ing)\s+ground\s+to\b",
            # (not a possessive: "taking on Medellín's business elite")
            r"tak(?:e|es|ing)\s+on\b"
            r"(?=\s+(?-i:[A-Z])[^\s'’]*(?:\s+(?-i:[A-Z])[^\s'’]*)*(?:\s|[,.;:]|$))",
        ),
    },
    T.CRITICISM: {
        "fr": (
            r"critiqu\w+",
            r"dénonc\w+",
            # "ne plus avoir confiance dans l'équipe de X", "a perdu confiance en"
            r"(?:ne\s+plus\s+avoir|n['’](?:a|avait|ont|avaient)\s+plus|perdu)\s+(?:toute\s+)?confiance",
            r"reproch\w+",
            r"fustig\w+",
            r"s['’]insurg\w+",
            r"déplor\w+",
            r"s['’]oppos\w+",
            r"alert\w+\s+sur",
            r"pointe\w*\s+du\s+doigt",
            r"inacceptables?",
            r"contest[eéa]\w*",  # "conteste", "a contesté", "contestait"
            r"tacl\w+",
            r"étrill\w+",
            r"ironis\w+",
            r"s['’]en\s+pren\w+\s+à",
            r"(?:met|mett\w*|mis\w*)\s+en\s+cause",  # "le gouvernement met en cause X"
            # demands on someone: "réclame des explications au distributeur"
            r"réclam\w+",
            # the verb, not the noun: "les exigences de Bruxelles" are Brussels' demands
            r"exig(?:e|es|ent|é|ée|és|ées|eait|eaient|er|era|eront|erait|eraient)\b",
            r"demand\w+\s+des\s+comptes",
            r"somm[ée]\w*\s+de",
            r"opposition\s+(?:à|au|aux)",
            # a vote or an advice against a deal opposes it
            r"vot\w*\s+contre",
            r"recommand\w+\s+de\s+voter\s+contre",
            r"vent\s+debout\s+contre",
            r"hostiles?\s+(?:à|au|aux)",
            r"en\s+froid\s+avec",
            r"bras\s+de\s+fer",
            r"d['’]un\s+mauvais\s+(?:œ|oe)il",
            # "le patron de X attaque Y" (in court, a lawsuit: see there)
            r"attaqu(?:e|ent|ait|aient)\b(?!\s+(?:\S+\s+){0,3}en\s+justice)",
            # pressure put on someone: "sous la pression de ses actionnaires activistes
            # X et Y" (X presses, see PRESSURE_FROM), "fait pression sur le gouvernement"
            # worries voiced about someone: "a fait part de ses inquiétudes sur les projets
            # de Booking", "s'inquiètent des conséquences", "redoutent que le plan de Bosch"
            r"(?:fai\w*|fait|exprim\w*)\s+(?:\S+\s+){0,3}?(?:inquiétudes?|préoccupations?|craintes?)",
            r"s['’]inqui[eéè]t\w*",
            # disappointment with someone: "s'est dit déçu par le retrait de Hammerson"
            r"déçue?s?\s+(?:par|de|du|des|d['’])",
            r"regrett(?:e|ent|é|ait|aient)\b",
            r"redout\w+",
            r"sous\s+la\s+pression",
            r"(?:fai\w*|mett\w*|met|mis\w*)\s+(?:la\s+)?pression\s+sur",
            rf"jug(?:e|es|ent|é|ée|és|ées|eait|eaient|eant)\b{_VERDICT['fr']}",
            rf"qualifi\w*{_VERDICT['fr']}",
        ),
        "en": (
            r"critici\w+",
            r"criticis\w+",
            # "had lost confidence in the board", "no longer has faith in"
            r"(?:lost|no\s+longer\s+(?:has|had|have))\s+(?:all\s+|any\s+)?(?:confidence|faith|trust)\s+in",
            r"denounc\w+",
            # "would challenge the decision", "challenged the attachment": contesting it
            r"challeng(?:e|es|ed|ing)\b",
            # a vote or a proxy adviser's advice against a deal opposes it
            r"vot(?:e|es|ed|ing)\s+against",
            r"recommend(?:s|ed|ing|ations?)?\s+(?:\S+\s+){0,3}?against",
            r"slam\w*",
            r"blast\w*",
            r"complain\w*",
            r"oppos\w+",
            r"attack\w*",
            r"condemn\w*",
            r"thorn\s+in",
            r"speaking\s+(?:up|out)\s+against",
            r"hit\s+out",
            r"lambast\w*",
            r"unfair",
            r"decr(?:y|ies|ied)",
            r"cries\s+foul",
            # demands on someone: "demanded that Apple pay"
            r"demand(?:s|ed|ing)?\b",
            r"opposition\s+to",
            r"at\s+odds\s+with",
            r"feud\w*",
            r"clash\w*",
            r"dispute\s+with",
            r"at\s+loggerheads",
            r"lobb(?:y|ies|ied|ying)\s+against",
            # "under pressure from activist investor X", "a year of pressure on Cerner from
            # X" (X presses, see PRESSURE_FROM), "pressed the board to spin off VMware"
            r"pressure\b(?=\s+(?:on\s+(?:\S+\s+){1,3}?)?from\b)",
            # worries voiced about someone: "raised concerns about the robustness of the
            # group's controls", "was concerned about combining X and Y"
            r"(?:rais|voic|express|flag)\w*\s+(?:\S+\s+){0,3}?concerns?\b(?!\s+with\b)",
            r"(?:concerned|worried)\s+(?:about|over|by|that)\b",
            # disappointment with someone: "was disappointed by Zorblat's decision"
            r"disappointed\s+(?:by|with|in|at|that)\b",
            r"press(?:ed|es)\b(?=\s+(?:\S+\s+){1,4}?(?:to|for)\s)",
            rf"call(?:s|ed|ing)?\b{_VERDICT['en']}",
            rf"describ(?:e|es|ed|ing)\b{_VERDICT['en']}",
            rf"brand(?:s|ed|ing)\b{_VERDICT['en']}",
        ),
    },
    # appeals on someone, neither praise nor blame: "a appelé PSA et Renault à tenir
    # leurs engagements", "urged the watchdog to block it", "called on Apple to"
    T.APPEAL: {
        "fr": (
            *AWAITED_APPROVAL["fr"],
            r"appel(?:le|lent|é|ait|aient|er)\b(?=\s+(?:\S+\s+){1,4}à\s)",
            r"exhort\w+",
            # "a demandé à Carrefour de garantir un dialogue social loyal"
            r"demand(?:e|ent|é|ait|aient|er)\b(?=\s+(?:à|aux?)\s+(?:\S+\s+){1,4}?de\s)",
        ),
        "en": (
            *AWAITED_APPROVAL["en"],
            r"urg(?:es|ed|ing)\b",
            r"call(?:s|ed)?\s+on\b",
        ),
    },
    T.INVESTIGATION: {
        "fr": (
            r"enquête\w*",
            r"enquêt\w+",
            r"investigation\w*",
            r"examin\w+",
            r"se\s+pench\w+\s+sur",
            # (a supervisory board watches no one: "le conseil de surveillance de Vivendi")
            r"(?<!conseil\sde\s)(?<!conseils\sde\s)surveill\w+",
            r"audit(?!eur)\w*",  # (an auditor holds a post, below)
            r"scrut\w+",
            r"ouvert\w*\s+une\s+procédure",
        ),
        "en": (
            r"investigat\w+",
            r"probe\w*",
            r"prob(?:ing|ed)",
            r"look\s+into",
            r"looking\s+into",
            r"scrutin\w+",
            r"inquir\w+",
            r"examin\w+",
            r"audit(?!or)\w*",  # (an auditor holds a post, below)
            r"review\w*\s+of",
        ),
    },
    T.ACCUSATION: {
        "fr": (
            r"accus\w+",
            r"reproche\w*",
            r"soupçonn\w+",
            r"allégation\w*",
            r"violation\w*",
            r"viol\w+",
            r"incrimin\w+",
        ),
        "en": (
            r"accus\w+",
            # "prosecutors charged Dentsu, Hakuhodo and four others with bid-rigging"
            r"charg(?:e|es|ed|ing)\b(?=\s+(?:\S+\s+){1,20}?with\b)",
            r"alleg\w+\s+that",
            r"violat\w+",
            r"breach\w*",
            r"blam(?:e\w*|ing)",
            r"retaliat\w+",
            r"broken\s+them",
            r"charged?\s+with",
        ),
    },
    T.LAWSUIT: {
        "fr": (
            r"poursui\w+\s+en\s+justice",
            r"poursuit",
            r"poursuivi\w*",
            # "ont assigné le groupe Rocher devant la justice": the party summoned between
            r"assign\w+(?:\s+en\s+justice|(?=\s+(?:\S+\s+){1,4}(?:en\s+justice|devant\s+(?:la\s+"
            r"justice|le\s+tribunal|les\s+tribunaux|la\s+cour|le\s+juge))))",
            r"plainte\w*",
            r"procès",
            r"attaqu\w+(?:\s+en\s+justice|(?=\s+(?:\S+\s+){1,3}en\s+justice))",
            r"devant\s+les\s+tribunaux",
            r"litige\w*",
            r"saisi[rt]?\b",
            r"saisira\w*",
            r"recours\s+contre",
            r"(?:fait|faire|fera|ferait|font|feront)\s+appel\s+(?:de|d['’])",
            r"interjet\w+\s+appel\b",
            r"contentieux",
            # "a déposé une demande d'arbitrage contre l'État", "une procédure d'arbitrage"
            r"(?:demande|procédure|requête|recours)\s+(?:en\s+|d['’])arbitrage",
            r"arbitrage\s+(?:international\s+)?contre",
        ),
        "en": (
            r"su(?:e|es|ed|ing)\b",
            # "filed an arbitration claim against Mexico", "took Senegal to arbitration"
            r"arbitration\s+(?:claim|case|proceedings?|request)?\s*against",
            r"(?:filed|lodged|launched|brought|began|initiated)\s+(?:an?\s+)?"
            r"(?:international\s+)?arbitration",
            r"to\s+(?:international\s+)?arbitration",
            r"lawsuit\w*",
            r"litigation",
            r"court\b",
            r"legal\s+action",
            r"complaint\s+(?:against|with)",
            # "filed an unfair labor practice charge against", "criminal charges against"
            r"charges?\s+against",
            r"filed\s+suit",
            r"appeal(?:s|ed|ing)?\s+against",
            r"(?:filed|lodged|launched)\s+an\s+appeal\b",
            # "intended to defend the proceedings brought by the ACCC": fighting a case
            r"defend\w*+(?=" + _A_CASE + ")",
        ),
    },
    T.TALENT_POACHING: {
        # (not the participle set off after the one poached: below, a post held before)
        "fr": (
            r"d(?<!,\sd)ébauch\w+",
            r"recrut\w+\s+\w+\s+(?:chez|d['’]|de)",
            r"attir\w+\s+les\s+talents",
        ),
        "en": (r"p(?<!,\sp)oach\w*", r"hired\s+away", r"lured?\s+away"),
    },
    T.DEPENDENCY_REDUCTION: {
        "fr": (
            r"s['’]éloign\w+",
            r"se\s+distanc\w+",
            r"distanc\w+",
            r"divers\w+",
            r"dépendance",
            # the noun, not the adjective ("un audit indépendant", "un journaliste indépendant")
            r"indépendance",
            r"autonomi\w+",
            r"hors\b",
            r"s['’]affranchi\w+",
            r"se\s+passer\s+de",
            r"au\s+détriment\s+d",
        ),
        "en": (
            r"distanc\w+",
            r"diversif\w+",
            r"reduc\w+\s+(?:its\s+)?(?:reliance|dependence)",
            r"independence",
            r"independent(?:ly)?\s+(?:of|from)\b",
            r"move\w*\s+away",
            # "would migrate its upcoming game away from Unity"
            r"migrat\w*\s+(?:[\w'’-]+\s+){0,4}?away\s+from",
            r"wean\w*",
            r"at\s+the\s+expense\s+of",
            r"switch\w*\s+(?:away\s+)?from",
            r"rel(?:y|ies|iance)\s+less",
        ),
    },
    T.REFUSAL: {
        "fr": (r"refus\w*", r"rejet\w*", r"rejett\w+", r"décline\w*", r"bloqu\w+\s+l['’]accès"),
        "en": (
            r"refus\w+",
            r"reject\w*",
            r"denied",
            r"den(?:y|ies)",
            r"declin(?:es|ed|ing)\b(?!\s+to\s+comment)",
            r"turned\s+down",
            r"snub(?:s|bed|bing)?\b",
            r"overrul\w+",
        ),
    },
    T.THREAT: {
        # a strike (or its notice) is the threat a union makes good: to stop work
        "fr": (
            r"menac\w+",
            r"ultimatum",
            r"représailles",
            r"mis\w*\s+en\s+garde",
            # a formal notice to comply, before a sanction or a lawsuit
            r"(?:mis\w*|met|mettent|mettre|mise)\s+en\s+demeure",
            r"préavis\s+de\s+grève",
            r"grève\s+(?:contre|chez|à)",
            r"en\s+grève\s+(?:contre|chez)",
            r"dégrad\w+\s+(?:la\s+)?note",
        ),
        "en": (
            r"threat\w*",
            r"warn(?:s|ed|ing)?\b(?!\s+that)",
            r"ultimatum",
            r"cease[- ]and[- ]desist",
            r"strik(?:e|es|ing)\s+(?:against|at)",
            r"walk(?:ed)?\s*out\s+(?:at|of)",
            r"downgrad\w+",
        ),
    },
    T.SANCTION: {
        "fr": (
            r"amende\w*",
            r"sanction\w*",
            r"condamn\w+",
            r"interdi\w+",
            r"bloqu\w+",
            # "a opposé son veto à la fusion", "le veto de Bruxelles" (not "un droit de veto")
            r"(?<!droit\sde\s)(?<!droits\sde\s)v[ée]to\b",
            r"pénalit\w+",
            r"confisqu\w+",
            r"droits\s+de\s+douane",
            r"surtax\w+",
            r"infliger\w*",
            r"inflig\w+",
            r"annul\w++" + _OWN_OPERATIONS["fr"],
            r"invalid\w+",
            r"censur\w+",
            r"(?:déclar|jug)\w*\s+(?:\S+\s+){0,3}?(?:inconstitutionnel|contraire\s+à\s+la\s+Constitution)",
            # "le juge a ordonné à Apple de payer", "enjoint à X de cesser": a command
            r"ordonn\w*(?=\s+(?:à|aux?)\s)",
            r"enjoi(?:n|nt)\w*",
            # "a retiré, avec effet immédiat, l'autorisation de l'Ixchiq": an approval
            # taken back
            r"(?:retir|suspend|révoqu|abrog)\w*,?\s+(?:[\w'’-]+,?\s+){0,4}?(?:l['’]|son\s|sa\s|leur\s)"
            r"(?:autorisation|agrément|licence|homologation)",
        ),
        "en": (
            r"fine[ds]?\b",
            r"fining",
            r"penalt\w+",
            r"sanction\w*",
            r"ban(?:s|ned)?\b",
            r"block(?!buster)\w*",
            # "vetoed a planned merger of X's steel business" (not "a veto right")
            r"veto(?:ed|es|ing)?\b(?!\s+(?:rights?|powers?)\b)",
            r"punish\w*",
            # a coercion (CAMEO 1712): "seized PDVSA assets", "the seizure of its tankers"
            # (not "seized on the remarks", "seize the opportunity")
            r"seiz(?:e|es|ed|ing|ures?)\b(?!\s+(?:on|upon|the\s+(?:opportunity|moment|initiative))\b)",
            r"tariffs?",
            r"(?:import|extra|anti-subsidy)\s+duties",
            r"str(?:uck|ikes?|iking)\s+down",
            r"declar\w+\s+(?:\S+\s+){0,3}?unconstitutional",
            # "a jury found CVS, Walgreens and Walmart liable": the cue stops before them
            r"f(?:ound|inds?)\b(?=(?:\s+\S+){1,6}\s+(?:liable|guilty)\b)",
            r"rul(?:ed|es|ing)\s+against",
            # "the court suspended Nexperia's chief executive"
            r"suspend(?:s|ed|ing)?\b" + _OWN_OPERATIONS["en"],
            # "the CFPB ordered Apple and Goldman Sachs to pay": a command, not a purchase
            r"order(?:s|ed)?\b(?=" + _ORDERED_TO + ")",
            # "revoked the vaccine's licence", "withdrew its approval of": taken back
            r"(?:revok|withdr[ae]w|suspend|pull)\w*\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:approval|authori[sz]ation|licen[cs]e|certification)s?\b",
        ),
    },
    T.TERMINATION: {
        "fr": (
            r"met\w*\s+fin",
            r"mettre\s+fin",
            r"mis\s+fin",
            r"rompu",
            r"romp\w+",
            r"résili\w+",
            r"terme\s+à",
            r"suppr\w++" + _OWN_OPERATIONS["fr"],
            r"coupe\w*\s+les\s+ponts",
            r"rupture",
            r"exclu(?!siv)\w*",  # not "exclusivement"
            r"quitt\w+",
            r"viré\w*",
            r"limog\w+",
            r"licenci\w+",
            # a retailer delisting a supplier's goods: "retire les produits X de ses rayons"
            r"retir\w*\s+(?:\S+\s+){0,4}produits",
            r"déréférenc\w+",
            r"retir\w*\s+(?:son|sa|ses|leur|leurs)\s+(?:\S+\s+){0,2}?(?:offre|proposition|soutien|projet)",
        ),
        "en": (
            r"terminat\w+",
            r"end(?:s|ed)\s+(?:its|the|their)",
            r"cut\w*\s+ties",
            r"kill\w*",
            r"scrap\w*",
            r"pull\w*\s+out",
            r"taking\s+out",
            r"fired",
            r"ousted",
            r"remov\w+",
            r"revok\w+",
            r"delist\w*",
            # the cue stops before the maker's name: "pulled Quux products"
            r"pull(?:s|ed|ing)?(?=\s+(?:\S+\s+){0,3}(?:products|goods)\b)",
            # not "its cancellation process"
            r"cancel(?:s|led|ed|ling|ing)?\b" + _OWN_OPERATIONS["en"],
            r"call(?:s|ed|ing)?\s+off",
            r"walk(?:s|ed|ing)?\s+away\s+from",
            r"abandon\w*",
            r"ditch(?:es|ed|ing)?\b",
            # "withdrew its proposal to buy X": a bid or a support taken back (not "withdrew
            # its plan to split itself")
            r"withdr(?:ew|aw|aws|awn|awing)\b(?=\s+(?:its|their|his|her|the)\s+(?:\S+\s+){0,4}?"
            r"(?:bid|offer|proposal|support|backing|endorsement)s?\b)",
        ),
    },
}

# Words that say how a sentence presents what it says, strongest first: a guess
# ("pourrait", "if"), a report of a claim ("selon", the conditional, "allegedly"), a plan
# ("va", "will"); a sentence with none of them asserts.
MODALITY_STEMS: dict[Modality, dict[str, tuple[str, ...]]] = {
    Modality.HYPOTHETICAL: {
        "fr": (r"pourrai\w*", "si", r"s['’]il", r"s['’]ils", r"éventuel\w*", r"potentiel\w*"),
        "en": ("could", "might", "may", "if", "would", r"potential\w*", r"possibl\w+"),
    },
    Modality.REPORTED: {
        "fr": (
            "selon",
            r"d['’]après",
            r"rapport\w+",
            r"affirm\w+",
            r"estim\w+",
            r"\w+rai(?:t|ent)",  # the conditional: "aurait", "seraient"
        ),
        "en": (
            r"according\s+to",
            "reportedly",
            "allegedly",
            r"alleges?",
            "alleged",
            r"claims?",
            "claimed",
            "says",
            "said",
            "told",
            "reported",
            "suggests",
            "writes",
            "calls",
            "noted",
        ),
    },
    Modality.PLANNED: {
        "fr": (
            "va",
            "vont",
            r"compte\w*",
            r"prévoi\w+",
            r"envisag\w+",
            r"projette\w*",
            r"entend\w*",
        ),
        "en": (
            "will",
            r"plans?\s+to",
            r"planning\s+to",
            r"intends?\s+to",
            r"aims?\s+to",
            r"is\s+set\s+to",
            r"are\s+set\s+to",
            r"going\s+to",
        ),
    },
}
NEGATION = {
    "fr": re.compile(r"(?:\bne\b|\bn['’]|\bpas\b|\bjamais\b|\bguère\b|\bsans\b)", re.IGNORECASE),
    "en": re.compile(
        r"(?:\bnot\b|n['’]t\b|\bnever\b|\bno\s+longer\b|\bwithout\b|\bno\b)", re.IGNORECASE
    ),
}
# Who puts the pressure, after the cue: "pressure from X", "pressure on Cerner from X",
# "sous la pression de X" (the group ``pressed``: the words naming the one pressed)
PRESSURE_FROM = {
    "fr": re.compile(r"^\s*(?P<pressed>)(?:d['’]|de\b|des\b|du\b|exercée\s+par\b)", re.IGNORECASE),
    "en": re.compile(r"^\s*(?:on\s+(?P<pressed>(?:\S+\s+){1,3}?))?from\b", re.IGNORECASE),
}
PASSIVE_AGENT = {
    "fr": re.compile(r"^\s*(?:\S+\s+){0,3}?par\b", re.IGNORECASE),
    "en": re.compile(r"^\s*(?:\S+\s+){0,3}?by\b", re.IGNORECASE),
}
# A past participle with its agent and no auxiliary, as in headlines: "Meta fined by X".
PARTICIPLE = {
    "fr": re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$", re.IGNORECASE),
    "en": re.compile(r"(?:ed|en)$", re.IGNORECASE),
}
PASSIVE_AUX = {
    "fr": re.compile(r"\b(?:été|est|sont|a\s+été|ont\s+été|être|se\s+voit)\s*$", re.IGNORECASE),
    "en": re.compile(r"\b(?:is|are|was|were|been|be|being|get|got)\s*$", re.IGNORECASE),
}
BETWEEN = {
    "fr": re.compile(r"^\s*(?:\w+\s+){0,2}?entre\b", re.IGNORECASE),
    "en": re.compile(r"^\s*(?:\w+\s+){0,2}?between\b", re.IGNORECASE),
}


Cue = tuple[int, int, T]
"""A cue found in the text: start, end and relation type."""


class CuePattern:
    """The cues of one language, found by one pattern, each with its relation type.

    Python's engine tries the alternatives of a pattern one by one at every word start;
    with some two hundred stems that was most of the relations stage. The stems are
    grouped by first letter, each group behind a look-ahead on its letter, so that at a
    word start only the stems that can match there are tried, in their order. A stem
    whose first letter cannot be read off (a group, a class) is in every group, and in a
    last one for the word starts no group takes: the matches are those of one flat
    alternation of all the stems.

    The pattern that scans the text has no capturing group: where a pattern has many,
    the engine saves them all at each repeat it tries, which nearly doubled the scan.
    The type of a match is read afterwards, at the match alone, by its letter's group
    with a named group per run of stems of one type.
    """

    def __init__(
        self,
        stems: list[tuple[str, str]],
        kind: Callable[[str], Any] = T,
        whole_words: bool = False,
    ) -> None:
        """``stems`` are (kind value, stem) in order of preference; ``kind`` makes the
        kind of a match from its value; ``whole_words`` ends every stem at a word end."""
        firsts = [_first_letter(stem) for _, stem in stems]
        if whole_words:
            stems = [(value, rf"(?:{stem})\b") for value, stem in stems]
        self._stems = stems
        self._kind = kind
        letters = sorted({first for first in firsts if first is not None})
        pairs = list(zip(stems, firsts, strict=True))
        by_letter: dict[str | None, list[tuple[str, str]]] = {
            letter: [item for item, first in pairs if first in (letter, None)] for letter in letters
        }
        unread = [item for item, first in pairs if first is None]
        groups = [
            rf"(?={re.escape(letter)})(?:{_alternatives(by_letter[letter])})" for letter in letters
        ]
        if unread:
            by_letter[None] = unread
            others = rf"(?![{''.join(map(re.escape, letters))}])" if letters else ""
            groups.append(rf"{others}(?:{_alternatives(unread)})")
        self.scan = re.compile(rf"(?<!\w)(?=\w)(?:{'|'.join(groups)})", re.IGNORECASE)
        self._typed = {
            letter: re.compile(_named(items), re.IGNORECASE) for letter, items in by_letter.items()
        }
        self._letters = frozenset(letters)
        self._latin_letters = all(ord(letter) <= 0xFF for letter in letters)

    def search(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a cue."""
        return self.scan.search(text, start, end) is not None

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, Any]]:
        """The matches of ``text[start:end]`` in order: start, end and kind (the relation
        type of a cue)."""
        end = len(text) if end is None else end
        for match in self.scan.finditer(text, start, end):
            at, stop = match.span()
            yield at, stop, self._type(text, at, stop, end)

    def _type(self, text: str, at: int, stop: int, end: int) -> Any:
        # the letter's group tries, at the match, the stems the scan tried there, in order
        letter = text[at].lower()
        typed = self._typed.get(letter if letter in self._typed else None)
        match = typed.match(text, at, end) if typed is not None else None
        if match is None or match.end() != stop:  # a letter that case folding reads otherwise
            match = self._all.match(text, at, end)
        assert match is not None and match.lastgroup is not None
        return self._kind(match.lastgroup.partition("__")[0])

    @cached_property
    def _all(self) -> re.Pattern[str]:
        return re.compile(_named(self._stems), re.IGNORECASE)

    @cached_property
    def openings(self) -> WordOpenings | None:
        """The words a cue may begin at, by their first letters; None if any may."""
        return word_openings([stem for _, stem in self._stems], re.IGNORECASE)

    def match_at(self, text: str, at: int, end: int) -> tuple[int, int, Any] | None:
        """The match that ``finditer`` would find at ``at``, a word start, if any: start,
        end and kind."""
        char = text[at]
        letter = char.lower()
        if letter in self._letters:
            typed = self._typed[letter]
        elif ord(char) <= 0xFF and self._latin_letters:
            # no group's letter, even as the engine folds case, as within Latin-1 it folds
            # as ``lower`` does: the stems of no readable letter, if any
            unread = self._typed.get(None)
            if unread is None:
                return None
            typed = unread
        else:  # a character case folding may read as some group's letter: all the stems
            typed = self._all
        match = typed.match(text, at, end)
        if match is None:
            return None
        assert match.lastgroup is not None
        return at, match.end(), self._kind(match.lastgroup.partition("__")[0])


# A French reflexive verb's compound tenses put the auxiliary between the pronoun and the
# verb: "s'associe" but "s'est associé", "se sont alliés", "s'était opposé".
_REFLEXIVE = re.compile(r"^(?:s\['’\]|se\\s\+)")
_REFLEXIVE_AUXILIARY = r"s(?:['’]|e\s+)(?:(?:est|était|étaient|sont|serait|seraient|soit)\s+)?"


def _with_compound_tenses(stem: str) -> str:
    """``stem`` widened to the compound tenses when it is a reflexive verb's."""
    match = _REFLEXIVE.match(stem)
    return _REFLEXIVE_AUXILIARY + stem[match.end() :] if match else stem


def cue_stems(language: str) -> list[tuple[str, str]]:
    """(relation type, stem) for every cue of ``language``, in order of preference, with
    the compound tenses of French reflexive verbs."""
    widen = _with_compound_tenses if language == "fr" else str
    return [
        (relation_type.value, widen(stem))
        for relation_type, by_language in CUES.items()
        for stem in by_language.get(language, ())
    ]


@cache
def compile_cues(language: str) -> CuePattern:
    """The cues of ``language``, in one ``CuePattern``."""
    return CuePattern(cue_stems(language))


@cache
def compile_modalities(language: str) -> CuePattern:
    """The words of ``MODALITY_STEMS`` for ``language``, each a whole word, typed by
    their ``Modality``: one scan of a sentence finds them all."""
    return CuePattern(
        [
            (modality.value, stem)
            for modality, by_language in MODALITY_STEMS.items()
            for stem in by_language.get(language, ())
        ],
        Modality,
        whole_words=True,
    )


class SentenceCues:
    """The cues of each sentence of one text, scanned once: the rules and the pair model
    both read every sentence that names two parties, and the scan is most of their time.

    Given the text's tokens, the scan tries the stems only at the word starts whose first
    letters may begin a cue (``CuePattern.openings``), a fifth of them in French news,
    instead of letting the engine try every position: the same cues, found in half to two
    thirds of the time on the speed texts."""

    def __init__(
        self,
        text: str,
        language: str,
        tokens: Tokens | None = None,
        skip: frozenset[int] = frozenset(),
    ) -> None:
        """``skip``: the offsets of words that are no cue there, whatever they say."""
        self.text = text
        self.skip = skip
        self.pattern = compile_cues(language)
        self._found: dict[tuple[int, int], list[Cue]] = {}
        openings = self.pattern.openings if tokens is not None else None
        self._starts = _word_starts(tokens, openings) if tokens and openings else None

    def of(self, start: int, end: int) -> list[Cue]:
        """The cues of ``text[start:end]`` in order, as ``pattern.finditer`` finds them."""
        key = (start, end)
        found = self._found.get(key)
        if found is None:
            found = (
                list(self.pattern.finditer(self.text, start, end))
                if self._starts is None
                else self._at_starts(start, end)
            )
            if self.skip:
                found = [cue for cue in found if cue[0] not in self.skip]
            self._found[key] = found
        return found

    def _at_starts(self, start: int, end: int) -> list[Cue]:
        assert self._starts is not None
        starts, text, match_at = self._starts, self.text, self.pattern.match_at
        found: list[Cue] = []
        after = start  # matches do not overlap: the next starts where the last ended
        for at in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            if at >= after and (cue := match_at(text, at, end)) is not None:
                found.append(cue)
                after = cue[1]
        return found


# Inside a token, a word starts after these: "co-entreprise", "AT&T", "U.S"
_JOINERS = frozenset("-\u2011&.")


def _word_starts(tokens: Tokens, openings: WordOpenings) -> list[int]:
    """The offsets of the word starts of ``tokens`` where a cue may begin, in order: each
    word token's start and, inside a token, the start of each word after a joiner."""
    may_open = openings.may_open
    opening: set[str] = set()
    inner: dict[str, list[int]] = {}
    for word in tokens.vocabulary:
        if not is_word_char(word[0]):
            continue  # punctuation: no word starts there
        if may_open(word):
            opening.add(word)
        if not _JOINERS.isdisjoint(word):
            offsets = [
                i
                for i in range(1, len(word))
                if word[i - 1] in _JOINERS and is_word_char(word[i])
                if may_open(word[i:])
            ]
            if offsets:
                inner[word] = offsets
    starts = tokens.starts
    found = [starts[i] for i in tokens.where(opening)]
    if inner:
        texts = tokens.texts
        found.extend(
            starts[i] + offset for i in tokens.where(set(inner)) for offset in inner[texts[i]]
        )
        found.sort()
    return found


def _first_letter(stem: str) -> str | None:
    """The letter every match of ``stem`` starts with (lower case), if it starts with a
    plain letter: not optional ("s?"), not one side of a top-level "|"."""
    if not stem[:1].isalpha() or stem[1:2] in ("?", "*", "{") or _has_top_level_bar(stem):
        return None
    return stem[0].casefold()


def _has_top_level_bar(stem: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in stem:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _alternatives(items: list[tuple[str, str]]) -> str:
    """The stems as one alternation, in order, with no group."""
    return "|".join(stem for _, stem in items)


def _named(items: list[tuple[str, str]]) -> str:
    """The stems as alternatives, each run of one type in a group named after it (with a
    number: a name may appear once in a pattern)."""
    runs: list[tuple[str, list[str]]] = []
    for value, stem in items:
        if runs and runs[-1][0] == value:
            runs[-1][1].append(stem)
        else:
            runs.append((value, [stem]))
    return "|".join(
        f"(?P<{value}__{next(_GROUP_NUMBERS)}>{'|'.join(stems)})" for value, stems in runs
    )


_GROUP_NUMBERS = itertools.count()
