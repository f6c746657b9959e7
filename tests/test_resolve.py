"""Resolve: which names of two articles are one node, and which are not."""
from __future__ import annotations

from rdflib import RDF, RDFS

from kg.graph import build_rdf
from kg.ingest import Article
from kg.pipeline import build_documents
from kg.vocab import KG


def _graph(nlp, *texts: str):
    articles = [Article(id=f"a{number}", text=text) for number, text in enumerate(texts, start=1)]
    return build_rdf(list(build_documents(articles, nlp=nlp)))


def _nodes_labelled(graph, cls, label: str) -> list:
    return [node for node in graph.subjects(RDF.type, cls) if (node, RDFS.label, None) in graph
            and str(graph.value(node, RDFS.label)) == label]


def test_an_undertaking_only_described_is_its_articles_own(nlp):
    graph = _graph(nlp, "Kenya backs plan\n\nThe Council adopted a five-year plan on Monday. Kenya welcomed the plan.",
                   "Chad backs plan\n\nThe Bank approved a five-year plan. Chad welcomed the plan.")
    assert len(_nodes_labelled(graph, KG.Process, "five-year plan")) == 2


def test_a_named_undertaking_is_one_node_across_articles(nlp):
    graph = _graph(nlp, "Kenya backed the Jeddah Declaration on Monday.", "Chad endorsed the Jeddah Declaration.")
    assert len(_nodes_labelled(graph, KG.Process, "Jeddah Declaration")) == 1


def test_a_described_undertaking_is_also_called_as_the_article_calls_it_again(nlp):
    graph = _graph(nlp, "The Bank today launched a four-year project to rebuild the Savar effluent plant. Kenya welcomed "
                        "the project.")
    project = _nodes_labelled(graph, KG.Process, "four-year project")
    assert len(project) == 1
    assert "project" in {str(label) for label in graph.objects(project[0], None) if label != project[0]}
