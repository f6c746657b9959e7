"""Shared fixtures: one spaCy pipeline for the whole session, the shared/ folder, small article builders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside the checkout (tests may read it; the product never does)."""
    env = os.environ.get("KG_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [REPO.parent / "shared", REPO.parents[1] / "shared"]
    for candidate in candidates:
        if (candidate / "CONTRACT.md").exists():
            return candidate
    raise AssertionError(f"shared/ not found (looked in {', '.join(map(str, candidates))}); set KG_SHARED")


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def build_text(nlp):
    """Build the graph of one article text; returns the BuildResult."""
    from kg.pipeline import build_text as _build_text

    def run(text: str, doc_id: str = "t"):
        return _build_text(text, doc_id, nlp=nlp)

    return run
