"""`represents` (Person → Organization or Country) and `holdsTitle` (Person → title literal).

The rules read a person's title wherever the text puts it: before the name ("Kenyan Foreign Minister X"), in an
apposition after it ("X, Executive Director of the WFP") or before it ("The OIC's Assistant Secretary-General, X"),
as a role ("X, as chair of the committee", "in Pakistan's capacity as president"), in a bracket ("X (Brazil)"), or
in a clause ("X, who heads the agency", "X is the spokesman for Y").
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..model import Mention
from .rules import Context, Match, rule
from .mentions import APPOINTING_VERBS, portfolio_title

ORG_OR_COUNTRY = {"Organization", "Country"}
AFFILIATION_PREPS = {"of", "for", "at", "from", "with", "in"}  # not "to": an ambassador *to* the OAS acts for another


def _title_tokens(ctx: Context, tokens: list[Token]) -> bool:
    return any(ctx.lexicon.is_title_word(t.lower_) or ctx.lexicon.is_title_word(t.lower_.split("-")[-1]) for t in tokens)


def _affiliation(ctx: Context, title_head: Token, exclude: Mention | None = None) -> Mention | None:
    """The organization or country a title belongs to: its possessor, its "of/for/at" object, a modifier
    ("UN", "Kenyan"), or one found deeper in the title ("the UN Secretary-General's Personal Envoy")."""
    ordered: list[Token] = []
    doc = ctx.doc
    if title_head.i >= 2 and doc[title_head.i - 1].text == "-" and doc[title_head.i - 2].lower_ in {"co", "vice", "deputy", "under"}:
        # "the OSCE's co-chair": the tokenizer splits the title, and the possessor hangs on "co"
        ordered.extend(c for c in doc[title_head.i - 2].children if c.dep_ in {"poss", "compound"} and c.i < title_head.i)
    for child in title_head.children:
        if child.dep_ == "poss" and child.lower_ == "whose":
            owner = _whose_owner(ctx, child)  # "UNICEF, whose Representative in the DRC, X, said"
            if owner is not None:
                return owner
        if child.dep_ == "poss":
            ordered.append(child)
    for child in title_head.children:
        if child.dep_ in {"compound", "amod", "nmod", "npadvmod"} and child.i < title_head.i:
            ordered.append(child)
    for child in title_head.children:
        if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
            ordered.extend(c for c in child.children if c.dep_ == "pobj")
    if title_head.dep_ == "conj" and title_head.head.i < title_head.i \
            and not any(c.dep_ == "prep" and c.lower_ in {"of", "at"} for c in title_head.children) \
            and not any(c.dep_ == "prep" and c.lower_ in {"of", "at"} and c.i > title_head.i for c in title_head.head.children):
        # "the United Nations Resident and Humanitarian Coordinator": the owner (if the
        # second has none of its own) sits on the first of two titles
        ordered.extend(c for c in title_head.head.children if c.dep_ in {"poss", "compound"} and c.i < title_head.head.i)
    ordered.append(title_head)
    for prep in (c for c in title_head.children if c.dep_ == "prep" and c.lower_ == "to"):
        # "a foreign-policy adviser to the Azerbaijani president" acts for whom the president acts for
        boss = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if boss is not None and ctx.lexicon.is_title_word(boss.lower_) and ctx.mention(boss) is None \
                and not any(ctx.mention(t, ORG_OR_COUNTRY) for t in ordered[:-1]):
            found = _affiliation(ctx, boss, exclude)
            if found is not None:
                return found
    official = _is_official(ctx, title_head)
    for token in ordered:
        for inner in [token, *token.subtree]:
            if exclude is not None and exclude.token_start <= inner.i < exclude.token_end:
                continue
            if inner != token and inner.i > title_head.i and token == title_head:
                continue
            if inner.dep_ == "prep" and inner.lower_ == "to":
                # "Special Representative to the African Union": the receiving body; but "adviser to the
                # Azerbaijani president" acts for whom the president acts for
                boss = next((c for c in inner.children if c.dep_ == "pobj"), None)
                if boss is not None and ctx.lexicon.is_title_word(boss.lower_) and ctx.mention(boss) is None:
                    found = _affiliation(ctx, boss, exclude)
                    if found is not None:
                        return found
                break
            mention = ctx.mention(inner, ORG_OR_COUNTRY)
            if mention is None and inner.dep_ == "poss":
                mention = ctx.capital_as_country(inner)  # "Beijing's envoy"
            if mention is None or mention is exclude:
                continue
            if mention.type == "Country" and inner.dep_ == "pobj" and inner.head.lower_ == "for" \
                    or inner.dep_ == "pobj" and inner.head.lower_ in {"on", "to"}:
                continue  # "Special Envoy for Yemen", "Special Envoy on Myanmar": the brief, not the principal
            if ctx.index.at(inner).source == "demonym" and not official:
                continue  # "a Sudanese researcher" has a nationality, not a mandate
            return mention
    if any(t.lower_ == "secretary-general" or t.lower_ == "general" and _after_secretary(ctx, t) for t in title_head.subtree):
        return _the_united_nations(ctx)  # "Special Representative of the Secretary-General", in a UN story
    if title_head.lower_ == "commissioner" and not (title_head.i > 0 and doc[title_head.i - 1].lower_ == "high"):
        # "X, the Commissioner for Defence and Space", in a story that names the European Commission: a
        # commissioner sits on the one commission the article names
        commissions = {id(m.referent): m.referent for m in ctx.index.mentions if m.referent.type == "Organization"
                       and m.referent.text.split()[-1].lower() == "commission"}
        if len(commissions) == 1:
            return next(iter(commissions.values()))
    return None


def _after_secretary(ctx: Context, general: Token) -> bool:
    """"Secretary General" or "Secretary-General" split by the tokenizer; not "Major General"."""
    k = general.i - 1
    if k > 0 and ctx.doc[k].text in {"-", "–"}:
        k -= 1
    return k >= 0 and ctx.doc[k].lower_ == "secretary"


def _title_before_comma(ctx: Context, person: Mention) -> Token | None:
    """The word before ", [honorifics] Name"."""
    doc = ctx.doc
    before = person.token_start - 1
    # ", the Honourable X", ", Ambassador X"
    while before > 0 and (doc[before].lower_.rstrip(".") in ctx.lexicon.honorifics
                          or doc[before].lower_ == "the" and doc[before + 1].lower_.rstrip(".") in ctx.lexicon.honorifics):
        before -= 1
    if before > 0 and doc[before].text == ",":
        word = doc[before - 1]
        if word.text == ")":  # "the Bank's Vice-President (Operations), X": a qualifier in brackets after the title
            opening = next((k for k in range(word.i - 1, max(0, word.i - 6), -1) if doc[k].text == "("), None)
            word = doc[opening - 1] if opening else word
        # "Malaysia's Minister of Natural Resources and Environmental Sustainability, X": up to the title word
        climb = word
        # ("Tuvalu's Minister for Home Affairs, Climate Change and Environment, X": the parser may set the rest of
        # the portfolio list in apposition)
        while not ctx.lexicon.is_title_word(climb.lower_) and climb.dep_ in {"pobj", "prep", "compound", "conj", "cc", "appos"} \
                and climb.head != climb and before - climb.head.i < 12:
            climb = climb.head
        if ctx.lexicon.is_title_word(climb.lower_):
            return climb
        # "Senegal's Minister of Environment and Ecological Transition, X": a portfolio the parser made the head
        title = portfolio_title(doc, word.i, ctx.lexicon)
        if title is not None:
            return title
        # "the Permanent Representative of the CAR to the AU, X": the parser hung "to the AU" on the verb
        for k in range(before - 1, max(0, before - 10), -1):
            if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {",", ";", ":"}:
                break
            if ctx.lexicon.is_title_word(doc[k].lower_) and doc[k].head.i < k:
                return doc[k]
        return word
    return None


def _whose_owner(ctx: Context, whose: Token) -> Mention | None:
    """The noun a "whose" clause hangs on: the clause's verb is a relative clause of it."""
    verb = whose.head
    while verb.dep_ not in {"relcl", "appos"} and verb.head != verb and abs(verb.i - whose.i) < 40:
        verb = verb.head
    if verb.dep_ not in {"relcl", "appos"}:
        return None  # ("UNICEF, whose Representative, X, said": the parser may hang the title on UNICEF as appos)
    owner = verb.head
    if ctx.mention(owner, {"Place"}) and owner.dep_ == "pobj" and owner.head.lower_ in {"in", "at"}:
        # "the ASEAN Secretariat in Jakarta, whose Deputy Secretary-General": the body, not its seat
        body = ctx.mention(ctx.doc[owner.head.i - 1], {"Organization"}) if owner.head.i > 0 else None
        if body is not None:
            return body
    found = ctx.targets(owner, ORG_OR_COUNTRY, make_process=False)
    return found[-1] if found else None


def _is_official(ctx: Context, title_head: Token) -> bool:
    words = [t.lower_ for t in title_head.subtree if t.i <= title_head.i] + [title_head.lower_]
    return any(w in ctx.lexicon.official_titles or w.split("-")[-1] in ctx.lexicon.official_titles for w in words)


def _the_united_nations(ctx: Context) -> Mention | None:
    return ctx.named("org:united-nations")


def _title_text(ctx: Context, start: int, end: int) -> str | None:
    doc = ctx.doc
    while start < end and (doc[start].dep_ == "det" or doc[start].is_punct or doc[start].lower_ in {"a", "an", "the"}):
        start += 1
    # a relative clause ("..., who heads OCHA") describes the person, not the post
    clause = next((t.left_edge.i for t in doc[start:end] if t.dep_ == "relcl" and t.left_edge.i > start), None)
    if clause is not None:
        end = min(end, clause)
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in {")"} or doc[end - 1].dep_ in {"cc"}):
        end -= 1
    opening = [i for i in range(start, end) if doc[i].text == "("]
    if opening and not any(doc[i].text == ")" for i in range(opening[-1], end)):
        end = opening[-1]  # "Commissioner of the Department (DoDMA": the acronym's bracket was cut
        while end > start and doc[end - 1].is_punct:
            end -= 1
    text = doc[start:end].text.strip()
    return text if text and len(text) <= 240 else None


def _emit(ctx: Context, person: Mention, org: Mention | None, title_span: tuple[int, int] | None,
          trigger: Token) -> Iterator[Match]:
    if org is not None and org.referent is not person.referent:
        yield Match(person, org, ctx.span_of(person, org, trigger))
        inside_title = title_span is not None and title_span[0] <= org.token_start < title_span[1]
        if org.token_start >= 0 and inside_title:  # "Joint Special Representative of UNHCR and IOM": both
            for other in ctx.targets(ctx.head_of(org), ORG_OR_COUNTRY, make_process=False)[1:]:
                if title_span[0] <= other.token_start < title_span[1]:
                    yield Match(person, other, ctx.span_of(person, other, trigger))
        parent = _parent_of_office_named_by_post(ctx, org)
        if parent is not None:
            yield Match(person, parent, ctx.span_of(person, org, trigger))
        words = [t.lower_ for t in ctx.doc[title_span[0]:title_span[1]]] if title_span is not None else [trigger.lower_]
        commissioner = "commissioner" in words and "high" not in words
        # "Serbia's State Secretary at the Ministry of Defence, X": the ministry the state's post is held in
        ministry = next((m for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"at", "in"}
                         for o in p.children if o.dep_ == "pobj" for m in [ctx.mention(o, {"Organization"})]
                         if m is not None and m.referent is not org.referent
                         and m.referent.text.split()[0].lower() in {"ministry", "department"}), None)
        if ministry is not None:
            yield Match(person, ministry, ctx.span_of(person, ministry, trigger))
        commission = _commission_of(ctx, org) if commissioner else None
        if commission is not None:
            yield Match(person, commission, ctx.span_of(person, org, trigger))
    if title_span is not None:
        title = _title_text(ctx, *title_span)
        if title:
            ctx.titles.append((ctx.current_rule, Match(person, title, ctx.span_of(person, trigger, ctx.doc[title_span[0]:title_span[1]]))))


def _commission_of(ctx: Context, org: Mention) -> Mention | None:
    """"the AU Commissioner for Infrastructure, X" in a story that names the African Union Commission: a commissioner
    of a body sits on its commission too."""
    body = org.referent
    if body.type != "Organization" or body.text.split()[-1].lower() == "commission":
        return None
    names = {n.lower() for n in (body.text, body.canonical, *body.aliases) if n}
    for mention in ctx.index.mentions:
        commission = mention.referent
        if commission.type != "Organization" or commission is body or not commission.text.lower().endswith("commission"):
            continue
        entry = ctx.gazetteer.by_key(commission.key) if commission.key else None
        named_after = commission.text.lower().rsplit(" ", 1)[0] in names or any(
            commission.text.lower().endswith(" of " + n) or commission.text.lower().endswith(" of the " + n) for n in names)
        if (entry is not None and body.key in entry.part_of) or named_after:
            return commission
    return None


def _parent_of_office_named_by_post(ctx: Context, org: Mention) -> Mention | None:
    """"The UN Special Coordinator for Lebanon, X": the gazetteer knows the post as the name of an office; its
    holder is an official of the parent organization too (the United Nations)."""
    if org.type != "Organization" or org.key is None or org.token_end <= org.token_start \
            or not ctx.lexicon.is_title_word(ctx.head_of(org).lower_):
        return None
    entry = ctx.gazetteer.by_key(org.key)
    parent = ctx.gazetteer.by_key(entry.part_of[0]) if entry is not None and entry.part_of else None
    if parent is None:
        return None
    named = ctx.named(parent.key)
    return named or Mention(text=parent.name, start=org.start, end=org.end, sentence=org.sentence, type="Organization",
                            key=parent.key, canonical=parent.name, source="gazetteer", token_start=org.token_start,
                            token_end=org.token_end, latent=True)


TITLE_RUN_CONNECTORS = {"for", "on", "in", "of", "the", "and", "to", "-", "'s", "’s"}


def _title_run_before(ctx: Context, start: int) -> list[Token]:
    """The capitalised words and connectors right before a name, back to the first title word ("UN Special Envoy for
    Syria", "AU Commission Chairperson"); none when no title word is among them."""
    doc, k = ctx.doc, start - 1
    run: list[Token] = []
    while k >= 0 and start - k <= 12 and (doc[k].text[0].isupper() or doc[k].lower_ in TITLE_RUN_CONNECTORS):
        if getattr(ctx.index.at(k), "type", None) == "Person":
            break  # "… Director-General Ingrid X and Brigadier General Y": another person's title is not Y's
        run.insert(0, doc[k])
        k -= 1
    while run and not (run[0].text[0].isupper() and run[0].text != "The"):
        run.pop(0)
    return run if run and run[-1].text[0].isupper() and _title_tokens(ctx, run) else []


def _owner_in_title(ctx: Context, tokens: list[Token]) -> Mention | None:
    """The body or state named in a title, the nearest to the name first, past the post's area."""
    for token in reversed(tokens):
        org = ctx.mention(token, ORG_OR_COUNTRY)
        if org is not None and not _area_of_post(ctx, org):
            return org
    return None


def _area_of_post(ctx: Context, place: Mention) -> bool:
    """"Resident Coordinator in Yemen", "Rapporteur on Eritrea", "Special Envoy for Syria", "Ambassador to the AU": a
    post's area or posting, not whom its holder acts for (but "spokesman for the Arab League" is)."""
    doc, k = ctx.doc, place.token_start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0:
        return False
    return doc[k].lower_ in {"in", "on", "to"} or doc[k].lower_ == "for" and place.type == "Country"


@rule("represents", "title_before_name", 0.9)
def title_before_name(ctx: Context) -> Iterator[Match]:
    """"Kenyan Foreign Minister X", "Norway's State Secretary X", "UN Secretary-General X"."""
    for person in ctx.persons():
        head = ctx.head_of(person)
        left = [t for t in head.lefts if t.i < person.token_start and t.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"}]
        tokens = sorted({x for t in left for x in t.subtree if x.i < person.token_start}, key=lambda t: t.i)
        if not tokens or not _title_tokens(ctx, tokens):
            tokens = []
        org = _owner_in_title(ctx, tokens)
        run = _title_run_before(ctx, person.token_start)
        if org is None and run:
            # "UN Special Envoy for Syria Geir Pedersen": the parser hangs the name on the title's last noun, so
            # read the title off the words before the name
            tokens, org = run, _owner_in_title(ctx, run)
        if not tokens:
            continue
        if org is None and head.dep_ == "conj" and ctx.lexicon.is_title_word(head.head.lower_):
            # "Vietnam's Deputy Prime Minister and Foreign Minister X": the owner is on the first title
            org = _affiliation(ctx, head.head, exclude=person)
        if org is None:
            org = _state_committed_by_speaker(ctx, person)
        if any(t.lower_ in NO_LONGER for t in tokens):
            org = None  # "the former UN envoy X": a post no longer held
        written = ctx.index.at(org.token_start) if org is not None else None
        if written is not None and written.source == "demonym" \
                and all(t.lower_ in MILITARY_RANKS | PROFESSIONS or t.is_punct or t.i == org.token_start for t in tokens):
            org = None  # "Austrian Major General X", "Turkish diplomat X": a nationality with a rank or a trade
        commas = [n for n, t in enumerate(tokens) if t.text == ","]
        first_post = tokens[:commas[0]] if commas and org is not None else []
        if first_post and _title_tokens(ctx, first_post):
            # "The OSCE Chairperson-in-Office, Malta's Foreign Minister X": a first post, with a body of its own
            other = _owner_in_title(ctx, first_post)
            if other is not None and other.referent is not org.referent:
                yield Match(person, other, ctx.span_of(other, person))
        yield from _emit(ctx, person, org, (tokens[0].i, person.token_start), tokens[-1])




def _state_committed_by_speaker(ctx: Context, person: Mention) -> Mention | None:
    """"Pakistan … will pay for land acquisition, Economic Affairs Minister X said", "Public Works Minister X said the
    government would send it to lawmakers": a minister with no state of their own in the title, who reports what a
    state will do, speaks for that state."""
    head = ctx.head_of(person)
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ctx.lexicon.speech_verbs:
        return None
    for clause in ctx.committing_clauses(verb, {"ccomp", "parataxis"}):
        states = [m for c in clause.children if c.dep_ == "nsubj" for m in [ctx.mention(c, {"Country"})] if m is not None]
        if len(states) == 1:
            return states[0]
    return None


@rule("represents", "apposition_after_name", 0.9)
def apposition_after_name(ctx: Context) -> Iterator[Match]:
    """"X, Executive Director of the World Food Programme (WFP)", "X, a spokesman for Y"."""
    for person in ctx.persons():
        head = ctx.head_of(person)
        for appos in head.children:
            if appos.dep_ != "appos" or appos.i < person.token_end or ctx.mention(appos, {"Person"}):
                continue
            subtree = list(appos.subtree)
            if any(m.referent.type == "Person" and m.referent is not person.referent
                   for m in ctx.index.within(subtree[0].i, subtree[-1].i + 1)):
                continue  # "signed by A's Deputy Minister, X, B's State Secretary, Y, ...": the title is the next name's
            if ctx.mention(appos, ORG_OR_COUNTRY) and not _title_tokens(ctx, subtree):
                if ctx.doc[subtree[0].i - 1].text == "(":
                    continue  # "X (Brazil)" is the bracket rule's; "(EUPM Moldova)" names the body just before
                org = ctx.mention(appos, ORG_OR_COUNTRY)
                yield from _emit(ctx, person, org, None, appos)  # "X, UNICEF's ..." cut short by the parser
                continue
            if not _title_tokens(ctx, subtree):
                # "Jeffrey Bander, vice for development of new products at American Express": a post the title
                # lexicon does not know, held "at" a body
                employers = [o for t in subtree if t.dep_ == "prep" and t.lower_ == "at"
                             for c in t.children if c.dep_ == "pobj" for o in [ctx.mention(c, {"Organization"})] if o]
                if employers and appos.pos_ == "NOUN":
                    yield Match(person, employers[0], ctx.span_of(person, employers[0]), 0.7)
                continue
            titles = ctx.conjuncts(appos)
            # "X, a retired Malawian judge": a past post and a nationality, no one acted for now (but "the
            # Secretary-General of the AMU and a former Tunisian minister" still holds the first post)
            current = [t for t in titles if not any(c.dep_ == "amod" and c.lower_ in NO_LONGER for c in t.children)]
            if not current:
                yield from _emit(ctx, person, None, (subtree[0].i, subtree[-1].i + 1), appos)
                continue
            titles = current
            # "President of Zimbabwe and incoming Chairperson of SADC": a second title the parser did not coordinate
            titles += [t for t in subtree if t.i > appos.i and t not in titles and t.is_title
                       and ctx.lexicon.is_title_word(t.lower_) and any(ctx.doc[k].lower_ == "and" for k in range(max(appos.i, t.i - 3), t.i))]
            orgs = [o for title in titles if (o := _affiliation(ctx, title)) is not None]
            if len(titles) > 1 and _affiliation(ctx, titles[-1]) is None:
                # "Luxembourg's Foreign Minister and chair of the Committee of Ministers": the parser hangs the last
                # title's "of" phrase on the first one
                orgs += [o for p in appos.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} and p.i > titles[-1].i
                         for c in p.children if c.dep_ == "pobj" for o in [ctx.mention(c, ORG_OR_COUNTRY)] if o is not None]
            org = orgs[0] if orgs else None
            for extra in orgs[1:]:
                if extra is not org:
                    yield Match(person, extra, ctx.span_of(person, extra))
            end = subtree[-1].i + 1
            # the parser often hangs "for the Middle East ... in the Department of ..." on the name instead
            for child in head.rights:
                if child.i >= end and child.dep_ == "prep" and all(t.text != "," for t in ctx.doc[end:child.i]):
                    end = child.right_edge.i + 1
                    if org is None:
                        org = next(iter(ctx.mentions_in(child.subtree, ORG_OR_COUNTRY)), None)
            yield from _emit(ctx, person, org, (subtree[0].i, end), appos)


@rule("represents", "appositive_by_commas", 0.8)
def appositive_by_commas(ctx: Context) -> Iterator[Match]:
    """"According to X, a senior official at the Arab League, the summit ...": where the parser lost the apposition,
    a title between commas right after the name, with the body it is "of", "for" or "at"."""
    doc = ctx.doc
    for person in ctx.persons():
        head = ctx.head_of(person)
        if any(c.dep_ == "appos" for c in head.children) or person.token_end + 2 >= len(doc) or doc[person.token_end].text != ",":
            continue
        start = person.token_end + 1
        end = next((i for i in range(start, min(len(doc), start + 14)) if doc[i].text in {",", ".", ";"}), None)
        if end is None or doc[end].text != "," or doc[start].lower_ not in {"a", "an", "the"}:
            continue
        words = doc[start:end]
        if not any(ctx.lexicon.is_title_word(t.lower_) for t in words):
            continue
        org = next((m for t in words if t.dep_ == "pobj" and t.head.lower_ in {"of", "for", "at"}
                    for m in [ctx.mention(t, ORG_OR_COUNTRY)] if m is not None), None)
        if org is not None:
            yield Match(person, org, ctx.span_of(person, org))


@rule("represents", "title_apposition_before_name", 0.9)
def title_apposition_before_name(ctx: Context) -> Iterator[Match]:
    """"The OIC's Assistant Secretary-General for Political Affairs, X", "the Head of UNMISS, X"."""
    for person in ctx.persons():
        head = ctx.head_of(person)
        if head.dep_ != "appos" or head.head.i >= person.token_start:
            # a parse that lost the apposition ("said the OSCE's co-chair, Ambassador X."): a title word just
            # before the comma still names the post
            title = _title_before_comma(ctx, person)
            if title is None or not ctx.lexicon.is_title_word(title.lower_):
                continue
        else:
            title = head.head
            if any(title.i < m.token_start and m.token_end <= person.token_start for m in ctx.persons()):
                # "signed by the ECOWAS Commissioner …, A, and the World Bank's Country Director for Togo, B": the
                # parser hung B on the first title; another person stands between, so B's title is the one before it
                title = _title_before_comma(ctx, person) or title
        misread_owner = next((c for c in title.children if c.dep_ in {"poss", "nmod"} and ctx.lexicon.is_title_word(c.lower_)
                              and any(g.dep_ == "case" for g in c.children)), None)
        body = ctx.mention(title, {"Organization"}) if misread_owner is not None else None
        if body is not None and not ctx.lexicon.is_title_word(title.lower_):
            # "The Secretary of Bangladesh's Ministry of Industries, X": the parser reads the post as the ministry's
            # owner; the holder serves the ministry and, through the post's "of", the state
            yield Match(person, body, ctx.span_of(person, body))
            title = misread_owner
        if not ctx.lexicon.is_title_word(title.lower_):
            # "..., was acknowledged by the Congolese Minister of Public Health, Dr X": the parser may hang X far
            # away; the phrase just before the comma is the title
            title = _title_before_comma(ctx, person) or title
        # "The President of the ECOWAS Commission, X": the parser may hang X on the organization
        climb = title
        while not ctx.lexicon.is_title_word(climb.lower_) and climb.dep_ in {"pobj", "prep", "compound"} and climb.head != climb:
            climb = climb.head
        if ctx.lexicon.is_title_word(climb.lower_):
            title = climb
        elif climb.pos_ in {"VERB", "AUX"}:
            # "sent its Ambassador to Honduras, X": the parser hangs "to Honduras" on the verb, the title is its object
            objects = [c for c in climb.children if c.dep_ == "dobj" and c.i < title.i and ctx.lexicon.is_title_word(c.lower_)]
            if objects and title.i - objects[0].i <= 6:
                title = objects[0]
        if ctx.mention(title, {"Person"}):
            continue
        tokens = [t for t in title.subtree if t.i < person.token_start]
        if not _title_tokens(ctx, tokens):
            continue
        org = _affiliation(ctx, title, exclude=person)
        if any(c.dep_ == "poss" and ctx.mention(c, {"Person"}) is not None for c in title.children):
            # "signed by OECD Deputy Secretary-General A and Ukraine's First Deputy Prime Minister, B": the parser makes
            # A the title's owner; the possessive right before the title is
            org = _possessive_before(ctx, title) or org
        if org is None and title.i + 2 < len(ctx.doc) and ctx.doc[title.i + 1].text == "(" and title.head.i == title.i + 2:
            # "the Bank's Vice-President (Operations), X": the parser makes the bracketed word the head, owner and all
            org = _affiliation(ctx, title.head, exclude=person)
        if any(c.dep_ == "amod" and c.lower_ in NO_LONGER for c in title.children):
            org = None  # "A former Iraqi national security adviser, X": a post no longer held
        # "The Special Representative of the Secretary-General and head of MONUSCO, X": each title's body
        # "Its chair, Bhutan's Secretary for Energy, X": a second title set beside the first
        beside = [c for c in title.children if c.dep_ == "appos" and c.i < person.token_start]
        if title.dep_ == "appos" and title.head.i < title.i:
            beside.append(title.head)  # the parser may hang the second title on the first
        for extra in (o for t in ctx.conjuncts(title)[1:] + beside if ctx.lexicon.is_title_word(t.lower_) and t.i < person.token_start
                      for o in [_affiliation(ctx, t, exclude=person)] if o is not None):
            if org is None:
                org = extra
            elif extra.referent is not org.referent:
                yield Match(person, extra, ctx.span_of(person, extra))
        first = min(t.i for t in tokens)
        if org is None and first >= 2 and ctx.doc[first - 1].text == "," and ctx.lexicon.is_title_word(ctx.doc[first - 2].lower_):
            # "Libya's delegate, Deputy Foreign Minister X": the post is named twice, the body with the first
            org = _affiliation(ctx, ctx.doc[first - 2], exclude=person)
        commas = [t.i for t in tokens if t.text == ","]
        end = commas[-1] if commas else max(t.i for t in tokens) + 1
        yield from _emit(ctx, person, org, (tokens[0].i, end), title)


def _possessive_before(ctx: Context, title: Token) -> Mention | None:
    """The body or state written with "'s" in the run of words right before a title ("Ukraine's First Deputy Prime
    Minister"), with no person between."""
    k = title.i - 1
    while k > 0 and title.i - k <= 6 and ctx.doc[k].lower_ not in {"'s", "’s"}:
        if getattr(ctx.index.at(k), "type", None) == "Person":
            return None
        k -= 1
    return ctx.mention(ctx.doc[k - 1], ORG_OR_COUNTRY) if k > 0 and ctx.doc[k].lower_ in {"'s", "’s"} else None


@rule("represents", "bracketed_country", 0.85)
def bracketed_country(ctx: Context) -> Iterator[Match]:
    """"Ambassador X (Brazil)": the delegate of a country, as Security Council reports write it."""
    doc = ctx.doc
    for person in ctx.persons():
        i = person.token_end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" or \
                i + 3 < len(doc) and doc[i].text == "(" and doc[i + 3].text == ")":
            country = ctx.mention(doc[i + 1], ORG_OR_COUNTRY)
            if country is not None:
                yield Match(person, country, (person.token_start, i + 3))


@rule("represents", "as_role", 0.8)
def as_role(ctx: Context) -> Iterator[Match]:
    """"X, as chair of the sanctions committee", "X, in his capacity as head of Y", "X was appointed envoy of Y",
    "X is the spokesman for Y"."""
    for person in ctx.persons():
        head = ctx.head_of(person)
        holders: list[Token] = [head]
        if head.dep_ in {"nsubj", "nsubjpass"}:
            holders.append(head.head)
        if head.dep_ in {"dobj", "oprd"} and head.head.lemma_.lower() in APPOINTING_VERBS:
            holders.append(head.head)  # "ECOWAS has named X, a former minister, as its mediator"
        # "X, speaking as chair of the Troika"
        holders += [c for c in head.children if c.dep_ in {"acl", "advcl", "relcl"} and c.pos_ == "VERB"]
        if head.dep_ == "appos" and ctx.lexicon.is_title_word(head.head.lower_):
            # "Samoa's Foreign Minister, X, speaking as Chair-in-Office of the Commonwealth": the clause hangs on the title
            holders += [c for c in head.head.children if c.dep_ in {"acl", "advcl"} and c.pos_ == "VERB" and c.i > head.i]
        for holder in holders:
            for child in holder.children:
                role = None
                if child.dep_ == "prep" and child.lower_ == "as":
                    role = next((c for c in child.children if c.dep_ == "pobj"), None)
                elif child.dep_ in {"attr", "oprd"} and holder.lemma_ in {"be", "become", "remain", "serve", "appoint", "name", "elect", "nominate"}:
                    role = child
                elif child.dep_ == "xcomp" and holder.lemma_ in {"appoint", "name", "elect", "nominate"}:
                    role = child
                elif child.dep_ == "advcl" and holder.lemma_.lower() in APPOINTING_VERBS \
                        and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
                    # "named X … as the AU's High Representative to oversee it": the parser makes the post the
                    # subject of the purpose clause
                    role = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if role is None or not _title_tokens(ctx, list(role.subtree)):
                    continue
                if holder != head and ctx.negated(holder):
                    continue
                org = _affiliation(ctx, role, exclude=person)
                subtree = list(role.subtree)
                yield from _emit(ctx, person, org, (subtree[0].i, subtree[-1].i + 1), role)


RUNNING_VERBS = {"head", "lead", "chair", "run", "oversee", "coordinate", "direct", "manage", "steer"}


@rule("represents", "appointed_to_run", 0.8)
def appointed_to_run(ctx: Context) -> Iterator[Match]:
    """"The OIF has named X, a Senegalese statistician, to head the audit": the one appointed to run the appointer's
    undertaking acts for the appointer (one appointed to head a body acts for that body)."""
    for person in ctx.persons():
        head = ctx.head_of(person)
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in APPOINTING_VERBS or ctx.negated(verb):
            continue
        runs = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in RUNNING_VERBS
                and c.i > head.i]
        for run in runs:
            bodies = [m for c in run.children if c.dep_ == "dobj"
                      for m in ctx.targets(c, ORG_OR_COUNTRY, make_process=False)]
            for body in bodies or [s for s in ctx.subjects(verb, ORG_OR_COUNTRY) if s.type in ORG_OR_COUNTRY]:
                yield Match(person, body, ctx.span_of(person, run, body))


@rule("represents", "on_behalf_of", 0.85)
def on_behalf_of(ctx: Context) -> Iterator[Match]:
    """"X, speaking on behalf of the Group", "X presided in Pakistan's capacity as president"."""
    doc = ctx.doc
    for token in doc:
        target = None
        if token.lower_ == "behalf" and token.head.lower_ in {"on", "in"}:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            target = ctx.mention(pobj, ORG_OR_COUNTRY) if pobj is not None else None
            target = target or ctx.mention(next((c for c in token.children if c.dep_ == "poss"), None), ORG_OR_COUNTRY)
        elif token.lower_ == "capacity":
            target = ctx.mention(next((c for c in token.children if c.dep_ == "poss"), None), ORG_OR_COUNTRY)
        elif token.lemma_ in {"speak", "act", "negotiate", "sign", "vote"} and token.pos_ == "VERB":
            # "Speaking for the Congolese government, X said ..."
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            found = ctx.targets(pobj, ORG_OR_COUNTRY, make_process=False) if pobj is not None else []
            target = found[0] if found else None
            if target is not None:
                people = ctx.subjects(token, {"Person"})
                if token.dep_ == "advcl":
                    people = people or ctx.subjects(token.head, {"Person"})
                for person in people:
                    yield Match(person, target, ctx.span_of(person, token, target))
                continue
        if target is None:
            continue
        verb = token
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        people = ctx.subjects(verb, {"Person"})
        if not people and verb.dep_ in {"csubj", "advcl"}:
            people = ctx.subjects(verb.head, {"Person"})  # "Speaking on behalf of the Group, X welcomed ..."
        if not people and verb.dep_ in {"csubj", "advcl"} and verb.i < verb.head.i:
            # "Speaking on behalf of the G77, Uganda's Permanent Representative, X, said ...": the parser may take
            # the title and the name for more members of the group; the first person named before the verb speaks
            people = sorted((m for m in ctx.persons() if token.i < m.token_start < verb.head.i),
                            key=lambda m: m.token_start)[:1]
        before = [p for p in people if p.token_end <= token.i]
        if len(people) > 1 and before and any(c.dep_ == "auxpass" for c in verb.children):
            # "signed by the Commission's President, X, and by Mali's Foreign Minister, Y, on behalf of the AES":
            # the signer just named acts for it
            people = [max(before, key=lambda p: p.token_start)]
        for person in people:
            yield Match(person, target, ctx.span_of(person, token, target))


@rule("represents", "name_of_org", 0.7)
def name_of_org(ctx: Context) -> Iterator[Match]:
    """"X of the Red Cross", "X, of Amnesty International", "the UN's X"."""
    for person in ctx.persons():
        # "Charles Vella-Grech of Malta": the parser may split a hyphenated name and hang "of" on its last part
        name = ctx.doc[person.token_start:person.token_end]
        for child in (c for t in name for c in t.children if not person.token_start <= c.i < person.token_end):
            org = None
            if child.dep_ == "prep" and child.lower_ in {"of", "at", "from"} and child.i >= person.token_end:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                org = ctx.mention(pobj, {"Organization"}) if pobj is not None else None
                if org is None and child.lower_ == "of" and pobj is not None and ctx.mention(pobj, {"Country"}):
                    # "Amir Saeid Iravani of Iran told the Council": a delegate, read with less certainty
                    country = ctx.mention(pobj, {"Country"})
                    yield Match(person, country, ctx.span_of(person, child, country), 0.6)
                    continue
                if org is None and pobj is not None and pobj.lower_ in ctx.lexicon.group_heads_for_affiliation:
                    found = ctx.targets(pobj, ORG_OR_COUNTRY, make_process=False)  # "X of the Sudanese delegation"
                    org = found[0] if found else None
            elif child.dep_ == "poss" and child.i < person.token_start:
                org = ctx.mention(child, ORG_OR_COUNTRY)
            if org is not None:
                yield Match(person, org, ctx.span_of(person, child, org))


MILITARY_RANKS = {"general", "major", "brigadier", "lieutenant", "colonel", "admiral", "vice", "rear", "commodore",
                  "captain", "commander", "major-general", "lieutenant-general", "brigadier-general", "air", "marshal", "-"}
MINISTRY_WORDS = {"ministry", "department", "office", "secretariat"}
STATE_AGENCY_WORDS = {"authority", "agency", "bureau", "directorate", "service", "inspectorate"}
PROFESSIONS = {"diplomat", "officer", "judge", "jurist", "lawyer", "academic", "economist", "expert", "national"}
NO_LONGER = {"retired", "former", "ex", "onetime", "one-time", "erstwhile", "late"}
CHAIR_POSTS = {"presidency", "chairmanship", "chairpersonship", "chair", "helm"}
DIPLOMATIC_POSTS = {"embassy", "consulate", "delegation", "legation", "chancery"}


@rule("represents", "relative_clause", 0.8)
def relative_clause(ctx: Context) -> Iterator[Match]:
    """"X, who heads the agency", "X, who works for Y"; and "X heads/leads/represents Y" as a main clause."""
    verbs = {"head", "lead", "chair", "represent", "direct", "run", "work", "serve", "join", "manage", "found", "command", "co-found", "employ"}
    for verb in ctx.doc:
        # "The mission is headed by X", "the group, co-chaired by A and B"
        with_agent = any(c.dep_ == "agent" for c in verb.children)
        if verb.lemma_.lower().removeprefix("co-") not in {"head", "lead", "chair", "direct", "run", "command"} \
                or verb.tag_ != "VBN" and not with_agent:
            continue
        # "The APTERR Council, chaired this year by X, endorsed it": the parser may read the participle as the main
        # verb, with the body as its subject
        subjects = {"nsubjpass", "nsubj"} if with_agent else {"nsubjpass"}
        bodies = [t for c in verb.children if c.dep_ in subjects
                  for t in ctx.targets(c, ORG_OR_COUNTRY, make_process=False)]
        if verb.dep_ in {"acl", "relcl"}:
            bodies += ctx.targets(verb.head, ORG_OR_COUNTRY, make_process=False)
        people = [t for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                  for t in ctx.targets(p, {"Person"}, make_process=False)]
        for body in bodies:
            if body.type != "Organization":
                continue
            for person in people:
                yield Match(person, body, ctx.span_of(person, verb, body))
    for verb in ctx.doc:
        # "the AU Support and Stabilization Mission in Somalia (AUSSOM), which he now heads": the one who heads it
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in {"head", "lead", "chair", "direct", "run", "command"} \
                or ctx.negated(verb) or not any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children):
            continue
        people = [m for c in verb.children if c.dep_ == "nsubj" for m in [ctx.mention(c, {"Person"})] if m is not None]
        for body in ctx.targets(verb.head, {"Organization"}, make_process=False):
            for person in people:
                yield Match(person, body, ctx.span_of(person, verb, body))
    for person in ctx.persons():
        head = ctx.head_of(person)
        clauses = [c for c in head.children if c.dep_ == "relcl"]
        # "X, the UN Emergency Relief Coordinator, who heads OCHA": the clause may hang on the appositive title
        clauses += [c for a in head.children if a.dep_ == "appos" and ctx.lexicon.is_title_word(a.lower_)
                    for c in a.children if c.dep_ == "relcl"]
        # "X, Mexico's Permanent Representative to the OAS, who chairs CICAD": or deeper in the title, where only
        # "who" says it is the person's
        clauses += [c for a in head.children if a.dep_ == "appos" and ctx.lexicon.is_title_word(a.lower_)
                    for c in a.subtree if c.dep_ == "relcl" and c.head != a
                    and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)]
        if head.dep_ == "appos" and ctx.lexicon.is_title_word(head.head.lower_):
            # "Panama's Foreign Minister, X, who holds ...": the clause may hang on the title before the name
            clauses += [c for c in head.head.children if c.dep_ == "relcl" and c.i > head.i]
        clauses += [v for c in clauses for v in c.children if v.dep_ == "conj" and v.pos_ == "VERB"]  # "... and chairs it"
        if head.dep_ == "nsubj":
            clauses.append(head.head)
        # (a clause opened by "which" is about a body, however the parser hangs it: "X, chairman of Qatar's NCPW,
        # which runs the centre")
        clauses = [v for v in clauses if not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in v.children)]
        for verb in clauses:
            if verb.lemma_ == "hold" and not ctx.negated(verb) \
                    and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in verb.children):
                # (but "whose country holds the presidency": the country holds it)
                # "who holds the bloc's pro tempore presidency", "who holds the ACTO presidency"
                for post in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CHAIR_POSTS):
                    owner = ctx.affiliation(post, {"Organization"})
                    if owner is not None:
                        yield Match(person, owner, ctx.span_of(person, verb, owner))
                continue
            if verb.lemma_ == "be" and not ctx.negated(verb) \
                    and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in verb.children):
                # "Mr. Tanaka, who is Japan's ambassador to Kenya": the post the clause gives
                for title in (c for c in verb.children if c.dep_ == "attr" and ctx.lexicon.is_title_word(c.lower_)):
                    org = _affiliation(ctx, title, exclude=person)
                    if org is not None and not any(a.lower_ in NO_LONGER for a in title.children):
                        yield Match(person, org, ctx.span_of(person, verb, org))
                continue
            if verb.lemma_.lower().removeprefix("co-") not in verbs or ctx.negated(verb):
                continue  # ("who co-chairs the MLC this year" too)
            objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "at", "with", "in"}):
                objects.extend(c for c in prep.children if c.dep_ == "pobj")
            for obj in objects:
                orgs = ctx.targets(obj, {"Organization"} if verb.lemma_ in {"work", "serve", "join"} else ORG_OR_COUNTRY, make_process=False)
                if not orgs and obj.lemma_.lower() in ctx.lexicon.org_heads and verb.lemma_ in {"head", "lead", "direct", "run", "chair", "manage"}:
                    # "who heads the Community's secretariat": an unnamed part acts for the body that owns it
                    owner = ctx.affiliation(obj, {"Organization"})
                    orgs = [owner] if owner is not None else []
                elif not orgs and obj.lemma_.lower() in DIPLOMATIC_POSTS and verb.lemma_ in {"head", "lead", "run", "direct"}:
                    # "who heads the German embassy in N'Djamena": the head of a country's post acts for the country
                    owner = ctx.affiliation(obj, ORG_OR_COUNTRY, demonyms=True)
                    orgs = [owner] if owner is not None else []
                elif not orgs and (verb.lemma_ in {"head", "direct", "run", "manage"}
                                   or verb.lemma_ == "chair" and obj.lemma_.lower() in ctx.lexicon.meeting_nouns):
                    # "who directs the Fund's regional portfolio": whoever runs a body's own work acts for it (and
                    # "who chairs the council's ministerial sessions": whoever chairs its meetings)
                    orgs = [m for c in obj.children if c.dep_ == "poss" for m in [ctx.mention(c, {"Organization"})] if m]
                for org in orgs:
                    yield Match(person, org, ctx.span_of(person, verb, org))


@rule("represents", "leads_delegation", 0.85)
def leads_delegation(ctx: Context) -> Iterator[Match]:
    """"Russia's delegation, led by Deputy Foreign Minister X", "the AU team headed by X"."""
    for noun in ctx.doc:
        if noun.lemma_.lower() not in {"delegation", "team", "mission", "contingent", "side"}:
            continue
        body = ctx.affiliation(noun, ORG_OR_COUNTRY, demonyms=True)
        whose = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if body is None and whose is not None:
            # "Vietnam, whose delegation was headed by X"
            clause = noun.head
            owner = clause.head if clause.dep_ == "relcl" else None
            found = ctx.targets(owner, ORG_OR_COUNTRY, make_process=False) if owner is not None else []
            body = found[0] if found else None
        if body is None:
            continue
        verbs = [c for c in noun.children if c.dep_ == "acl"]
        if noun.dep_ == "nsubjpass":
            verbs.append(noun.head)
        for verb in verbs:
            if verb.lemma_ not in {"lead", "head"}:
                continue
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    for person in ctx.targets(pobj, {"Person"}, make_process=False):
                        yield Match(person, body, ctx.span_of(body, noun, person))


@rule("represents", "sent_by", 0.8)
def sent_by(ctx: Context) -> Iterator[Match]:
    """"Bolivia sent Foreign Minister X", "the AU dispatched its envoy X": whom a state or body sends acts for it."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"send", "dispatch", "field"} or ctx.negated(verb):
            continue
        people = [t for c in verb.children if c.dep_ == "dobj" for t in ctx.targets(c, {"Person"}, make_process=False)]
        if not people:
            continue
        for sender in ctx.subjects(verb, ORG_OR_COUNTRY):
            for person in people:
                yield Match(person, sender, ctx.span_of(sender, verb, person))


@rule("represents", "represented_by", 0.85)
def represented_by(ctx: Context) -> Iterator[Match]:
    """"The European Union was represented by X, Deputy Secretary-General of the EEAS": whoever a state or body
    is represented by acts for it."""
    for verb in ctx.doc:
        if verb.lemma_.lower() != "represent" or verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        bodies = [t for c in verb.children if c.dep_ == "nsubjpass" for t in ctx.targets(c, ORG_OR_COUNTRY, make_process=False)]
        people = [t for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                  for t in ctx.targets(o, {"Person"}, make_process=False)]
        for body in bodies:
            for person in people:
                yield Match(person, body, ctx.span_of(body, verb, person))


# Ministries and departments of a state: who speaks for one speaks for the state. Armed forces, opposition
# governments and liberation movements are government bodies too in the gazetteer, but not the state's voice.
STATE_OFFICE_WORDS = {"department", "ministry", "office", "foreign", "treasury", "state"}


@rule("represents", "state_office", 0.8)
def state_office(ctx: Context) -> Iterator[Match]:
    """"Laura Whitcombe, the State Department's Deputy Assistant Secretary": a department's official acts for the
    country whose department it is, when the article names that country."""
    countries = {m.key: m for m in ctx.index.mentions if m.type == "Country" and m.key and m.source != "coref"}
    people = {id(p.referent): p.referent for p in ctx.persons()}
    for person_id, bodies in list(ctx.represented.items()):
        person = people.get(person_id)
        for body in bodies if person is not None else ():
            owner = _owning_state(ctx, body)
            if owner is not None:
                yield Match(person, owner, ctx.span_of(person))  # "Moldova's Ministry of Labour, whose State Secretary"
                continue
            entry = ctx.gazetteer.by_key(body.key) if body.key else None
            if entry is None or entry.kind != "government-body" or not STATE_OFFICE_WORDS & set(entry.name.lower().split()):
                continue
            seat = ctx.gazetteer.by_key(entry.based_in) if entry.based_in else None
            country_key = seat.key if seat is not None and seat.type == "Country" else seat.located_in if seat else None
            country = countries.get(country_key)
            if country is not None:
                yield Match(person, country, ctx.span_of(person))


def _owning_state(ctx: Context, body: Mention) -> Mention | None:
    """The country named as owner of a ministry or department just before its name ("Moldova's Ministry of ...")."""
    start = body.token_start
    words = {t.lower_ for t in ctx.doc[start:body.token_end]}
    # ("Liberia's Forestry Development Authority": a state's agency; not its independent electoral commission)
    agency = words & STATE_AGENCY_WORDS and not words & {"independent", "autonomous"}
    if body.key or start < 2 or body.token_end <= start or not (ctx.doc[start].lower_ in MINISTRY_WORDS or agency) \
            or ctx.doc[start - 1].lower_ not in {"'s", "’s"}:
        return None
    return ctx.mention(ctx.doc[start - 2], {"Country"})


@rule("represents", "minister_of_named_ministry", 0.8)
def minister_of_named_ministry(ctx: Context) -> Iterator[Match]:
    """"Honduras's Minister of Agriculture and Livestock, X" where the article names "the Honduran Ministry of
    Agriculture and Livestock": the minister heads that ministry. Reads the titles the rules before it found."""
    ministries, states = {}, {}
    for mention in ctx.index.mentions:
        words = mention.text.split()
        if mention.type == "Organization" and "Ministry" in words[:-1]:
            ministries[" ".join(words[words.index("Ministry") + 1:]).lower()] = mention.referent
            owner = _state_named_before(ctx, mention)
            if owner is not None:
                states[id(mention.referent)] = owner
    for _, match in list(ctx.titles):
        words = str(match.object).split()
        if "Minister" in words[:-1] and match.subject.type == "Person":
            ministry = ministries.get(" ".join(words[words.index("Minister") + 1:]).lower())
            served = {m.referent.key for m in ctx.represented.get(id(match.subject.referent), []) if m.type == "Country"}
            if ministry is not None and id(ministry) in states and served and states[id(ministry)] not in served:
                continue  # "Palestine's Minister of Labour" heads no "Jordan's Ministry of Labour"
            if ministry is not None:
                yield Match(match.subject, ministry, match.tokens)
                # (and, named with no state of its own, the state whose ministry it is: "Haiti's Ministry of …")
                state = next((m.referent for m in ctx.index.mentions if m.type == "Country"
                              and m.key == states.get(id(ministry))), None)
                if state is not None and not served:
                    yield Match(match.subject, state, match.tokens)


def _state_named_before(ctx: Context, mention: Mention) -> str | None:
    """The key of the state whose ministry this is: "Jordan's Ministry of Labour", "the Honduran Ministry of …"."""
    doc, start = ctx.doc, mention.token_start
    before = start - 2 if start >= 2 and doc[start - 1].lower_ in {"'s", "’s"} else start - 1
    owner = ctx.index.at(before) if before >= 0 else None
    return owner.referent.key if owner is not None and owner.referent.type == "Country" else None


# an apposition that makes a person a private one: "X, a Ukrainian mother who addressed the session", "a survivor"
PRIVATE_PEOPLE = {"mother", "father", "parent", "survivor", "historian", "student", "farmer", "resident", "witness",
                  "refugee", "villager", "trader", "fisherman", "fisher", "widow", "widower", "son", "daughter",
                  "relative", "pensioner", "shopkeeper", "herder", "grandmother", "grandfather", "victim", "lawyer",
                  "researcher", "paramedic", "nurse", "teacher", "campaigner", "stockbroker", "businessman",
                  "businesswoman", "entrepreneur"}


def private_persons(ctx: Context) -> set[int]:
    """The persons an apposition calls private people, who stand for no body however close they are named to one."""
    return {id(person.referent) for person in ctx.persons()
            if any(c.dep_ == "appos" and c.lemma_.lower() in PRIVATE_PEOPLE for c in ctx.head_of(person).children)}

