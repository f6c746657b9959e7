"""Ingest: files, folders, JSONL collections and standard input → `Article`s.

Bad input never stops the other articles: every problem becomes an `IngestProblem` naming the file (and line),
and the caller decides the exit status.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, TextIO

from .model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
METADATA_FIELDS = ("title", "date", "url", "source")


@dataclass(frozen=True)
class IngestProblem:
    source: str  # file path (or "<stdin>")
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)


def read_articles(sources: Iterable[str | Path], stdin: TextIO | None = None,
                  exclude: set[Path] | frozenset[Path] = frozenset()) -> IngestResult:
    """Read every article named by `sources`: text/markdown files, folders (recursively), JSONL files, or "-".
    Files in `exclude` (resolved paths, e.g. the gold file beside the articles) are passed over."""
    result = IngestResult()
    for source in sources:
        if str(source) == "-":
            _read_text(result, (stdin or sys.stdin).read(), "<stdin>", "stdin", None)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                result.problems.append(IngestProblem(str(path), None, "folder holds no .txt, .md or .jsonl file"))
            for file in files:
                if file.resolve() not in exclude:
                    _read_file(result, file)
        elif path.is_file():
            _read_file(result, path)
        else:
            result.problems.append(IngestProblem(str(path), None, "no such file or folder"))
    _make_ids_unique(result.articles)
    return result


def _read_file(result: IngestResult, path: Path) -> None:
    raw = path.read_bytes()
    if b"\x00" in raw:
        result.problems.append(IngestProblem(str(path), None, "not a text file (it holds binary data)"))
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        result.problems.append(IngestProblem(str(path), None, f"not UTF-8 text (byte {error.start} is invalid)"))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        _read_jsonl(result, text, path)
    else:
        title = None
        if path.suffix.lower() in {".md", ".markdown"}:
            title, text = _markdown_to_text(text)
        _read_text(result, text, str(path), path.stem, title)


def _read_text(result: IngestResult, text: str, source: str, doc_id: str, title: str | None) -> None:
    if not text.strip():
        result.problems.append(IngestProblem(source, None, "the article is empty"))
        return
    result.articles.append(Article(id=doc_id, text=text, title=title, path=source))


def _read_jsonl(result: IngestResult, text: str, path: Path) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            result.problems.append(IngestProblem(str(path), number, f"not valid JSON ({error.msg})"))
            continue
        if not isinstance(record, dict):
            result.problems.append(IngestProblem(str(path), number, "a line must be a JSON object with 'id' and 'text'"))
            continue
        text_value, id_value = record.get("text"), record.get("id")
        if not isinstance(text_value, str) or not text_value.strip():
            result.problems.append(IngestProblem(str(path), number, "the object has no non-empty string 'text'"))
            continue
        if id_value is None or str(id_value).strip() == "":
            result.problems.append(IngestProblem(str(path), number, "the object has no 'id'"))
            continue
        metadata = {key: str(record[key]) for key in METADATA_FIELDS if record.get(key) not in (None, "")}
        result.articles.append(Article(id=str(id_value), text=text_value, path=f"{path}:{number}", **metadata))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)


def _markdown_to_text(markdown: str) -> tuple[str | None, str]:
    """Markdown → plain prose (the first heading becomes the title), so that markup is not read as words."""
    heading = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", markdown, re.MULTILINE)
    title = heading.group(1).strip() if heading else None
    text = _MD_LINK.sub(r"\1", markdown)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    text = re.sub(r"^\s{0,3}(?:[-*+]|\d+\.)\s+", "", text, flags=re.MULTILINE)
    return title, text


def _make_ids_unique(articles: list[Article]) -> None:
    """Two files with the same stem would write the same per-document graph; number the later ones."""
    seen: dict[str, int] = {}
    for index, article in enumerate(articles):
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            new_id = f"{article.id}-{count + 1}"
            while new_id in seen:
                count += 1
                new_id = f"{article.id}-{count + 1}"
            seen[new_id] = 1
            articles[index] = Article(**{**article.__dict__, "id": new_id})
