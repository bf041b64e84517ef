"""Today's date, in one place so that tests (and a clerk checking next year's set-up) can
say what day it is.

Which fiscal year the window opens on, the banner and the dashboard's countdown all follow
the date; reading it through ``today()`` lets a test run "in December 2569" without touching
the system clock. ``ITADESK_TODAY`` (``YYYY-MM-DD``, Gregorian) sets it for a whole process,
``set_today`` for the current one.
"""

from __future__ import annotations

import datetime as dt
import os

from itadesk.thai import fiscal_year_of

TODAY_ENV = "ITADESK_TODAY"
_fixed: dt.date | None = None


def set_today(date: dt.date | None) -> None:
    """Pretend today is ``date`` (None: back to the real clock)."""
    global _fixed
    _fixed = date


def today() -> dt.date:
    if _fixed is not None:
        return _fixed
    raw = os.environ.get(TODAY_ENV, "").strip()
    if raw:
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass  # a mistyped override must not stop the app; the real date is right
    return dt.date.today()


def current_fiscal_year() -> int:
    """The fiscal year (B.E.) the office is working on today: 1 October starts the next."""
    return fiscal_year_of(today())
