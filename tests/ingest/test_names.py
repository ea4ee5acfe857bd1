import pytest

from tests.ingest.conftest import aliases_of, kinds_of, names_of
from tui.ingest import ingest_text
from tui.ingest.names import find_candidates, is_name_token, lowercase_vocabulary
from tui.ingest.sentences import split_quotes
from tui.ingest.tokens import Token, tokenize
from tui.model import EntityKind


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    found = find_candidates(text, tokens, split_quotes(text), lowercase_vocabulary(tokens))
    return [c.text for c in found]


def test_model_like_tokens_are_names() -> None:
    assert all(is_name_token(Token(0, len(t), t)) for t in ("iOS", "o3-mini", "GPT-5", "DMA"))
    assert not any(is_name_token(Token(0, len(t), t)) for t in ("2024", "1er", "lundi", "mai"))


def test_elisions_and_possessives_never_enter_a_name() -> None:
    text = "Le choix d’OpenAI et l'offre d'Airbus inquiètent qu’Apple. Apple’s board agreed."
    assert _names(text) == ["OpenAI", "Airbus", "Apple", "Apple"]


def test_connectors_join_and_role_words_split() -> None:
    text = "The Bank of America deal was signed by Acme Games CEO Jane Roe in Paris."
    assert _names(text) == ["Bank of America", "Acme Games", "Jane Roe", "Paris"]


def test_spanish_por_joins_a_name_and_a_french_participle_opens_none() -> None:
    text = (
        "The bloc, Unión por la Zorbla, said so. Saisie d'une plainte, Quux a tranché. "
        "« Grâce à Vell, nous croissons », dit-il."
    )
    assert _names(text) == ["Unión por la Zorbla", "Quux", "Vell"]


def test_a_firm_named_by_its_partners_is_one_name_a_list_of_names_is_not() -> None:
    text = (
        "Quux hired Zorblat, Vell, Blarg & Ebbo. The firm Tarrin, Smoot & Pim won. "
        "Drugs from Bristol-Myers Quux, Vell, Johnson & Johnson and Merck. "
        "According to Zorblat, Hims & Hers lied. Offices in Paris, London & Berlin."
    )
    names = _names(text)
    assert "Zorblat, Vell, Blarg & Ebbo" in names
    assert "Tarrin, Smoot & Pim" in names
    # a list of companies, one of them with "&" in its name, and a list of places
    assert [name for name in names if "," in name] == [
        "Zorblat, Vell, Blarg & Ebbo",
        "Tarrin, Smoot & Pim",
    ]


def test_the_law_firm_before_a_name_says_no_law() -> None:
    text = "Quux retained the law firm Zorblat, which sued Vell. Zorblat won."
    assert kinds_of(text, "en")["Zorblat"] is EntityKind.ORG


def test_a_federal_department_and_parliament_keep_their_adjective() -> None:
    text = (
        "Le Parlement fédéral a voté. Rattaché au Département fédéral de l'intérieur, "
        "l'office contrôlera Quux. Le Département d'État a réagi."
    )
    tokens = tokenize(text)
    found = find_candidates(text, tokens, split_quotes(text), lowercase_vocabulary(tokens), "fr")
    assert [c.text for c in found] == [
        "Parlement fédéral",
        "Département fédéral de l'intérieur",
        "Quux",
        "Département d'État",
    ]


def test_a_vice_title_splits_like_its_title() -> None:
    text = "Zorblat Vice-Chancellor Ada Roe met Quux Vice-Chair Jan Vell in Paris."
    assert _names(text) == ["Zorblat", "Ada Roe", "Quux", "Jan Vell", "Paris"]


def test_sentence_initial_common_words_are_dropped() -> None:
    text = "Later, the firm grew. However Zorblat said later that it would grow."
    assert _names(text) == ["Zorblat"]


def test_abbreviated_months_and_roman_centuries_are_not_names() -> None:
    text = "Jan Roe met Zorblat on Jan. 15, at the end of the XXe siècle, and on Jul. 2."
    assert _names(text) == ["Jan Roe", "Zorblat"]


def test_a_french_plural_opening_a_name_is_kept_unless_it_names_agents() -> None:
    text = (
        "Chantiers de l'Atlantique : Zorblat renonce\n\n"
        "Travailleurs de Quux et salariés manifestent. Members of Blarg Local 12 protest."
    )
    assert _names(text) == ["Chantiers de l'Atlantique", "Zorblat", "Quux", "Blarg Local 12"]


def test_a_known_name_does_not_join_a_run_across_a_line_break() -> None:
    text = "Zorblat settles with ESPN\n\nNEW YORK (AP) — Zorblat agreed to pay ESPN."
    assert _names(text) == ["Zorblat", "ESPN", "NEW YORK", "AP", "Zorblat", "ESPN"]


def test_a_family_after_a_connector_is_a_name_of_its_own() -> None:
    text = "PartnerRe appartient à la holding Zorblat de la famille Quux."
    assert _names(text) == ["PartnerRe", "Zorblat", "famille Quux"]


def test_brands_written_as_a_possessive_keep_their_s_in_either_apostrophe() -> None:
    text = "Moody’s downgraded Zorblat. McDonald's sided with Moody's. Zorblat's shares fell."
    assert _names(text) == ["Moody’s", "Zorblat", "McDonald's", "Moody's", "Zorblat"]
    text = "Zorblat agreed to buy JDE Peet's, which Lowe's had eyed."
    assert _names(text) == ["Zorblat", "JDE Peet's", "Lowe's"]


def test_italian_connectors_and_a_party_before_a_person() -> None:
    text = "Le sénateur Les Républicains Laurent Burgoa critique Monte dei Paschi."
    assert _names(text) == ["Les Républicains", "Laurent Burgoa", "Monte dei Paschi"]


def test_day_numbers_prefixed_words_and_adjectives_before_a_name_are_no_names() -> None:
    french = "Mardi 21 janvier, Zorblat a signé. Le 24 janvier, l'ex-Quux a suivi."
    assert _names(french) == ["Zorblat", "ex-Quux"]
    english = "Since mid-June, Blargco's U-turn angered the Israeli-founded Vrelco, not T-Mobile."
    assert _names(english) == ["Blargco", "Vrelco", "T-Mobile"]
    # the adjective is made of a place of two words: "Hong Kong-listed"
    listed = "Since June, the Hong Kong-listed Vrelco Sports has angered Blargco."
    assert _names(listed) == ["Vrelco Sports", "Blargco"]


def test_a_first_initial_that_is_also_an_elided_letter_opens_a_name() -> None:
    # "N", "D", "L" are French elisions only before an apostrophe
    text = "Since June, a letter went to N. Chandrasekaran, then to D. Soundararajan."
    assert _names(text) == ["N. Chandrasekaran", "D. Soundararajan"]


def test_an_ordinal_capitalised_inside_a_sentence_opens_a_name() -> None:
    text = "Since June, the activist fund Third Point has pressed Blargco. Third, Quux sold."
    assert _names(text) == ["Third Point", "Blargco", "Quux"]


def test_an_apostrophe_inside_an_english_brand_keeps_it_whole() -> None:
    text = "Since June, Blargco has sold Arc'teryx jackets, T'way Air tickets and Quux's bags."
    assert _names(text) == ["Blargco", "Arc'teryx", "T'way Air", "Quux"]


def test_french_networks_named_in_the_plural() -> None:
    text = "Zorblat, maison mère des Banques populaires et des Caisses d'épargne, signe."
    tokens = tokenize(text)
    found = find_candidates(text, tokens, split_quotes(text), lowercase_vocabulary(tokens), "fr")
    assert [c.text for c in found] == ["Zorblat", "Banques populaires", "Caisses d'épargne"]


def test_attorney_general_is_one_title() -> None:
    text = "Florida Attorney General Ada Roe sued Zorblat."
    assert _names(text) == ["Florida", "Ada Roe", "Zorblat"]


def test_union_name_inside_longer_name() -> None:
    text = "Le Conseil de l'Union européenne a tranché."
    assert _names(text) == ["Conseil de l'Union européenne"]


def test_party_names_keep_their_lower_case_words() -> None:
    text = "Elle siège pour le parti Union pour le progrès rural du Nord, depuis 2019."
    assert _names(text) == ["Union pour le progrès rural du Nord"]


@pytest.mark.parametrize(
    "text",
    [
        "Le projet d'alliance Zorblat avec Quux Line et Vell a échoué.",
        "They formed the alliance Zorblat with Quux Line in May.",
    ],
)
def test_an_alliance_s_partners_after_with_are_not_its_name(text: str) -> None:
    assert "Quux Line" in _names(text)


def test_plural_possessive_inside_a_name() -> None:
    text = "The Zorblat Makers’ Guild sued. Zorblat’s board met."
    assert _names(text) == ["Zorblat Makers’ Guild", "Zorblat"]


def test_spelled_out_acronym_keeps_its_lower_case_words() -> None:
    text = "L'Autorité de contrôle prudentiel et de résolution (ACPR) enquête."
    assert _names(text) == ["Autorité de contrôle prudentiel et de résolution", "ACPR"]


def test_title_case_acronym_spells_out_its_name() -> None:
    text = "L'Association nationale des industries alimentaires (Ania) proteste."
    assert _names(text)[0] == "Association nationale des industries alimentaires"


@pytest.mark.usefixtures("rules_only")
def test_first_and_new_open_a_name_inside_a_sentence_but_not_at_its_start() -> None:
    text = (
        "Zorblat dropped its bid for First Vellor. First, Quux sued Zorblat. "
        "The New Blarg Party backed Quux."
    )
    names = names_of(text, "en")
    assert {"First Vellor", "New Blarg Party"} <= names
    assert "First" not in names and "Vellor" not in names


@pytest.mark.usefixtures("rules_only")
def test_an_approximation_opening_a_sentence_is_no_name() -> None:
    text = "Less than 12 hours after the walkout began, Minister Ada Roe invoked the law."
    assert "Less" not in names_of(text, "en")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        # bank details and pins
        "Zorblat a confirmé que les coordonnées de millions de clients, et pour certains "
        "leur IBAN et leur RIB, avaient été dérobées. Quux a critiqué Zorblat.",
        # sectors and contracts
        "Zorblat, un groupe de BTP, a recruté 300 salariés en CDI et 40 en CDD. "
        "Les TPE et les ETI clientes de Quux ont critiqué Zorblat.",
    ],
)
def test_generic_acronyms_are_no_names(text: str) -> None:
    assert names_of(text, "fr") == {"Zorblat", "Quux"}


@pytest.mark.usefixtures("rules_only")
def test_adverbs_slogans_and_participles_opening_a_sentence_open_no_name() -> None:
    text = (
        'Ada Roe was hired to lead a "Back to Zorblat" turnaround. Unionized Zorblat '
        "baristas walked out. Even Quux criticized Zorblat."
    )
    names = names_of(text, "en")
    assert not names & {"Back", "Unionized Zorblat", "Even Quux"}
    assert {"Zorblat", "Quux"} <= names


@pytest.mark.usefixtures("rules_only")
def test_known_names_are_known_with_unaccented_capitals() -> None:
    text = (
        "L'Etat a choisi Zorblat. Les recours de Quux ont été rejetés par le Conseil d'Etat, "
        "ouvrant la voie au chantier de Zorblat. Les Etats-Unis ont critiqué Zorblat."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Conseil d'Etat"] is EntityKind.ORG
    assert kinds["Etats-Unis"] is EntityKind.PLACE
    assert "Conseil" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_capes_seas_beaches_mountain_ranges_and_regions_are_places() -> None:
    text = (
        "Zorblat dénonçait une atteinte aux paysages du cap Fréhel et du cap d'Erquy. "
        "Quux construit des parcs en mer Baltique, et ses câbles atterrissent sur la plage "
        "de Caroual. « Les emplois sont partis de l'autre côté des Pyrénées », regrette "
        "Zorblat, dont l'usine est au Havre. Quux a critiqué Zorblat. Quux investit dans la "
        "région italienne du Molise et dans la province de Limbourg, avec des aides d'Etat."
    )
    assert names_of(text, "fr") == {"Zorblat", "Quux"}  # places, not parties: not listed
    english = "Zorblat ships sail around the Cape of Good Hope, and Quux sued Zorblat there."
    assert kinds_of(english, "en").get("Cape of Good Hope", EntityKind.PLACE) is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Ligue contre le cancer a salué la décision de Quux.", "Ligue contre le cancer"),
        (
            "L'Ordre national des pharmaciens a rappelé ses obligations à Quux.",
            "Ordre national des pharmaciens",
        ),
        (
            "L'Observatoire national de la biodiversité a critiqué Quux.",
            "Observatoire national de la biodiversité",
        ),
        (
            "La Fédération nationale des travaux publics soutient Quux.",
            "Fédération nationale des travaux publics",
        ),
        (
            "La Fondation pour le logement des défavorisés accuse Quux.",
            "Fondation pour le logement des défavorisés",
        ),
        (
            "Après l'adoption par le Conseil de l'Union européenne, de la directive, Quux a "
            "critiqué le Conseil de l'Union européenne.",
            "Conseil de l'Union européenne",
        ),
    ],
)
def test_a_french_body_s_name_goes_on_through_its_lower_case_complements(
    text: str, name: str
) -> None:
    assert name in names_of(text, "fr")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the verb after the complement ends the name
        ("L'Autorité de la concurrence devrait sanctionner Quux.", "Autorité de la concurrence"),
        # an infinitive is no complement, nor what the body is asked about
        (
            "Quux a demandé à la Commission européenne d'ouvrir une enquête sur Zorblat.",
            "Commission européenne",
        ),
        (
            "Quux négocie avec la Commission européenne sur l'avenir des barrages.",
            "Commission européenne",
        ),
    ],
)
def test_a_french_body_s_name_stops_before_a_verb_or_an_infinitive(text: str, name: str) -> None:
    assert name in names_of(text, "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_middle_initial_stays_inside_the_name() -> None:
    text = (
        "George W. Bush criticized Zorblat. Zorblat keeps a hub at Daniel K. Inouye "
        "International Airport, Quux said."
    )
    kinds = kinds_of(text, "en")
    assert kinds["George W. Bush"] is EntityKind.PERSON
    assert kinds.get("Daniel K. Inouye International Airport") is not EntityKind.PERSON
    assert not {"George W", "Bush", "Daniel K"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_a_long_court_name_after_a_judge_is_not_cut_at_ten_words() -> None:
    text = (
        "Judge Ada Roe of the US Bankruptcy Court for the Southern District of Texas refused "
        "to confirm the plan put forward by Quux."
    )
    names = names_of(text, "en")
    assert "US Bankruptcy Court for the Southern District of Texas" in names
    assert "District of Texas" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_hyphenated_french_town_is_a_place() -> None:
    text = (
        "Zorblat ferme son site de Pont-de-Claix et celui de Marquette-lez-Lille. "
        "Quux, installé à Villeneuve-d'Ascq, a critiqué Zorblat, comme X-Energy."
    )
    kinds = kinds_of(text, "fr")
    assert not {"Pont-de-Claix", "Marquette-lez-Lille", "Villeneuve-d'Ascq"} & set(kinds)
    assert kinds["X-Energy"] is EntityKind.ORG  # a hyphen alone makes no town


@pytest.mark.usefixtures("rules_only")
def test_terminals_name_sites_and_zip_codes_no_party() -> None:
    text = (
        "Zorblat owns Vell Ports, which runs the Balboa and Cristobal terminals. "
        "Quux cannot cancel policies in ZIP codes hit by the fires, Zorblat said."
    )
    assert not {"Balboa", "Cristobal", "ZIP"} & names_of(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_long_institution_name_with_commas_before_its_acronym_is_whole() -> None:
    text = (
        "Dans un rapport, la Direction générale de la concurrence, de la consommation et de "
        "la répression des fraudes (DGCCRF) accuse Quux. La DGCCRF a critiqué Quux."
    )
    entities = aliases_of(text, "fr")
    dgccrf = next(name for name, aliases in entities.items() if "DGCCRF" in {name, *aliases})
    assert dgccrf.endswith("de la répression des fraudes")
    assert not {"Direction générale", "fraudes"} & entities.keys()


@pytest.mark.usefixtures("rules_only")
def test_capitalised_common_nouns_alone_are_no_names() -> None:
    text = (
        "Zorblat va entrer en Bourse. Le président de la République a salué Zorblat, qui "
        "vend sur Internet depuis la pandémie de Covid-19. Quux a critiqué Zorblat."
    )
    assert not {"Bourse", "République", "Internet", "Covid-19"} & names_of(text, "fr")
    filing = (
        '"Without the States\' intervention, the Court would hear one side," Zorblat said, '
        "joined by six states and the District of Columbia in suing Quux."
    )
    kinds = kinds_of(filing, "en")
    assert not {"States", "Court"} & kinds.keys()
    assert kinds.get("District of Columbia", EntityKind.PLACE) is EntityKind.PLACE
    assert "Bourse de Paris" in names_of("La Bourse de Paris a suspendu Quux.", "fr")


@pytest.mark.usefixtures("rules_only")
def test_adverbs_and_former_opening_a_sentence_open_no_name() -> None:
    text = (
        "Elsewhere, Zorblat sued Quux. Former chief operating officer Ada Roe left Zorblat. "
        "Unlike a merger, the deal with Vell keeps Zorblat apart from Quux. "
        "Ailleurs, Quux a critiqué Zorblat. « Maintenant, il faut vendre », a dit Zorblat. "
        "Alors, Quux a cédé."
    )
    names = names_of(text, "en") | names_of(text, "fr")
    assert not {"Elsewhere", "Former", "Ailleurs", "Maintenant", "Alors", "Unlike"} & names
    assert "Ada Roe" in names_of(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_prepositions_and_quantifiers_opening_a_sentence_open_no_name() -> None:
    # each would be kept as a name the rules relate ("Devant" rivals Quux)
    french = (
        "Devant le tribunal, où son rival Quux s’était placé sous la protection du "
        "chapitre 11, Zorblat réclamait 1,8 milliard à Quux. "
        "« Seuls, Zorblat et Quux auraient eu du mal », estime un analyste. "
        "Certains syndicats ont critiqué Quux. Moins de 120 salariés restent chez Zorblat. "
        "Quelque 700 emplois sont menacés chez Quux."
    )
    english = "Behind the scenes, rivals Quux and Zorblat have clashed. Zorblat sued Quux."
    names = names_of(french, "fr")
    assert not {"Devant", "Seuls", "Certains", "Moins", "Quelque"} & {n.split()[0] for n in names}
    assert {"Zorblat", "Quux"} <= names
    assert names_of(english, "en") == {"Zorblat", "Quux"}


@pytest.mark.usefixtures("rules_only")
def test_those_words_capitalised_inside_a_sentence_open_a_name() -> None:
    french = (
        "La plainte a été déposée par l’association autrichienne None of Your Business, "
        "que Zorblat accuse de harcèlement."
    )
    english = "Quux sued the game studio Nobody Studios over the design, Zorblat said."
    assert "None of Your Business" in names_of(french, "fr")
    assert "Nobody Studios" in names_of(english, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_participle_opening_a_sentence_is_no_party() -> None:
    # a one-off opener the rules relate is kept as a name, unless it has a verb's shape
    english = (
        "Asked whether the lender would inject more money, its chairman Ada Roe replied no. "
        "Zorblat sued Quux."
    )
    french = (
        "Devenue incontournable pendant la campagne, menée en partenariat avec Quux, la "
        "plateforme s'est imposée. Zorblat accuse Quux."
    )
    assert "Asked" not in names_of(english, "en")
    assert names_of(french, "fr") == {"Quux", "Zorblat"}
    # a given name with that shape stays
    assert "Alfred" in names_of("Alfred a critiqué Quux. Quux a répondu à Zorblat.", "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_name_set_off_after_a_title_in_a_body_is_a_person() -> None:
    text = (
        "Le président de la Région Vellor, Loïg Quennec-Ardouin, soutien de la première "
        "heure du parc, préfère retenir les retombées pour Zorblat."
    )
    assert kinds_of(text, "fr")["Loïg Quennec-Ardouin"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_more_countries_are_places() -> None:
    text = "Panama criticized Zorblat. Guyana backed Quux. Quux sued Zorblat in Colombia."
    kinds = kinds_of(text, "en")
    assert kinds["Panama"] is EntityKind.PLACE
    assert kinds["Guyana"] is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
def test_a_contraction_opening_a_name_keeps_it_whole() -> None:
    text = (
        "Don't Nod a annoncé un plan social. Le syndicat Vell critique Don't Nod. Sa filiale, "
        "Don't Nod Montréal, n'est pas concernée."
    )
    names = names_of(text, "fr")
    assert {"Don't Nod", "Don't Nod Montréal"} <= names
    assert not {"Don", "Nod"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_law_named_after_its_author_is_a_text_apart_from_the_author() -> None:
    text = (
        "Le Conseil Vell a censuré la loi Ardouin. La FNSEA soutient la loi Ardouin. Le "
        "sénateur Jean Ardouin critique le Conseil Vell. Quux critique la loi Le Meur. La "
        "taxe Ardouin frappe Quux, qui la critique."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["loi Ardouin"] is EntityKind.OTHER
    assert kinds["Jean Ardouin"] is EntityKind.PERSON
    assert "loi Le Meur" in kinds
    assert kinds["taxe Ardouin"] is EntityKind.OTHER


@pytest.mark.usefixtures("rules_only")
def test_ballot_measures_bills_and_amendments_are_texts() -> None:
    text = (
        "Vell Watchdog intervened under Proposition 103. Zorblat opposed SB 525, and the "
        "Durbin Amendment hurt Quux, Zorblat said."
    )
    kinds = kinds_of(text, "en")
    for name in ("Proposition 103", "SB 525", "Durbin Amendment"):
        assert kinds.get(name, EntityKind.OTHER) is EntityKind.OTHER, name
    assert {"Proposition 103", "SB 525", "Durbin Amendment"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_more_nationality_adjectives_are_no_names() -> None:
    text = (
        "The Malian state holds a stake in Zorblat. Panamanian officials criticized Quux, "
        "and Ivorian regulators sued Zorblat."
    )
    assert not {"Malian", "Panamanian", "Ivorian"} & names_of(text, "en")
    # in French the noun, capitalised, is a person: "le Mexicain" names the one named
    # before (test_entities), and is no name of its own
    assert "Mexicain" not in names_of("Le Mexicain, jusqu'ici chez Quux, succède à Ada Roe.", "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_quoted_title_with_link_words_is_one_name_of_a_work_or_a_plan() -> None:
    french = (
        'Zorblat mise sur "Banishers: Ghosts of New Eden" et sur « Life is Strange ». '
        "Life is Strange a déçu Quux. Zorblat a lancé son plan stratégique « Lead the "
        "Future ». « Une loi inefficace et dangereuse », a dit Quux."
    )
    kinds = kinds_of(french, "fr")
    assert kinds["Banishers: Ghosts of New Eden"] is EntityKind.PRODUCT
    assert kinds["Life is Strange"] is EntityKind.PRODUCT
    assert kinds["Lead the Future"] is EntityKind.OTHER
    assert not {"Life", "Strange", "Banishers", "Lead", "Future"} & kinds.keys()
    assert not any("loi" in name for name in kinds)
    english = (
        'Zorblat hired Ada Roe to lead a "Back to Starbucks" turnaround. Quux said '
        '"Zorblat and Vell" would sue it. Vell sued Quux over "Bank of Ardent".'
    )
    kinds = kinds_of(english, "en")
    assert kinds["Back to Starbucks"] is EntityKind.OTHER
    assert {"Zorblat", "Vell"} <= kinds.keys()
    assert not any(" and " in name for name in kinds)
    assert kinds["Bank of Ardent"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_quoted_title_ends_before_the_sentence_s_mark_and_reads_as_no_place() -> None:
    text = (
        "The filing points to games like “Escape to Vell Island” on Zorblat, which grew on "
        "hits like “Grow a Garden.” Quux published an open letter titled “Why We Must Call "
        "Time Out on Zorblat,” and sued Zorblat."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Escape to Vell Island"] is EntityKind.PRODUCT
    assert kinds["Grow a Garden"] is EntityKind.PRODUCT
    assert kinds["Why We Must Call Time Out on Zorblat"] is EntityKind.OTHER
    assert not any(name.endswith((".", ",")) for name in kinds)


@pytest.mark.usefixtures("rules_only")
def test_acronyms_spelling_common_words_and_a_companys_general_open_or_end_names() -> None:
    french = "Le tribunal a liquidé MA France. Les salariés de MA France accusent Stellantis."
    assert "MA France" in names_of(french, "fr")
    english = (
        "State Farm General asked for a rate rise, and State Farm General sued Quux. Attorney "
        "General Ada Roe sued Zorblat."
    )
    names = names_of(english, "en")
    assert "State Farm General" in names
    assert "Ada Roe" in names
    assert not any(name.startswith("Attorney") for name in names)
    # a body whose name opens with "General", its field after "of" (not a general's title)
    names = names_of(
        "Goods were blocked by Zorblat's General Administration of Customs. General Ada "
        "Roe said so.",
        "en",
    )
    assert "General Administration of Customs" in names
    assert "Ada Roe" in names


@pytest.mark.usefixtures("rules_only")
def test_medicines_introduced_by_their_form_are_products() -> None:
    text = (
        "Zorblat will compete with Quux's widely used triple-therapy inhaler Vexolin. "
        "Blargco and Quux, which co-market the injectable Dupraxa, sued Zorblat."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vexolin"] is EntityKind.PRODUCT
    assert kinds["Dupraxa"] is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_representative_s_title_and_a_platform_s_people_are_no_names() -> None:
    text = (
        "Fans flooded social media, and Rep. Ada Roe, a California Democrat, criticized "
        "Zorblat. Zorblat faced a backlash for banning Vell, a YouTuber who ran sting "
        "operations. Zorblat said Vell broke its rules."
    )
    kinds = kinds_of(text, "en")
    assert not {"Rep", "YouTuber"} & kinds.keys()
    assert kinds["Ada Roe"] is EntityKind.PERSON
    assert kinds["Vell"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_a_deputy_premier_s_title_and_a_firm_s_units_open_no_name() -> None:
    french = "Le vice-Premier ministre et ministre de l'Emploi, Ada Roe, a critiqué Zorblat."
    assert not any("Premier" in name for name in names_of(french, "fr"))
    english = "Subsidiaries of Zorblat Materials Corp and Quux Inc admitted to faking data."
    names = names_of(english, "en")
    assert "Zorblat Materials Corp" in names
    assert not any(name.startswith("Subsidiaries") for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_place_and_the_party_something_is_made_there_for_are_two_names() -> None:
    text = "Zorblat builds cars in Vellport for Quux Motor Co. Quux cut its order."
    names = names_of(text, "en")
    assert "Quux Motor Co" in names
    assert not any("Vellport for" in name for name in names)
    # ... not a body named for its field ("Airlines for America"), "in" no place before
    text = "Zorblat praised Airlines for Vell Union. Vell said so."
    assert "Airlines for Vell Union" in names_of(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_name_with_its_department_in_brackets_is_a_town() -> None:
    # a town is where something happens: not listed; a country in brackets says nothing
    text = (
        "L'autoroute doit relier Vellmont (Tarn) à Toulouse. Zorblat a critiqué Vellmont. "
        "Quux a répondu. Quux (France) a racheté Blargco."
    )
    kinds = kinds_of(text, "fr")
    assert "Vellmont" not in kinds
    assert kinds["Quux"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_what_is_invested_in_and_a_company_described_after_it_are_no_places() -> None:
    text = (
        "La SEPI détient déjà des parts dans Vellia ou Airbus. Le groupe peine à honorer "
        "ses contrats. Quuxfer, la compagnie ferroviaire publique, lui réclame des pénalités."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Vellia"] is EntityKind.ORG
    assert kinds["Quuxfer"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_decimal_amount_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Quux devra verser 41,5 millions d'euros, Zorblat 24,6 millions et Vell 23,5 "
        "millions. Ariane 6 décolle. Zorblat a critiqué Vell."
    )
    names = names_of(text, "fr")
    assert {"Zorblat", "Vell", "Ariane 6"} <= names
    assert not any(name.endswith(("24", "23")) for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_name_described_as_a_product_in_apposition_is_a_product() -> None:
    text = (
        "Zorblat a dénigré le Vellix, un traitement bien moins cher, pour protéger Quux. "
        "Quux a critiqué Zorblat. Ada Roe built Blarg, a cloud security company that Quux "
        "bought."
    )
    assert kinds_of(text, "fr")["Vellix"] is EntityKind.PRODUCT
    assert kinds_of(text, "en").get("Blarg") is not EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_given_name_that_is_also_a_common_word_opens_a_sentence() -> None:
    text = (
        "Quux will mark the day. Mark Vellberg, Quux’s chief executive, said so. Vellberg "
        "left. The bill passed. Bill C-27 was adopted by Zorblat."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert entities["Mark Vellberg"].kind is EntityKind.PERSON
    assert "Vellberg" not in entities
    assert not any(name.startswith("Bill") for name in entities)


@pytest.mark.usefixtures("rules_only")
def test_a_known_name_keeps_its_capitals_and_media_keep_their_lower_case_words() -> None:
    text = (
        "Le monde agricole attend, lui, la fin des indemnisations de Zorblat. Le monde "
        "politique belge critique Zorblat. Selon Le Monde, Quux a signé. Les "
        "actionnaires lors de l'assemblée ont suivi Quux, à la suite de révélations du "
        "Canard enchaîné."
    )
    names = names_of(text, "fr")
    assert "Le Monde" in names
    assert "Le monde" not in names
    assert "Canard enchaîné" in names and "Canard" not in names
    assert not any(name.endswith(" lors") for name in names)
    # a name that opens with no article is written as often without its capitals
    assert "UFC-Que choisir" in names_of("L'association UFC-Que choisir attaque Zorblat.", "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_capital_letter_ending_a_name_is_no_elision() -> None:
    text = (
        "Zorblat owns a stake in Hinkley Point C. Quux sued Zorblat over Sizewell C plans. "
        "Vell fined Zorblat C$9.2 million."
    )
    names = names_of(text, "en")
    assert {"Hinkley Point C", "Sizewell C"} <= names
    assert "Zorblat C" not in names
    french = "L'Etat d'Israël critique Zorblat. Quux a vendu l'usine."
    assert "Etat d'Israël" in names_of(french, "fr")


@pytest.mark.usefixtures("rules_only")
def test_the_social_network_x_is_a_name_where_the_text_posts_to_it() -> None:
    assert "X" in names_of("Vell said in a post on X that Zorblat erred.", "en")
    assert "X" in names_of("TikTok, YouTube, X and Quux compete with Zorblat.", "en")
    products = names_of("Zorblat recalled Model X cars and Snapdragon X Elite chips.", "en")
    assert "X" not in products
    assert "Snapdragon X Elite" in products
    french = "Quux a porté plainte contre X. Le géant du X critique Zorblat."
    assert "X" not in names_of(french, "fr")
    assert "X" in names_of("Rachida Dati a dénoncé sur X un chantage de Zorblat.", "fr")


@pytest.mark.usefixtures("rules_only")
def test_where_a_statement_was_posted_is_no_party() -> None:
    text = "Zorblat's chief executive said in a post on X that Quux had lied. Quux denied it."
    relations = ingest_text(text, language="en").relations
    names = {e.id: e.name for e in ingest_text(text, language="en").entities}
    assert not any("X" in (names[r.source], names[r.target]) for r in relations)
    assert relations  # Zorblat and Quux are still related


@pytest.mark.usefixtures("rules_only")
def test_holidays_are_no_names() -> None:
    english = "Zorblat workers struck before Christmas. Quux sued Zorblat after Easter."
    assert not {"Christmas", "Easter"} & names_of(english, "en")
    french = "Quux critique Zorblat à l'approche des vacances de Pâques."
    assert "Pâques" not in names_of(french, "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_title_after_a_body_s_name_is_the_next_name_s() -> None:
    text = (
        "Entendu jeudi par deux commissions de la Chambre des communes, le directeur "
        "général de Zorblat, Vell Quuxworth, a reconnu les faits. Blargco critique Zorblat."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Chambre des communes"] is EntityKind.ORG
    assert kinds["Vell Quuxworth"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_la_securite_sociale_is_one_name_and_dna_none() -> None:
    text = (
        "La Sécurité sociale cessera de rembourser les granules de Zorblat. Quux garde "
        "l'ADN de Zorblat, selon Vell."
    )
    names = names_of(text, "fr")
    assert "Sécurité sociale" in names
    assert not {"Sécurité", "ADN"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_verb_shaped_as_an_adjective_ends_an_institution_s_name() -> None:
    text = (
        "La Commission européenne active des mesures de sauvegarde contre Zorblat. La "
        "Banque centrale européenne rappelle Quux à l'ordre. Zorblat salue la Commission "
        "européenne."
    )
    names = names_of(text, "fr")
    assert {"Commission européenne", "Banque centrale européenne"} <= names
    assert not any(name.endswith(("active", "rappelle")) for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_title_word_after_an_ampersand_is_part_of_a_firm_s_name() -> None:
    # "General" after "&" had read as a title, leaving "Investment Management" a person
    text = (
        "The plan was opposed by Vell & General Investment Management, the asset manager, "
        "and Zorblat sued Quux."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vell & General Investment Management"] is EntityKind.ORG
    assert "Investment Management" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_an_office_of_a_field_and_a_justice_are_titles_before_the_name() -> None:
    text = (
        "Secretary of State Ada Roe criticised Zorblat. Director of National Intelligence "
        "Tulsi Vell praised Quux. The Competition Tribunal, led by Chief Justice Paul "
        "Crampton, disagreed with Quux. Mr Justice Richard Meade ruled against Zorblat. "
        "Quux was fined by the Department of Justice. A bench led by Chief Justice D.Y. "
        "Chandravel stayed the order."
    )
    kinds = kinds_of(text, "en")
    for person in ("Ada Roe", "Tulsi Vell", "Paul Crampton", "Richard Meade", "D.Y. Chandravel"):
        assert kinds[person] is EntityKind.PERSON
    assert "Department of Justice" in kinds
    assert not {"State Ada Roe", "National Intelligence Tulsi Vell", "Justice Paul Crampton"} & set(
        kinds
    )


@pytest.mark.usefixtures("rules_only")
def test_a_possessive_is_part_of_a_name_whose_first_word_never_stands_alone() -> None:
    text = (
        "Vell’s Head closed its plant. Vell’s Head said the plant would not reopen, and "
        "Zorblat sued Vell’s Head. Britain’s Competition Office fined Quux, and Britain’s "
        "Competition Office said so. Quux’s Pixel sold well, Quux’s Pixel sold twice."
    )
    names = names_of(text, "en")
    assert "Vell’s Head" in names and "Vell" not in names
    # a place's possessive, or a name written alone elsewhere, stays a possessive
    assert not {"Britain’s Competition Office", "Quux’s Pixel"} & names


def test_a_possessive_s_first_word_written_inside_an_ampersand_name_stands_alone() -> None:
    # "Vell" is written alone in "Vell&Quux" (an ampersand is no letter), so "Vell’s Head"
    # is Vell's; "Vell&Quux" is never written without its possessive, so its yard is a name
    text = (
        "Vell’s Head closed. Vell’s Head said so. Vell&Quux’s Yard opened, and "
        "Vell&Quux’s Yard hired Zorblat."
    )
    names = names_of(text, "en")
    assert "Vell&Quux’s Yard" in names
    assert "Vell’s Head" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_letter_and_an_apostrophe_open_an_english_name() -> None:
    text = (
        "Zorblat must hand four routes to T'vell Air, the budget carrier. T'vell Air said "
        "it was ready to fly them."
    )
    names = names_of(text, "en")
    assert "T'vell Air" in names
    assert "Air" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_company_or_a_centre_keeps_its_lower_case_adjective() -> None:
    text = (
        "Zorblat contrôle la Compagnie minière de Vellmont, qui exploite la mine. Le Centre "
        "national d'études vellmontaises a critiqué Quux."
    )
    names = names_of(text, "fr")
    assert {"Compagnie minière de Vellmont", "Centre national d'études vellmontaises"} <= names
    assert "Compagnie" not in names


@pytest.mark.usefixtures("rules_only")
def test_french_clubs_mediators_and_a_person_after_an_acronym() -> None:
    text = (
        "Car Zorblat a perdu. Le cofondateur de VELL Bernard Quellec a soutenu Zorblat. "
        "L'Olympique vellois a battu le Stade quuxois. Le Médiateur national de l'énergie a "
        "critiqué Zorblat."
    )
    names = names_of(text, "fr")
    assert {
        "Zorblat",
        "VELL",
        "Bernard Quellec",
        "Olympique vellois",
        "Stade quuxois",
        "Médiateur national de l'énergie",
    } <= names
    assert not {"Car Zorblat", "VELL Bernard Quellec", "Olympique", "Médiateur"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_prosecutor_s_office_and_a_numbered_circuit_are_whole_names() -> None:
    text = (
        "The U.S. Attorney's Office in Manhattan charged Zorblat. The 5th U.S. Circuit Court "
        "of Appeals upheld the ruling against Quux."
    )
    kinds = kinds_of(text, "en")
    assert kinds["U.S. Attorney's Office"] is EntityKind.ORG
    assert kinds["5th U.S. Circuit Court of Appeals"] is EntityKind.ORG
    assert not {"Office", "U.S. Circuit Court of Appeals"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_a_plural_possessive_inside_an_act_s_name() -> None:
    text = (
        "The makers sought protection under the Companies’ Vellors Arrangement Act in 2019. "
        "Zorblat welcomed the ruling."
    )
    names = names_of(text, "en")
    assert "Companies’ Vellors Arrangement Act" in names
    assert "Companies" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_tier_after_a_product_s_number_is_part_of_its_name() -> None:
    text = (
        "Zorblat raised the price of Vellsoft 365 Personal and Vellsoft 365 Family plans. "
        "In Windows 11 Microsoft added Quux."
    )
    names = names_of(text, "en")
    assert {"Vellsoft 365 Personal", "Vellsoft 365 Family"} <= names
    assert not {"Personal", "Family", "Windows 11 Microsoft"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_body_named_for_whom_it_serves_keeps_its_possessive() -> None:
    text = (
        "The Vellzheimer’s Association welcomed the decision by Zorblat. The People's Bank "
        "of Vellonia cut rates. Quux's Foundation gave money to Quux."
    )
    names = names_of(text, "en")
    assert {"Vellzheimer’s Association", "People's Bank of Vellonia"} <= names
    assert "Quux's Foundation" not in names  # a company's own, named alone too


@pytest.mark.usefixtures("rules_only")
def test_a_member_s_title_opening_a_sentence_is_no_part_of_the_body_s_name() -> None:
    text = (
        "Membre des Verts, Vellard critique Quux. Membres du conseil de Zorblat, Jean "
        "Dupont et Marie Curie critiquent Blargco."
    )
    names = names_of(text, "fr")
    assert {"Verts", "Zorblat"} <= names
    assert not any(name.startswith("Membre") for name in names)


@pytest.mark.usefixtures("rules_only")
def test_mp_after_a_party_is_a_title() -> None:
    text = (
        "Vell Quuxworth, the Labour MP who chairs the committee, criticised Zorblat. "
        "Conservative MP Jane Blargford defended Zorblat."
    )
    names = names_of(text, "en")
    assert {"Labour", "Vell Quuxworth", "Jane Blargford"} <= names
    assert not any("MP" in name for name in names)


@pytest.mark.usefixtures("rules_only")
def test_an_assembly_or_treasury_with_its_nation_s_adjective_is_one_name() -> None:
    text = (
        "Le Sénat nigérian a adopté le texte contre Zorblat. Le Trésor américain a "
        "sanctionné Quux. Le Parlement britannique soutient Zorblat. Le Sénat examine "
        "le rachat de Quux."
    )
    names = names_of(text, "fr")
    assert {"Sénat nigérian", "Trésor américain", "Parlement britannique", "Sénat"} <= names
    dataset = ingest_text(text, language="fr")
    # the short form is no body that owns the long one as a unit
    assert not any(
        relation.type.value == "role"
        and {relation.source, relation.target} == {"senat", "senat-nigerian"}
        for relation in dataset.relations
    )


@pytest.mark.usefixtures("rules_only")
def test_bon_opening_a_quotation_is_no_name() -> None:
    text = (
        "« Bon débarras », a réagi Vell Quuxworth, le président du syndicat. Quux critique Zorblat."
    )
    assert "Bon" not in names_of(text, "fr")


@pytest.mark.usefixtures("rules_only")
def test_together_opening_a_sentence_is_no_name() -> None:
    assert names_of("Together, Zorblat and Quux would control the market.", "en") == {
        "Zorblat",
        "Quux",
    }


@pytest.mark.usefixtures("rules_only")
def test_a_plus_sign_between_two_words_joins_one_name() -> None:
    names = names_of("Zorblat beat rivals Kuehne+Nagel and Quux. Canal+ critique Quux.", "en")
    assert {"Kuehne+Nagel", "Canal+"} <= names
    assert not {"Kuehne", "Nagel"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_surname_with_two_particles_is_one_name() -> None:
    names = names_of("Le directeur général Dolf van den Quillbrink a parlé à Zorblat.", "fr")
    assert "Dolf van den Quillbrink" in names
    assert not {"Dolf", "Quillbrink"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_first_initial_opens_a_name_but_the_french_monsieur_does_not() -> None:
    names = names_of(
        "Zorblat settled. CITU leader A. Soundarajan said the union would fight, and K. "
        "Balakrishnar agreed.",
        "en",
    )
    assert {"A. Soundarajan", "K. Balakrishnar"} <= names
    french = names_of("Selon M. Rousselin, Zorblat a eu tort.", "fr")
    assert "M. Rousselin" not in french


@pytest.mark.usefixtures("rules_only")
def test_an_elided_particle_after_a_given_name_is_part_of_the_surname() -> None:
    names = names_of(
        "Michael L'Estrangel led the review of Zorblat, and Peter D'Souzar agreed.", "en"
    )
    assert {"Michael L'Estrangel", "Peter D'Souzar"} <= names
    assert not {"Michael", "Peter"} & names


@pytest.mark.usefixtures("rules_only")
def test_an_english_brand_written_as_a_possessive_keeps_its_s() -> None:
    text = (
        "Zorblat's founder Zorblat Quuxendran spoke. The court ended proceedings against "
        "Zorblat's, dealing a blow. Zorblat's cannot pay, the lenders said. Vell's plan "
        "failed; Vell said so, and profits beat Vell's."
    )
    names = names_of(text, "en")
    assert {"Zorblat's", "Zorblat Quuxendran", "Vell"} <= names
    assert not {"Zorblat", "Vell's"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_french_participle_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Baptisé Zorblat Quux Holding, le nouveau groupe critique Blargco. Introduit en "
        "Bourse en 2021, Vell a misé sur Blargco. Créée en 1971, Vell appartient à Quux. "
        "Élu en mars 2024 sur un programme souverainiste, Gontran Vellard a promis de "
        "renégocier les contrats. Élu en mai, Ada Roe réclame 300 milliards de francs CFA à "
        "Vell."
    )
    names = names_of(text, "fr")
    assert "Zorblat Quux Holding" in names
    assert not {"Introduit", "Créée", "Élu", "CFA"} & names
    assert not any(name.startswith("Baptisé") for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_function_word_capitalised_inside_a_sentence_opens_a_vietnamese_name() -> None:
    text = (
        "The court upheld the sentence given to Do Thi Nhung, a former inspector at "
        "Zorblat. The probe was pursued by his successor To Lam. To Quux, it was a blow."
    )
    names = names_of(text, "en")
    assert {"Do Thi Nhung", "To Lam", "Quux"} <= names
    assert not {"Thi Nhung", "Lam", "To Quux"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_us_department_in_french_is_one_name_but_not_a_french_departement() -> None:
    text = (
        "Le département américain du Commerce a relevé les droits sur Zorblat. Le "
        "secrétaire au Commerce a parlé. Le ministre du commerce extérieur a répondu. Le "
        "département de la Sécurité intérieure enquête sur Quux. Le ministère de la "
        "Transition écologique critique Zorblat. Le département du Nord soutient Quux."
    )
    names = names_of(text, "fr")
    assert {
        "département américain du Commerce",
        "département de la Sécurité intérieure",
        "ministère de la Transition écologique",
    } <= names
    assert not any(name.startswith("département du Nord") for name in names)


@pytest.mark.usefixtures("rules_only")
def test_portuguese_do_and_a_family_s_capitalised_al_stay_inside_one_name() -> None:
    text = (
        "Zorblat, owned by Sheikh Mansour bin Zayed Al Nahyan's group, sued Quux. "
        "Launched by the Banco Central do Brasil in 2020, Pix rivals Quux."
    )
    names = names_of(text, "en")
    assert {"Sheikh Mansour bin Zayed Al Nahyan", "Banco Central do Brasil"} <= names
    assert not {"Banco Central", "Brasil", "Sheikh Mansour"} & names


@pytest.mark.usefixtures("rules_only")
def test_de_capitalised_inside_a_sentence_opens_a_name_and_en_bourse_does_not() -> None:
    english = "Zorblat was the biggest investor in De Grey Mining, owner of Hemi."
    french = "Quux prévoit d'introduire en Bourse Coffee Stain Group, qui rassemble des studios."
    assert "De Grey Mining" in names_of(english, "en")
    names = names_of(french, "fr")
    assert "Coffee Stain Group" in names
    assert not any(name.startswith("Bourse") for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_number_word_or_issu_opening_a_sentence_opens_no_name() -> None:
    text = (
        "Treize associations nationales se sont jointes à la démarche contre Zorblat. "
        "Issu de Quux, le ministre critique Blargco."
    )
    names = names_of(text, "fr")
    assert "Quux" in names
    assert not {"Treize", "Issu de Quux", "Issu"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_party_named_by_parti_and_an_adjective_is_one_name() -> None:
    text = (
        "Le Parti québécois critique Zorblat. Le Parti progressiste-conservateur a dénoncé "
        "l'entente avec Quux. Parti de rien, Quux a grandi."
    )
    names = names_of(text, "fr")
    assert {"Parti québécois", "Parti progressiste-conservateur"} <= names
    assert "Parti" not in names


@pytest.mark.usefixtures("rules_only")
def test_german_and_spanish_connectors_inside_names() -> None:
    text = (
        "La Vellanstalt für Wiederaufbau a racheté 20 % de Zorblat. La Comisión para el "
        "Mercado Vellense (CMV) et la Comisión Nacional de los Mercados y la Quuxencia ont "
        "approuvé l'opération."
    )
    kinds = kinds_of(text, "fr")
    assert {
        "Vellanstalt für Wiederaufbau",
        "Comisión para el Mercado Vellense",
        "Comisión Nacional de los Mercados y la Quuxencia",
    } <= set(kinds)
    # a Spanish, Portuguese or Italian regulator's head
    assert kinds["Comisión Nacional de los Mercados y la Quuxencia"] is EntityKind.REGULATOR
    assert not {"Vellanstalt", "Wiederaufbau", "Comisión", "Comisión Nacional"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_a_managing_director_after_a_company_is_no_part_of_its_name() -> None:
    names = names_of("Zorblat Foods Managing Director Gontran Vellard said Quux should pay.", "en")
    assert {"Zorblat Foods", "Gontran Vellard"} <= names
    assert "Zorblat Foods Managing" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_french_transliterated_patronymic_inside_a_person_s_name() -> None:
    text = "Le fonds présidé par Gontran ben Vellard a investi dans Zorblat. Quux l'a suivi."
    kinds = kinds_of(text, "fr")
    assert kinds["Gontran ben Vellard"] is EntityKind.PERSON
    assert not {"Gontran", "Vellard"} & set(kinds)


def test_a_brand_styled_in_lower_case_still_opens_a_sentence_as_a_name() -> None:
    text = (
        "Zorblatco agreed to sell its unit. The sale helps Zorblatco repay debt, and"
        ' analysts praised Zorblatco for it. "It is the future of zorblatco," she said.'
    )
    tokens = tokenize(text)
    assert "zorblatco" not in lowercase_vocabulary(tokens)
    # a common word written in lower case more often than on its own capitalised
    assert "sale" in lowercase_vocabulary(tokens)
    opening = "Zorblatco agreed to sell its unit.\n\n" + text.split(". ", 1)[1]
    assert "Zorblatco" in names_of(opening, "en")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "present", "absent"),
    [
        # a bloc is named as a party is; a capitalised Ministère takes its adjectives
        (
            "fr",
            "Le Bloc québécois a voté contre Zorblat. Le Ministère public zurichois reprochait "
            "à Quux d'avoir menti.",
            {"Bloc québécois", "Ministère public zurichois"},
            {"Bloc", "Ministère"},
        ),
        # demonyms the adjectives' endings miss
        (
            "fr",
            "La Banque nationale suisse a relevé ses taux. La Banque centrale russe a suivi Quux.",
            {"Banque nationale suisse", "Banque centrale russe"},
            {"Banque nationale", "Banque centrale"},
        ),
        # a number after a name, inner-capitalised or after "No."
        (
            "en",
            "Zorblat launched the iQuux 7 in September, against the Vell 3.",
            {"iQuux 7", "Vell 3"},
            {"iQuux"},
        ),
        (
            "en",
            "Zorblat must comply with Government Regulation No. 1/2017, officials said. Quux "
            "Engine No. 1 won three seats at Vell. He said no. 5 people came.",
            {"Government Regulation No. 1/2017", "Quux Engine No. 1"},
            {"Government Regulation No", "Quux Engine No"},
        ),
        # titles, pronouns and kinship nouns open no name
        (
            "en",
            '"We reject it," Deputy Chief Justice Ada Vellstein wrote to Zorblat.',
            {"Ada Vellstein"},
            {"Deputy", "Deputy Chief Justice Ada Vellstein"},
        ),
        (
            "fr",
            "Quux a racheté Vell. Lui-même convalescent, Ada Roe a donné son aval. Elle-même a "
            "signé.",
            set(),
            {"Lui-même", "Elle-même"},
        ),
        (
            "fr",
            "Petit-fils de Jean Vellard, qui a fondé Zorblat, Ada Roe a renoncé. Fils de "
            "l'ancien patron, Marc Quux dirige Blarg. Veuve Zorbicquot vend du vin.",
            {"Jean Vellard", "Ada Roe", "Veuve Zorbicquot"},
            {"Petit-fils de Jean Vellard", "Petit-fils", "Fils"},
        ),
        # Chinese surnames spelled like function words open a name inside a sentence
        (
            "en",
            "Chairman Ma Zorblin said Quux would stay independent. Quux met minister He "
            "Vellfeng. He said so.",
            {"Ma Zorblin", "He Vellfeng"},
            {"Zorblin", "Vellfeng", "He"},
        ),
        # a possessive brand in a list or before a complement keeps its "'s"
        (
            "en",
            "Blarg bought the makers of Quuxly's and Vellmart's. Sales of Quuxly's in Ohio "
            "doubled, and Quuxly's sauce sells well.",
            {"Quuxly's"},
            {"Quuxly"},
        ),
        # Portuguese and Italian "e" joins the words of one name
        (
            "en",
            "Zorblat Papel e Celulose bought Quux. Cassa Depositi e Prestiti backed Vell.",
            {"Zorblat Papel e Celulose", "Cassa Depositi e Prestiti"},
            {"Zorblat Papel"},
        ),
    ],
)
def test_where_a_name_starts_and_ends(
    language: str, text: str, present: set[str], absent: set[str]
) -> None:
    names = names_of(text, language)
    assert present <= names
    assert not absent & names


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zorblat Corp had infringed the General Data Protection Regulation.",
            "General Data Protection Regulation",
        ),
        ("Zorblat Corp sued General Motors and General Electric on Monday.", "General Motors"),
        ("The plan was backed by Zorblat and the UN General Assembly.", "UN General Assembly"),
    ],
)
def test_general_before_a_body_s_word_opens_its_name(text: str, name: str) -> None:
    assert name in names_of(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_general_before_a_given_name_is_a_title_and_unable_no_name() -> None:
    text = (
        "Unable to settle the dispute, the DPC referred the matter to the Zorblat Board,"
        " which thanked General Mark Milley."
    )
    names = names_of(text, "en")
    assert "Mark Milley" in names
    assert not any(name.startswith(("General", "Unable")) for name in names)


@pytest.mark.usefixtures("rules_only")
def test_and_after_a_name_spelling_its_own_and_as_an_ampersand_joins_two_names() -> None:
    text = "Zorblat & Quux Infotech and Z&Q Technology Services fell, and Vell rose."
    names = names_of(text, "en")
    assert {"Zorblat & Quux Infotech", "Z&Q Technology Services"} <= names


@pytest.mark.usefixtures("rules_only")
def test_a_title_case_acronym_of_syllables_names_any_head_s_whole_name() -> None:
    text = (
        "La Générale des carrières et des mines (Gécamines) a saisi le tribunal contre"
        " Zorblat. Proche de Quux, la Gécamines accuse Zorblat."
    )
    aliases = aliases_of(text, "fr")
    assert "Gécamines" in aliases["Générale des carrières et des mines"]
    assert not names_of(text, "fr") & {"Générale", "Proche"}
