"""The event lexicon (offramp/data/lexicon/events.tsv): well-formed rows and one sentence
family per PLOVER type. Sentences are written for these tests; xfail marks cases where the
trigger is in the lexicon but the engine does not yet find the arguments."""
from __future__ import annotations

import csv
from collections import Counter
from importlib.resources import files

import pytest

from offramp.events import lexicon
from offramp.events._lexicon import TYPES
from offramp.ontology import CONTEXTS, is_valid_mode
from tests.conftest import has_event

D = "2024-05-14"
KNOWN_FLAGS = {"fixed", "speech", "instrument", "recip", "charge", "carry", "goods", "forces", "armed", "state"}


def _rows() -> list[tuple[int, dict]]:
    path = files("offramp") / "data" / "lexicon" / "events.tsv"
    with path.open(encoding="utf-8") as fh:
        lines = [(n, ln) for n, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader([ln for _, ln in lines], delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(n, r) for (n, _), r in zip(lines[1:], reader)]


ROWS = _rows()


def test_events_lexicon_rows_have_eight_fields():
    bad = [n for n, r in ROWS if None in r or None in r.values() or len(r) != 8]
    assert not bad, f"lines with a wrong number of fields: {bad[:10]}"


def test_events_lexicon_types_modes_and_contexts_are_plover():
    bad = []
    for n, r in ROWS:
        typ, mode = r["type"], r["mode"] or None
        ctx = [c for c in r["context"].split(",") if c]
        if typ == "NONE" and not mode and not ctx:
            continue  # a stop row: the phrase is not an event
        if typ not in TYPES or not is_valid_mode(typ, mode) or any(c not in CONTEXTS for c in ctx):
            bad.append((n, r["word"], typ, mode, ctx))
    assert not bad, bad[:10]


def test_events_lexicon_columns_use_known_values():
    bad = [(n, r["word"]) for n, r in ROWS
           if r["pos"] not in ("V", "N", "VO", "A") or r["of_role"] not in ("", "source", "target")
           or not set(filter(None, r["flags"].split(","))) <= KNOWN_FLAGS]
    assert not bad, bad[:10]


def test_events_lexicon_words_are_matchable():
    """Lower-case, no hyphen (the tokenizer splits it), verbs at most verb + particle."""
    bad = [(n, r["word"]) for n, r in ROWS
           if r["word"] != r["word"].strip().lower() or "-" in r["word"] or "  " in r["word"]
           or r["pos"] == "V" and len(r["word"].split()) > 2
           or r["pos"] == "VO" and len(r["word"].split()) not in (2, 3)]
    assert not bad, bad[:10]


def test_events_lexicon_has_no_duplicate_word_pos():
    dup = [k for k, c in Counter((r["word"], r["pos"]) for _, r in ROWS).items() if c > 1]
    assert not dup, dup


def test_events_lexicon_covers_every_type_with_verbs_and_nouns():
    count = Counter((r["type"], r["pos"]) for _, r in ROWS)
    thin = [(t, p, count[(t, p)]) for t in TYPES for p in ("V", "N") if count[(t, p)] < 6]
    assert not thin, thin
    assert len(ROWS) >= 1100
    assert len(lexicon()) == len(ROWS)  # the loader keeps every row


@pytest.mark.parametrize("word,pos,typ,mode", [
    ("summon", "V", "ACCUSE", "disapprove"),        # a summoned envoy hears a complaint
    ("formal protest", "N", "ACCUSE", "disapprove"),  # words, not a crowd
    ("protest", "N", "PROTEST", "demo"),
    ("boycott", "V", "PROTEST", "boycott"),
    ("ultimatum", "N", "THREATEN", "relations"),
    ("expel", "V", "SANCTION", "expel"),
    ("deport", "V", "COERCE", "deport"),
    ("kidnap", "V", "ASSAULT", "abduct"),
    ("execute", "V", "ASSAULT", "targeted"),
    ("release", "V", "RETREAT", "release"),
    ("lift", "V", "CONCEDE", None),
    ("welcome", "V", "SUPPORT", None),
    ("sign", "V", "SUPPORT", None),
    ("invite", "V", "AGREE", None),
    ("ceasefire", "N", "RETREAT", "ceasefire"),
    ("general strike", "N", "PROTEST", "strike"),
    ("strike", "N", "ASSAULT", None),
    ("investigate", "V", "ACCUSE", "investigate"),
    ("convict", "V", "SANCTION", "convict"),  # codebook 3.9, 3.13: a conviction is SANCTION/convict
])
def test_events_lexicon_ambiguous_words_take_the_codebook_reading(word, pos, typ, mode):
    e = lexicon()[(word, pos)]
    assert (e.type, e.mode) == (typ, mode)


def test_events_lexicon_fire_marks_its_object_as_instrument():
    e = lexicon()[("fire", "V")]
    assert e.type == "ASSAULT" and "instrument" in e.flags and "at" in e.preps


def test_events_lexicon_adds_recip_to_symmetric_types():
    assert all("recip" in e.flags for e in lexicon().values()
               if e.type in ("AGREE", "CONSULT", "COOPERATE"))


def _xf(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)



CASES = [
    # AGREE
    ("Japan pledged to provide Vietnam with six coast guard vessels.", "AGREE", "JPN", "VNM"),
    ("Egypt accepted an invitation from Qatar to attend the conference.", "AGREE", "EGY", "QAT"),
    ("Greece and Turkey reached an agreement on fishing rights.", "SUPPORT", "GRC", "TUR"),
    ("Germany invited Poland to join the initiative.", "AGREE", "DEU", "POL"),
    ("Kenya promised Somalia more troops for the peacekeeping mission.", "AGREE", "KEN", "SOM"),
    # CONSULT
    ("The French foreign minister met her Indonesian counterpart in Jakarta.", "CONSULT", "FRA", "IDN"),
    ("Kazakhstan hosted the Chinese president on Tuesday.", "CONSULT", "KAZ", "CHN"),
    ("Canada's prime minister spoke by phone with the president of Mexico.", "CONSULT", "CAN", "MEX"),
    ("Ethiopia and Sudan held talks in Nairobi.", "CONSULT", "ETH", "SDN"),
    ("The Spanish king paid a state visit to Morocco.", "CONSULT", "ESP", "MAR"),
    # SUPPORT
    ("Australia praised Fiji for its handling of the election.", "SUPPORT", "AUS", "FJI"),
    ("Chile welcomed Argentina's decision to reopen the border.", "SUPPORT", "CHL", "ARG"),
    ("Hungary voiced support for Serbia's membership bid.", "SUPPORT", "HUN", "SRB"),
    ("Ireland formally recognised the State of Palestine.", "SUPPORT", "IRL", "PSE"),
    ("Portugal congratulated Brazil on the successful vote.", "SUPPORT", "PRT", "BRA"),
    # CONCEDE
    ("Uzbekistan pardoned twenty jailed Tajik citizens.", "CONCEDE", "UZB", "TJK"),
    ("The European Union eased restrictions on imports from Belarus.", "CONCEDE", "EU", "BLR"),
    ("Pakistan apologised to Afghanistan for the cross-border raid.", "CONCEDE", "PAK", "AFG"),
    ("Colombia lifted its ban on Ecuadorian bananas.", "CONCEDE", "COL", "ECU"),
    # COOPERATE
    ("Indonesia extradited a fugitive banker to Singapore.", "COOPERATE", "IDN", "SGP"),
    ("Finland and Sweden held joint naval exercises in the Baltic Sea.", "COOPERATE", "FIN", "SWE"),
    ("Morocco cooperated with Spain on migration controls.", "COOPERATE", "MAR", "ESP"),
    ("Jordan handed over the suspect to Iraqi authorities.", "COOPERATE", "JOR", "IRQ"),
    # AID
    ("Germany shipped field hospitals to Libya after the floods.", "AID", "DEU", "LBY"),
    ("Norway donated vaccines to Malawi.", "AID", "NOR", "MWI"),
    ("Canada provided military training to Ukrainian soldiers.", "AID", "CAN", "UKR"),
    ("Japan lent Sri Lanka 500 million dollars.", "AID", "JPN", "LKA"),
    # RETREAT (undirected: None accepts any or no target)
    ("Malian troops withdrew from the town of Kidal.", "RETREAT", "MLI", None),
    ("The Ecuadorian interior minister resigned on Friday.", "RETREAT", "ECU", None),
    ("Myanmar's junta freed 300 political prisoners.", "RETREAT", "MMR", None),
    ("Azerbaijan released five Armenian prisoners of war.", "RETREAT", "AZE", "ARM"),
    ("Ukrainian troops pulled back from the village.", "RETREAT", "UKR", None),
    ("The Afghan president stepped down on Sunday.", "RETREAT", "AFG", None),
    # REQUEST
    ("Egypt urged Ethiopia to resume negotiations over the dam.", "REQUEST", "EGY", "ETH"),
    ("Poland called on Germany to pay war reparations.", "REQUEST", "POL", "DEU"),
    ("Lebanon appealed to France for emergency assistance.", "REQUEST", "LBN", "FRA"),
    ("Sri Lanka asked India for a currency swap.", "REQUEST", "LKA", "IND"),
    # ACCUSE
    ("Vietnam accused China of ramming its fishing boats.", "ACCUSE", "VNM", "CHN"),
    ("Canada condemned Iran's execution of a dual national.", "ACCUSE", "CAN", "IRN"),
    ("Nigeria summoned the British ambassador over the remarks.", "ACCUSE", "NGA", "GBR"),
    ("South Africa filed a lawsuit against Israel at the International Court of Justice.",
     "ACCUSE", "ZAF", "ISR"),
    ("Mexico sent a formal protest to the United States.", "ACCUSE", "MEX", "USA"),
    ("Japan lodged a complaint with China over the incident.", "ACCUSE", "JPN", "CHN"),
    # REJECT
    ("Venezuela rejected Guyana's proposal for arbitration.", "REJECT", "VEN", "GUY"),
    ("Turkey blocked Sweden's bid to join NATO.", "REJECT", "TUR", "SWE"),
    ("Iran refused to meet American negotiators.", "REJECT", "IRN", "USA"),
    ("Morocco turned down Algeria's offer of help.", "REJECT", "MAR", "DZA"),
    # THREATEN
    ("North Korea threatened South Korea with nuclear retaliation.", "THREATEN", "PRK", "KOR"),
    ("China warned the Philippines against further provocations.", "THREATEN", "CHN", "PHL"),
    ("Russia issued an ultimatum to the Moldovan government.", "THREATEN", "RUS", "MDA"),
    ("Serbia threatened Kosovo with new tariffs.", "THREATEN", "SRB", "XKX"),
    ("Russia issued an ultimatum to Moldova.", "THREATEN", "RUS", "MDA"),
    ("Serbia threatened to cut gas supplies to Moldova.", "THREATEN", "SRB", "MDA"),
    # PROTEST (undirected)
    ("Georgian protesters marched through Tbilisi.", "PROTEST", "GEO", None),
    ("Argentine unions staged a general strike against the government.", "PROTEST", "ARG", None),
    ("Kenyan teachers went on a nationwide strike.", "PROTEST", "KEN", None),
    ("South Korean doctors staged a walkout.", "PROTEST", "KOR", None),
    ("Tunisia boycotted the summit in Morocco.", "PROTEST", "TUN", None),
    ("Thousands of Georgians protested outside parliament in Tbilisi.", "PROTEST", "GEO", None),
    # SANCTION
    ("The United States imposed sanctions on Venezuelan oil companies.", "SANCTION", "USA", "VEN"),
    ("Lithuania expelled three Belarusian diplomats.", "SANCTION", "LTU", "BLR"),
    ("Japan froze the assets of Russian banks.", "SANCTION", "JPN", "RUS"),
    ("Canada recalled its ambassador from Saudi Arabia.", "SANCTION", "CAN", "SAU"),
    ("Mali severed diplomatic ties with Ukraine.", "SANCTION", "MLI", "UKR"),
    # MOBILIZE (undirected)
    ("Russia deployed thousands of troops near the Ukrainian border.", "MOBILIZE", "RUS", None),
    ("Armenia mobilised its reservists on Monday.", "MOBILIZE", "ARM", None),
    ("Iran conducted military drills near the Strait of Hormuz.", "MOBILIZE", "IRN", None),
    # COERCE
    ("Belarusian police arrested a Polish journalist in Grodno.", "COERCE", "BLR", "POL"),
    ("Iran seized a British oil tanker in the Gulf.", "COERCE", "IRN", "GBR"),
    ("Hungary deported two Ukrainian activists.", "COERCE", "HUN", "UKR"),
    ("Israel demolished Palestinian homes in the West Bank.", "COERCE", "ISR", "PSE"),
    # ASSAULT
    ("Israeli jets bombed a Hezbollah depot in southern Lebanon.", "ASSAULT", "ISR", "LBN"),
    ("Ukrainian drones struck a Russian oil refinery.", "ASSAULT", "UKR", "RUS"),
    ("Azerbaijani forces shelled Armenian positions.", "ASSAULT", "AZE", "ARM"),
    ("Russian troops fired on Ukrainian civilians.", "ASSAULT", "RUS", "UKR"),
    ("Indian troops and Chinese soldiers clashed on the border.", "ASSAULT", "IND", "CHN"),
    ("China fired water cannon at the Philippine coast guard.", "ASSAULT", "CHN", "PHL"),
    ("Israeli jets bombed targets in southern Lebanon.", "ASSAULT", "ISR", "LBN"),
]


def _found(doc, typ, src, tgt) -> bool:
    if tgt is None:
        return any(e.type == typ and src in {a.country for a in e.source} for e in doc.events)
    return has_event(doc, typ, src, tgt)


@pytest.mark.parametrize("text,typ,src,tgt", CASES)
def test_events_lexicon_sentence_codes_its_type(code, text, typ, src, tgt):
    doc = code(text, date=D)
    got = [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in doc.events]
    assert _found(doc, typ, src, tgt), got


def test_events_lexicon_cases_cover_every_type():
    plain = Counter(c[1] for c in CASES if not hasattr(c, "marks"))  # expected to pass
    assert all(plain[t] >= 3 for t in TYPES), plain


@pytest.mark.parametrize("text,typ", [
    ("Ukraine's president fired the army chief.", "ASSAULT"),  # fire: the object is no target
    ("The Kremlin released a statement on Ukraine.", "RETREAT"),
    ("France condemned the attack on the Israeli embassy.", "ASSAULT"),  # speaker is no attacker
    ("Niger suspended military cooperation with France.", "COOPERATE"),  # cut, not done
])
def test_events_lexicon_words_do_not_misfire(code, text, typ):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == typ and e.modality == "actual"], \
        [(e.type, [a.country for a in e.source]) for e in doc.events]


def test_events_lexicon_future_visit_is_consult_future_and_readiness_is_agree(code):
    doc = code("The Turkish president will visit Iraq next month.", date=D)
    assert has_event(doc, "CONSULT", "TUR", "IRQ", "future")
    doc = code("Iran is ready to resume talks with the United States.", date=D)
    assert has_event(doc, "AGREE", "IRN", "USA", "future")
    doc = code("Serbia is unwilling to cooperate with Kosovo.", date=D)
    assert has_event(doc, "AGREE", "SRB", "XKX", "negated", asides=True)


# ---- wider families: phrasings added to the lexicon (verbs, nouns and verb-object idioms) ----
WIDER = [
    # RETREAT: giving back what was taken (manual: "the return of confiscated property")
    ("Switzerland returned the Egyptian antiquities to Egypt last week.", "RETREAT", "CHE", "EGY"),
    ("Ukraine has returned 40 prisoners of war to Russia.", "RETREAT", "UKR", "RUS"),
    ("Russia repatriated the remains of Polish soldiers to Poland.", "RETREAT", "RUS", "POL"),
    ("The Netherlands handed back the looted Indonesian treasures to Indonesia.", "RETREAT", "NLD", "IDN"),
    # RETREAT: halting one's own fighting
    ("Turkey halted its offensive against the Kurdish fighters in Syria.", "RETREAT", "TUR", "SYR"),
    ("Saudi Arabia stopped its attacks on Yemen.", "RETREAT", "SAU", "YEM"),
    # RETREAT/access
    ("Syria granted access to the UN inspectors.", "RETREAT", "SYR", "UN"),
    # ASSAULT
    ("Hamas took 240 hostages in southern Israel.", "ASSAULT", "PSE", "ISR"),
    ("The Israeli army returned fire on Hezbollah fighters.", "ASSAULT", "ISR", "LBN"),
    # MOBILIZE (undirected)
    ("China has intensified its military presence around Taiwan.", "MOBILIZE", "CHN", None),
    ("India heightened its alert along the border with Pakistan.", "MOBILIZE", "IND", None),
    ("Venezuela increased troops along the Colombian border.", "MOBILIZE", "VEN", None),
    # COERCE: cyber, searches, closures, cut-offs, sieges
    ("Iran waged cyber warfare against Saudi Arabia.", "COERCE", "IRN", "SAU"),
    ("Russian hackers breached the computer networks of the German parliament.", "COERCE", "RUS", "DEU"),
    ("Turkish police searched the offices of a German foundation.", "COERCE", "TUR", "DEU"),
    ("FBI agents searched the home of a Russian diplomat.", "COERCE", "USA", "RUS"),
    ("Poland closed its border with Belarus.", "COERCE", "POL", "BLR"),
    ("Russia cut off electricity to Ukrainian cities.", "COERCE", "RUS", "UKR"),
    ("Russia laid siege to the Ukrainian city of Mariupol.", "COERCE", "RUS", "UKR"),
    # AID: giving, delivering, fundraising, asylum, compensation
    ("Japan gave medical equipment to Indonesia.", "AID", "JPN", "IDN"),
    ("Turkey flew medicine into Syria on Sunday.", "AID", "TUR", "SYR"),
    ("Germany delivered tents and blankets to Turkey.", "AID", "DEU", "TUR"),
    ("Saudi Arabia raised money for Yemen.", "AID", "SAU", "YEM"),
    ("Ecuador granted asylum to the Colombian journalist.", "AID", "ECU", "COL"),
    ("Germany paid compensation to Namibia.", "AID", "DEU", "NAM"),
    ("Italy paid Libya 5 billion dollars in compensation.", "AID", "ITA", "LBY"),
    # PROTEST (undirected unless aimed "at")
    ("Iranian protesters burned the American flag outside the embassy.", "PROTEST", "IRN", None),
    ("Armenian protesters blocked roads in Yerevan.", "PROTEST", "ARM", None),
    ("Workers downed tools at the port in Mombasa.", "PROTEST", "KEN", None),
    ("Palestinian youths threw stones at Israeli soldiers.", "PROTEST", "PSE", "ISR"),
    # CONCEDE: lifting, cutting and suspending restrictions; dropping charges and objections
    ("Britain rolled back restrictions on Russian imports.", "CONCEDE", "GBR", "RUS"),
    ("India reduced tariffs on American almonds.", "CONCEDE", "IND", "USA"),
    ("The United States suspended sanctions on Venezuela.", "CONCEDE", "USA", "VEN"),
    ("Pakistan reopened the border crossing with Afghanistan.", "CONCEDE", "PAK", "AFG"),
    ("Hungary opened its borders to Ukrainian refugees.", "CONCEDE", "HUN", "UKR"),
    ("Prosecutors in Tokyo dropped charges against the American sailor.", "CONCEDE", "JPN", "USA"),
    ("Australia dropped its objection to the Chinese bid.", "CONCEDE", "AUS", "CHN"),
    ("The Kenyan government gave permission to the Ugandan investigators.", "CONCEDE", "KEN", "UGA"),
    # REJECT
    ("Hungary withheld approval for Finland's NATO bid.", "REJECT", "HUN", "FIN"),
    ("Egypt denied the request from Israel.", "REJECT", "EGY", "ISR"),
    # SANCTION: leaving talks and treaties, new sanctions, withdrawn envoys
    ("The Iranian delegation left the meeting with European diplomats.", "SANCTION", "IRN", "EU"),
    ("Russia quit the talks with Ukraine.", "SANCTION", "RUS", "UKR"),
    ("The United States exited the nuclear agreement with Iran.", "SANCTION", "USA", "IRN"),
    ("Washington slapped sanctions on Iranian oil firms.", "SANCTION", "USA", "IRN"),
    ("The European Union approved new sanctions on Russia.", "SANCTION", "EU", "RUS"),
    ("China withdrew its ambassador from Lithuania.", "SANCTION", "CHN", "LTU"),
    # ACCUSE: questioning, displeasure, mutual recrimination
    ("Pakistani police questioned the American diplomat.", "ACCUSE", "PAK", "USA"),
    ("Russian investigators interrogated a Lithuanian citizen.", "ACCUSE", "RUS", "LTU"),
    ("Russia expressed concern over Finland's decision.", "ACCUSE", "RUS", "FIN"),
    ("Kenya expressed dismay at Somalia's decision.", "ACCUSE", "KEN", "SOM"),
    ("Lebanon and Israel traded accusations over the shelling.", "ACCUSE", "LBN", "ISR"),
    # CONSULT, COOPERATE, SUPPORT
    ("Qatar launched a mediation effort between Israel and Hamas.", "CONSULT", "QAT", "ISR"),
    ("The Turkish president exchanged views with the Iranian president on Syria.", "CONSULT", "TUR", "IRN"),
    ("Britain joined forces with France to combat people smuggling.", "COOPERATE", "GBR", "FRA"),
    ("Russia respects the independence of Kazakhstan.", "SUPPORT", "RUS", "KAZ"),
    ("Greece and Turkey exchanged ambassadors.", "SUPPORT", "GRC", "TUR"),
    ("China sent condolences to Turkey after the earthquake.", "SUPPORT", "CHN", "TUR"),
    ("The Russian president offered his condolences to the Iranian people.", "SUPPORT", "RUS", "IRN"),
    # ASSAULT: breaking a ceasefire (CAMEO 196); MOBILIZE: weapons tests; RETREAT/access
    ("Azerbaijan violated the ceasefire with Armenia.", "ASSAULT", "AZE", "ARM"),
    ("Sudanese paramilitaries breached the truce with the army in Khartoum.", "ASSAULT", "SDN", None),
    ("North Korea tested a new missile on Thursday.", "MOBILIZE", "PRK", None),
    ("Iran allowed UN inspectors into the Fordow site.", "RETREAT", "IRN", None),
    # COERCE
    ("The Belarusian interior ministry prohibited rallies in Minsk.", "COERCE", "BLR", None),
    # retaliation and burning
    ("Iran vowed to retaliate against Israel.", "THREATEN", "IRN", "ISR"),
    ("Israel retaliated against Iran on Friday.", "ASSAULT", "ISR", "IRN"),
    ("Myanmar's military burned villages in Sagaing.", "ASSAULT", "MMR", None),
    ("Protesters burned tyres in Lagos.", "PROTEST", "NGA", None),
    ("A man burned a Koran outside the Turkish embassy in Stockholm.", "PROTEST", "SWE", "TUR"),
    # complaints raised; ending one's own occupation
    ("Germany raised concerns with China about the investment.", "ACCUSE", "DEU", "CHN"),
    ("Japan raised objections to the Chinese survey.", "ACCUSE", "JPN", "CHN"),
    ("Israel ended its occupation of Gaza in 2005.", "RETREAT", "ISR", None),
]

# phrasings whose rows are in the lexicon (or cannot be rows) but that the engine does not
# yet code; each reason says what the engine does wrong
_THING_RETREAT = ("engine: a RETREAT verb whose object is a thing with no actor inside it is dropped "
                  "like 'released a statement' (_verb_args, _DOBJ_MOVED)")
WIDER_ENGINE = [
    ("Germany returned the stolen statues to Greece on Monday.", "RETREAT", "DEU", "GRC"),
    pytest.param("The Ethiopian army stopped the offensive against Tigray.", "RETREAT", "ETH", None,
                 marks=_xf(_THING_RETREAT)),
    ("A Russian court found the American journalist guilty of espionage.", "SANCTION", "RUS", "USA"),
    ("Hamas used Israeli civilians as human shields.", "ASSAULT", "PSE", "ISR"),
    pytest.param("Houthi rebels held the Saudi sailors hostage.", "ASSAULT", "YEM", "SAU",
                 marks=_xf("engine: 'held X hostage' has a predicate noun, not a direct object; "
                           "no row can match it")),
    ("The Indian army remained on high alert along the border.", "MOBILIZE", "IND", None),
    pytest.param("Thousands of Kenyans took to the streets of Nairobi.", "PROTEST", "KEN", None,
                 marks=_xf("engine: 'took to the streets' is verb + prepositional object; VO rows "
                           "match only a direct object")),
    ("Ecuador declared a state of emergency in three provinces.", "COERCE", "ECU", None),
    pytest.param("Saudi Arabia Lifts Travel Ban on Qatar", "CONCEDE", "SAU", "QAT",
                 marks=_xf("engine/parser: a title-case verb ('Lifts') is tagged PROPN; the ban is "
                           "coded as an actual SANCTION")),
    pytest.param("Israel did not give permission to the UN inspectors.", "REJECT", "ISR", "UN",
                 marks=_xf("engine: only 'will/would not' turns a negated concession into REJECT; "
                           "'did not give permission' stays a negated CONCEDE")),
    ("The Palestinian delegation walked out of talks with Israel.", "SANCTION", "PSE", "ISR"),
    ("China respects Nepal's sovereignty.", "SUPPORT", "CHN", "NPL"),
    ("North Korea test-fired a ballistic missile.", "MOBILIZE", "PRK", None),  # a weapons test
    ("Israel will halt its offensive against Hezbollah in Lebanon.", "CONCEDE", "ISR", "LBN"),  # 3.4
]


@pytest.mark.parametrize("text,typ,src,tgt", WIDER + WIDER_ENGINE)
def test_events_lexicon_wider_families_code_their_type(code, text, typ, src, tgt):
    doc = code(text, date=D)
    got = [(e.type, [a.country for a in e.source], [a.country for a in e.target], e.modality)
           for e in doc.events]
    assert _found(doc, typ, src, tgt), got


@pytest.mark.parametrize("text,typ", [
    ("The minister returned home on Friday.", "RETREAT"),          # coming back gives nothing back
    ("Afghan refugees returned to Kabul from Pakistan.", "RETREAT"),
    ("The Turkish foreign minister returned to Ankara after talks in Moscow.", "RETREAT"),
    ("The Israeli army returned fire on Hezbollah fighters.", "RETREAT"),  # firing back is fighting
    ("The flag was raised over the embassy in Hanoi.", "PROTEST"),
    ("Workers downed tools at the port in Mombasa.", "ASSAULT"),   # a strike, not a shoot-down
    ("Rescuers searched for survivors in the rubble.", "COERCE"),  # only premises searched coerce
    ("The German chancellor gave a speech to the Polish parliament.", "AID"),
    ("Saudi Arabia raised the issue with Qatar.", "AID"),
    ("The European Union approved new sanctions on Russia.", "SUPPORT"),  # sanctions are not backing
    ("The United States suspended sanctions on Venezuela.", "SANCTION"),  # suspending them eases them
    ("Russia quit the talks with Ukraine.", "CONSULT"),            # leaving talks is no meeting
    ("China withdrew its ambassador from Lithuania.", "RETREAT"),  # diplomats: SANCTION/withdraw
    ("China sent condolences to Turkey after the earthquake.", "AID"),  # words, not goods
    ("The Russian president offered his condolences to the Iranian people.", "AGREE"),
    ("Azerbaijan violated the ceasefire with Armenia.", "RETREAT"),  # breaking it is no ceasefire
    ("Iran vowed to retaliate against Israel.", "ASSAULT"),          # a vow is a threat, not a strike
    ("Iranian protesters burned the American flag outside the embassy.", "ASSAULT"),
    ("Protesters burned tyres in Lagos.", "ASSAULT"),
    ("The fire burned for days on the island of Rhodes.", "ASSAULT"),
    pytest.param("Russia expressed readiness to hold talks with Ukraine.", "CONSULT",
                 marks=_xf("engine: _willing knows 'ready'/'willing' but not the nouns 'readiness'/"
                           "'willingness', so the talks are coded as held")),
    ("Russia says Israel must end attacks on Syria.", "RETREAT"),  # an obligation, not a report
])
def test_events_lexicon_wider_families_do_not_misfire(code, text, typ):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == typ and e.modality == "actual"], \
        [(e.type, [a.country for a in e.source], e.modality) for e in doc.events]


@pytest.mark.parametrize("word,pos,typ,mode", [
    ("return artifact", "VO", "RETREAT", None),       # manual: return of confiscated property
    ("return prisoner", "VO", "RETREAT", "release"),
    ("return fire", "VO", "ASSAULT", None),
    ("suspend sanction", "VO", "CONCEDE", None),      # not the verb's SANCTION
    ("withdraw ambassador", "VO", "SANCTION", "withdraw"),  # not the verb's RETREAT
    ("cancel debt", "VO", "AID", None),               # not the verb's REJECT
    ("approve sanction", "VO", "SANCTION", "discontinue"),  # not the verb's SUPPORT
    ("down tools", "VO", "PROTEST", "strike"),        # not the verb's ASSAULT
    ("search office", "VO", "COERCE", "seize"),
    ("block road", "VO", "PROTEST", "obstruct"),      # not the verb's REJECT
    ("cyber warfare", "N", "COERCE", "cyber"),
    ("human shield", "N", "ASSAULT", "abduct"),
    ("sanctions relief", "N", "CONCEDE", None),       # not the AID of plain 'relief'
    ("mediation effort", "N", "CONSULT", None),
])
def test_events_lexicon_idioms_override_their_verb(word, pos, typ, mode):
    e = lexicon()[(word, pos)]
    assert (e.type, e.mode) == (typ, mode)
