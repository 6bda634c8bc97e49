"""`report leadtimes --from D --to D --out F.csv|F.pdf` (CONTRACT "Lead-time report")."""

import argparse
from pathlib import Path

from hmc_desktop.cli.common import UsageError, open_context, parse_day
from hmc_desktop.cli.print_cmds import write_atomically


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    report = sub.add_parser("report", help="reports to management")
    rsub = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    lt = rsub.add_parser("leadtimes", help="lead-time compliance per type (C5)")
    lt.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    lt.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    lt.add_argument("--out", required=True, metavar="F.csv|F.pdf")
    lt.set_defaults(handler=leadtimes)


def leadtimes(args: argparse.Namespace) -> int:
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    if last < first:
        raise UsageError("--to must not be before --from.")
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise UsageError(f"--out must end in .csv or .pdf, not '{out.name}'.")
    from hmc_desktop.services.leadtimes import LeadTimeService, to_csv  # not for other commands

    ctx = open_context(args)
    if suffix == ".csv":
        rows = LeadTimeService(ctx).compliance(first, last)
        write_atomically(args.out, to_csv(rows).encode("utf-8"))
    else:
        from hmc_desktop.services.leadtime_report import build_pdf

        write_atomically(args.out, build_pdf(ctx, first, last))
    return 0
