"""The notebook runs from top to bottom (so it cannot rot) and shows what it promises."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_notebook_executes_and_shows_tables_stats_and_page(tmp_path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", output
            outputs.append(output.get("text", "") or str(output.get("data", {})))
    text = "\n".join(outputs)
    assert "officials-by-organization" in text          # the list of named queries
    assert "Musalia Mudavadi" in text                    # a query result table
    assert "PageRank" in text or "pagerank" in text.lower()  # the statistics
    assert "iframe" in text                              # the explorer page
    assert (tmp_path / "sample-graph.html").exists()
