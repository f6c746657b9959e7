"""`partOf`, `memberOf`, `locatedIn` and `basedIn`: from the text ("Dakar, Senegal", "the Nairobi-based agency",
"Pakistan, a member of the OIC") and from the gazetteer, when an article names both ends ("UN Security Council"
and "United Nations" are two nodes linked by `partOf`)."""
from __future__ import annotations

from typing import Iterator

from ..model import Mention
from .rules import Context, Match, names_partners_of, rule

PLACES = {"Place", "Country"}


def _first_mentions(ctx: Context) -> dict[str, Mention]:
    firsts: dict[str, Mention] = {}
    for mention in ctx.index.mentions:
        if mention.key and not mention.latent and mention.source != "coref":
            firsts.setdefault(mention.key, mention)
    return firsts


def _known_links(ctx: Context, attribute: str, subject_types: set[str]) -> Iterator[Match]:
    """Links the gazetteer knows (`part_of`, `located_in`, `based_in`) between two entities the article names."""
    firsts = _first_mentions(ctx)
    for key, mention in firsts.items():
        if mention.type not in subject_types:
            continue
        value = getattr(ctx.gazetteer.by_key(key), attribute, None) or ()
        for target in (value,) if isinstance(value, str) else value:
            if target in firsts:
                yield Match(mention, firsts[target], ctx.span_of(mention))


@rule("partOf", "name_prefix", 0.85)
def part_of_by_name(ctx: Context) -> Iterator[Match]:
    """"SADC Organ Troika", "OSCE Ministerial Council", "European Union Mission in Armenia": a body named after
    the organization it belongs to."""
    firsts = _first_mentions(ctx)
    for mention in list(ctx.index.mentions):
        if mention.type != "Organization" or mention.source in {"coref", "acronym"} or mention.antecedent is not None \
                or mention.key is not None:
            continue  # bodies the gazetteer knows get their parent from it (partOf.gazetteer)
        tokens = ctx.doc[mention.token_start:mention.token_end]
        if names_partners_of([t.lower_ for t in tokens]):
            continue
        # "SADC Organ Troika"; "Parliamentary Assembly of the Council of Europe": the parent at either end
        parts = [tokens[:width] for width in range(len(tokens) - 1, 0, -1)]
        for of in (t.i for t in tokens if t.lower_ == "of" and tokens.start < t.i < tokens.end - 1):
            suffix_start = of + 2 if ctx.doc[of + 1].lower_ == "the" else of + 1
            if suffix_start < tokens.end:
                parts.append(ctx.doc[suffix_start:tokens.end])
        for part in parts:
            entry = ctx.gazetteer.lookup(part.text)
            if entry is None or entry.type != "Organization" or entry.key == mention.key:
                continue
            parent = firsts.get(entry.key)
            if parent is None:
                # the parent is named only inside the body's name: it is mentioned all the same
                parent = Mention(text=part.text, start=part.start_char, end=part.end_char,
                                 sentence=mention.sentence, type="Organization", key=entry.key, canonical=entry.name,
                                 aliases=tuple(entry.aliases), source="gazetteer", token_start=part.start,
                                 token_end=part.end)
                firsts[entry.key] = parent
            yield Match(mention, parent, ctx.span_of(mention))
            break


@rule("partOf", "body_of", 0.8)
def body_of_organization(ctx: Context) -> Iterator[Match]:
    """"the Board of Governors of the IAEA", "the Council of Ministers of ECCAS": an unknown body, named by a body
    word, "of" a known organization belongs to it."""
    doc = ctx.doc
    for mention in list(ctx.index.mentions):
        if mention.type != "Organization" or mention.key is not None or mention.source in {"coref", "acronym"} \
                or mention.antecedent is not None or mention.token_end + 1 >= len(doc):
            continue
        if not ctx.lexicon.names_a_body([t.lower_ for t in doc[mention.token_start:mention.token_end]]) \
                or doc[mention.token_end].lower_ != "of":
            continue
        after = mention.token_end + 1
        if doc[after].lower_ == "the" and after + 1 < len(doc):
            after += 1
        parent = ctx.index.at(after)
        if parent is not None and parent.token_start == after and parent.referent.type == "Organization" \
                and parent.referent.key is not None:
            yield Match(mention, parent, ctx.span_of(mention, parent))


@rule("partOf", "gazetteer", 0.95)
def part_of_known(ctx: Context) -> Iterator[Match]:
    yield from _known_links(ctx, "part_of", {"Organization"})


@rule("locatedIn", "gazetteer", 0.9)
def located_in_known(ctx: Context) -> Iterator[Match]:
    yield from _known_links(ctx, "located_in", {"Place"})


@rule("basedIn", "gazetteer", 0.85)
def based_in_known(ctx: Context) -> Iterator[Match]:
    yield from _known_links(ctx, "based_in", {"Organization"})


@rule("locatedIn", "comma_apposition", 0.9)
def place_comma_place(ctx: Context) -> Iterator[Match]:
    """"Dakar, Senegal", "Goma, in eastern DRC"."""
    doc = ctx.doc
    for mention in list(ctx.index.mentions):
        if mention.type != "Place" or mention.source == "coref":
            continue
        i = mention.token_end
        j = i + 1
        if i < len(doc) and doc[i].text == "," and j < len(doc):
            if doc[j].lower_ == "in":
                j += 1
            while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
                j += 1
            container = ctx.mention(doc[j], PLACES) if j < len(doc) else None
            after = container.token_end if container is not None else 0
            listed = after < len(doc) and (doc[after].lower_ in {"and", "or"} or doc[after].text == ","
                                           and after + 1 < len(doc) and ctx.mention(doc[after + 1], PLACES))
            if container is not None and listed:
                continue  # "between Sanaa, Marib and Aden": a list, not "city, country"
            if container is not None and container.referent is not mention.referent \
                    and not (container.token_end < len(doc) and doc[container.token_end].lower_ in {"'s", "’s"}):
                # "Speaking in Geneva, Norway's ambassador said": a possessive opens a new phrase
                yield Match(mention, container, (mention.token_start, container.token_end))


@rule("locatedIn", "in_place", 0.75)
def place_in_place(ctx: Context) -> Iterator[Match]:
    """"Rakhine state in Myanmar", "the city of Goma in North Kivu"."""
    for mention in list(ctx.index.mentions):
        if mention.type != "Place" or mention.source == "coref":
            continue
        head = ctx.head_of(mention)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == mention.token_end:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                container = ctx.mention(pobj, PLACES)
                if container is not None and container.referent is not mention.referent:
                    yield Match(mention, container, ctx.span_of(mention, container))


@rule("basedIn", "text", 0.8)
def org_based_in(ctx: Context) -> Iterator[Match]:
    """"the Nairobi-based agency", "X, based in Geneva", "X, headquartered in Y", "Y's X" is too vague and not read."""
    doc = ctx.doc
    for token in doc:
        if token.lower_ not in {"based", "headquartered", "located"}:
            continue
        if token.i >= 2 and doc[token.i - 1].text == "-":
            place = ctx.mention(doc[token.i - 2], PLACES)
            org = ctx.mention(token.head, {"Organization"}) if token.head != token else None
            if place is not None and org is not None:
                yield Match(org, place, ctx.span_of(place, token, org))
            continue
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        place = ctx.mention(pobj, PLACES)
        if place is None:
            continue
        org = None
        if token.dep_ in {"acl", "amod"}:
            org = ctx.mention(token.head, {"Organization"})
        elif token.dep_ in {"ROOT", "relcl", "conj"}:
            subjects = ctx.subjects(token, {"Organization"})
            org = subjects[0] if subjects else None
        if org is not None:
            yield Match(org, place, ctx.span_of(org, token, place))


@rule("memberOf", "text", 0.8)
def member_of(ctx: Context) -> Iterator[Match]:
    """"Pakistan, a member of the OIC", "Kenya is a member state of IGAD", "OIC member Pakistan"."""
    for token in ctx.doc:
        if token.lemma_.lower() not in {"member", "members"} or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        org = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                org = ctx.mention(next((c for c in child.children if c.dep_ == "pobj"), None), {"Organization"})
            elif child.dep_ in {"compound", "poss"} and org is None:
                org = ctx.mention(child, {"Organization"})
        if org is None:
            continue
        members = []
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ == "VERB":
            # "welcomed Indonesia as a full member of the group"
            verb = token.head.head
            members = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.targets(c, {"Country", "Organization"}, make_process=False)]
        elif token.dep_ == "appos":
            members = ctx.targets(token.head, {"Country", "Organization"}, make_process=False)
        elif token.dep_ == "attr" and not ctx.negated(token.head):  # "they are not members of X"
            members = ctx.subjects(token.head, {"Country", "Organization"})
        for child in token.children:
            if child.dep_ == "appos":
                members += ctx.targets(child, {"Country", "Organization"}, make_process=False)
        for member in members:
            if member.referent is not org.referent:
                yield Match(member, org, ctx.span_of(member, token, org))
