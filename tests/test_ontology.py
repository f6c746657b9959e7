"""The ontology (ontology/kg.ttl), the SHACL shapes (ontology/shapes.ttl), kg.validate and kg.resources."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg import resources
from kg.graph import build_rdf
from kg.model import Article, DocumentGraph, Entity, Evidence, Relation, Sentence
from kg.validate import ValidationReport, validate_graph
from kg.vocab import ENTITY_PREDICATES, ENTITY_TYPES, KG, LITERAL_PREDICATES, PREDICATES, entity_iri

KG_NS = str(KG)
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


# --- fixtures: an invented article (no corpus text) covering every class and predicate -----------------------

def _evidence(doc: str, sentence: int, confidence: float = 0.8, rule: str = "test-rule") -> Evidence:
    return Evidence(doc_id=doc, sentence=sentence, start=sentence * 50 + 2, end=sentence * 50 + 30, rule=rule,
                    confidence=confidence)


def make_document(doc: str = "doc-a", un_name: str = "United Nations", confidence: float = 0.8) -> DocumentGraph:
    article = Article(id=doc, text="x" * 200, title="An invented briefing", date="2024-05-01",
                      url="https://example.org/briefing", source="Example Wire")
    sentences = [Sentence(index=i, start=i * 50, end=i * 50 + 50, text=f"Invented sentence {i}.") for i in range(4)]
    entities = [
        Entity("person:ana-ruiz", "Person", "Ana Ruiz", {"Ruiz"}, {"Special Envoy"}),
        Entity("country:XLA", "Country", "Lumeria"),
        Entity("country:XBO", "Country", "Borduria"),
        Entity("org:un", "Organization", un_name, {"UN"}),
        Entity("org:un-council", "Organization", "UN Council of Examples"),
        Entity("org:league", "Organization", "League of Invented States", {"LIS"}),
        Entity("process:harbour-talks", "Process", "Harbour Talks"),
        Entity("place:port-city", "Place", "Port City"),
        Entity("place:north-region", "Place", "North Region"),
    ]
    ev = lambda i: _evidence(doc, i, confidence)  # noqa: E731
    relations = [
        Relation("person:ana-ruiz", "represents", "org:un", ev(0)),
        Relation("person:ana-ruiz", "represents", "country:XLA", ev(0)),
        Relation("country:XLA", "supports", "process:harbour-talks", ev(1)),
        Relation("org:league", "supports", "person:ana-ruiz", ev(1)),
        Relation("org:un", "leads", "process:harbour-talks", ev(1)),
        Relation("org:un-council", "partOf", "org:un", ev(2)),
        Relation("country:XLA", "memberOf", "org:league", ev(2)),
        Relation("org:un-council", "memberOf", "org:league", ev(2)),
        Relation("place:port-city", "locatedIn", "country:XBO", ev(3)),   # Place in a Country
        Relation("country:XBO", "locatedIn", "place:north-region", ev(3)),  # a Country is a Place
        Relation("org:league", "basedIn", "place:port-city", ev(3)),
        Relation("org:un", "basedIn", "country:XBO", ev(3)),
        Relation("person:ana-ruiz", "holdsTitle", "Special Envoy", ev(0), object_is_literal=True),
    ]
    return DocumentGraph(article=article, sentences=sentences, entities=entities, relations=relations)


def conforming_graph() -> Graph:
    return build_rdf([make_document()])


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(resources.ontology_path(), format="turtle")


def node(entity_type: str, key: str) -> URIRef:
    return entity_iri(entity_type, key)


def statements_about(graph: Graph, predicate: URIRef) -> list:
    return sorted(graph.subjects(RDF.predicate, predicate))


def union_members(graph: Graph, term) -> set:
    """A class expression as a set of named classes: itself, or the members of its owl:unionOf."""
    if isinstance(term, BNode):
        members = graph.value(term, OWL.unionOf)
        assert members is not None, f"anonymous class without owl:unionOf: {term}"
        return set(Collection(graph, members))
    return {term}


# --- the ontology -------------------------------------------------------------------------------------------

def test_ontology_and_shapes_parse_with_rdflib_and_oxigraph(ontology: Graph) -> None:
    import pyoxigraph

    shapes = Graph().parse(resources.shapes_path(), format="turtle")
    for path, graph in ((resources.ontology_path(), ontology), (resources.shapes_path(), shapes)):
        quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
        assert len(quads) == len(graph) > 50, path


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for predicate in (DCTERMS.title, DCTERMS.description, OWL.versionInfo):
        assert ontology.value(ONTOLOGY_IRI, predicate) is not None, predicate


def test_contract_terms_are_declared_with_the_right_kind(ontology: Graph) -> None:
    for name in ENTITY_TYPES + ("Article", "Sentence"):
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
    for name in ENTITY_PREDICATES + ("mentionedIn",):
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ontology, name
    for name in LITERAL_PREDICATES + ("text", "index", "charStart", "charEnd", "confidence", "extractedBy"):
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in ontology, name


def test_every_kg_term_graph_py_emits_is_declared(ontology: Graph) -> None:
    graph = conforming_graph()
    emitted_predicates = {p for p in graph.predicates() if str(p).startswith(KG_NS)}
    emitted_classes = {o for o in graph.objects(None, RDF.type) if str(o).startswith(KG_NS)}
    used_anywhere = {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    # the fixture really exercises the whole contract, or this test proves little
    assert {KG[p] for p in PREDICATES} <= emitted_predicates
    assert {KG[t] for t in ENTITY_TYPES} <= emitted_classes
    assert used_anywhere == emitted_predicates | emitted_classes  # e.g. rdf:predicate objects are predicates

    declared = {s for s in ontology.subjects(RDF.type, None) if set(ontology.objects(s, RDF.type)) & DECLARATION_TYPES}
    assert used_anywhere - declared == set()
    for cls in emitted_classes:
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    for predicate in emitted_predicates:
        objects = set(graph.objects(None, predicate))
        expected = OWL.DatatypeProperty if all(isinstance(o, Literal) for o in objects) else OWL.ObjectProperty
        assert (predicate, RDF.type, expected) in ontology, (predicate, expected)


def test_every_kg_term_has_english_label_and_comment(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects(RDF.type, None)
             if isinstance(s, URIRef) and str(s).startswith(KG_NS)}
    assert len(terms) >= 22
    for term in terms:
        for predicate in (RDFS.label, RDFS.comment):
            values = [v for v in ontology.objects(term, predicate) if isinstance(v, Literal) and v.language == "en"]
            assert len(values) == 1 and len(values[0]) > 3, (term, predicate)
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, term


# from → to of CONTRACT.md; Place includes Country through rdfs:subClassOf
CONTRACT_SIGNATURES = {
    "represents": ({"Person"}, {"Organization", "Country"}),
    "supports": ({"Organization", "Country", "Person"}, {"Process", "Organization", "Country", "Person"}),
    "leads": ({"Organization", "Country", "Person"}, {"Process"}),
    "partOf": ({"Organization"}, {"Organization"}),
    "memberOf": ({"Country", "Organization"}, {"Organization"}),
    "locatedIn": ({"Place"}, {"Place"}),
    "basedIn": ({"Organization"}, {"Place"}),
}


@pytest.mark.parametrize("name", sorted(CONTRACT_SIGNATURES))
def test_domain_and_range_follow_the_contract(ontology: Graph, name: str) -> None:
    domain, range_ = CONTRACT_SIGNATURES[name]
    assert union_members(ontology, ontology.value(KG[name], RDFS.domain)) == {KG[c] for c in domain}
    assert union_members(ontology, ontology.value(KG[name], RDFS.range)) == {KG[c] for c in range_}


def test_holds_title_is_a_string_of_a_person(ontology: Graph) -> None:
    assert ontology.value(KG.holdsTitle, RDFS.domain) == KG.Person
    assert ontology.value(KG.holdsTitle, RDFS.range) == XSD.string


def test_alignments_extend_and_never_replace(ontology: Graph) -> None:
    assert (KG.Country, RDFS.subClassOf, KG.Place) in ontology
    for name, external in (("Person", SDO.Person), ("Organization", SDO.Organization), ("Organization", ORG.Organization),
                           ("Country", SDO.Country), ("Place", SDO.Place), ("Article", PROV.Entity),
                           ("Sentence", PROV.Entity), ("Person", PROV.Agent)):
        assert (KG[name], RDFS.subClassOf, external) in ontology, (name, external)
    assert (KG.partOf, RDFS.subPropertyOf, ORG.subOrganizationOf) in ontology
    assert (KG.locatedIn, RDFS.subPropertyOf, SDO.containedInPlace) in ontology
    for predicate in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs):
        assert not any(str(s).startswith(KG_NS) for s, _, _ in ontology.triples((None, predicate, None))), predicate


def test_external_terms_exist_in_their_vocabularies(ontology: Graph) -> None:
    # rdflib's closed namespaces list every term of these vocabularies, so a misspelt alignment fails here
    vocabularies = (SDO, ORG, PROV, SKOS, DCTERMS, OWL, RDFS, XSD)
    external = {t for triple in ontology for t in triple if isinstance(t, URIRef)}
    checked = 0
    for term in external:
        for vocabulary in vocabularies:
            if str(term).startswith(str(vocabulary)) and str(term) != str(vocabulary):
                assert term in vocabulary, f"{term} is not a term of {vocabulary}"
                checked += 1
    assert checked > 20


# --- validation ---------------------------------------------------------------------------------------------

def test_conforming_graph_conforms_and_is_left_unchanged() -> None:
    graph = conforming_graph()
    before = set(graph)
    report = validate_graph(graph)
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.text
    assert report.violations == 0
    assert set(graph) == before


def test_multi_article_graph_conforms() -> None:
    # the same organization named differently in two articles still ends up with one prefLabel
    graph = build_rdf([make_document("doc-a"), make_document("doc-b", un_name="United Nations Organization")])
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_turtle_round_trip_gives_the_same_verdict() -> None:
    for graph in (conforming_graph(), build_rdf([make_document(confidence=1.5)])):
        reread = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
        assert validate_graph(graph).conforms == validate_graph(reread).conforms


def _add(*triples) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        for triple in triples:
            graph.add(triple)
    return mutate


def _remove(*triples) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        for triple in triples:
            graph.remove(triple)
    return mutate


def _on_statement(predicate: URIRef, change: Callable[[Graph, URIRef], None]) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        change(graph, statements_about(graph, predicate)[0])
    return mutate


def _set(graph: Graph, subject, predicate, value) -> None:
    graph.set((subject, predicate, value))


PERSON = node("Person", "person:ana-ruiz")
COUNTRY = node("Country", "country:XLA")
UN = node("Organization", "org:un")
LEAGUE = node("Organization", "org:league")
PROCESS = node("Process", "process:harbour-talks")
CITY = node("Place", "place:port-city")
SENTENCE_0 = URIRef("https://w3id.org/kg-news/id/article/doc-a/sentence/0")
ARTICLE = URIRef("https://w3id.org/kg-news/id/article/doc-a")

FOREIGN_ARTICLE = URIRef(str(ARTICLE) + "-other")
FOREIGN_SENTENCE = URIRef(str(FOREIGN_ARTICLE) + "/sentence/0")


def _add_foreign_sentence(graph: Graph) -> None:
    _add((FOREIGN_ARTICLE, RDF.type, KG.Article), (FOREIGN_ARTICLE, DCTERMS.identifier, Literal("other")),
         (FOREIGN_SENTENCE, RDF.type, KG.Sentence), (FOREIGN_SENTENCE, KG.text, Literal("t")),
         (FOREIGN_SENTENCE, KG["index"], Literal(0)), (FOREIGN_SENTENCE, DCTERMS.isPartOf, FOREIGN_ARTICLE))(graph)


def _cite_foreign_sentence(graph: Graph) -> None:
    _add_foreign_sentence(graph)
    _on_statement(KG.leads, lambda g, s: _set(g, s, PROV.wasDerivedFrom, FOREIGN_SENTENCE))(graph)


BROKEN = {
    "process represents person": (_add((PROCESS, KG.represents, PERSON)),
                                  ["subject of kg:represents must be a kg:Person",
                                   "object of kg:represents must be a kg:Organization or kg:Country"]),
    "person represents a place": (_add((PERSON, KG.represents, CITY)),
                                  ["object of kg:represents must be a kg:Organization or kg:Country"]),
    "process supports": (_add((PROCESS, KG.supports, UN)), ["subject of kg:supports"]),
    "supports a place": (_add((UN, KG.supports, CITY)), ["object of kg:supports"]),
    "leads an organization": (_add((UN, KG.leads, LEAGUE)), ["object of kg:leads must be a kg:Process"]),
    "place leads": (_add((CITY, KG.leads, PROCESS)), ["subject of kg:leads"]),
    "partOf a country": (_add((UN, KG.partOf, COUNTRY)), ["object of kg:partOf must be a kg:Organization"]),
    "person memberOf": (_add((PERSON, KG.memberOf, LEAGUE)), ["subject of kg:memberOf"]),
    "memberOf a country": (_add((LEAGUE, KG.memberOf, COUNTRY)), ["object of kg:memberOf"]),
    "person locatedIn": (_add((PERSON, KG.locatedIn, CITY)), ["subject of kg:locatedIn"]),
    "locatedIn an organization": (_add((CITY, KG.locatedIn, UN)), ["object of kg:locatedIn"]),
    "basedIn a process": (_add((UN, KG.basedIn, PROCESS)), ["object of kg:basedIn"]),
    "country basedIn": (_add((COUNTRY, KG.basedIn, CITY)), ["subject of kg:basedIn"]),
    "title of an organization": (_add((UN, KG.holdsTitle, Literal("Chair"))), ["subject of kg:holdsTitle"]),
    "title is an IRI": (_add((PERSON, KG.holdsTitle, CITY)), ["kg:holdsTitle values must be"]),
    "two prefLabels": (_add((UN, SKOS.prefLabel, Literal("Another Name"))), ["exactly one skos:prefLabel"]),
    "no prefLabel": (_remove((COUNTRY, SKOS.prefLabel, Literal("Lumeria"))), ["exactly one skos:prefLabel"]),
    "prefLabel also altLabel": (_add((UN, SKOS.altLabel, Literal("United Nations"))), ["not also used as a skos:altLabel"]),
    "no rdfs:label": (_remove((COUNTRY, RDFS.label, Literal("Lumeria"))), ["at least one rdfs:label"]),
    "entity never mentioned": (_remove((PROCESS, KG.mentionedIn, ARTICLE)), ["kg:mentionedIn at least one"]),
    "confidence 1.5": (_on_statement(KG.leads, lambda g, s: _set(g, s, KG.confidence, Literal("1.5", datatype=XSD.decimal))),
                       ["kg:confidence, an xsd:decimal between 0 and 1"]),
    "confidence as a double": (_on_statement(KG.leads, lambda g, s: _set(g, s, KG.confidence, Literal(0.5))),
                               ["kg:confidence, an xsd:decimal"]),
    "two confidences": (_on_statement(KG.leads, lambda g, s: g.add((s, KG.confidence, Literal("0.2", datatype=XSD.decimal)))),
                        ["exactly one kg:confidence"]),
    "no rule": (_on_statement(KG.leads, lambda g, s: g.remove((s, KG.extractedBy, None))), ["exactly one kg:extractedBy"]),
    "two subjects": (_on_statement(KG.leads, lambda g, s: g.add((s, RDF.subject, COUNTRY))), ["exactly one rdf:subject"]),
    "derived from the article": (_on_statement(KG.leads, lambda g, s: _set(g, s, PROV.wasDerivedFrom, ARTICLE)),
                                 ["prov:wasDerivedFrom exactly one kg:Sentence"]),
    "span reversed": (_on_statement(KG.leads, lambda g, s: _set(g, s, KG.charStart, Literal(999))),
                      ["kg:charStart must be one non-negative xsd:integer not after its kg:charEnd"]),
    "triple not asserted": (_remove((UN, KG.leads, PROCESS)), ["a triple the graph does not assert"]),
    "sentence of another article": (_add_foreign_sentence, None),  # uncited, so nothing is wrong yet
    "statement cites a sentence of another article": (_cite_foreign_sentence, ["which is not part of its primary source"]),
    "sentence without text": (_remove((SENTENCE_0, KG.text, None)), ["exactly one kg:text"]),
    "sentence outside any article": (_remove((SENTENCE_0, DCTERMS.isPartOf, ARTICLE)), ["dcterms:isPartOf exactly one kg:Article"]),
    "article with two identifiers": (_add((ARTICLE, DCTERMS.identifier, Literal("doc-a2"))), ["exactly one dcterms:identifier"]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_is_rejected_with_a_message_naming_the_problem(case: str) -> None:
    mutate, messages = BROKEN[case]
    graph = conforming_graph()
    mutate(graph)
    report = validate_graph(graph)
    if messages is None:
        assert report.conforms, report.text
        return
    assert not report.conforms
    assert report.violations >= 1
    assert f"Results ({report.violations})" in report.text
    for message in messages:
        assert message in report.text, f"{message!r} not in\n{report.text}"


def test_country_counts_as_place_without_being_typed_place() -> None:
    graph = conforming_graph()
    borduria = node("Country", "country:XBO")
    assert (borduria, RDF.type, KG.Place) not in graph
    assert (borduria, KG.locatedIn, node("Place", "place:north-region")) in graph
    assert validate_graph(graph).conforms


def test_validate_graph_rejects_what_is_not_a_graph(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="rdflib.Graph"):
        validate_graph(str(tmp_path / "graph.ttl"))  # type: ignore[arg-type]


def _large_graph(n_entities: int) -> Graph:
    types = ENTITY_TYPES
    doc = "large"
    sentences = [Sentence(i, i * 100, i * 100 + 100, f"s{i}") for i in range(n_entities // 5)]
    entities = [Entity(f"e{i}", types[i % 5], f"Name {i}", {f"Alias {i}"}) for i in range(n_entities)]
    relations = []
    for i in range(0, n_entities - 4, 5):
        person, org, country, place, process = (f"e{i + k}" for k in range(5))
        ev = Evidence(doc, i // 5, i * 100 + 1, i * 100 + 50, "rule", 0.7)
        relations += [Relation(person, "represents", org, ev), Relation(country, "supports", process, ev),
                      Relation(org, "leads", process, ev), Relation(org, "basedIn", place, ev),
                      Relation(place, "locatedIn", country, ev), Relation(country, "memberOf", org, ev),
                      Relation(person, "holdsTitle", "Envoy", ev, object_is_literal=True)]
    return build_rdf([DocumentGraph(Article(doc, "x" * 100 * n_entities), sentences, entities, relations)])


def test_500_entity_graph_validates_in_seconds() -> None:
    graph = _large_graph(500)
    start = time.perf_counter()
    report = validate_graph(graph)
    elapsed = time.perf_counter() - start
    assert report.conforms, report.text[:2000]
    # about 1.6 s here; per-statement SPARQL constraints or RDFS inference would take 10 s or more
    assert elapsed < 8, f"validation took {elapsed:.1f} s"


# --- resources ----------------------------------------------------------------------------------------------

def test_resource_paths_point_at_the_repository_folders() -> None:
    root = Path(resources.__file__).resolve().parent.parent
    assert resources.ontology_dir() == root / "ontology"
    assert resources.queries_dir() == root / "queries"
    assert resources.ontology_path().name == "kg.ttl" and resources.ontology_path().is_file()
    assert resources.shapes_path().name == "shapes.ttl" and resources.shapes_path().is_file()


def test_missing_resources_raise_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_ROOT", tmp_path)
    with pytest.raises(FileNotFoundError, match="ontology folder not found"):
        resources.ontology_path()
    with pytest.raises(FileNotFoundError, match="queries folder not found"):
        resources.queries_dir()
    (tmp_path / "ontology").mkdir()
    with pytest.raises(FileNotFoundError, match=r"shapes\.ttl.*not found"):
        resources.shapes_path()
    with pytest.raises(FileNotFoundError, match=str(tmp_path / "ontology" / "kg.ttl")):
        resources.ontology_path()
