"""kg.viz: the explorer page as a file (what it holds, that it is self-contained and safe), focus and size limit.

What the page does once a browser runs it is tests/test_browser.py. `hostile_documents()` is shared with it.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
from html.parser import HTMLParser

import networkx as nx
import pytest

from kg import viz
from kg.graph import build_rdf
from kg.network import NodeNotFound, synthetic_documents, to_networkx
from kg.viz import VizSummary, render_html

from test_analytics import BRIEFING, DAR, OIC, PAKISTAN, document, iri, oic_documents

XSS_IMG = '<img src=x onerror="window.kgXss=1">'
XSS_SCRIPT = "<script>window.kgXss=2</script>"
XSS_CLOSE = "</script><script>window.kgXss=3</script><!--<script>"
BROLL = ("org:broll", "Organization", "B-Roll & Filming", {"B-Roll &amp; Filming Ltd"})
HOSTILE_SENTENCE = f"B-Roll & Filming backs the Doha Process {XSS_IMG} {XSS_SCRIPT} {XSS_CLOSE}"


def hostile_documents():
    """The OIC documents plus an article whose names, title and sentence carry markup."""
    doha = ("process:doha", "Process", "Doha Process", set())
    evil = ("person:evil", "Person", f"Eve {XSS_IMG}", set())
    hostile = document(
        "hostile", f"Film crews <b>and</b> {XSS_SCRIPT}",
        [HOSTILE_SENTENCE, f"Eve {XSS_IMG} speaks for B-Roll & Filming."],
        [BROLL, doha, evil],
        [("org:broll", "supports", "process:doha", 0, 0.66), ("person:evil", "represents", "org:broll", 1, 0.5)],
        titles={"person:evil": {f"Head of {XSS_SCRIPT}"}})
    return oic_documents() + [hostile]


class _Page(HTMLParser):
    """The parts of a page the tests look at: tags with their attributes, and the text of each script."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self._buffer: list[str] = []
        self.title = ""
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script, self._buffer = attrs, []
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buffer)))
            self._in_script = None
        self._in_title = False

    def handle_data(self, data):
        if self._in_script is not None:
            self._buffer.append(data)
        elif self._in_title:
            self.title += data


def page_data(path) -> tuple[_Page, dict]:
    page = _Page(path.read_text(encoding="utf-8"))
    data = [text for attrs, text in page.scripts if attrs.get("type") == "application/json"]
    assert len(data) == 1
    return page, json.loads(data[0])


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "hostile.html"
    graph = build_rdf(hostile_documents())
    summary = render_html(graph, path, title="Briefing <b>& more</b>")
    return path, summary, graph


def test_summary_counts_match_the_graph(hostile_page):
    path, summary, graph = hostile_page
    nxgraph = to_networkx(graph)
    assert summary == VizSummary(path=path, nodes=nxgraph.number_of_nodes(), edges=nxgraph.number_of_edges(),
                                 truncated=False, total_nodes=nxgraph.number_of_nodes(),
                                 total_edges=nxgraph.number_of_edges(), focus=None)
    _, data = page_data(path)
    assert {n["id"] for n in data["nodes"]} == set(nxgraph.nodes)
    assert len(data["edges"]) == nxgraph.number_of_edges() == 10
    assert {(e["from"], e["to"], e["predicate"]) for e in data["edges"]} == {
        (u, v, k) for u, v, k in nxgraph.edges(keys=True)}
    assert data["meta"]["notice"] is None and data["meta"]["truncated"] is False


def test_page_is_self_contained(hostile_page):
    path, _, _ = hostile_page
    page, _ = page_data(path)
    fetching = [(tag, attrs) for tag, attrs in page.tags if {"src", "href"} & set(attrs) or tag in ("link", "iframe")]
    assert fetching == []
    executable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2  # vis-network and the page's own script, both inline
    assert "vis.Network" in executable[1] and "DataSet" in executable[0]
    assert "sourceMappingURL" not in executable[0]
    text = path.read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net" not in text and "cdnjs.cloudflare.com" not in text  # what pyvis's template links


def test_csp_forbids_fetching_and_allows_exactly_the_inline_scripts(hostile_page):
    path, _, _ = hostile_page
    page, _ = page_data(path)
    csp = next(attrs["content"] for tag, attrs in page.tags
               if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy")
    directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    allowed = set(directives["script-src"].split())
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
              for attrs, text in page.scripts if attrs.get("type") != "application/json"}
    assert allowed == hashes  # no 'unsafe-inline': an injected handler could not run


def test_markup_in_articles_stays_text_inside_the_data_block(hostile_page):
    path, _, _ = hostile_page
    page, data = page_data(path)
    assert len(page.scripts) == 3  # nothing in the data closed its script element or opened another
    raw = next(text for attrs, text in page.scripts if attrs.get("type") == "application/json")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    nodes = {n["id"]: n for n in data["nodes"]}
    broll = nodes[iri(BROLL)]
    assert broll["label"] == "B-Roll & Filming"  # an ampersand, not &amp;
    assert "B-Roll &amp; Filming Ltd" in broll["info"]["names"]  # and a name that really is spelled so stays so
    edge = next(e for e in data["edges"] if e["from"] == iri(BROLL))
    assert edge["info"]["sentence"] == HOSTILE_SENTENCE
    assert edge["info"]["article_title"] == f"Film crews <b>and</b> {XSS_SCRIPT}"
    assert edge["info"]["confidence"] == 0.66 and edge["info"]["count"] == 1


def test_page_title_is_escaped(hostile_page):
    path, _, _ = hostile_page
    page, data = page_data(path)
    assert page.title == "Briefing <b>& more</b>"
    assert "<b>& more</b>" not in path.read_text(encoding="utf-8").split("<body>")[0]
    assert data["meta"]["title"] == "Briefing <b>& more</b>"


def test_node_tooltip_data_has_names_class_titles_and_evidence(hostile_page):
    path, _, _ = hostile_page
    _, data = page_data(path)
    dar = next(n for n in data["nodes"] if n["id"] == iri(DAR))
    assert dar["label"] == "Ishaq Dar"
    assert dar["info"]["class"] == "Person"
    assert dar["info"]["names"] == ["Ishaq Dar", "Dar"]
    assert dar["info"]["titles"] == ["Foreign Minister", "Senator"]
    assert dar["info"]["evidence"][0]["sentence"] == BRIEFING[1]


def test_nodes_styled_by_class_sized_by_degree_and_edges_labelled(hostile_page):
    path, _, graph = hostile_page
    _, data = page_data(path)
    nxgraph = to_networkx(graph)
    for node in data["nodes"]:
        fill, border, shape = viz.CLASS_STYLES[node["info"]["class"]]
        assert node["shape"] == shape and node["color"]["background"] == fill
        assert node["value"] == nxgraph.degree(node["id"]) + 1
    assert len({viz.CLASS_STYLES[c][2] for c in viz.CLASS_STYLES}) == 5  # shape alone tells the classes apart
    assert all(e["label"] == e["predicate"] for e in data["edges"])
    legend = {c["name"]: c["count"] for c in data["meta"]["classes"]}
    assert legend == {"Person": 3, "Organization": 4, "Country": 3, "Place": 2, "Process": 1}
    physics = data["meta"]["options"]["physics"]
    assert physics["stabilization"]["enabled"] and 0 < physics["stabilization"]["iterations"] <= 1000


def test_focus_draws_only_the_neighbourhood(tmp_path):
    graph = build_rdf(oic_documents())
    one = render_html(graph, tmp_path / "one.html", focus="Pakistan", depth=1)
    _, data = page_data(tmp_path / "one.html")
    assert {n["label"] for n in data["nodes"]} == {"Pakistan", "Ishaq Dar", "Organization of Islamic Cooperation"}
    assert (one.nodes, one.edges, one.total_nodes, one.truncated, one.focus) == (3, 2, 3, False, iri(PAKISTAN))
    assert data["meta"]["notice"].startswith("Neighbourhood of Pakistan within 1 step: 3 of 11 entities")
    two = render_html(graph, tmp_path / "two.html", focus="OIC", depth=2)
    _, data = page_data(tmp_path / "two.html")
    assert {n["label"] for n in data["nodes"]} == {
        "Organization of Islamic Cooperation", "Pakistan", "Sudan", "Doha Process", "Ishaq Dar", "United Nations"}
    assert two.focus == iri(OIC) and two.edges == 5


def test_unknown_focus_raises_and_writes_nothing(tmp_path):
    with pytest.raises(NodeNotFound) as caught:
        render_html(build_rdf(oic_documents()), tmp_path / "x.html", focus="Pakistn")
    assert "Pakistan" in caught.value.matches
    assert list(tmp_path.iterdir()) == []


def test_large_graph_is_cut_to_its_best_connected_nodes(tmp_path):
    graph = build_rdf(synthetic_documents(700, seed=1))
    nxgraph = to_networkx(graph)
    summary = render_html(graph, tmp_path / "big.html")
    assert (summary.nodes, summary.total_nodes, summary.truncated) == (500, 700, True)
    _, data = page_data(tmp_path / "big.html")
    kept = {n["id"] for n in data["nodes"]}
    assert len(kept) == 500
    dropped = set(nxgraph) - kept
    assert min(nxgraph.degree(n) for n in kept) >= max(nxgraph.degree(n) for n in dropped)
    induced = nxgraph.subgraph(kept)
    assert summary.edges == len(data["edges"]) == induced.number_of_edges()
    assert summary.total_edges == nxgraph.number_of_edges()
    notice = data["meta"]["notice"]
    assert "showing the 500 best-connected of 700 entities" in notice
    assert f"{induced.number_of_edges()} of {nxgraph.number_of_edges()} relations" in notice


def test_size_limit_with_focus_keeps_the_nearest(tmp_path):
    graph = build_rdf(synthetic_documents(300, seed=2))
    nxgraph = to_networkx(graph)
    hub = max(nxgraph, key=nxgraph.degree)
    label = nxgraph.nodes[hub]["label"]
    summary = render_html(graph, tmp_path / "f.html", focus=label, depth=2, max_nodes=20)
    _, data = page_data(tmp_path / "f.html")
    distance = nx.single_source_shortest_path_length(nxgraph.to_undirected(), hub, cutoff=2)
    kept = {n["id"] for n in data["nodes"]}
    assert hub in kept and summary.truncated and summary.nodes == 20
    assert summary.total_nodes == len(distance)
    assert max(distance[n] for n in kept) <= min(distance[n] for n in set(distance) - kept)


def test_written_atomically_and_readable_by_others(tmp_path, monkeypatch):
    graph = build_rdf(oic_documents())
    path = tmp_path / "page.html"
    path.write_text("old page")
    render_html(graph, path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]

    def broken(payload, title):
        raise RuntimeError("disk full")

    before = path.read_bytes()
    monkeypatch.setattr(viz, "_page", broken)
    with pytest.raises(RuntimeError):
        render_html(graph, path)
    assert path.read_bytes() == before


def test_output_is_reproducible(tmp_path):
    render_html(build_rdf(oic_documents()), tmp_path / "a.html")
    render_html(build_rdf(list(reversed(oic_documents()))), tmp_path / "b.html")
    a, b = (tmp_path / "a.html").read_bytes(), (tmp_path / "b.html").read_bytes()
    # the same facts in another order: only the first-seen labels could differ, and here they do not
    assert a == b


def test_empty_graph_gives_an_empty_page(tmp_path):
    summary = render_html(build_rdf([]), tmp_path / "empty.html")
    assert (summary.nodes, summary.edges, summary.truncated) == (0, 0, False)
    _, data = page_data(tmp_path / "empty.html")
    assert data["nodes"] == [] and data["edges"] == []


def test_max_nodes_must_be_positive(tmp_path):
    with pytest.raises(ValueError):
        render_html(build_rdf(oic_documents()), tmp_path / "x.html", max_nodes=0)


def test_parallel_relations_are_bent_apart(tmp_path):
    un = ("org:un", "Organization", "United Nations", {"UN"})
    g = build_rdf([document("d", "t", ["The OIC works with the UN.", "The OIC is part of the UN."], [OIC, un],
                            [("org:oic", "supports", "org:un", 0, 0.6), ("org:oic", "partOf", "org:un", 1, 0.6)])])
    render_html(g, tmp_path / "p.html")
    _, data = page_data(tmp_path / "p.html")
    smooth = sorted(json.dumps(e["smooth"], sort_keys=True) for e in data["edges"])
    assert len(set(smooth)) == 2


def test_vis_network_comes_from_pyvis():
    script, version = viz._vis_assets()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert "</script" not in script.lower()
