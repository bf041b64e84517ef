"""GUI fixtures: the real main window on a temporary workspace, and a helper that answers
a modal dialog the way a user would once it is on screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from itadesk.db import Store, open_workspace
from itadesk.ui.app import application
from itadesk.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, qapp):
    application()  # ITADesk's name and bundled Thai font on pytest-qt's QApplication
    windows = []

    def make(path, year: int | None = None) -> MainWindow:
        """The window as a start opens it (on the current fiscal year), or on ``year``."""
        window = MainWindow(Store(open_workspace(path)))
        if year is not None:
            window.set_year(year)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def when_dialog_opens(qtbot):
    """Run ``handler(dialog)`` on the next modal dialog; the test then triggers it."""
    handled: list[QWidget] = []

    def arm(handler: Callable[[QWidget], None]) -> list[QWidget]:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, poll)
                return
            handled.append(dialog)
            handler(dialog)

        QTimer.singleShot(0, poll)
        return handled

    return arm


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Thai and emoji included.

    QTest.keyClicks handles only ASCII (it asserts on Thai), so each character is sent as
    the key event a Thai keyboard layout would produce: no key code, the character as text.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
