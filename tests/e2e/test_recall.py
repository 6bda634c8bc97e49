"""Every recall command of CONTRACT.md in a fresh process, on SQLite and PostgreSQL (R1–R5)."""

import csv
import io
import json
import shutil
import subprocess

import pytest
from pypdf import PdfReader

DEVICES = """individual_no;article_no;article_name;holder;status;delivered
RC-1;120601;Rollator Topro Olympos;Bo Berg;in_use;2020-05-01
RC-2;120601;Rollator Topro Olympos;Cecilia Ek;in_use;2021-06-01
RC-3;120601;Rollator Topro Olympos;;in_stock;2020-07-01
RC-4;120601;Rollator Topro Olympos;;scrapped;2017-01-01
RC-5;120601;Rollator Topro Olympos;Dan Ny;in_use;2025-02-01
OT-1;093304;Duschpall Etac Swift;Bo Berg;in_use;2020-05-01
"""


@pytest.fixture
def centre(hmc, tmp_path):
    src = tmp_path / "devices.csv"
    src.write_text(DEVICES, encoding="utf-8")
    done = hmc("import", str(src))
    assert done.code == 0, done.err
    return hmc


def _show(hmc, campaign):
    run = hmc("recall", "show", campaign, "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_r1_r2_r3_create_and_show(centre, tmp_path):
    created = centre("recall", "create", "--article", "120601", "--title", "Bromsvajern kan lossna",
                     "--delivered-from", "2020-01-01", "--delivered-to", "2021-12-31")
    assert created.code == 0, created.err
    campaign = created.out.strip()
    assert campaign.isdigit()
    shown = _show(centre, campaign)
    assert {k: shown[k] for k in ("id", "title", "article_no", "affected", "done", "remaining")} \
        == {"id": int(campaign), "title": "Bromsvajern kan lossna", "article_no": "120601",
            "affected": 3, "done": 0, "remaining": 3}
    assert shown["by_status"] == {"in_use": 2, "in_stock": 1}
    assert shown["devices"] == [
        {"individual_no": "RC-1", "status": "in_use", "blocked": False, "holder_name": "Bo Berg",
         "order_no": None, "done": False},
        {"individual_no": "RC-2", "status": "in_use", "blocked": False,
         "holder_name": "Cecilia Ek", "order_no": None, "done": False},
        {"individual_no": "RC-3", "status": "in_stock", "blocked": True, "holder_name": None,
         "order_no": None, "done": False}]


def test_r1_a_list_file_and_the_refusals(centre, tmp_path):
    listed = tmp_path / "list.txt"
    listed.write_text("RC-4\n\nRC-5\n", encoding="utf-8")
    created = centre("recall", "create", "--article", "120601", "--title", "Hjul",
                     "--individuals", str(listed))
    assert created.code == 0, created.err
    shown = _show(centre, created.out.strip())
    assert [d["individual_no"] for d in shown["devices"]] == ["RC-4", "RC-5"]
    assert (shown["affected"], shown["done"], shown["by_status"]) == (2, 1, {"in_use": 1})

    listed.write_text("RC-1\nOT-1\n", encoding="utf-8")
    refused = centre("recall", "create", "--article", "120601", "--title", "Hjul",
                     "--individuals", str(listed))
    assert (refused.code, refused.out) == (1, "")
    assert refused.err.strip() == ("error: 1 of the listed individual numbers are not devices of "
                                   "article 120601: OT-1; nothing was opened")
    unknown = centre("recall", "create", "--article", "NOPE", "--title", "Hjul")
    assert unknown.code == 1 and unknown.err.count("\n") == 1 and "NOPE" in unknown.err
    bad = centre("recall", "create", "--article", "120601", "--title", "Hjul",
                 "--delivered-from", "2020-13-01")
    assert bad.code == 2 and "--delivered-from must look like 'YYYY-MM-DD'" in bad.err
    missing = centre("recall", "create", "--article", "120601", "--title", "Hjul",
                     "--individuals", str(tmp_path / "none.txt"))
    assert missing.code == 2 and "cannot read" in missing.err
    assert centre("recall", "show", "99", "--json").err.strip() == "error: no recall campaign 99"


def test_r4_orders_once_per_unit_and_only_for_an_administrator(centre):
    campaign = centre("recall", "create", "--article", "120601", "--title", "Broms").out.strip()
    refused = centre("recall", "orders", campaign, "--action", "repair", login="okand")
    assert refused.code == 2 and "'okand' is not a service account" in refused.err
    first = centre("recall", "orders", campaign, "--action", "repair")
    assert (first.code, first.out.strip()) == (0, "3 orders created"), first.err
    again = centre("recall", "orders", campaign, "--action", "exchange")
    assert (again.code, again.out.strip()) == (0, "0 orders created")
    devices = {d["individual_no"]: d for d in _show(centre, campaign)["devices"]}
    order_no = devices["RC-1"]["order_no"]
    assert order_no == f"RC{campaign}-00001" and devices["RC-3"]["order_no"] is None
    order = json.loads(centre("order", "show", order_no, "--json").out)
    assert (order["type"], order["status"], order["individual_no"]) == ("2", "registered", "RC-1")
    assert order["start_by"] == "2026-11-27T16:00"  # C2: registered Tue 24 Nov, 3 working days


def test_r4_exchange_orders_the_pickups(centre):
    campaign = centre("recall", "create", "--article", "120601", "--title", "Ram spricker",
                      "--action", "exchange").out.strip()
    run = centre("recall", "orders", campaign)
    assert (run.code, run.out.strip()) == (0, "3 orders created"), run.err
    shown = _show(centre, campaign)
    assert shown["by_status"] == {"pickup_ordered": 3, "in_stock": 1}


def test_r5_export_and_letters(centre, tmp_path):
    campaign = centre("recall", "create", "--article", "120601",
                      "--title", "=cmd|' /C calc'!A0", "--reference", "@FSN").out.strip()
    out = tmp_path / "list.csv"
    run = centre("recall", "export", campaign, "--out", str(out))
    assert (run.code, run.out) == (0, ""), run.err
    header, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")),
                                    delimiter=";"))
    assert header[0] == "campaign" and len(rows) == 5
    assert {(r[1], r[2]) for r in rows} == {("'=cmd|' /C calc'!A0", "'@FSN")}

    pdf = tmp_path / "letters.pdf"
    run = centre("print", "recall-letters", campaign, "--out", str(pdf))
    assert (run.code, run.out) == (0, ""), run.err
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert len(pages) == 3  # Bo Berg, Cecilia Ek, Dan Ny: a page each
    assert any("Bo Berg" in p and "RC-1" in p and "OT-1" not in p for p in pages)
    if shutil.which("pdftoppm") and shutil.which("zbarimg"):
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf),
                        str(tmp_path / "p")], check=True)
        scanned = subprocess.run(["zbarimg", "-q", str(next(tmp_path.glob("p*.png")))],
                                 capture_output=True, text=True)
        assert scanned.stdout.startswith("CODE-128:RC-")
    empty = centre("recall", "create", "--article", "120601", "--title", "Lager",
                   "--individuals", str(_file(tmp_path, "RC-3\n"))).out.strip()
    none = centre("print", "recall-letters", empty, "--out", str(tmp_path / "none.pdf"))
    assert none.code == 1 and "there is no letter to print" in none.err
    assert not (tmp_path / "none.pdf").exists()


def _file(tmp_path, text):
    path = tmp_path / "one.txt"
    path.write_text(text, encoding="utf-8")
    return path
