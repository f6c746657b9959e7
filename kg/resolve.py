"""Resolve: mentions → entities (one node per real-world entity of the article), raw relations → typed relations.

Mentions join one entity when the gazetteer gives them the same key, when one is an acronym defined for the other
or a pronoun/description resolved to it, when their names are equal after normalisation, or when a person's
surname (or any tail of the name) follows the full name. Relations whose ends have the wrong classes for their
predicate are dropped here, so every triple in the graph respects the contract's domains and ranges.
"""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer, load_gazetteer
from .model import DocumentGraph, Entity, Extraction, Mention, Relation
from .vocab import ARTICLE_SCOPE, article_scoped_key, normalise_name

SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "represents": ({"Person"}, {"Organization", "Country"}),
    "supports": ({"Organization", "Country", "Person"}, {"Process", "Organization", "Country", "Person"}),
    "leads": ({"Organization", "Country", "Person"}, {"Process"}),
    "partOf": ({"Organization"}, {"Organization"}),
    "memberOf": ({"Country", "Organization"}, {"Organization"}),
    "locatedIn": ({"Place", "Country"}, {"Place", "Country"}),
    "basedIn": ({"Organization"}, {"Place", "Country"}),
    "holdsTitle": ({"Person"}, set()),
}
NAME_SOURCES_EXCLUDED = {"coref", "demonym", "metonymy"}


@dataclass
class _Cluster:
    mentions: list[Mention]
    key: str | None = None


def resolve(extraction: Extraction, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0) -> DocumentGraph:
    gazetteer = gazetteer or load_gazetteer()
    relations = [r for r in extraction.relations if r.evidence.confidence >= min_confidence]
    used = {id(r.subject) for r in relations} | {id(r.object) for r in relations if isinstance(r.object, Mention)}
    base = [m for m in extraction.mentions
            if m.antecedent is None and (not m.latent or id(m) in used)]
    base += [m for m in _relation_mentions(relations) if m.antecedent is None and all(m is not b for b in base)]
    clusters = _cluster(sorted(base, key=lambda m: m.start))
    entity_of: dict[int, Entity] = {}
    entities: dict[str, Entity] = {}
    for cluster in clusters:
        entity = _entity(cluster, gazetteer, extraction.article.id)
        if entity.key in entities:  # two clusters resolved to one key: merge
            existing = entities[entity.key]
            existing.aliases |= entity.aliases | ({entity.name} - {existing.name})
            existing.mentions.extend(entity.mentions)
            entity = existing
        entities[entity.key] = entity
        for mention in cluster.mentions:
            entity_of[id(mention)] = entity
    for mention in extraction.mentions:  # acronyms and references join their antecedent's entity
        if mention.antecedent is not None and id(mention.referent) in entity_of:
            entity = entity_of[id(mention.referent)]
            entity_of[id(mention)] = entity
            entity.mentions.append(mention)
            if mention.source == "acronym":
                entity.aliases.add(mention.text)
    for entity in entities.values():
        if ARTICLE_SCOPE in entity.key:
            entity.aliases |= _called_again(entity.mentions) - {entity.name}

    out: list[Relation] = []
    seen: set[tuple] = set()
    for raw in relations:
        subject = entity_of.get(id(raw.subject))
        if subject is None:
            continue
        if raw.predicate == "holdsTitle":
            if subject.type != "Person":
                continue
            subject.titles.add(str(raw.object))
            relation = Relation(subject.key, raw.predicate, str(raw.object), raw.evidence, object_is_literal=True)
        else:
            obj = entity_of.get(id(raw.object)) if isinstance(raw.object, Mention) else None
            domain, range_ = SIGNATURES[raw.predicate]
            if obj is None or obj is subject or subject.type not in domain or obj.type not in range_:
                continue
            relation = Relation(subject.key, raw.predicate, obj.key, raw.evidence)
        identity = (relation.subject, relation.predicate, relation.object, raw.evidence.start, raw.evidence.end)
        if identity not in seen:
            seen.add(identity)
            out.append(relation)
    used_keys = {r.subject for r in out} | {r.object for r in out if not r.object_is_literal}
    kept = [e for e in entities.values() if not all(m.latent for m in e.mentions if m.antecedent is None)
            or e.key in used_keys]
    return DocumentGraph(article=extraction.article, sentences=extraction.sentences, entities=kept, relations=out)


def _relation_mentions(relations) -> list[Mention]:
    out = []
    for r in relations:
        out.append(r.subject)
        if isinstance(r.object, Mention):
            out.append(r.object)
    return out


def _cluster(mentions: list[Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    by_name: dict[tuple[str, str], _Cluster] = {}
    for mention in mentions:
        cluster = by_key.get(mention.key) if mention.key else None
        own_text = mention.text if mention.source not in NAME_SOURCES_EXCLUDED else ""
        names = {normalise_name(n) for n in (own_text, *mention.aliases, mention.canonical or "") if n}
        family = "Place" if mention.type in {"Place", "Country"} else mention.type
        if cluster is None:
            cluster = next((by_name[(family, n)] for n in names if (family, n) in by_name), None)
        if cluster is None and mention.type == "Person":
            cluster = _person_by_partial_name(mention, clusters)
        if cluster is None:
            cluster = _Cluster([], mention.key)
            clusters.append(cluster)
        cluster.mentions.append(mention)
        if mention.key and cluster.key is None:
            cluster.key = mention.key
        if cluster.key:
            by_key[cluster.key] = cluster
        for n in names:
            by_name.setdefault((family, n), cluster)
    return clusters


def _person_by_partial_name(mention: Mention, clusters: list[_Cluster]) -> _Cluster | None:
    """"Khiari" after "Mohamed Khaled Khiari"; "Al-Dubaie" after "Yousef bin Mohammed Al-Dubaie"."""
    words = normalise_name(mention.text).split()
    if not words:
        return None
    if len(words) == 1:
        # "Zulkifli" after "Zulkifli Omar": a given name is used alone in many naming traditions, but only when
        # it names one person of the article and is nobody's surname
        people = [c for c in clusters if any(m.type == "Person" for m in c.mentions)]
        full_names = [normalise_name(m.text).split() for c in people for m in c.mentions if m.type == "Person"]
        by_first = {id(c) for c in people for m in c.mentions
                    if m.type == "Person" and len(normalise_name(m.text).split()) > 1 and normalise_name(m.text).split()[0] == words[0]}
        if len(by_first) == 1 and not any(len(n) > 1 and n[-1] == words[0] for n in full_names):
            return next(c for c in people if id(c) in by_first)
    for cluster in reversed(clusters):
        for other in cluster.mentions:
            if other.type != "Person":
                continue
            full = normalise_name(other.text).split()
            if len(full) > len(words) and full[-len(words):] == words:
                return cluster
            if len(words) > len(full) and words[-len(full):] == full and len(full) >= 1:
                return cluster  # the full name came second: "Dar ... Ishaq Dar"
    return None


# what only describes an undertaking ("a five-year plan", "the talks") names no particular one: such a node belongs
# to its article, and the definite descriptions the article calls it by again ("the project") are its names too
DESCRIBING_SOURCES = {"description", "coref"}
DETERMINERS = ("the ", "this ", "that ")


def _entity(cluster: _Cluster, gazetteer: Gazetteer, doc_id: str) -> Entity:
    mentions = cluster.mentions
    names = [m.text for m in mentions if m.source not in NAME_SOURCES_EXCLUDED]
    names += [a for m in mentions for a in m.aliases]
    if cluster.key:
        entry = gazetteer.by_key(cluster.key)
        type_ = entry.type
        main = entry.name
        names += list(entry.aliases)
        key = cluster.key
    else:
        type_ = _majority_type(mentions)
        own = [m.text for m in mentions if m.source not in NAME_SOURCES_EXCLUDED] or [mentions[0].text]
        main = max(own, key=lambda n: (len(n.split()) if type_ == "Person" else len(n), not n.isupper()))
        main = _strip_article(main)
        key = f"{type_.lower()}:{normalise_name(main)}"
    aliases = {_strip_article(n) for n in names if n and n.strip()} - {main}
    if type_ == "Process" and not cluster.key and all(m.source in DESCRIBING_SOURCES for m in mentions):
        key = article_scoped_key(key, doc_id)
    return Entity(key=key, type=type_, name=main, aliases=aliases, mentions=list(mentions))


def _called_again(mentions: list[Mention]) -> set[str]:
    """"the project" after "a four-year project": the definite descriptions (common nouns only) the article uses."""
    called = set()
    for mention in mentions:
        text = mention.text.lower()
        if mention.source == "coref" and text.startswith(DETERMINERS):
            words = text.split(" ", 1)[1]
            if all(w.replace("-", "").isalpha() for w in words.split()) and mention.text.split(" ", 1)[1].islower():
                called.add(words)
    return called


def _majority_type(mentions: list[Mention]) -> str:
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.type] = counts.get(m.type, 0) + 1
    return max(counts, key=lambda t: (counts[t], t == "Country"))


def _strip_article(name: str) -> str:
    name = name.strip().strip("\"“”'")
    return name[4:] if name.lower().startswith("the ") else name
