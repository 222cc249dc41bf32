"""The files a run checks: arguments (files, directories, globs) and lists of paths."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from converter.file_lists import STDIN, read_file_list

_GLOB_CHARS = frozenset("*?[")


def iter_inputs(args: Iterable[str | Path], *, literal: bool = False) -> list[Path]:
    """Files as given, directories searched recursively for *.xml, globs expanded (not with
    `literal`: names read from a list are data).  A name that matches nothing is kept, so
    that it is reported as unreadable.  Each file once, in the order first named."""
    found: dict[Path, None] = {}
    for arg in args:
        text = str(arg)
        matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))] if (
            not literal and _GLOB_CHARS & set(text)) else []
        for path in matches or [Path(text)]:
            if path.is_dir():
                found.update(dict.fromkeys(p for p in sorted(path.rglob("*.xml")) if p.is_file()))
            else:
                found[path] = None
    return list(found)


def gather(args: Iterable[str], files_from: Iterable[str] = (),
           stdin: TextIO | None = None) -> list[Path]:
    """Every file to check: the arguments ('-' reads a list from standard input) and the
    lists named by `files_from`, in that order, each file once."""
    named: list[str] = []
    listed: list[str] = []
    for arg in args:
        if arg == STDIN:
            listed += read_file_list(STDIN, stdin)
        else:
            named.append(arg)
    for source in files_from:
        listed += read_file_list(source, stdin)
    return list(dict.fromkeys([*iter_inputs(named), *iter_inputs(listed, literal=True)]))
