"""The files a run checks: arguments (files, directories, globs) and lists of paths."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


class ListError(OSError):
    """A list of files that cannot be read: the message names it."""


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


def parse_list(stream: TextIO) -> list[str]:
    """One path a line; blank lines and lines starting with '#' are skipped, the line end is
    not part of the name (other spaces are)."""
    paths = []
    for line in stream:
        name = line.rstrip("\r\n")
        if name.strip() and not name.lstrip().startswith("#"):
            paths.append(name)
    return paths


def read_list(source: str, stdin: TextIO | None = None) -> list[str]:
    """The paths listed in file `source` ('-': standard input); `ListError` if unreadable."""
    if source == STDIN:
        return parse_list(stdin if stdin is not None else sys.stdin)
    try:
        with open(source, encoding="utf-8", errors="surrogateescape") as fh:
            return parse_list(fh)
    except OSError as e:
        raise ListError(f"{source}: cannot read the list of files ({e.strerror or e})") from None


def gather(args: Iterable[str], files_from: Iterable[str] = (),
           stdin: TextIO | None = None) -> list[Path]:
    """Every file to check: the arguments ('-' reads a list from standard input) and the
    lists named by `files_from`, in that order, each file once."""
    named: list[str] = []
    listed: list[str] = []
    for arg in args:
        if arg == STDIN:
            listed += read_list(STDIN, stdin)
        else:
            named.append(arg)
    for source in files_from:
        listed += read_list(source, stdin)
    return list(dict.fromkeys([*iter_inputs(named), *iter_inputs(listed, literal=True)]))
