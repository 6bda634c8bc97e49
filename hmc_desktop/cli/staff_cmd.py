"""`staff list` and `staff add LOGIN --name N --role R [--service-account]` (administrators).

Who works at the centre, with which role (DOMAIN "Who uses it"), and which logins are
service accounts that ``HMC_USER`` may name (a scheduled ``sync`` task's account, a test
script's). ``staff add`` adds a login or sets every field of an existing one.
"""

import argparse

from hmc_desktop.cli.common import open_context
from hmc_desktop.domain.types import Role


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser("staff", help="staff members, roles and service accounts (administrators)")
    ssub = p.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    ssub.add_parser("list", help="every staff member").set_defaults(handler=staff_list)
    add = ssub.add_parser("add", help="add a staff member, or set every field of one")
    add.add_argument("login", help="the operating-system login name")
    add.add_argument("--name", required=True, help="the name the program shows")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--service-account", action="store_true",
                     help="HMC_USER may name this login (scheduled tasks, scripts)")
    add.add_argument("--inactive", action="store_true", help="the login may no longer work")
    add.set_defaults(handler=staff_add)


def staff_list(args: argparse.Namespace) -> int:
    from hmc_desktop.services.core.admin import AdminService

    for m in AdminService(open_context(args)).staff():
        flags = [f for f, on in (("service account", m.service_account),
                                 ("inactive", not m.active)) if on]
        extra = f"  ({', '.join(flags)})" if flags else ""
        print(f"{m.login}\t{m.role.value}\t{m.display_name}{extra}")
    return 0


def staff_add(args: argparse.Namespace) -> int:
    from hmc_desktop.services.core.admin import AdminService

    AdminService(open_context(args)).save_staff(
        args.login, args.name, Role(args.role), active=not args.inactive,
        service_account=args.service_account)
    kind = "service account" if args.service_account else "staff member"
    print(f"{args.login.strip()}: {args.role} ({kind}{', inactive' if args.inactive else ''})")
    return 0
