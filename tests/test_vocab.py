import importlib.util

import pytest

from kg.vocab import entity_iri, normalise_name, slug


@pytest.fixture(scope="module")
def scorer(shared):
    spec = importlib.util.spec_from_file_location("score_graph", shared / "tools" / "score_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["The U.N.'s", "THE Organization of the Islamic Cooperation", "UN–OIC", "“Doha Process,”",
                                  "Côte d'Ivoire's", "ASEAN’S", "  the  Sahel ", "(WFP)"])
def test_names_fold_exactly_as_the_scorer_folds_them(scorer, name):
    assert normalise_name(name) == scorer.norm(name)


def test_iris_are_readable_and_stable():
    assert str(entity_iri("Organization", "org:united-nations")).endswith("/organization/united-nations")
    assert str(entity_iri("Country", "country:KEN")).endswith("/country/ken")
    assert slug("Côte d’Ivoire") == "cote-d-ivoire"
    assert entity_iri("Person", "person:x") == entity_iri("Person", "person:x")
