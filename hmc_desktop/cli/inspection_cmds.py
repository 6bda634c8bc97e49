"""`inspections due` and `inspection record` (CONTRACT; periodic inspection PM2–PM4)."""

import argparse
import json

from hmc_desktop.cli.common import open_context, parse_day


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    due = sub.add_parser("inspections", help="periodic inspections")
    dsub = due.add_subparsers(dest="inspections_command", required=True, metavar="ACTION")
    listing = dsub.add_parser("due", help="devices whose inspection is due by a day (PM2, PM3)")
    listing.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=inspections_due)

    one = sub.add_parser("inspection", help="one device's periodic inspection")
    osub = one.add_subparsers(dest="inspection_command", required=True, metavar="ACTION")
    rec = osub.add_parser("record", help="record an inspection (PM4)")
    rec.add_argument("individual_no")
    rec.add_argument("--result", required=True, choices=("ok", "not_ok"))
    rec.add_argument("--date", metavar="YYYY-MM-DD", help="the day it was done (default: today)")
    rec.add_argument("--note", default="", help="what was found (the corrective order's text)")
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(handler=inspection_record)


def inspections_due(args: argparse.Namespace) -> int:
    from hmc_desktop.services.inspections.due import DueListService

    until = parse_day(args.until, "--until")
    rows = DueListService(open_context(args)).due(until)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r.due.isoformat()}  {r.notice_by.isoformat()}  {r.individual_no:<14} "
              f"{r.article_no:<10} {r.device_status:<18} {r.holder_name or '–'}")
    print(f"{len(rows)} devices due by {until.isoformat()}")
    return 0


def inspection_record(args: argparse.Namespace) -> int:
    from hmc_desktop.services.inspections.recording import InspectionService

    day = parse_day(args.date, "--date") if args.date else None
    view = InspectionService(open_context(args)).record(args.individual_no, result=args.result,
                                                        day=day, note=args.note)
    if args.json:
        print(json.dumps(view.to_json(), ensure_ascii=False))
    else:
        order = f", corrective order {view.order_no}" if view.order_no else ""
        print(f"inspection {view.inspection_id}: {view.result}, next due "
              f"{view.next_due.isoformat() if view.next_due else '–'}{order}")
    return 0
