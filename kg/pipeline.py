"""The whole flow: ingest → NLP → extract → resolve → graph. Store, query, visualise and export read the graph.

    articles = read_articles(sources)                 # kg.ingest
    for article, doc in parse(articles, nlp):         # kg.nlp (spaCy, in batches)
        extraction = extract(article, doc)            # kg.extract: mentions, coreference, rules
        document = resolve(extraction)                # kg.resolve: entities, typed relations
    graph = build_rdf(documents)                      # kg.graph: RDF + provenance
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from rdflib import Graph

from .extract import extract
from .graph import build_rdf
from .ingest import IngestProblem, read_articles
from .model import Article, DocumentGraph
from .nlp import load_pipeline, parse
from .resolve import resolve

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"


@dataclass
class BuildResult:
    graph: Graph
    documents: list[DocumentGraph] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)

    def summary(self) -> str:
        relations = sum(len(d.relations) for d in self.documents)
        entities = len({(e.type, e.key) for d in self.documents for e in d.entities})
        return (f"{len(self.documents)} article(s), {entities} entities, {relations} relation statements, "
                f"{len(self.graph)} triples" + (f", {len(self.problems)} problem(s)" if self.problems else ""))


def sample_sources() -> list[Path]:
    """The sample articles bundled with the package (the demo's input)."""
    return [SAMPLES_DIR]


def build_documents(articles: Iterable[Article], *, nlp=None, min_confidence: float = 0.0,
                    progress: Callable[[int, int, Article], None] | None = None) -> Iterator[DocumentGraph]:
    """Each article, parsed, extracted and resolved on its own (one graph's worth of facts per article)."""
    articles = list(articles)
    for number, (article, doc) in enumerate(parse(articles, nlp or load_pipeline()), start=1):
        if progress is not None:
            progress(number, len(articles), article)
        yield resolve(extract(article, doc), min_confidence=min_confidence)


def build(sources: Sequence[str | Path] | None = None, *, nlp=None, min_confidence: float = 0.0,
          progress: Callable[[int, int, Article], None] | None = None) -> BuildResult:
    """Build one graph from articles (files, folders, JSONL, "-"); the bundled samples when `sources` is empty."""
    ingested = read_articles(sources or sample_sources())
    documents = list(build_documents(ingested.articles, nlp=nlp, min_confidence=min_confidence, progress=progress))
    return BuildResult(graph=build_rdf(documents), documents=documents, problems=ingested.problems)


def build_text(text: str, doc_id: str = "text", *, nlp=None, min_confidence: float = 0.0) -> BuildResult:
    """Build the graph of one article given as a string (for notebooks and tests)."""
    article = Article(id=doc_id, text=text)
    documents = list(build_documents([article], nlp=nlp, min_confidence=min_confidence))
    return BuildResult(graph=build_rdf(documents), documents=documents)


def print_progress(number: int, total: int, article: Article) -> None:
    """Progress on standard error, one line rewritten in place."""
    sys.stderr.write(f"\r[{number}/{total}] {article.id[:60]:<60}")
    if number == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
