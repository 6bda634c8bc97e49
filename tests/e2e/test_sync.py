"""`sync` as a scheduled task runs it: one round of intake and outbox in a fresh process."""

import json

from hmc_desktop.services.orders.actions import OrderService
from tests.e2e.conftest import AS_OF, one_sentence

HEADER = "order_no;type;registered;individual_no;article_no;article_name;description"


def test_sync_imports_the_intake_archives_it_and_exports_the_outbox(hmc, make_ctx, tmp_path):
    intake, outbox = tmp_path / "intake", tmp_path / "outbox"
    intake.mkdir()
    outbox.mkdir()
    (intake / "portal.csv").write_text(
        f"{HEADER}\nY-1;1;2026-11-23 09:00;IND-600001;120601;Rollator;Bromsen tar dåligt\n"
        "Y-2;SDH;2026-11-23 09:30;IND-600002;222101;Talapparat;Startar inte\n", encoding="utf-8")
    first = hmc("sync", "--intake", "intake", "--outbox", "outbox", "--stable-seconds", "0.2")
    assert (first.code, first.err) == (0, "")
    assert first.lines() == ["intake: 1 file; imported: 2 new, 0 updated, 0 unchanged, 0 rejected",
                             "outbox: nothing to export"]
    assert (intake / "archive" / "portal.csv").exists() and not (intake / "portal.csv").exists()

    OrderService(make_ctx(AS_OF)).add_message("Y-1", "free", "Arbetsorder Y-1", "Hej, åäö.")
    second = hmc("sync", "--intake", "intake", "--outbox", "outbox", "--stable-seconds", "0.2")
    assert (second.code, second.lines()) == (0, ["intake: no new files",
                                                 "outbox: 1 message exported (seq 1)"])
    (exported,) = outbox.iterdir()
    message = json.loads(exported.read_text(encoding="utf-8"))
    assert (message["seq"], message["order_no"]) == (1, "Y-1")


def test_sync_rejected_rows_are_exit_1_and_a_missing_folder_exit_2(hmc, tmp_path):
    intake = tmp_path / "intake"
    intake.mkdir()
    (intake / "bad.csv").write_text(f"{HEADER}\nZ-1;11;2026-11-23 09:00;IND-1;120601;R;x\n",
                                    encoding="utf-8")
    bad = hmc("sync", "--intake", "intake", "--stable-seconds", "0.2")
    assert bad.code == 1
    assert bad.lines() == ["intake: 1 file; imported: 0 new, 0 updated, 0 unchanged, 1 rejected; "
                           "see archive/bad.csv.rejects.txt"]
    missing = hmc("sync", "--outbox", "nowhere")
    assert missing.code == 2 and "nowhere" in one_sentence(missing.err)
