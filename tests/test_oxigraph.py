"""The named queries give the same rows on a real Oxigraph server (through `run_query_endpoint`) as on rdflib.

Oxigraph is a declared test dependency (`pip install oxigraph`, which provides the `oxigraph` command): when it is
missing these tests fail rather than skip, so that a green run always means the queries were checked on a second,
independent SPARQL engine.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest
from rdflib import Graph

from kg.errors import QueryError
from kg.export import export_graph
from kg.query import QueryResult, list_queries, load_query, parse_query_text, run_query, run_query_endpoint
from test_query import HOSTILE_VALUES, QUERY_PARAMS, SENTENCES, TRICKY_NAME, sample_graph

STARTUP_SECONDS = 30


def _oxigraph_executable() -> str:
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.is_file():
        return str(beside_python)
    on_path = shutil.which("oxigraph")
    if on_path:
        return on_path
    pytest.fail("the `oxigraph` command was not found next to the Python interpreter "
                f"({beside_python.parent}) or on PATH; it is a test dependency: pip install oxigraph")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"oxigraph serve exited with code {process.returncode}: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    pytest.fail(f"oxigraph serve did not answer at {url} within {STARTUP_SECONDS}s: "
                f"{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return sample_graph()


@pytest.fixture(scope="module")
def endpoint(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    executable = _oxigraph_executable()
    folder = tmp_path_factory.mktemp("oxigraph")
    data = folder / "graph.nt"
    export_graph(graph, "nt", data)
    store = folder / "store"
    loaded = subprocess.run([executable, "load", "--location", str(store), "--file", str(data)],
                            capture_output=True, text=True, timeout=120)
    assert loaded.returncode == 0, f"oxigraph load failed: {loaded.stderr}"
    port = _free_port()
    log = folder / "serve.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen([executable, "serve", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
                                   stdout=log_file, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/query"
        _wait_until_answering(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _normalised(result: QueryResult) -> list[tuple[Any, ...]]:
    """Rows with GROUP_CONCAT cells put in order: SPARQL leaves the order of concatenated values to the engine."""
    def cell(value: Any) -> Any:
        if isinstance(value, str) and "; " in value:
            return "; ".join(sorted(value.split("; ")))
        return value

    return [tuple(cell(v) for v in row) for row in result.rows]


def _cases() -> list[tuple[str, dict[str, str]]]:
    return [(query.name, params) for query in list_queries() for params in QUERY_PARAMS.get(query.name, [{}])]


@pytest.mark.parametrize(("name", "params"), _cases(), ids=lambda v: v if isinstance(v, str) else repr(v))
def test_named_query_gives_the_same_rows_as_rdflib(endpoint: str, graph: Graph, name: str,
                                                    params: dict[str, str]) -> None:
    local = run_query(graph, name, params)
    remote = run_query_endpoint(endpoint, name, params)
    assert remote.kind == local.kind == "SELECT"
    assert remote.columns == local.columns
    assert _normalised(remote) == _normalised(local)  # same rows, in the same (ORDER BY) order
    if any(value in HOSTILE_VALUES for value in params.values()):
        assert not local.rows
    else:
        assert local.rows, f"{name} {params} finds nothing on the sample graph, so the comparison proves little"


def test_endpoint_finds_the_un_and_the_tricky_name(endpoint: str) -> None:
    rows = run_query_endpoint(endpoint, "entity", {"name": "UN"}).as_dicts()
    assert ("out", "leads", "Doha Process") in {(r["direction"], r["predicate"], r["other"]) for r in rows}
    tricky = run_query_endpoint(endpoint, load_query("entity"), {"name": TRICKY_NAME}).as_dicts()
    assert {r["entity"] for r in tricky} == {"Weird Org"}
    assert len(run_query_endpoint(endpoint, "entity", {"name": 'UN" } ?s ?p ?o . {'})) == 0
    rows = run_query_endpoint(endpoint, "provenance", {"subject": "Khiari", "predicate": "represents"}).as_dicts()
    assert [r["sentence"] for r in rows] == [SENTENCES[0]]


def test_parameter_value_reaches_oxigraph_unchanged(endpoint: str, graph: Graph) -> None:
    echo = parse_query_text("# param: v — any text\nSELECT ?echo WHERE { BIND(STR(?v) AS ?echo) }")
    for value in ['plain', 'a "quoted" } { value', "it's", 'new\nline and\ttab \\ and """ and \'\'\'',
                  "ünïcödé 中文 \u2014", "ends with backslash \\", '"']:
        assert run_query_endpoint(endpoint, echo, {"v": value}).rows == [(value,)], value
        assert run_query(graph, echo, {"v": value}).rows == [(value,)], value


def test_ask_and_construct_through_the_endpoint(endpoint: str, graph: Graph) -> None:
    ask = "PREFIX kg: <https://w3id.org/kg-news/ontology#> ASK { ?p kg:represents ?o }"
    assert run_query_endpoint(endpoint, ask).boolean is True
    construct = ("PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
                 "CONSTRUCT { ?o kg:representedBy ?p } WHERE { ?p kg:represents ?o }")
    remote, local = run_query_endpoint(endpoint, construct), run_query(graph, construct)
    assert remote.kind == "CONSTRUCT" and remote.rows == local.rows and len(remote.rows) == 2


def test_endpoint_errors_are_query_errors(endpoint: str) -> None:
    with pytest.raises(QueryError, match="cannot reach SPARQL endpoint"):
        run_query_endpoint(f"http://127.0.0.1:{_free_port()}/query", "rules", timeout=5)
    with pytest.raises(QueryError, match="needs parameter 'name'"):
        run_query_endpoint(endpoint, "entity")
    with pytest.raises(QueryError, match="<inline query>: SPARQL syntax error"):
        run_query_endpoint(endpoint, "SELECT ?s WHERE { ?s ?p }")
    # A query rdflib accepts but the server refuses (an unknown function) is reported with the server's words.
    with pytest.raises(QueryError, match="refused query"):
        run_query_endpoint(endpoint, "SELECT ?x WHERE { BIND(<http://example.org/nope>(1) AS ?x) }")
    # The server's bare address means its query endpoint.
    assert run_query_endpoint(endpoint.rsplit("/", 1)[0], "articles").rows
