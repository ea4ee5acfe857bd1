"""A small general gazetteer: well-known regulators, media, companies, places, HQ cities.

It only settles *kinds* and periphrases for names the text itself contains; it never adds
an entity that the article does not mention. Everything here is general knowledge.
"""

from __future__ import annotations

from tui.model import EntityKind

REGULATORS = (
    frozenset(
        """
    FTC SEC DOJ FCC FDA CFPB FAA NHTSA EPA CMA FCA ICO Ofcom CNIL Arcep AMF ACPR ARCOM Arcom
    DGCCRF ANSSI EDPB EDPS BaFin Bundeskartellamt ESMA EBA ECB BCE CNMC AGCM CNIL ACM
    Fed OCC FDIC PRA EASA DGAC CRE EMA ANSM
    """.split()
    )
    | frozenset(
        (
            "Federal Trade Commission",
            "Securities and Exchange Commission",
            "Department of Justice",
            "Justice Department",
            "Federal Communications Commission",
            "Competition and Markets Authority",
            "Financial Conduct Authority",
            "European Commission",
            "Commission européenne",
            "Autorité de la concurrence",
            "Autorité des marchés financiers",
            "European Data Protection Board",
            "Information Commissioner's Office",
            "Federal Reserve",
            "Banque de France",
            "Bank of England",
            "Bank of Japan",
            "Bundesbank",
            "Banque centrale européenne",
            "European Central Bank",
            "Office of the Comptroller of the Currency",
            "Consumer Financial Protection Bureau",
            "Federal Deposit Insurance Corporation",
            "Prudential Regulation Authority",
            "Federal Aviation Administration",
            "European Union Aviation Safety Agency",
            "Commission de régulation de l'énergie",
            "European Medicines Agency",
            "Food and Drug Administration",
            "National Highway Traffic Safety Administration",
            "Environmental Protection Agency",
            "National Labor Relations Board",
            "Swiss National Bank",
            "Committee on Foreign Investment in the United States",
            "Takeover Panel",
            "Office of Fair Trading",
            "Bureau of Competition",
            "Bureau of Consumer Protection",
            # central banks and market regulators of the large economies
            "People's Bank of China",
            "Banque populaire de Chine",
            "State Administration for Market Regulation",
            "Reserve Bank of India",
            "Securities and Exchange Board of India",
            "Banque nationale suisse",
            "Bank of Canada",
            "Banque du Canada",
            "Reserve Bank of Australia",
            "Bank of Korea",
            "Financial Supervisory Service",
        )
    )
    | frozenset("FINMA SNB CFIUS NLRB Anses CNPD UOKiK KFTC JFTC CADE".split())
    | frozenset("PBoC PBOC SAMR RBI SEBI CSRC".split())
)

# Words in a name that make it a regulator: "Australian Competition and Consumer Commission".
REGULATOR_HEADS = frozenset(
    "commission authority autorité agency agence regulator régulateur gendarme "
    "ombudsman watchdog adjudicator directorate"
    # as Spanish, Portuguese and Italian name them: "Comisión Nacional del Mercado de
    # Valores", "Autorità Garante della Concorrenza e del Mercato"
    " comisión comissão commissione autoridad autoridade autorità agencia agenzia".split()
)

# Supranational bodies that the convention treats as regulators when they act as one.
UNIONS = frozenset(("EU", "UE", "European Union", "Union européenne"))

MEDIA = frozenset(
    (
        "Reuters",
        "Bloomberg",
        "AFP",
        "Associated Press",
        "AP",
        "The Verge",
        "TechCrunch",
        "Wired",
        "CNBC",
        "CNN",
        "BBC",
        "Financial Times",
        "FT",
        "Wall Street Journal",
        "WSJ",
        "New York Times",
        "Washington Post",
        "The Guardian",
        "Axios",
        "Semafor",
        "Le Monde",
        "Canard enchaîné",
        "Les Echos",
        "Le Figaro",
        "Libération",
        "Le Parisien",
        "BFM",
        "BFMTV",
        "franceinfo",
        "L'Informé",
        "Challenges",
        "La Tribune",
        "Politico",
        "Handelsblatt",
        "Nikkei",
    )
)

# Seats of government and public bodies named like places or people: organisations.
INSTITUTIONS = frozenset(
    (
        "White House",
        "Maison-Blanche",
        "Maison Blanche",
        "Kremlin",
        "Élysée",
        "Matignon",
        "Bercy",
        "Downing Street",
        "Pentagon",
        "Congress",
        "Senate",
        "Sénat",
        "Assemblée nationale",
        "Bundestag",
        "Parlement européen",
        "European Parliament",
        "Conseil d'État",
        "Supreme Court",
        "Cour de cassation",
        "Conseil constitutionnel",
        "Cour des comptes",
        "Caisse des dépôts",
        "Caisse des dépôts et consignations",
        "Caisse de dépôt et placement du Québec",
        "General Court",
        "Court of Justice",
        "Cour de justice de l'Union européenne",
        "Court of Justice of the European Union",
        # French parties, named with lower-case words
        "Rassemblement national",
        "La France insoumise",
        "France insoumise",
        "Parti socialiste",
        "Parti communiste",
        "Front national",
        "Les Républicains",
        "Les Écologistes",
    )
)

# Unions, consumer groups and employers' federations that news quotes as parties.
# French political parties, whose names take an article or a lower-case adjective
POLITICAL_PARTIES = frozenset(
    (
        "Les Républicains",
        "La France insoumise",
        "Rassemblement national",
        "Parti socialiste",
        "Parti communiste français",
        "Ensemble pour la République",
        "Europe Écologie Les Verts",
        "Les Écologistes",
        "Renaissance",
        "Horizons",
        "MoDem",
        "Reconquête",
    )
)

ASSOCIATIONS = frozenset(
    (
        "CGT",
        "CFDT",
        "Force ouvrière",
        "CFE-CGC",
        "CFTC",
        "Unsa",
        "Solidaires",
        "FNSEA",
        "Confédération paysanne",
        "Coordination rurale",
        "Copa-Cogeca",
        "Medef",
        "CPME",
        "UFC-Que Choisir",
        "CLCV",
        "Foodwatch",
        "BEUC",
        "Teamsters",
        "UAW",
        "United Auto Workers",
        "AFL-CIO",
        "SAG-AFTRA",
        "Writers Guild of America",
        "Unite",
        "Unison",
        "IG Metall",
        "Verdi",
    )
)

# Well-known companies, so that a bare name with no cue still gets the right kind.
COMPANIES = frozenset(
    """
    Microsoft Google Alphabet Amazon Meta Nvidia Intel AMD Qualcomm Arm IBM Oracle
    Salesforce Adobe Netflix Tesla SpaceX OpenAI Anthropic DeepMind Mistral Samsung Sony
    Huawei Tencent Alibaba Baidu ByteDance TikTok Xiaomi Uber Airbnb Spotify PayPal Visa
    Mastercard Cisco Dell HP Lenovo SAP Siemens Ericsson Nokia Orange SFR Bouygues Free
    Iliad Renault Stellantis Airbus Boeing Thales Dassault Capgemini Atos Ubisoft Vivendi
    LVMH TotalEnergies BNP Société Générale Crédit Agricole AXA Safran Michelin Carrefour
    Danone L'Oréal Sanofi Pfizer Moderna Nintendo Valve SoftBank TSMC ASML
    Broadcom Dropbox Snap Pinterest Reddit Shopify Stripe Zoom Slack LinkedIn GitHub Yahoo
    Roche Novartis AstraZeneca Merck GSK Bayer Lilly Walmart Honeywell Bosch Valeo
    Volkswagen BMW Mercedes-Benz Toyota Hyundai BYD
    """.split()
) | frozenset(
    (
        "Société Générale",
        "Crédit Agricole",
        "Goldman Sachs",
        "Morgan Stanley",
        "Eli Lilly",
        "Novo Nordisk",
        "Johnson & Johnson",
        # a lower-case word inside: "Seven & i" would be cut to "Seven"
        "Seven & i Holdings",
        "Seven & i",
        "JPMorgan Chase",
        "Wells Fargo",
        "Bank of America",
        "Just Eat Takeaway.com",
        "Just Eat",
        # brands written as a possessive, whose "'s" English text would cut off
        "Moody's",
        "McDonald's",
        "Kellogg's",
        "Sainsbury's",
        "Macy's",
        "Domino's",
        "Wendy's",
        "Lloyd's",
        "Kohl's",
        "Dillard's",
        "Hershey's",
        "Sotheby's",
        "Christie's",
        "Trader Joe's",
        "Ben & Jerry's",
        "Levi's",
        "JDE Peet's",
        "Peet's",
        "Lowe's",
        "Denny's",
        "Applebee's",
        "Arby's",
        "Chili's",
        "Claire's",
        "Dick's Sporting Goods",
        # companies named after a person, which the text would otherwise take for one
        "Walt Disney",
        "Ralph Lauren",
        "Yves Saint Laurent",
        "Saint Laurent",
        "Louis Vuitton",
        "Christian Dior",
        "Giorgio Armani",
        "Hugo Boss",
        "Calvin Klein",
        "Tommy Hilfiger",
        "Michael Kors",
        "Kate Spade",
        "Jimmy Choo",
        "Marc Jacobs",
        "Stuart Weitzman",
        "Estée Lauder",
        "Leroy Merlin",
        "Rémy Cointreau",
        "Pernod Ricard",
        "Axel Springer",
        "Charles Schwab",
        "Procter & Gamble",
        "Rolls-Royce",
        "Aston Martin",
        "Harley-Davidson",
    )
)

# Well-known products and services, named like companies but owned by one.
PRODUCTS = frozenset(
    """
    WhatsApp Instagram YouTube Gmail Chrome Android iOS iPhone iPad macOS Windows Azure
    Outlook Bing Copilot ChatGPT Gemini Claude Alexa Siri Kindle Xbox PlayStation Safari
    Photoshop Excel PowerPoint Facebook Messenger Threads Fortnite Minecraft TGV Ouigo
    """.split()
) | frozenset(("Prime Video", "Call of Duty", "Apple TV+", "Disney+", "Game Pass"))

# Well-known legal texts and schemes named by acronym or short title: texts, whatever
# their capitals ("le DSA", "HIPAA violations", "the Dodd-Frank law").
LAWS = frozenset(
    """
    DSA DMA RGPD GDPR DORA MiCA CSRD CSDDD NIS2 PSD2 Egalim Arenh HIPAA FCPA COPPA CCPA
    DMCA Dodd-Frank Sarbanes-Oxley Obamacare
    """.split()
) | frozenset(
    (
        "AI Act",
        "Data Act",
        "Digital Services Act",
        "Digital Markets Act",
        "Inflation Reduction Act",
        "CHIPS Act",
        "Sherman Act",
        "Clayton Act",
        "Affordable Care Act",
        "Patriot Act",
        "Loi Evin",
    )
)

PLACES = (
    frozenset(
        """
    Atlantic Pacific Atlantique Pacifique Méditerranée Mediterranean Arctic Arctique Golfe
    Baltique Baltic Pyrénées Pyrenees Alpes Alps Havre
    Alabama Alaska Arizona Arkansas Colorado Connecticut Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Utah Vermont Virginia Wisconsin Wyoming Phoenix Dallas Houston
    Atlanta Denver Miami Detroit Philadelphia Toronto Montréal Montreal Vancouver Sydney
    Mumbai Bangalore Dubai Zurich Munich Stockholm Oslo Copenhagen Helsinki Warsaw Prague
    Vienna Vienne Budapest Lisbonne Lisbon Barcelone Barcelona Milan Naples Bruxelles
    France Allemagne Germany Italie Italy Espagne Spain Portugal Belgique Belgium Suisse
    Switzerland Royaume-Uni UK Britain Irlande Ireland Pays-Bas Netherlands Pologne Poland
    Suède Sweden Norvège Norway Danemark Denmark Finlande Finland Autriche Austria Grèce
    Greece Hongrie Hungary Roumanie Romania Bulgarie Bulgaria Ukraine Russie Russia Chine
    China Japon Japan Corée Korea Inde India Brésil Brazil Canada Mexique Mexico Australie
    Australia Israël Israel Turquie Turkey Taïwan Taiwan Singapour Singapore États-Unis
    USA US U.S U.K UK Amérique America Europe Asie Asia Afrique Africa Paris Londres London Berlin
    Bruxelles Brussels Washington Pékin Beijing Shanghai Tokyo Séoul Seoul Moscou Moscow
    Genève Geneva Luxembourg Dublin Amsterdam Madrid Rome Milan Lyon Marseille Toulouse
    Bordeaux Lille Nantes California Californie Texas Delaware Seattle Austin Boston
    Chicago Shenzhen
    """.split()
    )
    | frozenset(
        (
            "Royaume-Uni",
            "États-Unis",
            "Etats-Unis",
            "United States",
            "United Kingdom",
            "Hong Kong",
            "Silicon Valley",
            "New York",
            "New York City",
            "The Hague",
            "La Haye",
            "San Francisco",
            "Los Angeles",
            "Corée du Sud",
            "South Korea",
            "Gulf of Mexico",
            "golfe du Mexique",
            "Wall Street",
            "tour Eiffel",
            "Tour Eiffel",
            "Eiffel Tower",
            "Vieux Continent",
            # the world's regions
            "Amérique du Nord",
            "Amérique du Sud",
            "Amérique latine",
            "North America",
            "South America",
            "Latin America",
            "Moyen-Orient",
            "Middle East",
            "Asie du Sud-Est",
            "Southeast Asia",
            "Afrique du Nord",
            "North Africa",
            "Afrique subsaharienne",
            "sub-Saharan Africa",
            "Europe de l'Est",
            "Eastern Europe",
            "Europe de l'Ouest",
            "Western Europe",
            "Europe du Nord",
            "Northern Europe",
            "Europe du Sud",
            "Southern Europe",
            "Europe centrale",
            "Central Europe",
            "Afrique de l'Ouest",
            "West Africa",
            "Afrique de l'Est",
            "East Africa",
            "Afrique australe",
            "Southern Africa",
            "Asie centrale",
            "Central Asia",
            "Asie du Sud",
            "South Asia",
            "Hexagone",
            # France's neighbours, named from France: Germany, Britain, the Americas, Belgium
            "Outre-Rhin",
            "Outre-Manche",
            "Outre-Atlantique",
            "Outre-Quiévrain",
        )
    )
    | frozenset(
        # France's regions and departments and its prefectures and large towns; the nations
        # and provinces, and the large cities, of the countries the news most speaks of.
        # Names that are also given names or companies ("Orange", "Nancy", "Florence", "Gap")
        # are left out; departments named like common words ("Lot", "Somme") are in: a
        # capitalised "Somme" opening a sentence is a place, and a place is no party.
        """
    Auvergne-Rhône-Alpes Bourgogne-Franche-Comté Bretagne Corse Grand-Est
    Hauts-de-France Île-de-France Normandie Nouvelle-Aquitaine Occitanie Guadeloupe
    Martinique Guyane Mayotte Alsace Picardie Auvergne Limousin Provence
    Ardèche Ardennes Ariège Aveyron Calvados Cantal Charente-Maritime Corrèze Côte-d'Or
    Côtes-d'Armor Creuse Dordogne Doubs Drôme Eure-et-Loir Finistère Haute-Garonne Gers
    Gironde Hérault Ille-et-Vilaine Indre-et-Loire Isère Jura Loir-et-Cher Haute-Loire
    Loire-Atlantique Loiret Lot-et-Garonne Lozère Maine-et-Loire Haute-Marne Mayenne
    Meurthe-et-Moselle Morbihan Moselle Nièvre Pas-de-Calais Puy-de-Dôme
    Pyrénées-Atlantiques Hautes-Pyrénées Pyrénées-Orientales Bas-Rhin Haut-Rhin Rhône
    Haute-Saône Saône-et-Loire Sarthe Savoie Haute-Savoie Seine-Maritime Seine-et-Marne
    Yvelines Deux-Sèvres Tarn-et-Garonne Vaucluse Vendée Haute-Vienne Vosges Essonne
    Hauts-de-Seine Seine-Saint-Denis Val-de-Marne Val-d'Oise Alpes-Maritimes
    Bouches-du-Rhône Alpes-de-Haute-Provence Hautes-Alpes Haute-Corse Corse-du-Sud
    Strasbourg Montpellier Rennes Reims Toulon Grenoble Dijon Angers Nîmes Villeurbanne
    Clermont-Ferrand Aix-en-Provence Brest Amiens Limoges Annecy Perpignan Metz Besançon
    Orléans Rouen Mulhouse Caen Roubaix Tourcoing Dunkerque Avignon Poitiers Pau Calais
    Cannes Antibes Béziers Colmar Bourges Quimper Troyes Chambéry Niort Lorient Vannes
    Saint-Nazaire Cherbourg Belfort Chartres Évry Cergy Versailles Nanterre Créteil
    Bobigny Saint-Denis Boulogne-Billancourt Issy-les-Moulineaux Puteaux Ajaccio Bastia
    Valenciennes Arras Douai Saint-Étienne Saint-Etienne
    Angoulême Périgueux Agen Tarbes Montauban Albi Rodez Carcassonne Narbonne Sète
    Valence Mâcon Auxerre Nevers Vesoul Épinal Bar-le-Duc Charleville-Mézières Laon
    Beauvais Évreux Alençon Saint-Lô Saint-Brieuc Blois Châteauroux Guéret Tulle Cahors
    Mende Foix Auch Mont-de-Marsan Montluçon Aurillac
    Gard Tarn Var Aude Aisne Allier Charente Landes Oise Orne Yonne Marne Meuse Somme Eure
    Indre Loire Nord Ain Aube Lot Cher Manche
    England Scotland Wales Angleterre Écosse Ecosse Galles Quebec Québec Ontario Alberta
    Manitoba Saskatchewan Bavaria Bavière Catalonia Catalogne Lombardy Lombardie Flanders
    Flandre Wallonia Wallonie Andalusia Andalousie Tuscany Toscane Saxony Saxe Hesse
    Newark Baltimore Pittsburgh Minneapolis Nashville Sacramento Honolulu Anchorage
    Portland Tampa Cincinnati Milwaukee Indianapolis Columbus Memphis Louisville Richmond
    Ottawa Calgary Edmonton Winnipeg Manchester Birmingham Liverpool Leeds Glasgow
    Edinburgh Édimbourg Cardiff Belfast Frankfurt Francfort Hamburg Hambourg Cologne
    Düsseldorf Stuttgart Dresden Dresde Leipzig Hanover Hanovre Bremen Brême Rotterdam
    Antwerp Anvers Ghent Gand Liège Gothenburg Göteborg Malmö Turin Bologna Bologne Venice
    Venise Genoa Gênes Porto Seville Séville Valencia Bilbao Athens Athènes Istanbul Ankara
    Cairo Lagos Nairobi Johannesburg Casablanca Rabat Tunis Algiers Alger Dakar Abidjan
    Riyadh Riyad Doha Tel-Aviv Jerusalem Jérusalem Tehran Téhéran Karachi Delhi Chennai
    Hyderabad Kolkata Bangkok Jakarta Manila Manille Hanoi Osaka Kyoto Busan Taipei
    Guangzhou Hangzhou Chongqing Wuhan Tianjin Dongguan Shenyang Melbourne Brisbane
    Auckland Bogotá Bogota Caracas Kyiv Kiev Kharkiv Minsk Vilnius Riga Tallinn Bratislava
    Ljubljana Zagreb Belgrade Bucarest Bucharest Varsovie Cracovie Krakow Gdansk
    """.split()
    )
    | frozenset(
        (
            "New Jersey",
            "New Mexico",
            "New Hampshire",
            "North Carolina",
            "South Carolina",
            "North Dakota",
            "South Dakota",
            "West Virginia",
            "Rhode Island",
            "District of Columbia",
            "British Columbia",
            "Northern Ireland",
            "Irlande du Nord",
            "Pays de la Loire",
            "Provence-Alpes-Côte d'Azur",
            "Côte d'Azur",
            "Centre-Val de Loire",
            "Grand Est",
            "Fort Lauderdale",
            "San Diego",
            "San Jose",
            "Las Vegas",
            "Salt Lake City",
            "Kansas City",
            "St. Louis",
            "New Orleans",
            "New Delhi",
            "Tel Aviv",
            "Abu Dhabi",
            "Kuala Lumpur",
            "Ho Chi Minh City",
            "Cape Town",
            "Le Caire",
            "São Paulo",
            "Sao Paulo",
            "Rio de Janeiro",
            "Buenos Aires",
            "Mexico City",
        )
    )
)

# Countries, and the few other places that act in the news as states do (the EU's
# members, "la Pologne s'oppose", "China retaliated"; "California voters"): a place
# outside this list is where something happens, not a party.
COUNTRIES = frozenset(
    """
    France Allemagne Germany Italie Italy Espagne Spain Portugal Belgique Belgium Suisse
    Switzerland Royaume-Uni UK Britain Irlande Ireland Pays-Bas Netherlands Pologne Poland
    Suède Sweden Norvège Norway Danemark Denmark Finlande Finland Autriche Austria Grèce
    Greece Hongrie Hungary Roumanie Romania Bulgarie Bulgaria Ukraine Russie Russia Chine
    China Japon Japan Corée Korea Inde India Brésil Brazil Canada Mexique Mexico Australie
    Australia Israël Israel Turquie Turkey Taïwan Taiwan Singapour Singapore États-Unis
    Etats-Unis USA US U.S U.K Luxembourg Argentine Argentina Uruguay Paraguay Chili Chile
    Égypte Egypt Iran Irak Iraq Arabie Qatar Émirats Nigeria Kenya Vietnam Indonésie
    Indonesia Malaisie Malaysia Thaïlande Thailand Pakistan Tchéquie Czechia Slovaquie
    Slovakia Slovénie Slovenia Croatie Croatia Serbie Serbia Estonie Estonia Lettonie Latvia
    Lituanie Lithuania Chypre Cyprus Malte Malta Islande Iceland Maroc Morocco Algérie
    Algeria Tunisie Tunisia California Californie Texas
    Panama Guyana Venezuela Colombia Colombie Peru Pérou Ecuador Équateur Bolivia Bolivie
    Cuba Philippines Bangladesh Myanmar Cambodia Cambodge Kazakhstan Ouzbékistan Uzbekistan
    Azerbaïdjan Azerbaijan Arménie Armenia Biélorussie Belarus Moldavie Moldova Liban
    Lebanon Jordanie Syrie Syria Yémen Yemen Oman Koweït Kuwait Bahreïn Bahrain Libye Libya
    Soudan Sudan Éthiopie Ethiopia Ghana Sénégal Senegal Niger Mali Cameroun Cameroon Congo
    Angola Mozambique Tanzanie Tanzania Ouganda Uganda Zambie Zambia Zimbabwe Namibie Namibia
    Botswana Rwanda Madagascar Gabon Bénin Benin Togo Mauritanie Mauritania Afghanistan
    Mongolie Mongolia Népal Nepal Laos Albanie Albania Macédoine Monténégro Montenegro
    Bosnie Bosnia Kosovo Géorgie Groenland Greenland
    Andorre Andorra Bahamas Barbade Barbados Belize Bhoutan Bhutan Brunei Burundi Tchad
    Comores Comoros Djibouti Dominique Dominica Érythrée Eritrea Eswatini Fidji Fiji Gambie
    Gambia Grenade Grenada Guatemala Guinée Guinea Guinée-Bissau Guinea-Bissau Haïti Haiti
    Honduras Jamaïque Jamaica Kiribati Kirghizistan Kyrgyzstan Lesotho Liberia Libéria
    Liechtenstein Malawi Maldives Maurice Mauritius Micronésie Micronesia Monaco Nauru
    Nicaragua Palaos Palau Samoa Seychelles Somalie Somalia Suriname Tadjikistan Tajikistan
    Tonga Turkménistan Turkmenistan Tuvalu Vanuatu Czechia Macedonia Salvador
    """.split()
) | frozenset(
    (
        "Sri Lanka",
        "Costa Rica",
        "Corée du Nord",
        "North Korea",
        "Burkina Faso",
        "Côte d'Ivoire",
        "Ivory Coast",
        "République démocratique du Congo",
        "United Arab Emirates",
        "Émirats arabes unis",
        "United States",
        "United Kingdom",
        "Corée du Sud",
        "South Korea",
        "Arabie saoudite",
        "Saudi Arabia",
        "Afrique du Sud",
        "South Africa",
        "Nouvelle-Zélande",
        "New Zealand",
        # (not "Chad" nor "Jordan", given names in English; "Tchad", "Jordanie" are above)
        "Antigua and Barbuda",
        "Antigua-et-Barbuda",
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Cape Verde",
        "Cap-Vert",
        "Central African Republic",
        "République centrafricaine",
        "Czech Republic",
        "République tchèque",
        "Dominican Republic",
        "République dominicaine",
        "El Salvador",
        "Equatorial Guinea",
        "Guinée équatoriale",
        "North Macedonia",
        "Macédoine du Nord",
        "Papua New Guinea",
        "Papouasie-Nouvelle-Guinée",
        "San Marino",
        "Saint-Marin",
        "Sierra Leone",
        "South Sudan",
        "Soudan du Sud",
        "Trinidad and Tobago",
        "Trinité-et-Tobago",
        "Îles Salomon",
        "Solomon Islands",
        "Marshall Islands",
        "Îles Marshall",
        "Timor-Leste",
        "East Timor",
        "Timor oriental",
        "Saint Lucia",
        "Sainte-Lucie",
    )
)
COUNTRY_KEYS = frozenset(name.casefold() for name in COUNTRIES)

# Where well-known companies have their headquarters: "le géant de Redmond".
HQ_CITIES: dict[str, tuple[str, ...]] = {
    "redmond": ("Microsoft",),
    "cupertino": ("Apple",),
    "mountain view": ("Google", "Alphabet"),
    "menlo park": ("Meta", "Facebook"),
    "seattle": ("Amazon",),
    "santa clara": ("Nvidia", "Intel"),
    "armonk": ("IBM",),
    "austin": ("Tesla", "Oracle"),
    "palo alto": ("HP", "Tesla"),
    "shenzhen": ("Huawei", "Tencent"),
    "hangzhou": ("Alibaba",),
    "séoul": ("Samsung",),
    "seoul": ("Samsung",),
    "suwon": ("Samsung",),
    "boulogne-billancourt": ("Renault",),
    "walldorf": ("SAP",),
    "los gatos": ("Netflix",),
    "san francisco": ("OpenAI", "Salesforce", "Uber", "Anthropic"),
    "kyoto": ("Nintendo",),
    "tokyo": ("Sony", "SoftBank"),
    "burbank": ("Disney", "Warner Bros."),
    "wolfsburg": ("Volkswagen",),
    "stuttgart": ("Mercedes-Benz", "Porsche", "Bosch"),
    "munich": ("BMW", "Siemens", "Allianz"),
    "bentonville": ("Walmart",),
    "dearborn": ("Ford",),
    "detroit": ("General Motors",),
    "atlanta": ("Coca-Cola", "Delta Air Lines"),
    "leverkusen": ("Bayer",),
    "bâle": ("Novartis", "Roche"),
    "basel": ("Novartis", "Roche"),
    "vevey": ("Nestlé",),
    "veldhoven": ("ASML",),
    "eindhoven": ("Philips",),
    "espoo": ("Nokia",),
    "toulouse": ("Airbus",),
    "clermont-ferrand": ("Michelin",),
    "omaha": ("Berkshire Hathaway",),
    "hawthorne": ("SpaceX",),
}


def _fold(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.casefold() for n in names)


# French newsrooms often drop the accents of capitals: "Conseil d'Etat", "Etats-Unis".
_PLAIN_CAPITALS = str.maketrans("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ", "AAACEEEEIIOOUUU")


def _with_plain_capitals(names: frozenset[str]) -> frozenset[str]:
    """``names`` folded, each also as written with unaccented capitals."""
    return _fold(names) | _fold(frozenset(n.translate(_PLAIN_CAPITALS) for n in names))


# Armed and militant groups named in business news (payments, sanctions, attacks): a name
# that opens with a common word ("État", "State") and would otherwise lose its second word
ARMED_GROUPS = frozenset(
    (
        "État islamique",
        "Islamic State",
        "Daech",
        "Daesh",
        "Al-Qaïda",
        "Al-Qaida",
        "al-Qaida",
        "al-Qaeda",
        "Al-Qaeda",
        "Hamas",
        "Hezbollah",
        "Boko Haram",
        "Taliban",
    )
)

# Recurring events named with lower-case words, which the capitals alone would cut short
# ("Coupe" of "la Coupe du monde de rugby", "Jeux" of "les Jeux olympiques")
EVENTS = frozenset(
    (
        "Coupe du monde",
        "Coupe du monde de rugby",
        "Coupe du monde de football",
        "Coupe du monde féminine",
        "Jeux olympiques",
        "Jeux paralympiques",
        "Jeux olympiques et paralympiques",
        "Tour de France",
        "World Cup",
        "Rugby World Cup",
        "Women's World Cup",
        "Olympic Games",
        "Paralympic Games",
        "Super Bowl",
    )
)

KNOWN_KINDS: dict[str, EntityKind] = {}
for _names, _kind in (
    (COMPANIES, EntityKind.ORG),
    (ARMED_GROUPS, EntityKind.ORG),
    (INSTITUTIONS, EntityKind.ORG),
    (ASSOCIATIONS, EntityKind.ORG),
    (POLITICAL_PARTIES, EntityKind.ORG),
    (MEDIA, EntityKind.ORG),
    (PLACES, EntityKind.PLACE),
    (PRODUCTS - COMPANIES, EntityKind.PRODUCT),
    (LAWS, EntityKind.OTHER),
    (EVENTS, EntityKind.EVENT),
    (REGULATORS, EntityKind.REGULATOR),
    (UNIONS, EntityKind.REGULATOR),
):
    for _name in _with_plain_capitals(_names):
        KNOWN_KINDS[_name] = _kind
for _name in _with_plain_capitals(COUNTRIES):
    KNOWN_KINDS.setdefault(_name, EntityKind.PLACE)  # "Saudi Arabia's fund": a country
GAZETTEER_NAMES = frozenset().union(
    COMPANIES,
    ARMED_GROUPS,
    INSTITUTIONS,
    ASSOCIATIONS,
    POLITICAL_PARTIES,
    MEDIA,
    PLACES,
    PRODUCTS,
    LAWS,
    EVENTS,
    REGULATORS,
    UNIONS,
    COUNTRIES,
)
"""Every name of the gazetteer as written there, capitals included (``KNOWN_KINDS`` folds
them)."""
MEDIA_KEYS = _fold(MEDIA)
ASSOCIATION_KEYS = _fold(ASSOCIATIONS)
UNION_KEYS = _fold(UNIONS)

# Who leads well-known companies, to resolve "la firme de <person>" when the text does not
# say it; a role stated in the text always wins.
LEADERS: dict[str, tuple[str, ...]] = {
    "satya nadella": ("Microsoft",),
    "sam altman": ("OpenAI",),
    "tim cook": ("Apple",),
    "sundar pichai": ("Google", "Alphabet"),
    "mark zuckerberg": ("Meta", "Facebook"),
    "andy jassy": ("Amazon",),
    "jeff bezos": ("Amazon", "Blue Origin"),
    "elon musk": ("Tesla", "SpaceX", "xAI", "X"),
    "jensen huang": ("Nvidia",),
    "lisa su": ("AMD",),
    "dario amodei": ("Anthropic",),
    "demis hassabis": ("DeepMind", "Google DeepMind"),
    "arthur mensch": ("Mistral", "Mistral AI"),
    "masayoshi son": ("SoftBank",),
    "safra catz": ("Oracle",),
    "marc benioff": ("Salesforce",),
    "shantanu narayen": ("Adobe",),
    "pat gelsinger": ("Intel",),
    "reed hastings": ("Netflix",),
    "xavier niel": ("Iliad", "Free"),
}

# Capitals that stand for an institution when they act ("Bruxelles accuse...") rather
# than for a place ("à Bruxelles").
# Capitals, the countries they are the capitals of, and those countries' adjectives
# (masculine), "|" between names: "Londres a retiré son soutien" is the British
# government the text names. General knowledge; Brussels, the EU's seat, is read apart.
_CAPITALS = (
    (
        "londres|london",
        "royaume-uni|united kingdom|uk|u.k|britain|grande-bretagne",
        "britannique|british|uk",
    ),
    (
        "washington",
        "états-unis|etats-unis|united states|us|u.s|usa|america",
        "américain|us|u.s|american|federal",
    ),
    ("pékin|beijing", "chine|china", "chinois|chinese"),
    ("moscou|moscow", "russie|russia", "russe|russian"),
    ("berlin", "allemagne|germany", "allemand|german"),
    ("rome", "italie|italy", "italien|italian"),
    ("madrid", "espagne|spain", "espagnol|spanish"),
    ("lisbonne|lisbon", "portugal", "portugais|portuguese"),
    ("la haye|the hague", "pays-bas|netherlands", "néerlandais|dutch"),
    ("varsovie|warsaw", "pologne|poland", "polonais|polish"),
    ("vienne|vienna", "autriche|austria", "autrichien|austrian"),
    ("stockholm", "suède|sweden", "suédois|swedish"),
    ("oslo", "norvège|norway", "norvégien|norwegian"),
    ("copenhague|copenhagen", "danemark|denmark", "danois|danish"),
    ("helsinki", "finlande|finland", "finlandais|finnish"),
    ("dublin", "irlande|ireland", "irlandais|irish"),
    ("athènes|athens", "grèce|greece", "grec|greek"),
    ("budapest", "hongrie|hungary", "hongrois|hungarian"),
    ("kiev|kyiv", "ukraine", "ukrainien|ukrainian"),
    ("ankara", "turquie|turkey|türkiye", "turc|turkish"),
    ("tokyo", "japon|japan", "japonais|japanese"),
    ("séoul|seoul", "corée du sud|south korea", "sud-coréen|south korean"),
    ("new delhi", "inde|india", "indien|indian"),
    ("ottawa", "canada", "canadien|canadian|federal"),
    ("canberra", "australie|australia", "australien|australian|federal"),
    ("brasilia|brasília", "brésil|brazil", "brésilien|brazilian|federal"),
    ("pretoria", "afrique du sud|south africa", "sud-africain|south african"),
    ("riyad|riyadh", "arabie saoudite|saudi arabia", "saoudien|saudi"),
    ("téhéran|tehran", "iran", "iranien|iranian"),
    ("doha", "qatar", "qatari|qatarien"),
    ("alger|algiers", "algérie|algeria", "algérien|algerian"),
    ("rabat", "maroc|morocco", "marocain|moroccan"),
    ("dakar", "sénégal|senegal", "sénégalais|senegalese"),
    ("abuja", "nigeria", "nigérian|nigerian"),
    ("nairobi", "kenya", "kényan|kenyan"),
    ("maputo", "mozambique", "mozambicain|mozambican"),
    ("libreville", "gabon", "gabonais|gabonese"),
    ("niamey", "niger", "nigérien|nigerien"),
    ("bamako", "mali", "malien|malian"),
    ("jakarta", "indonésie|indonesia", "indonésien|indonesian"),
)
CAPITALS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    city: (frozenset(countries.split("|")), frozenset(adjectives.split("|")))
    for cities, countries, adjectives in _CAPITALS
    for city in cities.split("|")
}
"""A capital's folded name -> its country's folded names and its adjectives."""

METONYMS: dict[str, EntityKind] = {
    "bruxelles": EntityKind.REGULATOR,
    "brussels": EntityKind.REGULATOR,
    "washington": EntityKind.ORG,
    "pékin": EntityKind.ORG,
    "beijing": EntityKind.ORG,
    "moscou": EntityKind.ORG,
    "moscow": EntityKind.ORG,
}
