"""The interactive explorer: one self-contained HTML page drawn by vis-network (the library pyvis ships).

The page has every script and style inline and a Content-Security-Policy that forbids any fetch, so it works from
a file with no network. pyvis's own template cannot be used as is: it links Bootstrap and tom-select from CDNs even
in `in_line` mode, and passes tooltips as HTML strings. So pyvis builds the nodes and edges and supplies
vis-network's script, while the page itself is `static/explorer.html`: the graph travels as JSON in a
`<script type="application/json">` element, and `static/explorer.js` builds tooltips as DOM nodes with
`textContent`, so article text is shown exactly as written and never runs.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from .network import atomic_write, find_node, to_networkx
from .vocab import ENTITY_PREDICATES, ENTITY_TYPES

__all__ = ["VizSummary", "render_html", "select_subgraph", "Selection", "CLASS_STYLES", "PREDICATE_COLOURS"]

STATIC = Path(__file__).with_name("static")

# Class → (fill, border, vis shape). Tableau-10 colours, told apart by shape too for colour-blind readers.
CLASS_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("#E15759", "#A33A3C", "dot"),
    "Organization": ("#4E79A7", "#2F4F75", "square"),
    "Country": ("#59A14F", "#3B7134", "diamond"),
    "Place": ("#EDC948", "#A88B1C", "triangle"),
    "Process": ("#B07AA1", "#7D4F70", "star"),
}
OTHER_STYLE = ("#BAB0AC", "#7F7773", "dot")

PREDICATE_COLOURS: dict[str, str] = {
    "represents": "#D37295",
    "supports": "#F28E2B",
    "leads": "#8E5EA2",
    "partOf": "#9C755F",
    "memberOf": "#4E79A7",
    "locatedIn": "#59A14F",
    "basedIn": "#76B7B2",
}
OTHER_PREDICATE_COLOUR = "#999999"

EVIDENCE_PER_NODE = 2  # sentences quoted in a node's tooltip; the edges carry the rest


@dataclass
class VizSummary:
    """What `render_html` drew: `nodes`/`edges` on the page, out of `total_nodes`/`total_edges` in the selection
    (the whole graph, or the focus neighbourhood) before the size limit."""

    path: Path
    nodes: int
    edges: int
    truncated: bool
    total_nodes: int
    total_edges: int = 0
    focus: str | None = None  # IRI of the focus entity


@dataclass
class Selection:
    """The part of the entity graph chosen for drawing, and how it was chosen."""

    graph: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    truncated: bool
    focus: str | None
    notice: str | None


def select_subgraph(nxgraph: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 2,
                    max_nodes: int = 500) -> Selection:
    """The part of the graph to draw: the neighbourhood of `focus` within `depth` steps (either direction) if
    given, then, above `max_nodes`, only the best-connected nodes (degree in the whole graph; nearest to the focus
    first), with a notice saying what was left out."""
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    degree = dict(nxgraph.degree())
    focus_node = None
    distance: dict[str, int] = {}
    if focus is not None:
        focus_node = find_node(nxgraph, focus)
        distance = nx.single_source_shortest_path_length(nxgraph.to_undirected(as_view=True), focus_node,
                                                         cutoff=max(0, depth))
        chosen = nxgraph.subgraph(distance)
    else:
        chosen = nxgraph
    total_nodes, total_edges = chosen.number_of_nodes(), chosen.number_of_edges()
    truncated = total_nodes > max_nodes
    if truncated:
        ranked = sorted(chosen.nodes, key=lambda n: (distance.get(n, 0), -degree[n], nxgraph.nodes[n]["label"], n))
        chosen = chosen.subgraph(ranked[:max_nodes])
    notices = []
    if focus_node is not None:
        label = nxgraph.nodes[focus_node]["label"]
        notices.append(f"Neighbourhood of {label} within {depth} step{'s' if depth != 1 else ''}: "
                       f"{total_nodes} of {nxgraph.number_of_nodes()} entities.")
    if truncated:
        notices.append(
            f"Too large to draw legibly: showing the {chosen.number_of_nodes()} best-connected of {total_nodes} "
            f"entities{' (nearest first)' if focus_node else ''} and {chosen.number_of_edges()} of {total_edges} "
            f"relations. Use --focus NAME to explore a neighbourhood, or --max-nodes to raise the limit.")
    return Selection(graph=nx.MultiDiGraph(chosen), total_nodes=total_nodes, total_edges=total_edges,
                     truncated=truncated, focus=focus_node, notice=" ".join(notices) or None)


def _evidence(nxgraph: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """The best-supported sentences about a node, so its tooltip shows where it was read."""
    edges = list(nxgraph.out_edges(node, keys=True, data=True)) + list(nxgraph.in_edges(node, keys=True, data=True))
    edges = [e for e in edges if e[3].get("sentence")]
    edges.sort(key=lambda e: (-e[3]["confidence"], -e[3]["count"], e[3]["article"], e[0], e[1], e[2]))
    seen: set[str] = set()
    result = []
    for u, v, _, data in edges:
        if data["sentence"] in seen:
            continue
        seen.add(data["sentence"])
        result.append({"subject": nxgraph.nodes[u]["label"], "predicate": data["predicate"],
                       "object": nxgraph.nodes[v]["label"], "sentence": data["sentence"],
                       "article": data["article"], "article_title": data["article_title"]})
        if len(result) == EVIDENCE_PER_NODE:
            break
    return result


def _options(node_count: int, edge_count: int) -> dict[str, Any]:
    big = node_count > 150
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= 100},
        "nodes": {
            "borderWidth": 1.5,
            # Long names ("United Nations Relief and Works Agency for Palestine Refugees in the Near East") wrap
            # instead of running across their neighbours.
            "widthConstraint": {"maximum": 800 if big else 180},
            "font": {"size": 14, "face": "system-ui, DejaVu Sans, sans-serif", "color": "#222",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            # Labels grow with node size and vanish when too small to read: zoomed out on a large graph only the
            # hubs are named instead of a smear of overlapping text, and zooming in brings the rest back.
            # On a large graph the hubs get big labels, so that they stay readable when the whole graph is fitted
            # to the screen (zoom about 0.3 for 500 nodes).
            "scaling": {"min": 8, "max": 34, "label": {"enabled": True, "min": 12, "max": 70 if big else 22,
                                                        "drawThreshold": 8 if big else 6, "maxVisible": 40}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 11, "color": "#444", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "width": 1.2,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
        "physics": {
            "enabled": True,
            # ForceAtlas2 keeps hubs apart and pulls small components in, where Barnes-Hut (vis's default) flung
            # isolated entities to the edges of the screen and left the rest a tight ball.
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60 if big else -80, "centralGravity": 0.015,
                                 "springLength": 80 if big else 110, "springConstant": 0.08, "damping": 0.4,
                                 "avoidOverlap": 0.3},
            # Bounded so that a large graph is laid out in seconds; the page then turns physics off.
            "stabilization": {"enabled": True, "iterations": 400 if big else 600, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": edge_count > 600,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
    }


def _payload(selection: Selection, full: nx.MultiDiGraph, title: str) -> dict[str, Any]:
    from pyvis.network import Network  # pyvis is slow to import (jinja2, jsonpickle); only the page needs it.

    graph = selection.graph
    degree = dict(full.degree())
    net = Network(directed=True)
    class_counts: Counter[str] = Counter()
    for node in sorted(graph.nodes, key=lambda n: (graph.nodes[n]["label"], n)):
        data = graph.nodes[node]
        fill, border, shape = CLASS_STYLES.get(data["type"], OTHER_STYLE)
        class_counts[data["type"]] += 1
        net.add_node(
            node, label=data["label"], shape=shape, value=degree[node] + 1,
            color={"background": fill, "border": border,
                   "highlight": {"background": fill, "border": "#000000"},
                   "hover": {"background": fill, "border": "#000000"}},
            info={"class": data["type"], "names": data["names"], "titles": data["titles"], "degree": degree[node],
                  "articles": len(data.get("articles", [])), "evidence": _evidence(full, node)},
        )
    predicate_counts: Counter[str] = Counter()
    pairs: Counter[frozenset[str]] = Counter()
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for index, (u, v, key, data) in enumerate(edges):
        predicate = data["predicate"]
        predicate_counts[predicate] += 1
        # Two relations between the same pair would be drawn on top of each other; bend each further one more.
        pair = frozenset((u, v))
        rank = pairs[pair]
        pairs[pair] += 1
        smooth = ({"enabled": True, "type": "continuous", "roundness": 0.15} if rank == 0 else
                  {"enabled": True, "type": "curvedCW", "roundness": 0.2 + 0.15 * rank})
        colour = PREDICATE_COLOURS.get(predicate, OTHER_PREDICATE_COLOUR)
        net.add_edge(
            u, v, id=f"e{index}", label=predicate, predicate=predicate, smooth=smooth,
            color={"color": colour, "highlight": colour, "hover": colour, "opacity": 0.85},
            info={"predicate": predicate, "sentence": data["sentence"], "article": data["article"],
                  "article_title": data["article_title"], "article_date": data.get("article_date", ""),
                  "confidence": data["confidence"], "rule": data["rule"], "count": data["count"]},
        )
    classes = [c for c in ENTITY_TYPES if class_counts[c]] + sorted(set(class_counts) - set(ENTITY_TYPES))
    predicates = [p for p in ENTITY_PREDICATES if predicate_counts[p]] + sorted(
        set(predicate_counts) - set(ENTITY_PREDICATES))
    meta = {
        "title": title,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "total_nodes": selection.total_nodes,
        "total_edges": selection.total_edges,
        "truncated": selection.truncated,
        "focus": selection.focus,
        "notice": selection.notice,
        "classes": [dict(zip(("color", "border", "shape"), CLASS_STYLES.get(c, OTHER_STYLE)), name=c,
                         count=class_counts[c]) for c in classes],
        "predicates": [{"name": p, "color": PREDICATE_COLOURS.get(p, OTHER_PREDICATE_COLOUR),
                        "count": predicate_counts[p]} for p in predicates],
        "options": _options(graph.number_of_nodes(), graph.number_of_edges()),
    }
    return {"meta": meta, "nodes": net.nodes, "edges": net.edges}


def _json_for_script(value: Any) -> str:
    """JSON that can sit inside a <script> element whatever the article text holds: `<`, `>` and `&` become
    \\u escapes, so neither `</script>` nor `<!--` (which would let a later `</script>` slip) can appear."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's standalone script from the pyvis package, newest version found, and that version."""
    import pyvis

    lib = Path(pyvis.__file__).parent
    found = set(lib.glob("lib/vis-*/vis-network.min.js")) | set(lib.glob("templates/lib/vis-*/vis-network.min.js"))
    candidates = sorted(found, key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not candidates:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib}; pyvis>=0.3.2 ships it in lib/vis-*/")
    script = candidates[-1].read_text(encoding="utf-8")
    # The source-map comment would make an open DevTools fetch a file that does not exist next to the page.
    script = re.sub(r"\n?//# sourceMappingURL=\S*\s*$", "\n", script)
    if re.search(r"</script", script, re.IGNORECASE):
        raise ValueError(f"{candidates[-1]} contains '</script' and cannot be inlined")
    return script, candidates[-1].parent.name.removeprefix("vis-")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _page(payload: dict[str, Any], title: str) -> str:
    vis_js, vis_version = _vis_assets()
    app_js = (STATIC / "explorer.js").read_text(encoding="utf-8")
    css = (STATIC / "explorer.css").read_text(encoding="utf-8")
    # Only these two scripts may run (by hash), nothing may be fetched: even if markup from an article ever
    # reached the DOM, an inline handler or an external image would be refused by the browser.
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'; object-src 'none'")
    values = {
        "csp": html.escape(csp, quote=True),
        "title": html.escape(title, quote=True),
        "vis_version": html.escape(vis_version, quote=True),
        "css": css.replace("</", "<\\/"),
        "data": _json_for_script(payload),
        "vis_js": vis_js,
        "app_js": app_js,
    }
    template = (STATIC / "explorer.html").read_text(encoding="utf-8")
    # One pass, so that text inserted for one placeholder is never searched for another.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def render_html(graph: Graph, path: Path | str, *, focus: str | None = None, depth: int = 2, max_nodes: int = 500,
                title: str = "Knowledge graph") -> VizSummary:
    """Write the explorer page for `graph` to `path` (atomically) and say what it shows.

    `focus` (any name of an entity) limits the page to that entity's neighbourhood within `depth` steps; a
    selection larger than `max_nodes` is cut to its best-connected nodes, with a notice on the page. Raises
    `kg.network.NodeNotFound` (a KeyError) when `focus` names no entity.
    """
    full = to_networkx(graph)
    selection = select_subgraph(full, focus=focus, depth=depth, max_nodes=max_nodes)
    payload = _payload(selection, full, title)
    path = atomic_write(path, _page(payload, title).encode("utf-8"))
    return VizSummary(path=path, nodes=selection.graph.number_of_nodes(), edges=selection.graph.number_of_edges(),
                      truncated=selection.truncated, total_nodes=selection.total_nodes,
                      total_edges=selection.total_edges, focus=selection.focus)
