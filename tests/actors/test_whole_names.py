"""Known organisation names the parser splits are parsed again as one word (offramp.nlp's
whole-name re-parse, fed by actors.org_names). Sentences written for these tests."""
from offramp.actors import actors_of


def _words(nlp, text):
    return [t.text for t in nlp(text)]


def test_a_name_read_as_a_verb_phrase_becomes_one_word(nlp):
    words = _words(nlp, "Save the Children urged Jordan to open the crossing.")
    assert words[0] == "Save the Children"
    doc = nlp("Save the Children urged Jordan to open the crossing.")
    assert doc[0].dep_ == "nsubj" and doc[0].ent_type_ == "ORG"


def test_a_name_parsed_as_one_phrase_is_left_alone(nlp):
    assert _words(nlp, "Human Rights Watch said the raid was unlawful.")[:3] == ["Human", "Rights", "Watch"]
    # a name modifying the next noun is one phrase too
    words = _words(nlp, "Indian Air Force fighter jets escorted the plane.")
    assert words[:3] == ["Indian", "Air", "Force"]


def test_the_merged_name_is_the_subject_actor(code):
    from tests.conftest import has_event
    doc = code("Save the Children urged Jordan to open the crossing.", date="2024-05-14", keep_work=True)
    sent = doc.work["sents"][0]
    subj = next(t for t in sent if t.dep_ == "nsubj")
    assert [(a.country, a.sector) for a in actors_of(doc, 0, subj)] == [("NGO", "SOC")]
    assert has_event(doc, "REQUEST", "NGO", "JOR")


def test_the_merged_name_as_an_object(code):
    from tests.conftest import has_event
    doc = code("Egypt accused Save the Children of spreading lies.", date="2024-05-14")
    assert has_event(doc, "ACCUSE", "EGY", "NGO")


def test_user_actor_file_names_are_kept_whole_too(tmp_path, nlp):
    from offramp.actors import load_actor_file
    f = tmp_path / "orgs.yaml"
    f.write_text("- name: Stop the Dams Coalition\n  kind: org\n  country: BRA\n  sector: SOC\n",
                 encoding="utf-8")
    load_actor_file(f)
    doc = nlp("Stop the Dams Coalition sued the ministry.")
    assert doc[0].text == "Stop the Dams Coalition" and doc[0].dep_ == "nsubj"
