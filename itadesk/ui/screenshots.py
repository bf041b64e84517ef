"""Pictures of the window's tabs, made without a screen.

Used for the README and by the frozen app's smoke test, which thereby proves that the
bundle's Qt plugins and fonts load: the window is built on the offscreen platform unless a
platform is already chosen, each tab is shown in turn and grabbed to a PNG.
"""

from __future__ import annotations

import os
from pathlib import Path

from itadesk.db import Store
from itadesk.errors import ITADeskError
from itadesk.ui.i18n import tr

TAB_FILES = ("scores", "checklist", "measures", "analysis")


def save_screenshots(store: Store, folder: Path, year: int | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from itadesk.ui.app import application
    from itadesk.ui.main_window import MainWindow

    if year is not None and year not in store.years():
        raise ITADeskError(tr("ไม่มีเกณฑ์การประเมินของปี {0} ในไฟล์นี้").format(year))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ITADeskError(tr("สร้างโฟลเดอร์ {0} ไม่ได้: {1}").format(folder, exc.strerror or exc)) from exc
    app = application()
    window = MainWindow(store)
    if year is not None:
        window.set_year(year)
    window.show()
    window.resize(1280, 800)  # after show: the picture's size, whatever screen fitting chose
    paths = []
    for index, name in enumerate(TAB_FILES):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        path = folder / f"{name}.png"
        if not window.grab().save(str(path)):
            raise ITADeskError(tr("บันทึกภาพ {0} ไม่ได้").format(path))
        paths.append(path)
    window.hide()
    window.deleteLater()
    return paths
