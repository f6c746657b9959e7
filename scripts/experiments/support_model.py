"""A small learned classifier for `supports` that adds recall where the rules miss.

What it does: every ordered pair (agent, target) of mentions in one sentence — agent an Organization, Country or
Person, target a Process, Organization, Country or Person, both followed to their referents, distinct, and not
already linked by a rule's `supports` triple — is described by sparse binary features of the spaCy parse (the words
and dependency labels on the path between the two heads, the lowest common ancestor, the project's support,
opposition, speech and negation lexicon on that path, the grammatical roles of both ends, their types and mention
sources, their distance). A logistic function over those features gives a probability; pairs at or above the
artifact's threshold become `supports` relations with rule name `supports.model` and the probability as confidence.

Run time is pure Python (no scikit-learn, no numpy): the weights are a plain feature → weight map in
`scripts/experiments/support_model.json`, written by `scripts/experiments/train_support_model.py`.

Training data: only the project's development gold, `eval/dev` … `eval/dev7` (never `eval/sealed*`). Candidates come
from the real pipeline (rules on, this model off); a candidate is positive when its agent's and target's names match
a gold `supports` triple of its article. How the threshold and the regularisation were chosen, and the
cross-validated figures, are in the training script's docstring.

STATUS: not wired into kg.extract.extract(). Under nested leave-one-folder-out cross-validation on dev…dev7 it did
not raise core F1 over the rules at any threshold that keeps precision (the rules already find ~81% of the dev
`supports` triples at P .97; what they miss is idiosyncratic, and the pairs the model ranks highest are mostly ones
the rules rightly refuse). Figures and the decision are in scripts/experiments/train_support_model.py. To use a future
artifact, call `support_relations(ctx, article, relations)` at the end of extract() (it warns once and adds
nothing when the artifact is missing or malformed).

The featurizer is shared by training and run time: any change to what it emits must bump `FEATURIZER_VERSION`, or
a stale artifact would silently score with features it was never trained on (loading then refuses the artifact).
"""
from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from kg.model import Article, Evidence, Mention, RawRelation
from kg.extract.learned import _path  # the same dependency path the CoNLL04 classifier reads
from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:  # spaCy is needed only by callers that already hold a Doc
    from spacy.tokens import Doc, Token

FEATURIZER_VERSION = "supfeat-1"
ARTIFACT_FORMAT = 1
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "support_model.json"
RULE_NAME = "supports.model"

AGENT_TYPES = frozenset({"Organization", "Country", "Person"})
TARGET_TYPES = frozenset({"Process", "Organization", "Country", "Person"})

# Lexicon classes whose presence on the path between the two ends (or as their common ancestor) is a feature.
LEXICON_CLASSES = ("support_verbs", "weak_support_verbs", "support_nouns", "light_verbs", "funding_verbs",
                   "means_of_support", "support_participles", "oppose_verbs", "speech_verbs", "lead_verbs")
# Disapproval and distance-taking, beyond the lexicon's oppose_verbs: such a word on the path denies support.
CRITICAL_WORDS = frozenset("""
reject oppose criticise criticize condemn abstain denounce dismiss boycott veto quit leave withdraw suspend
protest object refuse decline deplore lament regret warn accuse blame question doubt fault slam decry
""".split())


class SupportModelError(RuntimeError):
    """The support model cannot be used: missing, malformed, or trained for another featurizer."""


# ------------------------------------------------------------------------------------------------ candidates

@dataclass
class Candidate:
    """One (agent, target) pair of surface mentions in one sentence; `features` describe it."""

    agent: Mention  # the surface mention (its referent is the entity)
    target: Mention
    sentence: int
    features: tuple[str, ...]
    linked: bool = False  # a rule already links the pair by `supports`

    @property
    def tokens(self) -> tuple[int, int]:
        return (min(self.agent.token_start, self.target.token_start),
                max(self.agent.token_end, self.target.token_end))


def _rule_pairs(relations: Iterable[RawRelation]) -> set[tuple[int, int]]:
    return {(id(r.subject.referent), id(r.object.referent)) for r in relations
            if r.predicate == "supports" and isinstance(r.object, Mention)}


def candidates(doc: "Doc", mentions: Sequence[Mention], relations: Iterable[RawRelation], lexicon: Lexicon,
               sentence_of: Optional[dict[int, int]] = None, include_linked: bool = False) -> list[Candidate]:
    """Every candidate pair of the document, with its features, that no rule already links by `supports` (with
    `include_linked`, those too: training may learn from them)."""
    if sentence_of is None:
        sentence_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    linked = _rule_pairs(relations)
    by_sentence: dict[int, list[Mention]] = {}
    seen: set[int] = set()
    for m in mentions:
        if id(m) in seen or m.token_start < 0 or m.token_end <= m.token_start or m.token_end > len(doc):
            continue
        seen.add(id(m))
        by_sentence.setdefault(sentence_of.get(m.token_start, -1), []).append(m)
    out = []
    for sentence, ms in by_sentence.items():
        ms = sorted(ms, key=lambda m: (m.token_start, m.token_end))
        for a in ms:
            ar = a.referent
            if ar.type not in AGENT_TYPES:
                continue
            for t in ms:
                tr = t.referent
                if t is a or tr is ar or tr.type not in TARGET_TYPES or (not include_linked and (id(ar), id(tr)) in linked):
                    continue
                if a.token_start < t.token_end and t.token_start < a.token_end:
                    continue  # overlapping spans ("UN" inside "UN plan")
                out.append(Candidate(a, t, sentence, featurize(doc, a, t, ms, lexicon), (id(ar), id(tr)) in linked))
    return out


# ------------------------------------------------------------------------------------------------ features

def _head(doc: "Doc", m: Mention) -> "Token":
    return doc[m.token_start:m.token_end].root


def _word(tok: "Token") -> str:
    """Lemma in lower case, with proper names and numbers folded: the features must not learn entity names."""
    if tok.like_num or any(c.isdigit() for c in tok.text):
        return "<num>"
    if tok.pos_ == "PROPN":
        return "<P>"
    return (tok.lemma_ or tok.text).lower().replace("\u2019", "'")


def _bucket(n: int) -> str:
    for hi, name in ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (12, "9-12"), (20, "13-20")):
        if n <= hi:
            return name
    return "21+"


def _classes(tok: "Token", lexicon: Lexicon) -> list[str]:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    return [name for name in LEXICON_CLASSES if lemma in getattr(lexicon, name) or lower in getattr(lexicon, name)]


def _negated(tok: "Token", lexicon: Lexicon) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in lexicon.negators and c.lower_ != "without") for c in tok.children) \
        or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"decline", "refuse", "fail", "hesitate", "cease", "stop"})


def _role(tok: "Token", m: Mention, doc: "Doc") -> str:
    """The grammatical role of a mention's head, with the preposition for a prepositional object."""
    dep = tok.dep_
    if dep == "pobj":
        return f"pobj:{tok.head.lower_}"
    if dep in {"compound", "amod", "nmod"} and tok.head.i >= m.token_end:
        return f"{dep}>"  # "the UN plan": a modifier of the next noun
    if m.token_end < len(doc) and doc[m.token_end].lower_ in {"'s", "’s"}:
        return "poss"
    return dep


def featurize(doc: "Doc", agent: Mention, target: Mention, sentence_mentions: Sequence[Mention],
              lexicon: Lexicon) -> tuple[str, ...]:
    """Sparse binary features of the candidate (agent, target); generic: no entity names, no article words
    beyond the lemmas of the parse path's common words."""
    f: list[str] = []
    ar, tr = agent.referent, target.referent
    a, t = _head(doc, agent), _head(doc, target)
    f += [f"at={ar.type}", f"tt={tr.type}", f"types={ar.type}>{tr.type}",
          f"asrc={agent.source}", f"tsrc={target.source}", f"tlatent={target.latent}"]
    order = "at" if agent.token_start < target.token_start else "ta"
    gap = abs(t.i - a.i)
    f += [f"ord={order}", f"dist={_bucket(gap)}", f"dist={_bucket(gap)}|{order}"]
    lo, hi = sorted((agent.token_end, target.token_end))
    between = [m for m in sentence_mentions if m is not agent and m is not target
               and min(agent.token_start, target.token_start) <= m.token_start < max(agent.token_start, target.token_start)]
    f.append(f"between_mentions={min(len(between), 3)}")
    arole, trole = _role(a, agent, doc), _role(t, target, doc)
    f += [f"arole={arole}", f"trole={trole}", f"roles={arole}|{trole}"]

    path = _path(a, t)
    if path is None:
        f.append("nopath")
        return tuple(f)
    up, down = path
    lca = up[-1]
    arcs = len(up) + len(down) - 2
    f.append(f"arcs={_bucket(arcs)}")
    inner = [*up[1:], *reversed(down[1:-1])]  # path tokens strictly between the two heads (LCA included once)
    inner = [x for x in inner if x.i != a.i and x.i != t.i]
    lca_word = _word(lca)
    lca_classes = _classes(lca, lexicon) if lca.i not in (a.i, t.i) else []
    f += [f"lca={lca_word}", f"lcapos={lca.pos_}"]
    if lca.i == a.i:
        f.append("lca=agent")
    elif lca.i == t.i:
        f.append("lca=target")
    for c in lca_classes:
        f += [f"lcalex={c}", f"lcalex={c}|{arole}|{trole}", f"lcalex={c}|{ar.type}>{tr.type}"]
    if not lca_classes and lca.i not in (a.i, t.i):
        f.append(f"lcalex=none|{lca.pos_}")
    # the dependency path as labels, when short enough to be a recurring pattern
    labels = "^".join(x.dep_ for x in up[:-1]) + "|" + "v".join(x.dep_ for x in reversed(down[:-1]))
    if arcs <= 4:
        f.append(f"deppath={labels}")
        f.append(f"lexpath={labels}|{lca_classes[0] if lca_classes else lca.pos_}")
    path_classes = set()
    for x in inner:
        w = _word(x)
        f.append(f"pw={w}")
        path_classes.update(_classes(x, lexicon))
        if w in CRITICAL_WORDS:
            f.append("critical_on_path")
    for c in sorted(path_classes):
        f.append(f"pathlex={c}")
    if any(_negated(x, lexicon) for x in [*inner, lca]):
        f.append("neg_on_path")
    if any(c.lemma_.lower() in CRITICAL_WORDS | lexicon.oppose_verbs for x in [lca] for c in x.children
           if c.pos_ in {"VERB", "NOUN"} and c.i not in {y.i for y in inner}):
        f.append("critical_near_lca")
    # the agent as the clause subject of the common ancestor (through coordinated subjects)
    subj = a
    while subj.dep_ == "conj" and subj.head.i != lca.i:
        subj = subj.head
    if subj.dep_ in {"nsubj", "nsubjpass"} and subj.head.i == lca.i:
        f.append(f"agent_subj|{subj.dep_}|{lca.pos_}")
        for c in lca_classes:
            f.append(f"agent_subj_of={c}")
    if a.dep_ == "pobj" and a.head.lower_ == "by" and a.head.dep_ == "agent":
        f.append("agent_by_passive")
    if a.dep_ == "conj" and t.dep_ == "conj" or (a.head.i == t.i and a.dep_ == "conj") or (t.head.i == a.i and t.dep_ == "conj"):
        f.append("coordinated")
    if any(x.lemma_.lower() in lexicon.speech_verbs for x in inner) and arcs > 2:
        f.append("through_speech")
    if arcs > 6:
        f.append("far")
    return tuple(f)


# ------------------------------------------------------------------------------------------------ model

@dataclass(frozen=True)
class SupportModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    version: str = FEATURIZER_VERSION

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in set(features))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def load_support_model(path: Path = DEFAULT_MODEL_PATH) -> SupportModel:
    """Read the artifact; SupportModelError when it is missing, malformed or made for another featurizer."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise SupportModelError(f"{path}: no such file") from error
    except (OSError, ValueError) as error:
        raise SupportModelError(f"{path}: {error}") from error
    try:
        if raw.get("format") != ARTIFACT_FORMAT:
            raise SupportModelError(f"{path}: artifact format {raw.get('format')!r}, expected {ARTIFACT_FORMAT}")
        if raw.get("featurizer") != FEATURIZER_VERSION:
            raise SupportModelError(f"{path}: trained for featurizer {raw.get('featurizer')!r}, "
                                    f"this code is {FEATURIZER_VERSION!r} (retrain: scripts/experiments/train_support_model.py)")
        weights = {str(k): float(v) for k, v in raw["weights"].items()}
        return SupportModel(weights, float(raw["bias"]), float(raw["threshold"]), raw["featurizer"])
    except SupportModelError:
        raise
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise SupportModelError(f"{path}: malformed artifact ({error!r})") from error


_CACHE: dict[str, SupportModel] = {}
_WARNED: set[str] = set()


def _cached_model() -> SupportModel:
    key = str(DEFAULT_MODEL_PATH)
    if key not in _CACHE:
        _CACHE[key] = load_support_model(DEFAULT_MODEL_PATH)
    return _CACHE[key]


def relation_for(article: Article, doc: "Doc", candidate: Candidate, probability: float,
                 sentence_of: dict[int, int]) -> RawRelation:
    start, end = candidate.tokens
    evidence = Evidence(doc_id=article.id, sentence=sentence_of.get(start, candidate.sentence), start=doc[start].idx,
                        end=doc[end - 1].idx + len(doc[end - 1].text), rule=RULE_NAME,
                        confidence=round(probability, 3))
    return RawRelation(subject=candidate.agent.referent, predicate="supports", object=candidate.target.referent,
                       evidence=evidence)


def support_relations(ctx, article: Article, relations: Sequence[RawRelation],
                      model: Optional[SupportModel] = None) -> list[RawRelation]:
    """The model's `supports` relations for one extracted article (`ctx` is the extraction Context), for pairs the
    rules did not link. Without a usable artifact: a warning (once) and nothing."""
    if model is None:
        try:
            model = _cached_model()
        except SupportModelError as error:
            message = f"kg: the learned supports model is not used ({error})"
            if message not in _WARNED:
                _WARNED.add(message)
                print(message, file=sys.stderr)
            return []
    out = []
    for candidate in candidates(ctx.doc, ctx.index.mentions, relations, ctx.lexicon, ctx.sentence_of):
        p = model.probability(candidate.features)
        if p >= model.threshold:
            out.append(relation_for(article, ctx.doc, candidate, p, ctx.sentence_of))
    return out
