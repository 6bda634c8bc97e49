"""`recall create|show|orders|export` and `print recall-letters` (CONTRACT; DOMAIN R1–R5)."""

import argparse
import json
from pathlib import Path

from hmc_desktop.cli.common import UsageError, open_context, parse_day


def add_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("recall", help="recall campaigns (field safety notices)")
    rsub = p.add_subparsers(dest="recall_command", required=True, metavar="ACTION")

    create = rsub.add_parser("create", help="open a campaign; prints its id")
    create.add_argument("--article", required=True, metavar="ART")
    create.add_argument("--title", required=True, metavar="TEXT")
    create.add_argument("--delivered-from", metavar="YYYY-MM-DD")
    create.add_argument("--delivered-to", metavar="YYYY-MM-DD")
    create.add_argument("--individuals", metavar="FILE", help="one individual number a line")
    create.add_argument("--action", choices=("repair", "inspect", "exchange"), default="repair",
                        help="what is done for each unit (default: repair)")
    create.add_argument("--reference", default="", metavar="TEXT", help="the notice's reference")
    create.set_defaults(handler=recall_create)

    show = rsub.add_parser("show", help="the campaign as it stands")
    show.add_argument("campaign_id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="JSON output (the default)")
    show.set_defaults(handler=recall_show)

    orders = rsub.add_parser("orders", help="one order for every affected unit with a user")
    orders.add_argument("campaign_id", type=int, metavar="ID")
    orders.add_argument("--action", choices=("repair", "inspect", "exchange"),
                        help="default: the campaign's action")
    orders.set_defaults(handler=recall_orders)

    export = rsub.add_parser("export", help="the list for the manufacturer and the authority")
    export.add_argument("campaign_id", type=int, metavar="ID")
    export.add_argument("--out", required=True, metavar="F.csv")
    export.set_defaults(handler=recall_export)


def add_print_parser(psub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`print recall-letters ID --out F.pdf`, under `print` with the other documents."""
    letters = psub.add_parser("recall-letters", help="a letter to each user of a campaign")
    letters.add_argument("campaign_id", type=int, metavar="ID")
    letters.add_argument("--out", required=True, metavar="F.pdf")
    letters.set_defaults(handler=recall_letters)


def _individuals(path: str | None) -> list[str] | None:
    if path is None:
        return None
    from hmc_desktop.domain.recall import parse_individual_numbers

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # a list saved from Swedish Excel
    return parse_individual_numbers(text.splitlines())


def recall_create(args: argparse.Namespace) -> int:
    from hmc_desktop.domain.recall import RecallAction
    from hmc_desktop.services.recalls.campaigns import RecallService

    start = parse_day(args.delivered_from, "--delivered-from") if args.delivered_from else None
    end = parse_day(args.delivered_to, "--delivered-to") if args.delivered_to else None
    listed = _individuals(args.individuals)
    campaign_id = RecallService(open_context(args)).create(
        args.article, args.title, action=RecallAction(args.action), reference=args.reference,
        delivered_from=start, delivered_to=end, individuals=listed)
    print(campaign_id)
    return 0


def recall_show(args: argparse.Namespace) -> int:
    from hmc_desktop.services.recalls.campaigns import RecallService

    report = RecallService(open_context(args)).report(args.campaign_id)
    print(json.dumps(report.to_json(), ensure_ascii=False))
    return 0


def recall_orders(args: argparse.Namespace) -> int:
    from hmc_desktop.domain.recall import RecallAction
    from hmc_desktop.services.recalls.campaigns import RecallService

    action = RecallAction(args.action) if args.action else None
    created = RecallService(open_context(args)).create_orders(args.campaign_id, action)
    print(f"{created} orders created")
    return 0


def recall_export(args: argparse.Namespace) -> int:
    from hmc_desktop.cli.print_cmds import write_atomically
    from hmc_desktop.services.recalls.campaigns import RecallService

    text = RecallService(open_context(args)).export_csv(args.campaign_id)
    write_atomically(args.out, text.encode("utf-8-sig"))  # Excel reads å ä ö with the BOM
    return 0


def recall_letters(args: argparse.Namespace) -> int:
    from hmc_desktop.cli.print_cmds import write_atomically
    from hmc_desktop.services.recalls.letters import RecallLetterService

    write_atomically(args.out, RecallLetterService(open_context(args)).print_letters(
        args.campaign_id))
    return 0
