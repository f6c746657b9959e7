"""Plain data passed between the pipeline stages: ingest → NLP → extract → resolve → graph."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Article:
    """One article as read from disk or standard input."""

    id: str
    text: str
    title: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    path: Optional[str] = None  # where it was read from, for error messages and provenance


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets in the article text
    end: int
    text: str


@dataclass(eq=False)  # identity semantics: two mentions of the same text are still two mentions
class Mention:
    """A span of text that names (or refers to) an entity."""

    text: str
    start: int  # character offsets in the article text
    end: int
    sentence: int
    type: str  # one of vocab.ENTITY_TYPES
    key: Optional[str] = None  # canonical key when a gazetteer knows the entity (e.g. "country:PAK")
    canonical: Optional[str] = None  # canonical name when known
    aliases: tuple[str, ...] = ()  # further names the gazetteer or the text gives (acronym, long form)
    source: str = "ner"  # what found it: ner, gazetteer, pattern, coref...
    antecedent: Optional["Mention"] = None  # for pronouns and descriptions: the mention they refer to
    token_start: int = -1  # token offsets in the spaCy Doc (end exclusive)
    token_end: int = -1
    latent: bool = False  # becomes an entity only if a relation uses it (demonyms, described processes)

    @property
    def referent(self) -> "Mention":
        """The mention this one stands for: itself, or the end of its antecedent chain."""
        mention, seen = self, {id(self)}
        while mention.antecedent is not None and id(mention.antecedent) not in seen:
            mention = mention.antecedent
            seen.add(id(mention))
        return mention

    @property
    def names_an_undertaking(self) -> bool:
        """A process, or a name read as one ("the Three Seas Initiative", later found to be a grouping of states)."""
        return self.type == "Process" or self.source == "process"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read and by what."""

    doc_id: str
    sentence: int
    start: int  # character span in the article that the rule matched
    end: int
    rule: str
    confidence: float


@dataclass
class RawRelation:
    """A relation between mentions, as an extraction rule found it (before mentions become entities)."""

    subject: Mention
    predicate: str
    object: "Mention | str"  # a Mention, or a literal (holdsTitle)
    evidence: Evidence


@dataclass
class Extraction:
    """What the extraction stage read from one article."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    relations: list[RawRelation]


@dataclass
class Entity:
    """One real-world entity of one article: all its names, its class and where it was mentioned."""

    key: str  # canonical key: the same key across articles is the same node
    type: str
    name: str  # main name
    aliases: set[str] = field(default_factory=set)  # every other name it was seen under
    titles: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Relation:
    subject: str  # entity key
    predicate: str
    object: str  # entity key, or the literal value for a literal predicate
    evidence: Evidence
    object_is_literal: bool = False


@dataclass
class DocumentGraph:
    """The resolved facts of one article, ready to become RDF."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity]
    relations: list[Relation]
