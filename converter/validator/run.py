"""Validate files: single-file entry points, input expansion and the CLI driver."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from lxml import etree

from .findings import FileResult, Finding
from .report import Format, render
from .rules import profile_findings
from .safe_parse import MAX_BYTES, parse_file
from .schema import DIAGNOSIS_SECONDS, libxml2_schema, xsd_errors

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_GLOB_CHARS = frozenset("*?[")


def validate_tree(tree: etree._ElementTree | etree._Element, *, schema_only: bool = False,
                  diagnosis_seconds: float = DIAGNOSIS_SECONDS) -> list[Finding]:
    """XSD and profile findings for an in-memory tree."""
    if not isinstance(tree, etree._ElementTree):
        tree = tree.getroottree()
    findings = xsd_errors(tree, diagnosis_seconds=diagnosis_seconds)
    if not schema_only:
        findings += profile_findings(tree)
    return findings


def validate_file(path: Path | str, *, schema_only: bool = False, max_bytes: int = MAX_BYTES,
                  diagnosis_seconds: float = DIAGNOSIS_SECONDS) -> FileResult:
    """Parse safely and validate one file; unreadable files give `readable=False`."""
    path = Path(path)
    tree, problems = parse_file(path, max_bytes)
    if tree is None:
        return FileResult(path, problems, readable=False)
    return FileResult(path, validate_tree(tree, schema_only=schema_only,
                                          diagnosis_seconds=diagnosis_seconds))


def iter_inputs(args: Iterable[str | Path]) -> list[Path]:
    """Files as given, directories searched recursively for *.xml, globs expanded.

    A name that matches nothing is kept, so that it is reported as unreadable.
    """
    found: dict[Path, None] = {}
    for arg in args:
        text = str(arg)
        matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))] if (
            _GLOB_CHARS & set(text)) else []
        for path in matches or [Path(text)]:
            if path.is_dir():
                found.update(dict.fromkeys(p for p in sorted(path.rglob("*.xml")) if p.is_file()))
            else:
                found[path] = None
    return list(found)


def exit_code(results: list[FileResult], strict: bool = False) -> int:
    if any(not r.readable for r in results):
        return EXIT_USAGE
    return EXIT_OK if all(r.passed(strict) for r in results) else EXIT_INVALID


def run_validate(paths: list[str], *, fmt: str = "text", schema_only: bool = False,
                 strict: bool = False, out: TextIO | None = None,
                 diagnosis_seconds: float = DIAGNOSIS_SECONDS) -> int:
    """`akn validate`: report on every file, return 0 valid, 1 invalid, 2 usage/unreadable."""
    out = out if out is not None else sys.stdout
    try:
        fmt = Format(fmt)
    except ValueError:
        choices = ", ".join(f.value for f in Format)
        print(f"akn validate: unknown format {fmt!r} (choose {choices})", file=sys.stderr)
        return EXIT_USAGE
    files = iter_inputs(paths)
    if not files:
        print("akn validate: no input files (give files, directories or globs)", file=sys.stderr)
        return EXIT_USAGE
    try:
        libxml2_schema()
    except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        print(f"akn validate: cannot load the Akoma Ntoso XSD: {exc}", file=sys.stderr)
        return EXIT_USAGE
    results = [validate_file(p, schema_only=schema_only, diagnosis_seconds=diagnosis_seconds)
               for p in files]
    out.write(render(results, fmt, strict))
    return exit_code(results, strict)
