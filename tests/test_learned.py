"""The learned relation classifier: the shipped artifact, its run-time scoring, and its load errors."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from kg.extract.learned import (
    DEFAULT_MODEL_PATH,
    FEATURIZER_VERSION,
    SIGNATURES,
    RelationModel,
    RelationModelError,
    RelationModelMissing,
    ScoredPair,
    load_relation_model,
)
from kg.model import Mention


def mentions(doc, spec: list[tuple[str, str]]) -> list[Mention]:
    """Mentions for the first occurrence of each text, with the sentence index spaCy gives it."""
    sentence_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}
    out = []
    for text, entity_type in spec:
        start = doc.text.index(text)
        span = doc.char_span(start, start + len(text), alignment_mode="expand")
        out.append(Mention(text=text, start=start, end=start + len(text), sentence=sentence_of[span.start],
                           type=entity_type))
    return out


def triples(pairs: list[ScoredPair]) -> set[tuple[str, str, str]]:
    return {(p.subject.text, p.predicate, p.object.text) for p in pairs}


@pytest.fixture(scope="module")
def model() -> RelationModel:
    return load_relation_model()


def tiny_artifact(path: Path, **overrides) -> Path:
    """A hand-made model whose only feature is a title noun next to the person: its scores are known exactly."""
    data = {"format": 1, "featurizer": FEATURIZER_VERSION, "gazetteer": {},
            "relations": {"represents": {"bias": -2.0, "threshold": 0.5, "weights": {"title_near": 5.0}}}}
    data.update(overrides)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------- the shipped artifact

def test_shipped_artifact_loads_with_all_three_relations(model):
    assert model.path == DEFAULT_MODEL_PATH.resolve()
    assert set(model.models) == set(SIGNATURES) == {"represents", "basedIn", "locatedIn"}
    for rel, threshold in model.thresholds.items():
        assert 0.0 < threshold < 1.0, rel
        assert len(model.models[rel].weights) > 100, rel
    assert load_relation_model() is model  # cached: the pipeline calls it once per article


def test_shipped_artifact_is_small():
    assert DEFAULT_MODEL_PATH.stat().st_size < 2 * 1024 * 1024


def test_spokeswoman_represents_her_organisation(nlp, model):
    doc = nlp("Maria Lopez, a spokeswoman for the Red Cross, said the convoy reached the city on Monday.")
    found = model.score(doc, mentions(doc, [("Maria Lopez", "Person"), ("Red Cross", "Organization")]))
    assert ("Maria Lopez", "represents", "Red Cross") in triples(found)
    pair = next(p for p in found if p.predicate == "represents")
    assert pair.probability >= model.thresholds["represents"]
    assert pair.features  # evidence: the features that pushed the score up
    assert not any(p.subject.text == "Red Cross" for p in found)  # never the reversed pair


def test_title_before_name_represents(nlp, model):
    doc = nlp("World Health Organization spokesman Tarik Jasarevic told reporters in Geneva that the outbreak was "
              "contained.")
    found = triples(model.score(doc, mentions(doc, [("World Health Organization", "Organization"),
                                                    ("Tarik Jasarevic", "Person"), ("Geneva", "Place")])))
    assert ("Tarik Jasarevic", "represents", "World Health Organization") in found


def test_organisation_of_the_role_scores_above_one_merely_mentioned(nlp, model):
    doc = nlp("Maria Lopez, a spokeswoman for the Red Cross, said Oxfam had also sent aid.")
    scores = {p.object.text: p.probability for p in model.score(
        doc, mentions(doc, [("Maria Lopez", "Person"), ("Red Cross", "Organization"), ("Oxfam", "Organization")]),
        min_probability=0.0)}
    assert scores["Red Cross"] > scores["Oxfam"] + 0.2


def test_no_relation_without_a_cue(nlp, model):
    doc = nlp("After the Red Cross left, John Smith stayed behind with the villagers.")
    assert model.score(doc, mentions(doc, [("John Smith", "Person"), ("Red Cross", "Organization")])) == []


def test_based_in(nlp, model):
    doc = nlp("Acme Holdings, based in Nairobi, said its profits rose by a fifth last year.")
    found = triples(model.score(doc, mentions(doc, [("Acme Holdings", "Organization"), ("Nairobi", "Place")])))
    assert found == {("Acme Holdings", "basedIn", "Nairobi")}


def test_located_in_takes_the_right_direction(nlp, model):
    doc = nlp("The conference was held in Dakar, Senegal, last week.")
    all_pairs = {(p.subject.text, p.object.text): p.probability for p in model.score(
        doc, mentions(doc, [("Dakar", "Place"), ("Senegal", "Country")]), min_probability=0.0)}
    assert all_pairs[("Dakar", "Senegal")] >= model.thresholds["locatedIn"]
    assert all_pairs[("Senegal", "Dakar")] < model.thresholds["locatedIn"]


def test_pairs_stay_inside_one_sentence(nlp, model):
    doc = nlp("Maria Lopez, a spokeswoman, arrived on Monday. The Red Cross convoy left on Tuesday.")
    ments = mentions(doc, [("Maria Lopez", "Person"), ("Red Cross", "Organization")])
    assert ments[0].sentence != ments[1].sentence
    assert model.score(doc, ments, min_probability=0.0) == []


def test_featurizer_is_deterministic(nlp, model):
    text = "Maria Lopez, a spokeswoman for the Red Cross in Geneva, said the convoy had reached Goma."
    spec = [("Maria Lopez", "Person"), ("Red Cross", "Organization"), ("Geneva", "Place"), ("Goma", "Place")]
    first = [(s.text, r, o.text, f) for s, r, o, f in model.candidates(nlp(text), mentions(nlp(text), spec))]
    doc = nlp(text)
    second = [(s.text, r, o.text, f) for s, r, o, f in model.candidates(doc, mentions(doc, spec))]
    assert first == second
    assert {(s, r, o) for s, r, o, _ in first} >= {("Maria Lopez", "represents", "Red Cross"),
                                                   ("Red Cross", "basedIn", "Geneva"), ("Geneva", "locatedIn", "Goma")}
    for _, _, _, feats in first:
        assert len(feats) == len(set(feats)) > 10


def test_features_do_not_depend_on_a_leading_article(nlp, model):
    # CoNLL04's gold spans leave "the" out and spaCy's NER keeps it: the model must see the same pair either way.
    doc = nlp("Maria Lopez, a spokeswoman for the Red Cross, said the convoy reached the city on Monday.")
    bare = model.candidates(doc, mentions(doc, [("Maria Lopez", "Person"), ("Red Cross", "Organization")]))
    with_the = model.candidates(doc, mentions(doc, [("Maria Lopez", "Person"), ("the Red Cross", "Organization")]))
    assert [c[3] for c in bare] == [c[3] for c in with_the]


# ------------------------------------------------------------------------------------ scoring with a known model

def test_probability_is_the_logistic_of_the_summed_weights(nlp, tmp_path):
    model = load_relation_model(tiny_artifact(tmp_path / "tiny.json"))
    doc = nlp("Acme spokesman John Smith said nothing. Later, John Smith visited Acme again.")
    ments = mentions(doc, [("Acme", "Organization"), ("John Smith", "Person")])
    second = doc.text.index("John Smith visited Acme")
    ments += [Mention("John Smith", second, second + 10, 1, "Person"),
              Mention("Acme", second + 19, second + 23, 1, "Organization")]
    everything = model.score(doc, ments, min_probability=0.0)
    assert sorted(round(p.probability, 4) for p in everything) == sorted(
        [round(1 / (1 + math.exp(-3.0)), 4), round(1 / (1 + math.exp(2.0)), 4)])
    kept = model.score(doc, ments)  # threshold 0.5: only the pair with a title next to the person
    assert [(p.subject.sentence, p.probability) for p in kept] == [(0, round(1 / (1 + math.exp(-3.0)), 4))]
    assert kept[0].features == ("title_near",)


def test_mentions_outside_the_signatures_are_ignored(nlp, tmp_path):
    model = load_relation_model(tiny_artifact(tmp_path / "tiny.json"))
    doc = nlp("Acme spokesman John Smith praised the Doha Process.")
    ments = mentions(doc, [("Acme", "Organization"), ("John Smith", "Person"), ("Doha Process", "Process")])
    assert {(p.subject.text, p.object.text) for p in model.score(doc, ments, min_probability=0.0)} == {
        ("John Smith", "Acme")}


def test_overlapping_mentions_are_not_paired(nlp, tmp_path):
    model = load_relation_model(tiny_artifact(tmp_path / "tiny.json"))
    doc = nlp("Acme spokesman John Smith said nothing.")
    ments = mentions(doc, [("Acme spokesman John Smith", "Person"), ("Acme", "Organization")])
    assert model.score(doc, ments, min_probability=0.0) == []


# ------------------------------------------------------------------------------------------------- load errors

def test_missing_artifact_names_the_path_and_the_fix(tmp_path):
    missing = tmp_path / "nowhere.json"
    with pytest.raises(RelationModelMissing) as err:
        load_relation_model(missing)
    assert isinstance(err.value, FileNotFoundError)  # callers that only know FileNotFoundError still catch it
    assert str(missing) in str(err.value) and "train_relation_model.py" in str(err.value)


def test_artifact_of_another_featurizer_is_refused(tmp_path):
    path = tiny_artifact(tmp_path / "old.json", featurizer="relfeat-0")
    with pytest.raises(RelationModelError, match="relfeat-0.*retrain"):
        load_relation_model(path)


def test_unreadable_artifact_is_refused(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1, "featurizer": ', encoding="utf-8")
    with pytest.raises(RelationModelError, match="not readable JSON"):
        load_relation_model(path)
    path.write_text(json.dumps({"format": 1, "featurizer": FEATURIZER_VERSION,
                                "relations": {"represents": {"bias": 0.0, "threshold": 0.5}}}), encoding="utf-8")
    with pytest.raises(RelationModelError, match="malformed"):
        load_relation_model(path)


# ------------------------------------------------------------------------------------- extra candidate spans

def test_ner_entity_the_finder_dropped_becomes_a_candidate_but_not_over_a_mention(nlp):
    from kg.extract.learned import candidate_kind, candidate_mentions

    doc = nlp("Radovan Karadzic is vice-president of the Union of Serb Writers .")
    named = mentions(doc, [("Radovan Karadzic", "Person")])
    named = [Mention(m.text, m.start, m.end, m.sentence, m.type, source="ner", token_start=0, token_end=2)
             for m in named]
    extra = [m for m in candidate_mentions(doc, named) if candidate_kind(m) != "named"]
    texts = {(m.text, m.type, candidate_kind(m)) for m in extra}
    assert ("Union of Serb Writers", "Organization", "ner") in texts  # the leading article is trimmed
    assert not any(m.text == "Radovan Karadzic" and candidate_kind(m) == "ner" for m in extra)


def test_flips_only_for_unkeyed_ner_mentions_and_only_for_represents(nlp, model):
    from kg.extract.learned import candidate_kind, candidate_mentions

    doc = nlp("Walesa said Solidarity wants to avoid unrest in Poland .")
    walesa = Mention("Walesa", 0, 6, 0, "Organization", source="ner", token_start=0, token_end=1)
    solidarity = Mention("Solidarity", 12, 22, 0, "Organization", key="org:solidarity", source="gazetteer",
                         token_start=2, token_end=3)
    poland = Mention("Poland", doc.text.index("Poland"), doc.text.index("Poland") + 6, 0, "Country",
                     source="gazetteer", token_start=8, token_end=9)
    cands = candidate_mentions(doc, [walesa, solidarity, poland])
    flips = [m for m in cands if candidate_kind(m) == "flip"]
    assert [(m.text, m.type) for m in flips] == [("Walesa", "Person")]  # a gazetteer entry keeps its type
    rels = {(ms.text, r, mo.text) for ms, r, mo, _ in model.candidates(doc, cands)}
    assert ("Walesa", "represents", "Solidarity") in rels
    assert not any(ms.source == "model:flip" and r != "represents" for ms, r, mo, _ in model.candidates(doc, cands))


def test_two_extra_spans_are_never_paired(nlp, model):
    from kg.extract.learned import candidate_kind

    doc = nlp("Walesa said Solidarity wants to avoid unrest .")
    a = Mention("Walesa", 0, 6, 0, "Person", source="model:flip", token_start=0, token_end=1)
    b = Mention("Solidarity", 12, 22, 0, "Organization", source="model:ner", token_start=2, token_end=3)
    assert candidate_kind(a) == "flip" and candidate_kind(b) == "ner"
    assert model.candidates(doc, [a, b]) == []


def test_dates_and_bare_acronyms_are_not_offered(nlp):
    from kg.extract.learned import candidate_kind, candidate_mentions

    doc = nlp("UNITED NATIONS, Jul 24 (APP): Ishaq Dar, the DPM, spoke.")
    extra = [m.text for m in candidate_mentions(doc, []) if candidate_kind(m) == "ner"]
    assert not any(any(c.isdigit() for c in t) for t in extra)
    assert "DPM" not in extra
