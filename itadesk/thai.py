"""Thai number and date formatting: Thai digits, Buddhist-era years, Thai month names.

Babel supplies the locale data (grouping, month names); the Thai digits and the 543-year
offset of the Buddhist era are applied on top, because Babel formats Thai numbers with
Latin digits and Gregorian years.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import get_month_names
from babel.numbers import format_decimal

BE_OFFSET = 543
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_digits(text: str) -> str:
    """Replace Latin digits with Thai digits (๐–๙), leaving everything else untouched."""
    return text.translate(_TO_THAI)


def arabic_digits(text: str) -> str:
    """Replace Thai digits with Latin ones, so that numbers typed either way parse."""
    return text.translate(_TO_ARABIC)


def format_number(value: float, decimals: int = 2, *, thai: bool = True) -> str:
    """A number as a Thai office writes it: grouped thousands, fixed decimals, Thai digits."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale="th_TH")
    return thai_digits(text) if thai else text


def format_score(value: float | None, *, thai: bool = False, empty: str = "–") -> str:
    """A 0–100 score to two decimals; ``empty`` where no score has been entered."""
    if value is None:
        return empty
    return format_number(value, 2, thai=thai)


def format_year(be_year: int, *, thai: bool = True) -> str:
    text = str(be_year)
    return thai_digits(text) if thai else text


def be_year(date: dt.date) -> int:
    return date.year + BE_OFFSET


def fiscal_year_of(date: dt.date) -> int:
    """The Thai fiscal year (B.E.) a date falls in: it starts on 1 October."""
    return be_year(date) + (1 if date.month >= 10 else 0)


def month_name(month: int, *, abbreviated: bool = False) -> str:
    width = "abbreviated" if abbreviated else "wide"
    return str(get_month_names(width, locale="th_TH")[month])


def format_date(date: dt.date, *, abbreviated: bool = False, thai: bool = True) -> str:
    """``14 กันยายน 2566`` (or ``14 ก.ย. 66`` abbreviated), B.E., Thai digits by default."""
    year = be_year(date)
    year_text = str(year % 100).zfill(2) if abbreviated else str(year)
    text = f"{date.day} {month_name(date.month, abbreviated=abbreviated)} {year_text}"
    return thai_digits(text) if thai else text
