"""CONTRACT.md's command line, end to end on SQLite and PostgreSQL: outputs, exit codes, errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hmc_desktop.cli import main

ORDER_FIELDS = {
    "order_no", "type", "type_name", "mailbox", "status", "registered", "start_by", "finish_by",
    "contact_by", "started", "completed", "cancelled", "cancel_reason", "billing", "incomplete",
    "at_risk", "breached", "medical_risk", "individual_no", "device_status", "orderer_name",
    "description",
}
HEADER = "order_no;type;registered;individual_no;article_no;article_name;orderer_name;user_name;description"


def run(capsys, db_url: str, *args: str, as_of: str = "2026-11-24 10:00") -> tuple[int, str, str]:
    code = main(["--db", db_url, "--as-of", as_of, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def write(path: Path, text: str, encoding: str = "utf-8") -> str:
    path.write_text(text, encoding=encoding)
    return str(path)


def test_sla_contract_example(capsys, db_url):
    code, out, _ = run(capsys, db_url, "sla", "--type", "1", "--registered", "2026-11-23 09:00", "--json")
    assert code == 0
    assert json.loads(out) == {"type": "1", "registered": "2026-11-23T09:00",
                               "start_by": "2026-11-26T16:00", "finish_by": "2026-12-07T16:00",
                               "contact_by": None}


@pytest.mark.parametrize("args", [("--type", "11", "--registered", "2026-11-23 09:00"),
                                  ("--type", "1", "--registered", "23/11/2026")])
def test_sla_bad_input_is_usage_error(capsys, db_url, args):
    code, out, err = run(capsys, db_url, "sla", *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")


def test_import_cp1252_semicolon_then_idempotent_then_update(capsys, db_url, tmp_path):
    rows = ["K-1;1;2026-11-23 09:00;8001;120601;Rollator Topro;Eva Ek;Åsa Öberg;Bromsen tar dåligt",
            "K-2;SDH;2026-11-23 10:00;8002;222101;Talapparat;Eva Ek;Märta Ström;Startar inte"]
    f = write(tmp_path / "excel.csv", "\n".join([HEADER, *rows]) + "\n", encoding="cp1252")
    assert run(capsys, db_url, "import", f)[1].strip() == "imported: 2 new, 0 updated, 0 unchanged, 0 rejected"
    assert run(capsys, db_url, "import", f)[1].strip() == "imported: 0 new, 0 updated, 2 unchanged, 0 rejected"
    _, out, _ = run(capsys, db_url, "order", "show", "K-1", "--json")
    assert json.loads(out)["description"] == "Bromsen tar dåligt"
    changed = write(tmp_path / "upd.json", json.dumps([{"order_no": "K-1", "type": "1",
                    "registered": "2026-11-23 09:00", "description": "Bromsen hugger"}]))
    code, out, _ = run(capsys, db_url, "import", changed)
    assert (code, out.strip()) == (0, "imported: 0 new, 1 updated, 0 unchanged, 0 rejected")
    data = json.loads(run(capsys, db_url, "order", "show", "K-1", "--json")[1])
    assert data["description"] == "Bromsen hugger"
    assert data["orderer_name"] == "Eva Ek"  # absent keys leave stored values as they are


def test_import_rejects_rows_with_file_line_field_and_keeps_the_rest(capsys, db_url, tmp_path):
    f = write(tmp_path / "mixed.csv", "\ufeff" + "\n".join([
        HEADER.replace(";", ","),
        "M-1,1,2026-11-23 09:00,8101,120601,Rollator,Eva Ek,Åsa,ok",
        "M-2,11,2026-11-23 09:00,8102,120601,Rollator,Eva Ek,Åsa,bad type",
        "M-3,1,2026-11-31 09:00,8103,120601,Rollator,Eva Ek,Åsa,bad date",
    ]) + "\n")
    code, out, _ = run(capsys, db_url, "import", f)
    lines = out.strip().splitlines()
    assert code == 1
    assert lines[0].startswith(f"{f}:3: type: ")
    assert lines[1].startswith(f"{f}:4: registered: ")
    assert lines[-1] == "imported: 1 new, 0 updated, 0 unchanged, 2 rejected"
    assert run(capsys, db_url, "order", "show", "M-2", "--json")[0] == 1


def test_w2_import_refuses_a_type_change(capsys, db_url, tmp_path):
    write(tmp_path / "a.csv", HEADER + "\nT-9;1;2026-11-23 09:00;8201;120601;R;Eva;Åsa;x\n")
    run(capsys, db_url, "import", str(tmp_path / "a.csv"))
    write(tmp_path / "b.csv", HEADER + "\nT-9;2;2026-11-23 09:00;8201;120601;R;Eva;Åsa;x\n")
    code, out, _ = run(capsys, db_url, "import", str(tmp_path / "b.csv"))
    assert code == 1
    assert out.splitlines()[0] == (f"{tmp_path / 'b.csv'}:2: type: the type of an order cannot be "
                                   "changed; cancel it and register a new order")
    assert json.loads(run(capsys, db_url, "order", "show", "T-9", "--json")[1])["type"] == "1"


def test_import_unreadable_file_is_exit_2(capsys, db_url, tmp_path):
    code, _, err = run(capsys, db_url, "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv" in err
    bad = write(tmp_path / "bad.json", "[{")
    assert run(capsys, db_url, "import", bad)[0] == 2


def test_import_failure_midway_leaves_the_database_as_before(capsys, db_url, tmp_path, monkeypatch):
    from hmc_desktop.services.imports import orders as import_orders

    rows = [f"C-{i};1;2026-11-23 09:00;83{i:02d};120601;R;Eva;Åsa;x" for i in range(20)]
    f = write(tmp_path / "crash.csv", "\n".join([HEADER, *rows]) + "\n")
    real = import_orders.OrderApplier.apply
    calls = {"n": 0}

    def dying(self, row):
        calls["n"] += 1
        if calls["n"] == 15:
            raise OSError("disk gone")
        return real(self, row)

    monkeypatch.setattr(import_orders.OrderApplier, "apply", dying)
    assert run(capsys, db_url, "import", f)[0] == 2
    monkeypatch.undo()
    assert run(capsys, db_url, "order", "show", "C-1", "--json")[0] == 1  # nothing of the file stored


def test_order_show_json_has_exactly_the_contract_fields(capsys, db_url, tmp_path):
    write(tmp_path / "o.csv", HEADER + "\nS-1;3;2026-11-24 09:00;8401;122301;Elrullstol;Eva Ek;Åsa;Stannat\n")
    run(capsys, db_url, "import", str(tmp_path / "o.csv"))
    code, out, _ = run(capsys, db_url, "order", "show", "S-1", "--json", as_of="2026-11-25 08:30")
    data = json.loads(out)
    assert code == 0 and set(data) == ORDER_FIELDS
    assert data["finish_by"] == "2026-11-25T09:00" and data["start_by"] is None
    assert data["at_risk"] is True and data["breached"] == [] and data["billing"] == "invoiced"
    late = json.loads(run(capsys, db_url, "order", "show", "S-1", "--json", as_of="2026-11-25 09:01")[1])
    assert late["breached"] == ["finish"] and late["at_risk"] is False


def test_order_pickup_names_the_pickup_device_and_day_and_unknown_order_is_exit_1(
        capsys, db_url, tmp_path):
    write(tmp_path / "p.csv", HEADER + "\nP-1;SDH;2026-11-23 09:00;8501;222101;Talapparat;Eva;Åsa;x\n")
    run(capsys, db_url, "import", str(tmp_path / "p.csv"))
    code, out, _ = run(capsys, db_url, "order", "pickup", "P-1", "--date", "2026-11-27")
    pickup_id, sentence = out.strip().split(": ", 1)  # CONTRACT: the pickup's id comes first
    assert code == 0 and pickup_id.isdigit()
    assert sentence == "pickup of 8501 on 2026-11-27 (order P-1)"
    data = json.loads(run(capsys, db_url, "order", "show", "P-1", "--json")[1])
    assert data["device_status"] == "pickup_ordered"
    code, _, err = run(capsys, db_url, "order", "pickup", "NOPE")
    assert code == 1 and err.strip() == "error: no order NOPE"
    assert run(capsys, db_url, "order", "pickup", "P-1", "--date", "27/11")[0] == 2


def test_demo_summary_and_db_upgrade(capsys, db_url):
    code, out, _ = run(capsys, db_url, "demo", "--devices", "200", "--orders", "100", "--seed", "4")
    assert code == 0 and out.startswith("demo: 200 devices, 100 orders")
    code, out, _ = run(capsys, db_url, "db", "upgrade")
    assert code == 0 and out.startswith("database is up to date")


def test_bad_as_of_and_unreachable_database_are_one_sentence(capsys, tmp_path):
    code, _, err = run(capsys, f"sqlite:///{tmp_path}/x.sqlite3", "sla", "--type", "1",
                       "--registered", "2026-11-23 09:00", as_of="tomorrow")
    assert code == 2 and "--as-of" in err
    code, _, err = run(capsys, "postgresql+psycopg://nobody@/nodb?host=/nonexistent", "db", "upgrade")
    assert code == 2 and err.startswith("error: cannot use the database")


def test_console_script_never_shows_a_traceback(tmp_path):
    env = {**os.environ, "HMC_DB_URL": f"sqlite:///{tmp_path}/c.sqlite3"}
    proc = subprocess.run([sys.executable, "-m", "hmc_desktop", "order", "show", "X-1", "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr == "error: no order X-1\n"
