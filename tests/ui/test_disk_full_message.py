"""A full disk in the window is a sentence in the status bar, not the 'unexpected error' box."""

import errno

from hmc_desktop.ui.common import errors


def test_a_full_disk_is_said_as_such(qtbot):
    exc = OSError(errno.ENOSPC, "No space left on device", "/mnt/delad/hamtorder.pdf")
    assert errors.describe(exc) == (
        "Disken är full: /mnt/delad/hamtorder.pdf kunde inte skrivas. Ingenting lämnades "
        "halvskrivet; frigör utrymme och försök igen.")
