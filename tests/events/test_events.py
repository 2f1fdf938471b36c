"""Event coding on sentences written for these tests: structures and modality."""
import pytest

from tests.conftest import has_event

D = "2023-05-16"  # a Tuesday


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("Turkish troops shelled Syrian army positions near the border.", "ASSAULT", "TUR", "SYR", "actual"),
    ("A Greek patrol boat was shelled by Turkish warships.", "ASSAULT", "TUR", "GRC", "actual"),
    ("China and India agreed to reopen border trade.", "AGREE", "CHN", "IND", "actual"),
    ("The United States and Britain condemned Iran.", "ACCUSE", "USA", "IRN", "actual"),
    ("Japan protested against China's deployment of warships near the islands.", "ACCUSE", "JPN", None, None),
    ("Egypt urged Israel to halt the offensive.", "REQUEST", "EGY", "ISR", "actual"),
    ("Poland rejected Germany's proposal.", "REJECT", "POL", "DEU", "actual"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", "EU", "BLR", "actual"),
    ("Germany will send tanks to Ukraine.", "AGREE", "DEU", "UKR", "future"),  # codebook 4.2: a promise
    ("Russia could invade Georgia.", "ASSAULT", "RUS", "GEO", "hypothetical"),
    ("Moscow denied plans to attack Moldova.", "ASSAULT", "RUS", "MDA", "negated"),
    ("Serbia did not attack Kosovo.", "ASSAULT", "SRB", "XKX", "negated"),
    ("If Pakistan attacks India, the United States will respond.", "ASSAULT", "PAK", "IND", "hypothetical"),
    ("Mexican President Andres Manuel Lopez Obrador met Canadian Prime Minister Justin Trudeau.",
     "CONSULT", "MEX", "CAN", "actual"),
    ("Norway's foreign minister held talks with her Swedish counterpart in Oslo.", "CONSULT", "NOR", "SWE", None),
    ("The talks between Armenia and Azerbaijan ended without a deal.", "CONSULT", "ARM", "AZE", "actual"),
    ("U.S.-China trade talks resumed in Geneva.", "CONSULT", "USA", "CHN", None),
    ("Kenya to host Somali leaders for peace talks", "CONSULT", "KEN", "SOM", "future"),
])
def test_events_code_structures_and_modality(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    if tgt is None:
        assert any(e.type == typ and src in {a.country for a in e.source} and
                   (modality is None or e.modality == modality) for e in doc.events), doc.events
    else:
        assert has_event(doc, typ, src, tgt, modality), [(e.type, e.source, e.target, e.modality) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Russia could launch an attack on Ukraine at any moment, officials fear.",
    "Russia has repeatedly denied plans to attack Ukraine.",
    "There is no sign that Russia will attack Ukraine.",
    "Analysts worry that a Russian invasion of Ukraine is possible.",
    "If Russia invades Ukraine, the West will respond.",
])
def test_events_hypothetical_or_denied_attack_is_never_actual(code, text):
    doc = code(text, date=D)
    assert not any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), \
        [(e.type, e.modality, e.trigger) for e in doc.events]


def test_events_record_carries_evidence_trigger_rule_and_ids(code):
    text = "On Monday, Vietnam accused China of harassing its fishermen."
    a = code(text, date=D)
    b = code(text, date=D)
    e = next(e for e in a.events if e.type == "ACCUSE")
    assert e.evidence == text and e.trigger == "accused" and e.rule.startswith("events.verbs.v1:")
    assert e.date == "2023-05-15" and e.date_precision == "day"
    assert e.cameo and e.quad_class == 3 and -10 <= e.intensity <= 10
    assert [x.event_id for x in a.events] == [x.event_id for x in b.events]


def test_events_attribution_to_anonymous_official(code):
    doc = code("Iran plans to enrich uranium further, a senior Israeli official said.\n\n"
               "Israel will strike Iran if needed, the official warned.", date=D)
    ev = [e for e in doc.events if e.type == "THREATEN"]
    assert ev and ev[0].attributed_to is not None
    assert ev[0].attributed_to.country == "ISR" and ev[0].attributed_to.anonymous


def test_events_repeated_mentions_merge_into_one_event(code):
    doc = code("Chile and Peru will hold talks in Lima on Friday.\n\n"
               "The talks between Chile and Peru will be the first in a year.", date=D)
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1 and len(consult[0].mentions) == 2
    assert consult[0].date == "2023-05-19" and consult[0].location.name == "Lima"


def test_events_person_resolved_within_document(code):
    doc = code("Indonesian Foreign Minister Retno Marsudi arrived in Tokyo.\n\n"
               "Marsudi met Japan's prime minister on Wednesday.", date=D)
    assert has_event(doc, "CONSULT", "IDN", "JPN")


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("North Korea threatened to attack South Korea.", "THREATEN", "PRK", "KOR", "actual"),
    ("Iran warned it would strike Israel if provoked.", "THREATEN", "IRN", "ISR", "actual"),
    ("Russia refused to meet Ukraine's negotiators.", "CONSULT", "RUS", "UKR", "negated"),
    ("The planned talks between Serbia and Kosovo were cancelled.", "CONSULT", "SRB", "XKX", "negated"),
    ("Ethiopia said it had not attacked Eritrea.", "ASSAULT", "ETH", "ERI", "negated"),
    ("Rumors that Russia attacked Finland were false.", "ASSAULT", "RUS", "FIN", None),
    ("India and Pakistan are expected to hold talks next month.", "CONSULT", "IND", "PAK", "future"),
    ("Egypt hopes to mediate between Israel and Hamas.", "CONSULT", "EGY", "ISR", "hypothetical"),
    ("Kenya is unlikely to deploy police to Haiti.", "MOBILIZE", "KEN", "HTI", "hypothetical"),
    ("Belarus ruled out joining the war against Ukraine.", "ASSAULT", "BLR", "UKR", "negated"),
])
def test_events_modality_traps(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, modality, asides=True), [(e.type, e.modality) for e in doc.events]
    assert not has_event(doc, "ASSAULT", src, tgt, "actual")
