"""The one date an output depends on besides its input: the markup date (`FRBRdate
name="markup"`).  Pinned, it makes the same input give byte-identical XML on any day and
machine: by `--markup-date` (the `markup_date` parameter), else by `SOURCE_DATE_EPOCH`
(reproducible-builds.org: seconds since 1970, read as a UTC date), else today.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from converter.errors import UsageError

ENV_VAR = "SOURCE_DATE_EPOCH"


def today() -> date:
    """The local date (the one place the converter reads the clock; tests replace it)."""
    return date.today()


def parse_date(value: str, what: str = "--markup-date") -> date:
    """`YYYY-MM-DD`, or `UsageError` naming `what`."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def from_epoch(value: str) -> date:
    """The UTC date of `SOURCE_DATE_EPOCH`; `UsageError` for anything but whole seconds."""
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        raise UsageError(f"{ENV_VAR}: {value!r} is not a number of seconds since 1970")
    try:
        return datetime.fromtimestamp(int(text), UTC).date()
    except (OverflowError, OSError, ValueError):
        raise UsageError(f"{ENV_VAR}: {value!r} is out of range") from None


def markup_date(given: date | str | None = None) -> date:
    """`given` (a date or `YYYY-MM-DD`), else `$SOURCE_DATE_EPOCH`'s date, else today."""
    if isinstance(given, date):
        return given
    if given is not None:
        return parse_date(given)
    epoch = os.environ.get(ENV_VAR)
    return from_epoch(epoch) if epoch else today()
