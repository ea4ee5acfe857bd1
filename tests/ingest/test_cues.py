"""The cue pattern, grouped by first letter for speed, finds what one flat alternation
of all the stems finds: same spans, same relation types."""

import re

import pytest

from tests.ingest.conftest import FIXTURES
from tui.ingest.cues import CUES, compile_cues, cue_stems


def _cue_kinds(language: str, text: str) -> list[str]:
    """The types of the cues found in ``text``, in order."""
    return [kind.value for _, _, kind in compile_cues(language).finditer(text)]


def _flat(language: str) -> re.Pattern[str]:
    by_type: dict[str, list[str]] = {}
    for relation_type, stem in cue_stems(language):
        by_type.setdefault(relation_type, []).append(stem)
    parts = [rf"(?P<{name}>{'|'.join(stems)})" for name, stems in by_type.items()]
    return re.compile(rf"(?<!\w)(?=\w)(?:{'|'.join(parts)})", re.IGNORECASE)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_grouped_cues_match_like_a_flat_alternation(language: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    texts.append("À la tête d'Ébène, Éric a été nommé; Élise s'oppose. 3 rachats, _x")
    # letters that case folding matches to another: the long s is an "s" to the engine
    texts.append("Zorblat ſued Quux, qui ſ'associe à Blargco pour un parTenariat")
    grouped, flat = compile_cues(language), _flat(language)
    compared = 0
    for text in texts:
        ours = [((start, end), kind.value) for start, end, kind in grouped.finditer(text)]
        theirs = [(m.span(), m.lastgroup) for m in flat.finditer(text)]
        assert ours == theirs
        compared += len(ours)
    assert compared > 500  # the fixtures hold cues of most types


def test_sentence_cues_are_the_pattern_matches_of_each_span_scanned_once() -> None:
    from tui.ingest.cues import SentenceCues

    text = "Zorblat sued Quux. Quux signed a partnership with Blargco. Nothing here."
    cues = SentenceCues(text, "en")
    first = cues.of(0, 18)
    assert [(text[s:e], t.value) for s, e, t in first] == [("sued", "lawsuit")]
    assert cues.of(0, 18) is first  # kept, not scanned again
    second = cues.of(19, 58)
    pattern = compile_cues("en")
    assert second == list(pattern.finditer(text, 19, 58))
    assert cues.of(59, len(text)) == []


def test_english_stems_ending_in_e_also_find_their_ing_forms() -> None:
    # "blame\w*" missed "blaming": the e a stem ends with goes before "-ing"
    pattern = compile_cues("en")
    checked = 0
    for by_language in CUES.values():
        for stem in by_language.get("en", ()):
            # look-arounds aside: "(?<!clearing\\sand\\s)settl(?:e\\w*+|ing)(?!...)"
            shape = re.fullmatch(
                r"(?:\(\?<!.*?\))*([a-z]+)(?:e\\w\*\+?|\(\?:e\\w\*\+?\|ing\))(?:\(\?!.*\))?", stem
            )
            if shape is None:
                continue
            word = shape.group(1) + "ing"
            found = list(pattern.finditer(f"They are {word} it."))
            assert [(start, end) for start, end, _ in found][:1] == [(9, 9 + len(word))], stem
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("language", ["fr", "en"])
def test_one_modality_scan_reads_sentences_like_a_pattern_per_modality(language: str) -> None:
    from tui.ingest.cues import MODALITY_STEMS
    from tui.ingest.relations import sentence_modality
    from tui.ingest.sentences import split_quotes
    from tui.model import Modality

    separate = [
        (modality, re.compile(rf"\b(?:{'|'.join(stems[language])})\b", re.IGNORECASE))
        for modality, stems in MODALITY_STEMS.items()
    ]
    counts = {modality: 0 for modality in Modality}
    for path in sorted(FIXTURES.glob(f"{language}_*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in split_quotes(text):
            if "May" in text[start:end]:
                continue  # the month, read apart (test_the_month_of_may_is_no_modal_verb)
            expected = next(
                (m for m, pattern in separate if pattern.search(text, start, end)),
                Modality.ASSERTED,
            )
            assert sentence_modality(text, language, start, end) is expected, text[start:end]
            counts[expected] += 1
    assert all(counts[modality] >= 10 for modality in Modality)  # every modality was read


def test_a_french_reflexive_cue_reads_its_compound_tenses() -> None:
    text = "Zorblat s'associe à Quux; Vell s'est associée à Blarg; ils se sont associés."
    found = [text[start:end] for start, end, _ in compile_cues("fr").finditer(text)]
    assert found == ["s'associe", "s'est associée", "se sont associés"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ada Roe, a vice chairman of investment bank Zorblat, said so."),
        ("en", "Quux, an investment firm, and Vell, an investment fund, spoke."),
        ("fr", "Quux, la société d'investissement de Vell, et le fonds d’investissement Zorblat."),
    ],
)
def test_an_investment_firm_is_the_kind_of_a_company_not_an_investment(
    language: str, text: str
) -> None:
    kinds = {kind.value for _, _, kind in compile_cues(language).finditer(text)}
    assert "investment" not in kinds
    assert any(
        kind.value == "investment"
        for _, _, kind in compile_cues(language).finditer(
            "Zorblat invested in Quux." if language == "en" else "Zorblat investit dans Quux."
        )
    )


@pytest.mark.parametrize(
    ("language", "text", "cues"),
    [
        # a company's auditor holds a post there; auditing it is a probe
        ("en", "Zorblat, the auditor of Quux, quit.", ["role"]),
        ("en", "The watchdog audited Quux.", ["investigation"]),
        ("fr", "Ses commissaires aux comptes, Zorblat et Vell, ont certifié.", ["role"]),
        ("fr", "L'auditeur de Quux, Zorblat, a démissionné.", ["role"]),
        ("fr", "La Cour des comptes a audité Quux.", ["investigation"]),
        # the one poached, set off after her name, worked there before
        ("fr", "Les modèles sont d'Ada Roe, débauchée chez Quux, styliste.", ["role"]),
        ("fr", "Zorblat a débauché Ada Roe chez Quux.", ["talent_poaching"]),
        ("en", "Ada Roe, poached from Quux last year, spoke.", ["role"]),
        ("en", "Zorblat poached Ada Roe from Quux.", ["talent_poaching"]),
        # an associate researcher holds a post; belonging reads past an adverb
        ("fr", "Ada Roe, chercheuse associée à Zorblat, a parlé.", ["role"]),
        ("fr", "Shell et Eni sont associés à Zorblat.", ["partnership"]),
        ("fr", "Vell appartenait jusqu'ici au groupe Zorblat.", ["role"]),
        # holding shares, in any tense, is a tie
        ("fr", "Zorblat, qui détenait 32,5 % de Quux, vend.", ["role"]),
        ("fr", "Il ne passe pas, Zorblat détenant 51 % du capital de Quux.", ["role"]),
        ("fr", "Zorblat pourra détenir 29,9 % du capital de Quux.", ["role"]),
        ("fr", "Zorblat détenait 70 % du marché.", []),
        # financing a party is an investment; its finances are none
        ("en", "Zorblat secured bridge financing from Quux.", ["investment"]),
        ("en", "The bid was financed by Quux.", ["investment"]),
        ("en", "Quux agreed to finance it.", ["concession", "investment"]),
        ("en", "Quux's finances are strained; its financing arm and the finance team shrank.", []),
        # "buy" as a compound's first word is no purchase
        ("en", "Quux owns Vell and the buy-now-pay-later provider Zorblat.", ["role"]),
        ("en", "Buy-side analysts at Quux doubted it.", []),
        ("en", "Quux buys Vell.", ["investment"]),
        # a sale names its buyer after "to"; a name first is what is sold, inside the cue
        # (the relations stage reads the sold subsidiary's tie: test_relations)
        ("en", "Quux sold three of its brands to Vell.", ["commercial_deal"]),
        ("en", "Quux will sell two plants to the Zorblat group.", ["commercial_deal"]),
        ("en", "Quux sold its subsidiary Vell to Zorblat.", ["commercial_deal"]),
        ("en", "Quux sold 40 flights to families.", []),
        # operating a site or a network is a tie; where one operates, or its profit, none
        ("en", "Zorblat, which operates Quux, grew.", ["role"]),
        ("en", "The port, run by Zorblat, closed; Vell runs Quux.", ["role", "role"]),
        ("en", "Zorblat operates in Vell; its operating profit runs high.", []),
        (
            "fr",
            "Zorblat, qui exploite la mine Quux et gère le port Vell, a payé.",
            ["role", "role"],
        ),
        # "s'offrir" a company buys it; "s'offre une pause" buys nothing
        ("fr", "Zorblat s'offre l'américain Quux pour 2 milliards.", ["investment"]),
        ("fr", "Zorblat s'est offert Quux en 2018.", ["investment"]),
        ("fr", "Zorblat s'offre une pause; une occasion s'offre à Quux.", []),
        # a clearing house settles trades; clearing a deal approves it
        ("en", "The clearing house Quux and a clearing agency grew.", []),
        ("en", "The watchdog cleared Quux on Monday.", ["endorsement"]),
        # a listing is a tie, whatever its preposition; trailing a named rival competes
        ("fr", "Zorblat, cotée au Nasdaq, a parlé.", ["role"]),
        ("en", "Quux will still trail Zorblat and Vell in sales.", ["competition"]),
        ("en", "Quux left a paper trail; shares trailed in May.", []),
    ],
)
def test_posts_holdings_and_acts_told_apart_by_their_words(
    language: str, text: str, cues: list[str]
) -> None:
    assert _cue_kinds(language, text) == cues


@pytest.mark.parametrize(
    ("language", "text", "cues"),
    [
        ("fr", "Les compagnies doivent supprimer une partie de leurs vols.", []),
        ("fr", "Zorblat va supprimer 300 postes et annuler 40 liaisons.", []),
        ("fr", "Zorblat a supprimé son partenariat avec Quux.", ["supprimé", "partenariat"]),
        ("fr", "Le tribunal a annulé la décision de Quux.", ["annulé"]),
        ("en", "Zorblat cancelled 400 flights and suspended its Vell routes.", []),
        ("en", "Zorblat cancelled its contract with Quux.", ["cancelled", "contract"]),
        ("en", "Zorblat suspended Quux.", ["suspended"]),
    ],
)
def test_cancelling_or_cutting_an_operator_s_own_flights_or_jobs_is_no_cue(
    language: str, text: str, cues: list[str]
) -> None:
    found = [text[start:end] for start, end, _ in compile_cues(language).finditer(text)]
    assert found == cues


@pytest.mark.parametrize(
    ("language", "text", "cues"),
    [
        ("en", "Eli Lilly, which makes the obesity drug Zepbound, grew.", [("makes", "role")]),
        ("en", "Zorblat makes chips for Quux.", [("makes", "commercial_deal")]),
        ("en", "His conduct makes it clear that he must go.", []),
        ("en", "Zorblat has 12 million customers.", []),
        ("en", "Zorblat is a customer of Quux.", [("customer", "commercial_deal")]),
        ("fr", "Lilly, qui fabrique le Zepbound, grandit.", [("fabrique", "role")]),
        (
            "fr",
            "Zorblat, qui fabrique les satellites d'Eutelsat.",
            [("fabrique", "commercial_deal")],
        ),
        ("fr", "Zorblat revendique 20 millions de clients.", []),
        ("fr", "Zorblat est client de Quux.", [("client", "commercial_deal")]),
    ],
)
def test_making_a_product_is_a_role_making_for_someone_a_supply_and_consumers_no_party(
    language: str, text: str, cues: list[tuple[str, str]]
) -> None:
    found = [(text[s:e], kind.value) for s, e, kind in compile_cues(language).finditer(text)]
    assert found == cues


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat a indiqué s'être conformée aux demandes de la Quux.",
        "Zorblat s'est conformé à la décision de Quux.",
        "Zorblat doit se conformer aux règles de Quux.",
    ],
)
def test_complying_with_a_demand_is_a_concession(text: str) -> None:
    kinds = _cue_kinds("fr", text)
    assert kinds[:1] == ["concession"]


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport met en cause Zorblat.",
        "Les syndicats mettent en cause Zorblat.",
        "Quux mettait en cause Zorblat.",
        "Zorblat a été mis en cause par Quux.",
    ],
)
def test_putting_in_question_is_a_criticism_in_every_tense(text: str) -> None:
    assert _cue_kinds("fr", text) == ["criticism"]


@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        ("en", "The Vell Trustee, the arm of the Justice Department, objected.", "arm of"),
        ("en", "Zorblat's infrastructure arm Vell Partners bought it.", "arm"),
        ("en", "Quux, a unit of Zorblat, grew.", "unit of"),
        ("fr", "Vell, la branche défense du groupe Zorblat, grandit.", "branche défense du"),
        ("fr", "Vell, le bras armé de l'Etat, investit.", "bras armé de"),
        # a group's members, an affiliation
        ("en", "Vell, a group made up of Zorblat and Quux, won.", "group made up of"),
        ("en", "Vell, a union affiliated with Zorblat, struck.", "affiliated with"),
        ("fr", "Vell, affilié à la fédération Zorblat, proteste.", "affilié à"),
        ("fr", "Un consortium composé de Zorblat et Quux gagne.", "composé de"),
        # an analyst's post, its holder named right after
        ("fr", "Chez Zorblat, l'analyste Ada Roe souligne le risque.", "analyste"),
        ("en", "Quux fell, said Zorblat analyst Ada Roe.", "analyst"),
    ],
)
def test_an_arm_a_unit_or_a_branch_of_a_body_is_a_role(language: str, text: str, cue: str) -> None:
    found = [(text[s:e], kind.value) for s, e, kind in compile_cues(language).finditer(text)]
    assert (cue, "role") in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("L'Assemblée a adopté le texte de Zorblat.", "endorsement"),
        ("Le texte, voté par le Sénat, vise Zorblat.", "endorsement"),
        ("Quux a voté contre le texte de Zorblat.", "criticism"),
    ],
)
def test_adopting_or_voting_a_text_backs_it_voting_against_it_opposes_it(
    text: str, kind: str | None
) -> None:
    kinds = _cue_kinds("fr", text)
    assert kinds[:1] == ([kind] if kind else [])


@pytest.mark.parametrize(
    "text",
    ["Zorblat a contesté la décision de Quux.", "Zorblat contestait l'arrêté de Quux."],
)
def test_contesting_in_any_tense_is_criticism(text: str) -> None:
    kinds = _cue_kinds("fr", text)
    assert kinds[:1] == ["criticism"]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "Zorblat a exhorté Quux à revoir sa copie.", "appeal"),
        ("fr", "Le ministre a appelé Zorblat et Quux à tenir leurs engagements.", "appeal"),
        ("fr", "La ministre a demandé à Zorblat de garantir le dialogue social.", "appeal"),
        ("en", "Zorblat urged the watchdog to block the deal.", "appeal"),
        ("en", "Senators called on Quux to act.", "appeal"),
        ("en", "Zorblat demanded that Quux pay.", "criticism"),
        ("fr", "Zorblat exige des explications de Quux.", "criticism"),
    ],
)
def test_an_appeal_is_neither_praise_nor_blame_a_demand_stays_criticism(
    language: str, text: str, kind: str
) -> None:
    kinds = _cue_kinds(language, text)
    assert kinds[:1] == [kind]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "Quux verrait d'un mauvais œil Zorblat obtenir ces conditions.", "criticism"),
        ("fr", "Zorblat a pris des parts de marché à Quux.", "competition"),
        ("fr", "Le Conseil a censuré la loi Zorblat.", "sanction"),
        ("fr", "Le Conseil a jugé la loi Zorblat contraire à la Constitution.", "sanction"),
        ("en", "Ada Roe was overruled by Zorblat officials.", "refusal"),
        ("en", "The court declared Law 406 unconstitutional.", "sanction"),
        ("en", "Zorblat has taken market share from Quux.", "competition"),
    ],
)
def test_idioms_of_disapproval_rivalry_refusal_and_censure(
    language: str, text: str, kind: str
) -> None:
    kinds = _cue_kinds(language, text)
    assert kind in kinds


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # holding shares is a post of ownership, not an investment made
        ("en", "Lower Saxony holds a 20 per cent voting stake in Zorblat.", ["role"]),
        ("en", "Zorblat took a stake in Quux.", ["investment"]),
        # a stake someone has is a holding; taking, raising or selling it is an act
        ("en", "Its assets include its roughly 40% stake in Quux.", ["role"]),
        ("en", "A refusal right over Zorblat's stake in Quux.", ["refusal", "role"]),
        ("en", "Zorblat is raising its stake in Quux.", ["investment"]),
        # (a named sale's cue spans the stake: the holding is read by the relations stage)
        (
            "en",
            "Zorblat agreed to sell its stake in Quux to Vell.",
            ["concession", "commercial_deal"],
        ),
        ("fr", "L'État détient encore un peu plus de 12 % de Zorblat.", ["role"]),
        ("fr", "Quux détient environ 69 % des droits de vote de Zorblat.", ["role"]),
        ("fr", "Zorblat détient 70 % du marché des particuliers.", []),
        ("fr", "Le fonds Vell, coactionnaire de Zorblat, recevra des titres.", ["role"]),
    ],
)
def test_holding_shares_is_ownership(language: str, text: str, expected: list[str]) -> None:
    assert _cue_kinds(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zorblat has deepened ties with Quux and Vell."),
        ("en", "Zorblat plans closer ties with Quux."),
        ("fr", "Zorblat a resserré ses liens avec Quux."),
        ("fr", "Zorblat entretient des liens étroits avec Quux."),
        ("fr", "Zorblat et Vell, déjà associés à Quux dans Blarg, prendront des parts."),
    ],
)
def test_closer_ties_are_a_partnership(language: str, text: str) -> None:
    assert _cue_kinds(language, text) == ["partnership"]


def test_combining_with_a_firm_is_a_merger_a_unit_combined_with_another_is_not() -> None:
    assert _cue_kinds("en", "Zorblat agreed to combine with Quux.") == ["investment"]
    assert _cue_kinds("en", "Zorblat announced a business combination with Quux.") == ["investment"]
    assert _cue_kinds("en", "The unit would be combined with Quux's own operations.") == []


def test_a_nomination_backs_and_an_activist_investor_is_no_investment() -> None:
    assert _cue_kinds("en", "Zorblat nominated Ada Roe.") == ["endorsement"]
    assert _cue_kinds("en", "Ada Roe was backed by activist investor Zorblat.") == ["endorsement"]
    assert _cue_kinds("en", "Quux, a billionaire investor, sued.") == ["lawsuit"]


def test_a_price_offered_or_paid_for_a_party_is_an_investment() -> None:
    assert _cue_kinds("en", "Zorblat offered $50.30 a share in cash for Quux.") == ["investment"]
    assert _cue_kinds("en", "Zorblat paid $5 billion for Quux.") == ["investment"]
    # ... not a sum paid to someone
    assert _cue_kinds("en", "Zorblat will pay $125 million to Quux.") == ["concession"]


def test_an_unnamed_group_s_members_are_no_role() -> None:
    assert _cue_kinds("en", "It went to a consortium made up of Zorblat and Quux.") == []


def test_agreeing_to_buy_is_no_concession() -> None:
    assert _cue_kinds("en", "Zorblat agreed to acquire Quux.") == ["investment"]
    assert _cue_kinds("en", "Zorblat agreed to pay Quux.") == ["concession"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zorblat lodged an appeal against the ruling."),
        ("en", "Zorblat is appealing against the fine."),
        ("fr", "Zorblat a fait appel de la décision."),
        ("fr", "Zorblat a interjeté appel du jugement."),
    ],
)
def test_appealing_a_decision_is_going_to_court(language: str, text: str) -> None:
    assert "lawsuit" in _cue_kinds(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'Arcep a mis en demeure Zorblat."),
        ("fr", "Six ONG ont mis en demeure Zorblat de respecter la loi."),
        ("en", "Zorblat sent Quux a cease-and-desist letter."),
    ],
)
def test_a_formal_notice_is_a_threat(language: str, text: str) -> None:
    assert _cue_kinds(language, text) == ["threat"]


def test_catching_up_on_a_rival_is_competition() -> None:
    text = "Zorblat peine à rattraper son retard sur les géants asiatiques, Quux en tête."
    assert _cue_kinds("fr", text) == ["competition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorblat ditched Quux.", ["termination"]),
        ("Zorblat snubbed Quux.", ["refusal"]),
        ("Zorblat and Quux have been at loggerheads for years.", ["criticism"]),
        ("Zorblat lobbied against Quux.", ["criticism"]),
        ("Zorblat lobbied Quux.", ["consultation"]),
    ],
)
def test_more_english_cues(text: str, expected: list[str]) -> None:
    assert _cue_kinds("en", text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an approval taken back is a sanction, not the approval
        ("fr", "L'agence a retiré, avec effet immédiat, l'autorisation de Zorblat.", ["sanction"]),
        ("fr", "L'agence a suspendu l'autorisation de mise sur le marché.", ["sanction"]),
        ("fr", "L'agence a accordé l'autorisation à Zorblat.", ["endorsement"]),
        ("en", "The agency revoked the vaccine's license.", ["sanction"]),
        ("en", "The agency withdrew its approval of Zorblat's engine.", ["sanction"]),
        ("en", "The agency approved Zorblat's engine.", ["endorsement"]),
        # trust lost is blame; a partner at a firm holds a post there
        ("fr", "Il a dit ne plus avoir confiance dans l'équipe de Zorblat.", ["criticism"]),
        ("en", "Quux said it had lost confidence in Zorblat.", ["criticism"]),
        ("en", "Ada Roe, a partner at Zorblat Capital, spoke.", ["role"]),
        ("en", "So said Ada Roe, managing partner at research firm Zorblat.", ["role"]),
        ("en", "Quux is a partner of Zorblat.", ["partnership"]),
        # a defendant fights the case; defending a deal backs it
        ("en", "Zorblat intends to defend the proceedings brought by Quux.", ["lawsuit"]),
        ("en", "Zorblat will defend itself against the charges.", ["lawsuit"]),
        # "assigner" a party before a court sues it; assigning goals is no suit
        ("fr", "Quux a assigné le groupe Zorblat devant la justice.", ["lawsuit"]),
        ("fr", "La direction a assigné des objectifs à Zorblat.", []),
        ("en", "Zorblat defended the merger.", ["endorsement", "investment"]),
        (
            "en",
            "Quux said it would migrate its next game away from Zorblat.",
            ["dependency_reduction"],
        ),
        # a finance chief's title is no funding
        ("fr", "Zorblat paiera, a précisé la directrice financière, Ada Roe.", ["role"]),
        ("fr", "Zorblat financera l'achat.", ["investment"]),
        # leaving a post is no break with the body
        ("fr", "Ada Roe avait quitté la direction générale de Zorblat.", ["role"]),
        ("fr", "Zorblat a quitté le consortium.", ["termination"]),
    ],
)
def test_approvals_withdrawn_trust_lost_posts_cases_defended_and_moves_away(
    language: str, text: str, expected: list[str]
) -> None:
    assert _cue_kinds(language, text) == expected


def test_joining_a_party_in_an_act_is_an_alliance_and_joining_it_a_post() -> None:
    assert _cue_kinds("en", "Quux had joined Zorblat in suing Blargco.") == [
        "partnership",
        "lawsuit",
    ]
    assert _cue_kinds("en", "Ada Quux joined Zorblat in 2019.") == ["role"]


def test_a_representative_no_one_named_holds_is_no_post() -> None:
    assert _cue_kinds("en", "Zorblat failed to name a legal representative.") == []
    assert _cue_kinds("en", "Zorblat must find a new representative.") == []
    assert _cue_kinds("en", "Ada Quux, its legal representative, left.") == ["role"]


def test_advising_a_party_chairing_and_being_part_of_a_body_are_cues() -> None:
    assert _cue_kinds("en", "Morgan Zorblat advised Quux on the plan.") == ["consultation"]
    # an opinion is no counsel to a party
    assert _cue_kinds("en", "Ada Quux advised last year that the ruling be set aside.") == []
    assert _cue_kinds("en", "Zorblat, chaired by Ada Quux, agreed.") == ["role"]
    assert _cue_kinds("en", "The Zorblat Authority, part of the Quux Bank, agreed.") == ["role"]
    assert _cue_kinds("en", "Zorblat agreed, as part of the plan, to sell Quux.") == []


def test_a_listing_on_an_exchange_is_a_tie() -> None:
    assert _cue_kinds("en", "Zorblat, which listed on the Quux Exchange, fell.") == ["role"]
    assert _cue_kinds("en", "Zorblat was delisted from the Quux Exchange.") == ["role"]
    assert _cue_kinds("fr", "Zorblat, cotée sur Quux Paris, a chuté.") == ["role"]
    assert _cue_kinds("en", "Zorblat listed its risks in a filing.") == []


def test_an_arbitration_award_is_no_investment() -> None:
    assert _cue_kinds("en", "Zorblat was awarded a grant by Quux.")[:1] == ["investment"]
    # (the court's overturning is a lawsuit cue of its own)
    assert _cue_kinds("en", "The court overturned the Zorblat award against Quux.") == ["lawsuit"]
    assert "investment" not in _cue_kinds("en", "Quux sought to enforce arbitration awards.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zorblat would challenge the decision.", "criticism"),
        ("Zorblat challenged the attachment of its assets.", "criticism"),
        ("Challengers such as Zorblat gained ground.", "competition"),
        ("Zorblat is a challenger in display advertising.", "competition"),
    ],
)
def test_challenging_a_decision_contests_it_a_challenger_is_a_rival(text: str, kind: str) -> None:
    assert _cue_kinds("en", text) == [kind]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "The Treasury formally lifted sanctions on Zorblat.", "concession"),
        ("en", "Brussels eased its sanctions on Zorblat.", "concession"),
        ("fr", "Washington a levé les sanctions visant Zorblat.", "concession"),
        ("en", "The Treasury imposed sanctions on Zorblat.", "sanction"),
    ],
)
def test_sanctions_lifted_are_yielded(language: str, text: str, kind: str) -> None:
    assert _cue_kinds(language, text) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zorblat a licencié 300 salariés de Quux.", "termination"),
        ("Le licenciement d'Ada Roe par Zorblat a surpris.", "termination"),
        ("Zorblat accorde une licence à Quux.", "tech_sharing"),
        ("Le juge a qualifié Zorblat de « licencié réticent ».", "tech_sharing"),
    ],
)
def test_a_dismissal_is_no_licence(text: str, kind: str) -> None:
    assert _cue_kinds("fr", text)[:1] == [kind]
