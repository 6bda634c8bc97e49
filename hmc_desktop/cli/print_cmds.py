"""`print …` (CONTRACT): pickup orders, shipping notes and reconditioning logs as PDF files."""

import argparse
from pathlib import Path

from hmc_desktop import safe_files
from hmc_desktop.cli.common import UsageError, open_context, parse_day, row_id


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("print", help="print documents to PDF")
    psub = p.add_subparsers(dest="print_command", required=True, metavar="DOCUMENT")

    one = psub.add_parser("pickup-order", help="the pickup order of the order's device")
    one.add_argument("order_no")
    _out(one)
    one.add_argument("--label", action="store_true", help="10 x 15 cm label instead of A4")
    one.set_defaults(handler=pickup_order)

    batch = psub.add_parser("pickup-orders", help="every pickup order due on a day, one PDF")
    batch.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    _out(batch)
    batch.add_argument("--label", action="store_true", help="10 x 15 cm labels instead of A4")
    batch.set_defaults(handler=pickup_orders)

    note = psub.add_parser("shipping-note", help="spare-part shipping note of a shipment")
    note.add_argument("shipment_id", type=row_id)
    _out(note)
    note.set_defaults(handler=shipping_note)

    log = psub.add_parser("recon-log", help="the device's latest reconditioning log")
    log.add_argument("individual_no")
    _out(log)
    log.set_defaults(handler=recon_log)

    protocol = psub.add_parser("inspection-protocol",
                               help="the device's latest inspection protocol (PM5)")
    protocol.add_argument("individual_no")
    _out(protocol)
    protocol.set_defaults(handler=inspection_protocol)

    from hmc_desktop.cli.recall_cmds import add_print_parser

    add_print_parser(psub)  # print recall-letters (R5)


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="F.pdf")


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` so that ``path`` is either the old file or the whole new one, never half
    (a full disk leaves no 0-byte file behind)."""
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"--out {path} is a folder, not a file.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist.")
    safe_files.write_atomically(target, data)


def pickup_order(args: argparse.Namespace) -> int:
    from hmc_desktop.services.printing.printing import PrintService  # reportlab: only when printing

    pdf = PrintService(open_context(args)).pickup_order(args.order_no, "label" if args.label else "a4")
    write_atomically(args.out, pdf)
    return 0


def pickup_orders(args: argparse.Namespace) -> int:
    from hmc_desktop.services.printing.printing import PrintService  # reportlab: only when printing

    day = parse_day(args.date, "--date")
    pdf = PrintService(open_context(args)).pickup_batch(day, "label" if args.label else "a4")
    write_atomically(args.out, pdf)
    return 0


def shipping_note(args: argparse.Namespace) -> int:
    from hmc_desktop.services.printing.printing import PrintService  # reportlab: only when printing

    write_atomically(args.out, PrintService(open_context(args)).shipping_note(args.shipment_id))
    return 0


def recon_log(args: argparse.Namespace) -> int:
    from hmc_desktop.services.printing.printing import PrintService  # reportlab: only when printing

    write_atomically(args.out, PrintService(open_context(args)).recon_log(args.individual_no))
    return 0


def inspection_protocol(args: argparse.Namespace) -> int:
    from hmc_desktop.services.inspections.documents import InspectionPrintService

    pdf = InspectionPrintService(open_context(args)).protocol(args.individual_no)
    write_atomically(args.out, pdf)
    return 0
