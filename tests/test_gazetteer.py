"""The gazetteer: look-ups by every kind of name, the case rule for short acronyms and English words, demonyms,
capitals, the hierarchy keys, and the integrity of the data (no dangling keys, no silent name clashes)."""
from __future__ import annotations

import time

import pycountry
import pytest

from kg.gazetteer import Gazetteer, GazetteerEntry, build_gazetteer, case_key, load_gazetteer
from kg.vocab import normalise_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def key_of(gaz: Gazetteer, name: str, **kw) -> str | None:
    entry = gaz.lookup(name, **kw)
    return entry.key if entry else None


# --- look-ups by name ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["United Nations", "UN", "U.N.", "the U.N.", "the United Nations",
                                  "United Nations'", "UN's", "UNITED NATIONS", "the United Nations’"])
def test_united_nations_forms(gaz, name):
    assert key_of(gaz, name) == "org:united-nations"


@pytest.mark.parametrize("name,key", [
    ("UN Security Council", "org:un-security-council"),
    ("United Nations Security Council", "org:un-security-council"),
    ("U.N. Security Council", "org:un-security-council"),
    ("the Security Council", "org:un-security-council"),
    ("UNSC", "org:un-security-council"),
    ("UNRWA", "org:unrwa"),
    ("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "org:unrwa"),
    ("Organization of Islamic Cooperation", "org:oic"),
    ("Organisation of Islamic Cooperation", "org:oic"),
    ("the Organization of the Islamic Cooperation", "org:oic"),
    ("Organization of the Islamic Conference", "org:oic"),
    ("OIC's", "org:oic"),
    ("League of Arab States", "org:arab-league"),
    ("UN Development Program", "org:undp"),  # American spelling of a British name
    ("World Health Organisation", "org:who"),
    ("Associated Press of Pakistan", "org:app"),
    ("APP", "org:app"),
    ("AP", "org:ap"),
    ("Ansar Allah", "org:houthis"),
    ("Da'esh", "org:isil"),
    ("Rapid Support Forces", "org:rsf"),
    ("RSF", "org:rsf"),
    ("African Union Commission", "org:au-commission"),
    ("AU Peace and Security Council", "org:au-psc"),
])
def test_organization_names(gaz, name, key):
    assert key_of(gaz, name) == key


@pytest.mark.parametrize("name,key", [
    ("Kenya", "country:KEN"), ("Republic of Kenya", "country:KEN"), ("South Korea", "country:KOR"),
    ("Republic of Korea", "country:KOR"), ("North Korea", "country:PRK"), ("DPRK", "country:PRK"),
    ("Iran", "country:IRN"), ("Syria", "country:SYR"), ("Russia", "country:RUS"), ("Laos", "country:LAO"),
    ("DRC", "country:COD"), ("DR Congo", "country:COD"), ("Democratic Republic of Congo", "country:COD"),
    ("Congo-Brazzaville", "country:COG"), ("Republic of the Congo", "country:COG"),
    ("Ivory Coast", "country:CIV"), ("Côte d’Ivoire", "country:CIV"), ("Cote d'Ivoire", "country:CIV"),
    ("Turkey", "country:TUR"), ("Türkiye", "country:TUR"), ("Turkiye", "country:TUR"),
    ("U.S.", "country:USA"), ("USA", "country:USA"), ("United States of America", "country:USA"),
    ("Britain", "country:GBR"), ("UK", "country:GBR"), ("UAE", "country:ARE"), ("the Gambia", "country:GMB"),
    ("the Netherlands", "country:NLD"), ("the Philippines", "country:PHL"), ("Vatican", "country:VAT"),
    ("Holy See", "country:VAT"), ("Kosovo", "country:XKX"), ("Taiwan", "country:TWN"), ("Burma", "country:MMR"),
    ("Eswatini", "country:SWZ"), ("Swaziland", "country:SWZ"), ("East Timor", "country:TLS"),
    ("Cape Verde", "country:CPV"), ("Czech Republic", "country:CZE"), ("Czechia", "country:CZE"),
    ("State of Palestine", "country:PSE"), ("Palestine", "country:PSE"), ("St Kitts and Nevis", "country:KNA"),
    ("Trinidad & Tobago", "country:TTO"), ("Micronesia", "country:FSM"), ("Viet Nam", "country:VNM"),
])
def test_country_names(gaz, name, key):
    assert key_of(gaz, name) == key


def test_inverted_iso_names_are_not_display_names(gaz):
    for entry in gaz.entries():
        if entry.type == "Country":
            assert ", " not in entry.name, entry.name  # "Korea, Republic of" is no name anyone writes
    assert gaz.by_key("country:KOR").name == "South Korea"
    assert gaz.by_key("country:IRN").name == "Iran"
    assert gaz.by_key("country:TWN").name == "Taiwan"


@pytest.mark.parametrize("name,key", [
    ("Gaza", "place:gaza"), ("Gaza Strip", "place:gaza"), ("the West Bank", "place:west-bank"),
    ("Rakhine state", "place:rakhine"), ("the Sahel", "place:sahel"), ("Dakar", "place:dakar"),
    ("Jammu and Kashmir", "place:kashmir"), ("El Fasher", "place:el-fasher"), ("Al Fashir", "place:el-fasher"),
    ("Hong Kong", "place:hong-kong"), ("Horn of Africa", "place:horn-of-africa"), ("Kiev", "place:kyiv"),
])
def test_place_names(gaz, name, key):
    assert key_of(gaz, name) == key


def test_unknown_and_empty_names(gaz):
    assert gaz.lookup("Atlantis Federation of Nowhere") is None
    assert gaz.lookup("") is None
    assert gaz.lookup("   ") is None


# --- the case rule -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word,hit", [
    ("WHO", "org:who"), ("who", None), ("Who", None),
    ("US", "country:USA"), ("us", None), ("Us", None),
    ("AU", "org:african-union"), ("au", None),
    ("ICC", "org:icc"), ("icc", None),
    ("IS", "org:isil"), ("is", None),
    ("Turkey", "country:TUR"), ("turkey", None), ("TURKEY", "country:TUR"),
    ("China", "country:CHN"), ("china", None),
    ("Security Council", "org:un-security-council"), ("security council", None),
    ("Nato", "org:nato"), ("NATO", "org:nato"),
])
def test_short_acronyms_and_words_match_only_as_written(gaz, word, hit):
    assert key_of(gaz, word) == hit


def test_exact_case_lookup(gaz):
    assert key_of(gaz, "United Nations", exact_case=True) == "org:united-nations"
    assert key_of(gaz, "united nations", exact_case=True) is None
    assert key_of(gaz, "united nations") == "org:united-nations"


def test_case_sensitive_forms_stay_apart(gaz):
    # "DPA" was the UN's Department of Political Affairs; "dpa" is the German news agency
    assert key_of(gaz, "DPA") == "org:dppa"
    assert key_of(gaz, "dpa") == "org:dpa"
    assert gaz.is_case_sensitive("WHO")
    assert not gaz.is_case_sensitive("World Health Organization")


def test_case_key_folds_like_normalise_name(gaz):
    """The case-preserving key must fold exactly like the scorer's key, or case-sensitive names drift."""
    for entry in gaz.entries():
        for name in entry.names:
            assert case_key(name).lower() == normalise_name(name), name


# --- demonyms and capitals -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word,key", [
    ("Kenyan", "country:KEN"), ("Kenyans", "country:KEN"), ("Pakistani", "country:PAK"),
    ("Pakistanis", "country:PAK"), ("Saudi", "country:SAU"), ("Emirati", "country:ARE"),
    ("Filipino", "country:PHL"), ("Afghan", "country:AFG"), ("Afghans", "country:AFG"),
    ("Sudanese", "country:SDN"), ("South Sudanese", "country:SSD"), ("Norwegian", "country:NOR"),
    ("Brazilian", "country:BRA"), ("Qatari", "country:QAT"), ("Iranian", "country:IRN"),
    ("Israeli", "country:ISR"), ("Palestinian", "country:PSE"), ("Palestinians", "country:PSE"),
    ("Ukrainian", "country:UKR"), ("Russian", "country:RUS"), ("Chinese", "country:CHN"),
    ("American", "country:USA"), ("British", "country:GBR"), ("Briton", "country:GBR"),
    ("Congolese", "country:COD"), ("Ivorian", "country:CIV"), ("Burkinabe", "country:BFA"),
])
def test_demonyms(gaz, word, key):
    entry = gaz.demonym(word)
    assert entry is not None and entry.key == key and entry.type == "Country"


@pytest.mark.parametrize("word", ["Arab", "African", "European", "Asian", "Islamic", "Muslim", "polish", "kenyan",
                                  "Korean"])
def test_not_country_demonyms(gaz, word):
    assert gaz.demonym(word) is None


def test_place_demonyms_are_opt_in(gaz):
    assert gaz.demonym("Gazan") is None
    assert gaz.demonym("Gazan", include_places=True).key == "place:gaza"
    assert gaz.demonym("African", include_places=True).key == "place:africa"


def test_every_country_has_a_demonym(gaz):
    """Each country has its adjectives; one that is shared (Congolese, Dominican) goes to the more prominent
    country, so the other is left with none that reaches it."""
    shared_with_other = {"country:COG", "country:DMA"}
    countries = [e for e in gaz.entries() if e.type == "Country"]
    assert all(_demonyms_of(e.key) for e in countries)
    unreachable = {e.key for e in countries if not any(
        gaz.demonym(w) is not None and gaz.demonym(w).key == e.key for w in _demonyms_of(e.key))}
    assert unreachable == shared_with_other


def _demonyms_of(key: str) -> list[str]:
    import json
    from kg.gazetteer import DATA_DIR
    data = json.loads((DATA_DIR / "demonyms.json").read_text(encoding="utf-8"))
    return data["countries"].get(key.split(":", 1)[1], [])


@pytest.mark.parametrize("city,key", [
    ("Nairobi", "country:KEN"), ("Islamabad", "country:PAK"), ("Khartoum", "country:SDN"),
    ("Dakar", "country:SEN"), ("Addis Ababa", "country:ETH"), ("Washington", "country:USA"),
    ("Moscow", "country:RUS"), ("Kyiv", "country:UKR"), ("Singapore", "country:SGP"),
])
def test_capitals(gaz, city, key):
    assert gaz.capital_of(city).key == key


def test_non_capitals_name_no_country(gaz):
    assert gaz.capital_of("Lagos") is None  # a city, not the capital
    assert gaz.capital_of("Kenya") is None
    assert gaz.capital_of("Victoria") is None  # the Australian state before the Seychelles' capital
    assert gaz.capital_of("nowhere") is None


def test_every_sovereign_country_has_a_capital(gaz):
    capitals = {e.located_in for e in gaz.entries() if e.kind == "capital"}
    # Israel and Palestine: the status of Jerusalem is disputed, so neither gets a capital here
    allowed = {"country:ISR", "country:PSE", "country:SGP", "country:MCO", "country:VAT"}
    missing = [e.key for e in gaz.entries() if e.type == "Country" and e.key not in capitals | allowed]
    assert not missing


# --- hierarchy ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["org:un-security-council", "org:un-general-assembly", "org:unrwa", "org:undp",
                                 "org:unicef", "org:who", "org:unmiss", "org:monusco", "org:unowas", "org:ohchr",
                                 "org:dppa", "org:human-rights-council", "org:icj"])
def test_un_bodies_are_part_of_the_un(gaz, key):
    assert "org:united-nations" in gaz.by_key(key).part_of


def test_hierarchy_facts(gaz):
    assert gaz.by_key("place:dakar").located_in == "country:SEN"
    assert gaz.by_key("place:dakar").kind == "capital"
    assert gaz.by_key("org:african-union").based_in == "place:addis-ababa"
    assert "org:european-union" in gaz.by_key("org:european-commission").part_of
    assert "org:oic" in gaz.by_key("country:PAK").member_of
    assert "org:united-nations" in gaz.by_key("country:KEN").member_of
    assert "org:united-nations" not in gaz.by_key("country:PSE").member_of  # an observer state
    assert "country:PAK" in gaz.members("org:oic")


def test_every_referenced_key_exists(gaz):
    dangling = []
    for e in gaz.entries():
        for ref in (*e.part_of, *e.member_of, e.located_in, e.based_in):
            if ref and gaz.by_key(ref) is None:
                dangling.append((e.key, ref))
    assert not dangling


def test_by_key_of_unknown_key_is_none(gaz):
    assert gaz.by_key("person:nobody") is None
    assert "country:KEN" in gaz


def test_member_lists_have_plausible_sizes(gaz):
    assert len(gaz.members("org:african-union")) == 54
    assert len(gaz.members("org:european-union")) == 27
    assert len(gaz.members("org:oic")) == 57
    assert len(gaz.members("org:arab-league")) == 22
    assert len(gaz.members("org:nato")) == 32


# --- integrity of the data ---------------------------------------------------------------------------------------------

def test_every_iso_country_is_classified():
    """A new ISO 3166-1 code must be sorted into countries or territories on purpose."""
    import json
    from kg.gazetteer import DATA_DIR
    data = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    known = set(data["countries"]) | set(data["territories"])
    assert {c.alpha_3 for c in pycountry.countries} <= known
    un_members = [k for k, v in data["countries"].items() if v.get("kind", "sovereign-state") == "sovereign-state"]
    assert len(un_members) == 193


def test_no_unresolved_name_collisions(gaz):
    """Two entries answering to one name must be resolved in name_rules.json; print every clash for review."""
    collisions = gaz.collisions()
    for c in collisions:
        print(f"collision {c.name!r}: {', '.join(c.keys)} -> {c.resolved_to}")
    unresolved = [c for c in collisions if c.resolved_to is None]
    assert not unresolved, unresolved


def test_every_resolution_settles_a_real_clash():
    """A resolution of a name only one entry has is dead data that hides mistakes."""
    import json
    from kg.gazetteer import DATA_DIR
    rules = json.loads((DATA_DIR / "name_rules.json").read_text(encoding="utf-8"))
    gaz = load_gazetteer()
    clashing = {c.name for c in gaz.collisions()}
    for name in rules["resolutions"]:
        assert normalise_name(name) in clashing or case_key(name) in clashing, name


def test_labels_do_not_carry_names_of_other_entries(gaz):
    """An entry's aliases become graph labels: each must lead back to that entry, or two nodes share a name."""
    for entry in gaz.entries():
        for alias in entry.aliases:
            found = gaz.lookup(alias) or gaz.lookup(alias, exact_case=True)
            assert found is not None and found.key == entry.key, (entry.key, alias)
    assert "Congo" not in gaz.by_key("country:COG").aliases  # resolved to the DRC


def test_no_lowercase_english_words_as_insensitive_aliases(gaz):
    for word in ("who", "us", "is", "it", "an", "as", "at", "in", "on", "car", "map", "can", "spa", "care", "tap",
                 "chad", "jordan", "guinea", "state", "union", "council", "commission", "court", "fund", "office"):
        assert gaz.lookup(word) is None, word


def test_keys_are_well_formed(gaz):
    for e in gaz.entries():
        prefix = {"Country": "country:", "Organization": "org:", "Place": "place:"}[e.type]
        assert e.key.startswith(prefix), e.key
        assert e.name and e.name == e.name.strip()
        assert isinstance(e, GazetteerEntry)


def test_entry_counts(gaz):
    counts: dict[str, int] = {}
    for e in gaz.entries():
        counts[e.type] = counts.get(e.type, 0) + 1
    print("entries by type:", counts)
    assert counts["Country"] >= 197  # 193 UN members, 2 observers, Taiwan, Kosovo
    assert counts["Organization"] >= 300
    assert counts["Place"] >= 600


# --- phrase patterns -----------------------------------------------------------------------------------------------------

def test_phrase_patterns(gaz):
    patterns = gaz.phrase_patterns()
    by_surface = {s: (t, k) for s, t, k in patterns}
    assert len(by_surface) == len(patterns)  # one key per surface
    assert by_surface["U.N."] == ("Organization", "org:united-nations")
    assert by_surface["UN"] == ("Organization", "org:united-nations")
    assert by_surface["United Nations Relief and Works Agency for Palestine Refugees in the Near East"][1] == "org:unrwa"
    assert by_surface["Kenya"] == ("Country", "country:KEN")
    assert by_surface["Gaza"] == ("Place", "place:gaza")
    assert by_surface["Congo"][1] == "country:COD"
    assert by_surface["Côte d’Ivoire"][1] == "country:CIV"  # typographic apostrophe, for the tokenizer
    sensitive = {s for s, _t, _k in gaz.phrase_patterns(case_sensitive=True)}
    assert "WHO" in sensitive and "World Health Organization" not in sensitive
    assert len(sensitive) + len(gaz.phrase_patterns(case_sensitive=False)) == len(patterns)
    # every surface is one the look-up accepts as written
    for surface, _type, key in patterns[:500]:
        assert key_of(gaz, surface) == key or key_of(gaz, surface, exact_case=True) == key, surface


# --- loading ---------------------------------------------------------------------------------------------------------------

def test_loading_is_cached_and_fast():
    assert load_gazetteer() is load_gazetteer()
    start = time.perf_counter()
    fresh = build_gazetteer()
    build_seconds = time.perf_counter() - start
    assert fresh is not load_gazetteer() and len(fresh) == len(load_gazetteer())
    assert build_seconds < 3.0, build_seconds
    start = time.perf_counter()
    for _ in range(2000):
        fresh.lookup("the United Nations Security Council's")
    assert (time.perf_counter() - start) / 2000 < 0.001
