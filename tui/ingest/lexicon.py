"""Closed word lists for French and English that the rule-based stages lean on.

These are general language facts (function words, titles, months, first names), never
names taken from a particular article.
"""

from __future__ import annotations

from pathlib import Path

# Prepositions, quantifiers and pronouns that open sentences ("Devant le tribunal",
# "Seuls, X et Y", "Nobody expected"): never a name there, but capitalised inside a
# sentence they open one ("l'association None of Your Business", "the studio Nobody
# Studios").
SENTENCE_OPENERS = frozenset(
    """
    devant derrière contre envers auprès près loin jusque voire environ presque quasi
    seul seule seuls seules plusieurs certains certaines quelque quelques divers diverses aucune
    nul nulle rien personne quiconque autrui lequel laquelle lesquels lesquelles
    beaucoup davantage moins trop assez plutôt guère tellement vraiment autrement
    longtemps tard tôt aussitôt partout là oui non mieux car
    across along amongst behind beneath beside toward towards underneath whereby ago
    nobody nothing none someone something somebody everyone everything anyone anything
    several various numerous everywhere nowhere somewhere anywhere hence thereby therefore
    """.split()
)

# Capitalised at a sentence start, never a name on their own.
STOPWORDS = SENTENCE_OPENERS | frozenset(
    """
    a à afin ainsi alors au aucun aujourd aussi autant autre autres aux avant avec ce ceci
    cela celle celui ces cet cette chaque chez comme comment d dans de depuis des dès donc du
    elle elles en encore enfin entre et eux face faute fin finalement hier il ils je jusqu
    l la le les leur leurs lors lui m ma mais malgré me même mes moi mon n ne ni nos notre
    nous on or ou où par parallèlement parce pas pendant peu plus pour pourquoi puis qu quand
    que quel quelle quels qui quoi s sa sans se selon ses si sinon soit son sous suite sur ta
    tandis te tel telle tels tes toi ton tous tout toute toutes très tu un une vers vos votre
    vous y autour déjà désormais ensuite également notamment cependant pourtant toutefois
    néanmoins outre certes bref voici voilà cette celles ceux dont lorsque puisque tant
    quant reste etats états côté chacun chacune parmi début au-delà portée réunis réuni réunie
    après durant hormis hors grâce fort forte forts fortes membre membres bon bonne bons bonnes
    baptisé baptisée baptisés baptisées introduit introduite créé créée fondé fondée proche proches
    propriété filiale détenu détenue détenus détenues contrôlé contrôlée contrôlés contrôlées
    racheté rachetée interrogé interrogée interrogés contacté contactée sollicité sollicitée
    saisi saisie saisis saisies visé visée visés visées accusé accusée accusés accusées
    condamné condamnée condamnés condamnées sanctionné sanctionnée sanctionnés sanctionnées
    poursuivi poursuivie poursuivis poursuivies rattaché rattachée rattachés rattachées
    implanté implantée basé basée nommé nommée confronté confrontée fragilisé fragilisée
    issu issue issus issues élu élue élus élues réélu réélue
    celui-ci celle-ci ceux-ci celles-ci celui-là celle-là ceux-là celles-là
    moi-même toi-même lui-même elle-même soi-même nous-mêmes vous-même vous-mêmes eux-mêmes
    elles-mêmes
    petit-fils petite-fille petits-fils petites-filles arrière-petit-fils fils fille frère
    sœur soeur neveu nièce héritier héritière
    entre-temps peut-être vis-à-vis là-bas ci-dessus ci-dessous au-dessus au-dessous
    the a an and or but if then than that this these those there here it its they them
    their he she his her him we our you your i me my as at by for from in into of on onto
    to with without within about above after again against all also although among any
    because before being below between both during each either every few how however
    instead just later many meanwhile more most much neither never no nor not now once only
    other others outside over perhaps rather since so some still such through thus too under unless
    until up upon very what when where whether which while who whom whose why yet already
    according despite last next new first second third today yesterday tomorrow earlier
    recently indeed moreover furthermore nevertheless nonetheless overall ultimately
    is are was were be been has have had do does did will would can could should may
    might must shall throughout hundreds thousands dozens millions billions
    shares subsidiaries affiliates units filiales
    less fewer nearly almost roughly around approximately back even
    elsewhere separately likewise similarly additionally former currently previously unlike
    besides beyond amid though whereas alongside including excluding except following together
    ailleurs auparavant dorénavant séparément maintenant actuellement alors aussi ainsi
    surtout seulement jamais toujours souvent bientôt
    asked contacted reached speaking responding commenting questioned pressed unable similar
    founded co-founded cofounded created established launched acquired bought owned controlled
    headquartered cofondé cofondée fondés fondées créés créées
    """.split()
)

# Words that may join the capitalised parts of one name: "Bank of America",
# "Conseil de l'Union européenne", "Airlines for Europe", "Procter & Gamble".
CONNECTORS = frozenset(
    "of for de du des la le l d & and y e da do dos das van von der den ten ter di del dei della"
    " delle degli"
    " bin ibn bint"
    # German and Spanish: "Kreditanstalt für Wiederaufbau", "Comisión para el Mercado
    # Financiero", "Comisión Nacional de los Mercados y la Competencia", "Unión por la
    # Patria"
    " für el los las para por"
    # French transliterations: "Mohammed ben Salmane"
    " ben".split()
)

ENGLISH_MONTHS_AND_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    feb apr jun jul aug sep sept oct nov dec
    christmas easter thanksgiving noël pâques toussaint pentecôte
    """.split()
)
"""Words of the calendar, never a party: months, days and holidays ("Christmas",
"les vacances de Pâques")."""
# French writes these in lower case: capitalised, they open a sentence or they are a
# name ("Mars", the confectioner)
FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
FRENCH_MONTHS_AND_DAYS = frozenset(
    (*FRENCH_MONTHS, *"lundi mardi mercredi jeudi vendredi samedi dimanche".split())
)
# French function words ending in s or x, which a phrase may not take for a plural
# adjective after its noun ("les actionnaires lors de", "les subventions dans")
PLURAL_SHAPED_FUNCTION_WORDS = (
    "dans sans sous vers mais puis plus alors depuis après tous toutes dès très pas près "
    "hors lors moins ans fois deux trois désormais toujours jamais parfois ailleurs"
).split()

# Common nouns French and English capitalise, alone never a party: "entrer en Bourse",
# "le président de la République", "vendre sur Internet", "la pandémie de Covid-19", "the
# Court would hear" and "the States' intervention" of a legal filing.
# The people named after a platform too ("Schlep, a YouTuber who ...").
GENERIC_CAPITALISED = frozenset(
    """bourse république internet covid covid-19 court states youtuber youtubers tiktoker
    tiktokers instagrammer instagrammers redditor redditors googler googlers""".split()
)

# Founders in the plural, a title only people hold (not "advisers Glass Lewis and ISS",
# firms): the names listed after it are persons, each holding the role
PLURAL_FOUNDERS = frozenset(
    "founders co-founders cofounders fondateurs cofondateurs co-fondateurs fondatrices"
    " cofondatrices".split()
)
HONORIFICS = frozenset(
    "m mm mme mmes mlle mr mrs ms dr prof sir dame lord lady sheikh cheikh capt".split()
)

# "l'Etat", folded: the State, as French news names its government
STATE_KEYS = frozenset(("etat", "état"))

# The words between a person's name and their father's: "Mohammed bin Salman"
PATRONYMICS = frozenset(("bin", "ibn", "bint", "ben"))

# Titles and roles before or after a person's name: evidence of a person and of a role.
ROLE_WORDS = frozenset(
    """
    ceo cfo cto coo chief executive exec executive president chairman chairwoman chair
    founder cofounder co-founder head director manager spokesperson spokesman spokeswoman
    vice-president vp boss analyst lawyer engineer researcher minister commissioner
    secretary senator governor economist editor reporter partner official chairperson
    pdg président présidente directeur directrice fondateur fondatrice cofondateur
    cofondatrice patron patronne dirigeant dirigeante porte-parole ministre commissaire
    député députée sénateur sénatrice responsable chargé chargée avocat avocate ingénieur
    chercheur chercheuse analyste secrétaire rapporteur rapporteure économiste
    judge juge officer comptroller acting representative democrat republican lawmaker
    mayor mairesse chancellor administrator administratrice assistant général general vice
    gov sen rep deputy
    representatives treasurer trésorier trésorière attorney editor-in-chief vice-président
    vice-présidente leader lecturer professor professeur professeure gouverneur gouverneure
    conseiller conseillère adviser advisor managing procureur procureure prosecutor
    """.split()
)


def is_role_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a title, its "co-", "ex-", "then-", "vice-" and
    "-elect" forms included ("co-CEO", "ex-CEO", "then-President", "Vice-Chancellor",
    "mayor-elect")."""
    if word in ROLE_WORDS:
        return True
    if "-" not in word:
        return False
    for prefix in _ROLE_PREFIXES:
        word = word.removeprefix(prefix)
    return word.removesuffix("-elect") in ROLE_WORDS


_ROLE_PREFIXES = ("co-", "ex-", "then-", "vice-")


# Nouns only a person is called, before the name or in an apposition after it: "le
# milliardaire Len Blavatnik", "Schlep, a YouTuber who ..."
PERSON_NOUNS = frozenset(
    """billionaire billionnaire milliardaire millionaire millionnaire businessman
    businesswoman tycoon magnate oligarch oligarque entrepreneur entrepreneuse youtuber
    youtubeur youtubeuse influencer influenceur influenceuse éleveur éleveuse
    agriculteur agricultrice""".split()
)
# ... and artists, as evidence of a person's kind only: a name may open with one of these
# words ("Sculptor Capital Management", "United Artists")
ARTIST_NOUNS = frozenset(
    """artiste artist artistes artists chanteur chanteuse rappeur rappeuse rapper acteur
    actrice actor actress musicien musicienne musician écrivain écrivaine novelist
    romancier romancière humoriste comedian photographe photographer peintre painter
    sculpteur sculptrice sculptor""".split()
)
# ... and the nouns of kinship, before the name only: "sa veuve Renáta Kellnerová" (after
# it, "Ant Group, la société sœur" is a company's)
KIN_NOUNS = frozenset(
    """veuve veuf widow widower épouse époux wife husband fille fils daughter frère sœur
    soeur brother sister héritier héritière heir heiress father mother nephew niece
    neveu nièce grandson granddaughter""".split()
)

# Common given names in French and English news, and the ~2,000 most common given names
# of news across languages (first_names.txt, one per line, lower case, none that is also
# a common word or a brand: no Will, May, Grace, Ford). A capitalised pair starting with one
# is a person. General knowledge, not a list of any article's people.
FIRST_NAMES = frozenset(
    """
    adam adrian alain alan albert alex alexander alexandre alexandra alice alison amanda amy
    andrew andré andrea andy angela anna anne annie anthony antoine arnaud arthur audrey
    barbara ben benjamin benoît bernard bill bob brad brian bruno camille carl carlos carol
    caroline catherine cathy cécile charles charlotte chris christian christine christophe
    christopher claire claude clément colin craig cyril damien dan daniel danielle david
    dennis denis didier dominique donald doug douglas edward elizabeth ellen emily
    emma emmanuel eric éric erik eva evan florence françois françoise frank françois-xavier
    frédéric gabriel gary george georges gérard gilles greg gregory guillaume hannah harry
    helen hélène henri henry hugo ian isabelle jack jacques james jane jason jean jean-claude
    jean-louis jean-luc jean-marc jean-michel jean-paul jean-pierre jeff jeffrey jennifer
    jensen jérôme jessica jim joe john jonathan jordan joseph josh julia julian julie julien
    justin karen kate katherine keith kelly ken kevin kim larry laura laurent lisa louis
    louise lucas luc lucie lynn marc marco margaret marie marie-claire mark martin mary
    mathieu matt matthew maxime michael michel michelle mike nathalie nicholas nick nicolas
    olivier pascal patricia patrick paul peter phil philip philippe pierre rachel ralph
    raymond rebecca richard robert roger ryan sally sam samuel sandra sarah scott
    sébastien sebastian serge sophie stephen steve steven susan sundar sylvie thierry thomas
    tim timothy tom tony valérie vincent virginie walter william xavier yann yves
    sheryl marissa reed jack travis evan kevin brian shantanu arvind lisa pat andy marc
    mira ilya greg dario demis masayoshi jeff jensen gwynne safra xi vladimir
    ursula margrethe thierry olaf giorgia pedro rishi keir joe kamala nancy chuck
    """.split()
) | frozenset((Path(__file__).with_name("first_names.txt")).read_text(encoding="utf-8").split())

# Legal forms that end a company name: "Epic Games Sweden AB" is a company.
LEGAL_SUFFIXES = frozenset(
    "inc inc. corp corp. corporation ltd ltd. llc plc ag ab sa sas sarl gmbh nv bv spa se "
    "co co. company holdings group groupe limited pte pte. pty pty. llp".split()
)

# Words that, added to a company's name, still name the same company ("Epic" / "Epic
# Games"): anything else ("Microsoft AI") names a different unit.
COMPANY_NAME_TAILS = LEGAL_SUFFIXES | frozenset(
    "games technologies technology labs systems software motors airlines airways "
    "entertainment studios interactive networks communications pharmaceuticals "
    "industries industry international electronics semiconductor platforms management "
    "investments associates advisors advisers retail therapeutics biosciences pharma "
    "healthcare financial bancorp energy brothers bros lines worldwide "
    # "Randgold", "Ivanhoe" of "Randgold Resources", "Ivanhoe Mines"
    "resources mining mines minerals metals petroleum "
    # "Grace Ocean Private Ltd.", "Tata Consultancy Services Private Limited"
    "private "
    # "Mead Johnson Nutrition", "Reckitt Benckiser Group", "Cerberus Capital"
    "capital insurance brands foods automobiles motor engines aerospace materials "
    "aviation nutrition products resorts pictures groep "
    # Japanese company names: "Showa Shell Sekiyu" (petroleum), "Idemitsu Kosan"
    "sekiyu kosan shoji seiyaku kogyo sangyo".split()
)

# Acronyms of common nouns, not of parties: "l'IA", "les GPU", "une API".
GENERIC_ACRONYMS = frozenset(
    """
    ai ia gpu gpus cpu api apis pc r&d ceo cfo cto coo pdg dg ipo ia ml llm llms saas cloud vtc
    web tv usb pdf faq ong ngo pme pib gdp tva vat ca ok hr rh it ui ux os
    sms gps ev evs suv suvs co2 iban rib pin btp tpe eti cdi cdd zip adn dna cfa fcfa lng gnl
    """.split()
)

# What a federal government or its minister is called: "le gouvernement fédéral", "the federal
# government", "le ministre fédéral de l'Industrie"
FEDERAL_WORDS = frozenset(("fédéral", "fédérale", "federal"))

# Nationality and regional adjectives, capitalised in English: "Chinese rival BYD".
DEMONYMS = frozenset(
    """
    american british english french german italian spanish portuguese dutch belgian swiss
    austrian irish scottish welsh swedish norwegian danish finnish polish czech hungarian
    romanian bulgarian greek turkish russian ukrainian chinese japanese korean indian
    pakistani brazilian mexican canadian australian israeli saudi emirati iranian
    taiwanese singaporean vietnamese thai indonesian african european asian western
    eastern northern southern californian texan parisian nordic scandinavian baltic
    français française françaises allemand allemande allemands allemandes américain
    américaine américains américaines britannique britanniques chinois chinoise chinoises
    européen européenne européens européennes japonais japonaise italien italienne
    italiens espagnol espagnole espagnols russe russes indien indienne suisse suisses belge
    belges néerlandais coréen coréenne
    malian nigerien senegalese ivorian ghanaian nigerian kenyan ethiopian congolese
    cameroonian moroccan algerian tunisian egyptian south-african panamanian venezuelan
    colombian peruvian chilean argentinian guyanese cuban philippine filipino
    malaysian bangladeshi kazakh qatari kuwaiti lebanese syrian iraqi jordanian libyan
    serbian croatian slovenian slovak estonian latvian lithuanian icelandic luxembourgish
    albanian bosnian macedonian montenegrin cypriot maltese belarusian moldovan armenian
    azerbaijani uzbek afghan nepalese mongolian ecuadorian bolivian paraguayan uruguayan
    jamaican haitian guatemalan honduran zimbabwean zambian angolan mozambican tanzanian
    ugandan rwandan sudanese somali
    serbe serbes croate croates slovène slovaque tchèque tchèques polonais polonaise
    hongrois hongroise roumain roumaine grec grecque turc turque ukrainien ukrainienne
    israélien israélienne iranien iranienne saoudien saoudienne égyptien égyptienne
    marocain marocaine algérien algérienne tunisien tunisienne brésilien brésilienne
    mexicain mexicaine chilien chilienne canadien canadienne australien australienne
    suédois suédoise norvégien norvégienne danois danoise finlandais finlandaise
    irlandais irlandaise portugais portugaise autrichien autrichienne luxembourgeois
    luxembourgeoise taïwanais taïwanaise singapourien singapourienne vietnamien
    vietnamienne thaïlandais thaïlandaise indonésien indonésienne néerlandaise
    africain africaine nigérian nigériane sénégalais sénégalaise ivoirien ivoirienne
    malien malienne camerounais camerounaise ghanéen ghanéenne kényan kényane
    sud-africain sud-africaine sud-coréen sud-coréenne nord-coréen nord-coréenne
    """.split()
)
# The first parts of compound nationalities: "Anglo-Australian", "franco-allemand"
_COMBINING_FORMS = frozenset(
    "anglo franco sino euro afro indo italo germano hispano russo austro luso greco nippo"
    " americano américano".split()
)


def is_demonym(key: str) -> bool:
    """Whether the folded ``key`` is a nationality, compound ones included
    ("anglo-australian", "franco-allemande")."""
    if key in DEMONYMS:
        return True
    parts = key.split("-")
    return (
        len(parts) > 1
        and parts[-1] in DEMONYMS
        and all(part in DEMONYMS or part in _COMBINING_FORMS for part in parts[:-1])
    )
