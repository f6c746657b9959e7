"""Resolved documents → one rdflib graph, with every relation reified for its provenance.

Provenance model: each asserted triple `s p o` is also described by an `rdf:Statement` (also a `prov:Entity`)
that carries the rule, the confidence, the character span, and `prov:wasDerivedFrom` the sentence it was read in;
the sentence is `dcterms:isPartOf` its article. See the README for why this model was chosen.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .model import DocumentGraph, Entity
from .vocab import (KG, PREFIXES, SCHEMA, article_iri, entity_iri, sentence_iri, statement_iri)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def build_rdf(documents: Iterable[DocumentGraph], graph: Graph | None = None) -> Graph:
    """Add the entities, relations and provenance of each document to `graph` (a new one by default)."""
    graph = graph if graph is not None else new_graph()
    for document in documents:
        _add_document(graph, document)
    return graph


def _add_document(graph: Graph, document: DocumentGraph) -> None:
    article = document.article
    article_node = article_iri(article.id)
    graph.add((article_node, RDF.type, KG.Article))
    graph.add((article_node, DCTERMS.identifier, Literal(article.id)))
    for predicate, value in ((DCTERMS.title, article.title), (DCTERMS.source, article.source)):
        if value:
            graph.add((article_node, predicate, Literal(value)))
    if article.date:
        graph.add((article_node, DCTERMS.date, _date_literal(article.date)))
    if article.url:
        graph.add((article_node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))

    for sentence in document.sentences:
        node = sentence_iri(article.id, sentence.index)
        graph.add((node, RDF.type, KG.Sentence))
        graph.add((node, DCTERMS.isPartOf, article_node))
        graph.add((node, KG["index"], Literal(sentence.index)))
        graph.add((node, KG.text, Literal(sentence.text)))
        graph.add((node, KG.charStart, Literal(sentence.start)))
        graph.add((node, KG.charEnd, Literal(sentence.end)))

    nodes = {entity.key: _add_entity(graph, entity, article_node) for entity in document.entities}

    for relation in document.relations:
        subject = nodes[relation.subject]
        predicate = KG[relation.predicate]
        obj = Literal(relation.object) if relation.object_is_literal else nodes[relation.object]
        graph.add((subject, predicate, obj))
        ev = relation.evidence
        statement = statement_iri(article.id, subject, predicate, obj, ev.start, ev.end, ev.rule, ev.confidence)
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.type, PROV.Entity))
        graph.add((statement, RDF.subject, subject))
        graph.add((statement, RDF.predicate, predicate))
        graph.add((statement, RDF.object, obj))
        graph.add((statement, PROV.wasDerivedFrom, sentence_iri(article.id, ev.sentence)))
        graph.add((statement, PROV.hadPrimarySource, article_node))
        graph.add((statement, KG.extractedBy, Literal(ev.rule)))
        graph.add((statement, KG.confidence, Literal(Decimal(str(round(ev.confidence, 3))), datatype=XSD.decimal)))
        graph.add((statement, KG.charStart, Literal(ev.start)))
        graph.add((statement, KG.charEnd, Literal(ev.end)))


def _add_entity(graph: Graph, entity: Entity, article_node: URIRef) -> URIRef:
    node = entity_iri(entity.type, entity.key)
    graph.add((node, RDF.type, KG[entity.type]))
    # One preferred label per node even when two articles name it differently: the first one wins, the rest
    # become alternative labels, so SKOS's "at most one prefLabel" holds in a multi-article graph.
    if graph.value(node, SKOS.prefLabel) is None:
        graph.add((node, SKOS.prefLabel, Literal(entity.name)))
        graph.add((node, RDFS.label, Literal(entity.name)))
    elif graph.value(node, SKOS.prefLabel) != Literal(entity.name):
        graph.add((node, SKOS.altLabel, Literal(entity.name)))
    for alias in sorted(entity.aliases - {entity.name}):
        if (node, SKOS.prefLabel, Literal(alias)) not in graph:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    for title in sorted(entity.titles):
        graph.add((node, KG.holdsTitle, Literal(title)))
    graph.add((node, KG.mentionedIn, article_node))
    return node


def _date_literal(value: str) -> Literal:
    """An ISO date becomes xsd:date (or xsd:dateTime); anything else stays a plain literal."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?", value):
        return Literal(value, datatype=XSD.dateTime)
    return Literal(value)
