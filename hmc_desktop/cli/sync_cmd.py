"""`sync`: take the intake folder's files and export the outbox once, then exit.

For a scheduled task. Prints one summary line per direction; exit 1 if any row was
rejected (or a file was unreadable), 2 if a folder is missing, unwritable or not
configured. Folders come from the settings ``sync.intake_dir``/``sync.outbox_dir``,
or ``--intake DIR``/``--outbox DIR``; ``--save`` stores the options given as the settings
of every workstation (administrators), before the run.
"""

import argparse
import sys
from dataclasses import replace

from hmc_desktop.cli.common import UsageError, open_context


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("sync", help="import the intake folder's files and export the outbox, once")
    p.add_argument("--intake", metavar="DIR", help="intake folder (default: setting sync.intake_dir)")
    p.add_argument("--outbox", metavar="DIR", help="outbox folder (default: setting sync.outbox_dir)")
    p.add_argument("--stable-seconds", type=float, metavar="S",
                   help="how long a file must stay unchanged before it is read (default 2)")
    p.add_argument("--save", action="store_true",
                   help="store the folders and time given as every workstation's settings")
    p.set_defaults(handler=sync)


def sync(args: argparse.Namespace) -> int:
    from hmc_desktop.services.imports.bulk import BulkImportService
    from hmc_desktop.services.sync.settings import load_sync_settings, save_sync_settings
    from hmc_desktop.services.sync.sync import SyncFolderError, SyncService

    ctx = open_context(args)
    settings = load_sync_settings(ctx).overridden(args.intake, args.outbox)
    if args.stable_seconds is not None:
        if args.stable_seconds < 0:
            raise UsageError("--stable-seconds must not be negative.")
        settings = replace(settings, stable_seconds=args.stable_seconds)
    if args.save:
        save_sync_settings(ctx, settings)
    try:
        run = SyncService(ctx, settings, importer=BulkImportService).run_once(wait_for_stable=True)
    except SyncFolderError as exc:
        raise UsageError(f"{exc}.") from None
    for line in run.lines():
        print(line)
    for problem in run.folder_errors:
        print(f"error: {problem}.", file=sys.stderr)
    return run.exit_code
