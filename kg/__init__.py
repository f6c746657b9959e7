"""kg: knowledge graphs from international-affairs news.

    from kg import build
    result = build(["articles/"])          # ingest → NLP → extract → resolve → graph
    result.graph.serialize("graph.ttl")    # an rdflib Graph, with provenance for every relation
"""
from __future__ import annotations

__all__ = ["BuildResult", "build", "build_documents", "build_text"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy, so that `kg query` does not pay for loading spaCy.
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
