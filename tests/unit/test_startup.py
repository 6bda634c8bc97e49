"""The garbage collector around the process's start-up and exit (start-up time)."""

import gc
from collections.abc import Iterator

import pytest

from hmc_desktop import startup


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.unfreeze()
    startup._paused = startup._own_process = False
    (gc.enable if was else gc.disable)()


def test_start_up_pauses_collection_and_finishing_freezes_and_resumes_it():
    gc.enable()
    startup.begin()
    assert not gc.isenabled()
    startup.finished()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
    startup.finished()  # a second call (window and subcommand paths) changes nothing
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_finishing_leaves_a_collector_it_did_not_pause_alone():
    gc.disable()  # someone else's choice (an embedding program)
    startup.finished()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_exiting_freezes_what_is_left():
    startup.exiting()
    assert gc.get_freeze_count() > 0


def test_the_programs_own_process_loads_qt_without_pysides_import_hook(monkeypatch):
    import builtins

    startup.load_qt()  # embedding and tests: PySide's hook stays
    hooked = builtins.__import__
    assert hooked is builtins.__feature_import__  # type: ignore[attr-defined]
    monkeypatch.setattr(startup, "_own_process", True)
    monkeypatch.setattr(builtins, "__import__", hooked)  # put back after the test
    startup.load_qt()
    assert builtins.__import__ is builtins.__orig_import__  # type: ignore[attr-defined]
    import json  # imports work as before

    assert json.loads("[1]") == [1]
