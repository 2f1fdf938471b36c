"""Where and when events happen: places in the trigger's noun phrases, say-verb dates.

Sentences written for these tests."""
import pytest

D = "2023-05-17"  # a Wednesday


def _one(doc, typ):
    evs = [e for e in doc.events if e.type == typ]
    assert evs, [(e.type, e.source, e.target) for e in doc.events]
    return evs[0]


@pytest.mark.parametrize("text, typ, place", [
    # a place inside the object's noun phrase
    ("Greece's foreign minister held talks with his Cypriot counterpart in Nicosia on Tuesday.",
     "CONSULT", "Nicosia"),
    # "in" after a delegation is where they met, not whom it serves
    ("Qatar's prime minister met an Iranian delegation in Doha on Monday.", "CONSULT", "Doha"),
    # a place on the object of a verb the trigger is coordinated with
    ("Turkish warships entered disputed waters near the island of Rhodes and boarded a Greek "
     "cargo ship.", "COERCE", "Rhodes"),
    # "the X sector", "the town of X"
    ("Indian troops shelled two villages in the Kupwara sector, the army said.", "ASSAULT", "Kupwara"),
    ("Israeli jets struck a building near the town of Tyre.", "ASSAULT", "Tyre"),
])
def test_event_place_in_noun_phrase(code, text, typ, place):
    ev = _one(code(text, date=D), typ)
    assert ev.location is not None and ev.location.name == place, ev.location


def test_event_place_not_from_a_speaker(code):
    # "Ankara said": an actor, not the place of the shelling
    ev = _one(code("Ankara said Syrian forces shelled a Turkish border post.", date=D), "ASSAULT")
    assert ev.location is None or ev.location.name != "Ankara"


def test_event_place_keeps_english_spelling(code):
    ev = _one(code("Saudi-led jets bombed a port near Hodeidah on Tuesday.", date=D), "ASSAULT")
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Hodeidah", "YEM")


def test_event_date_of_coordinated_say_verb(code):
    doc = code("Hungary's foreign minister said on Monday evening that Budapest would not accept "
               "the detentions, and demanded that Serbia free the men.", date=D)
    ev = _one(doc, "REQUEST")
    assert (ev.date, ev.date_precision) == ("2023-05-15", "day")


def test_event_date_inside_object_noun_phrase(code):
    doc = code("Estonia's defence minister said Tallinn would discuss the plan with his Finnish "
               "counterpart in Helsinki next Friday.", date=D)
    ev = _one(doc, "CONSULT")
    assert ev.date == "2023-05-26" and ev.location.name == "Helsinki"


def test_event_pluperfect_report_not_dated_by_statement(code):
    doc = code("Azerbaijan said on Monday that its troops had shelled Armenian positions.", date=D)
    ev = _one(doc, "ASSAULT")
    assert ev.date != "2023-05-15" and ev.date_precision == "publication"


def test_event_own_speech_act_dated_by_statement(code):
    doc = code("The Romanian government said on Monday it condemned Russia's drone strikes.", date=D)
    ev = _one(doc, "ACCUSE")
    assert ev.date == "2023-05-15"


def test_event_place_and_date_of_free_relative_object(code):
    doc = code("Turkish drones struck what the ministry said were PKK hideouts near the Iraqi town "
               "of Zakho on Sunday.", date=D)
    ev = _one(doc, "ASSAULT")
    assert ev.location is not None and ev.location.name == "Zakho"
    assert ev.date == "2023-05-14"


def test_event_follow_up_takes_the_incident_date(code):
    doc = code("Georgian police detained three Russian men near the town of Zugdidi on Monday. "
               "Officials said the men had fired on a border patrol before their arrest.", date=D)
    ev = _one(doc, "ASSAULT")
    assert (ev.date, ev.date_precision) == ("2023-05-15", "day")


def test_event_follow_up_keeps_publication_date_when_incidents_differ(code):
    doc = code("Georgian police detained three Russian men on Monday. Russian troops shelled a "
               "Georgian village on Sunday. Officials said the men had fired on a border patrol.",
               date=D)
    # the pluperfect firing has two candidate incidents before it: it is not dated Monday
    assert all(e.date != "2023-05-15" for e in doc.events if e.type == "ASSAULT"), doc.events


def test_event_accused_act_takes_the_incident_date(code):
    doc = code("Armenian troops shelled Azerbaijani positions along the border on Monday night. "
               "Yerevan accused Azerbaijani forces of shelling two villages, wounding a farmer.",
               date=D)
    evs = [e for e in doc.events if e.type == "ASSAULT" and e.sentence == 1]
    assert evs and all(e.date == "2023-05-15" for e in evs), doc.events


@pytest.mark.parametrize("text,typ,src,tgt,place", [
    ("Russia's shelling of Kharkiv remains a grave concern, the UN said.", "ASSAULT", "RUS", "UKR", "Kharkiv"),
    ("Israel's blockade of Gaza was tightened on Monday.", "COERCE", "ISR", "PSE", "Gaza"),
])
def test_the_place_an_act_noun_hits_is_its_place_and_target(code, text, typ, src, tgt, place):
    doc = code(text, date="2024-06-01")
    evs = [e for e in doc.events if e.type == typ and src in {a.country for a in e.source}]
    assert evs and tgt in {a.country for a in evs[0].target}, [(e.type, e.target, e.location) for e in doc.events]
    assert evs[0].location is not None and evs[0].location.name == place


def test_a_pounded_city_is_the_place_and_its_state_the_target(code):
    doc = code("Russia pounds Odesa with drones and missiles", date="2024-06-01")
    assert any(e.type == "ASSAULT" and "UKR" in {a.country for a in e.target} for e in doc.events), \
        [(e.type, e.target) for e in doc.events]
