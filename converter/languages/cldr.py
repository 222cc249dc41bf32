"""Month names from CLDR (through Babel), so that no table types them by hand."""

from __future__ import annotations

from typing import Literal

from babel.dates import get_month_names


def month_names(locale: str, context: Literal["format", "stand-alone"] = "format") -> tuple[str, ...]:
    """The twelve wide month names of `locale` ("format" context: Russian genitive "декабря")."""
    names = get_month_names("wide", context=context, locale=locale)
    return tuple(names[i] for i in range(1, 13))


def english_months() -> dict[str, int]:
    """English names, as mastheads in every language print the issue date in English."""
    return {name: i for i, name in enumerate(month_names("en"), start=1)}


def month_numbers(*names: tuple[str, ...]) -> dict[str, int]:
    """Name -> month number for several spellings of the twelve months."""
    return {name: i for spelling in names for i, name in enumerate(spelling, start=1)}
