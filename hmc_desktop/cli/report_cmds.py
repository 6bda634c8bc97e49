"""`report leadtimes --from D --to D --out F.csv|F.pdf` (CONTRACT "Lead-time report") and
`report inspections --from D --to D --out F.csv|F.pdf` (PM6)."""

import argparse
from datetime import date
from pathlib import Path

from hmc_desktop.cli.common import UsageError, open_context, parse_day


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    report = sub.add_parser("report", help="reports to management")
    rsub = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    lt = rsub.add_parser("leadtimes", help="lead-time compliance per type (C5)")
    lt.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    lt.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    lt.add_argument("--out", required=True, metavar="F.csv|F.pdf")
    lt.set_defaults(handler=leadtimes)
    ins = rsub.add_parser("inspections", help="inspections done in time and overdue per product "
                                              "group (PM6)")
    ins.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    ins.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    ins.add_argument("--out", required=True, metavar="F.csv|F.pdf")
    ins.set_defaults(handler=inspections)


def _period_and_out(args: argparse.Namespace) -> tuple[date, date, Path, str]:
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    if last < first:
        raise UsageError("--to must not be before --from.")
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise UsageError(f"--out must end in .csv or .pdf, not '{out.name}'.")
    return first, last, out, suffix


def inspections(args: argparse.Namespace) -> int:
    from hmc_desktop.cli.print_cmds import write_atomically
    from hmc_desktop.services.inspection_followup import InspectionFollowUpService

    first, last, out, suffix = _period_and_out(args)
    service = InspectionFollowUpService(open_context(args))
    data = service.csv(first, last).encode("utf-8") if suffix == ".csv" else service.pdf(first, last)
    write_atomically(str(out), data)
    return 0


def leadtimes(args: argparse.Namespace) -> int:
    first, last, out, suffix = _period_and_out(args)
    from hmc_desktop.services.leadtimes import LeadTimeService, to_csv  # not for other commands

    ctx = open_context(args)
    if suffix == ".csv":
        rows = LeadTimeService(ctx).compliance(first, last)
        out.write_text(to_csv(rows), encoding="utf-8")
    else:
        from hmc_desktop.services.leadtime_report import build_pdf

        out.write_bytes(build_pdf(ctx, first, last))
    return 0
