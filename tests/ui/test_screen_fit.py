"""The main window and every dialog fit the offices' screens: 1366×768 at 100 %, 1920×1080
at 125 % and 150 %. Each screen runs in its own process (Qt's scale factor and screen are
fixed when the application starts), on the offscreen platform given that screen's size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768 100%": (1366, 768, "1"),
    "1920x1080 125%": (1920, 1080, "1.25"),
    "1920x1080 150%": (1920, 1080, "1.5"),
}


def report_fit(workspace: str, folder: str) -> None:
    """In the child process: open the window and every dialog, print what does not fit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea

    from itadesk.db import Store, open_workspace
    from itadesk.ui.app import application
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.screen_fit import screen_area
    from tests.ui.test_languages import _dialogs

    application()
    window = MainWindow(Store(open_workspace(workspace)))
    window.resize(1280, 800)  # what the window asks for on a first start
    window.set_year(2566)
    window.show()
    QCoreApplication.processEvents()
    problems = []

    def check(widget, name: str) -> None:
        area = screen_area(widget)
        if not area.contains(widget.frameGeometry()):
            problems.append(f"{name}: {widget.frameGeometry().getRect()} off the screen {area.getRect()}")
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            problems.append(f"{name}: {widget.size().toTuple()} smaller than its contents {hint.toTuple()}")
        for button in widget.findChildren(QAbstractButton):
            if scrolled(button, widget):
                continue  # inside a scroll area: reached by scrolling, not cut off
            if button.isVisibleTo(widget) and not widget.rect().contains(
                button.geometry().translated(button.parentWidget().mapTo(widget, button.pos()) - button.pos())
            ):
                problems.append(f"{name}: button {button.text()!r} cut off")

    def scrolled(child, top) -> bool:
        parent = child.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        check(window, f"window tab {index}")
    bar = window.statusBar()
    if bar.mapTo(window, bar.rect().bottomRight()).y() >= window.height():
        problems.append("status bar below the window")
    for dialog in _dialogs(window, Path(folder)):
        dialog.show()
        QCoreApplication.processEvents()
        check(dialog, type(dialog).__name__)
        dialog.done(0)
    print(json.dumps(problems, ensure_ascii=False))


@pytest.mark.parametrize("screen", SCREENS)
def test_window_and_every_dialog_fit_the_screen(screen, demo_path, tmp_path):
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "office",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    code = (
        f"from tests.ui.test_screen_fit import report_fit; report_fit({str(demo_path)!r}, {str(tmp_path)!r})"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stderr[-2000:]
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == [], f"{screen}: {problems}"
