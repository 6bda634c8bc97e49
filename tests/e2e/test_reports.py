"""`report leadtimes` (CONTRACT "Lead-time report", C5) as CSV and PDF, in fresh processes."""

import pytest

from tests.e2e.conftest import one_sentence, pdf_pages
from tests.integration.test_leadtime_report import HEADER, ROWS

# C2: registered Saturday 28 Nov, started Thursday 3 Dec: the start deadline was Wednesday
# 2 Dec 16:00 (Mon, Tue, Wed), so it was missed; its finish (Fri 11 Dec) is not due yet.
SATURDAY = "L12;1;2026-11-28 10:00;9112;120601;2026-12-03 09:00;;;"
EXPECTED = """type;orders;start_met;start_missed;finish_met;finish_missed
1;5;1;3;1;2
3;2;0;0;1;0
4;1;0;0;0;0
SDH;1;1;0;0;1
total;9;2;3;2;3
"""
PERIOD = ("--from", "2026-11-23", "--to", "2026-12-09")
AS_OF = "2026-12-10 10:00"


@pytest.fixture
def orders(hmc, tmp_path):
    (tmp_path / "orders.csv").write_text("\n".join([HEADER, *ROWS, SATURDAY]) + "\n",
                                         encoding="utf-8")
    assert hmc("import", "orders.csv", as_of=AS_OF).code == 0
    return hmc


def test_c5_leadtime_csv_counts_every_boundary_and_c2_from_a_saturday(orders, tmp_path):
    done = orders("report", "leadtimes", *PERIOD, "--out", "lt.csv", as_of=AS_OF)
    assert (done.code, done.out, done.err) == (0, "", "")
    assert (tmp_path / "lt.csv").read_text(encoding="utf-8") == EXPECTED


def test_c5_leadtime_pdf_has_the_figures_per_type_and_the_median(orders, tmp_path):
    done = orders("report", "leadtimes", *PERIOD, "--out", "lt.pdf", as_of=AS_OF)
    assert (done.code, done.err) == (0, "")
    text = "\n".join(pdf_pages(tmp_path / "lt.pdf"))
    assert "Ledtider per arbetsordertyp 2026-11-23 – 2026-12-09" in text
    assert "Median" in text and "Alla typer" in text
    for type_name in ("Avhjälpande underhåll – Akut", "Anpassning", "Support digitala hjälpmedel"):
        assert type_name in text


def test_leadtimes_bad_period_or_format_is_exit_2_with_one_sentence(orders):
    backwards = orders("report", "leadtimes", "--from", "2026-12-09", "--to", "2026-11-23",
                       "--out", "x.csv")
    assert backwards.code == 2 and "--to" in one_sentence(backwards.err)
    wrong = orders("report", "leadtimes", *PERIOD, "--out", "x.txt")
    assert wrong.code == 2 and ".csv or .pdf" in one_sentence(wrong.err)
    date = orders("report", "leadtimes", "--from", "23/11", "--to", "2026-12-09", "--out", "x.csv")
    assert date.code == 2 and "YYYY-MM-DD" in one_sentence(date.err)
