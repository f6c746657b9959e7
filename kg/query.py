"""Named SPARQL queries: finding them, binding their parameters safely, running them on a graph or an endpoint, and
printing the answer.

A named query is a `.rq` file in `queries/` that starts with comment headers::

    # name: entity
    # description: Everything known about one entity ...
    # param: name — a name of the entity
    # param: limit — (optional) ...

A parameter NAME is the SPARQL variable ?NAME. Its value is always a string, made into an RDF literal by rdflib and
bound as data, never pasted into the query as text, so quotes or braces in a value cannot change what the query
does. An endpoint gets it as a `VALUES ?NAME { "..." }` block written by rdflib; rdflib itself gets it as an initial
binding (`initBindings`), which gives the same rows for a query that uses the value where the block goes (the
Oxigraph tests check this for every named query) while letting rdflib's optimiser keep its lazy joins.

The block goes at the start of the query's top-level WHERE group, or, when the query has a comment line
`# @params`, right there. Only the group holding the block (and EXISTS patterns inside it) sees the value in its
FILTERs, as SPARQL evaluates groups bottom-up. The marker exists for speed: a group's FILTERs apply only after the
whole group is joined, so a query that selects by a parameter should bind and test it in a small first nested
group (`{ # @params ... FILTER(...) }`) and do the expensive joins outside it. An optional parameter that is not
given is left unbound, so test it with `!BOUND(?NAME) || ...`.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator, Mapping

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Node

from .errors import QueryError
from .resources import queries_dir
from .vocab import PREFIXES

__all__ = [
    "NamedQuery", "QueryParam", "QueryResult", "TABLE_FORMATS", "list_queries", "load_query", "parse_query_text",
    "check_parameters", "bind_parameters", "run_query", "run_query_endpoint", "format_result",
]

TABLE_FORMATS = ("table", "csv", "json")
_GRAPH_FORMATS = ("turtle", "ttl", "nt")  # also accepted by format_result for CONSTRUCT/DESCRIBE answers

_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# "# param: NAME — description", accepting an em dash, en dash, hyphen or colon between name and description.
_PARAM_LINE = re.compile(r"^\s*([^\s\u2014\u2013:-]+)\s*(?:[\u2014\u2013:-]+\s*(.*))?$")
_HEADER_LINE = re.compile(r"^#\s*([A-Za-z][A-Za-z_-]*)\s*:\s?(.*)$")


@dataclass(frozen=True)
class QueryParam:
    name: str
    description: str = ""
    required: bool = True


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query and what its headers say about it. `path` is None for a query given as text."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    path: Path | None
    text: str = field(repr=False, default="")

    @property
    def source(self) -> str:
        """How error messages name the query: its file, or "<inline query>"."""
        return str(self.path) if self.path is not None else "<inline query>"

    def param(self, name: str) -> QueryParam | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class QueryResult:
    """The answer to a query, engine-neutral.

    `kind` is SELECT, ASK, CONSTRUCT or DESCRIBE. `rows` hold Python values: IRIs as `str`, blank nodes as "_:id",
    literals as their Python value (str, int, Decimal, float, bool, date...), unbound as None. An ASK answer is
    `boolean`, also given as one row of one column "result"; a CONSTRUCT or DESCRIBE answer is `graph`, also given
    as rows of subject, predicate, object.
    """

    kind: str
    columns: list[str]
    rows: list[tuple[Any, ...]]
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


# ----------------------------------------------------------------------------------------------------------------
# Finding and reading queries


def _queries_dir() -> Path:
    try:
        return queries_dir()
    except FileNotFoundError as error:
        raise QueryError(str(error)) from error


def parse_query_text(text: str, path: Path | None = None, default_name: str = "query") -> NamedQuery:
    """Read the comment headers of a query. Raises `QueryError` for a malformed `# param:` header."""
    name: str | None = None
    description: list[str] = []
    params: list[QueryParam] = []
    source = str(path) if path is not None else "<inline query>"
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break  # headers are the comment block at the top; comments further down are the query's own
        match = _HEADER_LINE.match(line)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "name":
            name = value
        elif key == "description":
            description.append(value)
        elif key == "param":
            params.append(_parse_param(value, source, number))
    seen: set[str] = set()
    for param in params:
        if param.name in seen:
            raise QueryError(f"{source}: parameter {param.name!r} is declared twice")
        seen.add(param.name)
        # A declared parameter the query never mentions would be silently ignored: a typo in the header or query.
        if not re.search(r"[?$]" + re.escape(param.name) + r"(?![A-Za-z0-9_])", _strip_comments(text)):
            raise QueryError(f"{source}: parameter {param.name!r} is declared but the query never uses ?{param.name}")
    return NamedQuery(name=name or default_name, description=" ".join(description), params=tuple(params),
                      path=path, text=text)


def _parse_param(value: str, source: str, line: int) -> QueryParam:
    match = _PARAM_LINE.match(value)
    if not match or not _PARAM_NAME.fullmatch(match.group(1)):
        raise QueryError(f"{source}, line {line}: bad '# param:' header {value!r}; expected '# param: NAME — "
                         f"description' with NAME a SPARQL variable name (letters, digits, underscore)")
    description = (match.group(2) or "").strip()
    required = "(optional" not in description.lower()
    return QueryParam(name=match.group(1), description=description, required=required)


def list_queries() -> list[NamedQuery]:
    """Every named query in `queries/`, sorted by name."""
    queries = [_read_query_file(path) for path in sorted(_queries_dir().glob("*.rq"))]
    return sorted(queries, key=lambda q: q.name)


def _read_query_file(path: Path) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise QueryError(f"{path}: no such query file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read: {error}") from error
    return parse_query_text(text, path=path, default_name=path.stem)


def load_query(name_or_path: str | Path) -> NamedQuery:
    """A query by name (a file of `queries/`, by its `# name:` or file name) or by path to an `.rq` file.

    Raises `QueryError` listing the available names when there is no such query.
    """
    candidate = Path(name_or_path)
    # Names never contain a folder or the .rq suffix, so anything that does is a path.
    if isinstance(name_or_path, Path) or candidate.suffix == ".rq" or len(candidate.parts) > 1:
        if not candidate.is_file():
            raise QueryError(f"{candidate}: no such query file")
        return _read_query_file(candidate)
    name = str(name_or_path)
    directory = _queries_dir()
    by_file = directory / f"{name}.rq"
    if by_file.is_file():
        return _read_query_file(by_file)
    queries = list_queries()
    for query in queries:
        if query.name == name:
            return query
    available = ", ".join(q.name for q in queries) or "(none)"
    raise QueryError(f"unknown query {name!r}; available queries in {directory}: {available}")


def _as_named_query(query: NamedQuery | str | Path) -> NamedQuery:
    if isinstance(query, NamedQuery):
        return query
    if isinstance(query, Path):
        return load_query(query)
    # A bare word is a query name (so that a typo says "unknown query, available: ..."); anything with spaces or
    # braces is SPARQL text.
    if not re.search(r"[\s{]", query):
        return load_query(query)
    return parse_query_text(query)


# ----------------------------------------------------------------------------------------------------------------
# Parameters


def _strip_comments(text: str) -> str:
    """The query with comments blanked out (same length), leaving strings and IRIs intact."""
    out = list(text)
    for kind, start, end in _scan(text):
        if kind == "comment":
            out[start:end] = " " * (end - start)
    return "".join(out)


_TOKEN = re.compile(
    r'(?P<comment>\#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)'
    r'|(?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_\-.:%\\]*)?|:[A-Za-z0-9_\-.:%\\]*)'
    r'|(?P<open>\{)|(?P<close>\})',
    re.DOTALL,
)


def _scan(text: str) -> Iterator[tuple[str, int, int]]:
    """The tokens of a SPARQL query that matter for finding its WHERE group: comments, strings and IRIs (so that
    braces and keywords inside them are ignored), words, variables and braces."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        yield kind, match.start(), match.end()


def _where_group_start(text: str, source: str) -> int:
    """The index just after the `{` that opens the query's top-level WHERE group."""
    form: str | None = None
    depth = 0
    after_where = False
    for kind, start, end in _scan(text):
        if kind == "word" and depth == 0:
            word = text[start:end].upper()
            if form is None and word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = word
            elif word == "WHERE":
                after_where = True
        elif kind == "open":
            # CONSTRUCT's first group is its template, unless it is the short form "CONSTRUCT WHERE { }".
            if depth == 0 and form is not None and (after_where or form != "CONSTRUCT"):
                return end
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
    raise QueryError(f"{source}: cannot find the query's WHERE group to bind parameters in")


def _parameter_position(text: str, source: str) -> int:
    """Where the VALUES block goes: after a `# @params` comment line if the query has one, else at the start of
    the top-level WHERE group."""
    where = _where_group_start(text, source)
    markers = [end for kind, start, end in _scan(text)
               if kind == "comment" and text[start:end].lstrip("#").strip().lower().startswith("@params")]
    if not markers:
        return where
    if len(markers) > 1:
        raise QueryError(f"{source}: more than one '# @params' marker")
    if markers[0] < where:
        raise QueryError(f"{source}: the '# @params' marker must be inside the WHERE clause")
    return markers[0]


def _sparql_literal(value: str) -> str:
    """`value` as a SPARQL string literal, written by rdflib (which escapes quotes, backslashes and line breaks).

    rdflib leaves tabs raw, and rdflib's own SPARQL parser (pyparsing) expands raw tabs to spaces, which would
    change the value; `\\t` is a valid escape in every SPARQL string form, so tabs are escaped as well.
    """
    return Literal(value).n3().replace("\t", "\\t")


def check_parameters(query: NamedQuery, params: Mapping[str, str] | None) -> dict[str, str]:
    """The parameters that were given a value, in declaration order, after checking them against the query's
    `# param:` headers. Raises `QueryError` for an unknown parameter, a missing required one, or a non-string."""
    params = dict(params or {})
    declared = {p.name for p in query.params}
    unknown = sorted(set(params) - declared)
    if unknown:
        accepted = ", ".join(sorted(declared)) if declared else "none"
        raise QueryError(f"{query.source}: unknown parameter {', '.join(map(repr, unknown))} for query "
                         f"{query.name!r} (it accepts: {accepted})")
    missing = [p.name for p in query.params if p.required and params.get(p.name) is None]
    if missing:
        raise QueryError(f"{query.source}: query {query.name!r} needs parameter "
                         f"{', '.join(map(repr, missing))} ({'; '.join(_describe(query.param(m)) for m in missing)})")
    given: dict[str, str] = {}
    for param in query.params:
        value = params.get(param.name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise QueryError(f"{query.source}: parameter {param.name!r} must be a string, "
                             f"not {type(value).__name__}")
        given[param.name] = value
    return given


def bind_parameters(query: NamedQuery, params: Mapping[str, str] | None) -> str:
    """The query text with each given parameter bound by a VALUES block (see the module's docstring for where).

    This is what `run_query_endpoint` sends. Raises `QueryError` as `check_parameters` does.
    """
    given = check_parameters(query, params)
    if not given:
        return query.text
    # Each value becomes one RDF literal written by rdflib, which escapes quotes, backslashes and line breaks: the
    # query's structure cannot depend on it.
    blocks = [f"VALUES ?{name} {{ {_sparql_literal(value)} }}" for name, value in given.items()]
    position = _parameter_position(query.text, query.source)
    return query.text[:position] + "\n  " + "\n  ".join(blocks) + "\n" + query.text[position:]


def _describe(param: QueryParam | None) -> str:
    if param is None:
        return ""
    return f"{param.name}: {param.description}" if param.description else param.name


# ----------------------------------------------------------------------------------------------------------------
# Running


def _check_syntax(query: NamedQuery) -> str:
    """Parse the query as written (so that line numbers match the file); returns its form (SELECT, ASK...)."""
    try:
        parsed = parseQuery(query.text)
    except Exception as error:  # pyparsing's ParseException, or rdflib's errors for bad prefixes and IRIs
        raise QueryError(f"{query.source}: SPARQL syntax error: {_parse_error_message(error)}") from error
    name = getattr(parsed[1], "name", "") if len(parsed) > 1 else ""
    form = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
            "DescribeQuery": "DESCRIBE"}.get(name)
    if form is None:
        raise QueryError(f"{query.source}: not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return form


def _parse_error_message(error: Exception) -> str:
    line, column = getattr(error, "lineno", None), getattr(error, "col", None)
    message = getattr(error, "msg", None) or str(error)
    if isinstance(line, int) and isinstance(column, int):
        return f"line {line}, column {column}: {message}"
    return " ".join(str(error).split())


def run_query(graph: Graph, query: NamedQuery | str | Path, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a query (a `NamedQuery`, a query name, or SPARQL text) on an rdflib graph with its parameters bound.

    Raises `QueryError` naming the query file for syntax errors, unknown or missing parameters, and evaluation
    errors.
    """
    named = _as_named_query(query)
    form = _check_syntax(named)
    given = check_parameters(named, params)
    # rdflib gets the values as initial bindings rather than the VALUES block an endpoint gets: its optimiser
    # only joins lazily (passing bindings down) when a join has no join below it, and the block's own join would
    # make `entity` scan every triple of the graph. For a query that tests its parameters where the VALUES block
    # goes, both give the same rows (tests/test_oxigraph.py checks every named query).
    bindings = {Variable(name): Literal(value) for name, value in given.items()}
    try:
        result = graph.query(named.text, initBindings=bindings)
        if form in ("CONSTRUCT", "DESCRIBE"):
            answer = Graph()
            for prefix, namespace in graph.namespaces():
                answer.bind(prefix, namespace, override=True, replace=True)
            for triple in result:
                answer.add(triple)  # type: ignore[arg-type]
            return _graph_result(form, answer)
        if form == "ASK":
            return _ask_result(bool(result.askAnswer))
        columns = [str(v) for v in (result.vars or [])]
        rows = [tuple(_python(term) for term in row) for row in result]  # type: ignore[union-attr]
        return QueryResult(kind="SELECT", columns=columns, rows=rows)
    except QueryError:
        raise
    except Exception as error:
        raise QueryError(f"{named.source}: query {named.name!r} failed: {error}") from error


def _ask_result(answer: bool) -> QueryResult:
    return QueryResult(kind="ASK", columns=["result"], rows=[(answer,)], boolean=answer)


def _graph_result(form: str, graph: Graph) -> QueryResult:
    triples = sorted(graph, key=lambda t: tuple(_sort_key(x) for x in t))
    rows = [tuple(_python(term) for term in triple) for triple in triples]
    return QueryResult(kind=form, columns=["subject", "predicate", "object"], rows=rows, graph=graph)


def _sort_key(term: Node) -> tuple[int, str]:
    return (0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2, str(term))


def _python(term: Node | None) -> Any:
    """An RDF term as the plain Python value a table, CSV or JSON shows."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        # Rebuilt from the lexical form: a literal made in Python keeps the Python value it was made from (a float
        # for `Literal(0.9, datatype=XSD.decimal)`), one read from a file or an endpoint gets the datatype's value
        # type (Decimal); the same graph must give the same values whichever way it reached the query.
        if term.datatype is not None:
            term = Literal(str(term), datatype=term.datatype)
        value = term.toPython()
        # rdflib hands back the Literal itself for datatypes it does not know and for ill-typed values.
        return str(value) if isinstance(value, Literal) else value
    return str(term)


def run_query_endpoint(endpoint_url: str, query: NamedQuery | str | Path, params: Mapping[str, str] | None = None,
                       timeout: float = 60.0) -> QueryResult:
    """Run a query on a SPARQL 1.1 endpoint over HTTP (e.g. `oxigraph serve`), with the same parameter binding as
    `run_query`, so both give the same rows.

    `endpoint_url` is the query endpoint; a bare server address such as http://localhost:7878 is taken to mean its
    `/query` path, where Oxigraph answers. Raises `QueryError` when the endpoint cannot be reached or refuses.
    """
    named = _as_named_query(query)
    form = _check_syntax(named)
    text = bind_parameters(named, params)
    url = _query_url(endpoint_url)
    accept = ("application/n-triples" if form in ("CONSTRUCT", "DESCRIBE")
              else "application/sparql-results+json")
    request = urllib.request.Request(url, data=text.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query; charset=utf-8",
        "Accept": accept,
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()
        raise QueryError(f"{named.source}: endpoint {url} refused query {named.name!r}: HTTP {error.code} "
                         f"{error.reason}: {detail[:500]}") from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise QueryError(f"cannot reach SPARQL endpoint {url}: {reason}") from error
    if form in ("CONSTRUCT", "DESCRIBE"):
        answer = Graph()
        try:
            answer.parse(data=body.decode("utf-8"), format="nt")
        except Exception as error:
            raise QueryError(f"endpoint {url} sent an unreadable N-Triples answer: {error}") from error
        return _graph_result(form, answer)
    try:
        data = json.loads(body)
    except ValueError as error:
        raise QueryError(f"endpoint {url} sent an unreadable SPARQL JSON answer: {error}") from error
    if "boolean" in data:
        return _ask_result(bool(data["boolean"]))
    columns = list(data.get("head", {}).get("vars", []))
    rows = [tuple(_python(_json_term(binding.get(column))) for column in columns)
            for binding in data.get("results", {}).get("bindings", [])]
    return QueryResult(kind="SELECT", columns=columns, rows=rows)


def _query_url(endpoint_url: str) -> str:
    parts = urllib.parse.urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise QueryError(f"not an HTTP endpoint URL: {endpoint_url!r}")
    if parts.path in ("", "/"):
        parts = parts._replace(path="/query")
    return urllib.parse.urlunsplit(parts)


def _json_term(value: Mapping[str, str] | None) -> Node | None:
    """A term of the SPARQL 1.1 Query Results JSON format as an rdflib term."""
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        datatype = value.get("datatype")
        return Literal(value["value"], lang=value.get("xml:lang"), datatype=URIRef(datatype) if datatype else None)
    raise QueryError(f"SPARQL endpoint sent a term of unknown type {kind!r}")


# ----------------------------------------------------------------------------------------------------------------
# Printing


def format_result(result: QueryResult, fmt: str = "table", *, max_width: int = 60) -> str:
    """The result as text: "table" (aligned columns under a header rule, cells cut to `max_width` characters, IRIs
    shortened to prefixed names), "csv", or "json" (a list of objects). A CONSTRUCT or DESCRIBE answer can also be
    printed as "turtle" or "nt"."""
    fmt = fmt.lower()
    if fmt == "table":
        return _format_table(result, max_width)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else _text(v) for v in row])
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([{c: _json_value(v) for c, v in zip(result.columns, row)} for row in result.rows],
                          indent=2, ensure_ascii=False) + "\n"
    if fmt in _GRAPH_FORMATS:
        if result.graph is None:
            raise QueryError(f"format {fmt!r} is only for CONSTRUCT and DESCRIBE answers; this is a {result.kind}")
        from .export import export_graph

        return export_graph(result.graph, fmt) or ""
    raise QueryError(f"unknown output format {fmt!r}; use one of {', '.join(TABLE_FORMATS + _GRAPH_FORMATS)}")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        # A JSON number, as a reader expects for a confidence; integral decimals stay integers.
        return int(value) if value == value.to_integral_value() else float(value)
    return _text(value)


def _compact(value: str) -> str:
    """An IRI as a prefixed name when one of the project's namespaces covers it."""
    best = ""
    best_prefix = ""
    for prefix, namespace in PREFIXES.items():
        ns = str(namespace)
        if value.startswith(ns) and len(ns) > len(best):
            best, best_prefix = ns, prefix
    if best and len(value) > len(best):
        return f"{best_prefix}:{value[len(best):]}"
    return value


def _format_table(result: QueryResult, max_width: int) -> str:
    if max_width < 4:
        raise QueryError("table cells need a max_width of at least 4 characters")

    def cell(value: Any) -> str:
        if value is None:
            return ""
        text = _text(value)
        if isinstance(value, str) and "://" in text[:12]:
            text = _compact(text)
        text = " ".join(text.split())  # a sentence's line breaks would break the table
        return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"

    header = [str(c) for c in result.columns]
    body = [[cell(v) for v in row] for row in result.rows]
    widths = [max([len(header[i])] + [len(r[i]) for r in body]) for i in range(len(header))]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()

    lines = [line(header), "  ".join("-" * w for w in widths)]
    lines.extend(line(r) for r in body)
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"
