import pytest

from tests.ingest.conftest import aliases_of, fixture_text, kinds_of, names_of
from tui.dataset import check
from tui.ingest import EXTRACTOR, VERSION, ArticleInfo, ingest_text
from tui.ingest.periphrases import find_unions
from tui.model import EntityKind, RelationType
from tui.text import surface_key

ARTICLES = ["fr_nuage.txt", "en_chips.txt"]


@pytest.fixture(params=["rules", "model"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both extraction paths; the model path equals the rules where no model is installed."""
    if request.param == "rules":
        monkeypatch.setenv("FRENEMY_INGEST_RULES", "1")
    return request.param


@pytest.mark.parametrize("name", ARTICLES)
def test_dataset_is_strictly_valid(name: str, path: str) -> None:
    dataset = ingest_text(fixture_text(name), info=ArticleInfo(title="T"))
    assert check(dataset) == []
    for relation in dataset.relations:
        assert relation.provenance.method == "extracted"
        assert relation.provenance.extractor.startswith(EXTRACTOR)
        assert relation.provenance.version == VERSION


@pytest.mark.parametrize("name", ARTICLES)
def test_every_occurrence_of_every_name_is_a_mention(name: str, path: str) -> None:
    dataset = ingest_text(fixture_text(name))
    text = dataset.article.text
    for entity in dataset.entities:
        spans = {(m.start, m.end) for m in dataset.mentions if m.entity == entity.id}
        for name_form in entity.names:
            if not name_form[:1].isupper():
                continue
            start = text.find(name_form)
            while start != -1:
                end = start + len(name_form)
                glued = (start and text[start - 1].isalnum()) or (
                    end < len(text) and text[end].isalnum()
                )
                inside_longer = any(s <= start and end <= e for s, e in _all_spans(dataset))
                assert glued or inside_longer or (start, end) in spans
                start = text.find(name_form, end)
        for mention in (m for m in dataset.mentions if m.entity == entity.id):
            assert surface_key(text[mention.start : mention.end]) in {
                surface_key(n) for n in entity.names
            }


def _all_spans(dataset):
    return [(m.start, m.end) for m in dataset.mentions]


def test_kinds_from_evidence_on_fixtures(rules_only: None) -> None:
    dataset = ingest_text(fixture_text("en_chips.txt"))
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["Federal Trade Commission"] is EntityKind.REGULATOR
    assert kinds["Jensen Huang"] is EntityKind.PERSON
    assert kinds["Reuters"] is EntityKind.ORG
    assert "Texas" not in kinds  # "its Texas plant": scenery, not a party
    ftc = next(e for e in dataset.entities if e.name == "Federal Trade Commission")
    assert "FTC" in ftc.aliases


def test_periphrase_by_headquarters_and_leader(rules_only: None) -> None:
    text = (
        "Microsoft et Nintendo négocient. Le géant de Redmond investit dans Nintendo. "
        "La firme de Satya Nadella dément."
    )
    dataset = ingest_text(text, language="fr")
    microsoft = next(e for e in dataset.entities if e.name == "Microsoft")
    assert {surface_key(a) for a in microsoft.aliases} >= {
        "le géant de redmond",
        "la firme de satya nadella",
    }
    assert all(e.name != "Redmond" for e in dataset.entities)
    names = {e.id: e.name for e in dataset.entities}
    assert ("Microsoft", "Nintendo", RelationType.INVESTMENT) in {
        (names[r.source], names[r.target], r.type) for r in dataset.relations
    }
    burbank = (
        "Disney signe un accord. Premier financeur du cinéma, Canal+ critique la firme de Burbank."
    )
    aliases = aliases_of(burbank, "fr")
    assert "la firme de Burbank" in aliases["Disney"]
    assert not {"Burbank", "Premier"} & aliases.keys()


def test_collective_parties_named_twice_become_entities(rules_only: None) -> None:
    text = (
        "Les compagnies aériennes contestent. Les syndicats de pilotes dénoncent les "
        "compagnies aériennes. Les syndicats de pilotes menacent."
    )
    names = names_of(text, "fr")
    assert {"compagnies aériennes", "syndicats de pilotes"} <= names


def test_kinds_from_metonyms_demonyms_and_name_shapes(rules_only: None) -> None:
    text = (
        "Bruxelles accuse Zorblat. Le sommet a lieu à Bruxelles. Chinese rival Quux grew. "
        "Zorblat launched the Model Q. Jean de La Tour, patron de Zorblat, parle."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Bruxelles"] is EntityKind.REGULATOR
    assert "Chinese" not in kinds
    assert kinds["Model Q"] is EntityKind.PRODUCT
    assert kinds["Jean de La Tour"] is EntityKind.PERSON


def test_what_a_maker_makes_and_a_group_s_franchises_are_products(rules_only: None) -> None:
    text = (
        "L’éditeur de Zorblat Quest a annoncé un accord avec Quux. Ses franchises Blarg "
        "Saga et Vrel Cry tournent sur le moteur maison Anvilo. Quux critique Zorblat Quest."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Zorblat Quest"] is EntityKind.PRODUCT
    assert kinds["Blarg Saga"] is EntityKind.PRODUCT
    assert kinds["Anvilo"] is EntityKind.PRODUCT
    assert kinds["Quux"] is EntityKind.ORG


def test_a_service_named_after_its_maker_is_a_product(rules_only: None) -> None:
    text = (
        "Quux sued Zorblat Eats and Vellat Pay on Monday. Blarg Music, a record label, "
        "backed Quux against Zorblat Eats."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Zorblat Eats"] is EntityKind.PRODUCT
    assert kinds["Vellat Pay"] is EntityKind.PRODUCT
    # "Music" names labels as often as services: left to the other evidence
    assert kinds["Blarg Music"] is EntityKind.ORG


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Central Bank of Zorblatia fined Quux on Monday.", "Central Bank of Zorblatia"),
        ("The Zorblatian Reserve Bank fined Quux on Monday.", "Zorblatian Reserve Bank"),
        ("Banco Central do Zorblat fined Quux on Monday.", "Banco Central do Zorblat"),
    ],
)
def test_a_central_bank_is_a_regulator_whatever_its_head(
    rules_only: None, text: str, name: str
) -> None:
    assert kinds_of(text, "en")[name] is EntityKind.REGULATOR


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Le Service fédéral antimonopole (FAS) a infligé une amende à Quux.",
            "fr",
            "Service fédéral antimonopole",
        ),
        (
            "The Federal Antimonopoly Service fined Quux on Monday.",
            "en",
            "Federal Antimonopoly Service",
        ),
        ("The Zorblat Antitrust Division sued Quux on Monday.", "en", "Zorblat Antitrust Division"),
    ],
)
def test_an_anti_monopoly_body_is_a_regulator(
    rules_only: None, text: str, language: str, name: str
) -> None:
    assert kinds_of(text, language)[name] is EntityKind.REGULATOR


def test_brands_are_products(rules_only: None) -> None:
    french = "Quux veut racheter Zorblat, propriétaire des marques Vellat et Brixo. Vellat recule."
    kinds = kinds_of(french, "fr")
    assert kinds["Vellat"] is EntityKind.PRODUCT
    assert kinds["Zorblat"] is EntityKind.ORG
    english = "Quux said brands such as Vellat would grow faster. Zorblat sued Quux over Vellat."
    assert kinds_of(english, "en")["Vellat"] is EntityKind.PRODUCT


def test_well_known_legal_texts_are_texts_whatever_their_capitals(rules_only: None) -> None:
    french = (
        "La Commission a ouvert une enquête contre Zorblat au titre du règlement sur les "
        "services numériques (DSA). Quux critique Zorblat, qui enfreint le RGPD et le DSA."
    )
    kinds = kinds_of(french, "fr")
    assert kinds["DSA"] is EntityKind.OTHER
    assert kinds["RGPD"] is EntityKind.OTHER
    english = "Quux said Zorblat violated HIPAA and the Dodd-Frank rules. Quux sued Zorblat."
    kinds = kinds_of(english, "en")
    assert kinds["HIPAA"] is EntityKind.OTHER
    assert kinds["Dodd-Frank"] is EntityKind.OTHER


def test_the_unions_coalition_and_members_of_parliament_are_parties(rules_only: None) -> None:
    alone = "L'intersyndicale dénonce Zorblat. Les parlementaires critiquent Quux."
    assert {"intersyndicale", "parlementaires"} <= names_of(alone, "fr")
    authorities = (
        "Les autorités suisses enquêtent sur Zorblat. Les autorités suisses accusent Quux."
    )
    assert "autorités suisses" in names_of(authorities, "fr")
    assert "Swiss authorities" in names_of("Swiss authorities are investigating Zorblat.", "en")
    english = "Democratic lawmakers criticized Zorblat. Activist investor Vell sued Zorblat."
    names = names_of(english, "en")
    assert "Democratic lawmakers" in names
    assert "Activist" not in names
    both = "Les syndicats appellent à la grève. L'intersyndicale dénonce Zorblat."
    assert aliases_of(both, "fr")["syndicats"] == {"intersyndicale"}


def test_governments_of_any_nation_and_regional_courts_are_parties(rules_only: None) -> None:
    french = (
        "Le gouvernement tchèque critique Zorblat. Le tribunal régional de Brno a suspendu "
        "le contrat de Quux. La Cour administrative suprême a tranché contre Zorblat."
    )
    assert {
        "gouvernement tchèque",
        "tribunal régional de Brno",
        "Cour administrative suprême",
    } <= names_of(french, "fr")
    english = "The Swedish government refused to rescue Zorblat."
    assert "Swedish government" in names_of(english, "en")
    regional = (
        "Le gouvernement de Rhénanie-Palatinat critique Zorblat. Quux promet des garanties "
        "au gouvernement de Giorgia Meloni."
    )
    names = names_of(regional, "fr")
    assert "gouvernement de Rhénanie-Palatinat" in names
    assert "gouvernement de Giorgia" not in names


def test_a_prime_minister_a_text_message_and_the_old_continent_are_no_parties(
    rules_only: None,
) -> None:
    text = (
        "Le Premier ministre, Ada Roe, a critiqué Zorblat. Il l'a appris par un SMS. "
        "L'Association européenne des fabricants accuse Zorblat, qui réduit la voilure sur "
        "le Vieux Continent."
    )
    names = names_of(text, "fr")
    assert not {"Premier", "SMS", "Vieux Continent", "Association"} & names
    assert {"Ada Roe", "Association européenne des fabricants", "Zorblat"} <= names


def test_oceans_and_wall_street_are_places(rules_only: None) -> None:
    text = (
        "Regulators on both sides of the Atlantic probed Zorblat. Wall Street cheered "
        "Quux, the Wall Street Journal reported."
    )
    assert not {"Atlantic", "Wall Street"} & names_of(text, "en")


def test_every_country_of_the_gazetteer_is_a_place(rules_only: None) -> None:
    text = "Saudi Arabia criticized Zorblat. Morocco and South Africa backed Quux."
    kinds = kinds_of(text, "en")
    assert kinds["Saudi Arabia"] is EntityKind.PLACE
    assert kinds["Morocco"] is EntityKind.PLACE


def test_an_acronym_spelling_a_given_name_opens_no_person(rules_only: None) -> None:
    text = "The fund bankrolls LIV Golf, Zorblat said. JANE ROE, a lawyer, sued Zorblat."
    kinds = kinds_of(text, "en")
    assert kinds["LIV Golf"] is EntityKind.ORG
    assert kinds["JANE ROE"] is EntityKind.PERSON


def test_well_known_eponymous_companies_platforms_and_regulators(rules_only: None) -> None:
    text = (
        "Ralph Lauren sued Zorblat. Meta said Facebook would change. The Food and Drug "
        "Administration fined Quux, and the Swiss National Bank backed it. The Reserve Bank "
        "of India and the People's Bank of China fined Vell."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Ralph Lauren"] is EntityKind.ORG
    assert kinds["Facebook"] is EntityKind.PRODUCT
    for regulator in (
        "Food and Drug Administration",
        "Swiss National Bank",
        "Reserve Bank of India",
        "People's Bank of China",
    ):
        assert kinds[regulator] is EntityKind.REGULATOR


def test_amounts_and_scenery_are_not_listed_but_an_acting_place_is(rules_only: None) -> None:
    text = (
        "Zorblat a signé un accord de 3 milliards d'euros avec Quux dans son usine de "
        "Vrelonne. La Pologne accuse Zorblat de dumping."
    )
    dataset = ingest_text(text, language="fr")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["Pologne"] is EntityKind.PLACE
    assert "Vrelonne" not in kinds
    assert EntityKind.MONEY not in kinds.values()
    listed = {e.id for e in dataset.entities}
    assert {m.entity for m in dataset.mentions} <= listed


def test_a_town_before_its_region_is_no_party(rules_only: None) -> None:
    text = (
        "Zorblat produira la voiture à Vrelonne, en Normandie. Le siège de Blargco est à "
        "Quuxville (Hauts-de-Seine). Zorblat a vendu à Quux, dans le cadre d'un accord, une "
        "usine."
    )
    names = names_of(text, "fr")
    assert {"Vrelonne", "Quuxville"}.isdisjoint(names)
    assert {"Zorblat", "Quux"} <= names


def test_what_is_invested_in_is_no_place(rules_only: None) -> None:
    text = (
        "Zorblat would keep investing in Quuxboard, its whiteboard, and opened a plant in Vrelonia."
    )
    names = names_of(text, "en")
    assert "Quuxboard" in names
    assert "Vrelonia" not in names  # a place where something happens is not listed


def test_plural_demonyms_and_party_adjectives_are_no_parties(rules_only: None) -> None:
    text = (
        "Senator Jane Roe and 22 other Democratic senators wrote to Zorblat, which put "
        "money into Americans' pockets and Europeans' accounts. Republicans oppose Quux."
    )
    names = names_of(text, "en")
    assert {"Democratic", "Americans", "Europeans"}.isdisjoint(names)
    assert {"Jane Roe", "Zorblat", "Republicans", "Quux"} <= names


def test_a_town_before_a_state_and_based_is_no_party(rules_only: None) -> None:
    text = (
        "The Vrelton, Rhode Island-based chain sued Quux. Zorblat, a Vrelton-based "
        "company, joined. The Blarg, Ohio-based firm said Zorblat, Ohio-based or not, "
        "would win."
    )
    names = names_of(text, "en")
    assert {"Vrelton", "Blarg"}.isdisjoint(names)
    assert {"Quux", "Zorblat"} <= names


def test_a_sentence_opener_seen_once_is_not_listed_unless_it_acts(rules_only: None) -> None:
    text = (
        "Zorblat a signé un partenariat avec Quux. Quant à Blargco, il attend. "
        "Vrelco accuse Zorblat de dumping. Découper le marché serait une erreur. FNAC se tait."
    )
    names = names_of(text, "fr")
    assert {"Quant", "Découper"}.isdisjoint(names)
    assert {"Zorblat", "Quux", "Blargco", "Vrelco", "FNAC"} <= names


def test_a_sentence_opener_described_right_after_is_a_name(rules_only: None) -> None:
    text = (
        "Zorblat a signé avec Quux. Blargco, premier groupe coopératif laitier, se tait. "
        "Prudemment, le groupe Zorblat attend."
    )
    names = names_of(text, "fr")
    assert "Blargco" in names
    assert "Prudemment" not in names


def test_a_bare_group_is_listed_when_it_acts(rules_only: None) -> None:
    acting = ingest_text("Les créanciers dénoncent Zorblat. Zorblat se tait.", language="fr")
    assert "créanciers" in {e.name for e in acting.entities}
    idle = ingest_text(
        "Zorblat a signé avec Quux. Les créanciers attendent. Zorblat se tait.", language="fr"
    )
    assert "créanciers" not in {e.name for e in idle.entities}


def test_the_unions_are_one_party_listed_whenever_named(rules_only: None) -> None:
    idle = ingest_text(
        "Zorblat a signé avec Quux. Les syndicats attendent. Zorblat se tait.", language="fr"
    )
    assert "syndicats" in {e.name for e in idle.entities}
    text = (
        "Les syndicats de Zorblat redoutent des suppressions de postes. Les syndicats "
        "dénoncent Quux. Les organisations syndicales et l'intersyndicale de l’usine "
        "appellent à la grève. Les syndicats italiens de la métallurgie critiquent Quux."
    )
    entities = ingest_text(text, language="fr").entities
    unions = [e for e in entities if any("syndic" in name for name in e.names)]
    assert len(unions) == 1
    assert unions[0].name == "syndicats de Zorblat"
    assert set(unions[0].aliases) == {
        "syndicats",
        "organisations syndicales",
        "intersyndicale",
        "syndicats italiens de la métallurgie",
    }


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("les syndicats de pilotes de SAS", "syndicats de pilotes de SAS"),
        ("les syndicats du site de Reichshoffen", "syndicats du site de Reichshoffen"),
        ("les syndicats de l’usine", "syndicats de l’usine"),
        ("les syndicats d’Aviva France", "syndicats d’Aviva France"),
        ("des syndicats de médecins libéraux", "syndicats de médecins libéraux"),
        ("les syndicats sud-coréens", "syndicats sud-coréens"),
        # a function word or a noun after the noun says nothing of which unions
        ("les syndicats dans la rue", "syndicats"),
        ("les syndicats parties civiles", "syndicats"),
        ("les syndicats de ce site", "syndicats"),
    ],
)
def test_the_words_that_say_which_unions_belong_to_their_name(phrase: str, name: str) -> None:
    assert find_unions(f"Selon {phrase}, Zorblat ment.", "fr") == [name]


def test_qualified_groups_act_and_generic_plurals_alone_do_not(rules_only: None) -> None:
    text = (
        "Privacy campaigners accuse Zorblat. German carmakers criticized Quux. "
        "Competitors sued Blargco. Zorblat grew."
    )
    names = names_of(text, "en")
    assert {"Privacy campaigners", "German carmakers"} <= names
    assert "Competitors" not in names


def test_cities_and_verbs_are_no_parties_and_countries_are(rules_only: None) -> None:
    text = (
        "La Pologne s'oppose à Zorblat. Vrelonville soutient Zorblat. Zorblat grandit. "
        "Renoncer à Quux serait une erreur, dénonce Zorblat."
    )
    names = names_of(text, "fr")
    assert "Pologne" in names
    assert "Renoncer" not in names
    english = "Everett backed Zorblat. China criticized Zorblat. Zorblat grew."
    kinds = {e.name: e.kind for e in ingest_text(english, language="en").entities}
    assert kinds.get("China") is EntityKind.PLACE


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        (
            "Le comité d’entreprise de Zorblat appelle Quux à agir.",
            "comité d’entreprise de Zorblat",
        ),
        (
            "Le comité central d'entreprise de Zorblat Mobility critique Quux.",
            "comité central d'entreprise de Zorblat Mobility",
        ),
        (
            "Le comité d'entreprise de Vell Defence and Space critique Quux.",
            "comité d'entreprise de Vell Defence and Space",
        ),
        ("Zorblat a réuni le comité social et économique.", "comité social et économique"),
    ],
)
def test_a_works_council_is_a_party(rules_only: None, sentence: str, council: str) -> None:
    assert council in names_of(sentence, "fr")


def test_le_groupe_x_is_a_form_of_x(rules_only: None) -> None:
    text = (
        "Le groupe Zorblat, premier actionnaire de Quux, mise sur ce pari. Zorblat a "
        "confirmé. Le groupement Vell a signé avec Quux. Le fonds Blargco critique Quux. "
        "Blargco a vendu."
    )
    aliases = aliases_of(text, "fr")
    assert aliases["Zorblat"] == {"groupe Zorblat"}
    assert aliases["Blargco"] == {"fonds Blargco"}
    assert "groupe Quux" not in aliases["Quux"]


def test_a_tentative_agreement_is_one_party_however_named(rules_only: None) -> None:
    text = (
        "The Vell union reached a tentative agreement with Zorblat on Sunday. Members will "
        "vote on the tentative deal next week, Quux said. Zorblat's workers rejected the "
        "tentative agreement in March. A tentative plan to cut costs was dropped."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    agreement = entities["tentative agreement"]
    assert agreement.kind is EntityKind.OTHER
    assert "tentative deal" in agreement.aliases
    assert not any("plan" in name for name in entities)


def test_a_group_before_de_and_an_infinitive_ends_there(rules_only: None) -> None:
    text = (
        "Zorblat a obtenu des ordonnances interdisant aux grévistes de bloquer l'accès. "
        "Les créanciers de Quux critiquent Zorblat."
    )
    names = names_of(text, "fr")
    assert "créanciers de Quux" in names
    assert not any("bloquer" in name for name in names)


def test_a_title_s_last_word_is_no_context_of_the_paragraph_s_first_name(
    rules_only: None,
) -> None:
    text = (
        "Zorblat's co-founder quits, accusing Quux of silencing the brand\n\n"
        "Jerry Greenfield, who co-founded Zorblat, has resigned."
    )
    assert kinds_of(text, "en")["Jerry Greenfield"] is EntityKind.PERSON


def test_a_government_named_by_its_head_is_one_party(rules_only: None) -> None:
    text = (
        "Le gouvernement Legault, qui a engagé 100 millions dans Zorblat, exclut toute "
        "aide. Le gouvernement a aussi critiqué Quux. L'administration Trump a critiqué "
        "Quux. Donald Trump a menacé Zorblat."
    )
    aliases = aliases_of(text, "fr")
    assert aliases["gouvernement Legault"] == {"gouvernement"}
    assert "administration Trump" in aliases
    assert "Legault" not in aliases


def test_the_bare_government_stays_the_nation_s_beside_one_named_by_its_head(
    rules_only: None,
) -> None:
    text = (
        "Le gouvernement espagnol a bloqué l'offre de Zorblat. Le gouvernement Orbán "
        "soutient Zorblat. Le gouvernement a défendu sa décision contre Quux."
    )
    aliases = aliases_of(text, "fr")
    assert aliases["gouvernement espagnol"] == {"gouvernement"}
    assert "gouvernement Orbán" in aliases


def test_a_company_s_common_noun_before_another_name_describes_that_name(
    rules_only: None,
) -> None:
    # "le groupe" is Zorblat all through, but "du groupe américain Quux" is Quux's
    text = (
        "La Comco inflige une amende à Zorblat. Zorblat a fait appel. Zorblat conteste. "
        "Zorblat a perdu.\n\nLe groupe a ensuite changé de réseau.\n\nLe groupe bernois "
        "conteste.\n\nVell, filiale du groupe américain Quux, salue une décision de la "
        "Comco."
    )
    dataset = ingest_text(text, language="fr")
    names = {e.id: e.name for e in dataset.entities}
    pairs = {frozenset((names[r.source], names[r.target])) for r in dataset.relations}
    assert frozenset(("Vell", "Quux")) in pairs
    assert frozenset(("Vell", "Zorblat")) not in pairs
    assert aliases_of(text, "fr")["Zorblat"] >= {"groupe", "groupe bernois"}


def test_the_company_a_headline_names_is_the_article_s_when_named_most(
    rules_only: None,
) -> None:
    # Zorblat is named three times, Quux twice: not twice as often, but the headline
    # names Zorblat alone, so "le groupe" is Zorblat
    body = (
        "La Commission européenne inflige une amende à Zorblat. Zorblat conteste.\n\n"
        "Quux, un distributeur, a porté plainte. Quux se félicite.\n\n"
        "Le groupe a fait appel."
    )
    headed = "Zorblat fait appel\n\n" + body
    assert "groupe" in aliases_of(headed, "fr")["Zorblat"]
    # the same body with no headline: two protagonists, "le groupe" is neither
    assert "groupe" not in aliases_of("Une amende\n\n" + body, "fr")["Zorblat"]
    # a first line a sentence follows without a blank line is no headline
    assert "groupe" not in aliases_of("Zorblat fait appel\n" + body, "fr")["Zorblat"]


def test_a_surname_with_an_arabic_article_alone_is_the_person(rules_only: None) -> None:
    text = (
        '"It is done," said Saad Tamir al-Quellad, chief executive of Zorblat.\n\n'
        "Al-Quellad said Zorblat would sign with Quux."
    )
    aliases = aliases_of(text, "en")
    assert "Al-Quellad" in aliases["Saad Tamir al-Quellad"]
    assert kinds_of(text, "en")["Saad Tamir al-Quellad"] is EntityKind.PERSON


def test_a_body_s_complement_is_no_article(rules_only: None) -> None:
    text = "La fédération envisage de saisir la Commission européenne d'une plainte contre Zorblat."
    names = names_of(text, "fr")
    assert "Commission européenne" in names
    assert not any(name.endswith("d'une") for name in names)


# The kind the words around a name give it where the list of given names cannot tell:
# each case is one rule of the kinds stage, or a limit of one ("89,03 %" is no age,
# "chief" alone no title).
_KIND_CASES = [
    # an age beside a name: only a person has one (and 'qui' after the surname says nothing)
    pytest.param(
        "fr",
        (
            "Le groupe Quux a nommé Gontran Vellard. Agé de 34 ans, Vellard, qui dirigeait "
            "Blargco, arrive lundi."
        ),
        "Gontran Vellard",
        EntityKind.PERSON,
        id="age-before",
    ),
    pytest.param(
        "fr",
        "Quux a nommé Gontran Vellard, 34 ans. Vellard, qui dirigeait Blargco, arrive.",
        "Gontran Vellard",
        EntityKind.PERSON,
        id="age-after-fr",
    ),
    pytest.param(
        "en",
        "Quux hired Gontran Vellard, aged 34. Vellard, which Blargco chose, starts.",
        "Gontran Vellard",
        EntityKind.PERSON,
        id="age-after-en",
    ),
    # a French decimal after a name is no age
    pytest.param(
        "fr",
        (
            "Lors du vote organisé par la Ville de Quux, 89,03 % des votants ont dit non. La "
            "Ville de Quux, qui avait consulté, a tranché."
        ),
        "Ville de Quux",
        EntityKind.ORG,
        id="no-age-in-a-decimal",
    ),
    # 'in the ...' reads as a place; a body's head before 'of' says otherwise
    pytest.param(
        "en",
        "Zorblat filed proceedings in the Federal Court of Blargland against Quux's unit.",
        "Federal Court of Blargland",
        EntityKind.ORG,
        id="court-of-a-country",
    ),
    # what a French participle of leading is 'par' is a person
    pytest.param(
        "fr",
        ("Le groupe public dirigé par Mele Kyari a répliqué à Zorblat. Quux soutient Zorblat."),
        "Mele Kyari",
        EntityKind.PERSON,
        id="dirige-par",
    ),
    pytest.param(
        "fr",
        (
            "La direction a été confiée à Taïmouraz Bolloïev, un ancien patron de la brasserie."
            " Zorblat critique Quux."
        ),
        "Taïmouraz Bolloïev",
        EntityKind.PERSON,
        id="un-ancien-patron",
    ),
    pytest.param(
        "en",
        (
            "Two associates testified against Zorblat: Gary Wang and Nishad Singh, its former "
            "head of engineering. Quux sued Zorblat."
        ),
        "Nishad Singh",
        EntityKind.PERSON,
        id="its-former-head",
    ),
    # 'chief' alone is no title
    pytest.param(
        "en",
        "Zorblat sharpens its rivalry with Cadence Design Systems, its chief competitor.",
        "Cadence Design Systems",
        EntityKind.ORG,
        id="its-chief-competitor",
    ),
    # a relative clause is no apposition naming a title
    pytest.param(
        "en",
        (
            "Grab and Zorblat Group may merge. For Zorblat, whose chief executive Vell "
            "Quuxworth took over in 2023, a sale would mark a reversal. Zorblat rose."
        ),
        "Zorblat Group",
        EntityKind.ORG,
        id="whose-chief-executive",
    ),
    pytest.param(
        "en",
        (
            "Quux fined Blargco. Landmark Cinemas, Blargco's main rival in Western Canada, "
            "declined to comment. Landmark rose."
        ),
        "Landmark Cinemas",
        EntityKind.ORG,
        id="another-s-rival",
    ),
    pytest.param(
        "en",
        '"More titles will close," Zorblat24 editor-in-chief Vell Basson said of Quux.',
        "Vell Basson",
        EntityKind.PERSON,
        id="editor-in-chief",
    ),
    # an acronym the gazetteer does not know is a body wherever it stands
    pytest.param(
        "fr",
        "La CNE, affiliée à la CSC, et la CGSLB critiquent Zorblat.",
        "CSC",
        EntityKind.ORG,
        id="acronym-after-a-la",
    ),
    pytest.param(
        "fr",
        "La CNE, affiliée à la CSC, et la CGSLB critiquent Zorblat.",
        "CGSLB",
        EntityKind.ORG,
        id="acronym-listed-after-it",
    ),
    # a company's name after a title word
    pytest.param(
        "en",
        (
            "KLM and its U.S. partner Blargco Air Lines sued Quux. Prosecutors said the former "
            "employee, identified by his surname Vell, joined Zorblat. Vell persuaded two "
            "former colleagues, surnamed Wu and Ko, to help Zorblat."
        ),
        "Blargco Air Lines",
        EntityKind.ORG,
        id="partner-air-lines",
    ),
    pytest.param(
        "en",
        (
            "KLM and its U.S. partner Blargco Air Lines sued Quux. Prosecutors said the former "
            "employee, identified by his surname Vell, joined Zorblat. Vell persuaded two "
            "former colleagues, surnamed Wu and Ko, to help Zorblat."
        ),
        "Vell",
        EntityKind.PERSON,
        id="surname",
    ),
    pytest.param(
        "en",
        (
            "KLM and its U.S. partner Blargco Air Lines sued Quux. Prosecutors said the former "
            "employee, identified by his surname Vell, joined Zorblat. Vell persuaded two "
            "former colleagues, surnamed Wu and Ko, to help Zorblat."
        ),
        "Ko",
        EntityKind.PERSON,
        id="surnamed-and",
    ),
    # a brand named after its founder
    pytest.param(
        "fr",
        ("Zorblat a déboursé 2,8 milliards pour s'emparer de la marque Tom Ford. Quux critique."),
        "Tom Ford",
        EntityKind.PRODUCT,
        id="la-marque",
    ),
    pytest.param(
        "fr",
        ("Zorblat aura pour vice-président Heinz Vellard, l'actuel président du conseil de Quux."),
        "Heinz Vellard",
        EntityKind.PERSON,
        id="vice-president-l-actuel",
    ),
    pytest.param(
        "fr",
        (
            "« Chaque fusion est une mauvaise nouvelle », tacle Kjartan Quuxsen, éleveur danois"
            " et président de Zorblat."
        ),
        "Kjartan Quuxsen",
        EntityKind.PERSON,
        id="eleveur",
    ),
    # a body's head after a given name
    pytest.param(
        "en",
        "Min spoke at George Mason University Korea, where Zorblat students protested.",
        "George Mason University Korea",
        EntityKind.ORG,
        id="university-inside",
    ),
    pytest.param(
        "fr",
        "« Le système marche », critique Marlene ten Ham, directrice de Zorblat.",
        "Marlene ten Ham",
        EntityKind.PERSON,
        id="ten-particle",
    ),
    # ... but a body's name before a title in apposition is no person
    pytest.param(
        "fr",
        (
            "Le français Zorblat, comme le britannique Compass Group, leader mondial du "
            "secteur, a gagné des parts de marché."
        ),
        "Compass Group",
        EntityKind.ORG,
        id="group-leader-mondial",
    ),
    pytest.param(
        "en",
        "Quux opposed the tax, Socialist Left leader Kirsti Bergstø said.",
        "Kirsti Bergstø",
        EntityKind.PERSON,
        id="leader",
    ),
    pytest.param(
        "fr",
        (
            "La société fondée par Luc Vell et Pierre-Ange Le Quuxam passe sous le contrôle de "
            "Zorblat."
        ),
        "Pierre-Ange Le Quuxam",
        EntityKind.PERSON,
        id="hyphenated-given-name",
    ),
    # a hyphenated given name opens a person only before a surname
    pytest.param(
        "en",
        "Zorblat sold royalties to Franco-Quuxada. The plant at Billy-Berclau closed.",
        "Franco-Quuxada",
        EntityKind.ORG,
        id="given-name-hyphen-alone",
    ),
    # a lower-case nationality between the title and the name
    pytest.param(
        "fr",
        (
            "La Mancha est contrôlé par le milliardaire égyptien Vellib Quuxiris. Zorblat "
            "critique Blargco."
        ),
        "Vellib Quuxiris",
        EntityKind.PERSON,
        id="milliardaire-egyptien",
    ),
    pytest.param(
        "fr",
        "Il fut directeur général du sud-africain Gold Fields et critique Zorblat.",
        "Gold Fields",
        EntityKind.ORG,
        id="du-sud-africain",
    ),
    pytest.param(
        "en",
        (
            "Kieran Quuxire, a football finance lecturer at the University of Zorblat, said "
            "Blargco lost."
        ),
        "Kieran Quuxire",
        EntityKind.PERSON,
        id="a-lecturer-at",
    ),
    # the noun phrase after 'a' ends at its participle
    pytest.param(
        "en",
        (
            "Zorblat urged Congress to pass the Credit Card Competition Act, a bipartisan bill "
            "backed by Senator Dick Quuxin."
        ),
        "Credit Card Competition Act",
        EntityKind.OTHER,
        id="a-bill-backed-by",
    ),
    # a surname may be an event's head word after a title and a given name
    pytest.param(
        "en",
        "The ruling is a blow to Zorblat's chief executive Mike Coupe, who backed the deal.",
        "Mike Coupe",
        EntityKind.PERSON,
        id="title-given-name-event-head",
    ),
    # a long title between commas before the name
    pytest.param(
        "fr",
        (
            "« C'est une décision souveraine », a déclaré le ministre des Mines et de la "
            "Géologie, Bounar Syllat, lors d'un point de presse sur Zorblat."
        ),
        "Bounar Syllat",
        EntityKind.PERSON,
        id="long-title-between-commas",
    ),
    pytest.param(
        "fr",
        (
            "Selon la presse, le président du conseil d'administration d'UBS, Colmar "
            "Kellerhan, aurait sondé des interlocuteurs à Zorblat."
        ),
        "Colmar Kellerhan",
        EntityKind.PERSON,
        id="title-eleven-words-back",
    ),
    pytest.param(
        "fr",
        "Le gouverneur du FSS, Leeho Bok-hyunson, avait promis une réponse à Zorblat.",
        "Leeho Bok-hyunson",
        EntityKind.PERSON,
        id="gouverneur-between-commas",
    ),
    # ... and after an acronym in brackets; the central bank is a regulator
    pytest.param(
        "fr",
        (
            "Le gouverneur de la Banque centrale du Zorbland (BCZ), Olayek Cardosar, avait "
            "affirmé que Quux mentait."
        ),
        "Olayek Cardosar",
        EntityKind.PERSON,
        id="title-before-a-bracketed-acronym",
    ),
    pytest.param(
        "fr",
        "La Banque centrale du Zorbland a sanctionné Quux.",
        "Banque centrale du Zorbland",
        EntityKind.REGULATOR,
        id="central-bank",
    ),
    # a name written once with a legal suffix is a company's, given name or not
    pytest.param(
        "en",
        (
            "Quux and George Westerby Ltd agreed to settle. George Westerby owns Vell, and "
            "George Westerby said the deal was fair."
        ),
        "George Westerby Ltd",
        EntityKind.ORG,
        id="given-name-and-legal-suffix",
    ),
    # a Korean name: a surname, then a hyphenated given name
    pytest.param(
        "fr",
        "Le groupe a annoncé que Shon Jung-hwa, figure de Zorblat, quitterait son conseil.",
        "Shon Jung-hwa",
        EntityKind.PERSON,
        id="korean-name",
    ),
    pytest.param(
        "fr",
        "Bayoke Onanugar, conseiller spécial du chef de l'Etat, a démenti les accusations.",
        "Bayoke Onanugar",
        EntityKind.PERSON,
        id="conseiller-in-apposition",
    ),
    # a body named for competition regulates it; a court of it or a law on it does not
    pytest.param(
        "fr",
        "Le Bureau de la concurrence de Zorbland s'oppose à la fusion de Quux et Vell.",
        "Bureau de la concurrence de Zorbland",
        EntityKind.REGULATOR,
        id="competition-bureau",
    ),
    pytest.param(
        "en",
        "Zorblat urged Congress to pass the Card Routing Competition Act against Quux.",
        "Card Routing Competition Act",
        EntityKind.OTHER,
        id="competition-act",
    ),
    # ... within its sentence: a company after the title of the sentence before
    pytest.param(
        "fr",
        (
            "« Nous vendons à perte », a résumé Susan Roe, directrice générale de Zorblat. "
            "Concurrent de Zorblat, Quux Fraserin, dont le siège est à Vancouver, exploite "
            "des scieries."
        ),
        "Quux Fraserin",
        EntityKind.ORG,
        id="title-of-the-sentence-before",
    ),
    # a kinship noun before the name
    pytest.param(
        "fr",
        "Zorblat, aujourd'hui contrôlée par sa veuve Renátka Quellnerová, a riposté.",
        "Renátka Quellnerová",
        EntityKind.PERSON,
        id="kinship-noun-before",
    ),
    # ... before it only: after it, 'la société sœur' is a company's
    pytest.param(
        "fr",
        (
            "La Bourse suspendait l'introduction de Quux Group, la société sœur contrôlée par "
            "Ada Roe. Quux Group a grandi."
        ),
        "Quux Group",
        EntityKind.ORG,
        id="kinship-noun-after-a-company",
    ),
    # a name after a law's head once, and alone elsewhere, is no law
    pytest.param(
        "fr",
        (
            "Zorblatins a signé l'entente, baptisée « Règlement Zorblatins ». Zorblatins "
            "indemnisera ses membres. Zorblatins paiera 200 millions à Quux."
        ),
        "Zorblatins",
        EntityKind.ORG,
        id="named-once-in-a-law",
    ),
    # 'juge' after the comma is the verb when an object follows it, no judge's title
    pytest.param(
        "fr",
        (
            "Zorblat, détenue par Quux et par Investment Corporation of Vell, juge ces "
            "mesures illégales."
        ),
        "Investment Corporation of Vell",
        EntityKind.ORG,
        id="juge-the-verb",
    ),
    # a regulator's description opening the sentence before its name and a comma
    pytest.param(
        "fr",
        "L'autorité norvégienne de protection des données, Vellsynet, a mis Zorblat à l'amende.",
        "Vellsynet",
        EntityKind.REGULATOR,
        id="regulator-described-before-fr",
    ),
    pytest.param(
        "fr",
        "Le gendarme de la Bourse, l'AMV, a mis Zorblat à l'amende.",
        "AMV",
        EntityKind.REGULATOR,
        id="regulator-described-before-with-article",
    ),
    pytest.param(
        "en",
        "Norway's data protection authority, Vellsynet, fined Zorblat.",
        "Vellsynet",
        EntityKind.REGULATOR,
        id="regulator-described-before-en",
    ),
    # ... not a name the sentence's subject or preposition governs, nor the next name
    # after a description of the one before
    pytest.param(
        "fr",
        "Le régulateur a sanctionné l'opérateur, Vellco, hier. Zorblat conteste.",
        "Vellco",
        EntityKind.ORG,
        id="regulator-as-subject",
    ),
    pytest.param(
        "fr",
        "Zorblat a écrit à la Commission des marchés (CMV), le gendarme boursier, Vellco confirme.",
        "Vellco",
        EntityKind.ORG,
        id="regulator-describing-the-name-before",
    ),
    pytest.param(
        "en",
        "According to the regulator, Vellco lifted its prices. Zorblat denied it.",
        "Vellco",
        EntityKind.ORG,
        id="regulator-after-a-preposition",
    ),
    # a title after a possessive in the apposition: a place's, the company's
    pytest.param(
        "en",
        '"It is done," said Saad Sherida al-Quellad, Vellia\'s minister of energy.',
        "Saad Sherida al-Quellad",
        EntityKind.PERSON,
        id="title-after-a-place-s-possessive",
    ),
    pytest.param(
        "en",
        "Zorblat sued Quux, said Tamir Quellad, the company's chief executive.",
        "Tamir Quellad",
        EntityKind.PERSON,
        id="title-after-the-company-s-possessive",
    ),
    # an acronym the gazetteer knows (the French union CFTC), spelled out as another body
    pytest.param(
        "fr",
        "Zorblat a conclu avec la Commodity Futures Trading Commission (CFTC) un accord.",
        "Commodity Futures Trading Commission",
        EntityKind.REGULATOR,
        id="known-acronym-spelled-out-otherwise",
    ),
    pytest.param(
        "fr",
        "La CFTC et la CGT appellent à la grève chez Zorblat.",
        "CFTC",
        EntityKind.ORG,
        id="known-acronym-alone",
    ),
    # a drug described after its name with a modifier, or an immunotherapy named
    pytest.param(
        "en",
        "Zorblat depends on Vellimid, a blood-cancer drug. Vellimid sells well. Vellimid "
        "faces generics.",
        "Vellimid",
        EntityKind.PRODUCT,
        id="drug-after-a-modifier",
    ),
    # a company's noun before a name that opens with a given name; a chair; a regulator
    # named by one word after its noun
    pytest.param(
        "en",
        "Zorblat parked its stake with the trust company Simon Quuxiaria. Simon Quuxiaria "
        "holds it.",
        "Simon Quuxiaria",
        EntityKind.ORG,
        id="company-noun-before-a-given-name",
    ),
    # "Hills" and "Park" are surnames (a given name before "Valley" names a place: see
    # ``test_a_given_name_before_a_valley_names_no_person``)
    pytest.param(
        "en",
        "Former trade representative Ada Hills praised Zorblat. Hills said so.",
        "Ada Hills",
        EntityKind.PERSON,
        id="a-surname-like-a-place",
    ),
    # an apposition that calls a name a body; not a possessive before a person's title
    pytest.param(
        "fr",
        "Zorblat loge ses phares dans Quux Vellmar, une coentreprise créée avec "
        "l'équipementier Vellmar.",
        "Quux Vellmar",
        EntityKind.ORG,
        id="joint-venture-in-apposition",
    ),
    pytest.param(
        "en",
        "“Zorblat is wrong,” said Ebbo Tarrin, the start-up's data officer. Tarrin added more.",
        "Ebbo Tarrin",
        EntityKind.PERSON,
        id="possessive-apposition",
    ),
    pytest.param(
        "en",
        "Quux, chaired by Marina Zorblat, said the accord helps.",
        "Marina Zorblat",
        EntityKind.PERSON,
        id="chaired-by",
    ),
    pytest.param(
        "en",
        "A consortium led by Zorblat Industrial Partners bought Quux.",
        "Zorblat Industrial Partners",
        EntityKind.ORG,
        id="led-by-a-consortium-s-company",
    ),
    pytest.param(
        "en",
        "In April, communications regulator ZORCOM ruled against Quux.",
        "ZORCOM",
        EntityKind.REGULATOR,
        id="regulator-noun-before-one-word",
    ),
    pytest.param(
        "en",
        "Antitrust regulator Margrethe Zorblat fined Quux.",
        "Margrethe Zorblat",
        EntityKind.PERSON,
        id="regulator-noun-before-a-person",
    ),
    # an act named with its year is one law, its "and" and a competition field included
    pytest.param(
        "en",
        "Quux sued under the Corporate Zorblat and Governance Act 2020, which applies.",
        "Corporate Zorblat and Governance Act 2020",
        EntityKind.OTHER,
        id="act-with-its-year",
    ),
    pytest.param(
        "en",
        "Quux sued under the Competition Act 1998. The Competition Act 1998 applies.",
        "Competition Act 1998",
        EntityKind.OTHER,
        id="competition-act-with-its-year",
    ),
    # every country is a place, however little news it makes
    pytest.param(
        "en",
        "Papua New Guinea refused to extend Zorblat's lease. Papua New Guinea wants more.",
        "Papua New Guinea",
        EntityKind.PLACE,
        id="papua-new-guinea",
    ),
    pytest.param(
        "fr",
        "La Bosnie-Herzégovine a refusé l'offre de Zorblat. Zorblat conteste.",
        "Bosnie-Herzégovine",
        EntityKind.PLACE,
        id="bosnie-herzegovine",
    ),
    # a drug named for what it treats, or described as a medicine after "the"
    pytest.param(
        "en",
        "Zorblat sells Vellix for bladder cancer. Vellix sells well. Vellix faces rivals.",
        "Vellix",
        EntityKind.PRODUCT,
        id="drug-for-a-condition",
    ),
    pytest.param(
        "fr",
        "Zorblat mise sur le Vellix contre le mélanome. Le Vellix se vend bien.",
        "Vellix",
        EntityKind.PRODUCT,
        id="drug-against-a-condition",
    ),
    pytest.param(
        "en",
        "Sales of Quuxnaty, the COVID-19 vaccine Zorblat developed, fell. Quuxnaty sells.",
        "Quuxnaty",
        EntityKind.PRODUCT,
        id="vaccine-after-the",
    ),
    pytest.param(
        "fr",
        "Le parquet vise Quuxo, la plateforme de streaming. Quuxo a répondu.",
        "Quuxo",
        EntityKind.ORG,
        id="platform-after-la-is-the-company",
    ),
    pytest.param(
        "en",
        "Zorblat, a chip designer, rose. Zorblat fell. Zorblat said so.",
        "Zorblat",
        EntityKind.ORG,
        id="a-chip-designer-is-a-company",
    ),
    pytest.param(
        "en",
        "Zorblat sells Quuxen processors. Quuxen processors are fast.",
        "Quuxen",
        EntityKind.PRODUCT,
        id="processors-plural",
    ),
    pytest.param(
        "en",
        "Zorblat's immunotherapy Quuxdivo lost ground. Quuxdivo sells less.",
        "Quuxdivo",
        EntityKind.PRODUCT,
        id="immunotherapy-before",
    ),
    pytest.param(
        "en",
        "The Groceries Code Vellicator warned Zorblat. Quux welcomed it.",
        "Groceries Code Vellicator",
        EntityKind.ORG,
        id="not-an-adjudicator",
    ),
    pytest.param(
        "en",
        "The Groceries Code Adjudicator warned Zorblat. Quux welcomed it.",
        "Groceries Code Adjudicator",
        EntityKind.REGULATOR,
        id="adjudicator-head",
    ),
    pytest.param(
        "en",
        "Ada Marques, chair of Zorblat, and Jonas Vell Store, its chief, spoke. Quux rose.",
        "Ada Marques",
        EntityKind.PERSON,
        id="a-product-noun-the-text-never-writes-in-lower-case-may-be-a-surname",
    ),
    pytest.param(
        "fr",
        "Vell gagne, comme Quuxlibra, l'anticorps du suisse Zorblat. Quuxlibra plaît.",
        "Quuxlibra",
        EntityKind.PRODUCT,
        id="l-before-a-medicine-in-apposition",
    ),
    pytest.param(
        "en",
        "Facebook Inc will pay Quux. Facebook said it would pay.",
        "Facebook Inc",
        EntityKind.ORG,
        id="a-known-product-s-name-with-a-legal-suffix-is-its-maker",
    ),
    pytest.param(
        "en",
        "Quux sells the iPhone SE and the iPhone. The iPhone SE is cheap.",
        "iPhone SE",
        EntityKind.PRODUCT,
        id="a-model-s-suffix-is-no-legal-suffix",
    ),
    pytest.param(
        "fr",
        "Vell vend Quuxoctate, contre l'hémophilie A, et Blargix. Quuxoctate plaît.",
        "Quuxoctate",
        EntityKind.PRODUCT,
        id="against-a-condition-after-a-comma",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "kind"), _KIND_CASES)
def test_the_kind_a_name_s_surroundings_give(
    rules_only: None, language: str, text: str, name: str, kind: EntityKind
) -> None:
    assert kinds_of(text, language)[name] is kind


def test_a_company_described_in_a_title_s_complement_is_not_the_person_after_it(
    rules_only: None,
) -> None:
    described = "Quux a vendu. La compagnie aérienne néerlandaise, Zorblat, a maintenu sa commande."
    assert "La compagnie aérienne néerlandaise" in aliases_of(described, "fr")["Zorblat"]
    # the founder of the airline is named, not the airline
    founder = (
        "Zorblat a maintenu sa commande malgré le fondateur de la compagnie aérienne"
        " néerlandaise, Ebbo Tarrin, qui réclamait son annulation. La compagnie aérienne"
        " néerlandaise a tenu bon."
    )
    aliases = aliases_of(founder, "fr")
    assert not any("compagnie" in alias for alias in aliases["Ebbo Tarrin"])


@pytest.mark.usefixtures("rules_only")
def test_the_world_s_regions_are_places_and_hors_opens_no_name() -> None:
    text = "Hors d'Amérique du Nord, Zorblat s'appuie sur Quux. Zorblat vend."
    names = {e.name for e in ingest_text(text, language="fr").entities}
    assert names == {"Zorblat", "Quux"}  # a place is no party: none is listed here
    english = "Outside Latin America and the Middle East, Zorblat relies on Quux. Zorblat sells."
    assert {e.name for e in ingest_text(english, language="en").entities} == names
    # (named as what a party aims at, not where: "vise l'Europe de l'Ouest")
    for region in ("l'Europe de l'Ouest", "l'Afrique de l'Ouest", "l'Asie centrale"):
        text = f"Zorblat s'appuie sur Quux. Quux vise {region}, selon Zorblat."
        assert {e.name for e in ingest_text(text, language="fr").entities} == names
    english = "Zorblat relies on Quux. Quux targets Western Europe and West Africa, Zorblat said."
    assert {e.name for e in ingest_text(english, language="en").entities} == names


@pytest.mark.usefixtures("rules_only")
def test_a_given_name_before_a_valley_names_no_person() -> None:
    text = "Zorblat will develop Ada Valley with Quux, its partner. Ada Valley holds lithium."
    assert kinds_of(text, "en").get("Ada Valley") in (None, EntityKind.PLACE)


@pytest.mark.usefixtures("rules_only")
def test_a_name_ending_in_what_a_company_makes_in_the_plural_is_a_company() -> None:
    text = (
        "Vrelco Sports Products agreed to buy Quux. Zorblat Brands sued Vrelco Sports "
        "Products. Quux sells the Blarg smartphone."
    )
    kinds = {e.name: e.kind for e in ingest_text(text, language="en").entities}
    assert kinds["Vrelco Sports Products"] is EntityKind.ORG
    assert kinds["Zorblat Brands"] is EntityKind.ORG
    assert kinds["Blarg"] is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_movement_is_a_body_and_italy_s_five_star_movement_a_name() -> None:
    text = (
        "Le ministre, Ada Roe, membre du Mouvement 5 étoiles, critique Zorblat. Le "
        "Mouvement Blarg, selon Quux, a gagné."
    )
    kinds = {e.name: e.kind for e in ingest_text(text, language="fr").entities}
    assert kinds["Mouvement 5 étoiles"] is EntityKind.ORG
    assert kinds["Mouvement Blarg"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_an_activist_investor_s_stake_presses_the_company() -> None:
    text = (
        "The activist investor Blarg Partners bought a stake in Zorblat to press for a "
        "sale. Quux bought a stake in Vrelco."
    )
    dataset = ingest_text(text, language="en")
    names = {e.id: e.name for e in dataset.entities}
    found = {(names[r.source], names[r.target], r.type) for r in dataset.relations}
    assert ("Blarg Partners", "Zorblat", RelationType.CRITICISM) in found
    assert ("Blarg Partners", "Zorblat", RelationType.INVESTMENT) not in found
    assert ("Quux", "Vrelco", RelationType.INVESTMENT) in found
