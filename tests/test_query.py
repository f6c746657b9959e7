"""Named queries, parameter binding, graph loading and result formatting, on a small hand-built graph."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.errors import GraphLoadError, KgError, QueryError
from kg.graph import build_rdf
from kg.model import Article, DocumentGraph, Entity, Evidence, Relation, Sentence
from kg.query import (NamedQuery, QueryResult, bind_parameters, format_result, list_queries, load_query,
                      parse_query_text, run_query)
from kg.store import load_graph, load_graphs
from kg.vocab import KG, entity_iri

# An organization whose names contain SPARQL syntax: a parameter equal to such a name must match it exactly,
# proving that the value reached the query as data.
TRICKY_NAME = 'Weird "Quoted" {Org} } # \\ end'
SENTENCES = [
    "Mohamed Khaled Khiari, Assistant Secretary-General for Political Affairs of the United Nations, briefed the OIC.",
    "The UN-led Doha Process is supported by Pakistan.",
    "Ishaq Dar, Deputy Prime Minister and Foreign Minister of Pakistan, welcomed the Pact for the Future.",
    "The UN Security Council is part of the United Nations.",
    "Pakistan is a member of the OIC, which is based in Jeddah, in Saudi Arabia.",
]


def _sentences() -> list[Sentence]:
    result, start = [], 0
    for index, text in enumerate(SENTENCES):
        result.append(Sentence(index=index, start=start, end=start + len(text), text=text))
        start += len(text) + 1
    return result


def _span(sentence: int, phrase: str) -> tuple[int, int]:
    text = SENTENCES[sentence]
    offset = _sentences()[sentence].start + text.index(phrase)
    return offset, offset + len(phrase)


def _relation(subject: str, predicate: str, obj: str, sentence: int, phrase: str, rule: str, confidence: float,
              literal: bool = False) -> Relation:
    start, end = _span(sentence, phrase)
    return Relation(subject=subject, predicate=predicate, object=obj, object_is_literal=literal,
                    evidence=Evidence(doc_id="un-oic-briefing", sentence=sentence, start=start, end=end, rule=rule,
                                      confidence=confidence))


def sample_entities() -> list[Entity]:
    return [
        Entity(key="person:khiari", type="Person", name="Mohamed Khaled Khiari", aliases={"Khiari"},
               titles={"Assistant Secretary-General for Political Affairs"}),
        Entity(key="person:dar", type="Person", name="Ishaq Dar", aliases={"Dar"},
               titles={"Deputy Prime Minister", "Foreign Minister"}),
        Entity(key="org:un", type="Organization", name="United Nations", aliases={"UN", "U.N."}),
        Entity(key="org:oic", type="Organization", name="Organization of Islamic Cooperation", aliases={"OIC"}),
        Entity(key="org:unsc", type="Organization", name="UN Security Council", aliases={"Security Council"}),
        Entity(key="country:PAK", type="Country", name="Pakistan"),
        Entity(key="country:SAU", type="Country", name="Saudi Arabia"),
        Entity(key="place:jeddah", type="Place", name="Jeddah"),
        Entity(key="process:doha", type="Process", name="Doha Process"),
        Entity(key="process:pact", type="Process", name="Pact for the Future"),
        Entity(key="org:weird", type="Organization", name="Weird Org", aliases={TRICKY_NAME}),
    ]


def sample_relations() -> list[Relation]:
    return [
        _relation("person:khiari", "represents", "org:un", 0, "Khiari, Assistant Secretary-General for Political "
                  "Affairs of the United Nations", "appositive-title", 0.9),
        _relation("person:khiari", "holdsTitle", "Assistant Secretary-General for Political Affairs", 0,
                  "Assistant Secretary-General for Political Affairs", "appositive-title", 0.9, literal=True),
        _relation("org:un", "leads", "process:doha", 1, "UN-led Doha Process", "x-led", 0.95),
        _relation("country:PAK", "supports", "process:doha", 1, "Doha Process is supported by Pakistan",
                  "passive-support", 0.7),
        _relation("person:dar", "represents", "country:PAK", 2, "Foreign Minister of Pakistan", "appositive-title",
                  0.85),
        _relation("person:dar", "supports", "process:pact", 2, "welcomed the Pact for the Future", "support-verb",
                  0.8),
        _relation("org:unsc", "partOf", "org:un", 3, "UN Security Council is part of the United Nations",
                  "part-of", 0.9),
        _relation("country:PAK", "memberOf", "org:oic", 4, "Pakistan is a member of the OIC", "member-of", 0.9),
        _relation("org:oic", "basedIn", "place:jeddah", 4, "based in Jeddah", "based-in", 0.75),
        _relation("place:jeddah", "locatedIn", "country:SAU", 4, "Jeddah, in Saudi Arabia", "located-in", 0.6),
    ]


def sample_document() -> DocumentGraph:
    article = Article(id="un-oic-briefing", text=" ".join(SENTENCES), title="UN briefs the OIC", date="2024-05-02")
    return DocumentGraph(article=article, sentences=_sentences(), entities=sample_entities(),
                         relations=sample_relations())


def sample_graph() -> Graph:
    return build_rdf([sample_document()])


@pytest.fixture(scope="module")
def graph() -> Graph:
    return sample_graph()


# ----------------------------------------------------------------------------------------------------------------
# Expected answers of every named query on the sample graph, shared with test_oxigraph.py.

EXPECTED_ROW_COUNTS = {
    "officials-by-organization": 2,
    "supporters-of-processes": 3,
    "memberships": 4,
    "titles": 3,
    "entities-by-class": 5,
    "rules": 8,
    "articles": 1,
    "provenance": 10,
}

# Values that would rewrite the query if they were pasted into it; as data they match nothing.
HOSTILE_VALUES = ('x" } ?s ?p ?o . {', 'Dar" || true || "')

# Parameters each named query is exercised with (on top of running it without optional ones).
QUERY_PARAMS: dict[str, list[dict[str, str]]] = {
    "entity": [{"name": "UN"}, {"name": "pakistan"}, {"name": TRICKY_NAME}, {"name": HOSTILE_VALUES[0]}],
    "provenance": [{}, {"subject": "Khiari"}, {"predicate": "supports"}, {"subject": "pakistan", "object": "OIC"},
                   {"object": "assistant secretary-general for political affairs"},
                   {"predicate": str(KG.represents)}, {"subject": HOSTILE_VALUES[1]}],
}


def test_every_query_file_has_name_and_description() -> None:
    queries = list_queries()
    names = {q.name for q in queries}
    assert {"officials-by-organization", "supporters-of-processes", "entity", "provenance", "memberships",
            "titles", "entities-by-class", "rules"} <= names
    for query in queries:
        assert query.path is not None and query.path.suffix == ".rq"
        assert query.name == query.path.stem, f"{query.path}: # name: should match the file name"
        assert query.description, f"{query.path}: no # description:"


def test_every_named_query_runs(graph: Graph) -> None:
    for query in list_queries():
        for params in QUERY_PARAMS.get(query.name, [{}]):
            result = run_query(graph, query, params)
            assert result.kind == "SELECT"
            assert result.columns and all(len(row) == len(result.columns) for row in result.rows)
            if query.name in EXPECTED_ROW_COUNTS and not params:
                assert len(result) == EXPECTED_ROW_COUNTS[query.name], (query.name, result.rows)


def test_officials_by_organization(graph: Graph) -> None:
    rows = run_query(graph, "officials-by-organization").as_dicts()
    assert [(r["organization"], r["class"], r["person"]) for r in rows] == [
        ("Pakistan", "Country", "Ishaq Dar"),
        ("United Nations", "Organization", "Mohamed Khaled Khiari"),
    ]
    dar, khiari = rows
    assert sorted(dar["titles"].split("; ")) == ["Deputy Prime Minister", "Foreign Minister"]
    assert khiari["titles"] == "Assistant Secretary-General for Political Affairs"
    assert khiari["article"] == "un-oic-briefing"
    assert khiari["sentence"] == SENTENCES[0]


def test_supporters_of_processes(graph: Graph) -> None:
    rows = run_query(graph, "supporters-of-processes").as_dicts()
    assert [(r["process"], r["relation"], r["supporter"], r["class"]) for r in rows] == [
        ("Doha Process", "leads", "United Nations", "Organization"),
        ("Doha Process", "supports", "Pakistan", "Country"),
        ("Pact for the Future", "supports", "Ishaq Dar", "Person"),
    ]
    assert rows[0]["sentence"] == SENTENCES[1] and rows[2]["sentence"] == SENTENCES[2]
    assert {r["article"] for r in rows} == {"un-oic-briefing"}


def test_entity_finds_the_triples_of_the_un(graph: Graph) -> None:
    rows = run_query(graph, "entity", {"name": "UN"}).as_dicts()
    assert {r["entity"] for r in rows} == {"United Nations"}
    facts = {(r["direction"], r["predicate"], r["other"]) for r in rows}
    assert {("out", "type", "Organization"), ("out", "altLabel", "UN"), ("out", "altLabel", "U.N."),
            ("out", "leads", "Doha Process"), ("in", "represents", "Mohamed Khaled Khiari"),
            ("in", "partOf", "UN Security Council"), ("out", "mentionedIn", "un-oic-briefing")} <= facts
    # Reified statements about the UN are provenance, not facts about it.
    assert not any(r["predicate"] in ("subject", "object") for r in rows)
    leads = next(r for r in rows if r["predicate"] == "leads")
    assert leads["sentence"] == SENTENCES[1] and leads["article"] == "un-oic-briefing"
    assert leads["otherNode"] == str(entity_iri("Process", "process:doha"))


def test_entity_name_is_case_insensitive_and_matches_any_label(graph: Graph) -> None:
    by_alias = run_query(graph, "entity", {"name": "u.n."})
    by_label = run_query(graph, "entity", {"name": "united nations"})
    assert by_alias.rows and sorted(by_alias.rows, key=repr) == sorted(by_label.rows, key=repr)
    assert len(run_query(graph, "entity", {"name": "Nobody"})) == 0


def test_provenance_finds_the_sentence(graph: Graph) -> None:
    rows = run_query(graph, "provenance", {"subject": "Khiari", "predicate": "represents",
                                           "object": "UN"}).as_dicts()
    assert len(rows) == 1
    row = rows[0]
    assert row["sentence"] == SENTENCES[0] and row["sentenceIndex"] == 0
    assert (row["article"], row["title"]) == ("un-oic-briefing", "UN briefs the OIC")
    assert str(row["date"]) == "2024-05-02"
    start, end = _span(0, "Khiari, Assistant Secretary-General for Political Affairs of the United Nations")
    assert (row["charStart"], row["charEnd"]) == (start, end)
    assert row["rule"] == "appositive-title" and row["confidence"] == Decimal("0.9")
    assert (row["subjectName"], row["predicateName"], row["objectName"]) == (
        "Mohamed Khaled Khiari", "represents", "United Nations")


def test_provenance_filters_combine(graph: Graph) -> None:
    supports = run_query(graph, "provenance", {"predicate": "SUPPORTS"}).as_dicts()
    assert {(r["subjectName"], r["objectName"]) for r in supports} == {
        ("Pakistan", "Doha Process"), ("Ishaq Dar", "Pact for the Future")}
    pakistan = run_query(graph, "provenance", {"subject": "Pakistan"}).as_dicts()
    assert {r["predicateName"] for r in pakistan} == {"supports", "memberOf"}
    title = run_query(graph, "provenance", {"object": "assistant secretary-general for political affairs"})
    assert [r["predicateName"] for r in title.as_dicts()] == ["holdsTitle"]
    by_iri = run_query(graph, "provenance", {"predicate": str(KG.represents)})
    assert len(by_iri) == 2


def test_memberships_titles_classes_rules(graph: Graph) -> None:
    memberships = {(r["member"], r["relation"], r["container"], r["memberClass"], r["containerClass"])
                   for r in run_query(graph, "memberships").as_dicts()}
    assert memberships == {
        ("UN Security Council", "partOf", "United Nations", "Organization", "Organization"),
        ("Pakistan", "memberOf", "Organization of Islamic Cooperation", "Country", "Organization"),
        ("Organization of Islamic Cooperation", "basedIn", "Jeddah", "Organization", "Place"),
        ("Jeddah", "locatedIn", "Saudi Arabia", "Place", "Country"),
    }
    titles = [(r["person"], r["title"], r["sentence"]) for r in run_query(graph, "titles").as_dicts()]
    assert titles == [
        ("Ishaq Dar", "Deputy Prime Minister", None),
        ("Ishaq Dar", "Foreign Minister", None),
        ("Mohamed Khaled Khiari", "Assistant Secretary-General for Political Affairs", SENTENCES[0]),
    ]
    classes = {r["class"]: r for r in run_query(graph, "entities-by-class").as_dicts()}
    assert classes["Organization"]["count"] == 4 and classes["Country"]["count"] == 2
    assert sorted(classes["Person"]["names"].split("; ")) == ["Ishaq Dar", "Mohamed Khaled Khiari"]
    assert set(classes) == {"Person", "Organization", "Country", "Place", "Process"}
    rules = {r["rule"]: r for r in run_query(graph, "rules").as_dicts()}
    assert rules["appositive-title"]["triples"] == 3
    assert rules["appositive-title"]["meanConfidence"] == Decimal("0.883")  # (0.9 + 0.9 + 0.85) / 3, rounded
    assert rules["appositive-title"]["minConfidence"] == Decimal("0.85")
    assert sorted(rules["appositive-title"]["predicates"].split("; ")) == ["holdsTitle", "represents"]
    assert rules["x-led"]["triples"] == 1 and rules["x-led"]["predicates"] == "leads"
    assert sum(r["triples"] for r in rules.values()) == len(sample_relations())


def test_articles_counts(graph: Graph) -> None:
    (row,) = run_query(graph, "articles").as_dicts()
    assert row["article"] == "un-oic-briefing" and row["sentences"] == len(SENTENCES)
    assert row["triples"] == len(sample_relations())


# ----------------------------------------------------------------------------------------------------------------
# Parameters


def test_parameter_with_quotes_and_braces_is_data_not_syntax(graph: Graph) -> None:
    # The value would close the string and the group if it were pasted into the query.
    hostile = 'UN" } ?entityNode ?p ?o . FILTER(true) } #'
    assert len(run_query(graph, "entity", {"name": hostile})) == 0
    assert len(run_query(graph, "provenance", {"subject": 'Dar" || true || "'})) == 0
    # A name that really contains quotes, braces, a hash and a backslash finds its entity exactly.
    rows = run_query(graph, "entity", {"name": TRICKY_NAME}).as_dicts()
    assert {r["entity"] for r in rows} == {"Weird Org"}
    assert ("out", "altLabel", TRICKY_NAME) in {(r["direction"], r["predicate"], r["other"]) for r in rows}


def test_parameter_with_newline_and_long_quotes(graph: Graph) -> None:
    g = Graph()
    value = 'line one\n"""\'\'\' } #\r\ttwo\\'
    g.add((entity_iri("Organization", "odd"), SKOS.prefLabel, Literal(value)))
    query = parse_query_text("# param: v — a label\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                             "SELECT ?x WHERE { ?x skos:prefLabel ?label . FILTER(STR(?label) = ?v) }")
    assert run_query(g, query, {"v": value}).rows == [(str(entity_iri("Organization", "odd")),)]


def test_values_block_goes_into_the_where_group_not_a_template_or_string() -> None:
    query = parse_query_text(
        '# param: x — a value\nPREFIX ex: <http://example.org/where#>\n'
        'CONSTRUCT { ?s ex:says "WHERE { }" } # WHERE {\nWHERE { ?s ?p ?x }')
    text = bind_parameters(query, {"x": "v"})
    assert 'WHERE { ?s ?p ?x }' not in text
    assert text.endswith('WHERE {\n  VALUES ?x { "v" }\n ?s ?p ?x }')


def test_missing_and_unknown_parameters_are_named(graph: Graph) -> None:
    with pytest.raises(QueryError, match=r"needs parameter 'name'.*entity\.rq|entity\.rq.*needs parameter 'name'"):
        run_query(graph, "entity")
    with pytest.raises(QueryError, match=r"unknown parameter 'nmae'.*accepts: name"):
        run_query(graph, "entity", {"nmae": "UN"})
    with pytest.raises(QueryError, match=r"unknown parameter 'name'.*accepts: none"):
        run_query(graph, "rules", {"name": "UN"})


def test_param_header_must_be_used_by_the_query() -> None:
    with pytest.raises(QueryError, match=r"'who' is declared but the query never uses \?who"):
        parse_query_text("# param: who — a name\n# uses ?who only in a comment\nSELECT * WHERE { ?s ?p ?o }")


# ----------------------------------------------------------------------------------------------------------------
# Loading queries


def test_load_query_by_name_and_path(tmp_path: Path) -> None:
    by_name = load_query("entity")
    assert isinstance(by_name, NamedQuery) and [p.name for p in by_name.params] == ["name"]
    assert by_name.params[0].required
    optional = load_query("provenance")
    assert [(p.name, p.required) for p in optional.params] == [
        ("subject", False), ("predicate", False), ("object", False)]
    own = tmp_path / "mine.rq"
    own.write_text("# description: my own\nSELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    loaded = load_query(str(own))
    assert (loaded.name, loaded.description, loaded.path) == ("mine", "my own", own)


def test_unknown_query_lists_the_available_names(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="unknown query 'officials'.*officials-by-organization") as error:
        load_query("officials")
    assert "supporters-of-processes" in str(error.value)
    with pytest.raises(QueryError, match="no such query file"):
        load_query(str(tmp_path / "absent.rq"))


def test_syntax_error_names_the_file(graph: Graph, tmp_path: Path) -> None:
    bad = tmp_path / "broken.rq"
    bad.write_text("# name: broken\nSELECT ?s WHERE {\n  ?s ?p \n}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.rq: SPARQL syntax error: line \d+"):
        run_query(graph, load_query(str(bad)))
    with pytest.raises(QueryError, match=r"<inline query>: SPARQL syntax error"):
        run_query(graph, "SELECT ?s WHERE { ?s ?p }")
    assert issubclass(QueryError, KgError)


def test_ask_and_construct(graph: Graph) -> None:
    ask = run_query(graph, "PREFIX kg: <https://w3id.org/kg-news/ontology#> ASK { ?p kg:represents ?o }")
    assert ask.kind == "ASK" and ask.boolean is True and ask.rows == [(True,)]
    no = run_query(graph, "PREFIX kg: <https://w3id.org/kg-news/ontology#> ASK { ?p kg:quotes ?o }")
    assert no.boolean is False and format_result(no, "json") == '[\n  {\n    "result": false\n  }\n]\n'
    built = run_query(graph, "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
                             "CONSTRUCT { ?o kg:representedBy ?p } WHERE { ?p kg:represents ?o }")
    assert built.kind == "CONSTRUCT" and built.columns == ["subject", "predicate", "object"]
    assert built.graph is not None and len(built.graph) == 2 and len(built) == 2
    assert (entity_iri("Organization", "org:un"), KG.representedBy,
            entity_iri("Person", "person:khiari")) in built.graph
    turtle = format_result(built, "turtle")
    assert "kg:representedBy" in turtle
    with pytest.raises(QueryError, match="only for CONSTRUCT"):
        format_result(ask, "turtle")


# ----------------------------------------------------------------------------------------------------------------
# Formatting


@pytest.fixture()
def small_result() -> QueryResult:
    long_text = "A sentence that goes on and on, " * 5
    return QueryResult(kind="SELECT", columns=["name", "count", "confidence", "iri", "text"], rows=[
        ("Pakistan", 3, Decimal("0.85"), str(entity_iri("Country", "country:PAK")), long_text),
        ('Quote "this", please', 12, None, None, "two\nlines"),
    ])


def test_table_format(small_result: QueryResult) -> None:
    text = format_result(small_result, "table", max_width=30)
    lines = text.splitlines()
    assert lines[0].split() == ["name", "count", "confidence", "iri", "text"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    # Columns are aligned: every column starts at the same offset on every line.
    starts = [lines[0].index(c) for c in ("count", "confidence", "iri", "text")]
    for line in lines[2:4]:
        for start in starts:
            assert line[start - 2:start] == "  "
    assert "kgr:country/pak" in lines[2]
    assert lines[2].endswith("\u2026") and len(lines[2]) - lines[2].index("A sentence") == 30
    assert "two lines" in lines[3]
    assert lines[-1] == "(2 rows)"


def test_csv_format(small_result: QueryResult) -> None:
    rows = list(csv.reader(io.StringIO(format_result(small_result, "csv"))))
    assert rows[0] == small_result.columns
    assert rows[1][:4] == ["Pakistan", "3", "0.85", str(entity_iri("Country", "country:PAK"))]
    assert rows[2] == ['Quote "this", please', "12", "", "", "two\nlines"]


def test_json_format(small_result: QueryResult) -> None:
    data = json.loads(format_result(small_result, "json"))
    assert data[0]["name"] == "Pakistan" and data[0]["count"] == 3 and data[0]["confidence"] == 0.85
    assert data[1] == {"name": 'Quote "this", please', "count": 12, "confidence": None, "iri": None,
                       "text": "two\nlines"}


def test_formats_of_a_real_result(graph: Graph) -> None:
    result = run_query(graph, "provenance", {"subject": "Khiari"})
    data = json.loads(format_result(result, "json"))
    assert {d["predicateName"] for d in data} == {"represents", "holdsTitle"}
    assert all(d["date"] == "2024-05-02" for d in data)
    assert "Mohamed Khaled Khiari" in format_result(result, "table")
    with pytest.raises(QueryError, match="unknown output format 'yaml'"):
        format_result(result, "yaml")


def test_empty_result_table() -> None:
    text = format_result(QueryResult(kind="SELECT", columns=["a", "bb"], rows=[]), "table")
    assert text.splitlines() == ["a  bb", "-  --", "(0 rows)"]


# ----------------------------------------------------------------------------------------------------------------
# Loading graphs


def test_load_graph_formats_and_union(tmp_path: Path, graph: Graph) -> None:
    from rdflib.compare import isomorphic

    turtle = tmp_path / "g.ttl"
    turtle.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert isomorphic(load_graph(turtle), graph)
    quads = tmp_path / "g.trig"
    quads.write_text("@prefix ex: <http://example.org/> .\nex:g1 { ex:a ex:p ex:b . }\n"
                     "ex:g2 { ex:c ex:p ex:d . }\nex:e ex:p ex:f .\n", encoding="utf-8")
    union = load_graph(quads)
    assert len(union) == 3
    nq = tmp_path / "g.nq"
    nq.write_text("<http://example.org/a> <http://example.org/p> \"x\" <http://example.org/g> .\n", encoding="utf-8")
    both = load_graphs([quads, nq])
    assert len(both) == 4
    plain = tmp_path / "data.txt"
    plain.write_text("<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n", encoding="utf-8")
    assert len(load_graph(plain, format="nt")) == 1
    # The project's prefixes are bound, for readable exports.
    assert str(dict(load_graph(plain, format="nt").namespaces())["kg"]) == str(KG)


def test_load_graph_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GraphLoadError, match=r"absent\.ttl: no such file"):
        load_graph(tmp_path / "absent.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n', encoding="utf-8")
    with pytest.raises(GraphLoadError, match=r"bad\.ttl: not valid turtle: line 3"):
        load_graph(bad)
    bad_nt = tmp_path / "bad.nt"
    bad_nt.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
                      "<http://example.org/a> <http://example.org/b> oops .\n", encoding="utf-8")
    with pytest.raises(GraphLoadError, match=r"bad\.nt: not valid nt: line 2"):
        load_graph(bad_nt)
    odd = tmp_path / "graph.xyz"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(GraphLoadError, match=r"graph\.xyz: cannot tell the RDF format.*\.ttl"):
        load_graph(odd)
    with pytest.raises(GraphLoadError, match="unknown RDF format 'yaml'"):
        load_graph(odd, format="yaml")
    with pytest.raises(GraphLoadError, match="no RDF files"):
        load_graphs([])
