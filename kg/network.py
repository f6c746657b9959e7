"""The RDF graph seen as a network of entities, for drawing (`kg.viz`), analytics (`kg.analytics`) and GraphML
(`kg.export`).

Only entities become nodes; articles, sentences and reified statements become attributes: each edge carries the
sentence, article and confidence of its best-supported statement, so that a viewer can show why the edge exists
without going back to the RDF.
"""
from __future__ import annotations

import difflib
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from .model import DocumentGraph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from .errors import KgError
from .vocab import ENTITY_PREDICATES, ENTITY_TYPES, KG, normalise_name

__all__ = ["NodeNotFound", "to_networkx", "find_node", "undirected_simple", "atomic_write", "synthetic_documents"]


class NodeNotFound(KgError, KeyError):
    """No entity carries the name asked for; `matches` holds the closest names the graph does have."""

    def __init__(self, name: str, matches: list[str]):
        super().__init__(name)
        self.name = name
        self.matches = matches

    def __str__(self) -> str:
        hint = f"; did you mean: {', '.join(repr(m) for m in self.matches)}?" if self.matches else ""
        return f"no entity named {self.name!r} in the graph{hint}"


def _literal_text(value: object) -> str:
    return str(value) if value is not None else ""


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _entities(graph: Graph) -> dict[URIRef, dict[str, Any]]:
    """Every typed entity with its main class, names and titles."""
    types: dict[URIRef, set[str]] = defaultdict(set)
    for cls in ENTITY_TYPES:
        for subject in graph.subjects(RDF.type, KG[cls]):
            if isinstance(subject, URIRef):
                types[subject].add(cls)
    entities: dict[URIRef, dict[str, Any]] = {}
    for subject, classes in types.items():
        # ENTITY_TYPES is ordered so that a Country (also a Place) keeps its more specific class.
        main = next(cls for cls in ENTITY_TYPES if cls in classes)
        pref = [str(o) for o in graph.objects(subject, SKOS.prefLabel) if isinstance(o, Literal)]
        labels = [str(o) for o in graph.objects(subject, RDFS.label) if isinstance(o, Literal)]
        alts = [str(o) for o in graph.objects(subject, SKOS.altLabel) if isinstance(o, Literal)]
        # prefLabel is unique by construction (kg.graph); sorting the rest keeps the output stable across runs,
        # since rdflib's iteration order is not.
        label = sorted(pref)[0] if pref else (sorted(labels)[0] if labels else _local_name(str(subject)))
        names = [label] + sorted(set(pref + labels + alts) - {label})
        titles = sorted({str(o) for o in graph.objects(subject, KG.holdsTitle) if isinstance(o, Literal)})
        articles = sorted({str(a) for a in graph.objects(subject, KG.mentionedIn)})
        entities[subject] = {"label": label, "type": main, "names": names, "titles": titles, "articles": articles}
    return entities


def _provenance(graph: Graph) -> dict[tuple[URIRef, URIRef, object], list[dict[str, Any]]]:
    """The statements that back each triple, read in one pass over the reified statements."""
    sentences: dict[object, tuple[str, int | None, object]] = {}
    articles: dict[object, tuple[str, str, str]] = {}

    def sentence_info(node: object) -> tuple[str, int | None, object]:
        if node not in sentences:
            text = _literal_text(graph.value(node, KG.text))
            index = graph.value(node, KG["index"])  # KG.index would be str.index
            sentences[node] = (text, int(index) if index is not None else None, graph.value(node, DCTERMS.isPartOf))
        return sentences[node]

    def article_info(node: object) -> tuple[str, str, str]:
        if node is None:
            return ("", "", "")
        if node not in articles:
            ident = graph.value(node, DCTERMS.identifier)
            articles[node] = (
                _literal_text(ident) if ident is not None else _local_name(str(node)),
                _literal_text(graph.value(node, DCTERMS.title)),
                _literal_text(graph.value(node, DCTERMS.date)),
            )
        return articles[node]

    backing: dict[tuple[URIRef, URIRef, object], list[dict[str, Any]]] = defaultdict(list)
    for statement in graph.subjects(RDF.type, RDF.Statement):
        fields: dict[URIRef, object] = {}
        for predicate, value in graph.predicate_objects(statement):
            fields.setdefault(predicate, value)
        subject, predicate, obj = fields.get(RDF.subject), fields.get(RDF.predicate), fields.get(RDF.object)
        if subject is None or predicate is None or obj is None:
            continue
        text, index, sentence_article = ("", None, None)
        if fields.get(PROV.wasDerivedFrom) is not None:
            text, index, sentence_article = sentence_info(fields[PROV.wasDerivedFrom])
        article_id, article_title, article_date = article_info(fields.get(PROV.hadPrimarySource, sentence_article))
        confidence = fields.get(KG.confidence)
        backing[(subject, predicate, obj)].append({
            "sentence": text,
            "sentence_index": index,
            "article": article_id,
            "article_title": article_title,
            "article_date": article_date,
            "confidence": float(confidence.toPython()) if isinstance(confidence, Literal) else 0.0,
            "rule": _literal_text(fields.get(KG.extractedBy)),
        })
    return backing


def _best(statements: list[dict[str, Any]]) -> dict[str, Any]:
    # Highest confidence first; ties go to the earliest article and sentence so the choice is reproducible.
    return min(statements, key=lambda s: (-s["confidence"], s["article"], s["sentence_index"] or 0, s["sentence"]))


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The entities of `graph` and the relations between them.

    Nodes are keyed by IRI string, with `label`, `type`, `names`, `titles` and `articles`. Each asserted triple with
    an entity-valued contract predicate is one edge keyed by its predicate, with `predicate`, `sentence`, `article`,
    `article_title`, `confidence`, `rule` from its best-confidence statement and `count`, the number of statements
    that back it (0 when the triple carries no provenance).
    """
    entities = _entities(graph)
    backing = _provenance(graph)
    result = nx.MultiDiGraph()
    for node in sorted(entities, key=str):
        result.add_node(str(node), **entities[node])
    for name in ENTITY_PREDICATES:
        predicate = KG[name]
        for subject, obj in sorted(graph.subject_objects(predicate), key=lambda so: (str(so[0]), str(so[1]))):
            if subject not in entities or obj not in entities:
                continue
            statements = backing.get((subject, predicate, obj), [])
            best = _best(statements) if statements else {
                "sentence": "", "article": "", "article_title": "", "article_date": "", "confidence": 0.0, "rule": ""}
            result.add_edge(
                str(subject), str(obj), key=name, predicate=name, sentence=best["sentence"], article=best["article"],
                article_title=best["article_title"], article_date=best["article_date"],
                confidence=best["confidence"], rule=best["rule"], count=len(statements),
            )
    return result


def find_node(nxgraph: nx.Graph, name: str) -> str:
    """The node that carries `name` (any of its names, compared as `normalise_name` does, or its IRI).

    When several nodes share the name, the one whose main name it is wins, then the best connected one.
    Raises `NodeNotFound` (a `KeyError`) listing close matches when no node has it.
    """
    if name in nxgraph:
        return name
    key = normalise_name(name)
    candidates: list[tuple[int, int, str]] = []
    for node, data in nxgraph.nodes(data=True):
        names = data.get("names") or [data.get("label", "")]
        if any(normalise_name(n) == key for n in names):
            is_main = normalise_name(data.get("label", "")) == key
            candidates.append((0 if is_main else 1, -nxgraph.degree(node), node))
    if candidates:
        return min(candidates)[2]
    every_name: dict[str, str] = {}
    for _, data in nxgraph.nodes(data=True):
        for n in data.get("names") or [data.get("label", "")]:
            every_name.setdefault(normalise_name(n), n)
    close = difflib.get_close_matches(key, list(every_name), n=5, cutoff=0.6)
    raise NodeNotFound(name, [every_name[c] for c in close])


def undirected_simple(nxgraph: nx.MultiDiGraph) -> nx.Graph:
    """The entity network as a simple undirected graph whose edge `weight` is the number of triples between two
    nodes: what path search, betweenness and community detection need."""
    simple = nx.Graph()
    simple.add_nodes_from(nxgraph.nodes)
    for u, v in nxgraph.edges():
        if u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += 1
        else:
            simple.add_edge(u, v, weight=1)
    return simple


def atomic_write(path: Path | str, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path` and rename it into place, so that a browser or Gephi never
    reads half a file and a failed write leaves the old file intact."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates the file private (0600); an exported page or graph is meant to be shared.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


# Verbs for the made-up sentences of `synthetic_documents`, by predicate.
_VERBS = {"represents": "speaks for", "supports": "backs", "leads": "leads", "partOf": "is part of",
          "memberOf": "is a member of", "locatedIn": "lies in", "basedIn": "is based in"}
# Which predicates a subject of each class may take, and the classes of their objects (the contract's table).
_SIGNATURES = {
    "Person": [("represents", ("Organization", "Country")), ("supports", ("Process", "Organization"))],
    "Organization": [("supports", ("Process",)), ("leads", ("Process",)), ("partOf", ("Organization",)),
                     ("memberOf", ("Organization",)), ("basedIn", ("Place", "Country"))],
    "Country": [("memberOf", ("Organization",)), ("supports", ("Process", "Country"))],
    "Place": [("locatedIn", ("Country", "Place"))],
    "Process": [],
}


def synthetic_documents(entities: int, *, seed: int = 0) -> list["DocumentGraph"]:
    """A made-up corpus with `entities` distinct entities across about entities/4 articles, for benchmarks and
    scale tests. A few entities recur in many articles (Zipf-like), as the UN or a capital does in real news, so
    the graph has hubs and communities rather than uniform noise. Deterministic for a given seed."""
    import random

    from .model import Article, DocumentGraph, Entity, Evidence, Relation, Sentence

    rng = random.Random(seed)
    shares = (("Person", 0.3), ("Organization", 0.3), ("Country", 0.15), ("Place", 0.1), ("Process", 0.15))
    kinds = [kind for kind, share in shares for _ in range(round(share * 100))]
    pool = [(f"syn:{i}", kinds[(i * 37) % len(kinds)]) for i in range(entities)]
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(entities)]
    n_articles = max(1, entities // 4)
    documents = []
    for a in range(n_articles):
        members = {pool[i] for i in range(a, entities, n_articles)}  # every entity appears at least once
        members.update(rng.choices(pool, weights=weights, k=min(4, entities)))
        members_by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, kind in sorted(members):
            members_by_kind[kind].append((key, kind))
        doc_id = f"synthetic-{a:05d}"
        names = {key: f"{kind} {key.split(':')[1]}" for key, kind in members}
        text_parts: list[str] = []
        sentences: list[Sentence] = []
        relations: list[Relation] = []
        offset = 0
        for key, kind in sorted(members):
            options = [(p, o) for p, classes in _SIGNATURES[kind] for c in classes for o in members_by_kind[c]
                       if o[0] != key]
            if not options:
                continue
            predicate, (obj, _) = rng.choice(options)
            text = f"{names[key]} {_VERBS[predicate]} {names[obj]}."
            index = len(sentences)
            sentences.append(Sentence(index=index, start=offset, end=offset + len(text), text=text))
            relations.append(Relation(subject=key, predicate=predicate, object=obj, evidence=Evidence(
                doc_id=doc_id, sentence=index, start=offset, end=offset + len(text), rule="synthetic",
                confidence=round(rng.uniform(0.5, 0.99), 2))))
            text_parts.append(text)
            offset += len(text) + 1
        ents = [Entity(key=key, type=kind, name=names[key],
                       titles={"Special Envoy"} if kind == "Person" and int(key.split(":")[1]) % 5 == 0 else set())
                for key, kind in sorted(members)]
        documents.append(DocumentGraph(
            article=Article(id=doc_id, text=" ".join(text_parts), title=f"Synthetic article {a}",
                            date=f"2024-{a % 12 + 1:02d}-{a % 28 + 1:02d}"),
            sentences=sentences, entities=ents, relations=relations))
    return documents
