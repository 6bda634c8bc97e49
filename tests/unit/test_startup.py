"""The garbage collector around the process's start-up and exit (issue 3)."""

import gc
from collections.abc import Iterator

import pytest

from hmc_desktop import startup


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.unfreeze()
    startup._paused = False
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
