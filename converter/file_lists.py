"""`--files-from FILE` (and `-`): a list of inputs, one a line, for listings too long for a
command line or made by a catalogue query; `akn batch` and `akn validate` read them alike.
Blank lines and lines starting with `#` are left out; `-` reads standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from converter.errors import describe_os_error

STDIN = "-"


class FileListError(OSError):
    """The list cannot be read; the message names it and says why."""


def parse_file_list(lines: Iterable[str]) -> list[str]:
    """The names of a list, in order, each line without its end of line and surrounding blanks."""
    names = (line.strip() for line in lines)
    return [name for name in names if name and not name.startswith("#")]


def read_file_list(source: str, stdin: TextIO | None = None) -> list[str]:
    """The names in `source`: a path, or `-` for standard input (`stdin`, else sys.stdin).
    Names are bytes as much as text: undecodable bytes are kept (surrogate escapes)."""
    if source == STDIN:
        return parse_file_list(stdin if stdin is not None else sys.stdin)
    try:
        with open(source, encoding="utf-8", errors="surrogateescape") as f:
            return parse_file_list(f)
    except OSError as e:
        raise FileListError(f"{source}: cannot read file list ({describe_os_error(e)})") from None
