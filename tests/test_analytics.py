"""kg.network (RDF → networkx) and kg.analytics (stats, paths), on hand-made documents.

`oic_documents()` is also the base fixture of tests/test_viz.py and tests/test_browser.py.
"""
from __future__ import annotations

import math

import networkx as nx
import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from kg import analytics
from kg.analytics import PathStep, format_paths, format_stats, graph_stats, pagerank, shortest_paths
from kg.graph import build_rdf
from kg.model import Article, DocumentGraph, Entity, Evidence, Relation, Sentence
from kg.errors import KgError
from kg.export import export_graph
from kg.network import NodeNotFound, find_node, synthetic_documents, to_networkx
from kg.vocab import KG, entity_iri

OIC = ("org:oic", "Organization", "Organization of Islamic Cooperation",
       {"OIC", "the Organization of the Islamic Cooperation"})
UN = ("org:un", "Organization", "United Nations", {"UN"})
UNSC = ("org:unsc", "Organization", "UN Security Council", {"Security Council"})
PAKISTAN = ("country:PAK", "Country", "Pakistan", set())
SUDAN = ("country:SDN", "Country", "Sudan", set())
SENEGAL = ("country:SEN", "Country", "Senegal", set())
DAKAR = ("place:dakar", "Place", "Dakar", set())
GAZA = ("place:gaza", "Place", "Gaza", set())
KHIARI = ("person:khiari", "Person", "Mohamed Khaled Khiari", {"Khiari"})
DAR = ("person:dar", "Person", "Ishaq Dar", {"Dar"})
DOHA = ("process:doha", "Process", "Doha Process", set())

BRIEFING = [
    "Mohamed Khaled Khiari, United Nations Assistant Secretary-General, told the UN Security Council.",
    "Senator Ishaq Dar, Foreign Minister of Pakistan, presided over the meeting.",
    "Pakistan is a member of the OIC.",
    "Khiari praised the OIC's role in the UN-led Doha Process.",
    "Sudan, also a member of the OIC, welcomed the mediation.",
    "An annual conference is held in Dakar, Senegal, and aid reaches Gaza.",
]
SECOND = [
    "Pakistan, one of the 57 members of the Organization of Islamic Cooperation, hosted the summit.",
]


def document(doc_id: str, title: str, sentences: list[str], entities: list[tuple],
             relations: list[tuple[str, str, str, int, float]], titles: dict[str, set[str]] | None = None,
             date: str = "2025-07-24") -> DocumentGraph:
    """A resolved document from plain facts: relations are (subject key, predicate, object key, sentence, conf)."""
    spans, offset = [], 0
    for index, text in enumerate(sentences):
        spans.append(Sentence(index=index, start=offset, end=offset + len(text), text=text))
        offset += len(text) + 1
    return DocumentGraph(
        article=Article(id=doc_id, text=" ".join(sentences), title=title, date=date),
        sentences=spans,
        entities=[Entity(key=key, type=kind, name=name, aliases=set(aliases), titles=(titles or {}).get(key, set()))
                  for key, kind, name, aliases in entities],
        relations=[Relation(subject=s, predicate=p, object=o, evidence=Evidence(
            doc_id=doc_id, sentence=i, start=spans[i].start, end=spans[i].end, rule=f"rule-{p}", confidence=c))
                   for s, p, o, i, c in relations],
    )


def oic_documents() -> list[DocumentGraph]:
    briefing = document(
        "un-oic-briefing", "UN official underscores OIC's role", BRIEFING,
        [OIC, UN, UNSC, PAKISTAN, SUDAN, SENEGAL, DAKAR, GAZA, KHIARI, DAR, DOHA],
        [("person:khiari", "represents", "org:un", 0, 0.9),
         ("org:unsc", "partOf", "org:un", 0, 0.8),
         ("person:dar", "represents", "country:PAK", 1, 0.95),
         ("country:PAK", "memberOf", "org:oic", 2, 0.7),
         ("org:oic", "supports", "process:doha", 3, 0.85),
         ("org:un", "leads", "process:doha", 3, 0.9),
         ("country:SDN", "memberOf", "org:oic", 4, 0.8),
         ("place:dakar", "locatedIn", "country:SEN", 5, 0.75)],
        titles={"person:khiari": {"Assistant Secretary-General"}, "person:dar": {"Foreign Minister", "Senator"}},
    )
    summit = document("oic-summit", "Pakistan hosts OIC summit", SECOND, [PAKISTAN, OIC],
                      [("country:PAK", "memberOf", "org:oic", 0, 0.9)], date="2025-08-01")
    return [briefing, summit]


def iri(entity: tuple) -> str:
    return str(entity_iri(entity[1], entity[0]))


@pytest.fixture(scope="module")
def graph():
    return build_rdf(oic_documents())


@pytest.fixture(scope="module")
def nxgraph(graph):
    return to_networkx(graph)


# --- kg.network ---------------------------------------------------------------------------------------------------

def test_nodes_carry_label_class_names_and_titles(nxgraph):
    assert nxgraph.number_of_nodes() == 11
    oic = nxgraph.nodes[iri(OIC)]
    assert oic["label"] == "Organization of Islamic Cooperation"
    assert oic["type"] == "Organization"
    assert oic["names"][0] == "Organization of Islamic Cooperation"
    assert set(oic["names"]) == {"Organization of Islamic Cooperation", "OIC",
                                 "the Organization of the Islamic Cooperation"}
    assert nxgraph.nodes[iri(DAR)]["titles"] == ["Foreign Minister", "Senator"]
    assert nxgraph.nodes[iri(PAKISTAN)]["articles"] == [
        "https://w3id.org/kg-news/id/article/oic-summit", "https://w3id.org/kg-news/id/article/un-oic-briefing"]


def test_country_also_typed_place_keeps_country_as_main_class(graph):
    g = build_rdf(oic_documents())
    g.add((entity_iri("Country", "country:PAK"), RDF.type, KG.Place))
    assert to_networkx(g).nodes[iri(PAKISTAN)]["type"] == "Country"


def test_edges_carry_predicate_and_provenance(nxgraph):
    edge = nxgraph.get_edge_data(iri(DAR), iri(PAKISTAN), key="represents")
    assert edge == {
        "predicate": "represents", "sentence": BRIEFING[1], "article": "un-oic-briefing",
        "article_title": "UN official underscores OIC's role", "article_date": "2025-07-24",
        "confidence": 0.95, "rule": "rule-represents", "count": 1,
    }
    # holdsTitle has a literal object: a node attribute, never an edge
    assert {d["predicate"] for _, _, d in nxgraph.edges(data=True)} == {
        "represents", "partOf", "memberOf", "supports", "leads", "locatedIn"}
    assert nxgraph.number_of_edges() == 8


def test_triple_backed_twice_is_one_edge_with_best_sentence_and_count(nxgraph):
    edges = nxgraph.get_edge_data(iri(PAKISTAN), iri(OIC))
    assert list(edges) == ["memberOf"]
    edge = edges["memberOf"]
    assert edge["count"] == 2
    assert edge["confidence"] == 0.9
    assert edge["sentence"] == SECOND[0]
    assert edge["article"] == "oic-summit"


def test_triple_without_statement_is_an_edge_without_sentence():
    g = build_rdf(oic_documents())
    g.add((entity_iri("Country", "country:SEN"), KG.memberOf, entity_iri("Organization", "org:oic")))
    edge = to_networkx(g).get_edge_data(iri(SENEGAL), iri(OIC), key="memberOf")
    assert edge["count"] == 0 and edge["sentence"] == "" and edge["confidence"] == 0.0


def test_find_node_by_any_name_normalised(nxgraph):
    assert find_node(nxgraph, "OIC") == iri(OIC)
    assert find_node(nxgraph, "the Organization of Islamic Cooperation") == iri(OIC)
    assert find_node(nxgraph, "U.N.") == iri(UN)
    assert find_node(nxgraph, "Pakistan's") == iri(PAKISTAN)
    assert find_node(nxgraph, "khiari") == iri(KHIARI)
    assert find_node(nxgraph, iri(DOHA)) == iri(DOHA)


def test_find_node_unknown_raises_key_error_with_close_matches(nxgraph):
    with pytest.raises(KeyError) as caught:
        find_node(nxgraph, "Pakistn")
    assert isinstance(caught.value, NodeNotFound)
    assert "Pakistan" in caught.value.matches
    assert "Pakistan" in str(caught.value)
    with pytest.raises(KeyError) as caught:
        find_node(nxgraph, "Zzyzx Qwerty")
    assert caught.value.matches == []


def test_find_node_prefers_the_entity_whose_main_name_it_is():
    georgia_state = ("place:georgia-us", "Place", "State of Georgia", {"Georgia"})
    georgia = ("country:GEO", "Country", "Georgia", set())
    g = build_rdf([document("d", "t", ["Georgia and the State of Georgia."], [georgia_state, georgia], [])])
    assert find_node(to_networkx(g), "georgia") == iri(georgia)


def test_network_survives_graphml_for_gephi(graph, tmp_path):
    # `kg export --format graphml` is kg.export over to_networkx: the attributes must come through as scalars
    path = tmp_path / "graph.graphml"
    export_graph(graph, "graphml", path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == 11 and back.number_of_edges() == 8
    assert back.nodes[iri(DAR)]["titles"] == "Foreign Minister; Senator"
    assert back.nodes[iri(OIC)]["label"] == "Organization of Islamic Cooperation"
    edge = next(d for u, v, d in back.edges(data=True) if u == iri(PAKISTAN) and v == iri(OIC))
    assert edge["predicate"] == "memberOf" and float(edge["confidence"]) == 0.9 and int(edge["count"]) == 2
    assert edge["sentence"] == SECOND[0]


# --- kg.analytics: stats ------------------------------------------------------------------------------------------

def test_stats_counts(graph):
    stats = graph_stats(graph)
    assert (stats.articles, stats.sentences, stats.statements) == (2, 7, 9)
    assert stats.entities == 11 and stats.relations == 8
    assert stats.by_class == {"Person": 2, "Organization": 3, "Country": 3, "Place": 2, "Process": 1}
    assert list(stats.by_predicate)[:8] == ["represents", "supports", "leads", "partOf", "memberOf", "locatedIn",
                                            "basedIn", "holdsTitle"]
    assert stats.by_predicate["memberOf"] == 2  # two triples, though three statements
    assert stats.by_predicate["basedIn"] == 0
    assert stats.by_predicate["holdsTitle"] == 3
    assert stats.by_predicate["mentionedIn"] == 13  # other kg: predicates of entities are counted too
    # Gaza is isolated; Dakar-Senegal is a component of its own
    assert (stats.components, stats.largest_component, stats.isolated) == (3, 8, 1)


def test_stats_centrality_rankings(graph):
    stats = graph_stats(graph, top=3)
    assert len(stats.top_degree) == 3
    # the OIC and the UN have three relations each (Pakistan's two memberOf statements are one triple); ties are
    # broken by label
    assert [(e.label, e.score) for e in stats.top_degree] == [
        ("Organization of Islamic Cooperation", 3.0), ("United Nations", 3.0), ("Doha Process", 2.0)]
    # the OIC-Doha-UN bridge carries every path between the two halves of the main component
    assert [e.label for e in stats.top_betweenness] == [
        "Organization of Islamic Cooperation", "Doha Process", "United Nations"]
    assert stats.top_pagerank[0].label in {"United Nations", "Doha Process"}
    scores = [e.score for e in stats.top_pagerank]
    assert scores == sorted(scores, reverse=True)


def test_stats_communities_partition_the_connected_entities(graph):
    stats = graph_stats(graph)
    assert stats.community_method.startswith("Louvain")
    assert stats.modularity is not None and stats.modularity > 0.2
    members = [m for c in stats.communities for m in c.members]
    assert len(members) == len(set(members))
    assert "Gaza" not in members  # singletons are not communities
    assert sum(c.size for c in stats.communities) == 10
    dakar = next(c for c in stats.communities if "Dakar" in c.members)
    assert set(dakar.members) == {"Dakar", "Senegal"}
    assert graph_stats(graph) == stats  # seeded: the same answer every run


def test_format_stats_mentions_every_section(graph):
    text = format_stats(graph_stats(graph))
    for expected in ("Entities by class:", "Organization", "Triples by predicate:", "memberOf",
                     "Most central by degree:", "Most central by betweenness:", "Most central by PageRank:",
                     "Communities (Louvain", "Organization of Islamic Cooperation"):
        assert expected in text


def test_stats_of_an_empty_graph():
    stats = graph_stats(build_rdf([]))
    assert stats.entities == 0 and stats.top_degree == [] and stats.communities == [] and stats.modularity is None
    assert "(none)" in format_stats(stats)


def test_stats_on_a_large_graph_with_sampled_betweenness(monkeypatch):
    graph = build_rdf(synthetic_documents(1200, seed=3))
    monkeypatch.setattr(analytics, "EXACT_BETWEENNESS_LIMIT", 1000)
    monkeypatch.setattr(analytics, "BETWEENNESS_SAMPLE", 100)
    stats = graph_stats(graph, top=5)
    assert stats.entities == 1200
    assert sum(stats.by_class.values()) == 1200
    assert stats.betweenness_sample == 100
    assert "estimated from 100 sources" in format_stats(stats)
    degrees = [e.score for e in stats.top_degree]
    assert len(degrees) == 5 and degrees == sorted(degrees, reverse=True)
    nxg = to_networkx(graph)
    assert stats.top_degree[0].score == max(d for _, d in nxg.degree())
    assert len(stats.communities) == 5 and all(c.size >= 2 for c in stats.communities)


def test_pagerank_without_scipy_matches_networkx(monkeypatch, nxgraph):
    expected = nx.pagerank(nxgraph)

    def no_scipy(*args, **kwargs):
        raise ImportError("scipy")

    monkeypatch.setattr(analytics.nx, "pagerank", no_scipy)
    fallback = pagerank(nxgraph)
    assert set(fallback) == set(expected)
    assert all(math.isclose(fallback[n], expected[n], abs_tol=1e-4) for n in expected)


# --- kg.analytics: paths ------------------------------------------------------------------------------------------

def test_shortest_path_between_two_countries_through_the_oic(graph):
    paths = shortest_paths(graph, "Pakistan", "Sudan")
    assert paths[0] == [
        PathStep(subject="Pakistan", predicate="memberOf", object="Organization of Islamic Cooperation",
                 sentence=SECOND[0], article="oic-summit", confidence=0.9,
                 article_title="Pakistan hosts OIC summit", subject_iri=iri(PAKISTAN), object_iri=iri(OIC)),
        PathStep(subject="Sudan", predicate="memberOf", object="Organization of Islamic Cooperation",
                 sentence=BRIEFING[4], article="un-oic-briefing", confidence=0.8,
                 article_title="UN official underscores OIC's role", subject_iri=iri(SUDAN), object_iri=iri(OIC)),
    ]
    assert len(paths) == 1  # the only simple path


def test_paths_are_shortest_first_and_limited(graph):
    # Ishaq Dar to the UN Security Council: Dar-Pakistan-OIC-Doha-UN-UNSC
    paths = shortest_paths(graph, "Dar", "Security Council", limit=5)
    assert [len(p) for p in paths] == [5]
    assert [s.predicate for s in paths[0]] == ["represents", "memberOf", "supports", "leads", "partOf"]
    g = build_rdf(oic_documents() + [document(
        "extra", "Extra", ["Sudan backs the Doha Process."], [SUDAN, DOHA],
        [("country:SDN", "supports", "process:doha", 0, 0.6)])])
    paths = shortest_paths(g, "Sudan", "United Nations", limit=2)
    assert [len(p) for p in paths] == [2, 3]
    assert len(shortest_paths(g, "Sudan", "United Nations", limit=1)) == 1


def test_no_path_unknown_name_and_same_entity(graph):
    assert shortest_paths(graph, "Dakar", "Pakistan") == []
    assert format_paths([]) == "No path between these entities."
    with pytest.raises(KeyError) as caught:
        shortest_paths(graph, "Pakistan", "Sudann")
    assert "Sudan" in str(caught.value)
    with pytest.raises(ValueError) as caught:
        shortest_paths(graph, "OIC", "Organization of Islamic Cooperation")
    assert isinstance(caught.value, KgError)  # the command line prints it instead of a traceback


def test_format_paths_shows_each_step_with_its_sentence(graph):
    text = format_paths(shortest_paths(graph, "Pakistan", "Sudan"))
    assert text.splitlines()[0] == "Path 1 (2 steps):"
    assert "Pakistan —memberOf→ Organization of Islamic Cooperation" in text
    assert "Sudan —memberOf→ Organization of Islamic Cooperation" in text
    assert f"“{SECOND[0]}”" in text and f"“{BRIEFING[4]}”" in text
    assert "oic-summit (Pakistan hosts OIC summit), confidence 0.90" in text


def test_literal_titles_do_not_create_nodes(graph):
    labels = {d["label"] for _, d in to_networkx(graph).nodes(data=True)}
    assert "Senator" not in labels
    assert (None, KG.holdsTitle, Literal("Senator")) in graph
