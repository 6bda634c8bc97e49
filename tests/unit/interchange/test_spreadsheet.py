"""CSV exports: text that would start a spreadsheet formula is written as text (OWASP)."""

from datetime import date
from decimal import Decimal

from hmc_desktop.interchange.spreadsheet import safe_cell, to_csv


def test_formula_text_is_neutralised_and_numbers_are_not():
    assert safe_cell('=HYPERLINK("http://x";"klicka")') == '\'=HYPERLINK("http://x";"klicka")'
    assert [safe_cell(t) for t in ("+46 70", "-rensa", "@SUM(A1)", "\t=1", "＝1")] == \
        ["'+46 70", "'-rensa", "'@SUM(A1)", "'\t=1", "'＝1"]
    assert [safe_cell(v) for v in (-5, Decimal("-12.50"), date(2026, 12, 7), None, "Åsa")] == \
        ["-5", "-12.50", "2026-12-07", "", "Åsa"]


def test_to_csv_writes_the_header_and_every_row_safely():
    text = to_csv(["order_no", "description", "minutes"], [["B-1", "=1+1", 30], ["B-2", "ok", -5]])
    assert text == "order_no;description;minutes\nB-1;'=1+1;30\nB-2;ok;-5\n"
