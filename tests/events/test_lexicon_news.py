"""Event-lexicon families for international wire prose (offramp/data/lexicon/events.tsv, the
"lex6" section and the conviction rows): one sentence per phrasing, written for these tests,
plus the readings an ambiguous word must not take. xfail marks a phrasing the lexicon cannot
settle without the engine; each reason says what the engine does."""
from __future__ import annotations

import pytest

from offramp.events import lexicon
from tests.conftest import has_event

D = "2023-09-12"


def _xf(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def _found(doc, typ, src, tgt, mode=None) -> bool:
    if tgt is None:
        ok = [e for e in doc.events if e.type == typ and src in {a.country for a in e.source}]
    else:
        ok = [e for e in doc.events if has_event(_One(e), typ, src, tgt)]
    return any(mode is None or e.mode == mode for e in ok)


class _One:
    """One event dressed as a document, for has_event."""

    def __init__(self, e):
        self.events = [e]


def _got(doc):
    return [(e.type, e.mode, [a.country for a in e.source], [a.country for a in e.target], e.modality)
            for e in doc.events]


# a court's finding of guilt is SANCTION/convict (codebook 3.9, 3.13; manual SANCTION 'convict')
CONVICT = [
    ("A Russian court sentenced the Ukrainian soldier to life in prison.", "RUS", "UKR"),
    ("An Iranian court convicted the Swedish tourist of espionage.", "IRN", "SWE"),
    ("A Moscow court found the Georgian pilot guilty of smuggling.", "RUS", "GEO"),
    ("A Dutch court found Russia liable for the downing of the airliner.", "NLD", "RUS"),
    ("The Swiss court upheld the conviction of the French banker.", "CHE", "FRA"),
    ("A Belarusian court handed a ten-year prison sentence to the Polish journalist.", "BLR", "POL"),
]


@pytest.mark.parametrize("text,src,tgt", CONVICT)
def test_lexicon_news_convictions_are_sanctions(code, text, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, "SANCTION", src, tgt, "convict"), _got(doc)
    assert not [e for e in doc.events if e.type == "ACCUSE"], _got(doc)


@pytest.mark.parametrize("word,pos", [
    ("convict", "V"), ("sentence", "V"), ("conviction", "N"), ("sentence", "N"),
    ("guilty verdict", "N"), ("find guilty", "VO"), ("prison term", "N"), ("uphold sentence", "VO"),
])
def test_lexicon_news_conviction_rows_follow_the_codebook(word, pos):
    e = lexicon()[(word, pos)]
    assert (e.type, e.mode) == ("SANCTION", "convict")


def test_lexicon_news_acquittal_stays_a_concession(code):
    doc = code("The Georgian court acquitted the Russian businessman.", date=D)
    assert _found(doc, "CONCEDE", "GEO", "RUS"), _got(doc)
    assert not [e for e in doc.events if e.type == "SANCTION"], _got(doc)


NEWS = [
    # ACCUSE: cases brought, charges filed or pressed, formal protests registered
    ("Ukraine brought a case against Russia at the International Court of Justice.", "ACCUSE", "UKR", "RUS"),
    ("Swiss prosecutors filed charges against the Russian banker.", "ACCUSE", "CHE", "RUS"),
    ("The Greek government pressed charges against the Turkish captain.", "ACCUSE", "GRC", "TUR"),
    ("India registered a protest with Nepal.", "ACCUSE", "IND", "NPL"),
    # SUPPORT: solidarity with, ties resumed
    ("Brazil expressed solidarity with Ukraine.", "SUPPORT", "BRA", "UKR"),
    ("Iran and Saudi Arabia resumed diplomatic relations.", "SUPPORT", "IRN", "SAU"),
    # SANCTION: embassies shut, deals cancelled, trade banned, supplies halted, diplomats ordered out
    ("Niger shut down the French embassy in Niamey.", "SANCTION", "NER", "FRA"),
    ("Australia cancelled the submarine contract with France.", "SANCTION", "AUS", "FRA"),
    ("Russia banned the export of grain to Kazakhstan.", "SANCTION", "RUS", "KAZ"),
    ("Italy banned imports of Russian gas.", "SANCTION", "ITA", "RUS"),
    ("China suspended imports from Taiwan.", "SANCTION", "CHN", "TWN"),
    ("Russia halted gas supplies to Poland.", "SANCTION", "RUS", "POL"),
    ("Germany suspended arms deliveries to Israel.", "SANCTION", "DEU", "ISR"),
    ("The EU imposed a price cap on Russian oil.", "SANCTION", "EU", "RUS"),
    ("Egypt ordered the Turkish ambassador to leave the country.", "SANCTION", "EGY", "TUR"),
    # AID: aid resumed, defectors taken in, peacekeepers sent, arms and money handed over
    ("The United States restored aid to the Palestinians.", "AID", "USA", "PSE"),
    ("South Korea took in defectors from North Korea.", "AID", "KOR", "PRK"),
    ("Turkey deployed peacekeepers to Kosovo.", "AID", "TUR", "XKX"),
    ("Bangladesh sent peacekeepers to Congo.", "AID", "BGD", "COD"),
    ("Germany delivered tanks to Ukraine.", "AID", "DEU", "UKR"),
    ("The United States transferred Patriot missiles to Ukraine.", "AID", "USA", "UKR"),
    ("The United States transferred $2 billion to Ukraine.", "AID", "USA", "UKR"),
    # RETREAT: ground and captives handed over, monitors let in
    ("Armenia handed over the villages to Azerbaijan.", "RETREAT", "ARM", "AZE"),
    ("Ethiopia handed over the bodies of Eritrean soldiers to Eritrea.", "RETREAT", "ETH", "ERI"),
    ("Sudan accepted UN peacekeepers in Darfur.", "RETREAT", "SDN", "UN"),
    ("North Korea received IAEA inspectors at Yongbyon.", "RETREAT", "PRK", "IGO"),
    # REJECT: people kept out at the border
    ("Indian border guards turned back Bangladeshi migrants.", "REJECT", "IND", "BGD"),
    # COERCE: ships stopped at sea, armed looting
    ("The Israeli navy intercepted a Turkish aid ship bound for Gaza.", "COERCE", "ISR", "TUR"),
    ("Sudanese paramilitaries looted a UN warehouse.", "COERCE", "SDN", "UN"),
    # MOBILIZE: military aircraft met in the air
    ("Japanese jets intercepted Chinese bombers near Okinawa.", "MOBILIZE", "JPN", "CHN"),
]


@pytest.mark.parametrize("text,typ,src,tgt", NEWS)
def test_lexicon_news_sentence_codes_its_type(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), _got(doc)


@pytest.mark.parametrize("word,pos,typ,mode", [
    ("bring case", "VO", "ACCUSE", "allege"),
    ("press charge", "VO", "ACCUSE", "allege"),
    ("register protest", "VO", "ACCUSE", "disapprove"),
    ("close embassy", "VO", "SANCTION", "withdraw"),
    ("cancel contract", "VO", "SANCTION", "withdraw"),
    ("ban export", "VO", "SANCTION", "discontinue"),
    ("halt supply", "VO", "SANCTION", "discontinue"),
    ("order ambassador", "VO", "SANCTION", "expel"),
    ("deploy peacekeeper", "VO", "AID", None),
    ("take in defector", "VO", "AID", None),
    ("hand over village", "VO", "RETREAT", "withdraw"),
    ("hand over prisoner", "VO", "RETREAT", "release"),
    ("accept inspector", "VO", "RETREAT", "access"),
    ("turn back migrant", "VO", "REJECT", None),
    ("intercept missile", "VO", "ASSAULT", None),
    ("intercept ship", "VO", "COERCE", "seize"),
    ("intercept bomber", "VO", "MOBILIZE", "weapons"),
    ("force down", "V", "COERCE", "seize"),
    ("loot", "V", "COERCE", "seize"),
    ("house arrest", "N", "COERCE", "arrest"),
    ("counterterrorism operation", "N", "ASSAULT", None),
])
def test_lexicon_news_rows_take_the_codebook_reading(word, pos, typ, mode):
    e = lexicon()[(word, pos)]
    assert (e.type, e.mode) == (typ, mode)


@pytest.mark.parametrize("text,typ", [
    ("Ukraine pressed its case for NATO membership.", "ACCUSE"),          # advocacy, not a suit
    ("Germany cancelled the meeting with the Chinese premier.", "SANCTION"),  # a meeting: REJECT/meet
    ("Kenya handed over the suspects to Uganda.", "RETREAT"),             # suspects: COOPERATE
    ("Sudan accepted the American plan.", "RETREAT"),                     # a plan: AGREE
    ("The Kenyan president received the Ugandan foreign minister.", "RETREAT"),  # a visit
    ("The Egyptian president delivered a speech to the Kenyan parliament.", "AID"),
    ("The Egyptian president delivered a message to the Sudanese leader.", "AID"),
    ("The Turkish president turned to Russia for help.", "REJECT"),
    ("The Palestinian prisoner died in Israeli custody.", "COERCE"),      # no arrest reported
    ("Iran resumed oil exports to China.", "CONCEDE"),                    # trade, not a lifted sanction
])
def test_lexicon_news_words_do_not_misfire(code, text, typ):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == typ], _got(doc)


def test_lexicon_news_bare_custody_is_not_a_row():
    # 'died in custody', 'custody of the children': no arrest by anyone named
    assert ("custody", "N") not in lexicon()


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Kenya handed over the suspects to Uganda.", "COOPERATE", "KEN", "UGA"),
    ("Germany cancelled the meeting with the Chinese premier.", "REJECT", "DEU", "CHN"),
    ("Sudan accepted the American plan.", "AGREE", "SDN", "USA"),
    ("The Kenyan president received the Ugandan foreign minister.", "CONSULT", "KEN", "UGA"),
    ("Russia sent 3,000 troops to Belarus.", "MOBILIZE", "RUS", None),
])
def test_lexicon_news_neighbours_keep_their_type(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), _got(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Poland declared three Russian diplomats persona non grata.", "SANCTION", "POL", "RUS"),
    ("Ghana gave the Nigerian diplomats 48 hours to leave the country.", "SANCTION", "GHA", "NGA"),
    ("Egypt put the Muslim Brotherhood leaders on trial.", "ACCUSE", "EGY", "EGY"),
    ("The Palestinian delegation walked out of the talks with Israel.", "SANCTION", "PSE", "ISR"),
    # (the host named by "in Tehran" is now the target of closing one's own embassy)
    pytest.param("Canada closed its embassy in Tehran.", "SANCTION", "CAN", "IRN"),
    pytest.param("Saudi Arabia reopened its embassy in Damascus on Monday.", "SUPPORT", "SAU", "SYR"),
    pytest.param("The Venezuelan opposition leader sought asylum in Spain.", "REQUEST", "VEN", "ESP",
                 marks=_xf("engine: 'seek' loses its subject here, and 'in Spain' is a place, not a "
                           "target")),
    # (the launch site in the participle clause is now found through the place of the act)
    pytest.param("Israel intercepted rockets fired from Gaza.", "ASSAULT", "ISR", "PSE"),
    ("Islamic State claimed responsibility for the bombing in Kabul.", "ASSAULT", None, "AFG"),
])
def test_lexicon_news_known_gaps(code, text, typ, src, tgt):
    doc = code(text, date=D)
    if src is None:
        assert any(e.type == typ and tgt in {a.country for a in e.target} for e in doc.events), _got(doc)
    else:
        assert _found(doc, typ, src, tgt), _got(doc)


@_xf("engine: an act in the 'of' clause of 'accused X of having ...' is coded actual (codebook 6)")
def test_lexicon_news_accused_handover_is_not_a_fact(code):
    doc = code("Rahul Gandhi accused Modi of having handed over Indian territory to China.", date=D)
    assert _found(doc, "ACCUSE", "IND", "IND"), _got(doc)
    assert not [e for e in doc.events if e.type == "RETREAT" and e.modality == "actual"], _got(doc)


NEWS2 = [
    # RETREAT/release: prisoners exchanged both ways
    ("Russia and Ukraine swapped prisoners on Friday.", "RETREAT", "RUS", "UKR"),
    ("Russia and Ukraine exchanged 200 prisoners of war.", "RETREAT", "RUS", "UKR"),
    # SUPPORT: a text initialled
    ("Armenia and Azerbaijan initialled a peace treaty.", "SUPPORT", "ARM", "AZE"),
    # COERCE: citizenship stripped
    ("Iran stripped the British-Iranian woman of her citizenship.", "COERCE", "IRN", "GBR"),
    # CONSULT: shuttle mediation
    ("The UN envoy shuttled between Kinshasa and Kigali.", "CONSULT", "UN", "COD"),
    # REJECT: a measure held up
    ("Hungary stalled the EU aid package for Ukraine.", "REJECT", "HUN", "EU"),
    # ACCUSE: formal representations, dissatisfaction voiced
    ("China lodged stern representations with the United States.", "ACCUSE", "CHN", "USA"),
    ("China voiced dissatisfaction with Japan's decision.", "ACCUSE", "CHN", "JPN"),
    # MOBILIZE: warplanes flown, warships sailed, forces poured in, missiles unveiled
    ("China flew 30 warplanes into Taiwan's air defence zone.", "MOBILIZE", "CHN", "TWN"),
    ("The United States sailed a destroyer through the Taiwan Strait.", "MOBILIZE", "USA", "TWN"),
    ("Russia poured troops into Belarus.", "MOBILIZE", "RUS", "BLR"),
    ("Iran unveiled a new ballistic missile.", "MOBILIZE", "IRN", None),
]


@pytest.mark.parametrize("text,typ,src,tgt", NEWS2)
def test_lexicon_news_second_families_code_their_type(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), _got(doc)


@pytest.mark.parametrize("text,typ", [
    ("The Red Cross flew aid into Gaza.", "MOBILIZE"),          # aid flown is AID
    ("The talks stalled over the issue of Jerusalem.", "REJECT"),  # no actor stalls them
])
def test_lexicon_news_second_words_do_not_misfire(code, text, typ):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == typ], _got(doc)


def test_lexicon_news_flown_aid_stays_aid(code):
    doc = code("The Red Cross flew aid into Gaza.", date=D)
    assert _found(doc, "AID", "IGO", "PSE"), _got(doc)


@_xf("parser: after a country name 'concentrated' is read as an adjective of 'troops' "
     "('Azerbaijan concentrated troops' is parsed as one noun phrase), so no verb is left")
def test_lexicon_news_concentrated_troops_need_the_parser(code):
    doc = code("Azerbaijan concentrated troops near the Armenian border.", date=D)
    assert _found(doc, "MOBILIZE", "AZE", None), _got(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # AID: a loan or package approved by the giver (codebook 3.6)
    ("The World Bank approved a $500 million loan to Kenya.", "AID", "IGO", "KEN"),
    ("The US Congress approved an aid package for Ukraine.", "AID", "USA", "UKR"),
    # AGREE: aid announced is aid pledged
    ("Saudi Arabia announced $2 billion in aid to Egypt.", "AGREE", "SAU", "EGY"),
    # approval of anything else stays verbal backing
    ("The Kenyan parliament approved the budget.", "SUPPORT", "KEN", None),
    ("Israel allowed aid trucks into Gaza.", "RETREAT", "ISR", "PSE"),
])
def test_lexicon_news_aid_approved_announced_let_in(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), _got(doc)


def test_lexicon_news_approved_loan_is_not_verbal_support(code):
    doc = code("The World Bank approved a $500 million loan to Kenya.", date=D)
    assert not [e for e in doc.events if e.type == "SUPPORT"], _got(doc)
