"""The main window: a fiscal-year selector and dashboard line over the four working tabs,
and the menus.

The window owns the store and wires the tabs to it; each tab reloads itself when the
year changes. Every edit is already committed when a tab reports it, so the status bar
can say when the last one was saved, the undo stack can take it back, and closing the window
loses nothing. Exchanges with other PCs live in ``exchange.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from itadesk.db import Store
from itadesk.db.yearly import open_current_year, planned_items, proposed_carry, start_new_year
from itadesk.errors import Cancelled
from itadesk.paths import user_data_dir
from itadesk.reporting import REPORT_KINDS
from itadesk.spreadsheets import export_workbook
from itadesk.ui.dialogs.agency_dialog import AgencyDialog
from itadesk.ui.dialogs.calendar_dialog import edit_calendar
from itadesk.ui.dialogs.framework_editor import edit_framework
from itadesk.ui.dialogs.help_dialogs import AboutDialog, GuideDialog
from itadesk.ui.dialogs.import_dialog import import_from_file
from itadesk.ui.dialogs.list_dialog import adjust_list
from itadesk.ui.dialogs.match_view import confirm_carry
from itadesk.ui.dialogs.recovery import choose_and_restore
from itadesk.ui.dialogs.report_export import export_report
from itadesk.ui.dialogs.signers_dialog import edit_signers
from itadesk.ui.editing import commit_open_editor
from itadesk.ui.exchange import ExchangeActions
from itadesk.ui.feedback import attempt
from itadesk.ui.i18n import DATA, LANGUAGES, language, set_language, tr
from itadesk.ui.publishing_menu import PublishingActions
from itadesk.ui.screen_fit import fit_on_screen
from itadesk.ui.settings import restore_window, save_window
from itadesk.ui.style import flagged_note
from itadesk.ui.tabs.analysis_tab import AnalysisTab, deadline_text
from itadesk.ui.tabs.checklist_tab import ChecklistTab
from itadesk.ui.tabs.measures_tab import MeasuresTab
from itadesk.ui.tabs.scores_tab import ScoresTab
from itadesk.ui.undo import History
from itadesk.ui.widgets.framework_banner import FrameworkBanner
from itadesk.ui.widgets.progress import ProgressReporter


class MainWindow(ExchangeActions, QMainWindow):
    def __init__(self, store: Store, workspace: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.workspace = workspace
        self.resize(1280, 800)

        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(6)
        self.agency_label = QLabel()
        self.agency_label.setObjectName(DATA)
        self.agency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        toolbar = QToolBar(tr("ปีงบประมาณ"))
        toolbar.setObjectName("yearToolbar")
        toolbar.setMovable(False)
        year_caption = QLabel(tr("ปีงบประมาณ พ.ศ. "))
        year_caption.setBuddy(self.year_combo)
        toolbar.addWidget(year_caption)
        toolbar.addWidget(self.year_combo)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.dashboard_label = QLabel()
        self.dashboard_label.setObjectName("dashboard")
        toolbar.addSeparator()
        toolbar.addWidget(self.dashboard_label)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.agency_label)
        self.addToolBar(toolbar)

        self.scores_tab = ScoresTab(store)
        self.checklist_tab = ChecklistTab(store)
        self.measures_tab = MeasuresTab(store)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scores_tab, tr("คะแนนตัวชี้วัด"))
        self.tabs.addTab(self.checklist_tab, tr("รายการตรวจ OIT"))
        self.tabs.addTab(self.measures_tab, tr("มาตรการ"))
        self.analysis_tab = AnalysisTab(store)
        self.tabs.addTab(self.analysis_tab, tr("วิเคราะห์ผล"))
        self.analysis_tab.years_changed.connect(self.refresh_years)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.banner = FrameworkBanner()
        self.banner.fix_requested.connect(self.adjust_list)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 4, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        for tab in self.year_tabs:
            tab.edited.connect(self._edited)

        self.saved_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName(DATA)  # the person's own name
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.undo_stack = QUndoStack(self)
        self.history = History(
            self.undo_stack,
            reload=self._after_undo,
            report=lambda message: QMessageBox.warning(self, tr("เลิกทำไม่สำเร็จ"), message),
        )
        self.history.attach(store)
        self._rollup_window = None
        self._build_menus()

        attempt(self, lambda: open_current_year(store), tr("เปิดปีงบประมาณปัจจุบันไม่สำเร็จ"))
        for year in store.years_in_use():
            self.year_combo.addItem(str(year), year)
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.refresh_agency()
        self._update_conflicts_action()
        self.set_year(store.default_year())
        restore_window(self, self._headers())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        fit_on_screen(self)  # the office's 1366×768 screen, or a scaled one

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("แฟ้ม (&F)"))
        agency_action = QAction(tr("ข้อมูลหน่วยงานและผู้ใช้…"), self)
        agency_action.triggered.connect(lambda _checked=False: self.edit_agency())
        file_menu.addAction(agency_action)
        self.signers_action = QAction(tr("ผู้ลงนามท้ายรายงาน…"), self)
        self.signers_action.triggered.connect(lambda _checked=False: edit_signers(self))
        file_menu.addAction(self.signers_action)
        user_action = QAction(tr("เปลี่ยนผู้ใช้เครื่องนี้…"), self)
        user_action.triggered.connect(lambda _checked=False: self.ask_user_name())
        file_menu.addAction(user_action)
        export_action = QAction(tr("บันทึกสำเนาไปยัง USB…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        export_action.triggered.connect(self.export_copy)
        file_menu.addAction(export_action)
        merge_action = QAction(tr("รวมข้อมูลจาก USB…"), self)
        merge_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        merge_action.triggered.connect(lambda _checked=False: self.merge_copy())
        file_menu.addAction(merge_action)
        self.conflicts_action = QAction(tr("เลือกค่าที่แก้ไขบนสองเครื่อง…"), self)
        self.conflicts_action.triggered.connect(lambda _checked=False: self.choose_conflicts())
        file_menu.addAction(self.conflicts_action)
        file_menu.addSeparator()
        import_action = QAction(tr("นำเข้ามาตรการจาก Excel/CSV…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(lambda _checked=False: self.import_measures())
        file_menu.addAction(import_action)
        xlsx_action = QAction(tr("ส่งออกเป็น Excel…"), self)
        xlsx_action.setShortcut(QKeySequence("Ctrl+E"))
        xlsx_action.triggered.connect(lambda _checked=False: self.export_xlsx())
        file_menu.addAction(xlsx_action)
        self.publishing = PublishingActions(self, file_menu)
        rollup_action = QAction(tr("ภาพรวมหลายหน่วยงาน…"), self)
        rollup_action.triggered.connect(lambda _checked=False: self.open_rollup())
        file_menu.addAction(rollup_action)
        file_menu.addSeparator()
        restore_action = QAction(tr("เรียกคืนข้อมูลสำรอง…"), self)
        restore_action.triggered.connect(self.restore_backup)
        restore_action.setEnabled(self.workspace is not None)
        file_menu.addAction(restore_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("ออกจากโปรแกรม"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(tr("แก้ไข (&E)"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("เลิกทำ"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, tr("ทำซ้ำ"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        add_measure_action = QAction(tr("เพิ่มมาตรการ…"), self)
        add_measure_action.setShortcut(QKeySequence("Ctrl+N"))
        add_measure_action.triggered.connect(lambda _checked=False: self.add_measure())
        edit_menu.addAction(add_measure_action)

        year_menu = self.menuBar().addMenu(tr("ปีงบประมาณ (&Y)"))
        new_year_action = QAction(tr("เริ่มปีงบประมาณใหม่…"), self)
        new_year_action.triggered.connect(lambda _checked=False: self.start_new_year())
        year_menu.addAction(new_year_action)
        list_action = QAction(tr("ปรับรายการตามคู่มือ…"), self)
        list_action.triggered.connect(lambda _checked=False: self.adjust_list())
        year_menu.addAction(list_action)
        calendar_action = QAction(tr("ปฏิทินการประเมินของปีนี้…"), self)
        calendar_action.triggered.connect(lambda _checked=False: self.edit_calendar())
        year_menu.addAction(calendar_action)
        framework_action = QAction(tr("แก้ไขเกณฑ์การประเมินของปีนี้…"), self)
        framework_action.triggered.connect(lambda _checked=False: self.edit_framework())
        year_menu.addAction(framework_action)

        report_menu = self.menuBar().addMenu(tr("รายงาน (&R)"))
        self.report_actions: dict[str, QAction] = {}
        for kind, label in REPORT_KINDS.items():
            action = QAction(f"{tr(label)}…", self)
            action.triggered.connect(lambda _checked=False, k=kind: self.export_report(k))
            report_menu.addAction(action)
            self.report_actions[kind] = action
        self.publishing.add_survey_action(report_menu)

        view_menu = self.menuBar().addMenu(tr("มุมมอง (&V)"))
        for index, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, i=index: self.show_tab(i))
            view_menu.addAction(action)

        view_menu.addSeparator()
        language_menu = view_menu.addMenu("ภาษา / Language")
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(tr("ช่วยเหลือ (&H)"))
        guide = QAction(tr("คู่มือการใช้งาน"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(lambda _checked=False: GuideDialog(self).exec())
        help_menu.addAction(guide)
        logs = QAction(tr("เปิดโฟลเดอร์บันทึกข้อผิดพลาด"), self)
        logs.triggered.connect(lambda _checked=False: self._open_logs())
        help_menu.addAction(logs)
        help_menu.addSeparator()
        about = QAction(tr("เกี่ยวกับ ITADesk"), self)
        about.triggered.connect(lambda _checked=False: AboutDialog(self).exec())
        help_menu.addAction(about)

    def choose_language(self, code: str) -> None:
        """Remember the language for this PC; the window shows it from the next start."""
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        if code == language():
            return
        set_language(code)
        QMessageBox.information(
            self,
            "ภาษา / Language",
            "ITADesk จะแสดงภาษาที่เลือกเมื่อเปิดโปรแกรมครั้งถัดไป\nITADesk will use the chosen language from the next start.",
        )

    def _open_logs(self) -> None:
        folder = user_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @property
    def year_tabs(self) -> tuple:
        return (self.scores_tab, self.checklist_tab, self.measures_tab, self.analysis_tab)

    # -- state -----------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self.year_combo.currentData()

    def set_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0 and year in self.store.years():  # a year without data, asked for by name
            self._fill_years(self.store.years_in_use() + [year])
            index = self.year_combo.findData(year)
        if index >= 0 and index != self.year_combo.currentIndex():
            self.year_combo.setCurrentIndex(index)  # -> _year_changed
        elif index >= 0:
            self._year_changed(index)

    def _year_changed(self, _index: int) -> None:
        year = self.year
        if year is None:
            return
        commit_open_editor(self)  # into the year the tabs still show
        framework = self.store.framework(year)
        for tab in self.year_tabs:
            tab.set_year(year)
        attempt(self, lambda: self.store.set_setting("open_year", str(year)))
        self.banner.show_for(framework)
        self.statusBar().showMessage(framework.title, 5000)
        self._update_title()
        self._update_dashboard()

    def refresh_agency(self) -> None:
        agency = self.store.agency()
        location = " ".join(
            part
            for part in (
                tr("อ.{0}").format(agency.district) if agency.district else "",
                tr("จ.{0}").format(agency.province) if agency.province else "",
            )
            if part
        )
        self.agency_label.setText(f"{agency.full_name} {location}".strip() or tr("ยังไม่ได้กรอกข้อมูลหน่วยงาน"))
        user = self.store.user_name
        self.user_label.setText(tr("ผู้ใช้: {0}").format(user) if user else tr("ผู้ใช้: (ยังไม่ได้ระบุ)"))
        self._update_title()

    def _update_title(self) -> None:
        agency = self.store.agency()
        parts = [
            "ITADesk",
            agency.full_name or None,
            tr("ปีงบประมาณ {0}").format(self.year) if self.year else None,
        ]
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def _edited(self) -> None:
        self.saved_label.setText(tr("บันทึกแล้ว {0:%H:%M:%S}").format(dt.datetime.now()))
        self._update_dashboard()

    def _update_dashboard(self) -> None:
        if self.year is not None:
            self.dashboard_label.setText(deadline_text(self.store, self.year))
            problem = self.store.framework_problems.get(self.year)
            if problem:  # the stored framework cannot be read: the built-in one is shown
                self.dashboard_label.setText(
                    f"{self.dashboard_label.text()} · {tr('⚠ เกณฑ์ของปีนี้ในไฟล์อ่านไม่ได้ จึงใช้เกณฑ์ที่มากับ ITADesk')}"
                )
            stored = self.store.stored_problems(self.year)
            if stored:  # values an older ITADesk or a hand edit left: shown put right, flagged
                self.dashboard_label.setText(
                    f"{self.dashboard_label.text()} · "
                    + tr("⚠ ค่าที่บันทึกไว้ไม่ถูกต้อง {0} รายการ (ดูคำอธิบาย)").format(len(stored))
                )
            shown = [*([problem] if problem else []), *stored[:20]]
            if len(stored) > 20:
                shown.append(tr("… และอีก {0} รายการ").format(len(stored) - 20))
            self.dashboard_label.setToolTip(flagged_note(shown) if stored else problem or "")

    def show_tab(self, index: int) -> None:
        """Switch tab from the keyboard, with the focus in the tab's table."""
        commit_open_editor(self)
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def add_measure(self) -> None:
        """Ctrl+N from any tab: the measures tab and its new-measure dialog."""
        self.show_tab(self.tabs.indexOf(self.measures_tab))
        self.measures_tab.add_measure()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.analysis_tab and self.year is not None:
            self.analysis_tab.reload()  # its draft follows scores and ticks made in the other tabs

    def _after_undo(self) -> None:
        """Every tab shows the store again after an undo or redo (which may touch any year)."""
        self._edited()
        if not set(self.store.years_in_use()) <= {
            self.year_combo.itemData(i) for i in range(self.year_combo.count())
        }:
            self.refresh_years()
        else:
            self.set_year(self.year)
        self.refresh_agency()

    def refresh_years(self) -> None:
        """After a new fiscal year appeared (a plan measure, a new year started)."""
        current = self.year
        self._fill_years(self.store.years_in_use() + ([current] if current in self.store.years() else []))
        self.set_year(current if current in self.store.years() else self.store.default_year())

    def _fill_years(self, years: list[int]) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(set(years)):
            self.year_combo.addItem(str(year), year)
        self.year_combo.blockSignals(False)

    # -- actions ---------------------------------------------------------------------------

    def edit_agency(self, first_run: bool = False) -> bool:
        answer, accepted = AgencyDialog.ask(
            self, self.store.agency(), self.store.user_name, first_run=first_run
        )
        if not accepted or answer is None:
            return False
        agency, user_name = answer

        def save() -> None:
            self.store.set_user_name(user_name)
            self.store.set_agency(agency)

        _, ok = attempt(self, save)
        if ok:
            self.refresh_agency()
            self._edited()
        return ok

    def ask_first_questions(self, taken_over: bool) -> None:
        """At start: the office and user on a first run; who works here on a PC new to this
        user (no name yet) or to this file (``taken_over``: last opened on another PC)."""
        if not self.store.agency().is_set:
            self.edit_agency(first_run=True)
        elif taken_over or not self.store.user_name:
            self.ask_user_name(taken_over=taken_over)

    def ask_user_name(self, taken_over: bool = False) -> bool:
        """Who works on this PC (asked on first use here, when a file arrives from another
        PC, or from the File menu); the name stays on this PC and signs its edits."""
        question = (
            tr("ไฟล์นี้ใช้งานครั้งล่าสุดบนเครื่องอื่น\nใครใช้งาน ITADesk บนเครื่องนี้? (ชื่อ - นามสกุล)")
            if taken_over
            else tr("ใครใช้งาน ITADesk บนเครื่องนี้? (ชื่อ - นามสกุล)")
        )
        name, ok = QInputDialog.getText(self, tr("ผู้ใช้เครื่องนี้"), question, text=self.store.user_name)
        if not ok or not name.strip():
            return False
        _, saved = attempt(self, lambda: self.store.set_user_name(name))
        self.refresh_agency()
        return saved

    def start_new_year(self) -> int | None:
        """Open the next fiscal year from the one shown: measures as its plan, checklist
        units and URLs carried over, last year kept as it is."""
        commit_open_editor(self)
        source, target = self.year, self.year + 1
        answer = QMessageBox.question(
            self,
            tr("เริ่มปีงบประมาณใหม่"),
            tr(
                "เริ่มปีงบประมาณ {0} จากปี {1} หรือไม่?\n\n- คัดลอกมาตรการของปี {2} เป็นแผนของปี {3} (ล้างสถานะและผลการดำเนินการ)\n- นำผู้รับผิดชอบและลิงก์ของรายการตรวจ OIT ไปใช้กับเกณฑ์ปี {4}\n- ข้อมูลของปี {5} ไม่เปลี่ยนแปลง และใช้เปรียบเทียบคะแนนกับปี {6}"
            ).format(target, source, source, target, target, source, target),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        proposals, ok = attempt(
            self, lambda: proposed_carry(self.store, source), tr("เริ่มปีงบประมาณใหม่ไม่สำเร็จ")
        )
        if not ok:
            return None
        moves = (
            confirm_carry(self, proposals, planned_items(self.store, target), source, target)
            if proposals
            else {}
        )
        if moves is None:
            return None
        result, ok = attempt(
            self, lambda: start_new_year(self.store, source, moves), tr("เริ่มปีงบประมาณใหม่ไม่สำเร็จ")
        )
        if not ok or result is None:
            return None
        self.refresh_years()
        self.set_year(result.year)
        self._edited()
        note = (
            ""
            if self.store.framework(result.year).complete
            else tr("\nเกณฑ์ของปีใหม่คัดลอกจากปีก่อน โปรดตรวจสอบในเมนูปีงบประมาณ")
        )
        QMessageBox.information(
            self,
            tr("เริ่มปีงบประมาณใหม่"),
            tr("เริ่มปีงบประมาณ {0} แล้ว: คัดลอกมาตรการ {1} รายการ นำข้อมูลรายการตรวจ {2} ข้อไปใช้{3}").format(
                result.year, result.measures_copied, result.checklist_carried, note
            ),
        )
        return result.year

    def edit_framework(self) -> bool:
        commit_open_editor(self)
        if not edit_framework(self, self.store, self.year):
            return False
        self.set_year(self.year)  # every tab shows the corrected framework
        self._edited()
        return True

    def edit_calendar(self) -> bool:
        if not edit_calendar(self, self.store, self.year):
            return False
        self.set_year(self.year)
        self._edited()
        return True

    def adjust_list(self) -> bool:
        """ปรับรายการตามคู่มือ…: the NACC's item list pasted or read from its file."""
        if not adjust_list(self, self.store, self.year):
            return False
        self.refresh_years()
        self.set_year(self.year)
        self._edited()
        return True

    def import_measures(self, path: str | None = None) -> int | None:
        count = import_from_file(self, self.store, self.year, path)
        if count is not None:
            self.measures_tab.reload()
            self._edited()
            self.statusBar().showMessage(tr("นำเข้ามาตรการ {0} รายการแล้ว").format(count), 8000)
        return count

    def export_xlsx(self, path: str | None = None) -> Path | None:
        if path is None:
            suggested = str(Path.home() / f"ita-{self.year}.xlsx")
            path, _ = QFileDialog.getSaveFileName(self, tr("ส่งออกเป็น Excel"), suggested, "Excel (*.xlsx)")
            if not path:
                return None
        progress = ProgressReporter(self, tr("กำลังส่งออก {0}…").format(Path(path).name))
        try:
            out, ok = attempt(
                self,
                lambda: export_workbook(self.store, self.year, path, progress=progress),
                tr("ส่งออกไม่สำเร็จ"),
            )
        except Cancelled:
            self.statusBar().showMessage(tr("ยกเลิกการส่งออกแล้ว"), 8000)
            return None
        finally:
            progress.close()
        if ok:
            self.statusBar().showMessage(tr("ส่งออกแล้ว: {0}").format(out), 8000)
        return out

    def open_rollup(self):
        """The district's view over many offices' copies: a window of its own, apart from
        this workspace (kept open beside it, one at a time)."""
        from itadesk.ui.rollup_window import RollupWindow

        if self._rollup_window is None or not self._rollup_window.isVisible():
            self._rollup_window = RollupWindow()
        self._rollup_window.show()
        self._rollup_window.raise_()
        self._rollup_window.activateWindow()
        return self._rollup_window

    def restore_backup(self) -> bool:
        commit_open_editor(self)
        new_store = choose_and_restore(self, self.store, self.workspace)
        if new_store is None:
            return False
        self.set_store(new_store)
        self.statusBar().showMessage(tr("เรียกคืนข้อมูลสำรองแล้ว"), 8000)
        return True

    def set_store(self, store: Store) -> None:
        """Show another store (after a restore) in every tab."""
        self.store = store
        self.history.attach(store)  # a merge, a restore or another file starts a new history
        for tab in self.year_tabs:
            tab.store = store
        self.measures_tab.model.store = store
        self.refresh_agency()
        self._update_conflicts_action()
        self.set_year(self.year if self.year in store.years() else store.default_year())

    def export_report(self, kind: str) -> None:
        runner = export_report(self, self.store, kind, self.year)
        if runner is not None:
            self.report_runner = runner  # kept alive until the next report

    def _headers(self) -> dict:
        """The column headers whose widths the window remembers."""
        return {
            "scores": self.scores_tab.table.horizontalHeader(),
            "checklist": self.checklist_tab.tree.header(),
            "measures": self.measures_tab.view.horizontalHeader(),
        }

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        commit_open_editor(self, leave=True)  # a score, note or cell still being typed is saved first
        save_window(self, self._headers())
        runner = getattr(self, "report_runner", None)
        if runner is not None and runner.thread.isRunning():
            runner.worker.cancel()
            runner.thread.wait(10_000)
        self.store.close()
        super().closeEvent(event)
