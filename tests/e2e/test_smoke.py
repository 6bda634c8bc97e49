"""The first step of any user: a fresh process imports a file, then shows an order (CONTRACT)."""

import json


def test_a_fresh_process_imports_and_shows_an_order(hmc, tmp_path):
    src = tmp_path / "orders.csv"
    src.write_text("order_no;type;registered;individual_no;article_no\n"
                   "E-1;1;2026-11-23 09:00;IND-1;A-1\n", encoding="utf-8")
    first = hmc("import", str(src))
    assert (first.code, first.lines()[-1]) == (0, "imported: 1 new, 0 updated, 0 unchanged, 0 rejected")
    shown = hmc("order", "show", "E-1", "--json")
    assert shown.code == 0
    assert json.loads(shown.out)["start_by"] == "2026-11-26T16:00"  # C2
