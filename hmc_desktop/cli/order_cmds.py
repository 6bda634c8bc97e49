"""The order's actions on the command line (CONTRACT): start, wait, resume, complete, cancel,
propose-cost and answer, each printing ``ORDER_NO: STATUS``.

They act as the current user (``HMC_USER``, else the login) through the same services as the
window, so the order's state machine (W1, W4, W6, W9, S5) and the roles decide: a refusal
is a :class:`~hmc_desktop.domain.errors.DomainError`, which the command turns into one
sentence on stderr and exit code 1, with nothing changed.
"""

import argparse
from decimal import Decimal, InvalidOperation

from hmc_desktop.cli.common import open_context
from hmc_desktop.services.core.context import ServiceContext
from hmc_desktop.services.orders.actions import OrderView


def add_parsers(osub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """``order start|resume|complete|wait|cancel|propose-cost|answer`` under ``order``."""
    for name, what, handler in (("start", "start work on the order (W1, W6)", start),
                                ("resume", "resume a waiting order (W1, W9)", resume),
                                ("complete", "complete a started order (W1, S5)", complete)):
        p = osub.add_parser(name, help=what)
        p.add_argument("order_no")
        p.set_defaults(handler=handler)
    for name, what, handler in (("wait", "put a started order on hold, with a reason", wait),
                                ("cancel", "cancel the order with a reason; the orderer is told "
                                           "(W4)", cancel)):
        p = osub.add_parser(name, help=what)
        p.add_argument("order_no")
        p.add_argument("--reason", required=True, metavar="TEXT")
        p.set_defaults(handler=handler)
    p = osub.add_parser("propose-cost", help="price a type 7 order; it waits for the answer (W9)")
    p.add_argument("order_no")
    p.add_argument("--amount", required=True, type=_kronor, metavar="SEK")
    p.add_argument("--description", metavar="TEXT",
                   help="what the proposal covers (default: the order's description)")
    p.set_defaults(handler=propose_cost)
    p = osub.add_parser("answer", help="record the orderer's answer to the cost proposal (W9)")
    p.add_argument("order_no")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true", help="go ahead: the order is started")
    choice.add_argument("--decline", action="store_true", help="the order is closed (cancelled)")
    p.add_argument("--by", metavar="NAME", help="who answered (default: the order's orderer)")
    p.set_defaults(handler=answer)


def _kronor(text: str) -> Decimal:
    """'12345.50', '12 345,50' → Decimal; anything else is bad usage (exit 2)."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount in kronor") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount in kronor")
    return value


def _context(args: argparse.Namespace) -> ServiceContext:
    return open_context(args)


def _print(view: OrderView) -> int:
    print(f"{view.order_no}: {view.status}")
    return 0


def start(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService

    return _print(OrderService(_context(args)).start(args.order_no))


def resume(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService

    return _print(OrderService(_context(args)).resume(args.order_no))


def complete(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService

    return _print(OrderService(_context(args)).complete(args.order_no))


def wait(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService

    return _print(OrderService(_context(args)).wait(args.order_no, args.reason))


def cancel(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService

    return _print(OrderService(_context(args)).cancel(args.order_no, args.reason))


def propose_cost(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService
    from hmc_desktop.services.orders.cost_proposals import CostProposalService

    ctx = _context(args)
    orders = OrderService(ctx)
    description = args.description if args.description is not None else \
        orders.show(args.order_no).description
    CostProposalService(ctx).propose(args.order_no, args.amount, description)
    return _print(orders.show(args.order_no))


def answer(args: argparse.Namespace) -> int:
    from hmc_desktop.services.orders.actions import OrderService
    from hmc_desktop.services.orders.cost_proposals import CostProposalService

    ctx = _context(args)
    orders = OrderService(ctx)
    by = args.by if args.by is not None else orders.show(args.order_no).orderer_name or ""
    proposals = CostProposalService(ctx)
    if args.approve:
        proposals.approve(args.order_no, by)
    else:
        proposals.decline(args.order_no, by)
    return _print(orders.show(args.order_no))
