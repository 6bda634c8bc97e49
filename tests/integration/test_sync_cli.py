"""`hmc-desktop sync`: both directions once, one line each, exit codes 0/1/2."""

import argparse
import json

import pytest

import hmc_desktop.cli as cli
from hmc_desktop.cli import main, sync_cmd
from hmc_desktop.cli.parser import build_parser
from hmc_desktop.services.sync.settings import SyncSettings, load_sync_settings, save_sync_settings
from tests.integration.test_sync_support import (
    AS_OF,
    HEADER,
    add_messages,
    at_head,
    import_orders,
    order_lines,
    write_orders,
)


@pytest.fixture(autouse=True)
def sync_command(monkeypatch):
    """Until cli/parser.py registers `sync` itself."""
    parser = build_parser()
    sub = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    if "sync" not in sub.choices:  # type: ignore[attr-defined]
        def with_sync() -> argparse.ArgumentParser:
            p = build_parser()
            sync_cmd.add_parser(p._subparsers._group_actions[0])  # type: ignore[union-attr,arg-type]
            return p

        monkeypatch.setattr(cli, "build_parser", with_sync)


@pytest.fixture
def folders(make_ctx, tmp_path):
    ctx = at_head(make_ctx(AS_OF))
    intake, outbox = tmp_path / "intake", tmp_path / "outbox"
    intake.mkdir()
    outbox.mkdir()
    return ctx, intake, outbox


def sync(capsys, ctx, *args):
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    code = main(["--db", url, "--as-of", AS_OF, "sync", "--stable-seconds", "0.2", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out.splitlines(), err


def test_both_directions_once_with_one_line_each(capsys, folders, tmp_path):
    ctx, intake, outbox = folders
    numbers = import_orders(ctx, tmp_path, "SC", 2)
    add_messages(ctx, numbers)
    write_orders(intake / "new.csv", order_lines("NW", 3))
    code, lines, err = sync(capsys, ctx, "--intake", str(intake), "--outbox", str(outbox))
    assert (code, err) == (0, "")
    assert lines == ["intake: 1 file; imported: 3 new, 0 updated, 0 unchanged, 0 rejected",
                     "outbox: 2 messages exported (seq 1-2)"]
    assert (intake / "archive" / "new.csv").exists()
    assert sorted(p.name for p in outbox.iterdir()) == ["000001-SC-0.json", "000002-SC-1.json"]
    assert json.loads((outbox / "000002-SC-1.json").read_text(encoding="utf-8"))["seq"] == 2
    code, lines, _ = sync(capsys, ctx, "--intake", str(intake), "--outbox", str(outbox))
    assert (code, lines) == (0, ["intake: no new files", "outbox: nothing to export"])


def test_rejected_rows_exit_1_and_name_the_reject_file(capsys, folders):
    ctx, intake, outbox = folders
    path = intake / "bad.csv"
    path.write_text(HEADER + "\nB-1;11;2026-11-23 09:00;B1;120601;R;Eva;Enhet;x\n", encoding="utf-8")
    code, lines, _ = sync(capsys, ctx, "--intake", str(intake), "--outbox", str(outbox))
    assert code == 1
    assert lines[0] == ("intake: 1 file; imported: 0 new, 0 updated, 0 unchanged, 1 rejected; "
                        "see archive/bad.csv.rejects.txt")
    assert (intake / "archive" / "bad.csv.rejects.txt").read_text(encoding="utf-8").startswith(
        "bad.csv:2: type: ")


def test_a_missing_folder_is_exit_2_and_the_other_direction_still_runs(capsys, folders, tmp_path):
    ctx, intake, _outbox = folders
    write_orders(intake / "ok.csv", order_lines("MF", 1))
    code, lines, err = sync(capsys, ctx, "--intake", str(intake), "--outbox",
                            str(tmp_path / "nowhere"))
    assert code == 2
    assert lines == ["intake: 1 file; imported: 1 new, 0 updated, 0 unchanged, 0 rejected"]
    assert err == f"error: the outbox folder {tmp_path / 'nowhere'} does not exist or is not reachable.\n"


def test_an_unwritable_folder_is_exit_2(capsys, folders, monkeypatch):
    ctx, _intake, outbox = folders
    import hmc_desktop.services.sync.intake_files as folder_checks

    def refuse(**_kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(folder_checks.tempfile, "mkstemp", refuse)
    code, _lines, err = sync(capsys, ctx, "--outbox", str(outbox))
    assert code == 2 and "cannot be written to (Permission denied)" in err


def test_nothing_configured_is_exit_2(capsys, folders):
    ctx, _intake, _outbox = folders
    code, lines, err = sync(capsys, ctx)
    assert code == 2 and lines == [] and err.startswith("error: no intake or outbox folder")


def test_save_stores_the_folders_for_every_workstation(capsys, folders):
    ctx, intake, outbox = folders
    code, lines, _ = sync(capsys, ctx, "--intake", str(intake), "--outbox", str(outbox), "--save")
    assert code == 0 and lines == ["intake: no new files", "outbox: nothing to export"]
    assert load_sync_settings(ctx) == SyncSettings(intake, outbox, 0.2, 5.0)


def test_the_folders_come_from_the_settings(capsys, folders):
    ctx, intake, outbox = folders
    save_sync_settings(ctx, SyncSettings(intake_dir=intake, outbox_dir=outbox, stable_seconds=1))
    assert load_sync_settings(ctx) == SyncSettings(intake, outbox, 1.0, 5.0)
    write_orders(intake / "s.csv", order_lines("ST", 1))
    code, lines, _ = sync(capsys, ctx)
    assert code == 0 and lines[0].startswith("intake: 1 file; imported: 1 new")
