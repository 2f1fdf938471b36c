"""Offices that speak for one body whatever the story: the pope is the Holy See's, the
IAEA's chief is the IAEA's (IGO, not the UN). Sentences written for these tests."""
import pytest

from tests.conftest import found, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The pope urged Nicaragua to free the jailed bishop.", "REQUEST", "VAT", "NIC"),
    ("The pontiff condemned the shelling of Kherson by Russia.", "ACCUSE", "VAT", "RUS"),
    ("Grossi urged Iran to reinstall the surveillance cameras.", "REQUEST", "IGO", "IRN"),
])
def test_an_office_speaks_for_its_body(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert found(doc, typ, src, tgt), triples(doc)
