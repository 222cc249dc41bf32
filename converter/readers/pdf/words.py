"""Word spaces a tight line lost where the text itself tells: a month glued to its year
("4 December2024").  No word of any language runs a month name into four digits."""

from __future__ import annotations

import re
from functools import lru_cache

from converter.languages.table import LanguageTable

_DIGIT = re.compile(r"\d")   # what the month pattern needs after the month: scanned in C


@lru_cache(maxsize=8)
def _month_year(language: LanguageTable) -> re.Pattern[str] | None:
    if not language.months:
        return None
    months = "|".join(map(re.escape, language.months))
    return re.compile(rf"(?<![\w/.-])({months})(?=\d{{4}}\b)")   # not inside a file name


def mend_dates(text: str, language: LanguageTable) -> str:
    """"4 December2024" -> "4 December 2024"."""
    pattern = _month_year(language)
    if pattern is None or not _DIGIT.search(text):
        return text
    return pattern.sub(r"\1 ", text)
