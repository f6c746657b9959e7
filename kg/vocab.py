"""The RDF vocabulary every stage agrees on: namespaces, classes, predicates, and the IRI scheme.

The ontology itself (with its alignments to schema.org, W3C ORG, PROV-O and SKOS) is `ontology/kg.ttl`; this
module only names the terms so that Python code never spells an IRI by hand.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg-news/ontology#")
KGR = Namespace("https://w3id.org/kg-news/id/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "kg": KG,
    "kgr": KGR,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "org": ORG,
}

# Entity classes of the output contract, in the order a node's main class is chosen.
ENTITY_TYPES = ("Person", "Organization", "Country", "Place", "Process")

# Predicates between entities (object is an entity) and the one whose object is a literal.
ENTITY_PREDICATES = ("represents", "supports", "leads", "partOf", "memberOf", "locatedIn", "basedIn")
LITERAL_PREDICATES = ("holdsTitle",)
PREDICATES = ENTITY_PREDICATES + LITERAL_PREDICATES


def normalise_name(name: str) -> str:
    """The comparison key of a name: the same folding `score_graph.py` applies (case, quotes, dashes, dots,
    a leading "the", a trailing possessive, surrounding punctuation)."""
    return fold_name(name).lower()


def fold_name(name: str) -> str:
    """`normalise_name` without the lower-casing (the gazetteer compares case-sensitive acronyms with it)."""
    s = unicodedata.normalize("NFKC", str(name))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"[\u2010-\u2015\-]", " ", s)
    s = s.replace(".", "")
    s = re.sub(r"'[sS]\b", "", s)
    s = re.sub(r"[\"'()\[\],;:]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^[Tt][Hh][Ee] ", "", s)
    return s


def slug(text: str) -> str:
    """A readable, IRI-safe local name: ASCII letters, digits and hyphens."""
    s = unicodedata.normalize("NFKD", normalise_name(text)).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x" + hashlib.sha1(text.encode()).hexdigest()[:8]


ARTICLE_SCOPE = "@"  # "process:five-year plan@article-3": a key that names something of one article only


def article_scoped_key(key: str, doc_id: str) -> str:
    """The key of what only one article speaks of (an undertaking it merely describes)."""
    return f"{key}{ARTICLE_SCOPE}{doc_id}"


def entity_iri(entity_type: str, key: str):
    """IRI of an entity: one per class and canonical key, so the same entity in two articles is one node.
    A key's namespace prefix ("org:", "country:") is left out: the class is already in the path; a key scoped to
    one article sits under that article's name ("process/article-3/five-year-plan")."""
    local, _, scope = key.split(":", 1)[-1].partition(ARTICLE_SCOPE)
    path = f"{slug(scope)}/{slug(local)}" if scope else slug(local)
    return KGR[f"{entity_type.lower()}/{path}"]


def article_iri(doc_id: str):
    return KGR[f"article/{slug(doc_id)}"]


def sentence_iri(doc_id: str, index: int):
    return KGR[f"article/{slug(doc_id)}/sentence/{index}"]


def statement_iri(doc_id: str, *parts: object):
    """IRI of one reified statement: a hash of what it asserts and where, so rebuilding gives the same IRI."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return KGR[f"article/{slug(doc_id)}/statement/{digest}"]
