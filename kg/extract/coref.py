"""In-article coreference: pronouns and definite descriptions point back to an earlier mention.

No coreference package with an English model installs offline, so this is a small salience model of our own:
the most recent compatible mention wins, a mention in subject position is preferred, and a description's head
word must agree with the antecedent ("the Council" → a mention whose name contains "Council"; "the bloc" → an
organization; "the Kenyan diplomat" → a person of this article).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Mention
from ..nlp import headline
from .lexicon import Lexicon
from .mentions import NAMING_WORDS, MentionIndex, names_years

LOOKBACK_SENTENCES = 3


# Words that name a grouping of states: their antecedent is an intergovernmental body, not an armed group or a firm.
AGENCY_KINDS = {"un-agency", "un-fund", "humanitarian", "un-body"}
# what "the force" or "the mission" may be when its name calls it something else ("AUSSOM … the new force")
PEACE_OPERATION_KINDS = {"peace-operation", "political-mission"}
# prepositions after "the plan" that say where, when or how, not which plan ("the head of X" names another)
ADVERBIAL_PREPOSITIONS = {"in", "at", "by", "with", "without", "including", "toward", "towards", "until", "since",
                          "during", "after", "before"}
BODY_VERBS = {"chair", "head", "run", "direct", "join", "leave", "quit", "represent", "co-chair", "preside"}
GOVERNMENT_TITLES = {"minister", "ministers", "president", "prime", "foreign", "deputy", "ambassador", "ambassadors",
                     "government", "parliament", "king", "emir", "premier", "chancellor", "embassy", "consul"}
# what parties sign, whose text "the text" can be: "signed a transitional arrangement … The text was signed by …"
SIGNED_INSTRUMENTS = {"agreement", "arrangement", "deal", "accord", "memorandum", "treaty", "protocol", "pact", "compact"}
BLOC_WORDS = {"bloc", "grouping", "alliance", "union", "league", "community"}
# a description whose word is not in the name it refers to: the word its names use instead
NAME_WORD_OF = {"lender": "bank", "army": "forces"}  # "the army" is the Armed Forces named before
GENERIC_PROCESS_WORDS = {"project", "initiative", "plan", "deal", "accord", "agreement", "process", "programme",
                         "program", "scheme"}
NOT_BLOCS = {"armed-group", "news-agency", "media", "ngo", "think-tank", "political-party", "government-body"}


def link_references(doc: Doc, index: MentionIndex, lexicon: Lexicon, gazetteer=None) -> None:
    """Add a `coref` mention (with its antecedent) for every pronoun and description that can be resolved."""
    history: list[tuple[Mention, bool, int]] = []  # (referent, seen as a subject, sentence seen in), in text order
    sentence_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    described_at = {m.token_start: m for m in index.mentions if m.source == "description" and m.type == "Process"}
    _introduced_then_named(doc, index, sentence_of)
    _initiatives_of_states(doc, index, lexicon)
    i = 0
    while i < len(doc):
        token = doc[i]
        existing = index.at(i)
        if existing is not None and existing.token_start == i and _is_bare_description(doc, existing, lexicon):
            word = existing.text.lower()
            # "the Roadmap's capacity-building" after "the Roadmap for Timor-Leste's Full Membership" (but "the
            # Initiative's ministers" after "the Accra Initiative", a body)
            types = {"Process"} if word in lexicon.named_process_heads else {"Organization", "Country"}
            if word in lexicon.named_process_heads and word in lexicon.org_heads:
                types = {"Process", "Organization"}
            # "the ECOWAS Commission ..., said the Commission had approved": one named in this very sentence first
            here = [m for m, _, seen in history if seen == sentence_of[i] and m.type in types and m.source != "coref"
                    and word in _head_words(m)]
            antecedent = (here[-1] if here else None) or _last_subject_with_word(history, types, word, sentence_of[i]) or (
                _most_mentioned(history, types, lambda m: word in _head_words(m))
                or _most_mentioned(history, types, lambda m: word in _names(m).split() or " " in word and _ends_name(m, word)))
            if antecedent is not None and antecedent.type == "Organization" and "Process" in types and word in GENERIC_PROCESS_WORDS:
                # "the programme's costs" in a story about the National School Meals Programme that WFP runs: the
                # undertaking before the body whose name ends in the word
                antecedent = _most_mentioned(history, {"Process"}, lambda m: word in _head_words(m)) or antecedent
            if antecedent is not None and antecedent.referent is not existing:
                existing.antecedent, existing.source = antecedent, "coref"
                existing.type, existing.key = antecedent.type, antecedent.key
        # "the Geneva meeting": a described process may start with a place the token index knows first
        for described in {id(m): m for m in (existing, described_at.get(i)) if m is not None and m.token_start == i}.values():
            named = _named_in_apposition(doc, described, index)
            if named is not None:
                # "the Framework Convention on AI, the first binding international treaty on ...": the same treaty,
                # which "the treaty" can then refer to
                described.antecedent, described.source = named, "coref"
                described.type, described.key = named.type, named.key
                if described.text not in named.aliases:
                    named.aliases += (described.text,)
                continue
            det = _determiner_of_description(doc, described)
            if det is not None:
                # "the roadmap" after "a UN-facilitated electoral roadmap": the same undertaking, not a new one
                found = _description(doc, det, history, sentence_of, lexicon, index, gazetteer)
                # "the Lake Chad stabilisation programme" is not UNDP: a body named before must carry the nouns too
                if found is not None and found[0].type != "Process" and not _nouns_in_name(doc, described, found[0], index):
                    found = None
                if found is not None and found[0].referent is not described:
                    described.antecedent, described.source = found[0], "coref"
        if existing is not None:
            if existing.token_start == i and (not existing.latent or existing.type == "Process"):
                history.append((existing.referent, _is_subject(doc, existing), sentence_of[i]))
                # "a timetable for the Gulf Railway": the names inside a described undertaking are seen too
                inner = {id(m): m for m in (index.at(j) for j in range(i + 1, existing.token_end))
                         if m is not None and m is not existing and m.token_start > i and not m.latent}
                history.extend((m.referent, False, sentence_of[i]) for m in inner.values())
            i = existing.token_end
            continue
        found = _pronoun(token, history, sentence_of, lexicon, index) or _assembled_members(doc, token, history, index, gazetteer) \
            or _bare_meeting_subject(doc, token, history, index, gazetteer)
        if found is None and index.at(token.head) is None:
            found = _description(doc, token, history, sentence_of, lexicon, index, gazetteer)
        if found is None:
            found = _capitalised_body_word(doc, token, history, lexicon)
        if found is not None:
            antecedent, start, end = found
            mention = Mention(text=doc[start:end].text, start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                              sentence=sentence_of[start], type=antecedent.type, key=antecedent.key,
                              canonical=antecedent.canonical, source="coref", antecedent=antecedent,
                              token_start=start, token_end=end)
            index.add(mention)
            history.append((antecedent, doc[start:end].root.dep_ in {"nsubj", "nsubjpass"}, sentence_of[start]))
            i = end
            continue
        i += 1


def _introduced_then_named(doc: Doc, index: MentionIndex, sentence_of: dict[int, int]) -> None:
    """"... endorsed a regional programme to build plants. The Maghreb Water Security Programme will be financed by
    ...": an undertaking introduced by a description, then named with "the" and the same head word, is one."""
    processes = sorted((m for m in index.mentions if m.type == "Process" and m.token_end > m.token_start),
                       key=lambda m: m.token_start)
    _headline_undertakings(doc, processes)
    for named in processes:
        if named.source != "process" or named.token_start == 0 or doc[named.token_start - 1].lower_ != "the":
            continue
        head = _head_lemma(doc, named)  # "The Trilateral Action Plan on Disaster Risk Reduction": "plan"
        before = [m for m in processes if m.token_end <= named.token_start
                  and sentence_of[named.token_start] - sentence_of[m.token_start] <= 1
                  and _head_lemma(doc, m) == head]
        if not before:
            continue
        introduced = before[-1]
        if introduced.source == "description" and introduced.antecedent is None and introduced.token_start > 0 \
                and doc[introduced.token_start - 1].lower_ in {"a", "an"}:
            introduced.antecedent, introduced.source = named, "coref"


def _head_lemma(doc: Doc, mention: Mention) -> str:
    return doc[mention.token_start:mention.token_end].root.lemma_.lower()


# who an initiative of states has: "Leaders of the Three Seas Initiative", "the Initiative's Permanent Secretariat"
MEMBERS_OF_A_BODY = {"leader", "minister", "member", "state", "country", "head", "delegate", "secretariat", "chair"}


def _initiatives_of_states(doc: Doc, index: MentionIndex, lexicon: Lexicon) -> None:
    """"Leaders of the Three Seas Initiative adopted ...", "the Accra Initiative's Joint Task Force", "CAFI, a trust
    fund": an initiative with leaders, members or organs of its own, or called a body, is an Organization, not an
    undertaking."""
    for mention in [m for m in index.mentions if m.type == "Process" and m.source == "process"
                    and doc[m.token_end - 1].lower_ == "initiative"]:
        head = doc[mention.token_start:mention.token_end].root
        has_members = head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lemma_.lower() in MEMBERS_OF_A_BODY
        owned = index.at(mention.token_end + 1) if mention.token_end + 1 < len(doc) else None
        owns_body = doc[mention.token_end].lower_ in {"'s", "’s"} and owned is not None \
            and owned.referent.type == "Organization"
        # "the Central African Forest Initiative (CAFI), a multi-donor trust fund": called a body in apposition
        called_a_body = any(c.dep_ == "appos" and (c.lower_ in lexicon.org_heads or c.lower_ in {"fund", "alliance", "partnership"})
                            and c.i > mention.token_end for c in head.children)
        if has_members or owns_body or called_a_body:
            for other in index.mentions:
                if other.referent is mention or other is mention:
                    other.type = "Organization"


TREATY_WORDS = ({"treaty", "agreement", "accord", "pact", "convention"},)


def _headline_undertakings(doc: Doc, processes: list[Mention]) -> None:
    """"IOC ministers back new maritime security plan" over "... endorsed a five-year plan ...": a headline's
    undertaking is the one the story names first with the same head word."""
    first = headline(doc)
    if first is None:
        return
    for described in (m for m in processes if m.source == "description" and m.token_end <= first.end):
        # (the head of "reception plan for Crete arrivals" is "plan", not its last word)
        head_token = doc[described.token_start:described.token_end].root
        head = head_token.lemma_.lower()
        later = next((m for m in processes if m.token_start >= first.end and doc[m.token_end - 1].lemma_.lower() == head), None)
        # "… sign agreement to expand sea-level monitoring" over "the Pacific Sea Level and Geodetic Monitoring
        # Project": or the name that holds every word of the description
        words = set(re.split(r"[\s\-]+", described.text.lower()))
        later = later or next((m for m in processes if m.token_start >= first.end and m.source == "process"
                               and words <= set(re.split(r"[\s\-]+", m.text.lower()))), None)
        # "… join Asia-Pacific paperless trade treaty" over "the Framework Agreement on Facilitation of Cross-border
        # Paperless Trade in Asia and the Pacific": or the name of a treaty by another word, holding the other words
        synonyms = next((group for group in TREATY_WORDS if head in group), set())
        later = later or next((m for m in processes if m.token_start >= first.end and m.source == "process"
                               and set(re.split(r"[\s\-]+", m.text.lower())) & synonyms
                               and words - {head, head_token.lower_} <= set(re.split(r"[\s\-]+", m.text.lower()))), None)
        # "… for Paraguay's stretch of bioceanic highway" over "the Bioceanic Road Corridor, a highway meant to …":
        # or the name an appositive calls by the description's head, holding its other words
        later = later or next((m for m in processes if m.token_start >= first.end and m.source == "process"
                               and any(c.dep_ == "appos" and c.lemma_.lower() == head for c in doc[m.token_end - 1].children)
                               and words - {head, head_token.lower_} <= set(re.split(r"[\s\-]+", m.text.lower()))),
                              None)
        if later is not None and described.antecedent is None:
            described.antecedent, described.source = later, "coref"


def _determiner_of_description(doc: Doc, mention: Mention) -> Token | None:
    """The determiner of a described process written as "the plan" / "the proposed plan" / 'a "binding" code', with
    nothing after its head."""
    if mention.source != "description" or mention.type != "Process" or mention.token_start == 0:
        return None
    start = mention.token_start - 1
    while start > 0 and doc[start].text in {'"', "“", "”", "'"}:
        start -= 1
    det = doc[start]
    head = doc[mention.token_end - 1]
    if det.lower_ in {"the", "this", "a", "an"} and det.dep_ == "det" and det.head == head and mention.text.endswith(head.text):
        return det
    return None


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """In subject position; the small parser often gets long subjects wrong, so a name that opens its sentence
    (or is left as a nominal root) counts too."""
    span = doc[mention.token_start:mention.token_end]
    if span.end < len(doc) and doc[span.end].text in {"-", "–"}:
        return False  # "The US-brokered treaty text": a modifier of the subject, not the subject
    if any(t.dep_ in {"nsubj", "nsubjpass"} for t in span) or span.root.dep_ == "ROOT" and span.root.pos_ in {"NOUN", "PROPN"}:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s"}:
        return False  # "The EU's executive, the European Commission, said it ...": the owner is not the subject
    if span.root.dep_ == "appos" and span.root.head.dep_ in {"nsubj", "nsubjpass"}:
        return True  # the name set beside the subject noun
    sentence_start = span.sent.start
    return all(t.is_punct or t.pos_ == "DET" for t in doc[sentence_start:span.start])


# undertakings that are written texts, which "the text" and "the document" can refer to
WRITTEN_INSTRUMENTS = {"convention", "treaty", "charter", "protocol", "accord", "pact", "statute", "code", "memorandum",
                       "plan", "strategy", "roadmap", "framework", "agenda"}


def _plural_description(doc: Doc, mention: Mention) -> bool:
    return mention.source == "description" and doc[mention.token_start:mention.token_end].root.tag_ in {"NNS", "NNPS"}


def _recent(history, types: set[str], sentence: int, sentence_of, prefer_subject: bool = True,
            accept=lambda m: True, lookback: int = LOOKBACK_SENTENCES) -> Mention | None:
    """The most salient compatible referent: one in the same sentence, else a subject of the latest sentence that
    has a candidate, else the latest candidate."""
    candidates = [(m, subj, seen) for m, subj, seen in history
                  if m.type in types and sentence - seen <= lookback and accept(m) and m.source != "coref"]
    if not candidates:
        return None
    same_sentence = [c for c in candidates if c[2] == sentence]
    if same_sentence:
        # "The AU, which had suspended Gabon, declared ..., its Commissioner said": the clause's subject, not the
        # object of a relative clause in between
        subjects = [m for m, subj, _ in same_sentence if subj] if prefer_subject else []
        return subjects[-1] if subjects else same_sentence[-1][0]
    if prefer_subject:
        last_sentence = candidates[-1][2]
        subjects = [m for m, subj, seen in candidates if subj and seen == last_sentence]
        if subjects:
            return subjects[0]
    return candidates[-1][0]


def _most_mentioned(history, types: set[str], accept=lambda m: True, first_on_tie: bool = False) -> Mention | None:
    """"the Community" where both CARICOM and CELAC were named: the body the article is about, i.e. the one named
    most often so far (on a tie the latest, or with `first_on_tie` the one named first: "the government" is the
    article's own country, usually named first)."""
    counts: dict[object, int] = {}
    seen: dict[object, tuple[int, Mention]] = {}  # the latest mention, or the first one with first_on_tie
    for order, (m, _, _) in enumerate(history):
        if m.type in types and m.source != "coref" and accept(m):
            identity = m.key or id(m)  # "CARICOM" and "the Caribbean Community" are two mentions of one body
            counts[identity] = counts.get(identity, 0) + 1
            if not (first_on_tie and identity in seen):
                seen[identity] = (order, m)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -seen[k][0] if first_on_tie else seen[k][0]))
    return seen[best][1]


# "the Kenyan diplomat" is someone of the article; "the Kenyan president" is a post, perhaps no one named here
DESCRIBED_PEOPLE = {"diplomat", "official", "officer", "envoy", "negotiator", "mediator", "politician", "veteran",
                    "general", "jurist", "economist"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}


def _clause_subject(token: Token, index: MentionIndex, types: set[str], lexicon: Lexicon) -> Mention | None:
    """"The bloc reaffirmed its commitment": a possessive pronoun in a verb's object is bound by its subject;
    "X thanked Japan for its donation": in a thanking verb's "for" phrase, by the one thanked."""
    verb = clause_verb(token.head)
    if verb.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "welcomes Moldova's move to prolong its own regime": the one whose move it is
        owner = next((index.at(c) for c in verb.head.children if c.dep_ == "poss" and index.at(c) is not None), None)
        if owner is not None and owner.referent.type in types:
            return owner.referent
    if verb.lemma_ == "be" and any(c.dep_ in {"attr", "prep"} and token in c.subtree for c in verb.children):
        return None  # "X is among its largest contributors": whose contributors they are is named before
    if token.head.dep_ == "pobj" and token.head.head.lower_ == "for":
        thanked = [index.at(c) for c in lexicon.those_credited(token.head.head) if index.at(c) is not None]
        if thanked and thanked[0].referent.type in types:
            return thanked[0].referent
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and token in subject.subtree and verb.dep_ == "ccomp":
        # "The EU said its European Peace Facility would fund ...": a pronoun inside the subject is bound by the
        # one who speaks, never by that subject
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or token in subject.subtree:
        return None
    before = index.named_before_appositive(verb, subject, types)
    if before is not False:
        return before  # the member is the name before "a member of X", never X
    for candidate in [subject, *(c for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for c in p.children if c.dep_ == "pobj"),
                      *(c for c in subject.children if c.dep_ in {"compound", "poss"})]:
        mention = index.at(candidate)
        if mention is not None and mention.referent.type in types:
            after = mention.token_end
            if after + 1 < len(token.doc) and token.doc[after].lower_ in {"'s", "’s"} and index.at(after + 1) is not None \
                    and index.at(after + 1).referent.type == "Organization" and token.doc[after + 1] in subject.subtree:
                return index.at(after + 1).referent  # "The Council of Europe's Committee of Ministers ... its"
            return mention.referent
    return None


# what is done to a text or an undertaking: "welcomed its adoption", "pledged support for its implementation"
TEXT_ACT_NOUNS = {"implementation", "adoption", "ratification", "signing", "rollout", "drafting", "entry"}


def clause_verb(token: Token) -> Token:
    """The verb (or auxiliary) heading the clause `token` is in: itself or its nearest such ancestor."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def _subject_mention(verb: Token, index: MentionIndex) -> Mention | None:
    """The mention that is `verb`'s subject, if any."""
    return next((index.at(c) for c in verb.children if c.dep_ == "nsubj" and index.at(c) is not None), None)


def _is_own_subject(head: Token, antecedent: Mention, index: MentionIndex) -> bool:
    """Whether `antecedent` is the subject of the verb whose object `head` is."""
    if head.dep_ != "dobj":
        return False
    subject = _subject_mention(head.head, index)
    return subject is not None and subject.referent is antecedent.referent


def _subject_is_coordinated(token: Token) -> bool:
    """Whether the clause around `token` has a subject of two or more coordinated names."""
    verb = clause_verb(token.head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and token not in subject.subtree and any(c.dep_ == "conj" for c in subject.children)


def _last_subject_with_word(history, types: set[str], word: str, sentence: int) -> Mention | None:
    """"The Ministerial Council of the GCC … welcomed … The Council called for …": the first body with the word that was
    the subject of the sentence just before (the owner named inside the subject comes after it)."""
    return next((m for m, subject, seen in history if seen == sentence - 1 and subject and m.type in types
                 and _ends_name(m, word)), None)


def _subject_of_reported_clause(title: Token, index: MentionIndex, lexicon: Lexicon) -> Mention | None:
    """"The Bank will back purchases with a credit line, its Executive Vice President, X, said": the post-holder who
    reports a body's act speaks for that body."""
    verb = title.head
    if title.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.speech_verbs:
        return None
    outer = verb.head
    if verb.dep_ == "ccomp" and outer.lemma_.lower() in lexicon.speech_verbs and outer.i < title.i:
        # "The United States backed the plan but said the army must …, its deputy representative, X, told the
        # council": the parser may hang the post-holder's verb on the body's own "said"
        subject = _subject_mention(outer, index) or (_subject_mention(outer.head, index) if outer.dep_ == "conj" else None)
        if subject is not None and subject.referent.type in {"Organization", "Country"}:
            return subject.referent
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < title.i):
        subject = _subject_mention(clause, index)
        if subject is not None and subject.referent.type in {"Organization", "Country"}:
            return subject.referent
    return None


def _reporting_subject(token: Token, index: MentionIndex | None, lexicon: Lexicon) -> Mention | None:
    """The body or state that says (or announces, adds ...) the clause whose subject `token` is."""
    clause = token.head
    if index is None or token.dep_ != "nsubj" or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in lexicon.speech_verbs:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    mention = index.at(subject) if subject is not None else None
    return mention.referent if mention is not None and mention.referent.type in {"Organization", "Country"} else None


def _quoted_speaker(token: Token, index: MentionIndex, lexicon: Lexicon) -> Mention | None:
    """""We stand firmly behind this roadmap," said Zambia's Foreign Minister, X": inside a quotation, "we" is the
    one quoted (a person, or the body or state given as the speaker)."""
    sent = token.sent
    opened = sum(1 for t in sent if t.i < token.i and t.text in {'"', "“", "”"}) % 2 == 1
    if not opened:
        return None
    for verb in sent:
        if verb.lemma_.lower() in lexicon.speech_verbs and verb.i > token.i:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            mention = index.at(subject) if subject is not None else None
            if mention is None and subject is not None:
                # "said Zambia's Foreign Minister, X": the name in apposition to the title
                mention = next((index.at(c) for c in subject.children
                                if c.dep_ == "appos" and index.at(c) is not None), None)
            if mention is not None and mention.referent.type in {"Person", "Organization", "Country"}:
                return mention.referent
    return None


def _pronoun(token: Token, history, sentence_of, lexicon: Lexicon, index: MentionIndex | None = None):
    lower = token.lower_
    if token.pos_ != "PRON" and token.tag_ != "WP$":
        return None
    sentence = sentence_of[token.i]
    if lower == "whose" and index is not None:
        # "The ECA, whose Executive Secretary, X, ...": the name just before the relative clause
        k = token.i - 1
        while k > 0 and (doc_punct := token.doc[k]).is_punct:
            k -= 1
            if doc_punct.text == ")":  # "(ECA)"
                while k > 0 and token.doc[k].text != "(":
                    k -= 1
                k -= 1
        before = index.at(k) if k >= 0 and sentence_of[k] == sentence else None
        if before is None and k >= 0 and token.doc[k].dep_ == "appos" and token.doc[k].pos_ == "NOUN":
            # "Energie des Grands Lacs (EGL), the Community's energy agency, whose Director General": the name the
            # description stands beside
            before = index.at(token.doc[k].head)
        if before is not None and before.referent.type in {"Organization", "Country", "Person"}:
            return before.referent, token.i, token.i + 1
        return None
    if lower in {"its", "their"} and token.dep_ == "poss" and index is not None and lexicon.is_title_word(token.head.lower_):
        owner = _subject_of_reported_clause(token.head, index, lexicon)
        if owner is not None:
            return owner, token.i, token.i + 1
    if lower == "its" and token.dep_ == "poss" and token.head.lower_ in {"ambassador", "ambassadors", "envoy", "delegation"}:
        # "the announcement by the European Union, through its Ambassador to Lebanon": blocs have envoys too
        k = token.i - 1
        while k > 0 and token.i - k <= 3 and token.doc[k].lower_ in {",", "through", "via", "by"}:
            k -= 1
        beside = index.at(k) if index is not None and k < token.i - 1 else None
        antecedent = beside.referent if beside is not None and beside.referent.type in {"Country", "Organization"} \
            else _recent(history, {"Country", "Organization"}, sentence, sentence_of, lookback=0)
        if antecedent is not None:
            return antecedent, token.i, token.i + 1
    if lower == "its" and token.dep_ == "poss" and token.head.dep_ == "conj" and index is not None \
            and lexicon.is_title_word(token.head.lower_):
        # "commended the Secretariat and its Director General": the body the title is coordinated with
        coordinated = index.at(token.head.head)
        if coordinated is not None and coordinated.referent.type == "Organization":
            return coordinated.referent, token.i, token.i + 1
    if lower == "its" and token.dep_ == "poss" and token.head.lemma_.lower() in {"phase", "component", "stage", "pillar"} | TEXT_ACT_NOUNS:
        # "Its second phase is funded by Sweden", "committed €40 million to its new phase": a phase belongs to the undertaking just named
        antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=2)
        if antecedent is not None:
            return antecedent, token.i, token.i + 1
    if lower == "its" and token.dep_ == "poss" and _subject_is_coordinated(token):
        # "The United States and the EU pledged grants for its feasibility studies": "its" is no one of a pair, but
        # the undertaking just named
        antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=1,
                             accept=lambda m: not _plural_description(token.doc, m))
        if antecedent is not None:
            return antecedent, token.i, token.i + 1
    if index is not None and token.dep_ == "poss" and lower in {"its", "their", "his", "her"}:
        bound = _clause_subject(token, index, {"Person"} if lower in {"his", "her"} else {"Organization", "Country"}, lexicon)
        if bound is not None:
            return bound, token.i, token.i + 1
    if index is not None and lower in {"it", "they"} and token.dep_ == "nsubj" and token.head.dep_ == "relcl":
        # "Tehran had to honour the Joint Statement it signed with the agency": the subject of the clause whose
        # object the relative clause describes
        verb = clause_verb(token.head.head)
        subject = _subject_mention(verb, index)
        described = index.at(token.head.head)
        if subject is not None and described is not None and subject.referent is described.referent and verb.dep_ == "ccomp":
            # "the AfDB said the Mechanism, which it hosts, would …": not the thing hosted, but the one speaking
            subject = _subject_mention(verb.head, index)
        if subject is not None:  # (a capital named as the subject is left to the rules that read it as its state)
            return (subject.referent, token.i, token.i + 1) if subject.referent.type in {"Organization", "Country"} else None
    if lower == "its" and token.dep_ == "poss" and lexicon.is_agent_noun(token.head.lower_) \
            and not any(c.dep_ == "appos" for c in token.head.children):  # "Its chair, X,": a body's post-holder
        # "are among its largest contributors": the plan or fund just named ("Its largest donors were Germany and
        # ...": a fund or facility the parser's NER calls a body, too)
        antecedent = _recent(history, {"Process"}, sentence, sentence_of, lookback=1,
                             accept=lambda m: not _plural_description(token.doc, m)) or (
            _recent(history, {"Organization"}, sentence, sentence_of, prefer_subject=False, lookback=1,
                    accept=lambda m: bool(_head_words(m) & FUNDED_BODIES)) if token.head.lemma_.lower() in DONOR_WORDS else None)
        if antecedent is not None:
            return antecedent, token.i, token.i + 1
    if lower == "its" and token.dep_ == "poss" and token.head.lower_ == "president":
        # "Mozambique's National Institute for Disaster Risk Management (INGD) … welcomed the plan. Its President, X":
        # a body that was just the subject has a president too
        subjects = [m for m, subj, seen in history if subj and sentence - seen <= 1 and m.type == "Organization"]
        if subjects:
            return subjects[-1], token.i, token.i + 1
        # "The audit was requested by Madagascar's Independent National Electoral Commission (CENI). Its president":
        # a state's body just named, not the state that owns it
        last = next((m for m, _, seen in reversed(history) if sentence - seen <= 1 and m.type in {"Organization", "Country"}
                     and not _is_possessor(token.doc[m.token_end - 1])), None)
        if last is not None and last.type == "Organization" and last.token_start >= 2 \
                and token.doc[last.token_start - 1].lower_ in {"'s", "’s"}:
            return last, token.i, token.i + 1
    if lower in {"its", "their"} and token.dep_ == "poss" and token.head.lower_ in GOVERNMENT_TITLES:
        # "Fiji's backing of the facility ...: its Minister for Finance": a minister serves a country
        antecedent = _recent(history, {"Country"}, sentence, sentence_of)
        if antecedent is not None:
            return antecedent, token.i, token.i + 1
    if lower in {"we", "us", "our"} and index is not None:
        speaker = _quoted_speaker(token, index, lexicon)
        return (speaker, token.i, token.i + 1) if speaker is not None else None
    if lower in lexicon.pronouns_person:
        antecedent = _recent(history, {"Person"}, sentence, sentence_of)
    elif lower in lexicon.pronouns_group:
        if lower == "it" and token.dep_ == "dobj" and token.head.lemma_.lower() in BODY_VERBS:
            # "who represents Brazil on the Permanent Council and currently chairs it": a body is what one chairs
            antecedent = _recent(history, {"Organization"}, sentence, sentence_of, prefer_subject=False)
            return (antecedent, token.i, token.i + 1) if antecedent is not None else None
        # "it" is one thing, never "livestock corridors" just described
        singular = lambda m: not _plural_description(token.doc, m)  # noqa: E731
        if lower == "it" and token.dep_ in {"pobj", "dobj"}:
            # "pledged $210 million towards it": the thing funded or backed, often the plan just named
            antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=1, accept=singular)
            return (antecedent, token.i, token.i + 1) if antecedent is not None else None
        if lower == "it" and token.dep_ == "nsubjpass":
            # "The Protocol sets out ... It will be implemented by the Commission": the subject just named
            antecedent = _recent(history, {"Process", "Organization", "Country"}, sentence, sentence_of, lookback=1,
                                 accept=singular)
            return (antecedent, token.i, token.i + 1) if antecedent is not None else None
        speaker = _reporting_subject(token, index, lexicon) if lower == "it" else None
        if speaker is not None:
            return speaker, token.i, token.i + 1  # "The IDB said it was ready to finance ...": the one speaking
        if lower == "it" and not (token.dep_ == "nsubj" and token.head.lemma_ != "be"):
            return None  # "it is important that..." refers to nothing
        # a state is "it"; "they" is a group: the ministers assembled, an armed group, a body
        types = {"Organization"} if lower in PLURAL_PRONOUNS else {"Organization", "Country"}
        antecedent = None
        if token.dep_ == "poss" and lexicon.is_title_word(token.head.lower_):
            # "the LVFO, the Jinja-based EAC institution … Its Executive Secretary": a body named only to describe
            # another ("EAC institution") is not the one whose post it is
            antecedent = _recent(history, types, sentence, sentence_of,
                                 accept=lambda m: not _describes_another(token.doc, m))
        antecedent = antecedent or _recent(history, types, sentence, sentence_of)
    else:
        return None
    return (antecedent, token.i, token.i + 1) if antecedent is not None else None


# "a new agreement", "a second round": an indefinite phrase with these introduces another one
NOT_THE_SAME = {"new", "second", "third", "another", "separate", "different", "further", "fresh", "other", "rival",
                "alternative", "parallel", "competing", "first", "additional", "next", "future"}


def _described(index: MentionIndex, token: Token) -> bool:
    """`token` heads a description ("a multi-donor fund"), not a name."""
    mention = index.at(token)
    return mention is not None and mention.source == "description"


def _description(doc: Doc, token: Token, history, sentence_of, lexicon: Lexicon, index: MentionIndex, gazetteer=None):
    """"the bloc", "the regional body", "the Council", "the UN official", "the Kenyan diplomat"; for a process
    named before, also "a legally binding code" after "the Code of Conduct"."""
    if token.lower_ in {"a", "an"} and token.dep_ == "det":
        return _indefinite_process(doc, token, history, sentence_of, lexicon)
    if token.lower_ not in {"the", "this"} or token.dep_ != "det":
        return None
    head = token.head
    if head.i <= token.i or head.i - token.i > 4:
        return None
    if any(t.dep_ == "prep" and t.lower_ not in ADVERBIAL_PREPOSITIONS for t in head.rights) \
            or any(t.dep_ == "appos" and not _described(index, t) for t in head.rights):
        return None  # "the head of X", "the envoy, Y": the name follows, nothing to resolve; "the annex in full" is bare
    sentence = sentence_of[token.i]
    lower = head.lower_
    end = head.i + 1
    modifiers = doc[token.i + 1:head.i]
    named_inside = [index.at(t) for t in modifiers if index.at(t) is not None
                    and index.at(t).type in {"Organization", "Country", "Person"}]
    if named_inside:
        # "the M23 rebel group" is M23 itself; "the UN official" is left to the person rules
        inner = named_inside[0].referent
        if named_inside[0].source == "demonym" and lower in lexicon.group_descriptions:
            # "the Egyptian central bank" after "the Central Bank of Egypt": a body of that country named before
            body = _recent(history, {"Organization"}, sentence, sentence_of, prefer_subject=False, lookback=10_000,
                           accept=lambda m: lower in _names(m).split() and inner.canonical
                           and inner.canonical.lower() in _names(m))
            if body is not None:
                return body, token.i, end
        if lower in lexicon.group_descriptions and inner.type in {"Organization", "Country"}:
            return inner, token.i, end
        if lower in DESCRIBED_PEOPLE and head.pos_ in {"NOUN", "PROPN"}:
            # "the Kenyan diplomat", "the UN official": the person introduced as Kenyan or with the UN, else (for a
            # nationality) the one just spoken of
            words = [t.lower_ for t in doc[named_inside[0].token_start:named_inside[0].token_end]]
            antecedent = _recent(history, {"Person"}, sentence, sentence_of, lookback=10_000,
                                 accept=lambda m: all(_introduced_as(doc, m, w, sentence_of) for w in words))
            if antecedent is None and named_inside[0].source == "demonym":
                antecedent = _recent(history, {"Person"}, sentence, sentence_of)
            return (antecedent, token.i, end) if antecedent is not None else None
        return None
    noun_modifiers = [t.lower_ for t in modifiers if t.pos_ in {"NOUN", "PROPN"}]
    if lower in lexicon.person_descriptions and head.pos_ in {"NOUN", "PROPN"}:
        # "the envoy" is the person introduced as an envoy, even if a minister was named since
        antecedent = _recent(history, {"Person"}, sentence, sentence_of, lookback=10_000,
                             accept=lambda m: _introduced_as(doc, m, lower, sentence_of))
        head_of_government = lower == "president" or [t.lower_ for t in modifiers] == ["prime"]
        if antecedent is None and head_of_government and _is_possessor(head):
            # "The Prime Minister's Focal Person for Polio, X": an unnamed head of government's staff serve the
            # state the article is about
            antecedent = _most_mentioned(history, {"Country"}, first_on_tie=True)
        elif antecedent is None and not head_of_government:
            antecedent = _recent(history, {"Person"}, sentence, sentence_of)
        return (antecedent, token.i, end) if antecedent is not None else None
    types = lexicon.group_descriptions.get(lower)
    lower = NAME_WORD_OF.get(lower, lower)  # "the lender" is a bank named before
    if lower == "government" and all(t.lower_ in {"central", "national", "federal"} for t in modifiers) \
            and head.lower_ == "government":
        # "talks between the government and the rebels": the country the article is about, the one named most
        country = _most_mentioned(history, {"Country"}, first_on_tie=True)
        if country is not None:
            return country, token.i, end
    if types and head.pos_ in {"NOUN", "PROPN"}:
        # "the programme" after "the Coastal Early Warning Programme": a named undertaking with the word is as good
        # a referent as a body with it ("the World Food Programme")
        named_types = set(types) | ({"Process"} if lower in lexicon.named_process_heads else set())
        if head.is_title and lower not in {"bloc"}:
            word = head.text.lower()
            antecedent = (_last_subject_with_word(history, named_types, word, sentence)
                          or _most_mentioned(history, named_types, lambda m: word in _head_words(m))
                          or _most_mentioned(history, named_types, lambda m: word in _names(m)))
        else:
            antecedent = _recent(history, named_types, sentence, sentence_of, prefer_subject=False,
                                 accept=lambda m: lower in _name_words(m), lookback=10_000)  # a word: "mission" is not in "commission"
            if antecedent is not None and lower in GENERIC_PROCESS_WORDS and not noun_modifiers:
                # "welcomed the programme" after "the programme" was said of the one launched: that one again, before
                # another programme named since
                called = _called_by(index, word=lower, before=token.i)
                again = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=10_000,
                                accept=lambda m: id(m.referent) in called)
                antecedent = again or antecedent
            if antecedent is not None and antecedent.type != "Process" and lower in GENERIC_PROCESS_WORDS:
                # "the programme's costs" after "the National School Meals Programme … WFP": an undertaking with
                # the word before a body whose name merely ends in it
                antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False,
                                     accept=lambda m: lower in re.split(r"[\s\-]+", _names(m)), lookback=10_000) or antecedent
            # "the humanitarian working group", "the sanctions committee": a body of its own, not the last one named
            descriptive = all(t.pos_ in {"ADJ", "NUM", "PUNCT"} or t.i > 0 and doc[t.i - 1].text == "-"
                              or index.at(t) is not None and index.at(t).type in {"Place", "Country"} for t in modifiers)
            if antecedent is None and lower in {"agency", "programme", "fund"} and descriptive and gazetteer is not None:
                # "Japan's pledge to the agency": the UN agency or fund named before
                antecedent = _recent(history, set(types), sentence, sentence_of, prefer_subject=False, lookback=6,
                                     accept=lambda m: m.key is not None and gazetteer.by_key(m.key) is not None
                                     and gazetteer.by_key(m.key).kind in AGENCY_KINDS)
            if antecedent is None and lower in {"force", "mission", "operation"} and descriptive and gazetteer is not None:
                # "Egypt, which is sending troops to AUSSOM, voiced support for the new force": a peace operation
                # named before, whatever its name calls it
                antecedent = _recent(history, set(types), sentence, sentence_of, prefer_subject=False, lookback=3,
                                     accept=lambda m: m.key is not None and gazetteer.by_key(m.key) is not None
                                     and gazetteer.by_key(m.key).kind in PEACE_OPERATION_KINDS)
            if antecedent is None and lower in lexicon.generic_group_words and descriptive:
                if lower in BLOC_WORDS:  # a known grouping of states first, then any plausible body
                    # "The EU's representative said the bloc backed it": one named in this very sentence; else the
                    # bloc the article is about, the one named most often so far
                    reported = head.dep_ == "nsubj" and head.head.dep_ == "ccomp" \
                        and head.head.head.lemma_.lower() in lexicon.speech_verbs
                    here = [m for m, _, seen in history if seen == sentence_of[token.i] and m.type in types
                            and _could_be_bloc(m, gazetteer, known_only=True)] if reported else []
                    antecedent = here[0] if here else \
                        _most_mentioned(history, set(types), lambda m: _could_be_bloc(m, gazetteer, known_only=True))
                antecedent = antecedent or _recent(history, set(types), sentence, sentence_of, prefer_subject=False,
                                                   accept=lambda m: lower not in BLOC_WORDS or _could_be_bloc(m, gazetteer))
        if antecedent is not None and _is_own_subject(head, antecedent, index):
            antecedent = None  # "UNDP will manage the programme": what a body manages is not the body
        if antecedent is not None and head.dep_ == "poss" and head.head.dep_ == "appos" \
                and getattr(index.at(head.head.head), "referent", None) is antecedent.referent:
            # "the General Conference, the organisation's highest body": the organisation is another, its parent
            described = antecedent.referent
            antecedent = _most_mentioned(history, set(types), lambda m: m.referent is not described)
        if antecedent is not None:
            return antecedent, token.i, end
    if lower in {"text", "document", "draft"} and not noun_modifiers:
        # "voted for the text": the resolution, declaration or convention just named
        antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=3,
                             accept=lambda m: any(w in lexicon.document_nouns | WRITTEN_INSTRUMENTS | SIGNED_INSTRUMENTS
                                                  for w in _names(m).split()))
        return (antecedent, token.i, end) if antecedent is not None else None
    if lower in lexicon.named_process_heads or lower in lexicon.process_heads:
        word = lower
        # (an initiative of states found to be a body is still "the initiative")
        def fits(m: Mention) -> bool:
            return (m.names_an_undertaking or m.type == "Organization" and word in NAMED_LIKE_BODIES) \
                and (word in _names(m).split() or word + "s" in _names(m).split() or _introduced_by_word(doc, m, word)) \
                and all(w in _names(m) or _held_in(doc, m, w) for w in noun_modifiers)
        # "the railway" after "a timetable for the Gulf Railway": the one the word is the head of, before one that
        # only speaks of it
        antecedent = _recent(history, {"Process", "Organization"}, sentence, sentence_of, prefer_subject=False,
                             accept=lambda m: fits(m) and word in _head_words(m), lookback=10_000) \
            or _recent(history, {"Process", "Organization"}, sentence, sentence_of, prefer_subject=False, accept=fits,
                       lookback=10_000)
        if antecedent is None and noun_modifiers and lower in GENERIC_PROCESS_WORDS:
            # "the destruction plan" a sentence after "endorsed a plan to find and destroy ...": the bare undertaking
            # just introduced, now called more fully
            antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=1,
                                 accept=lambda m: m.source == "description" and m.text.lower() == word)
            bare = {id(m.referent): m for m, _, _ in history if m.type == "Process" and m.source == "description"
                    and m.text.lower() == word}
            if antecedent is None and len(bare) == 1 and _called_by(index, word, before=token.i) == set(bare):
                # "Gabon backed the listing plan" after "approved a plan to sell stakes … The plan was drawn up by …":
                # the one plan of the article, called "the plan" since
                antecedent = next(iter(bare.values()))
        described = any(t.pos_ == "ADJ" for t in modifiers)
        if antecedent is None and not noun_modifiers and not described and lower in GENERIC_PROCESS_WORDS:
            # "the programme" two sentences after "its Desert to Power initiative": a named undertaking stays salient
            # (but "the political process" says which process it is, and may be a new one)
            # (a meeting is no scheme: "told the closing session ... would pilot the scheme")
            # ("the project" again: the one already called so, before whatever was named since)
            called = _called_by(index, word, before=token.i)
            antecedent = (_recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=10_000,
                                  accept=lambda m: id(m.referent) in called)
                          or _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=1,
                                     accept=lambda m: not _head_words(m) & lexicon.meeting_nouns
                                     and (m.source != "description" or word in _head_words(m)))
                          or _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False,
                                     accept=lambda m: m.source == "process", lookback=LOOKBACK_SENTENCES))
            if antecedent is None and word in SIGNED_INSTRUMENTS:
                # "welcomed the agreement" after "signed a memorandum of understanding": a signed text by its kind
                antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False,
                                     accept=lambda m: bool(_head_words(m) & SIGNED_INSTRUMENTS), lookback=LOOKBACK_SENTENCES)
        return (antecedent, token.i, end) if antecedent is not None else None
    if head.pos_ == "NOUN" and not noun_modifiers:
        # "the line" after "the Metropolitan Electric Train, an 84-km passenger line": what an apposition called a
        # named undertaking
        # (or "the plant" after "the Ruzizi III hydropower plant": the word its name ends in)
        antecedent = _recent(history, {"Process"}, sentence, sentence_of, prefer_subject=False, lookback=10_000,
                             accept=lambda m: m.source == "process" and m.token_end > m.token_start and (any(
                                 c.dep_ == "appos" and c.lemma_ == head.lemma_ for c in doc[m.token_end - 1].children)
                                 or doc[m.token_end - 1].lower_ == head.lower_))
        if antecedent is not None:
            return antecedent, token.i, end
    return None


# "The Ministers reaffirmed ...", "Heads of Government endorsed ...": the members assembled act as the body they
# form; the words that body's name would carry
MEMBER_WORDS = {"ministers": ("minister", "ministerial"),
                "leaders": ("heads of state", "heads of government", "summit", "authority"),
                "heads": ("heads of state", "heads of government", "authority")}


def _called_by(index: MentionIndex, word: str, before: int) -> set[int]:
    """The undertakings a definite description with this head word already referred to, before a token."""
    return {id(m.antecedent.referent) for m in index.mentions if m.source == "coref" and m.antecedent is not None
            and m.token_start < before and m.text.lower().split()[-1] == word}


def _introduced_by_word(doc: Doc, named: Mention, word: str) -> bool:
    """'a project, "Secure Elections 2026"', 'a campaign called "Every Child Counts"': the word a name was given with."""
    k = named.token_start - 1
    while k > 0 and (doc[k].is_punct or doc[k].lower_ in NAMING_WORDS) \
            and named.token_start - k <= 3:
        k -= 1
    return 0 <= k < named.token_start - 1 and doc[k].lower_ == word


def _describes_another(doc: Doc, mention: Mention) -> bool:
    """A name modifying a common noun: "EAC" of "the Jinja-based EAC institution"."""
    if mention.token_start < 0 or mention.token_end > len(doc):
        return False
    last = doc[mention.token_end - 1]
    return last.dep_ in {"compound", "nmod"} and last.head.i >= mention.token_end and last.head.is_lower \
        and last.head.pos_ == "NOUN"


def _is_possessor(head: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in head.children)


def _assembled_members(doc: Doc, token: Token, history, index: MentionIndex, gazetteer=None):
    """"The Ministers" or "Heads of State and Government" as a clause's subject, with no owner named beside them:
    the meeting body named before whose name says who sits in it, else the bloc the article is about."""
    lower = token.lower_
    if lower not in MEMBER_WORDS or token.tag_ not in {"NNS", "NNPS"} or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(c.dep_ in {"poss", "compound", "nmod"} or c.dep_ == "amod" and c.is_title for c in token.children):
        return None  # "Kenya's ministers", "ASEAN leaders", "Arab ministers": their owner is named
    end = token.i + 1
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return None  # "Ministers from Benin, Côte d'Ivoire and Togo": the states they come from are named
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        named = [t for t in of.subtree if t.is_title and t.pos_ == "PROPN" and t.lower_ not in {"state", "government"}]
        if named:
            return None  # "Leaders of the East African Community": the body is named, the support rules read it
        end = max(t.i for t in of.subtree) + 1
    elif lower == "heads":
        return None
    start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
    words = MEMBER_WORDS[lower]
    # "the Authority of the OECS": leaders sit in a bloc's authority, not in a government's ("Palestinian Authority")
    antecedent = _most_mentioned(history, {"Organization"}, lambda m: any(w in _names(m) for w in words)
                                 and _could_be_bloc(m, gazetteer)) \
        or _owner_named_with_same_word(doc, token, index) or _most_mentioned(history, {"Organization"}, lambda m: _could_be_bloc(m, gazetteer, known_only=True))
    return (antecedent, start, end) if antecedent is not None else None


# communiqués call the meeting by its bare name: "Summit approved the plan", "Council decided to ..."
BARE_MEETING_WORDS = {"summit", "council", "assembly", "conference", "meeting", "authority"}


def _bare_meeting_subject(doc: Doc, token: Token, history, index: MentionIndex, gazetteer=None):
    """"Summit approved the plan" in a SADC communiqué: the body whose meeting the article first named ("the 45th
    Summit of SADC Heads of State"), else the bloc the article is about."""
    # "The summit also called for ...": the lower-case word with only "the" before it acts for the body too
    described = token.is_lower and token.lower_ in {"summit", "meeting"} and token.dep_ == "nsubj" \
        and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"] \
        and token.i > 0 and doc[token.i - 1].lower_ == "the"
    if token.lower_ not in BARE_MEETING_WORDS or not (token.is_title or described) \
            or token.dep_ not in {"nsubj", "nsubjpass"} \
            or any(c.dep_ in {"poss", "compound", "amod"} or c.dep_ == "det" and not described for c in token.children) \
            or index.at(token) is not None:
        return None
    antecedent = _owner_named_with_same_word(doc, token, index) \
        or _most_mentioned(history, {"Organization"}, lambda m: _could_be_bloc(m, gazetteer, known_only=True))
    return (antecedent, token.i, token.i + 1) if antecedent is not None else None


def _owner_named_with_same_word(doc: Doc, token: Token, index: MentionIndex) -> Mention | None:
    """"The Ministers reaffirmed ..." after "The Ministers of Foreign Affairs of the CBSS met": the body the same
    word was first written with."""
    for earlier in (t for t in doc[:token.i] if t.lower_ == token.lower_ and index.at(t) is None):
        owners = [c for c in earlier.children if c.dep_ in {"poss", "compound"}]
        nouns = [earlier]
        while nouns:
            noun = nouns.pop()
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in of.children if c.dep_ == "pobj"):
                    owners.append(pobj)
                    nouns.append(pobj)
        for owner in owners:
            mention = index.at(owner)
            if mention is not None and mention.referent.type == "Organization":
                return mention.referent
    return None


def _held_in(doc: Doc, process: Mention, place: str) -> bool:
    """"the Geneva meeting" after "reconvene the informal meeting on Cyprus in Geneva": the place named just after
    the process, which its label leaves out."""
    after = doc[process.token_end:min(len(doc), process.token_end + 3)]
    return any(t.lower_ == "in" for t in after) and any(t.lower_ == place for t in after)


def _nouns_in_name(doc: Doc, described: Mention, body: Mention, index: MentionIndex) -> bool:
    """Every noun before the head of a description is in the body's name; places ("the Kabul-based mission") aside."""
    names = _names(body)
    head = doc[described.token_start:described.token_end].root
    nouns = [t.lower_ for t in doc[described.token_start:head.i] if t.pos_ in {"NOUN", "PROPN"}
             and not (index.at(t) is not None and index.at(t).type in {"Place", "Country"})]
    return all(n in names for n in nouns)


BODY_LIKE_UNDERTAKINGS = {"force", "mission", "operation", "presence", "facility", "fund", "mechanism", "platform"}
# bodies that have donors: "Its largest donors were Germany and the EU" after "the Funding Facility for Stabilization"
FUNDED_BODIES = {"fund", "facility", "trust", "mechanism", "window", "reserve"}
DONOR_WORDS = {"donor", "contributor", "funder", "backer"}
# what an appositive can call a name that NER took for a body: "Cleaner Pacific 2035, a ten-year regional strategy"
UNDERTAKING_WORDS = {"strategy", "plan", "programme", "program", "agenda", "roadmap", "framework", "initiative", "project",
                     "agreement", "treaty", "convention", "declaration", "process", "scheme", "policy", "vision"}
# "the system" after "the Arab Regional Drought Early Warning System", which NER calls a body
NAMED_LIKE_BODIES = {"system", "facility", "mechanism", "platform"}


def _named_after_comma(doc: Doc, described: Mention, index: MentionIndex) -> Mention | None:
    """"backed a new fund, the Sahel Resilience Facility, in March": an indefinite description, then a name set off
    by commas. Read from the words, since the parser rarely makes the name an apposition here."""
    start, end = described.token_start, described.token_end
    if start == 0 or doc[start - 1].lower_ not in {"a", "an"} or end >= len(doc):
        return None
    return index.named_after_comma(doc, end, frozenset({",", ".", ";", "("}))


def _named_in_apposition(doc: Doc, described: Mention, index: MentionIndex) -> Mention | None:
    """A described process set in apposition to a named one ("X Convention, the first treaty of its kind")."""
    if described.source != "description" or described.type != "Process":
        return None
    head = doc[described.token_start:described.token_end].root
    named_next = _named_after_comma(doc, described, index)
    if named_next is not None:
        named = named_next  # "a regional disaster fund, the Pacific Resilience Facility,"
    elif head.dep_ == "appos":
        named = index.at(head.head)
    elif head.dep_ == "dobj" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ",":
        # "endorsed a regional programme to build plants, its first joint project": the parser makes the
        # apposition a second object
        first = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
        named = index.at(first[-1]) if first and not any(c.dep_ == "cc" and c.i < head.i for c in head.head.children) else None
        if named is None and first and not any(c.dep_ == "cc" and c.i < head.i for c in head.head.children):
            # "renewed their commitment to the Blue Charter, the member states' pact": the name just before the comma
            before = index.at(head.left_edge.i - 2) if head.left_edge.i >= 2 else None
            named = before if before is not None and first[-1].left_edge.i <= before.token_start else None
    else:
        return None
    if named is None or named is described:
        return None
    if named.source == "description":
        # "a regional programme to build plants, its first joint project": one undertaking, described twice
        return named.referent if named.referent.type == "Process" and named.referent is not described else None
    if named.referent.type == "Organization" and head.lower_ in BODY_LIKE_UNDERTAKINGS:
        return named.referent  # "EUFOR Althea, the EU-led stabilisation force": the body itself
    if named.referent.type == "Organization" and named.referent.source == "ner" and named.referent.key is None \
            and head.lemma_.lower() in UNDERTAKING_WORDS:
        # "Cleaner Pacific 2035, a ten-year regional strategy": what NER took for a body is the strategy named
        for other in index.mentions:
            if other.referent is named.referent:
                other.type = "Process"
        return named.referent
    return named.referent if named.referent.type == "Process" else None


def _capitalised_body_word(doc: Doc, token: Token, history, lexicon: Lexicon):
    """"The Force Commander" after "the UN Disengagement Observer Force": a body's capitalised head word used as a
    modifier of a title is that body."""
    # ("…, Forum Secretary General X said": with no article too, where the phrase starts with the word)
    opens_phrase = token.i > 0 and (doc[token.i - 1].lower_ == "the" or doc[token.i - 1].is_punct and doc[token.i - 1].text != "-")
    title_follows = lexicon.is_title_word(token.head.lower_) or token.i + 1 < len(doc) and lexicon.is_title_word(doc[token.i + 1].lower_)
    if not token.is_title or not opens_phrase or token.dep_ != "compound" or not title_follows \
            or token.lower_ not in lexicon.group_descriptions:
        return None
    word = token.lower_
    antecedent = _most_mentioned(history, {"Organization"}, lambda m: word in _head_words(m))
    return (antecedent, token.i, token.i + 1) if antecedent is not None else None


def _introduced_as(doc: Doc, person: Mention, word: str, sentence_of) -> bool:
    """Whether a title word stands next to the person's name where it was introduced: "Personal Envoy on Cyprus,
    Carmen Ruiz" or "Carmen Ruiz, the UN envoy"."""
    sentence = sentence_of[person.token_start]
    window = range(max(0, person.token_start - 8), min(len(doc), person.token_end + 6))
    return any(doc[i].lower_ == word and sentence_of[i] == sentence
               and not (person.token_start <= i < person.token_end) for i in window)


def _indefinite_process(doc: Doc, token: Token, history, sentence_of, lexicon: Lexicon):
    """"China is ready to sign up to a substantive code" after "the Code of Conduct": an indefinite phrase whose
    head names a process named shortly before, with only descriptive adjectives, is that process."""
    head = token.head
    modifiers = doc[token.i + 1:head.i]
    if head.i <= token.i or head.lower_ not in lexicon.named_process_heads | lexicon.process_heads:
        return None
    if any(t.lower_ in NOT_THE_SAME or t.pos_ in {"NOUN", "PROPN", "NUM"} for t in modifiers):
        return None
    word = head.lower_
    antecedent = _recent(history, {"Process"}, sentence_of[token.i], sentence_of, prefer_subject=False,
                         accept=lambda m: m.source != "description" and word in _names(m).split(), lookback=3)
    return (antecedent, token.i, head.i + 1) if antecedent is not None else None


BLOC_KINDS = {"regional", "intergovernmental"}  # a bloc's own institutions (its council, commission) are not "the bloc"


def _could_be_bloc(mention: Mention, gazetteer, known_only: bool = False) -> bool:
    if mention.type != "Organization":
        return False
    entry = gazetteer.by_key(mention.key) if gazetteer is not None and mention.key else None
    if known_only:
        return entry is not None and entry.kind in BLOC_KINDS
    return entry is None or entry.kind not in NOT_BLOCS


def _is_bare_description(doc: Doc, mention: Mention, lexicon: Lexicon) -> bool:
    """"the Council" tagged as an organization of its own is a reference to the council named before; so is "the Task
    Force" after "the Multinational Joint Task Force" (a shortened name, checked against the antecedent's)."""
    words = doc[mention.token_start:mention.token_end]
    return (mention.source == "ner" and mention.key is None and len(words) <= 2
            and mention.token_start > 0 and doc[mention.token_start - 1].lower_ in {"the", "this"}
            and all(t.is_title for t in words))  # NER may call "the Forum" a person or a place, too


def _ends_name(mention: Mention, words: str) -> bool:
    """"task force" ends "Multinational Joint Task Force"."""
    return any(name.lower().endswith(" " + words) for name in [mention.text, mention.canonical or "", *mention.aliases])


def _head_words(mention: Mention) -> set[str]:
    """"council" of "Security Council", "league" of "League of Arab States": the noun each name is about."""
    heads = set()
    for name in [mention.text, mention.canonical or "", *mention.aliases]:
        words = name.lower().split()
        for cut in ("of", "for", "on", "in"):
            if cut in words[1:]:
                words = words[:words.index(cut, 1)]
        while len(words) > 1 and names_years(words[-1]):
            words = words[:-1]  # "Action Plan 2025–2030" is a plan
        if words:
            heads.add(words[-1])
    return heads


def _name_words(mention: Mention) -> set[str]:
    """The words of a mention's names, and of the name it is written with in either spelling ("the organisation"
    after "the Organization of Turkic States")."""
    written = re.split(r"[\s\-]+", mention.text.lower()) if _named_by_its_text(mention) else []
    return set(re.split(r"[\s\-]+", _names(mention))) | {w.replace("ization", "isation") for w in written} \
        | {w.replace("isation", "ization") for w in written}


def _names(mention: Mention) -> str:
    names = [mention.text, mention.canonical or "", *mention.aliases]
    if not _named_by_its_text(mention):
        names.remove(mention.text)
    return " ".join(names).lower()


def _named_by_its_text(mention: Mention) -> bool:
    """"Board of Governors of the International Atomic Energy Agency": "the agency" is the parent, not the board, so
    the board's own text names nothing a description could call it."""
    return not any(mention.text.startswith(alias + " of ") for alias in mention.aliases)
