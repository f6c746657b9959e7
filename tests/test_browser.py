"""The explorer page in a real browser: Debian's headless Chromium driven by Playwright, the page opened from a
file with every other request blocked and recorded.

Two page loads: the page as written (with its Content-Security-Policy), and the same page with the CSP bypassed,
which shows that the page's own code keeps article markup inert even without that safety net.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest

from kg.graph import build_rdf
from kg.network import to_networkx
from kg.viz import render_html
from kg.vocab import entity_iri

from test_analytics import BRIEFING, DAR, iri
from test_viz import BROLL, HOSTILE_SENTENCE, XSS_IMG, hostile_documents

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EVE = str(entity_iri("Person", "person:evil"))
OIC = str(entity_iri("Organization", "org:oic"))


@dataclass
class Loaded:
    page: object
    url: str
    requests: list[str] = field(default_factory=list)  # every request other than the page itself
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright: pip install playwright (its browsers are not needed)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def graph():
    return build_rdf(hostile_documents())


@pytest.fixture(scope="module")
def page_path(graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "explorer.html"
    render_html(graph, path, title="Hostile & friendly")
    return path


def load(browser, path, *, bypass_csp: bool = False) -> Loaded:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True, bypass_csp=bypass_csp)
    page = context.new_page()
    loaded = Loaded(page=page, url=path.as_uri())

    def route(request_route):
        if request_route.request.url == loaded.url:
            request_route.continue_()
        else:
            loaded.requests.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and loaded.errors.append(message.text))
    page.on("pageerror", lambda error: loaded.errors.append(str(error)))
    page.goto(loaded.url)
    # An attribute, not window.kgStabilized through wait_for_function: Playwright polls that with eval, which
    # the page's CSP forbids.
    page.wait_for_selector("body[data-kg-stabilized=true]", state="attached", timeout=60_000)
    return loaded


@pytest.fixture(scope="module")
def strict(browser, page_path):
    loaded = load(browser, page_path)
    yield loaded
    loaded.page.context.close()


def point_of_node(page, node_id: str) -> tuple[float, float]:
    return tuple(page.evaluate(
        """id => {
            const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
            const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", node_id))


def point_of_edge(page, edge_id: str) -> tuple[float, float]:
    return tuple(page.evaluate(
        """id => {
            const edge = kgNetwork.body.edges[id];
            const p = kgNetwork.canvasToDOM(edge.edgeType.getPoint(0.5));
            const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", edge_id))


def hover(page, x: float, y: float):
    """Move to an empty corner of the drawing (hiding any tooltip), then rest on (x, y) until vis-network shows
    its tooltip."""
    tooltip = page.locator("div.vis-tooltip")
    corner = page.evaluate("""() => {
        const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
        return [r.left + 3, r.bottom - 3];
    }""")
    page.mouse.move(*corner)
    if tooltip.count():
        tooltip.wait_for(state="hidden")
    page.mouse.move(x - 4, y - 4)
    page.mouse.move(x, y, steps=4)
    tooltip.wait_for(state="visible", timeout=5_000)
    return tooltip


def edge_id(page, source: str, predicate: str) -> str:
    return page.evaluate(
        "([s, p]) => kgEdges.get({filter: e => e.from === s && e.predicate === p})[0].id", [source, predicate])


def test_drawn_nodes_and_edges_equal_the_graph(strict, graph):
    nxgraph = to_networkx(graph)
    counts = strict.page.evaluate(
        "[kgNodes.length, kgEdges.length, kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]")
    assert counts == [nxgraph.number_of_nodes(), nxgraph.number_of_edges()] * 2
    assert strict.page.text_content("#kg-counts") == f"{nxgraph.number_of_nodes()} entities · " \
                                                     f"{nxgraph.number_of_edges()} relations"
    legend = strict.page.evaluate("""[...document.querySelectorAll('#kg-legend-classes li')].map(
        li => li.querySelector('.kg-name').textContent + ' ' + li.querySelector('.kg-count').textContent)""")
    assert legend == ["Person 3", "Organization 4", "Country 3", "Place 2", "Process 1"]


def test_physics_settles_and_stops(strict):
    page = strict.page
    assert page.evaluate("window.kgStabilized") is True
    assert page.is_hidden("#kg-loading")
    before = page.evaluate("kgNetwork.getPositions()")
    page.wait_for_timeout(400)
    assert page.evaluate("kgNetwork.getPositions()") == before
    assert page.evaluate("kgNetwork.physics.physicsEnabled") is False


def test_hovering_a_node_shows_names_class_titles_and_sentence(strict):
    tooltip = hover(strict.page, *point_of_node(strict.page, iri(DAR)))
    text = tooltip.inner_text()
    assert text.startswith("Ishaq Dar")
    for expected in ("Person", "Also named: Dar", "Titles: Foreign Minister; Senator", BRIEFING[1]):
        assert expected in text


def test_hovering_an_edge_shows_sentence_article_and_confidence(strict):
    page = strict.page
    tooltip = hover(page, *point_of_edge(page, edge_id(page, iri(DAR), "represents")))
    text = tooltip.inner_text()
    assert "Ishaq Dar —represents→ Pakistan" in text
    assert BRIEFING[1] in text
    assert "UN official underscores OIC's role (un-oic-briefing) 2025-07-24" in text
    assert "confidence 0.95" in text


def test_article_markup_is_shown_as_text_and_never_runs(strict):
    page = strict.page
    tooltip = hover(page, *point_of_node(page, iri(BROLL)))
    # The name as written: an ampersand, not "&amp;"
    assert tooltip.locator(".kg-tip-head").evaluate("e => e.firstChild.nodeValue") == "B-Roll & Filming"
    text = tooltip.inner_text()
    assert HOSTILE_SENTENCE in text  # the markup is visible, character for character
    assert tooltip.locator("img, script, b").count() == 0
    tooltip = hover(page, *point_of_node(page, EVE))
    assert XSS_IMG in tooltip.inner_text()
    assert page.evaluate("window.kgXss") is None
    assert page.locator("img, b").count() == 0 and page.locator("script").count() == 3


def test_search_finds_a_node_and_filters_hide_classes(strict):
    page = strict.page
    page.fill("#kg-search", "oic")
    page.click("#kg-search-form button")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [OIC]
    page.fill("#kg-search", "nobody at all")
    page.click("#kg-search-form button")
    assert page.text_content("#kg-search-status") == "not found"
    drawn = "[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]"
    before = page.evaluate(drawn)
    page.locator("#kg-legend-classes label", has_text="Person").click()
    # Khiari, Dar and Eve go, with their three represents edges
    assert page.evaluate(drawn) == [before[0] - 3, before[1] - 3]
    page.locator("#kg-legend-predicates label", has_text="memberOf").click()
    assert page.evaluate(drawn) == [before[0] - 3, before[1] - 5]
    page.locator("#kg-legend-classes label", has_text="Person").click()
    page.locator("#kg-legend-predicates label", has_text="memberOf").click()
    assert page.evaluate(drawn) == before


def test_no_request_left_the_page_and_nothing_failed(strict):
    # Last in this module: it covers the loading and every interaction above.
    assert strict.requests == []
    assert strict.errors == []


def test_markup_stays_inert_even_without_the_csp(browser, page_path):
    loaded = load(browser, page_path, bypass_csp=True)
    try:
        page = loaded.page
        for node in (iri(BROLL), EVE):
            tooltip = hover(page, *point_of_node(page, node))
            assert XSS_IMG in tooltip.inner_text()
            assert tooltip.locator("img, script").count() == 0
        hover(page, *point_of_edge(page, edge_id(page, iri(BROLL), "supports")))
        page.wait_for_timeout(200)  # an onerror handler would have fired by now
        assert page.evaluate("window.kgXss") is None
        assert page.locator("img").count() == 0
        assert loaded.requests == [] and loaded.errors == []
    finally:
        page.context.close()

