from tui.ingest.language import detect_language


def test_french_and_english_are_told_apart() -> None:
    assert detect_language("Le groupe a signé un accord avec la banque pour ses clients.") == "fr"
    assert detect_language("The company has signed a deal with the bank for its clients.") == "en"


def test_names_alone_do_not_decide() -> None:
    text = "Microsoft OpenAI Nvidia. Le partenariat est une affaire de confiance pour les deux."
    assert detect_language(text) == "fr"
