"""Dates written in words ("17 December 2024") -> datetime.date."""

from __future__ import annotations

from datetime import date

from converter.languages import LanguageTable


def parse_date(text: str, language: LanguageTable) -> date | None:
    m = language.date_regex.search(text)
    if not m:
        return None
    month = language.month_number(m["month"])
    try:
        return date(int(m["year"]), month or 0, int(m["day"]))
    except ValueError:
        return None


def is_date_line(text: str, language: LanguageTable) -> bool:
    m = language.date_regex.fullmatch(text.strip())
    return m is not None
