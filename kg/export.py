"""Writing a graph out: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML, and GraphML for Gephi.

Output is deterministic: the same triples give byte-identical files whatever order they were added in, so that a
rebuilt graph can be diffed against the last one and committed without noise. Turtle, TriG, N-Triples, N-Quads and
JSON-LD are written here, sorted; RDF/XML is written by rdflib from a copy of the graph filled in sorted order
(rdflib's in-memory store iterates in insertion order). Blank nodes get labels derived from the graph's structure
(rdflib's canonicalisation), so they too come out the same each time. (A dataset with named graphs, which `kg`
itself never builds, is written by rdflib for TriG and without blank-node canonicalisation for N-Quads.)

Files are written atomically: to a temporary file in the same folder, then renamed over the target, so a failed
export never leaves a half-written file (and never damages the file it was replacing).
"""
from __future__ import annotations

import io
import json
import os
import re
import secrets
import warnings
from decimal import Decimal
from pathlib import Path
from itertools import groupby
from typing import Any, Callable, Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from .errors import ExportError
from .vocab import PREFIXES

__all__ = ["EXPORT_FORMATS", "FORMATS_BY_SUFFIX", "export_graph", "format_for_path", "normalise_format",
           "to_turtle", "to_ntriples", "atomic_write"]

# Every name a user may give for a format → the canonical name.
_ALIASES = {
    "turtle": "turtle", "ttl": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
    "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml",
    "graphml": "graphml",
}
EXPORT_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "xml", "graphml")

FORMATS_BY_SUFFIX = {
    ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld",
    ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".graphml": "graphml",
}


def normalise_format(fmt: str) -> str:
    """The canonical name of an export format (turtle, nt, nquads, trig, jsonld, xml, graphml)."""
    name = _ALIASES.get(fmt.strip().lower())
    if name is None:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(sorted(_ALIASES))}")
    return name


def format_for_path(path: Path | str) -> str:
    """The export format a file name asks for, from its suffix."""
    path = Path(path)
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"{path}: cannot tell the export format from the suffix {path.suffix or '(none)'!r}; "
                          f"use one of {' '.join(sorted(FORMATS_BY_SUFFIX))} or give the format")
    return fmt


def export_graph(graph: Graph, fmt: str, path: Path | str | None = None) -> str | None:
    """Serialize `graph` as `fmt`; return the text when `path` is None, else write it to `path` (atomically,
    creating parent folders) and return None.

    Raises `ExportError` naming the format (and file) when serialization or writing fails.
    """
    name = normalise_format(fmt)
    target = f"{path}: " if path is not None else ""
    try:
        text = _SERIALIZERS[name](graph)
    except ExportError:
        raise
    except Exception as error:  # rdflib and networkx raise many types; the user needs what and where
        raise ExportError(f"{target}cannot serialize the graph as {name}: {error}") from error
    if path is None:
        return text
    atomic_write(path, text.encode("utf-8"))
    return None


# ----------------------------------------------------------------------------------------------------------------
# Writing files


def atomic_write(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder and a rename, creating the folder.

    Raises `ExportError` naming the file; the previous file, if any, is left as it was.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path}: is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{path}: cannot create folder {path.parent}: {error.strerror or error}") from error
    # Same folder, so the rename stays on one file system and is atomic.
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        # 0o666 less the umask, as for any new file; mkstemp's private 0o600 would surprise whoever shares it.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from error
    finally:
        if temporary.exists():
            temporary.unlink()
    return path


# ----------------------------------------------------------------------------------------------------------------
# Canonical triples


def _canonical_triples(graph: Graph) -> list[tuple[Node, Node, Node]]:
    """The triples of `graph`, sorted, with blank nodes relabelled b0, b1... from the graph's structure."""
    triples: Iterable[tuple[Node, Node, Node]] = graph.triples((None, None, None))
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        # rdflib's canonical labels are hashes of each blank node's surroundings: stable, but long. Number them in
        # sorted order instead, which is just as stable.
        triples = list(to_canonical_graph(graph).triples((None, None, None)))
        labels = sorted({str(t) for triple in triples for t in triple if isinstance(t, BNode)})
        short = {label: BNode(f"b{i}") for i, label in enumerate(labels)}
        triples = [tuple(short[str(t)] if isinstance(t, BNode) else t for t in triple)  # type: ignore[misc]
                   for triple in triples]
    return sorted(triples, key=lambda t: (_term_key(t[0]), _predicate_key(t[1]), _term_key(t[2])))


def _term_key(term: Node) -> tuple:
    if isinstance(term, URIRef):
        return (0, str(term), "", "")
    if isinstance(term, BNode):
        # b2 before b10.
        digits = str(term)[1:]
        return (1, f"{int(digits):012d}" if digits.isdigit() else str(term), "", "")
    if isinstance(term, Literal):
        return (2, str(term), str(term.datatype or ""), term.language or "")
    return (3, str(term), "", "")


def _predicate_key(term: Node) -> tuple:
    return (0 if term == RDF.type else 1,) + _term_key(term)


def _sorted_graph(graph: Graph, triples: list[tuple[Node, Node, Node]] | None = None) -> Graph:
    """A copy of `graph` filled in sorted order, with the same prefixes, for rdflib's own serializers."""
    copy = Graph()
    for prefix, namespace in sorted(_prefixes(graph).items(), key=lambda item: item[1]):
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in triples if triples is not None else _canonical_triples(graph):
        copy.add(triple)
    return copy


# ----------------------------------------------------------------------------------------------------------------
# Terms

_PREFIX_NAME = re.compile(r"(?:[A-Za-z][A-Za-z0-9_-]*)?$")
_LOCAL_NAME = re.compile(r"[A-Za-z_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_UNSAFE = re.compile(r'[\\"\x00-\x1f\x7f]')
_BARE_LITERALS = {
    # Turtle's shorthand for these datatypes, when the lexical form is exactly what the shorthand would read back.
    XSD.integer: re.compile(r"[+-]?\d+$"),
    XSD.decimal: re.compile(r"[+-]?\d*\.\d+$"),
    XSD.double: re.compile(r"[+-]?(?:\d+\.\d*[eE][+-]?\d+|\.?\d+[eE][+-]?\d+)$"),
    XSD.boolean: re.compile(r"(?:true|false)$"),
}


def _prefixes(graph: Graph) -> dict[str, str]:
    """prefix → namespace: the graph's bindings, then the project's (which win), skipping names Turtle can't use."""
    chosen: dict[str, str] = {}
    for prefix, namespace in sorted((str(p), str(n)) for p, n in graph.namespaces()):
        chosen[prefix] = namespace
    for prefix, namespace in PREFIXES.items():
        chosen[prefix] = str(namespace)
    by_namespace: dict[str, str] = {}
    for prefix, namespace in sorted(chosen.items()):
        if namespace and _PREFIX_NAME.match(prefix) and namespace not in by_namespace:
            by_namespace[namespace] = prefix
    return {prefix: namespace for namespace, prefix in by_namespace.items()}


def _string(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        return _STRING_ESCAPES.get(char) or f"\\u{ord(char):04X}"

    return '"' + _STRING_UNSAFE.sub(escape, text) + '"'


def _iri(iri: str) -> str:
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", iri) + ">"


class _TermWriter:
    """Writes terms as Turtle (prefixed names where possible) or as N-Triples (`prefixes` empty)."""

    def __init__(self, prefixes: dict[str, str]):
        # Longest namespace first, so that kgr: is preferred to a shorter namespace that also covers an IRI.
        self._namespaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda item: (-len(item[0]), item))
        self._cache: dict[str, str] = {}
        self.used: set[str] = set()

    def iri(self, iri: str) -> str:
        cached = self._cache.get(iri)
        if cached is None:
            cached = _iri(iri)
            for namespace, prefix in self._namespaces:
                if iri.startswith(namespace) and _LOCAL_NAME.match(iri[len(namespace):]):
                    cached = f"{prefix}:{iri[len(namespace):]}"
                    break
            self._cache[iri] = cached
        if not cached.startswith("<"):
            self.used.add(cached.split(":", 1)[0])
        return cached

    def term(self, term: Node) -> str:
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, BNode):
            return f"_:{term}"
        if isinstance(term, Literal):
            lexical = str(term)
            if term.language:
                return f"{_string(lexical)}@{term.language}"
            if term.datatype is None:
                return _string(lexical)
            bare = _BARE_LITERALS.get(term.datatype)
            if self._namespaces and bare is not None and bare.match(lexical):
                return lexical
            return f"{_string(lexical)}^^{self.iri(str(term.datatype))}"
        raise ExportError(f"cannot write {term!r}: not an IRI, blank node or literal")


# ----------------------------------------------------------------------------------------------------------------
# Serializers


def to_turtle(graph: Graph) -> str:
    """Canonical Turtle: used prefixes sorted by name, subjects sorted (IRIs, then blank nodes), `a` first, then
    predicates and objects sorted. Byte-identical for the same triples."""
    prefixes = _prefixes(graph)
    writer = _TermWriter(prefixes)
    blocks: list[str] = []
    for subject, predicates in _grouped(_canonical_triples(graph)):
        lines: list[str] = []
        for predicate, objects in predicates:
            verb = "a" if predicate == RDF.type else writer.term(predicate)
            written = [writer.term(o) for o in objects]
            joined = ", ".join(written)
            if len(written) > 1 and len(verb) + len(joined) > 100:
                joined = (",\n" + " " * 8).join(written)
            lines.append(f"{verb} {joined}")
        blocks.append(writer.term(subject) + " " + " ;\n    ".join(lines) + " .\n")
    header = "".join(f"@prefix {p}: {_iri(prefixes[p])} .\n" for p in sorted(writer.used))
    return header + ("\n" if header and blocks else "") + "\n".join(blocks)


def to_ntriples(graph: Graph) -> str:
    """N-Triples, one triple a line, lines sorted."""
    writer = _TermWriter({})
    lines = {f"{writer.term(s)} {writer.term(p)} {writer.term(o)} .\n" for s, p, o in _canonical_triples(graph)}
    return "".join(sorted(lines))


def _nquads(graph: Graph) -> str:
    if not graph.context_aware:
        # A plain graph is the default graph of a dataset: its N-Quads are its N-Triples.
        return to_ntriples(graph)
    writer = _TermWriter({})
    lines = set()
    for s, p, o, context in graph.quads((None, None, None, None)):  # type: ignore[attr-defined]
        name = getattr(context, "identifier", context)
        label = "" if name is None or str(name) == "urn:x-rdflib:default" else " " + writer.term(name)
        lines.add(f"{writer.term(s)} {writer.term(p)} {writer.term(o)}{label} .\n")
    return "".join(sorted(lines))


def _trig(graph: Graph) -> str:
    if not graph.context_aware:
        # Turtle is TriG whose triples are all in the default graph; rdflib would invent a blank-node graph name.
        return to_turtle(graph)
    with warnings.catch_warnings():
        # rdflib's TriG serializer uses its own deprecated Dataset API; nothing a user can act on.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib(\.|$)")
        return graph.serialize(format="trig")


def _jsonld(graph: Graph) -> str:
    """JSON-LD in compact form with a context of the prefixes it uses.

    Written here rather than by rdflib, whose serializer turns every literal it can into a native JSON value once
    a context is given, losing xsd:string and ill-typed literals on the way back.
    """
    prefixes = _prefixes(graph)
    namespaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda item: (-len(item[0]), item))
    used: set[str] = set()

    def iri(text: str) -> str:
        for namespace, prefix in namespaces:
            local = text[len(namespace):]
            # A compact IRI whose suffix starts with "//" would be read back as an absolute IRI.
            if prefix and text.startswith(namespace) and local and not local.startswith("//"):
                used.add(prefix)
                return f"{prefix}:{local}"
        return text

    def node_id(term: Node) -> str:
        return f"_:{term}" if isinstance(term, BNode) else iri(str(term))

    def value(term: Node) -> dict[str, str] | str:
        if isinstance(term, Literal):
            if not term.language and term.datatype is None:
                return str(term)  # the context sets no default language, so a bare string is a plain literal
            item = {"@value": str(term)}
            if term.language:
                item["@language"] = term.language
            elif term.datatype is not None:
                item["@type"] = iri(str(term.datatype))
            return item
        return {"@id": node_id(term)}

    nodes: list[dict[str, Any]] = []
    for subject, predicates in _grouped(_canonical_triples(graph)):
        node: dict[str, Any] = {"@id": node_id(subject)}
        for predicate, objects in predicates:
            if predicate == RDF.type and not any(isinstance(o, Literal) for o in objects):
                types = [node_id(o) for o in objects]
                node["@type"] = types[0] if len(types) == 1 else types
            else:
                values = [value(o) for o in objects]
                node[iri(str(predicate))] = values[0] if len(values) == 1 else values
        nodes.append(node)
    context = {prefix: prefixes[prefix] for prefix in sorted(used)}
    return json.dumps({"@context": context, "@graph": nodes}, indent=2, ensure_ascii=False) + "\n"


def _grouped(triples: list[tuple[Node, Node, Node]]) -> Iterator[tuple[Node, list[tuple[Node, list[Node]]]]]:
    """Sorted triples as (subject, [(predicate, [objects])])."""
    for subject, same_subject in groupby(triples, key=lambda t: t[0]):
        yield subject, [(predicate, [t[2] for t in same_predicate])
                        for predicate, same_predicate in groupby(same_subject, key=lambda t: t[1])]


# Characters XML 1.0 cannot carry at all, not even escaped.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(graph: Graph) -> str:
    for triple in graph:
        for term in triple:
            match = _XML_FORBIDDEN.search(str(term))
            if match:
                raise ExportError(f"RDF/XML cannot hold the control character U+{ord(match.group(0)):04X} found in "
                                  f"{str(term)[:60]!r}; export as turtle or nt instead")
    return _sorted_graph(graph).serialize(format="xml")


def _graphml(graph: Graph) -> str:
    import networkx as nx

    from .network import to_networkx

    network = to_networkx(graph)
    flat = nx.MultiDiGraph()
    flat.graph.update(_graphml_attributes(network.graph))
    for node, data in network.nodes(data=True):
        flat.add_node(str(node), **_graphml_attributes(data))
    for source, target, key, data in network.edges(keys=True, data=True):
        flat.add_edge(str(source), str(target), key=key, **_graphml_attributes(data))
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def _graphml_attributes(data: dict[str, Any]) -> dict[str, Any]:
    """GraphML holds scalars only: lists become "; "-joined text, None is left out."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value if v is not None)
        elif isinstance(value, (set, frozenset)):
            value = "; ".join(sorted(str(v) for v in value if v is not None))
        elif isinstance(value, dict):
            value = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
        elif isinstance(value, Decimal):
            value = float(value)
        elif not isinstance(value, (bool, int, float, str)):
            value = str(value)
        flat[str(key)] = value
    return flat


_SERIALIZERS: dict[str, Callable[[Graph], str]] = {
    "turtle": to_turtle,
    "nt": to_ntriples,
    "nquads": _nquads,
    "trig": _trig,
    "jsonld": _jsonld,
    "xml": _xml,
    "graphml": _graphml,
}
