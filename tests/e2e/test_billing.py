"""`report billing --month YYYY-MM [--payer NO] --out F.csv` (CONTRACT): the billing basis as
the window exports it, from the installed command; no cell starts a spreadsheet formula
(OWASP CSV injection: free text beginning with '=', '+', '-', '@' was written as-is)."""

import csv
import io
import json

import pytest

ORDERS = [
    # an acute order (invoiced working time) whose orderer's data are formulas
    {"order_no": "F-1", "type": "3", "registered": "2026-11-10 10:00",
     "individual_no": "=1+1", "article_no": "A-1", "orderer_name": '=HYPERLINK("http://x")',
     "orderer_unit": "+46 31 123 45", "payer_no": "@SUM(A1)", "started": "2026-11-10 10:30",
     "completed": "2026-11-10 11:00"},
    {"order_no": "-F-2", "type": "1", "registered": "2026-11-11 09:00", "individual_no": "D-2",
     "article_no": "A-1", "orderer_name": "Eva Ek", "orderer_unit": "Rehab Borås",
     "payer_no": "111", "started": "2026-11-11 10:00", "completed": "2026-11-30 23:30"},
    # completed on 1 December in Stockholm (30 November in UTC): the next month's
    {"order_no": "F-3", "type": "1", "registered": "2026-11-12 09:00", "individual_no": "D-3",
     "article_no": "A-1", "orderer_name": "Eva Ek", "orderer_unit": "Rehab Borås",
     "payer_no": "111", "started": "2026-11-12 10:00", "completed": "2026-12-01 00:30"},
]


@pytest.fixture
def billed(hmc, tmp_path):
    src = tmp_path / "orders.json"
    src.write_text(json.dumps(ORDERS, ensure_ascii=False), encoding="utf-8")
    imported = hmc("import", str(src), as_of="2026-12-02 10:00")
    assert imported.lines()[-1] == "imported: 3 new, 0 updated, 0 unchanged, 0 rejected"
    return hmc


def _rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8")), delimiter=";"))


def test_the_month_is_exported_with_no_cell_a_formula(billed, tmp_path):
    out = tmp_path / "underlag.csv"
    run = billed("report", "billing", "--month", "2026-11", "--out", str(out))
    assert (run.code, run.out, run.err) == (0, "", "")
    rows = _rows(out)
    assert rows[0][:4] == ["betalarnummer", "arbetsorder", "typ", "typnamn"]
    by_order = {r[1]: r for r in rows[1:]}
    assert sorted(by_order) == ["'-F-2", "F-1"]  # F-3 belongs to December
    acute = by_order["F-1"]
    assert acute[0] == "'@SUM(A1)" and acute[5:7] == ["invoiced", "ja"]
    assert acute[11] == "'=1+1"
    assert acute[13:15] == ["'=HYPERLINK(\"http://x\")", "'+46 31 123 45"]
    for row in rows[1:]:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", (row, cell)


def test_one_payer_only(billed, tmp_path):
    out = tmp_path / "111.csv"
    assert billed("report", "billing", "--month", "2026-11", "--payer", "111",
                  "--out", str(out)).code == 0
    assert [r[1] for r in _rows(out)[1:]] == ["'-F-2"]
    december = tmp_path / "dec.csv"
    assert billed("report", "billing", "--month", "2026-12", "--payer", "111",
                  "--out", str(december)).code == 0
    assert [r[1] for r in _rows(december)[1:]] == ["F-3"]


def test_a_month_without_orders_is_the_header_alone(billed, tmp_path):
    out = tmp_path / "tom.csv"
    assert billed("report", "billing", "--month", "2026-10", "--out", str(out)).code == 0
    assert len(_rows(out)) == 1


@pytest.mark.parametrize(("args", "message"), [
    (("--month", "2026-13"), "error: --month: 2026-13 is not a month."),
    (("--month", "november"), "error: --month must look like 'YYYY-MM', not 'november'."),
    (("--month", "9999-12"), "error: --month: 9999-12 is not a month."),
])
def test_a_month_that_is_none_is_a_usage_error(billed, tmp_path, args, message):
    run = billed("report", "billing", *args, "--out", str(tmp_path / "x.csv"))
    assert (run.code, run.err.strip()) == (2, message)
    assert not (tmp_path / "x.csv").exists()


def test_the_file_must_be_a_csv(billed, tmp_path):
    run = billed("report", "billing", "--month", "2026-11", "--out", str(tmp_path / "x.pdf"))
    assert (run.code, run.err.strip()) == (2, "error: --out must end in .csv, not 'x.pdf'.")
