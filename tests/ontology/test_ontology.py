"""Tests for offramp.ontology: the PLOVER/CAMEO tables, their loader and lookups."""
from __future__ import annotations

import csv
import re
import shutil
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offramp import ontology
from offramp.errors import DataError
from offramp.ontology import _tables

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference"
DATA = Path(str(files("offramp") / "data" / "ontology"))
DOC = ROOT / "docs" / "coding-rules.md"

MANUAL_ORDER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
         "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4,
         "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
needs_reference = pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference absent")


def _tsv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# --- public surface -------------------------------------------------------------------

def test_ontology_public_names_are_pinned():
    assert set(ontology.__all__) == {
        "PLOVER_TYPES", "SECTORS", "CONTEXTS", "quad_class", "requires_recipient", "modes",
        "is_valid_mode", "cameo_for", "intensity", "goldstein", "plover_from_cameo",
        "describe"}
    for name in ontology.__all__:
        assert getattr(ontology, name) is not None


def test_ontology_types_follow_manual_order():
    assert ontology.PLOVER_TYPES == MANUAL_ORDER


def test_ontology_sectors_and_contexts_come_from_manual():
    assert {"GOV", "MIL", "COP", "REB", "UAF", "CVL", "PRE", "JRN"} <= ontology.SECTORS
    assert len(ontology.SECTORS) == 25
    assert len(ontology.CONTEXTS) == 37
    assert {"military", "diplomatic", "cbrn", "human_security"} <= ontology.CONTEXTS
    # crosswalk spellings that are not manual contexts must have been mapped away
    assert not {"democracy", "humanitarian"} & ontology.CONTEXTS


@pytest.mark.parametrize("plover_type", MANUAL_ORDER)
def test_ontology_every_type_has_quad_class_and_default(plover_type):
    assert ontology.quad_class(plover_type) == QUADS[plover_type]
    code = ontology.cameo_for(plover_type)
    assert code and ontology.goldstein(code) is not None
    assert -10 <= ontology.intensity(plover_type) <= 10
    assert ontology.describe(plover_type).strip()


@pytest.mark.parametrize("plover_type", MANUAL_ORDER)
def test_ontology_every_mode_has_a_default_matching_goldstein(plover_type):
    for mode in ontology.modes(plover_type):
        assert ontology.is_valid_mode(plover_type, mode)
        code = ontology.cameo_for(plover_type, mode)
        assert ontology.intensity(plover_type, mode) == ontology.goldstein(code)


@pytest.mark.parametrize("plover_type,expected", [
    ("AGREE", ()),
    ("CONSULT", ("visit", "third-party", "multilateral", "phone")),
    ("RETREAT", ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    ("SANCTION", ("convict", "expel", "withdraw", "discontinue")),
])
def test_ontology_modes_follow_manual_tables(plover_type, expected):
    assert ontology.modes(plover_type) == expected


def test_ontology_mode_counts():
    assert len(ontology.modes("ASSAULT")) == 15
    assert len(ontology.modes("COERCE")) == 10
    assert ontology.modes("REQUEST") == ontology.modes("REJECT")


def test_ontology_requires_recipient_only_where_manual_says():
    required = {t for t in MANUAL_ORDER if ontology.requires_recipient(t)}
    assert required == {"COOPERATE", "AID", "SANCTION"}


# --- lookups ---------------------------------------------------------------------------

@pytest.mark.parametrize("code,expected", [
    ("190", ("ASSAULT", None, ["military"])),
    ("042", ("CONSULT", "visit", [])),
    ("043", ("CONSULT", "visit", [])),
    ("0841", ("RETREAT", "release", ["legal"])),
    ("173", ("COERCE", "arrest", ["legal"])),
    ("1384", ("THREATEN", "violence", ["military"])),
    ("094", ("ACCUSE", "investigate", ["military", "legal"])),
    ("186", ("ASSAULT", "targeted", [])),
    ("0811", ("CONCEDE", None, ["pro_democracy"])),
    ("19", ("ASSAULT", None, ["military"])),
    (" 145 ", ("PROTEST", "riot", [])),
])
def test_ontology_plover_from_cameo_known_codes(code, expected):
    assert ontology.plover_from_cameo(code) == expected


@pytest.mark.parametrize("code", ["010", "02", "0214", "999", "", "42"])
def test_ontology_plover_from_cameo_unknown_gives_none(code):
    assert ontology.plover_from_cameo(code) is None


@pytest.mark.parametrize("args,expected", [
    (("CONSULT", "visit"), "042"),
    (("CONSULT", "phone"), "041"),
    (("ASSAULT",), "180"),
    (("ASSAULT", None, ["military"]), "190"),
    (("ASSAULT", "firearms"), "193"),
    (("ACCUSE", "allege", ["military", "legal"]), "1124"),
    (("ACCUSE", "allege", ["military"]), "1123"),
    (("REQUEST", "yield", ["economic"]), "1054"),
    (("AID", None, ["human_security"]), "073"),
    # the default wins a tie with a row sharing the same contexts
    (("REJECT", "change", ["political_institutions"]), "123"),
    # a context no row of that type/mode has leaves the default
    (("PROTEST", "demo", ["cbrn"]), "141"),
])
def test_ontology_cameo_for_known_codings(args, expected):
    assert ontology.cameo_for(*args) == expected


@pytest.mark.parametrize("args,expected", [
    (("ASSAULT", None, "190"), -10.0),
    (("CONSULT", "visit"), 1.9),
    (("CONSULT", None, "042"), 1.9),
    (("PROTEST", "riot"), -7.5),
    (("REQUEST", None, "1053"), -5.0),   # a documented gap: parent 105
    (("CONSULT", None, "999"), 1.0),     # unknown code: the type default
    (("SUPPORT", ""), 3.5),
])
def test_ontology_intensity(args, expected):
    assert ontology.intensity(*args) == expected


@pytest.mark.parametrize("call", [
    lambda: ontology.quad_class("FIGHT"),
    lambda: ontology.modes("assault"),
    lambda: ontology.describe("CRIME"),
    lambda: ontology.cameo_for("AGREE", "visit"),
    lambda: ontology.cameo_for("ASSAULT", None, ["democracy"]),
    lambda: ontology.intensity("PROTEST", "march"),
])
def test_ontology_bad_type_mode_or_context_raises_value_error(call):
    with pytest.raises(ValueError, match="unknown|not a mode"):
        call()


def test_ontology_is_valid_mode_never_raises():
    assert ontology.is_valid_mode("ASSAULT", None)
    assert ontology.is_valid_mode("AGREE", "")
    assert not ontology.is_valid_mode("AGREE", "visit")
    assert not ontology.is_valid_mode("FIGHT", "firearms")


_types = st.sampled_from(MANUAL_ORDER)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_ontology_cameo_for_stays_inside_type_and_mode(data):
    plover_type = data.draw(_types)
    mode = data.draw(st.sampled_from((None,) + ontology.modes(plover_type)))
    context = data.draw(st.lists(st.sampled_from(sorted(ontology.CONTEXTS)), max_size=3))
    code = ontology.cameo_for(plover_type, mode, context)
    default = ontology.cameo_for(plover_type, mode)
    if code != default:
        found_type, found_mode, found_context = ontology.plover_from_cameo(code)
        assert (found_type, found_mode) == (plover_type, mode)
        assert set(found_context) & set(context)
    assert -10 <= ontology.intensity(plover_type, mode, code) <= 10


# --- the tables against the references ------------------------------------------------

def _parse_reference_crosswalk() -> dict[str, tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for line in (REFERENCE / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*(\d{2,4}):([^#]*,[^#]*)", line)
        if not match:
            continue
        kind, mode, ctx = (part.strip() for part in match.group(2).split(","))
        contexts = ";".join(c.strip() for c in ctx.split(";") if c.strip())
        rows.setdefault(match.group(1), (kind, mode, contexts))
    return rows


@needs_reference
def test_ontology_every_crosswalk_row_is_parsed():
    reference = _parse_reference_crosswalk()
    ours = {r["cameo"]: (r["type"], r["mode_raw"], r["context_raw"])
            for r in _tsv("cameo2plover.tsv")}
    assert len(reference) == 256
    assert ours == reference


def test_ontology_every_crosswalk_row_loads_with_manual_values():
    rows = _tsv("cameo2plover.tsv")
    for row in rows:
        found = ontology.plover_from_cameo(row["cameo"])
        assert found is not None, row["cameo"]
        assert ontology.is_valid_mode(found[0], found[1]), row
        assert set(found[2]) <= ontology.CONTEXTS
        # a changed mode or context must say why
        if (row["mode"], row["context"]) != (row["mode_raw"], row["context_raw"]):
            assert row["note"], row["cameo"]


@needs_reference
def test_ontology_crosswalk_labels_come_from_cameo_codes():
    labels: dict[str, str] = {}
    for line in (REFERENCE / "cameo-codes.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"LABEL:\s*(\d+)=\s*(.*?)\s*$", line)
        if match:
            labels.setdefault(match.group(1), match.group(2))
    for row in _tsv("cameo2plover.tsv"):
        assert row["cameo_label"] == labels[row["cameo"]]


@needs_reference
def test_ontology_goldstein_table_is_the_reference():
    with open(REFERENCE / "goldstein-cameo.tsv", encoding="utf-8", newline="") as fh:
        reference = {r["cameo"]: float(r["goldstein"]) for r in csv.DictReader(fh, delimiter="\t")}
    ours = {r["cameo"]: float(r["goldstein"]) for r in _tsv("goldstein.tsv")}
    assert ours == reference


def test_ontology_every_crosswalk_code_has_goldstein_or_documented_gap():
    direct = {r["cameo"] for r in _tsv("goldstein.tsv")}
    gaps = {r["cameo"]: r["fallback"] for r in _tsv("goldstein_gaps.tsv")}
    codes = {r["cameo"] for r in _tsv("cameo2plover.tsv")}
    assert codes - direct == set(gaps)
    for code, parent in gaps.items():
        assert ontology.goldstein(code) == ontology.goldstein(parent)


def test_ontology_defaults_cover_every_type_and_mode():
    keys = {(r["type"], r["mode"]) for r in _tsv("type_mode_defaults.tsv")}
    wanted = {(t, "") for t in MANUAL_ORDER}
    wanted |= {(t, m) for t in MANUAL_ORDER for m in ontology.modes(t)}
    assert keys == wanted


def test_ontology_defaults_outside_their_type_mode_carry_a_note():
    for row in _tsv("type_mode_defaults.tsv"):
        found = ontology.plover_from_cameo(row["cameo"])
        if (found[0], found[1] or "") != (row["type"], row["mode"]):
            assert row["note"], (row["type"], row["mode"])


# --- the loader rejects broken files ----------------------------------------------------

def _broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    root = tmp_path / "ontology"
    shutil.copytree(DATA, root)
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("name,old,new", [
    ("plover_types.tsv", "type\tquad_class", "kind\tquad_class"),
    ("plover_types.tsv", "ASSAULT\t4", "ASSAULT\t7"),
    ("cameo2plover.tsv", "190\tASSAULT\t\tmilitary", "190\tASSAULT\tbombs\tmilitary"),
    ("cameo2plover.tsv", "190\tASSAULT\t\tmilitary", "190\tASSAULT\t\tmartial"),
    ("type_mode_defaults.tsv", "ASSAULT\tfirearms\t193\t-10.0", "ASSAULT\tfirearms\t193\t-3.0"),
    ("goldstein.tsv", "190\t-10.0", "190\tsevere"),
    ("plover_modes.tsv", "ASSAULT\tdrone\t", "ASSAULT drone\t"),
])
def test_ontology_loader_rejects_broken_tables(tmp_path, name, old, new):
    root = _broken_copy(tmp_path, name, old, new)
    with pytest.raises(DataError, match=re.escape(name)):
        _tables.load(root)


def test_ontology_loader_reports_missing_table(tmp_path):
    root = tmp_path / "ontology"
    shutil.copytree(DATA, root)
    (root / "goldstein.tsv").unlink()
    with pytest.raises(DataError, match="missing"):
        _tables.load(root)


def test_ontology_bundled_tables_load_and_are_cached():
    assert _tables.tables() is _tables.tables()
    assert _tables.load(DATA).types == MANUAL_ORDER


# --- the codebook -------------------------------------------------------------------------

def test_ontology_codebook_covers_every_type():
    text = DOC.read_text(encoding="utf-8")
    for plover_type in MANUAL_ORDER:
        assert re.search(rf"^### 3\.\d+ {plover_type} ", text, re.M), plover_type


def test_ontology_codebook_has_required_sections():
    text = DOC.read_text(encoding="utf-8")
    for heading in ("Modality", "Actors", "Attribution", "Dates and places", "Provenance"):
        assert re.search(rf"^## \d+\. {heading}", text, re.M), heading
    assert "never an actual attack" in text
    assert 400 <= len(text.splitlines()) <= 900  # a codebook a coder reads through, not a treatise


def test_ontology_codebook_modes_are_real_modes():
    text = DOC.read_text(encoding="utf-8")
    for plover_type, mode in re.findall(r"\b([A-Z]{3,9})/([a-z][a-z-]+)", text):
        if plover_type in MANUAL_ORDER:
            assert ontology.is_valid_mode(plover_type, mode), f"{plover_type}/{mode}"
