"""The store: every read and every edit the window and the commands make.

One door for writes: each public method that changes something is one committed
transaction that stamps the row (hybrid logical clock, device id), records the stamp of each
changed field for later merges, and appends to the audit log who changed what, from what,
to what. Deletes are tombstones. Failures come back as ``StoreError`` with a Thai message;
the store never asks the user anything.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from itadesk import analysis, clock, pc_settings
from itadesk.analysis import SECTIONS
from itadesk.db import salvage
from itadesk.db.hlc import HybridLogicalClock
from itadesk.db.office import LAST_OPENED, LAST_PC, LAST_USER, Office, read_office
from itadesk.db.schema import FIELD_VERSION_UPSERT, natural_id, new_id
from itadesk.errors import StoreError
from itadesk.frameworks import TOOLS, Framework, FrameworkError, parse_framework, to_document
from itadesk.records import (
    AGENCY_KINDS,
    AGENCY_LABELS,
    AGENCY_LIMITS,
    MAX_TEXT_LENGTH,
    MEASURE_TEXT_FIELDS,
    ROUND_LABELS,
    STATUS_LABELS,
    Agency,
    ChecklistEntry,
    EvidenceLink,
    Measure,
)

AGENCY_ID = natural_id("agency")


@dataclass(frozen=True)
class Change:
    """One field one committed edit changed: enough to undo and redo it."""

    table: str
    row_id: str
    field: str
    old: Any
    new: Any
    created: bool
    """The edit created the row (undo deletes it)."""


AGENCY_FIELDS = ("name", "kind", "district", "province", "website")
CHECKLIST_TEXT_FIELDS = ("responsible", "progress", "url")
MEASURE_COLUMNS = (*MEASURE_TEXT_FIELDS, "indicators", "status", "round")


def _clean_text(value: str) -> str:
    if not isinstance(value, str):
        raise StoreError("ค่าที่บันทึกต้องเป็นข้อความ")
    if len(value) > MAX_TEXT_LENGTH:
        raise StoreError(f"ข้อความยาวเกิน {MAX_TEXT_LENGTH:,} ตัวอักษร โปรดแบ่งหรือย่อข้อความ")
    return value.replace("\x00", "")


def _check_score(value: float | None) -> float | None:
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError) as exc:
        raise StoreError("คะแนนต้องเป็นตัวเลข") from exc
    if not 0 <= value <= 100:
        raise StoreError("คะแนนต้องอยู่ระหว่าง 0 ถึง 100")
    return round(value, 2)


def _storage_error(exc: sqlite3.Error) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("บันทึกไม่ได้ เพราะดิสก์เต็ม โปรดลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง")
    if "readonly" in text or "read-only" in text:
        return StoreError("บันทึกไม่ได้ เพราะไฟล์ข้อมูลเป็นแบบอ่านอย่างเดียว")
    if "locked" in text or "busy" in text:
        return StoreError("บันทึกไม่ได้ เพราะไฟล์ข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น")
    return StoreError(f"บันทึกไม่ได้: {exc}")


class Store:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.device_id = self._meta("device_id") or ""
        self._user_name = pc_settings.user_name()
        self._clock = HybridLogicalClock(self._meta("hlc"))
        self._frameworks: dict[int, Framework] = {}
        self.framework_problems: dict[int, str] = {}
        """Years whose stored framework could not be read (shown in its place: the built-in one)."""
        self._problems: dict[tuple[Any, ...], tuple[str, ...]] = {}
        """What each reader last had to put right in the stored values, by what it read."""
        self.bad_scores: dict[int, dict[int, str]] = {}
        """Per year, the indicators whose stored score is no score (shown as not entered), and why."""
        self._changes: list[Change] | None = None
        self.on_commit: Callable[[list[Change]], None] | None = None

    def close(self) -> None:
        self.db.close()

    # -- local settings (not merged: they belong to this PC's copy) -------------------

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def setting(self, key: str, default: str = "") -> str:
        value = self._meta(f"setting.{key}")
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction():
            self._set_meta(f"setting.{key}", _clean_text(value))

    @property
    def user_name(self) -> str:
        """The person working on this PC (a per-PC setting, not part of the file): the
        audit trail and the conflict chooser name them."""
        return self._user_name

    def set_user_name(self, name: str) -> None:
        self._user_name = _clean_text(name).strip()
        pc_settings.set_user_name(self._user_name)

    def office(self) -> Office:
        """This workspace's office identity and where it was last opened."""
        return read_office(self.db.conn)

    def note_opened(self, pc: str) -> bool:
        """Record this PC and user in the file (a copy shows them before a merge). True if
        the file was last opened on another PC: a file taken over, ask who works here."""
        before = self.office()
        with self._transaction():
            self._set_meta(LAST_PC, pc)
            self._set_meta(LAST_USER, self.user_name)
            self._set_meta(LAST_OPENED, dt.datetime.now().astimezone().isoformat(timespec="seconds"))
        return bool(before.pc) and before.pc != pc

    # -- the write door ----------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One committed transaction; nested calls join the outermost one. When it commits,
        ``on_commit`` hears every field it changed (the window's undo stack listens)."""
        outermost = self._changes is None
        if outermost:
            self._changes = []
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise _storage_error(exc) from exc
        finally:
            if outermost:
                changes, self._changes = self._changes, None
        if outermost and changes and self.on_commit is not None:
            self.on_commit(changes)

    def batch(self):
        """Several edits as one: committed together or not at all, and one step to undo
        (an import, a new fiscal year)."""
        return self._transaction()

    def apply_changes(self, changes: Sequence[Change], *, undo: bool) -> None:
        """Put fields back as they were before ``changes`` (undo) or as they became (redo),
        as one new edit that merges like any other. A row the change created is deleted on
        undo (a tombstone) and comes back on redo."""
        ordered = list(reversed(changes)) if undo else list(changes)
        with self._transaction():
            for change in ordered:
                if change.table == "meta":  # a workspace setting kept in meta (the signers)
                    from itadesk.db import signers

                    signers.restore(self, change.old if undo else change.new)
                    continue
                if change.created:
                    self._write(change.table, change.row_id, {"deleted": 1 if undo else 0})
                    if undo:
                        continue
                self._write(change.table, change.row_id, {change.field: change.old if undo else change.new})

    def _audit(self, action: str, table: str, row_id: str, field: str | None, old: Any, new: Any) -> None:
        self.db["audit"].insert(self._audit_record(action, table, row_id, field, old, new))

    def _audit_record(
        self, action: str, table: str, row_id: str, field: str | None, old: Any, new: Any
    ) -> dict[str, Any]:
        def text(value: Any) -> str | None:
            if value is None or isinstance(value, str):
                return value
            return json.dumps(value, ensure_ascii=False)

        return {
            "id": new_id(),
            "at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "user_name": self.user_name,
            "device_id": self.device_id,
            "action": action,
            "table_name": table,
            "row_id": row_id,
            "field": field,
            "old_value": text(old),
            "new_value": text(new),
        }

    def _write(
        self, table: str, row_id: str, values: dict[str, Any], *, create: dict[str, Any] | None = None
    ) -> bool:
        """Set ``values`` on one row (creating it with ``create`` if missing); True if changed.

        Must run inside ``_transaction``.
        """
        cursor = self.db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        existing = cursor.fetchone()
        if existing is not None:
            current = dict(zip([d[0] for d in cursor.description], existing, strict=True))
            changed = {k: v for k, v in values.items() if current.get(k) != v}
            if current.get("deleted") and "deleted" not in values and table != "measures" and changed:
                changed["deleted"] = 0  # a value written to a natural-key row brings it back
        else:
            current = {}
            changed = dict(values)
        if not changed and existing is not None:
            return False
        stamp = self._clock.tick()
        sync = {"updated_at": stamp, "updated_by": self.device_id}
        if existing is None:
            self.db[table].insert({"id": row_id, **(create or {}), **values, **sync, "deleted": 0})
            fields = {**(create or {}), **values}
        else:
            self.db[table].update(row_id, {**changed, **sync})
            fields = changed
        self.db.conn.executemany(
            FIELD_VERSION_UPSERT, [(table, row_id, name, stamp, self.device_id) for name in fields]
        )
        for name, value in changed.items():
            self._audit(
                "update" if existing is not None else "create", table, row_id, name, current.get(name), value
            )
            if self._changes is not None:
                self._changes.append(Change(table, row_id, name, current.get(name), value, existing is None))
        self._set_meta("hlc", self._clock.last)
        return True

    # -- values put right on reading (an older ITADesk or a hand edit left them) ----------

    def _note(self, source: tuple[Any, ...], problems: Sequence[str]) -> None:
        if problems:
            self._problems[source] = tuple(problems)
        else:
            self._problems.pop(source, None)

    def stored_problems(self, year: int) -> list[str]:
        """What is wrong with the values stored for the agency and for ``year`` (an older
        ITADesk or a hand edit put them there): each one is shown put right, and this says
        what was put right, for the window to flag. Measures carry their own (``Measure.problems``)."""
        self.agency(), self.scores(year), self.official_total(year), self.checklist(year)
        self.analysis_texts(year)
        agency = self._problems.get(("agency",), ())
        later = [
            self._problems.get((kind, year), ()) for kind in ("results", "checklist", "links", "analysis")
        ]
        return [*agency, *self.bad_scores.get(year, {}).values(), *(p for found in later for p in found)]

    # -- agency --------------------------------------------------------------------------

    def agency(self) -> Agency:
        row = self.db.execute(
            f"SELECT {', '.join(AGENCY_FIELDS)} FROM agency WHERE id = ? AND deleted = 0", [AGENCY_ID]
        ).fetchone()
        if row is None:
            return Agency()
        agency, problems = salvage.agency(dict(zip(AGENCY_FIELDS, row, strict=True)))
        self._note(("agency",), problems)
        return agency

    def set_agency(self, agency: Agency) -> None:
        if not agency.name.strip():
            raise StoreError("โปรดกรอกชื่อหน่วยงาน")
        if agency.kind not in AGENCY_KINDS:
            raise StoreError("ประเภทหน่วยงานไม่ถูกต้อง")
        values = {k: _clean_text(getattr(agency, k)).strip() for k in AGENCY_FIELDS}
        for name, value in values.items():
            if len(value) > AGENCY_LIMITS[name]:
                raise StoreError(f"{AGENCY_LABELS[name]}ยาวเกิน {AGENCY_LIMITS[name]:,} ตัวอักษร")
        with self._transaction():
            self._write("agency", AGENCY_ID, values)

    # -- frameworks ------------------------------------------------------------------------

    def default_year(self) -> int:
        """The year the office is working on: the current fiscal year when it has a
        framework (``yearly.open_current_year`` makes sure it does), else the newest year
        holding scores, else the newest framework. The year last looked at does not count:
        after 1 October the window must open on the new year, not on last year's."""
        years = self.years()
        current = clock.current_fiscal_year()
        if current in years:
            return current
        with_data = [y for y in self.years_with_scores() if y in years]
        return with_data[-1] if with_data else years[-1]

    def years_in_use(self) -> list[int]:
        """The years the office has data for (scores, result, checklist, measures, analysis),
        plus the current one: what the year selector offers, oldest first."""
        rows = self.db.execute(
            """SELECT fiscal_year FROM scores WHERE deleted = 0 AND score IS NOT NULL
               UNION SELECT fiscal_year FROM results WHERE deleted = 0 AND official_total IS NOT NULL
               UNION SELECT fiscal_year FROM checklist WHERE deleted = 0
               UNION SELECT fiscal_year FROM measures WHERE deleted = 0
               UNION SELECT fiscal_year FROM analysis_texts WHERE deleted = 0"""
        )
        framed = set(self.years())
        wanted = {r[0] for r in rows} | {clock.current_fiscal_year()}
        return sorted(wanted & framed) or sorted(framed)[-1:]

    def years(self) -> list[int]:
        """Fiscal years that have a framework in this workspace, oldest first."""
        rows = self.db.execute("SELECT fiscal_year FROM frameworks WHERE deleted = 0 ORDER BY fiscal_year")
        return [r[0] for r in rows]

    def framework(self, year: int) -> Framework:
        if year not in self._frameworks:
            row = self.db.execute(
                "SELECT document FROM frameworks WHERE fiscal_year = ? AND deleted = 0", [year]
            ).fetchone()
            if row is None:
                raise StoreError(f"ไม่มีเกณฑ์การประเมินของปี {year} ในไฟล์นี้")
            self._frameworks[year], problem = salvage.framework(year, row[0])
            if problem:
                self.framework_problems[year] = problem
        return self._frameworks[year]

    def set_framework(self, year: int, document: Mapping[str, Any]) -> Framework:
        """Store an office's corrected (or new) framework for ``year`` after validating it.

        Checklist entries stay attached by item code, so renaming, regrouping or removing
        items never loses what the office recorded (a removed item's entry reappears if the
        item comes back).
        """
        try:
            framework = parse_framework(document)
        except FrameworkError as exc:
            raise StoreError(str(exc)) from exc
        if framework.fiscal_year != year:
            raise StoreError(f"เกณฑ์นี้เป็นของปี {framework.fiscal_year} ไม่ใช่ปี {year}")
        text = json.dumps(to_document(framework), ensure_ascii=False)
        with self._transaction():
            self._write(
                "frameworks",
                natural_id("frameworks", year),
                {"document": text, "deleted": 0},
                create={"fiscal_year": year},
            )
        self._forget_frameworks(year)
        return self.framework(year)

    def _forget_frameworks(self, *years: int) -> None:
        """Read the frameworks of ``years`` (all when none is named) from the file again:
        they were written, or a transaction that read them rolled back."""
        for year in years or list(self._frameworks):
            self._frameworks.pop(year, None)
            self.framework_problems.pop(year, None)

    # -- the office's analysis of a year's result --------------------------------------------

    def analysis_texts(self, year: int) -> dict[tuple[str, str], tuple[str, str]]:
        """(tool, section) → (the office's text, the draft it was edited from)."""
        rows = self.db.execute(
            "SELECT tool, section, text, draft FROM analysis_texts WHERE fiscal_year = ? AND deleted = 0",
            [year],
        )
        problems: list[str] = []
        texts = {
            (tool, section): (
                salvage.text(text, f"การวิเคราะห์ผล {tool}", problems),
                salvage.text(draft, f"ร่างการวิเคราะห์ผล {tool}", problems),
            )
            for tool, section, text, draft in rows
        }
        self._note(("analysis", year), problems)
        return texts

    def set_analysis_text(
        self, year: int, tool: str, section: str, text: str, draft: str | None = None
    ) -> None:
        if tool not in TOOLS or section not in SECTIONS:
            raise StoreError("ไม่มีช่องนี้ในการวิเคราะห์ผล")
        values = {"text": _clean_text(text)}
        if draft is not None:
            values["draft"] = _clean_text(draft)
        with self._transaction():
            self._write(
                "analysis_texts",
                natural_id("analysis_texts", year, tool, section),
                values,
                create={"fiscal_year": year, "tool": tool, "section": section, "draft": ""},
            )

    def analysis_draft(self, year: int) -> dict[tuple[str, str], str]:
        return analysis.draft(self.framework(year), self.scores(year), self.checklist(year))

    def analysis_texts_or_draft(self, year: int) -> dict[tuple[str, str], str]:
        """What the analysis report prints: the office's text where it edited the draft, else
        the draft as the scores and checklist make it now (a text equal to the draft it was
        based on is unedited, and follows the data); in either, nothing of the window's
        hints to its user (``analysis.for_report``)."""
        framework = self.framework(year)
        texts = analysis.draft(framework, self.scores(year), self.checklist(year), report=True)
        texts.update(
            {
                key: analysis.for_report(text)
                for key, (text, draft) in self.analysis_texts(year).items()
                if text != draft
            }
        )
        return texts

    # -- scores ----------------------------------------------------------------------------

    def scores(self, year: int) -> dict[int, float | None]:
        rows = self.db.execute(
            "SELECT indicator, score FROM scores WHERE fiscal_year = ? AND deleted = 0", [year]
        )
        scores, bad = {}, {}
        for indicator, score in rows:
            found: list[str] = []
            scores[indicator] = salvage.score(score, f"คะแนนตัวชี้วัดที่ {indicator}", found)
            if found:
                bad[indicator] = found[0]
        self.bad_scores[year] = bad
        return scores

    def set_score(self, year: int, indicator: int, value: float | None) -> None:
        if indicator not in {ind.number for ind in self.framework(year).indicators}:
            raise StoreError(f"ไม่มีตัวชี้วัดที่ {indicator} ในปี {year}")
        value = _check_score(value)
        with self._transaction():
            self._write(
                "scores",
                natural_id("scores", year, indicator),
                {"score": value},
                create={"fiscal_year": year, "indicator": indicator},
            )

    def official_total(self, year: int) -> float | None:
        row = self.db.execute(
            "SELECT official_total FROM results WHERE fiscal_year = ? AND deleted = 0", [year]
        ).fetchone()
        problems: list[str] = []
        total = salvage.score(row[0], "คะแนนรวมที่ประกาศ", problems) if row else None
        self._note(("results", year), problems)
        return total

    def set_official_total(self, year: int, value: float | None) -> None:
        value = _check_score(value)
        with self._transaction():
            self._write(
                "results",
                natural_id("results", year),
                {"official_total": value},
                create={"fiscal_year": year},
            )

    def years_with_scores(self) -> list[int]:
        rows = self.db.execute(
            "SELECT DISTINCT fiscal_year FROM scores WHERE deleted = 0 AND score IS NOT NULL ORDER BY fiscal_year"
        )
        return [r[0] for r in rows]

    # -- OIT checklist --------------------------------------------------------------------

    def checklist(self, year: int) -> dict[str, ChecklistEntry]:
        """Every item of the year's framework, with the office's state where it has one."""
        framework = self.framework(year)
        rows = {
            r[0]: r[1:]
            for r in self.db.execute(
                "SELECT item_code, done, responsible, progress, url FROM checklist "
                "WHERE fiscal_year = ? AND deleted = 0",
                [year],
            )
        }
        links = self.evidence_links(year)
        out, found = {}, []
        for item in framework.items():
            done, responsible, progress, _legacy_url = rows.get(item.code, (0, None, None, None))
            item_links = links.get(item.code, ())
            problems: list[str] = []
            out[item.code] = ChecklistEntry(
                code=item.code,
                done=salvage.flag(done, f"{item.code} ดำเนินการแล้ว", problems),
                responsible=", ".join(item.responsible)
                if responsible is None
                else salvage.text(responsible, f"{item.code} ผู้รับผิดชอบ", problems),
                progress=salvage.text(progress, f"{item.code} ความก้าวหน้า", problems),
                url=next((link.url for link in item_links if not link.to_review), ""),
                links=item_links,
                problems=tuple(problems),
            )
            found += problems
        self._note(("checklist", year), found)
        return out

    def evidence_links(self, year: int) -> dict[str, tuple[EvidenceLink, ...]]:
        """Item code → its links in the office's order (edits: ``itadesk.db.evidence``)."""
        rows = self.db.execute(
            "SELECT item_code, id, title, url, note, carried_from FROM evidence_links "
            "WHERE fiscal_year = ? AND deleted = 0 ORDER BY item_code, position, id",
            [year],
        )
        out: dict[str, list[EvidenceLink]] = {}
        problems: list[str] = []
        for code, link_id, title, url, note, carried_from in rows:
            label = f"ลิงก์หลักฐาน {code}"
            out.setdefault(code, []).append(
                EvidenceLink(
                    link_id,
                    *(salvage.text(value, label, problems) for value in (title, url, note)),
                    carried_from or 0,
                )
            )
        self._note(("links", year), problems)
        return {code: tuple(links) for code, links in out.items()}

    def _checklist_write(self, year: int, code: str, values: dict[str, Any]) -> None:
        if not self.framework(year).has_item(code):
            raise StoreError(f"ไม่มีข้อ {code} ในเกณฑ์ปี {year}")
        with self._transaction():
            self._write(
                "checklist",
                natural_id("checklist", year, code),
                values,
                create={"fiscal_year": year, "item_code": code},
            )

    def set_item_done(self, year: int, code: str, done: bool) -> None:
        self._checklist_write(year, code, {"done": int(bool(done))})

    def set_item_field(self, year: int, code: str, field: str, value: str) -> None:
        if field not in CHECKLIST_TEXT_FIELDS:
            raise StoreError(f"ไม่มีช่อง {field} ในรายการตรวจสอบ")
        if field == "url":  # the item's first link, since items hold any number of links
            from itadesk.db.evidence import set_first_url

            set_first_url(self, year, code, value)
            return
        self._checklist_write(year, code, {field: _clean_text(value)})

    # -- measures --------------------------------------------------------------------------

    def _measure_from_row(self, row: dict[str, Any]) -> Measure:
        return salvage.measure(row)

    def measures(self, year: int, round_: str | None = None) -> list[Measure]:
        where = "fiscal_year = ? AND deleted = 0"
        params: list[Any] = [year]
        if round_ is not None:
            where += " AND round = ?"
            params.append(round_)
        rows = self.db["measures"].rows_where(where, params, order_by="position, id")
        return [self._measure_from_row(row) for row in rows]

    def measure(self, measure_id: str) -> Measure:
        rows = list(self.db["measures"].rows_where("id = ? AND deleted = 0", [measure_id]))
        if not rows:
            raise StoreError("ไม่พบมาตรการนี้ (อาจถูกลบไปแล้ว)")
        return self._measure_from_row(rows[0])

    @staticmethod
    def _measure_value(field: str, value: Any) -> Any:
        if field in MEASURE_TEXT_FIELDS:
            return _clean_text(value)
        if field == "indicators":
            numbers = sorted({int(n) for n in value})
            if any(not 1 <= n <= 10 for n in numbers):
                raise StoreError("ตัวชี้วัดต้องเป็นเลข 1 ถึง 10")
            return json.dumps(numbers)
        if field == "status":
            if value not in STATUS_LABELS:
                raise StoreError("สถานะไม่ถูกต้อง")
            return value
        if field == "round":
            if value not in ROUND_LABELS:
                raise StoreError("รอบการรายงานต้องเป็นรอบ ๖ เดือนหรือประจำปี")
            return value
        raise StoreError(f"ไม่มีช่อง {field} ในมาตรการ")

    def add_measure(self, year: int, **fields: Any) -> Measure:
        values = {name: self._measure_value(name, value) for name, value in fields.items()}
        values.setdefault("status", "not_started")
        values.setdefault("round", "full")
        values.setdefault("indicators", "[]")
        measure_id = new_id()
        with self._transaction():
            last = self.db.execute(
                "SELECT max(position) FROM measures WHERE fiscal_year = ? AND deleted = 0", [year]
            ).fetchone()[0]
            position = (last or 0) + 1
            self._write("measures", measure_id, values, create={"fiscal_year": year, "position": position})
        return self.measure(measure_id)

    def add_measures(self, year: int, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Add many measures at the end of ``year`` as one edit (an import): the same checks
        and field stamps as ``add_measure``, but one audit entry per measure (``import``, its
        title; the row holds the rest) and one undo step per measure, so a workspace grows with what was imported."""
        cleaned = []
        for fields in rows:
            values = {name: self._measure_value(name, value) for name, value in fields.items()}
            cleaned.append({"status": "not_started", "round": "full", "indicators": "[]", **values})
        if not cleaned:
            return []
        ids = [new_id() for _ in cleaned]
        with self._transaction():
            last = self.db.execute(
                "SELECT max(position) FROM measures WHERE fiscal_year = ? AND deleted = 0", [year]
            ).fetchone()[0]
            records, versions, audit = [], [], []
            for offset, (measure_id, values) in enumerate(zip(ids, cleaned, strict=True), start=1):
                stamp = self._clock.tick()
                row = {"fiscal_year": year, "position": (last or 0) + offset, **values}
                records.append(
                    {"id": measure_id, **row, "updated_at": stamp, "updated_by": self.device_id, "deleted": 0}
                )
                versions += [("measures", measure_id, name, stamp, self.device_id) for name in row]
                audit.append(
                    self._audit_record("import", "measures", measure_id, "title", None, values.get("title"))
                )
                if self._changes is not None:
                    self._changes.append(
                        Change("measures", measure_id, "title", None, values.get("title"), True)
                    )
            columns = [
                "id",
                "fiscal_year",
                "position",
                *MEASURE_COLUMNS,
                "updated_at",
                "updated_by",
                "deleted",
            ]
            self.db.conn.executemany(
                f"INSERT INTO measures ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [[record.get(c) for c in columns] for record in records],
            )
            self.db.conn.executemany(FIELD_VERSION_UPSERT, versions)
            audit_columns = list(audit[0])
            self.db.conn.executemany(
                f"INSERT INTO audit ({', '.join(audit_columns)}) VALUES ({', '.join('?' * len(audit_columns))})",
                [list(entry.values()) for entry in audit],
            )
            self._set_meta("hlc", self._clock.last)
        return ids

    def update_measure(self, measure_id: str, **fields: Any) -> Measure:
        self.measure(measure_id)  # refuses a deleted or unknown id
        values = {name: self._measure_value(name, value) for name, value in fields.items()}
        with self._transaction():
            self._write("measures", measure_id, values)
        return self.measure(measure_id)

    def delete_measure(self, measure_id: str) -> None:
        """A tombstone: the row stays (so a merge cannot bring it back) but is hidden."""
        measure = self.measure(measure_id)
        with self._transaction():
            self._write("measures", measure_id, {"deleted": 1})
            self._audit("delete", "measures", measure_id, None, measure.title, None)

    def move_measure(self, measure_id: str, offset: int) -> bool:
        """Swap a measure with its neighbour ``offset`` places away; False at either end."""
        measure = self.measure(measure_id)
        siblings = self.measures(measure.fiscal_year)
        index = next(i for i, m in enumerate(siblings) if m.id == measure_id)
        target = index + offset
        if offset == 0 or not 0 <= target < len(siblings):
            return False
        other = siblings[target]
        with self._transaction():
            if other.position == measure.position:  # never equal in practice; keep order total
                self._write("measures", other.id, {"position": other.position + offset * 0.5})
            self._write("measures", measure_id, {"position": other.position})
            self._write("measures", other.id, {"position": measure.position})
        return True

    # -- audit -------------------------------------------------------------------------------

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        return list(self.db["audit"].rows_where(order_by="at DESC, rowid DESC", limit=limit))
