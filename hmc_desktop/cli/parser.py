"""The argument parser: global options, GUI options and the subcommands of CONTRACT.md."""

import argparse
from typing import NoReturn

from hmc_desktop.cli import (
    core_cmds,
    inspection_cmds,
    order_cmds,
    print_cmds,
    recall_cmds,
    report_cmds,
    selftest_cmd,
    staff_cmd,
    sync_cmd,
)
from hmc_desktop.version import app_version


class Parser(argparse.ArgumentParser):
    """argparse, whose usage errors are one sentence on stderr (CONTRACT), exit code 2.

    Subcommands' parsers are of this class too (``add_subparsers`` takes the parent's).
    """

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} ('{self.prog} --help' shows the usage).\n")


def build_parser() -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = Parser(
        prog="hmc-desktop",
        description="Arbetsstation för hjälpmedelscentralen. Utan underkommando öppnas fönstret.",
    )
    p.add_argument("--version", action="version", version=f"hmc-desktop {app_version()}")
    p.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: SQLite in the user data folder; env HMC_DB_URL)")
    p.add_argument("--as-of", metavar="'YYYY-MM-DD HH:MM'", help="the program's 'now' (local time)")
    p.add_argument("--lang", choices=("sv", "en"), default=None, help="interface language")
    p.add_argument("--quit-after-load", action="store_true",
                   help="open the window, wait for the queue's first rows, exit")
    p.add_argument("--screenshot", metavar="F.png", help="with --quit-after-load: save the window")
    p.set_defaults(handler=core_cmds.gui)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    dbsub.add_parser("upgrade", help="apply migrations").set_defaults(handler=core_cmds.db_upgrade)

    demo = sub.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--devices", type=_count, required=True)
    demo.add_argument("--orders", type=_count, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=core_cmds.demo)

    sla = sub.add_parser("sla", help="deadlines of an order of a type registered at a time")
    sla.add_argument("--type", required=True, dest="type_code")
    sla.add_argument("--registered", required=True)
    sla.add_argument("--technical-review", action="store_true")
    sla.add_argument("--json", action="store_true", help="JSON output (the default)")
    sla.set_defaults(handler=core_cmds.sla)

    imp = sub.add_parser("import", help="import work orders or devices (CSV or JSON)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(handler=core_cmds.import_files)

    order = sub.add_parser("order", help="work orders")
    osub = order.add_subparsers(dest="order_command", required=True, metavar="ACTION")
    show = osub.add_parser("show", help="one order as the program sees it now")
    show.add_argument("order_no")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=core_cmds.order_show)
    pick = osub.add_parser("pickup", help="order the pickup of the order's device")
    pick.add_argument("order_no")
    pick.add_argument("--date", help="YYYY-MM-DD (default: next working day)")
    pick.set_defaults(handler=core_cmds.order_pickup)
    order_cmds.add_parsers(osub)

    inspection_cmds.add_parsers(sub)
    print_cmds.add_parsers(sub)
    recall_cmds.add_parsers(sub)
    report_cmds.add_parsers(sub)
    selftest_cmd.add_parser(sub)
    sync_cmd.add_parser(sub)
    staff_cmd.add_parser(sub)
    return p


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None
    if not 0 <= n <= 10_000_000:  # a large region has a million devices; this is ten of them
        raise argparse.ArgumentTypeError("must be from 0 to 10000000")
    return n
