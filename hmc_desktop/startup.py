"""The garbage collector around start-up and exit of the ``hmc-desktop`` process (issue 3).

Start-up imports SQLAlchemy, Qt and the program's modules and builds the window: a few
hundred thousand objects that live as long as the process, and almost no garbage. With
the collector on, CPython 3.11 walks all of them again and again while they are being
made (a tenth of a second), and at exit the interpreter's teardown walks them once more
per pass (almost half a second at 100,000 orders). So:

* :func:`begin` pauses automatic collection as the process starts;
* :func:`finished` ends the pause once start-up is over (a subcommand's arguments are
  parsed; the window shows its first rows). What start-up built moves to the collector's
  permanent generation (``gc.freeze``): later collections only look at newer objects;
* :func:`exiting` does the same just before the process ends, so that the teardown does
  not search the whole heap for cycles that are about to vanish with the process anyway.

Only :func:`hmc_desktop.cli.run` (the process itself) calls :func:`begin` and
:func:`exiting`; embedding and tests leave the collector alone, and :func:`finished` is
then a no-op.
"""

import gc

_paused = False


def begin() -> None:
    """Pause automatic garbage collection for start-up."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def finished() -> None:
    """Start-up is over: keep its objects out of later collections and collect again."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def exiting() -> None:
    """The process ends now: its teardown need not walk every object for cycles."""
    gc.freeze()
