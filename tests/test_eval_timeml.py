"""The TimeML scorer: reading .tml files, overlap matching, value equivalence, the dateparser baseline."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from rasd.evaluate.timeml import evaluate_timeml, read_tml, render_timeml_report, same_value

# Invented news text, annotated by hand for the test.
TML = """<?xml version="1.0"?>
<!DOCTYPE TimeML SYSTEM "TimeML.dtd">
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-04-10" functionInDocument="CREATION_TIME">2019-04-10</TIMEX3></DCT>
أعلنت الشرطة <TIMEX3 tid="t1" type="DATE" value="2019-04-09">أمس</TIMEX3> اعتقال ثلاثة مشتبهين، بعد هجوم وقع \
<TIMEX3 tid="t2" type="DATE" value="2019-04-07">الأحد</TIMEX3> &amp; أسفر عن مقتل شخصين.
وكانت المجموعة قد تأسست <TIMEX3 tid="t3" type="DATE" value="1996">عام 1996</TIMEX3> ونشطت \
<TIMEX3 tid="t4" type="DURATION" value="P20Y">عشرين عاما</TIMEX3> قبل أن تختفي في \
<TIMEX3 tid="t5" type="DATE" value="198">الثمانينيات</TIMEX3> المزعومة.
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_read_tml_strips_tags_and_keeps_offsets(tml: Path) -> None:
    doc = read_tml(str(tml))
    assert doc.dct == "2019-04-10"
    assert [t.text for t in doc.timexes] == ["أمس", "الأحد", "عام 1996", "عشرين عاما", "الثمانينيات"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "&amp;" not in doc.text and "&" in doc.text


def test_same_value() -> None:
    assert same_value("198", "198X")
    assert same_value("2015-12-23TNI", "2015-12-23")
    assert same_value("19", "19")
    assert not same_value("2015-12-23", "2015-12-22")


def test_evaluate_rasd_on_a_file(tml: Path) -> None:
    report = evaluate_timeml([str(tml)], dct=None)
    assert report["gold"] == 5
    assert report["r"] == 1.0 and report["p"] == 1.0 and report["f1"] == 1.0
    assert report["value_accuracy"] == 1.0  # the file's own DCT is used, --dct is only a fallback
    assert report["value_errors"] == 0
    assert set(report["by_type"]) == {"DATE", "DURATION"}


def test_baseline_side_by_side(tml: Path) -> None:
    pytest.importorskip("dateparser")
    report = evaluate_timeml([str(tml)], dct="2019-04-10", baseline="dateparser")
    base = report["baseline"]
    assert base["name"] == "dateparser"
    assert {"p", "r", "f1", "value_accuracy", "value_errors", "by_type"} <= set(base)
    assert base["value_errors"] >= report["value_errors"]


def test_render(tml: Path) -> None:
    from rich.console import Console

    console = Console(record=True, width=120)
    render_timeml_report(console, evaluate_timeml([str(tml)], dct=None))
    assert "rasd" in console.export_text()


def test_unknown_baseline(tml: Path) -> None:
    with pytest.raises(ValueError):
        evaluate_timeml([str(tml)], baseline="nothing")


def _corrections(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "corrections.tsv"
    path.write_text("# file, text, gold, corrected, why\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_corrections_rescore_against_the_corrected_gold(tml: Path, tmp_path: Path) -> None:
    # Pretend the annotator wrote a wrong value for «الأحد» and an undecidable one for «عام 1996».
    bad = tml.read_text(encoding="utf-8").replace('value="2019-04-07"', 'value="2019-04-14"')
    tml.write_text(bad, encoding="utf-8")
    plain = evaluate_timeml([str(tml)])
    assert plain["wrong_values"] == 1 and plain["value_accuracy"] == 0.8
    rows = ["doc.tml\tالأحد\t2019-04-14\t2019-04-07\tSunday before the creation date",
            "doc.tml\tعام 1996\t1996\t-\tleft out"]
    fixed = evaluate_timeml([str(tml)], corrections=_corrections(tmp_path, rows))
    assert fixed["wrong_values"] == 0 and fixed["value_accuracy"] == 1.0
    assert fixed["r"] == plain["r"]  # spans are scored as before
    assert fixed["by_type"]["DATE"]["matched"] == 4 and fixed["by_type"]["DATE"]["valued"] == 3  # not «عام 1996»
    assert fixed["raw"]["value_accuracy"] == 0.8 and fixed["corrections"]["rows"] == 2


def test_a_correction_matching_nothing_is_an_error(tml: Path, tmp_path: Path) -> None:
    stale = _corrections(tmp_path, ["doc.tml\tغدا\t2019-04-11\t2019-04-12\tno such expression"])
    with pytest.raises(ValueError, match="match no gold expression"):
        evaluate_timeml([str(tml)], corrections=stale)
    short = _corrections(tmp_path, ["doc.tml\tالأحد\t2019-04-07"])
    with pytest.raises(ValueError, match="5 tab-separated columns"):
        evaluate_timeml([str(tml)], corrections=short)


@pytest.mark.shared
def test_shared_timeml_targets(shared: Path) -> None:
    paths = sorted(glob.glob(str(shared / "data/time/timeml/*.tml")))
    if not paths:
        pytest.skip("no TimeML files under shared/data/time/timeml")
    report = evaluate_timeml(paths, dct="2015-12-24")
    assert report["f1"] >= 0.85
    assert report["value_accuracy"] >= 0.85
    # Every shipped correction still names one gold expression of these files.
    shipped = Path(__file__).parents[1] / "src/rasd/data/timeml_corrections.tsv"
    corrected = evaluate_timeml(paths, dct="2015-12-24", corrections=shipped)
    assert corrected["value_accuracy"] >= report["value_accuracy"]
    assert corrected["raw"]["value_accuracy"] == report["value_accuracy"]


def test_cli_scores_a_folder_and_names_a_missing_path(tml: Path) -> None:
    import json

    from typer.testing import CliRunner

    from rasd.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["eval", "timeml", str(tml.parent), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["files"] == 1
    missing = tml.parent / "nothing-here"
    res = runner.invoke(app, ["eval", "timeml", str(missing)])
    assert res.exit_code == 2
    assert "no such file or folder" in res.output
