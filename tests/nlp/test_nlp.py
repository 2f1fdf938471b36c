from offramp.ingest import document_from_text
from offramp.nlp import MAX_SENT_TOKENS, run, sentence_case


def test_nlp_sentence_case_keeps_known_names_and_length():
    line = "Macron To Meet With German Counterpart In Paris"
    out = sentence_case(line, {"Macron", "German", "Paris"})
    assert out == "Macron to meet with German counterpart in Paris"
    assert len(out) == len(line)
    assert sentence_case("Talks resume in Doha.", set()) == "Talks resume in Doha."


def test_nlp_sentences_carry_offsets_into_the_cleaned_text(nlp):
    doc = document_from_text("Leaders Gather in Rome\n\nItaly hosted the summit. Spain attended.\n\n"
                             "France sent its foreign minister.", "d", "2023-05-16")
    run(doc)
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    assert len(doc.work["sents"]) == len(doc.sentences)


def test_nlp_pathological_sentence_is_cut_with_a_warning(nlp):
    text = "Chad accused Sudan of " + ", ".join(["raids"] * 400) + "."
    doc = document_from_text(text, "d", "2023-05-16")
    run(doc)
    assert all(len(s) <= MAX_SENT_TOKENS for s in doc.work["sents"])
    assert any("cut to" in w for w in doc.warnings)
