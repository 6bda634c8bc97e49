"""`report leadtimes --from D --to D --out F.csv|F.pdf` (CONTRACT "Lead-time report") and
`report inspections --from D --to D --out F.csv|F.pdf` (PM6) and
`report billing --month YYYY-MM [--payer NO] --out F.csv` (the billing basis, as the window
exports it; no cell starts a spreadsheet formula)."""

import argparse
import re
from datetime import date
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
    ins = rsub.add_parser("inspections", help="inspections done in time and overdue per product "
                                              "group (PM6)")
    ins.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    ins.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    ins.add_argument("--out", required=True, metavar="F.csv|F.pdf")
    ins.set_defaults(handler=inspections)
    bill = rsub.add_parser("billing", help="the billing basis of a month, per payer")
    bill.add_argument("--month", required=True, metavar="YYYY-MM")
    bill.add_argument("--payer", metavar="NO", help="one payer number (default: every payer)")
    bill.add_argument("--out", required=True, metavar="F.csv")
    bill.set_defaults(handler=billing)


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
    from hmc_desktop.services.inspections.followup import InspectionFollowUpService

    first, last, out, suffix = _period_and_out(args)
    service = InspectionFollowUpService(open_context(args))
    data = service.csv(first, last).encode("utf-8") if suffix == ".csv" else service.pdf(first, last)
    write_atomically(str(out), data)
    return 0


def leadtimes(args: argparse.Namespace) -> int:
    first, last, out, suffix = _period_and_out(args)
    from hmc_desktop.services.reports.leadtimes import (  # not for other commands
        LeadTimeService,
        to_csv,
    )

    ctx = open_context(args)
    if suffix == ".csv":
        rows = LeadTimeService(ctx).compliance(first, last)
        write_atomically(str(out), to_csv(rows).encode("utf-8"))
    else:
        from hmc_desktop.services.reports.leadtime_report import build_pdf

        write_atomically(str(out), build_pdf(ctx, first, last))
    return 0


_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)


def billing(args: argparse.Namespace) -> int:
    from hmc_desktop.domain.billing import month_bounds
    from hmc_desktop.domain.errors import ValidationError
    from hmc_desktop.services.reports.billing import BillingService

    m = _MONTH.fullmatch(args.month.strip())
    if m is None:
        raise UsageError(f"--month must look like 'YYYY-MM', not '{args.month}'.")
    year, month = int(m[1]), int(m[2])
    try:
        month_bounds(year, month)
    except ValidationError as err:
        raise UsageError(f"--month: {err}.") from None
    if Path(args.out).suffix.lower() != ".csv":
        raise UsageError(f"--out must end in .csv, not '{Path(args.out).name}'.")
    payer = args.payer.strip() if args.payer and args.payer.strip() else None
    service = BillingService(open_context(args))
    write_atomically(args.out, service.to_csv(service.export(payer, year, month)).encode("utf-8"))
    return 0
