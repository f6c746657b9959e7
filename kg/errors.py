"""The errors `kg` raises for bad input: one base class, so the command line can catch them all and print the
message (which names the file and the problem) instead of a traceback."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error caused by the user's input or environment rather than by a bug in `kg`."""


class GraphLoadError(KgError):
    """An RDF file is missing, unreadable, or does not parse."""


class QueryError(KgError):
    """A SPARQL query is unknown, malformed, given the wrong parameters, or failed at an endpoint."""


class ExportError(KgError):
    """A graph could not be serialized or written."""
