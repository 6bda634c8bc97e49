"""`import FILE…` in fresh processes: every import rule of CONTRACT.md, on SQLite and PostgreSQL.

New, updated, unchanged; a type change refused (W2); rejected rows as FILE:LINE lines with
exit 1; Windows-1252, UTF-8 with BOM, `,` and `;`; JSON whose absent keys leave stored
values; both import paths (a small file: the ORM path; 200+ new orders: the bulk path)
counting C2 deadlines the same; and a second import into a database full of demo data.
"""

import json

from tests.e2e.conftest import one_sentence

HEADER = ("order_no;type;registered;individual_no;article_no;article_name;user_name;"
          "user_address;orderer_name;description")
ROWS = [
    "B-1001;1;2026-11-23 09:00;IND-900001;120601;Rollator Topro Olympos;Åsa Öberg;"
    "Storgatan 1, 411 01 Göteborg;Eva Ek;Bromsen tar dåligt",
    "B-1002;SDH;2026-11-23 10:30;IND-900002;222101;Talapparat Tobii Dynavox I-13;Nils Berg;"
    "Ekvägen 2, 431 30 Mölndal;Per Holm;Startar inte",
]


def write(path, lines, encoding="utf-8", newline="\n"):
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode())
    return path.name


def show(hmc, order_no, **kw):
    shown = hmc("order", "show", order_no, "--json", **kw)
    assert shown.code == 0, shown.err
    return json.loads(shown.out)


def test_new_then_unchanged_then_updated_by_csv_and_json(hmc, tmp_path):
    name = write(tmp_path / "orders.csv", [HEADER, *ROWS])
    first = hmc("import", name)
    assert (first.code, first.lines()) == (0, ["imported: 2 new, 0 updated, 0 unchanged, 0 rejected"])
    again = hmc("import", name)  # idempotent
    assert (again.code, again.lines()) == (0, ["imported: 0 new, 0 updated, 2 unchanged, 0 rejected"])

    (tmp_path / "update.json").write_text(json.dumps([
        {"order_no": "B-1001", "type": "1", "registered": "2026-11-23 09:00",
         "individual_no": "IND-900001", "description": "Bromsen tar dåligt, även vänster"},
    ], ensure_ascii=False), encoding="utf-8")
    updated = hmc("import", "update.json")
    assert (updated.code, updated.lines()) == (0, ["imported: 0 new, 1 updated, 0 unchanged, 0 rejected"])
    order = show(hmc, "B-1001")
    assert order["description"] == "Bromsen tar dåligt, även vänster"
    assert order["orderer_name"] == "Eva Ek"  # no orderer key in the JSON: kept
    assert hmc("import", "update.json").lines() == [
        "imported: 0 new, 0 updated, 1 unchanged, 0 rejected"]


def test_a_key_absent_from_json_or_a_column_absent_from_csv_leaves_the_stored_value(hmc, tmp_path):
    hmc("import", write(tmp_path / "orders.csv", [HEADER, *ROWS]))
    (tmp_path / "flag.json").write_text(json.dumps([
        {"order_no": "B-1002", "type": "SDH", "registered": "2026-11-23 10:30", "medical_risk": True},
    ]), encoding="utf-8")
    assert hmc("import", "flag.json").lines() == ["imported: 0 new, 1 updated, 0 unchanged, 0 rejected"]
    order = show(hmc, "B-1002")
    assert order["medical_risk"] is True
    assert (order["description"], order["individual_no"], order["orderer_name"]) == (
        "Startar inte", "IND-900002", "Per Holm")
    short = write(tmp_path / "short.csv", ["order_no;type;registered;description",
                                           "B-1002;SDH;2026-11-23 10:30;Laddar inte heller"])
    assert hmc("import", short).lines() == ["imported: 0 new, 1 updated, 0 unchanged, 0 rejected"]
    order = show(hmc, "B-1002")
    assert (order["description"], order["individual_no"], order["medical_risk"]) == (
        "Laddar inte heller", "IND-900002", True)


def test_w2_a_type_change_is_a_rejected_row_and_changes_nothing(hmc, tmp_path):
    hmc("import", write(tmp_path / "orders.csv", [HEADER, *ROWS]))
    (tmp_path / "retype.json").write_text(json.dumps([
        {"order_no": "B-1001", "type": "2", "registered": "2026-11-23 09:00", "description": "x"},
    ]), encoding="utf-8")
    done = hmc("import", "retype.json")
    assert done.code == 1
    assert done.lines() == [
        "retype.json:1: type: the type of an order cannot be changed; cancel it and register a new order",
        "imported: 0 new, 0 updated, 0 unchanged, 1 rejected"]
    order = show(hmc, "B-1001")
    assert (order["type"], order["description"]) == ("1", "Bromsen tar dåligt")


def test_rejected_rows_are_file_line_field_reason_and_exit_1_the_rest_is_imported(hmc, tmp_path):
    name = write(tmp_path / "mixed.csv", [
        HEADER, ROWS[0],
        "B-1003;11;2026-11-23 09:00;IND-900003;120601;;;;;Typ 11 finns inte",
        "B-1004;1;2026-11-23 09:00;IND-UNKNOWN;;;;;;Okänt hjälpmedel",
        "B-1005;1;2026-11-31 09:00;IND-900005;120601;;;;;Fel datum",
    ])
    done = hmc("import", name)
    assert done.code == 1
    *rejected, summary = done.lines()
    assert summary == "imported: 1 new, 0 updated, 0 unchanged, 3 rejected"
    assert [line.split(": ")[0:2] for line in rejected] == [
        ["mixed.csv:3", "type"], ["mixed.csv:4", "individual_no"], ["mixed.csv:5", "registered"]]
    assert "unknown device IND-UNKNOWN, and no article_no to register it" in rejected[1]
    assert done.err == ""
    assert show(hmc, "B-1001")["status"] == "registered"
    assert hmc("order", "show", "B-1003", "--json").code == 1  # rejected: never stored


def test_a_swedish_excel_export_windows_1252_with_semicolons(hmc, tmp_path):
    row = ("B-1201;2;2026-11-23 09:00;IND-901201;181201;Vårdsäng Invacare;Gösta Åkesson;"
           "Ängsvägen 3, 441 30 Alingsås;Märta Öst;Sängen går inte att höja – brådskande")
    name = write(tmp_path / "excel.csv", [HEADER, row], encoding="cp1252", newline="\r\n")
    assert (tmp_path / "excel.csv").read_bytes().count(b"\xe5") > 0  # å as one Windows-1252 byte
    done = hmc("import", name)
    assert (done.code, done.lines()) == (0, ["imported: 1 new, 0 updated, 0 unchanged, 0 rejected"])
    order = show(hmc, "B-1201")
    assert order["description"] == "Sängen går inte att höja – brådskande"
    assert order["orderer_name"] == "Märta Öst"


def test_utf8_with_a_bom_and_commas(hmc, tmp_path):
    rows = [line.replace(";", ",").replace(", 4", " 4") for line in [HEADER, *ROWS]]
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + "\n".join(rows).encode("utf-8") + b"\n")
    done = hmc("import", "bom.csv")
    assert (done.code, done.lines()) == (0, ["imported: 2 new, 0 updated, 0 unchanged, 0 rejected"])
    assert show(hmc, "B-1001")["individual_no"] == "IND-900001"  # order_no read past the BOM


def test_a_device_file_registers_devices_that_orders_then_find(hmc, tmp_path):
    devices = write(tmp_path / "devices.csv", [
        "individual_no;article_no;article_name;digital;holder;location;delivered;lifetime_years;status",
        "IND-700001;222101;Talapparat Tobii Dynavox I-13;ja;Åsa Öberg;Hos brukare;2024-03-01;5;in_use",
        "IND-700002;120601;Rollator Topro Olympos;nej;;Lager;2023-05-02;6;in_stock",
    ])
    done = hmc("import", devices)
    assert (done.code, done.lines()) == (0, ["imported: 2 new, 0 updated, 0 unchanged, 0 rejected"])
    order = write(tmp_path / "o.csv", ["order_no;type;registered;individual_no",
                                       "B-1301;SDH;2026-11-23 09:00;IND-700001"])
    assert hmc("import", order).code == 0  # no article_no needed: the device is known
    assert show(hmc, "B-1301")["device_status"] == "in_use"


def test_c2_both_import_paths_count_from_the_day_after_a_saturday_registration(hmc, tmp_path):
    """C2 on the ORM path (a small file) and the bulk path (200+ new orders): the same."""
    small = write(tmp_path / "small.csv", ["order_no;type;registered;individual_no;article_no",
                                           "S-1;1;2026-11-28T10:00;IND-800001;120601"])
    assert hmc("import", small).code == 0
    lines = ["order_no;type;registered;individual_no;article_no"]
    lines += [f"M-{i};1;2026-11-2{3 + i % 5} 09:00;IND-81{i:04d};120601" for i in range(249)]
    lines.append("M-SAT;1;2026-11-28 10:00;IND-819999;120601")
    bulk = hmc("import", write(tmp_path / "bulk.csv", lines))
    assert (bulk.code, bulk.lines()) == (0, ["imported: 250 new, 0 updated, 0 unchanged, 0 rejected"])
    for order_no in ("S-1", "M-SAT"):
        order = show(hmc, order_no)
        assert (order["registered"], order["start_by"], order["finish_by"]) == (
            "2026-11-28T10:00", "2026-12-02T16:00", "2026-12-11T16:00"), order_no


def test_several_files_one_summary_each_and_an_unreadable_one_is_exit_2(hmc, tmp_path):
    good = write(tmp_path / "orders.csv", [HEADER, *ROWS])
    done = hmc("import", good, "missing.csv")
    assert done.code == 2
    assert done.lines() == ["imported: 2 new, 0 updated, 0 unchanged, 0 rejected"]
    assert "missing.csv" in one_sentence(done.err)
    (tmp_path / "broken.json").write_text('[{"order_no": "X-1", ', encoding="utf-8")
    broken = hmc("import", "broken.json")
    assert broken.code == 2 and "broken.json" in one_sentence(broken.err)


def test_a_second_import_into_a_database_full_of_demo_data(hmc_demo, tmp_path):
    """The newcomer's case: demo data first, then the portal's file, then its update."""
    name = write(tmp_path / "orders.csv", [HEADER, *ROWS])
    assert hmc_demo("import", name).lines() == ["imported: 2 new, 0 updated, 0 unchanged, 0 rejected"]
    demo_order = show(hmc_demo, "AO0100007")
    (tmp_path / "update.json").write_text(json.dumps([
        {"order_no": "B-1001", "type": "1", "registered": "2026-11-23 09:00",
         "individual_no": "IND-900001", "description": "Uppdaterad från portalen"},
        {"order_no": "AO0100007", "type": demo_order["type"],
         "registered": demo_order["registered"], "medical_risk": not demo_order["medical_risk"]},
    ]), encoding="utf-8")
    done = hmc_demo("import", "update.json")
    assert (done.code, done.lines()) == (0, ["imported: 0 new, 2 updated, 0 unchanged, 0 rejected"])
    assert show(hmc_demo, "B-1001")["description"] == "Uppdaterad från portalen"
    after = show(hmc_demo, "AO0100007")
    assert after["medical_risk"] is not demo_order["medical_risk"]
    assert after["description"] == demo_order["description"]
