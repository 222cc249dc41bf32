"""Resource limits for one conversion: past any of them the input is refused (exit 11).

They bound what hostile or broken input can cost: memory and time grow with the input's
bytes, pages, text per page and line length, and none of these is near its limit in a
real UN document (the longest real line is ~2,100 characters, the largest file ~0.7 MB).
The current limits are a context variable, set once by the CLI or a batch worker, so the
readers can check them without every signature carrying them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from converter.errors import LimitError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    input_bytes: int = 10 * MB        # any input file (text: ~3-7 s per MB)
    pages: int = 2_000                # PDF pages
    page_chars: int = 200_000         # characters of text on one PDF page
    page_objects: int = 100_000       # objects (text runs, paths, images) on one PDF page
    line_chars: int = 100_000         # characters in one line of a text input (real: up to 30,000)
    output_bytes: int = 64 * MB       # the XML written


DEFAULT = Limits()
_current: ContextVar[Limits] = ContextVar("limits", default=DEFAULT)


def current() -> Limits:
    return _current.get()


@contextlib.contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


def check(name: str, amount: int, limit: int, what: str) -> None:
    """Raise `LimitError` ("`name`: <what> N, over the limit of M") when amount > limit."""
    if amount > limit:
        raise LimitError(f"{name}: {what} {amount:,}, over the limit of {limit:,}")
