"""`supports` (agent → process, organization, country or person) and `leads` (agent → process).

Support comes as a verb ("the bloc endorsed the plan"), a passive ("the plan was backed by X"), a nominalisation
("the OIC's backing for mediation", "endorsement by A and B of a plan"), a light verb ("voiced support for the
truce"), a role ("the OIC's role in the Doha Process"), or a hyphenated participle ("the UN-backed talks").
Leading comes as "the UN-led process", "X chairs/mediates the talks", "talks mediated by X".
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..model import Mention
from ..nlp import headline

from .coref import SIGNED_INSTRUMENTS, TEXT_ACT_NOUNS, clause_verb
from .rules import (AGENT_TYPES, FACET_NOUNS, WITHHOLDING_VERBS, Context, Match, is_money, names_partners_of,
                    own_framework, rule)

TARGET_TYPES = {"Process", "Organization", "Country", "Person"}
OBJECT_PREPS = {"for", "of", "to", "behind", "towards", "toward"}
# verbs that give their first object something: "gave the Secretariat technical support"
GIVING_VERBS = {"give", "provide", "offer", "lend", "extend", "grant", "afford"}
# support nouns whose partner follows "with": "solidarity with Mozambique", "pledged its cooperation with UNHCR"
PARTNER_NOUNS = {"solidarity", "cooperation"}
# support nouns that need a process, or else a body they serve: "technical assistance to the commission"
AIDING_NOUNS = {"assistance"}


def _pairs(ctx: Context, agents, targets, trigger: Token) -> Iterator[Match]:
    """Every agent with every target, never an entity with itself."""
    for agent in agents:
        for target in targets:
            if target.referent is not agent.referent:
                yield Match(agent, target, ctx.span_of(agent, trigger, target))


HELPING_VERBS = {"help", "assist", "enable"}
# deciding to give money: "approved financing for X" (but "welcomed the EU's funding for X" is the EU's)
DECIDING_ON_MONEY = {"approve", "authorise", "authorize", "agree", "sign", "endorse", "adopt"}
SIGNING_VERBS = {"sign", "conclude", "ink", "co-sign", "countersign"}
# verbs that pay for things bought for someone: "funding vehicles for the units"
BUYING_VERBS = {"fund", "finance", "co-finance", "co-fund", "bankroll", "underwrite"}


def _objects(ctx: Context, verb: Token) -> list:
    found = []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        described = verb.head
        if verb.i > 0 and ctx.doc[verb.i - 1].text == "," and described.dep_ == "pobj" and described.head.lower_ in {"for", "on", "of"} \
                and ctx.process_mention(described.head.head) is not None:
            # "a feasibility study for a regional electricity market, funded by the ADB": the parser hangs the
            # participle on the nearest noun; after a comma it describes the undertaking
            described = described.head.head
        found.extend(ctx.targets(described, TARGET_TYPES))  # "the talks, facilitated by Qatar"
    elif verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
            and verb.i >= 2 and ctx.doc[verb.i - 1].text == ",":
        # "support for the Joint Roadmap for Peace, championed by Angola": the parser hangs the participle on the
        # clause; what it describes is the name just before the comma
        named = ctx.index.at(verb.i - 2)
        if named is not None and named.referent.type in TARGET_TYPES:
            found.append(named.referent)
    if verb.dep_ == "conj" and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)) \
            and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        # "the talks are facilitated by Norway and guaranteed by Cuba": the passive subject is shared
        found.extend(t for c in verb.head.children if c.dep_ == "nsubjpass" for t in ctx.targets(c, TARGET_TYPES))
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        # "The project is co-financed by the LLF": the parser may read a passive as a predicate adjective
        found.extend(t for c in verb.head.children if c.dep_ == "nsubj" for t in ctx.targets(c, TARGET_TYPES))
    if verb.lemma_.lower() in HELPING_VERBS:
        # "helped Baghdad and Erbil reach the oil deal": what those helped brought about
        found.extend(t for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"
                     for o in c.children if o.dep_ == "dobj" for t in ctx.targets(o, {"Process"}))
    found.extend(_applied_by_those_trained(ctx, verb))
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"}
                                                                           and (c.pos_ != "PRON" or c.lower_ == "it")
                                                                           for c in verb.children) \
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        found.extend(ctx.targets(verb.head, TARGET_TYPES))  # "the agreement it signed with Iraq": no relative pronoun
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in {"support", "backing"} | ctx.lexicon.endorsement_idioms:
            # "threw its weight behind the plan", "put its name to the declaration" (the parser may hang the "to"
            # on the verb)
            holders = [child, verb] if child.lemma_.lower() in ctx.lexicon.endorsement_idioms else [child]
            found.extend(t for h in holders for p in h.children if p.dep_ in {"prep", "dative"} and p.lower_ in {"behind", "to", "for"}
                         for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, TARGET_TYPES))
        if child.dep_ in {"dobj", "nsubjpass"}:
            if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
                found.extend(t for t in ctx.targets(child, TARGET_TYPES) if not _credited_too(ctx, child, t))
                continue
            if child.lower_ in {"which", "that", "whom"} and verb.dep_ == "relcl":
                # "the agreement, which the mission supports"; the name just before ", which" even where the parser
                # hangs the clause on an earlier noun ("the X Project, a scheme under the PSUP, which the agency runs")
                found.extend(_named_before_relative(ctx, child) or ctx.targets(verb.head, TARGET_TYPES))
                continue
            if _is_nominal_support(ctx, child) and not (child.lemma_.lower() == "role" and any(
                    c.dep_ == "compound" and ctx.mention(c, {"Organization"}) for c in child.children)):
                if child.lemma_.lower() in FUNDING_NOUNS and verb.lemma_.lower() in DECIDING_ON_MONEY \
                        and not any(c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and c.lower_ in {"from", "of"} for c in child.children):
                    # "The Council approved financing for the Bata-Mongomo Road Programme": the one approving gives it
                    found.extend(t for p in child.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
                                 for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, TARGET_TYPES))
                continue  # "welcomed the OIC's backing for X": the backing is the nominal rule's (but "supported a
                # stronger SCO role" backs the SCO)
            objects = ctx.targets(child, TARGET_TYPES)
            if verb.lemma_.lower() in BUYING_VERBS and child.lemma_.lower() in FACILITY_NOUNS:
                # "will fund the Centre's data platform": paying for a body's equipment pays for the body (but
                # "finance the League's plan" backs the plan)
                objects += [t for c in child.children if c.dep_ == "poss" for t in ctx.targets(c, {"Organization"}, make_process=False)]
            if not objects and verb.lemma_.lower() in BUYING_VERBS:
                # "thanked the EU for funding vehicles and radios for the units": what the things bought serve
                objects = [t for p in child.children if p.dep_ == "prep" and p.lower_ == "for"
                           for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, TARGET_TYPES)]
            found.extend(objects)
            if child.dep_ == "dobj" and (is_money(child) or _the_money(child)):
                # "invest part of the money in Rail2Sea": the parser hangs the "in" on the money
                found.extend(t for p in child.subtree if p.dep_ == "prep" and p.lower_ in _phrasal_preps(ctx, verb)
                             for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, TARGET_TYPES))
        elif child.dep_ == "prep" and child.lower_ in _phrasal_preps(ctx, verb):
            # "lent its weight to reviving the 5+2 format": a gerund's object is what is backed
            found.extend(t for pobj in child.children if pobj.dep_ in {"pobj", "pcomp"} for t in ctx.targets(pobj, TARGET_TYPES))
    wholes = _whole_of_parts(ctx, verb, found)
    if wholes:  # "co-finance the irrigation projects under the agreement": the agreement, not a part of it
        found = [t for t in found if not (t.referent.source == "description" and t.referent.type == "Process")]
    return found + wholes


# "will train veterinary staff to apply it": preparing others to carry out an undertaking backs it
TRAINING_VERBS = {"train", "equip", "prepare", "coach"}
APPLYING_VERBS = {"apply", "implement", "enforce", "use", "operate", "run", "carry"}


def _applied_by_those_trained(ctx: Context, verb: Token) -> list:
    if verb.lemma_.lower() not in TRAINING_VERBS:
        return []
    return [t for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in APPLYING_VERBS
            for o in c.children if o.dep_ == "dobj" for t in ctx.targets(o, {"Process"})]


def _whole_of_parts(ctx: Context, verb: Token, found: list) -> list:
    """"would back small nuclear projects under the initiative": parts backed under an undertaking back the whole
    (the parser hangs the "under" on the verb)."""
    if not any(t.referent.source == "description" and t.referent.type == "Process" for t in found):
        return []
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ in {"under", "within"}
            for o in p.children if o.dep_ == "pobj" and not own_framework(o) for m in [ctx.mention(o, {"Process", "Organization"})]
            if m is not None and m.names_an_undertaking]


def _credited_too(ctx: Context, obj: Token, target) -> bool:
    """"thanked the Netherlands for funding the Register and Canada for its loan": the parser makes Canada a second
    thing funded, but its own "for" shows it is a second one thanked."""
    doc = ctx.doc
    return any(target.token_start <= c.i < target.token_end for c in ctx.conjuncts(obj)[1:]
               if c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].lower_ == "for")


def _is_nominal_support(ctx: Context, token: Token) -> bool:
    return token.lemma_.lower() in ctx.lexicon.support_nouns and any(c.dep_ in {"poss", "prep"} for c in token.children)


def _founds(ctx: Context, verb: Token) -> bool:
    """"established a Panel of Experts", "agreed to set up a fund", "opened a regional office" (a body; opening a
    meeting is chairing it)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if verb.lemma_.lower() == "launch":
        # "launched the Amazon Integrated Fire Management Network": a new network or centre is founded ("launched
        # the mission" is an operation sent, read by the rules for missions)
        return any(c.dep_ == "dobj" and (m := ctx.mention(c, {"Organization"})) is not None
                   and m.referent.text.split()[-1].lower() in LAUNCHED_BODIES for c in verb.children)
    if verb.lemma_.lower() == "open" and not particles:
        return any(c.dep_ in {"dobj", "nsubjpass"} and ctx.mention(c, {"Organization"}) is not None for c in verb.children)
    return any(" ".join([verb.lemma_.lower(), *p]) in ctx.lexicon.founding_verbs for p in ([], particles[:1]))


# "would send the agreement to parliament", "will submit the charter to the National Assembly": putting a text to
# ratification backs it
SUBMITTING_VERBS = {"send", "submit", "table", "forward", "present", "put"}
RATIFYING_BODIES = {"parliament", "congress", "assembly", "legislature", "senate", "ratification", "lawmakers"}


def _put_to_ratification(verb: Token) -> bool:
    # (the tagger may read "to parliament" as an infinitive)
    if verb.lemma_.lower() not in SUBMITTING_VERBS:
        return False
    bodies = [o for p in verb.children if p.lower_ in {"to", "for", "before"} for o in p.children if o.dep_ == "pobj"]
    bodies += [t for c in verb.children if c.dep_ == "dobj" for t in c.children
               if t.dep_ == "acl" and t.i > 0 and verb.doc[t.i - 1].lower_ == "to"]
    return any(o.lemma_.lower() in RATIFYING_BODIES or o.lower_ in RATIFYING_BODIES for o in bodies)


def _verb_is_supportive(ctx: Context, verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if ctx.negated(verb) or _obliged(verb):
        return False
    if _put_to_ratification(verb):
        return True
    if lemma in ctx.lexicon.support_verbs or _founds(ctx, verb) or _applied_by_those_trained(ctx, verb):
        return True
    if lemma in ctx.lexicon.lead_verbs and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"offer", "volunteer"}:
        return True  # "Turkey offered to host talks": an offer to run something backs it; running it is leading
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.lexicon.endorsement_idioms for c in verb.children) and any(
            p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "behind"} for h in [verb, *verb.children] for p in h.children):
        return True  # "Egypt put its name to the declaration", "threw its weight behind the plan"
    if any(c.dep_ == "prt" and c.lower_ in ctx.lexicon.particle_support_verbs.get(lemma, ()) for c in verb.children):
        # "Damascus would carry out the plan" (but "the plan will be carried out by the Secretariat" names who runs it)
        return not any(c.dep_ == "auxpass" for c in verb.children)
    if lemma == "keep" and any(t.lower_ == "alive" or t.lower_ == "place" and t.head.lower_ == "in"
                               for c in verb.children for t in c.subtree):
        return True  # "urged the parties to keep the Sinjar Agreement alive", "would keep the embargo in place"
    if lemma in {"bring", "put"} and any(p.dep_ == "prep" and p.lower_ == "into" and any(
            o.lower_ in {"force", "effect", "operation"} for o in p.children) for p in verb.children):
        return True  # "brought its trade agreement into force", "put the plan into effect"
    preps = _phrasal_preps(ctx, verb)
    # ("invest part of the money in X": the "in" may hang on the money)
    money = [t for c in verb.children if c.dep_ == "dobj" and (is_money(c) or _the_money(c)) for t in c.subtree]
    return any(c.dep_ == "prep" and c.lower_ in preps for c in [*verb.children, *money])


def _phrasal_preps(ctx: Context, verb: Token) -> tuple[str, ...]:
    """The prepositions that make `verb` a support verb: "call for", and with a particle, "sign off on"."""
    lemma = verb.lemma_.lower()
    with_particle = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    return sum((ctx.lexicon.phrasal_support_verbs.get(key, ()) for key in [lemma, *with_particle]), ())


def _obliged(verb: Token) -> bool:
    """"Tehran had to honour the agreement", "Iran must respect it": someone else's demand, not the subject's
    stated support."""
    if any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"have", "need"} and any(c.lower_ == "to" for c in verb.children)


# "began a measles vaccination campaign": starting an undertaking backs it, but not one's own retreat or visit
STARTING_VERBS = {"begin", "start"}
PROPOSING_VERBS = {"propose", "co-propose"}
NOT_BACKED_BY_STARTING = {"withdrawal", "drawdown", "pullout", "pull-out", "visit", "tour", "strike", "offensive", "attack",
                          "boycott", "term", "mandate"}


@rule("supports", "verb", 0.85)
def support_verb(ctx: Context) -> Iterator[Match]:
    """"The bloc endorsed the plan", "A and B welcomed the truce", "the talks were backed by the AU"."""
    for verb in ctx.doc:
        if ctx.index.at(verb) is not None:
            continue  # "the UN Mission to support the Hudaydah Agreement": a word of a name
        # the tagger may call "back" in "the plan, which Kenya and Uganda back," an adverb
        heads_a_clause = verb.pos_ == "VERB" or verb.dep_ in {"relcl", "ROOT", "conj"} and any(c.dep_ == "nsubj" for c in verb.children)
        if not heads_a_clause or not _verb_is_supportive(ctx, verb):
            continue
        if verb.lemma_.lower() in STARTING_VERBS and (verb.dep_ == "relcl" or any(
                c.dep_ == "dobj" and c.lemma_.lower() in NOT_BACKED_BY_STARTING for c in verb.children)):
            continue  # "the reforms it has started", "would begin a phased withdrawal": its own course, no backing
        founds = _founds(ctx, verb)
        weak = not founds and (verb.lemma_.lower() in ctx.lexicon.weak_support_verbs
                               or verb.lemma_.lower() not in ctx.lexicon.support_verbs)
        # "A and B backed the deal, as did Oman": the elliptical clause's subject backs it too
        also = [t for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do" and any(m.lower_ in {"as", "so"} for m in c.children)
                for s in c.children if s.dep_ == "nsubj" for t in ctx.targets(s, AGENT_TYPES, make_process=False)]
        # "Germany signed up, joining the EU and Japan in backing the platform": those joined back it too
        # and "WHO and UNICEF joined Pakistan's health authorities in launching the campaign": so do those joining
        joined = [t for j in [verb.head.head] if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and j.lemma_.lower() == "join"
                  for t in [*(t for c in j.children if c.dep_ == "dobj" for t in ctx.targets(c, AGENT_TYPES, make_process=False)),
                            *(s for s in ctx.subjects(j) if s.type in AGENT_TYPES)]]
        # "approved the tribunal's statute": adopting a body's founding text backs the body
        provision_object = any(c.dep_ == "dobj" and c.lower_ in ctx.lexicon.provision_nouns for c in verb.children)
        # "called for the force's swift deployment": a call for a body to act backs the body
        facet_object = any(o.lemma_.lower() in FACET_NOUNS for c in verb.children
                           for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []))
        # "approved two more years of funding for the Office": money approved for a body backs it
        funds_object = any(c.dep_ == "dobj" and any(t.lemma_.lower() in ctx.lexicon.means_of_support - {"approval", "blessing", "consent"}
                                                    for t in c.subtree) for c in verb.children)
        # "the agreement it signed with Iraq's Ministry of Electricity": the other party signed it too
        # (or "signed an agreement with PAHO", where the parser hangs the "with" on the agreement)
        partners = [t for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for p in h.children
                    if p.dep_ == "prep" and p.lower_ == "with" and verb.lemma_.lower() in SIGNING_VERBS
                    for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        # "launched by OCHA … together with Vanuatu's government": the one acting alongside acts too
        alongside = [t for w in verb.subtree if w.lower_ == "with" and w.i > 0 and ctx.doc[w.i - 1].lower_ in {"together", "along", "jointly"}
                     and clause_verb(w) == verb
                     for o in w.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        objects = _undertaking_over_recipient(_objects(ctx, verb)) if funds_object else _objects(ctx, verb)
        if not objects and verb.lemma_.lower() in BUYING_VERBS:
            objects = _part_paid_for(ctx, verb)
        if not objects and verb.lemma_.lower() in ELLIPTICAL_BACKING_VERBS \
                and any(c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in verb.children) \
                and not any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep", "nsubjpass"} for c in verb.children):
            # "The FLNKS … also signed": what the others signed or endorsed before
            objects = _last_backed_before(ctx, verb)
        if verb.lemma_.lower() in PROPOSING_VERBS:
            # "Tajikistan, which proposed the initiative": the proposer backs an undertaking named; "proposed a joint
            # meeting" only floats a new one
            objects = [t for t in objects if t.referent.source != "description"]
        for subject in ctx.subjects(verb) + also + joined + partners + alongside:
            for target in objects:
                if target.referent is subject.referent:
                    continue
                if weak and target.type != "Process" and not provision_object and not facet_object and not funds_object:
                    continue  # "helped Sudan", "joined the UN": not backing in the contract's sense
                yield Match(subject, target, ctx.span_of(subject, verb, target), 0.7 if weak or founds else None)


LAUNCHED_BODIES = {"network", "platform", "centre", "center", "hub", "alliance", "coalition", "partnership", "observatory"}
ELLIPTICAL_BACKING_VERBS = {"sign", "endorse", "ratify", "approve"}


def _last_backed_before(ctx: Context, verb: Token) -> list[Mention]:
    """The undertaking that was last the object of a backing verb before `verb`."""
    for earlier in reversed(ctx.doc[:verb.i]):
        if earlier.pos_ == "VERB" and earlier.lemma_.lower() in ctx.lexicon.support_verbs:
            found = [m for c in earlier.children if c.dep_ == "dobj" for m in [ctx.mention(c, {"Process"})] if m is not None]
            if found:
                return found[:1]
    return []


BUILT_PARTS = {"bridges", "works", "studies", "stations", "sections", "segments", "roads", "tunnels", "terminals", "depots",
               "substations", "lines", "wells", "plants", "structures", "approaches"}


def _part_paid_for(ctx: Context, verb: Token) -> list:
    """"the AfDB has agreed to co-finance the bridges": parts of the named undertaking the article is about, spoken
    of as known ("the bridges", "the works") and naming nothing themselves."""
    parts = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in BUILT_PARTS and ctx.mention(c, TARGET_TYPES) is None
             and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
             and not any(d.dep_ in {"poss", "prep", "compound", "amod", "relcl", "acl"} for d in c.children)]
    # "will fund the first three years with a 14 million euro grant": the years of the undertaking the article is about
    # (or of the one named as their owner: "is financing the network's first three years")
    owners = [m for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DURATION_WORDS
              for p in c.children if p.dep_ == "poss" for m in [ctx.mention(p, {"Process", "Organization"})] if m is not None]
    if owners:
        return owners
    parts += [c for c in verb.children if c.dep_ == "dobj" and _a_while(c)]
    return ctx.main_undertaking(verb.i, named_only=True) if parts else []


def _undertaking_over_recipient(targets: list) -> list:
    """"a US$15 million grant to the government for the programme": the state receives the money, the undertaking it
    is for is what is backed."""
    if any(t.referent.type == "Process" for t in targets):
        return [t for t in targets if t.referent.type != "Country"]
    return targets


# support nouns whose "in" names what is backed: "the OIC's role in the Doha Process", "an equity stake in the line"
IN_SUPPORT_NOUNS = {"role", "engagement", "involvement", "participation", "leadership", "stake", "stakes", "shareholding"}


@rule("supports", "nominal", 0.85)
def support_noun(ctx: Context) -> Iterator[Match]:
    """"the OIC's backing for international mediation", "endorsement by A and B of a plan", "Nairobi's support to
    the mission", "the bloc's role in the Doha Process"."""
    lexicon = ctx.lexicon
    for noun in ctx.doc:
        lemma = _noun_word(noun)
        if noun.pos_ not in {"NOUN", "PROPN"} or lemma not in lexicon.support_nouns:
            continue
        if noun.dep_ in {"dobj", "nsubjpass"} and (noun.head.lemma_.lower() in WITHHOLDING_VERBS or ctx.negated(noun.head)):
            continue  # "The World Bank suspended its funding for the plan"
        agents, targets = [], []
        clause_subjects = _light_verb_subjects(ctx, noun)
        thanked = _credited_for_noun(ctx, noun)
        for child in noun.children:
            if child.dep_ == "poss" and lemma in TEXT_ACT_NOUNS and ctx.mention(child, {"Process"}) is not None:
                targets.append(ctx.mention(child, {"Process"}))  # "welcomed its adoption": the text adopted
            elif child.dep_ == "poss" and child.lower_ in {"their", "its"} and thanked:
                agents.extend(thanked)  # "commended UNOWAS and the AU for their support to the transition": both
            elif child.dep_ == "poss" and child.lower_ in {"their", "its"} and clause_subjects:
                agents.extend(clause_subjects)  # "A and B reaffirmed their support": both
            elif child.dep_ == "poss":
                agents.extend(ctx.targets(child, AGENT_TYPES, make_process=False))
                if child.lower_ in lexicon.group_heads_for_affiliation:
                    agents.extend(clause_subjects)  # "the minister renewed his government's commitment": both
            elif child.dep_ == "prep" and child.lower_ in {"by", "from"}:  # "support from Indonesia and Singapore"
                for pobj in ctx.objects_of_prep(child):  # (and "support from UNSMIL and from UNDP")
                    agents.extend(ctx.targets(pobj, AGENT_TYPES, make_process=False))
                    targets.extend(_of_hung_on_agents(ctx, pobj))
            elif child.dep_ == "prep" and child.lower_ == "of" and not any(c.dep_ == "poss" for c in noun.children) \
                    and (lemma in lexicon.support_nouns_needing_target
                         or any(c.dep_ == "prep" and c.lower_ in {"for", "to", "towards", "toward"} for c in noun.children)):
                # "the full support of the United Nations for the peace process": with a "for", "of" names the giver
                # "the role of the OIC in ...": the one who plays the role, not what it backs (but "Oman's
                # facilitation of the talks": with an owner, "of" names what is facilitated)
                agents.extend(t for p in child.children if p.dep_ == "pobj"
                              for t in ctx.targets(p, AGENT_TYPES, make_process=False))
                if lemma in IN_SUPPORT_NOUNS:
                    # "the role of the IOM in the Statute": the parser hangs "in the Statute" on the one playing it
                    targets.extend(t for p in child.children if p.dep_ == "pobj" for t in _of_hung_on_agents(ctx, p, "in"))
            elif child.dep_ in {"prep", "dative"} and child.lower_ in OBJECT_PREPS | {"in", "with"}:
                if child.lower_ == "in" and lemma not in IN_SUPPORT_NOUNS:
                    continue
                if child.lower_ == "with" and lemma not in PARTNER_NOUNS:
                    continue
                if lemma == "cooperation" and not clause_subjects:
                    continue  # "urged Iran to restore cooperation with the agency" is no one's stated backing
                # "support for A and for B": the second preposition is coordinated with the first
                for prep in [child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")]:
                    targets.extend(t for p in prep.children if p.dep_ in {"pobj", "pcomp"} for t in ctx.targets(p, TARGET_TYPES))
                    # "the endorsement of Tokyo's plan by the IAEA": the parser hangs the agent on the plan
                    agents.extend(t for p in prep.children if p.dep_ == "pobj" for by in p.children
                                  if by.dep_ == "prep" and by.lower_ == "by" and child.lower_ == "of"
                                  for o in by.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False))
            elif child.dep_ == "nmod" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in GIVING_VERBS \
                    and ctx.mention(child, TARGET_TYPES):
                targets.append(ctx.mention(child, TARGET_TYPES))  # "has given the AMF technical support"
            elif child.dep_ == "compound" and ctx.mention(child, AGENT_TYPES):
                agents.append(ctx.mention(child, AGENT_TYPES))  # "AU support for the talks"
        # "a contribution of NOK 45 million from Norway": the parser hangs the giver on the money
        agents += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for m in p.children
                   if m.dep_ == "pobj" and is_money(m) for f in m.children if f.dep_ == "prep" and f.lower_ == "from"
                   for o in f.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        by_verb = []
        if noun.dep_ == "dobj" and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in noun.head.children):
            # "welcomed the adoption of the agreement by the Council": an active verb has no "by" of its own
            by_pobjs = [o for p in noun.head.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"
                        for o in p.children if o.dep_ == "pobj"]
            by_verb = [t for o in by_pobjs for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
            if by_verb and not targets:
                # "welcomed the adoption by ECCAS and ECOWAS of a joint plan"
                targets = [t for o in by_pobjs for t in _of_hung_on_agents(ctx, o)]
        if not agents or noun.head.lemma_.lower() == "welcome":
            agents = agents + [a for a in clause_subjects if all(a is not b for b in agents)]  # who welcomes it backs it
        agents = agents + by_verb
        if agents and not targets and noun.dep_ == "dobj":
            # "voiced support for A and for B", "declared their backing on Monday for the plan", "would give
            # technical support to the commission": the parser hangs the objects on the verb
            preps = OBJECT_PREPS | ({"with"} if lemma in PARTNER_NOUNS else set())
            for prep in (c for c in noun.head.children if c.dep_ in {"prep", "dative"} and c.lower_ in preps):
                for p in [prep, *(c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP")]:
                    targets.extend(t for o in p.children if o.dep_ in {"pobj", "pcomp"} for t in ctx.targets(o, TARGET_TYPES))
        if agents and not targets and not thanked and noun.dep_ == "dobj" and noun.head.lemma_.lower() in GIVING_VERBS \
                and lemma in {"support", "assistance"} and not any(c.dep_ in {"dative", "prep"} for c in noun.head.children) \
                and not any(c.dep_ == "prep" for c in noun.children):
            # "UNEP will provide technical support.": to the undertaking the article is about
            targets = ctx.main_undertaking(noun.i)
        if agents and not targets and lemma in SETTLED_ENDORSEMENTS and noun.dep_ in {"nsubj", "nsubjpass"} \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # "The endorsement by the three host countries … came after …": of what the article has them endorse
            targets = ctx.main_undertaking(noun.i)
        if thanked and not targets and lemma in {"support", "assistance", "solidarity", "help", "backing", "contribution"}:
            # "The Prime Minister of Grenada thanked CDEMA and CARICOM for their swift support": the support went to
            # the side of the one who thanks
            targets = _thankers_side(ctx, lexicon.crediting_head(noun.head))
        # "pledged cooperation with the contact committee": the phrase is a described process, not its own target
        targets = [t for t in targets if not (t.token_start <= noun.i < t.token_end)]
        if lemma in lexicon.support_nouns_needing_target and lemma not in PARTNER_NOUNS:
            # "its role in Sudan" backs no country; "technical assistance to the commission" aids a body
            targets = [t for t in targets if t.type == "Process" or t.type == "Organization" and lemma in AIDING_NOUNS]
        confidence = 0.75 if lemma in lexicon.support_nouns_needing_target else None
        for agent in agents:
            for target in targets:
                if target.referent is not agent.referent:
                    yield Match(agent, target, ctx.span_of(agent, noun, target), confidence)


# nouns of a decision taken, which "the …" as a subject refers back to
SETTLED_ENDORSEMENTS = {"endorsement", "approval", "adoption", "backing"}


def _of_hung_on_agents(ctx: Context, pobj: Token, word: str = "of") -> list:
    """"the endorsement by A and B of the plan": the parser often hangs "of the plan" on an agent rather than on the
    noun (an "of" inside the agent's own name, "Community of West African States", is not one)."""
    found = []
    for conj in ctx.conjuncts(pobj):
        own = ctx.index.at(conj)
        for prep in (c for c in conj.children if c.dep_ == "prep" and c.lower_ == word
                     and not (own is not None and own.token_start <= c.i < own.token_end)):
            found.extend(t for p in prep.children if p.dep_ == "pobj" for t in ctx.targets(p, TARGET_TYPES))
    return found


def _thankers_side(ctx: Context, verb: Token) -> list:
    """Who thanks: the subject, or for a person the state or body that person speaks for."""
    side = []
    for subject in ctx.subjects(verb):
        if subject.type == "Person":
            side.extend(m for m in ctx.represented.get(id(subject.referent), []) if m.type == "Country")
        else:
            side.append(subject)
    return side


def _credited_for_noun(ctx: Context, noun: Token) -> list:
    """Those thanked or commended "for" this noun ("commended A and B for their support", "expressed its
    appreciation to Finland for its contribution")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    return [t for c in ctx.lexicon.those_credited(noun.head) for t in ctx.targets(c, AGENT_TYPES, make_process=False)]


def _noun_word(noun: Token) -> str:
    """The noun's lemma, or the word it ends ("go-ahead", "green light"), which the parser splits."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        return f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"
    if noun.i >= 1 and doc[noun.i - 1].dep_ in {"amod", "compound"} and doc[noun.i - 1].head == noun:
        pair = f"{doc[noun.i - 1].lower_} {noun.lemma_.lower()}"
        if pair in {"green light"}:
            return pair
    return noun.lemma_.lower()


def _light_verb_subjects(ctx: Context, noun: Token) -> list:
    """"The Council voiced support for the truce": the subject of the light verb is the supporter; so is the
    subject of "announced 50 million euros in support of the roadmap"."""
    if noun.dep_ == "pobj" and (noun.head.lower_ == "in" or noun.head.lower_ in {"through", "via"}
                                and noun.lemma_.lower() in ctx.lexicon.means_of_support):
        # "funded more observers through voluntary contributions to ODIHR": the subject gives them
        verb = noun.head.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        return [] if verb.pos_ not in {"VERB", "AUX"} or ctx.negated(verb) else ctx.subjects(verb)
    verb = noun.head
    if noun.dep_ not in {"dobj", "pobj", "attr"} or verb.lemma_.lower() not in ctx.lexicon.light_verbs | {"welcome"}:
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in ctx.lexicon.light_verbs:
            verb = noun.head.head
        else:
            return []
    if ctx.negated(verb):
        return []
    return ctx.subjects(verb)


@rule("supports", "hyphenated_participle", 0.85)
def hyphenated_support(ctx: Context) -> Iterator[Match]:
    """"the UN-backed talks", "an AU-sponsored plan"."""
    yield from _hyphenated(ctx, ctx.lexicon.support_participles, TARGET_TYPES)


@rule("leads", "hyphenated_participle", 0.9)
def hyphenated_lead(ctx: Context) -> Iterator[Match]:
    """"the UN-led Doha Process", "the IGAD-led peace process"."""
    yield from _hyphenated(ctx, ctx.lexicon.lead_participles, {"Process"})


def _hyphenated(ctx: Context, participles: frozenset[str], target_types: set[str]) -> Iterator[Match]:
    doc = ctx.doc
    for token in doc:
        if token.lower_ not in participles or token.i < 2 or doc[token.i - 1].text != "-":
            continue
        agent = ctx.mention(doc[token.i - 2], AGENT_TYPES)
        if agent is None:
            continue
        head = token.head if token.dep_ in {"amod", "compound"} else None
        if head is None or head.i < token.i:
            # the parser sometimes makes the participle the head: the process is its next noun
            head = next((t for t in doc[token.i + 1:token.i + 6] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
        if head is None:
            continue
        for target in ctx.targets(head, target_types):
            if target.referent is not agent.referent:  # "the Norway-funded committee": bodies are backed too
                yield Match(agent, target, ctx.span_of(agent, token, target))


@rule("leads", "verb", 0.8)
def lead_verb(ctx: Context) -> Iterator[Match]:
    """"Qatar mediated the talks", "the AU chairs the process", "talks mediated by Qatar"."""
    lexicon = ctx.lexicon
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.lead_verbs or ctx.negated(verb):
            continue
        if verb.dep_ == "amod":
            continue  # the hyphenated rule's
        targets = []
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in {"which", "that"} and verb.dep_ == "relcl":
                # "the truce that X brokered"
                targets.extend([t for t in _named_before_relative(ctx, child) if t.type == "Process"]
                               or ctx.targets(verb.head, {"Process"}))
            elif child.dep_ in {"dobj", "nsubjpass"}:
                targets.extend(t for t in ctx.targets(child, {"Process"}))
            elif child.dep_ == "prep" and child.lower_ == "over" and verb.lemma_ == "preside":
                targets.extend(t for p in child.children if p.dep_ == "pobj" for t in ctx.targets(p, {"Process"}))
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "the Luanda Process, led by Angola, and the Doha talks": the participle modifies its head only
            own = ctx.mention(verb.head, {"Process"}) or ctx.process_mention(verb.head)
            targets.extend([own] if own is not None else [])
        agents = ctx.subjects(verb)
        doc = ctx.doc
        if verb.lemma_.lower().startswith("co-") or verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co":
            # "Canada, which co-chairs the consultations with Brazil": the partner leads them too
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            agents += [t for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                       for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        for agent in agents:
            for target in targets:
                yield Match(agent, target, ctx.span_of(agent, verb, target))


@rule("supports", "agent_noun", 0.8)
def supporter_noun(ctx: Context) -> Iterator[Match]:
    """"Uzbekistan and Pakistan, the railway's main sponsors, ...", "Norway, a guarantor of the accord"."""
    yield from _agent_noun(ctx, "supports")


@rule("leads", "agent_noun", 0.8)
def leader_noun(ctx: Context) -> Iterator[Match]:
    """"Qatar, the mediator of the talks", "Angola, host of the Luanda Process"."""
    yield from _agent_noun(ctx, "leads")


def _agent_noun(ctx: Context, predicate: str) -> Iterator[Match]:
    nouns = ctx.lexicon.agent_nouns.get(predicate, ())
    target_types = TARGET_TYPES if predicate == "supports" else {"Process"}
    for noun in ctx.doc:
        if noun.lower_ not in nouns or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.lower_ in {"once", "former", "formerly", "ex"} for c in noun.children):
            continue  # "the United States, once UNRWA's largest donor": no longer
        targets = []
        has_prep_target = any(c.dep_ == "prep" and c.lower_ in {"of", "to", "for"} for c in noun.children)
        for child in noun.children:
            if child.dep_ == "poss" and has_prep_target:
                continue  # "the AU's champion for reconciliation": the AU is whom the champion acts for
            if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in {"of", "to", "for"}:
                heads = [child] if child.dep_ == "poss" else [c for c in child.children if c.dep_ == "pobj"]
                for head in heads:
                    targets.extend(ctx.targets(head, target_types))
        if not targets:
            continue
        agents = []
        if noun.dep_ == "pobj" and noun.head.lower_ in {"among", "of"} and noun.head.head.pos_ in {"AUX", "VERB"}:
            agents = ctx.subjects(noun.head.head)  # "Uganda is among the firmest backers of the force"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in {"one", "some", "two", "three"} \
                and noun.head.head.dep_ == "attr":
            agents = ctx.subjects(noun.head.head.head)  # "Norway is one of the guarantors of the process"
        elif noun.dep_ == "appos":
            agents = ctx.targets(noun.head, AGENT_TYPES, make_process=False)
        elif noun.dep_ == "attr":
            agents = ctx.subjects(noun.head)
        elif noun.dep_ in {"dobj", "conj"} and noun.left_edge.i >= 2 and ctx.doc[noun.left_edge.i - 1].text == "," \
                and (noun.left_edge.tag_ in {"DT", "PRP$"} or noun.left_edge.dep_ == "poss" and noun.left_edge.tag_ != "WP$"):
            # "commended Malaysia, the agreement's facilitator, and ...": an apposition the parser took for a list
            agents = ctx.targets(ctx.doc[noun.left_edge.i - 2], AGENT_TYPES, make_process=False)
        agents += [a for c in noun.children if c.dep_ == "appos" for a in ctx.targets(c, AGENT_TYPES, make_process=False)]
        yield from _pairs(ctx, agents, targets, noun)


# what a body works with, rather than what it undertakes
FACILITY_NOUNS = {"platform", "system", "database", "network", "laboratory", "building", "headquarters", "premises",
                  "equipment", "office", "offices", "station", "stations", "centre", "center", "fleet", "vehicles"}
# "provide X with Y", "equip X with Y": the one supplied is the first object
SUPPLYING_VERBS = {"provide", "supply", "equip", "furnish"}
# support in kind: "Tanzania pledged new premises for the Centre", "Japan sent 2 million doses to COVAX"
IN_KIND = {"premises", "equipment", "vehicles", "headquarters", "land", "offices", "buildings", "boats", "aircraft",
           "helicopters", "supplies", "vaccines", "doses", "facilities", "fuel", "food", "medicines", "tents",
           # charges forgone: "would waive import duties on building materials for the project"
           "duties", "fees", "taxes", "levies"}


@rule("supports", "funding", 0.8)
def funding(ctx: Context) -> Iterator[Match]:
    """"Japan pledged $15 million to the agency", "Rwanda will send two battalions to the force", "will provide the
    Service with working capital"."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lexicon.funding_verbs | SUPPLYING_VERBS or ctx.negated(verb):
            continue
        if verb.lemma_.lower() in SUPPLYING_VERBS and any(
                o.lemma_.lower() in ctx.lexicon.means_of_support | IN_KIND | {"capital", "resources"} or is_money(o)
                for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
            supplied = [t for c in verb.children if c.dep_ == "dobj" for t in ctx.targets(c, TARGET_TYPES)]
            yield from _pairs(ctx, ctx.subjects(verb), supplied, verb)
            continue
        if verb.lemma_.lower() not in ctx.lexicon.funding_verbs:
            continue
        money = [c for c in verb.children if c.dep_ == "dobj" and (is_money(c) or c.lemma_.lower() in ctx.lexicon.personnel_nouns
                                                                  or c.lower_ in ctx.lexicon.personnel_nouns | IN_KIND)]
        the_money = [c for c in verb.children if c.dep_ == "dobj" and _the_money(c)]
        if the_money and not money:
            # "Germany and Ireland have pledged most of the money": the money of the undertaking the article is about
            yield from _pairs(ctx, ctx.subjects(verb), ctx.main_undertaking(verb.i), verb)
            continue
        if not money:
            yield from _pairs(ctx, ctx.subjects(verb), _enabled_by_money(ctx, verb), verb)
            continue
        targets = []
        # "announced €50 million in humanitarian aid for Sudan": the recipient hangs on the kind of money
        kinds = [o for m in money for p in m.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ctx.lexicon.means_of_support]
        # "approved a $95 million loan and grant for the project": the parser may make the second kind of money a
        # verb of its own, which holds the purpose
        kinds += [c for c in verb.children if c.dep_ == "conj" and c.lower_ in FUNDING_NOUNS and c.i >= 2
                  and ctx.doc[c.i - 1].lower_ == "and" and any(m.i == c.i - 2 for m in money)]
        gapped = []  # "pledged $60 million to the plan and the United Kingdom £27 million": a second donor
        for holder in (verb, *money, *kinds):
            for prep in (c for c in holder.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for", "towards"}):
                for o in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ not in {"which", "whom"}
                          and ctx.mention(o, {"Place"}) is None):
                    donors = [c for c in ctx.conjuncts(o)[1:] if _money_follows(ctx, c)]
                    # "… to the appeal and New Zealand NZ$5 million": the parser may make the amount the conjunct,
                    # with the donor as its modifier
                    donors += [m for c in ctx.conjuncts(o)[1:] if c.pos_ == "NUM" and is_money(c)
                               for m in c.children if m.dep_ in {"compound", "nmod"} and m.i < c.i
                               and ctx.mention(m, {"Country", "Organization"}) is not None]
                    gapped += [t for c in donors for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
                    # "seconding officers to Antananarivo": a place they go to, not the state backed
                    targets.extend(t for t in ctx.targets(o, TARGET_TYPES) if t.source != "metonymy"
                                   and not any(t.token_start <= c.i < t.token_end for c in donors))
                    # "lent $210 million to Paraguay for the sanitation programme": what the money is for, too
                    targets.extend(t for p in o.children if p.dep_ == "prep" and p.lower_ == "for" and prep.lower_ == "to"
                                   for f in p.children if f.dep_ == "pobj" for t in ctx.targets(f, {"Process"}))
        if not targets:
            # "would waive import duties on building materials for the project": the undertaking may hang deeper
            targets.extend(t for m in money for p in m.subtree if p.dep_ == "prep" and p.lower_ == "for" and p.head is not m
                           for f in p.children if f.dep_ == "pobj" for t in ctx.targets(f, {"Process"}))
        # "has awarded the project a €290 million grant": a bare indirect object is the recipient
        targets.extend(t for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}
                       for t in ctx.targets(c, TARGET_TYPES))
        # "pledged $6 million to the programme on Friday and Korea $2.5 million": the parser may join the second
        # donor to any phrase of the clause
        gapped += [t for p in verb.children if p.dep_ == "prep" and p.lower_ not in {"to", "for", "towards"}
                   for o in p.children if o.dep_ == "pobj" for c in ctx.conjuncts(o)[1:] if _money_follows(ctx, c)
                   for t in ctx.targets(c, AGENT_TYPES, make_process=False) if all(t is not g for g in gapped)]
        # "the DCB Initiative, to which Italy has pledged €5 million": the relative pronoun's antecedent
        fronted = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "for", "towards"}
                   and any(o.lower_ in {"which", "whom"} for o in c.children)]
        if fronted and verb.dep_ == "relcl":
            targets.extend(ctx.targets(verb.head, TARGET_TYPES))
        targets = _undertaking_over_recipient(targets)
        for agent in ctx.subjects(verb) + gapped:
            for target in targets:
                if target.referent is not agent.referent:
                    yield Match(agent, target, ctx.span_of(agent, verb, target))


def _enabled_by_money(ctx: Context, verb: Token) -> list:
    """"pledged voluntary funding so that the mechanism could start work": what the money lets act."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in FUNDING_NOUNS for c in verb.children):
        return []
    purposes = [c for c in verb.children if c.dep_ == "advcl"
                and {m.lower_ for m in c.children if m.dep_ == "mark"} >= {"so", "that"}]
    return [t for c in purposes for s in c.children if s.dep_ == "nsubj"
            for t in ctx.targets(s, {"Process", "Organization"}, make_process=False)]


@rule("supports", "money_for_purpose", 0.8)
def money_for_purpose(ctx: Context) -> Iterator[Match]:
    """"approved US$120 million to pave Paraguay's section of the Bioceanic Road Corridor", "lent $200 million to
    build the Lobito line": money whose purpose clause works on a named undertaking backs it, whatever the work."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lexicon.funding_verbs or ctx.negated(verb):
            continue
        money = [c for c in verb.children if c.dep_ == "dobj" and is_money(c)]
        if not money:
            continue
        purposes = [c for h in (verb, *money) for c in h.children if c.dep_ in {"xcomp", "advcl", "acl", "relcl"}
                    and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        purposes += [c for p in purposes for c in p.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # ("a loan to help the Dominican Republic finish the first line of the Santo Domingo Monorail")
        purposes += [c for p in purposes if p.lemma_.lower() in HELPING_VERBS for c in p.children
                     if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]
        worked_on = [o for p in purposes for o in p.children if o.dep_ == "dobj"]
        # ("finish the first line of the Santo Domingo Monorail": the named undertaking it is a part of)
        worked_on += [g for o in worked_on if ctx.mention(o, {"Process"}) is None for p in o.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        named = [t for o in worked_on for t in ctx.targets(o, {"Process"}) if t.referent.source == "process"]
        # "approved a $150 million loan to help Mongolia replace coal stoves …, under the Ulaanbaatar Clean Air and
        # Heating Project": the named undertaking the money is given under
        named += [m for p in verb.subtree if p.dep_ == "prep" and p.lower_ in {"under", "within"}
                  for o in p.children if o.dep_ == "pobj" for m in [ctx.mention(o, {"Process"})]
                  if m is not None and m.referent.source == "process" and not own_framework(o)]
        yield from _pairs(ctx, ctx.subjects(verb), named, verb)


# building work on an undertaking: "said it would complete the access roads under the corridor plan"
WORKS_VERBS = {"build", "rebuild", "construct", "reconstruct", "complete", "finish", "pave", "upgrade", "rehabilitate", "open"}
SECTION_NOUNS = {"section", "segment", "stretch", "leg"}


@rule("supports", "works", 0.7)
def works_on_undertaking(ctx: Context) -> Iterator[Match]:
    """"Qatar would complete its section", "would complete the access roads under the corridor plan", "would open the
    Sohar line, the railway's first cross-border section": building a named undertaking, or one's part of it, backs it."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in WORKS_VERBS or ctx.negated(verb):
            continue
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in ctx.conjuncts(c)]
        objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
        named = []
        for o in objects:
            own_part = o.lemma_.lower() in SECTION_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
            # ("its section": a state's share of the undertaking the article is about)
            found = ctx.main_undertaking(verb.i, named_only=True) if own_part else ctx.targets(o, {"Process"}, make_process=False)
            named += [t for t in found if t.referent.source != "description"]
        yield from _pairs(ctx, ctx.subjects(verb), named, verb)


# headline verbs, which the tagger often misreads in headline style ("IOC ministers back new plan")
HEADLINE_SUPPORT_WORDS = {"back", "backs", "endorse", "endorses", "welcome", "welcomes", "support", "supports", "approve",
                          "approves", "adopt", "adopts", "hail", "hails", "fund", "funds", "finance", "finances"}


@rule("supports", "headline", 0.75)
def headline_backing(ctx: Context) -> Iterator[Match]:
    """"Indian Ocean Commission ministers back new maritime security plan": a headline (the first line, without a
    full stop) names who backs what around its verb."""
    first = headline(ctx.doc)
    if first is None or len(first) > 20:
        return
    for verb in first:
        if verb.lower_ not in HEADLINE_SUPPORT_WORDS or verb.i == first.start or ctx.negated(verb):
            continue
        before = [m for m in ctx.index.within(first.start, verb.i) if m.referent.type in AGENT_TYPES]
        # ("CSTO approves radars for Tajik border; Armenia stays away": a second clause says nothing of the first)
        end = next((t.i for t in first if t.i > verb.i and t.text == ";"), first.end)
        after = [m for m in ctx.index.within(verb.i + 1, end) if m.referent.type in TARGET_TYPES
                 and not _only_qualifies_headline_object(ctx, m, verb, first)]
        if not after:
            after = [m for t in first[verb.i - first.start + 1:] if t.pos_ == "NOUN"
                     for m in [ctx.process_mention(t)] if m is not None][:1]
        if not after:
            after = _object_of_the_same_act_in_the_lead(ctx, verb, first)
        if before and ctx.doc[verb.i - 1].lower_ == "to" \
                and any(t.lemma_.lower() in URGING_VERBS for t in ctx.doc[first.start:before[-1].token_start]):
            return  # "UN envoy urges Security Council to back Libya's budget deal": the Council is asked, not backing
        if before and after and not any(t.lower_ in {"not", "against"} for t in ctx.doc[verb.i:after[0].token_start]):
            backers = before[-1:]
            for m in reversed(before[:-1]):  # "WHO and UNICEF back …": every name of the coordinated subject
                if not all(t.lower_ in {"and", ",", "&"} for t in ctx.doc[m.token_end:backers[0].token_start]):
                    break
                backers.insert(0, m)
            yield from _pairs(ctx, [m.referent for m in backers], [after[0].referent], verb)
        return


URGING_VERBS = {"urge", "ask", "press", "call", "implore", "appeal"}


def _only_qualifies_headline_object(ctx: Context, mention, verb: Token, first) -> bool:
    """A name after a headline's verb that only says whose or where the thing backed is."""
    last = ctx.doc[mention.token_end - 1]
    # "back Pakistan's nationwide polio vaccination drive": what the owner has is backed, not the owner
    owner = mention.token_end + 1 < first.end and ctx.doc[mention.token_end].lower_ in {"'s", "’s"} \
        and ctx.doc[mention.token_end + 1].pos_ in {"ADJ", "NOUN", "PROPN"}
    # "US$18 million for solar irrigation in Nepal": where the thing is done
    place = any(a.lower_ == "in" and a.dep_ == "prep" and a.i > verb.i for a in last.ancestors)
    # "endorse EAC road plan": a name modifying the noun after it (but "back UNRWA funding" backs UNRWA)
    modifier = mention.referent.type != "Process" and last.dep_ in {"compound", "nmod"} and last.head.i >= mention.token_end \
        and last.head.pos_ == "NOUN" and last.head.lemma_.lower() not in ctx.lexicon.means_of_support
    return owner or place or modifier


def _object_of_the_same_act_in_the_lead(ctx: Context, verb: Token, first) -> list:
    """"ASEAN energy ministers endorse common efficiency standards" over "The AMEM today endorsed the Regional Roadmap
    on Cooling Efficiency": a headline's object no undertaking names is the one the lead gives the same verb."""
    lemma = verb.lower_.removesuffix("s")
    lead = [s for s in ctx.doc.sents if s.start >= first.end][:2]
    for token in (t for s in lead for t in s):
        if token.pos_ == "VERB" and token.lemma_.lower() == lemma and not ctx.negated(token):
            found = [m for c in token.children if c.dep_ == "dobj" for m in ctx.targets(c, TARGET_TYPES, make_process=False)]
            if found:
                return found[:1]
    return []


@rule("supports", "funding_in_context", 0.75)
def funding_in_context(ctx: Context) -> Iterator[Match]:
    """"The largest new pledges came from Germany, the Netherlands and Norway", "Japan and the EU also contributed":
    money whose recipient the article has just named."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        lemma = verb.lemma_.lower()
        givers = []
        money = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ctx.lexicon.means_of_support | {"pledge"}]
        if lemma == "come" and money:
            givers = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
            # "Financing for the programme comes from the EU and the IsDB": the recipient is named with the money
            named = [t for m in money for p in m.children if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                     for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, TARGET_TYPES)]
            if named:
                yield from _pairs(ctx, givers, named, verb)
                continue
        elif lemma in {"go", "flow"} and money:
            # "… approved a $500 million credit. The money goes to the DARES project": the giver's money reaches it
            reached = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, {"Process"})]
            yield from _pairs(ctx, ctx.subjects(verb), reached, verb)
            continue
        elif lemma in {"contribute", "donate"} and not any(c.dep_ in {"dobj", "prep", "dative", "xcomp"} for c in verb.children):
            givers = ctx.subjects(verb)
        elif lemma in ctx.lexicon.funding_verbs and _unaddressed_money(ctx, verb) and not _asked_of_others(verb):
            givers = ctx.subjects(verb)  # "The FCDO will provide a further £3 million."
        elif lemma in {"contribute", "donate"} and verb.dep_ == "relcl" and any(
                p.dep_ == "prep" and p.lower_ == "to" and any(o.lower_ == "which" for o in p.children) for p in verb.children):
            # "an Elections Basket Fund to which the EU, Germany and the United Kingdom contributed"
            yield from _pairs(ctx, ctx.subjects(verb), ctx.targets(verb.head, TARGET_TYPES), verb)
            continue
        if givers:
            # "Japan and the EU announced contributions of $4 million and €10 million": to what was funded last,
            # else to the undertaking the article is about
            last_funded = _last_funded(ctx, verb.i)
            if last_funded and all(t.referent.type == "Country" for t in last_funded):
                # "a loan to Pakistan ... Rotary has pledged additional funding": a borrowing state is where the
                # money goes, the undertaking it pays for is what is funded
                last_funded = ctx.main_undertaking(verb.i) or last_funded
            yield from _pairs(ctx, givers, _donor_of(ctx, verb) or _run_by_giver(ctx, verb) or last_funded
                              or ctx.main_undertaking(verb.i)
                              or _undertaking_named_next(ctx, verb), verb)


def _asked_of_others(verb: Token) -> bool:
    """"urged member states to release contingency funds": those urged would give, not the one urging."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)


DONOR_NOUNS = {"donor", "contributor", "funder", "backer", "sponsor", "financier"}


def _donor_of(ctx: Context, verb: Token) -> list:
    """"Sweden, the mission's largest donor, announced a new contribution": whose donor the giver is called."""
    return [t for s in verb.children if s.dep_ == "nsubj" for a in s.children if a.dep_ == "appos" and a.lemma_.lower() in DONOR_NOUNS
            for p in a.children if p.dep_ == "poss" for t in ctx.targets(p, TARGET_TYPES, make_process=False)]


@rule("supports", "donor", 0.8)
def named_donor(ctx: Context) -> Iterator[Match]:
    """"a trust fund whose largest donor is Norway", "Norway is the largest donor to the fund", "Sweden, the
    mission's largest donor,": a donor backs what it gives to."""
    for donor in ctx.doc:
        if donor.lemma_.lower() not in DONOR_NOUNS or donor.pos_ != "NOUN" \
                or any(c.lower_ in {"once", "formerly", "former", "previously"} for c in donor.children):
            continue  # ("The United States, once UNRWA's largest donor, made no pledge")
        owners = [c for c in donor.children if c.dep_ == "poss"]
        owners += [o for p in donor.children if p.dep_ == "prep" and p.lower_ in {"of", "to"} for o in p.children if o.dep_ == "pobj"]
        if any(o.lower_ == "whose" for o in owners):
            owners = [o for o in owners if o.lower_ != "whose"] + [v.head for v in [donor.head] if v.dep_ == "relcl"]
        givers = []
        if donor.dep_ == "nsubj" and donor.head.lemma_ == "be":
            givers = [c for c in donor.head.children if c.dep_ == "attr"]
        elif donor.dep_ == "attr" and donor.head.lemma_ == "be":
            givers = [c for c in donor.head.children if c.dep_ == "nsubj"]
        elif donor.dep_ == "appos":
            givers = [donor.head]
        agents = [t for g in givers for t in ctx.targets(g, AGENT_TYPES, make_process=False)]
        yield from _pairs(ctx, agents, [t for o in owners for t in ctx.targets(o, TARGET_TYPES, make_process=False)], donor)


def _named_before_relative(ctx: Context, pronoun: Token) -> list:
    """The undertaking or body named right before ", which" (an acronym in brackets skipped)."""
    k = pronoun.i - 1
    if k < 1 or ctx.doc[k].text != ",":
        return []
    k -= 1
    if ctx.doc[k].text == ")" and k >= 2 and ctx.doc[k - 2].text == "(":
        k -= 3
    named = ctx.index.at(k) if k >= 0 else None
    return [named.referent] if named is not None and named.referent.type in TARGET_TYPES and named.source != "description" else []


def _run_by_giver(ctx: Context, verb: Token) -> list:
    """"The World Bank, which manages the project, is adding $300 million": a giver's money goes to what its
    relative clause says it runs."""
    return [t for s in verb.children if s.dep_ == "nsubj" for r in s.children if r.dep_ == "relcl"
            for o in r.children if o.dep_ == "dobj" for t in ctx.targets(o, {"Process"})]


# money named by what it is rather than how much: "pledged additional funding", "will provide a grant"
DURATION_WORDS = {"year", "month", "week"}
# aid given in kind, when said what kind: "will give technical support"
AID_NOUNS = {"support", "assistance", "expertise", "advice"}
AID_KINDS = {"technical", "logistical", "financial", "material", "expert"}
FUNDING_NOUNS = {"funding", "financing", "funds", "money", "co-financing", "cofinancing", "grant", "grants", "loan", "loans",
                 "contribution", "contributions", "donation", "donations"}


def _unaddressed_money(ctx: Context, verb: Token) -> bool:
    """"will provide a further £3 million": money given with no recipient named in the clause; or "approved a $400
    million loan to help Ecuador strengthen its grid", whose only address is a purpose clause that names no undertaking
    (one that does, "a loan to finance the X Programme", is the funding rule's)."""
    money = [c for c in verb.children if c.dep_ == "dobj" and (
        is_money(c) or c.lower_ in FUNDING_NOUNS
        or c.lemma_.lower() in AID_NOUNS and any(a.dep_ == "amod" and a.lower_ in AID_KINDS for a in c.children)
        and not any(a.dep_ in {"nmod", "poss", "det"} for a in c.children))]  # ("gave the Secretariat technical support")
    if not money:
        return False
    near = [verb, *money]
    around = near + [g for m in money for p in m.children if p.dep_ == "prep" for g in p.children]

    def addressed(holders: list) -> bool:
        # ("€30 million in new funding" says what kind of money, not where it goes)
        # (nor "€9 million for the first three years" how long it lasts)
        return any(c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for", "towards", "toward", "in"}
                   and not (c.lower_ == "in" and any(o.lemma_.lower() in ctx.lexicon.means_of_support | FUNDING_NOUNS
                                                     for o in c.children if o.dep_ == "pobj"))
                   and not (c.lower_ == "for" and any(_a_while(o) for o in c.children if o.dep_ == "pobj"))
                   or c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}
                   for h in holders for c in h.children)

    if not addressed(around) and not any(c.dep_ in {"xcomp", "advcl"} for h in around for c in h.children):
        return True
    purposes = [c for h in near for c in h.children if c.dep_ in {"xcomp", "advcl", "acl", "relcl"} and c.pos_ == "VERB"]
    return not addressed(near) and bool(purposes) and not any(
        m.referent.type == "Process" for p in purposes for m in ctx.index.within(p.left_edge.i, p.right_edge.i + 1))


def _a_while(token: Token, words: set[str] = DURATION_WORDS) -> bool:
    """"the first three years", but not "the programme's first year": how long, not for what."""
    return token.lemma_.lower() in words and not any(c.dep_ == "poss" for c in token.children)


def _undertaking_named_next(ctx: Context, verb: Token) -> list:
    """"The IDB approved a $400 million loan … The Power Sector Resilience Programme will finance …": a lead's money
    with no recipient goes to the undertaking the next sentence names."""
    following = [s for s in ctx.doc.sents if s.start > verb.sent.start][:1]
    for sentence in following:
        named = [m.referent for m in ctx.index.within(sentence.start, sentence.end)
                 if m.referent.type == "Process" and m.referent.source == "process"]
        if named:
            return named[:1]
    return []


def _last_funded(ctx: Context, before: int) -> list:
    """The recipient of the latest money named "to" or "for" someone before a token."""
    found = []
    for token in ctx.doc[max(0, ctx.doc[before].sent.start - 120):before]:
        if token.lemma_.lower() in ctx.lexicon.means_of_support | ctx.lexicon.funding_verbs | {"pledge", "contribution"}:
            for prep in (c for c in token.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for", "towards"}):
                targets = [t for o in prep.children if o.dep_ == "pobj" for t in ctx.targets(o, TARGET_TYPES)]
                found = targets or found
    return found[:1]


def _the_money(token: Token) -> bool:
    """"the money", "most of the funds", "the cost", "most of the equipment": money (or aid in kind) already spoken
    of."""
    nouns = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any((n.lemma_.lower() in {"money", "fund", "funds", "cost", "costs", "bill"} | IN_KIND or n.lower_ in IN_KIND)
               and n.lower_ != "fund"
               and any(c.lower_ == "the" for c in n.children) for n in nouns)


def _money_follows(ctx: Context, token: Token) -> bool:
    after = token.i + 1
    return any(c.i > token.i and is_money(c) for c in token.children) \
        or after < len(ctx.doc) and (ctx.doc[after].text in {"$", "€", "£", "¥"} or ctx.doc[after].like_num)


@rule("supports", "adjective", 0.8)
def support_adjective(ctx: Context) -> Iterator[Match]:
    """"The bloc is committed to the roadmap", "Norway remains supportive of the talks"."""
    for adjective in ctx.doc:
        preps = ctx.lexicon.support_adjectives.get(adjective.lower_)
        # "The AU is fully committed to supporting the process": the parser may read a passive verb
        passive = adjective.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in adjective.children)
        if not preps or adjective.dep_ not in {"acomp", "amod", "xcomp", "oprd"} and not passive \
                or ctx.negated(adjective.head) or ctx.negated(adjective):
            continue
        targets = [t for p in adjective.children if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ in {"pobj", "pcomp"} for t in ctx.targets(o, {"Process", "Organization"})]
        if passive:
            agents = [t for c in adjective.children if c.dep_ == "nsubjpass" for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
        elif adjective.dep_ == "amod":
            agents = ctx.targets(adjective.head, AGENT_TYPES, make_process=False)
        else:
            agents = ctx.subjects(adjective.head)
        yield from _pairs(ctx, agents, targets, adjective)


@rule("supports", "in_favour_of", 0.8)
def in_favour_of(ctx: Context) -> Iterator[Match]:
    """"Kenya voted in favour of the resolution", "the bloc came out in favor of the truce"."""
    for noun in ctx.doc:
        if noun.lower_ not in {"favour", "favor"} or noun.head.lower_ != "in":
            continue
        targets = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ in {"pobj", "pcomp"} for t in ctx.targets(o, TARGET_TYPES)]
        verb = noun.head.head
        if verb.pos_ not in {"VERB", "AUX"} or ctx.negated(verb):
            continue
        for agent in ctx.subjects(verb):
            for target in targets:
                if target.referent is not agent.referent:
                    yield Match(agent, target, ctx.span_of(agent, noun, target))


@rule("leads", "auspices", 0.85)
def under_auspices(ctx: Context) -> Iterator[Match]:
    """"talks under the auspices of the African Union", "a conference under Egypt's chairmanship"."""
    for noun in ctx.doc:
        if noun.lower_ not in {"auspices", "aegis", "chairmanship", "stewardship", "leadership", "presidency"} \
                or noun.head.lower_ != "under":
            continue
        agents = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        agents += [t for c in noun.children if c.dep_ == "poss" for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
        holder = noun.head.head
        if holder.pos_ in {"NOUN", "PROPN"}:
            targets = ctx.targets(holder, {"Process"})
        else:
            targets = [t for c in holder.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} for t in ctx.targets(c, {"Process"})]
        yield from _pairs(ctx, agents, targets, noun)


@rule("leads", "mediation", 0.8)
def mediation_by(ctx: Context) -> Iterator[Match]:
    """"Qatar's mediation between the two sides", "mediation by the AU": the mediator leads the mediation."""
    for noun in ctx.doc:
        if noun.lemma_.lower() not in {"mediation", "facilitation"} or noun.pos_ != "NOUN":
            continue
        agents = [t for c in noun.children if c.dep_ == "poss" for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
        agents += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                   for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        if not agents or noun.lemma_.lower() != "mediation":
            continue
        process = ctx.mention(noun, {"Process"}) or ctx.process_mention(noun)
        for agent in agents:
            if process is not None:
                yield Match(agent, process, ctx.span_of(agent, noun))


@rule("supports", "mandate_renewal", 0.8)
def mandate_renewal(ctx: Context) -> Iterator[Match]:
    """"The Council renewed the mandate of UNAMA", "extended UNMISS's mandate": keeping a mission going backs it."""
    for noun in ctx.doc:
        verb = noun.head
        if noun.lemma_.lower() != "mandate" or noun.dep_ not in {"dobj", "nsubjpass"} \
                or verb.lemma_.lower() not in {"renew", "extend", "prolong", "strengthen", "expand"} or ctx.negated(verb):
            continue
        owners = [t for c in noun.children if c.dep_ == "poss" for t in ctx.targets(c, {"Organization"}, make_process=False)]
        owners += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, {"Organization"}, make_process=False)]
        agents = ctx.subjects(verb) if noun.dep_ == "dobj" else [
            t for a in verb.children if a.dep_ == "agent" for o in a.children for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        yield from _pairs(ctx, agents, owners, noun)


@rule("leads", "owner", 0.7)
def owner_of_named_process(ctx: Context) -> Iterator[Match]:
    """"the bank's Desert to Power initiative", "its Blue Charter": a body's own named programme is one it runs.
    Only named processes: "Iran's nuclear programme" or "the bloc's backing" are not undertakings it leads."""
    for process in list(ctx.index.mentions):
        if process.type != "Process" or process.source != "process":
            continue
        start = process.token_start
        # read the possessive off the surface: the parser often hangs "its" on the first word of a long name
        before = ctx.doc[start - 1] if start > 0 else None
        if before is not None and before.tag_ == "POS" and start > 1:
            before = ctx.doc[start - 2]
        elif before is None or before.tag_ != "PRP$":
            continue
        for agent in ctx.targets(before, {"Organization"}, make_process=False):
            yield Match(agent, process, ctx.span_of(agent, ctx.head_of(process)))


@rule("supports", "with_the_support_of", 0.8)
def with_the_support_of(ctx: Context) -> Iterator[Match]:
    """"The Register, set up with the support of 43 states and the EU", "talks held with backing from Qatar"."""
    for noun in ctx.doc:
        if noun.lemma_.lower() not in ctx.lexicon.means_of_support or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ == "to" and prep.i > 0 and ctx.doc[prep.i - 1].lower_ == "thanks":  # "thanks to a grant from"
            holder = prep.head.head if prep.head.lower_ == "thanks" else prep.head
        elif prep.lower_ in {"with", "through"}:
            holder = prep.head
        else:
            continue
        agents = []
        conjoined = ctx.conjuncts(noun)
        if prep.head.lower_ == "thanks":  # the parser may coordinate the second means with "thanks"
            conjoined += [c for c in prep.head.children if c.dep_ == "conj" and c.lemma_.lower() in ctx.lexicon.means_of_support]
        for means in conjoined:  # "a grant from the ADB and fresh money from Japan"
            agents += [t for o in ctx.prep_objects(means, {"of", "from"}) for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
            agents += [t for c in means.children if c.dep_ == "poss" for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
        if holder.pos_ in {"NOUN", "PROPN"} and holder.dep_ == "dobj":
            holder = holder.head  # "a plan to protect the Cuvette Centrale with support from UNEP": the parser may
            # hang the support on the object
        plan = ctx.process_mention(holder.head) if holder.pos_ == "VERB" and holder.dep_ == "acl" \
            and any(c.lower_ == "to" for c in holder.children) else None
        purpose_of, clause = None, holder
        for _ in range(3):  # "launched a plan to help states contain the outbreak, with support from PAHO"
            if clause.pos_ != "VERB" or clause.dep_ not in {"advcl", "ccomp", "xcomp"}:
                break
            if clause.dep_ == "advcl" and clause.head.pos_ == "VERB" and any(c.lower_ == "to" for c in clause.children):
                purpose_of = clause.head
                break
            clause = clause.head
        if plan is None and purpose_of is not None:
            # "launched a Regional Dengue Response Plan to help its member states ..., with support from PAHO"
            plan = next((t for t in _objects(ctx, purpose_of) if t.type == "Process"), None)
        if plan is not None:
            # "adopted a joint plan to protect the Cuvette Centrale with technical support from UNEP": the plan's
            targets = [plan]
        elif holder.pos_ in {"NOUN", "PROPN"}:
            targets = ctx.targets(holder, TARGET_TYPES)
        elif holder.pos_ == "VERB":
            targets = _objects(ctx, holder) + [t for c in holder.children if c.dep_ == "nsubjpass" for t in ctx.targets(c, TARGET_TYPES)]
            if not targets and not any(c.dep_ == "nsubjpass" for c in holder.children):
                # "HNEC has begun registering voters with funding from the EU": the one doing the work is backed
                targets = ctx.subjects(holder, TARGET_TYPES)
        else:
            targets = []
        # ("will pay for the studies with a grant from its Project Preparation Facility": its own channel)
        owned = {id(t.referent) for a in agents for c in ctx.doc[a.token_start:a.token_end].root.children
                 if c.dep_ == "poss" for t in ctx.targets(c, AGENT_TYPES, make_process=False)} if agents else set()
        yield from _pairs(ctx, agents, [t for t in targets if id(t.referent) not in owned], noun)


# money raised from someone: "raised $90 million from the IsDB"
RAISING_VERBS = {"raise", "obtain", "mobilise", "mobilize", "collect"}


@rule("supports", "received", 0.8)
def received_backing(ctx: Context) -> Iterator[Match]:
    """"The scheme has won backing from Indonesia", "the plan drew support from the AU", "the Fund raised €600
    million, including €200 million from BGK"."""
    for noun in ctx.doc:
        verb = noun.head
        lemma = verb.lemma_.lower()
        money = lemma in RAISING_VERBS | {"receive", "get", "secure", "attract"} and is_money(noun)
        if not money and noun.lemma_.lower() not in {"support", "backing", "endorsement", "approval", "funding", "praise", "blessing"} \
                or noun.dep_ != "dobj" \
                or lemma not in {"win", "receive", "get", "draw", "attract", "gain", "enjoy", "secure", "garner", "earn",
                                 "have"} | RAISING_VERBS \
                or ctx.negated(verb):
            continue
        holders = (noun, verb, *(t for t in noun.subtree if t.like_num or is_money(t))) if money else (noun, verb)
        givers = [o for holder in holders for o in ctx.prep_objects(holder, {"from", "of"})]
        # "from Poland's state development bank, Bank Gospodarstwa Krajowego (BGK)": the name after the comma
        agents = [t for o in givers for t in ctx.targets(o, AGENT_TYPES, make_process=False)
                  or [n for n in [ctx.index.named_after_comma(ctx.doc, o.right_edge.i + 1, frozenset({",", ".", "("}))]
                      if n is not None and n.referent.type in AGENT_TYPES]]
        targets = [t for c in verb.children if c.dep_ == "nsubj" for t in ctx.targets(c, TARGET_TYPES)]
        yield from _pairs(ctx, agents, targets, noun)


@rule("supports", "credited_for", 0.8)
def credited_for(ctx: Context) -> Iterator[Match]:
    """"commended the Eminent Persons Group for facilitating the roadmap", "thanked Qatar for hosting the talks": the
    one credited did the backing."""
    for prep in ctx.doc:
        if prep.lower_ != "for" or prep.dep_ != "prep" or ctx.negated(prep.head):
            continue
        credited = [t for c in ctx.lexicon.those_credited(prep) for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
        if not credited:
            continue
        for deed in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            lemma = deed.lemma_.lower()
            if lemma in PAYING_VERBS and not ctx.negated(deed):
                yield from _pairs(ctx, credited, _beneficiaries(ctx, deed), deed)
                continue
            if lemma not in ctx.lexicon.support_verbs or ctx.negated(deed):
                continue  # "for organising the talks" is leading them, the lead rules' matter
            objects = [o for o in deed.children if o.dep_ == "dobj"]
            # "facilitating the roadmap agreed among the parties": the parser may read a clause "the roadmap agreed"
            objects += [s for c in deed.children if c.dep_ == "ccomp" and c.tag_ in {"VBD", "VBN"}
                        for s in c.children if s.dep_ == "nsubj"]
            targets = [t for o in objects for t in ctx.targets(o, TARGET_TYPES) if not _credited_too(ctx, o, t)]
            yield from _pairs(ctx, credited, targets, deed)


# keeping something going backs it as much as starting it
CONTINUING_VERBS = {"extend", "prolong", "renew", "continue", "maintain", "keep", "expand", "scale", "upgrade", "strengthen"}


@rule("supports", "decision_to", 0.8)
def decision_to(ctx: Context) -> Iterator[Match]:
    """"the decision by the Council to extend temporary protection", "Moldova's move to prolong its regime": the one
    deciding backs what the decision keeps or starts."""
    doc = ctx.doc
    for noun in doc:
        lemma = noun.lemma_.lower()
        if lemma not in ctx.lexicon.container_nouns | ctx.lexicon.intention_nouns | BINDING_NOUNS:
            continue
        deciders = [t for c in noun.children if c.dep_ == "poss" for t in ctx.targets(c, AGENT_TYPES, make_process=False)]
        deciders += [t for p in noun.children if p.dep_ == "prep" and p.lower_ in {"by", "of"}
                     for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, AGENT_TYPES, make_process=False)]
        if not deciders and lemma in BINDING_NOUNS and noun.dep_ == "dobj" and not ctx.negated(noun.head):
            deciders = ctx.subjects(noun.head)  # "IFAD and CABEI signed an agreement to co-finance the programme"
            if noun.head.lemma_.lower() in SIGNING_VERBS:
                # "signed an agreement for the Mombasa Informal Settlements Upgrading Project": what it is for
                yield from _pairs(ctx, deciders, [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                                                  for o in p.children if o.dep_ == "pobj"
                                                  for t in ctx.targets(o, {"Process"}) if t.source != "description"], noun)
        # "to co-finance": the tokenizer splits the verb, and "to" may hang on its first part
        acts = [v for v in noun.children if v.dep_ == "acl" and v.pos_ == "VERB"
                and any(doc[k].lower_ == "to" for k in range(max(noun.i + 1, v.i - 3), v.i))]
        # "an agreement to upgrade and expand the project": the coordinated verb carries the object
        acts += [c for v in acts for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for act in acts:
            lemma = act.lemma_.lower()
            if lemma in PAYING_VERBS and not ctx.negated(act):
                yield from _pairs(ctx, deciders, _beneficiaries(ctx, act), act)
                continue
            if lemma not in CONTINUING_VERBS and lemma not in ctx.lexicon.support_verbs or ctx.negated(act):
                continue
            targets = [t for o in act.children if o.dep_ == "dobj" for t in ctx.targets(o, TARGET_TYPES)]
            yield from _pairs(ctx, deciders, targets, act)


# what binds or pays the one who signs or gives it: "an agreement to co-finance X", "a loan to finance X"
BINDING_NOUNS = {"agreement", "deal", "memorandum", "accord", "loan", "grant", "credit", "contract"}
# paying someone's bills backs them: "for settling Syria's arrears", "pledges to cover salaries for the army"
PAYING_VERBS = {"cover", "pay", "settle", "clear", "meet", "shoulder", "bear"}


@rule("supports", "acting_under", 0.7)
def acting_under(ctx: Context) -> Iterator[Match]:
    """"the body would install 40 gauging stations under a new Hydrological Monitoring Programme", "Kathmandu hoped
    to sell power to Bangladesh under the plan", "would fund cargo terminals as part of the plan": who does its part
    under a named undertaking takes part in it."""
    for prep in ctx.doc:
        verb = prep.head
        # "would introduce a deposit scheme for drink containers under the strategy": the parser may hang it on the
        # object
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.dep_ not in {"dobj", "pobj", "prep"}:
                break
            verb = verb.head
        if prep.lower_ not in {"under", "as"} or prep.dep_ != "prep" or verb.pos_ != "VERB" or ctx.negated(verb) \
                or verb.lemma_.lower() in ctx.lexicon.oppose_verbs | WITHHOLDING_VERBS \
                or any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ != "VBG":
            continue  # ("the Committee set up under the Stockholm Agreement" was made, did nothing)
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "as":  # "would fund new cargo terminals as part of the plan"
            objects = [w for o in objects if o.lemma_.lower() == "part" for p in o.children if p.dep_ == "prep"
                       and p.lower_ == "of" for w in p.children if w.dep_ == "pobj"]
        # (a named undertaking, or one described before and referred back to: "under the strategy")
        named = [m for o in objects if not own_framework(o) for m in [ctx.mention(o, {"Process"})]
                 if m is not None and (m.source != "description" or getattr(ctx.index.at(o), "source", None) == "coref")]
        yield from _pairs(ctx, ctx.subjects(verb), named, prep)


# "pay for the first two years": a period of the undertaking the article is about
PERIOD_NOUNS = {"year", "month", "phase", "stage"}
# what an undertaking or a body costs: "the cost of the corridor", "the salaries of the force"
COST_NOUNS = {"cost", "costs", "bill", "bills", "salary", "salaries", "expenses", "wages", "upkeep"}


@rule("supports", "paying_costs", 0.8)
def paying_costs(ctx: Context) -> Iterator[Match]:
    """"Brussels would cover half the cost of Via Carpatia", "Qatar will pay the salaries of the force": who pays
    what an undertaking or a body costs backs it."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PAYING_VERBS | {"foot"} or ctx.negated(verb):
            continue
        bills = [o for c in verb.children if c.dep_ == "dobj"
                 for o in [c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
                 if o.lemma_.lower() in COST_NOUNS or o.lower_ in COST_NOUNS]
        if verb.lemma_.lower() in {"cover", "pay", "shoulder", "bear", "foot"} and not bills:
            # "Hanoi would cover the team's transport and lodging": what a body needs, paid for
            bills = [c for c in verb.children if c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.children)]
        owners = [o for b in bills for o in [*(_plain_owner(ctx, c) for c in b.children if c.dep_ == "poss"),
                                             *(g for p in b.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                                               for g in p.children if g.dep_ == "pobj")]]
        if verb.lemma_.lower() == "pay":
            paid_for = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
            owners += paid_for
            # "would pay for fuel and engineering equipment for the LAF": whom what is paid for serves
            served = [p for p in verb.children if p.dep_ == "dative" and p.lower_ == "for"]
            served += [p for o in paid_for for c in ctx.conjuncts(o) for p in c.children
                       if p.dep_ == "prep" and p.lower_ == "for"]
            owners += [g for p in served for g in p.children if g.dep_ == "pobj"]
            if any(_a_while(o, PERIOD_NOUNS) for o in paid_for):
                # "Norway and Finland will pay for the first two years": of the undertaking the article is about
                yield from _pairs(ctx, ctx.subjects(verb), ctx.main_undertaking(verb.i), verb)
        # "the bill for the Commission's new laboratory": what is paid for serves its owner
        targets = [t for o in owners for t in ctx.targets(o, TARGET_TYPES, make_process=False)
                   or [t for c in o.children if c.dep_ == "poss" for t in ctx.targets(c, {"Organization"}, make_process=False)]]
        yield from _pairs(ctx, ctx.subjects(verb), targets, verb)


TREATY_ACTS = {"accession", "ratification", "acceptance", "approval"}


@rule("supports", "instrument_deposited", 0.8)
def instrument_deposited(ctx: Context) -> Iterator[Match]:
    """"X deposited the instrument of accession": joining a treaty, the one the article is about (or the one
    named in the clause: "its instrument of ratification of the Convention")."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"deposit", "lodge", "submit"} or ctx.negated(verb):
            continue
        instruments = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"instrument", "instruments"}
                       and any(o.lemma_.lower() in TREATY_ACTS for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj")]
        if not instruments:
            continue
        named = [t for i in instruments for p in i.subtree if p.dep_ == "prep" and p.lower_ in {"of", "to"}
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() not in TREATY_ACTS
                 for t in ctx.targets(o, {"Process"}, make_process=False)]
        yield from _pairs(ctx, ctx.subjects(verb), named or ctx.main_undertaking(verb.i), verb)


def _plain_owner(ctx: Context, owner: Token) -> Token:
    """"India, which hosts the Centre, will cover its running costs": what a possessive pronoun of costs owns is the
    last thing named before it (and nothing named in "spent $20 million on the building and would cover its costs")."""
    if owner.pos_ != "PRON":
        return owner
    return next((t for t in reversed(ctx.doc[owner.sent.start:owner.i]) if t.pos_ in {"NOUN", "PROPN"}), owner)


def _beneficiaries(ctx: Context, act: Token) -> list:
    """Whose costs a paying verb pays: the owner of what is paid ("Syria's arrears", "the costs of the mission") or
    the one it is paid for ("salaries for the army")."""
    holders = [act, *(o for o in act.children if o.dep_ == "dobj")]
    holders += [c for o in holders[1:] for c in ctx.conjuncts(o)[1:]]
    found = [t for o in holders[1:] for c in o.children if c.dep_ == "poss"
             for t in ctx.targets(c, {"Organization", "Country"}, make_process=False)]
    found += [t for h in holders for p in h.children if p.dep_ in {"prep", "dative"} and p.lower_ in {"of", "for"}
              for o in p.children if o.dep_ == "pobj" for t in ctx.targets(o, {"Organization", "Country"}, make_process=False)]
    return found


# the boards through which a bank or fund decides: "the Board of Executive Directors", "the Board of Governors" (a
# council of ministers' own act stays its own: "the Council of Europe's Committee of Ministers gave its blessing")
GOVERNING_ORGANS = {"board", "directors", "governors"}


def parent_of_acting_organ(ctx: Context, match: Match) -> Match | None:
    """"The Board of Executive Directors of the Islamic Development Bank approved ...", "its European Peace Facility
    would fund ...": what an organ written with its parent does, the parent does too (a weaker reading than the
    organ's own)."""
    organ = match.subject
    first, last = match.tokens
    # the organ as written in this very statement, not a later "the Board" that refers back to it
    words = [t.lower_ for t in ctx.doc[organ.token_start:organ.token_end]]
    # (a bank's board acts for the bank in whatever sentence its money is put to use)
    if organ.type != "Organization" or organ.token_end + 1 >= len(ctx.doc) \
            or ctx.sentence_of[organ.token_start] != ctx.sentence_of[max(first, last - 1)] and words[0] not in GOVERNING_ORGANS:
        return None
    if names_partners_of(words):
        return None
    # "the EU said its European Peace Facility would fund ...": the owner who speaks for its organ (but "the
    # European Commission's HERA welcomed ..." is the authority's own act)
    owners = [ctx.mention(c, {"Organization"}) for c in ctx.head_of(organ).children if c.dep_ == "poss" and c.pos_ == "PRON"]
    # "The World Bank's Board of Executive Directors approved …": a governing organ acts for its owner (but "the
    # European Commission's HERA welcomed …" is an agency's own act)
    if words[0] in GOVERNING_ORGANS or words[-1] in GOVERNING_ORGANS:
        owners += [ctx.mention(c, {"Organization"}) for c in ctx.head_of(organ).children if c.dep_ == "poss"]
    # "the AfDB said the Africa Fertilizer Financing Mechanism, which it hosts, would provide …": its host
    owners += [ctx.mention(s, {"Organization"}) for r in ctx.head_of(organ).children if r.dep_ == "relcl"
               and r.lemma_.lower() in {"host", "run", "manage", "administer"} for s in r.children if s.dep_ == "nsubj"]
    # "The Commission of the Andean Community adopted ...": the parent named inside the organ's own name
    owners += [m for m in ctx.index.mentions if m.type == "Organization" and m.source == "gazetteer" and "of" in words
               and organ.token_start < m.token_start and m.token_end == organ.token_end]
    parent = next((m for m in owners if m is not None), None)
    if parent is None:
        if ctx.doc[organ.token_end].lower_ != "of" or not ctx.lexicon.names_a_body(words):
            return None
        at = organ.token_end + 2 if ctx.doc[organ.token_end + 1].lower_ == "the" else organ.token_end + 1
        parent = ctx.index.at(at)
        if parent is None or parent.token_start != at:
            return None
    if parent.referent.type != "Organization" or parent.referent is organ.referent \
            or parent.referent is getattr(match.object, "referent", None):
        return None
    return Match(parent, match.object, match.tokens, 0.7)


# "would back small nuclear projects", "will fund two training courses": a described handful of activities is no
# delimited undertaking a reader would name (the whole they belong to is read where the text gives it)
VAGUE_ACTIVITIES = {"projects", "measures", "courses", "activities", "initiatives", "programmes", "efforts", "steps", "plans",
                    "systems", "studies", "surveys", "assessments",
                    "deployment"}  # "endorsed an initial deployment of 2,000 personnel": the act, not an undertaking


def vague_target(ctx: Context, target) -> bool:
    """A target that is only a described plural of activities ("nuclear projects", "restoration measures") or a
    deployment."""
    referent = getattr(target, "referent", None)
    if referent is None or referent.type != "Process" or referent.source != "description":
        return False
    head = ctx.doc[referent.token_start:referent.token_end].root
    # ("the provisional measures" the Court ordered are a known set; "the deployment of a police roster" is not)
    return head.lower_ in VAGUE_ACTIVITIES and (head.lower_ == "deployment"
                                                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))


# texts that serve an undertaking or a body named after "for" / "of": "an implementation plan for the Single African
# Air Transport Market", "Decision 945, the implementing rules of the Andean Migration Statute", "a draft charter for
# an SCO Development Bank": who backs the text backs what it is for
SERVING_INSTRUMENTS = {"plan", "rules", "regulations", "roadmap", "road map", "timetable", "charter", "strategy",
                       "framework", "statute", "guidelines", "decision", "memorandum"}
FOUNDING_TEXTS = {"charter", "statute"}


def _description_after_comma(ctx: Context, mention) -> list[Token]:
    """"Decision 945, the implementing rules of …": the noun a description right after a name's comma is about,
    whatever the parser made of it."""
    comma = mention.token_end
    if comma >= len(ctx.doc) or ctx.doc[comma].text != ",":
        return []
    for token in ctx.doc[comma + 1:comma + 5]:
        if token.pos_ == "NOUN":
            return [token]
        if token.pos_ not in {"DET", "ADJ", "VERB"} or token.dep_ not in {"det", "amod", "compound"}:
            return []
    return []


def undertakings_served(ctx: Context, match: Match) -> list[Match]:
    """What the text a supporter backs is for, when that is a named undertaking (or, for a founding text, a body),
    and what the text commits its parties to ("the Declaration, which commits the two regions to a joint roadmap")."""
    if not isinstance(match.object, Mention) or match.object.type != "Process" or match.object.token_end <= match.object.token_start:
        return []
    if match.subject.token_end <= match.subject.token_start:
        return []

    def backed_by_subject(targets: list) -> list[Match]:
        return [Match(match.subject, t, match.tokens, 0.7) for t in targets]

    # the text as named and as described beside it ("Decision 945, the implementing rules of the Statute"), in the
    # sentence where the supporter acts (those who later back "the plan" back the plan only)
    sentence = ctx.sentence_of[match.subject.token_start]
    written_here = [m for m in ctx.index.mentions if m.referent is match.object.referent and m.token_end > m.token_start
                    and ctx.sentence_of[m.token_start] == sentence]
    found = []
    for mention in written_here:
        head = ctx.head_of(mention)
        found += [t for t in _committed_to(ctx, head) if t.referent is not match.object.referent
                  and t.referent is not match.subject.referent and all(t.referent is not f.referent for f in found)]
        heads = [head, *(c for c in head.children if c.dep_ == "appos")]
        # "adopted Decision 945, the implementing rules of …": the parser may make the apposition a second object
        heads += [c for c in head.head.children if head.dep_ == "dobj" and c.dep_ == "dobj" and c.i > head.i
                  and c.left_edge.i > 0 and ctx.doc[c.left_edge.i - 1].text == ","]
        heads += _description_after_comma(ctx, mention)  # or hang it on a verb further on
        for served in (m for h in heads if h.lemma_.lower() in SERVING_INSTRUMENTS | SIGNED_INSTRUMENTS
                       for m in _founded_by_text(ctx, h)):
            if served.referent is not match.object.referent and served.referent is not match.subject.referent:
                return backed_by_subject([served, *found])
        for instrument in (h for h in heads if h.lemma_.lower() in SERVING_INSTRUMENTS or h.lower_ in SERVING_INSTRUMENTS):
            types = {"Process", "Organization"} if instrument.lemma_.lower() in FOUNDING_TEXTS else {"Process"}
            # ("a memorandum of understanding on the ASEAN Power Grid": the parser may hang "on" on "understanding")
            holders = [instrument, *(o for p in instrument.children if p.dep_ == "prep" and p.lower_ == "of"
                                     for o in p.children if o.dep_ == "pobj" and o.lower_ == "understanding")]
            preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "on"}]
            # ("approved the rules for a regional electricity market": the parser may hang the "for" on the verb)
            preps += [c for c in instrument.head.children if instrument.dep_ == "dobj" and c.dep_ == "prep"
                      and c.lower_ == "for" and c.i == instrument.right_edge.i + 1]
            for prep in preps:
                for served in (ctx.mention(o, types) for o in prep.children if o.dep_ == "pobj"):
                    if served is not None and served.referent is not match.object.referent \
                            and (served.referent.source != "description" or served.referent.type == "Organization"
                                 or prep.lower_ == "for") \
                            and served.referent is not match.subject.referent:
                        return backed_by_subject([served, *found])
    return backed_by_subject(found)


COMMITTING_VERBS = {"commit", "bind", "oblige", "obligate"}
BUILDING_VERBS = {"build", "construct"}


def _founded_by_text(ctx: Context, instrument: Token) -> list[Mention]:
    """"signed an agreement with Mongolia to set up a Regional Analyst Training Centre", "a memorandum of
    understanding to build the Lobito railway": the named body or undertaking a text is signed to create."""
    clauses = [c for c in instrument.children if c.dep_ == "acl"]
    if instrument.dep_ == "dobj":  # (the parser may hang the purpose on the signing verb)
        clauses += [c for c in instrument.head.children if c.dep_ in {"advcl", "xcomp"} and c.i > instrument.i]
    found = []
    for clause in clauses:
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
                or not (_founds(ctx, clause) or clause.lemma_.lower() in BUILDING_VERBS):
            continue
        found += [m for o in clause.children if o.dep_ == "dobj"
                  for m in [ctx.mention(o, {"Process", "Organization"})]
                  if m is not None and m.referent.source != "description"]
    return found


def _committed_to(ctx: Context, text: Token) -> list:
    """"the Declaration, which commits the two regions to a biennial summit and to a joint roadmap": the
    undertakings a text commits its parties to."""
    clauses = [c for c in text.children if c.dep_ == "relcl" and c.lemma_.lower() in COMMITTING_VERBS
               and not ctx.negated(c)]
    preps = [p for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "to"]
    return [t for p in preps for o in p.children if o.dep_ == "pobj" for c in ctx.conjuncts(o)
            for t in ctx.targets(c, {"Process"}) if t.type == "Process"]


def state_committed_alongside(ctx: Context, match: Match) -> list[Match]:
    """"Tajikistan's Foreign Minister, X, welcomed the decision and said Dushanbe would build 14 new posts": a
    speaker who backs something and says in the same breath what a state will do for it speaks for that state, which
    backs it too."""
    if not isinstance(match.object, Mention) or match.subject.type != "Person" \
            or match.subject.token_end <= match.subject.token_start:
        return []
    head = ctx.head_of(match.subject)
    if head.dep_ == "appos":
        head = head.head  # "Tajikistan's Foreign Minister, X, welcomed …": the title is the subject
    verb = head.head if head.dep_ == "nsubj" else None
    if verb is None or ctx.negated(verb):
        return []
    saying = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in ctx.lexicon.speech_verbs]
    clauses = [k for c in saying for k in ctx.committing_clauses(c)]
    states = [m for k in clauses for c in k.children if c.dep_ == "nsubj"
              for m in ctx.targets(c, {"Country"}, make_process=False) if m.referent is not match.object.referent]
    return [Match(state, match.object, match.tokens, 0.7) for state in states[:1]]

