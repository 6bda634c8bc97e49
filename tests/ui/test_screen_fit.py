"""Windows fit the screen they open on (a 1366 × 768 or 1280 × 720 workstation): sizes come
from the screen's available area, are remembered, and are clipped to the screen each time."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from hmc_desktop.ui.common import screen_fit
from hmc_desktop.ui.common.screen_fit import (
    FRAME_ROOM,
    first_geometry,
    fit_to_screen,
    remember_size,
)


@pytest.mark.parametrize(("available", "size"), [
    (QRect(0, 0, 1920, 1040), QSize(1400, 900)),  # full HD less a task bar: what it asks for
    (QRect(0, 0, 1366, 768), QSize(1350, 720)),  # no room for 900 px: the screen less a frame
    (QRect(0, 28, 1280, 692), QSize(1264, 644)),  # 1280 × 720 under a top panel
    (QRect(1920, 0, 1366, 728), QSize(1350, 680)),  # a second screen, right of the first
])
def test_the_window_and_its_frame_fit_the_available_area(available: QRect, size: QSize) -> None:
    got, corner = first_geometry(available, QSize(1400, 900))
    assert got == size
    frame = QRect(corner, got + FRAME_ROOM)
    assert available.contains(frame), (frame, available)


def test_where_there_is_room_the_frame_is_centred() -> None:
    size, corner = first_geometry(QRect(0, 0, 1920, 1080), QSize(1400, 900))
    assert size == QSize(1400, 900)
    assert corner == QPoint((1920 - 1416) // 2, (1080 - 948) // 2)


def test_a_size_left_on_a_large_monitor_is_remembered_and_clipped_on_a_laptop(
        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLabel("x"))
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, "testDialog", QSize(300, 200))
    remember_size("testDialog", QSize(1800, 1000))  # left that large on a 1920 × 1080 monitor
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(0, 0, 1280, 720))
    dialog.show()
    assert dialog.width() <= 1280 - FRAME_ROOM.width()
    assert dialog.height() <= 720 - FRAME_ROOM.height()
    dialog.resize(640, 400)
    dialog.hide()  # the person's size is kept for the next time
    dialog.show()
    assert dialog.size() == QSize(640, 400)


def test_the_queue_fits_1366_by_768_at_150_percent_without_scrolling_sideways(qtbot, window):
    """At 150 % a 1366 px screen is 910 logical px wide: the queue's content must be narrower
    (the type filter asked for 406 px alone), and the detail panel is never cut sideways."""
    room = screen_fit.room_in(QRect(0, 0, round(1366 / 1.5), round(728 / 1.5)))
    content = window.centralWidget().widget()
    assert content.minimumSizeHint().width() <= room.width()
    details = window.queue_tab.details
    assert details.minimumSizeHint().width() >= details.scroller.widget().minimumSizeHint().width()


def test_ctrl_plus_and_minus_zoom_the_text_and_ctrl_0_resets_it_remembered(qtbot, window):
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from hmc_desktop.ui.shell import zoom
    from tests.ui.test_flow_centre import activate

    activate(qtbot, window)
    normal = QApplication.font().pointSizeF()
    title = window.queue_tab.details.title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > normal
    assert window.queue_tab.details.title.font().pointSizeF() > title  # a heading grows too
    assert float(QSettings().value(zoom.SETTING)) == zoom.current_factor() > 1.0
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() < normal
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == normal
    assert window.queue_tab.details.title.font().pointSizeF() == title


def test_a_size_the_screen_forced_is_not_remembered(qtbot, monkeypatch: pytest.MonkeyPatch):
    """Clipped to a 150 % laptop, not chosen: tomorrow's full HD monitor gets the full size."""
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLabel("x"))
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, "clippedDialog", QSize(1200, 800))
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(0, 0, 910, 485))
    dialog.show()
    dialog.hide()
    assert screen_fit.remembered_size("clippedDialog") is None
