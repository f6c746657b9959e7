"""Throughput of the pipeline against spaCy alone, in the same process.

    python benchmarks/bench_pipeline.py                 # the eval/ articles, repeated to --articles
    python benchmarks/bench_pipeline.py --articles 400

Baseline: `nlp.pipe` over the same texts (what any spaCy-based extractor pays). Measured: the whole build
(parse, extract, resolve, RDF). The ratio says how much the project's own stages add to the parse; peak memory
is read from tracemalloc around the build.
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.graph import build_rdf  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.pipeline import build_documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    sources = sorted((REPO / "eval").glob("*/*.txt")) + sorted((REPO / "kg" / "samples").glob("*"))
    base = read_articles(sources).articles
    articles = [Article(id=f"{a.id}-{n}", text=a.text) for n in range(args.articles // len(base) + 1) for a in base][:args.articles]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_pipeline()
    list(nlp.pipe(a.text for a in articles[:5]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=16):
        pass
    parse_seconds = time.perf_counter() - start

    tracemalloc.start()
    start = time.perf_counter()
    graph = build_rdf(build_documents(articles, nlp=nlp))
    build_seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"articles {len(articles)}, words {words}, triples {len(graph)}")
    print(f"spaCy parse only : {parse_seconds:7.2f} s  {len(articles) / parse_seconds:7.1f} articles/s")
    print(f"kg build         : {build_seconds:7.2f} s  {len(articles) / build_seconds:7.1f} articles/s  "
          f"({words / build_seconds:,.0f} words/s)")
    print(f"ratio build/parse: {build_seconds / parse_seconds:7.2f}")
    print(f"peak Python memory during the build (tracemalloc): {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
