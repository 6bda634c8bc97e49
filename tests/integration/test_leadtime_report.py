"""C5: the lead-time CSV counts at every boundary exactly as CONTRACT.md says, on both databases."""

from hmc_desktop.cli import main

HEADER = "order_no;type;registered;individual_no;article_no;started;completed;cancelled;cancel_reason"
ROWS = [
    "L1;1;2026-11-23 09:00;9101;120601;2026-11-26 16:00;2026-12-07 16:00;;",  # exactly on both
    "L2;1;2026-11-23 09:00;9102;120601;2026-11-26 16:01;;;",  # a minute late; finish passed
    "L3;1;2026-12-09 23:59;9103;120601;;;;",  # last minute of the period, still within both
    "L4;4;2026-11-24 10:00;9104;120601;;;;",  # no deadlines: counted, in neither
    "L5;1;2026-11-24 10:00;9105;120601;;;2026-11-25 10:00;Fel arbetsordertyp",  # cancelled: out
    "L6;1;2026-11-22 12:00;9106;120601;;;;",  # before the period
    "L7;1;2026-12-10 00:00;9107;120601;;;;",  # after the period
    "L8;1;2026-11-23 09:00;9108;120601;;;;",  # never started, both passed
    "L9;3;2026-12-09 14:00;9109;122301;;;;",  # acute, due 12-10 14:00: still within
    "L10;3;2026-12-08 10:00;9110;122301;2026-12-08 10:30;2026-12-09 10:00;;",  # exactly 8 h
    "L11;SDH;2026-11-23 09:00;9111;222101;2026-11-24 09:00;2026-12-08 09:00;;",  # finished late
]
EXPECTED = """type;orders;start_met;start_missed;finish_met;finish_missed
1;4;1;2;1;2
3;2;0;0;1;0
4;1;0;0;0;0
SDH;1;1;0;0;1
total;8;2;2;2;3
"""


def test_c5_leadtime_csv_counts_every_boundary(db_url, tmp_path, capsys):
    f = tmp_path / "orders.csv"
    f.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    base = ["--db", db_url, "--as-of", "2026-12-10 10:00"]
    assert main([*base, "import", str(f)]) == 0
    out = tmp_path / "lt.csv"
    assert main([*base, "report", "leadtimes", "--from", "2026-11-23", "--to", "2026-12-09",
                 "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == EXPECTED
    capsys.readouterr()


def test_leadtime_report_with_no_orders_has_only_total(db_url, tmp_path, capsys):
    out = tmp_path / "empty.csv"
    assert main(["--db", db_url, "report", "leadtimes", "--from", "2020-01-01", "--to",
                 "2020-01-31", "--out", str(out)]) == 0
    assert out.read_text().splitlines() == [
        "type;orders;start_met;start_missed;finish_met;finish_missed", "total;0;0;0;0;0"]
    assert main(["--db", db_url, "report", "leadtimes", "--from", "2020-02-01", "--to",
                 "2020-01-31", "--out", str(out)]) == 2
    assert main(["--db", db_url, "report", "leadtimes", "--from", "2020-01-01", "--to",
                 "2020-01-31", "--out", str(tmp_path / "x.txt")]) == 2
    capsys.readouterr()
