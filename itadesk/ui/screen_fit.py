"""Every window fits the screen it opens on: the office's 1366×768 laptop at 100 %, and a
1920×1080 screen at 125 % or 150 % (1536×864 and 1280×720 in Qt's logical pixels).

Dialogs and the main window ask for a comfortable size; on a smaller screen they are
shrunk to what the screen holds (less the title bar) and moved inside it when they are
shown. One filter on the application does it for every window, so a new dialog cannot
forget to.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

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


class FitsOnScreen(QObject):
    """Installed on the application: fits every dialog and main window as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(watched, (QDialog, QMainWindow)) and watched.isWindow():
            fit_on_screen(watched)
        return False
