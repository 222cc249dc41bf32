"""The `akn` command's entry point (also `python -m converter`).

For `akn convert`, compiling the XSD (the longest step of a one-file run) starts in a thread
before anything else loads, typer included; it overlaps the imports and the conversion.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:2] == ["convert"]:
        from converter import xsd

        xsd.compile_in_background()
    from converter.cli import app

    app(prog_name="akn")
