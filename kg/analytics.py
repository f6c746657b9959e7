"""Numbers about a graph, with networkx: what is in it, who is central, which groups hang together, and how two
entities are connected (each step with the sentence it was read in)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .errors import KgError
from .network import find_node, to_networkx, undirected_simple
from .vocab import ENTITY_TYPES, KG, PREDICATES

__all__ = ["SameEntityError", "CentralEntity", "Community", "GraphStats", "PathStep", "graph_stats", "format_stats",
           "shortest_paths", "format_paths", "pagerank"]

SEED = 42  # communities and sampled betweenness are randomised; a fixed seed gives the same answer each run
EXACT_BETWEENNESS_LIMIT = 1000  # above this many nodes, betweenness is estimated (exact is O(nodes·edges))
BETWEENNESS_SAMPLE = 250  # sources sampled: ~3 s for 1,500 entities here, against ~16 s exact


class SameEntityError(KgError, ValueError):
    """A path was asked from an entity to itself (perhaps under two of its names)."""


@dataclass(frozen=True)
class CentralEntity:
    iri: str
    label: str
    type: str
    score: float


@dataclass(frozen=True)
class Community:
    size: int
    members: list[str]  # labels, best connected first, at most `GraphStats.community_members`
    classes: dict[str, int]


@dataclass
class GraphStats:
    articles: int
    sentences: int
    statements: int
    entities: int
    relations: int  # entity-to-entity edges of the network (one per distinct triple)
    by_class: dict[str, int]  # by main class: a Country is counted once, as a Country
    by_predicate: dict[str, int]  # asserted triples, contract predicates first (zero included), then any others
    components: int
    largest_component: int
    isolated: int
    top_degree: list[CentralEntity]
    top_betweenness: list[CentralEntity]
    top_pagerank: list[CentralEntity]
    communities: list[Community]
    modularity: float | None
    community_method: str
    betweenness_sample: int | None = None  # sources sampled, when betweenness was estimated
    community_members: int = 8
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PathStep:
    """One triple on a path, in its own direction (`subject predicate object`) even when the path walks it
    backwards."""

    subject: str  # label
    predicate: str
    object: str  # label
    sentence: str
    article: str
    confidence: float = 0.0
    article_title: str = ""
    subject_iri: str = ""
    object_iri: str = ""


def pagerank(nxgraph: nx.Graph, weight: str | None = None) -> dict[str, float]:
    """networkx's PageRank, which needs scipy; without scipy, the same power iteration in plain Python."""
    if nxgraph.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(nxgraph, weight=weight)
    except ImportError:
        pass
    nodes = list(nxgraph)
    n = len(nodes)
    out_weight: Counter[str] = Counter()
    links: list[tuple[str, str, float]] = []
    for u, v, data in nxgraph.edges(data=True):
        w = float(data.get(weight, 1.0)) if weight else 1.0
        links.append((u, v, w))
        out_weight[u] += w
        if not nxgraph.is_directed():
            links.append((v, u, w))
            out_weight[v] += w
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(100):
        dangling = sum(rank[u] for u in nodes if out_weight[u] == 0)
        new = dict.fromkeys(nodes, (1 - 0.85) / n + 0.85 * dangling / n)
        for u, v, w in links:
            new[v] += 0.85 * rank[u] * w / out_weight[u]
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * 1e-6:
            return new
        rank = new
    return rank


def _top(scores: dict[str, float], nxgraph: nx.MultiDiGraph, top: int) -> list[CentralEntity]:
    ranked = sorted(scores.items(), key=lambda item: (-item[1], nxgraph.nodes[item[0]]["label"], item[0]))
    return [CentralEntity(iri=node, label=nxgraph.nodes[node]["label"], type=nxgraph.nodes[node]["type"],
                          score=float(score)) for node, score in ranked[:top] if score > 0]


def graph_stats(graph: Graph, top: int = 10) -> GraphStats:
    """Counts by class and predicate, the `top` most central entities by degree, betweenness and PageRank, and
    the communities of the entity network (Louvain, seeded; greedy modularity if Louvain is unavailable)."""
    nxgraph = to_networkx(graph)
    simple = undirected_simple(nxgraph)
    notes: list[str] = []

    by_class = Counter(data["type"] for _, data in nxgraph.nodes(data=True))
    by_class_ordered = {c: by_class[c] for c in ENTITY_TYPES} | {
        c: by_class[c] for c in sorted(set(by_class) - set(ENTITY_TYPES))}

    entity_nodes = {URIRef(n) for n in nxgraph}
    by_predicate = {p: sum(1 for _ in graph.triples((None, KG[p], None))) for p in PREDICATES}
    others: Counter[str] = Counter()
    for s, p, _ in graph:
        if isinstance(p, URIRef) and str(p).startswith(str(KG)) and s in entity_nodes:
            name = str(p)[len(str(KG)):]
            if name not in by_predicate:
                others[name] += 1
    by_predicate.update(sorted(others.items(), key=lambda item: (-item[1], item[0])))

    degree = dict(nxgraph.degree())
    sample = None
    if simple.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        sample = BETWEENNESS_SAMPLE
        notes.append(f"betweenness estimated from {sample} sampled sources ({simple.number_of_nodes()} entities)")
        betweenness = nx.betweenness_centrality(simple, k=sample, seed=SEED)
    else:
        betweenness = nx.betweenness_centrality(simple)
    # PageRank on the directed graph: importance flows along the relations, to what is represented, supported,
    # led, joined; parallel triples between two entities count once each.
    ranks = pagerank(nxgraph)

    communities, modularity, method = _communities(simple)
    components = list(nx.connected_components(simple)) if simple.number_of_nodes() else []
    community_members = 8
    return GraphStats(
        articles=sum(1 for _ in graph.subjects(RDF.type, KG.Article)),
        sentences=sum(1 for _ in graph.subjects(RDF.type, KG.Sentence)),
        statements=sum(1 for _ in graph.subjects(RDF.type, RDF.Statement)),
        entities=nxgraph.number_of_nodes(),
        relations=nxgraph.number_of_edges(),
        by_class=by_class_ordered,
        by_predicate=by_predicate,
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        isolated=sum(1 for n in simple if simple.degree(n) == 0),
        top_degree=_top({n: float(d) for n, d in degree.items()}, nxgraph, top),
        top_betweenness=_top(betweenness, nxgraph, top),
        top_pagerank=_top(ranks, nxgraph, top),
        communities=[
            Community(size=len(c),
                      members=[nxgraph.nodes[n]["label"] for n in sorted(
                          c, key=lambda n: (-degree[n], nxgraph.nodes[n]["label"], n))[:community_members]],
                      classes=dict(Counter(nxgraph.nodes[n]["type"] for n in c).most_common()))
            for c in communities[:top]],
        modularity=modularity,
        community_method=method,
        betweenness_sample=sample,
        community_members=community_members,
        notes=notes,
    )


def _communities(simple: nx.Graph) -> tuple[list[set[str]], float | None, str]:
    """Communities of two or more entities, largest first, with the modularity of the whole partition."""
    if simple.number_of_edges() == 0:
        return [], None, "none (no relations)"
    try:
        partition = nx.community.louvain_communities(simple, weight="weight", seed=SEED)
        method = f"Louvain (seed {SEED})"
    except (AttributeError, NotImplementedError):  # networkx older than 2.8
        partition = nx.community.greedy_modularity_communities(simple, weight="weight")
        method = "greedy modularity"
    modularity = nx.community.modularity(simple, partition, weight="weight")
    groups = [set(c) for c in partition if len(c) > 1]
    groups.sort(key=lambda c: (-len(c), min(c)))
    return groups, float(modularity), method


def _fmt_score(value: float, integer: bool = False) -> str:
    return f"{int(value)}" if integer else f"{value:.4f}"


def format_stats(stats: GraphStats) -> str:
    """A plain-text report of `graph_stats`, for the terminal."""
    lines = [
        f"Articles: {stats.articles}   sentences: {stats.sentences}   statements: {stats.statements}",
        f"Entities: {stats.entities}   relations between entities: {stats.relations}   "
        f"components: {stats.components} (largest {stats.largest_component}, {stats.isolated} isolated)",
        "",
        "Entities by class:",
    ]
    width = max([len(k) for k in stats.by_class] + [len(k) for k in stats.by_predicate] + [10])
    lines += [f"  {name:<{width}} {count:>7}" for name, count in stats.by_class.items()]
    lines += ["", "Triples by predicate:"]
    lines += [f"  {name:<{width}} {count:>7}" for name, count in stats.by_predicate.items()]
    for heading, entries, integer in (("degree", stats.top_degree, True),
                                      ("betweenness", stats.top_betweenness, False),
                                      ("PageRank", stats.top_pagerank, False)):
        suffix = f" (estimated from {stats.betweenness_sample} sources)" if (
            heading == "betweenness" and stats.betweenness_sample) else ""
        lines += ["", f"Most central by {heading}{suffix}:"]
        if not entries:
            lines.append("  (none)")
        # a very long name (UNRWA's full title) pushes its own row out rather than every row
        label_width = min(40, max((len(e.label) for e in entries), default=0))
        lines += [f"  {i:>2}. {e.label:<{label_width}}  {e.type:<12} {_fmt_score(e.score, integer):>8}"
                  for i, e in enumerate(entries, 1)]
    modularity = f", modularity {stats.modularity:.3f}" if stats.modularity is not None else ""
    lines += ["", f"Communities ({stats.community_method}{modularity}):"]
    if not stats.communities:
        lines.append("  (none of two or more entities)")
    for i, community in enumerate(stats.communities, 1):
        classes = ", ".join(f"{n} {c}" for c, n in community.classes.items())
        more = f" and {community.size - len(community.members)} more" if community.size > len(community.members) else ""
        lines.append(f"  {i:>2}. {community.size} entities ({classes}): {'; '.join(community.members)}{more}")
    if stats.notes:
        lines += [""] + [f"Note: {note}" for note in stats.notes]
    return "\n".join(lines)


def shortest_paths(graph: Graph, source: str, target: str, limit: int = 3) -> list[list[PathStep]]:
    """Up to `limit` shortest chains of triples linking two entities (named by any of their names), shortest
    first, walking relations in either direction. Each step is the best-confidence triple between its two
    entities, with its sentence. Raises `kg.network.NodeNotFound` (a KeyError) for an unknown name and
    `SameEntityError` (a ValueError) when both names are the same entity; returns [] when the two are not connected."""
    nxgraph = to_networkx(graph)
    start, end = find_node(nxgraph, source), find_node(nxgraph, target)
    if start == end:
        raise SameEntityError(f"{source!r} and {target!r} are the same entity ({nxgraph.nodes[start]['label']})")
    simple = undirected_simple(nxgraph)
    try:
        node_paths = list(islice(nx.shortest_simple_paths(simple, start, end), max(0, limit)))
    except nx.NetworkXNoPath:
        return []
    return [[_step(nxgraph, u, v) for u, v in zip(path, path[1:])] for path in node_paths]


def _step(nxgraph: nx.MultiDiGraph, u: str, v: str) -> PathStep:
    candidates = []
    for a, b in ((u, v), (v, u)):
        for key, data in (nxgraph.get_edge_data(a, b) or {}).items():
            candidates.append((-data["confidence"], -data["count"], 0 if a == u else 1, key, a, b, data))
    _, _, _, _, a, b, data = min(candidates, key=lambda c: c[:4])
    return PathStep(subject=nxgraph.nodes[a]["label"], predicate=data["predicate"], object=nxgraph.nodes[b]["label"],
                    sentence=data["sentence"], article=data["article"], confidence=data["confidence"],
                    article_title=data["article_title"], subject_iri=a, object_iri=b)


def format_paths(paths: list[list[PathStep]]) -> str:
    """Each path as numbered steps `subject —predicate→ object`, with the sentence and article under each."""
    if not paths:
        return "No path between these entities."
    lines: list[str] = []
    for number, path in enumerate(paths, 1):
        if lines:
            lines.append("")
        lines.append(f"Path {number} ({len(path)} step{'s' if len(path) != 1 else ''}):")
        for step in path:
            lines.append(f"  {step.subject} —{step.predicate}→ {step.object}")
            if step.sentence:
                source = step.article + (f" ({step.article_title})" if step.article_title else "")
                lines.append(f"      “{step.sentence.strip()}”")  # sentences may keep their line break
                lines.append(f"      — {source}, confidence {step.confidence:.2f}")
            else:
                lines.append("      (no source sentence recorded)")
    return "\n".join(lines)
