"""The `hmc-desktop` command: argument parsing, logging and exit codes (CONTRACT.md).

Exit codes: 0 success; 1 the command ran but found problems; 2 bad usage or unreadable
input. Errors are one sentence each on stderr; tracebacks go to the log file only.

Importing this package is cheap: SQLAlchemy, the models and the subcommands load in
:func:`main`, so that :func:`run` can pause the garbage collector before they do (start-up time,
start-up time; see :mod:`hmc_desktop.startup`).
"""

import contextlib
import logging
import sys
from collections.abc import Sequence

from hmc_desktop import startup

log = logging.getLogger("hmc_desktop.cli")


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns (and exits with) the process exit code."""
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from hmc_desktop.cli.common import CommandError, UsageError, close_all, describe_os_error
    from hmc_desktop.cli.parser import build_parser
    from hmc_desktop.domain.errors import DomainError, Unusable
    from hmc_desktop.logsetup import setup_logging
    from hmc_desktop.machine_config import MachineConfigError
    from hmc_desktop.services.core.failures import is_stale_save

    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 prints escaped
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    log_file = setup_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse already printed the usage problem
        return int(exc.code or 0)
    log.info("hmc-desktop %s", " ".join(args_list))  # the log's formatter masks passwords
    if args.command is not None:  # the window ends the pause itself, once its first rows show
        startup.finished()
    try:
        code = int(args.handler(args))
    except (UsageError, MachineConfigError, Unusable) as exc:
        code = _say(exc, 2)
    except CommandError as exc:
        code = _say(exc, exc.exit_code)
    except DomainError as exc:
        code = _say(exc, 1)
    except OperationalError as exc:
        log.exception("database unavailable")
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown reason"
        code = _say(f"cannot use the database ({reason}).", 2)
    except SQLAlchemyError as exc:
        if is_stale_save(exc):
            log.info("stale save refused", exc_info=True)
            code = _say(DomainError("stale_data"), 1)
        else:
            log.exception("database error")
            code = _say(f"the database refused the change; details in {log_file}.", 2)
    except OSError as exc:  # a file or folder of ours: disk full, permissions, a vanished share
        log.exception("file error")
        code = _say(describe_os_error(exc), 2)
    except KeyboardInterrupt:
        code = _say("interrupted; nothing was changed by the unfinished step.", 2)
    except Exception as exc:  # a bug: the person gets a sentence, the log gets the traceback
        log.exception("unexpected error")
        code = _say(f"internal error ({type(exc).__name__}); details in {log_file}.", 2)
    finally:
        close_all()
    with contextlib.suppress(OSError):
        sys.stdout.flush()
    return code


def _say(problem: object, code: int) -> int:
    """Print one problem as one sentence on stderr (passwords masked); returns ``code``."""
    from hmc_desktop.redact import redact

    with contextlib.suppress(OSError):
        print(f"error: {redact(str(problem))}", file=sys.stderr)
    return code


def run() -> None:
    """The process's entry point (console script, ``python -m hmc_desktop``, the frozen build)."""
    startup.begin()
    code = main()
    startup.exiting()
    sys.exit(code)
