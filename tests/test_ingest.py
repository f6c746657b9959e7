from __future__ import annotations

import io
import json

from kg.ingest import read_articles


def test_text_markdown_and_folders_are_read_recursively(tmp_path):
    (tmp_path / "a.txt").write_text("The UN met in Geneva.", encoding="utf-8")
    nested = tmp_path / "more" / "deeper"
    nested.mkdir(parents=True)
    (nested / "b.md").write_text("# A title\n\nThe **AU** endorsed the [plan](http://x).\n", encoding="utf-8")
    (nested / "ignored.csv").write_text("x,y", encoding="utf-8")
    result = read_articles([tmp_path])
    by_id = {a.id: a for a in result.articles}
    assert set(by_id) == {"a", "b"}
    assert by_id["b"].title == "A title"
    assert "AU endorsed the plan" in by_id["b"].text and "**" not in by_id["b"].text and "http" not in by_id["b"].text
    assert result.problems == []


def test_jsonl_keeps_metadata_and_reports_bad_lines_by_number(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "The OIC backed the plan.", "title": "T1", "date": "2025-07-24", "url": "http://e/1", "source": "APP"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "n4"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": 5, "text": "Numeric ids are fine."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_articles([path])
    assert [a.id for a in result.articles] == ["n1", "5"]
    first = result.articles[0]
    assert (first.title, first.date, first.url, first.source) == ("T1", "2025-07-24", "http://e/1", "APP")
    assert [p.line for p in result.problems] == [2, 3, 4, 5]
    assert all(str(path) in str(p) for p in result.problems)
    assert "not valid JSON" in str(result.problems[0])


def test_binary_and_missing_files_are_problems_not_crashes(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x01\x02")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Kenya backed the roadmap.", encoding="utf-8")
    result = read_articles([binary, latin, tmp_path / "missing.txt", good])
    assert [a.id for a in result.articles] == ["good"]
    messages = [str(p) for p in result.problems]
    assert any("image.txt" in m and "binary" in m for m in messages)
    assert any("latin.txt" in m and "UTF-8" in m for m in messages)
    assert any("missing.txt" in m and "no such file" in m for m in messages)


def test_stdin_and_duplicate_stems(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "y" / "same.txt").write_text("Two.", encoding="utf-8")
    result = read_articles(["-", tmp_path / "x" / "same.txt", tmp_path / "y" / "same.txt"],
                           stdin=io.StringIO("From standard input."))
    assert [a.id for a in result.articles] == ["stdin", "same", "same-2"]
    assert result.articles[0].text == "From standard input."
