"""Dates written in words ("17 December 2024") -> datetime.date."""

from __future__ import annotations

from datetime import date

from converter.languages import LanguageTable


def parse_date(text: str, language: LanguageTable) -> date | None:
    m = language.date_regex.search(text)
    if not m:
        return None
    day, month_name, year = language.date_parts(m)
    month = language.month_number(month_name)
    try:
        return date(int(year), month or 0, int(day))
    except ValueError:
        return None


def is_date_line(text: str, language: LanguageTable) -> bool:
    m = language.date_regex.fullmatch(text.strip())
    return m is not None
