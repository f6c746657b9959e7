"""The command line end to end: build (samples, files, per-doc, stdin, errors), query, export, viz, validate."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    """`kg build` with no arguments, in an empty folder: the bundled samples → graph.ttl (+ html, per-doc)."""
    out = tmp_path_factory.mktemp("build")
    code = main(["build", "-o", str(out / "graph.ttl"), "--html", str(out / "graph.html"),
                 "--per-doc", str(out / "docs"), "--validate", "-q"])
    assert code == 0
    return out


def test_build_without_arguments_writes_graph_html_and_per_doc_graphs(sample_build):
    graph = rdflib.Graph().parse(sample_build / "graph.ttl")
    kg = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
    assert len(list(graph.subject_objects(kg.represents))) >= 3
    assert len(list(graph.subject_objects(kg.supports))) >= 3
    samples = sorted(p.stem for p in (REPO / "kg" / "samples").iterdir())
    assert sorted(p.stem for p in (sample_build / "docs").glob("*.ttl")) == samples
    html = (sample_build / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()


def test_per_doc_graph_holds_only_its_own_article(sample_build):
    kg = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
    for path in (sample_build / "docs").glob("*.ttl"):
        graph = rdflib.Graph().parse(path)
        articles = list(graph.subjects(rdflib.RDF.type, kg.Article))
        assert len(articles) == 1
        assert str(graph.value(articles[0], rdflib.namespace.DCTERMS.identifier)) == path.stem


def test_turtle_is_deterministic_and_parses_with_pyoxigraph(sample_build, tmp_path):
    assert main(["build", "-o", str(tmp_path / "again.ttl"), "-q"]) == 0
    first = (sample_build / "graph.ttl").read_bytes()
    assert (tmp_path / "again.ttl").read_bytes() == first
    store = pyoxigraph.Store()
    store.load(first, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(rdflib.Graph().parse(data=first.decode("utf-8"), format="turtle"))


def test_officials_query_as_table_csv_and_json(sample_build, capsys):
    graph = str(sample_build / "graph.ttl")
    assert main(["query", "officials-by-organization", "--graph", graph]) == 0
    table = capsys.readouterr().out
    assert "Musalia Mudavadi" in table and "Kenya" in table
    assert main(["query", "officials-by-organization", "--graph", graph, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any("Mudavadi" in json.dumps(row) for row in rows)
    assert main(["query", "officials-by-organization", "--graph", graph, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].count(",") >= 1


def test_entity_query_binds_its_parameter(sample_build, capsys):
    assert main(["query", "entity", "--graph", str(sample_build / "graph.ttl"), "--param", "name=IGAD"]) == 0
    assert "Workneh Gebeyehu" in capsys.readouterr().out


def test_export_formats_round_trip(sample_build, tmp_path):
    source = rdflib.Graph().parse(sample_build / "graph.ttl")
    for fmt, suffix, parse_as in [("nt", "nt", "nt"), ("jsonld", "jsonld", "json-ld"), ("xml", "rdf", "xml")]:
        target = tmp_path / f"g.{suffix}"
        assert main(["export", str(sample_build / "graph.ttl"), "--format", fmt, "-o", str(target)]) == 0
        assert len(rdflib.Graph().parse(target, format=parse_as)) == len(source)
    assert main(["export", str(sample_build / "graph.ttl"), "--format", "graphml", "-o", str(tmp_path / "g.graphml")]) == 0
    assert "<graphml" in (tmp_path / "g.graphml").read_text(encoding="utf-8")


def test_bad_inputs_are_reported_and_the_rest_still_builds(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Kenyan Foreign Minister Joseph Otieno welcomed the roadmap.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "lines.jsonl").write_text('{"id": "ok", "text": "The AU backed the truce."}\n[1, 2]\n', encoding="utf-8")
    out = tmp_path / "g.ttl"
    code = main(["build", str(tmp_path / "good.txt"), str(tmp_path / "bad.txt"), str(tmp_path / "lines.jsonl"), "-o", str(out), "-q"])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and "lines.jsonl:2" in err
    ids = {str(o) for o in rdflib.Graph().parse(out).objects(None, rdflib.namespace.DCTERMS.identifier)}
    assert ids == {"good", "ok"}


def test_unparseable_graph_is_a_clear_error_and_output_is_not_clobbered(tmp_path, capsys):
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <", encoding="utf-8")
    existing = tmp_path / "out.nt"
    existing.write_text("keep me\n", encoding="utf-8")
    assert main(["export", str(broken), "--format", "nt", "-o", str(existing)]) == 2
    assert "broken.ttl" in capsys.readouterr().err
    assert existing.read_text(encoding="utf-8") == "keep me\n"


def test_unknown_query_names_the_available_ones(sample_build, capsys):
    assert main(["query", "no-such-query", "--graph", str(sample_build / "graph.ttl")]) == 2
    assert "officials-by-organization" in capsys.readouterr().err


def test_stdin_build_through_the_console_script(tmp_path):
    out = tmp_path / "stdin.ttl"
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", "-", "-o", str(out), "-q"],
                            input="The Arab League endorsed the reconstruction plan.", text=True,
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "stdin" in out.read_text(encoding="utf-8")


def test_markup_in_an_article_is_text_in_the_page(tmp_path):
    article = tmp_path / "xss.txt"
    article.write_text('Kenyan Foreign Minister Joseph Otieno said "<script>alert(1)</script>" and '
                       '<img src=x onerror=alert(2)> before he endorsed the roadmap.', encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "g.ttl"), "--html", str(tmp_path / "g.html"), "-q"]) == 0
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
