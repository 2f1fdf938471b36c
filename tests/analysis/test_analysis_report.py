"""`offramp report` and the Python report/chart functions."""
from typer.testing import CliRunner

from offramp.analysis import dyad_report, format_report, plot_series
from offramp.cli import app

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_analysis_report_finds_the_late_hostile_turn(syn):
    rep = dyad_report(syn, "USA", "RUS", "2022-01-01", None)
    assert rep["totals"]["n"] == sum(d["n"] for d in rep["series"]["days"])
    # the synthetic corpus turns USA–RUS hostile for its last 30 days
    assert any(d >= "2022-04-15" for d in rep["series"]["alerts"])
    assert rep["most_hostile"][0]["intensity"] <= rep["most_cooperative"][0]["intensity"]
    text = format_report(rep)
    assert text.startswith("USA–RUS  2022-01-01 to ") and "escalation alerts:" in text


def test_analysis_plot_writes_a_png(syn, tmp_path):
    rep = dyad_report(syn, "USA", "RUS", "2022-03-01", "2022-05-31")
    out = plot_series(rep["series"], str(tmp_path / "c.png"))
    data = open(out, "rb").read()
    assert data[:8] == PNG_MAGIC and len(data) > 10_000


def test_analysis_report_cli_prints_and_charts(seed_path, tmp_path):
    png = tmp_path / "seed.png"
    r = CliRunner().invoke(app, ["report", "--db", str(seed_path), "--dyad", "USA", "RUS",
                                 "--from", "2022-01-01", "--to", "2022-01-31", "--png", str(png)])
    assert r.exit_code == 0, r.output
    assert "USA–RUS  2022-01-01 to 2022-01-31" in r.output and "actual events:" in r.output
    assert png.read_bytes()[:8] == PNG_MAGIC


def test_analysis_report_cli_rejects_bad_input(seed_path, tmp_path):
    runner = CliRunner()
    bad = [["--dyad", "USA", "' OR 1=1 --"], ["--dyad", "USA", "RUS", "--from", "2022-02-30"],
           ["--dyad", "USA", "RUS", "--from", "2022-03-01", "--to", "2022-01-01"]]
    for args in bad:
        r = runner.invoke(app, ["report", "--db", str(seed_path), *args])
        assert r.exit_code == 2, (args, r.output)
    r = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb"), "--dyad", "USA", "RUS"])
    assert r.exit_code == 2 and "no database" in r.output
