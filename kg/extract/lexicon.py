"""The word lists extraction rules read (kg/data/lexicon.json), as frozen sets."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.json"


@dataclass(frozen=True)
class Lexicon:
    title_heads: frozenset[str]
    honorifics: frozenset[str]
    support_verbs: frozenset[str]
    weak_support_verbs: frozenset[str]
    support_nouns: frozenset[str]
    support_nouns_needing_target: frozenset[str]
    light_verbs: frozenset[str]
    lead_verbs: frozenset[str]
    lead_participles: frozenset[str]
    support_participles: frozenset[str]
    negators: frozenset[str]
    oppose_verbs: frozenset[str]
    process_heads: frozenset[str]
    named_process_heads: frozenset[str]
    generic_process_heads_needing_context: frozenset[str]
    org_heads: frozenset[str]
    group_descriptions: dict[str, tuple[str, ...]]
    person_descriptions: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_group: frozenset[str]
    container_nouns: frozenset[str]
    phrasal_support_verbs: dict[str, tuple[str, ...]]
    particle_support_verbs: dict[str, tuple[str, ...]]  # "carry out the plan", "scale up the programme"
    agent_nouns: dict[str, tuple[str, ...]]
    official_titles: frozenset[str]
    generic_group_words: frozenset[str]
    funding_verbs: frozenset[str]
    support_adjectives: dict[str, tuple[str, ...]]
    group_heads_for_affiliation: frozenset[str]
    title_modifiers: frozenset[str]
    document_nouns: frozenset[str]
    abstract_heads: frozenset[str]
    speech_verbs: frozenset[str]
    personnel_nouns: frozenset[str]
    means_of_support: frozenset[str]
    intention_nouns: frozenset[str]
    part_nouns: frozenset[str]
    meeting_nouns: frozenset[str]
    provision_nouns: frozenset[str]
    endorsement_idioms: frozenset[str]
    crediting_verbs: frozenset[str]  # "thanked X for ...", "commended X for ..."
    crediting_nouns: frozenset[str]  # "expressed its appreciation to X for ...", "paid tribute to X for ..."
    portfolio_words: frozenset[str]  # what a post covers: "for Humanitarian Affairs", "on Children and Armed Conflict"
    founding_verbs: frozenset[str]  # "agreed to set up the fund": who creates a body or scheme backs it

    def is_title_word(self, lower: str) -> bool:
        return lower in self.title_heads or lower.rstrip("s") in self.title_heads

    def is_agent_noun(self, lower: str) -> bool:
        """"donors", "guarantor", "mediator": a noun naming whoever backs or leads something."""
        return any(lower in nouns for nouns in self.agent_nouns.values())

    def is_bare_post(self, span) -> bool:
        """"Representative" of "whose Representative in Nigeria": a post NER took for a name. Only after a
        determiner or possessive ("Howard Beach, Queens" is a borough)."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        return before is not None and before.tag_ in {"DT", "PRP$", "WP$", "POS"} and all(
            self.is_title_word(t.lower_) or t.lower_ in self.title_modifiers for t in span)

    @staticmethod
    def crediting_head(for_prep):
        """The word a "for" phrase of credit hangs on: the verb, past the objects the parser may hang it on
        ("thanked CDEMA, CARICOM and the RSS for their support": "for" on the last one thanked)."""
        holder = for_prep.head
        while holder.dep_ in {"conj", "dobj", "appos"} and holder.pos_ in {"NOUN", "PROPN"} and holder.head != holder:
            holder = holder.head
        return holder

    def those_credited(self, for_prep) -> list:
        """The tokens naming whoever is credited "for" something: "thanked Qatar for ...", "expressed its
        appreciation to Finland for ...", "paid tribute to Angola for ..."."""
        holder = self.crediting_head(for_prep)
        if holder.lemma_.lower() in self.crediting_verbs:
            return [c for c in holder.children if c.dep_ == "dobj"]
        thanks = [h for h in (holder, *holder.children) if h.lemma_.lower() in self.crediting_nouns
                  and (h is holder or h.dep_ == "dobj")]
        return [o for h in (holder, *thanks) if thanks for p in h.children if p.dep_ in {"prep", "dative"}
                and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]

    def names_a_body(self, words: list[str]) -> bool:
        """"Board of Governors", "Council of Ministers": the word before the first "of" (else the last word) is a
        body word."""
        head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
        return head in self.org_heads


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    raw = json.loads(path.read_text(encoding="utf-8"))
    values = {}
    for name, field in Lexicon.__dataclass_fields__.items():
        value = raw[name]
        values[name] = ({k: tuple(v) for k, v in value.items()} if isinstance(value, dict)
                        else frozenset(w.lower() for w in value))
    return Lexicon(**values)
