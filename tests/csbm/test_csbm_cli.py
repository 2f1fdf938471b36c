"""`offramp csbm` in process: json and table output, and a bad format."""
import json

from typer.testing import CliRunner

from offramp.cli import app

TEXT = ("Belarus notified the OSCE on 2 May of drills with 14,500 troops that began on 20 May "
        "near Grodno.")


def test_csbm_cli_json(tmp_path, nlp):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(app, ["csbm", str(p), "--date", "2022-05-25", "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout.splitlines()[0])
    a = doc["activities"][0]
    assert a["host"] == "BLR" and a["numbers"][0]["value"] == 14500
    notice = next(f for f in a["findings"] if f["rule"] == "notice-period")
    assert notice["status"] == "violated"          # 18 days, not 42


def test_csbm_cli_table_and_bad_format(tmp_path, nlp):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(app, ["csbm", str(p), "--date", "2022-05-25"])
    assert r.exit_code == 0 and "notice-period" in r.stdout and "violated" in r.stdout
    r = CliRunner().invoke(app, ["csbm", str(p), "--format", "xml"])
    assert r.exit_code == 2
