"""Extract: a parsed article → mentions and raw relations, each relation stamped with the rule that found it.

    mentions (gazetteer, NER, named processes, acronyms) → coreference → rules by relation → learned model
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..gazetteer import Gazetteer, load_gazetteer
from ..model import Article, Evidence, Extraction, Mention, RawRelation, Sentence
from . import represents, structure, supports  # noqa: F401  (importing registers their rules)
from .coref import link_references
from .lexicon import Lexicon, load_lexicon
from .mentions import find_mentions
from .rules import RULES, Context, Match, is_numbered_instrument

__all__ = ["extract", "RULES"]


def extract(article: Article, doc: Doc, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None,
            use_model: bool = True) -> Extraction:
    gazetteer = gazetteer or load_gazetteer()
    lexicon = lexicon or load_lexicon()
    sentences = [Sentence(n, s.start_char, s.end_char, s.text) for n, s in enumerate(doc.sents)]
    index = find_mentions(doc, gazetteer, lexicon)
    ctx = Context(doc, index, lexicon, gazetteer)
    for token in doc:  # described processes first, so that "the conference" can refer back to one
        if token.pos_ in {"NOUN", "PROPN"} and (token.lemma_.lower() in lexicon.process_heads or token.lower_ in lexicon.process_heads
                                                or is_numbered_instrument(token)) \
                and index.at(token) is None \
                and token.dep_ != "compound":  # "transition" of "transition roadmap" is part of the roadmap's name
            ctx.process_mention(token)
    link_references(doc, index, lexicon, gazetteer)
    relations: list[RawRelation] = []
    for predicate, rules in RULES.items():
        for rule in rules:
            ctx.current_rule = rule.name
            for match in rule.find(ctx):
                if predicate == "supports" and supports.vague_target(ctx, match.object):
                    continue
                relations.append(_raw(ctx, article, predicate, rule.name, rule.confidence, match))
                through_parent = supports.parent_of_acting_organ(ctx, match) if predicate == "supports" else None
                if through_parent is not None:
                    relations.append(_raw(ctx, article, predicate, "supports.organ_of_parent", 0.7, through_parent))
                for served in supports.undertakings_served(ctx, match) if predicate == "supports" else []:
                    relations.append(_raw(ctx, article, predicate, "supports.instrument_for", 0.7, served))
                for state in supports.state_committed_alongside(ctx, match) if predicate == "supports" else []:
                    relations.append(_raw(ctx, article, predicate, "supports.state_committed", 0.7, state))
                if predicate == "represents":
                    ctx.represented.setdefault(id(match.subject.referent), []).append(match.object.referent)
    for rule_name, match in ctx.titles:
        relations.append(_raw(ctx, article, "holdsTitle", rule_name.replace("represents.", "holdsTitle."), 0.9, match))
    if use_model:
        # where a rule already read what a person stands for, the rule's reading stands
        placed = {id(r.subject) for r in relations if r.predicate == "represents"}
        # "the former UN envoy X": a rule read a post no longer held, which the model must not restore
        placed |= {id(r.subject) for r in relations if r.predicate == "holdsTitle"
                   and set(str(r.object).lower().replace("-", " ").split()) & represents.NO_LONGER}
        placed |= represents.private_persons(ctx)  # "X, a Ukrainian mother who addressed the session"
        relations.extend(r for r in _model_relations(ctx, article, doc)
                         if not (r.predicate == "represents" and id(r.subject) in placed))
    return Extraction(article=article, sentences=sentences, mentions=index.mentions, relations=relations)


def _raw(ctx: Context, article: Article, predicate: str, rule_name: str, default_confidence: float,
         match: Match) -> RawRelation:
    start_token, end_token = match.tokens
    doc = ctx.doc
    end_token = max(end_token, start_token + 1)
    evidence = Evidence(doc_id=article.id, sentence=ctx.sentence_of[start_token], start=doc[start_token].idx,
                        end=doc[end_token - 1].idx + len(doc[end_token - 1].text), rule=rule_name,
                        confidence=match.confidence if match.confidence is not None else default_confidence)
    obj = match.object.referent if isinstance(match.object, Mention) else match.object
    return RawRelation(subject=match.subject.referent, predicate=predicate, object=obj, evidence=evidence)


# The classifier was trained on single sentences of CoNLL04; in long news sentences it links distant names that have
# nothing to do with each other. Measured on eval/dev and CoNLL04 dev, keeping its pairs within six dependency arcs
# and above even odds keeps most of its recall and removes most of its noise (eval/dev basedIn P .26 → .44;
# CoNLL04 dev represents F1 .56 → .55).
MODEL_MAX_ARCS = 6
MODEL_MIN_PROBABILITY = {"represents": 0.5, "locatedIn": 0.5, "basedIn": 0.5}


def _arcs_between(doc: Doc, first: Mention, second: Mention) -> int:
    a = doc[first.token_start:first.token_end].root
    b = doc[second.token_start:second.token_end].root
    up_from_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, token in enumerate([a, *a.ancestors]):
        if token.i in up_from_b:
            return n + up_from_b[token.i]
    return len(doc)


# Bodies that work across many countries are not "based in" every country a sentence names them with: for them the
# learned model may only confirm the seat the gazetteer knows.
MULTINATIONAL_KINDS = {"regional", "intergovernmental", "peace-operation", "un-agency", "un-department",
                       "political-mission", "un-body", "un-fund", "international-court", "un-organ", "regional-body"}


def _seat_is_known(ctx: Context, organization: Mention, place: Mention) -> bool:
    entry = ctx.gazetteer.by_key(organization.key) if organization.key else None
    if entry is None:
        return False
    if entry.based_in and entry.kind not in MULTINATIONAL_KINDS:
        # a national body whose seat the gazetteer knows: only that seat, or the country around it
        seat = ctx.gazetteer.by_key(entry.based_in)
        return place.key not in {entry.based_in, seat.located_in if seat is not None else None}
    return entry.kind in MULTINATIONAL_KINDS and entry.based_in != place.key


def _country_inside_a_town(ctx: Context, place: Mention, container: Mention) -> bool:
    """"the meeting on Cyprus in Geneva": a country is never located in a city or a province."""
    entry = ctx.gazetteer.by_key(container.key) if container.key else None
    return place.type == "Country" and entry is not None and entry.kind in {"city", "capital", "state", "province"}


def _model_relations(ctx: Context, article: Article, doc: Doc) -> list[RawRelation]:
    """Relations the learned classifier finds between named mentions (and its own extra candidate spans, see
    learned.candidate_mentions) close to each other in the parse."""
    from .learned import RelationModelError, load_relation_model, model_mentions

    try:
        model = load_relation_model()
    except RelationModelError as error:  # includes a missing file: the rules still run
        _warn_once(f"kg: the learned relation model is not used ({error})")
        return []
    out = []
    for pair in model.score(doc, model_mentions(doc, ctx.index.mentions)):
        if pair.predicate == "basedIn" and _seat_is_known(ctx, pair.subject, pair.object):
            continue
        if pair.predicate == "locatedIn" and _country_inside_a_town(ctx, pair.subject, pair.object):
            continue
        if pair.probability < MODEL_MIN_PROBABILITY.get(pair.predicate, 0.5) or _arcs_between(doc, pair.subject, pair.object) > MODEL_MAX_ARCS:
            continue
        first = min(pair.subject.token_start, pair.object.token_start)
        last = max(pair.subject.token_end, pair.object.token_end)
        match = Match(pair.subject, pair.object, (first, last), round(float(pair.probability), 3))
        out.append(_raw(ctx, article, pair.predicate, f"{pair.predicate}.model", pair.probability, match))
    return out


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    import sys

    if message not in _WARNED:
        _WARNED.add(message)
        print(message, file=sys.stderr)
