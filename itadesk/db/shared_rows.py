"""The rows a copy does not share word for word with the working file, found by SQLite.

Two copies of one office share most of their history: after a week apart, a ten-year
workspace and its copy differ in a few hundred rows out of tens of thousands. Checking
and merging only those rows is what keeps a merge near the cost of a plain backup, and
comparing them inside SQLite (the working file attached read-only to the connection that
reads the copy, rows matched by their primary key and compared column by column with
``IS``) is many times faster than loading both files' rows into Python.

The working file is attached only while the copy is being read, never while it is being
written: a reader's shared lock on it would hold up the merge's own commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = "here"
"""The schema name the working file is attached under."""


@contextmanager
def beside(copy: sqlite3.Connection, working: Path | None) -> Iterator[bool]:
    """Attach ``working`` read-only to ``copy`` (a connection opened with ``uri=True``) for
    the block; yields whether it is attached (no working file: every row differs)."""
    if working is None:
        yield False
        return
    copy.execute(f"ATTACH DATABASE ? AS {HERE}", [f"{Path(working).resolve().as_uri()}?mode=ro"])
    try:
        yield True
    finally:
        copy.execute(f"DETACH DATABASE {HERE}")


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[tuple[str, int]]:
    return [(row[1], row[5]) for row in conn.execute(f"PRAGMA [{schema}].table_info([{table}])")]


def differing_rows(
    copy: sqlite3.Connection, table: str, attached: bool, *, by_key: bool = False
) -> tuple[list[str], sqlite3.Cursor]:
    """The column names of the copy's ``table`` and a cursor over its rows, each
    ``(rowid, *values)``, that the attached working file does not hold word for word (or,
    ``by_key``, whose primary key it lacks): all of them when nothing is attached or the two
    tables' columns are not the same set (an older copy)."""
    theirs = _columns(copy, "main", table)
    sql = f"SELECT t.rowid, t.* FROM main.[{table}] AS t"
    if attached and {name for name, _ in theirs} == {name for name, _ in _columns(copy, HERE, table)}:
        # The key columns first, so that SQLite looks the row up by its primary key.
        ordered = sorted(theirs, key=lambda column: (column[1] == 0, column[1]))
        if by_key:
            ordered = [column for column in ordered if column[1]]
        alias = "s" if by_key else "t"
        same = " AND ".join(f"o.[{name}] IS {alias}.[{name}]" for name, _ in ordered)
        absent = f"NOT EXISTS (SELECT 1 FROM {HERE}.[{table}] AS o WHERE {same})"
        if by_key:
            # Walk the copy's key in order, so that the working file's key is looked up in
            # order too (its pages in turn, not at random: random UUIDs make that 1.5x
            # slower), then read whole only the rows it lacks.
            key = ", ".join(f"s.[{name}]" for name, _ in ordered)
            sql += (
                f" WHERE t.rowid IN (SELECT s.rowid FROM main.[{table}] AS s WHERE {absent} ORDER BY {key})"
            )
            sql += " ORDER BY t.rowid"
        else:
            sql += f" WHERE {absent}"
    return [name for name, _ in theirs], copy.execute(sql)
