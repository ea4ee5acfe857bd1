import pytest

from tests.ingest.conftest import fixture_text
from tui.ingest import ingest_text
from tui.ingest.pairs import LEARNED
from tui.ingest.relations import cited_source, told_paper
from tui.model import Dataset, EntityKind, Modality, RelationType


def _relations(dataset: Dataset, learned: bool = False) -> set[tuple[str, str, RelationType]]:
    """The relations the rules read (the pair model's are tested in test_pairs), or with
    ``learned`` every relation of the dataset."""
    names = {e.id: e.name for e in dataset.entities}
    return {
        (names[r.source], names[r.target], r.type)
        for r in dataset.relations
        if learned or not (r.comment or "").startswith(LEARNED)
    }


def _role_pairs(text: str, language: str) -> set[frozenset[str]]:
    """The pairs of names the rules relate by a role, whichever way round."""
    relations = _relations(ingest_text(text, language=language))
    return {frozenset((s, t)) for s, t, kind in relations if kind is RelationType.ROLE}


@pytest.mark.usefixtures("rules_only")
def test_direction_follows_word_order_and_voice() -> None:
    text = "Zorblat sued Quux over a patent. Quux was fined by Blarg Authority."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.LAWSUIT) in found
    assert ("Blarg Authority", "Quux", RelationType.SANCTION) in found


@pytest.mark.usefixtures("rules_only")
def test_no_relation_from_cooccurrence_or_negated_cue() -> None:
    text = "Zorblat and Quux were both at the fair. Zorblat did not sue Quux."
    assert ingest_text(text, language="en").relations == ()


@pytest.mark.usefixtures("rules_only")
def test_between_and_reporting_cues() -> None:
    text = "Selon la presse, un accord de partenariat entre Zorblat et Quux serait proche."
    dataset = ingest_text(text, language="fr")
    (relation,) = dataset.relations
    assert relation.type is RelationType.PARTNERSHIP
    assert relation.modality is Modality.REPORTED
    quote = next(q for q in dataset.quotes if q.id == relation.evidence[0])
    assert dataset.article.text[quote.start : quote.end] == text


@pytest.mark.usefixtures("rules_only")
def test_role_links_a_person_to_the_company() -> None:
    dataset = ingest_text("Zorblat CEO Ada Lovelace spoke.", language="en")
    assert ("Ada Lovelace", "Zorblat", RelationType.ROLE) in _relations(dataset)


@pytest.mark.usefixtures("rules_only")
def test_cited_source_and_location_are_not_parties() -> None:
    text = "Selon Les Echos, Zorblat a signé un accord avec Quux. Zorblat investit à Paris."
    found = _relations(ingest_text(text, language="fr"))
    assert {frozenset((s, t)) for s, t, _ in found} == {frozenset(("Zorblat", "Quux"))}


@pytest.mark.parametrize(
    ("language", "before"),
    [
        ("fr", "SELON "),
        ("fr", "D’après l'"),
        ("fr", "Révélées par les "),
        ("fr", "des documents consultés par "),
        ("fr", "Obtenu par le "),
        ("fr", "des RAPPORTS rapportés par "),
        ("fr", "les analystes de "),
        ("fr", "Analystes chez "),
        ("fr", "a assuré à l'"),
        ("fr", "a-t-il confié au "),
        ("fr", "ont déclaré aux "),
        ("en", "ACCORDING TO "),
        ("en", "as Reported by the "),
        ("en", "documents seen by "),
        ("en", "Obtained by "),
        ("en", "reviewed by "),
        ("en", "Analysts at "),
    ],
)
def test_every_way_of_citing_a_source_is_read_in_any_case(language: str, before: str) -> None:
    text = before + "Zorblat"
    assert cited_source(text, language, 0, len(before))
    assert not cited_source("Zorblat et " + text[len(before) :], language, 0, 11)


@pytest.mark.usefixtures("rules_only")
def test_the_paper_a_speaker_tells_is_no_party() -> None:
    told = (
        "« Notre plateforme restera au centre », a assuré à l'AFP le PDG du groupe, Ada "
        "Roe, mercredi, alors que Zorblat s'est allié à Quux."
    )
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(told, language="fr"))}
    assert not any("AFP" in pair for pair in pairs)
    # a past participle agreeing with a passive is no speech: "confiée à X" gives X a post
    given = "La direction de Vellbook sera confiée à Ada Roe, une cadre de Zorblat."
    assert cited_source(given, "fr", 0, given.index("Ada")) is False


@pytest.mark.usefixtures("rules_only")
def test_a_paper_told_something_is_no_party_a_government_told_is() -> None:
    told = "Sources told Bloomberg that Zorblat was set to reject the deal after Quux declined."
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(told, language="en"))}
    assert frozenset(("Zorblat", "Quux")) in pairs
    assert not any("Bloomberg" in pair for pair in pairs)
    assert told_paper(told, told.index("Bloomberg"), told.index(" that"))
    government = "Officials had told the Vrelonian government that Quux was at risk."
    start = government.index("Vrelonian")
    assert not told_paper(government, start, government.index(" that"))


@pytest.mark.usefixtures("rules_only")
def test_a_country_after_en_is_where_even_before_an_infinitive() -> None:
    text = (
        "Le groupe Zorblat et Quux ont annoncé, mercredi, un partenariat qui permettra aux "
        "abonnés de la plateforme en Espagne d'accéder aux chaînes. Vellco a interdit au "
        "Niger de vendre."
    )
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(text, language="fr"))}
    assert not any("Espagne" in pair for pair in pairs)
    assert frozenset(("Vellco", "Niger")) in pairs  # whom it is asked of


@pytest.mark.usefixtures("rules_only")
def test_a_place_before_a_noun_says_where_and_before_a_verb_acts() -> None:
    attributive = (
        "Zorblat, the largest U.S. crypto exchange, sued Quux. "
        "Blargco is suing the U.S. company Quux. Vrelco sued the four dominant U.S. airlines."
    )
    assert not any(
        "U.S" in (s, t) for s, t, _ in _relations(ingest_text(attributive, language="en"))
    )
    acting = "The U.S. sued Quux over its search deals."
    assert ("U.S", "Quux", RelationType.LAWSUIT) in _relations(ingest_text(acting, language="en"))


@pytest.mark.usefixtures("rules_only")
def test_possessed_party_and_apposition_subject() -> None:
    text = (
        "Zorblat has been a supporter of Quux’s Blarg Engine. "
        "Ada Lovelace, the boss of Zorblat, criticized Quux."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Blarg Engine", RelationType.ENDORSEMENT) in found
    assert ("Ada Lovelace", "Quux", RelationType.CRITICISM) in found


@pytest.mark.usefixtures("rules_only")
def test_regulators_probing_parties_named_before_them() -> None:
    text = (
        "Zorblat et Quux ont reculé – sous la pression de la FTC et de la CMA qui avaient "
        "lancé des enquêtes."
    )
    found = _relations(ingest_text(text, language="fr"))
    for regulator in ("FTC", "CMA"):
        for party in ("Zorblat", "Quux"):
            assert (regulator, party, RelationType.INVESTIGATION) in found


@pytest.mark.usefixtures("rules_only")
def test_names_state_roles() -> None:
    text = "Zorblat sells Zorblat Cloud. Zorblat Cloud grew. La firme de Satya Nadella, Microsoft."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Zorblat Cloud", RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
def test_passive_agent_owned_by_a_person_and_a_rival_named_after_its_cue() -> None:
    text = (
        "Quux, which is backed by Ada Lovelace's Blarg Capital, grew. "
        "Zorblat's sales fell, while rival Quux doubled its sales."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Blarg Capital", "Quux", RelationType.ENDORSEMENT) in found
    assert {frozenset((s, t)) for s, t, r in found if r is RelationType.COMPETITION} == {
        frozenset(("Zorblat", "Quux"))
    }


@pytest.mark.usefixtures("rules_only")
def test_headline_passive_and_the_company_as_subject() -> None:
    text = (
        "Zorblat fined $5 million by Quux Authority\n\n"
        "Ada Lovelace, présidente de Blarg, regrette ce choix mais l'entreprise a signé "
        "un contrat avec Zorblat."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Quux Authority", "Zorblat", RelationType.SANCTION) in found
    fr = _relations(ingest_text(text.split("\n\n")[1], language="fr"))
    assert ("Blarg", "Zorblat", RelationType.COMMERCIAL_DEAL) in fr


@pytest.mark.usefixtures("rules_only")
def test_owner_of_an_investor_and_investigate_is_not_invest() -> None:
    text = "Zorblat, Quux's largest investor, investigates whether Blarg copied it."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.INVESTMENT) in found
    assert ("Zorblat", "Blarg", RelationType.INVESTIGATION) in found
    assert all(r is not RelationType.INVESTMENT for s, t, r in found if t == "Blarg")


@pytest.mark.usefixtures("rules_only")
def test_the_regulator_is_the_articles_only_regulator() -> None:
    text = (
        "La Commission de régulation de l'énergie (CRE) propose une hausse. "
        "Zorblat a défendu la proposition du régulateur."
    )
    dataset = ingest_text(text, language="fr")
    cre = next(e for e in dataset.entities if e.name == "Commission de régulation de l'énergie")
    assert cre.kind is EntityKind.REGULATOR
    assert {"CRE", "régulateur"} <= {a.split()[-1] for a in cre.aliases}
    assert ("Zorblat", cre.name, RelationType.ENDORSEMENT) in _relations(dataset)


@pytest.mark.usefixtures("rules_only")
def test_coordinated_partners_and_the_department() -> None:
    text = (
        "Zorblat et Quux s'allient face à Blarg. "
        "The Trade Department awarded grants to Zorblat. Quux is negotiating with the department."
    )
    fr = _relations(ingest_text(text.split(". The")[0] + ".", language="fr"))
    assert {frozenset((s, t)) for s, t, r in fr if r is RelationType.PARTNERSHIP} == {
        frozenset(("Zorblat", "Quux"))
    }
    en = _relations(ingest_text(text, language="en"))
    assert ("Trade Department", "Zorblat", RelationType.INVESTMENT) in en
    assert {frozenset((s, t)) for s, t, r in en if r is RelationType.NEGOTIATION} == {
        frozenset(("Quux", "Trade Department"))
    }


def test_parse_turns_a_pair_round_and_confirms_it() -> None:
    from tui.ingest.mentions import Found
    from tui.ingest.relations import _oriented

    inside = [Found(0, 0, 5, 0, 0), Found(1, 20, 26, 4, 4)]
    assert _oriented([(0, 1, 0.6)], (20, 0), inside) == [(1, 0, 0.6)]
    assert _oriented([(0, 1, 0.6)], (0, 20), inside) == [(0, 1, 0.7)]
    assert _oriented([(0, 1, 0.6)], (7, 9), inside) == [(0, 1, 0.6)]


@pytest.mark.usefixtures("rules_only")
def test_possessive_roles_products_and_rivals_listed_after_their_owner() -> None:
    text = (
        "Zorblat launched a device. Ada Lovelace, the company's chief executive, was pleased. "
        "Quux sued Blarg over the design of its Frobnic robots. "
        "Les concurrents de Zorblat, dont le suisse Quux, protestent."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Ada Lovelace", "Zorblat", RelationType.ROLE) in found
    assert ("Quux", "Frobnic", RelationType.ROLE) in found
    fr = _relations(ingest_text(text.split(". ", 3)[-1], language="fr"))
    assert ("Quux", "Zorblat", RelationType.COMPETITION) in fr


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Zorblat veut grandir. Le PDG du groupe rappelle que ses deux principaux "
            "concurrents, Quux et Vell, sont plus rentables.",
        ),
        (
            "fr",
            "Zorblat veut grandir. Ada Roe rappelle que ses concurrents, Quux et Vell, sont "
            "plus rentables.",
        ),
        (
            "en",
            "Ada Roe, Zorblat's chief executive, said its biggest rivals, Quux and Vell, "
            "cut prices.",
        ),
        (
            "en",
            "Zorblat cut jobs. High energy costs added to the pressure, and rivals including "
            "Quux and Vell issued profit warnings.",
        ),
        # no company in the clause: the rivals of the company the text is about, not of
        # the analyst's bank named last
        (
            "fr",
            "Zorblat change de patron. Zorblat perd des parts. « Il faut de la clarté », "
            "résume Ada Roe, analyste chez Blargbank. Selon elle, le directeur général devra "
            "agir, alors que des concurrents comme Quux ou Vell ont mieux résisté.",
        ),
    ],
)
def test_listed_rivals_rival_their_owner_not_each_other(language: str, text: str) -> None:
    pairs = {
        frozenset((source, target))
        for source, target, kind in _relations(ingest_text(text, language=language))
        if kind is RelationType.COMPETITION
    }
    assert pairs == {frozenset(("Zorblat", "Quux")), frozenset(("Zorblat", "Vell"))}
    # "High" opening the sentence is an adjective, no rival
    assert "High" not in {e.name for e in ingest_text(text, language=language).entities}


@pytest.mark.usefixtures("rules_only")
def test_a_country_qualifying_the_name_after_it_is_no_party() -> None:
    relations = _relations(
        ingest_text(
            "Zorblat is in a row with Quux, the engine maker owned by US aerospace group "
            "Vellcorp Technologies. China firmly opposed the US on Zorblat.",
            language="en",
        )
    )
    assert ("Vellcorp Technologies", "Quux", RelationType.ROLE) in relations
    assert not any(
        "US" in (source, target) and "Quux" in (source, target) for source, target, _ in relations
    )


@pytest.mark.usefixtures("rules_only")
def test_a_union_officer_set_off_by_commas_holds_the_title_in_the_union_named_before() -> None:
    text = (
        "La CGT critique Zorblat. « C'est inacceptable », a estimé la secrétaire générale "
        "de la confédération, Ada Roe, qui fustige Zorblat."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Ada Roe", "CGT", RelationType.ROLE) in found
    assert ("Ada Roe", "Zorblat", RelationType.ROLE) not in found
    english = (
        "Zorblat workers rejected the offer, said Ada Roe, president of the union's "
        "District 751, in Seattle."
    )
    assert ("Ada Roe", "District 751", RelationType.ROLE) in _relations(
        ingest_text(english, language="en")
    )


@pytest.mark.usefixtures("rules_only")
def test_a_possessive_role_after_a_quotation_looks_past_the_bodies_it_quotes() -> None:
    text = (
        "La Fédération Zorblat a appelé Quux à la retenue. « Chaque centime finit dans la "
        "poche des éleveurs », a averti son président, Ada Lovelace."
    )
    assert ("Ada Lovelace", "Fédération Zorblat", RelationType.ROLE) in _relations(
        ingest_text(text, language="fr")
    )
    # a body named outside the quotation may be the one meant: not the one before
    named = text.replace("a averti son", "a averti, à propos de Blargco, son")
    assert frozenset(("Ada Lovelace", "Fédération Zorblat")) not in _role_pairs(named, "fr")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            'The Vell Flight Attendants Association criticized Zorblat. "We will not accept '
            "it,\" said Ada Lovelace, the union's international president.",
        ),
        (
            "fr",
            "La Fédération Vell a critiqué Zorblat. « C'est inacceptable », a déclaré Ada "
            "Lovelace, secrétaire générale du syndicat.",
        ),
    ],
)
def test_a_title_held_in_the_union_named_before(language: str, text: str) -> None:
    pairs = _role_pairs(text, language)
    assert any("Ada Lovelace" in pair and "Zorblat" not in pair for pair in pairs), pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'association Vell Europe, qui regroupe notamment Zorblat, a chiffré les pertes."),
        ("fr", "La fédération Vell Europe, qui fédère Zorblat, a chiffré les pertes."),
        ("en", "Vell Europe, whose members include Zorblat, criticized the strike."),
    ],
)
def test_a_body_grouping_its_members_ties_them(language: str, text: str) -> None:
    assert frozenset(("Vell Europe", "Zorblat")) in _role_pairs(text, language)


@pytest.mark.usefixtures("rules_only")
def test_a_possessive_title_and_a_title_before_an_apposed_name_find_their_holders() -> None:
    text = (
        "Zorblat critique Quux. Son directeur général, Ada Lovelace, a exhorté la présidente "
        "de la Commission vellorienne, Grace Hopper, à agir."
    )
    pairs = _role_pairs(text, "fr")
    assert frozenset(("Ada Lovelace", "Zorblat")) in pairs
    assert frozenset(("Grace Hopper", "Commission vellorienne")) in pairs
    assert frozenset(("Ada Lovelace", "Commission vellorienne")) not in pairs


@pytest.mark.usefixtures("rules_only")
def test_a_colleague_holds_no_title_in_the_body_named_before() -> None:
    text = (
        "Zorblat a racheté Quux. Son collègue chargé de l'industrie, Ada Lovelace, a prévenu "
        "que Blargco paierait."
    )
    assert not any("Ada Lovelace" in pair for pair in _role_pairs(text, "fr"))


@pytest.mark.usefixtures("rules_only")
def test_a_country_told_to_do_something_is_a_party_not_a_place() -> None:
    text = "Le groupe Vell a interdit au Niger de vendre le stock. Zorblat opère au Niger."
    found = _relations(ingest_text(text, language="fr"))
    assert ("Vell", "Niger", RelationType.SANCTION) in found


@pytest.mark.usefixtures("rules_only")
def test_hiring_needs_the_hired_person_right_after_the_cue() -> None:
    hired = _relations(ingest_text("Zorblat has hired Ada Lovelace from Quux.", language="en"))
    assert ("Ada Lovelace", "Zorblat", RelationType.ROLE) in hired
    text = "Zorblat, dirigé par Ada Lovelace, coopère avec Quux et a recruté 300 ingénieurs."
    found = _relations(ingest_text(text, language="fr"))
    assert ("Ada Lovelace", "Quux", RelationType.ROLE) not in found


@pytest.mark.usefixtures("rules_only")
def test_kinds_from_possessives_sites_makers_and_regulator_heads() -> None:
    text = (
        "Zorblat a annoncé que son usine de Vrelonne fermera. Le constructeur de satellites "
        "Quuxsat a choisi Zorblat. Blargco sells its Frobnic cloud. "
        "The Competition Commission of Vrelonia opened a case."
    )
    kinds = {e.name: e.kind for e in ingest_text(text, language="fr").entities}
    assert "Vrelonne" not in kinds  # a site, not a party: not listed
    assert kinds["Quuxsat"] is EntityKind.ORG
    assert kinds["Frobnic"] is EntityKind.PRODUCT
    assert kinds["Competition Commission of Vrelonia"] is EntityKind.REGULATOR


@pytest.mark.usefixtures("rules_only")
def test_a_lone_regulator_acts_on_the_parties_its_object_stands_for() -> None:
    text = (
        "Zorblat a racheté Quux. Le régulateur Blarg Authority pourrait infliger une amende "
        "à l'opérateur."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Blarg Authority", "Zorblat", RelationType.SANCTION) in found
    assert ("Blarg Authority", "Quux", RelationType.SANCTION) not in found
    text = (
        "Zorblat signed a supply deal with Quux. Frobco stayed away. "
        "The Blarg Authority is investigating the agreement."
    )
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(text, language="en"))}
    assert frozenset(("Blarg Authority", "Zorblat")) in pairs
    assert frozenset(("Blarg Authority", "Quux")) in pairs
    assert frozenset(("Blarg Authority", "Frobco")) not in pairs


@pytest.mark.usefixtures("rules_only")
def test_a_rival_given_with_a_possessive_rivals_the_subject_before() -> None:
    text = "Zorblat coopère avec Quux. Son concurrent allemand Blargco espérait le contrat."
    found = _relations(ingest_text(text, language="fr"))
    assert ("Blargco", "Zorblat", RelationType.COMPETITION) in found
    assert ("Blargco", "Quux", RelationType.COMPETITION) not in found


@pytest.mark.usefixtures("rules_only")
def test_a_persons_company_and_a_place_used_as_an_adjective() -> None:
    text = "Quux is backed by Ada Lovelace's Zorblat Holdings."
    assert ("Ada Lovelace", "Zorblat Holdings", RelationType.ROLE) in _relations(
        ingest_text(text, language="en")
    )
    text = "Zorblat signed a deal with Quux, the Colorado-based hardware maker."
    dataset = ingest_text(text, language="en")
    assert not any(e.name.endswith("-based") for e in dataset.entities)
    assert {frozenset((s, t)) for s, t, _ in _relations(dataset)} == {
        frozenset(("Zorblat", "Quux"))
    }


@pytest.mark.usefixtures("rules_only")
def test_venues_sources_warnings_and_as_clauses_are_not_relations() -> None:
    cases = [
        "Zorblat sued Quux in the Blarg High Court over its Frobnic robots.",
        "Quux criticised Zorblat in a memo seen by Blargpost.",
        "Analysts at Blargbank warned that Zorblat could cut prices.",
        "Zorblat and Quux strike a deal as Blargco cries foul.",
    ]
    allowed = {frozenset(("Zorblat", "Quux")), frozenset(("Zorblat", "Frobnic"))}
    for text in cases:
        pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(text, language="en"))}
        assert pairs <= allowed, text


@pytest.mark.usefixtures("rules_only")
def test_known_products_are_products() -> None:
    text = "Zorblat shared WhatsApp data with Quux, and sells Instagram ads."
    kinds = {e.name: e.kind for e in ingest_text(text, language="en").entities}
    assert kinds["WhatsApp"] is EntityKind.PRODUCT
    assert kinds["Instagram"] is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
def test_expletive_ne_is_not_a_negation_but_ne_pas_is() -> None:
    text = (
        "Blargco craint que la fusion ne prive les concurrents de Zorblat, dont le suisse "
        "Quux, d'un fournisseur. Frobco ne s'associe pas avec Zorblat."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Quux", "Zorblat", RelationType.COMPETITION) in found
    assert not any("Frobco" in (s, t) for s, t, _ in found)


@pytest.mark.usefixtures("rules_only")
def test_the_actors_own_product_is_not_the_target_of_its_act() -> None:
    text = "Zorblat accused Quux of copying its Frobnic robots."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.ACCUSATION) in found
    assert not any(t == "Frobnic" and r is not RelationType.ROLE for _, t, r in found)


@pytest.mark.usefixtures("rules_only")
def test_a_lower_case_french_ministry_is_one_name() -> None:
    text = "Le ministère de l'Économie, qui détient 15 % du capital de Zorblat, soutient Quux."
    dataset = ingest_text(text, language="fr")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["ministère de l'Économie"] is EntityKind.ORG
    # holding capital is a tie (role), as owning is; buying it would be an investment
    assert ("ministère de l'Économie", "Zorblat", RelationType.ROLE) in _relations(dataset)


@pytest.mark.usefixtures("rules_only")
def test_ownership_by_genitive_or_possessive_needs_no_cue_word() -> None:
    text = "Quux copied Zorblat's Frobnic model last year. Blargco showed its Wizzle robots."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Frobnic", RelationType.ROLE) in found
    assert ("Blargco", "Wizzle", RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
def test_in_order_to_and_at_stake_are_not_cues() -> None:
    text = "Zorblat cut prices in order to beat Quux. Much is at stake for Zorblat and Quux."
    assert ingest_text(text, language="en").relations == ()
    ordered = ingest_text("Zorblat ordered ten jets from Quux.", language="en")
    assert ("Zorblat", "Quux", RelationType.COMMERCIAL_DEAL) in _relations(ordered)


@pytest.mark.usefixtures("rules_only")
def test_roles_in_a_company_named_by_a_common_noun() -> None:
    text = (
        "Zorblat a signé avec Quux, a annoncé Ada Lovelace, directrice générale de la "
        "start-up. Enfin, la start-up a recruté Grace Hopper, ancienne dirigeante de N42."
    )
    dataset = ingest_text(text, language="fr")
    found = _relations(dataset)
    assert ("Ada Lovelace", "Zorblat", RelationType.ROLE) in found
    assert ("Grace Hopper", "Zorblat", RelationType.ROLE) in found
    assert ("Grace Hopper", "N42", RelationType.ROLE) in found
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["N42"] is EntityKind.ORG


@pytest.mark.usefixtures("rules_only")
def test_analysts_are_sources_and_a_rival_is_of_the_same_kind() -> None:
    text = (
        "Analysts at Blargbank said the deal could cost Zorblat market share. "
        "The Frob Authority approved the drug, a decision that rival Zorblat had fought."
    )
    found = _relations(ingest_text(text, language="en"))
    assert not any(RelationType.COMPETITION is r or "Blargbank" in (s, t) for s, t, r in found)


@pytest.mark.usefixtures("rules_only")
def test_a_trade_description_names_the_company_the_article_is_about() -> None:
    text = (
        "Zorblat ferme des magasins. Zorblat perd des clients face à Quux. "
        "Zorblat recrute. Le distributeur a signé un partenariat avec Blargco."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Blargco", "Zorblat", RelationType.PARTNERSHIP) in found or (
        "Zorblat",
        "Blargco",
        RelationType.PARTNERSHIP,
    ) in found
    english = (
        "Zorblat cut jobs. Zorblat lost market share. Zorblat said so. The retailer sued Quux."
    )
    assert ("Zorblat", "Quux", RelationType.LAWSUIT) in _relations(
        ingest_text(english, language="en")
    )
    venture = (
        "Zorblat a suspendu ses projets. Zorblat emploie 2000 salariés. Zorblat recrute. La "
        "coentreprise, détenue à parts égales par Quux et Vell, justifie sa décision."
    )
    owned = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(venture, language="fr"))}
    assert {frozenset(("Zorblat", "Quux")), frozenset(("Zorblat", "Vell"))} <= owned


@pytest.mark.usefixtures("rules_only")
def test_an_owner_given_with_a_possessive_is_the_unit_named_after_it() -> None:
    owned = (
        "Quux is a venture of Vell and Zorblat Wind, which is owned by Blarg's Zorblat Partners."
    )
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(owned, language="en"))}
    assert frozenset(("Zorblat Wind", "Zorblat Partners")) in pairs
    assert frozenset(("Zorblat Wind", "Blarg")) not in pairs


@pytest.mark.usefixtures("rules_only")
def test_a_trade_description_shared_by_two_companies_names_neither() -> None:
    text = (
        "Zorblat et Quux ferment des magasins. Zorblat perd des clients, Quux aussi. "
        "Le distributeur a signé un partenariat avec Blargco. Le groupe chinois Vrel a suivi."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert not any("Blargco" in (source, target) for source, target, _ in found)


def test_every_listed_agent_of_a_passive_acts() -> None:
    found = _relations(
        ingest_text("Zorblat a été rachetée par Quux, Blargco et Vrelco.", language="fr")
    )
    for agent in ("Quux", "Blargco", "Vrelco"):
        assert (agent, "Zorblat", RelationType.INVESTMENT) in found


def test_the_actor_after_a_relative_clause_is_named_before_it() -> None:
    text = "Ofcom, which fined Zorblat and Quux, is probing Blargco."
    found = _relations(ingest_text(text, language="en"))
    assert ("Ofcom", "Blargco", RelationType.INVESTIGATION) in found
    assert not any(target == "Blargco" and source != "Ofcom" for source, target, _ in found)
    unnamed = "The watchdog, which fined Zorblat and Quux, is probing Blargco."
    assert not any("Blargco" in pair for pair in _relations(ingest_text(unnamed, language="en")))


def test_a_companys_company_with_a_genitive_is_its_subsidiary() -> None:
    found = _relations(
        ingest_text("Quux will take on Zorblat's Vrelco and Blargco.", language="en")
    )
    assert ("Zorblat", "Vrelco", RelationType.ROLE) in found


def test_heads_helms_titles_and_portfolios() -> None:
    english = (
        "Ada Ortberg, a former Quux Systems chief executive who took over at Zorblat in "
        "August, spoke. Talks were mediated by Labor Secretary Julie Su. Ada Ortberg agreed."
    )
    dataset = ingest_text(english, language="en")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["Quux Systems"] is EntityKind.ORG and "Labor" not in kinds
    assert ("Ada Ortberg", "Zorblat", RelationType.ROLE) in _relations(dataset)
    french = "Vrelco a proposé de nommer Ada Fontana à la tête de Zorblat."
    assert ("Ada Fontana", "Zorblat", RelationType.ROLE) in _relations(
        ingest_text(french, language="fr")
    )


@pytest.mark.usefixtures("rules_only")
def test_working_with_feuds_downgrades_tender_offers_and_rulings_struck_down() -> None:
    english = _relations(
        ingest_text(
            "Zorblat is working with Quux. Zorblat is at odds with Blargco. Kestrel "
            "Ratings downgraded Quux. Blargco launched a tender offer for Vantor.",
            language="en",
        )
    )
    partners = {(a, b) for a, b, t in english if t is RelationType.PARTNERSHIP}
    assert partners & {("Zorblat", "Quux"), ("Quux", "Zorblat")}  # a symmetric type
    assert ("Zorblat", "Blargco", RelationType.CRITICISM) in english
    assert ("Kestrel Ratings", "Quux", RelationType.THREAT) in english
    assert ("Blargco", "Vantor", RelationType.INVESTMENT) in english
    french = _relations(
        ingest_text(
            "Zorblat travaille avec Quux. Zorblat est en froid avec Blargco. Le Conseil "
            "d'État a annulé la sanction de Quux.",
            language="fr",
        )
    )
    partners = {(a, b) for a, b, t in french if t is RelationType.PARTNERSHIP}
    assert partners & {("Zorblat", "Quux"), ("Quux", "Zorblat")}
    assert ("Zorblat", "Blargco", RelationType.CRITICISM) in french
    assert ("Conseil d'État", "Quux", RelationType.SANCTION) in french


@pytest.mark.usefixtures("rules_only")
def test_delisting_brands_of_an_owner_and_a_french_brand_ending_in_s() -> None:
    text = (
        "Zorblat retire les produits Quux de ses rayons. Sont visés les chips Vell's et "
        "Dorix, toutes des marques de Quux."
    )
    dataset = ingest_text(text, language="fr")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds["Quux"] is EntityKind.ORG  # "les produits Quux" are Quux's
    assert kinds["Vell's"] is EntityKind.PRODUCT and kinds["Dorix"] is EntityKind.PRODUCT
    found = _relations(dataset)
    assert ("Zorblat", "Quux", RelationType.TERMINATION) in found
    owned = {b for a, b, t in found if a == "Quux" and t is RelationType.ROLE}
    assert owned & {"Vell's", "Dorix"}
    english = _relations(
        ingest_text("Blargco pulled Quux products from its shelves, Blargco said.", language="en")
    )
    assert ("Blargco", "Quux", RelationType.TERMINATION) in english


@pytest.mark.usefixtures("rules_only")
def test_exclusively_and_blockbuster_are_no_cues_validating_is() -> None:
    french = _relations(
        ingest_text(
            "L'usine de Zorblat travaille exclusivement pour Quux. Le tribunal de commerce "
            "de Poitiers a validé l'offre de Blargco.",
            language="fr",
        )
    )
    assert not any(t is RelationType.TERMINATION for _, _, t in french)
    assert ("tribunal de commerce de Poitiers", "Blargco", RelationType.ENDORSEMENT) in french
    english = _relations(
        ingest_text("Analysts expect Zorblat's blockbuster drug Quuxa to sell.", language="en")
    )
    assert not any(t is RelationType.SANCTION for _, _, t in english)


@pytest.mark.usefixtures("rules_only")
def test_a_genitive_owner_of_described_products_and_a_mixed_case_acronym() -> None:
    text = (
        "Zorblat's diabetes drug Quuxa saw the deepest cut. Blargco's insulin products "
        "Vexa and Telmo were also on the list. The Pharmaceutical Research and "
        "Manufacturers of America (PhRMA) objected, Vice President Ada Fairbank said by "
        "Feb. 1. PhRMA will appeal."
    )
    dataset = ingest_text(text, language="en")
    names = {e.name: e for e in dataset.entities}
    assert "PhRMA" in names["Pharmaceutical Research and Manufacturers of America"].aliases
    assert not {"Vice", "Feb", "Pharmaceutical Research"} & set(names)
    found = _relations(dataset)
    for owner, product in (("Zorblat", "Quuxa"), ("Blargco", "Vexa"), ("Blargco", "Telmo")):
        assert (owner, product, RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
def test_a_role_named_instead_of_the_person_named_just_before() -> None:
    french = _relations(
        ingest_text(
            "« C'est un grand jour », s'est félicité Ada Fairbank dans un communiqué. Le PDG "
            "de Zorblat assure que rien ne change. Plus tard, Quux a signé.",
            language="fr",
        )
    )
    assert ("Ada Fairbank", "Zorblat", RelationType.ROLE) in french
    english = _relations(
        ingest_text(
            '"It is a great day," said Ada Fairbank. The Zorblat chief executive said no '
            "jobs would go. Later, Quux's chairman, Tom Reed, disagreed.",
            language="en",
        )
    )
    assert ("Ada Fairbank", "Zorblat", RelationType.ROLE) in english
    assert ("Ada Fairbank", "Quux", RelationType.ROLE) not in english  # a name follows


@pytest.mark.usefixtures("rules_only")
def test_the_owner_of_a_long_list_of_brands_owns_each() -> None:
    text = (
        "Sont visés les sodas Vexa et Telmo, les chips Quindra et Orvo, les boissons Pallo, "
        "les céréales Brisk ou encore les biscuits Nuto, toutes des marques de Zorblat."
    )
    found = _relations(ingest_text(text, language="fr"))
    owned = {b for a, b, t in found if a == "Zorblat" and t is RelationType.ROLE}
    assert owned == {"Vexa", "Telmo", "Quindra", "Orvo", "Pallo", "Brisk", "Nuto"}


@pytest.mark.usefixtures("rules_only")
def test_demands_by_the_verb_not_by_the_noun() -> None:
    noun = _relations(
        ingest_text("Zorblat avait anticipé les exigences de Quux. Quux a signé.", language="fr")
    )
    assert not any(t is RelationType.CRITICISM for _, _, t in noun)
    verb = _relations(
        ingest_text("Quux exige de Zorblat des garanties. Zorblat a signé.", language="fr")
    )
    assert ("Quux", "Zorblat", RelationType.CRITICISM) in verb


@pytest.mark.usefixtures("rules_only")
def test_found_liable_and_ruled_against_are_rulings_against_a_party() -> None:
    found = _relations(
        ingest_text(
            "Judge Ada Fairbank found Zorblat and Quux liable for the crisis. Judge Tom Reed "
            "ruled against Blargco.",
            language="en",
        )
    )
    assert ("Ada Fairbank", "Zorblat", RelationType.SANCTION) in found
    assert ("Ada Fairbank", "Quux", RelationType.SANCTION) in found
    assert ("Tom Reed", "Blargco", RelationType.SANCTION) in found


@pytest.mark.usefixtures("rules_only")
def test_whose_staff_or_whose_acts_are_no_holdings() -> None:
    text = (
        "The union is in dispute with Zorblat, whose UK-based pilots walked out. Quux "
        "could retaliate against Vrelco, whose coverage of Blarg angered it."
    )
    pairs = _role_pairs(text, "en")
    assert not any("Zorblat" in pair for pair in pairs)
    assert frozenset(("Vrelco", "Blarg")) not in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "owner", "owned"),
    [
        (
            "fr",
            "Elle salue Quux Livre, la filiale d'édition de Zorblat, et Vrelco.",
            "Zorblat",
            "Quux Livre",
        ),
        (
            "fr",
            "Blarg Re, propriété de la holding Zorblat, a été vendu à Vrelco.",
            "Zorblat",
            "Blarg Re",
        ),
        (
            "fr",
            "Vrelco affronte Blarg Re, propriété du japonais Zorblat, sur ce marché.",
            "Zorblat",
            "Blarg Re",
        ),
        (
            "fr",
            "Vrelco ainsi que Blarg, le réseau de Zorblat Coopératif, gagnent des parts.",
            "Zorblat Coopératif",
            "Blarg",
        ),
        ("fr", "Quant à Blarg, société sœur de Zorblat, elle renonce.", "Zorblat", "Blarg"),
        (
            "fr",
            "Sur ce marché, Blarg, propriété du milliardaire français Ada Roe, complète le trio.",
            "Ada Roe",
            "Blarg",
        ),
        ("en", "It competes with Zorblat, whose Quux system has grown fast.", "Zorblat", "Quux"),
        (
            "en",
            "Blarg Air, the carrier owned jointly by Zorblat and Vrelco, cancelled flights.",
            "Zorblat",
            "Blarg Air",
        ),
        (
            "en",
            "Quux Pipeline, a sister company of Zorblat, paused its plans.",
            "Zorblat",
            "Quux Pipeline",
        ),
        (
            "fr",
            "Ada Roe, patronne du groupe Zorblat, maison mère de Quux, critique Vrelco.",
            "Zorblat",
            "Quux",
        ),
        (
            "en",
            "Quux Report, a unit of Zorblat, grew faster than Vrelco.",
            "Zorblat",
            "Quux Report",
        ),
        ("fr", "Les maisons de Zorblat (Quux, Blargco et Vrelco) ont signé.", "Zorblat", "Vrelco"),
    ],
)
def test_an_owner_described_beside_a_name_owns_it(
    language: str, text: str, owner: str, owned: str
) -> None:
    # one relation between them, which way round the rules read the apposition
    assert frozenset((owner, owned)) in _role_pairs(text, language)


@pytest.mark.usefixtures("rules_only")
def test_a_short_form_or_a_rival_in_an_apposition_is_no_ownership() -> None:
    text = (
        "L'Autorité de la concurrence (ADLC) enquête sur Zorblat. "
        "Quux, un concurrent de Zorblat, se tait."
    )
    relations = _relations(ingest_text(text, language="fr"))
    assert not any(kind is RelationType.ROLE for _, _, kind in relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "person", "body"),
    [
        (
            "fr",
            "« C'est une victoire », a réagi Ada Roe, délégué CGT de l'usine.",
            "Ada Roe",
            "CGT",
        ),
        ("fr", "Ada Roe, secrétaire générale de Zorblat, se tait.", "Ada Roe", "Zorblat"),
        ("en", "Zorblat Administrator Ada Roe said prices would fall.", "Ada Roe", "Zorblat"),
        ("en", "Zorblat's outside counsel, Ada Roe, said Quux was wrong.", "Ada Roe", "Zorblat"),
    ],
)
def test_delegates_secretaries_administrators_and_counsel_hold_roles(
    language: str, text: str, person: str, body: str
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert (person, body, RelationType.ROLE) in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zorblat attaque Quux en justice.", RelationType.LAWSUIT),
        ("Zorblat attaque le groupe Quux en justice.", RelationType.LAWSUIT),
        ("Zorblat a attaqué en justice le groupe Quux.", RelationType.LAWSUIT),
        ("Le patron de Zorblat attaque Quux sur ses prix.", RelationType.CRITICISM),
    ],
)
def test_attacking_in_court_is_a_lawsuit_and_otherwise_criticism(
    text: str, kind: RelationType
) -> None:
    assert ("Zorblat", "Quux", kind) in _relations(ingest_text(text, language="fr"))


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Zorblat a déposé une demande d'arbitrage contre Quux auprès du CIRDI."),
        ("fr", "Zorblat a engagé une procédure d'arbitrage contre Quux dès 2023."),
        ("en", "In 2019 Zorblat filed an arbitration claim against Quux under the treaty."),
        ("en", "Zorblat has initiated arbitration against Quux in Singapore."),
    ],
)
def test_arbitration_against_a_party_is_a_lawsuit(language: str, text: str) -> None:
    assert ("Zorblat", "Quux", RelationType.LAWSUIT) in _relations(
        ingest_text(text, language=language)
    )


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Zorblat a signé. Le PDG de l'enseigne, Ada Roe, accuse les industriels."),
        ("en", "Zorblat signed. The chief executive of the retailer, Ada Roe, said so."),
    ],
)
def test_a_post_in_the_company_described_by_its_trade_is_held_there(
    language: str, text: str
) -> None:
    assert ("Ada Roe", "Zorblat", RelationType.ROLE) in _relations(
        ingest_text(text, language=language)
    )


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "person", "body"),
    [
        ("fr", "« Non », a expliqué Ada Roe, coprésidente de Zorblat.", "Ada Roe", "Zorblat"),
        ("fr", "Zorblat, la holding présidée par Ada Roe, conteste.", "Ada Roe", "Zorblat"),
        ("en", "Ada Roe, co-chair of Zorblat, spoke.", "Ada Roe", "Zorblat"),
        ("en", "Zorblat was founded in 2020 by Ada Roe.", "Ada Roe", "Zorblat"),
    ],
)
def test_co_chairs_chairs_by_passive_and_founders_a_few_words_on(
    language: str, text: str, person: str, body: str
) -> None:
    assert frozenset((person, body)) in _role_pairs(text, language)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zorblat signed a deal with Quux and criticized Blargco."),
        ("en", "Zorblat partnered with Quux last year and has sued Blargco."),
        ("fr", "Zorblat s'est allié à Quux et a attaqué Blargco en justice."),
    ],
)
def test_a_coordinated_verb_keeps_the_first_verbs_subject(language: str, text: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    acts = {
        (s, t) for s, t, kind in relations if kind in (RelationType.CRITICISM, RelationType.LAWSUIT)
    }
    assert ("Zorblat", "Blargco") in acts
    assert ("Quux", "Blargco") not in acts


@pytest.mark.usefixtures("rules_only")
def test_a_collective_is_no_unit_of_the_shorter_collective() -> None:
    text = (
        "Les éleveurs critiquent Zorblat. Les éleveurs laitiers dénoncent Quux. "
        "Le gouvernement soutient Zorblat. Le gouvernement italien critique Quux."
    )
    relations = _relations(ingest_text(text, language="fr"))
    assert not any(kind is RelationType.ROLE for _, _, kind in relations)
    assert ("éleveurs laitiers", "Quux", RelationType.CRITICISM) in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Last year, the Commission closed a probe into Quux, owned by Australia's Zorblat.",
        "In May, Blarg filed a complaint against Quux, a company owned by Vexil maker Zorblat.",
    ],
)
def test_a_place_or_product_describing_the_next_name_is_no_party(text: str) -> None:
    dataset = ingest_text(text, language="en")
    relations = _relations(dataset)
    assert frozenset(("Zorblat", "Quux")) in _role_pairs(text, "en")
    # the product titling its maker is the maker's, and takes part in nothing else
    assert not any(
        {s, t} & {"Australia", "Vexil"} and (s, t, kind) != ("Zorblat", "Vexil", RelationType.ROLE)
        for s, t, kind in relations
    )
    if "Vexil" in text:
        assert ("Zorblat", "Vexil", RelationType.ROLE) in relations
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds.get("Vexil", EntityKind.PRODUCT) is EntityKind.PRODUCT


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In May, Zorblat sued Quux.", Modality.ASSERTED),
        ("On May 3 Zorblat sued Quux.", Modality.ASSERTED),
        ("Since mid-May, Zorblat has sued Quux.", Modality.ASSERTED),
        ("Zorblat may sue Quux.", Modality.HYPOTHETICAL),
    ],
)
def test_the_month_of_may_is_no_modal_verb(text: str, modality: Modality) -> None:
    dataset = ingest_text(text, language="en")
    assert [r.modality for r in dataset.relations] == [modality]


@pytest.mark.usefixtures("rules_only")
def test_a_charge_filed_against_a_party_is_legal_action() -> None:
    text = "The union filed an unfair labor practice charge against Zorblat. Blarg sued Quux."
    relations = _relations(ingest_text(text.replace("The union", "Vell Union"), language="en"))
    assert ("Vell Union", "Zorblat", RelationType.LAWSUIT) in relations


@pytest.mark.usefixtures("rules_only")
def test_a_party_leader_holds_a_role_and_a_market_leader_does_not() -> None:
    text = "Vell leader Ada Roe criticized Zorblat. Quux, the market leader, criticized Blargco."
    roles = _role_pairs(text, "en")
    assert frozenset(("Ada Roe", "Vell")) in roles
    assert not any("Quux" in pair for pair in roles)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Prime Minister Ada Roe criticized Zorblat.", None),
        ("Zorblat chairman Ada Roe criticized Quux.", "Zorblat"),
        ("Commissioner Ada Roe, Zorblat's lone Republican, dissented.", "Zorblat"),
        ("Under Chief Executive Ada Roe, Zorblat built its retail arm.", "Zorblat"),
        ("The league defended Zorblat general manager Ada Roe on Monday.", "Zorblat"),
        ("Zorblat owner Ada Roe sided with the critics.", "Zorblat"),
        (
            "Representative Ada Roe, the top Democrat on the Vell Committee, spoke.",
            "Vell Committee",
        ),
    ],
)
def test_a_title_before_a_name_is_held_in_a_body_named_before_or_beside_it(
    text: str, held: str | None
) -> None:
    roles = {pair for pair in _role_pairs(text, "en") if "Ada Roe" in pair}
    assert roles == ({frozenset(("Ada Roe", held))} if held else set())


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zorblat raised $1 billion in a funding round led by Quux Capital."),
        ("en", "Zorblat raised $1 billion from Quux Capital and others."),
        ("en", "Zorblat secured investment from Quux Capital."),
        ("en", "Quux Capital invested in Zorblat."),
        ("fr", "Zorblat a levé 1 milliard d'euros lors d'un tour de table mené par Quux Capital."),
        ("fr", "Zorblat a levé 50 millions d'euros auprès de Quux Capital."),
    ],
)
def test_the_investor_of_a_round_is_the_source(language: str, text: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert relations == {("Quux Capital", "Zorblat", RelationType.INVESTMENT)}


@pytest.mark.usefixtures("rules_only")
def test_a_place_after_an_amount_says_where() -> None:
    text = "Zorblat and Quux win approval for £15bn UK merger. The UK criticized Zorblat."
    relations = _relations(ingest_text(text, language="en"))
    assert not any(
        "UK" in (s, t) and kind is not RelationType.CRITICISM for s, t, kind in relations
    )
    assert ("UK", "Zorblat", RelationType.CRITICISM) in relations


@pytest.mark.usefixtures("rules_only")
def test_a_trade_with_an_origin_names_the_company_introduced_with_it_or_just_named() -> None:
    french = (
        "Zorblat ferme des magasins. Zorblat perd des clients. Zorblat recrute. "
        "Volte-face chez Zorblat. Le fabricant français a signé un partenariat avec Blargco. "
        "Vrel, le groupe néerlandais, grandit. Le fabricant néerlandais a attaqué Quux en justice."
    )
    found = _relations(ingest_text(french, language="fr"))
    assert {frozenset((s, t)) for s, t, k in found if k is RelationType.PARTNERSHIP} == {
        frozenset(("Zorblat", "Blargco"))
    }
    assert ("Vrel", "Quux", RelationType.LAWSUIT) in found
    english = (
        "Zorblat cut jobs. Zorblat lost market share. Zorblat said so. Zorblat sold games "
        "to Quux. The French publisher sued Vell."
    )
    # Quux was named last: the description is not the article's company
    assert not any(t == "Vell" for _, t, _ in _relations(ingest_text(english, language="en")))
    english = english.replace("to Quux.", "to Quux. Zorblat grew.")
    assert ("Zorblat", "Vell", RelationType.LAWSUIT) in _relations(
        ingest_text(english, language="en")
    )


@pytest.mark.usefixtures("rules_only")
def test_a_person_of_a_body_is_the_subject_of_the_verb_after() -> None:
    text = "Judge Ada Roe of the Vell District Court blocked Zorblat's deal with Quux."
    relations = _relations(ingest_text(text, language="en"))
    assert any(s == "Ada Roe" and t == "Zorblat" for s, t, _ in relations)
    assert not any(s == "Vell District Court" and t == "Zorblat" for s, t, _ in relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "reduces"),
    [
        ("fr", "Zorblat veut gagner son indépendance vis-à-vis de Quux.", True),
        ("fr", "Zorblat a confié des audits indépendants à Quux.", False),
        ("en", "Zorblat wants independence from Quux.", True),
        ("en", "Zorblat hired Quux for an independent review.", False),
    ],
)
def test_independence_is_a_step_away_and_an_independent_review_is_not(
    language: str, text: str, reduces: bool
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert (("Zorblat", "Quux", RelationType.DEPENDENCY_REDUCTION) in relations) is reduces


@pytest.mark.usefixtures("rules_only")
def test_a_spin_off_is_a_tie_and_a_suspension_a_sanction() -> None:
    assert frozenset(("Zorblat", "Quux")) in _role_pairs(
        "Zorblat, which was spun off from Dutch chipmaker Quux in 2017, employs 12,000 people.",
        "en",
    )
    relations = _relations(ingest_text("The Vell Court suspended Zorblat's deal.", language="en"))
    assert ("Vell Court", "Zorblat", RelationType.SANCTION) in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Zorblat s'est associé à Quux pour ce projet.",
        "Zorblat et Quux se sont alliés l'an dernier.",
        "Zorblat, qui s'était associé à Quux, a changé d'avis.",
    ],
)
def test_a_reflexive_verb_is_a_cue_in_its_compound_tenses(text: str) -> None:
    relations = _relations(ingest_text(text, language="fr"))
    assert {frozenset((s, t)) for s, t, kind in relations if kind is RelationType.PARTNERSHIP} == {
        frozenset(("Zorblat", "Quux"))
    }


@pytest.mark.usefixtures("rules_only")
def test_a_party_listed_after_a_preposition_and_a_description() -> None:
    text = "Zorblat s'est associé à Quux et à son compatriote Vell Industries pour ce projet."
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(text, language="fr"))}
    assert frozenset(("Zorblat", "Vell Industries")) in pairs


@pytest.mark.usefixtures("rules_only")
def test_a_person_given_with_a_companys_genitive_works_there() -> None:
    text = (
        "Lawmakers wrote to the chief executives — Zorblat's Ada Lovelace, "
        "Quux's Alan Turing, Vell Media's president Grace Hopper — in March."
    )
    relations = _relations(ingest_text(text, language="en"))
    roles = {(s, t) for s, t, kind in relations if kind is RelationType.ROLE}
    assert {("Ada Lovelace", "Zorblat"), ("Alan Turing", "Quux")} <= roles
    assert ("Grace Hopper", "Vell Media") in roles
    assert not any(s in ("Zorblat", "Quux") for s, _ in roles)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ada Lovelace, the CEO of Zorblat and Quux, said the deal would close."),
        ("fr", "Ada Lovelace, la patronne de Zorblat et de Quux, a signé."),
    ],
)
def test_a_title_held_in_two_bodies_relates_the_person_to_both(language: str, text: str) -> None:
    pairs = _role_pairs(text, language)
    assert {frozenset(("Ada Lovelace", "Zorblat")), frozenset(("Ada Lovelace", "Quux"))} <= pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ada Lovelace, who co-founded Zorblat and later left Quux, testified."),
        ("en", "Ada Lovelace founded Zorblat with her brother."),
        ("fr", "Ada Lovelace, qui a fondé Zorblat en 1999, a vendu ses parts."),
    ],
)
def test_founding_a_company_is_a_role_in_it(language: str, text: str) -> None:
    pairs = _role_pairs(text, language)
    assert frozenset(("Ada Lovelace", "Zorblat")) in pairs
    assert frozenset(("Ada Lovelace", "Quux")) not in pairs


@pytest.mark.usefixtures("rules_only")
def test_prosecutors_charging_a_list_of_companies_accuse_each() -> None:
    text = (
        "The Vell District Prosecutors Office charged Zorblat Group, Quux, Fuji Zeta and "
        "Orvo with violating the antimonopoly law. Zorblat Group said it regretted it."
    )
    relations = _relations(ingest_text(text, language="en"))
    for accused in ("Zorblat Group", "Quux", "Fuji Zeta", "Orvo"):
        assert (
            "Vell District Prosecutors Office",
            accused,
            RelationType.ACCUSATION,
        ) in relations, accused


@pytest.mark.usefixtures("rules_only")
def test_the_management_accused_of_doing_something_is_the_company() -> None:
    text = (
        "Zorblat ferme deux usines. Zorblat perd des clients. Zorblat recrute. "
        "Le syndicat Vellor accuse la direction de transférer la production."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Vellor", "Zorblat", RelationType.ACCUSATION) in found
    text = text.replace("de transférer la production", "de Quux")
    assert ("Vellor", "Zorblat", RelationType.ACCUSATION) not in _relations(
        ingest_text(text, language="fr")
    )


@pytest.mark.usefixtures("rules_only")
def test_a_body_named_inside_a_quotation_is_not_where_the_speaker_works() -> None:
    text = "“We regret the failings found by the FCA,” chair Ada Lovelace said."
    assert frozenset(("Ada Lovelace", "FCA")) not in _role_pairs(text, "en")
    text = "Zorblat called it “a bad idea”, its chief executive Ada Lovelace added."
    assert frozenset(("Ada Lovelace", "Zorblat")) in _role_pairs(text, "en")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Vell Court ordered Zorblat and Quux to pay a combined $5 million."),
        ("en", "Judge Ada Roe could order Zorblat to divest Quux."),
        ("en", "In 2021 the Vell Court ordered Zorblat to cut its emissions by 45%."),
        ("en", "The Vell Department ordered Zorblat Air Lines and Quux to dissolve their venture."),
        ("en", "The Vell Board ordered Zorblat to terminate the contract."),
        ("fr", "La CNIL a enjoint à Zorblat de cesser la collecte."),
        ("fr", "Le Conseil d'État a ordonné à Zorblat de rembourser ses clients."),
    ],
)
def test_ordering_a_party_to_do_something_is_a_command_not_a_purchase(
    language: str, text: str
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert any(
        t.startswith("Zorblat") and kind is RelationType.SANCTION for _, t, kind in relations
    )
    assert not any(kind is RelationType.COMMERCIAL_DEAL for _, _, kind in relations)


@pytest.mark.usefixtures("rules_only")
def test_ordering_goods_stays_a_purchase() -> None:
    for text in (
        "Zorblat ordered 20 jets from Quux.",
        "Zorblat ordered Quux jets to replace its fleet.",
    ):
        relations = _relations(ingest_text(text, language="en"))
        assert not any(kind is RelationType.SANCTION for _, _, kind in relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "In June, Zorblat cancelled a $2 billion order for cells from Quux.",
        "Zorblat called off its takeover of Quux.",
        "Zorblat walked away from its deal with Quux.",
        "Zorblat abandoned its bid for Quux.",
    ],
)
def test_cancelling_or_abandoning_is_a_termination(text: str) -> None:
    relations = _relations(ingest_text(text, language="en"))
    assert any(s == "Zorblat" and kind is RelationType.TERMINATION for s, _, kind in relations), (
        relations
    )


@pytest.mark.usefixtures("rules_only")
def test_a_cancellation_process_terminates_nothing() -> None:
    text = "Zorblat said Quux's cancellation process was too long."
    relations = _relations(ingest_text(text, language="en"))
    assert not any(kind is RelationType.TERMINATION for _, _, kind in relations)


@pytest.mark.usefixtures("rules_only")
def test_a_title_before_a_name_is_not_held_in_a_body_the_person_then_speaks_of() -> None:
    text = "La ministre déléguée chargée du Numérique, Ada Roe, a estimé que Zorblat était libre."
    assert frozenset(("Ada Roe", "Zorblat")) not in _role_pairs(text, "fr")
    text = (
        "La ministre déléguée chargée de l'Autonomie, Ada Roe, a annoncé samedi que l'Etat "
        "allait saisir la justice contre Zorblat."
    )
    assert frozenset(("Ada Roe", "Etat")) in _role_pairs(text, "fr")


@pytest.mark.usefixtures("rules_only")
def test_a_title_in_a_company_named_after_its_noun_is_held_there() -> None:
    text = (
        "« Quux s’apprête à débrancher le réseau », a fustigé Ada Roe, le directeur général "
        "du groupe Zorblat."
    )
    pairs = _role_pairs(text, "fr")
    assert frozenset(("Ada Roe", "Zorblat")) in pairs
    assert frozenset(("Ada Roe", "Quux")) not in pairs


@pytest.mark.usefixtures("rules_only")
def test_a_possessive_title_is_held_in_the_company_named_before_even_if_named_again() -> None:
    text = (
        "Zorblat filed a complaint against Quux. Its president, Ada Lovelace, called it "
        "“a cynical move” and said the association would appeal."
    )
    assert frozenset(("Ada Lovelace", "Zorblat")) in _role_pairs(
        text.replace("the association", "Zorblat"), "en"
    )


@pytest.mark.usefixtures("rules_only")
def test_a_title_in_a_bodys_unit_is_held_in_the_unit() -> None:
    text = "Ada Lovelace, president of Zorblat’s Vell Component, accused Quux of stalling."
    pairs = _role_pairs(text, "en")
    assert frozenset(("Ada Lovelace", "Vell Component")) in pairs
    assert frozenset(("Ada Lovelace", "Zorblat")) not in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "pair"),
    [
        (
            "en",
            "Zorblat flights, which are operated by Quux under contract, flew.",
            ("Zorblat", "Quux"),
        ),
        (
            "en",
            "Ada Lovelace, who runs Zorblat's retail unit, will retire.",
            ("Ada Lovelace", "Zorblat"),
        ),
        (
            "en",
            '"It is fair," said Ada Lovelace, who chairs Zorblat Group.',
            ("Ada Lovelace", "Zorblat Group"),
        ),
        (
            "en",
            "Ada Lovelace, head of research at Quux Bank, who worked at Zorblat Group for "
            "a decade, said it was fair.",
            ("Ada Lovelace", "Zorblat Group"),
        ),
        (
            "en",
            "The Vell Association, which represents Zorblat, complained.",
            ("Vell Association", "Zorblat"),
        ),
        ("fr", "L'association Vell, qui représente Zorblat, a protesté.", ("Vell", "Zorblat")),
        (
            "fr",
            "« C'est grave », prévient Fergus Vellard, avocat du cabinet Zorblat & Quux.",
            ("Fergus Vellard", "Zorblat & Quux"),
        ),
    ],
)
def test_operating_running_chairing_working_and_representing_are_ties(
    language: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in _role_pairs(text, language)


@pytest.mark.usefixtures("rules_only")
def test_a_dated_decree_is_a_text_that_the_decree_names_again() -> None:
    text = (
        "Le Conseil d'État a annulé le décret du 26 février 2024 sur les noms des produits. "
        "Zorblat critique le décret."
    )
    dataset = ingest_text(text, language="fr")
    decree = next(e for e in dataset.entities if e.name == "décret du 26 février 2024")
    assert decree.kind is EntityKind.OTHER
    assert "décret" in decree.aliases
    relations = _relations(dataset)
    assert any(s == "Zorblat" and t == decree.name for s, t, _ in relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "opening",
    [
        "Zorblat, a Houston-based oil company, sued Quux.",
        "Houston-based Zorblat sued Quux.",
    ],
)
def test_the_company_based_in_a_town_is_the_one_the_text_based_there(opening: str) -> None:
    text = opening + " The Houston-based company said it had signed a deal with Vell Energy."
    relations = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Vell Energy", RelationType.COMMERCIAL_DEAL) in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Laval, Quebec-based Zorblat sued Quux. The Laval, Quebec-based company said it "
            "had signed a deal with Vell Energy.",
        ),
        (
            "en",
            "Cincinnati-based Zorblat sued Quux. The Cincinnati-based grocer said it had "
            "signed a deal with Vell Energy.",
        ),
        (
            "en",
            "Pittsburgh-area Zorblat sued Quux. The Pittsburgh-area retailer said it had "
            "signed a deal with Vell Energy.",
        ),
        (
            "fr",
            "Zorblat ferme une usine. Zorblat perd des parts de marché. Zorblat recrute. "
            "Le cimentier a signé un contrat avec Vell Energy.",
        ),
    ],
)
def test_a_town_and_its_state_or_a_trade_name_the_company_again(language: str, text: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert ("Zorblat", "Vell Energy", RelationType.COMMERCIAL_DEAL) in relations


@pytest.mark.usefixtures("rules_only")
def test_the_seattle_based_company_is_the_company_based_there() -> None:
    text = "Amazon sued Quux. The Seattle-based company signed a deal with Vell Energy."
    relations = _relations(ingest_text(text, language="en"))
    assert ("Amazon", "Vell Energy", RelationType.COMMERCIAL_DEAL) in relations


@pytest.mark.usefixtures("rules_only")
def test_la_major_is_the_company_the_article_is_about() -> None:
    text = (
        "Zorblat ferme des raffineries. Zorblat perd des parts de marché. Zorblat recrute. "
        "La major a signé un partenariat avec Blargco."
    )
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(text, language="fr"))}
    assert frozenset(("Zorblat", "Blargco")) in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "pair"),
    [
        (
            "en",
            "The Vell Licensing Collective sued Zorblat. “This is a bad deal,” Ada Lovelace, "
            "the collective’s chief executive, said.",
            ("Ada Lovelace", "Vell Licensing Collective"),
        ),
        (
            "en",
            "The Vell Transportation Board will review the merger. Zorblat sued the board over "
            "its rules.",
            ("Zorblat", "Vell Transportation Board"),
        ),
        (
            "fr",
            "Le tribunal de commerce de Vrelonne a ouvert une procédure. Zorblat accuse le "
            "tribunal de partialité.",
            ("Zorblat", "tribunal de commerce de Vrelonne"),
        ),
    ],
)
def test_an_institution_s_head_noun_names_it_again(
    language: str, text: str, pair: tuple[str, str]
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert frozenset(pair) in {frozenset((s, t)) for s, t, _ in found}


@pytest.mark.usefixtures("rules_only")
def test_the_coalition_and_la_plateforme_name_their_entity_again() -> None:
    text = (
        "Zorblat and the Coalition of Vell Unions reached a deal. Ada Lovelace, executive "
        "director of the coalition, praised it."
    )
    assert frozenset(("Ada Lovelace", "Coalition of Vell Unions")) in _role_pairs(text, "en")
    text = (
        "Zorblat ouvre un magasin. Zorblat vend des vêtements. Zorblat grandit. "
        "La plateforme a signé un partenariat avec Blargco."
    )
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(text, language="fr"))}
    assert frozenset(("Zorblat", "Blargco")) in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "pair"),
    [
        (
            "en",
            "Zorblat Workers United is part of Workers United, a big union.",
            ("Zorblat Workers United", "Workers United"),
        ),
        (
            "en",
            "Workers United, an affiliate of the Vell Employees Union, spoke.",
            ("Workers United", "Vell Employees Union"),
        ),
        ("fr", "Zorblat fait partie de Quux depuis 2019.", ("Zorblat", "Quux")),
        (
            "fr",
            "La FDJ vise Kindred, propriétaire notamment des marques Unibet.",
            ("Kindred", "Unibet"),
        ),
    ],
)
def test_being_part_or_owner_of_a_body_is_a_tie(
    language: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in _role_pairs(text, language)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "owner", "owned", "act"),
    [
        (
            "Zorblat walked away from its bid for Quux owner Blargco Holdings.",
            "Blargco Holdings",
            "Quux",
            ("Zorblat", "Blargco Holdings"),
        ),
        (
            "The FTC sued TikTok owner ByteDance on Monday.",
            "ByteDance",
            "TikTok",
            ("FTC", "ByteDance"),
        ),
        (
            "Microsoft invested in ChatGPT maker OpenAI.",
            "OpenAI",
            "ChatGPT",
            ("Microsoft", "OpenAI"),
        ),
    ],
)
def test_a_name_titling_its_owner_or_maker_is_theirs_and_takes_part_in_nothing_else(
    text: str, owner: str, owned: str, act: tuple[str, str]
) -> None:
    dataset = ingest_text(text, language="en")
    names = {e.id: e.name for e in dataset.entities}
    relations = {(names[r.source], names[r.target], r.type) for r in dataset.relations}
    assert (owner, owned, RelationType.ROLE) in relations
    pairs = {(s, t) for s, t, _ in relations}
    assert act in pairs
    # the owned name is no party to the act, nor is the actor to the owner's post
    assert pairs <= {(owner, owned), act}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act named after a possessive is the owner's ...
        (
            "Regulators opened a review of Zorblat's acquisition of Quux.",
            ("Zorblat", "Quux", RelationType.INVESTMENT),
        ),
        (
            "Zorblat said it was cooperating with the Justice Department's investigation.",
            ("Justice Department", "Zorblat", RelationType.INVESTIGATION),
        ),
        # ... a role named after it is the other's
        (
            "Microsoft, OpenAI's largest investor, said so.",
            ("Microsoft", "OpenAI", RelationType.INVESTMENT),
        ),
    ],
)
def test_after_a_possessive_an_act_is_the_owners_and_a_role_the_others(
    text: str, expected: tuple[str, str, RelationType]
) -> None:
    relations = _relations(ingest_text(text, language="en"))
    assert expected in relations
    assert (expected[1], expected[0], expected[2]) not in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Quux, a subsidiary of Zorblat, cut jobs."),
        ("en", "Quux, which is owned by Zorblat, cut jobs."),
        ("en", "Quux, an arm of Zorblat, cut jobs."),
        ("en", "Quux is part of Zorblat."),
        ("en", "Zorblat's infrastructure arm Quux cut jobs."),
        ("en", "Zorblat owns Quux."),
        ("fr", "Quux, filiale de Zorblat, supprime des postes."),
        ("fr", "Quux, détenue par Zorblat, supprime des postes."),
    ],
)
def test_a_company_owning_another_holds_the_role_whichever_is_named_first(
    language: str, text: str
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert relations == {("Zorblat", "Quux", RelationType.ROLE)}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Zorblat, which represents providers including Quux and Vell, said on Thursday "
            "it had lodged an appeal against Blargco.",
        ),
        (
            "fr",
            "Zorblat, qui représente des fournisseurs comme Quux et Vell, a indiqué qu'il "
            "avait fait appel de la décision de Blargco.",
        ),
    ],
)
def test_the_one_who_says_it_acts_after_a_relative_clause(language: str, text: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert ("Zorblat", "Blargco", RelationType.LAWSUIT) in relations
    assert not {(s, t) for s, t, kind in relations if kind is RelationType.LAWSUIT} - {
        ("Zorblat", "Blargco")
    }


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Quux fait partie de Zorblat.", {("Zorblat", "Quux")}),
        ("fr", "La licence de Quux appartient à Zorblat.", {("Zorblat", "Quux")}),
        ("en", "Quux belongs to Zorblat.", {("Zorblat", "Quux")}),
        ("fr", "Quux, fleuron du groupe suisse Zorblat, résiste.", {("Zorblat", "Quux")}),
        # the mother company is named first, and owns
        ("fr", "Même tonalité chez Zorblat, maison mère de Quux.", {("Zorblat", "Quux")}),
        (
            "fr",
            "Le groupe négocie avec Quux, la holding de Zorblat, depuis mai.",
            {("Zorblat", "Quux")},
        ),
        (
            "fr",
            "La famille Zorblat, qui contrôle Vell à travers la Société Blargco, est également "
            "propriétaire de Quux et de Xeno.",
            {("famille Zorblat", "Vell"), ("famille Zorblat", "Quux"), ("famille Zorblat", "Xeno")},
        ),
    ],
)
def test_ownership_named_by_a_verb_or_an_apposition(
    language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    relations = _relations(ingest_text(text, language=language))
    roles = {(s, t) for s, t, kind in relations if kind is RelationType.ROLE}
    assert expected <= roles
    assert not {(t, s) for s, t in expected} & roles


@pytest.mark.usefixtures("rules_only")
def test_every_product_listed_after_an_ownership_cue_is_owned() -> None:
    text = "Besides Pringles, Kellanova owns Cheez-It and Pop-Tarts."
    dataset = ingest_text(text, language="en")
    relations = _relations(dataset)
    assert ("Kellanova", "Cheez-It", RelationType.ROLE) in relations
    assert ("Kellanova", "Pop-Tarts", RelationType.ROLE) in relations
    assert "Besides Pringles" not in {e.name for e in dataset.entities}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Zorblat et Quux ont organisé la mort lente de l'usine », dénonce Ada Lovelace, "
            "représentante du syndicat.",
            {("Ada Lovelace", "Zorblat"), ("Ada Lovelace", "Quux")},
        ),
        (
            "« Le gouvernement a choisi son camp, celui des actionnaires », a fustigé le "
            "secrétaire général de la Vell, Ada Lovelace.",
            {("Ada Lovelace", "gouvernement")},
        ),
    ],
)
def test_a_speaker_criticises_those_the_quotation_names(
    text: str, expected: set[tuple[str, str]]
) -> None:
    relations = _relations(ingest_text(text, language="fr"))
    criticism = {(s, t) for s, t, kind in relations if kind is RelationType.CRITICISM}
    assert criticism == expected


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "“Zorblat misled users,” said Ada Lovelace, director of the FTC’s Bureau of "
            "Consumer Protection.",
            ("FTC", "Bureau of Consumer Protection", RelationType.ROLE),
        ),
        (
            "fr",
            "La matinale de Quux, station phare de Zorblat, pourrait disparaître.",
            ("Zorblat", "Quux", RelationType.ROLE),
        ),
        (
            "fr",
            "Zorblat et Quux ont cosigné un courrier adressé au régulateur.",
            ("Zorblat", "Quux", RelationType.PARTNERSHIP),
        ),
    ],
)
def test_a_regulators_bureau_a_flagship_station_and_a_cosigned_letter(
    language: str, text: str, expected: tuple[str, str, RelationType]
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert expected in relations or (expected[1], expected[0], expected[2]) in relations
    if expected[2] is RelationType.ROLE:
        assert (expected[1], expected[0], expected[2]) not in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected", "absent"),
    [
        ("en", "Zorblat urged the FTC to block Quux's deal.", ("FTC", "Quux"), ("Zorblat", "Quux")),
        (
            "fr",
            "Zorblat appelle l'Arcep à sanctionner Quux.",
            ("Arcep", "Quux"),
            ("Zorblat", "Quux"),
        ),
        ("en", "Zorblat urged regulators to block Quux's deal.", None, ("Quux", "Zorblat")),
    ],
)
def test_the_one_urged_to_act_acts(
    language: str,
    text: str,
    expected: tuple[str, str] | None,
    absent: tuple[str, str],
) -> None:
    relations = _relations(ingest_text(text, language=language))
    acts = {(s, t) for s, t, kind in relations if kind is not RelationType.APPEAL}
    if expected is not None:
        assert expected in acts
    assert absent not in acts


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Zorblat doit répondre du non-respect des sanctions financières visant la Russie.",
            set(),
        ),
        ("en", "Zorblat faces questions over sanctions against Russia.", set()),
        (
            "fr",
            "L'Union européenne a imposé des sanctions contre Zorblat.",
            {("Union européenne", "Zorblat")},
        ),
        ("en", "The EU imposed sanctions on Zorblat.", {("EU", "Zorblat")}),
    ],
)
def test_sanctions_aimed_at_someone_are_imposed_by_whoever_imposes_them(
    language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert {(s, t) for s, t, kind in relations if kind is not RelationType.ROLE} == expected


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Zorblat and the Teamsters reached a tentative five-year labor agreement on Tuesday.",
            {frozenset(("Zorblat", "Teamsters"))},
        ),
        (
            "fr",
            "Zorblat et la CGT ont signé un accord de fin de conflit.",
            {frozenset(("Zorblat", "CGT"))},
        ),
        (
            "en",
            "Zorblat and Quux signed a contract with Vell.",
            {frozenset(("Zorblat", "Vell")), frozenset(("Quux", "Vell"))},
        ),
    ],
)
def test_an_agreement_two_coordinated_parties_reach_binds_them(
    language: str, text: str, expected: set[frozenset[str]]
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert {frozenset((s, t)) for s, t, _ in relations} == expected


@pytest.mark.usefixtures("rules_only")
def test_a_deal_welcomed_is_no_deal_with_the_one_who_welcomes_it() -> None:
    text = (
        "President Ada Lovelace welcomed the deal, saying it would ensure Zorblat workers "
        "are rewarded."
    )
    relations = _relations(ingest_text(text, language="en"))
    assert RelationType.COMMERCIAL_DEAL not in {kind for _, _, kind in relations}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Zorblat on Wednesday withdrew its roughly $47 billion proposal to buy Quux.",
            ("Zorblat", "Quux", RelationType.TERMINATION),
        ),
        (
            "fr",
            "Zorblat a retiré son offre sur Quux.",
            ("Zorblat", "Quux", RelationType.TERMINATION),
        ),
        (
            "en",
            "The regulator Vell sued Zorblat, accusing Quux of hiding losses.",
            ("Vell", "Quux", RelationType.ACCUSATION),
        ),
        (
            "fr",
            "La CGT a écrit à Zorblat, accusant Quux de mentir.",
            ("CGT", "Quux", RelationType.ACCUSATION),
        ),
    ],
)
def test_a_withdrawn_offer_ends_and_a_participle_is_the_subjects(
    language: str, text: str, expected: tuple[str, str, RelationType]
) -> None:
    assert expected in _relations(ingest_text(text, language=language))


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La directrice de Quux, Ada Roe, a critiqué Zorblat."),
        ("en", "The chief executive of Quux, Ada Roe, criticized Zorblat."),
    ],
)
def test_the_holder_of_a_title_named_after_its_body_acts(language: str, text: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert ("Ada Roe", "Quux", RelationType.ROLE) in found
    assert ("Ada Roe", "Zorblat", RelationType.CRITICISM) in found
    assert ("Quux", "Zorblat", RelationType.CRITICISM) not in found


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Ada Roe, a former chief executive of Quux who had been nominated by Zorblat, "
        "was named chair.",
        "Ada Roe, a former U.S. energy official nominated by Zorblat, joined the board.",
    ],
)
def test_the_one_acted_on_in_the_passive_is_the_person_who_is_qualified(text: str) -> None:
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Ada Roe", RelationType.ENDORSEMENT) in found
    assert not any(source == "Zorblat" and target != "Ada Roe" for source, target, _ in found)


@pytest.mark.usefixtures("rules_only")
def test_an_analyst_named_after_the_firm_holds_a_post_there() -> None:
    found = _relations(
        ingest_text("Chez Zorblat, l'analyste Ada Roe souligne que Quux a tort.", language="fr")
    )
    assert ("Ada Roe", "Zorblat", RelationType.ROLE) in found
    # ... and in English, the firm before the title
    found = _relations(ingest_text("Quux is wrong, said Zorblat analyst Ada Roe.", language="en"))
    assert ("Ada Roe", "Zorblat", RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
def test_a_country_qualifying_a_party_is_no_party() -> None:
    found = _relations(
        ingest_text("Zorblat agreed to combine with U.S. rival Quux in a deal.", language="en")
    )
    assert ("Zorblat", "Quux", RelationType.INVESTMENT) in found
    assert any(
        {source, target} == {"Zorblat", "Quux"} and kind is RelationType.COMPETITION
        for source, target, kind in found
    )
    assert not any("U.S" in (source, target) for source, target, _ in found)
    # ... but a country the cue's complement names is one
    found = _relations(
        ingest_text(
            "Zorblat filed an arbitration claim against Mexico under the Quux Agreement.",
            language="en",
        )
    )
    assert ("Zorblat", "Mexico", RelationType.LAWSUIT) in found
    # ... and a French capital before its verb acts: "Brexit : Londres verse 33 millions
    # de livres à Eurotunnel" gives nothing to the word before it
    found = _relations(
        ingest_text(
            fixture_text("fr_eurotunnel_accord_londres_contrats_ferries_brexit.txt"),
            language="fr",
        )
    )
    assert not any(source == "Brexit" for source, _, _ in found)


@pytest.mark.usefixtures("rules_only")
def test_two_subjects_of_a_mutual_cue_with_an_object_act_on_it() -> None:
    found = _relations(ingest_text("Zorblat Partners and Quux advised Vell.", language="en"))
    pairs = {frozenset((source, target)) for source, target, _ in found}
    assert {frozenset(("Zorblat Partners", "Vell")), frozenset(("Quux", "Vell"))} <= pairs
    assert frozenset(("Zorblat Partners", "Quux")) not in pairs
    found = _relations(
        ingest_text("Où Zorblat et Quux sont associés à l'américain Vell.", language="fr")
    )
    pairs = {frozenset((source, target)) for source, target, _ in found}
    assert {frozenset(("Zorblat", "Vell")), frozenset(("Quux", "Vell"))} <= pairs
    assert frozenset(("Zorblat", "Quux")) not in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "expected", "not_expected"),
    [
        # a verb of will between the apposition and the cue
        (
            "en",
            "Zorblat Entertainment, the owner of Quux and Vell, agreed on Wednesday to "
            "combine with Blargco.",
            ("Zorblat Entertainment", "Blargco", RelationType.INVESTMENT),
            ("Vell", "Blargco", RelationType.INVESTMENT),
        ),
        (
            "fr",
            "Zorblat, le propriétaire de Quux, a accepté de racheter Blargco.",
            ("Zorblat", "Blargco", RelationType.INVESTMENT),
            ("Quux", "Blargco", RelationType.INVESTMENT),
        ),
        # a country's possessive says where the firm is: no party
        (
            "en",
            "Zorblat agreed to combine with Canada's Quux Group. Canada welcomed the deal.",
            ("Zorblat", "Quux Group", RelationType.INVESTMENT),
            ("Zorblat", "Canada", RelationType.INVESTMENT),
        ),
        # a participle after its clause is the subject's act, past the clause's adverbials
        (
            "en",
            "The regulator Vell sued Zorblat in a Delaware court on Monday, accusing Quux of "
            "hiding losses.",
            ("Vell", "Quux", RelationType.ACCUSATION),
            ("Zorblat", "Quux", RelationType.ACCUSATION),
        ),
        # past a name that only qualifies the subject's title
        (
            "en",
            "Quux co-founder Ada Roe quits, accusing Zorblat of silencing the brand.",
            ("Ada Roe", "Zorblat", RelationType.ACCUSATION),
            ("Quux", "Zorblat", RelationType.ACCUSATION),
        ),
        # the participle's object is a pronoun: the clause's object is accused
        (
            "en",
            "Vell sued Zorblat in January, accusing it of hiding losses from Quux.",
            ("Vell", "Zorblat", RelationType.ACCUSATION),
            ("Vell", "Quux", RelationType.ACCUSATION),
        ),
        (
            "fr",
            "Zorblat a assigné Quux devant le tribunal de commerce, l'accusant de copier Vell.",
            ("Zorblat", "Quux", RelationType.ACCUSATION),
            ("Quux", "Vell", RelationType.ACCUSATION),
        ),
        # a first name that is a noun's complement is no subject
        (
            "en",
            "Shareholders of Zorblat rejected the plan of Ada Roe on Friday, accusing Quux of "
            "meddling.",
            None,
            ("Zorblat", "Quux", RelationType.ACCUSATION),
        ),
        # a quoted phrase inside the apposition leaves the name before it the subject;
        # a quotation that only opens between them does not
        (
            "en",
            'Quux Vell, a self-described "enemy of rivals", has sued Zorblat Corp.',
            ("Quux Vell", "Zorblat Corp", RelationType.LAWSUIT),
            ("Zorblat Corp", "Quux Vell", RelationType.LAWSUIT),
        ),
        (
            "en",
            'Quux Vell said: "we have sued Zorblat Corp.',
            None,
            ("Quux Vell", "Zorblat Corp", RelationType.LAWSUIT),
        ),
    ],
)
def test_who_acts_on_whom_past_an_apposition_a_participle_s_clause_or_a_country(
    language: str,
    text: str,
    expected: tuple[str, str, RelationType] | None,
    not_expected: tuple[str, str, RelationType],
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert expected is None or expected in found
    assert not_expected not in found


@pytest.mark.usefixtures("rules_only")
def test_a_party_in_brackets_after_a_person_is_the_one_they_sit_for() -> None:
    text = (
        "Le sénateur Marc Vellard (Les Républicains) a déposé un amendement contre Zorblat. "
        "Ada Roe (Quux) et Jean Blarg, de Zorblat, ont signé."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Marc Vellard", "Les Républicains", RelationType.ROLE) in found
    assert ("Ada Roe", "Quux", RelationType.ROLE) in found
    assert ("Jean Blarg", "Quux", RelationType.ROLE) not in found


@pytest.mark.usefixtures("rules_only")
def test_a_plan_withdrawn_is_no_termination_and_a_deal_praised_with_its_party_relates() -> None:
    own = "Zorblat withdrew its plan to split itself hours before Quux was due to vote."
    kinds = {kind for _, _, kind in _relations(ingest_text(own, language="en"))}
    assert RelationType.TERMINATION not in kinds
    praised = "L'Umih a salué l'accord proposé par Zorblat, selon un communiqué."
    pairs = {frozenset((s, t)) for s, t, _ in _relations(ingest_text(praised, language="fr"))}
    assert frozenset(("Umih", "Zorblat")) in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe stepped down as chief executive of Zorblat on Monday.",
        "Jane Roe will stay on as interim chief executive of Zorblat.",
    ],
)
def test_a_title_after_as_is_the_subject_s_post(text: str) -> None:
    assert ("Jane Roe", "Zorblat", RelationType.ROLE) in _relations(
        ingest_text(text, language="en")
    )


@pytest.mark.usefixtures("rules_only")
def test_a_title_after_as_before_a_name_opens_a_clause_of_its_own() -> None:
    relations = _relations(
        ingest_text("Zorblat sued Quux as chief executive Jane Roe watched.", language="en")
    )
    assert ("Jane Roe", "Zorblat", RelationType.ROLE) not in relations
    assert ("Zorblat", "Quux", RelationType.LAWSUIT) in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Zorblat will fund the purchase with new debt, said Ada Roe, its finance chief.",
        ),
        ("en", "Zorblat will fund the purchase with new debt, Ada Roe said on Monday."),
    ],
)
def test_the_speaker_after_a_verb_of_saying_is_no_party_to_the_act(
    language: str, text: str
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert not any(t is not RelationType.ROLE for _, _, t in relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorblat, the Jane Roe-led company, cut jobs.",
            ("Jane Roe", "Zorblat", RelationType.ROLE),
        ),
        ("The Blargco-owned Quux cut jobs.", ("Blargco", "Quux", RelationType.ROLE)),
        (
            "Quux, a Blargco-backed start-up, cut jobs.",
            ("Blargco", "Quux", RelationType.INVESTMENT),
        ),
        (
            "Zorblat said another Blargco-owned firm, Quux, cut jobs.",
            ("Blargco", "Quux", RelationType.ROLE),
        ),
    ],
)
def test_the_name_before_a_party_participle_owns_leads_or_backs_what_it_qualifies(
    text: str, expected: tuple[str, str, RelationType]
) -> None:
    dataset = ingest_text(text, language="en")
    assert expected in _relations(dataset)
    # the mention stops at the hyphen: the participle is no part of the name
    mentioned = {dataset.article.text[m.start : m.end] for m in dataset.mentions}
    assert expected[0] in mentioned


@pytest.mark.usefixtures("rules_only")
def test_a_name_qualifying_a_noun_is_no_party_to_the_sentence_s_act() -> None:
    # the app is what Zorblat accuses; Blargco only owns it
    dataset = ingest_text("Zorblat accused the Blargco-owned app of copying.", language="en")
    names = {e.id: e.name for e in dataset.entities}
    assert "Blargco" in names.values()
    # neither the rules nor the pair model relate the accuser to the owner
    assert not any(
        {names[r.source], names[r.target]} == {"Zorblat", "Blargco"} for r in dataset.relations
    )


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Zorblat agreed to be sold. Zorblat shares rose. Zorblat did not respond to "
            "Quux's request for comment on the union's criticism.",
        ),
        (
            "en",
            "Zorblat did not respond to a request for comment from Quux about the lawsuit "
            "filed by Blargco.",
        ),
        ("fr", "Interrogé par Quux, le patron de Zorblat a critiqué Blargco."),
        ("fr", "Zorblat n'a pas répondu aux sollicitations de Quux sur la plainte de Blargco."),
        # a paper given a statement or an interview
        ("en", "In a statement to Quux, a spokesperson said Zorblat keeps users safe."),
        ("en", "In an interview with the Quux earlier this year, Zorblat criticized Blargco."),
        ("fr", "Dans un entretien accordé au Quux, le patron de Zorblat a critiqué Blargco."),
    ],
)
def test_a_paper_asking_for_comment_or_given_a_statement_is_no_party(
    language: str, text: str
) -> None:
    dataset = ingest_text(text, language=language)
    names = {e.id: e.name for e in dataset.entities}
    assert not any("Quux" in (names[r.source], names[r.target]) for r in dataset.relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Blargco was created through the merger of U.S.-based Zorblat and Australia's Quux.",
        "The merger of Zorblat and Quux will create the largest operator in the market.",
    ],
)
def test_a_merger_of_two_relates_the_two(text: str) -> None:
    dataset = ingest_text(text, language="en")
    relations = _relations(dataset)
    assert ("Zorblat", "Quux", RelationType.COMMERCIAL_DEAL) in relations
    kinds = {e.name: e.kind for e in dataset.entities}
    # the place before "-based" describes the company, and is neither a place nor a party
    assert kinds.get("Zorblat") is EntityKind.ORG
    assert "U.S" not in kinds


@pytest.mark.usefixtures("rules_only")
def test_a_county_and_a_state_acting_are_governments() -> None:
    text = (
        "Zorblat Electric agreed to pay. Zorblat Electric said so. Zorblat Electric shares "
        "rose. Quux County sued the power company within weeks. The state of Vellonia sued "
        "Blargco. Fires burned in Orange County."
    )
    dataset = ingest_text(text, language="en")
    kinds = {e.name: e.kind for e in dataset.entities}
    assert kinds.get("Quux County") is EntityKind.ORG
    assert kinds.get("state of Vellonia") is EntityKind.ORG
    assert "Orange County" not in kinds  # where a fire burned: a place, and no party
    relations = _relations(dataset)
    assert ("Quux County", "Zorblat Electric", RelationType.LAWSUIT) in relations
    assert ("state of Vellonia", "Blargco", RelationType.LAWSUIT) in relations


@pytest.mark.usefixtures("rules_only")
def test_a_brand_before_its_owner_s_trade_is_no_party() -> None:
    text = "The Zorbinn owner said it would withdraw its exchange offer for Quux shares."
    dataset = ingest_text(text, language="en")
    names = {e.id: e.name for e in dataset.entities}
    assert not any("Zorbinn" in (names[r.source], names[r.target]) for r in dataset.relations)


@pytest.mark.usefixtures("rules_only")
def test_the_company_names_the_one_company_of_its_sentence_or_of_the_one_before() -> None:
    # no company is the article's main one: "the company" is the one named near it
    text = (
        "Zorblat and Quux are rivals. Zorblat sued Blargco in May, and Quux criticised "
        "Blargco. Zorblat cut jobs in June. The company also sued Nexo. Quux said the "
        "group would appeal a fine imposed by Ubco. Vellco sued Blargco too. Vellco signed "
        "with Quux. The company "
        "then sued Ormco."
    )
    relations = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Nexo", RelationType.LAWSUIT) in relations
    assert any({s, t} == {"Quux", "Ubco"} for s, t, _ in relations)
    # two companies in the sentence before: the description names neither
    assert not any("Ormco" in (s, t) for s, t, _ in relations)


@pytest.mark.usefixtures("rules_only")
def test_a_court_is_no_company_a_description_names() -> None:
    text = (
        "Zorblat et Quux s'affrontent. Zorblat a perdu des clients, dit Quux. Le Conseil "
        "d'État a rejeté le recours de Zorblat. Le Conseil d'État a jugé l'affaire. Le "
        "groupe a critiqué Blargco."
    )
    relations = _relations(ingest_text(text, language="fr"))
    assert not any(s == "Conseil d'État" and t == "Blargco" for s, t, _ in relations)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorblat said it was pleased with the offer from Quux.", "en"),
        ("Zorblat se dit satisfait de l'offre de Quux.", "fr"),
        ("Zorblat se réjouit de l'offre de Quux.", "fr"),
    ],
)
def test_being_pleased_with_a_party_s_act_endorses_it(text: str, language: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert ("Zorblat", "Quux", RelationType.ENDORSEMENT) in relations


def test_a_country_after_aux_is_where_not_a_party(rules_only: None) -> None:
    text = (
        "Le Zorblat Dealer Council, qui représente les distributeurs de Quux aux "
        "Etats-Unis, critique Vell Quuxworth. Le titre Quux a reculé, les investisseurs "
        "s'inquiétant d'une crise aux Etats-Unis."
    )
    dataset = ingest_text(text, language="fr")
    assert not any("etats-unis" in (r.source, r.target) for r in dataset.relations)


@pytest.mark.usefixtures("rules_only")
def test_an_operator_or_a_runner_before_a_hyphen_is_a_party() -> None:
    text = (
        "Gas flows from the Zorblat-operated Vellfield fell. Zorblat declined to comment. "
        "The Quux-run Blargco sued Vell Quuxworth."
    )
    dataset = ingest_text(text, language="en")
    names = {entity.id: entity.name for entity in dataset.entities}
    roles = {
        (names[r.source], names[r.target]) for r in dataset.relations if r.type is RelationType.ROLE
    }
    assert {("Zorblat", "Vellfield"), ("Quux", "Blargco")} <= roles


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "seller"),
    [
        ("en", "Zorblat bought Quux from Vellco in 2019 for $2 billion.", "Vellco"),
        ("en", "Zorblat acquired Quux from Swedish games conglomerate Vellco.", "Vellco"),
        ("en", "Zorblat bought a stake in Quux from Canada's Vellco.", "Vellco"),
        # an elided article the name leaves out: "from L'Oréal SA"
        ("en", "Zorblat acquired Quux from L'Vellco SA in 2017.", "Vellco SA"),
        ("fr", "Zorblat avait racheté Quux au suédois Vellco en 2010.", "Vellco"),
        ("fr", "Zorblat a acquis Quux en 2016 à l'américain Vellco.", "Vellco"),
    ],
)
def test_a_buyer_deals_with_the_seller_named_after_what_it_buys(
    language: str, text: str, seller: str
) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert ("Zorblat", "Quux", RelationType.INVESTMENT) in relations
    assert ("Zorblat", seller, RelationType.COMMERCIAL_DEAL) in relations


@pytest.mark.usefixtures("rules_only")
def test_a_place_after_what_is_bought_is_no_seller() -> None:
    relations = _relations(
        ingest_text("Zorblat a racheté Quux à Paris, face à Vellco.", language="fr")
    )
    assert ("Zorblat", "Quux", RelationType.INVESTMENT) in relations
    assert not {r for r in relations if r[1] in ("Paris", "Vellco") and r[0] == "Zorblat"}


@pytest.mark.usefixtures("rules_only")
def test_a_subsidiary_apposed_to_the_last_name_of_a_list_is_that_one_s() -> None:
    text = "Zorblat transmettait des données à Quux, ainsi qu'à Vell, filiale de Blargco."
    relations = _relations(ingest_text(text, language="fr"))
    assert ("Blargco", "Vell", RelationType.ROLE) in relations
    assert ("Blargco", "Quux", RelationType.ROLE) not in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zorblat will rival Quux, the joint venture between Vellco and Blargco."),
        (
            "en",
            "Zorblat buys engines from Quux, a joint venture between Vellco and France's Blargco.",
        ),
        (
            "fr",
            "Quux, coentreprise entre le chimiste britannique Vellco et le chinois Blargco, ferme.",
        ),
        (
            "fr",
            "Zorblat se tourne vers Quux, la coentreprise de Drummondville entre le québécois "
            "Vellco et l'américain Blargco.",
        ),
    ],
)
def test_a_joint_venture_s_owners_named_after_it_hold_it(language: str, text: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert {("Vellco", "Quux", RelationType.ROLE), ("Blargco", "Quux", RelationType.ROLE)} <= (
        relations
    )


@pytest.mark.usefixtures("rules_only")
def test_a_chief_of_the_direction_and_a_cheffe_hold_their_post() -> None:
    text = (
        "« La patience aura payé », a dit Gontran Vellard, chef de la direction de Zorblat. "
        "Anne Quellec, la cheffe du PNV, a parlé."
    )
    relations = _relations(ingest_text(text, language="fr"))
    assert ("Gontran Vellard", "Zorblat", RelationType.ROLE) in relations
    assert ("Anne Quellec", "PNV", RelationType.ROLE) in relations


@pytest.mark.usefixtures("rules_only")
def test_the_head_of_state_is_no_role_cue() -> None:
    text = (
        "Gontran Vellard a rencontré le chef de l'Etat et le Conseil de Vellmont. La Cnil a "
        "piloté le dossier en tant qu'autorité chef de file pour l'Union européenne."
    )
    relations = _relations(ingest_text(text, language="fr"))
    assert not {r for r in relations if r[2] is RelationType.ROLE}


@pytest.mark.usefixtures("rules_only")
def test_a_bare_company_title_is_held_at_the_company_the_article_is_about() -> None:
    text = (
        "Zorblat agreed to pay a record penalty. Zorblat said so. Zorblat will pay.\n\n"
        '"We are deeply sorry," chief executive Gontran Vellard said.\n\n'
        "Chairman Anne Quellec brought forward her retirement.\n\n"
        "Quux chief executive Tamsin Rowe welcomed it, and analyst Brice Morlan doubted it."
    )
    relations = _relations(ingest_text(text, language="en"))
    assert ("Gontran Vellard", "Zorblat", RelationType.ROLE) in relations
    assert ("Anne Quellec", "Zorblat", RelationType.ROLE) in relations
    # another company's title, or no company's title, is not the main company's
    assert ("Tamsin Rowe", "Zorblat", RelationType.ROLE) not in relations
    assert ("Brice Morlan", "Zorblat", RelationType.ROLE) not in relations


def test_a_bare_spokesperson_speaks_for_the_company_unless_a_body_s_noun_comes_first() -> None:
    text = (
        "Zorblat agreed to pay a record penalty. Zorblat said so. Zorblat will pay.\n\n"
        '"We are deeply sorry," spokesperson Gontran Vellard said.\n\n'
        "On the review, foreign ministry spokeswoman Anne Quellec called it necessary.\n\n"
        "« Nous le regrettons », a déclaré la porte-parole Tamsin Rowe."
    )
    relations = _relations(ingest_text(text, language="en"))
    assert ("Gontran Vellard", "Zorblat", RelationType.ROLE) in relations
    assert ("Anne Quellec", "Zorblat", RelationType.ROLE) not in relations
    french = (
        "Zorblat a accepté une amende record. Zorblat paiera. Zorblat le regrette.\n\n"
        "« Nous le regrettons », a déclaré la porte-parole Tamsin Rowe."
    )
    assert ("Tamsin Rowe", "Zorblat", RelationType.ROLE) in _relations(
        ingest_text(french, language="fr")
    )


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", '"The price is fair," said Gontran Vellard, a senior analyst at Zorblat Capital.'),
        ("fr", "« Le prix est correct », estime Gontran Vellard, analyste chez Zorblat Capital."),
        ("fr", "« Le prix est correct », dit Gontran Vellard, économiste de Zorblat Capital."),
    ],
)
def test_an_analyst_s_firm_in_the_apposition_is_a_post(language: str, text: str) -> None:
    relations = _relations(ingest_text(text, language=language))
    assert ("Gontran Vellard", "Zorblat Capital", RelationType.ROLE) in relations


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("opener", ["Asked", "Contacted", "Reached", "Speaking"])
def test_a_participle_opening_a_sentence_is_no_party(opener: str) -> None:
    # "Asked" had been a company, and so the post of the person named next
    text = (
        "Zorblat agreed to pay. Zorblat said so. Zorblat will pay.\n\n"
        f"{opener} on Monday, spokeswoman Ada Quux said the fine was fair."
    )
    dataset = ingest_text(text, language="en")
    names = {e.id: e.name for e in dataset.entities}
    relations = {(names[r.source], names[r.target], r.type) for r in dataset.relations}
    assert ("Ada Quux", "Zorblat", RelationType.ROLE) in relations


@pytest.mark.parametrize(
    ("language", "text", "asker", "approver"),
    [
        ("en", "Zorblat still needs the approval of Quux shareholders.", "Zorblat", "Quux"),
        (
            "en",
            "The offer by Zorblat must still be cleared by Blarg Authority.",
            "Zorblat",
            "Blarg",
        ),
        (
            "fr",
            "Le rachat par Zorblat doit encore recevoir le feu vert de Quux.",
            "Zorblat",
            "Quux",
        ),
        ("fr", "Zorblat touchera 50 millions, sous réserve de l'aval de Quux.", "Zorblat", "Quux"),
        ("fr", "Zorblat attend toujours le feu vert de Blarg Autorité.", "Zorblat", "Blarg"),
    ],
)
def test_an_approval_awaited_is_asked_for_not_given(
    language: str, text: str, asker: str, approver: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    related = {(s.split()[0], t.split()[0], kind) for s, t, kind in found}
    assert related == {(asker, approver, RelationType.APPEAL)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Quux approved the acquisition of Zorblat."),
        ("fr", "Quux a donné son feu vert au rachat de Zorblat."),
    ],
)
def test_an_approval_given_backs_what_it_approves(language: str, text: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {(s, t, kind) for s, t, kind in found} == {("Quux", "Zorblat", RelationType.ENDORSEMENT)}


@pytest.mark.usefixtures("rules_only")
def test_a_relative_clause_after_an_apposition_is_about_the_name_described() -> None:
    text = (
        "Vrelco Industries, le conglomérat du milliardaire Ada Roe, qui contrôle également "
        "Quux Music, investit."
    )
    pairs = _role_pairs(text, "fr")
    assert frozenset(("Vrelco Industries", "Quux Music")) in pairs
    assert frozenset(("Ada Roe", "Quux Music")) not in pairs


@pytest.mark.usefixtures("rules_only")
def test_every_founder_listed_after_a_plural_founders_holds_the_role() -> None:
    text = "In June, Zorblat co-founders Ada Roe and Wesley ter Haar joined the Quux board."
    pairs = _role_pairs(text, "en")
    assert frozenset(("Ada Roe", "Zorblat")) in pairs
    assert frozenset(("Wesley ter Haar", "Zorblat")) in pairs
    french = "Chez Zorblat, les cofondateurs Ada Roe et Marc Dupont ont quitté le groupe."
    assert frozenset(("Marc Dupont", "Zorblat")) in _role_pairs(french, "fr")


_TITLED = "Quux bought Zorblat, the start-up founded by former Vrelco engineer Ada Roe."


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "pair", "related"),
    [
        # a founder titled by a body founded what is named before the cue, and held a
        # post in the body of the title
        ("en", _TITLED, ("Ada Roe", "Zorblat"), True),
        ("en", _TITLED, ("Ada Roe", "Vrelco"), True),
        # a name joined by "and" is no title: a second founder, not where one worked
        (
            "en",
            "Zorblat's founders, the brothers Quux Vrelco and Ada Roe, voted for it.",
            ("Ada Roe", "Quux Vrelco"),
            False,
        ),
        # a relative clause's role ends where the main clause's verb comes, and the body
        # the clause names is still read
        (
            "en",
            "The Zorblat Federation, which represents small shop owners, accused Quux of lying.",
            ("Zorblat Federation", "Quux"),
            False,
        ),
        (
            "fr",
            "Le fonds Zorblat, qui contrôle les anciennes usines, a attaqué Quux en justice.",
            ("Zorblat", "Quux"),
            False,
        ),
        (
            "en",
            "The Zorblat Federation, which represents Quux and Vell, accused Blarg of lying.",
            ("Zorblat Federation", "Quux"),
            True,
        ),
    ],
)
def test_the_role_pairs_a_title_or_a_relative_clause_gives(
    language: str, text: str, pair: tuple[str, str], related: bool
) -> None:
    assert (frozenset(pair) in _role_pairs(text, language)) is related


@pytest.mark.usefixtures("rules_only")
def test_having_owned_a_company_is_owning_it() -> None:
    text = "Zorblat, which has owned Quux since 1993, fell. Vell, owned by Blarg, rose."
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.ROLE) in found
    assert ("Blarg", "Vell", RelationType.ROLE) in found
    # an operator named after the site it operates goes first too
    operated = "Vell Airport, operated by Blarg Holdings, grew. Blarg Holdings rose."
    assert ("Blarg Holdings", "Vell Airport", RelationType.ROLE) in _relations(
        ingest_text(operated, language="en")
    )


@pytest.mark.usefixtures("rules_only")
def test_those_represented_are_named_before_the_verb_of_saying() -> None:
    text = (
        "The Zorblat Workers Union, which represents about 1.3 million retail workers, said "
        "Quux's business model posed a threat to jobs. The Blarg Guild, which represents "
        "workers at Vrelco, said it would strike."
    )
    pairs = _role_pairs(text, "en")
    assert frozenset(("Zorblat Workers Union", "Quux")) not in pairs
    assert frozenset(("Blarg Guild", "Vrelco")) in pairs


def test_the_speaker_of_a_quotation_does_not_hold_the_title_it_speaks_of() -> None:
    text = (
        "Zorblat Corp paid the fine. \"Zorblat's errors did not stop at the words of its"
        ' founder," said Ada Roe, a Blarg Authority director.'
    )
    found = _relations(ingest_text(text, language="en"))
    assert not any(s == "Ada Roe" and t.startswith("Zorblat") for s, t, _ in found)
    assert ("Ada Roe", "Blarg Authority", RelationType.ROLE) in found


@pytest.mark.parametrize(
    ("language", "text", "party", "court"),
    [
        ("fr", "Zorblat a saisi le tribunal de commerce de Paris.", "Zorblat", "tribunal"),
        (
            "en",
            "Zorblat would challenge the decision before the Blarg High Court.",
            "Zorblat",
            "Blarg",
        ),
        ("fr", "Zorblat conteste l'amende devant le Conseil d'Etat.", "Zorblat", "Conseil"),
        (
            "fr",
            "Ada Roe conteste la sanction devant le tribunal administratif de Lyon.",
            "Ada",
            "tribunal",
        ),
    ],
)
def test_a_company_bringing_a_case_to_a_court_appeals_to_it(
    language: str, text: str, party: str, court: str
) -> None:
    found = _relations(ingest_text(text, language=language), learned=True)
    related = {(s.split()[0], t.split()[0], kind) for s, t, kind in found}
    assert related == {(party, court, RelationType.APPEAL)}


@pytest.mark.parametrize(
    ("language", "text", "relation"),
    [
        ("en", "The Blarg High Court fined Zorblat.", ("Blarg High Court", "Zorblat", "sanction")),
        (
            "fr",
            "Zorblat a dénoncé une décision du Conseil d'Etat.",
            ("Zorblat", "Conseil d'Etat", "criticism"),
        ),
        ("fr", "Ada Roe a critiqué le Conseil d'Etat.", ("Ada Roe", "Conseil d'Etat", "criticism")),
    ],
)
def test_a_court_acting_or_decried_is_no_appeal(
    language: str, text: str, relation: tuple[str, str, str]
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {(s, t, kind.value) for s, t, kind in found} == {relation}


@pytest.mark.parametrize(
    ("language", "text", "authority", "party"),
    [
        (
            "en",
            "Zorblat Corp agreed to pay $125 million to the Blarg Markets Authority.",
            "Blarg Markets Authority",
            "Zorblat Corp",
        ),
        (
            "en",
            "Quux Inc will pay $20 million to settle charges brought by the Blarg Justice"
            " Department.",
            "Blarg Justice Department",
            "Quux Inc",
        ),
        (
            "fr",
            "Zorblat a accepté de payer 780 millions d'euros à l'Autorité des marchés de Blarg.",
            "Autorité des marchés de Blarg",
            "Zorblat",
        ),
        # an agreement that ends a prosecution, with a prosecutor's office by its name
        (
            "en",
            "Ebbo Tarrin agreed to a deferred prosecution agreement with the Blarg Attorney's"
            " Office.",
            "Blarg Attorney's Office",
            "Ebbo Tarrin",
        ),
        (
            "en",
            "The Blarg Justice Department entered into a non-prosecution agreement with Quux Inc.",
            "Blarg Justice Department",
            "Quux Inc",
        ),
    ],
)
def test_paying_an_authority_to_settle_is_its_sanction(
    language: str, text: str, authority: str, party: str
) -> None:
    found = _relations(ingest_text(text, language=language), learned=True)
    assert found == {(authority, party, RelationType.SANCTION)}


@pytest.mark.parametrize(
    ("language", "text", "relation"),
    [
        # complying, nothing paid: a concession to the authority
        (
            "en",
            "Zorblat Corp agreed to abide by the rules of the Blarg Markets Authority.",
            ("Zorblat Corp", "Blarg Markets Authority"),
        ),
        (
            "fr",
            "Zorblat s'est conformé aux demandes de l'Autorité des marchés de Blarg.",
            ("Zorblat", "Autorité des marchés de Blarg"),
        ),
        # a settlement between two companies
        (
            "en",
            "Zorblat Corp paid $5 million to settle with Quux Inc.",
            ("Zorblat Corp", "Quux Inc"),
        ),
        # a deal with an authority, a "transaction" as much as a settlement
        (
            "fr",
            "Zorblat a accepté de céder ses parts à l'Autorité des marchés de Blarg dans une"
            " transaction.",
            ("Zorblat", "Autorité des marchés de Blarg"),
        ),
    ],
)
def test_a_concession_to_an_equal_or_without_payment_stays_one(
    language: str, text: str, relation: tuple[str, str]
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert (*relation, RelationType.CONCESSION) in found
    assert not any(kind is RelationType.SANCTION for *_, kind in found)


def test_clearing_and_settlement_is_no_settling() -> None:
    text = (
        "The Blarg Reserve Bank, which oversees clearing and settlement facilities alongside"
        " Zorblat Corp, met Quux Inc."
    )
    found = _relations(ingest_text(text, language="en"))
    assert not any(kind in (RelationType.CONCESSION, RelationType.SANCTION) for *_, kind in found)


@pytest.mark.parametrize(
    ("language", "text", "listed"),
    [
        (
            "fr",
            "Vendredi, l'action Zorblat a chuté de 14 % sur le Nasdaq, les investisseurs"
            " redoutant un départ.",
            ("Zorblat", "Nasdaq"),
        ),
        (
            "en",
            "Quux rose, while Zorblat's stock fell on the Blarg Stock Exchange as investors sold.",
            ("Zorblat", "Blarg Stock Exchange"),
        ),
    ],
)
def test_shares_trading_on_an_exchange_list_their_company_there(
    language: str, text: str, listed: tuple[str, str]
) -> None:
    related = _relations(ingest_text(text, language=language), learned=True)
    # the exchange is where the shares trade: no investor, no party to anything else
    assert related == {(*listed, RelationType.ROLE)}


def test_an_exchange_acting_is_a_party() -> None:
    found = _relations(ingest_text("Nasdaq agreed to buy Zorblat.", language="en"))
    assert found == {("Nasdaq", "Zorblat", RelationType.INVESTMENT)}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("language", "text", "lenders"),
    [
        (
            "en",
            "Zorblat has lined up loans from a group of banks led by Quux Bank and Blarg Bank.",
            {"Quux Bank", "Blarg Bank"},
        ),
        ("en", "Quux Bank lent Zorblat 2 billion dollars.", {"Quux Bank"}),
        ("fr", "Zorblat a obtenu un prêt de 2 milliards d'euros accordé par Quux.", {"Quux"}),
        ("fr", "Quux avait déjà prêté 25 millions d'euros à Zorblat en 2023.", {"Quux"}),
    ],
)
def test_a_lender_finances_the_borrower(language: str, text: str, lenders: set[str]) -> None:
    found = _relations(ingest_text(text, language=language))
    assert found == {(lender, "Zorblat", RelationType.INVESTMENT) for lender in lenders}


@pytest.mark.parametrize(
    ("language", "text", "relations"),
    [
        ("en", "Zorblat would gain a lending franchise in Texas from Quux.", set()),
        ("fr", "Zorblat est prêt à négocier avec Quux.", {("Quux", "Zorblat", "negotiation")}),
        # the currency's country is no party
        (
            "fr",
            "Zorblat a levé 300 millions US auprès de Quux.",
            {("Quux", "Zorblat", "investment")},
        ),
    ],
)
def test_no_loan_in_a_trade_a_readiness_or_a_currency(
    language: str, text: str, relations: set[tuple[str, str, str]]
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {(s, t, kind.value) for s, t, kind in found} == relations


@pytest.mark.parametrize(
    ("language", "text", "relations"),
    [
        (
            "en",
            "Labour representatives of the IG Metall union voted against the deal with Zorblat.",
            {("IG Metall", "Zorblat", "criticism")},
        ),
        (
            "fr",
            "Les syndicats de Zorblat ont voté contre le projet de fusion avec Quux.",
            {("syndicats de Zorblat", "Quux", "criticism")},
        ),
    ],
)
def test_a_vote_against_a_deal_opposes_it_and_ties_no_one_by_it(
    language: str, text: str, relations: set[tuple[str, str, str]]
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {(s, t, kind.value) for s, t, kind in found} >= relations
    assert not any(
        kind in (RelationType.COMMERCIAL_DEAL, RelationType.INVESTMENT) for *_, kind in found
    )


@pytest.mark.usefixtures("rules_only")
def test_an_appeal_read_twice_is_one_relation_with_both_quotes() -> None:
    text = (
        "Zorblat still needs the approval of the Blarg High Court. "
        "Zorblat filed a lawsuit with the Blarg High Court."
    )
    dataset = ingest_text(text, language="en")
    (relation,) = dataset.relations
    assert relation.type is RelationType.APPEAL
    assert relation.evidence == ("q1", "q2")


def test_a_regulator_s_order_is_a_command() -> None:
    found = _relations(
        ingest_text(
            "The Blarg Markets Authority ordered Zorblat Corp overhaul its systems.",
            language="en",
        )
    )
    assert ("Blarg Markets Authority", "Zorblat Corp", RelationType.SANCTION) in found
    assert not any(kind is RelationType.COMMERCIAL_DEAL for *_, kind in found)
    # a company's order is a purchase
    bought = _relations(ingest_text("Zorblat Corp ordered 50 jets from Quux Inc.", language="en"))
    assert bought == {("Zorblat Corp", "Quux Inc", RelationType.COMMERCIAL_DEAL)}


def test_a_court_named_with_a_possessive_is_still_where_the_case_is_brought() -> None:
    text = "Ada Roe has two months to challenge the decision before the Blarg's High Court."
    found = _relations(ingest_text(text, language="en"), learned=True)
    assert ("Ada Roe", "High Court", RelationType.APPEAL) in found
    assert not any(t == "High Court" and kind is RelationType.CRITICISM for _, t, kind in found)


def test_making_clear_is_making_nothing() -> None:
    text = (
        "Quux Inc sued Zorblat Corp. The ruling of Blargco makes clear that Zorblat Corp must pay."
    )
    found = _relations(ingest_text(text, language="en"))
    assert not any(kind is RelationType.ROLE for *_, kind in found)


@pytest.mark.parametrize(
    ("text", "financed"),
    [
        # the adjective after another noun finances nothing
        (
            "Des milliers d'opérations ont été signalées trop tard par Zorblat à la cellule de"
            " renseignement financier Quux.",
            False,
        ),
        ("Zorblat a reçu un soutien financier de Quux.", True),
        ("Quux a financé Zorblat.", True),
    ],
)
def test_a_french_financial_adjective_is_no_financing(text: str, financed: bool) -> None:
    found = _relations(ingest_text(text, language="fr"))
    assert any(kind is RelationType.INVESTMENT for *_, kind in found) is financed


@pytest.mark.parametrize(
    ("text", "language", "pressing", "pressed"),
    [
        # the one who presses is named after "from" / "de": criticism goes back to the
        # one pressed, named before
        (
            "Zorblat Corp has been under pressure from activist investors, including Quux"
            " Capital and Vell Partners.",
            "en",
            {"Quux Capital", "Vell Partners"},
            "Zorblat Corp",
        ),
        (
            "The sale ends months of pressure on Zorblat Corp from Quux Capital, which wanted"
            " a higher price.",
            "en",
            {"Quux Capital"},
            "Zorblat Corp",
        ),
        (
            "Le conglomérat Zorblat, sous la pression de ses actionnaires activistes Quux"
            " Capital et Vell Partners, a changé de stratégie.",
            "fr",
            {"Quux Capital", "Vell Partners"},
            "Zorblat",
        ),
        (
            "Quux Capital pressed Zorblat Corp to sell its chip unit.",
            "en",
            {"Quux Capital"},
            "Zorblat Corp",
        ),
        (
            "Le gouvernement Blargien fait pression sur Zorblat pour baisser ses prix.",
            "fr",
            {"gouvernement Blargien"},
            "Zorblat",
        ),
    ],
)
def test_pressure_put_on_a_party_is_a_criticism_of_it(
    text: str, language: str, pressing: set[str], pressed: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    critics = {s for s, t, kind in found if kind is RelationType.CRITICISM and t == pressed}
    assert critics == pressing


@pytest.mark.parametrize(
    ("text", "language", "worried", "about"),
    [
        (
            "L'association Zorblat avait fait part de ses inquiétudes sur les projets de Quux"
            " pendant l'enquête.",
            "fr",
            "Zorblat",
            "Quux",
        ),
        ("Le syndicat Zorblat s'inquiète des projets de Quux.", "fr", "Zorblat", "Quux"),
        (
            "The Blarg Authority had raised concerns about the controls of Quux Corp.",
            "en",
            "Blarg Authority",
            "Quux Corp",
        ),
        ("Ada Roe said she was worried about Quux Corp's plans.", "en", "Ada Roe", "Quux Corp"),
    ],
)
def test_worries_voiced_about_a_party_criticise_it(
    text: str, language: str, worried: str, about: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert (worried, about, RelationType.CRITICISM) in found


def test_a_court_ordering_parties_listed_at_length_to_pay_sanctions_them() -> None:
    # the command reaches past a long list of those ordered: no purchase
    text = (
        "The rulings by the Supreme Court of Blargia ordered Zorblat Steel & Quux Metal and"
        " Vell Heavy Industries to compensate the workers."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Supreme Court of Blargia", "Vell Heavy Industries", RelationType.SANCTION) in found
    assert not any(kind is RelationType.COMMERCIAL_DEAL for *_, kind in found)


def test_consultants_are_a_trade_not_a_consultation() -> None:
    text = (
        "Fondé en 2000 par Ada Roe et Ebbo Varnet, deux anciens consultants, Zorblat s'est"
        " hissé parmi les premiers du secteur."
    )
    found = _relations(ingest_text(text, language="fr"), learned=True)
    assert not any(kind is RelationType.CONSULTATION for *_, kind in found)
    # consulting someone still is
    met = _relations(ingest_text("Zorblat a consulté Quux avant l'offre.", language="fr"))
    assert {frozenset((s, t)) for s, t, kind in met if kind is RelationType.CONSULTATION} == {
        frozenset(("Zorblat", "Quux"))
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Fondé en 2000 par Ada Roe et Marc Varnet, deux anciens banquiers, Zorblat s'est"
            " hissé parmi les premiers.",
            "fr",
        ),
        ("Zorblat, fondé en 2000 par Ada Roe et Marc Varnet, a grandi.", "fr"),
        ("Founded in 2000 by Ada Roe and Marc Varnet, Zorblat grew fast.", "en"),
        ("Zorblat, founded in 2000 by Ada Roe and Marc Varnet, grew fast.", "en"),
    ],
)
def test_every_founder_named_holds_a_role_in_the_company(text: str, language: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {
        ("Ada Roe", "Zorblat", RelationType.ROLE),
        ("Marc Varnet", "Zorblat", RelationType.ROLE),
    } <= found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quuxtrip is also part of the Zorblat Holdings group.", "en"),
        ("Quuxtrip fait aussi partie du groupe Zorblat Holdings.", "fr"),
    ],
)
def test_a_company_also_part_of_a_group_is_tied_to_it(text: str, language: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {frozenset((s, t)) for s, t, kind in found if kind is RelationType.ROLE} == {
        frozenset(("Quuxtrip", "Zorblat Holdings"))
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorblat Bank agreed in 2012 to pay $1.9 billion to the Blarg Authority.", "en"),
        ("Zorblat Bank will pay $125 million to the Blarg Authority.", "en"),
        (
            "Zorblat Bank avait accepté dès 2012 de payer 1,9 milliard de dollars à"
            " l'Autorité de Blarg.",
            "fr",
        ),
    ],
)
def test_paying_an_authority_is_its_sanction(text: str, language: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert [kind for *_, kind in found] == [RelationType.SANCTION]


def test_paying_a_company_yields_to_it() -> None:
    found = _relations(ingest_text("Zorblat versera 10 millions d'euros à Quux.", language="fr"))
    assert found == {("Zorblat", "Quux", RelationType.CONCESSION)}


def test_the_group_led_by_a_person_with_particles_is_their_company() -> None:
    text = (
        "Zorblat rachète Quux. Marc de La Tour d'Varnet, PDG de Zorblat, est content. Le"
        " groupe dirigé par Marc de La Tour d'Varnet a multiplié les acquisitions, avec"
        " notamment l'américain Vellclad."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert ("Zorblat", "Vellclad", RelationType.INVESTMENT) in found
    assert not any(t == "Vellclad" and s != "Zorblat" for s, t, _ in found)


@pytest.mark.parametrize(
    ("text", "backed"),
    [
        (
            "La direction de Zorblat soutient que la consolidation de Quux est une pratique"
            " connue.",
            False,
        ),
        ("Zorblat a soutenu qu'il ne devait rien à Quux.", False),
        ("Le gouvernement soutient Zorblat face à Quux.", True),
        ("Les syndicats soutiennent Zorblat.", True),
    ],
)
def test_arguing_that_is_no_backing(text: str, backed: bool) -> None:
    found = _relations(ingest_text(text, language="fr"))
    assert any(kind is RelationType.ENDORSEMENT for *_, kind in found) is backed


@pytest.mark.parametrize(
    "text",
    [
        '"We are fine," said Ada Roe, the Zorblat Union\'s chairwoman, who flies.',
        "Zorblat Corp chairperson Ada Roe left.",
    ],
)
def test_a_chairwoman_holds_a_role(text: str) -> None:
    found = _relations(ingest_text(text, language="en"))
    assert {(s, kind) for s, _, kind in found} == {("Ada Roe", RelationType.ROLE)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quux Corp said it was disappointed by Zorblat's decision.", "en"),
        ("Quux s'est dit déçu par le retrait de Zorblat.", "fr"),
        ("Quux a regretté la décision de Zorblat.", "fr"),
    ],
)
def test_disappointment_with_a_party_criticises_it(text: str, language: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {kind for s, t, kind in found if t == "Zorblat"} == {RelationType.CRITICISM}


def test_the_parties_of_a_clause_on_the_rival_are_not_the_rival() -> None:
    text = (
        "Zorblat veut s'emparer de son concurrent coté à Amsterdam, dont les deux"
        " actionnaires de référence, Quux et Vellcorp, soutiennent l'opération."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert not any(kind is RelationType.COMPETITION for *_, kind in found)
    named = _relations(ingest_text("Zorblat a racheté son concurrent Quux.", language="fr"))
    assert frozenset(("Zorblat", "Quux")) in {
        frozenset((s, t)) for s, t, kind in named if kind is RelationType.COMPETITION
    }


@pytest.mark.parametrize(
    ("text", "language", "successor", "predecessor"),
    [
        (
            "Zorblat chief executive Ada Roe, who succeeded Marc Varnet in March, spoke.",
            "en",
            "Ada Roe",
            "Marc Varnet",
        ),
        ("Ada Roe, who replaced Varnet last August, spoke for Zorblat.", "en", "Ada Roe", "Varnet"),
        (
            "Ada Roe, arrivée à la tête de Zorblat pour succéder à Marc Varnet, a parlé.",
            "fr",
            "Ada Roe",
            "Marc Varnet",
        ),
        (
            "Marc Varnet sera remplacé dès lundi par Ada Roe à la tête de Zorblat.",
            "fr",
            "Ada Roe",
            "Marc Varnet",
        ),
        (
            "Arrivée chez Zorblat en 2016, en remplacement de Marc Varnet, Ada Roe a réduit"
            " les coûts.",
            "fr",
            "Ada Roe",
            "Marc Varnet",
        ),
    ],
)
def test_a_successor_is_tied_to_the_one_it_succeeds(
    text: str, language: str, successor: str, predecessor: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert (successor, predecessor, RelationType.ROLE) in found


def test_a_partner_before_a_person_s_name_is_their_title() -> None:
    found = _relations(ingest_text("Former Zorblat partner Ada Roe was convicted.", language="en"))
    assert found == {("Ada Roe", "Zorblat", RelationType.ROLE)}
    allied = _relations(ingest_text("Zorblat Corp is a partner of Quux Inc.", language="en"))
    assert {kind for *_, kind in allied} == {RelationType.PARTNERSHIP}


@pytest.mark.parametrize(
    ("text", "language", "rivals"),
    [
        ("Zorblat, numéro deux mondial derrière le chinois Quux, a signé.", "fr", True),
        ("Zorblat is the world's second-largest jet engine maker behind Quux Corp.", "en", True),
        ("Zorblat devient le deuxième actionnaire de Vellcorp derrière Quux.", "fr", False),
    ],
)
def test_a_rank_behind_a_party_makes_it_a_rival(text: str, language: str, rivals: bool) -> None:
    found = _relations(ingest_text(text, language=language))
    assert any(kind is RelationType.COMPETITION for *_, kind in found) is rivals


@pytest.mark.usefixtures("rules_only")
def test_a_supervisory_board_watches_no_one() -> None:
    text = (
        "Vellcorp, le groupe dont le conseil de surveillance est présidé par Ada Roe, a"
        " souscrit à une augmentation de capital de Zorblat."
    )
    found = _relations(ingest_text(text, language="fr"))
    assert not any(kind is RelationType.INVESTIGATION for *_, kind in found)
    watched = _relations(ingest_text("L'AMF surveille de près Zorblat.", language="fr"))
    assert {kind for *_, kind in watched} == {RelationType.INVESTIGATION}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Zorblat Corp, Quux's largest shareholder, declined to comment.", "Quux"),
        (
            "Zorblat Corp, the Singapore-based fund that is Quux's largest shareholder, said no.",
            "Quux",
        ),
        ("Zorblat Corp, Quux Inc's parent company, fell 2%.", "Quux Inc"),
    ],
)
def test_a_holder_set_off_before_a_genitive_holds_it(text: str, held: str) -> None:
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat Corp", held, RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        (
            "The SEC sued Zorblat Corp and its chief information security officer, Ada Roe,"
            " accusing the company of hiding risks.",
            "en",
            RelationType.LAWSUIT,
        ),
        (
            "L'AMF a sanctionné Zorblat et son directeur général, Ada Roe.",
            "fr",
            RelationType.SANCTION,
        ),
    ],
)
def test_an_act_reaches_a_party_listed_with_its_title(
    text: str, language: str, act: RelationType
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert any(target == "Ada Roe" and kind is act for _, target, kind in found)
    assert any(source == "Ada Roe" and kind is RelationType.ROLE for source, _, kind in found)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ada Roe, the minister of public enterprises, whose department oversees Zorblat,"
            " urged Quux to accept the offer.",
            "en",
        ),
        (
            "Ada Roe, la ministre des entreprises publiques, dont le ministère supervise"
            " Zorblat, a exhorté Quux à accepter l'offre.",
            "fr",
        ),
    ],
)
def test_the_subject_comes_before_its_title_and_its_relative_clause(
    text: str, language: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert ("Ada Roe", "Quux", RelationType.APPEAL) in found
    assert ("Zorblat", "Quux", RelationType.APPEAL) not in found


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorblat admitted it had charged customers for advice and had repeatedly misled"
            " Quux about it.",
            "en",
        ),
        ("Zorblat a vendu des services à des clients et a ensuite attaqué Quux.", "fr"),
    ],
)
def test_a_cue_does_not_reach_past_a_second_verb(text: str, language: str) -> None:
    found = _relations(ingest_text(text, language=language))
    assert ("Zorblat", "Quux", RelationType.COMMERCIAL_DEAL) not in found


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language", "vetoed"),
    [
        ("The European Commission vetoed a planned merger of Zorblat with Quux.", "en", True),
        ("Bruxelles a opposé son veto à la fusion de Zorblat avec Quux.", "fr", True),
        ("The European Commission holds a veto right over Zorblat's budget.", "en", False),
        ("La Commission européenne a un droit de veto sur le budget de Zorblat.", "fr", False),
    ],
)
def test_a_veto_sanctions_the_parties_of_what_it_stops(
    text: str, language: str, vetoed: bool
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert (
        any(target == "Zorblat" and kind is RelationType.SANCTION for _, target, kind in found)
        is vetoed
    )


@pytest.mark.usefixtures("rules_only")
def test_seizing_a_party_s_assets_is_a_coercion() -> None:
    text = (
        "Zorblat seizes Quux assets in the Caribbean to enforce an award. Critics seized on "
        "the Blarg remarks. Vrelco a confisqué les biens de Nixa."
    )
    english = _relations(ingest_text(text.split(" Vrelco")[0], language="en"))
    assert ("Zorblat", "Quux", RelationType.SANCTION) in english
    assert not any("Blarg" in (s, t) and kind is RelationType.SANCTION for s, t, kind in english)
    french = _relations(ingest_text("Vrelco a confisqué les biens de Nixa.", language="fr"))
    assert ("Vrelco", "Nixa", RelationType.SANCTION) in french


@pytest.mark.parametrize(
    ("text", "language", "blamed"),
    [
        ("Quux a jugé « insuffisants » les engagements de Zorblat.", "fr", True),
        ("Quux juge la décision de Zorblat « bien trop tardive ».", "fr", True),
        ("Quux a qualifié d'« irresponsable » la grève de Zorblat.", "fr", True),
        ('Quux Corp called Zorblat\'s plan "deeply misguided".', "en", True),
        ('Quux Corp described Zorblat\'s offer as "opportunistic".', "en", True),
        # praise in quotation marks blames no one
        ("Quux a jugé « généreux » l'offre de Zorblat.", "fr", False),
        ('Quux Corp called Zorblat\'s plan "a bold step".', "en", False),
    ],
)
def test_a_blaming_verdict_in_quotation_marks_criticises(
    text: str, language: str, blamed: bool
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert (
        ("Quux" if language == "fr" else "Quux Corp", "Zorblat", RelationType.CRITICISM) in found
    ) is blamed


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a whole quotation between the verb and the party leaves the party its object
        ("Quux dénonce « avec force » le projet de Zorblat.", "fr", True),
        ('Quux Corp condemned "in the strongest terms" the plan by Zorblat.', "en", True),
        # a party inside the quotation is in the speaker's words
        ("Quux dénonce « le projet de Zorblat, qui ruine tout ».", "fr", False),
    ],
)
def test_a_closed_quotation_after_the_verb_does_not_hide_its_object(
    text: str, language: str, expected: bool
) -> None:
    found = _relations(ingest_text(text, language=language))
    source = "Quux" if language == "fr" else "Quux Corp"
    assert ((source, "Zorblat", RelationType.CRITICISM) in found) is expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quux a finalement cédé Allstream à l'américaine Zorblat Group en janvier.", "fr"),
        ("Quux vend Allstream au fonds Zorblat Group.", "fr"),
        ("Quux Corp sold Allstream to Spain's Zorblat Group in 2015.", "en"),
    ],
)
def test_a_named_sale_relates_seller_buyer_and_what_is_sold(text: str, language: str) -> None:
    found = _relations(ingest_text(text, language=language))
    seller = "Quux" if language == "fr" else "Quux Corp"
    assert (seller, "Zorblat Group", RelationType.COMMERCIAL_DEAL) in found
    assert ("Zorblat Group", "Allstream", RelationType.INVESTMENT) in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quux Corp agreed to sell its British subsidiary Allstream to Zorblat Group.", "en"),
        ("Quux Corp agreed to sell its stake in Allstream to Zorblat Group.", "en"),
        ("Quux Corp a cédé sa participation dans Allstream à Zorblat Group.", "fr"),
    ],
)
def test_a_named_sale_of_a_subsidiary_or_a_stake_keeps_its_tie_to_the_seller(
    text: str, language: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert ("Quux Corp", "Allstream", RelationType.ROLE) in found
    assert ("Zorblat Group", "Allstream", RelationType.INVESTMENT) in found


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Quux a finalement cédé à la pression de Zorblat Group.",
        "Le groupe Quux a annoncé vendredi Allstream au salon de Zorblat Group.",
    ],
)
def test_yielding_or_a_friday_is_no_sale(text: str) -> None:
    found = _relations(ingest_text(text, language="fr"))
    assert not any(kind is RelationType.COMMERCIAL_DEAL for *_, kind in found)


@pytest.mark.parametrize(
    ("text", "advised"),
    [
        ("Zorblat Bank acted as financial adviser to Quux Corp on the deal.", True),
        ("Zorblat Bank served as lead financial advisers to Quux Corp.", True),
        # a person's post, no mandate
        ("Zorblat Bank's Ada Roe worked as an adviser to Quux Corp since 2018.", False),
    ],
)
def test_a_mandate_as_adviser_to_a_party_is_a_consultation(text: str, advised: bool) -> None:
    found = _relations(ingest_text(text, language="en"))
    # (a consultation is symmetric: either party may come first)
    pairs = {frozenset((s, t)) for s, t, kind in found if kind is RelationType.CONSULTATION}
    assert (frozenset(("Zorblat Bank", "Quux Corp")) in pairs) is advised


def test_a_place_rivals_no_company() -> None:
    text = (
        "Quux Corp has upended India's telecoms market, forcing rivals Zorblat Telecom and"
        " Blarg Mobile into a price war."
    )
    found = _relations(ingest_text(text, language="en"), learned=True)
    assert not any("India" in (s, t) for s, t, _ in found)


@pytest.mark.parametrize(
    ("text", "language", "owners"),
    [
        (
            "Propriété de Zorblat depuis 2016, Quux Mobile compte 1,7 million d'abonnés.",
            "fr",
            {"Zorblat"},
        ),
        ("Filiale du groupe Zorblat, Quux Mobile échappe à une amende.", "fr", {"Zorblat"}),
        (
            "Détenu à 62 % par Zorblat et à 35 % par Vell Corp, Quux Mobile a reçu la lettre.",
            "fr",
            {"Zorblat", "Vell Corp"},
        ),
        (
            "Owned by Zorblat Corp since 2016, Quux Mobile has 1.7 million users.",
            "en",
            {"Zorblat Corp"},
        ),
        (
            "A wholly owned unit of Zorblat Corp, Quux Mobile launched an offer.",
            "en",
            {"Zorblat Corp"},
        ),
        (
            "Owned by Zorblat Corp, the group that runs Vell Market, Quux Mobile grew fast.",
            "en",
            {"Zorblat Corp"},
        ),
    ],
)
def test_owners_opening_a_sentence_own_what_follows_the_comma(
    text: str, language: str, owners: set[str]
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {s for s, t, kind in found if t == "Quux Mobile" and kind is RelationType.ROLE} == owners


@pytest.mark.parametrize(
    ("text", "language", "marketed"),
    [
        ("Zorblat, qui commercialise au Québec la marque à bas prix Quux, grandit.", "fr", True),
        ("Zorblat Corp, which markets the discount brand Quux, grew.", "en", True),
        ("Zorblat commercialise ses produits en Europe, selon Quux.", "fr", False),
    ],
)
def test_marketing_a_named_brand_is_a_tie(text: str, language: str, marketed: bool) -> None:
    found = _relations(ingest_text(text, language=language))
    assert any(t == "Quux" and kind is RelationType.ROLE for _, t, kind in found) is marketed


@pytest.mark.parametrize(
    ("text", "language", "source", "target", "kind"),
    [
        # a judge's or a minister's order is a command, a company's a purchase
        (
            "Judge Ada Roe in March ordered the arrest of Bo Vellanu, an executive.",
            "en",
            "Ada Roe",
            "Bo Vellanu",
            RelationType.SANCTION,
        ),
        (
            "Air Zorblat ordered 50 aircraft from Quux Aerospace.",
            "en",
            "Air Zorblat",
            "Quux Aerospace",
            RelationType.COMMERCIAL_DEAL,
        ),
        # vying with someone for something: "disputer X à Y"
        (
            "Dans ce marché, Zorblat dispute les clients au leader Quux.",
            "fr",
            "Quux",
            "Zorblat",
            RelationType.COMPETITION,
        ),
        (
            "Le banquier Ada Roe dispute déjà au Mouvement Zorblat la première place.",
            "fr",
            "Ada Roe",
            "Mouvement Zorblat",
            RelationType.COMPETITION,
        ),
    ],
)
def test_orders_and_vying_read_by_who_acts(
    text: str, language: str, source: str, target: str, kind: RelationType
) -> None:
    found = _relations(ingest_text(text, language=language))
    pairs = {(frozenset((s, t)), k) for s, t, k in found}
    assert (frozenset((source, target)), kind) in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language", "minister"),
    [
        (
            "Le gouvernement danois a exigé des garanties de Quux. Le ministre de"
            " l'Économie, Ada Roe, a assuré que le gouvernement ne céderait pas.",
            "fr",
            "Ada Roe",
        ),
        (
            "Le gouvernement danois a exigé des garanties de Quux. Le Premier ministre,"
            " Ada Roe, a jugé que le gouvernement avait raison.",
            "fr",
            "Ada Roe",
        ),
        (
            "The Danish government has demanded guarantees from Quux. Finance Minister"
            " Ada Roe said the government would not back down.",
            "en",
            "Ada Roe",
        ),
        (
            "The Danish government has demanded guarantees from Quux. Ada Roe, the"
            " minister for industry, said the government would not back down.",
            "en",
            "Ada Roe",
        ),
        # a head of government named by the government: "le gouvernement de X"
        (
            "Le gouvernement danois a exigé des garanties de Quux. Le gouvernement"
            " d'Ada Roe refuse toute concession.",
            "fr",
            "Ada Roe",
        ),
        (
            "The Danish government has demanded guarantees from Quux. The government of"
            " Ada Roe refused any concession.",
            "en",
            "Ada Roe",
        ),
    ],
)
def test_a_minister_holds_office_in_the_government_the_sentence_names(
    text: str, language: str, minister: str
) -> None:
    government = {"fr": "gouvernement danois", "en": "Danish government"}[language]
    assert frozenset((minister, government)) in _role_pairs(text, language)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the sentence does not name the government
        (
            "The Danish government has demanded guarantees from Quux. Finance Minister"
            " Ada Roe said talks would resume.",
            "en",
        ),
        # a former minister, another country's
        (
            "The Danish government has demanded guarantees from Quux. Former Finance"
            " Minister Ada Roe said the government would not back down.",
            "en",
        ),
        (
            "The Danish government has demanded guarantees from Quux. Swiss Finance"
            " Minister Ada Roe said the government would not back down.",
            "en",
        ),
        (
            "Le gouvernement danois a exigé des garanties de Quux. L'ancien Premier"
            " ministre Ada Roe a jugé que le gouvernement avait raison.",
            "fr",
        ),
        (
            "Le gouvernement danois a exigé des garanties de Quux. Le ministre allemand"
            " de l'Économie, Ada Roe, a jugé que le gouvernement avait raison.",
            "fr",
        ),
        # a region's minister ("québécois"), the gazetteer knowing no such nationality
        (
            "Le gouvernement danois a exigé des garanties de Quux. Le ministre québécois"
            " de l'Économie, Ada Roe, a jugé que le gouvernement danois avait tort.",
            "fr",
        ),
    ],
)
def test_no_post_in_the_government_for_a_minister_of_another_or_of_before(
    text: str, language: str
) -> None:
    assert not any("Ada Roe" in pair for pair in _role_pairs(text, language))


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        # "its" is the subject's, not the body named last
        (
            "Zorblat Mining agreed to pay Quux Holdings $160mn after its chief executive"
            " Ada Roe was held in Bamako.",
            "Ada Roe",
            "Zorblat Mining",
        ),
        # ... unless the title is listed after that body
        (
            "Quux Holdings accused Zorblat Mining, its chief executive Ada Roe and a union"
            " of sabotage.",
            "Ada Roe",
            "Zorblat Mining",
        ),
    ],
)
def test_a_possessive_title_is_held_in_its_subject(text: str, holder: str, body: str) -> None:
    pairs = _role_pairs(text, "en")
    assert frozenset((holder, body)) in pairs
    assert frozenset((holder, "Quux Holdings")) not in pairs


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorblat has poured money into online grocery to fend off Quux.", "en"),
        ("Zorblat has been losing ground to Quux in Europe.", "en"),
        ("The deal gives Zorblat a payments network to take on Quux in Europe.", "en"),
        ("Zorblat revendique un tiers du marché, loin devant Quux.", "fr"),
        ("Le français Zorblat doit aussi compter avec l'italien Quux.", "fr"),
    ],
)
def test_holding_off_losing_to_and_leading_a_rival_are_competition(
    text: str, language: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert (frozenset(("Zorblat", "Quux")), RelationType.COMPETITION) in {
        (frozenset((s, t)), k) for s, t, k in found
    }


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Zorblat balked at taking on debt from Quux.",
        # a possessive: what is taken on is the place's elite, not the place
        "Zorblat bid for Vellat, taking on Quux's business elite.",
    ],
)
def test_taking_on_a_debt_or_someone_s_elite_is_no_rivalry(text: str) -> None:
    found = _relations(ingest_text(text, language="en"))
    assert all(kind is not RelationType.COMPETITION for s, t, kind in found if "Zorblat" in (s, t))


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorblat was fined by the consumer authority, and its chief executive, Ada Roe,"
            " called the measure stupid.",
            "en",
        ),
        (
            "Zorblat s'est vu infliger une amende par l'autorité des consommateurs, et son"
            " directeur général, Ada Roe, a qualifié la mesure de stupide.",
            "fr",
        ),
    ],
)
def test_a_new_subject_after_and_its_is_no_object_of_the_act_before(
    text: str, language: str
) -> None:
    found = _relations(ingest_text(text, language=language))
    assert {k for s, t, k in found if {s, t} == {"Zorblat", "Ada Roe"}} == {RelationType.ROLE}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "The private equity firm Zorblat now holds just under 10 percent of Quux.",
        "Zorblat owns about 37 percent of Quux, according to filings.",
        "Zorblat, which owns a 15% stake in Quux, opposed the plan.",
    ],
)
def test_a_share_of_the_capital_held_is_a_holding(text: str) -> None:
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat", "Quux", RelationType.ROLE) in found


@pytest.mark.usefixtures("rules_only")
def test_the_future_owners_of_a_combined_company_hold_nothing_yet() -> None:
    text = "Quux shareholders will own about 74% of Zorblat after the all-stock merger."
    found = _relations(ingest_text(text, language="en"))
    assert not any(kind is RelationType.ROLE for _, _, kind in found)


@pytest.mark.usefixtures("rules_only")
def test_a_sanction_with_no_author_named_is_the_article_regulator_s() -> None:
    text = (
        "L'Autorité de la concurrence a infligé une amende de 225 millions d'euros à"
        " quatorze banques, dont Quux. Gravo, la banque publique, écope de la sanction la"
        " plus lourde. Vellat se voit infliger 13 millions d'euros, tandis que Brixo est"
        " condamné à 700 000 euros. L'Autorité de la concurrence a précisé sa décision."
        " L'Autorité de la concurrence a aussi entendu Gravo."
    )
    found = _relations(ingest_text(text, language="fr"))
    for bank in ("Gravo", "Vellat", "Brixo"):
        assert ("Autorité de la concurrence", bank, RelationType.SANCTION) in found


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "language", "rivals"),
    [
        (
            "Zorblat Group bought the brewer, a deal that pits Zorblat Group directly against"
            " Quux Holdings in Vietnam.",
            "en",
            {"Quux Holdings"},
        ),
        (
            "The merger pits Zorblat Group more directly against rivals Quux Holdings and"
            " Vellat Corp.",
            "en",
            {"Quux Holdings", "Vellat Corp"},
        ),
        (
            "Cette compétition oppose Zorblat Group à l'allemand Quux Holdings depuis 2019.",
            "fr",
            {"Quux Holdings"},
        ),
    ],
)
def test_companies_pitted_against_each_other_are_rivals(
    text: str, language: str, rivals: set[str]
) -> None:
    found = _relations(ingest_text(text, language=language))
    pairs = {frozenset((s, t)) for s, t, k in found if k is RelationType.COMPETITION}
    assert {frozenset(("Zorblat Group", rival)) for rival in rivals} <= pairs


@pytest.mark.usefixtures("rules_only")
def test_a_unit_described_by_its_owner_s_name_is_owned() -> None:
    text = (
        "Zorblat Media agreed to the deal. Quux Broadcasting, the Zorblat Media unit, owns"
        " Vellat News."
    )
    found = _relations(ingest_text(text, language="en"))
    assert ("Zorblat Media", "Quux Broadcasting", RelationType.ROLE) in found
