"""Score per-document graphs against a gold file (JSONL), by the rules of the output contract.

This is the scoring of the project's reference scorer (`tools/score_graph.py` beside CONTRACT.md), carried inside the
product so that `kg eval` runs without the shared folder. It must stay figure-for-figure identical to it: the same
name folding (`vocab.normalise_name`), the same matching rules, the same summary, the same text table and the same
JSON, so that a number reported by `kg eval` can be checked against the reference scorer line by line.
`tests/test_evaluate.py` compares the two on hand-built graphs; change both or neither.

The rules, briefly (CONTRACT.md has them in full):
- an entity of the gold is found when a node of a compatible class (`Place` accepts `Country`) shares a name with it;
  a typed node whose names match no gold entity counts against precision;
- a relation is found when a triple with its predicate links nodes sharing a name with its subject and its object;
  a triple matching only an optional relation is neither rewarded nor punished;
- an alias set is merged when one node carries all of its names; a node carrying the names of two required gold
  entities is over-merged;
- relations are scored, per document, only for the predicates that document's gold mentions;
- the headline figure is the micro F1 of `represents` and `supports` together.
"""
from __future__ import annotations

import itertools
import json
import re
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import rdflib
from rdflib import RDF, BNode, Literal, URIRef

from .errors import GraphLoadError, KgError
from .model import Article
from .vocab import normalise_name

__all__ = [
    "GoldFormatError", "GraphView", "EntityScore", "RelationScore", "AliasScore", "DocScore", "Figures",
    "EvalReport", "read_gold", "gold_docs", "load_graph", "graphs_from_dir", "score_document", "score_graphs",
    "format_report", "report_to_json", "conll04_gold", "conll04_articles", "CORE_PREDICATES",
]

# Any of these predicates (by local name) gives a node a name; the scorer does not care which vocabulary it is from.
LABEL_LOCAL = frozenset({"label", "prefLabel", "altLabel", "hiddenLabel", "name", "alternateName"})
TYPES = ("Country", "Organization", "Person", "Place", "Process")  # sorted: the order documents are scored in
# Which predicted classes satisfy a gold class: a Country is also a Place, not the other way round.
COMPATIBLE = {"Person": {"Person"}, "Organization": {"Organization"}, "Country": {"Country"},
              "Place": {"Place", "Country"}, "Process": {"Process"}}
# When a node has several contract classes, the first of these is the one it is counted under.
MAIN_TYPE_ORDER = ("Country", "Person", "Organization", "Process", "Place")
CORE_PREDICATES = ("represents", "supports")
GRAPH_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld",
                 ".rdf": "xml", ".owl": "xml", ".n3": "n3"}
GOLD_KINDS = ("doc", "entity", "relation", "alias")


class GoldFormatError(KgError):
    """A gold file (or a CoNLL04 split) is missing, is not JSONL, or a line lacks what its kind needs."""


# ------------------------------------------------------------------------------------------------ gold

def read_gold(path: Path) -> list[dict]:
    """The gold lines of a JSONL file, in file order. Raises GoldFormatError naming the file and line of the first
    line that is not JSON or does not have the fields its kind needs (the scorer would fail on it later, or worse,
    silently score it as something else)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read the gold file ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise GoldFormatError(f"{path}: the gold file is not UTF-8 text") from error
    gold = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldFormatError(f"{path}:{number}: not valid JSON ({error.msg}, column {error.colno})") from error
        problem = _gold_line_problem(record)
        if problem:
            raise GoldFormatError(f"{path}:{number}: {problem}")
        gold.append(record)
    return gold


def _gold_line_problem(record: Any) -> Optional[str]:
    if not isinstance(record, dict):
        return "a gold line must be a JSON object"
    if not isinstance(record.get("doc"), str) or not record["doc"]:
        return "no 'doc' (the document id, a non-empty string)"
    kind = record.get("kind")
    if kind not in GOLD_KINDS:
        return f"'kind' is {kind!r}; expected one of {', '.join(GOLD_KINDS)}"
    if kind == "doc":
        return None
    if not isinstance(record.get("required"), bool):
        return f"a {kind} line needs 'required': true or false"
    name_fields = {"entity": ("names",), "alias": ("names",), "relation": ("s", "o")}[kind]
    for key in name_fields:
        value = record.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(n, str) and n.strip() for n in value):
            return f"'{key}' must be a non-empty list of names"
    if kind == "entity" and record.get("type") not in COMPATIBLE:
        return f"entity 'type' is {record.get('type')!r}; expected one of {', '.join(sorted(COMPATIBLE))}"
    if kind == "relation" and (not isinstance(record.get("p"), str) or not record["p"]):
        return "a relation line needs 'p' (the predicate's local name)"
    return None


def gold_docs(gold: Iterable[dict]) -> list[str]:
    """The documents a gold file scores, sorted: every document any line names (a `doc` line names one with no
    gold, where everything found is wrong)."""
    return sorted({g["doc"] for g in gold})


# ------------------------------------------------------------------------------------------------ graphs

def load_graph(path: Path) -> rdflib.Graph:
    """A graph file as the reference scorer reads it: every quad of every named graph, as one graph."""
    path = Path(path)
    dataset = rdflib.Dataset()
    try:
        with warnings.catch_warnings():
            # rdflib's own parser calls its deprecated Dataset.default_context; nothing the user can act on
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset.parse(str(path), format=GRAPH_FORMATS.get(path.suffix.lower(), "turtle"))
    except Exception as error:  # rdflib raises a different class per format; all mean "this file does not load"
        raise GraphLoadError(f"{path}: cannot load the graph ({type(error).__name__}: {error})") from error
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def graphs_from_dir(directory: Path, docs: Iterable[str]) -> dict[str, rdflib.Graph]:
    """The graph of each document found as DIR/DOC.ttl (or .trig, .nq, ...; the first extension in GRAPH_FORMATS
    order wins, as in the reference scorer). Documents with no file are left out: they are reported missing."""
    graphs = {}
    for doc in docs:
        for suffix in GRAPH_FORMATS:
            candidate = Path(directory) / f"{doc}{suffix}"
            if candidate.exists():
                graphs[doc] = load_graph(candidate)
                break
    return graphs


def _local(iri: Any) -> str:
    return re.split(r"[#/]", str(iri).rstrip("/#"))[-1]


def _names(names: Iterable[str]) -> set[str]:
    return {normalise_name(n) for n in names}


@dataclass
class GraphView:
    """What scoring sees of one graph: the folded names and contract classes of nodes, and the node-to-node
    triples by lower-cased predicate local name. Everything else (provenance, literals other than names) is
    invisible to it."""

    labels: dict = field(default_factory=lambda: defaultdict(set))
    types: dict = field(default_factory=lambda: defaultdict(set))
    by_pred: dict = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def from_graph(cls, graph: rdflib.Graph) -> "GraphView":
        view = cls()
        # One pass in graph order, with the reference scorer's precedence (a name, else a class, else a link):
        # the order of nodes and triples here is the order of the "missed"/"wrong" lists in the report.
        for s, p, o in graph:
            local_p = _local(p)
            if local_p in LABEL_LOCAL and isinstance(o, Literal):
                view.labels[s].add(normalise_name(o))
            elif p == RDF.type and _local(o) in COMPATIBLE:
                view.types[s].add(_local(o))
            elif isinstance(o, (URIRef, BNode)):
                view.by_pred[local_p.lower()].append((s, o))
        return view

    def main_type(self, node: Any) -> Optional[str]:
        node_types = self.types.get(node, ())
        return next((t for t in MAIN_TYPE_ORDER if t in node_types), None)

    def names_of(self, node: Any) -> set[str]:
        return self.labels.get(node, set())


# ------------------------------------------------------------------------------------------------ scores

@dataclass
class EntityScore:
    """One document, one class. `gold`/`found`/`missed` are recall over required entities; `pred`/`tp`/`fp`/`wrong`
    are precision over nodes of that main class (a node matching only optional entities is neither)."""

    gold: int
    found: int
    missed: list[str]
    pred: int
    tp: int
    fp: int
    wrong: list[list[str]]


@dataclass
class RelationScore:
    gold: int
    found: int
    missed: list[str]
    tp: int
    fp: int
    wrong: list[str]


@dataclass
class AliasScore:
    gold: int
    merged: int
    unmerged: list[list[str]]


@dataclass
class DocScore:
    entities: dict[str, EntityScore]
    relations: dict[str, RelationScore]
    aliases: AliasScore
    overmerged: list[list[str]]


@dataclass
class Figures:
    """Micro-averaged figures over documents. P is None where nothing was predicted, R where nothing is required."""

    P: Optional[float]
    R: Optional[float]
    F1: float
    gold: int = 0
    found: int = 0
    tp: int = 0
    fp: int = 0

    @classmethod
    def from_counts(cls, gold: int, found: int, tp: int, fp: int) -> "Figures":
        return cls(*prf(tp, fp, gold, found), gold=gold, found=found, tp=tp, fp=fp)


@dataclass
class EvalReport:
    docs: dict[str, DocScore]
    relations: dict[str, Figures]  # per predicate
    entities: dict[str, Figures]  # per class
    core: Figures  # represents + supports, the headline
    aliases_gold: int
    aliases_merged: int
    overmerged: int  # over-merged nodes, summed over documents
    missing: list[str]  # documents of the gold with no graph (scored as empty graphs)

    @property
    def headline(self) -> float:
        return self.core.F1


def prf(tp: int, fp: int, gold: int, found: int) -> tuple[Optional[float], Optional[float], float]:
    """Precision, recall, F1, rounded to 3 places as the reference scorer does (F1 from the unrounded values)."""
    p = tp / (tp + fp) if tp + fp else None
    r = found / gold if gold else None
    f = 2 * p * r / (p + r) if p and r else 0.0
    return (None if p is None else round(p, 3)), (None if r is None else round(r, 3)), round(f, 3)


def _score_entities(view: GraphView, entities: list[dict], entity_type: str) -> EntityScore:
    required = [g for g in entities if g["type"] == entity_type and g["required"]]
    found, missed = 0, []
    for g in required:
        gold_names = _names(g["names"])
        if any(labels & gold_names and view.types.get(n, set()) & COMPATIBLE[entity_type]
               for n, labels in view.labels.items()):
            found += 1
        else:
            missed.append(g["names"][0])
    predicted = [n for n in view.types if view.main_type(n) == entity_type]
    tp = fp = 0
    wrong = []
    for n in predicted:
        labels = view.names_of(n)
        matches = [g for g in entities if labels & _names(g["names"]) and entity_type in COMPATIBLE[g["type"]]]
        if any(g["required"] for g in matches):
            tp += 1
        elif not matches:
            fp += 1
            wrong.append(sorted(labels)[:1])
    return EntityScore(len(required), found, missed, len(predicted), tp, fp, wrong)


def _score_relations(view: GraphView, relations: list[dict], predicate: str) -> RelationScore:
    required = [g for g in relations if g["p"] == predicate and g["required"]]
    optional = [g for g in relations if g["p"] == predicate and not g["required"]]
    triples = view.by_pred.get(predicate.lower(), [])

    def match(s: Any, o: Any, g: dict) -> bool:
        return bool(view.names_of(s) & _names(g["s"])) and bool(view.names_of(o) & _names(g["o"]))

    found, missed = 0, []
    for g in required:
        if any(match(s, o, g) for s, o in triples):
            found += 1
        else:
            missed.append(f'{g["s"][0]} {predicate} {g["o"][0]}')
    tp = fp = 0
    wrong = []
    for s, o in triples:
        if any(match(s, o, g) for g in required):
            tp += 1
        elif any(match(s, o, g) for g in optional):
            continue  # an acceptable reading the gold does not expect: neither rewarded nor punished
        else:
            fp += 1
            wrong.append(f"{min(view.names_of(s), default=str(s))} {predicate} "
                         f"{min(view.names_of(o), default=str(o))}")
    return RelationScore(len(required), found, missed, tp, fp, wrong)


def _score_aliases(view: GraphView, gold: list[dict]) -> AliasScore:
    alias_sets = [g for g in gold if g["kind"] == "alias" and g["required"]]
    merged = [g for g in alias_sets if any(_names(g["names"]) <= labels for labels in view.labels.values())]
    return AliasScore(len(alias_sets), len(merged), [g["names"] for g in alias_sets if g not in merged])


def _overmerged(view: GraphView, entities: list[dict]) -> list[list[str]]:
    required = [g for g in entities if g["required"]]
    out = []
    for labels in view.labels.values():
        hits = {g["names"][0] for g in required if labels & _names(g["names"])}
        if len(hits) > 1:
            out.append(sorted(hits))
    return out


def score_document(view: GraphView, gold: list[dict]) -> DocScore:
    """Score one document's graph against that document's gold lines."""
    entities = [g for g in gold if g["kind"] == "entity"]
    relations = [g for g in gold if g["kind"] == "relation"]
    return DocScore(
        entities={t: _score_entities(view, entities, t) for t in TYPES},
        # only the predicates this document's gold mentions are scored here: a triple of another predicate is
        # outside what the annotator looked for, not wrong
        relations={p: _score_relations(view, relations, p) for p in sorted({g["p"] for g in relations})},
        aliases=_score_aliases(view, gold),
        overmerged=_overmerged(view, entities),
    )


def _total(scores: Iterable[Any]) -> Figures:
    scores = list(scores)
    return Figures.from_counts(gold=sum(s.gold for s in scores), found=sum(s.found for s in scores),
                               tp=sum(s.tp for s in scores), fp=sum(s.fp for s in scores))


def score_graphs(gold: list[dict], graphs: dict[str, rdflib.Graph]) -> EvalReport:
    """Score the graph of each document of `gold` (by document id); a document without a graph scores as empty."""
    docs = gold_docs(gold)
    by_doc = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    per_doc = {d: score_document(GraphView.from_graph(graphs.get(d, rdflib.Graph())), by_doc[d]) for d in docs}

    relation_scores, entity_scores = defaultdict(list), defaultdict(list)
    for score in per_doc.values():
        for p, r in score.relations.items():
            relation_scores[p].append(r)
        for t, e in score.entities.items():
            entity_scores[t].append(e)
    relations = {p: _total(v) for p, v in relation_scores.items()}
    core = _total(itertools.chain.from_iterable(relation_scores[p] for p in CORE_PREDICATES
                                                if p in relation_scores))
    return EvalReport(
        docs=per_doc,
        relations=relations,
        entities={t: _total(v) for t, v in entity_scores.items()},
        core=core,
        aliases_gold=sum(s.aliases.gold for s in per_doc.values()),
        aliases_merged=sum(s.aliases.merged for s in per_doc.values()),
        overmerged=sum(len(s.overmerged) for s in per_doc.values()),
        missing=[d for d in docs if d not in graphs],
    )


# ------------------------------------------------------------------------------------------------ output

def _figures_json(f: Figures) -> dict:
    return {"P": f.P, "R": f.R, "F1": f.F1, "gold": f.gold, "found": f.found, "tp": f.tp, "fp": f.fp}


def report_to_json(report: EvalReport) -> dict:
    """The report in the structure `score_graph.py --json` prints: {"summary", "docs", "missing_graphs"}."""
    summary = {
        "relations": {p: _figures_json(f) for p, f in report.relations.items()},
        "entities": {t: _figures_json(f) for t, f in report.entities.items()},
        "core": {"P": report.core.P, "R": report.core.R, "F1": report.core.F1},
        # the reference scorer's totals are built up per document, so with no document there is nothing to show
        "aliases": {"gold": report.aliases_gold, "merged": report.aliases_merged} if report.docs else {},
        "overmerged": report.overmerged,
    }
    docs = {}
    for d, s in report.docs.items():
        docs[d] = {
            "entities": {t: vars(e).copy() for t, e in s.entities.items()},
            "relations": {p: vars(r).copy() for p, r in s.relations.items()},
            "aliases": vars(s.aliases).copy(),
            "overmerged": s.overmerged,
        }
    return {"summary": summary, "docs": docs, "missing_graphs": list(report.missing)}


def _fmt(x: Optional[float]) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def format_report(report: EvalReport, details: bool = True) -> str:
    """The text `score_graph.py` prints (without the final newline): per-document misses and errors, then the
    tables by relation and by class, aliases, and the headline. `details=False` leaves out the per-document lines
    and an entity table with no gold (CoNLL04 has none)."""
    lines = []
    for d, s in (report.docs.items() if details else ()):
        lines.append(f"== {d}")
        for r in s.relations.values():
            lines += [f"  missed  {m}" for m in r.missed]
            lines += [f"  wrong   {w}" for w in r.wrong]
        if s.aliases.unmerged:
            lines.append(f"  unmerged aliases: {s.aliases.unmerged}")
        if s.overmerged:
            lines.append(f"  over-merged nodes: {s.overmerged}")
    lines += ["", "relation      P      R      F1    (gold, pred tp/fp)"]
    for p, v in sorted(report.relations.items()):
        lines.append(f"{p:12} {_fmt(v.P)}  {_fmt(v.R)}  {v.F1:.3f}  ({v.gold}, {v.tp}/{v.fp})")
    has_entities = any(v.gold for v in report.entities.values())
    if details or has_entities:
        lines += ["", "entity        P      R      F1"]
    for t, v in sorted(report.entities.items()) if details or has_entities else ():
        lines.append(f"{t:12} {_fmt(v.P)}  {_fmt(v.R)}  {v.F1:.3f}  ({v.gold}, {v.tp}/{v.fp})")
    lines += ["", f"aliases merged {report.aliases_merged}/{report.aliases_gold}; "
                  f"over-merged nodes {report.overmerged}"]
    if report.missing:
        lines.append(f"no graph for: {', '.join(report.missing)}")
    c = report.core
    lines.append(f"core (represents+supports): P {_fmt(c.P)} R {_fmt(c.R)} F1 {c.F1:.3f}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------ CoNLL04

# CoNLL04's relations that have a counterpart in the contract; Live_In and Kill have none and are not scored.
CONLL04_PREDICATES = {"Work_For": "represents", "OrgBased_In": "basedIn", "Located_In": "locatedIn"}


def _read_jsonl_objects(path: Path) -> Iterable[tuple[int, dict]]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read the file ({error.strerror or error})") from error
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldFormatError(f"{path}:{number}: not valid JSON ({error.msg}, column {error.colno})") from error
        if not isinstance(record, dict) or "id" not in record:
            raise GoldFormatError(f"{path}:{number}: a CoNLL04 line must be a JSON object with an 'id'")
        yield number, record


def conll04_gold(path: Path) -> list[dict]:
    """A CoNLL04 split as gold lines, as `tools/conll04_gold.py` converts it: a `doc` line per sentence (so a
    sentence without relations still counts what is found in it as wrong), its mapped relations (required), and,
    as CoNLL04 has no relation for a person acting for a place, an optional `represents` from every person to every
    location of the sentence."""
    gold = []
    for number, d in _read_jsonl_objects(path):
        try:
            entities = d["entities"]
            gold.append({"doc": d["id"], "kind": "doc"})
            for r in d["relations"]:
                if r["type"] in CONLL04_PREDICATES:
                    head, tail = entities[r["head"]], entities[r["tail"]]
                    gold.append({"doc": d["id"], "kind": "relation", "s": [head["text"]],
                                 "p": CONLL04_PREDICATES[r["type"]], "o": [tail["text"]], "required": True})
            for person, place in itertools.product(entities, entities):
                if person["type"] == "Peop" and place["type"] == "Loc":
                    gold.append({"doc": d["id"], "kind": "relation", "s": [person["text"]], "p": "represents",
                                 "o": [place["text"]], "required": False})
        except (KeyError, IndexError, TypeError) as error:
            raise GoldFormatError(f"{path}:{number}: not a CoNLL04 record ({type(error).__name__}: {error})") from error
    return gold


def conll04_articles(path: Path) -> list[Article]:
    """The sentences of a CoNLL04 split as articles (id and text of each line), to build graphs from."""
    articles = []
    for number, d in _read_jsonl_objects(path):
        if not isinstance(d.get("text"), str):
            raise GoldFormatError(f"{path}:{number}: a CoNLL04 line needs a 'text'")
        articles.append(Article(id=str(d["id"]), text=d["text"], path=f"{path}:{number}"))
    return articles
