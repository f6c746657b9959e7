"""Export: every format re-parses to the same graph, output is deterministic, files are written atomically."""
from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

import kg.export as export_module
from kg.errors import ExportError, KgError
from kg.export import export_graph, format_for_path, normalise_format, to_turtle
from kg.graph import build_rdf, new_graph
from kg.store import load_graph
from kg.vocab import KG, entity_iri
from test_query import TRICKY_NAME, sample_document, sample_graph

# Export format → rdflib parser name for reading it back.
RDF_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig",
               "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml", "rdfxml": "xml"}
EX = "http://example.org/"
VALUE = URIRef(EX + "value")


def _odd_graph() -> Graph:
    """Terms that are easy to get wrong: blank nodes, datatypes, languages, escapes, IRIs that can't be
    prefixed names."""
    g = new_graph()
    a = URIRef(EX + "a")
    g.add((a, RDFS.label, Literal('quote " backslash \\ newline \n tab \t cr \r bell \x07 é 中文')))
    g.add((a, RDFS.label, Literal("chat", lang="fr")))
    g.add((a, RDFS.label, Literal("plain")))
    g.add((a, RDFS.label, Literal("typed string", datatype=XSD.string)))
    g.add((a, VALUE, Literal(3)))
    g.add((a, VALUE, Literal("-0.5", datatype=XSD.decimal)))
    g.add((a, VALUE, Literal(1.5e10)))
    g.add((a, VALUE, Literal(True)))
    g.add((a, VALUE, Literal("2024-05-02", datatype=XSD.date)))
    g.add((a, VALUE, Literal("not a number", datatype=XSD.integer)))
    g.add((a, KG.odd, URIRef(EX + "path/with/slashes")))
    g.add((a, KG.odd, URIRef(EX + "trailing.")))
    g.add((a, KG.odd, URIRef(EX + "1starts-with-digit")))
    node, other = BNode(), BNode()
    g.add((a, KG.related, node))
    g.add((node, RDFS.label, Literal("blank")))
    g.add((node, KG.related, other))
    g.add((other, RDFS.label, Literal("blank two")))
    return g


@pytest.fixture(scope="module", params=["sample", "odd"])
def any_graph(request: pytest.FixtureRequest) -> Graph:
    return sample_graph() if request.param == "sample" else _odd_graph()


def _without_xml_forbidden(graph: Graph) -> Graph:
    copy = Graph()
    for s, p, o in graph:
        copy.add((s, p, Literal(str(o).replace("\x07", ""), lang=o.language, datatype=o.datatype)
                  if isinstance(o, Literal) else o))
    return copy


SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "json-ld": ".jsonld", "xml": ".rdf"}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's quad parsers warn about its own API
@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_format_round_trips(any_graph: Graph, fmt: str, tmp_path: Path) -> None:
    if RDF_FORMATS[fmt] == "xml":
        any_graph = _without_xml_forbidden(any_graph)  # XML 1.0 cannot carry U+0007; see the test below
    text = export_graph(any_graph, fmt, None)
    assert isinstance(text, str) and text
    assert isomorphic(Graph().parse(data=text, format=RDF_FORMATS[fmt]), any_graph), fmt
    # The same through a file, read back by kg.store (which merges the graphs of quad formats).
    path = tmp_path / f"graph{SUFFIXES[RDF_FORMATS[fmt]]}"
    assert export_graph(any_graph, fmt, path) is None
    assert path.read_text(encoding="utf-8") == text
    assert isomorphic(load_graph(path), any_graph), fmt


def test_xml_refuses_what_xml_cannot_hold() -> None:
    with pytest.raises(ExportError, match=r"RDF/XML cannot hold the control character U\+0007.*turtle"):
        export_graph(_odd_graph(), "xml", None)


def test_turtle_parses_with_oxigraph(any_graph: Graph) -> None:
    import pyoxigraph

    text = export_graph(any_graph, "turtle", None)
    assert text is not None
    triples = list(pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(any_graph)
    nt = export_graph(any_graph, "nt", None)
    assert nt is not None
    assert len(list(pyoxigraph.parse(nt.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES))) == len(any_graph)


def test_turtle_is_readable() -> None:
    text = to_turtle(sample_graph())
    assert text.startswith("@prefix dcterms: <http://purl.org/dc/terms/> .\n")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in text
    # Only the prefixes the data uses: none of rdflib's default bindings (brick, csvw...) that it does not.
    assert "brick:" not in text and "@prefix owl:" not in text
    assert "a kg:Person" in text and "kg:represents" in text
    assert "kg:confidence 0.9" in text  # decimals written bare
    assert '"Ishaq Dar"' in text


def test_turtle_escapes_what_it_must() -> None:
    text = to_turtle(_odd_graph())
    assert r'"quote \" backslash \\ newline \n tab \t cr \r bell \u0007 é 中文"' in text
    assert '"chat"@fr' in text and '"typed string"^^xsd:string' in text
    assert '"not a number"^^xsd:integer' in text and "-0.5" in text
    assert f"<{EX}path/with/slashes>" in text and f"<{EX}trailing.>" in text
    assert "_:b0" in text and "_:b1" in text


def _shuffled_rebuild(graph: Graph, seed: int) -> Graph:
    triples = list(graph)
    random.Random(seed).shuffle(triples)
    copy = Graph()
    for prefix, namespace in reversed(list(graph.namespaces())):
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in triples:
        copy.add(triple)
    return copy


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "jsonld", "xml", "graphml"])
def test_output_is_deterministic(fmt: str) -> None:
    # Two builds of the same facts with entities, relations and documents in different orders.
    first = build_rdf([sample_document()])
    document = sample_document()
    document.entities.reverse()
    document.relations.reverse()
    document.sentences.reverse()
    second = build_rdf([document])
    assert isomorphic(first, second)
    assert list(first) != list(second) or fmt  # the insertion orders differ; the outputs must not
    assert export_graph(first, fmt) == export_graph(second, fmt)
    assert export_graph(first, fmt) == export_graph(_shuffled_rebuild(first, 7), fmt)


def test_turtle_with_blank_nodes_is_deterministic() -> None:
    outputs = {to_turtle(_shuffled_rebuild(_odd_graph(), seed)) for seed in range(4)}
    outputs.add(to_turtle(_odd_graph()))  # fresh blank nodes every time
    assert len(outputs) == 1


def test_graphml_flattens_attributes(tmp_path: Path) -> None:
    path = tmp_path / "out" / "graph.graphml"
    assert export_graph(sample_graph(), "graphml", path) is None
    root = ET.parse(path).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {k.get("id"): (k.get("attr.name"), k.get("for")) for k in root.findall("g:key", ns)}
    names = {name for name, _ in keys.values()}
    assert {"label", "type", "names", "predicate", "sentence", "confidence", "rule"} <= names
    nodes = {n.get("id"): {keys[d.get("key")][0]: d.text for d in n.findall("g:data", ns)}
             for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node")}
    un = nodes[str(entity_iri("Organization", "org:un"))]
    assert un["label"] == "United Nations" and un["type"] == "Organization"
    assert set(un["names"].split("; ")) == {"United Nations", "UN", "U.N."}
    dar = nodes[str(entity_iri("Person", "person:dar"))]
    assert set(dar["titles"].split("; ")) == {"Deputy Prime Minister", "Foreign Minister"}
    weird = nodes[str(entity_iri("Organization", "org:weird"))]
    assert TRICKY_NAME in weird["names"]
    edges = [{keys[d.get("key")][0]: d.text for d in e.findall("g:data", ns)}
             for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    represents = [e for e in edges if e.get("predicate") == "represents"]
    assert len(represents) == 2 and all(e["sentence"] and e["rule"] == "appositive-title" for e in represents)


def test_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "graph.ttl"
    graph = sample_graph()
    assert export_graph(graph, "ttl", path) is None
    assert isomorphic(load_graph(path), graph)
    smaller = Graph()
    smaller.add((URIRef(EX + "a"), RDF.type, KG.Person))
    export_graph(smaller, "turtle", path)
    assert len(load_graph(path)) == 1
    assert [p.name for p in path.parent.iterdir()] == ["graph.ttl"]


def test_failed_serialization_leaves_existing_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("old content\n", encoding="utf-8")

    def broken(graph: Graph) -> str:
        raise RuntimeError("serializer exploded")

    monkeypatch.setitem(export_module._SERIALIZERS, "turtle", broken)
    with pytest.raises(ExportError, match=r"graph\.ttl: cannot serialize the graph as turtle: serializer exploded"):
        export_graph(sample_graph(), "turtle", path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_failed_write_leaves_existing_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.nt"
    path.write_text("old content\n", encoding="utf-8")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    # The data is half on disk in the temporary file when the flush to disk fails.
    monkeypatch.setattr(export_module.os, "fsync", no_space)
    with pytest.raises(ExportError, match=r"graph\.nt: cannot write: No space left on device"):
        export_graph(sample_graph(), "nt", path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


def test_errors_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format 'yaml'"):
        export_graph(sample_graph(), "yaml", None)
    with pytest.raises(ExportError, match="is a folder"):
        export_graph(sample_graph(), "turtle", tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot create folder"):
        export_graph(sample_graph(), "turtle", blocker / "sub" / "graph.ttl")
    assert issubclass(ExportError, KgError)


def test_format_names() -> None:
    assert normalise_format("TTL") == "turtle" and normalise_format("json-ld") == "jsonld"
    assert normalise_format("rdfxml") == "xml" and normalise_format("nq") == "nquads"
    assert format_for_path("out/graph.graphml") == "graphml" and format_for_path("g.jsonld") == "jsonld"
    with pytest.raises(ExportError, match="suffix '.txt'"):
        format_for_path("graph.txt")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's Dataset API warns about itself
def test_nquads_and_trig_keep_named_graphs() -> None:
    dataset = Dataset()
    named = dataset.graph(URIRef(EX + "g"))
    named.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal("in g")))
    dataset.add((URIRef(EX + "b"), URIRef(EX + "p"), Literal("default")))
    nq = export_graph(dataset, "nquads")
    assert nq is not None and f'<{EX}a> <{EX}p> "in g" <{EX}g> .' in nq
    assert f'<{EX}b> <{EX}p> "default" .' in nq
    trig = export_graph(dataset, "trig")
    back = Dataset()
    back.parse(data=trig, format="trig")
    assert (URIRef(EX + "a"), URIRef(EX + "p"), Literal("in g")) in back.graph(URIRef(EX + "g"))
