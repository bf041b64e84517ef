"""Every window fits the screen it opens on: the office's 1366×768 laptop at 100 %, and a
1920×1080 screen at 125 % or 150 % (1536×864 and 1280×720 in Qt's logical pixels).

The main window and the large dialogs ask for a comfortable size; on a smaller screen they
are shrunk to what the screen holds (frame included) and moved inside it as they are
shown (their ``showEvent`` calls ``fit_on_screen``). tests/ui/test_screen_fit.py opens every
dialog on those screens, so a new dialog that does not fit fails there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

TITLE_BAR = 32
"""Room kept for the title bar while the window system has not told Qt its frame yet."""


def screen_area(window: QWidget) -> QRect:
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def fit_on_screen(window: QWidget) -> None:
    """Shrink ``window`` (frame included) to its screen, never below its layout's minimum,
    and move it inside."""
    area = screen_area(window)
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w = frame.width() - inner.width()
    extra_h = frame.height() - inner.height() or TITLE_BAR
    room_w, room_h = area.width() - extra_w, area.height() - extra_h
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = max(min(window.width(), room_w), min(minimum.width(), room_w))
    height = max(min(window.height(), room_h), min(minimum.height(), room_h))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() + 1 - width - extra_w)
    y = min(max(window.y(), area.top()), area.bottom() + 1 - height - extra_h)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
