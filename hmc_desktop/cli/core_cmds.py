"""Handlers of the core subcommands: db upgrade, demo, sla, import, order show/pickup."""

import argparse
import json
import sys
import time

from hmc_desktop import startup
from hmc_desktop.cli.common import (
    UsageError,
    open_context,
    open_database,
    parse_as_of,
    parse_day,
    parse_minute,
)
from hmc_desktop.db.engine import head_revision
from hmc_desktop.domain.calendar import TZ
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.services.core.clock import fmt_minute
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderService
from hmc_desktop.services.orders.pickups import PickupService


def gui(args: argparse.Namespace) -> int:
    startup.load_qt()  # Qt is imported only when the window is wanted
    from hmc_desktop.app import run_gui

    return int(run_gui(args))


def db_upgrade(args: argparse.Namespace) -> int:
    ctx = ServiceContext(open_database(args), parse_as_of(args.as_of))
    note = ctx.prepare()
    print(note or f"database is up to date (revision {head_revision()})")
    return 0


def demo(args: argparse.Namespace) -> int:
    from hmc_desktop.services.demo.demo import generate_demo  # the window's start-up does without

    ctx = open_context(args)
    t0 = time.perf_counter()
    summary = generate_demo(ctx, args.devices, args.orders, args.seed)
    print(f"{summary.line()} in {time.perf_counter() - t0:.1f} s")
    return 0


def sla(args: argparse.Namespace) -> int:
    registered = parse_minute(args.registered, "--registered").replace(tzinfo=TZ)
    ctx = open_context(args)
    try:  # an unknown type, or a review on a type that has none (W8): bad usage
        order_type = ctx.catalogue.get(args.type_code)
        d = ctx.deadlines(order_type, registered, args.technical_review)
    except ValidationError as exc:
        raise UsageError(f"{exc}.") from None
    out = {"type": order_type.code, "registered": fmt_minute(registered),
           "start_by": fmt_minute(d.start_by), "finish_by": fmt_minute(d.finish_by),
           "contact_by": fmt_minute(d.contact_by)}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def import_files(args: argparse.Namespace) -> int:
    from hmc_desktop.services.imports.bulk import BulkImportService
    from hmc_desktop.services.imports.importer import InterchangeError

    ctx = open_context(args)
    service = BulkImportService(ctx)
    worst = 0
    for name in args.files:
        try:
            report = service.import_file(name)
        except InterchangeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            worst = 2
            continue
        for warning in report.warnings:  # stderr: the last line of stdout stays the summary
            print(f"warning: {warning}", file=sys.stderr)
        for line in report.rejected_lines():
            print(line)
        print(report.summary())
        worst = max(worst, 1 if report.rejected else 0)
    return worst


def order_show(args: argparse.Namespace) -> int:
    view = OrderService(open_context(args)).show(args.order_no)
    data = view.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        width = max(len(k) for k in data)
        for key, value in data.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{key:<{width}}  {'' if shown is None else shown}")
    return 0


def order_pickup(args: argparse.Namespace) -> int:
    when = parse_day(args.date, "--date") if args.date else None
    pickups = PickupService(open_context(args))
    print(pickups.line(pickups.order_pickup(args.order_no, when)).sentence())
    return 0

