"""The rule registry and what every rule sees.

A rule is a small function `(Context) -> Iterator[Match]`, registered under the relation it extracts and a name
("represents.title_before_name"). The name travels into the provenance of every triple it makes, so a triple in
the graph can always be traced to the rule that made it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..model import Mention
from ..nlp import headline
from .coref import BLOC_KINDS
from .lexicon import Lexicon
from .mentions import BODY_KIND_NOUNS, NAMING_WORDS, OPENING_QUOTES, MentionIndex, portfolio_title, process_word_after_acronym

ENTITY_LIKE = {"Person", "Organization", "Country", "Place", "Process"}
AGENT_TYPES = {"Organization", "Country", "Person"}
COMMITTING_AUXILIARIES = {"will", "would", "'ll"}  # "Dushanbe would build 14 posts": what a state says it will do
LOOKBACK_CONTAINERS = 8  # sentences back to the first "mandate for …" a later "the mandate" repeats
NOTION_HEADS = {"concept"}
PROGRESS_NOUNS = {"progress", "headway", "strides"}
SPENDING_VEHICLES = {"programme", "program", "facility", "window", "initiative"}
MEMBER_GROUP_WORDS = {"government", "state", "states", "governments", "countries", "nations", "members"}
SITTING_VERBS = {"meet", "sit", "convene", "gather"}  # "ministers, meeting as the Council, …": acting as that body
NEGATIVE_IMPLICATIVES = {"decline", "refuse", "fail", "hesitate", "balk", "neglect", "cease", "stop", "deny"}
# what ends or withholds a backing: "suspended its funding for the plan", "cut its support to the mission"
WITHHOLDING_VERBS = {"suspend", "cut", "halt", "freeze", "end", "stop", "withdraw", "withhold", "reduce", "deny",
                     "terminate", "pause", "scale"}
# what a state or an undertaking has, backed through it: "the sovereignty of Guyana", "the outcome of the talks"
FACET_NOUNS = {"unity", "sovereignty", "integrity", "stability", "independence", "outcome", "result", "success",
               "deployment", "extension", "renewal", "continuation", "expansion", "operationalisation",
               "operationalization", "strengthening", "implementation", "establishment", "creation", "launch",
               "completion", "conclusion", "resumption", "revival"}
# "its own protection regime", "the full free movement regime": words of emphasis, no part of the undertaking's name
EMPHATIC_ADJECTIVES = {"own", "full", "whole", "entire", "very", "swift", "speedy", "prompt", "timely", "unwavering"}
# "Laos's planned Pak Lay hydropower project" is also "the Pak Lay hydropower project"
TENTATIVE_ADJECTIVES = {"planned", "proposed", "envisaged", "projected"}
# "the Court's opinion", "his opinion": a view held, not an undertaking, unless a clause or a modifier makes it one
VIEW_NOUNS = {"opinion"}
# containers naming someone's act, whose "of" names the one acting: "the decision of Norway to renew ...", "the
# request of the AU" (but "the extension of UNMISS" names what is extended)
def own_framework(token: Token) -> bool:
    """"under its Global Gateway strategy": the actor's own channel, not an undertaking it backs by acting under it."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def names_partners_of(words: list[str]) -> bool:
    """"Friends of EASF", "Group of Friends of the UN Mission": a group of partners, not a part of the body named."""
    return words[:2] == ["friends", "of"] or words[:4] == ["group", "of", "friends", "of"]


# generic heads that an infinitive of purpose makes particular ("a timetable … to apply the tariff", "a mechanism to
# monitor the truce"), unlike "efforts to end the war"
PURPOSED_GENERIC_HEADS = {"timetable", "calendar", "mechanism", "arrangement", "scheme", "system", "strategy", "deal"}
NUMBERED_INSTRUMENTS = {"decision", "directive", "regulation", "decree", "order"}
# a deal is a particular one once someone reaches, brokers or signs it: "in a deal brokered by UNFICYP", "struck a deal"
STRUCK_DEALS = {"deal", "settlement", "arrangement", "compromise"}
STRIKING_VERBS = {"reach", "strike", "sign", "broker", "clinch", "seal", "conclude", "mediate", "negotiate", "finalise",
                  "finalize", "hammer", "secure"}


def _bare_definite(head: Token) -> bool:
    """"the decision", "this launch": a definite noun with nothing that says whose or of what."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children) \
        and not any(c.dep_ in {"poss", "prep", "acl", "relcl", "amod", "compound"} for c in head.children)


def _capital_increase(head: Token) -> bool:
    """"a €4 billion paid-in capital increase": a bank's shareholders' undertaking (an increase of anything else is
    none)."""
    return head.lemma_.lower() == "increase" and any(c.lower_ == "capital" and c.dep_ in {"compound", "amod"} for c in head.children)


def is_numbered_instrument(token: Token) -> bool:
    """"Decision 921", "Regulation 12": an instrument named by its number."""
    doc = token.doc
    return token.is_title and token.lemma_.lower() in NUMBERED_INSTRUMENTS and token.i + 1 < len(doc) \
        and doc[token.i + 1].like_num and doc[token.i + 1].head == token
# parts of an undertaking that are never undertakings of their own: "the solar component", "the second phase"
COMPONENT_NOUNS = {"component", "phase", "pillar", "window", "stage", "tranche"}
# work that yields a text: "the consultations that produced the Declaration"
PRODUCING_VERBS = {"produce", "draft", "prepare", "shape", "yield", "write"}
# the work that brings an undertaking about: "financed the drafting", "will fund the implementation"
WORK_ON_UNDERTAKING_NOUNS = {"drafting", "preparation", "implementation", "rollout", "roll-out", "negotiation"}
ACT_NOUNS = {"call", "calls", "decision", "move", "bid", "push", "request", "demand", "appeal", "proposal", "proposals"}
# undertakings between parties, whose "with" phrase names the other party: "talks with the opposition"
PARTNERED_HEADS = {"dialogue", "talks", "agreement", "deal", "partnership", "cooperation", "negotiation", "negotiations",
                   "truce", "ceasefire", "memorandum", "accord", "consultations", "arrangement"}
CHANNELLED_FUNDING = {"finance", "fund", "co-finance", "cofinance", "bankroll", "underwrite"}
QUANTIFIERS = {"most", "much", "all", "part", "some", "half", "share", "bulk", "rest", "majority"}


@dataclass
class Match:
    subject: Mention
    object: Mention | str
    tokens: tuple[int, int]  # token range of the evidence, end exclusive
    confidence: float | None = None  # overrides the rule's default


@dataclass(frozen=True)
class Rule:
    predicate: str
    name: str
    confidence: float
    find: Callable[["Context"], Iterator[Match]]


RULES: dict[str, list[Rule]] = {}


def rule(predicate: str, name: str, confidence: float):
    """Register a rule function under `predicate.name`."""

    def register(find: Callable[["Context"], Iterator[Match]]):
        RULES.setdefault(predicate, []).append(Rule(predicate, f"{predicate}.{name}", confidence, find))
        return find

    return register


# "intra-Libyan", "pan-African": prefixes glued to a demonym or name inside a process's name
NAME_PREFIXES = ("inter", "intra", "pan", "trans", "cross", "post", "pre", "anti", "pro", "sub", "non")

# "welcomed the decision": a bare decision is the latest approval of an undertaking
DECISION_NOUNS = {"decision", "move", "step", "approval", "adoption"}
VERB_OF_DECISION = {"approval": "approve", "adoption": "adopt"}
LAUNCH_NOUNS = {"launch", "opening", "inauguration", "unveiling"}
LAUNCHING_VERBS = {"launch", "open", "inaugurate", "unveil"}
DECIDING_VERBS = {"approve", "adopt", "endorse", "agree", "decide", "extend", "renew", "sign"}

# An actor's ongoing work: backing it backs the actor ("the envoy's efforts", "the agency's monitoring").
ACTIVITY_NOUNS = {"effort", "efforts", "work", "endeavour", "endeavor", "endeavours", "endeavors", "monitoring",
                  "activity", "activities", "operation", "operations", "reporting", "role", "course", "training",
                  "exercise", "patrol", "startup", "running", "upkeep", "maintenance",
                  "up"}  # the tokenizer splits "start-up", "set-up", "follow-up": "the Commission's start-up"


@dataclass
class Context:
    doc: Doc
    index: MentionIndex
    lexicon: Lexicon
    gazetteer: Gazetteer
    sentence_of: dict[int, int] = field(default_factory=dict)
    titles: list[tuple[str, Match]] = field(default_factory=list)  # (rule that read it, title match)
    current_rule: str = ""
    # person → the countries and bodies the `represents` rules found for them, read by later relations' rules
    represented: dict[int, list[Mention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.sentence_of:
            self.sentence_of = {t.i: n for n, s in enumerate(self.doc.sents) for t in s}

    # --- mentions ---------------------------------------------------------------------------------------------

    def mention(self, token: Token | None, types: set[str] = ENTITY_LIKE) -> Mention | None:
        """The mention covering `token`, followed to its antecedent, if its class is one of `types`."""
        if token is None:
            return None
        mention = self.index.at(token)
        if mention is None:
            return None
        referent = mention.referent
        return referent if referent.type in types else None

    def mentions_in(self, tokens, types: set[str] = ENTITY_LIKE) -> list[Mention]:
        out, seen = [], set()
        for token in tokens:
            m = self.mention(token, types)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    def persons(self) -> Iterator[Mention]:
        for mention in list(self.index.mentions):
            if mention.type == "Person" and mention.source != "coref":
                yield mention

    def head_of(self, mention: Mention) -> Token:
        span = self.doc[mention.token_start:mention.token_end]
        return span.root

    # --- noun phrases -------------------------------------------------------------------------------------------

    @staticmethod
    def objects_of_prep(prep: Token) -> list[Token]:
        """The objects of a preposition and of the same preposition coordinated with it ("funding from Canada and
        from AECID")."""
        preps = [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_)]
        return [o for p in preps for o in p.children if o.dep_ == "pobj"]

    def prep_objects(self, holder: Token, words: set[str]) -> list[Token]:
        """The objects of `holder`'s prepositions among `words` (see `objects_of_prep`)."""
        return [o for p in holder.children if p.dep_ == "prep" and p.lower_ in words for o in self.objects_of_prep(p)]

    def conjuncts(self, token: Token) -> list[Token]:
        """`token` and the tokens coordinated with it ("A, B and C")."""
        out = [token]
        for child in token.children:
            if child.dep_ == "conj":
                out.extend(self.conjuncts(child))
            elif child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children) \
                    and self.mention(child, {"Country", "Organization"}) is not None \
                    and self.mention(token, {"Country", "Organization"}) is not None:
                # "Japan, the Republic of Korea and the EU": a list the parser read as an apposition
                out.extend(self.conjuncts(child))
            elif child.dep_ == "appos" and self.lexicon.is_title_word(token.lower_) \
                    and (person := self.mention(child, {"Person"})) is not None:
                # "signed by the Minister, Irma Cifuentes-Juárez, and Lorena Balcázar-Ruiz": the parser coordinates
                # the second signatory with the first one's name
                out.extend(c for i in range(person.token_start, person.token_end) for c in self.doc[i].children
                           if c.dep_ == "conj" and c.i >= person.token_end and self.mention(c, {"Person"}) is not None)
        named = self.index.at(token)
        if named is not None and named.token_end - named.token_start > 1:
            # "the OSCE Mission to Serbia and Serbia's Ministry of Defence": the parser coordinates the second body
            # with the last word of the first one's name
            out.extend(c for i in range(named.token_start, named.token_end) for c in self.doc[i].children
                       if c.dep_ == "conj" and c.i >= named.token_end and all(c is not o for o in out))
        return out

    def targets(self, token: Token, types: set[str] = ENTITY_LIKE, make_process: bool = True) -> list[Mention]:
        """What a noun phrase headed by `token` (and its conjuncts) names: a mention, a person behind a title
        ("the Personal Envoy, X"), or a described process ("international mediation")."""
        found: list[Mention] = []
        token = self._past_hyphenated_agent(token)
        if token.pos_ == "VERB" and token.tag_ == "VBG":
            # "in favour of concluding a code of conduct": what the gerund would bring about
            objects = [c for c in token.children if c.dep_ == "dobj"]
            # "merging the Luanda Process with the Nairobi Process into a joint peace process": the result too
            objects += [c for p in token.children if p.dep_ == "prep" and p.lower_ == "into" for c in p.children if c.dep_ == "pobj"]
            return [m for o in objects for m in self.targets(o, types, make_process)]
        for head in self.conjuncts(token):
            mention = self.mention(head, types)
            if mention is not None:
                mention = self._possessed_body(head, mention, types)
            if mention is not None and mention.type == "Organization" and "Person" in types \
                    and self.lexicon.is_title_word(head.lower_):
                # "The UN Special Coordinator for Lebanon, Johanna X, welcomed ...": an office named by its post,
                # with the holder beside it: the holder acts
                holder = next((m for c in head.children if c.dep_ == "appos" for m in [self.mention(c, {"Person"})] if m), None)
                mention = holder or mention
            if mention is not None and mention.source == "description" and mention.type == "Process":
                # "financed the regional consultations that produced the text": the work stands for its product
                mention = next((m for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in PRODUCING_VERBS
                                for o in c.children if o.dep_ == "dobj" for m in [self.mention(o, {"Process"})]
                                if m is not None and m.referent.source != "description"), mention)
            if mention is not None and mention.source == "description" and mention.type == "Process" \
                    and (head.lemma_.lower() in self.lexicon.part_nouns | {"project", "projects"}
                         or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)):
                # ("will fund the project's public information campaign": an undertaking's own activity)
                # "co-finance the plan's transport projects": a part of a named undertaking backs the whole
                whole = next((m for c in head.children if c.dep_ == "poss" for m in [self.mention(c, {"Process"} & types)] if m), None)
                mention = whole or mention
            if mention is None:
                # "the Personal Envoy, X"; "The EU's High Representative for Foreign Affairs and Security Policy, X",
                # where the parser hangs the name on the last word of the title
                appositions = [c for c in head.children if c.dep_ == "appos"]
                # "Libya's delegate, Deputy Foreign Minister X": the name in apposition to the second title
                appositions += [g for c in appositions if self.lexicon.is_title_word(c.lower_)
                                for g in c.children if g.dep_ == "appos"]
                if not appositions and self.lexicon.is_title_word(head.lower_):
                    # (not an acronym in brackets: "Leaders of … States (CELAC)" are not CELAC's alone)
                    appositions = [t for t in head.subtree if t.dep_ == "appos" and t.i > head.i
                                   and self.doc[t.left_edge.i - 1].text != "("]
                for child in appositions:
                    mention = self.mention(child, types & {"Person", "Organization", "Country"})
                    listed = [m.referent for m in self.index.within(child.left_edge.i, child.right_edge.i + 1)
                              if m.referent.type in types & {"Country", "Organization"}]
                    if mention and len(listed) > 1 and head.lower_ in self.lexicon.group_heads_for_affiliation:
                        # "The five Member States – Bangladesh, India, Maldives, Mauritius and Sri Lanka – adopted ...": all
                        found.extend(m for m in listed if all(m is not f for f in found))
                        mention = None
                        break
                    if mention:
                        break
                if mention is None and "Person" in types and self.lexicon.is_title_word(head.lower_):
                    # "led by Cabinet Secretary for Foreign Affairs Musalia Mudavadi": the name closing the title
                    mention = self._holder_named_after(head)
            if mention is None and head.lemma_.lower() in NUMBERED_INSTRUMENTS and not head.is_title:
                # "adopted a decision that will abolish roaming charges. Under Decision 921, ...": the one numbered
                mention = self._numbered_as(head)
            if mention is None and head.lemma_.lower() in {"renewal", "extension", "prolongation"} \
                    and not any(c.dep_ in {"poss", "prep"} for c in head.children):
                mention = self._last_renewed(head.i, types)  # "Spain also backed the renewal": of what was renewed
            if mention is None and head.lower_ in LAUNCH_NOUNS and _bare_definite(head):
                # "welcomed the launch": of what was just launched
                mention = self._last_acted_on(head.i, LAUNCHING_VERBS, types & {"Process", "Organization"}, verbs_only=True)
            if mention is None and head.lemma_.lower() in DECISION_NOUNS and "Process" in types and _bare_definite(head):
                # "welcomed the decision": what was just approved, in the last two sentences (money approved: what
                # the article's money is for)
                mention = self._last_acted_on(head.i, DECIDING_VERBS, {"Process"}, within_sentences=3)
                if mention is None and self._last_givers(head.i, types | {"Organization", "Country"}, DECIDING_VERBS):
                    mention = next(iter(self.main_undertaking(head.i)), None)
                if mention is None and head.lemma_.lower() in VERB_OF_DECISION:
                    # "welcomed the approval" five sentences after the article's one "approved": of what it approved
                    mention = self._only_decision_before(head)
            if mention is None and head.lemma_.lower() in COMPONENT_NOUNS and "Process" in types \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                    and not any(c.dep_ in {"poss", "prep", "relcl", "acl"} for c in head.children):
                # "a grant for the solar component": a part of the undertaking just named; "the phase" after "the
                # second phase of the Great Green Wall Accelerator": of the one it was said to be part of
                mention = next((m for t in reversed(self.doc[:head.i]) if t.lemma_ == head.lemma_
                                for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj" for m in [self.mention(o, {"Process"})]
                                if m is not None and m.referent.source == "process"), None) \
                    or self._latest_named_undertaking(head.i)
            if mention is None and head.lemma_.lower() in WORK_ON_UNDERTAKING_NOUNS and "Process" in types and _bare_definite(head):
                # "Sweden financed the drafting": work on the undertaking the article is about
                mention = next(iter(self.main_undertaking(head.i)), None)
            if (mention is None or mention.source == "description" and mention.type == "Process") and "Process" in types \
                    and head.pos_ == "NOUN":
                # "finance the first container terminals under the plan", "national soil plans under the programme": a
                # part of an undertaking backs the whole
                # (or "the commitments made under the Djibouti Declaration": through the participle)
                holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN")]
                mention = next((m for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"under", "within"}
                                for o in p.children if o.dep_ == "pobj" and not own_framework(o)
                                for m in [self.mention(o, {"Process"})] if m), mention)
            if mention is None and "Country" in types and head.lemma_.lower() in {"government", "authority", "authorities"}:
                # "Uganda's government signed …": a state's government acts for the state; in "UN-Habitat and
                # Uganda's government" the parser may hang both names on "government"
                owners = [c for c in head.children if c.dep_ == "poss"]
                owners += [x for c in head.children if c.dep_ == "nmod" for x in self.conjuncts(c)]
                named = [m for c in owners for m in [self.mention(c, types)] if m is not None]
                if len(named) > 1:
                    found.extend(m for m in named if all(m is not f for f in found))
                    continue
                mention = named[0] if named and named[0].type == "Country" else None
            if mention is None and "Country" in types and "Place" not in types:
                mention = self.capital_as_country(head)
            if mention is None and head.lower_ in self.lexicon.group_heads_for_affiliation and types & {"Country", "Organization"}:
                # "Ministers from Chile, Peru and Colombia": every state they come from
                several = [m for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                           for o in p.children if o.dep_ == "pobj" and len(self.conjuncts(o)) > 1
                           for m in self.targets(o, types & {"Country", "Organization"}, make_process=False)]
                if several:
                    found.extend(m for m in several if all(m is not f for f in found))
                    continue
                mention = self.affiliation(head, types & {"Country", "Organization"}, demonyms=True)
                if mention is None:
                    # "the minister renewed his government's commitment": the country that person speaks for
                    speakers = [self.mention(c, {"Person"}) for c in head.children if c.dep_ == "poss"]
                    mention = next((m for p in speakers if p is not None for m in self.represented.get(id(p), [])
                                    if m.type in types & {"Country", "Organization"}), None)
            # "the AU's peace support operation": a kind of undertaking, not just the owner's work
            named_kind = head.lemma_.lower() == "operation" \
                and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)
            if (mention is None or mention.source == "description" and mention.type == "Process" and not named_kind) \
                    and (head.lemma_.lower() in ACTIVITY_NOUNS or head.lower_ in self.lexicon.personnel_nouns):
                # "support for the envoy's efforts", "$12 million for UNAMA's human-rights monitoring": the one
                # whose work it is, is what is backed
                owners = [t for c in head.children if c.dep_ == "poss" for t in self.targets(c, types, make_process=False)]
                # "a stronger SCO role in Afghanistan", "two MEMAC training courses": a named body before the noun
                # owns it too
                owners += [m for c in head.subtree if c.dep_ == "compound" and c.i < head.i
                           and all(self.doc[k].dep_ == "compound" for k in range(c.i, head.i))
                           for m in [self.mention(c, types & {"Organization", "Country"})] if m is not None]
                # "the work of the Personal Envoy, X"
                owners += [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                           for c in p.children if c.dep_ == "pobj" for t in self.targets(c, types, make_process=False)]
                if owners:
                    found.extend(m for m in owners if all(m is not f for f in found))
                    continue
            if mention is None and head.lemma_.lower() in self.lexicon.meeting_nouns and not types & {"Process"}:
                # "A joint summit of the EAC and SADC called for ...": the bodies that met act
                members = [m for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                           for c in p.children if c.dep_ == "pobj" for m in self.targets(c, types, make_process=False)]
                # "The IGAD summit endorsed ...": the body named before the meeting word
                members += [m for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i
                            for m in [self.mention(c, types & {"Organization"})] if m is not None]
                if members:
                    found.extend(m for m in members if all(m is not f for f in found))
                    continue
            if mention is None and head.lower_ in self.lexicon.provision_nouns and "Process" in types:
                # "implement the security arrangements of the R-ARCSS": the agreement they belong to
                named = [m for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "under", "in"}
                         for c in p.children if c.dep_ == "pobj" for m in [self.mention(c, {"Process"})
                                                                           or (self.mention(c, {"Organization"} & types)
                                                                               if head.lower_ in {"statute", "charter", "mandate"} else None)] if m]
                # "approved the tribunal's statute": the body or text whose statute it is
                named += [m for c in head.children if c.dep_ == "poss"
                          for m in [self.mention(c, {"Process", "Organization"} & types)] if m]
                if named:
                    found.extend(m for m in named if all(m is not f for f in found))
                    continue
            if mention is None and head.lower_ in QUANTIFIERS:
                # "much of the Roadmap's capacity-building", "most of the force's costs"
                for c in (c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"):
                    found.extend(m for m in self.targets(c, types, make_process) if all(m is not f for f in found))
                continue
            if (mention is None or mention.source == "description" and mention.type == "Process") \
                    and head.lemma_.lower() in FACET_NOUNS and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in head.children):
                # "support for the unity and sovereignty of Syria", "welcomed the outcome of the conference",
                # "called for the force's swift deployment"
                inner = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
                for c in inner or [c for c in head.children if c.dep_ == "poss"]:
                    found.extend(m for m in self.targets(c, types, make_process) if all(m is not f for f in found))
                continue
            if mention is None and head.lemma_.lower() in PROGRESS_NOUNS:
                # "welcomed Sierra Leone's progress in carrying out the Agreement for National Unity", "progress on
                # the reforms": what the progress is made on
                worked = [o for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "on", "towards", "toward"}
                          for c in p.children
                          for o in ([c] if c.dep_ == "pobj" else [g for g in c.children if g.dep_ == "dobj"]
                                    if c.dep_ == "pcomp" else [])]
                found.extend(m for o in worked for m in self.targets(o, types, make_process)
                             if all(m is not f for f in found))
                if worked:
                    continue
            if mention is None and head.lemma_.lower() in self.lexicon.container_nouns:
                # "welcomed the call for a longer ceasefire": what is called for is the target
                decided = any(v.dep_ == "acl" and v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
                              for v in head.children) or head.lemma_.lower() in ACT_NOUNS | self.lexicon.intention_nouns
                inner = [c for p in head.children if p.dep_ == "prep" and p.lower_ in {"for", "to", "of"}
                         for c in p.children if c.dep_ == "pobj"
                         # "the decision of the United States to ease sanctions": the one deciding is no target
                         and not (decided and p.lower_ == "of" and self.mention(c, {"Country", "Organization", "Person"}))]
                # "a proposal to deploy a monitoring presence": what the infinitive would create
                inner += [c for v in head.children if v.dep_ in {"acl", "relcl"} and v.pos_ == "VERB"
                          for c in v.children if c.dep_ == "dobj" and c.lower_ not in {"that", "which", "whom"}]
                if not inner:
                    inner = [c for c in head.children if c.dep_ == "poss"]  # "the plan's first phase"
                if not inner and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children):
                    inner = self._container_said_before(head)  # "voiced support for the mandate": the one for talks
                if not inner and head.dep_ == "appos":
                    inner = [head.head]  # "a grain exchange, a proposal that Russia championed"
                edge = head.left_edge.i
                if not inner and edge >= 2 and self.doc[edge - 1].text == "," and self.doc[edge - 2].pos_ in {"NOUN", "PROPN"}:
                    inner = [self.doc[edge - 2]]  # the same, where the parser did not see the apposition
                # "The Gambia's request for support to the Special Tribunal": the support's own object
                inner = [o for c in inner for o in (
                    [x for p in c.children if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "for"}
                     for x in p.children if x.dep_ == "pobj"] if c.lemma_.lower() in self.lexicon.means_of_support else [c])]
                for c in inner:
                    found.extend(m for m in self.targets(c, types, make_process) if all(m is not f for f in found))
                continue
            if mention is None and head.lemma_.lower() in {"year", "month"}:
                # "approved two more years of funding for the OAS Office": the support's own object
                support = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                           if o.dep_ == "pobj" and o.lemma_.lower() in self.lexicon.means_of_support]
                found.extend(t for o in support for p in o.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
                             for x in p.children if x.dep_ == "pobj" for t in self.targets(x, types, make_process)
                             if all(t is not f for f in found))
                if support:
                    continue
            if mention is None and "Process" in types and head.lemma_.lower() in self.lexicon.process_heads:
                mention = self._quoted_name_after(head)  # 'launched a project, "Secure Elections 2026", …'
            if mention is None and make_process and "Process" in types:
                mention = self.process_mention(head)
            if mention is None and "Process" in types and head.pos_ in {"NOUN", "PROPN"} \
                    and not self.lexicon.is_agent_noun(head.lower_):
                # "bankrolled the Roadmap's capacity-building", "finance the facility's assistance window": a part of
                # a named undertaking or fund backs the whole
                owners = {"Process", "Organization"} if head.lemma_.lower() in self.lexicon.part_nouns else {"Process"}
                mention = next((m for c in head.children if c.dep_ == "poss" for m in [self.mention(c, owners & types)] if m), None)
                if mention is None and head.lemma_.lower() in self.lexicon.part_nouns:
                    # "to pave Paraguay's section of the Bioceanic Road Corridor": the whole the part is of
                    mention = next((m for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                                    for o in p.children if o.dep_ == "pobj" for m in [self.mention(o, owners & types)] if m), None)
            if mention is not None and all(m is not mention for m in found):
                found.append(mention)
        return found

    def _describes_body_before(self, head: Token) -> bool:
        """`head` heads "the global fund …" set off right after a body's name."""
        k = head.left_edge.i - 1
        before = self.index.at(k - 1) if k >= 1 and self.doc[k].text == "," else None
        return before is not None and before.token_end == k and before.referent.type == "Organization"

    def _quoted_name_after(self, head: Token) -> Mention | None:
        """The undertaking named in quotes right after its word: 'a project, "Secure Elections 2026"', 'a campaign
        called "Every Child Counts"'."""
        k = head.i + 1
        for skip in ([","], NAMING_WORDS, OPENING_QUOTES):
            if k < len(self.doc) and self.doc[k].lower_ in skip:
                k += 1
        if k == head.i + 1 or self.doc[k - 1].text not in OPENING_QUOTES:
            return None
        named = self.index.at(k)
        return named if named is not None and named.token_start == k and named.type == "Process" else None

    def _numbered_as(self, word: Token) -> Mention | None:
        """The one instrument of the article numbered under this word ("Decision 921" for "the decision")."""
        lemma = word.lemma_.lower()
        numbered = {id(m.referent): m.referent for m in self.index.mentions if m.type == "Process" and m.token_start >= 0
                    and self.doc[m.token_start].lemma_.lower() == lemma and is_numbered_instrument(self.doc[m.token_start])}
        return next(iter(numbered.values())) if len(numbered) == 1 else None

    def _possessed_body(self, head: Token, mention: Mention, types: set[str] = frozenset({"Organization"})) -> Mention:
        """"The Council of Europe's Committee of Ministers gave ...", "signed the Council of Europe's Framework
        Convention": the parser may make the owner the head of the phrase; the body or text it owns is meant."""
        own = self.index.at(head)
        if own is None or own.type != "Organization" or own.token_end + 1 >= len(self.doc) \
                or self.doc[own.token_end].lower_ not in {"'s", "’s"}:
            return mention
        body = self.index.at(own.token_end + 1)
        if body is not None and body.referent.type in types & {"Organization", "Process"} \
                and self.doc[own.token_end + 1] in head.subtree:
            return body.referent
        return mention

    def capital_as_country(self, token: Token) -> Mention | None:
        """"Nairobi's support", "Washington backed the plan": a capital acting stands for its country."""
        place = self.mention(token, {"Place"})
        if place is None:
            return None
        country = self.gazetteer.capital_of(place.canonical or place.text)
        if country is None or country.type != "Country":
            return None
        return Mention(text=place.text, start=place.start, end=place.end, sentence=place.sentence, type="Country",
                       key=country.key, canonical=country.name, source="metonymy", token_start=place.token_start,
                       token_end=place.token_end, latent=True)

    def _past_hyphenated_agent(self, token: Token) -> Token:
        """The parser often takes "the UN" of "the UN-led Doha Process" for the whole phrase: move to the noun
        the participle modifies."""
        doc = self.doc
        i = token.i
        if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in (
                self.lexicon.lead_participles | self.lexicon.support_participles):
            participle = doc[i + 2]
            if participle.head.i > participle.i:
                return participle.head
            after = next((t for t in doc[i + 3:i + 9] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
            if after is not None:
                return after
        return token

    @staticmethod
    def _qualified_by_clause(head: Token) -> bool:
        """A generic head made particular by what follows: "a timetable for implementing the annex", "passed a
        resolution urging Iran to ..." (a body's resolution, not the resolution of a conflict)."""
        if any(p.dep_ == "prep" and p.lower_ in {"for", "on"} and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
               for p in head.children):
            return True
        if head.lemma_.lower() in PURPOSED_GENERIC_HEADS:
            # "approved a timetable for Bolivia to apply the common tariff" (the parser may hang the infinitive on the
            # verb whose object the head is)
            holders = [head] + ([head.head] if head.dep_ == "dobj" else [])
            if any(c.dep_ in {"acl", "advcl"} and c.pos_ == "VERB" and c.i > head.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for h in holders for c in h.children):
                return True
        if head.lemma_.lower() in STRUCK_DEALS and (
                any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in STRIKING_VERBS for c in head.children)
                or head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in STRIKING_VERBS):
            return True
        if head.lemma_.lower() in VIEW_NOUNS:
            # "adopted an opinion urging Georgia to ...", "requested an opinion": a text, not a view ("the opinion that")
            return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in head.children) \
                or head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in {"adopt", "issue", "deliver", "render", "request"}
        if head.lemma_.lower() == "decision":
            # "adopted a decision that allows ambulance crews to ...": a text a body adopts ("the decision to extend
            # X" is the act of deciding, left to what it decides)
            return any(c.dep_ == "relcl" for c in head.children) \
                or head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in {"adopt", "pass", "issue"}
        return (head.lemma_.lower() == "resolution"
                or head.lower_ in {"communiqué", "communique", "declaration", "statement"}) and (
            any(c.dep_ in {"acl", "relcl"} for c in head.children)
            or head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in {"adopt", "pass", "approve", "table", "draft", "sponsor"})

    def process_mention(self, head: Token) -> Mention | None:
        """A latent Process mention for a described undertaking headed by `head`, e.g. "a recovery and
        reconstruction plan", "the truce in Hodeidah"."""
        lexicon = self.lexicon
        lemma = head.lemma_.lower()
        if head.pos_ not in {"NOUN", "PROPN"} or (lemma not in lexicon.process_heads and head.lower_ not in lexicon.process_heads
                                                  and not is_numbered_instrument(head) and not _capital_increase(head)):
            return None
        existing = self.index.at(head)
        if existing is not None:
            return existing.referent if existing.referent.type == "Process" else None
        if lemma == "decision" and not is_numbered_instrument(head) and not self._qualified_by_clause(head):
            return None  # "welcomed the decision of Norway to renew its grant": an act of deciding, not a text
        if lemma in NOTION_HEADS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            return None  # "the concept of operations" is a notion; "a concept for settling trade" is a plan
        if head.lower_ in BODY_KIND_NOUNS and self._describes_body_before(head):
            return None  # "Education Cannot Wait, the global fund for …": what the body is, no undertaking
        if head.is_title and portfolio_title(self.doc, head.i, lexicon) is not None:
            return None  # "Minister of Environment and Ecological Transition": a post's portfolio, no undertaking
        if head.i >= 4 and process_word_after_acronym(self.doc, head.i - 3) == head:
            named = self.index.at(head.i - 4)  # "its Area-Based Approach (ABADEI) programme": the one the acronym spells
            if named is not None and named.referent.type == "Process" and named.referent.source != "description":
                return named.referent
        if head.lower_ in lexicon.provision_nouns and any(
                self.mention(c, {"Process"}) for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "under", "in"}
                for c in p.children if c.dep_ == "pobj"):
            return None  # "the security arrangements of the R-ARCSS" are the agreement's, not an undertaking of their own
        left = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod", "nummod"}
                and not (t.dep_ == "amod" and t.lower_ in lexicon.lead_participles | lexicon.support_participles | EMPHATIC_ADJECTIVES)
                # "a US$25 million agreement": its price is no part of its name
                and not any(x.ent_type_ == "MONEY" or x.text in {"$", "€", "£", "US$"} for x in t.subtree)]
        before = self.doc[head.i - 1] if head.i > 0 else None
        if not left and before is not None and before.pos_ == "NOUN" and before.is_lower and before.head == head.head \
                and not any(c.dep_ == "det" for c in head.children):
            left = [before]  # "launched a collective reparations programme": the parser split the phrase in two objects
        tokens, owners = set(), set()
        for t in left:
            owner = self.index.at(t)
            glued = t.i >= 2 and self.doc[t.i - 1].text == "-" and not self.doc[t.i - 2].whitespace_ and self.doc[t.i - 2].is_lower
            if owner is not None and owner.type in {"Organization", "Country", "Person"} and (owner.key or owner.type == "Person") \
                    and not glued:  # "intra-Libyan dialogue": a demonym after a prefix is part of the name
                owners.update(range(owner.token_start, owner.token_end))
                continue  # the owner "UN" of "UN plan" is not part of the plan's name
            tokens.update(x.i for x in t.subtree if x.dep_ not in {"det", "poss", "case"} and x.text not in {'"', "“", "”"})

        tokens.add(head.i)
        participles = lexicon.lead_participles | lexicon.support_participles
        while min(tokens) < head.i and (self.doc[min(tokens)].text in {"-", "–"} or self.doc[min(tokens)].lower_ in participles):
            tokens.discard(min(tokens))  # "UN-facilitated electoral roadmap": the owner's hyphen is not the plan's name
        core_start = min(tokens)
        core = [i for i in range(core_start, head.i + 1) if i in tokens or self.doc[i].dep_ in {"cc", "conj", "punct"} and core_start < i < head.i]
        core = [i for i in core if not (self.doc[i].is_punct and self.doc[i].text not in {"-"})]
        # the hyphen of "EAC-SADC peace process" goes with the owners it joins
        core = [i for i in core if not (self.doc[i].text in {"-", "–"} and not self.doc[i - 1].is_lower and {i - 1, i + 1} & (owners | {
            j for j in range(core_start, head.i) if self.index.at(j) is not None and self.index.at(j).key}))]
        split_off = head.head  # "a measles and rubella vaccination campaign": the parser makes "measles" the object
        if core and head.dep_ == "conj" and split_off.i == core[0] - 2 and self.doc[core[0] - 1].lower_ == "and" \
                and split_off.pos_ == "NOUN" and split_off.is_lower and self.index.at(split_off) is None \
                and split_off.lemma_.lower() not in lexicon.process_heads and not any(c.dep_ == "det" for c in head.children) \
                and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in split_off.children):
            core = [split_off.i, core[0] - 1, *core]
        # a short qualifier on the right: "truce in Hodeidah", "dialogue on water and energy", "cessation of hostilities",
        # or a number: "resolution 2719"
        right_end = head.i + 1
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].like_num and self.doc[head.i + 1].head == head:
            right_end = head.i + 2
        for child in head.rights:
            # "dialogue with the opposition" names the talks, but "coordinate the programme with agencies" is the verb's
            if child.dep_ == "prep" and child.i == right_end and (child.lower_ in {"in", "for", "on", "of", "between"}
                                                                  or child.lower_ == "with" and lemma in PARTNERED_HEADS):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child.lower_ == "with" and pobj is not None and (pobj.lemma_.lower() in self.lexicon.means_of_support
                                                                    or any(t.ent_type_ == "MONEY" for t in pobj.subtree)):
                    break  # "co-finance the projects under the agreement with a $30 million loan": the loan pays
                if pobj is not None and pobj.lower_ not in {"which", "whom", "it", "them"} and pobj.ent_type_ not in {"DATE", "TIME"}:
                    # ("a deposit scheme for drink containers under the strategy": the undertaking it falls under
                    # is no part of its name)
                    last = max(t.i for t in pobj.subtree if not t.is_space and not any(a.lower_ in {"under", "within"} and a.dep_ == "prep"
                                                                     for a in [t, *t.ancestors] if a.i > pobj.i))
                    words = self.doc[child.i:last + 1]
                    if last - head.i <= 7 and not any(t.pos_ in {"VERB", "AUX", "PRON"} or t.text in {",", ";", "("} for t in words):
                        right_end = last + 1
                break
        if not core:
            return None
        start = core[0]
        core_text = " ".join(self.doc[i].text for i in core).replace(" - ", "-")
        core_text = re.sub(r"\b(" + "|".join(NAME_PREFIXES) + r") - ", r"\1-", core_text)
        owned_generic, possessor = False, None
        if len(core) == 1 and lemma in lexicon.generic_process_heads_needing_context and right_end == head.i + 1 \
                and not self._qualified_by_clause(head):
            possessor = next((c for c in head.children if c.dep_ == "poss" and self.index.at(c) is not None
                              and self.index.at(c).referent.type in {"Organization", "Country", "Person"}
                              and c.i + 1 < head.i and self.doc[c.i + 1].lower_ in {"'s", "’s"}), None)
            if possessor is not None and not owners and not any(c.dep_ == "prep" for c in head.children) \
                    and lemma not in VIEW_NOUNS:
                owners = {possessor.i}  # "the chair's draft": whose it is makes it a particular one
                core_text = self.doc[possessor.i:head.i + 1].text.replace(" 's", "'s").replace(" ’s", "’s")
            if not owners or any(c.dep_ == "prep" for c in head.children):
                # "efforts", "cooperation" alone name no particular undertaking; "a Kyrgyz proposal for a dialogue"
                # is about the dialogue
                return None
            owned_generic = True  # "the AU proposal": a named body's proposal is a particular one
        if lemma in lexicon.abstract_heads and right_end == head.i + 1 and not any(
                self.doc[i].pos_ in {"NOUN", "PROPN"} for i in core if i != head.i):
            return None  # "durable peace", "regional stability": aims, not undertakings
        full = self.doc[start:right_end]
        name = full.text if right_end > head.i + 1 else core_text
        # the phrase as written, owners included ("joint UN–AU review"), is a name it was seen under too
        written = [t for t in self.doc[min(t.left_edge.i for t in [head]):head.i + 1]
                   if t.dep_ not in {"det", "poss", "case", "punct"} or t.text in {"-", "–"}]
        written_text = "".join(t.text_with_ws for t in written).strip() if written else ""
        if owned_generic and possessor is not None:
            name = core_text  # "chair's draft"
        elif owned_generic and written_text:
            name = written_text  # "AU proposal", never a bare "proposal" that would fold every proposal into one
        untried = core_text.split(" ", 1)[1] if " " in core_text and core_text.split(" ", 1)[0].lower() in TENTATIVE_ADJECTIVES else ""
        # "memorandum of understanding on the ASEAN Power Grid" is also the "memorandum of understanding"
        second_prep = next((t.i for t in self.doc[head.i + 2:right_end] if t.dep_ == "prep" and t.head.i != head.i), None)
        unqualified = self.doc[start:second_prep].text if second_prep is not None else ""
        aliases = tuple(dict.fromkeys(a for a in (core_text, written_text, untried, unqualified, *_shorter_names(self.doc, core))
                                      if a and a != name and not (owned_generic and a == core_text)))
        mention = Mention(text=name, start=self.doc[start].idx, end=full.end_char, sentence=self.sentence_of[head.i],
                          type="Process", aliases=aliases, source="description", token_start=start,
                          token_end=right_end, latent=True)
        # registered so that the same phrase used by two rules is one mention
        if self.index.at(head.i) is not None:
            return mention  # its head belongs to a real mention: usable, but not indexed
        # names inside ("joint EAC-SADC peace process") keep their tokens: the index only fills the free ones
        # a name in the qualifier ("roadmap for Libya") keeps its own tokens: the index only fills the free ones
        self.index.add(mention)
        return mention

    # --- clauses --------------------------------------------------------------------------------------------------

    def affiliation(self, title: Token, types: set[str], demonyms: bool = False) -> Mention | None:
        """"Foreign ministers of ASEAN", "the AU's envoy", "IGAD leaders": the body behind a title noun;
        with `demonyms`, "the Armenian government" too."""
        for child in title.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i < title.i:
                found = self.mention(child, types)
                if found is not None and self.index.at(child).source == "demonym" and not demonyms:
                    continue
                if found is not None:
                    return found
            if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.mention(pobj, types) is not None:
                        return self.mention(pobj, types)
                    if pobj.dep_ == "pobj" and pobj.lower_ in MEMBER_GROUP_WORDS:
                        # "Heads of government of CARICOM", "ministers of the member countries of ACTO"
                        return self.affiliation(pobj, types, demonyms)
        return None

    def _opens_list_item(self, verb: Token) -> bool:
        """The verb starts its sentence, or follows only a list number ("3. Reiterates ...")."""
        before = [t for t in self.doc[verb.sent.start:verb.i] if not t.is_space]
        return all(t.like_num or t.text in {".", ")", "(", "-", "•"} for t in before)

    def _author_of_decision(self, before: int, types: set[str]) -> list[Mention]:
        """Who "adopted the following decision" (or communiqué, statement) last before a token."""
        for verb in reversed(self.doc[:before]):
            if verb.lemma_.lower() in {"adopt", "issue", "agree"} and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.document_nouns | {"conclusion", "communiqué"}
                    and any(a.lower_ == "following" for a in c.children) for c in verb.children):
                return [s for s in self.subjects(verb, types) if s.type != "Person"]
        return []

    def _named_after_comma(self, subject: Token, types: set[str]) -> list[Mention]:
        """"The EU's border and coast guard agency, Frontex, launched ...": a described subject whose name follows
        between commas (the parser may not make it an apposition)."""
        edge = subject.right_edge
        k = edge.i if edge.text == "," else edge.i + 1
        if any(t.i > subject.i for t in subject.subtree if t.i < k):
            return []
        named = self.index.named_after_comma(self.doc, k)
        return [named.referent] if named is not None and named.referent.type in types else []

    def _last_givers(self, before: int, types: set[str], verbs: set[str] | None = None) -> list[Mention]:
        """Who gave the latest money (a verb with an amount as its object) in this sentence or the two before."""
        found = []
        for verb in self.doc[:before]:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in (verbs or self.lexicon.funding_verbs) \
                    and self.sentence_of[before] - self.sentence_of[verb.i] <= 2 \
                    and any(c.dep_ == "dobj" and is_money(c) for c in verb.children):
                found = self.subjects(verb, types) or found
        return found

    def _only_decision_before(self, noun: Token) -> Mention | None:
        """What the article's one use of the verb behind a decision noun ("approval": "approved") acted on, or, for
        money approved, the undertaking the article is about."""
        deciding = VERB_OF_DECISION[noun.lemma_.lower()]
        verbs = [v for v in self.doc[:noun.i] if v.pos_ == "VERB" and v.lemma_.lower() == deciding]
        if len(verbs) != 1 or self.negated(verbs[0]):
            return None
        objects = [c for c in verbs[0].children if c.dep_ in {"dobj", "nsubjpass"}]
        found = next((m for c in objects for m in [self.mention(c, {"Process"})] if m is not None), None)
        if found is None and any(is_money(c) for c in objects):
            found = next(iter(self.main_undertaking(noun.i)), None)
        return found

    def _last_acted_on(self, before: int, verbs: set[str], types: set[str], within_sentences: int | None = None,
                       verbs_only: bool = False) -> Mention | None:
        """What the latest of `verbs` before a token acted on ("approved X", "launched X"), optionally only in the
        last few sentences."""
        found = None
        for verb in self.doc[:before]:
            if verb.lemma_.lower() not in verbs or verbs_only and verb.pos_ != "VERB" \
                    or within_sentences is not None and self.sentence_of[before] - self.sentence_of[verb.i] > within_sentences:
                continue
            # ("approved the second stage of the Interstate Targeted Programme": the whole a part belongs to)
            acted_on = [o for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                        for o in [c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                       and c.lemma_.lower() in COMPONENT_NOUNS for g in p.children if g.dep_ == "pobj")]]
            found = next((m for c in acted_on for m in [self.mention(c, types)] if m is not None), found)
        return found

    def main_undertaking(self, before: int, named_only: bool = False) -> list[Mention]:
        """The undertaking named most often before a token (an acronym in brackets not counted; on a tie, the one
        the lead names, then the latest): what an article is about. With `named_only`, among those with a name."""
        counts: dict[int, list] = {}
        lead, top = None, headline(self.doc)
        seen_in: dict[int, set[int]] = {}  # the sentences each undertaking is named in
        for mention in self.index.mentions:
            referent = mention.referent
            if referent.type == "Process":
                seen_in.setdefault(id(referent), set()).add(self.sentence_of[mention.token_start])
            counted = not (named_only and referent.source == "description")
            if referent.type == "Process" and 0 <= mention.token_start < before and counted:
                if mention.token_start > 0 and self.doc[mention.token_start - 1].text == "(":
                    continue  # "(PDET)": an acronym defined is no second mention
                if top is None or not top.start <= mention.token_start < top.end:  # the lead, not the headline
                    lead = min(lead, self.sentence_of[mention.token_start]) if lead is not None else self.sentence_of[mention.token_start]
                entry = counts.setdefault(id(referent), [0, False, -1, referent])
                entry[0] += 1
                entry[2] = max(entry[2], mention.token_start)
        for entry in counts.values():  # on a tie, the undertaking the lead names
            entry[1] = lead in seen_in[id(entry[3])]
        return [max(counts.values(), key=lambda e: (e[0], e[1], e[2]))[3]] if counts else []

    def _latest_named_undertaking(self, before: int) -> Mention | None:
        """The undertaking named (not merely described) last before a token, in this sentence or the two before."""
        named = [m for m in self.index.mentions if m.referent.type == "Process" and m.referent.source == "process"
                 and m.token_start < before and self.sentence_of[before] - self.sentence_of[m.token_start] <= 2]
        return max(named, key=lambda m: m.token_start).referent if named else None

    def _last_renewed(self, before: int, types: set[str]) -> Mention | None:
        """What the latest "extended/renewed (the mandate of) X" before a token extended: a mission or a regime."""
        found = None
        for verb in self.doc[:before]:
            if verb.lemma_.lower() not in {"extend", "renew", "prolong"}:
                continue
            objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            # "extended by three years the mandate of the Mission": the parser may lose the object; read it off
            objects += [t for t in self.doc[verb.i + 1:min(before, verb.i + 8)] if t.lemma_.lower() == "mandate"]
            for obj in objects:
                after = obj.i + (3 if obj.i + 2 < len(self.doc) and self.doc[obj.i + 2].lower_ == "the" else 2)
                inner = [self.doc[after]] if obj.lemma_.lower() == "mandate" and self.doc[obj.i + 1].lower_ == "of" \
                    and after < len(self.doc) else [obj]
                found = next((m for o in inner for m in [self.mention(o, types)] if m is not None), found)
        return found

    def _unnamed_secretary_general(self, title: Token) -> bool:
        """"The Secretary-General", with no one named and no body given: in a UN statement, the UN's chief."""
        doc = self.doc
        is_sg = title.lower_ == "secretary-general" or title.lower_ == "general" and title.i >= 2 \
            and doc[title.i - 1].text in {"-", "–"} and doc[title.i - 2].lower_ == "secretary"
        return is_sg and not any(c.dep_ in {"prep", "poss", "compound", "appos"} and self.index.at(c) is not None
                                 for c in title.children)

    def named(self, key: str) -> Mention | None:
        """The entity with this gazetteer key, if the article names it."""
        return next((m.referent for m in self.index.mentions if m.key == key), None)

    def _united_nations(self, near: Token) -> Mention:
        named = self.named("org:united-nations")
        if named is not None:
            return named
        entry = self.gazetteer.by_key("org:united-nations")
        return Mention(text=entry.name, start=near.idx, end=near.idx + len(near.text), sentence=self.sentence_of[near.i],
                       type="Organization", key=entry.key, canonical=entry.name, source="gazetteer",
                       token_start=near.i, token_end=near.i + 1, latent=True)

    def _holder_named_after(self, title: Token) -> Mention | None:
        """The person named right after a title with no comma between ("EU High Representative for Foreign Affairs
        Kaja Kallas"), which the parser may leave out of the subject or bury in the title's "for" phrase."""
        doc, limit = self.doc, title.right_edge.i + 1
        for k in range(title.i + 1, min(limit + 1, len(doc))):
            if doc[k].is_punct and doc[k].text != "-":
                return None
            mention = self.index.at(k)
            if mention is not None and mention.type == "Person" and mention.token_start == k:
                return mention.referent
        return None

    def committing_clauses(self, speech: Token, deps: set[str] = frozenset({"ccomp"})) -> list[Token]:
        """The clauses a speech verb reports in which someone says what will be done, not negated ("said Dushanbe
        would build 14 posts"; what a state "will never accept" may well be said by its adversary)."""
        return [c for c in speech.children if c.dep_ in deps and not self.negated(c)
                and any(a.dep_ == "aux" and a.lower_ in COMMITTING_AUXILIARIES for a in c.children)]

    def _container_said_before(self, head: Token) -> list[Token]:
        """What the same container noun held when the article first used it: "approved a mandate for talks …
        voiced support for the mandate"."""
        first = self.sentence_of[head.i] - LOOKBACK_CONTAINERS
        for earlier in reversed(self.doc[:head.i]):
            if self.sentence_of[earlier.i] < first:
                break
            if earlier.lemma_.lower() == head.lemma_.lower() and earlier.pos_ == "NOUN":
                return [c for p in earlier.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
                        for c in p.children if c.dep_ == "pobj"]
        return []

    def subjects(self, verb: Token, types: set[str] = AGENT_TYPES) -> list[Mention]:
        """Agents of a verb (see `_subjects`) and the body they sit as: "Ministers of ROPME, meeting as the ROPME
        Council, adopted …" is an act of ROPME and of its Council."""
        found = self._subjects(verb, types)
        if not found:
            return found
        sitting = [c for c in [*verb.children, *(g for c in verb.children if c.dep_ == "nsubj" for g in c.children)]
                   if c.dep_ in {"advcl", "acl"} and c.lemma_.lower() in SITTING_VERBS]
        bodies = [m for c in sitting for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"
                  for m in self.targets(o, types & {"Organization"}, make_process=False)]
        return found + [b for b in bodies if all(b.referent is not f.referent for f in found)]

    def _subjects(self, verb: Token, types: set[str] = AGENT_TYPES) -> list[Mention]:
        """Agents of a verb: its nsubj (with conjuncts), the agent of a passive, or the subject of the verb it is
        coordinated with ("X met Y and welcomed Z"); a title noun stands for the body it names ("Foreign
        ministers of ASEAN reaffirmed ...")."""
        # the parser sometimes hangs the subject on the auxiliary ("Australia is underwriting ...")
        children = [*verb.children, *(g for c in verb.children if c.dep_ in {"aux", "auxpass"} for g in c.children)]
        doubled = [c for c in children if c.dep_ == "nsubj"]
        if len(doubled) > 1 and "Person" in types and all(self.lexicon.is_title_word(c.lower_) for c in doubled):
            # "Libya's delegate, Deputy Foreign Minister X, backed ...": the parser splits one subject in two; the
            # person named is the one acting
            people = [m for c in doubled for m in self.targets(c, {"Person"}, make_process=False)]
            if people:
                return people
        if len(doubled) > 1 and not any(self.lexicon.is_title_word(c.lower_) or c.lower_ in {"who", "which", "that"}
                                        for c in doubled):
            # "UNHCR, the International Organization for Migration and UNODC pledged ...": one coordinated subject
            # the parser split in two
            found = []
            for c in doubled:
                found.extend(m for m in self.targets(c, types, make_process=False) if all(m is not f for f in found))
            if found:
                return found
        for child in children:
            relative = verb.dep_ == "relcl" or verb.dep_ == "conj" and verb.head.dep_ == "relcl"
            if child.dep_ == "nsubj" and child.lower_ in {"which", "who", "that"} and relative:
                # "Qatar, which brokered the deal"; "Qatar and Egypt, which mediated the truce": the whole group;
                # "the OIC, to which both belong and which championed the resolution": a second relative clause
                clause = verb if verb.dep_ == "relcl" else verb.head
                owner = clause.head.head if clause.head.dep_ == "conj" and child.lower_ == "which" else clause.head
                found = self.targets(owner, types, make_process=False)
                if clause.head == owner and any(c.dep_ == "conj" and c.i > clause.i for c in owner.children):
                    # "Israel, which signed the Convention, and Egypt, which has not": the clause before the "and"
                    # is the first one's alone
                    found = [m for m in [self.mention(owner, types)] if m is not None] or found
                if not found and owner.lower_ in self.lexicon.group_heads_for_affiliation:
                    # "The six countries that have ratified the agreement – Ethiopia, Uganda, ... – are": the
                    # parser hangs the list between dashes on the clause's object
                    listed = next((t for t in clause.subtree if t.dep_ == "appos" and t.i > 0
                                   and self.doc[t.i - 1].text in {"–", "—", "-", ":"}), None)
                    dash = clause.right_edge.i if clause.right_edge.text in {"–", "—"} else clause.right_edge.i + 1
                    if listed is None and dash + 1 < len(self.doc) and self.doc[dash].text in {"–", "—"}:
                        listed = self.doc[dash + 1]  # or as a second subject of the main verb
                    found = [m for c in self.conjuncts(listed) for m in [self.mention(c, types)] if m is not None] \
                        if listed is not None else []
                return found
            if child.dep_ == "nsubj" and (child.tag_ == "VBG" or child.is_sent_start and child.lower_.endswith("ing")):
                # "Foreign ministers of SICA, meeting in Panama City, approved ...": the parser makes the participle
                # the subject and the ministers its subject
                # "Meeting in San José, the Board of Agriculture approved ...": the parser hangs the real subject on
                # the place, as an apposition
                inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
                fronted = [t for t in child.subtree if t.dep_ in {"appos", "conj"} and t.left_edge.i > 0
                           and self.doc[t.left_edge.i - 1].text == "," and self.mention(t, types) is not None] \
                    if child.is_sent_start and inner is None else []
                if fronted:
                    return self.targets(fronted[0], types, make_process=False)
                child = inner or child
            if child.dep_ == "nsubj" and "Person" in types and self.lexicon.is_title_word(child.lower_):
                holder = self._holder_named_after(child)
                if holder is not None:
                    return [holder]  # "UN Special Envoy for Syria Geir Pedersen welcomed ...": the holder acts
            if child.dep_ == "nsubj" and child.lower_ == "they" and verb.dep_ == "ccomp" \
                    and verb.head.lemma_.lower() in self.lexicon.speech_verbs:
                # "Kenya and Djibouti said they would each put $10 million into it": the pair that speaks
                speakers = [m for c in verb.head.children if c.dep_ == "nsubj" and any(k.dep_ == "conj" for k in c.children)
                            for m in self.targets(c, types, make_process=False)]
                if len(speakers) > 1:
                    return speakers
            if child.dep_ == "nsubj":
                before = self.index.named_before_appositive(verb, child, types)
                if before is not False:
                    return [before] if before is not None else []
                found = self.targets(child, types, make_process=False) or self._named_after_comma(child, types)
                bracketed = child.i > 0 and self.doc[child.i - 1].text == "(" and found and found[0].type == "Country"
                if (not found or bracketed) and "Person" in types:
                    # "Ambassador X (Belgium), speaking ...": the parser may make the bracketed country the subject
                    found = [m for c in child.children if c.dep_ in {"nmod", "compound"} and c.i < child.i
                             for m in [self.mention(c, {"Person"})] if m is not None][:1] or found
                if not found and child.lemma_.lower() in SPENDING_VEHICLES:
                    # "the Commission said its Global Gateway programme would mobilise …": the owner spends
                    found = [m for c in child.children if c.dep_ == "poss"
                             for m in [self.mention(c, types & {"Organization", "Country"})] if m is not None]
                if not found and child.lemma_.lower() in self.lexicon.means_of_support:
                    # "The OPEC Fund grant will finance the programme", "Japan's contribution will cover ...": the giver
                    found = [m for c in child.children if c.dep_ in {"compound", "poss"} and c.i < child.i
                             for m in [self.mention(c, types & {"Organization", "Country"})] if m is not None]
                    if not found and any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
                        found = self._last_givers(child.i, types)  # "… approved US$18 million. The money will finance X"
                if not found and self.lexicon.is_title_word(child.lower_):
                    body = self.affiliation(child, types & {"Organization", "Country"}) or self._earlier_affiliation(child, types)
                    if body is None and "Organization" in types and self._unnamed_secretary_general(child):
                        body = self._united_nations(child)  # "The Secretary-General welcomes the signing of ...": the UN acts
                    found = [body] if body is not None else []
                    # "Leaders of the European Union and CELAC adopted …": every body coordinated after the "of"
                    found += [m for p in child.children if p.dep_ == "prep" and p.lower_ == "of" and body is not None
                              for o in p.children if o.dep_ == "pobj" for c in self.conjuncts(o)[1:]
                              for m in [self.mention(c, types & {"Organization", "Country"})]
                              if m is not None and all(m.referent is not f.referent for f in found)]
                return found
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if not agents and any(c.dep_ == "auxpass" for c in verb.children):
            signers = self._signers_after_stray_by(verb, types)
            if signers:
                return signers
        if agents and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
            # "is co-financed by the LLF ... and by KSrelief": a second "by" may hang on the "is"
            agents += [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "by"]
        if verb.tag_ == "VBN" and verb.lemma_.lower() in CHANNELLED_FUNDING and any(c.dep_ == "auxpass" for c in verb.children):
            # "The programme will be financed through the Multi-Donor Trust Fund": the fund pays
            agents += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"]
        # "endorsed by both parties and by the European Union": a second "by" coordinated with the first
        agents += [c for a in agents for c in a.children if c.dep_ == "conj" and c.lower_ == "by"]
        if agents:  # "... by the LLF, a fund managed by the IsDB, and by KSrelief": the parser may hang it on the verb
            agents += [c for c in verb.children if c.dep_ == "conj" and c.lower_ == "by"]
            # "financed by Germany, through its agency GIZ, and by the World Bank": or on the "through" between
            agents += [c for c in verb.sent if c.dep_ == "conj" and c.lower_ == "by" and c.i > verb.i
                       and c.head.dep_ == "prep" and c.head.lower_ in {"through", "via"} and c not in agents]
        # "opened by the Forum Secretary General, X, and Fiji's Prime Minister, Y": the parser may hang the second
        # agent on the verb as a nominal conjunct
        second = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and c.i > verb.i] if agents else []
        if (len(agents) > 1 or second) and any(self.targets(o, types, make_process=False) for a in agents for o in a.children
                                               if o.dep_ == "pobj" and o.lemma_.lower() not in self.lexicon.means_of_support):
            return [m for a in agents for o in a.children if o.dep_ == "pobj"
                    for m in self.targets(o, types, make_process=False)] \
                + [m for c in second for m in self.targets(c, types, make_process=False)]
        for child in agents:
            if child.dep_ in {"agent", "prep"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.lexicon.means_of_support:
                        # "funded by contributions from Canada and Spain": the givers are the agents
                        return [t for p in pobj.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
                                for o in p.children if o.dep_ == "pobj" for t in self.targets(o, types, make_process=False)]
                    if pobj.dep_ == "pobj":
                        return self.targets(pobj, types, make_process=False)
        if verb.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in verb.head.children):
            # "he was encouraged by the League's move and urged ...": the conjunct shares the surface subject
            return [t for c in verb.head.children if c.dep_ == "nsubjpass" for t in self.targets(c, types, make_process=False)]
        if verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" and verb.tag_ != "VBN" \
                and verb.head.head.head.pos_ in {"VERB", "AUX"}:
            # "would adopt the changes recommended by the Secretariat and fund a programme": the parser joins the
            # second verb to the participle; it shares the subject of the clause
            return self.subjects(verb.head.head.head, types)
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            # "The EU will fund the phase, and Sweden, through Sida, added €2.5 million": the parser may hang the
            # second subject on the first verb, as a nominal conjunct just before this one
            stray = [m for c in verb.head.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and c.i < verb.i
                     for m in [self.mention(c, types)] if m is not None]
            if stray:
                return stray[-1:]
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} and verb.head != verb \
                and not (verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in verb.children)):
            # (but "would abstain because the mechanism had been created": a passive clause of its own, whose
            # agent is unsaid)
            return self.subjects(verb.head, types)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in {"to", "by", "after", "before", "while"} \
                and verb.head.head.pos_ in {"VERB", "AUX"}:
            # "Kenya and Ethiopia committed to recognising …", "backed it by funding …": who does the main verb
            # does the gerund (but "thanked Norway for funding …": the one thanked)
            return self.subjects(verb.head.head, types)
        fronted = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                   and any(g.dep_ == "nsubj" for g in c.children)]
        if fronted:
            # "Ministers of ROPME, meeting as the ROPME Council, today adopted ...": the parser gives the subject to
            # the participle
            return self.subjects(fronted[0], types)
        if verb.dep_ == "dep" and verb.head.tag_ == "VBG" and verb.head.dep_ == "ROOT":
            # "The Board (PCB), meeting under the chairmanship of X, also adopted ...": the parser makes the
            # participle the root and the real verb its dependent
            return self.subjects(verb.head, types)
        if verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i \
                and any(c.dep_ == "aux" for c in verb.children):
            # "Indonesia, as ASEAN chair, is facilitating the dialogue": the parser makes the subject the root
            return self.targets(verb.head, types, make_process=False)
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in {"VERB", "AUX"}:
            return self.subjects(verb.head.head, types)  # "the EU stood ready to support the deal"
        if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return self.targets(verb.head, types, make_process=False)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
            # "commended Oman for facilitating talks": Oman facilitates
            praised = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            return [t for c in praised for t in self.targets(c, types, make_process=False)]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lexicon.intention_nouns and verb.head.head.pos_ in {"VERB", "AUX"}:
            # "Japan and the US signalled their readiness to finance the facility": whoever is ready acts
            return self.subjects(verb.head.head, types)
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            # "X, speaking on behalf of Y": the noun is the agent; "a declaration endorsing the plan": the
            # declaration's authors, the subject of the clause the noun sits in
            own = self.targets(verb.head, types, make_process=False)
            # "In a communiqué adopted after the session, the PSC welcomed ...": a text adopted with no "by" is the
            # work of the clause's subject
            adopted_text = verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children)
            if own or not (verb.tag_ == "VBG" or adopted_text) or verb.head.lemma_.lower() not in self.lexicon.document_nouns:
                return own
            clause = verb.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
                clause = clause.head
            if clause != verb.head and clause.pos_ in {"VERB", "AUX"}:
                return self.subjects(clause, types)
        if verb.tag_ == "VBZ" and verb.is_title and self._opens_list_item(verb):
            # "Council, 1. Welcomes the Jeddah Declaration; 2. Commends IGAD ...": a decision's numbered items have
            # the body that adopted the decision as their subject
            return self._author_of_decision(verb.i, types)
        opening = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i), None)
        if opening is not None:
            # "Speaking on behalf of the Arab Group, X (Algeria) called for ...": the parser makes the participle the
            # subject and buries the name in it; the name after the participle's comma acts
            comma = next((k for k in range(opening.i + 1, verb.i) if self.doc[k].text == ","), None)
            named = self.index.at(comma + 1) if comma is not None else None
            if named is not None and named.referent.type in types:
                return [named.referent]
        return []

    def _signers_after_stray_by(self, verb: Token, types: set[str]) -> list[Mention]:
        """"The agreement was signed at the headquarters in Castries by the Head of the PPS, Dr. X, and PAHO's
        Assistant Director, Dr. Y": the parser may hang the "by" on a place and the names on the verb; the persons
        named from the "by" to the end of the sentence act."""
        by = next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.i > verb.i
                   and t.head.dep_ == "pobj"), None)
        if by is None or "Person" not in types:
            return []
        return [m.referent for m in self.index.within(by.i + 1, verb.sent.end) if m.referent.type == "Person"]

    def _earlier_affiliation(self, title: Token, types: set[str]) -> Mention | None:
        """"Leaders also reaffirmed the strategy" after "Pacific Islands Forum leaders hailed ...": the same word
        with a body named earlier in the article."""
        if not title.lemma_.lower().endswith(("leader", "minister", "chief", "delegate")) or title.tag_ not in {"NNS", "NNPS"}:
            return None
        for earlier in reversed(self.doc[:title.i]):
            if earlier.lemma_.lower() == title.lemma_.lower():
                body = self.affiliation(earlier, types & {"Organization"})
                if body is not None:
                    return body
        # "The Forum's Secretary General said leaders had endorsed the plan": the one grouping of states named in
        # this sentence or the one before is whose leaders they are
        sentence = self.sentence_of[title.i]
        blocs = {m.referent.key: m.referent for m in self.index.mentions
                 if m.referent.type == "Organization" and m.referent.key and m.token_start < title.i
                 and sentence - self.sentence_of.get(m.token_start, -9) <= 1
                 and (entry := self.gazetteer.by_key(m.referent.key)) is not None
                 and entry.kind in BLOC_KINDS}
        return next(iter(blocs.values())) if len(blocs) == 1 else None

    def negated(self, token: Token) -> bool:
        """"did not back", "never endorsed"; and "declined to put its name to", "refused to sign"."""
        if token.dep_ in {"xcomp", "pcomp"} and token.head.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            return True
        if token.dep_ in {"xcomp", "ccomp"} and token.tag_ == "VBG" and token.head.lemma_.lower() in NEGATIVE_IMPLICATIVES:
            return True  # "Uganda denied funding the M23"
        if token.dep_ == "pcomp" and token.head.lower_ == "without":
            return True  # "left without endorsing the plan"
        if token.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children):
            return True  # "made no commitment to join the patrols"
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children) and token.dep_ in {"ccomp", "advcl"} \
                and token.head.lemma_.lower() in {"say", "decide", "know", "ask", "announce", "clear", "determine", "consider"}:
            return True  # "Washington has not said whether it will back the mission": an open question, not a stance
        # "signed up without preconditions": a "without" phrase qualifies the act, it does not deny it
        return any(c.dep_ == "neg" or c.lower_ in self.lexicon.negators and c.lower_ != "without" for c in token.children)

    def span_of(self, *items) -> tuple[int, int]:
        starts, ends = [], []
        for item in items:
            if isinstance(item, Mention):
                if item.token_start >= 0:
                    starts.append(item.token_start)
                    ends.append(item.token_end)
            elif isinstance(item, Token):
                starts.append(item.i)
                ends.append(item.i + 1)
            elif isinstance(item, Span):
                starts.append(item.start)
                ends.append(item.end)
        return (min(starts), max(ends)) if starts else (0, 0)


DURATION_UNITS = {"day", "week", "month", "year"}


def is_money(token: Token) -> bool:
    """"$4 million", "95 billion CFA francs" (but not "50 million hectares", which the tagger may not call money)."""
    subtree = list(token.subtree)
    words = {t.lower_ for t in subtree}
    if any(t.ent_type_ == "MONEY" for t in subtree) or words & CURRENCY_WORDS or any(
            symbol in t.text for t in subtree for symbol in "$€£¥"):
        return True
    # "pledged 4 million" is money; "50 million hectares" counts something else
    return any(t.lower_ in {"million", "billion"} and t.head.pos_ != "NOUN" for t in subtree)


CURRENCY_WORDS = {"$", "€", "£", "¥", "dollars", "euros", "francs", "pounds", "yen", "rupees", "dinars", "riyals", "dirhams",
                  "shillings", "pesos", "reais", "yuan", "rand", "kroner", "krone", "kronor", "kronur", "lira", "naira",
                  "cedis", "rupiah", "ringgit", "baht", "won", "zloty", "tenge", "lari", "som", "afghanis", "taka"}


def _shorter_names(doc: Doc, indices: list[int]) -> list[str]:
    """"inclusive national dialogue" is also "national dialogue"; a bare head ("dialogue") is not a name, and would
    fold two different dialogues into one node."""
    out, rest = [], list(indices)
    # "seven-day polio vaccination campaign" is also "polio vaccination campaign": how long it runs is no part of
    # what it is
    if len(rest) > 4 and doc[rest[0]].like_num and doc[rest[1]].text in {"-", "–"} \
            and doc[rest[2]].lemma_.lower() in DURATION_UNITS and doc[rest[3]].pos_ in {"NOUN", "PROPN", "ADJ"}:
        rest = rest[3:]
        out.append(" ".join(doc[i].text for i in rest).replace(" - ", "-"))
    while len(rest) > 2 and doc[rest[0]].pos_ == "ADJ" and doc[rest[0]].dep_ == "amod":
        rest.pop(0)
        if doc[rest[0]].pos_ == "CCONJ":
            break  # "legislative and local elections" is not also "and local elections"
        out.append(" ".join(doc[i].text for i in rest).replace(" - ", "-"))
    return out
