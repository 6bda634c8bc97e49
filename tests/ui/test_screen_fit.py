"""The main window's first size fits the screen it opens on (a 1366 × 768 workstation)."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from hmc_desktop.ui.screen_fit import DESIGNED, FRAME_ROOM, first_geometry


@pytest.mark.parametrize(("available", "size"), [
    (QRect(0, 0, 1920, 1040), DESIGNED),  # full HD less a task bar: the designed size
    (QRect(0, 0, 1366, 768), QSize(1350, 720)),  # no room for 900 px: the screen less a frame
    (QRect(0, 28, 1280, 692), QSize(1264, 644)),  # 1280 × 720 under a top panel
    (QRect(1920, 0, 1366, 728), QSize(1350, 680)),  # a second screen, right of the first
])
def test_the_window_and_its_frame_fit_the_available_area(available: QRect, size: QSize) -> None:
    got, corner = first_geometry(available)
    assert got == size
    frame = QRect(corner, got + FRAME_ROOM)
    assert available.contains(frame), (frame, available)


def test_where_there_is_room_the_frame_is_centred() -> None:
    size, corner = first_geometry(QRect(0, 0, 1920, 1080))
    assert size == DESIGNED
    assert corner == QPoint((1920 - 1416) // 2, (1080 - 948) // 2)
