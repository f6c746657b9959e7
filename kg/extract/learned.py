"""A small learned relation classifier: represents (Person → Organization), basedIn (Organization → Place/Country)
and locatedIn (Place/Country → Place/Country).

The weights are trained by `scripts/train_relation_model.py` on CoNLL04 (Work_For, OrgBased_In, Located_In) with
scikit-learn, then exported to `kg/data/relation_model.json` as plain feature → weight maps. Scoring here is a
logistic function over sparse binary features computed from the spaCy parse, so run time needs spaCy only.

The featurizer below is shared by training and run time: any change to what it emits must bump
`FEATURIZER_VERSION`, or a stale artifact would silently score with features it was never trained on.
"""
from __future__ import annotations

import json
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from kg.model import Mention

if TYPE_CHECKING:  # spaCy is needed only by callers that already hold a Doc
    from spacy.tokens import Doc, Span, Token

FEATURIZER_VERSION = "relfeat-2"
ARTIFACT_FORMAT = 1
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "relation_model.json"

# Which ordered type pairs each relation is asked about. Country and Place share one coarse type because the
# training data (CoNLL04 "Loc") does not tell them apart; the gazetteer features carry that distinction instead.
COARSE_TYPE = {"Person": "PER", "Organization": "ORG", "Place": "LOC", "Country": "LOC"}
SIGNATURES: dict[str, tuple[str, str]] = {
    "represents": ("PER", "ORG"),
    "basedIn": ("ORG", "LOC"),
    "locatedIn": ("LOC", "LOC"),
}

# Nouns that name a post or a job; near a person they are the strongest cue that the person acts for an
# organisation ("FAA spokesman Fred Farrar", "Maria Lopez, a spokeswoman for the Red Cross").
TITLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson president vice-president vice director minister chairman chairwoman chairperson
chair chief head leader secretary official executive employee member senator sen. representative rep. ambassador
envoy editor professor correspondent reporter commander general governor manager founder co-founder analyst
economist lawyer attorney officer deputy aide adviser advisor counsel treasurer owner publisher agent candidate
staff staffer worker coach chancellor premier mayor delegate negotiator coordinator administrator commissioner
superintendent trustee partner researcher scientist anatomist engineer pilot captain lt. lieutenant colonel col.
gen. sergeant sgt. admiral adm. major maj. cmdr. commander-in-chief ceo cfo coo chairman-elect president-elect
vice-chairman vice-chair board dean rector provost curator historian physician doctor dr. nurse teacher student
lobbyist consultant strategist operative activist organizer organiser founder-chairman boss mp legislator
lawmaker congressman congresswoman assemblyman councilman councillor councilor alderman judge justice
prosecutor investigator inspector detective sheriff marshal ranger guard trooper soldier spy agent operator
director-general secretary-general under-secretary undersecretary assistant associate fellow veteran
""".split())

_QUOTES = {"`", "``", "''", "'", '"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"}
_PREPS_OF_ROLE = {"of", "for", "at", "with", "from", "'s", "in", "to", "on", "by"}


class RelationModelError(RuntimeError):
    """The relation model cannot be used: missing, malformed, or trained for another featurizer."""


class RelationModelMissing(RelationModelError, FileNotFoundError):
    """The artifact file does not exist."""


@dataclass(frozen=True)
class ScoredPair:
    """One relation the model believes in. `features` lists the features that pushed the score up most, as
    evidence a reader (or a debugging engineer) can check."""

    subject: Mention
    predicate: str
    object: Mention
    probability: float
    features: tuple[str, ...] = ()


def _norm_name(text: str) -> str:
    """The folding of vocab.normalise_name (and backquotes), kept here: the gazetteer keys baked into the artifact
    must not drift when that function changes."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\-]", " ", s)
    s = s.replace(".", "")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[\"'()\[\],;:`]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def word(tok: "Token") -> str:
    """The form of a token that features use: lemma in lower case, with numbers and quote marks folded, so that
    CoNLL04's tokenised text ("` `", "' '") and ordinary news typography give the same features."""
    t = tok.text.replace("\u2019", "'").replace("\u2018", "'")
    if t in _QUOTES or (len(t) > 1 and all(c in "`'\"" for c in t)):
        return '"'
    if tok.like_num or any(c.isdigit() for c in t):
        return "<num>"
    lemma = (tok.lemma_.replace("\u2019", "'").replace("\u2018", "'") or t).lower()
    # Proper names in the context are folded: with ~250 examples a relation, a weight on "maine" or "u.s." is
    # memorised noise, and it would not transfer from CoNLL04's 1990s wire copy to today's news.
    if tok.pos_ == "PROPN" and lemma not in TITLE_NOUNS:
        return "<P>"
    return lemma


def _title(w: str) -> str:
    """Title nouns as one symbol: CoNLL04 has a "spokesman for" but no "envoy of", and the pattern is the same."""
    return "<T>" if w in TITLE_NOUNS else w


def _bucket(n: int) -> str:
    for hi, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (12, "9-12"), (20, "13-20")):
        if n <= hi:
            return name
    return "21+"


def trim(span: "Span") -> "Span":
    """The span without a leading article and a trailing possessive or punctuation: CoNLL04's gold spans leave
    "the" out while spaCy's NER keeps it, and the features must not depend on which convention found the mention."""
    start, end = span.start, span.end
    while end - start > 1 and (span.doc[start].lower_ in ("the", "a", "an") or span.doc[start].is_punct):
        start += 1
    # A final "." stays: it belongs to "Corp." or "Kan." more often than it ends the sentence inside a mention.
    while end - start > 1 and (span.doc[end - 1].tag_ == "POS"
                               or (span.doc[end - 1].is_punct and span.doc[end - 1].text != ".")):
        end -= 1
    return span.doc[start:end]


def _path(a: "Token", b: "Token") -> Optional[tuple[list["Token"], list["Token"]]]:
    """Tokens from a up to the lowest common ancestor and from b up to it (both lists end at the ancestor);
    None when a and b lie in different parse trees (different sentences)."""
    up_a = [a]
    while up_a[-1].head.i != up_a[-1].i:
        up_a.append(up_a[-1].head)
    pos_a = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1].i not in pos_a:
        if up_b[-1].head.i == up_b[-1].i:
            return None
        up_b.append(up_b[-1].head)
    return up_a[: pos_a[up_b[-1].i] + 1], up_b


class Featurizer:
    """Sparse binary features of one candidate (subject, object) pair in its sentence.

    `gazetteer` maps a normalised place name to "country" or "state"; it travels inside the model artifact so that
    training and run time agree on it exactly.
    """

    def __init__(self, gazetteer: Optional[dict[str, str]] = None) -> None:
        self.gazetteer = dict(gazetteer or {})

    def geo(self, text: str, mention_type: str) -> str:
        if mention_type == "Country":
            return "country"
        return self.gazetteer.get(_norm_name(text), "")

    def features(
        self,
        doc: "Doc",
        subj: "Span",
        subj_type: str,
        obj: "Span",
        obj_type: str,
        others: Sequence[tuple["Span", str]] = (),
        kinds: tuple[str, str] = ("named", "named"),
    ) -> tuple[str, ...]:
        """Features of the pair (subj, obj). `others` are the remaining entity mentions of the sentence with their
        types; they matter for "is there another entity in between" and "is this the nearest one". `kinds` says
        where each end came from ("named" for the pipeline's own mentions, else a CANDIDATE_KINDS value), so the
        model can trust a span that only it considers less than one the mention finder chose."""
        f: list[str] = []
        subj, obj = trim(subj), trim(obj)
        others = [(trim(sp), t) for sp, t in others]
        st, ot = COARSE_TYPE[subj_type], COARSE_TYPE[obj_type]
        so = subj.start < obj.start
        order = "so" if so else "os"
        first, second = (subj, obj) if so else (obj, subj)
        between = doc[first.end : second.start] if first.end <= second.start else doc[0:0]
        bw = [word(t) for t in between]
        n = len(bw)
        f += [f"sig={st}>{ot}", f"ord={order}", f"dist={_bucket(n)}|{order}"]
        for tag, kind, ty in (("s", kinds[0], st), ("o", kinds[1], ot)):
            if kind != "named":
                f += [f"{tag}kind={kind}", f"{tag}kind={kind}|{ty}"]
            if kind == "flip":
                # a name reads as a person's by its shape: "Walesa", "Ulf D. Merbold", not "Ministry of Health"
                sp = subj if tag == "s" else obj
                shape = "lower" if any(t.is_lower for t in trim(sp)) else _bucket(min(len(trim(sp)), 4))
                f.append(f"{tag}flipshape={shape}|{ty}")

        # Words between the mentions: the exact short sequence is the single most telling cue
        # ("X , spokesman for Y", "Y 's X", "X of Y").
        if n <= 4:
            f.append(f"bs={'_'.join(bw) or '<adj>'}|{order}")
            if any(w in TITLE_NOUNS for w in bw):
                f.append(f"bs={'_'.join(map(_title, bw))}|{order}")
        for w in dict.fromkeys(bw):
            f.append(f"bw={w}")
            f.append(f"bwo={w}|{order}")
            if w in TITLE_NOUNS:
                f.append(f"bwo=<T>|{order}")
        if n:
            f.append(f"bfirst={bw[0]}|{order}")
            f.append(f"blast={bw[-1]}|{order}")
            if n > 1:
                f.append(f"bfirst2={bw[0]}_{bw[1]}|{order}")
                f.append(f"blast2={bw[-2]}_{bw[-1]}|{order}")
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in between)
        f.append(f"bverb={int(has_verb)}|{order}")
        if any(w in (",", "(", "-", ";", ":", "--") for w in bw):
            f.append(f"bpunct|{order}")

        # Other entities in the way: a person is rarely said to work for an organisation beyond another one.
        inside = [(sp, t) for sp, t in others if sp.start >= first.end and sp.end <= second.start]
        f.append(f"ebetween={min(len(inside), 2)}|{order}")
        for t in dict.fromkeys(COARSE_TYPE.get(t, t) for _, t in inside):
            f.append(f"ebtype={t}|{order}")
        # Is the object the nearest mention of its type to the subject, and vice versa?
        f.append(f"onearest={int(self._nearest(subj, obj, ot, others))}|{order}")
        f.append(f"snearest={int(self._nearest(obj, subj, st, others))}|{order}")

        # Context windows around each mention.
        for tag, sp in (("s", subj), ("o", obj)):
            b1 = word(doc[sp.start - 1]) if sp.start > 0 else "<s>"
            b2 = word(doc[sp.start - 2]) if sp.start > 1 else "<s>"
            a1 = word(doc[sp.end]) if sp.end < len(doc) else "</s>"
            a2 = word(doc[sp.end + 1]) if sp.end + 1 < len(doc) else "</s>"
            f += [f"{tag}b1={_title(b1)}", f"{tag}b2={b2}_{b1}", f"{tag}a1={_title(a1)}", f"{tag}a2={a1}_{a2}"]
            root = sp.root
            f.append(f"{tag}dep={root.dep_}")
            if not (sp.start <= root.head.i < sp.end):
                h = word(root.head)
                f.append(f"{tag}head={h}")
                f.append(f"{tag}headdep={root.dep_}_{h}")
                if h in TITLE_NOUNS:
                    f.append(f"{tag}headdep={root.dep_}_<T>")
            if root.dep_ == "poss" or (sp.end < len(doc) and doc[sp.end].tag_ == "POS"):
                f.append(f"{tag}poss")

        # Mention-internal cues that generalise across names: the last word of an organisation ("Corp.", "Party",
        # "University") and whether a mention is an acronym; the gazetteer class of places.
        for tag, sp, ty, typ in (("s", subj, st, subj_type), ("o", obj, ot, obj_type)):
            if ty == "ORG":
                f.append(f"{tag}last={sp[-1].lower_}")
                if len(sp) == 1 and sp.text.replace(".", "").isupper():
                    f.append(f"{tag}acronym")
            if ty == "LOC":
                f.append(f"{tag}geo={self.geo(sp.text, typ) or 'other'}")
        if st == "LOC" and ot == "LOC":
            f.append(f"geo={self.geo(subj.text, subj_type) or 'other'}>{self.geo(obj.text, obj_type) or 'other'}|{order}")

        # Dependency path between the heads of the mentions.
        f += self._path_features(subj.root, obj.root, subj, obj)

        # Title nouns: next to the person, between the mentions, or governing the person.
        per = subj if st == "PER" else obj if ot == "PER" else None
        if per is not None:
            lo, hi = max(per.start - 3, 0), min(per.end + 3, len(doc))
            near = [t for t in doc[lo:hi] if not (per.start <= t.i < per.end) and not (obj.start <= t.i < obj.end)
                    and word(t) in TITLE_NOUNS]
            if near:
                f.append("title_near")
                f.append(f"title_near={word(near[0])}")
            if any(word(t) in TITLE_NOUNS for t in between):
                f.append(f"title_between|{order}")
            if any(word(c) in TITLE_NOUNS for c in per.root.children) or word(per.root.head) in TITLE_NOUNS:
                f.append("title_governs")
            if any(word(t) in TITLE_NOUNS for t in per):
                f.append("title_inside")
        # Hand patterns that the sparse features would need many examples to learn.
        if so and n >= 2 and bw[0] == "," and bw[-1] in _PREPS_OF_ROLE:
            f.append(f"pat=comma_np_prep|{bw[-1]}")
        if so and n >= 1 and bw[0] == "," and any(w in ("base", "headquarter", "locate") for w in bw[:4]):
            f.append("pat=comma_based")
        if not so and n >= 1 and bw[0] == "'s":
            f.append("pat=obj_poss")
        if not so and 1 <= n <= 3 and all(w in TITLE_NOUNS or t.pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT")
                                          for w, t in zip(bw, between)) and any(w in TITLE_NOUNS for w in bw):
            f.append("pat=obj_title_subj")
        if so and n == 1 and bw[0] in ("of", "at", "in", ","):
            f.append(f"pat=adj_{bw[0]}")
        return tuple(dict.fromkeys(f))

    @staticmethod
    def _nearest(anchor: "Span", cand: "Span", cand_type: str, others: Sequence[tuple["Span", str]]) -> bool:
        def gap(sp: "Span") -> int:
            return max(sp.start - anchor.end, anchor.start - sp.end, 0)

        d = gap(cand)
        return not any(COARSE_TYPE.get(t) == cand_type and gap(sp) < d for sp, t in others)

    @staticmethod
    def _path_features(a: "Token", b: "Token", subj: "Span", obj: "Span") -> list[str]:
        p = _path(a, b)
        if p is None:
            return ["dp=<none>"]
        up, down = p
        # Labels from the subject head up to the common ancestor, then down to the object head.
        labels = [t.dep_ + "<" for t in up[:-1]] + [t.dep_ + ">" for t in reversed(down[:-1])]
        nodes = up[1:] + list(reversed(down[1:-1]))
        inner = [t for t in nodes if not (subj.start <= t.i < subj.end) and not (obj.start <= t.i < obj.end)]
        f = [f"dp={' '.join(labels) or '<same>'}", f"dplen={_bucket(len(labels))}"]
        if len(labels) <= 5:
            lex = []
            for k, lab in enumerate(labels):
                lex.append(lab)
                if k < len(labels) - 1:
                    lex.append(word(nodes[k]) if k < len(nodes) else "?")
            f.append("dpx=" + " ".join(lex))
            if any(x in TITLE_NOUNS for x in lex):
                f.append("dpx=" + " ".join(map(_title, lex)))
        for t in inner:
            f.append(f"dpw={word(t)}")
            if word(t) in TITLE_NOUNS:
                f.append("title_on_path")
        lca = up[-1]
        if subj.start <= lca.i < subj.end:
            f.append("lca=subj")
        elif obj.start <= lca.i < obj.end:
            f.append("lca=obj")
        else:
            f.append(f"lca={word(lca)}")
            f.append(f"lcapos={lca.pos_}")
        return f


# Extra spans the model may pair although the mention finder did not choose them, each kind with its own features:
# "ner" a spaCy entity the finder dropped (on CoNLL04 train half of such Loc pairs are gold Located_In); "flip" a
# finder's person or organisation read as the other type (the small NER calls "Walesa" an organisation and
# "Becton Dickinson" a person). Runs of untagged proper nouns were tried too: 6 gold pairs in 2,700 on train.
CANDIDATE_KINDS = ("ner", "flip")
# An extra span is paired only with a span of the finder's, and only for the relations where CoNLL04 train and dev
# show it pays: a flipped type is a guess (represents: 15 gold pairs in 1,050; basedIn: 2 in 700).
KIND_RELATIONS = {"ner": frozenset({"represents", "locatedIn"}), "flip": frozenset({"represents"})}
_CANDIDATE_PREFIX = "model:"
_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
_FLIP = {"Person": "Organization", "Organization": "Person"}


def candidate_kind(mention: Mention) -> str:
    """"named" for a mention of the pipeline, else the kind of extra candidate it is."""
    return mention.source[len(_CANDIDATE_PREFIX):] if mention.source.startswith(_CANDIDATE_PREFIX) else "named"


def candidate_mentions(doc: "Doc", named: Sequence[Mention], occupied: Sequence[Mention] = ()) -> list[Mention]:
    """`named` plus the extra candidates of CANDIDATE_KINDS. An extra span never overlaps a mention of `named` or
    `occupied` (all mentions of the article, pronouns included): a span the finder already read stays its reading.
    Flips are offered only for spans NER alone typed, never for a gazetteer entry, whose type is known."""
    from .lexicon import load_lexicon  # not at import time: the training script loads this module on its own

    lexicon = load_lexicon()
    sentence_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}
    taken = [False] * len(doc)
    for m in (*named, *occupied):
        if 0 <= m.token_start < m.token_end <= len(doc):
            for i in range(m.token_start, m.token_end):
                taken[i] = True
    out = list(named)

    def add(span: "Span", type_: str, kind: str) -> None:
        span = trim(span)
        if not len(span) or not any(t.pos_ == "PROPN" or t.is_title or t.is_upper for t in span):
            return
        out.append(Mention(text=span.text, start=span.start_char, end=span.end_char, sentence=sentence_of[span.start],
                           type=type_, source=_CANDIDATE_PREFIX + kind, token_start=span.start, token_end=span.end))

    for m in named:
        if m.source == "ner" and m.key is None and m.type in _FLIP and m.token_start >= 0 \
                and not (m.type == "Organization" and lexicon.names_a_body([t.lower_ for t in doc[m.token_start:m.token_end]])) \
                and not (m.type == "Organization" and m.text.isupper()):  # "CAF": an acronym is no one's name
            add(doc[m.token_start:m.token_end], _FLIP[m.type], "flip")
    for ent in doc.ents:
        if ent.label_ not in _NER_TYPES or any(taken[ent.start:ent.end]):
            continue
        # The finder drops some entities on purpose: an acronym it cannot expand ("DPM" is a post, not a body), and
        # NER's "people" with figures in them ("Jul 24" of a dateline) are dates.
        if (ent.label_ == "ORG" and len(ent) == 1 and ent.text.replace(".", "").isupper()) \
                or (ent.label_ == "PERSON" and any(c.isdigit() for c in ent.text)) or lexicon.is_bare_post(ent) \
                or ent.label_ == "PERSON" and all(lexicon.is_title_word(t.lower_) or t.lower_ in lexicon.title_modifiers for t in ent):
            continue  # "incoming Chairperson": a post NER took for a person
        if ent.label_ == "ORG" and len(ent) == 1 and ent.end < len(doc) and lexicon.is_title_word(doc[ent.end].lower_):
            continue  # "State Secretary X": the first word of a post, no body
        add(ent, _NER_TYPES[ent.label_], "ner")
    return out


# Mentions that stand for another (pronouns, descriptions) or are read into a name (demonyms, metonymy): the
# classifier was trained on names, and the rules own these.
_NOT_NAMED = {"coref", "description", "demonym", "metonymy"}


def model_mentions(doc: "Doc", mentions: Sequence[Mention], extra: bool = True) -> list[Mention]:
    """The mentions the model pairs in an article: the named ones of `mentions` (the mention finder's index), and
    with `extra` the candidate spans of candidate_mentions."""
    named = [m for m in mentions if m.source not in _NOT_NAMED and m.type in COARSE_TYPE]
    return candidate_mentions(doc, named, mentions) if extra else named


@dataclass(frozen=True)
class _Linear:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in feats)
        # Clamp so that exp cannot overflow on an absurd score.
        z = max(-60.0, min(60.0, z))
        return 1.0 / (1.0 + math.exp(-z))


class RelationModel:
    """Scores the candidate pairs of an article with per-relation logistic models."""

    def __init__(self, data: dict, path: Optional[Path] = None) -> None:
        self.path = path
        self.meta = {k: v for k, v in data.items() if k not in ("relations", "gazetteer")}
        self.featurizer = Featurizer(data.get("gazetteer") or {})
        self.models: dict[str, _Linear] = {}
        for rel, m in data["relations"].items():
            if rel not in SIGNATURES:
                raise RelationModelError(f"{path}: unknown relation {rel!r} in relation model")
            self.models[rel] = _Linear({k: float(v) for k, v in m["weights"].items()}, float(m["bias"]),
                                       float(m["threshold"]))

    @property
    def thresholds(self) -> dict[str, float]:
        return {r: m.threshold for r, m in self.models.items()}

    def candidates(self, doc: "Doc", mentions: Sequence[Mention]) -> list[tuple[Mention, str, Mention, tuple[str, ...]]]:
        """Every (subject, relation, object, features) the model can judge: ordered pairs of non-overlapping
        mentions of one sentence whose types fit a relation's signature."""
        spans: list[tuple[Mention, "Span"]] = []
        for m in mentions:
            if m.type not in COARSE_TYPE:
                continue
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None and len(sp):
                spans.append((m, sp))
        by_sentence: dict[int, list[tuple[Mention, "Span"]]] = {}
        for m, sp in spans:
            by_sentence.setdefault(m.sentence, []).append((m, sp))
        out = []
        for group in by_sentence.values():
            for i, (ms, ss) in enumerate(group):
                for j, (mo, so) in enumerate(group):
                    if i == j or (ss.start < so.end and so.start < ss.end):  # one span cannot relate to itself
                        continue
                    kinds = (candidate_kind(ms), candidate_kind(mo))
                    if "named" not in kinds:
                        continue
                    sig = (COARSE_TYPE[ms.type], COARSE_TYPE[mo.type])
                    rels = [r for r, s in SIGNATURES.items() if s == sig and r in self.models
                            and all(k == "named" or r in KIND_RELATIONS[k] for k in kinds)]
                    if not rels:
                        continue
                    others = [(sp, m.type) for k, (m, sp) in enumerate(group) if k not in (i, j)]
                    feats = self.featurizer.features(doc, ss, ms.type, so, mo.type, others, kinds)
                    for r in rels:
                        out.append((ms, r, mo, feats))
        return out

    def score(self, doc: "Doc", mentions: list[Mention], min_probability: Optional[float] = None) -> list[ScoredPair]:
        """Relations between mentions of one sentence whose probability reaches the relation's threshold (or
        `min_probability` when given: 0.0 returns every candidate, for tuning and inspection)."""
        out = []
        for ms, rel, mo, feats in self.candidates(doc, mentions):
            model = self.models[rel]
            p = model.probability(feats)
            if p < (model.threshold if min_probability is None else min_probability):
                continue
            top = sorted((x for x in feats if model.weights.get(x, 0.0) > 0), key=lambda x: -model.weights[x])[:8]
            out.append(ScoredPair(ms, rel, mo, round(p, 4), tuple(top)))
        return out


_CACHE: dict[Path, RelationModel] = {}
_LOCK = threading.Lock()


def load_relation_model(path: Optional[Path] = None) -> RelationModel:
    """The relation model at `path` (default: the one shipped in kg/data), loaded once per process."""
    p = Path(path or DEFAULT_MODEL_PATH).resolve()
    with _LOCK:
        if p in _CACHE:
            return _CACHE[p]
        if not p.is_file():
            raise RelationModelMissing(
                f"relation model not found at {p}; train it with "
                f"`python scripts/train_relation_model.py -o {p}`")
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise RelationModelError(f"relation model at {p} is not readable JSON: {e}") from e
        if not isinstance(data, dict) or "relations" not in data:
            raise RelationModelError(f"relation model at {p} has no 'relations' section")
        if data.get("format") != ARTIFACT_FORMAT or data.get("featurizer") != FEATURIZER_VERSION:
            raise RelationModelError(
                f"relation model at {p} was trained for featurizer {data.get('featurizer')!r} "
                f"(format {data.get('format')!r}) but this code computes {FEATURIZER_VERSION!r} "
                f"(format {ARTIFACT_FORMAT}); retrain it with scripts/train_relation_model.py")
        try:
            model = RelationModel(data, p)
        except (KeyError, TypeError, ValueError) as e:
            raise RelationModelError(f"relation model at {p} is malformed: {e!r}") from e
        _CACHE[p] = model
        return model
