"""Crowds at seats of power: protesters who gather outside or storm an embassy protest
against its state (a riot when they break in), not an armed attack; an "anti-X" wave of
riots targets X; rebels who free a police officer free their own state's man. Sentences
written for these tests."""
from tests.conftest import found, has_event, triples

D = "2024-05-14"


def test_demonstrators_gathering_outside_an_embassy_protest_against_its_state(code):
    doc = code("About 300 demonstrators gathered outside the French embassy in Bamako on Friday.", date=D)
    assert has_event(doc, "PROTEST", "MLI", "FRA", "actual"), triples(doc)


def test_protesters_storming_an_embassy_riot_rather_than_attack(code):
    doc = code("Hundreds of angry students stormed the Danish embassy in Damascus on Saturday.", date=D)
    assert has_event(doc, "PROTEST", "SYR", "DNK", "actual"), triples(doc)
    assert not found(doc, "ASSAULT"), triples(doc)
    assert [e.mode for e in found(doc, "PROTEST")] == ["riot"], triples(doc)


def test_a_crowd_gathered_to_mourn_is_no_protest(code):
    doc = code("Villagers gathered in the square on Sunday to mourn the dead.", date=D)
    assert not found(doc, "PROTEST"), triples(doc)


def test_an_anti_x_wave_of_riots_targets_x_not_its_doers(code):
    doc = code("Japanese firms are still recovering from a wave of anti-Japan riots in China last autumn.", date=D)
    assert has_event(doc, "PROTEST", "CHN", "JPN"), triples(doc)
    assert not found(doc, "PROTEST", "JPN"), triples(doc)


def test_rebels_free_their_own_states_policeman(code):
    doc = code("The ELN freed a police officer on Sunday after holding him for two years.", date=D)
    assert has_event(doc, "RETREAT", "COL", "COL", "actual"), triples(doc)


def test_crowds_gathering_at_a_palace_or_embassy_for_other_ends_do_not_protest(code):
    for text in ("Crowds gathered outside the royal palace in Oslo to celebrate the king's birthday.",
                 "Students gathered at the British embassy in Nairobi to apply for visas.",
                 "Protesters broke their fast outside the interior ministry in Rabat at sunset."):
        doc = code(text, date=D)
        assert not found(doc, "PROTEST"), (text, triples(doc))


def test_crowds_chanting_outside_an_embassy_protest(code):
    doc = code("Hundreds of people gathered outside the Chinese embassy in Manila chanting slogans against "
               "Beijing.", date=D)
    assert has_event(doc, "PROTEST", "PHL", "CHN", "actual"), triples(doc)
