"""Reading a folder of many offices' ``.itadesk`` copies for a roll-up, safely and fast.

A district collects copies from USB sticks, LINE and e-mail: any of them may be broken or
hostile. Each file is first inspected exactly as a merge inspects it (``inspect_file``), then
read through a read-only, immutable connection, so nothing is ever written to it and a file of
an older schema version is read as it is, never migrated; a copy with a ``-wal`` log beside
it is read with its log, from a private copy. A refused file is listed with its
Thai reason and never stops the others. Two copies of one office are recognised by the
office's identity; the one edited last is used and the other listed as older.

Only what a roll-up shows is kept of each file (the chosen year and the year before), so a
province's 250 files or a country's thousands fit in memory; files are read in worker
processes when there are enough of them for that to pay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from itadesk.analysis import checklist_used
from itadesk.db.hlc import parse_stamp
from itadesk.db.office import OFFICE_ID
from itadesk.db.store import Store
from itadesk.db.transfer import _read_only, inspect_file, with_its_log
from itadesk.errors import ITADeskError
from itadesk.figures import done_codes
from itadesk.frameworks import Framework, parse_framework
from itadesk.records import Agency

SUFFIX = ".itadesk"
PARALLEL_FROM = 24
"""Below this many files, starting worker processes costs more than it saves."""
CHUNK = 8


@dataclass(frozen=True)
class OfficeYear:
    """One office's state in one fiscal year, as a roll-up compares it."""

    year: int
    framework_key: str
    """Digest of the year's framework document: offices sharing it share the same list."""
    scores: dict[int, float | None]
    previous_scores: dict[int, float | None]
    official_total: float | None
    done: frozenset[str]
    checklist_used: bool
    """False when nothing was ticked or noted: the office has not filled the checklist in."""
    measures: int
    measures_done: int


@dataclass(frozen=True)
class OfficeFile:
    path: Path
    office_id: str
    """The id every copy of the office's workspace carries ("" in files from before ids)."""
    agency: Agency
    last_edit: dt.datetime | None
    years: tuple[int, ...]
    """Fiscal years the file holds a framework or data for."""
    year: OfficeYear | None
    """The chosen year, or None when the file has nothing for it."""


@dataclass(frozen=True)
class RefusedFile:
    path: Path
    reason: str


@dataclass
class Collection:
    """What a folder gave: the office files used, the older copies set aside, the refusals,
    and each framework met (by digest), parsed once however many offices share it."""

    year: int
    offices: list[OfficeFile] = field(default_factory=list)
    older: list[tuple[OfficeFile, OfficeFile]] = field(default_factory=list)
    """(older copy, the newer copy of the same office that is used instead)."""
    refused: list[RefusedFile] = field(default_factory=list)
    frameworks: dict[str, Framework] = field(default_factory=dict)

    @property
    def years(self) -> list[int]:
        return sorted({y for office in self.offices for y in office.years})


class RollupError(ITADeskError):
    """A folder that cannot be rolled up at all; the message is Thai."""


def _office_id(store: Store) -> str:
    row = store.db.execute("SELECT value FROM meta WHERE key = ?", [OFFICE_ID]).fetchone()
    return row[0] if row and row[0] else ""


def _name_key(office: OfficeFile) -> str:
    """An office as its name, district and province say (spaces ignored); "" before the
    agency is entered, which alone identifies nothing."""
    agency = office.agency
    if not agency.is_set:
        return ""
    return "|".join("".join(part.split()) for part in (agency.full_name, agency.district, agency.province))


def same_office_groups(offices: list[OfficeFile]) -> list[list[OfficeFile]]:
    """Copies of one office, together: files that share an office id, or name the same
    office (a second PC's workspace started before the first copy arrived has its own id
    until the two are merged: ``itadesk.db.office.same_office``'s rule), chained."""
    parent = list(range(len(offices)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[str, int] = {}
    for i, office in enumerate(offices):
        for key in (f"id:{office.office_id}" if office.office_id else "", f"name:{_name_key(office)}"):
            if key and key != "name:":
                if key in seen:
                    parent[root(i)] = root(seen[key])
                else:
                    seen[key] = i
    groups: dict[int, list[OfficeFile]] = {}
    for i, office in enumerate(offices):
        groups.setdefault(root(i), []).append(office)
    return list(groups.values())


def _last_edit(conn: sqlite3.Connection) -> dt.datetime | None:
    """When the file's data last changed: its clock's newest stamp (milliseconds, raised by
    every edit and every merge), so two copies edited within one second still compare."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    try:
        physical, _counter = parse_stamp(row[0]) if row and row[0] else (0, 0)
    except ValueError:
        physical = 0
    if physical <= 0:
        return None
    try:
        return dt.datetime.fromtimestamp(physical / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _years(conn: sqlite3.Connection) -> tuple[int, ...]:
    rows = conn.execute(
        "SELECT fiscal_year FROM frameworks WHERE deleted = 0 UNION SELECT fiscal_year FROM scores "
        "WHERE deleted = 0 UNION SELECT fiscal_year FROM measures WHERE deleted = 0"
    )
    return tuple(sorted(int(r[0]) for r in rows if isinstance(r[0], int)))


def _office_year(store: Store, year: int) -> tuple[OfficeYear, str] | None:
    row = store.db.execute(
        "SELECT document FROM frameworks WHERE fiscal_year = ? AND deleted = 0", [year]
    ).fetchone()
    if row is None:
        return None
    document = row[0]
    key = hashlib.sha1(document.encode("utf-8")).hexdigest()
    checklist = store.checklist(year)
    counts = store.db.execute(
        "SELECT count(*), coalesce(sum(status = 'done'), 0) FROM measures WHERE fiscal_year = ? AND deleted = 0",
        [year],
    ).fetchone()
    return (
        OfficeYear(
            year=year,
            framework_key=key,
            scores=store.scores(year),
            previous_scores=store.scores(year - 1),
            official_total=store.official_total(year),
            done=frozenset(done_codes(checklist)),
            checklist_used=checklist_used(checklist),
            measures=counts[0],
            measures_done=counts[1],
        ),
        document,
    )


def read_office_file(path: str | Path, year: int) -> tuple[OfficeFile, str | None]:
    """One office's copy for the roll-up of ``year``, and its framework document for that
    year (None when it has none). Raises ``WorkspaceError`` (Thai) for a file it refuses."""
    path = Path(path)
    inspect_file(path)
    with with_its_log(path) as readable:
        conn = _read_only(readable)
        try:
            return _read_office(conn, path, year)
        except sqlite3.DatabaseError as exc:
            raise ITADeskError(f"ใช้ไฟล์ {path.name} ไม่ได้: ไฟล์เสียหาย ({exc})") from exc
        finally:
            conn.close()


def _read_office(conn: sqlite3.Connection, path: Path, year: int) -> tuple[OfficeFile, str | None]:
    store = Store(sqlite_utils.Database(conn, execute_plugins=False))
    try:
        found = _office_year(store, year)
    except (ITADeskError, ValueError, KeyError, TypeError) as exc:
        raise ITADeskError(f"ใช้ไฟล์ {path.name} ไม่ได้: ข้อมูลปี {year} อ่านไม่ได้ ({exc})") from exc
    office = OfficeFile(
        path=path,
        office_id=_office_id(store),
        agency=store.agency(),
        last_edit=_last_edit(conn),
        years=_years(conn),
        year=found[0] if found else None,
    )
    return office, (found[1] if found else None)


def _read(job: tuple[str, int]) -> tuple[OfficeFile | None, str | None, str | None]:
    """A worker's reading of one file: (office, framework document, refusal reason)."""
    path, year = job
    try:
        office, document = read_office_file(path, year)
    except ITADeskError as exc:
        return None, None, str(exc)
    except (OSError, sqlite3.Error) as exc:
        return None, None, f"ใช้ไฟล์ {Path(path).name} ไม่ได้: อ่านไฟล์ไม่ได้ ({exc})"
    return office, document, None


def find_files(folder: str | Path) -> list[Path]:
    """Every ``.itadesk`` file below ``folder`` (sub-folders included), in a stable order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RollupError(f"ไม่พบโฟลเดอร์ {folder}")
    found = []
    for root, _dirs, files in os.walk(folder):
        found += [Path(root) / name for name in files if name.lower().endswith(SUFFIX)]
    return sorted(found)


def _results(paths: list[Path], year: int, workers: int | None) -> Iterable:
    jobs = [(str(p), year) for p in paths]
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        yield from map(_read, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            yield from pool.map(_read, jobs, chunksize=CHUNK)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def collect(
    folder: str | Path,
    year: int,
    progress: Callable[[int, int], None] | None = None,
    *,
    workers: int | None = None,
) -> Collection:
    """Read every office file below ``folder`` for the roll-up of ``year``.

    ``progress(done, total)`` is called as files are read; raising ``Cancelled`` from it
    stops the reading (nothing was written anywhere, so there is nothing to undo).
    ``workers`` caps the reading processes (default: one per core; 1 reads in this process).
    """
    paths = find_files(folder)
    result = Collection(year)
    read: list[OfficeFile] = []
    documents: dict[str, str] = {}
    if progress is not None:
        progress(0, len(paths))
    for done, (office, document, refusal) in enumerate(_results(paths, year, workers), start=1):
        if refusal is not None:
            result.refused.append(RefusedFile(paths[done - 1], refusal))
        else:
            assert office is not None
            read.append(office)
            if office.year is not None and document is not None:
                documents.setdefault(office.year.framework_key, document)
        if progress is not None:
            progress(done, len(paths))
    for group in same_office_groups(read):
        newest = max(group, key=_edited_at)
        result.offices.append(newest)
        result.older += [(office, newest) for office in group if office is not newest]
    result.offices.sort(key=lambda o: (o.agency.province, o.agency.district, o.agency.full_name))
    for key, document in documents.items():
        try:
            result.frameworks[key] = parse_framework(json.loads(document))
        except (ValueError, TypeError, KeyError):
            continue
    unreadable = [
        o for o in result.offices if o.year is not None and o.year.framework_key not in result.frameworks
    ]
    for office in unreadable:
        result.offices.remove(office)
        result.refused.append(
            RefusedFile(office.path, f"ใช้ไฟล์ {office.path.name} ไม่ได้: เกณฑ์การประเมินปี {year} อ่านไม่ได้")
        )
    return result


def _edited_at(office: OfficeFile) -> dt.datetime:
    """When a copy was last edited (a copy never edited counts as the oldest)."""
    stamp = office.last_edit or dt.datetime.min.replace(tzinfo=dt.UTC)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
