"""The `kg` command: a thin layer over the Python API (kg.pipeline, kg.query, kg.export, kg.viz, kg.analytics)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .errors import KgError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.run(args)
    except BrokenPipeError:  # `kg stats ... | head`: the reader has all it wanted
        sys.stderr.close()
        return EXIT_OK
    except KgError as error:
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except RuntimeError as error:  # e.g. no spaCy pipeline installed
        if type(error).__name__ == "PipelineNotInstalledError":
            print(f"kg {args.command}: error: {error}", file=sys.stderr)
            return EXIT_ERROR
        raise


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from international-affairs news.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="articles → RDF graph (+ HTML page); no arguments: the bundled samples")
    p.add_argument("sources", nargs="*", help=".txt/.md files, folders, .jsonl (id, text per line), or - for stdin")
    p.add_argument("-o", "--output", default="graph.ttl", help="graph file (format from the suffix; default graph.ttl)")
    p.add_argument("--html", nargs="?", const="", default=None,
                   help="also write the interactive page (default: next to the graph, .html)")
    p.add_argument("--per-doc", metavar="DIR", help="also write one graph per article: DIR/<id>.ttl")
    p.add_argument("--min-confidence", type=float, default=0.0, help="drop relations below this confidence")
    p.add_argument("--validate", action="store_true", help="check the graph against ontology/shapes.ttl (SHACL)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(run=_build)

    p = sub.add_parser("query", help="run a named query (see `kg queries`) or a .rq file on a graph")
    p.add_argument("query", help="query name or path to a .rq file")
    p.add_argument("--graph", "-g", action="append", default=[], help="graph file(s) (default graph.ttl)")
    p.add_argument("--endpoint", help="a SPARQL endpoint URL instead of graph files (e.g. an Oxigraph server)")
    p.add_argument("--format", "-f", choices=["table", "csv", "json"], default="table")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE", help="query parameter")
    p.set_defaults(run=_query)

    p = sub.add_parser("queries", help="list the named queries")
    p.set_defaults(run=_queries)

    p = sub.add_parser("export", help="convert a graph to another RDF format or GraphML")
    p.add_argument("graph", nargs="+")
    p.add_argument("--format", "-f", required=True,
                   choices=["turtle", "ttl", "nt", "nquads", "nq", "trig", "jsonld", "json-ld", "xml", "rdfxml", "graphml"])
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.set_defaults(run=_export)

    p = sub.add_parser("viz", help="draw a graph as an interactive HTML page")
    p.add_argument("graph", nargs="+")
    p.add_argument("-o", "--output", default="graph.html")
    p.add_argument("--focus", help="draw only the neighbourhood of this entity (any of its names)")
    p.add_argument("--depth", type=int, default=2, help="with --focus: how many steps out (default 2)")
    p.add_argument("--max-nodes", type=int, default=500, help="cut larger graphs to their most central nodes")
    p.add_argument("--title", default="Knowledge graph")
    p.set_defaults(run=_viz)

    p = sub.add_parser("stats", help="counts, central entities and communities of a graph")
    p.add_argument("graph", nargs="+")
    p.add_argument("--top", type=int, default=10)
    p.set_defaults(run=_stats)

    p = sub.add_parser("path", help="shortest chains of triples between two entities")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--graph", "-g", action="append", default=[])
    p.add_argument("--limit", type=int, default=3)
    p.set_defaults(run=_path)

    p = sub.add_parser("validate", help="check a graph against the SHACL shapes")
    p.add_argument("graph", nargs="+")
    p.set_defaults(run=_validate)

    p = sub.add_parser("eval", help="score extraction: `kg eval --gold G.jsonl ARTICLES...` or `kg eval conll04`")
    p.add_argument("sources", nargs="*", help="articles, or the word conll04")
    p.add_argument("--gold", help="gold JSONL in the CONTRACT format")
    p.add_argument("--split", default="dev", choices=["train", "dev", "test"], help="with conll04")
    p.add_argument("--conll04-dir", help="folder with the CoNLL04 {train,dev,test}.jsonl")
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--graph-dir", help="also write the per-document graphs here")
    p.add_argument("--json", action="store_true", help="the full report as JSON")
    p.add_argument("--details", action=argparse.BooleanOptionalAction, default=None,
                   help="list every missed and wrong triple per document (default: on, off for conll04)")
    p.set_defaults(run=_eval)
    return parser


# --- commands ------------------------------------------------------------------------------------------------------

def _build(args) -> int:
    from .export import export_graph
    from .graph import build_rdf
    from .pipeline import build, print_progress, sample_sources

    sources = args.sources or sample_sources()
    result = build(sources, min_confidence=args.min_confidence, progress=None if args.quiet else print_progress)
    for problem in result.problems:
        print(f"kg build: skipped {problem}", file=sys.stderr)
    if not result.documents:
        print("kg build: error: no article could be read", file=sys.stderr)
        return EXIT_ERROR
    output = Path(args.output)
    export_graph(result.graph, _format_of(output), output)
    written = [str(output)]
    if args.per_doc:
        folder = Path(args.per_doc)
        for document in result.documents:
            path = folder / f"{_safe_filename(document.article.id)}.ttl"
            export_graph(build_rdf([document]), "turtle", path)
        written.append(f"{folder}/ ({len(result.documents)} files)")
    if args.html is not None:
        from .viz import render_html

        html = Path(args.html) if args.html else output.with_suffix(".html")
        render_html(result.graph, html)
        written.append(str(html))
    status = EXIT_PARTIAL if result.problems else EXIT_OK
    if args.validate:
        from .validate import validate_graph

        report = validate_graph(result.graph)
        if not report.conforms:
            print(report.text, file=sys.stderr)
            print(f"kg build: the graph does not conform to the shapes ({report.violations} violation(s))", file=sys.stderr)
            status = EXIT_ERROR
        elif not args.quiet:
            print("SHACL validation: the graph conforms")
    if not args.quiet:
        print(result.summary())
        print("wrote " + ", ".join(written))
    return status


def _load(paths: Sequence[str]):
    from .store import load_graphs

    return load_graphs(paths or ["graph.ttl"])


def _query(args) -> int:
    from .query import format_result, load_query, run_query, run_query_endpoint

    params = {}
    for item in args.param:
        if "=" not in item:
            raise _usage(f"--param takes NAME=VALUE, got {item!r}")
        name, value = item.split("=", 1)
        params[name.strip()] = value
    query = load_query(args.query)
    if args.endpoint:
        result = run_query_endpoint(args.endpoint, query, params)
    else:
        result = run_query(_load(args.graph), query, params)
    text = format_result(result, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _queries(args) -> int:
    from .query import list_queries

    for query in list_queries():
        params = ", ".join(p.name for p in query.params)
        print(f"{query.name:28} {query.description}" + (f"  [params: {params}]" if params else ""))
    return EXIT_OK


def _export(args) -> int:
    from .export import export_graph

    text = export_graph(_load(args.graph), args.format, args.output)
    if args.output is None and text is not None:
        sys.stdout.write(text)
    return EXIT_OK


def _viz(args) -> int:
    from .viz import render_html

    summary = render_html(_load(args.graph), args.output, focus=args.focus, depth=args.depth,
                          max_nodes=args.max_nodes, title=args.title)
    note = f" (cut from {summary.total_nodes} to the most central)" if summary.truncated else ""
    print(f"wrote {summary.path}: {summary.nodes} nodes{note}, {summary.edges} edges")
    return EXIT_OK


def _stats(args) -> int:
    from .analytics import format_stats, graph_stats

    print(format_stats(graph_stats(_load(args.graph), top=args.top)))
    return EXIT_OK


def _path(args) -> int:
    from .analytics import format_paths, shortest_paths

    paths = shortest_paths(_load(args.graph), args.source, args.target, limit=args.limit)
    print(format_paths(paths))
    return EXIT_OK if paths else EXIT_PARTIAL


def _validate(args) -> int:
    from .validate import validate_graph

    report = validate_graph(_load(args.graph))
    print(report.text if not report.conforms else "the graph conforms to the shapes")
    return EXIT_OK if report.conforms else EXIT_ERROR


def _eval(args) -> int:
    from . import evaluate
    from .graph import build_rdf
    from .ingest import read_articles
    from .pipeline import build_documents, print_progress

    conll = args.sources[:1] == ["conll04"]
    if conll:
        folder = Path(args.conll04_dir) if args.conll04_dir else _default_conll04_dir()
        path = folder / f"{args.split}.jsonl"
        if not path.exists():
            raise _usage(f"{path}: no such file (give --conll04-dir)")
        gold = evaluate.conll04_gold(path)
        articles = evaluate.conll04_articles(path)
        problems = []
    else:
        if not args.gold:
            raise _usage("give --gold FILE.jsonl (or: kg eval conll04 --split dev)")
        gold = evaluate.read_gold(Path(args.gold))
        gold_path = Path(args.gold).resolve()
        ingested = read_articles(args.sources, exclude={gold_path})
        articles, problems = ingested.articles, ingested.problems
        for problem in problems:
            print(f"kg eval: skipped {problem}", file=sys.stderr)
    graphs = {}
    for document in build_documents(articles, min_confidence=args.min_confidence, progress=print_progress):
        graph = build_rdf([document])
        graphs[document.article.id] = graph
        if args.graph_dir:
            from .export import export_graph

            export_graph(graph, "turtle", Path(args.graph_dir) / f"{_safe_filename(document.article.id)}.ttl")
    report = evaluate.score_graphs(gold, graphs)
    if args.json:
        import json

        print(json.dumps(evaluate.report_to_json(report), indent=1, default=list))
    else:
        print(evaluate.format_report(report, details=args.details if args.details is not None else not conll))
    return EXIT_PARTIAL if problems else EXIT_OK


# --- helpers ---------------------------------------------------------------------------------------------------------

class _UsageError(KgError):
    pass


def _usage(message: str) -> KgError:
    return _UsageError(message)


def _format_of(path: Path) -> str:
    from .export import format_for_path

    return format_for_path(path)


def _safe_filename(doc_id: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "doc"


def _default_conll04_dir() -> Path:
    import os

    env = os.environ.get("KG_CONLL04")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "conll04"


if __name__ == "__main__":
    sys.exit(main())
