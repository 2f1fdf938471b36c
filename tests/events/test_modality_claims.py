"""Acts known only from a disputed, false or unproven claim, acts that never came, acts
ruled out or done instead of, and headline plans are never coded as actual (codebook 4.1,
4.10, 4.14, 4.15). Guards: the same acts told as fact stay actual. Sentences written for
these tests after a review that probed the coder with traps of its own."""
import pytest

from tests.conftest import has_event, triples

D = "2024-03-01"


@pytest.mark.parametrize("text,typ,src,tgt", [
    # a charge the accused denies in the same sentence or the next
    ("Armenia claimed that Azerbaijani troops had shelled Armenian villages, a charge Baku "
     "rejected.", "ASSAULT", "AZE", "ARM"),
    ("Syria alleged that Turkish drones had bombed Syrian villages. Turkey said its drones had "
     "not struck the villages.", "ASSAULT", "TUR", "SYR"),
    ("Azerbaijan said Armenian troops had shelled Azerbaijani positions, but Yerevan denied any "
     "involvement.", "ASSAULT", "ARM", "AZE"),
    # the claim's own predicate says it is false or unproven
    ("Reports of a Belarusian incursion into Lithuania turned out to be false.",
     "ASSAULT", "BLR", "LTU"),
    ("The story that Venezuelan troops had attacked Guyana was a hoax.",
     "ASSAULT", "VEN", "GUY"),
    ("Claims that Eritrean soldiers had shelled Ethiopian villages were fabricated.",
     "ASSAULT", "ERI", "ETH"),
    ("Reports that Israel struck an Iranian air base could not be confirmed.",
     "ASSAULT", "ISR", "IRN"),
    # an unproven source
    ("According to unconfirmed reports, Iranian guards seized a Greek tanker.",
     "COERCE", "IRN", "GRC"),
    ("Video that could not be independently verified showed Russian jets bombing a Syrian "
     "market.", "ASSAULT", "RUS", "SYR"),
    # named acts that never came about
    ("The Serbian offensive against Kosovo that analysts feared never happened.",
     "ASSAULT", "SRB", "XKX"),
    ("The Chinese blockade of Taiwan did not materialise.", "COERCE", "CHN", "TWN"),
    ("The threatened Turkish offensive against Kurdish fighters in Syria worried Washington.",
     "ASSAULT", "TUR", "SYR"),
    ("Norway's delivery of air-defence systems to Ukraine has yet to take place.", "AID", "NOR", "UKR"),
    ("According to reports that could not be confirmed, Sudanese jets bombed an Ethiopian "
     "camp.", "ASSAULT", "SDN", "ETH"),
    # ruled out or done instead
    ("Germany decided against expelling the Iranian ambassador.", "SANCTION", "DEU", "IRN"),
    ("Israel shelled Gaza instead of invading Lebanon.", "ASSAULT", "ISR", "LBN"),
    ("Rather than invading Georgia, Russia massed troops on the border.", "ASSAULT", "RUS", "GEO"),
    ("Ukraine has never acknowledged striking the Russian airfield.", "ASSAULT", "UKR", "RUS"),
    ("Pakistan did not confirm bombing Afghan border posts.", "ASSAULT", "PAK", "AFG"),
    # neither ... nor
    ("Ethiopian troops neither shelled the Sudanese town nor entered it.", "ASSAULT", "ETH", "SDN"),
    # headline plans
    ("Britain to impose sanctions on Belarus", "SANCTION", "GBR", "BLR"),
    ("Turkey to strike Kurdish positions in Syria soon, officials say", "ASSAULT", "TUR", "SYR"),
    ("Serbia to hold talks with Kosovo", "CONSULT", "SRB", "XKX"),
    ("The expected Azerbaijani ground offensive against Armenia has yet to begin.", "ASSAULT", "AZE", "ARM"),
])
def test_unreal_or_disputed_acts_are_not_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert not has_event(doc, typ, src, tgt, "actual"), triples(doc)
    assert has_event(doc, typ, src, tgt, asides=True), (triples(doc), [(e.type, e.modality) for e in doc.asides])


@pytest.mark.parametrize("text", [
    "Sudan accused Chad of arming the Rapid Support Forces, an allegation N'Djamena called baseless.",
    "Sudan accused Chad of arming the Rapid Support Forces. Chad called the charge baseless.",
])
def test_a_denied_charge_is_the_accusation_only(code, text):
    doc = code(text, date=D)
    assert has_event(doc, "ACCUSE", "SDN", "TCD", "actual"), triples(doc)
    assert not has_event(doc, "AID", "TCD", "SDN", "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # told as fact, or confirmed: actual
    ("Sudan accused Chad of arming the Rapid Support Forces.", "AID", "TCD", "SDN"),
    ("The Azerbaijani defence ministry said its troops had shelled Armenian positions. Armenia "
     "rejected the talks offer.", "ASSAULT", "AZE", "ARM"),
    ("Reports that Israel struck an Iranian air base were confirmed by Tehran.", "ASSAULT", "ISR", "IRN"),
    ("According to Iranian state media, Iranian guards seized a Greek tanker.", "COERCE", "IRN", "GRC"),
    ("The Serbian offensive against Kosovo, which analysts had feared, began at dawn.",
     "ASSAULT", "SRB", "XKX"),
    ("Germany decided to expel the Iranian ambassador.", "SANCTION", "DEU", "IRN"),
    ("Pakistan confirmed bombing Afghan border posts.", "ASSAULT", "PAK", "AFG"),
    ("Norway's delivery of air-defence systems to Ukraine took place in May.", "AID", "NOR", "UKR"),
    ("Ethiopian troops shelled the Sudanese town and entered it.", "ASSAULT", "ETH", "SDN"),
])
def test_the_same_acts_told_as_fact_stay_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


def test_the_act_done_instead_belongs_to_the_one_who_did_the_other():
    import offramp
    doc = offramp.code("Israel shelled Gaza instead of invading Lebanon.", date=D)
    invasion = [e for e in doc.events + doc.asides if e.trigger == "invading"]
    assert invasion and {a.country for a in invasion[0].source} == {"ISR"}, triples(doc)


def test_a_reported_meeting_is_no_charge_however_the_next_sentence_denies():
    import offramp
    doc = offramp.code("State media said the Chinese envoy met the junta leader in Naypyitaw. "
                       "China rejected criticism of the visit.", date=D)
    assert [e for e in doc.events if e.type == "CONSULT" and e.modality == "actual"], triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # guards from the review: what is not a denial of the charged deed
    ("Russia said that Ukrainian drones attacked an oil depot in Bryansk. Kyiv did not deny "
     "the attack.", "ASSAULT", "UKR", "RUS"),
    ("Syria said that Israeli jets struck Damascus airport. Israel denied that it had sent "
     "ground troops into Syria.", "ASSAULT", "ISR", "SYR"),
    ("India said that Pakistani troops shelled Indian posts. Islamabad said its forces had "
     "not fired first.", "ASSAULT", "PAK", "IND"),
    # a threatened measure that took effect happened
    ("The threatened American tariffs on Chinese goods took effect on Monday.", "SANCTION", "USA", "CHN"),
])
def test_what_is_not_a_denial_leaves_the_deed_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


def test_a_denial_answers_any_deed_the_charge_names(code):
    doc = code("Congo accuses Rwanda of sending troops to fight alongside the rebels. Rwanda "
               "denies that its troops are fighting there.", date=D)
    assert not [e for e in doc.events if e.modality == "actual" and e.type in ("AID", "ASSAULT")
                and "RWA" in {a.country for a in e.source}], triples(doc)
