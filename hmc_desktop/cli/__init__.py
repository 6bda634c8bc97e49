"""The `hmc-desktop` command: argument parsing, logging and exit codes (CONTRACT.md).

Exit codes: 0 success; 1 the command ran but found problems; 2 bad usage or unreadable
input. Errors are one sentence each on stderr; tracebacks go to the log file only.

Importing this package is cheap: SQLAlchemy, the models and the subcommands load in
:func:`main`, so that :func:`run` can pause the garbage collector before they do (issue 3,
start-up time; see :mod:`hmc_desktop.startup`).
"""

import logging
import sys
from collections.abc import Sequence

from hmc_desktop import startup

log = logging.getLogger("hmc_desktop.cli")


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns (and exits with) the process exit code."""
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from hmc_desktop.cli.common import CommandError, UsageError, close_all
    from hmc_desktop.cli.parser import build_parser
    from hmc_desktop.db.engine import DatabaseUrlError
    from hmc_desktop.domain.errors import DomainError
    from hmc_desktop.logsetup import setup_logging
    from hmc_desktop.machine_config import MachineConfigError
    from hmc_desktop.services.database import is_stale_save

    args_list = list(sys.argv[1:] if argv is None else argv)
    log_file = setup_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse already printed the usage problem
        return int(exc.code or 0)
    log.info("hmc-desktop %s", " ".join(args_list))
    if args.command is not None:  # the window ends the pause itself, once its first rows show
        startup.finished()
    try:
        code = int(args.handler(args))
    except (UsageError, MachineConfigError, DatabaseUrlError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        code = 2
    except CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        code = exc.exit_code
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        code = 1
    except OperationalError as exc:
        log.exception("database unavailable")
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown reason"
        print(f"error: cannot use the database ({reason}).", file=sys.stderr)
        code = 2
    except SQLAlchemyError as exc:
        if is_stale_save(exc):
            log.info("stale save refused", exc_info=True)
            print(f"error: {DomainError('stale_data')}", file=sys.stderr)
            code = 1
        else:
            log.exception("database error")
            print(f"error: the database refused the change; details in {log_file}.",
                  file=sys.stderr)
            code = 2
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        code = 2
    except Exception as exc:  # a bug: the person gets a sentence, the log gets the traceback
        log.exception("unexpected error")
        print(f"error: internal error ({type(exc).__name__}); details in {log_file}.",
              file=sys.stderr)
        code = 2
    finally:
        close_all()
    sys.stdout.flush()
    return code


def run() -> None:
    """The process's entry point (console script, ``python -m hmc_desktop``, the frozen build)."""
    startup.begin()
    code = main()
    startup.exiting()
    sys.exit(code)
