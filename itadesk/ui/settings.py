"""What the window remembers on this PC: its size and place, the splitters, the column
widths of every table, the language. Kept in ``ui.ini`` in the user data folder (not in the
workspace, which travels between PCs with different screens)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow

from itadesk.paths import user_data_dir


def ui_settings() -> QSettings:
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)


def save_window(window: QMainWindow, headers: dict[str, QHeaderView]) -> None:
    settings = ui_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for name, header in headers.items():
        settings.setValue(f"columns/{name}", header.saveState())
    settings.sync()


def restore_window(window: QMainWindow, headers: dict[str, QHeaderView]) -> bool:
    """Put back what ``save_window`` kept; False on a first start (nothing to restore)."""
    settings = ui_settings()
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
        window.restoreState(settings.value("window/state") or b"")
    for name, header in headers.items():
        state = settings.value(f"columns/{name}")
        if state is not None:
            header.restoreState(state)
    return geometry is not None
