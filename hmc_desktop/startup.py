"""The garbage collector around start-up and exit of the ``hmc-desktop`` process (start-up time).

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

Also :func:`load_qt`: importing PySide6 replaces Python's ``__import__`` with a hook for
PySide's ``from __feature__ import snake_case`` switches, and that hook reads the *source
file* of every module imported after PySide to look for the word "PySide6" (20-60 ms for
the window's modules). This program uses no ``__feature__``; in its own process the hook
is taken out again (PySide keeps the original as ``builtins.__orig_import__``).

Only :func:`hmc_desktop.cli.run` (the process itself) calls :func:`begin` and
:func:`exiting`; embedding and tests leave the collector and the import hook alone, and
:func:`finished` is then a no-op.
"""

import builtins
import gc

_paused = False
_own_process = False  # begin() was called: this is the hmc-desktop process itself


def begin() -> None:
    """Pause automatic garbage collection for start-up."""
    global _paused, _own_process
    _own_process = True
    if gc.isenabled():
        gc.disable()
        _paused = True


def load_qt() -> None:
    """Import Qt for the window; in the program's own process, without PySide's import hook."""
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature_import = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if _own_process and original is not None and builtins.__import__ is feature_import:
        builtins.__import__ = original


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
