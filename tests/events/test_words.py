"""The word lists of the event rules are data (offramp/data/lexicon/words.yaml)."""
import pytest

from offramp.errors import DataError
from offramp.events import _words


def test_each_stage_has_its_lists_as_frozensets():
    for section in ("arguments", "placing", "modality"):
        ns = _words.words(section)
        lists = vars(ns)
        assert len(lists) >= 5
        assert all(isinstance(v, frozenset) and v for v in lists.values())
    # the YAML traps are avoided: every entry is a string, none read as true/false
    assert {"on", "off"} <= _words.words("arguments").particles | _words.words("arguments").topic
    assert "no" in _words.words("modality").neg_det


def test_a_word_added_to_a_list_changes_what_the_rule_accepts(code, monkeypatch):
    # the rule reads the list: without "hold" among the light verbs, "held talks" gives the
    # noun no doer and no CONSULT comes from it
    text = "Chile held talks with Peru on Monday."
    assert any(e.type == "CONSULT" for e in code(text, date="2024-01-01").events)
    from offramp.events import _extract
    monkeypatch.setattr(_extract.WORDS, "light", _extract.WORDS.light - {"hold"})
    assert not any(e.type == "CONSULT" and e.trigger == "talks"
                   for e in code(text, date="2024-01-01").events)


def test_a_broken_word_file_is_a_clear_data_error(tmp_path, monkeypatch):
    bad = tmp_path / "offramp" / "data" / "lexicon"
    bad.mkdir(parents=True)
    (bad / "words.yaml").write_text("modality:\n  false: [\"x\"]\n", encoding="utf-8")
    monkeypatch.setattr(_words, "files", lambda pkg: tmp_path / "offramp")
    _words._load.cache_clear()
    try:
        with pytest.raises(DataError, match="not a plain name"):
            _words._load()
    finally:
        _words._load.cache_clear()
