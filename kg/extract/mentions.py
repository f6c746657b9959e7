"""Entity mentions of one article: gazetteer matches, spaCy's NER (cleaned), named processes, acronym definitions.

Priority when spans overlap: gazetteer > named process > cleaned NER; among equals the longer span wins.
Demonyms and unknown acronyms are kept as *latent* mentions: rules may use them ("Kenyan Foreign Minister"),
but on their own they do not become graph nodes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer, GazetteerEntry, known_town
from ..model import Mention
from ..nlp import DATELINE
from .lexicon import Lexicon

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
             "NORP": "Demonym", "WORK_OF_ART": "Process", "LAW": "Process", "EVENT": "Process"}
APPOINTING_VERBS = {"appoint", "name", "designate", "nominate", "choose", "pick"}
NAME_PARTICLES = {"bin", "binti", "ibn", "ould", "wad", "bint", "al", "el", "van", "von", "de", "da", "dos", "del", "ben",
                  "der", "den", "di", "du", "la", "le", "do", "das"}
PRIORITY = {"body": 4, "gazetteer": 3, "acronym": 3, "process": 2, "ner": 1}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CONNECTORS = {"of", "for", "on", "and", "the", "in", "to", "de", "des", "du", "la", "al"}


@dataclass
class MentionIndex:
    """The mentions of one document, findable by token."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        for i in range(mention.token_start, mention.token_end):
            self.by_token.setdefault(i, mention)
        return mention

    def at(self, token: Token | int) -> Mention | None:
        return self.by_token.get(token if isinstance(token, int) else token.i)

    def named_before_appositive(self, verb: Token, subject: Token, types: set[str]) -> Mention | None | bool:
        """"Tonga, a member of the Forum, sent its minister": the parser may take the appositive for the subject.
        For such a subject, the name before it (None if there is none); False when the subject is an ordinary one."""
        if subject.lower_ in BODY_KIND_NOUNS and subject.left_edge.i >= 2 and subject.doc[subject.left_edge.i - 1].text == ",":
            # "Education Cannot Wait, the global fund for education in emergencies, announced …"
            before = self.at(subject.left_edge.i - 2)
            if before is not None and before.token_end == subject.left_edge.i - 1 and before.referent.type in types:
                return before.referent
            return False
        if subject.lemma_.lower() not in {"member", "signatory", "founder"}:
            return False
        edge = subject.left_edge.i
        if edge == 0 or subject.doc[edge - 1].text != ",":
            return False  # "The members of the Security Council welcomed ...": the subject itself
        named = [c for c in verb.children if c.i < subject.i and self.at(c) is not None and self.at(c).referent.type in types]
        return self.at(named[0]).referent if named else None

    def named_after_comma(self, doc: Doc, comma: int, closers: frozenset[str] = frozenset({","})) -> Mention | None:
        """The name set off by the comma at `comma` ("a new fund, the Sahel Resilience Facility,", "the EU's border
        agency, Frontex,"): a mention starting right after it (or after "the") and closed by one of `closers`."""
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        at = comma + 2 if doc[comma + 1].lower_ == "the" else comma + 1
        named = self.at(at) if at < len(doc) else None
        if named is None or named.token_start != at or named.source == "description" or named.token_end >= len(doc):
            return None
        return named if doc[named.token_end].text in closers else None

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside the token range [start, end), in text order, each once."""
        seen, out = set(), []
        for i in range(start, end):
            mention = self.by_token.get(i)
            if mention is not None and id(mention) not in seen and mention.token_start >= start:
                seen.add(id(mention))
                out.append(mention)
        return out


# "Task Force", "Standby Force": a body's last word that is no body word on its own ("the force of the argument")
FORCE_HEADS = frozenset({"force"})


def find_mentions(doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon) -> MentionIndex:
    sentence_of = _sentence_numbers(doc)
    candidates: list[tuple[Span, str, str, GazetteerEntry | None]] = []  # span, type, source, entry
    candidates += _gazetteer_spans(doc, gazetteer)
    candidates += _bodies_named_after_parents(doc, candidates, lexicon, gazetteer)
    candidates += _named_process_spans(doc, lexicon, gazetteer)
    candidates += _undertakings_named_by_appositive(doc, gazetteer)
    candidates += _quoted_undertakings(doc, lexicon)
    candidates += _bodies_named_by_appositive(doc, gazetteer)
    candidates += _works_named_before_their_kind(doc, gazetteer)
    candidates += _split_parts_of_bodies(_ner_spans(doc, gazetteer, lexicon, _countries_named(doc, candidates, gazetteer)),
                                         lexicon)
    candidates += _demonym_modifiers(doc, gazetteer, candidates)
    candidates += _unnamed_by_ner(doc, candidates, lexicon, gazetteer)
    candidates += _bodies_of_described_owners(doc, candidates, lexicon, gazetteer)
    candidates = _without_dateline_credits(doc, candidates)
    candidates = _committees_with_their_resolution(doc, candidates)
    candidates = _persons_after_known_names(candidates)
    candidates = _persons_with_hyphenated_tails(doc, candidates)
    candidates = _names_before_acronym_and_process_word(doc, candidates, lexicon)
    candidates = _names_closing_titles(doc, candidates, lexicon, gazetteer)
    chosen = _resolve_overlaps(candidates, gazetteer, lexicon)
    chosen = _names_beside_titles(doc, chosen, lexicon, gazetteer)
    chosen = _names_opening_sentences_before_titles(doc, chosen, lexicon, gazetteer)
    chosen += _royal_names(doc, chosen)
    chosen = _retype_surnames(chosen)
    chosen += _repeated_surnames(doc, chosen)
    chosen += _repeated_body_names(doc, chosen, lexicon)
    chosen = _seats_named_as_bodies(doc, chosen, gazetteer)
    chosen = _kinds_said_beside(doc, chosen, lexicon)
    chosen = _programmes_with_members(doc, chosen, lexicon)
    chosen = _paying_mechanisms_as_bodies(chosen, lexicon)
    index = MentionIndex()
    for span, type_, source, entry in sorted(chosen, key=lambda c: c[0].start):
        mention = index.add(_mention(span, type_, source, entry, sentence_of))
        mention.aliases += _name_before_parent(span, entry, gazetteer, lexicon if type_ == "Organization" else None) \
            + _name_without_place(span, type_, gazetteer)
        if type_ == "Process" and len(span) >= 3 and _is_year(span[0]):
            mention.aliases += (span[1:].text,)  # "the 2020 Sinjar Agreement" is the Sinjar Agreement
        word = process_word_after_acronym(doc, span.end) if type_ == "Process" else None
        if word is not None:
            mention.aliases += (f"{span.text} {word.text}",)  # "the Support to Sahel Resilience (SUSAR) programme"
    for span, type_, source, entry in _entities_inside_names(candidates, chosen):
        index.mentions.append(_mention(span, type_, source, entry, sentence_of))  # an entity, not found by token
    _add_acronym_definitions(doc, index, gazetteer, lexicon, sentence_of)
    _add_shortened_body_names(doc, index, lexicon, sentence_of)
    _add_honorific_aliases(doc, index, lexicon)
    _demonyms_by_context(index, gazetteer)
    return index


# what an apposition says a name is: "X, a Senegalese statistician" is a person; "the main opposition party, X" a body
OCCUPATIONS = {"statistician", "economist", "lawyer", "historian", "academic", "professor", "journalist", "activist",
               "engineer", "scientist", "physician", "doctor", "researcher", "analyst", "banker", "businessman",
               "businesswoman", "politician", "veteran", "judge", "expert", "consultant", "writer", "teacher", "nurse",
               "geologist", "demographer", "surgeon", "epidemiologist", "agronomist", "hydrologist", "architect"}
INFRASTRUCTURE_WORDS = {"railway", "pipeline", "corridor", "highway", "road", "bridge", "dam", "line", "port", "canal",
                        "interconnector", "cable"}
PARTY_WORDS = {"party", "movement", "coalition", "alliance", "front", "union", "group", "association", "federation"}


def _kinds_said_beside(doc: Doc, chosen, lexicon: Lexicon):
    """NER's body that an apposition calls a person, NER's person that an apposition calls a railway or a plan, and
    NER's person named right after a party word, retyped."""
    out = []
    places_at = {span.start for span, type_, _, _ in chosen if type_ in {"Place", "Country"}}
    for span, type_, source, entry in chosen:
        described = source == "ner" and entry is None and span.end + 2 < len(doc) and doc[span.end].text == "," \
            and doc[span.end + 1].lower_ in {"a", "an"}
        # the apposition's head noun: the last of its first run of nouns ("a programme officer": an officer)
        kind = next((t for t in doc[span.end + 2:span.end + 6] if t.pos_ == "NOUN"
                     and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN")), None) if described else None
        if kind is not None and type_ == "Organization" and not any(t.lower_ in lexicon.org_heads for t in span) \
                and (kind.lower_ in OCCUPATIONS or kind.lower_ in lexicon.person_descriptions):
            type_ = "Person"
        elif kind is not None and type_ == "Person" and kind.lower_ in lexicon.named_process_heads | INFRASTRUCTURE_WORDS:
            type_ = "Process"  # "Rail Baltica, a standard-gauge railway meant to link …"
        elif source == "ner" and entry is None and type_ == "Person" and span.start >= 2 \
                and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in PARTY_WORDS \
                and doc[span.start - 2].is_lower:
            type_ = "Organization"
        elif source == "ner" and entry is None and type_ == "Person" and _place_in_a_pair(doc, span, places_at):
            type_ = "Place"  # "crossings at Mia Milia and Louroujina"
        elif source == "ner" and entry is None and type_ == "Person" and _spelled_by_bracket(doc, span):
            type_ = "Organization"  # "the Azande Ani Kpi Gbe (AAKG) militia": a name with its acronym is a body's
        out.append((span, type_, source, entry))
    # (what the apposition says holds for the name wherever NER read it alone)
    said = {span.text: type_ for (span, type_, source, entry), (_, before, _, _) in zip(out, chosen) if type_ != before}
    return [(span, said.get(span.text, type_) if source == "ner" and entry is None else type_, source, entry)
            for span, type_, source, entry in out]


def _spelled_by_bracket(doc: Doc, span: Span) -> bool:
    """The name is followed by a bracketed acronym of its initials."""
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in span if t.text[:1].isalpha())
    return len(initials) >= 3 and doc[span.end + 1].text == initials.upper()


def _place_in_a_pair(doc: Doc, span: Span, places_at: set[int]) -> bool:
    """A name after "at", "in" or "near" that is coordinated with a place is a place too."""
    if span.start < 1 or doc[span.start - 1].lower_ not in {"at", "in", "near"} or span.end + 1 >= len(doc):
        return False
    return doc[span.end].lower_ == "and" and span.end + 1 in places_at


MEMBER_NOUNS = {"ministers", "members", "leaders", "countries", "states", "governments"}


def _programmes_with_members(doc: Doc, chosen, lexicon: Lexicon):
    """"Ministers of the Central Asia Regional Economic Cooperation (CAREC) Program": a programme that has ministers
    or members is a body."""
    out = []
    for span, type_, source, entry in chosen:
        k = span.start - 1
        k -= k >= 0 and doc[k].lower_ == "the"
        owned_by = doc[k - 1].lower_ if k >= 1 and doc[k].lower_ == "of" else ""
        if type_ == "Process" and entry is None and span[-1].lower_ in {"program", "programme"} \
                and (owned_by in MEMBER_NOUNS or owned_by and lexicon.is_title_word(owned_by)):
            type_ = "Organization"
        out.append((span, type_, source, entry))
    return out


def _countries_named(doc: Doc, candidates, gazetteer: Gazetteer) -> frozenset[str]:
    """The gazetteer keys of the countries an article names, by name or by demonym ("Thai")."""
    named = {entry.key for _span, type_, _source, entry in candidates if type_ == "Country" and entry is not None}
    named |= {entry.key for token in doc if token.is_title for entry in [gazetteer.demonym(token.text)] if entry is not None}
    return frozenset(named)


def _committees_with_their_resolution(doc: Doc, candidates):
    """"the Security Council Committee established pursuant to resolution 1591 (2005) concerning Sudan": a sanctions
    committee's full name runs on through the resolution that set it up and what it concerns."""
    out = []
    for span, type_, source, entry in candidates:
        k = span.end
        if type_ == "Organization" and span[-1].lower_ == "committee" and k + 4 < len(doc) \
                and [t.lower_ for t in doc[k:k + 4]] == ["established", "pursuant", "to", "resolution"] and doc[k + 4].like_num:
            k += 5
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
                k += 3  # "(2005)"
            if k + 1 < len(doc) and doc[k].lower_ == "concerning":
                # "concerning the Democratic Republic of the Congo": capitalised words, and "of"/"the"/"and" inside
                end = k + 1 + (doc[k + 1].lower_ == "the")
                while end < len(doc) and (doc[end].is_title or doc[end].lower_ in {"of", "the", "and"} and end + 1 < len(doc)
                                          and (doc[end + 1].is_title or doc[end + 1].lower_ == "the")):
                    end += 1
                k = end if end > k + 1 else k
            span = doc[span.start:k]
        out.append((span, type_, source, entry))
    return out


def _without_dateline_credits(doc: Doc, candidates):
    """"BRASÍLIA, Dec 3 (Reuters) –": the agency credited in a dateline published the story and takes no part in
    it, so it is no entity of the article."""
    credits = [(match.start() + match.group().rindex("("), match.start() + match.group().rindex(")"))
               for match in DATELINE.finditer(doc.text) if "(" in match.group()]
    return [c for c in candidates if not any(start < c[0].start_char and c[0].end_char <= end for start, end in credits)]


SEAT_WORDS = {"based", "headquartered", "located", "seated", "housed"}
# named undertakings that are also bodies when they pay: "the Africa Fertilizer Financing Mechanism would provide …"
PAYING_MECHANISM_HEADS = {"mechanism", "facility"}


def _paying_mechanisms_as_bodies(chosen, lexicon: Lexicon):
    """A named mechanism or facility that is the subject of a funding verb acts as a body."""
    out = []
    for span, type_, source, entry in chosen:
        root = span.root
        verb = root.head
        if type_ == "Process" and entry is None and span[-1].lower_ in PAYING_MECHANISM_HEADS and root.dep_ == "nsubj" \
                and verb.lemma_.lower() in lexicon.funding_verbs:
            type_ = "Organization"
        out.append((span, type_, source, entry))
    return out


def _seats_named_as_bodies(doc: Doc, chosen, gazetteer: Gazetteer):
    """"the Secretariat, based at Marlborough House in London": NER calls a building an organization; after
    "based at" an unknown name is the seat, a place, and a known place after "in" is a place of its own."""
    out = []
    for span, type_, source, entry in chosen:
        prep = span.root.head
        if not (source == "ner" and entry is None and type_ == "Organization" and span.root.dep_ == "pobj"
                and prep.lower_ in {"at", "in"} and prep.head.lower_ in SEAT_WORDS):
            out.append((span, type_, source, entry))
            continue
        cut = next((t.i for t in span if t.lower_ == "in" and t.i > span.start), None)
        tail_entry = gazetteer.lookup(doc[cut + 1:span.end].text) if cut is not None else None
        if tail_entry is not None:
            out.append((doc[cut + 1:span.end], tail_entry.type, "gazetteer", tail_entry))
            span = doc[span.start:cut]
        out.append((span, "Place", source, None))
    return out


def _demonyms_by_context(index: MentionIndex, gazetteer: Gazetteer) -> None:
    """"The Congolese delegation" in an article about the Democratic Republic of the Congo is that Congo's."""
    named = {m.key for m in index.mentions if m.type == "Country" and m.source != "demonym"}
    for mention in index.mentions:
        if mention.source != "demonym" or mention.key in named:
            continue
        present = [c for c in gazetteer.demonym_countries(mention.text) if c.key in named]
        if len(present) == 1:
            mention.key, mention.canonical = present[0].key, present[0].name


def _add_honorific_aliases(doc: Doc, index: MentionIndex, lexicon: Lexicon) -> None:
    """"Senator Ishaq Dar", "Mrs. Higgins": the name as written with its honorific is another name of the person."""
    for mention in index.mentions:
        if mention.type != "Person":
            continue
        start = mention.token_start
        while start > 0 and doc[start - 1].lower_.rstrip(".") in lexicon.honorifics and doc[start - 1].is_title \
                and mention.token_start - start < 2:
            start -= 1
        if start < mention.token_start:
            mention.aliases = tuple(dict.fromkeys(mention.aliases + (doc[start:mention.token_end].text,)))


def _mention(span: Span, type_: str, source: str, entry: GazetteerEntry | None, sentence_of: dict[int, int]) -> Mention:
    while len(span) > 1 and (span[-1].is_space or span[-1].text in {";", ",", ":"}):
        span = span[:-1]  # "the AU High-Level Panel on Sudan;": the list's punctuation is no part of the name
    text = span.text
    if type_ == "Demonym":
        return Mention(text=text, start=span.start_char, end=span.end_char, sentence=sentence_of[span.start],
                       type=entry.type if entry else "Country", key=entry.key if entry else None,
                       canonical=entry.name if entry else None, source="demonym",
                       token_start=span.start, token_end=span.end, latent=True)
    aliases = tuple(entry.aliases) if entry else ()
    if entry is None and type_ == "Organization":
        aliases += _name_without_destination(span)
    opening = next((t.i for t in span if t.text == "("), None)
    programme_body = type_ == "Organization" and source == "process"  # see _programmes_with_members
    if (type_ == "Process" or programme_body) and opening is not None and opening + 2 < span.end \
            and span.doc[opening + 2].text == ")":
        # "the Defence Capacity Building (DCB) Initiative": the name without its acronym, which is another name (and
        # for a body, so is the part before it: "Central Asia Regional Economic Cooperation (CAREC) Program")
        doc = span.doc
        text = (doc[span.start:opening].text + " " + doc[opening + 3:span.end].text).strip()
        aliases += (doc[opening + 1].text, span.text) + ((doc[span.start:opening].text,) if programme_body else ())
    return Mention(text=text, start=span.start_char, end=span.end_char, sentence=sentence_of[span.start],
                   type=entry.type if entry else type_, key=entry.key if entry else None,
                   canonical=entry.name if entry else None, aliases=aliases,
                   source=source, token_start=span.start, token_end=span.end,
                   latent=source == "ner" and type_ == "Organization" and _is_unknown_acronym(span))


def _name_without_place(span: Span, type_: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """"the Dry Corridor Rural Resilience Programme in Honduras": the programme's name is also the part before the
    place it is in; so is "the BIMSTEC Energy Centre in Bengaluru"'s, a body in a town (but "the UN Mission in South
    Sudan" is named by its country)."""
    words = [t.lower_ for t in span]
    if type_ not in {"Process", "Organization"} or "in" not in words[1:-1]:
        return ()
    cut = len(words) - 1 - words[::-1].index("in")
    place = span[cut + 2:] if words[cut + 1] == "the" else span[cut + 1:]
    entry = gazetteer.lookup(place.text) if len(place) else None
    if entry is None or cut < 2 or entry.type not in {"Place", "Country"}:
        return ()
    return (span[:cut].text,) if type_ == "Process" or entry.kind in {"city", "capital"} else ()


def _name_before_parent(span: Span, entry: GazetteerEntry | None, gazetteer: Gazetteer,
                        lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """"the Permanent Council of the Organization of American States": the text names the body "Permanent Council"
    and its parent apart, so the words before the parent are a name of the body here. For a body the gazetteer does
    not know ("the Council of Ministers of Defence and Security of the Eastern Africa Standby Force"), a parent
    whose own name ends in a body word will do."""
    if (entry is None or not entry.part_of) and lexicon is None:
        return ()
    words = [t.lower_ for t in span]
    cuts = [i for i, w in enumerate(words) if w == "of" and 0 < i < len(words) - 1]
    for cut in reversed(cuts):
        rest = span[cut + 2:] if words[cut + 1] == "the" else span[cut + 1:]
        if not len(rest):
            continue
        if entry is not None and entry.part_of:
            parent = gazetteer.lookup(rest.text)
            if parent is not None and parent.key in entry.part_of:
                return (span[:cut].text,)
        elif entry is None and words[cut + 1] == "the" and words[cut - 1] not in lexicon.org_heads \
                and lexicon.names_a_body(words[:cut]) \
                and getattr(gazetteer.lookup(rest.text), "type", None) == "Organization":
            return (span[:cut].text,)  # "the Council of Ministers of the Economic Community of Central Africa"
        elif entry is None and words[cut + 1] == "the" and rest[-1].lower_ in lexicon.org_heads | FORCE_HEADS \
                and all(t.is_title or t.lower_ in ACRONYM_GLUE or t.text == "-" for t in rest) \
                and lexicon.names_a_body(words[:cut]):
            return (span[:cut].text,)
    return ()


def _name_without_destination(span: Span) -> tuple[str, ...]:
    """"the Electoral Observation Mission to Guatemala" is also called "the Electoral Observation Mission"."""
    for token in span:
        if token.lower_ == "to" and token.i > span.start and span.doc[token.i - 1].lower_ in {"mission", "missions", "delegation"}:
            return (span.doc[span.start:token.i].text.removeprefix("the ").removeprefix("The "),)
    return ()


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    numbers = {}
    for n, sent in enumerate(doc.sents):
        for token in sent:
            numbers[token.i] = n
    return numbers


# --- gazetteer ---------------------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _phrase_matchers(gazetteer: Gazetteer, vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Exact-case matcher for the forms that only name their entry as written ("WHO", "AU"), lower-case matcher
    for the rest ("united nations", "UNITED NATIONS")."""
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    exact, folded = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="LOWER")
    for surface, _type, key in gazetteer.phrase_patterns(case_sensitive=True):
        exact.add(key, [tokenizer(surface)])
    for surface, _type, key in gazetteer.phrase_patterns(case_sensitive=False):
        folded.add(key, [tokenizer(surface)])  # tokenised as written: "U.N." splits differently in lower case
    return exact, folded


def _gazetteer_spans(doc: Doc, gazetteer: Gazetteer):
    exact, folded = _phrase_matchers(gazetteer, doc.vocab)
    out = []
    for matcher in (exact, folded):
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            if _is_hyphen_fragment(doc, start, end) and not span.text.isupper():
                continue
            entry = gazetteer.lookup(span.text)
            if entry is None:
                continue
            if entry.type == "Place" and span[0].is_lower:
                continue  # "state", "union" in lower case are words, not places
            if entry.type == "Organization" and _inside_longer_name(doc, start):
                # "the bloc's Mediation and Security Council" is not the UN Security Council
                out.append((doc[start - 2:end], "Organization", "ner", None))
                continue
            out.append((span, entry.type, "gazetteer", entry))
    return out


def _inside_longer_name(doc: Doc, start: int) -> bool:
    """A known body's name continued to the left by "Capitalised and" ("Mediation and Security Council")."""
    if start < 2 or doc[start - 1].lower_ != "and" or not doc[start].is_title:
        return False
    before = doc[start - 2]
    return before.is_title and before.is_alpha and not before.is_sent_start and before.ent_type_ in {"", "ORG"} \
        and before.pos_ in {"PROPN", "NOUN"} and (start < 3 or doc[start - 3].text not in {",", "and"})


def _is_hyphen_fragment(doc: Doc, start: int, end: int) -> bool:
    """"Kenya-based" is a mention of Kenya, but "Guinea" inside "Guinea-Bissau" is not."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    joined_after = after is not None and after.text == "-" and end + 1 < len(doc) and doc[end + 1].is_title \
        and not doc[start].whitespace_
    joined_before = before is not None and before.text == "-" and start >= 2 and doc[start - 2].is_title \
        and not before.whitespace_ and not doc[start - 2].text.isupper()
    return joined_after or joined_before


# the units a body has, which NER runs together with the body they belong to
PART_OF_BODY_HEADS = {"institute", "centre", "center", "department", "faculty", "school", "division", "unit", "laboratory",
                      "directorate", "bureau"}


def _split_parts_of_bodies(candidates, lexicon: Lexicon):
    """"the Institute of Astronomy and Geophysics of the Mongolian Academy of Sciences": NER's one name is a unit
    and the body it belongs to, two bodies."""
    out = []
    for candidate in candidates:
        span, type_, source, entry = candidate
        cut = next((t.i for t in span[1:-2] if t.lower_ == "of" and span.doc[t.i + 1].lower_ == "the"), None) \
            if type_ == "Organization" and entry is None else None
        if cut is not None and {span[0].lower_, span.doc[cut - 1].lower_} & PART_OF_BODY_HEADS \
                and any(t.lower_ in lexicon.org_heads for t in span.doc[cut + 2:span.end]) and span.doc[cut + 2].is_title:
            out += [(span.doc[span.start:cut], type_, source, entry), (span.doc[cut + 2:span.end], type_, source, entry)]
        else:
            out.append(candidate)
    return out


def _bodies_named_after_parents(doc: Doc, known, lexicon: Lexicon, gazetteer: Gazetteer):
    """"SADC Organ Troika", "European Union Mission in Armenia", "OSCE Ministerial Council": a known organization
    followed by capitalised words ending in an organization word names a body of its own."""
    out = []
    for span, type_, _source, entry in known:
        if type_ != "Organization":
            continue
        if span.end + 1 < len(doc) and doc[span.end].lower_ in {"'s", "’s"}:
            body = _capitalised_body(doc, span.end + 1, lexicon, gazetteer)  # "the Council of Europe's Committee of Ministers"
            if body is not None:
                # "OCHA's Regional Office for the Pacific": with the area it serves
                out.append((_with_mission_area(body, lexicon, gazetteer), "Organization", "body", None))
        outer = _body_of_named_parent(doc, span, lexicon)
        if outer is not None and not any(c[0].start <= outer.start and outer.end <= c[0].end for c in known if c[0] != span):
            out.append((outer, "Organization", "body", None))
        end = _ministers_meeting_end(doc, _capitalised_run_end(doc, span.end, gazetteer))
        if end == span.end or doc[end - 1].lower_ not in lexicon.org_heads | MINISTERIAL_MEETING_WORDS:
            continue
        if gazetteer.lookup(doc[span.start:end].text) is not None:
            continue  # "the UN Development Programme for the Libya Stabilization Facility": a body the gazetteer knows
        end = _name_continuation(doc, end, gazetteer)  # "OIC Council of Foreign Ministers"
        # "the Vietnam Red Cross Society": a national branch named with its country first
        country = next((c[0] for c in known if c[1] == "Country" and c[0].end == span.start and c[0].start > 0), None)
        start = country.start if country is not None else span.start
        body = _with_mission_area(doc[start:end], lexicon, gazetteer)
        if any(c[0].start <= body.start and body.end <= c[0].end for c in known if c[0] != span) \
                or gazetteer.lookup(body.text) is not None:
            continue  # the gazetteer knows the whole name
        out.append((body, "Organization", "body", None))
    return out


# "the SAARC Health Ministers' Meeting", "the ASEAN Ministers on Energy Meeting": a standing meeting of ministers is a
# body of its organization, though "meeting" alone is no body word
MINISTERIAL_MEETING_WORDS = {"meeting", "conference"}


def _ministers_meeting_end(doc: Doc, end: int) -> int:
    """Past "' Meeting" or "on Energy Meeting" when a capitalised run ends in "Ministers"."""
    if end == 0 or doc[end - 1].lower_ != "ministers":
        return end
    k = end
    if k < len(doc) and doc[k].text in {"'", "’"}:
        k += 1
    elif k + 1 < len(doc) and doc[k].lower_ in {"on", "of", "for"} and doc[k + 1].is_title:
        k += 1
        while k < len(doc) and doc[k].is_title and doc[k].lower_ not in MINISTERIAL_MEETING_WORDS:
            k += 1
    return k + 1 if k < len(doc) and doc[k].is_title and doc[k].lower_ in MINISTERIAL_MEETING_WORDS else end


def _body_of_named_parent(doc: Doc, parent: Span, lexicon: Lexicon) -> Span | None:
    """"the Commission of the Andean Community": a capitalised body word before "of (the)" and a known
    organization names a body of that organization."""
    of = parent.start - 2 if parent.start >= 2 and doc[parent.start - 1].lower_ == "the" else parent.start - 1
    if of >= 1 and doc[of].lower_ == "of" and doc[of - 1].text == "Friends":
        # "the Friends of EASF", "the Group of Friends of the UN Mission": the partners' group, a body of its own
        start = of - 3 if of >= 3 and doc[of - 3].text == "Group" and doc[of - 2].lower_ == "of" else of - 1
        return doc[start:parent.end]
    if parent.end < len(doc) and (doc[parent.end].is_title or doc[parent.end].text in {"-", "–"}):
        return None  # "the Office of the Commonwealth Secretary-General"
    if of >= 2 and doc[of].lower_ == "of" and doc[of - 1].is_title and doc[of - 1].lower_ not in lexicon.org_heads:
        start = _body_named_with_of(doc, of, lexicon)  # "the Council of Ministers of the CEMAC"
        return doc[start:parent.end] if start is not None else None
    if of < 2 or doc[of].lower_ != "of" or not doc[of - 1].is_title or doc[of - 1].lower_ not in lexicon.org_heads \
            or doc[of - 2].lower_ != "the":
        return None  # (a longer name, "the Mediation and Security Council of ECOWAS", is NER's or the gazetteer's)
    if of >= 4 and doc[of - 3].lower_ == "of" and lexicon.is_title_word(doc[of - 4].lower_):
        return None  # "Chairman of the Board of the Eurasian Economic Commission": a post of the parent's
    return doc[of - 1:parent.end]


def _body_named_with_of(doc: Doc, of: int, lexicon: Lexicon) -> int | None:
    """Where "the Council of Ministers", "the Board of Governors" or "the Conference of Heads of State" starts, when
    such a name ends at `of` (the "of" before its parent)."""
    k = of - 1
    while k >= 2 and of - k <= 6 and (doc[k].is_title or doc[k].lower_ in {"of", "and"}):
        if doc[k].is_title and doc[k].lower_ in lexicon.org_heads and doc[k - 1].lower_ == "the" \
                and doc[k + 1].lower_ == "of":
            return k
        k -= 1
    return None


def _unnamed_by_ner(doc: Doc, candidates, lexicon: Lexicon, gazetteer: Gazetteer):
    """"chair of the Council of Ministers", "the Panel of Experts": a capitalised body name after "the" that NER
    left untagged. One capitalised word alone ("the Council") is a reference, left to coreference."""
    # "The Ministerial Council of the Gulf Cooperation Council": NER's one long name loses to the bloc the
    # gazetteer knows inside it, so its first words may still name the body
    covered = {i for c in candidates if not _loses_to_inner_organization(c, candidates, gazetteer, lexicon)
               for i in range(c[0].start, c[0].end)}
    # "the Nile Council of Ministers": a body named after a river, lake or region the gazetteer knows as a place
    places = {i: c[0] for c in candidates if c[1] == "Place" and c[2] == "gazetteer"
              for i in range(c[0].start, c[0].end)}
    out = []
    for token in doc:
        if token.lower_ not in {"the", "a", "an"} or token.i + 2 >= len(doc):
            continue  # ("set up a Regional Analyst Training Centre": a new body is named the same way)
        start = token.i + 2 if doc[token.i + 1].pos_ == "ADJ" and doc[token.i + 1].is_lower and token.lower_ == "the" \
            else token.i + 1
        place = places.get(start)
        if start in covered and (place is None or place.start != start):
            continue  # "the rival House of Representatives": one plain adjective may come between
        if place is not None:
            after = _capitalised_body(doc, place.end, lexicon, gazetteer) if place.end < len(doc) else None
            if after is not None and not any(i in covered for i in range(after.start, after.end)) \
                    and gazetteer.lookup(doc[start:after.end].text) is None:
                out.append((doc[start:after.end], "Organization", "body", None))
            continue
        body = _capitalised_body(doc, start, lexicon, gazetteer)
        if body is not None and len(body) >= 2 and gazetteer.demonym(body[0].text) is None \
                and not any(i in covered for i in range(body.start, body.end)):
            out.append((body, "Organization", "ner", None))
    return out


def _bodies_of_described_owners(doc: Doc, candidates, lexicon: Lexicon, gazetteer: Gazetteer):
    """"the court's Registry", "the bloc's Council of Foreign Ministers", "ICIMOD's Board of Governors": capitalised
    words ending in a body word, owned by a body, name a body of its own (a described owner is for coreference to
    find)."""
    covered = {i for c in candidates for i in range(c[0].start, c[0].end)}
    out = []
    for token in doc[2:]:
        owner = doc[token.i - 2]
        if token.is_title and token.i not in covered and doc[token.i - 1].lower_ in {"'s", "’s"} \
                and owner.pos_ in {"NOUN", "PROPN"}:
            body = _capitalised_body(doc, token.i, lexicon, gazetteer)
            if body is not None and not any(i in covered for i in range(body.start, body.end)):
                out.append((body, "Organization", "ner", None))
    return out


def _loses_to_inner_organization(candidate, candidates, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    span, type_, source, _entry = candidate
    return source == "ner" and type_ == "Organization" \
        and any(c[2] == "gazetteer" and c[1] == "Organization" and span.start < c[0].start and c[0].end <= span.end
                for c in candidates) \
        and not _longer_name_around_gazetteer(candidate, candidates, gazetteer, lexicon)


def _name_continuation(doc: Doc, end: int, gazetteer: Gazetteer) -> int:
    """Where a body's name goes on after its head word: "Council [of Foreign Ministers]", "Centre [for Transboundary
    Haze Pollution Control]"; not into a place ("Mission in Moldova" is the mission-area rule's)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"of", "for", "on"}:
        return end
    k = end + 1
    last = end  # after the last capitalised word taken
    listed = _capitalised_list_end(doc, end + 1)
    while k < len(doc) and k - end <= 7 and (doc[k].is_title and (doc[k].pos_ in {"PROPN", "NOUN", "ADJ"} or doc[k].tag_ == "VBG")
                                            or doc[k].lower_ in {"and", "of"} and k > end + 1 and k + 1 < len(doc)
                                            and doc[k + 1].is_title
                                            or doc[k].text == "," and k < listed) \
            and gazetteer.lookup(doc[k].text) is None and doc[k].ent_type_ not in {"DATE", "TIME"} \
            and doc[k].lower_ not in _MONTHS | _WEEKDAYS:
        k += 1  # "Office [for Democratic Institutions and Human Rights]", "Assembly [of Heads of State]"
        if doc[k - 1].is_title:
            last = k
    if last > end + 1 and last + 1 < len(doc) and doc[last].lower_ == "in":
        # "Trust Fund for Sustaining Peace [in Colombia]": the country a purpose is pursued in is part of the name
        for width in (3, 2, 1):
            entry = gazetteer.lookup(doc[last + 1:last + 1 + width].text) if last + 1 + width <= len(doc) else None
            if entry is not None and entry.type == "Country":
                return last + 1 + width
    return last


def _with_portfolio_list(span: Span, gazetteer: Gazetteer) -> Span:
    """"the Ministry of Agriculture, Animal Husbandry and Fisheries": NER stops a body's name at the first comma of the
    list of what it deals with."""
    doc = span.doc
    of = next((t.i for t in span if t.lower_ in {"of", "on", "for"}), None)
    # (a ministry's portfolio may be two: "the Ministry of National Education and Vocational Training")
    ministry = span[0].lower_ in {"ministry", "department", "directorate"}
    if of is None or of + 1 >= span.end or span.end >= len(doc) \
            or not (doc[span.end].text == "," or doc[span.end].lower_ == "and" and (ministry or any(t.text == "," for t in span))):
        return span
    end = _capitalised_list_end(doc, of + 1, pair=ministry)
    if end > span.end and not any(gazetteer.lookup(t.text) is not None for t in doc[span.end:end]):
        return doc[span.start:end]
    return span


def _capitalised_list_end(doc: Doc, start: int, pair: bool = False) -> int:
    """The end of a capitalised list closed by "and" ("Tsunami, Disaster and Climate Preparedness"), or `start`;
    with `pair`, two capitalised items joined by "and" are a list too ("National Education and Vocational Training")."""
    k = start
    while k < len(doc) and doc[k].is_title:
        k += 1
    commas = 0
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title:
        commas, k = commas + 1, k + 1
        while k < len(doc) and doc[k].is_title:
            k += 1
    if (commas or pair) and k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title:
        k += 1
        while k < len(doc) and doc[k].is_title:
            k += 1
        return k
    return start


def _capitalised_run_end(doc: Doc, start: int, gazetteer: Gazetteer, words: int = 4) -> int:
    """Where a run of up to `words` capitalised words the gazetteer does not know, from `start`, ends; hyphenated
    words ("Multi-Donor") count as one."""
    end, taken = start, 0
    while end < len(doc) and taken < words:
        if doc[end].is_title and doc[end].is_alpha and gazetteer.lookup(doc[end].text) is None:
            end, taken = end + 1, taken + 1
        elif doc[end].text == "-" and end > start and end + 1 < len(doc) and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
            end += 1
        else:
            break
    return end


def _capitalised_body(doc: Doc, start: int, lexicon: Lexicon, gazetteer: Gazetteer) -> Span | None:
    """Capitalised words from `start` ending in an organization word, with a capitalised "of ..." ("Committee of
    Ministers"), unless the gazetteer knows them."""
    end = _capitalised_run_end(doc, start, gazetteer)
    # "Directorate-General for Environment": a body word before "-General"
    general = end - start >= 3 and doc[end - 1].lower_ == "general" and doc[end - 2].text == "-" \
        and doc[end - 3].lower_ in lexicon.org_heads
    if end == start or doc[end - 1].lower_ not in lexicon.org_heads and not general:
        return None
    end = _name_continuation(doc, end, gazetteer)
    body = doc[start:end]
    return None if gazetteer.lookup(body.text) is not None else body


# --- named processes ------------------------------------------------------------------------------------------------

# heads a name may keep in lower case: "Minsk agreements", "Desert to Power initiative", "SUBATRA programme"
LOWER_CASE_NAMED_HEADS = {"agreements", "accords", "talks", "agreement", "accord", "process", "format", "roadmap",
                          "initiative", "programme", "program", "project"}


def _named_process_spans(doc: Doc, lexicon: Lexicon, gazetteer: Gazetteer):
    """Capitalised phrases ending in (or headed by) a process word: "Doha Process", "Pact for the Future",
    "Jeddah Declaration", "Minsk agreements" (a proper noun before a plural process head)."""
    out = []
    for token in doc:
        lower = token.text.lower()
        if lower not in lexicon.named_process_heads \
                or token.is_sent_start and (token.tag_ == "VBG" or lower.endswith("ing")):
            continue  # "Meeting in Lusaka, the Council ...": a participle capitalised only by its place
        if lower in LEGAL_TEXT_WORDS and (token.ent_type_ == "PERSON" and token.ent_iob_ == "B" or not token.is_title):
            continue  # "Rep. Bill Nelson"; "the food import bill"
        # left part: proper nouns / capitalised words directly before the head ("Five-Point Consensus" too)
        start = token.i
        while start > 0:
            before = doc[start - 1]
            if before.text == ")" and start >= 4 and doc[start - 3].text == "(" and doc[start - 2].is_upper \
                    and doc[start - 4].is_title and (token.is_title or lower in LOWER_CASE_NAMED_HEADS):
                start -= 3  # "Defence Capacity Building (DCB) Initiative"
                continue
            if (before.is_title or before.text.isupper() or _is_year(before) and token.is_title) \
                    and before.pos_ in {"PROPN", "ADJ", "NOUN", "NUM"} and not before.is_sent_start and before.lower_ not in {"the", "a", "an"}:
                start -= 1  # "2030 Agenda", "2050 Strategy for the Blue Pacific Continent" too
            elif before.text in {"-", "–"} and not before.whitespace_ and start >= 2 and (
                    doc[start - 2].is_title or doc[start - 2].is_upper or doc[start - 2].lower_ in {"inter", "intra", "pan", "trans"}) \
                    and not doc[start - 2].whitespace_ and not doc[start - 2].is_sent_start:
                start -= 2  # "Five-Point Consensus", "inter-Korean talks"
            elif before.lower_ == "and" and start >= 2 and doc[start - 2].is_title and doc[start - 2].pos_ in {"PROPN", "ADJ", "NOUN"} \
                    and not doc[start - 2].is_sent_start and start < token.i:
                start -= 2  # "Regional Refugee and Migrant Response Plan"
            elif before.text == "," and start >= 2 and doc[start - 2].is_title and doc[start - 2].pos_ in {"PROPN", "ADJ", "NOUN"} \
                    and not doc[start - 2].is_sent_start and any(doc[i].lower_ == "and" for i in range(start, token.i)):
                start -= 2  # "Peace, Security and Cooperation Framework": a capitalised list
            elif (before.lower_ in {"to", "for", "of", "at"}
                  or before.lower_ == "in" and doc[start].ent_type_ not in {"GPE", "LOC"}) and start >= 2 and start < token.i and doc[start - 2].is_title \
                    and doc[start - 2].pos_ in {"PROPN", "NOUN"} and not doc[start - 2].is_sent_start \
                    and not lexicon.is_title_word(doc[start - 2].lower_) and doc[start - 2].ent_type_ not in {"GPE", "PERSON"} \
                    and (doc[start - 2].ent_type_ != "ORG" or before.ent_type_ == "ORG"):
                start -= 2  # "Desert to Power initiative", "Education for All Initiative", "Children at Risk Programme",
                # "ASEAN Trade in Goods Agreement" (but not "in Lusaka")
            elif before.lower_ == "the" and start >= 3 and start < token.i and doc[start - 2].lower_ in {"of", "for"} \
                    and doc[start - 3].is_title and doc[start - 3].pos_ in {"PROPN", "NOUN"} \
                    and not doc[start - 3].is_sent_start and not lexicon.is_title_word(doc[start - 3].lower_) \
                    and doc[start - 3].ent_type_ not in {"GPE", "PERSON"} \
                    and gazetteer.lookup(doc[start - 3].text) is None \
                    and not (start >= 4 and gazetteer.lookup(doc[start - 4:start - 2].text) is not None):
                # "a loan to Paraguay (or to Sierra Leone) for the X Programme"
                start -= 3  # "the Living Soils of the Americas programme"
            else:
                break
        end = token.i + 1
        # right part: "for the Future", "on the Resolution of the Conflict in the Republic of South Sudan",
        # "Adaptation to Climate Change"
        while token.is_title and end < len(doc) and doc[end].lower_ in {"for", "of", "on", "in", "against", "to"}:
            j = end + 1
            if j < len(doc) and doc[j].lower_ == "the":
                if doc[end].lower_ == "to":
                    break  # "extended its Simplified Trade Regime to the Mwami border post": where, not what
                j += 1
            k = j
            while k < len(doc) and ((doc[k].is_title or doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title)
                                    and doc[k].pos_ in {"PROPN", "NOUN", "ADJ", "CCONJ"} and doc[k].ent_type_ not in {"DATE", "TIME"}
                                    or _joins_name(doc, k) and k > j):
                k += 1
                if k + 2 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].lower_ == "the" and doc[k + 2].is_title \
                        and doc[k - 1].is_title:
                    k += 2  # "… Paperless Trade in Asia and the Pacific"
            # "Plan for Food Security, Nutrition and Hunger Eradication": a capitalised list after the preposition
            while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title and k > j:
                m = k + 1
                while m < len(doc) and doc[m].is_title and doc[m].pos_ in {"PROPN", "NOUN", "ADJ"}:
                    m += 1
                if m < len(doc) and (doc[m].text == "," or doc[m].lower_ == "and" and m + 1 < len(doc) and doc[m + 1].is_title):
                    if doc[m].lower_ == "and":
                        m += 1
                        while m < len(doc) and doc[m].is_title and doc[m].pos_ in {"PROPN", "NOUN", "ADJ"}:
                            m += 1
                        k = m
                        break
                    k = m
                else:
                    break
            if doc[end].lower_ == "of" and k - 1 > j and doc[k - 1].lower_ in lexicon.named_process_heads:
                break  # "the Regional Oversight Mechanism of the PSC Framework": an undertaking named inside another's
            if lower in lexicon.meeting_nouns and doc[end].lower_ == "of" \
                    and any(t.lower_ in lexicon.org_heads or gazetteer.lookup(t.text) is not None for t in doc[j:k]):
                break  # "the 78th Meeting of the Authority of the OECS": a body's meeting, the body no part of its name
            if k > j and doc[k - 1].is_title:
                end = k
            else:
                break
        if token.is_title and end == token.i + 1 and end < len(doc) and (years := _is_year_range(doc, end)):
            end += years  # "Operational Plan 2026–2030", "Strategic Plan 2025-2029"
        elif token.is_title and end == token.i + 1 and end < len(doc) and _is_year(doc[end]) \
                and not (end + 1 < len(doc) and doc[end + 1].text in {"-", "–"}):
            end += 1  # "BSEC Green Connectivity Agenda 2030", "Vision 2035": the year closes the name
        if start >= 2 and doc[start - 1].lower_ == "of" and lexicon.is_title_word(doc[start - 2].lower_):
            continue  # "Minister of Social Action": a portfolio, not an undertaking
        if end < len(doc) and doc[end].is_title and doc[end].lower_ in lexicon.org_heads:
            continue  # "UK Caribbean Infrastructure Partnership Fund": the name goes on into a body's
        has_name_left = start < token.i
        if not token.is_title and not (has_name_left and lower in LOWER_CASE_NAMED_HEADS):
            continue
        if not has_name_left and end == token.i + 1:
            continue  # a bare capitalised "Process" at a sentence start names nothing
        # "Security Council resolution" is not a named process of its own
        span = doc[start:end]
        if token.i - 3 > start and process_word_after_acronym(doc, token.i - 3) == token:
            span = doc[start:token.i - 3]  # "its Area-Based Approach (ABADEI) programme": the name the acronym spells
        # a person's name after the head is no part of it, though NER's PERSON on a place's name is a slip
        # ("Regional Roadmap on Cooling Efficiency": NER's PERSON on a topic after "on" is a slip too)
        if any(t.ent_type_ == "PERSON" and t.i > token.i and gazetteer.lookup(t.text) is None and t.is_alpha for t in span) \
                and not (token.i + 1 < end and doc[token.i + 1].lower_ in {"on", "against"}):
            continue
        # "the Pretoria-based Collaborative Africa Budget Reform Initiative": what has a seat is a body
        seated = start >= 2 and doc[start - 1].lower_ == "based" and doc[start - 2].text == "-" \
            and not any(t.lower_ in lexicon.org_heads for t in span[:-1])
        summit = _summit_of_leaders_end(doc, token)
        if summit is not None:  # "the SADC Summit of Heads of State and Government": the bloc's supreme body
            span, seated = doc[start:summit], True
        out.append((span, "Organization" if seated else "Process", "body" if seated else "process", None))
    return out


# what an appositive may call a named piece of infrastructure or an undertaking: "Estlink 3, a planned undersea power
# cable", "Harmony Link, a new power line"
BUILT_OR_PLANNED_NOUNS = {"cable", "interconnector", "pipeline", "railway", "line", "road", "highway", "bridge", "dam", "reservoir",
                          "port", "corridor", "link", "canal", "tunnel", "plant", "terminal", "project", "programme",
                          "scheme", "plan", "strategy", "initiative"}


def _undertakings_named_by_appositive(doc: Doc, gazetteer: Gazetteer):
    """A capitalised name (perhaps numbered, "Estlink 3") set off by a comma before "a …" that calls it a cable, a line,
    a project: an undertaking, whatever NER made of it."""
    out = []
    for comma in doc:
        if comma.text != "," or comma.i < 1 or comma.i + 2 >= len(doc) or doc[comma.i + 1].lower_ not in {"a", "an"}:
            continue
        end = comma.i
        start = end - 1 if doc[end - 1].like_num and not _is_year(doc[end - 1]) else end
        if doc[end - 1].is_lower and doc[end - 1].lower_ in BUILT_OR_PLANNED_NOUNS:
            start = end - 1  # "the Río Indio reservoir, a project meant to …"
        while start > 0 and start > end - 6:
            if doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            elif doc[start - 1].lower_ in {"for", "of", "and"} and start >= 2 and doc[start - 2].is_title \
                    and doc[start - 2].pos_ in {"PROPN", "NOUN"} and start < end:
                start -= 2  # "Roads for Peace, a $22 million programme"
            else:
                break
        if start == end or start == end - 1 and (doc[start].like_num or doc[start].is_lower) or doc[start].is_sent_start:
            continue
        name = doc[start:end]
        if name[-1].lower_ in GEOGRAPHIC_HEADS:
            continue  # "the Kambarata-1 hydropower plant on the Naryn River, a $6 billion project": the river is where
        # ("Water for Kismayo" names a town inside it; "Norway and Sweden, a …" are states)
        known = [(t.i, gazetteer.lookup(t.text)) for t in name]
        if gazetteer.lookup(name.text) is not None or any(e is not None and (e.type != "Place" or i == start) for i, e in known):
            continue
        head = None
        for token in doc[comma.i + 2:min(len(doc), comma.i + 10)]:
            if token.pos_ in {"NOUN", "PROPN"}:
                head = token
            elif token.pos_ not in {"ADJ", "NUM", "PUNCT", "SYM"} and token.tag_ not in {"VBN", "VBG"} \
                    or token.text in {",", ";", "(", "."}:
                break  # ("a planned third undersea power cable": participles are modifiers too)
        if head is not None and head.lower_ in BUILT_OR_PLANNED_NOUNS:
            out.append((name, "Process", "process", None))
    return out


# what an appositive calls a body: "Education Cannot Wait, the global fund for education in emergencies"
BODY_KIND_NOUNS = {"fund", "agency", "organisation", "organization", "foundation", "alliance", "network", "bank",
                   "institution", "body", "coalition", "charity"}


def _bodies_named_by_appositive(doc: Doc, gazetteer: Gazetteer):
    """A capitalised name set off by a comma before "the/a … fund/agency/foundation …": a body, whatever NER made
    of its words ("Education Cannot Wait" reads like a clause)."""
    out = []
    for comma in doc:
        if comma.text != "," or comma.i < 2 or comma.i + 2 >= len(doc) or doc[comma.i + 1].lower_ not in {"a", "an", "the"}:
            continue
        start = comma.i
        while start > 0 and comma.i - start < 6 and doc[start - 1].ent_type_ not in {"DATE", "GPE", "PERSON"} \
                and (doc[start - 1].is_title or doc[start - 1].lower_ == "not" and start >= 2 and doc[start - 2].text == "Can"
                     and not doc[start - 2].whitespace_) \
                and not (doc[start - 1].is_sent_start and doc[start - 1].lower_ in {"the", "a", "an"}):
            start -= 1  # ("Education Cannot Wait": the tokenizer splits "Cannot")
        name = doc[start:comma.i]
        if len(name) < 2 or start > 0 and doc[start - 1].is_title or gazetteer.lookup(name.text) is not None \
                or any(gazetteer.lookup(t.text) is not None for t in name):
            continue
        # (the appositive's own noun, not an owner: "Gustavo Peralta, the bank's manager")
        head = next((t for t in doc[comma.i + 2:min(len(doc), comma.i + 6)] if t.pos_ in {"NOUN", "PROPN"}
                     and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"'s", "’s"})), None)
        if head is not None and head.lower_ in BODY_KIND_NOUNS and head.is_lower:
            # (the appositive outweighs a name's last word: "the General Conference, the organisation's highest body")
            out.append((name, "Organization", "body", None))
    return out


OPENING_QUOTES, CLOSING_QUOTES = {'"', "“", "‘", "'"}, {'"', "”", "’", "'"}
NAMING_WORDS = {"called", "named", "dubbed", "titled", "entitled"}


def _quoted_undertakings(doc: Doc, lexicon: Lexicon):
    """'launched a project, "Secure Elections 2026", to …', 'a campaign called "Every Child Counts"': a capitalised
    title in quotes after an undertaking's word is its name."""
    out = []
    for token in doc:
        if token.pos_ != "NOUN" or not token.is_lower or token.lemma_.lower() not in lexicon.process_heads:
            continue
        k = token.i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ in NAMING_WORDS:
            k += 1
        spans = []
        if k < len(doc) and doc[k].text in OPENING_QUOTES:
            close = next((j for j in range(k + 1, min(len(doc), k + 10)) if doc[j].text in CLOSING_QUOTES), None)
            spans.append((k + 1, close))
        for start, end in spans:
            if start is None or end is None or end <= start:
                continue
            name = doc[start:end]
            if name[0].is_title and all(t.is_title or t.like_num or t.is_lower and t.lower_ in {"for", "of", "and", "the", "to", "in", "on"}
                                        or t.text in {"-", "–"} for t in name):
                out.append((name, "Process", "process", None))
    return out


# works named by a proper name and what they are: "the Kambarata-1 hydropower plant", "the Ketta-Djoum road corridor"
NAMED_WORKS_NOUNS = {"plant", "dam", "corridor", "railway", "pipeline", "interconnector", "highway", "reservoir", "line", "road"}


def _works_named_before_their_kind(doc: Doc, gazetteer: Gazetteer):
    """"the Kambarata-1 hydropower plant", "the Ketta-Djoum road corridor": a proper name, at most two lower-case
    words and a kind of works, after "the", name an undertaking (not "the Kenyan port", a nationality)."""
    out = []
    for head in doc:
        if head.lower_ not in NAMED_WORKS_NOUNS or not head.is_lower or head.pos_ != "NOUN":
            continue
        k = head.i - 1
        while k > 0 and head.i - k <= 2 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"} and doc[k].is_alpha:
            k -= 1
        end = k + 1
        while k > 0 and end - k <= 4 and (doc[k].text[:1].isupper() or doc[k].like_num or doc[k].text == "-" and not doc[k].whitespace_):
            k -= 1
        start = k + 1
        if start >= end or doc[k].lower_ != "the" or doc[start].text == "-":
            continue
        name = doc[start:end]
        if gazetteer.lookup(name.text) is not None and gazetteer.lookup(name.text).type in {"Country", "Organization"} \
                or gazetteer.demonym(name.text) is not None or doc[start].ent_type_ in {"PERSON", "DATE"}:
            continue
        out.append((doc[start:head.i + 1], "Process", "process", None))
    return out


def process_word_after_acronym(doc: Doc, k: int) -> Token | None:
    """The lower-case undertaking word after a bracketed acronym opening at `k`: "(ABADEI) programme"."""
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper \
            and doc[k + 3].lower_ in LOWER_CASE_NAMED_HEADS and doc[k + 3].is_lower:
        return doc[k + 3]
    return None


def _names_before_acronym_and_process_word(doc: Doc, candidates, lexicon: Lexicon):
    """"its Area-Based Approach for Development Emergency Initiatives (ABADEI) programme": a name whose acronym is
    followed by "programme" or "project" names an undertaking, whatever body word ends it."""
    out = []
    for span, type_, source, entry in candidates:
        if type_ == "Organization" and entry is None and process_word_after_acronym(doc, span.end) is not None:
            type_, source = "Process", "process"
        out.append((span, type_, source, entry))
    return out


# a country's demonym that is also a region's: "Central African governments" are those of the region
REGIONAL_DEMONYMS = {"central african"}


def _summit_of_leaders_end(doc: Doc, head: Token) -> int | None:
    """Where "Summit [of Heads of State (and Government)]" ends, if `head` is such a summit."""
    words = [t.lower_ for t in doc[head.i:head.i + 7]]
    if head.lower_ != "summit" or words[1:5] != ["of", "heads", "of", "state"]:
        return None
    return head.i + 7 if words[5:7] == ["and", "government"] else head.i + 5


def _demonym_modifiers(doc: Doc, gazetteer: Gazetteer, candidates):
    """"Gambian Justice Minister X": a nationality word modifying a noun, which NER left untagged."""
    covered = {i for c in candidates for i in range(c[0].start, c[0].end)}
    out = []
    for token in doc:
        if token.i in covered or not token.is_title or token.dep_ not in {"amod", "compound", "nmod"} \
                or token.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        entry = gazetteer.demonym(token.text)
        if entry is not None and gazetteer.lookup(token.text) is None and not _of_a_region(doc[token.i:token.i + 1], gazetteer):
            out.append((doc[token.i:token.i + 1], "Demonym", "ner", entry))
    return out


PEOPLES_ADJECTIVE_ENDINGS = ("ic", "ish", "ian", "ese")  # "Turkic", "Nordic", "Baltic", "Slavic"
REGION_WORDS = {"latin", "south", "north", "central", "east", "west", "southeast", "eastern", "western", "northern",
                "southern"}


def _of_a_region(span: Span, gazetteer: Gazetteer) -> bool:
    """"Latin American leaders": a region's people, not the United States' (but "South African" is a state's)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in REGION_WORDS and before.is_title \
        and gazetteer.demonym(f"{before.text} {span.text}") is None


def _is_year(token) -> bool:
    return token.is_digit and len(token.text) == 4 and token.text[:2] in {"19", "20"}


YEAR_RANGE = re.compile(r"(?:19|20)\d\d[-–](?:19|20)?\d\d")


def names_years(text: str) -> bool:
    """"2030", "2025–2030": a year or a span of years, as plans carry them after their names."""
    return re.fullmatch(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?", text) is not None


def _is_year_range(doc: Doc, k: int) -> int:
    """How many tokens a range of years at `k` takes ("2026–2030" may be one token, "2025 - 2029" three); 0 if none."""
    if YEAR_RANGE.fullmatch(doc[k].text):
        return 1
    if k + 2 < len(doc) and _is_year(doc[k]) and doc[k + 1].text in {"-", "–"} and doc[k + 2].is_digit \
            and YEAR_RANGE.fullmatch(doc[k].text + "-" + doc[k + 2].text):
        return 3
    return 0


def _joins_name(doc: Doc, k: int) -> bool:
    """The hyphen of "Timor-Leste" or the possessive of "Timor-Leste's Full Membership", inside a capitalised name;
    also the hyphen and the lower-case half of "Cross-border" before the name's next capitalised word."""
    if k + 1 >= len(doc):
        return False
    if _hyphen_joins(doc, k) and doc[k + 1].is_lower and k + 2 < len(doc) and doc[k + 2].is_title:
        return doc[k - 1].is_title  # "Facilitation of Cross-border Paperless Trade"
    if doc[k].is_lower and doc[k].is_alpha and k >= 2 and _hyphen_joins(doc, k - 1) and doc[k - 2].is_title:
        return doc[k + 1].is_title
    if not doc[k + 1].is_title:
        return False
    if doc[k].text in {"-", "–"}:
        return _hyphen_joins(doc, k)
    return doc[k].text in {"'s", "’s"}


def _hyphen_joins(doc: Doc, k: int) -> bool:
    """A hyphen with no space on either side."""
    return doc[k].text in {"-", "–"} and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


# --- NER -------------------------------------------------------------------------------------------------------------

def _merged_entities(doc: Doc, org_heads: frozenset[str] = frozenset()) -> list[Span]:
    """NER sometimes cuts one name in two ("Mamadou Sy" + "Ndiaye"): join touching PERSON/ORG fragments made only
    of capitalised proper nouns."""
    merged: list[Span] = []
    for ent in doc.ents:
        breaks = [t.i for t in ent if "\n" in t.text]
        if breaks:
            # "OECS AUTHORITY\n\nROSEAU": a name never runs across a line break (a headline into a dateline)
            ent = Span(doc, ent.start, breaks[0], label=ent.label_) if breaks[0] > ent.start else None
            if ent is None:
                continue
        if merged and merged[-1].end == ent.start and ({merged[-1].label_, ent.label_} <= {"PERSON", "ORG"}
                                                       or "PERSON" in {merged[-1].label_, ent.label_}
                                                       and {merged[-1].label_, ent.label_} <= {"PERSON", "GPE", "LOC"}) \
                and all(t.pos_ == "PROPN" and t.is_title or t.lower_ in NAME_PARTICLES and "PERSON" in {merged[-1].label_, ent.label_}
                        or t.text == "-" and not t.whitespace_ and t.i > ent.start  # "Joost van der" + "Linde-Maas"
                        for t in (*merged[-1], *ent)):  # "Ursula von der" + "Leyen"
            label = "PERSON" if "PERSON" in (merged[-1].label_, ent.label_) else "ORG"
            if ent[-1].lower_ in org_heads:
                label = "ORG"  # "King Salman" + "Humanitarian Aid and Relief Centre" is one body
            merged[-1] = Span(doc, merged[-1].start, ent.end, label=label)
        else:
            merged.append(ent)
    return merged


def _ner_spans(doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon, countries: frozenset[str] = frozenset()):
    """NER's names, cleaned and retyped; `countries` are the gazetteer keys of the countries the article names."""
    out = []
    for ent in _merged_entities(doc, lexicon.org_heads):
        type_ = NER_TYPES.get(ent.label_)
        if type_ is None:
            continue
        span = _trim(ent, lexicon)
        if span is None or not any(t.is_alpha for t in span):
            continue
        if type_ in {"Organization", "Person"} and any(t.like_num for t in span) \
                and any(t.text.endswith("$") or t.lower_ in {"million", "billion"} for t in span):
            continue  # "NZ$12 million": an amount of money NER took for a body
        if type_ in {"Organization", "Person"} and all(t.is_lower or not t.is_alpha for t in span):
            continue  # "the EU's border and coast guard agency, Frontex": a description, not a name
        if len(span) > 3 and span[-2].text == "," and span[-1].is_upper:
            span = span[:-2]  # "the Inter-American Board of Agriculture, IICA's highest body": the acronym is another's
        if lexicon.is_bare_post(span):
            continue
        if type_ == "Person" and len(span) == 2 and gazetteer.demonym(span[0].text) is not None \
                and gazetteer.lookup(span[0].text) is None:
            span = span[:1]  # "Tajik Minister", "Lithuanian Farmers": a people's adjective (retyped next), no name
        if type_ in {"Place", "Person", "Organization"} and len(span) == 1 and gazetteer.lookup(span.text) is None \
                and gazetteer.demonym(span.text) is not None:
            type_ = "Demonym"  # NER sometimes takes "Tongan" for a place, "Gambian" for a person or a body
        if type_ == "Organization" and len(span) == 1 and gazetteer.lookup(span.text) is None \
                and (span[0].pos_ == "ADJ" and span[0].dep_ == "amod"
                     or span[0].lower_.endswith(PEOPLES_ADJECTIVE_ENDINGS) and span[0].dep_ in {"compound", "amod"}
                     and span[0].head.is_lower):
            continue  # "Turkic leaders approve …", "a common Turkic market": an adjective, no body
        if type_ == "Organization" and len(span) > 1 and gazetteer.demonym(span[0].text) is not None \
                and all(t.lower_ in lexicon.portfolio_words for t in span[1:]) and span.end < len(doc) \
                and lexicon.is_title_word(doc[span.end].lower_):
            span, type_ = span[:1], "Demonym"  # "Kazakh Energy Minister X": a nationality and a portfolio, no body
        if type_ == "Demonym" and span.text.lower() in REGIONAL_DEMONYMS and span.end < len(span.doc) \
                and span.doc[span.end].tag_ == "NNS":
            continue  # "Central African governments": the region's, not the Central African Republic's
        if type_ == "Demonym" and _of_a_region(span, gazetteer):
            continue
        if type_ == "Demonym":
            entry = gazetteer.demonym(span.text)
            if entry is not None:
                out.append((span, "Demonym", "ner", entry))
            continue
        if type_ == "Process":
            if span[-1].lower_ not in lexicon.named_process_heads:
                continue
        if type_ == "Person" and len(span) == 1 and span[0].lower_ in LEGAL_TEXT_WORDS and _word_before(span, -1) == "the":
            continue  # "assent to the Bill": the text, no one named Bill
        if type_ == "Person" and any(t.lower_ in lexicon.named_process_heads for t in span) \
                and any(t.lower_ in {"on", "for", "against"} for t in span):
            continue  # "the Model Law on Public Financial Management": an undertaking's name, no one's
        if span[0].lower_ in STORM_WORDS:
            continue  # "Hurricane Leona", "Cyclone Freddy": an event, not a body or a person
        if type_ in {"Person", "Organization"} and span.start >= 2 and _word_before(span, -1) == "of" \
                and (_word_before(span, -2) in GEOGRAPHIC_HEADS | SETTLEMENT_WORDS | {"islands"}
                     or span.doc[span.start - 2].text == "department"):  # (a lower-case one: no "Department of")
            type_ = "Place"  # "the Iraqi port of Umm Qasr", "Grenada's islands of Carriacou", "the department of Nariño"
        if type_ == "Person" and span[-1].lower_ in GEOGRAPHIC_HEADS:
            type_ = "Place"  # "Kuwait's Bubiyan Island"
        if type_ == "Person" and _kind_of_place_after(span):
            type_ = "Place"  # "the Tien Shan mountains", "the Pamir and Tien Shan mountains"
        if type_ == "Person" and _place_kind_follows(span):
            type_, span = "Place", span.doc[span.start:_place_kind_follows(span) - 1]  # "Brazil's Mato Grosso do Sul state"
        comma = next((t.i for t in span if t.text == ","), None)
        if type_ in {"Organization", "Place"} and comma is not None and comma > span.start \
                and getattr(gazetteer.lookup(span.doc[span.start:comma].text), "type", None) in {"Country", "Place"} \
                and 2 <= span.end - comma - 1 <= 4 and all(t.is_title or t.text == "-" for t in span.doc[comma + 1:span.end]):
            # "its Ambassador to Gabon, Ilse Vandermeulen,": NER runs the place on into the name after the comma
            span, type_ = span.doc[comma + 1:span.end], "Person"
        if type_ == "Organization" and comma is not None and comma > span.start \
                and portfolio_title(doc, comma - 1, lexicon, through_commas=False) is not None \
                and 2 <= span.end - comma - 1 <= 4 and all(t.is_title or t.text == "-" for t in span.doc[comma + 1:span.end]):
            # "Minister of Natural Resources and Tourism, Hamisi Mrisho-Kombo": NER runs the portfolio into the name
            span, type_ = span.doc[comma + 1:span.end], "Person"
        if type_ in {"Organization", "Person"} and len(span) >= 4 and span[-2].lower_ == "of" \
                and getattr(gazetteer.lookup(span[-1].text), "type", None) == "Country" \
                and _is_person_with_title(span[:-2], lexicon, gazetteer):
            span, type_ = span[:-2], "Person"  # "the Parliament's Speaker, Aissatou Ndiaye-Sarr of Senegal"
        if type_ in {"Place", "Organization"} and _followed_by_bracketed_country(span, gazetteer) \
                and all(t.is_title or t.text == "-" for t in span) and gazetteer.lookup(span.text) is None \
                and span[-1].lower_ not in lexicon.org_heads:
            type_ = "Person"  # "Karim Benslimane-Rahal (Algeria)": a delegate with the country they speak for
        if type_ == "Person" and all(lexicon.is_title_word(t.lower_) or t.lower_ in lexicon.title_modifiers
                                     or t.lower_.rstrip(".") in lexicon.honorifics or t.is_punct for t in span):
            continue  # "incoming Chairperson", "Hon.": a post or a courtesy, no one's name
        if type_ == "Organization" and span[0].lower_ in lexicon.portfolio_words and _word_before(span, -1) in {"of", "for"} \
                and lexicon.is_title_word(_word_before(span, -2)) and span[-1].lower_ not in lexicon.org_heads:
            continue  # "the Secretary of Defence of Sri Lanka": a portfolio, and the state it serves
        if type_ == "Person" and portfolio_title(doc, span.start, lexicon, through_commas=False) is not None \
                and (_word_before(span, -1) in {"and", "of", "for", ","} or any(t.lower_ in lexicon.portfolio_words for t in span)):
            # "Minister of National Education and Vocational Training": the rest of a portfolio (but in
            # "Commissioner for Enlargement Anna Kowalczyk-Berg" the name follows a portfolio of one word)
            continue
        if type_ in {"Person", "Organization"} and span[0].lower_ in lexicon.portfolio_words \
                and all(t.lower_ in lexicon.portfolio_words | {"and", "of", "the"} or not t.is_alpha for t in span):
            continue  # "Minister of Agriculture, Water Resources and Fisheries": a portfolio, no one's name or body
        if type_ == "Organization" and len(span) == 1 and not span[0].is_upper and span.start > 0 \
                and _word_before(span, -1) in {"in", "at", "near"} and span[0].lower_ not in lexicon.org_heads:
            type_ = "Place"  # "a sarin attack in Ghouta", "the summit in Gabala": NER's unknown town
        if type_ == "Organization" and len(span) >= 2 and span.end + 1 < len(doc) and span[-1].lower_ not in lexicon.org_heads \
                and getattr(gazetteer.lookup(span[:-1].text), "type", None) == "Organization" \
                and (doc[span.end].lower_ == "and" and doc[span.end + 1].is_title or lexicon.is_title_word(doc[span.end].lower_)):
            span = span[:-1]  # "the UN Resident and Humanitarian Coordinator": the body, then the first word of a post
        if type_ == "Organization" and _named_as_a_place(span, lexicon, gazetteer):
            type_ = "Place"
        if type_ in {"Organization", "Person"}:
            parts = _split_at_and(span)
            towns = [part for part in parts if _mistaken_town(part, lexicon, gazetteer, countries)]
            if len(parts) > 1 and len(towns) == len(parts):
                out.extend((town, "Place", "ner", None) for town in towns)  # "the districts of Ambovombe and Amboasary"
                continue
            if _mistaken_town(span, lexicon, gazetteer, countries):
                type_ = "Place"  # "the border post at Mandimba"
        if type_ == "Person" and len(span) == 1 and span[0].is_title and span[0].lower_ in lexicon.org_heads:
            # "the union's Rabat-based General Secretariat": a body word NER took for a name
            start = span.start
            while start > 0 and span.doc[start - 1].is_title and span.doc[start - 1].lower_ in lexicon.title_modifiers:
                start -= 1
            span = span.doc[start:span.end]
        if type_ == "Person" and len(span) >= 2 and span[0].is_title and span[0].lower_ in lexicon.org_heads \
                and gazetteer.lookup(span.text) is None:
            type_ = "Organization"  # "Empresa Propietaria de la Red", "Banco de Desarrollo": the head comes first
        if type_ in {"Person", "Place"} and span[-1].is_title and span[-1].lower_ in lexicon.org_heads \
                and (len(span) >= 2 or type_ == "Person") and gazetteer.lookup(span.text) is None:
            # "the Multilateral Sanctions Monitoring Team": no one's name ends in a body word; "the Permanent
            # International Secretariat" is no building
            type_ = "Organization"
        if type_ == "Person":
            span = _extend_name_left(span, lexicon, gazetteer)
            span = _strip_honorifics(span, lexicon)
            if span is None or _looks_like_date(span) or len(span.text) < 2:
                continue
            entry = gazetteer.lookup(span.text)
            if entry is not None:
                out.append((span, entry.type, "ner", entry))
                continue
        owned = type_ == "Organization" and len(span) >= 3 and span[1].lower_ in {"'s", "’s"}
        owner = gazetteer.lookup(span[0].text) if owned else None
        if owner is not None and owner.type == "Country" or owned and span[0].lower_ in lexicon.org_heads \
                and span[2].lower_ in lexicon.org_heads:
            # "Malawi's Department of Disaster Management Affairs", "the Assembly's Committee on Agriculture": the
            # owner is not in the name
            span = span[2:]
        if type_ == "Organization":
            span = _with_portfolio_list(span, gazetteer)
            span = _org_before_title(span, lexicon)
            if span is None or span.text.lower() in lexicon.honorifics or "/" in span.text and span.text.isupper():
                continue  # "DPM/FM", "PM": abbreviated titles, not organizations
            if _is_person_with_title(span, lexicon, gazetteer):
                out.append((_strip_honorifics(_extend_name_left(span, lexicon, gazetteer), lexicon), "Person", "ner", None))
                continue
            glued = _name_glued_to_portfolio(span, lexicon, gazetteer)
            if glued is not None:
                out.append((glued, "Person", "ner", None))  # "Vice-Minister of Social Defence [Ramiro Quispe]"
                continue
            if _name_after_title(span, lexicon, gazetteer) or _named_by_copula_after_title(span, lexicon, gazetteer):
                # "WMO Secretary-General Corinna [Vasquez-Hale]": NER took the surname for a body
                person = _extend_name_left(span, lexicon, gazetteer)
                out.append((person, "Person", "ner", None))
                continue
            if _is_part_of_title(span, lexicon, gazetteer):
                continue
            span = _without_seat(span, gazetteer)
            span = _with_mission_area(span, lexicon, gazetteer)
        entry = gazetteer.lookup(span.text)
        if entry is not None:
            out.append((span, entry.type, "ner", entry))
            continue
        if type_ == "Place" and _is_person_with_title(span, lexicon, gazetteer):
            out.append((span, "Person", "ner", None))
            continue
        out.append((span, type_, "ner", None))
    return out


GEOGRAPHIC_HEADS = {"island", "islands", "peninsula", "province", "governorate", "district", "region", "river", "lake",
                    "mountain", "mountains", "valley", "bay", "gulf", "strait", "coast", "sea", "desert", "plateau",
                    "county", "prefecture", "oblast", "state"}
SETTLEMENT_WORDS = {"port", "town", "city", "village", "camp", "capital", "border"}
STORM_WORDS = {"hurricane", "cyclone", "typhoon", "storm", "tropical"}


# what a place is called by its kind, after its name ("the Margara crossing", "the Chiquitanía region") or in an
# appositive ("the Cuvette Centrale, the world's largest tropical peatland")
PLACE_KIND_NOUNS = GEOGRAPHIC_HEADS | {"islands", "districts", "provinces", "regions", "crossing", "crossings",
                                      "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "municipality",
                                      "peatland", "peatlands", "wetland", "wetlands", "lagoon", "delta", "estuary",
                                      "basin", "oasis", "forest", "plain", "plains", "highlands", "lowlands"}


def _kind_of_place_after(span: Span) -> bool:
    """"Tien Shan mountains", "the Torugart crossing", "its Umm Qasr port", and the first of "the Pamir and Tien Shan
    mountains": a kind of place right after the name, or after a second name joined to it by "and"."""
    doc, k = span.doc, span.end
    if k + 1 < len(doc) and doc[k].lower_ == "and":
        k += 1
        while k < len(doc) and k - span.end < 5 and doc[k].pos_ == "PROPN" and doc[k].is_title:
            k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].lower_ in GEOGRAPHIC_HEADS and doc[k].tag_ == "NNS" or \
        k == span.end and k < len(doc) and doc[k].is_lower and doc[k].lower_ in PLACE_KIND_NOUNS | SETTLEMENT_WORDS


def _place_kind_follows(span: Span) -> int:
    """The end of "Mato Grosso do Sul state" after NER's "Mato Grosso": a place's name, its particles and the rest
    of its name, then the kind of place it is; 0 when no kind follows."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < 3 and (doc[k].lower_ in NAME_PARTICLES or doc[k].pos_ == "PROPN" and doc[k].is_title):
        k += 1
    return k + 1 if k > span.end and k < len(doc) and doc[k].lower_ in GEOGRAPHIC_HEADS and doc[k].is_lower else 0


def _named_as_a_place(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """NER takes many unfamiliar place names for bodies; the words around them say what they are: a place kind after
    the name (also after a coordinated second name, "the Islam Qala and Torkham crossings"), "Noida-based", an
    appositive naming a place kind, or "between Corumbá, in Brazil, and …"."""
    doc = span.doc
    if gazetteer.lookup(span.text) is not None or any(t.lower_ in lexicon.org_heads for t in span):
        return False
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ == "based":
        return True
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
        while k < len(doc) and doc[k].is_title:
            k += 1
    if k < len(doc) and doc[k].lower_ in PLACE_KIND_NOUNS and doc[k].pos_ in {"NOUN", "PROPN"} and not doc[k].is_title:
        return True
    if any(t.dep_ == "appos" and t.head.i in range(span.start, span.end) and t.lower_ in PLACE_KIND_NOUNS
           for t in doc[span.end:min(len(doc), span.end + 10)]):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in {"between", "from", "near"} and span.end + 2 < len(doc) \
            and doc[span.end].text == "," and doc[span.end + 1].lower_ == "in":
        entry = gazetteer.lookup(doc[span.end + 2].text)
        return entry is not None and entry.type in {"Country", "Place"}
    return False


def _word_before(span: Span, offset: int) -> str:
    """The lower-case word `offset` tokens before the span (-1: just before)."""
    k = span.start + offset
    return span.doc[k].lower_ if 0 <= k < len(span.doc) else ""


def _followed_by_bracketed_country(span: Span, gazetteer: Gazetteer) -> bool:
    doc, k = span.doc, span.end
    if k + 2 >= len(doc) or doc[k].text != "(":
        return False
    close = next((i for i in range(k + 1, min(len(doc), k + 6)) if doc[i].text == ")"), None)
    entry = gazetteer.lookup(doc[k + 1:close].text) if close is not None else None
    return entry is not None and entry.type == "Country"


# bodies named with the place they work in ("UN Mission in Liberia", "Office in Burundi"); others are only seated there
AREA_KIND_NOUNS = {"zone", "region", "province", "district", "corridor", "basin", "valley", "coast", "islands"}
AREA_NAMED_HEADS = {"mission", "missions", "office", "operation", "force", "delegation", "embassy", "representation",
                    "presence", "centre", "center"}


def _without_seat(span: Span, gazetteer: Gazetteer) -> Span:
    """"the ASEAN Secretariat in Jakarta", "the Refugee Coordination Forum in Chisinau": NER runs on into the seat,
    which is no part of the body's name (unlike a mission's area)."""
    doc = span.doc
    cut = next((t.i for t in span if t.lower_ == "in" and t.i > span.start), None)
    if cut is None or doc[cut - 1].lower_ in AREA_NAMED_HEADS:
        return span
    place = doc[cut + 1:span.end]
    if place and place[0].lower_ == "the":
        place = place[1:]
    entry = gazetteer.lookup(place.text) if place else None
    is_place = entry is not None and entry.type in {"Place", "Country"} \
        or bool(place) and all(t.ent_type_ in {"GPE", "LOC"} for t in place)
    return doc[span.start:cut] if is_place else span


def _trim(span: Span, lexicon: Lexicon) -> Span | None:
    """Drop determiners, leading verbs ("Briefing the Security Council"), possessive endings and brackets."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ in {"DET", "VERB", "PUNCT", "ADP"} or doc[start].lower_ in {"the", "a", "an"}
                           or doc[start].tag_ == "PRP$"):  # "Its National Agency for Food and Drug Administration"
        start += 1
    # "the council of the Regional Anti-Terrorist Structure": a lower-case noun and "of" are no part of the name
    lead = start
    while lead < end and doc[lead].is_lower and doc[lead].pos_ in {"NOUN", "ADJ"}:
        lead += 1
    if start < lead < end - 1 and doc[lead].lower_ == "of":
        start = lead + 1
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
    # "The Council of Ministers adopted Regulation 12": NER may run on over the sentence's verb
    end = next((i for i in range(start + 1, end) if doc[i].is_lower and doc[i].tag_ in {"VBD", "VBZ", "VBP"}
                and doc[i].pos_ == "VERB"), end)
    while end > start and (doc[end - 1].pos_ == "PART" and doc[end - 1].lower_ in {"'s", "’s", "'"}
                           or doc[end - 1].is_punct or doc[end - 1].pos_ in {"CCONJ", "ADP", "DET"}):
        end -= 1
    # "Inter-Parliamentary Union (IPU": an opening bracket NER swallowed starts the acronym, not the name
    opening = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opening is not None and not any(doc[i].text == ")" for i in range(opening, end)):
        end = opening
    if start >= end or all(doc[i].lower_ in SEAT_HOLDER_WORDS for i in range(start, end)):
        return None  # "Heads of State and Government": the people assembled, no body's name
    return doc[start:end]


SEAT_HOLDER_WORDS = {"state", "states", "government", "governments", "and", "heads", "of"}


def _extend_name_left(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> Span:
    """NER may drop a first name ("Ambassador Ana [Paula Ribeiro]", "Olusegun Adebayo-[Hart]"): take back
    capitalised name parts; and the rest of a name it cut short ("[Jean-Pierre] Ilunga Mbayo")."""
    doc, start = span.doc, span.start

    def name_part(token: Token) -> bool:
        return (token.pos_ == "PROPN" and token.is_title and token.lower_.rstrip(".") not in lexicon.honorifics
                and not lexicon.is_title_word(token.lower_) and gazetteer.lookup(token.text) is None
                and token.ent_type_ in {"", "PERSON"})

    while start > 0:
        before = doc[start - 1]
        if before.text == "-" and start >= 2 and not before.whitespace_ and not doc[start - 2].whitespace_ and name_part(doc[start - 2]):
            start -= 2  # "Adebayo-Hart"
            continue
        if before.lower_ in NAME_PARTICLES and start >= 2 and name_part(doc[start - 2]) and doc[start].is_title:
            start -= 1  # "Hashim [bin] Rahman", "Mohamed [ould] Cheikh"
            continue
        if not (name_part(before) and (before.dep_ == "compound" and start <= before.head.i < span.end
                                       or before.dep_ in {"punct", "dep"})):  # a first name the parser lost
            break
        if start >= 3 and doc[start - 2].lower_ in {"for", "of"} and lexicon.is_title_word(doc[start - 3].lower_):
            break  # "Commissioner for Enlargement Anna Kowalczyk-Berg": a portfolio of one word, then the name
        start -= 1
    end = span.end
    while end < len(doc) and end - start < 6:
        if doc[end].text == "-" and end + 1 < len(doc) and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and name_part(doc[end + 1]):
            end += 2  # "Patrice Mavoungou-[Ndinga]"
        elif name_part(doc[end]) and (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end
                                      or doc[end].dep_ == "compound" and doc[end].head.i > end):
            end += 1
        else:
            break
    return doc[start:end]


def _strip_honorifics(span: Span, lexicon: Lexicon) -> Span | None:
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (doc[start].lower_.rstrip(".") in lexicon.honorifics or doc[start].is_punct
                                    or doc[start].lower_ in lexicon.title_heads or doc[start].lower_ in lexicon.title_modifiers):
        start += 1
    return doc[start:span.end]


def _org_before_title(span: Span, lexicon: Lexicon) -> Span | None:
    """"The African Union's Special Envoy" is a person's title: keep the organization before the possessive."""
    doc = span.doc
    for token in span:
        if token.lower_ in {"'s", "’s"} and token.i > span.start:
            rest = doc[token.i + 1:span.end]
            if any(lexicon.is_title_word(t.lower_) for t in rest):
                return doc[span.start:token.i]
    if any(lexicon.is_title_word(t.lower_) and t.lower_ not in lexicon.org_heads for t in (span[-1], span.root)):
        return None
    return span


def _is_person_with_title(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """NER sometimes calls a name an ORG or a place; "X Y Z, Chairperson of the Commission", "said X Y of the
    delegation", "Denmark's X Y" are people all the same."""
    if gazetteer.lookup(span.text) is not None or any(t.lower_ in lexicon.org_heads | GEOGRAPHIC_HEADS for t in span):
        return False  # "Kuwait's Bubiyan Island" is a place
    if not all(t.is_title and t.pos_ in {"PROPN", "NOUN"} or t.text == "-" for t in span) or not 2 <= len(span) <= 6 \
            or sum(t.text != "-" for t in span) > 4 or any(lexicon.is_title_word(t.lower_) for t in span):
        return False
    if any(gazetteer.lookup(t.text) is not None or gazetteer.demonym(t.text) is not None for t in span):
        return False
    doc = span.doc
    if portfolio_title(doc, span.start, lexicon, through_commas=False) is not None:
        # "Deputy Minister for European Affairs, whose country …", "Minister of National Education and Vocational
        # Training, X": the post's portfolio, no one's name
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in {"who", "whose"}:
        return True  # "Natalia Brunel-Okoye, who heads the mission": bodies take "which"
    if _after_a_title_and_comma(span, lexicon):
        return True
    root = span.root
    if root.dep_ in {"nsubj"} and root.head.lemma_.lower() in lexicon.speech_verbs:
        return True  # "..., said Hashim Eltayeb Abdelrahim"
    if root.dep_ == "dobj" and root.head.lemma_.lower() in APPOINTING_VERBS \
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.head.children):
        return True  # "The AU appointed Aminata Ndour-Seck as its envoy": one appointed to a post is a person
    if any(c.dep_ == "poss" and gazetteer.lookup(c.text) is not None and gazetteer.lookup(c.text).type == "Country"
           for c in root.children):
        return True  # "Denmark's Lars Vinther"
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and lexicon.is_title_word(child.lower_):
            return True
    root = span.root
    # "Ethiopia's ambassador to the AU, Dawit X": the parser may hang the name on the title's last noun
    return root.dep_ == "appos" and root.head.i < span.start and (lexicon.is_title_word(root.head.lower_)
                                                                  or _title_above(root.head, lexicon))


def _after_a_title_and_comma(span: Span, lexicon: Lexicon) -> bool:
    """"Fiji's Minister of Environment and Climate Change, Litiana Ravuvu-Tora, welcomed …": the name set off by
    commas right after a post is its holder, however the parser hangs it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for k in range(span.start - 2, max(-1, span.start - 12), -1):
        token = doc[k]
        if token.pos_ in {"VERB", "AUX", "PRON"} or token.text in {",", ";", ":", "(", ")"}:
            return False
        if lexicon.is_title_word(token.lower_) and token.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


def _with_mission_area(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> Span:
    """"European Union Mission" + "in Armenia": missions and offices are named with the place they work in."""
    doc = span.doc
    # "UN Panel of Experts" + "on Libya": the head may be followed by its "of ..." phrase
    if not any(t.lower_ in lexicon.org_heads for t in span) or span.end + 1 >= len(doc) \
            or doc[span.end].lower_ not in {"in", "for", "to", "on"}:
        return span
    if doc[span.end].lower_ == "in" and span[-1].lower_ not in AREA_NAMED_HEADS:
        return span  # "the ASEAN Secretariat in Jakarta": a seat, not part of the name
    for width in (8, 7, 6, 5, 4, 3, 2, 1):
        end = span.end + 1 + width
        if end > len(doc):
            continue
        area = doc[span.end + 1:end]
        if area[0].lower_ == "the" and len(area) > 1:
            area = area[1:]
        if area[-1].is_punct or any(t.is_space or t.text in {".", ",", ";", ":", "(", ")"} for t in area):
            continue  # "Mission to Moldova," : the gazetteer would forgive the comma, the name must not keep it
        if end < len(doc) and doc[end].lower_ in {"'s", "’s"} or any(t.lower_ in {"'s", "’s"} for t in area):
            continue  # "the OSCE Mission to Serbia and Serbia's Ministry of Defence": the second state owns the next name
        # "Mission for the Central African Republic and Central Africa": an area may be two places
        parts = _split_at_and(area)
        if all(_is_place_name(part, gazetteer) for part in parts):
            return doc[span.start:end]
    return span


def _split_at_and(area: Span) -> list[Span]:
    cut = next((t.i for t in area if t.lower_ == "and"), None)
    if cut is None or cut == area.start or cut + 1 >= area.end:
        return [area]
    second = cut + 2 if area.doc[cut + 1].lower_ == "the" and cut + 2 < area.end else cut + 1
    return [area.doc[area.start:cut], area.doc[second:area.end]]


def _is_place_name(area: Span, gazetteer: Gazetteer) -> bool:
    """A place or country the gazetteer knows, written as a name ("the CAR" too, not "the region")."""
    entry = gazetteer.lookup(area.text)
    if entry is None and len(area) >= 2 and all(t.is_title for t in area) and area[-1].lower_ in AREA_KIND_NOUNS:
        return True  # "the Adjacency Zone", "the Northern Region": a capitalised name of its own kind of area
    return entry is not None and entry.type in {"Place", "Country"} and (area[0].is_title or area[0].is_upper)


def _name_glued_to_portfolio(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> Span | None:
    """"Bolivian Vice-Minister of Social Defence Ramiro Quispe Arandia": NER made one body of the portfolio and the
    name; the proper nouns after the last portfolio word are the person."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in {"of", "for"} or not lexicon.is_title_word(doc[span.start - 2].lower_):
        return None
    cut = max((t.i for t in span if t.lower_ in lexicon.title_modifiers), default=None)
    if cut is None or span.end - cut - 1 < 2:
        return None
    name = doc[cut + 1:span.end]
    if gazetteer.lookup(name.text) is not None or any(t.lower_ in lexicon.org_heads for t in name) \
            or not all(t.pos_ == "PROPN" and t.is_title or t.text == "-" for t in name):
        return None
    return name


def _named_by_copula_after_title(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """"whose spokesperson on the case was Faruque Hossain Tarafder": the one a post "was" is a person."""
    root = span.root
    if root.dep_ != "attr" or root.head.lemma_ != "be" or gazetteer.lookup(span.text) is not None \
            or any(t.lower_ in lexicon.org_heads for t in span) or not all(t.pos_ == "PROPN" for t in span):
        return False
    return any(c.dep_ == "nsubj" and lexicon.is_title_word(c.lower_) for c in root.head.children)


def _name_after_title(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """Proper nouns with no body word, right after a title (and perhaps a first name NER left out)."""
    doc = span.doc
    if gazetteer.lookup(span.text) is not None or any(t.lower_ in lexicon.org_heads for t in span) \
            or not all(t.pos_ == "PROPN" and t.is_title or t.text == "-" for t in span):
        return False
    k = span.start - 1
    if k >= 0 and doc[k].pos_ == "PROPN" and doc[k].is_title and not lexicon.is_title_word(doc[k].lower_) \
            and doc[k].ent_type_ == "":
        k -= 1  # the first name
    return k >= 0 and (lexicon.is_title_word(doc[k].lower_) or doc[k].lower_ == "general" and k >= 2
                       and lexicon.is_title_word(doc[k - 2].lower_))


def _is_part_of_title(span: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """"State" of "State Secretary", "Foreign" of "Foreign Minister", "Political Affairs" of "Commissioner for
    Political Affairs": NER takes a title's modifier for a name."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "for" and lexicon.is_title_word(root.head.head.lower_) \
            and gazetteer.lookup(span.text) is None and not any(t.lower_ in lexicon.org_heads for t in span):
        return True
    # "Minister of Climate and Environment": a portfolio after "of", written without "the", is no body
    if root.dep_ == "pobj" and root.head.lower_ == "of" and lexicon.is_title_word(root.head.head.lower_) \
            and span.start > 0 and span.doc[span.start - 1].lower_ == "of" and gazetteer.lookup(span.text) is None \
            and not any(t.lower_ in lexicon.org_heads for t in span):
        return True
    doc = span.doc
    if len(span) > 1 and gazetteer.demonym(span[0].text) is not None and span.end < len(doc) \
            and lexicon.is_title_word(doc[span.end].lower_) and gazetteer.lookup(span.text) is None \
            and not any(t.lower_ in lexicon.org_heads for t in span):
        return True  # "Ethiopian Agriculture Minister X": a nationality and a portfolio, no body
    head = span.root.head
    # only title-internal words: "Chevron spokesman" names a company, "State Secretary" does not
    return (span.root.dep_ in {"compound", "amod"} and head.i >= span.end and lexicon.is_title_word(head.lower_)
            and all(t.lower_ in lexicon.title_modifiers for t in span))


def _mistaken_town(span: Span, lexicon: Lexicon, gazetteer: Gazetteer, countries: frozenset[str]) -> bool:
    """A town GeoNames knows in a country the article names, which NER took for a body or a person: not a name the
    gazetteer knows, an acronym, a word of the lexicon, the surname of someone named in full, or a name after a
    title. (The country matters: many towns are named after people, "Anderson", "Mason", "Burlington".)"""
    if not countries or span.text.isupper() or gazetteer.lookup(span.text) is not None \
            or not known_town(span.text) & countries:
        return False  # (with no country named, GeoNames is not even loaded)
    if any(t.lower_ in lexicon.org_heads | lexicon.process_heads or lexicon.is_title_word(t.lower_) for t in span):
        return False
    if span.start > 0 and (lexicon.is_title_word(_word_before(span, -1))
                           or _word_before(span, -1).rstrip(".") in lexicon.honorifics):
        return False
    return not any(e.label_ == "PERSON" and len(e) > len(span) and e.text.endswith(span.text) for e in span.doc.ents)


def _looks_like_date(span: Span) -> bool:
    words = [t.lower_.rstrip(".") for t in span]
    return any(w in _MONTHS for w in words) and any(t.like_num for t in span)


def _is_unknown_acronym(span: Span) -> bool:
    return len(span) == 1 and span.text.isupper() and len(span.text) <= 5


def portfolio_title(doc: Doc, k: int, lexicon: Lexicon, through_commas: bool = True) -> Token | None:
    """The title whose portfolio the capitalised word at `k` is part of, "[Minister] of Environment and Ecological
    Transition", read along the words (the parser often misplaces such titles)."""
    start = k
    joiners = {"and", ","} if through_commas else {"and"}
    while k > 0 and start - k < 8 and (doc[k].is_title or doc[k].lower_ in joiners) and doc[k].lower_ not in {"of", "for"}:
        k -= 1
    if start > k > 0 and doc[k].lower_ in {"of", "for"} and lexicon.is_title_word(doc[k - 1].lower_):
        return doc[k - 1]
    return None


def _capitalised(token: Token) -> bool:
    """"Fusitu'a" as well as "Tupou": a capital first and lower case after (str.istitle fails on the apostrophe)."""
    return token.text[:1].isupper() and any(c.islower() for c in token.text) and not any(c.isupper() for c in token.text[1:])


def _hyphenated_surname(token: Token) -> bool:
    """The last part of "Fusitu'a-Tupou"."""
    return token.i >= 2 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_ \
        and _capitalised(token.doc[token.i - 2])


def _names_beside_titles(doc: Doc, chosen, lexicon: Lexicon, gazetteer: Gazetteer):
    """"The UN Special Envoy for Yemen, Anders Holmqvist, ...": a capitalised name in apposition to a title is a
    person even where NER missed it (or caught only "Tan Sri" of "Tan Sri Zulkifli Omar")."""
    owner = {i: c for c in chosen for i in range(c[0].start, c[0].end)}
    added, dropped = [], set()
    for token in doc:
        # ("Mele Fusitu'a-Tupou": the tagger may call the last part a noun)
        if not (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.dep_ == "appos" and _hyphenated_surname(token)) \
                or not _capitalised(token) or lexicon.is_title_word(token.lower_):
            continue  # "the head of the mission, Special Representative X": the appositive's head is a title too
        title_after = any(c.dep_ == "appos" and c.i > token.i and lexicon.is_title_word(c.lower_) for c in token.children)
        # "its Minister of Foreign Affairs, Moses Tari Lulu, who ...": the parser may coordinate the name with the title
        # "The British High Commissioner to Barbados and the Eastern Caribbean, Helen X,": or on the title's last noun
        comma_conjunct = token.dep_ == "conj" and (lexicon.is_title_word(token.head.lower_) or _title_above(token.head, lexicon)
                                                   and (token.ent_type_ == "PERSON" or any(c.dep_ == "compound" for c in token.children))) \
            and not any(c.dep_ == "cc" for c in token.head.children) and token.left_edge.i > 0 \
            and doc[token.left_edge.i - 1].text == ","
        # "Senegal's Minister of Environment and Ecological Transition, Aïssatou Ndour-Faye, who …": or on a portfolio
        after_portfolio = not comma_conjunct and token.dep_ == "conj" and token.left_edge.i > 1 \
            and doc[token.left_edge.i - 1].text == "," and token.head.i == token.left_edge.i - 2 \
            and portfolio_title(doc, token.head.i, lexicon) is not None
        comma_conjunct = comma_conjunct or after_portfolio
        # "said through its delegate, Fatmata Koroma-Bangura, that ...": a name between commas right after a title
        words = [t.i for t in token.subtree if not t.is_punct]  # the subtree may own the commas around it
        left, right = min(words), max(words) + 1
        before_comma = doc[left - 2] if left >= 2 else None
        between_commas = before_comma is not None and token.dep_ != "conj" and doc[left - 1].text == "," \
            and (lexicon.is_title_word(before_comma.lower_) or _title_above(before_comma, lexicon)) \
            and right < len(doc) and doc[right].text == ","
        if token.dep_ != "appos" and not title_after and not comma_conjunct and not between_commas:
            continue
        title = doc[left - 2] if between_commas else token.head
        if not title_after and not lexicon.is_title_word(title.lower_) and not _title_above(title, lexicon) \
                and portfolio_title(doc, title.i, lexicon) is None:
            continue
        start = token.i
        while start > 0:
            before = doc[start - 1]
            if before.text == "-" and start >= 2 and not before.whitespace_ and not doc[start - 2].whitespace_ \
                    and doc[start - 2].pos_ == "PROPN" and _capitalised(doc[start - 2]):
                start -= 2  # "Lerato Mokoena-Dube"
            elif before.dep_ == "compound" and before.head.i in range(start, token.i + 1) and before.pos_ == "PROPN" \
                    and _capitalised(before) and not lexicon.is_title_word(before.lower_):
                start -= 1
            elif before.lower_ in NAME_PARTICLES and start >= 2 and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title \
                    and not lexicon.is_title_word(doc[start - 2].lower_):
                start -= 2  # "Staffan [de] Mistura"
            else:
                break
        span = doc[start:token.i + 1]
        if after_portfolio and sum(t.is_alpha for t in span) < 2 \
                or portfolio_title(doc, span.start, lexicon, through_commas=False) is not None:
            continue  # "… Integration and Business Delivery, X", "… Education and Vocational Training, X": the portfolio
        if gazetteer.lookup(span.text) is not None or any(t.lower_ in lexicon.org_heads for t in span) \
                or all(t.lower_ in lexicon.portfolio_words or t.lower_.rstrip(".") in lexicon.honorifics for t in span):
            continue  # "Minister of Agriculture, Water Resources and Fisheries, X": a portfolio list; "Hon."
        inside = {id(owner[i]): owner[i] for i in range(span.start, span.end) if i in owner}
        if any(c[2] != "ner" or c[3] is not None or c[0].start < span.start or c[0].end > span.end for c in inside.values()):
            continue  # overlaps a known name, or a longer name already covers it
        if any(c[0].start == span.start and c[0].end == span.end and c[1] == "Person" for c in inside.values()):
            continue
        dropped.update(inside)
        stripped = _strip_honorifics(span, lexicon) if len(span) > 1 else span
        added.append((stripped, "Person", "ner", None))
    # "Irma Cifuentes-Juárez": the parser may hang the hyphen's tail as a second apposition; the longer name wins
    added = [a for a in added if not any(b is not a and b[0].start <= a[0].start and a[0].end <= b[0].end for b in added)]
    return [c for c in chosen if id(c) not in dropped] + added


def _names_opening_sentences_before_titles(doc: Doc, chosen, lexicon: Lexicon, gazetteer: Gazetteer):
    """"Mwila Chanda-Phiri, Speaker of Zambia's National Assembly and President of the Forum, said …": capitalised words
    opening a sentence, set off by a comma before a post, are its holder's name, however NER and the parser read
    them."""
    out = list(chosen)
    for sentence in doc.sents:
        start = sentence.start
        while start < sentence.end and (doc[start].is_space or doc[start].is_punct and doc[start].text != "-"):
            start += 1
        end = start
        while end < sentence.end and (doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha
                                      or doc[end].text == "-" and end > start and not doc[end].whitespace_):
            end += 1
        words = [t for t in doc[start:end] if t.text != "-"]
        if not 2 <= len(words) <= 4 or end + 2 >= sentence.end or doc[end].text != "," \
                or not (doc[end + 1].is_title and lexicon.is_title_word(doc[end + 1].lower_)) \
                or doc[end + 2].lower_ not in {"of", "for", "to", "at", "in"}:
            continue
        span = doc[start:end]
        if gazetteer.lookup(span.text) is not None or any(gazetteer.lookup(t.text) is not None or lexicon.is_title_word(t.lower_)
                                                          or t.lower_ in lexicon.org_heads | lexicon.honorifics for t in words):
            continue
        if any(c[0].start == span.start and c[0].end == span.end and c[1] == "Person" for c in out) \
                or any(c[0].start < span.end and span.start < c[0].end and (c[2] != "ner" or c[1] == "Person") for c in out):
            continue  # NER has it, or a known name overlaps
        out = [c for c in out if not (c[0].start < span.end and span.start < c[0].end)]
        out.append((span, "Person", "ner", None))
    return out


def _title_above(noun: Token, lexicon: Lexicon, depth: int = 3) -> bool:
    """"The deputy head of the UN mission in Libya, X": the parser may hang the name on the last noun of the
    title's prepositional chain; climb it (noun ← of/in ← noun) to the title word."""
    for _ in range(depth):
        while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # "Commissioner for Political Affairs, Peace and Security, X": a portfolio list
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
        if lexicon.is_title_word(noun.lower_):
            return True
    return False


ROYAL_TITLES = {"king", "queen", "emir", "sultan", "sheikh", "sheikha", "prince", "princess", "crown prince", "amir"}
ROMAN_NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}


def _royal_names(doc: Doc, chosen):
    """"Jordan's King Abdullah II", "Emir Tamim bin Hamad Al Thani": NER often misses a ruler's name after the
    title; the capitalised words after it, with a regnal number, are the person."""
    covered = {i for c in chosen for i in range(c[0].start, c[0].end)}
    out = []
    for token in doc:
        if token.lower_ not in ROYAL_TITLES or not token.is_title or token.i + 1 >= len(doc) or token.i + 1 in covered:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 4 and end not in covered and (
                doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].text in ROMAN_NUMERALS
                or doc[end].lower_ in {"bin", "bint", "al", "ibn"} and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if end > token.i + 1 and doc[end - 1].lower_ not in {"bin", "bint", "al", "ibn"}:
            out.append((doc[token.i + 1:end], "Person", "ner", None))
    return out


def _retype_surnames(chosen):
    """NER sometimes calls a bare surname an ORG or a place ("Diallo said"); after "Ousmane Kanté Diallo" it is the
    person."""
    surnames = {span[-1].text for span, type_, *_ in chosen if type_ == "Person" and len(span) > 1}
    # "Ndiaye-Lambert" after "Cécile Ndiaye-Lambert": a hyphenated surname is three tokens
    surnames |= {span.text.split(" ", 1)[1] for span, type_, *_ in chosen if type_ == "Person" and " " in span.text}
    return [(span, "Person", source, None) if source == "ner" and entry is None and type_ in {"Organization", "Place"}
            and (len(span) == 1 or "-" in span.text and " " not in span.text) and span.text in surnames
            else (span, type_, source, entry)
            for span, type_, source, entry in chosen]


def _repeated_surnames(doc: Doc, chosen):
    """"Bello added ..." after "Fatima Sani Bello": NER often misses a bare surname at a sentence start."""
    taken = {i for span, *_ in chosen for i in range(span.start, span.end)}
    surnames = {span[-1].text for span, type_, *_ in chosen if type_ == "Person" and len(span) > 1}
    first_person_at = min((span.start for span, type_, *_ in chosen if type_ == "Person" and len(span) > 1), default=len(doc))
    out = []
    for token in doc[first_person_at:]:
        if token.i not in taken and token.text in surnames and token.is_title and token.pos_ == "PROPN":
            out.append((doc[token.i:token.i + 1], "Person", "ner", None))
    return out


def _repeated_body_names(doc: Doc, chosen, lexicon: Lexicon):
    """"the Committee of Ministers" again, after "the Council of Europe's Committee of Ministers": a body found once
    by its context is the same body where its name recurs without that context (the headline's "ROPME Council" too,
    which NER found only in the story)."""
    taken = {i for span, *_ in chosen for i in range(span.start, span.end)}
    names = {span.text: span for span, type_, source, entry in chosen
             if type_ == "Organization" and entry is None and len(span) > 1
             and (source == "body" or source == "ner" and span[-1].lower_ in lexicon.org_heads)}
    out = []
    for text, span in names.items():
        for run in _runs_of(doc, [t.text for t in span]):
            if run.start != span.start and not any(i in taken for i in range(run.start, run.end)):
                out.append((run, "Organization", "body", None))
                taken.update(range(run.start, run.end))
    return out


def _add_shortened_body_names(doc: Doc, index: MentionIndex, lexicon: Lexicon, sentence_of: dict[int, int]) -> None:
    """"2,000 Task Force personnel" after "the Multinational Joint Task Force": the last two capitalised words of a
    body's longer name stand for it where nothing else claims them, as long as no other body's name ends so."""
    owners: dict[tuple[str, str], list[Mention]] = {}
    for mention in index.mentions:
        words = doc[mention.token_start:mention.token_end]
        if mention.type == "Organization" and mention.source != "coref" and len(words) >= 3 \
                and words[-1].lower_ in lexicon.org_heads | FORCE_HEADS and all(t.is_title for t in words[-2:]):
            owners.setdefault((words[-2].text, words[-1].text), []).append(mention)
    for tail, named in owners.items():
        if len({m.referent.text for m in named}) != 1:
            continue
        for run in _runs_of(doc, list(tail)):
            if any(index.at(i) is not None for i in range(run.start, run.end)) \
                    or run.start > 0 and doc[run.start - 1].is_title or run.end < len(doc) and doc[run.end].is_title:
                continue
            mention = _mention(run, "Organization", "coref", None, sentence_of)
            mention.antecedent, mention.key = named[0], named[0].referent.key
            index.add(mention)


def _runs_of(doc: Doc, words: list[str], start: int = 0):
    """Every place from `start` on where the tokens spell `words`, in text order."""
    for i in range(start, len(doc) - len(words) + 1):
        if [t.text for t in doc[i:i + len(words)]] == words:
            yield doc[i:i + len(words)]


# --- overlaps --------------------------------------------------------------------------------------------------------

def _resolve_overlaps(candidates, gazetteer: Gazetteer, lexicon: Lexicon):
    promoted = {id(c) for c in candidates if c[2] == "ner" and _longer_name_around_gazetteer(c, candidates, gazetteer, lexicon)
                or c[2] == "process" and _process_around_place(c, candidates)
                or c[2] == "ner" and _body_named_after_text(c, candidates, lexicon)}
    ranked = sorted(candidates, key=lambda c: (-(4 if id(c) in promoted else PRIORITY[c[2]]),
                                               -(c[0].end - c[0].start), c[0].start))
    taken: set[int] = set()
    chosen = []
    for candidate in ranked:
        span = candidate[0]
        positions = set(range(span.start, span.end))
        if positions & taken:
            continue
        taken |= positions
        chosen.append(candidate)
    return chosen


def _persons_after_known_names(candidates):
    """"UNICEF Representative in Yemen Peter Hawkes", "UN High Commissioner for Refugees Filippo Rossi": NER runs a
    person's name back into the place or office named just before it; the known name is no part of the person's."""
    known = [c[0] for c in candidates if c[2] == "gazetteer"]
    out = []
    for candidate in candidates:
        span, type_, source, entry = candidate
        covering = [k for k in known if k.start <= span.start < k.end < span.end]
        if type_ == "Person" and source == "ner" and entry is None and covering:
            before = max(covering, key=lambda k: k.end)
            rest = span.doc[before.end:span.end]
            # "Israel Katz" stays whole: a known name starts it, but nothing runs into it
            runs_on = before.start < span.start or span.start > 0 and span.doc[span.start - 1].pos_ == "ADP"
            if runs_on and len(rest) >= 2 and all(t.is_title for t in rest):
                candidate = (rest, type_, source, entry)
        out.append(candidate)
    return out


def _persons_with_hyphenated_tails(doc: Doc, candidates):
    """"Luiz Fernando Tavares-Lima": NER may stop a person at the hyphen and read the tail as a place; the tail is the
    person's surname."""
    tails = {}
    for span, type_, source, entry in candidates:
        k = span.end
        if type_ == "Person" and k + 1 < len(doc) and _hyphen_joins(doc, k) \
                and doc[k + 1].is_title and doc[k + 1].is_alpha \
                and not (k + 2 < len(doc) and doc[k + 2].text == "-"):
            tails[k + 1] = span
    if not tails:
        return candidates
    out = []
    for span, type_, source, entry in candidates:
        if span.start in tails and span.end == span.start + 1 and type_ != "Person":
            continue  # the tail read as a place of its own
        if type_ == "Person" and span.end + 1 in tails and tails[span.end + 1] is span:
            span = doc[span.start:span.end + 2]
        out.append((span, type_, source, entry))
    return out


# entity kinds a holder's name is never tagged with
NOT_NAME_ENTS = {"GPE", "LOC", "DATE", "TIME", "NORP", "FAC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "EVENT", "LAW"}
TITLE_CONNECTORS = {"for", "on", "in", "of", "the", "and", "to", "-"}
LEGAL_TEXT_WORDS = {"act", "law", "bill", "code", "decree", "ordinance", "statute"}


def _names_closing_titles(doc: Doc, candidates, lexicon: Lexicon, gazetteer: Gazetteer):
    """"UN Special Envoy for Syria Geir Pedersen briefed ...", "AU Commission Chairperson Moussa Faki Mahamat
    welcomed ...": the capitalised words that close a title written without a comma are the holder's name, where
    NER missed them or ran them into the title."""
    known = {i for c in candidates if c[2] != "ner" for i in range(c[0].start, c[0].end)}
    overrun = _place_overruns(doc, gazetteer)

    def name_word(token: Token) -> bool:
        lower = token.lower_
        return token.pos_ == "PROPN" and token.is_alpha and token.text[0].isupper() and not token.is_upper \
            and token.i not in known and (token.ent_type_ not in NOT_NAME_ENTS or token.i in overrun) \
            and not lexicon.is_title_word(lower) \
            and lower not in lexicon.honorifics and lower not in lexicon.org_heads and lower not in lexicon.portfolio_words \
            and lower not in lexicon.title_modifiers and lower not in lexicon.named_process_heads \
            and lower not in lexicon.process_heads and lower not in LEGAL_TEXT_WORDS and lower not in _MONTHS and lower not in _WEEKDAYS and gazetteer.demonym(token.text) is None

    added, replaced = [], set()
    for end in range(1, len(doc) + 1):
        if not name_word(doc[end - 1]) or end < len(doc) and (name_word(doc[end]) or doc[end].text == "-"):
            continue
        start = end - 1
        while start > 0 and sum(t.text != "-" for t in doc[start:end]) < 4:
            if name_word(doc[start - 1]):
                start -= 1
            elif doc[start - 1].text == "-" and start >= 2 and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and name_word(doc[start - 2]):
                start -= 2  # "Al-Khulaifi"
            else:
                break
        words = [t for t in doc[start:end] if t.text != "-"]
        if len(words) < 2 or start == 0 or not _closes_a_title(doc, start, lexicon):
            continue
        span = doc[start:end]
        rivals = [c for c in candidates if c[2] == "ner" and c[0].start < end and start < c[0].end]
        if any(c[1] == "Person" and c[0].start >= start for c in rivals):
            continue  # NER has the name, without running it into the title
        replaced.update(id(c) for c in rivals)
        added.append((span, "Person", "ner", None))
    return [c for c in candidates if id(c) not in replaced] + added


def _place_overruns(doc: Doc, gazetteer: Gazetteer) -> set[int]:
    """"Vice-President for South Asia Keiko Nishimura-Hale": NER may run a known place on into the name after it; the
    tokens past the place are no part of it."""
    out = set()
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC"} or len(ent) < 2:
            continue
        for k in range(ent.end - 1, ent.start, -1):
            entry = gazetteer.lookup(doc[ent.start:k].text)
            if entry is not None and entry.type in {"Place", "Country"}:
                out.update(range(k, ent.end))
                break
    return out


def _closes_a_title(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether the words right before `start` (no comma between) are a title: capitalised words and connectors
    back to a title word ("Special Envoy for Syria", "Executive Secretary")."""
    k = start - 1
    if not (doc[k].text[0].isupper() or doc[k].text == "-"):
        return False
    while k >= 0 and start - k <= 12 and (doc[k].text[0].isupper() or doc[k].lower_ in TITLE_CONNECTORS):
        if doc[k].text[0].isupper() and doc[k].lower_ in lexicon.title_heads:
            return True  # a singular title: "Foreign Agents Registration Act" names no one
        k -= 1
    return False


def _body_named_after_text(candidate, candidates, lexicon: Lexicon) -> bool:
    """"the Amazon Cooperation Treaty Organization": a body named after a treaty, which the process patterns
    would cut at "Treaty"."""
    span, type_ = candidate[0], candidate[1]
    return type_ == "Organization" and span[-1].lower_ in lexicon.org_heads and any(
        c[2] == "process" and c[0].start == span.start and c[0].end < span.end
        and span.doc[c[0].end].lower_ in lexicon.org_heads for c in candidates)


def _entities_inside_names(candidates, chosen):
    """"Code of Conduct in the South China Sea" names the sea too (but "Doha Process" does not name Doha as a
    place of its own): places after a preposition inside a process name are kept beside it; so is the parent
    named inside a body's name ("the Commission of the Andean Community")."""
    out = []
    for process in (c for c in chosen if c[1] == "Process" or c[2] == "body"):  # "Mission in the CAR" too
        span = process[0]
        kinds = {"Place", "Country", "Organization"} if process[2] == "body" else {"Place", "Country"}
        for c in candidates:
            if c[2] == "gazetteer" and c[1] in kinds and span.start < c[0].start and c[0].end <= span.end:
                before = span.doc[c[0].start - 1]
                if before.lower_ == "the" and c[0].start >= 2:
                    before = span.doc[c[0].start - 2]
                if before.pos_ == "ADP" and all(o is c or o[0].end <= c[0].start or o[0].start >= c[0].end for o in out):
                    out.append(c)
    return out


def _process_around_place(candidate, candidates) -> bool:
    """"Luanda Process", "Doha talks": a named process wins over the place it is named after."""
    span = candidate[0]
    inside = [c for c in candidates if c[2] == "gazetteer" and span.start <= c[0].start and c[0].end <= span.end
              and (c[0].start, c[0].end) != (span.start, span.end)]
    overlapping_organizations = [c for c in candidates if c[2] == "gazetteer" and c[1] == "Organization"
                                 and c[0].start < span.end and span.start < c[0].end]
    if any(c[0][-1].is_title and c[0][-1].lower_ in {"programme", "program", "initiative", "mechanism", "platform",
                                                       "partnership", "process", "facility"}
           for c in overlapping_organizations):
        return False  # "the UN Development Programme for the Libya Stabilization Facility": the head word is the body's
    if overlapping_organizations:
        # "UN Charter", "AU Agenda 2063": an owner's name at the left edge of a capitalised process name
        # or owners joined by a dash: "EU–Mercosur Partnership Agreement"
        doc = span.doc
        return all(c in inside and (c[0].start == span.start or doc[c[0].start - 1].text in {"-", "–", "/"})
                   for c in overlapping_organizations) \
            and next(t for t in reversed(span) if not names_years(t.text)).is_title \
            and any(c[0].start == span.start for c in overlapping_organizations)
    return any(c[1] in {"Place", "Country"} for c in inside)


def _longer_name_around_gazetteer(candidate, candidates, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """"Israel Katz" is a person, "American University of Beirut" and "European Union Mission in Armenia" are bodies
    of their own, though each contains a name the gazetteer knows: the longer NER name wins."""
    span, type_, _source, entry = candidate
    if entry is not None or type_ not in {"Person", "Organization"}:
        return False
    inner = [c for c in candidates if c[2] == "gazetteer" and span.start <= c[0].start and c[0].end <= span.end
             and (c[0].end - c[0].start) < len(span)]
    if not inner or any(c[2] == "gazetteer" and c[0].start < span.end and span.start < c[0].end
                        and (c[0].start < span.start or c[0].end > span.end) for c in candidates):
        return False  # the gazetteer knows a longer name ("United Nations Mission in South Sudan")
    if type_ == "Person":
        return len(inner) == 1 and all(t.is_title for t in span if not inner[0][0].start <= t.i < inner[0][0].end)
    organizations = [c[0] for c in inner if c[1] == "Organization"]
    if not organizations:
        return True  # "American University of Beirut", "Black Sea Fleet", "Kenya Red Cross": not the place
    if len(organizations) != 1:
        return False
    body = organizations[0]
    extra = [t for t in span if not body.start <= t.i < body.end]
    if extra[-1].lower_ in lexicon.named_process_heads or not all(t.is_title or t.lower_ in {"in", "of", "for", "on"} for t in extra):
        return False  # "UN Charter" is a text, left to the process patterns
    if body.end == span.end:
        # "National Security Council": capitalised words on the left
        return all(t.is_alpha and t.is_title for t in extra) and gazetteer.demonym(extra[0].text) is None \
            and gazetteer.lookup(" ".join(t.text for t in extra)) is None
    # "SADC Organ Troika", "European Union Mission in Armenia": a body named after its parent
    first_after = span.doc[body.end]
    return body.start == span.start and (body.text.isupper() or first_after.lower_ in lexicon.org_heads)


# --- acronyms defined in the text ---------------------------------------------------------------------------------

# "ASBP-5", "3RP": a numbered programme's acronym
_ACRONYM = re.compile(r"^(?:[A-Z]|\d(?=[A-Z]))[A-Za-z&\-]{1,13}(?:-?\d{1,2})?$")


ACRONYM_GLUE = {"and", "of", "for", "the", "on", "in", "&", ","}


def _start_by_initials(doc: Doc, bracket: int, acronym: str) -> int | None:
    """Where a name before "(ACRONYM)" starts if its capitalised words' initials spell the acronym."""
    letters = [c for c in acronym if c.isalpha()]
    if not 3 <= len(letters) <= 10 or not all(c.isupper() for c in letters):
        return None
    want, i, start, skipped = letters[::-1], bracket - 1, None, 0
    while i >= 0 and want:
        token = doc[i]
        if token.lower_ in ACRONYM_GLUE or token.text == "-":
            i -= 1
            continue
        inner = [c for c in token.text if c.isalpha()]
        if token.is_upper and 1 < len(inner) <= len(want) and want[:len(inner)] == inner[::-1]:
            del want[:len(inner)]  # "UK Caribbean Infrastructure Partnership Fund (UKCIF)": an acronym inside the name
            start = i
            i -= 1
            continue
        if token.is_title and token.text[0].upper() != want[0] and start is not None and not skipped and len(want) > 1:
            skipped = 1  # "UK Caribbean Infrastructure Partnership Fund (UKCIF)": one word the acronym leaves out
            i -= 1
            continue
        if not (token.is_title or token.is_upper) or token.text[0].upper() != want[0]:
            return None  # ("ASEAN Plus Three Emergency Rice Reserve (APTERR)": a word in capitals gives its initial)
        want.pop(0)
        start = i
        i -= 1
    return start if not want else None


def _inner_body_spelled_by_acronym(doc: Doc, index: MentionIndex, outer: Mention, bracket: int, acronym: str,
                                   sentence_of: dict[int, int]) -> Mention | None:
    """"the Authority of the Organisation of Eastern Caribbean States (OECS)": the acronym spells the body named
    inside the longer name, a body of its own beside the one that belongs to it."""
    start = _start_by_initials(doc, bracket, acronym)
    if outer.type != "Organization" or outer.token_end != bracket or start is None or start <= outer.token_start \
            or doc[start - 1].lower_ not in {"of", "the"} or not doc[start].is_title:
        return None
    span = doc[start:bracket]
    body = Mention(text=span.text, start=span.start_char, end=span.end_char, sentence=sentence_of[start],
                   type="Organization", source="ner", token_start=start, token_end=bracket)
    index.mentions.append(body)  # an entity of the article, not found by its tokens (the outer name owns them)
    return body


def _body_spelled_by_acronym(doc: Doc, index: MentionIndex, bracket: int, acronym: str, lexicon: Lexicon,
                             sentence_of: dict[int, int]) -> Mention | None:
    """"the Council of the Baltic Sea States (CBSS)": NER found no body, only the sea inside its name; the
    acronym's initials say where the body's name starts, and a body word inside it says it is a body."""
    start = _start_by_initials(doc, bracket, acronym)
    if start is None or start >= bracket - 1 or not (doc[start].is_title or doc[start].is_upper) \
            or not any(doc[i].lower_ in lexicon.org_heads for i in range(start, bracket)):
        return None
    inside = [m for m in index.mentions if start <= m.token_start and m.token_end <= bracket]
    # a known body the name is named after ("ASEAN Plus Three Emergency Rice Reserve") stays an entity of the article
    named_after = [m for m in inside if m.type == "Organization" and m.source == "gazetteer" and m.token_start == start]
    if any(m.type in {"Person", "Organization"} and m not in named_after for m in inside) \
            or any(m.token_start < start < m.token_end for m in index.mentions):
        return None
    index.mentions = [m for m in index.mentions if all(m is not i for i in inside) or m in named_after]
    for i in range(start, bracket):
        index.by_token.pop(i, None)
    span = doc[start:bracket]
    return index.add(Mention(text=span.text, start=span.start_char, end=span.end_char, sentence=sentence_of[start],
                             type="Organization", key=None, canonical=None, source="ner", token_start=start,
                             token_end=bracket))


def _add_acronym_definitions(doc: Doc, index: MentionIndex, gazetteer: Gazetteer, lexicon: Lexicon,
                             sentence_of: dict[int, int]) -> None:
    """"the Organization of Islamic Cooperation (OIC)": the acronym is another name of the mention before it."""
    for token in doc:
        if token.text != "(":
            continue
        close = next((t.i for t in doc[token.i + 1:token.i + 6] if t.text == ")"), None)
        if close is None or close == token.i + 1:
            continue
        inner = doc[token.i + 1:close]
        short = index.at(token.i + 1)
        if short is not None and short.type == "Process" and (short.token_start, short.token_end) == (token.i + 1, close):
            # "the Peace, Security and Cooperation Framework for the DRC and the Region (PSC Framework)"
            named = [m for m in index.mentions if m.type == "Process" and m is not short and m.token_end <= token.i
                     and token.i - m.token_end <= 4 and doc[m.token_end - 1].lower_ == doc[close - 1].lower_
                     and sentence_of[m.token_start] == sentence_of[token.i]]
            if named:
                short.antecedent = named[-1]
            continue
        if any(t.whitespace_ for t in inner[:-1]):
            continue  # "(R-ARCSS)" is one word in several tokens; "(the new body)" is not an acronym
        if not _ACRONYM.match(inner.text) or sum(c.isupper() for c in inner.text) < 2:
            continue
        spelled_from = _start_by_initials(doc, token.i, inner.text)  # where the name the acronym spells starts
        before = index.at(token.i - 1) if token.i > 0 else None
        if before is None or before.type in {"Place", "Country"} and before.key is not None:
            before = _body_spelled_by_acronym(doc, index, token.i, inner.text, lexicon, sentence_of) or before
        if before is not None and before.type == "Organization" and before.key is None and before.source in {"ner", "body"}:
            # "Bangladesh Garment Manufacturers and Exporters Association (BGMEA)": NER stopped at "and"; the
            # acronym's letters say where the name starts
            start = spelled_from
            if start is not None and start < before.token_start:
                before.token_start, before.start = start, doc[start].idx
                before.text = doc[start:before.token_end].text
                for i in range(start, token.i):
                    index.by_token[i] = before
                index.mentions = [m for m in index.mentions if m is before or m.antecedent is not None
                                  or not (start <= m.token_start and m.token_end <= before.token_end)]
        if before is not None and before.key is not None and token.i >= 2:
            # "the Parliamentary Assembly of the Council of Europe (PACE)": the acronym's letters reach back past the
            # known body to a body of its own, named after it
            start = spelled_from
            body = index.at(start) if start is not None and start < before.token_start else None
            if body is not None and body.type == "Organization" and body.key is None and body.token_end <= before.token_start:
                body.token_end, body.end = before.token_end, before.end
                body.text = doc[body.token_start:body.token_end].text
                for i in range(body.token_start, body.token_end):
                    index.by_token[i] = body
                before = body  # the known body stays an entity of the article, no longer found by its tokens
            elif start is not None and start < before.token_start and (body is None or body.type == "Place") \
                    and before.token_start == token.i - (before.token_end - before.token_start) \
                    and all(t.is_title for t in doc[start:before.token_start]):
                # "the Black Sea Trade and Development Bank (BSTDB)": a place before a known name that the acronym
                # spells with it names another body, and the known one is not spoken of
                longer = _mention(doc[start:before.token_end], "Organization", "ner", None, sentence_of)
                index.mentions = [m for m in index.mentions if m is not before and m is not body]
                for i in range(start, before.token_end):
                    index.by_token[i] = longer
                index.mentions.append(longer)
                before = longer
        if before is None or before.type not in {"Organization", "Process", "Place"}:
            continue
        before = _inner_body_spelled_by_acronym(doc, index, before, token.i, inner.text, sentence_of) or before
        parent = _parent_named_inside(doc, before, gazetteer)
        if parent is not None and spelled_from != before.token_start:
            # "the Commission of the Andean Community (CAN)": an acronym that does not spell the body is the parent's
            # (but "the Parliamentary Assembly of the Council of Europe (PACE)" is the body's)
            if index.at(inner.start) is None:
                _add_later_uses(doc, index, index.add(_mention(inner, "Organization", "gazetteer", parent, sentence_of)),
                                inner, close, sentence_of, here=False)
            continue
        existing = index.at(inner.start)
        if existing is not None and existing.key and before.key and existing.key != before.key:
            if spelled_from == before.token_start:
                # "the Eurasian Economic Commission (EEC)": the article's own definition outranks the acronym's
                # older owner (the European Economic Community) here and at every later use
                _redefine_known_acronym(index, before, existing, inner)
            continue  # two known entities side by side: "(Brazil)" after a person is not an acronym
        if existing is not None:
            if before.referent is existing:
                continue
            if before.key is None and existing.key and before.type == existing.type \
                    and not _shares_no_word(before.text, gazetteer.by_key(existing.key)):
                # "SADC Mission in the Democratic Republic of the Congo (SAMIDRC)": the known acronym names it
                before.key, before.canonical = existing.key, existing.canonical
            elif before.key is None and existing.key \
                    and spelled_from == before.token_start:
                # "the Interregional Coordination Centre (ICC)": a body of its own that the acronym spells, which
                # shares no word with the acronym's known owner (the International Criminal Court)
                _redefine_known_acronym(index, before, existing, inner)
                continue
            existing.antecedent = before if existing.key is None or existing.key == before.key else existing.antecedent
            if existing.key is None:
                existing.type = before.type
                existing.latent = False
            before.aliases = tuple(dict.fromkeys(before.aliases + (inner.text,)))
            _add_later_uses(doc, index, before, inner, close, sentence_of, here=False)
            continue
        before.aliases = tuple(dict.fromkeys(before.aliases + (inner.text,)))
        _add_later_uses(doc, index, before, inner, close, sentence_of, here=True)


def _shares_no_word(name: str, entry: GazetteerEntry | None) -> bool:
    """Whether a name has no word (of four letters or more) in common with any name of a known entry."""
    if entry is None:
        return False
    words = {w for w in re.split(r"[\s\-]+", name.lower()) if len(w) >= 4}
    known = {w for n in (entry.name, *entry.aliases) for w in re.split(r"[\s\-]+", n.lower()) if len(w) >= 4}
    return not words & known


def _redefine_known_acronym(index: MentionIndex, defined: Mention, known: Mention, inner: Span) -> None:
    """Every use of the acronym from its definition on names the body the article defined it for."""
    known_key = known.key
    for other in index.mentions:
        if other.text == inner.text and other.key == known_key and other.token_start >= inner.start:
            other.key, other.canonical, other.type = defined.key, defined.canonical, defined.type
            other.antecedent, other.source, other.aliases = defined, "acronym", ()
    defined.aliases = tuple(dict.fromkeys(defined.aliases + (inner.text,)))


def _parent_named_inside(doc: Doc, body: Mention, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The known organization a body's name ends with, after "of (the)": the Andean Community of "the Commission of
    the Andean Community"."""
    words = [t.lower_ for t in doc[body.token_start:body.token_end]]
    if body.key is not None:
        return None
    for cut in (i for i, word in enumerate(words) if word == "of"):  # "the Council of Ministers of the CEMAC"
        at = body.token_start + cut + 1
        at += at < body.token_end and doc[at].lower_ == "the"
        entry = gazetteer.lookup(doc[at:body.token_end].text) if at < body.token_end else None
        if entry is not None and entry.type == "Organization":
            return entry
    return None


def _drop_places_inside(index: MentionIndex, run: Span) -> None:
    """Drop the place mentions that lie inside a longer acronym ("Nile" of "Nile-SEC")."""
    inside = [m for m in index.mentions if m.type == "Place" and run.start <= m.token_start and m.token_end <= run.end
              and (m.token_start, m.token_end) != (run.start, run.end)]
    for mention in inside:
        index.mentions.remove(mention)
        for i in range(mention.token_start, mention.token_end):
            if index.by_token.get(i) is mention:
                del index.by_token[i]


def _add_later_uses(doc: Doc, index: MentionIndex, before: Mention, inner: Span, close: int,
                    sentence_of: dict[int, int], here: bool) -> None:
    """Here (unless a mention is there already) and at every later use ("The AMF's Director General", "the Secretary-
    General of the IOC"), the acronym names the same body."""
    runs = list(_runs_of(doc, [t.text for t in inner], close + 1))
    # ("Nile-SEC" after "the Nile Basin Initiative Secretariat (Nile-SEC)": the river inside it is no place here)
    for run in [inner, *runs]:
        _drop_places_inside(index, run)
    later = [run for run in runs if all(index.at(i) is None for i in range(run.start, run.end))]
    here = here or all(index.at(i) is None for i in range(inner.start, inner.end))
    for run in ([inner] if here else []) + later:
        index.add(Mention(text=inner.text, start=run.start_char, end=run.end_char, sentence=sentence_of[run.start],
                          type=before.type, key=before.key, canonical=before.canonical, source="acronym",
                          antecedent=before, token_start=run.start, token_end=run.end))
    # "AFCAC" in the headline or after the definition, which NER alone read as an unknown body: the same body
    for other in index.mentions:
        if other.text == inner.text and other is not before and other.source == "ner" and other.key is None \
                and other.antecedent is None and other.latent and other.type == before.type:
            other.antecedent, other.source, other.latent = before, "acronym", False
        elif other.text == inner.text and other is not before and other.source == "ner" and other.key is None \
                and other.antecedent is None and other.type == "Place" and before.type == "Organization":
            # "said CAEU Secretary-General X": NER's unknown place with the letters the article gave a body
            other.type, other.antecedent, other.source = before.type, before, "acronym"
