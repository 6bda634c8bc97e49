"""Periodic inspection from outside (CONTRACT): the installed hmc-desktop in a fresh process
per command, on SQLite and PostgreSQL — the device import's inspection columns, `inspections
due`, `inspection record`, `print inspection-protocol`, `report inspections`, and D2."""

import io
import json

import pytest
from pypdf import PdfReader

DEVICES = (
    "individual_no;article_no;article_name;holder;delivered;status;inspection_interval_months;"
    "last_inspected\n"
    "L-1;121206;Taklyft Liko;Åsa Öberg;2024-01-31;;12;\n"  # never inspected: due 2025-01-31
    "L-2;121206;Taklyft Liko;;2024-05-10;in_stock;;2025-11-30\n"  # due 2026-11-30
    "S-1;121209;Lyftsele Liko;Bo Ek;2025-08-31;;6;\n"  # due 2026-02-28 (month end)
    "S-2;121209;Lyftsele Liko;;2025-08-31;scrapped;;\n"  # scrapped: not listed
    "R-1;120601;Rollator Topro;Bo Ek;2020-01-01;;;\n"  # no interval: not listed
)


@pytest.fixture
def centre(hmc, tmp_path):
    src = tmp_path / "devices.csv"
    src.write_text(DEVICES, encoding="utf-8")
    done = hmc("import", str(src))
    assert (done.code, done.lines()[-1]) == (0, "imported: 5 new, 0 updated, 0 unchanged, 0 rejected")
    return hmc


def test_inspections_due_lists_by_due_day_with_the_notice_day(centre):
    run = centre("inspections", "due", "--until", "2026-12-31", "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out) == [
        {"individual_no": "L-1", "article_no": "121206", "device_status": "in_use",
         "holder_name": "Åsa Öberg", "last_inspected": None, "due": "2025-01-31",
         "notice_by": "2025-01-17"},
        {"individual_no": "S-1", "article_no": "121209", "device_status": "in_use",
         "holder_name": "Bo Ek", "last_inspected": None, "due": "2026-02-28",
         "notice_by": "2026-02-16"},
        {"individual_no": "L-2", "article_no": "121206", "device_status": "in_stock",
         "holder_name": None, "last_inspected": "2025-11-30", "due": "2026-11-30",
         "notice_by": "2026-11-16"},
    ]
    early = centre("inspections", "due", "--until", "2026-11-29", "--json")
    assert [r["individual_no"] for r in json.loads(early.out)] == ["L-1", "S-1"]
    bad = centre("inspections", "due", "--until", "30/11/2026", "--json")
    assert (bad.code, bad.err.strip()) == (
        2, "error: --until must look like 'YYYY-MM-DD', not '30/11/2026'.")


def test_inspection_record_moves_the_due_day_and_not_ok_creates_the_corrective_order(centre):
    ok = centre("inspection", "record", "L-1", "--result", "ok", "--date", "2026-11-20", "--json")
    assert ok.code == 0, ok.err
    assert {k: v for k, v in json.loads(ok.out).items() if k != "inspection"} == {
        "next_due": "2027-11-20", "order_no": None}
    failed = centre("inspection", "record", "S-1", "--result", "not_ok", "--note",
                    "Sömmen vid benbandet har släppt", "--json")
    result = json.loads(failed.out)
    assert result["next_due"] == "2027-05-24" and result["order_no"]
    order = json.loads(centre("order", "show", result["order_no"], "--json").out)
    assert (order["type"], order["status"], order["individual_no"]) == ("2", "registered", "S-1")
    assert "Sömmen vid benbandet har släppt" in order["description"]
    stock = json.loads(centre("inspection", "record", "L-2", "--result", "not_ok", "--json").out)
    assert json.loads(centre("order", "show", stock["order_no"], "--json").out)["type"] == "1"
    due = json.loads(centre("inspections", "due", "--until", "2027-06-30", "--json").out)
    assert [r["individual_no"] for r in due] == ["S-1"]  # 2026-11-24 + 6 months


def test_inspection_record_refusals_are_one_sentence_and_change_nothing(centre):
    cases = [
        (("inspection", "record", "X-9", "--result", "ok", "--json"), {}, "error: no device X-9"),
        (("inspection", "record", "S-2", "--result", "ok", "--json"), {},
         "error: device S-2 is scrapped and is no longer inspected"),
        (("inspection", "record", "R-1", "--result", "ok", "--json"), {},
         "error: device R-1 (120601 Rollator Topro) is not inspected: neither its article nor its "
         "product group has an inspection interval"),
        (("inspection", "record", "L-1", "--result", "ok", "--date", "2026-11-25", "--json"), {},
         "error: the inspection date 2026-11-25 has not come yet"),
    ]
    for args, kw, sentence in cases:
        run = centre(*args, **kw)
        assert (run.code, run.err.strip()) == (1, sentence)
    stranger = centre("inspection", "record", "L-1", "--result", "ok", "--json", login="lager9")
    assert stranger.code == 2  # not staff: the override is refused before anything is read
    assert stranger.err.startswith("error: HMC_USER=lager9 is refused: 'lager9' is not a service")
    bad = centre("inspection", "record", "L-1", "--result", "maybe", "--json")
    assert bad.code == 2
    due = json.loads(centre("inspections", "due", "--until", "2026-12-31", "--json").out)
    assert [r["last_inspected"] for r in due] == [None, None, "2025-11-30"]


def test_print_inspection_protocol_is_the_latest_inspection(centre, tmp_path):
    missing = centre("print", "inspection-protocol", "L-1", "--out", str(tmp_path / "p.pdf"))
    assert (missing.code, missing.err.strip()) == (1, "error: device L-1 has not been inspected")
    assert not (tmp_path / "p.pdf").exists()
    centre("inspection", "record", "L-1", "--result", "not_ok", "--note", "Nödstoppet löser ut",
           "--json")
    run = centre("print", "inspection-protocol", "L-1", "--out", str(tmp_path / "p.pdf"))
    assert run.code == 0, run.err
    text = PdfReader(io.BytesIO((tmp_path / "p.pdf").read_bytes())).pages[0].extract_text()
    for expected in ("BESIKTNINGSPROTOKOLL", "L-1", "Taklyft Liko", "Ej godkänd",
                     "Nödstoppet löser ut", "2027-11-24", "Signatur"):
        assert expected in text, expected


def test_report_inspections_per_product_group_as_csv_and_pdf(centre, tmp_path):
    centre("inspection", "record", "L-2", "--result", "ok", "--date", "2026-11-23", "--json")
    out = tmp_path / "inspections.csv"
    run = centre("report", "inspections", "--from", "2025-01-01", "--to", "2026-12-31",
                 "--out", str(out))
    assert run.code == 0, run.err
    assert out.read_text(encoding="utf-8").splitlines() == [
        "product_group;due;on_time;late;overdue;pending;share_on_time",
        ";3;1;0;2;0;33.3",  # the imported articles have no product group
        "total;3;1;0;2;0;33.3",
    ]
    pdf = tmp_path / "inspections.pdf"
    assert centre("report", "inspections", "--from", "2025-01-01", "--to", "2026-12-31",
                  "--out", str(pdf)).code == 0
    assert "BESIKTNINGSRAPPORT" in PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    wrong = centre("report", "inspections", "--from", "2026-12-31", "--to", "2026-01-01",
                   "--out", str(out))
    assert (wrong.code, wrong.err.strip()) == (2, "error: --to must not be before --from.")


def test_d2_an_import_does_not_hand_out_an_overdue_device(centre, tmp_path):
    src = tmp_path / "handout.csv"
    src.write_text("individual_no;article_no;holder;status\nL-2;121206;Cecilia Ek;in_use\n",
                   encoding="utf-8")
    later = centre("import", str(src), as_of="2026-12-01 10:00")  # L-2 fell due 2026-11-30
    assert later.code == 1
    assert later.lines()[-2].endswith(
        "status: device L-2 is blocked: its periodic inspection was due 2026-11-30, and it "
        "cannot be handed out until it is inspected")
    centre("inspection", "record", "L-2", "--result", "ok", "--json", as_of="2026-12-01 10:00")
    again = centre("import", str(src), as_of="2026-12-01 10:00")
    assert (again.code, again.lines()[-1]) == (0, "imported: 0 new, 1 updated, 0 unchanged, 0 rejected")
