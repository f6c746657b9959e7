"""Where the project's data folders are: `ontology/` (the OWL ontology and SHACL shapes) and `queries/` (SPARQL).

They live at the repository root beside the `kg/` package rather than inside it, so that they are plain files a
reader finds without knowing Python. The price is that they are only found from a source checkout (or an editable
install); the functions say so clearly instead of failing later with a confusing parse error.
"""
from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def _existing(path: Path, what: str, kind: str) -> Path:
    ok = path.is_dir() if kind == "directory" else path.is_file()
    if not ok:
        raise FileNotFoundError(
            f"{what} not found: expected a {kind} at {path} (the repository root beside the kg/ package; "
            f"kg must be run from a source checkout or an editable install)"
        )
    return path


def ontology_dir() -> Path:
    """The folder holding `kg.ttl` and `shapes.ttl`."""
    return _existing(_ROOT / "ontology", "ontology folder", "directory")


def queries_dir() -> Path:
    """The folder holding the project's SPARQL queries."""
    return _existing(_ROOT / "queries", "queries folder", "directory")


def ontology_path() -> Path:
    """The OWL ontology, `ontology/kg.ttl`."""
    return _existing(ontology_dir() / "kg.ttl", "ontology file kg.ttl", "file")


def shapes_path() -> Path:
    """The SHACL shapes, `ontology/shapes.ttl`."""
    return _existing(ontology_dir() / "shapes.ttl", "SHACL shapes file shapes.ttl", "file")
