import offramp


def test_public_names_are_pinned():
    assert sorted(offramp.__all__) == sorted([
        "code", "code_document", "Document", "Event", "Actor", "Location", "Quote", "Sentence",
        "OfframpError", "InputError", "DataError", "StoreError", "__version__"])


def test_pipeline_stage_order_is_consistent():
    from offramp.pipeline import _stages, check_stages
    assert check_stages(_stages()) == []


def test_python_api_equals_cli_events(code):
    import json, subprocess, sys
    from tests.conftest import ROOT
    text = "Qatar hosted talks between Israel and Hamas on Sunday."
    doc = code(text, date="2023-05-16", doc_id="x")
    r = subprocess.run([sys.executable, "-m", "offramp.cli", "code", "-", "--date", "2023-05-16",
                        "--format", "jsonl"], input=text, capture_output=True, text=True, cwd=ROOT)
    cli = [json.loads(l) for l in r.stdout.splitlines()]
    assert [(e["type"], e["trigger"], e["modality"]) for e in cli] == \
        [(e.type, e.trigger, e.modality) for e in doc.events]
