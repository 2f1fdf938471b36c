"""Checks on the actor gazetteers in offramp/data/actors: shape, codes, and a few facts."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "offramp" / "data" / "actors"
PLOVER_MANUAL = DATA.parents[2].parent / "shared" / "reference" / "PLOVER_MANUAL.tex"

SECTORS = set(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)
BODY_CODES = {"NATO", "EU", "UN", "OSCE", "IGO", "NGO"}
ALPHA3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
COUNTRY_KINDS = {
    "name", "name_ambiguous", "demonym", "demonym_ambiguous", "demonym_plural",
    "capital", "capital_ambiguous", "seat", "adj",
}
# Place names whose "The" is part of the name, not an article.
THE_NAMES = {"The Hague", "The Valley"}
# Territories with no settled population, hence no demonym in any dictionary.
NO_DEMONYM = {"ATF", "BVT", "HMD", "SGS", "SJM", "UMI"}
HEADERS = {
    "countries.tsv": ["code", "kind", "text", "sector"],
    "bodies.tsv": ["code", "org", "text", "sector"],
    "sectors.tsv": ["text", "sector", "kind"],
    "groups.tsv": ["text", "country", "sector", "name"],
    "territories.tsv": ["code", "parent"],
}


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of one TSV file as dicts, failing on a bad header or a short row.

    name: file name inside the actors data folder.
    """
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    assert header == HEADERS[name], f"{name}: header {header}"
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name} data line {n}: {cells}"
        assert all(c == c.strip() for c in cells), f"{name} data line {n}: stray spaces"
        rows.append(dict(zip(header, cells)))
    return rows


@pytest.fixture(scope="module")
def countries():
    return read_tsv("countries.tsv")


@pytest.fixture(scope="module")
def bodies():
    return read_tsv("bodies.tsv")


@pytest.fixture(scope="module")
def sectors():
    return read_tsv("sectors.tsv")


@pytest.fixture(scope="module")
def groups():
    return read_tsv("groups.tsv")


@pytest.fixture(scope="module")
def people():
    data = yaml.safe_load((DATA / "people.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list) and data
    return data


def parse_valid(valid: str) -> tuple[dt.date, dt.date | None]:
    """Start and end of a validity range "YYYY-MM-DD..YYYY-MM-DD" (end may be empty).

    valid: the range string from people.yaml.
    """
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d)?", valid)
    assert m, f"bad range {valid!r}"
    start = dt.date.fromisoformat(m.group(1))
    end = dt.date.fromisoformat(m.group(2)) if m.group(2) else None
    return start, end


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_actors_tsv_files_parse(name):
    assert len(read_tsv(name)) > 0


def test_actors_sector_list_matches_plover_manual():
    if not PLOVER_MANUAL.exists():
        pytest.skip("shared PLOVER manual not present")
    text = PLOVER_MANUAL.read_text(encoding="utf-8")
    table = text[text.index("\\caption{Sector Codes}"):]
    table = table[: table.index("\\end{longtable}")]
    assert set(re.findall(r"^\s*([A-Z]{3})\s*&", table, re.M)) == SECTORS


def test_actors_countries_codes_kinds_and_sectors(countries):
    for r in countries:
        assert r["code"] in ALPHA3, r
        assert r["kind"] in COUNTRY_KINDS, r
        assert r["text"] in THE_NAMES or not r["text"].lower().startswith("the "), r
        assert r["sector"] == "" or r["sector"] in SECTORS, r
        if r["kind"].startswith("capital"):
            assert r["sector"] == "GOV", r
        if r["kind"] == "seat":
            assert r["sector"], r


def test_actors_countries_one_code_per_kind_and_text(countries):
    seen: dict[tuple[str, str], str] = {}
    for r in countries:
        key = (r["kind"], r["text"])
        assert seen.setdefault(key, r["code"]) == r["code"], f"{key}: {seen[key]} vs {r['code']}"


def test_actors_countries_plain_forms_do_not_clash_across_kinds(countries):
    # An unambiguous name/demonym/capital/seat must point to one country whatever its kind.
    owner: dict[str, str] = {}
    for r in countries:
        if r["kind"].endswith("_ambiguous"):
            continue
        assert owner.setdefault(r["text"], r["code"]) == r["code"], r


def test_actors_every_country_has_a_name_and_a_demonym(countries):
    kinds = defaultdict(set)
    for r in countries:
        kinds[r["code"]].add(r["kind"].split("_")[0])
    for code in ALPHA3:
        assert "name" in kinds[code], f"{code} has no name"
        if code not in NO_DEMONYM:
            assert "demonym" in kinds[code], f"{code} has no demonym"


def test_actors_bodies_codes_and_unique_texts(bodies):
    seen: dict[str, tuple[str, str, str]] = {}
    for r in bodies:
        assert r["code"] in BODY_CODES, r
        assert re.fullmatch(r"[A-Z0-9_]+", r["org"]), r
        assert r["sector"] == "" or r["sector"] in SECTORS, r
        assert not r["text"].lower().startswith("the "), r
        value = (r["code"], r["org"], r["sector"])
        assert seen.setdefault(r["text"], value) == value, r


def test_actors_sectors_rows_valid_and_unique(sectors):
    seen = set()
    for r in sectors:
        assert r["text"] == r["text"].lower(), r
        assert r["sector"] in SECTORS, r
        assert r["kind"] in {"title", "group", "body"}, r
        assert r["text"] not in seen, f"duplicate {r['text']!r}"
        seen.add(r["text"])
    assert len(sectors) >= 250


def test_actors_groups_rows_valid_and_unique(groups):
    seen: dict[str, tuple[str, str, str]] = {}
    for r in groups:
        assert r["country"] == "" or r["country"] in ALPHA3, r
        assert r["sector"] in SECTORS, r
        assert r["name"], r
        value = (r["country"], r["sector"], r["name"])
        assert seen.setdefault(r["text"], value) == value, r
    assert len({r["name"] for r in groups}) >= 60


def test_actors_territories_fold_into_real_states():
    rows = read_tsv("territories.tsv")
    for r in rows:
        assert r["code"] in ALPHA3 and r["parent"] in ALPHA3, r
        assert r["parent"] not in {x["code"] for x in rows}, r
    assert {"HKG", "PSE", "ATA", "XKX"}.isdisjoint(r["code"] for r in rows)


def test_actors_people_fields_and_ranges(people):
    allowed = {"name", "aliases", "country", "org", "sector", "role", "valid", "approx"}
    for e in people:
        assert set(e) <= allowed, e
        assert isinstance(e["name"], str) and e["name"], e
        assert isinstance(e["aliases"], list) and all(isinstance(a, str) and a for a in e["aliases"]), e
        assert e["country"] in ALPHA3 | BODY_CODES, e
        assert e["sector"] in SECTORS, e
        assert isinstance(e["role"], str) and e["role"], e
        if "org" in e:
            assert e["country"] in BODY_CODES, e
        assert e.get("approx", False) in (True, False), e
        start, end = parse_valid(e["valid"])
        assert dt.date(1945, 1, 1) <= start <= dt.date(2026, 12, 31), e
        assert end is None or start <= end, e


def test_actors_people_aliases_do_not_collide_in_time(people):
    far = dt.date(9999, 12, 31)
    spans = defaultdict(list)
    for e in people:
        start, end = parse_valid(e["valid"])
        for form in [e["name"], *e["aliases"]]:
            spans[form].append((e["name"], start, end or far))
    for form, items in spans.items():
        for a in items:
            for b in items:
                if a[0] < b[0]:
                    assert not (a[1] < b[2] and b[1] < a[2]), f"{form!r}: {a[0]} and {b[0]} overlap"


def test_actors_people_cover_many_countries(people):
    states = {e["country"] for e in people} - BODY_CODES
    assert len(states) >= 40
    assert {"NATO", "EU", "UN"} <= {e["country"] for e in people}


def test_actors_people_aliases_are_not_gazetteer_words(people, countries, groups, bodies):
    taken = {r["text"] for r in countries} | {r["text"] for r in groups} | {r["text"] for r in bodies}
    for e in people:
        for form in [e["name"], *e["aliases"]]:
            assert form not in taken, f"{form!r} of {e['name']} is also a gazetteer entry"


@pytest.mark.parametrize(
    "kind,text,code,sector",
    [
        ("seat", "Kremlin", "RUS", "GOV"),
        ("seat", "White House", "USA", "GOV"),
        ("seat", "Pentagon", "USA", "MIL"),
        ("seat", "Downing Street", "GBR", "GOV"),
        ("seat", "Élysée Palace", "FRA", "GOV"),
        ("capital", "Kyiv", "UKR", "GOV"),
        ("capital", "Kiev", "UKR", "GOV"),
        ("capital", "Teheran", "IRN", "GOV"),
        ("demonym", "Belarusian", "BLR", ""),
        ("demonym", "Belarussian", "BLR", ""),
        ("demonym", "Dutch", "NLD", ""),
        ("demonym_plural", "Israelis", "ISR", ""),
        ("name", "DPRK", "PRK", ""),
        ("name", "Ivory Coast", "CIV", ""),
        ("name", "Türkiye", "TUR", ""),
        ("name", "Kosovo", "XKX", ""),
        ("capital_ambiguous", "Kingston", "JAM", "GOV"),
    ],
)
def test_actors_country_spot_checks(countries, kind, text, code, sector):
    hits = [r for r in countries if r["kind"] == kind and r["text"] == text]
    assert [(r["code"], r["sector"]) for r in hits] == [(code, sector)]


def test_actors_geneva_is_not_a_capital(countries):
    assert not [r for r in countries if r["text"] == "Geneva"]


@pytest.mark.parametrize(
    "text,code,org,sector",
    [
        ("NATO", "NATO", "NATO", ""),
        ("E.U.", "EU", "EU", ""),
        ("Brussels", "EU", "EU", "GOV"),
        ("European Parliament", "EU", "EU", "LEG"),
        ("Security Council", "UN", "UN", "GOV"),
        ("UN peacekeepers", "UN", "UN", "MIL"),
        ("UNHCR", "UN", "UNHCR", ""),
        ("Organization for Security and Cooperation in Europe", "OSCE", "OSCE", ""),
        ("African Union", "IGO", "AU", ""),
        ("International Criminal Court", "IGO", "ICC", "JUD"),
    ],
)
def test_actors_body_spot_checks(bodies, text, code, org, sector):
    assert [(r["code"], r["org"], r["sector"]) for r in bodies if r["text"] == text] == [(code, org, sector)]


@pytest.mark.parametrize(
    "text,sector,kind",
    [
        ("counterpart", "GOV", "title"),
        ("foreign minister", "GOV", "title"),
        ("defence minister", "MIL", "title"),
        ("troops", "MIL", "group"),
        ("protesters", "CVL", "group"),
        ("refugees", "REF", "group"),
        ("foreign ministry", "GOV", "body"),
        ("supreme court", "JUD", "body"),
        ("lawmakers", "LEG", "title"),
        ("spokeswoman", "GOV", "title"),
        ("soldiers", "MIL", "group"),
        ("rebels", "REB", "group"),
    ],
)
def test_actors_sector_spot_checks(sectors, text, sector, kind):
    assert [(r["sector"], r["kind"]) for r in sectors if r["text"] == text] == [(sector, kind)]


@pytest.mark.parametrize(
    "text,country,sector",
    [
        ("Houthis", "YEM", "REB"),
        ("Taliban", "AFG", "REB"),
        ("Hamas", "PSE", "REB"),
        ("Wagner Group", "RUS", "PRM"),
        ("ISIS", "", "REB"),
        ("United Russia", "RUS", "PTY"),
        ("IDF", "ISR", "MIL"),
    ],
)
def test_actors_group_spot_checks(groups, text, country, sector):
    assert [(r["country"], r["sector"]) for r in groups if r["text"] == text] == [(country, sector)]


@pytest.mark.parametrize(
    "alias,day,country,sector,role",
    [
        ("Lavrov", "2022-03-01", "RUS", "GOV", "foreign minister"),
        ("Shoigu", "2020-06-01", "RUS", "MIL", "defence minister"),
        ("Shoigu", "2025-01-01", "RUS", "GOV", "security council secretary"),
        ("Rutte", "2020-06-01", "NLD", "GOV", "prime minister"),
        ("Rutte", "2024-10-02", "NATO", "GOV", "secretary general"),
        ("Blinken", "2023-05-05", "USA", "GOV", "secretary of state"),
        ("Trump", "2019-01-01", "USA", "GOV", "president"),
        ("Trump", "2022-01-01", "USA", "ELI", "former president"),
        ("Zelensky", "2023-01-01", "UKR", "GOV", "president"),
        ("Raisi", "2023-01-01", "IRN", "GOV", "president"),
    ],
)
def test_actors_people_spot_checks(people, alias, day, country, sector, role):
    when = dt.date.fromisoformat(day)
    found = []
    for e in people:
        start, end = parse_valid(e["valid"])
        if alias in e["aliases"] and start <= when and (end is None or when < end):
            found.append((e["country"], e["sector"], e["role"]))
    assert found == [(country, sector, role)]


# --- state institutions, NGOs and kinds of people ---------------------------------------

def test_actors_a_text_names_one_country_across_files(countries, bodies, groups):
    # "ICE", "DSS", "Africa CDC": whichever file lists a form, it points to one actor country
    owner: dict[str, set[str]] = defaultdict(set)
    for r in countries:
        if not r["kind"].endswith("_ambiguous"):
            owner[r["text"]].add(r["code"])
    for r in bodies:
        owner[r["text"]].add(r["code"])
    for r in groups:
        owner[r["text"]].add(r["country"])
    # ambiguous country forms are skipped: "Brussels" is an ambiguous Belgian capital there
    # and EU metonymy in bodies.tsv
    assert {t: c for t, c in owner.items() if len(c) > 1} == {}


def test_actors_groups_one_country_per_canonical_name(groups):
    country: dict[str, str] = {}
    for r in groups:
        assert country.setdefault(r["name"], r["country"]) == r["country"], r


@pytest.mark.parametrize(
    "text",
    [
        # several states have one of these: only the forms with the country in them are listed
        "National Guard", "Coast Guard", "Marine Corps", "Interior Ministry", "Federal Police",
        "Cyber Command", "Pacific Fleet", "Government of National Unity", "Federal Supreme Court",
        "Council of Senior Scholars", "State Border Guard Service", "Border Force",
        "Intelligence Bureau", "General Intelligence Directorate", "Policia Federal",
        # acronyms and words that mostly mean something else
        "MoD", "MIT", "CBI", "NSA", "Fed", "Diet", "KGB", "SPA", "NRC", "CRS", "RBI", "OMON",
    ],
)
def test_actors_shared_or_ambiguous_forms_are_not_listed(countries, bodies, groups, text):
    plain = {r["text"] for r in countries if not r["kind"].endswith("_ambiguous")}
    assert text not in plain | {r["text"] for r in bodies} | {r["text"] for r in groups}


@pytest.mark.parametrize(
    "text,country,sector,name",
    [
        ("USAID", "USA", "GOV", "United States Agency for International Development"),
        ("U.S. Justice Department", "USA", "GOV", "Department of Justice"),
        ("ICE", "USA", "COP", "Immigration and Customs Enforcement"),
        ("CBP", "USA", "COP", "U.S. Customs and Border Protection"),
        ("Border Patrol", "USA", "COP", "U.S. Border Patrol"),
        ("DEA", "USA", "COP", "Drug Enforcement Administration"),
        ("Federal Reserve", "USA", "GOV", "Federal Reserve"),
        ("U.S. Coast Guard", "USA", "MIL", "United States Coast Guard"),
        ("US Marines", "USA", "MIL", "United States Marine Corps"),
        ("Voice of America", "USA", "JRN", "Voice of America"),
        ("DFID", "GBR", "GOV", "Department for International Development"),
        ("House of Lords", "GBR", "LEG", "House of Lords"),
        ("DGSI", "FRA", "SPY", "DGSI"),
        ("Verfassungsschutz", "DEU", "SPY", "Federal Office for the Protection of the Constitution"),
        ("Roscosmos", "RUS", "GOV", "Roscosmos"),
        ("Black Sea Fleet", "RUS", "MIL", "Black Sea Fleet"),
        ("China Coast Guard", "CHN", "COP", "China Coast Guard"),
        ("Eastern Theater Command", "CHN", "MIL", "Eastern Theater Command"),
        ("Legislative Yuan", "TWN", "LEG", "Legislative Yuan"),
        ("Israel Police", "ISR", "COP", "Israel Police"),
        ("Artesh", "IRN", "MIL", "Islamic Republic of Iran Army"),
        ("TBMM", "TUR", "LEG", "Grand National Assembly of Turkey"),
        ("Diyanet", "TUR", "REL", "Presidency of Religious Affairs"),
        ("BSF", "IND", "COP", "Border Security Force"),
        ("Rajya Sabha", "IND", "LEG", "Rajya Sabha"),
        ("Frontier Corps", "PAK", "COP", "Frontier Corps"),
        ("Japan Coast Guard", "JPN", "COP", "Japan Coast Guard"),
        ("NIS", "KOR", "SPY", "National Intelligence Service"),
        ("Supreme People's Assembly", "PRK", "LEG", "Supreme People's Assembly"),
        ("NABU", "UKR", "COP", "National Anti-Corruption Bureau of Ukraine"),
        ("Saudi Press Agency", "SAU", "JRN", "Saudi Press Agency"),
        ("EFCC", "NGA", "COP", "Economic and Financial Crimes Commission"),
        ("DSS", "NGA", "SPY", "Department of State Services"),
        ("SANDF", "ZAF", "MIL", "South African National Defence Force"),
        ("Polícia Federal", "BRA", "COP", "Federal Police of Brazil"),
        ("Sedena", "MEX", "MIL", "Secretariat of National Defense"),
        ("RCMP", "CAN", "COP", "Royal Canadian Mounted Police"),
        ("Kosovo Security Force", "XKX", "MIL", "Kosovo Security Force"),
        ("Syrian Observatory for Human Rights", "SYR", "SOC", "Syrian Observatory for Human Rights"),
        # the prefix of a US department name, owned by the Philippine department
        ("Department of the Interior and Local Government", "PHL", "GOV",
         "Department of the Interior and Local Government"),
    ],
)
def test_actors_state_institution_spot_checks(groups, text, country, sector, name):
    assert [(r["country"], r["sector"], r["name"]) for r in groups if r["text"] == text] == [
        (country, sector, name)]


def test_actors_ngo_rows_have_a_kind_of_organisation(bodies):
    ngos = [r for r in bodies if r["code"] == "NGO"]
    assert len(ngos) >= 60
    assert {r["sector"] for r in ngos} <= {"SOC", "MED", "JRN", ""}
    # every org is written the same way everywhere it appears
    orgs = defaultdict(set)
    for r in bodies:
        orgs[r["org"]].add(r["code"])
    assert all(len(codes) == 1 for codes in orgs.values()), orgs


@pytest.mark.parametrize(
    "text,org,sector",
    [
        ("Human Rights Watch", "HRW", "SOC"),
        ("HRW", "HRW", "SOC"),
        ("Médecins Sans Frontières", "MSF", "MED"),
        ("Medecins Sans Frontieres", "MSF", "MED"),
        ("Doctors Without Borders", "MSF", "MED"),
        ("MSF", "MSF", "MED"),
        ("Physicians for Human Rights", "PHR", "MED"),
        ("Reporters Without Borders", "RSF", "JRN"),
        ("Committee to Protect Journalists", "CPJ", "JRN"),
        ("Norwegian Refugee Council", "NRC", "SOC"),
        ("International Rescue Committee", "IRC", "SOC"),
        ("Save the Children", "SAVE_THE_CHILDREN", "SOC"),
        ("Transparency International", "TI", "SOC"),
        ("International Crisis Group", "ICG", "SOC"),
        ("Catholic Relief Services", "CRS", "SOC"),
    ],
)
def test_actors_ngo_spot_checks(bodies, text, org, sector):
    assert [(r["code"], r["org"], r["sector"]) for r in bodies if r["text"] == text] == [("NGO", org, sector)]


def test_actors_red_cross_stays_igo_and_rsf_stays_sudanese(bodies, groups):
    assert {r["code"] for r in bodies if r["org"] in ("ICRC", "IFRC")} == {"IGO"}
    assert [(r["country"], r["sector"]) for r in groups if r["text"] == "RSF"] == [("SDN", "PRM")]
    assert not [r for r in bodies if r["text"] == "RSF"]


def test_actors_africa_cdc_is_not_the_us_cdc(bodies, groups):
    assert [(r["code"], r["org"]) for r in bodies if r["text"] == "Africa CDC"] == [("IGO", "AFRICA_CDC")]
    assert [r["country"] for r in groups if r["text"] == "CDC"] == ["USA"]


def test_actors_ngo_is_an_international_code_for_the_loader():
    from offramp.actors._data import IGO_CODES, gazetteer

    assert "NGO" in IGO_CODES
    entries = gazetteer().names["Doctors Without Borders"]
    assert [(e.kind, e.country, e.org, e.sector) for e in entries] == [("body", "NGO", "MSF", "MED")]
    # case matters: "ICE" the agency, not "ice"
    assert [e.country for e in gazetteer().names["ICE"]] == ["USA"] and "ice" not in gazetteer().names


@pytest.mark.parametrize(
    "text,sector,kind",
    [
        ("christians", "CVL", "group"),
        ("muslims", "CVL", "group"),
        ("yazidis", "CVL", "group"),
        ("shiites", "CVL", "group"),
        ("sunni", "CVL", "group"),
        ("pastors", "REL", "title"),
        ("inmates", "CVL", "group"),
        ("returnees", "REF", "group"),
        ("prisoners of war", "MIL", "group"),
        ("bandits", "CRM", "group"),
        ("death squads", "PRM", "group"),
        ("military officials", "MIL", "title"),
        ("defence officials", "MIL", "title"),
        ("police spokesman", "COP", "title"),
        ("police forces", "COP", "body"),
        ("opposition supporters", "OPP", "group"),
        ("relief workers", "SOC", "title"),
    ],
)
def test_actors_new_sector_word_spot_checks(sectors, text, sector, kind):
    assert [(r["sector"], r["kind"]) for r in sectors if r["text"] == text] == [(sector, kind)]


def test_actors_first_names_are_not_sector_words(sectors):
    # "Christian Lindner said": a sector word inside a name would override the person's sector
    assert not {"christian"} & {r["text"] for r in sectors}


@pytest.mark.parametrize(
    "sentence,src,tgt",
    [
        ("USAID suspended aid to Sudan.", ("USA", "GOV"), ("SDN", None)),
        ("Human Rights Watch accused Egypt of torture.", ("NGO", "SOC"), ("EGY", None)),
        ("The China Coast Guard rammed a Philippine vessel.", ("CHN", "COP"), ("PHL", None)),
        ("Gunmen abducted 19 Christians in Nigeria.", ("NGA", "UAF"), ("NGA", "CVL")),
        ("Israeli military officials accused Hamas of hiding weapons.", ("ISR", "MIL"), ("PSE", "REB")),
    ],
)
def test_actors_new_data_codes_sources(code, sentence, src, tgt):
    doc = code(sentence, date="2023-05-16")
    assert any(e.source and e.target and (e.source[0].country, e.source[0].sector) == src
               and e.target[0].country == tgt[0] and tgt[1] in (None, e.target[0].sector)
               for e in doc.events), [(e.type, e.source, e.target) for e in doc.events]
