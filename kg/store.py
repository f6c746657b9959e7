"""Reading RDF files back into one rdflib graph, for querying, validation and export.

Every supported format ends up as a plain `rdflib.Graph`: quad formats (N-Quads, TriG, JSON-LD with named graphs)
are read as a dataset and their graphs merged, because every consumer in `kg` (the queries, the network view, the
exporters) works on the union of what was extracted, and a query that silently saw only the default graph of a TriG
file would look like an empty result rather than an error.
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph

from .errors import GraphLoadError
from .graph import new_graph

__all__ = ["FORMATS_BY_SUFFIX", "QUAD_FORMATS", "guess_format", "load_graph", "load_graphs"]

# rdflib parser name for each file suffix.
FORMATS_BY_SUFFIX = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
    ".n3": "n3",
}

# Names a user may type for a format, mapped to rdflib's parser name.
_FORMAT_ALIASES = {
    "turtle": "turtle", "ttl": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "json-ld": "json-ld", "jsonld": "json-ld", "json": "json-ld",
    "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml", "owl": "xml",
    "n3": "n3",
}

# Formats that can hold named graphs and so must be parsed into a Dataset.
QUAD_FORMATS = frozenset({"nquads", "trig", "json-ld"})

# Formats with one statement per line, where a failing line can be located by parsing lines one at a time.
_LINE_FORMATS = frozenset({"nt", "nquads"})


def guess_format(path: Path | str) -> str:
    """The rdflib parser name for `path`, from its suffix; `GraphLoadError` when the suffix is not one we read."""
    path = Path(path)
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(FORMATS_BY_SUFFIX))
        raise GraphLoadError(
            f"{path}: cannot tell the RDF format from the suffix {path.suffix or '(none)'!r}; "
            f"use one of {known} or give the format explicitly")
    return fmt


def _normalise_format(path: Path, fmt: str | None) -> str:
    if fmt is None:
        return guess_format(path)
    name = _FORMAT_ALIASES.get(fmt.strip().lower())
    if name is None:
        raise GraphLoadError(
            f"{path}: unknown RDF format {fmt!r}; known formats: {', '.join(sorted(set(_FORMAT_ALIASES)))}")
    return name


def load_graph(path: Path | str, format: str | None = None) -> Graph:
    """Parse one RDF file into a new graph carrying the project's prefixes.

    `format` is an rdflib parser name or a common alias (ttl, jsonld, rdfxml...); by default it follows the file
    suffix. A quad format gives the union of all its graphs. Raises `GraphLoadError` naming the file when it is
    missing or does not parse (with the parser's line and message where it gives one).
    """
    graph = new_graph()
    _parse_into(graph, Path(path), format)
    return graph


def load_graphs(paths: Iterable[Path | str], format: str | None = None) -> Graph:
    """Parse several RDF files into one graph (their union); each file's format follows its own suffix unless
    `format` is given."""
    paths = list(paths)
    if not paths:
        raise GraphLoadError("no RDF files given to load")
    graph = new_graph()
    for path in paths:
        _parse_into(graph, Path(path), format)
    return graph


def _parse_into(graph: Graph, path: Path, format: str | None) -> None:
    if not path.exists():
        raise GraphLoadError(f"{path}: no such file")
    if not path.is_file():
        raise GraphLoadError(f"{path}: not a file")
    fmt = _normalise_format(path, format)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GraphLoadError(f"{path}: cannot read: {error.strerror or error}") from error
    # The file's own base IRI, so that relative IRIs resolve as they would for any other tool reading it.
    base = path.resolve().as_uri()
    try:
        if fmt in QUAD_FORMATS:
            dataset = Dataset()
            with warnings.catch_warnings():
                # rdflib's own quad parsers use its deprecated ConjunctiveGraph API; nothing a user can act on.
                warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib(\.|$)")
                dataset.parse(data=data, format=fmt, publicID=base)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            for prefix, namespace in dataset.namespaces():
                _bind_if_free(graph, prefix, namespace)
        else:
            parsed = Graph()
            parsed.parse(data=data, format=fmt, publicID=base)
            graph += parsed
            for prefix, namespace in parsed.namespaces():
                _bind_if_free(graph, prefix, namespace)
    except GraphLoadError:
        raise
    except Exception as error:  # rdflib's parsers raise a different exception type for every format
        raise GraphLoadError(f"{path}: not valid {fmt}: {_describe_parse_error(error, data, fmt)}") from error


def _bind_if_free(graph: Graph, prefix: str, namespace: object) -> None:
    # The project's own prefixes win: a file that rebinds `kg:` must not change how exports and tables read.
    bound = dict(graph.namespaces())
    if prefix not in bound and namespace not in bound.values():
        graph.bind(prefix, namespace, override=False)


def _describe_parse_error(error: Exception, data: bytes, fmt: str) -> str:
    """The parser's own message, reduced to line and reason where the parser gives them."""
    why = getattr(error, "_why", None)  # notation3.BadSyntax (Turtle, TriG, N3)
    lines = getattr(error, "lines", None)
    if why is not None and isinstance(lines, int):
        return f"line {lines + 1}: {why}"
    get_line = getattr(error, "getLineNumber", None)  # xml.sax.SAXParseException (RDF/XML)
    if callable(get_line):
        return f"line {get_line()}, column {error.getColumnNumber()}: {error.getMessage()}"  # type: ignore[attr-defined]
    message = " ".join(str(error).split()) or type(error).__name__
    if fmt in _LINE_FORMATS:
        line = _first_bad_line(data, fmt)
        if line is not None:
            return f"line {line}: {message}"
    return message


def _first_bad_line(data: bytes, fmt: str) -> int | None:
    """The number of the first line that does not parse on its own (rdflib's N-Triples and N-Quads parsers do not
    say where they failed)."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith(b"#"):
            continue
        try:
            (Dataset() if fmt == "nquads" else Graph()).parse(data=line + b"\n", format=fmt)
        except Exception:
            return number
    return None
