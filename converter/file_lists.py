"""`--files-from FILE`: a list of inputs, one a line, for listings too long for a command
line or made by a catalogue query.  Blank lines and lines starting with `#` are left out;
`-` reads standard input."""

from __future__ import annotations

import sys

from converter.errors import describe_os_error


class FileListError(Exception):
    """The list cannot be read; the message names it and says why."""


def read_file_list(source: str) -> list[str]:
    """The names in `source` (a path, or `-` for standard input), in order, each line
    without its end of line and surrounding blanks."""
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8", newline=None) as f:
                text = f.read()
    except OSError as e:
        raise FileListError(f"{source}: cannot read file list ({describe_os_error(e)})") from None
    except UnicodeDecodeError:
        raise FileListError(f"{source}: file list is not UTF-8 text") from None
    names = (line.strip() for line in text.splitlines())
    return [name for name in names if name and not name.startswith("#")]
