"""The seed article of ../shared: the whole path on a real article, scored by the team's scorer."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import main


@pytest.fixture(scope="module")
def seed_graphs(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert main(["build", str(shared / "corpus" / "un-oic-briefing.txt"), "-o", str(out / "graph.ttl"),
                 "--per-doc", str(out / "docs"), "-q"]) == 0
    return out


def score(shared, graph_dir):
    result = subprocess.run([sys.executable, str(shared / "tools" / "score_graph.py"), "--gold",
                             str(shared / "gold" / "un-oic-briefing.gold.jsonl"), "--graph-dir", str(graph_dir), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_officials_query_lists_khiari_with_the_united_nations(seed_graphs, capsys):
    assert main(["query", "officials-by-organization", "--graph", str(seed_graphs / "graph.ttl"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any("Mohamed Khaled Khiari" in json.dumps(r) and "United Nations" in json.dumps(r) for r in rows)


def test_seed_scores(shared, seed_graphs):
    summary = score(shared, seed_graphs / "docs")["summary"]
    assert summary["relations"]["represents"]["found"] >= 1 and summary["relations"]["supports"]["found"] >= 1
    assert summary["core"]["F1"] >= 0.95
    assert summary["overmerged"] == 0
    assert summary["aliases"]["merged"] == summary["aliases"]["gold"]
    for entity_type, figures in summary["entities"].items():
        assert figures["found"] == figures["gold"], entity_type


def test_kg_eval_prints_the_same_figures_as_the_scorer(shared, seed_graphs, capsys):
    expected = score(shared, seed_graphs / "docs")["summary"]
    assert main(["eval", "--gold", str(shared / "gold" / "un-oic-briefing.gold.jsonl"),
                 str(shared / "corpus" / "un-oic-briefing.txt"), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)["summary"]
    assert ours == expected
