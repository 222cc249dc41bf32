"""Dates written in words ("17 December 2024") -> datetime.date."""

from __future__ import annotations

from datetime import date

from converter.languages import LanguageTable


def parse_date(text: str, language: LanguageTable) -> date | None:
    m = language.date_regex.search(text)
    if not m:
        return None
    day, month_name, year = language.date_parts(m)
    return calendar_date(int(year), language.month_number(month_name) or 0, int(day))


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for one the calendar has not ("31 June", a month not read: 0)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
