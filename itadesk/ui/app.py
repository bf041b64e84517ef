"""Starting the window: the Qt application, the bundled font, the workspace, first run."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from itadesk import APP_NAME, __version__
from itadesk.db import Store, open_workspace
from itadesk.errors import WorkspaceError
from itadesk.ui.fonts import register_fonts, ui_font


def application() -> QApplication:
    """The process's QApplication, created once with ITADesk's name and Thai font."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    register_fonts()
    app.setFont(ui_font())
    return app  # type: ignore[return-value]


def run(workspace: Path) -> int:
    from itadesk.ui.main_window import MainWindow

    app = application()
    try:
        store = Store(open_workspace(workspace))
    except WorkspaceError as exc:
        QMessageBox.critical(None, "เปิดไฟล์ข้อมูลไม่ได้", str(exc))
        return 1
    window = MainWindow(store)
    window.show()
    if not store.agency().is_set:
        window.edit_agency(first_run=True)
    return app.exec()
