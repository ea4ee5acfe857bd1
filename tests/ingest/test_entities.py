import pytest

from tests.ingest.conftest import (
    aliases_of,
    entities_and_relations,
    fixture_text,
    kinds_of,
    names_of,
)
from tui.ingest import ingest_text
from tui.ingest.entities import clean_candidates, group_forms, initials
from tui.ingest.names import Candidate, find_candidates, lowercase_vocabulary
from tui.ingest.sentences import split_quotes
from tui.ingest.tokens import tokenize
from tui.model import EntityKind, RelationType


def _groups(text: str) -> list[list[str]]:
    tokens = tokenize(text)
    candidates = find_candidates(text, tokens, split_quotes(text), lowercase_vocabulary(tokens))
    return [d.forms for d in group_forms(text, tokens, clean_candidates(text, candidates))]


def test_acronym_in_brackets_joins_its_expansion() -> None:
    groups = _groups("The Digital Services Act (DSA) applies. Critics say the DSA is vague.")
    assert ["Digital Services Act", "DSA"] in groups


def test_acronym_matches_initials_without_brackets() -> None:
    assert initials("Competition and Markets Authority") == "CMA"
    groups = _groups("The Competition and Markets Authority spoke. Later the CMA agreed.")
    assert ["Competition and Markets Authority", "CMA"] in groups


def test_a_company_acronym_spells_its_name_without_the_legal_suffix() -> None:
    text = "Zorblat Quux Blargco Inc. bought a rival. Later ZQB said the deal would close."
    assert any({"Zorblat Quux Blargco Inc", "ZQB"} <= set(group) for group in _groups(text))
    text = "Zorblat & Quux Co. grew. Analysts say Z&Q will grow."
    assert any({"Zorblat & Quux Co", "Z&Q"} <= set(group) for group in _groups(text))


def test_an_opening_common_word_stays_where_the_name_spells_an_acronym_of_the_text() -> None:
    # "advanced" is written in lower case elsewhere: opening a sentence, it is usually
    # a common word, but not where the run it opens spells the text's "AMD"
    text = (
        "Advanced Micro Devices Inc agreed to buy Xilinx Inc. "
        "AMD makes advanced chips. Advanced Zorblat chips sell well."
    )
    groups = _groups(text)
    assert any({"Advanced Micro Devices Inc", "AMD"} <= set(group) for group in groups)
    assert not any("Advanced Zorblat" in group for group in groups)


def test_surname_and_company_tail_are_aliases() -> None:
    text = "Jane Roe runs Zorblat Games. Roe said Zorblat would grow."
    groups = _groups(text)
    assert ["Jane Roe", "Roe"] in groups
    assert ["Zorblat Games", "Zorblat"] in groups
    groups = _groups("Zorblat Shipping Private Ltd. owns the ship. Zorblat Shipping agreed to pay.")
    assert any(
        g[0].startswith("Zorblat Shipping Private Ltd") and "Zorblat Shipping" in g for g in groups
    )


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "Zorblat Quux Nutrition was sold. Zorblat Quux grew.",
            "Zorblat Quux Nutrition",
            "Zorblat Quux",
        ),
        (
            "Zorblat Quux Sekiyu will merge. Zorblat Quux refines oil.",
            "Zorblat Quux Sekiyu",
            "Zorblat Quux",
        ),
        (
            "Zorblat Quux Capital bought it. Zorblat Quux paid.",
            "Zorblat Quux Capital",
            "Zorblat Quux",
        ),
        (
            "Zorblat Quux Foods makes bread. Zorblat Quux denied it.",
            "Zorblat Quux Foods",
            "Zorblat Quux",
        ),
    ],
)
def test_an_industry_word_ending_a_company_name_keeps_the_short_form(
    text: str, long: str, short: str
) -> None:
    assert any(g[0] == long and short in g for g in _groups(text))


def test_a_bank_or_a_surname_after_a_company_word_stays_apart() -> None:
    # a company's bank is a unit of its own ("Wirecard Bank"), and "Power" a surname
    groups = _groups("Zorblat Quux Bank lost its licence. Zorblat Quux fell.")
    assert ["Zorblat Quux Bank"] in groups and ["Zorblat Quux"] in groups
    text = "Junior doctor Rachel Power said the strike goes on."
    assert kinds_of(text, "en")["Rachel Power"] is EntityKind.PERSON


def test_a_division_stays_apart_from_its_company() -> None:
    groups = _groups("Microsoft AI builds models. Microsoft sells them.")
    assert ["Microsoft AI"] in groups and ["Microsoft"] in groups


def test_glued_names_are_split_when_each_stands_alone() -> None:
    text = "Zorblat et Quux s'opposent. La start-up xAI d'Anne Martin aussi. Zorblat-Quux."
    groups = _groups(text)
    assert ["Anne Martin"] in groups and ["xAI"] in groups
    assert not any("Zorblat-Quux" in g for g in groups)


def test_and_joins_only_names_that_end_like_one() -> None:
    groups = _groups("Apple and Amazon met the Securities and Exchange Commission today.")
    assert ["Apple"] in groups and ["Amazon"] in groups
    assert ["Securities and Exchange Commission"] in groups


def test_and_joins_two_trades_of_one_incorporated_firm() -> None:
    groups = _groups(
        "Regulators fined Vellmar Gas and Electric Co on Monday. Quux Tobacco and Liquor "
        "Corporation sued Zorblat."
    )
    assert ["Vellmar Gas and Electric Co"] in groups
    assert ["Quux Tobacco and Liquor Corporation"] in groups
    # ... not two firms: the second named alone elsewhere, or a group's name
    groups = _groups("Blargco Oil and Fennel Corp sued. Fennel said so.")
    assert ["Blargco Oil"] in groups and ["Fennel Corp", "Fennel"] in groups
    groups = _groups("Quux Enso and Narvik Group signed a deal with Zorblat.")
    assert ["Quux Enso"] in groups and ["Narvik Group"] in groups
    groups = _groups("Zorblat Materials Corp and Quux Inc admitted to faking data.")
    assert ["Zorblat Materials Corp"] in groups and ["Quux Inc"] in groups


def test_a_body_s_name_written_with_its_article_is_that_body() -> None:
    groups = _groups(
        "Zorblat will combine with Canada's The Quux Group. Quux Group shareholders agreed."
    )
    assert not any("The Quux Group" in g for g in groups)
    assert any("Quux Group" in g for g in groups)
    # ... not a work's title, which keeps its article
    groups = _groups("Vell sold The Sinking Quux last year. Sinking Quux fans were upset.")
    assert any("The Sinking Quux" in g for g in groups)


def test_short_form_after_the_full_name_is_an_alias() -> None:
    groups = _groups("Zorblat Music Group signed. Later, Zorblat declined to comment.")
    assert ["Zorblat Music Group", "Zorblat"] in groups

    # a headline names its parties short: the body decides which comes first
    groups = _groups(
        "Quux to file for bankruptcy under deal with Zorblat\n\nQuux said funds managed "
        "by Zorblat Global Management agreed. Later, Zorblat declined to comment."
    )
    assert ["Zorblat Global Management", "Zorblat"] in groups
    # ... and "Existing Quux shareholders" opens with a qualifier, no part of the name
    assert "Existing Quux" not in names_of(
        "Quux sued Zorblat. Existing Quux shareholders would get 3% of the new shares.", "en"
    )


def test_an_acronym_is_no_short_form_of_another_name_it_opens() -> None:
    # "ZQ" spells "Zorblat Quux", and only opens "ZQ Sports FC", a name of its own
    groups = _groups("Zorblat Quux, the maker of ZQ Sports FC, was sold. ZQ shares rose.")
    assert ["Zorblat Quux", "ZQ"] in groups
    assert ["ZQ Sports FC"] in groups


def test_a_possessive_short_form_is_an_alias_of_the_name_it_opens() -> None:
    # the short form is read as a possessive ("Dick's" -> "Dick"), the gazetteer's name is not
    text = (
        "Dick’s Sporting Goods agreed to buy Quux. Dick’s shares rose on the news. "
        "Jane Roe, Dick’s chief executive, said so."
    )
    groups = _groups(text)
    assert any(g[0] == "Dick’s Sporting Goods" and "Dick" in g for g in groups)
    assert ["Dick"] not in groups
    # ... or as the brand, where the text writes it with no noun after it
    groups = _groups(text.replace("shares rose on the news", "said the deal would close"))
    assert ["Dick’s Sporting Goods", "Dick’s"] in groups


def test_jr_keeps_its_dot_and_the_surname_before_it_is_the_short_form() -> None:
    groups = _groups(
        "Ada B. Roe Jr. criticised Zorblat on Monday. Zorblat said Roe was wrong. "
        "The secretary, Ada B. Roe Jr., spoke."
    )
    assert ["Ada B. Roe Jr.", "Roe"] in groups


def test_a_courtesy_title_before_a_surname_names_the_one_person_of_that_surname() -> None:
    groups = _groups(
        "Treasurer Ada Roe said the regulator would act. Mr Roe welcomed the court action. "
        "Zorblat sold Mr Quux, its menswear shop."
    )
    assert ["Ada Roe", "Mr Roe"] in groups  # "Treasurer" is a title, no part of the name
    assert ["Mr Quux"] in groups  # no one else is a Quux: the whole name is kept


@pytest.mark.usefixtures("rules_only")
def test_an_unknown_given_name_with_a_title_set_off_after_it_is_a_person() -> None:
    kinds = kinds_of(
        "Sudhanshu Priyadarshi, Zorblat Dr Quux's chief financial officer, spoke. "
        "Raman Bhatia, a former executive at Vell, took over. "
        "Minera Blarg, Zorblat Dr Quux's local subsidiary, sued Vell.",
        "en",
    )
    assert kinds["Sudhanshu Priyadarshi"] is EntityKind.PERSON
    assert kinds["Raman Bhatia"] is EntityKind.PERSON
    assert kinds["Minera Blarg"] is not EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_eu_bodies_a_company_named_after_a_town_and_a_short_form_before_a_title() -> None:
    text = (
        "The European Commission on Wednesday approved Deutsche Zorblat's plan to buy a "
        "stake in Quux. Zorblat Chief Executive Ada Roe welcomed it. The Commission said "
        "Brussels Airlines would keep its slots. Brussels wants more competition. Alimentation "
        "Vell-Tard sued Quux. Vell-Tard's chief executive, Jo Doe, said so."
    )
    entities, _ = entities_and_relations(text, "en")
    assert "Commission" in entities["European Commission"].aliases
    assert "Brussels" not in entities["Brussels Airlines"].aliases
    assert "Zorblat" in entities["Deutsche Zorblat"].aliases
    assert "Vell-Tard" in entities["Alimentation Vell-Tard"].aliases
    assert entities["Alimentation Vell-Tard"].kind is EntityKind.ORG


def test_a_known_name_with_a_lower_case_word_is_whole() -> None:
    assert "Seven & i Holdings" in names_of(
        "Zorblat bid for Seven & i Holdings. Seven & i said no.", "en"
    )


def test_a_name_after_de_la_drops_the_article_and_a_town_council_keeps_its_town() -> None:
    groups = _groups(
        "La Société d’exploitation de la tour Zorblat (SETZ) a signé avec la Ville de Paris. "
        "Ada Roe, déléguée CGT de la SETZ, a parlé. La SETZ verse une redevance à la Ville. "
        "La Ville se sert de la tour, selon la CGT."
    )
    assert ["Société d’exploitation de la tour Zorblat", "SETZ"] in groups
    assert not any("la SETZ" in g for g in groups)
    assert ["Ville de Paris", "Ville"] in groups


def test_a_person_of_a_department_is_two_names() -> None:
    groups = _groups(
        "Acting Assistant Attorney General Ada Q. Vellstein of the Justice Department "
        "charged Zorblat. Jean Roe of the Department of Energy agreed."
    )
    names = {name for group in groups for name in group}
    assert {"Ada Q. Vellstein", "Justice Department", "Jean Roe", "Department of Energy"} <= names


def test_country_prefix_is_not_part_of_a_regulator() -> None:
    groups = _groups("The UK Competition and Markets Authority opened a probe.")
    assert ["Competition and Markets Authority"] in groups
    # a country named in full opens the body's own name
    groups = _groups("The China Securities Regulatory Commission opened a probe.")
    assert ["China Securities Regulatory Commission"] in groups


def test_a_tribunal_and_a_union_before_its_acronym_keep_their_and() -> None:
    groups = _groups(
        "Zorblat appealed to the Telecom Disputes Settlement and Appellate Tribunal. Quux "
        "left the Post and Logistics Union PAU. Vrelco bought EE and Virgin Media O2."
    )
    names = {name for group in groups for name in group}
    assert "Telecom Disputes Settlement and Appellate Tribunal" in names
    assert "Post and Logistics Union PAU" in names
    assert {"EE", "Virgin Media O2"} <= names


@pytest.mark.usefixtures("rules_only")
def test_families_parties_and_lower_case_expansions_are_names() -> None:
    text = (
        "La famille Mulliez, qui contrôle Zorblat, se tait. Le Rassemblement national "
        "dénonce un plan de sauvegarde de l'emploi (PSE) chez Zorblat. Le PSE inquiète. "
        "Zorblat a touché le crédit d'impôt pour la compétitivité et l'emploi (CICE)."
    )
    dataset = ingest_text(text, language="fr")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["famille Mulliez"] is EntityKind.ORG
    assert kinds["Rassemblement national"] is EntityKind.ORG
    assert kinds["plan de sauvegarde de l'emploi"] is EntityKind.EVENT
    assert kinds["crédit d'impôt pour la compétitivité et l'emploi"] is EntityKind.OTHER
    names = {e.id: e.name for e in dataset.entities}
    relations = {(names[r.source], r.type, names[r.target]) for r in dataset.relations}
    assert ("famille Mulliez", RelationType.ROLE, "Zorblat") in relations  # owns: a tie
    # "compétitivité" inside a name is no cue of competition
    assert not any(t is RelationType.COMPETITION for _, t, _ in relations)


@pytest.mark.usefixtures("rules_only")
def test_a_ministers_portfolio_is_no_party_and_a_region_is() -> None:
    text = (
        "La ministre du Travail, Ada Lovelace, recevra Zorblat. Le ministre de l'Industrie "
        "critique Zorblat. La région Hauts-de-France soutient Zorblat."
    )
    kinds = kinds_of(text, "fr")
    assert "Travail" not in kinds and "Industrie" not in kinds
    assert kinds["région Hauts-de-France"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_commissioner_s_portfolio_is_no_party_nor_part_of_her_name() -> None:
    text = "La commissaire à la Concurrence Ada Lovelace suit Zorblat de près."
    names = names_of(text, "fr")
    assert "Ada Lovelace" in names
    assert not {"Concurrence", "Concurrence Ada Lovelace"} & names


@pytest.mark.usefixtures("rules_only")
def test_portfolios_after_charge_de_or_in_a_list_keep_the_ministry_whole() -> None:
    text = (
        "Le ministère de la Santé a tranché contre Zorblat. Le ministre délégué chargé de "
        "la Santé, Ada Lovelace, a parlé. La ministre du Travail, de la Santé et des "
        "Solidarités a rappelé les règles. Le ministre a parlé des représentants de Quux."
    )
    names = names_of(text, "fr")
    assert "ministère de la Santé" in names
    assert not {"Santé", "Solidarités", "ministère de"} & names
    assert "Quux" in names
    # the minister named after the ministry is a person of their own
    names = names_of("Le dossier a été instruit par le ministère de la Défense de Guido Roe.", "fr")
    assert {"ministère de la Défense", "Guido Roe"} <= names


@pytest.mark.usefixtures("rules_only")
def test_names_with_inner_capitals_are_people_and_a_judge_is_a_role() -> None:
    text = (
        "Stuart McIntosh, who led the inquiry, praised Zorblat. McIntosh said so. "
        "Judge Ada Panosyan-Bouvet ruled against Zorblat."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Stuart McIntosh"] is EntityKind.PERSON
    assert kinds["Ada Panosyan-Bouvet"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_the_eu_acting_beside_the_commission_is_the_commission() -> None:
    with_commission = ingest_text(
        "EU fines Zorblat. The European Commission said Zorblat abused its position.",
        language="en",
    )
    names = {e.name: e for e in with_commission.entities}
    assert "EU" in names["European Commission"].aliases and "EU" not in names
    alone = ingest_text("The EU fines Zorblat. Zorblat will appeal the EU decision.", language="en")
    assert "EU" in {e.name for e in alone.entities}


@pytest.mark.usefixtures("rules_only")
def test_title_case_headlines_particles_and_common_words() -> None:
    text = (
        "Zorblat Wins Approval to Buy Quux in Card Deal\n\n"
        "Zorblat won approval to acquire Quux, said Chief Executive Officer Ada Fairbank. "
        "Luiz Inacio Lula da Silva praised Zorblat. The Jeunes Agriculteurs union, like "
        "many young farmers and agriculteurs, criticized Quux."
    )
    kinds = kinds_of(text, "en")
    assert not {"Zorblat Wins Approval", "Buy Quux", "Card Deal"} & set(kinds)
    assert kinds["Ada Fairbank"] is EntityKind.PERSON and "Officer Ada Fairbank" not in kinds
    assert kinds["Luiz Inacio Lula da Silva"] is EntityKind.PERSON
    assert kinds["Jeunes Agriculteurs"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_legal_form_s_full_stop_after_a_dotted_name() -> None:
    text = (
        "Zorblat is losing ground to the local arm of Quux.com Inc., and to Vell. Quux.com "
        "Inc said no."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "Quux.com Inc." in entities["Quux.com Inc"].aliases


@pytest.mark.usefixtures("rules_only")
def test_legal_forms_plus_signs_governments_and_demonyms() -> None:
    text = (
        "Zorblat Holdings Ltd. and Quux Manufacturing Co. stepped up orders. The US "
        "government told Blargco to stop. The Trump administration agreed. Vrel+ grows, "
        "and so does Vrel+ in 2+2 markets. The Commerce Department confirmed it."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "Zorblat" in entities["Zorblat Holdings Ltd"].aliases
    assert "Quux Manufacturing Co." in entities["Quux Manufacturing Co"].aliases
    assert {"US government", "Trump administration", "Vrel+"} <= set(entities)
    assert entities["Commerce Department"].kind is not EntityKind.PERSON
    french = ingest_text(
        "Les Français et le gouvernement chinois critiquent Zorblat.", language="fr"
    )
    names = {e.name for e in french.entities}
    assert "Français" not in names and "gouvernement chinois" in names


@pytest.mark.usefixtures("rules_only")
def test_a_name_and_its_ampersand_legal_form_are_one_company() -> None:
    # the short name is a company of its own until the legal form is read off the long one
    text = (
        "Merck & Co agreed on Wednesday to buy Quux. Merck said the deal would close soon. "
        "Zorblat sued Merck."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert set(entities) == {"Merck & Co", "Quux", "Zorblat"}
    assert entities["Merck & Co"].aliases == ("Merck",)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("form", ["SCA", "KGaA"])
def test_a_partnership_limited_by_shares_is_its_short_name(form: str) -> None:
    # "Lagardère SCA" beside "Lagardère Publishing": the short name is the company's
    text = (
        f"Le groupe Zorblat {form} a tenu son assemblée. Zorblat Publishing a vendu des livres."
        " Selon Zorblat, les actionnaires ont voté."
    )
    entities = {e.name: e for e in ingest_text(text, language="fr").entities}
    assert "Zorblat" in entities[f"Zorblat {form}"].aliases
    assert "Zorblat" not in entities


@pytest.mark.usefixtures("rules_only")
def test_owners_rulings_bodies_for_and_demonyms_before_names() -> None:
    text = (
        "Zorblat owner Quux Platforms was fined by the National Commission for Data "
        "Protection for moving European Zorblat users' data. The Ada Lovelace II ruling "
        "followed. Zorblat grew."
    )
    dataset = ingest_text(text, language="en")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["National Commission for Data Protection"] is EntityKind.REGULATOR
    assert "European Zorblat" not in kinds
    assert kinds.get("Ada Lovelace II") is not EntityKind.PERSON
    names = {e.id: e.name for e in dataset.entities}
    pairs = {frozenset((names[r.source], names[r.target])) for r in dataset.relations}
    assert frozenset(("Zorblat", "Quux Platforms")) in pairs


def test_two_names_sharing_their_head_are_two() -> None:
    groups = _groups("Boeing lost orders from Southwest Airlines and United Airlines.")
    assert ["Southwest Airlines"] in groups and ["United Airlines"] in groups
    groups = _groups("The Competition and Markets Authority opened a probe.")
    assert ["Competition and Markets Authority"] in groups


def test_a_capitalised_french_month_is_a_name_where_french_would_not_capitalise_it() -> None:
    text = "The setback for Mars was clear. Brussels said it would fine Mars in March."
    assert ["Mars"] in _groups(text)
    assert not any("March" in form for group in _groups(text) for form in group)
    french = "Le 3 mars, Orange a signé. Mardi, SFR a protesté."
    assert not any(form in ("Mardi", "mars") for group in _groups(french) for form in group)


def test_an_abbreviation_dot_and_an_and_inside_institution_names() -> None:
    text = (
        "Zorblat sued U.S. Steel. The U.S. Fish and Wildlife Service and the House Energy "
        "and Commerce Committee wrote to the Department of Health and Human Services' Office "
        "for Civil Rights. Zorblat works with Quux and Palo Verde Networks. It opened in "
        "the U.S. Zorblat said so."
    )
    groups = _groups(text)
    for name in (
        "U.S. Steel",
        "U.S. Fish and Wildlife Service",
        "House Energy and Commerce Committee",
        "Department of Health and Human Services",
        "Office for Civil Rights",
        "Quux",
        "Palo Verde Networks",
    ):
        assert [name] in groups, name
    assert not any("U.S. Zorblat" in form for group in groups for form in group)


@pytest.mark.usefixtures("rules_only")
def test_two_title_case_words_spoken_of_as_a_body_or_a_place_are_no_person() -> None:
    text = (
        "Zorblat agreed to buy Vantor Minerals. Rival steelmaker Kestrel Arden said it "
        "would fight. Blargco, owned by Pellam Brisk, said Brisk would not sell. "
        "The deal was signed in Menlo Park, not in the Permian Basin. Trade Minister "
        "Orvel Tamsin approved. Anglo American disagreed. Vellor Ingham sued Zorblat."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vantor Minerals"] is EntityKind.ORG
    assert kinds["Kestrel Arden"] is EntityKind.ORG
    assert kinds["Pellam Brisk"] is EntityKind.PERSON
    assert kinds.get("Menlo Park", EntityKind.PLACE) is EntityKind.PLACE
    assert kinds.get("Permian Basin", EntityKind.PLACE) is EntityKind.PLACE
    assert kinds["Anglo American"] is EntityKind.ORG
    assert kinds["Orvel Tamsin"] is EntityKind.PERSON  # a title before the name
    assert kinds["Vellor Ingham"] is EntityKind.ORG  # nothing says a person: a firm


@pytest.mark.usefixtures("rules_only")
def test_french_courts_and_prosecutors_are_named_by_their_lower_case_head_and_town() -> None:
    text = (
        "Le parquet de Paris a ouvert une enquête contre Zorblat. Le tribunal judiciaire de "
        "Paris a condamné Quux. La cour d'appel de Versailles a confirmé. Le parquet "
        "national financier enquête sur Blargco. Le parquet a fait appel."
    )
    dataset = ingest_text(text, language="fr")
    kinds = {e.name: e.kind for e in dataset.entities}
    for name in (
        "parquet de Paris",
        "tribunal judiciaire de Paris",
        "cour d'appel de Versailles",
        "parquet national financier",
    ):
        assert kinds[name] is EntityKind.ORG, name
    names = {e.id: e.name for e in dataset.entities}
    pairs = {(names[r.source], names[r.target]) for r in dataset.relations}
    assert ("parquet de Paris", "Zorblat") in pairs


@pytest.mark.usefixtures("rules_only")
def test_names_listed_with_a_product_are_products() -> None:
    text = (
        "Zorblat's list includes the blood thinner Vexalor, along with Quindra, Telmix "
        "and Orvana. Zorblat and Quux sell them."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vexalor"] is EntityKind.PRODUCT
    assert {kinds["Quindra"], kinds["Telmix"], kinds["Orvana"]} == {EntityKind.PRODUCT}
    assert kinds["Zorblat"] is EntityKind.ORG and kinds["Quux"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_initials_a_governor_a_union_local_and_a_plural_opener() -> None:
    text = (
        "The vote drew attention. Illinois Gov. J.B. Pritzker has urged Zorblat to honor its "
        "commitments. Members of UAW Local 1268 held rallies. Zorblat sold a stake to "
        "Thomas Partners, and U.S. Steel objected."
    )
    dataset = ingest_text(text, language="en")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["J.B. Pritzker"] is EntityKind.PERSON
    assert kinds["UAW Local 1268"] is EntityKind.ORG
    assert kinds["Thomas Partners"] is EntityKind.ORG
    assert kinds["U.S. Steel"] is EntityKind.ORG
    assert not {"Illinois Gov", "Members of UAW Local", "J.B", "Pritzker"} & set(kinds)
    quotes = [dataset.article.text[q.start : q.end] for q in dataset.quotes]
    assert quotes[1].startswith("Illinois Gov. J.B. Pritzker has urged")


@pytest.mark.usefixtures("rules_only")
def test_a_title_beside_a_name_names_the_person_again_and_a_portfolio_is_no_name() -> None:
    french = ingest_text(
        "Le ministre de l'Economie, Ada Fairbank, a reçu Zorblat. Selon le ministère de "
        "l'Economie, Quux paiera. Le ministre de l'Economie a appelé Zorblat et Quux à "
        "tenir leurs engagements.",
        language="fr",
    )
    names = {e.name: e for e in french.entities}
    assert "ministre de l'Economie" in names["Ada Fairbank"].aliases
    assert "ministère de l'Economie" in names and "Economie" not in names
    ids = {e.id: e.name for e in french.entities}
    pairs = {(ids[r.source], ids[r.target]) for r in french.relations}
    assert ("Ada Fairbank", "Quux") in pairs
    english = ingest_text(
        "The Department of Transportation opened a probe into Zorblat, and Transportation "
        "Secretary Ada Fairbank criticized it.",
        language="en",
    )
    names = {e.name: e for e in english.entities}
    assert "Transportation" in names["Department of Transportation"].aliases
    ids = {e.id: e.name for e in english.entities}
    roles = {(ids[r.source], ids[r.target]) for r in english.relations if r.type.value == "role"}
    assert ("Ada Fairbank", "Department of Transportation") in roles


@pytest.mark.usefixtures("rules_only")
def test_bros_inside_a_name_shared_tails_and_investment_firms() -> None:
    text = (
        "Warner Bros. Discovery sued the NBA. Thames Water, Yorkshire Water and Northumbrian "
        "Water were fined, and Water minister Ada Fairbank spoke. Elliott Management bought "
        "a stake in Zorblat. Warner Bros. Discovery will appeal, Zorblat said."
    )
    dataset = ingest_text(text, language="en")
    entities = {e.name: e for e in dataset.entities}
    assert "Warner Bros. Discovery" in entities and "Warner Bros" not in entities
    for name in ("Thames Water", "Yorkshire Water", "Northumbrian Water"):
        assert "Water" not in entities[name].aliases, name
    assert entities["Elliott Management"].kind is EntityKind.ORG


def test_a_head_of_government_s_title_is_no_name_even_from_a_model() -> None:
    # the rules never make this candidate; spaCy's French model does
    text = "Le Premier ministre, Ada Roe, critique Zorblat."
    title = Candidate(3, 19, "Premier ministre", 1, 2, False)
    person = Candidate(21, 28, "Ada Roe", 4, 5, False)
    assert [c.text for c in clean_candidates(text, [title, person])] == ["Ada Roe"]


@pytest.mark.usefixtures("rules_only")
def test_a_known_institution_is_not_split_at_a_place_named_alone() -> None:
    english = "Zorblat serves the south of England. The Bank of England fined Zorblat."
    names = names_of(english, "en")
    assert "Bank of England" in names and "Bank" not in names
    french = "Zorblat saisit le Conseil d’État. L’État détient 10 % de Zorblat."
    names = names_of(french, "fr")
    assert "Conseil d’État" in names and "Conseil" not in names


@pytest.mark.usefixtures("rules_only")
def test_committees_on_a_subject_and_a_senator_of_a_state() -> None:
    text = (
        "The Senate Permanent Subcommittee on Investigations summoned Zorblat. "
        "Sen. Ron Johnson of Wisconsin criticized Zorblat. Quux on Monday sued Zorblat."
    )
    names = names_of(text, "en")
    assert "Senate Permanent Subcommittee on Investigations" in names
    assert "Ron Johnson" in names and "Ron Johnson of Wisconsin" not in names
    assert "Quux" in names


@pytest.mark.usefixtures("rules_only")
def test_a_country_ending_a_name_is_not_its_short_form() -> None:
    text = "Air France sued Boeing. France backed Air France. Transport Canada fined Boeing."
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "France" not in entities["Air France"].aliases
    assert entities["France"].kind is EntityKind.PLACE
    assert "Transport Canada" in entities


@pytest.mark.usefixtures("rules_only")
def test_french_sentence_openers_are_no_names() -> None:
    text = (
        "Arrivé à la tête du groupe en 2016, Ada Fairbank a échoué. Après avoir hésité, "
        "Zorblat a signé. Fort de ce soutien, Quux a refusé."
    )
    names = names_of(text, "fr")
    assert not {"Arrivé", "Après", "Fort"} & names
    assert {"Zorblat", "Quux"} <= names


def test_a_family_name_that_is_also_the_company_stays_apart_from_the_person() -> None:
    groups = _groups(
        "Arnaud Zorblat a salué l'accord. Zorblat Travel Retail exploite les boutiques. "
        "Le groupe Zorblat grandit. Ada Fairbank a signé, et Fairbank a parlé."
    )
    assert ["Arnaud Zorblat"] in groups
    assert not any("Arnaud Zorblat" in g and "Zorblat" in g for g in groups)
    assert ["Ada Fairbank", "Fairbank"] in groups


def test_a_firm_named_after_two_people_of_the_text_is_neither_of_them() -> None:
    groups = _groups(
        "Quillbrook Tandry backs a takeover. Peter Quillbrook, who co-founded Quillbrook "
        'Tandry with Stephen Tandry in 1981, will vote for it. "It is fair," Quillbrook '
        "said. Tandry also backs the deal, and Mr Tandry spoke. Quillbrook Tandry rose."
    )
    assert ["Quillbrook Tandry"] in groups
    assert ["Peter Quillbrook", "Quillbrook"] in groups
    assert ["Stephen Tandry", "Mr Tandry", "Tandry"] in groups


@pytest.mark.usefixtures("rules_only")
def test_a_town_council_no_list_knows_is_one_with_its_town_named_alone() -> None:
    aliases = aliases_of(
        "Zorblat veut un terrain appartenant à la Ville de Quillbrook. « Nous avons "
        "écouté la Ville », dit Zorblat, et Quillbrook ira en justice. La Ville de Paris "
        "observe Paris.",
        "fr",
    )
    assert "Quillbrook" in aliases["Ville de Quillbrook"]
    assert "Paris" not in aliases.get("Ville de Paris", set())


@pytest.mark.usefixtures("rules_only")
def test_a_bracketed_acronym_may_skip_lower_case_words_of_its_name() -> None:
    aliases = aliases_of(
        "Le Bureau d'audiences publiques sur l'environnement (BAPE) a jugé le projet "
        "justifié. Zorblat a écrit à Environnement, qui répond. "
        "Le BAPE a siégé.",
        "fr",
    )
    assert aliases["Bureau d'audiences publiques sur l'environnement"] == {"BAPE"}


@pytest.mark.usefixtures("rules_only")
def test_a_tribunal_bureau_or_service_keeps_its_adjective_and_lower_case_complement() -> None:
    names = names_of(
        "Le Tribunal administratif du Québec fixera l'indemnité. Le Tribunal de la "
        "concurrence a approuvé la fusion de Zorblat. Le Tribunal a tranché. La Régie de "
        "l'énergie a suivi.",
        "fr",
    )
    assert {
        "Tribunal administratif du Québec",
        "Tribunal de la concurrence",
        "Régie de l'énergie",
    } <= names
    names = names_of(
        "Le Service de police de Quillaval a enquêté sur Zorblat. Le Commissariat à la "
        "protection de la vie privée du Canada (CPVP) a reproché à Zorblat des lacunes.",
        "fr",
    )
    assert {
        "Service de police de Quillaval",
        "Commissariat à la protection de la vie privée du Canada",
    } <= names
    assert "la concurrence" not in names


def test_a_persons_last_two_names_alone_are_the_person() -> None:
    groups = _groups(
        "President Andrés Manuel Quillo Tandrez spoke on Monday. Later, Quillo Tandrez "
        "repeated his claim."
    )
    assert ["Andrés Manuel Quillo Tandrez", "Quillo Tandrez"] in groups
    # (not a surname with its particle, which names the family's firm too)
    groups = _groups(
        "Le tribunal a déclaré la faillite de Van Quillo. Bernard Van Quillo avait fondé "
        "l'entreprise en 1947."
    )
    assert ["Van Quillo"] in groups


@pytest.mark.usefixtures("rules_only")
def test_a_title_named_for_its_author_is_not_the_authors_name() -> None:
    aliases = aliases_of(
        "Zorblat garde Far Cry et Rainbow Six dans sa filiale, soit Far Cry et Tom Clancy’s "
        "Rainbow Six — ainsi que les studios.",
        "fr",
    )
    assert "Rainbow Six" not in aliases.get("Tom Clancy’s Rainbow Six", set())


@pytest.mark.usefixtures("rules_only")
def test_a_law_named_by_its_capitalised_head_and_its_subject_is_whole() -> None:
    kinds = kinds_of(
        "Le ministre peut invoquer l'article 107 du Code canadien du travail contre Zorblat. "
        "Le CQDE invoque la Loi sur les espèces en péril. La Loi sur la concurrence interdit "
        "ces pratiques.",
        "fr",
    )
    for law in (
        "Code canadien du travail",
        "Loi sur les espèces en péril",
        "Loi sur la concurrence",
    ):
        assert kinds[law] is EntityKind.OTHER
    assert not {"Code", "Loi"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_a_town_after_a_company_s_trade_and_an_adjective_is_its_seat() -> None:
    names = names_of(
        "Zorblat paie. L'affaire avait éclaté lorsque le groupe coopératif de Quillévis "
        "avait révélé une fuite. Au siège de Quillévis, le président de Zorblat, Guy Roe, "
        "a parlé.",
        "fr",
    )
    assert "Zorblat" in names
    assert "Quillévis" not in names  # a place where nothing is done, no party


def test_a_name_and_its_tv_are_one_broadcaster() -> None:
    groups = _groups(
        "Quillo Television lost advertisers on Monday. Quillo TV apologised to Zorblat."
    )
    assert ["Quillo Television", "Quillo TV"] in groups


@pytest.mark.usefixtures("rules_only")
def test_places_listed_after_a_locative_and_behind_an_article() -> None:
    text = (
        "Les syndicats dénoncent les délocalisations de Zorblat vers l'Europe de l'Est, le "
        "Maroc ou la Tunisie. Les producteurs de Quux sont situés dans le Grand Est, les "
        "Pays de la Loire et la Nouvelle-Aquitaine, et dans l'Hexagone. Le Maroc accuse "
        "Zorblat de dumping."
    )
    kinds = kinds_of(text, "fr")
    for place in ("Europe de l'Est", "Tunisie", "Grand Est", "Pays de la Loire", "Hexagone"):
        assert kinds.get(place, EntityKind.PLACE) is EntityKind.PLACE, place
    # a country that acts is listed, as a place ("La Pologne accuse Zorblat")
    assert kinds["Maroc"] is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
def test_a_list_after_a_locative_is_of_companies_when_one_of_them_acts() -> None:
    acting = (
        "Zorblat rachète Quux. Le groupe reste persuadé que le rachat ne nuit pas à la "
        "concurrence face à Aldor, Lidorf et Rewox. Rewox avait fait une offre pour Quux."
    )
    kinds = kinds_of(acting, "fr")
    assert kinds.get("Aldor") is EntityKind.ORG
    assert kinds.get("Lidorf") is EntityKind.ORG
    # named elsewhere only where something happens, or as whose ministry, no company acts
    located = (
        "Zorblat a supprimé ses liaisons vers Nissa et le Sud-Quest. À Nissa, la moitié des "
        "vols sont annulés. Le CQDE a demandé à Environnement et Quangement Canada d'agir, "
        "a plaidé le ministre de l'Environnement, Benoit Charette."
    )
    kinds = kinds_of(located, "fr")
    assert kinds.get("Sud-Quest", EntityKind.PLACE) is EntityKind.PLACE
    assert kinds.get("Quangement Canada", EntityKind.PLACE) is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
def test_institutions_with_lower_case_adjectives_and_an_and_after_their_head() -> None:
    french = ingest_text(
        "La Banque mondiale et la Société financière internationale ont financé Zorblat. "
        "L'Assurance maladie a porté plainte contre Quux, et la Banque centrale européenne "
        "a relevé ses taux, selon la Commission chargée de la concurrence.",
        language="fr",
    )
    names = {e.name for e in french.entities}
    assert {
        "Banque mondiale",
        "Société financière internationale",
        "Assurance maladie",
        "Banque centrale européenne",
    } <= names
    assert "Commission chargée" not in names
    english = ingest_text(
        "The U.S. Centers for Disease Control and Prevention warned Zorblat. Apple and "
        "Google disagreed.",
        language="en",
    )
    names = {e.name for e in english.entities}
    assert "U.S. Centers for Disease Control and Prevention" in names
    assert {"Apple", "Google"} <= names


def test_a_judges_court_level_is_part_of_the_title() -> None:
    groups = _groups(
        "U.S. District Judge Ada Fairbank ruled for Zorblat, and Circuit Judge Tom Reed agreed."
    )
    assert ["Ada Fairbank"] in groups and ["Tom Reed"] in groups
    assert not any("District" in form or "Circuit" in form for g in groups for form in g)


@pytest.mark.usefixtures("rules_only")
def test_a_sub_heading_in_capitals_names_nothing_the_body_does_not() -> None:
    text = (
        "Zorblat wins its case\n\nZorblat beat Quux in court on Friday.\n\n"
        "HIGH STAKES FOR PC PUSH\n\nQuux said it would appeal."
    )
    names = names_of(text, "en")
    assert {"Zorblat", "Quux"} <= names
    assert not any("STAKES" in name or "HIGH" in name for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_name_before_a_plant_and_otherwise_after_in_is_a_town() -> None:
    text = (
        "Workers at Zorblat's Quuxville plant voted to join the Vell Union. Zorblat has "
        "built cars in Quuxville, Tennessee, since 2011, and the union met in Quuxville "
        "on Friday. The Vell Union criticized Zorblat."
    )
    kinds = kinds_of(text, "en")
    assert kinds.get("Quuxville", EntityKind.PLACE) is EntityKind.PLACE
    assert kinds["Zorblat"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_country_ending_a_name_pronouns_type_acronyms_and_co2_are_not_names() -> None:
    text = (
        "Zorblat attaque Greenpeace France en justice. L'ONG Quuxearth soutient Greenpeace. "
        "Celui-ci a jugé que la loi s'applique en France, où le CO2 de Zorblat est émis."
    )
    entities = ingest_text(text, language="fr").entities
    names = {e.name: e for e in entities}
    assert names["Greenpeace France"].kind is EntityKind.ORG
    assert "France" not in names["Greenpeace France"].aliases
    assert "Quuxearth" in names
    assert not {"ONG Quuxearth", "Celui-ci", "CO2"} & set(names)


@pytest.mark.usefixtures("rules_only")
def test_a_name_and_its_industry_tail_are_one_company_whichever_comes_first() -> None:
    text = (
        "Zorblat to buy Quux for $2bn. Zorblat agreed to buy Quux Therapeutics on Monday. "
        "Throughout the year, Vell Financial grew, and Vell said so."
    )
    groups = [sorted(e.names) for e in ingest_text(text, language="en").entities]
    assert ["Quux", "Quux Therapeutics"] in groups
    assert ["Vell", "Vell Financial"] in groups
    assert not any("Throughout" in names for names in groups)


def test_a_short_form_two_names_extend_stays_apart_from_both() -> None:
    text = (
        "Zorblat said on Monday it would split. Zorblat Energy would keep the mines, and "
        "Zorblat Industries the smelters. Quux agreed to buy Quux Games."
    )
    groups = _groups(text)
    assert ["Zorblat"] in groups
    assert ["Zorblat Energy"] in groups and ["Zorblat Industries"] in groups
    assert ["Quux Games", "Quux"] in groups  # one name extends it: its short form


def test_a_family_name_a_title_is_held_in_is_the_company_not_the_person() -> None:
    groups = _groups(
        "Zorblat rachète Quux. « Une étape clé », s'est félicité Giovanni Zorblat, "
        "président exécutif de Zorblat. Zorblat devient numéro trois."
    )
    assert ["Giovanni Zorblat"] in groups and ["Zorblat"] in groups
    groups = _groups("Bill Vell, executive chairman of Vell, said Vell would grow. Vell sold.")
    assert ["Bill Vell"] in groups and ["Vell"] in groups
    # a surname with no title held in it is the person's short form
    groups = _groups("Giovanni Zorblat a parlé lundi. Zorblat a ajouté que tout allait bien.")
    assert ["Giovanni Zorblat", "Zorblat"] in groups


def test_miners_short_forms_and_a_country_before_a_company_tail() -> None:
    text = (
        "Kabila met the bosses of Zorblat and Quux. Ada Roe, chief executive of Zorblat "
        "Resources, spoke first; Quux Mines followed. Qatar signed a deal with Vell. "
        "Qatar Petroleum will supply the gas."
    )
    groups = _groups(text)
    assert ["Zorblat Resources", "Zorblat"] in groups
    assert ["Quux Mines", "Quux"] in groups
    assert ["Qatar"] in groups and ["Qatar Petroleum"] in groups


@pytest.mark.usefixtures("rules_only")
def test_a_name_with_a_digit_that_has_a_capital_or_a_board_is_a_company() -> None:
    text = (
        "Zorblat et Q7 renoncent à leur fusion. Zorblat cède 16 % du capital de Q7. "
        "Ada Roe, présidente du directoire de Q7, critique Vell. Zorblat lance le modèle Z9."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Q7"] is EntityKind.ORG
    assert kinds.get("Z9", EntityKind.PRODUCT) is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_person_of_a_body_and_a_plural_title_are_cut_from_the_names() -> None:
    text = (
        "US District Judge Margaret Garnett of the Southern District of New York blocked "
        "Zorblat. Representatives Joaquin Castro and Jerry Nadler wrote to Quux. "
        "Nicolas de Tavernost criticized Bank of America."
    )
    names = names_of(text, "en")
    assert {"Margaret Garnett", "Southern District of New York"} <= names
    assert {"Joaquin Castro", "Jerry Nadler", "Nicolas de Tavernost", "Bank of America"} <= names


@pytest.mark.usefixtures("rules_only")
def test_an_adverb_opening_a_sentence_is_cut_from_the_name_after_it() -> None:
    text = "Crucially for Quux, the judge spared Zorblat. Notably of Vell, nothing was said."
    names = names_of(text, "en")
    assert {"Quux", "Zorblat"} <= names
    assert not any(name.startswith(("Crucially", "Notably")) for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_french_body_of_members_is_named_by_its_members() -> None:
    text = (
        "L'Union des marques critique Zorblat. Selon la Fédération des entreprises, Quux a "
        "tort. Le Syndicat des énergies renouvelables salue Quux. L'Association des maires "
        "de France attaque Vell."
    )
    names = names_of(text, "fr")
    assert {
        "Union des marques",
        "Fédération des entreprises",
        "Syndicat des énergies renouvelables",
        "Association des maires de France",
    } <= names
    assert not {"Union", "Fédération", "Syndicat", "Association"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_region_ending_a_name_is_no_surname_of_it() -> None:
    text = "Le consortium Casil Europe a vendu sa part à Zorblat. L'Europe critique Quux."
    kinds = kinds_of(text, "fr")
    assert kinds["Casil Europe"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_plural_noun_opening_a_sentence_is_cut_from_the_name_after_it() -> None:
    text = "Rivals Quux and Vell grew faster. Regulators Blargco and Vrel criticized Zorblat."
    names = names_of(text, "en")
    assert {"Quux", "Vell", "Blargco"} <= names
    assert not any(name.startswith(("Rivals", "Regulators")) for name in names)


@pytest.mark.usefixtures("rules_only")
def test_two_departments_of_one_field_stay_apart_and_claim_no_portfolio() -> None:
    text = (
        "The U.S. Commerce Department put Zorblat on a list. China's Ministry of Commerce "
        "criticized the move, and Commerce Minister Ada Roe warned Quux."
    )
    groups = [sorted(e.names) for e in ingest_text(text, language="en").entities]
    assert ["U.S. Commerce Department"] in [[n for n in g if n != "department"] for g in groups]
    assert ["Ministry of Commerce"] in groups
    assert not any("Commerce" in g for g in groups)


@pytest.mark.usefixtures("rules_only")
def test_connectors_after_and_and_counted_crowds_are_no_names() -> None:
    text = (
        "Zorblat builds the rocket for Vell and for Quux's missions. Hundreds of school "
        "districts have sued Zorblat. L'Office tchèque a critiqué Blargco. Shares in the "
        "owner of e-commerce sites Vell and Quux plunged 77%."
    )
    names = names_of(text, "en")
    assert {"Vell", "Quux"} <= names
    assert not {"for Quux", "Hundreds", "Shares"} & names
    french = names_of(text, "fr")
    assert "Office tchèque" in french


@pytest.mark.usefixtures("rules_only")
def test_france_names_its_neighbours_as_places() -> None:
    text = "Outre-Rhin, le syndicat Vell critique Zorblat. Outre-Manche, Quux se tait."
    kinds = kinds_of(text, "fr")
    assert kinds.get("Outre-Rhin", EntityKind.PLACE) is EntityKind.PLACE
    assert kinds.get("Outre-Manche", EntityKind.PLACE) is EntityKind.PLACE
    assert "Vell" in kinds


@pytest.mark.usefixtures("rules_only")
def test_refineries_and_depots_are_sites_and_an_elision_inside_a_town_name_keeps_it_whole() -> None:
    text = (
        "La CGT bloque la raffinerie de Gonfreville-l’Orcher et le dépôt de Flandres de "
        "Zorblat. Villeneuve-d'Ascq accueille Quux."
    )
    entities = ingest_text(text, language="fr").entities
    names = {e.name: e.kind for e in entities}
    assert names.get("Gonfreville-l’Orcher", EntityKind.PLACE) is EntityKind.PLACE
    assert names.get("Flandres", EntityKind.PLACE) is EntityKind.PLACE
    assert names.get("Villeneuve-d'Ascq", EntityKind.PLACE) is EntityKind.PLACE
    assert not {"Gonfreville-l", "Orcher", "Villeneuve-d", "Ascq"} & set(names)


@pytest.mark.usefixtures("rules_only")
def test_hyphenated_french_adverbs_are_no_names() -> None:
    text = "Entre-temps, Zorblat a racheté Quux. Peut-être Vell suivra-t-il."
    names = names_of(text, "fr")
    assert {"Zorblat", "Quux", "Vell"} <= names
    assert not {"Entre-temps", "Peut-être"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_title_given_with_the_bodys_genitive_after_a_name_makes_a_person() -> None:
    kinds = kinds_of("Orvel Tamsin, the VDW's president, urged Zorblat to settle.", "en")
    assert kinds["Orvel Tamsin"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Zorblat ferme son site de Vellac. Le maire de Vellac, Ada Roe, a réagi."),
        ("en", "Zorblat agreed with Quux. The mayor of Vellac criticised Zorblat."),
    ],
)
def test_a_town_with_a_mayor_is_a_place(language: str, text: str) -> None:
    assert kinds_of(text, language).get("Vellac", EntityKind.PLACE) is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
def test_a_name_closing_a_quotation_before_a_title_is_no_person() -> None:
    text = "“We regret the failings found by the Blarg Conduct Authority,” chair Ada Lovelace said."
    assert kinds_of(text, "en")["Blarg Conduct Authority"] is not EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "fr",
            "Zorblat ferme ses usines du Morbihan et de Maine-et-Loire, dit-on à Clermont-Ferrand.",
            ("Morbihan", "Maine-et-Loire", "Clermont-Ferrand"),
        ),
        (
            "en",
            "Newark welcomed the Zorblat plant, while Edinburgh objected to Quux.",
            ("Newark", "Edinburgh"),
        ),
    ],
)
def test_regions_departments_and_large_towns_are_places(
    language: str, text: str, places: tuple[str, ...]
) -> None:
    kinds = kinds_of(text, language)
    for place in places:
        assert kinds.get(place, EntityKind.PLACE) is EntityKind.PLACE, place


@pytest.mark.usefixtures("rules_only")
def test_a_compound_modifier_is_no_name() -> None:
    text = (
        "AI-generated songs flooded Quux. The Emmy-winning show moved to Zorblat. "
        "Paris-based Vell sued Quux. Cold War-era rules apply to Zorblat. The "
        "English-language channel and the World-class team criticised Vell."
    )
    assert names_of(text, "en") == {"Quux", "Zorblat", "Vell"}


@pytest.mark.usefixtures("rules_only")
def test_a_french_institution_named_in_full_before_its_acronym_is_one_entity() -> None:
    text = (
        "La taxe ira à l'Agence de financement des infrastructures de transport de France "
        "(AFIT France), a dit Zorblat. L'AFIT France finance les routes. La Commission "
        "nationale de l’informatique et des libertés (CNIL) a sanctionné Zorblat. Le "
        "Syndicat des travailleurs et travailleuses du jeu vidéo (STJV) critique Zorblat. "
        "Selon le STJV, Zorblat refuse de négocier. La Fédération nationale de l’aviation et "
        "de ses métiers (Fnam) critique Quux. Selon la Fnam, Quux ment. Le Conseil de "
        "surveillance (Paris) critique Quux."
    )
    entities = aliases_of(text, "fr")
    assert entities["Fédération nationale de l’aviation et de ses métiers"] == {"Fnam"}
    assert not any("Paris" in aliases for aliases in entities.values())
    assert entities["Syndicat des travailleurs et travailleuses du jeu vidéo"] == {"STJV"}
    assert entities["Agence de financement des infrastructures de transport de France"] == {
        "AFIT France"
    }
    assert entities["Commission nationale de l’informatique et des libertés"] == {"CNIL"}


@pytest.mark.usefixtures("rules_only")
def test_a_bracket_after_a_verb_closes_no_institution_name() -> None:
    names = names_of("L'Agence a annoncé une hausse (AFP) des prix chez Zorblat.", "fr")
    assert not any(name.startswith("Agence a") for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_nationality_or_a_place_before_a_persons_name_is_no_part_of_it() -> None:
    names = names_of(
        "Plusieurs élus, dont la Française Ada Roe, critiquent Zorblat. Le député Vellor du "
        "Maine-et-Loire Alan Turing a critiqué Quux.",
        "fr",
    )
    assert {"Ada Roe", "Alan Turing"} <= names
    assert not any("Française" in name for name in names)


@pytest.mark.usefixtures("rules_only")
def test_a_company_named_before_a_title_stays_apart_from_the_person_of_its_name() -> None:
    text = (
        "Vellor completed its takeover of Zorblat. Regulators required that Zorblat Chief "
        "Executive Ada Zorblat leave the board. Ada Zorblat denied it."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Zorblat"] is EntityKind.ORG
    assert kinds["Ada Zorblat"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_a_street_is_a_place() -> None:
    text = "Zorblat a ouvert devant les portes de Quux, rue de Vellore. Zorblat a critiqué Quux."
    assert kinds_of(text, "fr").get("Vellore", EntityKind.PLACE) is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
def test_a_capitalised_article_inside_a_sentence_opens_a_name() -> None:
    names = names_of(
        "Zorblat a signé avec La Vellette et avec Le Bon Quux. La Vellette a refusé.", "fr"
    )
    assert {"La Vellette", "Le Bon Quux"} <= names


@pytest.mark.usefixtures("rules_only")
def test_a_surname_with_its_particle_names_the_person_again() -> None:
    text = (
        "Portée par la députée Annaïg Le Vellec, la loi a été votée. Zorblat a critiqué "
        "Le Vellec, que la ministre a soutenue."
    )
    entities = aliases_of(text, "fr")
    assert "Le Vellec" in entities["Annaïg Le Vellec"]


@pytest.mark.usefixtures("rules_only")
def test_a_department_named_like_a_common_word_is_a_place() -> None:
    names = names_of("Le sénateur Vellor du Gard Ada Roe a critiqué Zorblat.", "fr")
    assert "Ada Roe" in names


@pytest.mark.usefixtures("rules_only")
def test_a_union_named_after_its_company_is_no_product_of_it() -> None:
    text = (
        "Zorblat Workers United said Zorblat refused to bargain. Zorblat Workers United is "
        "part of Workers United, which backs it."
    )
    assert kinds_of(text, "en")["Zorblat Workers United"] is EntityKind.ORG


@pytest.mark.parametrize("union_alone", ["", " Selon la CGT, Quux a critiqué Zorblat."])
def test_a_unions_branch_at_a_company_is_neither_the_company_nor_its_product(
    union_alone: str,
) -> None:
    text = (
        "Le verrier Zorblat a été repris par ses salariés. La CGT Zorblat a salué la "
        "décision de Quux. Zorblat emploie 230 personnes." + union_alone
    )
    entities = aliases_of(text, "fr")
    assert entities["CGT Zorblat"] == set()
    assert entities["Zorblat"] == set()
    assert kinds_of(text, "fr")["CGT Zorblat"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_les_sages_are_the_conseil_constitutionnel_the_text_names() -> None:
    text = (
        "Le Conseil constitutionnel a censuré la loi Zorblat. Quux a accusé les Sages de "
        "créer une distorsion de concurrence."
    )
    entities = aliases_of(text, "fr")
    assert "Sages" in entities["Conseil constitutionnel"]
    assert "Sages" not in entities


@pytest.mark.usefixtures("rules_only")
def test_bercy_is_the_economy_ministry_the_text_names() -> None:
    text = (
        "Bercy a validé le rachat de Zorblat par Quux. Le ministère de l'Économie a fixé "
        "des conditions à Quux."
    )
    entities = aliases_of(text, "fr")
    assert "Bercy" in entities["ministère de l'Économie"]
    assert "Bercy" not in entities


@pytest.mark.usefixtures("rules_only")
def test_l_union_is_the_european_union_the_text_names() -> None:
    # named short first: a short form after its full name already joins it
    text = (
        "Quux vend moins cher dans d'autres pays de l'Union, selon Zorblat. L'Union "
        "européenne a infligé une amende à Zorblat."
    )
    entities = aliases_of(text, "fr")
    assert "Union" in entities["Union européenne"]
    assert "Union" not in entities
    # the Union européenne never named: "l'Union" is where things happen, no party
    alone = "Quux vend moins cher dans d'autres pays de l'Union, selon Zorblat."
    assert "Union" not in names_of(alone, "fr")
    assert "Union Vell" in names_of("L'Union Vell critique Zorblat. Quux répond.", "fr")


def test_a_dotted_abbreviation_gives_all_its_letters_to_the_initials() -> None:
    assert initials("U.S. Postal Service") == "USPS"
    groups = _groups("UPS and the U.S. Postal Service compete. UPS hired drivers.")
    assert ["UPS"] in groups and ["U.S. Postal Service"] in groups
    groups = _groups("The U.S. Federal Trade Commission sued Zorblat. The FTC said so.")
    assert ["U.S. Federal Trade Commission", "FTC"] in groups


@pytest.mark.usefixtures("rules_only")
def test_a_french_ministry_keeps_its_adjective_and_its_list_of_fields() -> None:
    text = (
        "Le ministère américain de la Justice a poursuivi Zorblat. Le ministère fédéral des "
        "Finances a critiqué Quux. Le ministère du Travail, de l'Emploi et de l'Insertion a "
        "reçu Blargco. Le ministère chinois du Commerce a visé Zorblat, et le commissaire "
        "européen au Commerce a répondu."
    )
    names = names_of(text, "fr")
    assert {
        "ministère américain de la Justice",
        "ministère fédéral des Finances",
        "ministère du Travail, de l'Emploi et de l'Insertion",
        "ministère chinois du Commerce",
    } <= names
    assert not {"Justice", "Finances", "Travail", "ministère chinois"} & names


@pytest.mark.usefixtures("rules_only")
def test_an_english_ministry_of_listed_fields_is_one_name() -> None:
    text = (
        "Guidelines from the Ministry of Economy, Trade and Industry urged boards to listen. "
        "Zorblat cited the Department of Business, Energy and Industrial Strategy."
    )
    names = names_of(text, "en")
    assert "Ministry of Economy, Trade and Industry" in names
    assert "Department of Business, Energy and Industrial Strategy" in names
    assert not {"Ministry of Economy", "Trade and Industry", "Industrial Strategy"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_federal_court_is_named_by_its_head_and_town() -> None:
    text = "Zorblat a plaidé coupable devant un tribunal fédéral de Brooklyn en 2022."
    kinds = kinds_of(text, "fr")
    assert kinds["tribunal fédéral de Brooklyn"] is EntityKind.ORG
    assert "Brooklyn" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_a_capital_acting_as_a_government_is_not_the_company_the_article_is_about() -> None:
    text = (
        "Pékin a imposé des droits sur le cognac. Pékin vise aussi Zorblat. Pékin menace "
        "Quux. Le groupe a réagi vendredi."
    )
    aliases = aliases_of(text, "fr")
    assert "groupe" not in aliases["Pékin"]


@pytest.mark.usefixtures("rules_only")
def test_a_capitalised_national_prosecutor_and_an_armed_group_are_named_whole() -> None:
    text = (
        "Selon le Parquet national antiterroriste, Zorblat aurait payé l’État islamique "
        "pour maintenir son usine. Zorblat conteste."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Parquet national antiterroriste"] is EntityKind.ORG
    assert kinds["État islamique"] is EntityKind.ORG
    assert not {"Parquet", "État"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for Zorblat said the ruling favoured Quux.",
        "Shares of Zorblat fell after Quux sued.",
        "Employees at Zorblat criticized Quux.",
    ],
)
def test_a_plural_opening_a_sentence_before_a_name_is_no_part_of_it(text: str) -> None:
    assert "Zorblat" in names_of(text, "en")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "absent", "present"),
    [
        ("fr", "Deux syndicats ont critiqué Zorblat.", "Deux", "Zorblat"),
        ("fr", "Six ONG ont critiqué Zorblat.", "Six ONG", "Zorblat"),
        ("en", "Two NGOs sued Zorblat.", "Two NGOs", "Zorblat"),
        ("en", "Two Sigma sued Zorblat.", "Sigma", "Two Sigma"),
    ],
)
def test_a_count_opening_a_sentence_is_no_name(
    language: str, text: str, absent: str, present: str
) -> None:
    names = names_of(text, language)
    assert absent not in names and present in names


@pytest.mark.usefixtures("rules_only")
def test_two_towns_the_text_does_not_explain_name_no_company() -> None:
    text = (
        "Zorblat won approval for its takeover of Quux Airlines, after the Seattle-based "
        "carrier agreed to commitments. Quux Airlines flies to Asia. Quux Airlines grew. "
        "The Honolulu-based airline hired pilots."
    )
    aliases = aliases_of(text, "en")
    assert not {"Seattle-based carrier", "Honolulu-based airline"} & (
        aliases["Quux Airlines"] | aliases["Zorblat"]
    )


@pytest.mark.usefixtures("rules_only")
def test_a_verb_opening_a_quotation_is_no_party_but_a_name_there_is() -> None:
    text = (
        "« Changer de capitaine en pleine tempête est une erreur », déplore Zorblat. Selon "
        "Quux, « Renoncer à ce projet serait pire ». Quux vend ses modèles « Vexil ». "
        "« Blargco nous a trahis », lance Quux."
    )
    names = names_of(text, "fr")
    assert not {"Changer", "Renoncer"} & names
    assert {"Zorblat", "Quux", "Vexil", "Blargco"} <= names


@pytest.mark.usefixtures("rules_only")
def test_a_giant_of_an_origin_introduces_it() -> None:
    text = (
        "Quux, filiale du géant suisse Zorblat, ferme. Quux recrute. Quux vend. Quux "
        "licencie. Le groupe suisse a refusé de commenter."
    )
    aliases = aliases_of(text, "fr")
    assert "groupe suisse" in aliases["Zorblat"]
    assert "groupe suisse" not in aliases["Quux"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("group", ["pharmaciens", "distributeurs", "grévistes"])
def test_professions_acting_as_a_group_are_parties_when_they_act(group: str) -> None:
    acting = f"Les {group} dénoncent la décision de Zorblat. Zorblat maintient son plan."
    assert group in names_of(acting, "fr")
    mentioned = f"Zorblat a reçu des {group} lundi. Zorblat maintient son plan."
    assert group not in names_of(mentioned, "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_common_word_before_a_party_participle_is_no_name() -> None:
    text = "State-owned bank Blarg lent money. The state will guarantee it."
    names = {e.name for e in ingest_text(text, language="en").entities}
    assert "State" not in names
    assert "Blarg" in names


@pytest.mark.usefixtures("rules_only")
def test_titles_before_a_name_and_arabic_name_particles() -> None:
    text = (
        "Zorblat, chaired by Crown Prince Karim bin Talal, sued Quux. Democratic Senators "
        "Jane Roe and Ada Lovelace questioned the deal. Crown Castle sued Quux too."
    )
    kinds = kinds_of(text, "en")
    # "bin" joins the parts of one person's name; the title is no part of it
    assert kinds.get("Karim bin Talal") is EntityKind.PERSON
    # a plural title and the party's adjective before it open no name
    assert kinds.get("Jane Roe") is EntityKind.PERSON
    assert not any(name.startswith(("Democratic", "Crown Prince")) for name in kinds)
    assert "Crown Castle" in kinds


@pytest.mark.usefixtures("rules_only")
def test_a_court_keeps_its_seat_and_the_longer_overlapping_name_is_the_mention() -> None:
    text = (
        "Zorblat moved from The Hague to London. The Hague Court of Appeal sided with "
        "Zorblat. In 2021 the District Court of The Hague had ruled against Zorblat."
    )
    dataset = ingest_text(text, language="en")
    names = {e.name for e in dataset.entities}
    assert "District Court of The Hague" in names
    assert "Hague Court of Appeal" in names  # the sentence's "The" is no part of it
    mentioned = {text[m.start : m.end] for m in dataset.mentions}
    assert "Hague Court of Appeal" in mentioned
    # a seat the text also names alone, and no gazetteer knows
    names = names_of("Quux grew in Zorbton. The Commercial Court of Zorbton fined Quux.", "en")
    assert "Commercial Court of Zorbton" in names


@pytest.mark.usefixtures("rules_only")
def test_an_elect_title_is_a_title() -> None:
    kinds = kinds_of("New York City Mayor-elect Zorb Quuxley joined the strikers.", "en")
    assert kinds.get("Zorb Quuxley") is EntityKind.PERSON
    assert not any("York City Mayor" in name for name in kinds)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        ("fr", "Quux est contrôlé par le milliardaire Zorb Quuxley.", "Zorb Quuxley", "person"),
        ("en", "Zorb Quuxley, co-CEO of Blargco, backed the deal.", "Zorb Quuxley", "person"),
        ("en", "Quux, the publisher behind Zorblat Arena, was sold.", "Zorblat Arena", "product"),
    ],
)
def test_person_nouns_co_titles_and_what_a_publisher_is_behind(
    language: str, text: str, name: str, kind: str
) -> None:
    assert kinds_of(text, language).get(name) is EntityKind(kind)


@pytest.mark.usefixtures("rules_only")
def test_a_short_form_ends_a_name_with_a_lower_case_word_inside() -> None:
    text = "L'Union syndicale Zorblat a critiqué Quux. Une démarche jugée insuffisante par Zorblat."
    assert aliases_of(text, "fr").get("Union syndicale Zorblat") == {"Zorblat"}


@pytest.mark.usefixtures("rules_only")
def test_a_town_followed_by_its_state_is_a_place() -> None:
    text = (
        "Zorblat stays headquartered in Quuxwood City, California. Going private lets the "
        "Quuxwood City publisher move faster, Zorblat said."
    )
    assert kinds_of(text, "en").get("Quuxwood City", EntityKind.PLACE) is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "not_names"),
    [
        (
            "en",
            "ZORBTON, Quuxland (AP) — Zorblat sued Blargco. The Anglo-Australian miner and "
            "Serbian officials met in late-2022 and again in mid-2025.",
            {"Quuxland", "AP", "Anglo-Australian", "Serbian", "late-2022", "mid-2025"},
        ),
        (
            "fr",
            "Vingt-deux pays ont saisi Blargco. Le groupe franco-allemand Zorblat a porté "
            "plainte contre Blargco.",
            {"Vingt-deux", "franco-allemand"},
        ),
    ],
)
def test_datelines_nationalities_and_times_are_no_names(
    language: str, text: str, not_names: set[str]
) -> None:
    names = names_of(text, language)
    assert not names & not_names
    assert "Blargco" in names


@pytest.mark.usefixtures("rules_only")
def test_a_nationality_opening_a_sentence_is_the_person_named_before() -> None:
    text = (
        "La décision intervient à la veille de l’arrivée d’Ivan Quuxley à la tête de "
        "Blargco. Le Mexicain, jusqu’ici directeur des produits, a critiqué Zorblat."
    )
    aliases = aliases_of(text, "fr")
    assert "Le Mexicain" in aliases.get("Ivan Quuxley", set())
    assert "Mexicain" not in aliases


@pytest.mark.usefixtures("rules_only")
def test_state_bodies_city_titles_and_numbered_bills() -> None:
    text = (
        "The California Public Utilities Commission suspended Zorblat. Quuxton City "
        "Attorney Ada Roe said Zorblat misled the city. Governor Jane Doe vetoed Assembly "
        "Bill 316, which Blargco had backed."
    )
    kinds = kinds_of(text, "en")
    assert kinds.get("California Public Utilities Commission") is EntityKind.REGULATOR
    assert kinds.get("Ada Roe") is EntityKind.PERSON
    assert kinds.get("Assembly Bill 316") is EntityKind.OTHER
    assert not any(name.startswith(("Quuxton City", "Attorney")) for name in kinds)


@pytest.mark.usefixtures("rules_only")
def test_a_state_guarantee_names_no_state_and_the_gulf_is_a_place() -> None:
    text = (
        "Zorblat a obtenu le feu vert de Quux moyennant la suppression d’une garantie d’Etat "
        "illimitée. L’arrivée d’un investisseur du Golfe au capital de Quux inquiète Blargco."
    )
    kinds = kinds_of(text, "fr")
    assert "Etat" not in kinds
    assert kinds.get("Golfe", EntityKind.PLACE) is EntityKind.PLACE


@pytest.mark.usefixtures("rules_only")
def test_events_and_landmarks_written_with_lower_case_words_are_whole() -> None:
    text = (
        "La grève des agents de Zorblat menace la Coupe du monde de rugby, et ferme la "
        "tour Eiffel. Quux, qui exploite la tour Eiffel, a critiqué Zorblat."
    )
    kinds = kinds_of(text, "fr")
    assert kinds.get("Coupe du monde de rugby") is EntityKind.EVENT
    assert not {"Coupe", "Eiffel"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_a_short_form_of_two_names_that_extend_each_other() -> None:
    text = (
        "Zorblat Hotels drops its bid for Quux\n\nZorblat Hotels International said on "
        "Tuesday it was abandoning its pursuit of Quux. In January, Quux sued Zorblat."
    )
    aliases = aliases_of(text, "en")
    assert aliases.get("Zorblat Hotels International") == {"Zorblat Hotels", "Zorblat"}


@pytest.mark.usefixtures("rules_only")
def test_titles_held_before_are_titles() -> None:
    text = (
        "The cuts were ordered by the government of then-President Ada Lovelace Roe. "
        "Ex-CEO Bob Vell sued Zorblat. Roe criticized Quux."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Ada Lovelace Roe"] is EntityKind.PERSON
    assert kinds["Bob Vell"] is EntityKind.PERSON
    assert not any(name.lower().startswith(("then-", "ex-")) for name in kinds)


@pytest.mark.usefixtures("rules_only")
def test_public_offices_named_the_english_way_are_regulators() -> None:
    text = (
        "China's State Administration for Market Regulation cleared Zorblat's deal. The "
        "Bureau of Vell Security fined Quux, and the Vell Patent Office rejected Zorblat's "
        "claim. Quux moved its files to Microsoft Office."
    )
    kinds = kinds_of(text, "en")
    for office in (
        "State Administration for Market Regulation",
        "Bureau of Vell Security",
        "Vell Patent Office",
    ):
        assert kinds[office] is EntityKind.REGULATOR
    assert kinds.get("Microsoft Office") is not EntityKind.REGULATOR


@pytest.mark.usefixtures("rules_only")
def test_a_name_between_commas_after_a_title_is_a_person() -> None:
    text = (
        "Le ministre des transports, Óscar Vellmont, a critiqué Zorblat. Óscar Vellmont a "
        "aussi critiqué Quux."
    )
    assert kinds_of(text, "fr")["Óscar Vellmont"] is EntityKind.PERSON
    # a title-cased word of a name is no title
    english = (
        "Zorblat General's parent, Zorblat Mutual Vell Co., agreed to pay. Zorblat Mutual "
        "Vell Co. said so."
    )
    assert kinds_of(english, "en").get("Zorblat Mutual Vell Co") is not EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_a_company_named_like_a_law_s_head_is_a_company() -> None:
    text = (
        "Zorblat and Charter Vell struck a carriage agreement. Charter said customers would "
        "gain access to the apps. Zorblat accused Charter of refusing to pay."
    )
    assert kinds_of(text, "en")["Charter Vell"] is EntityKind.ORG
    assert (
        kinds_of("Le Code a été modifié par Zorblat. Quux critique le Code.", "fr").get(
            "Code", EntityKind.OTHER
        )
        is EntityKind.OTHER
    )


@pytest.mark.usefixtures("rules_only")
def test_a_tournament_named_open_is_an_event() -> None:
    text = "Zorblat will show the Vell Open on its app. Quux lost the Vell Open rights to Zorblat."
    assert kinds_of(text, "en")["Vell Open"] is EntityKind.EVENT


@pytest.mark.usefixtures("rules_only")
def test_a_foreign_institution_named_in_french_keeps_its_own_acronym() -> None:
    text = (
        "Le même jour, l'Autorité britannique de la concurrence et des marchés (CMA) a "
        "sanctionné Zorblat. La CMA a aussi visé Quux. La Commission fédérale des "
        "communications (FCC) a autorisé Quux à racheter Vell."
    )
    entities = {e.name: e for e in ingest_text(text, language="fr").entities}
    assert "CMA" in entities["Autorité britannique de la concurrence et des marchés"].aliases
    assert "FCC" in entities["Commission fédérale des communications"].aliases
    assert not {"CMA", "FCC"} & set(entities)


@pytest.mark.usefixtures("rules_only")
def test_a_law_ending_the_sentence_before_says_nothing_of_the_next_name() -> None:
    text = (
        "Zorblat broke the Bank Secrecy Act. The Zorblat resolution arrives as Quux sues "
        "Zorblat. Zorblat agreed to pay Quux."
    )
    assert kinds_of(text, "en")["Zorblat"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_the_us_is_no_company_the_company_could_name() -> None:
    # "U.S." is named nine times in this article about OKX and acts: "the company" is OKX's
    # operator, never the country
    dataset = ingest_text(
        fixture_text("en_okx_guilty_plea_unlicensed_money_transmitting.txt"), language="en"
    )
    us = next(e for e in dataset.entities if e.name == "U.S.")
    assert "company" not in us.aliases


@pytest.mark.usefixtures("rules_only")
def test_regulations_named_in_the_plural_are_texts() -> None:
    text = (
        "Under the Vell Passenger Protection Regulations, Zorblat owes Quux nothing. Quux "
        "cited the Vell Passenger Protection Regulations against Zorblat."
    )
    assert kinds_of(text, "en")["Vell Passenger Protection Regulations"] is EntityKind.OTHER


@pytest.mark.usefixtures("rules_only")
def test_an_act_whose_title_holds_lower_case_words_is_one_name() -> None:
    text = (
        "Lawmakers pointed to the Partner with Vell Act, a bill in Congress. Zorblat "
        "opposed the Consumer Right to Repair Agricultural Equipment Act. Quux met the "
        "Secretary of State and Act."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Partner with Vell Act"] is EntityKind.OTHER
    assert kinds["Consumer Right to Repair Agricultural Equipment Act"] is EntityKind.OTHER
    assert "Vell Act" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_a_name_with_an_and_that_the_text_abbreviates_is_one_name() -> None:
    text = (
        "Agents of U.S. Vell and Quux Enforcement raided Zorblat. Images released by VQE "
        "shocked Blargco. Zorblat and Blargco Holdings merged."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "VQE" in entities["U.S. Vell and Quux Enforcement"].aliases
    assert "Quux Enforcement" not in entities
    # no acronym: two names
    assert {"Zorblat", "Blargco Holdings"} <= set(entities)
    # an agency's head after the "and": "Customs and Border Protection"
    agency = "Zorblat asked U.S. Vell and Border Protection to approve its redesign."
    assert "U.S. Vell and Border Protection" in names_of(agency, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_body_of_people_named_x_of_a_and_b_is_one_name() -> None:
    text = (
        "The Brotherhood of Vell Engineers and Trainmen said Zorblat had agreed. The Society "
        "of Vell Manufacturers and Traders criticized Quux. Bank of Vell and Quux sued Zorblat."
    )
    names = names_of(text, "en")
    assert {
        "Brotherhood of Vell Engineers and Trainmen",
        "Society of Vell Manufacturers and Traders",
        "Bank of Vell",
        "Quux",
    } <= names
    assert not {"Trainmen", "Traders"} & names


@pytest.mark.usefixtures("rules_only")
def test_the_government_is_the_one_government_the_text_names() -> None:
    text = (
        "The Italian government said it would keep a stake in Zorblat. Quux criticized the "
        "government. The government defended Zorblat."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "government" not in entities
    assert "government" in entities["Italian government"].aliases
    # two governments named: "the government" is neither
    two = (
        "The Italian government and the French government met. Quux criticized the "
        "government. The government defended Zorblat."
    )
    names = {e.name for e in ingest_text(two, language="en").entities}
    assert "Italian government" in names and "French government" in names
    french = "Le gouvernement français soutient Zorblat. Quux critique le gouvernement."
    assert "gouvernement" in aliases_of(french, "fr")["gouvernement français"]


@pytest.mark.usefixtures("rules_only")
def test_the_french_state_named_alone_is_the_government() -> None:
    text = (
        "Zorblat a annoncé un plan social. L'Etat détient 10 % de Zorblat. Le gouvernement "
        "critique Zorblat. Quux a saisi l'Etat."
    )
    entities = {e.name: e for e in ingest_text(text, language="fr").entities}
    assert "Etat" in entities["gouvernement"].aliases
    assert "Etat" not in entities
    assert "gouvernement critique" not in entities  # a verb, no nationality


@pytest.mark.usefixtures("rules_only")
def test_a_nation_s_state_and_its_government_are_one() -> None:
    text = (
        "L'Etat danois détient 26 % de Zorblat. Le gouvernement danois soutient Zorblat. "
        "L’Etat suédois a vendu ses parts à Quux. L'Etat critique Quux."
    )
    entities = {e.name: e for e in ingest_text(text, language="fr").entities}
    assert "gouvernement danois" in entities["Etat danois"].aliases
    assert "Etat suédois" in entities
    # two nations' States: "l'Etat" alone is neither
    assert "Etat" not in entities["Etat danois"].aliases
    assert "Etat" not in entities["Etat suédois"].aliases
    # the one State of a nation the text names, though another government is named
    one = (
        "Le gouvernement italien soutient Zorblat. L’État français détient 10 % de Quux. "
        "Zorblat critique l’État."
    )
    assert "État" in aliases_of(one, "fr")["État français"]


@pytest.mark.usefixtures("rules_only")
def test_a_federal_government_is_the_one_nation_s() -> None:
    text = (
        "Le gouvernement fédéral allemand a promis 400 millions d'euros à Zorblat. "
        "L'État fédéral critique Quux. Le gouvernement fédéral soutient Zorblat."
    )
    entities = {e.name: e for e in ingest_text(text, language="fr").entities}
    assert {"État fédéral", "gouvernement fédéral"} <= set(
        entities["gouvernement fédéral allemand"].aliases
    )


@pytest.mark.usefixtures("rules_only")
def test_a_government_named_by_its_head_is_no_region_s() -> None:
    text = "Le gouvernement d'Elisabeth Borne critique Zorblat. Quux soutient le gouvernement."
    names = {e.name for e in ingest_text(text, language="fr").entities}
    assert "gouvernement" in names
    assert "gouvernement d'Elisabeth" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_company_s_holders_or_staff_named_by_it_are_a_party() -> None:
    text = (
        "Zorblat shareholders approved the takeover by Quux on Monday. Quux thanked "
        "shareholders. Zorblat said the deal would close. Japanese lenders backed Quux."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "shareholders" in entities["Zorblat shareholders"].aliases
    assert "shareholders" not in entities
    assert not any(name.startswith("Japanese") for name in entities)


@pytest.mark.usefixtures("rules_only")
def test_a_unit_after_a_number_is_no_name() -> None:
    text = (
        "Zorblat a signé avec Quux. Quux exploite 6 GW de capacité et produit 1,2 TWh par an. "
        "GW Vell a signé avec Quux."
    )
    names = names_of(text, "fr")
    assert not {"GW", "TWh"} & names
    assert "GW Vell" in names


@pytest.mark.usefixtures("rules_only")
def test_a_firm_s_name_before_and_ends_there() -> None:
    text = (
        "Zorblat was taken private by Vell Capital Partners alongside Quux Industries and "
        "Blargco Pension Plan Investment Board. The Bureau of Industry and Security agreed."
    )
    names = names_of(text, "en")
    assert {"Quux Industries", "Blargco Pension Plan Investment Board"} <= names
    assert "Bureau of Industry and Security" in names


@pytest.mark.usefixtures("rules_only")
def test_a_site_named_with_what_it_makes_says_where() -> None:
    text = (
        "Zorblat suspend un projet de 200 millions à Vellbridge. Zorblat investit dans son "
        "campus de recherche de Vellbridge. Quux a renoncé à son usine de vaccins de Speke."
    )
    # towns, not listed (a place is listed when it is a country)
    names = names_of(text, "fr")
    assert {"Zorblat", "Quux"} <= names
    assert not {"Vellbridge", "Speke"} & names


@pytest.mark.usefixtures("rules_only")
def test_a_quoted_title_with_a_chamber_s_word_is_still_a_work() -> None:
    text = (
        "Zorblat streams “House of the Dragon”, its hit series. Quux sued Zorblat over "
        "“House of the Dragon”."
    )
    assert kinds_of(text, "en")["House of the Dragon"] is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_surname_with_its_particle_is_one_person() -> None:
    # the surname alone elsewhere had cut the name in two at its particle
    english = (
        "The plan was condemned by Mark van Baal, founder of the investor group Vellfund. "
        '"It is a mistake," van Baal said, as Zorblat sued Quux.'
    )
    french = (
        "On retrouve Nicolas de Vellmont, ancien président de Zorblat. Pour de Vellmont, "
        "Quux a tort. Vellmont a critiqué Quux."
    )
    assert aliases_of(english, "en")["Mark van Baal"] == {"Baal"}
    assert kinds_of(english, "en")["Mark van Baal"] is EntityKind.PERSON
    assert "Mark" not in names_of(english, "en")
    assert "Vellmont" in aliases_of(french, "fr")["Nicolas de Vellmont"]


@pytest.mark.usefixtures("rules_only")
def test_the_and_ending_a_list_of_names_splits_the_last_two() -> None:
    text = (
        "It revived the debate over the big four banks — Zorblat, Quux Bank, Vellpac and "
        "National Vell Bank — and Zorblat sued Quux Bank. The Bakery, Confectionery, "
        "Tobacco Workers and Grain Millers International Union struck."
    )
    names = names_of(text, "en")
    assert {"Vellpac", "National Vell Bank"} <= names
    assert "Vellpac and National Vell Bank" not in names
    # a body whose name lists trades stays whole after its comma
    assert "Grain Millers International Union" not in names


@pytest.mark.usefixtures("rules_only")
def test_the_family_is_the_one_family_the_text_names() -> None:
    english = (
        "Zorblat bought the newspaper from the Vellay family. The family had owned it for "
        "thirty years, and the family criticised Zorblat."
    )
    french = (
        "Zorblat a racheté le journal à la famille Vellay. La famille a critiqué Zorblat "
        "et la famille a porté plainte contre Quux."
    )
    assert "family" in aliases_of(english, "en")["Vellay family"]
    assert not {"family", "The family"} & names_of(english, "en")
    assert "famille" in aliases_of(french, "fr")["famille Vellay"]


@pytest.mark.usefixtures("rules_only")
def test_a_name_with_a_father_s_name_is_one_person() -> None:
    text = (
        "Vellbird, which is backed by Sheikh Tamar bin Zayed al-Vellan, bought Zorblat. "
        "Sheikh Tamar also owns Quux."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Sheikh Tamar bin Zayed al-Vellan"] is EntityKind.PERSON
    assert "Sheikh Tamar" in aliases_of(text, "en")["Sheikh Tamar bin Zayed al-Vellan"]
    assert "Zayed al-Vellan" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_a_union_s_local_keeps_the_and_of_its_union_s_name() -> None:
    text = (
        "The United Vell and Commercial Workers Local 400, which represents workers at the "
        "plant, criticised Zorblat."
    )
    names = names_of(text, "en")
    assert "United Vell and Commercial Workers Local 400" in names
    assert "United Vell" not in names


@pytest.mark.usefixtures("rules_only")
def test_a_court_before_its_department_in_brackets_is_no_town() -> None:
    text = (
        "Le tribunal de commerce de Vellmont (Hauts-de-Seine) a prononcé la liquidation de "
        "Zorblat. L'usine de Castres (Tarn) ferme."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["tribunal de commerce de Vellmont"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_the_x_maker_and_a_portfolio_s_brands_are_products() -> None:
    english = (
        "Zorblat will buy Quux, valuing the Vellnol maker at $48 billion. Sales of Vellnol "
        "fell. Doctors warned about Vellnol. Quux, the U.S. maker of chips, grew."
    )
    kinds = kinds_of(english, "en")
    assert kinds["Vellnol"] is EntityKind.PRODUCT
    assert kinds["Quux"] is EntityKind.ORG
    french = (
        "Zorblat enrichit un portefeuille de marques qui compte déjà Vell-Ban, Oakvell ou "
        "Persvell. Zorblat a racheté Quux."
    )
    kinds = kinds_of(french, "fr")
    assert {kinds[n] for n in ("Vell-Ban", "Oakvell", "Persvell")} == {EntityKind.PRODUCT}


@pytest.mark.usefixtures("rules_only")
def test_a_police_force_followed_by_who_is_no_person() -> None:
    text = (
        "Officers from the Vellshire Police, who had led the early inquiries, said Zorblat "
        "was not at fault."
    )
    assert kinds_of(text, "en")["Vellshire Police"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_person_right_after_a_party_or_a_portfolio_is_named_apart() -> None:
    text = (
        "L’ancien ministre délégué aux Transports Clément Vellard avait présenté un plan. "
        "Le député du groupe Renaissance David Quellec a critiqué Zorblat."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Clément Vellard"] is EntityKind.PERSON
    assert kinds["David Quellec"] is EntityKind.PERSON
    assert "Renaissance" in kinds
    assert not {"Transports Clément Vellard", "Renaissance David Quellec"} & set(kinds)
    state = "La secrétaire d'Etat Agnès Vellier-Runacher a salué l'accord avec Zorblat."
    kinds = kinds_of(state, "fr")
    assert kinds["Agnès Vellier-Runacher"] is EntityKind.PERSON
    assert not {"Etat", "Etat Agnès Vellier-Runacher"} & set(kinds)


@pytest.mark.usefixtures("rules_only")
def test_the_trade_of_a_company_is_not_the_main_one_its_sentence_names_after_it() -> None:
    text = (
        "Zorblat closed on Friday. Zorblat said it had no choice. Zorblat blamed the grid. "
        "Ada Roe, Quux's chief executive, said Zorblat could have stayed open. His comments "
        "put the utility at odds with Zorblat. Zorblat will reopen."
    )
    aliases = aliases_of(text, "en")
    assert "utility" not in aliases["Zorblat"]
    assert "utility" in aliases["Quux"]


@pytest.mark.usefixtures("rules_only")
def test_a_person_s_lawyer_does_not_make_the_surname_a_body() -> None:
    text = (
        "A jury found Carla Vellice, the founder of Zorblat, guilty of defrauding Quux. "
        "Vellice's lawyer, Ada Roe, said she would appeal. Vellice told Quux that Zorblat "
        "had four million users."
    )
    assert "Vellice" in aliases_of(text, "en")["Carla Vellice"]


@pytest.mark.usefixtures("rules_only")
def test_a_meter_named_is_a_product() -> None:
    text = (
        "Les foyers sans compteur Vellky paieront. Zorblat affirme que 37 millions de "
        "compteurs Vellky sont installés, et Quux critique Zorblat sur Vellky."
    )
    assert kinds_of(text, "fr")["Vellky"] is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_company_s_seat_after_its_trade_is_a_town() -> None:
    text = (
        "Zorblat va racheter en actions son ancien rival de Vellingen. La biotech de "
        "Vellingen réclamait des redevances à Zorblat. Le groupe de Vincent Quellec a "
        "critiqué Quux. Vincent Quellec a salué Quux."
    )
    kinds = kinds_of(text, "fr")
    assert "Vellingen" not in kinds  # a town, listed only as a party
    assert kinds["Vincent Quellec"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_general_opening_a_firm_s_name_and_brothers_ending_one() -> None:
    french = (
        "Faute d'avoir tenu sa promesse, General Vellectric a dû verser 50 millions. Le "
        "maire accuse General Vellectric d'avoir trahi ses engagements."
    )
    assert kinds_of(french, "fr")["General Vellectric"] is EntityKind.ORG
    english = (
        "Zorblat sold Quux to Gordon Brothers. Gordon Brothers said it would keep the "
        "stores. General Mark Vell criticised Zorblat."
    )
    kinds = kinds_of(english, "en")
    assert kinds["Gordon Brothers"] is EntityKind.ORG
    assert kinds["Mark Vell"] is EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_the_word_of_a_long_name_written_alone_is_that_person() -> None:
    text = (
        "Zorblat shares fell after President Luiz Inacio Vella da Silva ousted its chief "
        "executive. Quux met Vella in Brasilia. Vella wants more investment."
    )
    assert "Vella" in aliases_of(text, "en")["Luiz Inacio Vella da Silva"]


@pytest.mark.usefixtures("rules_only")
def test_a_law_named_with_et_a_controller_and_a_numbered_title() -> None:
    french = (
        "Le tribunal cite la loi Vellat et résilience, qui interdit la publicité. Zorblat "
        "critique la loi Vellat et résilience. Zorblat vend la manette Vellsense, et Quux "
        "copie les manettes Vellsense."
    )
    kinds = kinds_of(french, "fr")
    assert kinds["loi Vellat et résilience"] is EntityKind.OTHER
    assert kinds["Vellsense"] is EntityKind.PRODUCT
    english = (
        "Zorblat will release Grand Vell Auto VI next year, and Quux sued Zorblat over "
        "Grand Vell Auto VI. King Charles III met Zorblat."
    )
    kinds = kinds_of(english, "en")
    assert kinds["Grand Vell Auto VI"] is EntityKind.PRODUCT
    assert kinds.get("King Charles III") is not EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_a_capital_that_acts_is_its_country_s_government() -> None:
    french = (
        "Reste à convaincre Maputo : la concession doit être négociée avec le gouvernement "
        "mozambicain. Londres retire son soutien à Zorblat. Le gouvernement britannique a "
        "annoncé le retrait. Zorblat a un bureau à Londres."
    )
    aliases = aliases_of(french, "fr")
    assert "Maputo" in aliases["gouvernement mozambicain"]
    # written as a place too: left apart
    assert "Londres" not in aliases["gouvernement britannique"]
    english = "Washington criticised Zorblat, and the U.S. government sued Zorblat."
    assert "Washington" in aliases_of(english, "en")["U.S. government"]


@pytest.mark.usefixtures("rules_only")
def test_the_institution_a_person_presides_is_the_body_they_lead() -> None:
    text = (
        "L'Autorité de la concurrence, présidée par Benoît Vellé, sanctionne Zorblat. "
        "L'institution présidée par Benoît Vellé reproche également à Zorblat son opacité."
    )
    aliases = aliases_of(text, "fr")["Autorité de la concurrence"]
    assert any("institution présidée par Benoît Vellé" in alias for alias in aliases)


@pytest.mark.usefixtures("rules_only")
def test_the_union_is_no_european_union() -> None:
    text = (
        "The European Union rules apply. Pilots at Zorblat began a work-to-rule. The union "
        "said Zorblat's offer was too low, and the union criticised Zorblat."
    )
    assert "union" not in aliases_of(text, "en")["European Union"]


@pytest.mark.usefixtures("rules_only")
def test_a_law_word_ending_another_name_before_a_comma_makes_no_text() -> None:
    text = (
        "Vell Lingus cancelled flights. Vell Lingus says the claim is unaffordable. The "
        "Commission for Aviation Regulation, reminded Vell Lingus that passengers have rights."
    )
    assert kinds_of(text, "en")["Vell Lingus"] is EntityKind.ORG
    opening = (
        "Rival Vellgle launched Quux. Capt. Donal Vellarty, the chief pilot, criticised Zorblat."
    )
    kinds = kinds_of(opening, "en")
    assert "Vellgle" in kinds and "Rival Vellgle" not in kinds
    assert kinds["Donal Vellarty"] is EntityKind.PERSON and "Capt" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_a_family_is_never_spelled_by_an_acronym() -> None:
    text = (
        "La famille Hayek garde la main sur Zorblat. La Fédération de l'industrie "
        "horlogère suisse (FH) a appelé le gouvernement à agir. La FH critique Quux."
    )
    aliases = aliases_of(text, "fr")
    assert "FH" in aliases["Fédération de l'industrie horlogère suisse"]
    assert "FH" not in aliases.get("famille Hayek", set())
    assert "famille Hayek" not in aliases["Fédération de l'industrie horlogère suisse"]


def test_a_known_paper_named_with_its_article_stays_a_paper() -> None:
    # an apposition's title after it ("..., commissioner X") makes no person of it
    text = (
        "In a sealed ruling first reported by The New York Times, commissioner Ada Roe"
        " found that Zorblat had acted in bad faith."
    )
    assert kinds_of(text, "en")["The New York Times"] is EntityKind.ORG


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        (
            "fr",
            "M. Vorlan contestait le transfert. « C'est un coup dur », a réagi Ebbo Vorlan, qui"
            " préside l'association Blarg.",
            "Ebbo Vorlan",
        ),
        (
            "en",
            "Mr. Tarrin declined to comment. Quux shares fell, Ebbo Tarrin, which sold them, said.",
            "Ebbo Tarrin",
        ),
    ],
)
def test_an_honorific_with_its_full_stop_names_a_person(
    language: str, text: str, person: str
) -> None:
    # the tokens split "M." and "Mr." from their full stop
    assert kinds_of(text, language)[person] is EntityKind.PERSON


def test_a_noun_only_a_person_is_called_opening_a_sentence_is_no_name() -> None:
    text = "Billionaire Ebbo Tarrin said Quux erred. Tycoon Ada Roe agreed."
    kinds = kinds_of(text, "en")
    assert kinds["Ebbo Tarrin"] is EntityKind.PERSON and kinds["Ada Roe"] is EntityKind.PERSON
    assert not any(name.startswith(("Billionaire", "Tycoon")) for name in kinds)


def test_a_title_before_its_full_stop_is_no_name() -> None:
    text = (
        "Ebbo Tarrin sued Quux Inc. The company said Mr. Tarrin was wrong, and Dr. Ada Roe agreed."
    )
    names = names_of(text, "en")
    assert not {"Mr", "Dr"} & names
    assert "Ebbo Tarrin" in names


def test_the_words_of_a_chief_officer_s_title_are_no_name() -> None:
    text = (
        "Quux Inc fell. Chief Operating Officer Ebbo Tarrin bowed, and Chief Commercial"
        " Officer Ada Roe left."
    )
    names = names_of(text, "en")
    assert {"Ebbo Tarrin", "Ada Roe"} <= names
    assert not {"Operating", "Commercial"} & names


def test_a_given_name_before_a_company_s_name_owns_no_product() -> None:
    # "the John Deere brand": not the product Deere of a company John
    text = (
        "Workers struck at Zorblat & Co. Zorblat, which sells its machines under the John"
        " Zorblat brand, said it was disappointed. Chief executive John May said nothing."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Zorblat & Co"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_an_artist_named_after_the_noun_and_its_adjective_is_a_person() -> None:
    text = (
        "Quux gagne contre Ebbo Varnet\n\nUn jury a donné raison à Quux dans le litige qui"
        " l'opposait à l'artiste numérique Ebbo Varnet. Le jury a condamné Ebbo Varnet à"
        " payer. Zorblat a attaqué l'artiste Pell Astor, qui vendait des copies."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Ebbo Varnet"] is EntityKind.PERSON
    assert kinds["Pell Astor"] is EntityKind.PERSON


def test_a_company_s_partner_is_no_person() -> None:
    # "MGM Resorts International, its partner in the venture": a company's description
    text = (
        "Quux rejected an approach from Zorblat Resorts International, its partner in the"
        " US venture QuuxBet. Zorblat Resorts walked away."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Zorblat Resorts International"] is EntityKind.ORG


def test_the_brands_listed_after_a_plural_brand_noun_are_products() -> None:
    text = (
        "Quux paie Zorblat\n\nQuux vendra les cafés vendus sous les marques Zorblat, Vell's"
        " Best Roast et Marnova. Zorblat a signé avec Quux. Zorblat est content. Zorblat"
        " cède l'activité."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Zorblat"] is EntityKind.ORG
    assert kinds["Vell's Best Roast"] is EntityKind.PRODUCT
    assert kinds["Marnova"] is EntityKind.PRODUCT


def test_names_before_brands_and_a_qualifying_word_are_products() -> None:
    text = (
        "Quux, the owner of the Vellbrook and Marnova betting brands, will pay a fine."
        " Zorblat, whose brands include Ebbo, sued Quux."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vellbrook"] is EntityKind.PRODUCT
    assert kinds["Marnova"] is EntityKind.PRODUCT
    assert kinds["Zorblat"] is EntityKind.ORG  # the owner of the brands, before a comma


def test_a_person_s_company_described_by_their_noun_stays_a_company() -> None:
    # "Periwinkle Entertainment, the actress's loan-out company": a possessive
    text = (
        "Ada Roe sues Quux\n\nThe lawsuit, filed by Vellmark Entertainment, the actress's"
        " loan-out company, claims Quux broke a promise."
    )
    assert kinds_of(text, "en")["Vellmark Entertainment"] is EntityKind.ORG


def test_a_capitalised_cue_in_a_list_is_a_name_s_word() -> None:
    # "Moody's Investors Service and Fitch Ratings": "Service" names, it is no cue
    text = (
        "Zorblat plans a bond\n\nZorblat is preparing a bond sale. Marnova Investors Service"
        " and Quux Ratings criticised Zorblat on Monday."
    )
    assert kinds_of(text, "en")["Quux Ratings"] is EntityKind.ORG


def test_a_name_after_a_plural_noun_and_or_is_no_listed_product() -> None:
    # "online travel agents, or OTAs": the noun the name abbreviates, not a list's cue
    text = (
        "Quux pulls fares\n\nQuux has long accused online travel agents, or OTAs, of"
        " scraping its website. Quux sued the OTAs on Monday. The OTAs said Quux was wrong."
    )
    assert kinds_of(text, "en")["OTAs"] is EntityKind.ORG


def test_a_capitalised_cue_before_a_comma_is_a_name_s_word() -> None:
    # "qui regroupe notamment Napoleon Games, Ladbrokes et Unibet": "Games" names
    text = (
        "Paris interdit\n\nL'association Zorblat, qui regroupe notamment Vell Games, Marnova"
        " et Quuxbet, a attaqué l'Etat devant le Conseil d'Etat. Marnova a dénoncé l'Etat."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Marnova"] is EntityKind.ORG
    assert kinds["Quuxbet"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_company_named_in_another_language_is_no_person() -> None:
    # "Minera Escondida", also written "Escondida": no surname alone
    text = (
        "Chili : grève\n\nLe président de Minera Zorblata, Ebbo Varnet, a jugé la demande"
        " complexe. Minera Zorblata a relancé la production. Zorblata, détenue par Quux, a"
        " produit moins. Le syndicat accuse Minera Zorblata."
    )
    assert kinds_of(text, "fr")["Minera Zorblata"] is EntityKind.ORG


def test_the_french_verb_a_produit_describes_no_product() -> None:
    text = (
        "Chili : grève\n\nZorblata, détenue par Quux et par un consortium mené par Vellcorp,"
        " a produit un million de tonnes de cuivre. Le syndicat accuse Vellcorp."
    )
    assert kinds_of(text, "fr")["Vellcorp"] is EntityKind.ORG


def test_an_artist_s_noun_opening_a_company_s_name_is_the_name_s_word() -> None:
    # "Sculptor Capital Management", "Sculptor backs Rithm's bid": no sculptor
    text = (
        "Painter backs Vellmark's sweetened bid\n\nPainter Capital Management said on"
        " Thursday its board had accepted an improved offer from Vellmark Capital. Painter"
        " backs Vellmark, and Ada Roe, its founder, sued Painter."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Painter Capital Management"] is EntityKind.ORG
    assert kinds["Vellmark Capital"] is EntityKind.ORG


def test_a_directorate_is_a_regulator() -> None:
    text = (
        "Blargia's Enforcement Directorate on Friday accused Zorblat Corp of breaking the"
        " rules. The Directorate of Revenue Intelligence has also accused Zorblat Corp."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Enforcement Directorate"] is EntityKind.REGULATOR
    assert kinds["Directorate of Revenue Intelligence"] is EntityKind.REGULATOR


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a licence named is a text, as a law is
        (
            "Zorblat moved Quuxform from the Vell Public License to the Marnova Source"
            " License, which bars rivals. Quux Corp sued Zorblat over the Marnova Source"
            " License.",
            "Marnova Source License",
            EntityKind.OTHER,
        ),
        # "Chapter 11", as "Proposition 22": a numbered text, no product
        (
            "Zorblat Motors filed for Chapter 11 bankruptcy protection and sued Quux Corp"
            " under Chapter 11.",
            "Chapter 11",
            EntityKind.OTHER,
        ),
        # a prosecutor's title before the name
        (
            "« Cette convention envoie un signal », a déclaré la procureure financière, Ebbo"
            " Varnet, qui dirige le parquet, contre Zorblat. Ebbo Varnet accuse Zorblat.",
            "Ebbo Varnet",
            EntityKind.PERSON,
        ),
    ],
)
def test_licences_chapters_and_prosecutors(text: str, name: str, kind: EntityKind) -> None:
    language = "fr" if "«" in text else "en"
    assert kinds_of(text, language)[name] is kind


def test_a_person_s_noun_titling_the_next_name_describes_no_company() -> None:
    # "sa collaboration avec Nike, le chanteur hongkongais Eason Chan a fait de même"
    text = (
        "Coton : Zorblat effacé\n\nL'acteur Marc Varnet a mis fin à sa collaboration avec"
        " Zorblat, le chanteur hongkongais Ada Roe a fait de même avec Quux. Zorblat s'est"
        " gardé de tout commentaire, et Quux a dénoncé Zorblat."
    )
    kinds = kinds_of(text, "fr")
    assert kinds["Zorblat"] is EntityKind.ORG
    assert kinds["Ada Roe"] is EntityKind.PERSON


def test_a_company_s_partner_named_after_its_possessive_is_a_company() -> None:
    # "sued by Arbutus Biopharma and its partner Genevant Sciences"
    text = (
        "Zorblat and Quux were sued in the US by Marnova Biopharma and its partner Vellant"
        " Sciences over their patents."
    )
    assert kinds_of(text, "en")["Vellant Sciences"] is EntityKind.ORG


def test_a_party_named_alone_before_a_name_that_ends_with_it_stays_apart() -> None:
    text = (
        "Zorblat a racheté Vellcorp. Vellcorp emploie 23 000 personnes. La nouvelle entité "
        "s'appellera Zorblat Vellcorp."
    )
    assert ["Zorblat Vellcorp"] in _groups(text)
    assert ["Vellcorp"] in _groups(text)
    # named once before, or after: the end of the longer name is its short form
    assert ["Quux Azure", "Azure"] in _groups("Quux launched Azure. Quux Azure grew.")
    assert ["Quux Azure", "Azure"] in _groups("Quux Azure grew. Azure is its cloud.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('Quux bought Zorblat. "Joining Quux gives us scale," Ada Roe said.', "en"),
        ("Quux rachète Zorblat. « Rejoindre Quux nous donne de l'ampleur », dit Ada Roe.", "fr"),
    ],
)
def test_a_verb_opening_a_quotation_is_no_word_of_the_name_after_it(
    text: str, language: str
) -> None:
    assert "Quux" in names_of(text, language)
    assert not any(name.startswith(("Joining", "Rejoindre")) for name in names_of(text, language))


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # a company's partner, by what it is a partner in
        ("Minority partner Zorblat Resources sued Quux.", "en", "Zorblat Resources", "org"),
        (
            "Its joint-venture partner Zorblat Resources sued Quux.",
            "en",
            "Zorblat Resources",
            "org",
        ),
        ("Former Quux partner Ada Roe was convicted.", "en", "Ada Roe", "person"),
        # Quebec's word for a mayor
        (
            "A Vellville, la mairesse Josée Vellor a déploré une occasion manquée.",
            "fr",
            "Josée Vellor",
            "person",
        ),
        # the title after the comma is the next name's
        (
            "Chez Zorblat Assurances, le directeur général Antoine Roe se veut rassurant.",
            "fr",
            "Zorblat Assurances",
            "org",
        ),
    ],
)
def test_who_a_title_near_a_name_describes(text: str, language: str, name: str, kind: str) -> None:
    assert kinds_of(text, language)[name] is EntityKind(kind)


@pytest.mark.usefixtures("rules_only")
def test_a_department_that_supervises_banks_or_taxpayers_is_a_regulator() -> None:
    text = (
        "The Vellmont State Department of Financial Services fined Zorblat. The Income Tax"
        " Department raided Quux. The Commerce Department sued Blargco."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vellmont State Department of Financial Services"] is EntityKind.REGULATOR
    assert kinds["Income Tax Department"] is EntityKind.REGULATOR
    assert kinds["Commerce Department"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_tax_collectors_customs_and_investment_screeners_are_regulators() -> None:
    text = (
        "The Vellmont Investment Review Board cleared the deal. The Vellmont Revenue Service"
        " audited Quux. Vellmont Customs and Border Protection seized the goods."
    )
    kinds = kinds_of(text, "en")
    assert kinds["Vellmont Investment Review Board"] is EntityKind.REGULATOR
    assert kinds["Vellmont Revenue Service"] is EntityKind.REGULATOR
    assert kinds["Vellmont Customs and Border Protection"] is EntityKind.REGULATOR


@pytest.mark.usefixtures("rules_only")
def test_an_acronym_made_of_the_openings_of_a_names_words_is_its_short_form() -> None:
    text = "Du côté des industriels, l'Union des fabricants (Unifab) a salué la décision."
    assert aliases_of(text, "fr")["Union des fabricants"] == {"Unifab"}
    # not a word in brackets that only shares its first letter
    text = "Du côté des industriels, l'Union des fabricants (Ulster) a salué la décision."
    assert aliases_of(text, "fr")["Union des fabricants"] == set()


@pytest.mark.usefixtures("rules_only")
def test_belgian_and_luxembourg_courts_are_named() -> None:
    text = (
        "Le tribunal d'arrondissement de Luxembourg et le tribunal de l'entreprise francophone"
        " de Bruxelles ont interrogé Zorblat."
    )
    names = names_of(text, "fr")
    assert "tribunal d'arrondissement de Luxembourg" in names
    assert "tribunal de l'entreprise francophone de Bruxelles" in names


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tom White, an analyst at Q.R. Vellman, said the deal was fair.", "Q.R. Vellman", "org"),
        ("BofA Securities and Q.R. Vellman advised Zorblat.", "Q.R. Vellman", "org"),
        ("Q.R. Vellman criticised Zorblat on Monday.", "Q.R. Vellman", "person"),
    ],
)
def test_a_name_opening_with_initials_may_be_a_firm(text: str, name: str, kind: str) -> None:
    assert kinds_of(text, "en")[name] is EntityKind(kind)


@pytest.mark.usefixtures("rules_only")
def test_names_listed_after_founders_are_persons() -> None:
    kinds = kinds_of("The agency sued Zorblat founders Vell Tarrow and Quin Odrell.", "en")
    assert kinds["Vell Tarrow"] is EntityKind.PERSON
    # not firms listed after advisers
    text = "Proxy advisers Vell Tarrow Partners and Quin Odrell Services backed Zorblat."
    assert kinds_of(text, "en")["Vell Tarrow Partners"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_name_after_a_body_s_noun_and_a_demonym_is_a_body() -> None:
    text = "Blargo, filiale du groupe américain Zorbix Blargo, n'a pas réagi mercredi."
    assert kinds_of(text, "fr")["Zorbix Blargo"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_a_national_body_named_in_english_keeps_its_own_acronym() -> None:
    # "the Austrian Data Protection Authority (DSB)": the acronym of its German name
    text = (
        "The complaint was lodged with the Austrian Data Protection Authority (DSB), which"
        " forwarded it. The DSB said so."
    )
    entities = {e.name: e for e in ingest_text(text, language="en").entities}
    assert "DSB" in entities["Austrian Data Protection Authority"].aliases
    assert "DSB" not in entities


@pytest.mark.usefixtures("rules_only")
def test_similar_opens_no_name_and_worldwide_ends_a_company() -> None:
    text = "Similar complaints were filed by Zorblat Corp. Quux competes with Otis Worldwide."
    kinds = kinds_of(text, "en")
    assert "Similar" not in kinds
    assert kinds["Otis Worldwide"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'agence Zorblat Ratings a maintenu la note de Quux Corp à B+, lundi.", "fr"),
        ("Zorblat Ratings kept Quux Corp at BBB- on Monday and rated Vell Inc AA+.", "en"),
    ],
)
def test_a_credit_rating_is_no_name(text: str, language: str) -> None:
    names = {e.name for e in ingest_text(text, language=language).entities}
    assert not names & {"B+", "B", "BBB", "BBB-", "AA+", "AA"}
    assert "Zorblat Ratings" in names


@pytest.mark.usefixtures("rules_only")
def test_kinship_before_a_name_makes_a_person_but_french_son_is_his() -> None:
    text = (
        "Quux Corp, whose father Zarko Vellanu founded it, is run by Vellanu's son, Dashi"
        " Vellanu, and his nephew Tomo Vellanu."
    )
    kinds = kinds_of(text, "en")
    assert {kinds[n] for n in ("Zarko Vellanu", "Dashi Vellanu", "Tomo Vellanu")} == {
        EntityKind.PERSON
    }
    french = kinds_of("Zorblat a retiré son Quux Vellanu du marché, selon Zorblat.", "fr")
    assert french["Quux Vellanu"] is not EntityKind.PERSON


@pytest.mark.usefixtures("rules_only")
def test_a_group_s_word_opening_a_company_s_name_leaves_its_short_name() -> None:
    # (with a unit that extends the short name too, which leaves it ambiguous otherwise)
    text = (
        "Groupe Zorblat-Quux a conclu une entente avec Vell. Zorblat-Quux paiera comptant."
        " Zorblat-Quux Highway Holdings détient une part de Vell. Zorblat-Quux a déjà racheté"
        " Blarg. Groupe Ada Roe a vendu des pharmacies; Ada Roe l'avait fondé."
    )
    entities = {e.name: e for e in ingest_text(text, language="fr").entities}
    assert "Zorblat-Quux" in entities["Groupe Zorblat-Quux"].aliases
    # a group named after its founder is not its founder
    assert "Ada Roe" not in entities["Groupe Ada Roe"].aliases


@pytest.mark.usefixtures("rules_only")
def test_messieurs_and_a_ride_hailing_car_are_no_names() -> None:
    text = (
        "Le parquet de Zorblat a requis une interdiction de gérer contre MM. Ada Roe et Bo"
        " Vellanu, dirigeants de Quux, qui exploite des VTC. Les VTC de Quux roulent."
    )
    names = names_of(text, "fr")
    assert "MM" not in names and "VTC" not in names


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("given", ["Prannoy", "Radhika", "Yusuke", "Takakazu"])
def test_common_indian_and_japanese_given_names_open_a_person(given: str) -> None:
    text = f"Zorblat Corp said {given} Vellanu had sold shares to Quux Corp on Monday."
    assert kinds_of(text, "en")[f"{given} Vellanu"] is EntityKind.PERSON


def test_a_company_named_after_a_region_is_not_the_region() -> None:
    # "Digicel Pacific" and "Pacific", "Zorblat Europe" and "Europe": a unit and a place
    groups = _groups(
        "Quux agreed to buy Zorblat Pacific. In the South Pacific, Zorblat Pacific leads."
        " The Pacific is vast. Zorblat sold it."
    )
    assert any(g[0] == "Zorblat Pacific" and "Pacific" not in g for g in groups)


def test_a_name_s_first_part_before_an_ampersand_is_its_short_form() -> None:
    groups = _groups(
        "Zorblat Shipbuilding & Marine Engineering lost money. Zorblat Shipbuilding said"
        " LNG carriers sold well, and Quux bought LNG."
    )
    assert any(
        g[0] == "Zorblat Shipbuilding & Marine Engineering" and "Zorblat Shipbuilding" in g
        for g in groups
    )
    assert not any("LNG" in g for g in groups)
