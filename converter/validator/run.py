"""Validate files: single-file entry points and the `akn validate` driver."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from lxml import etree

from converter.file_lists import STDIN, FileListError

from .catalog import AUTO, Profile, detect_profile
from .findings import FileResult, Finding, Severity
from .inputs import gather, iter_inputs
from .parallel import map_files
from .report import Format, render
from .rules import profile_findings
from .safe_parse import MAX_BYTES, parse_bytes, parse_file
from .schema import DIAGNOSIS_SECONDS, libxml2_schema, xsd_errors
from .selection import Selection, SelectionError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
SCHEMA_ONLY = Selection(select=("xsd",))

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "Options", "exit_code", "iter_inputs",
           "run_validate", "validate_file", "validate_tree"]


@dataclass(frozen=True)
class Options:
    """How each file is checked: the profile (None or "auto": the one the document calls
    for), the rules selected, and the XSD diagnosis budget."""

    profile: str | None = None
    selection: Selection = field(default_factory=Selection)
    schema_only: bool = False
    diagnosis_seconds: float = DIAGNOSIS_SECONDS
    max_bytes: int = MAX_BYTES

    def profile_for(self, root: etree._Element) -> Profile:
        return Profile(self.profile) if self.profile not in (None, AUTO) else detect_profile(root)

    @property
    def rules(self) -> Selection:
        return SCHEMA_ONLY if self.schema_only else self.selection


def check_tree(tree: etree._ElementTree, options: Options) -> tuple[Profile, list[Finding]]:
    """(profile used, XSD and rule findings) for a parsed tree."""
    profile = options.profile_for(tree.getroot())
    active = options.rules.active(profile)
    findings: list[Finding] = []
    if "xsd" in active:
        findings += xsd_errors(tree, diagnosis_seconds=options.diagnosis_seconds)
    if set(active) - {"xsd"}:
        findings += profile_findings(tree, profile, options.rules)
    return profile, findings


def validate_tree(tree: etree._ElementTree | etree._Element, *, schema_only: bool = False,
                  diagnosis_seconds: float = DIAGNOSIS_SECONDS, profile: str | None = None,
                  selection: Selection | None = None) -> list[Finding]:
    """XSD and rule findings for an in-memory tree (profile None: picked from the document)."""
    if not isinstance(tree, etree._ElementTree):
        tree = tree.getroottree()
    options = Options(profile, selection or Selection(), schema_only, diagnosis_seconds)
    return check_tree(tree, options)[1]


def validate_file(path: Path | str, *, schema_only: bool = False, max_bytes: int = MAX_BYTES,
                  diagnosis_seconds: float = DIAGNOSIS_SECONDS, profile: str | None = None,
                  selection: Selection | None = None, options: Options | None = None
                  ) -> FileResult:
    """Parse safely and validate one file; unreadable files give `readable=False`."""
    if options is None:
        options = Options(profile, selection or Selection(), schema_only, diagnosis_seconds,
                          max_bytes)
    path = Path(path)
    return _result(path, *parse_file(path, options.max_bytes), options)


def _result(path: Path, tree: etree._ElementTree | None, problems: list[Finding],
            options: Options) -> FileResult:
    """The report on one parsed document (or on why it could not be parsed)."""
    if tree is None:
        return FileResult(path, problems, readable=False)
    used, findings = check_tree(tree, options)
    return FileResult(path, findings, profile=str(used))


def validate_bytes(data: bytes, name: str, options: Options) -> FileResult:
    """Parse safely and validate a document held in memory, reported under `name`."""
    if len(data) > options.max_bytes:
        too_big = Finding("xml.size", Severity.ERROR, f"over the {options.max_bytes}-byte limit")
        return FileResult(Path(name), [too_big], readable=False)
    return _result(Path(name), *parse_bytes(data), options)


def _stdin_document(paths: Sequence[str], stdin: TextIO | None, max_bytes: int
                    ) -> tuple[bytes | None, TextIO | None]:
    """`-` among `paths`: standard input holds an XML document (its first character, after a
    byte-order mark and blanks, is "<") or a list of files.  (the document's bytes, or None;
    the standard input left for reading a list)."""
    if STDIN not in paths:
        return None, stdin
    source = stdin if stdin is not None else sys.stdin
    buffer = getattr(source, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else source.read().encode("utf-8")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data, None
    return None, io.StringIO(data.decode("utf-8", errors="surrogateescape"))


def exit_code(results: Sequence[FileResult], strict: bool = False,
              fail_on: Severity | None = None) -> int:
    if any(not r.readable for r in results):
        return EXIT_USAGE
    return EXIT_OK if all(r.passed(strict, fail_on) for r in results) else EXIT_INVALID


def _usage(message: str) -> int:
    print(f"akn validate: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_validate(paths: Sequence[str], *, fmt: str = "text", schema_only: bool = False,
                 strict: bool = False, out: TextIO | None = None,
                 diagnosis_seconds: float = DIAGNOSIS_SECONDS, profile: str | None = None,
                 selection: Selection | None = None, fail_on: str | None = None, jobs: int = 1,
                 files_from: Sequence[str] = (), stdin: TextIO | None = None) -> int:
    """`akn validate`: report on every file, return 0 passed, 1 failed, 2 usage/unreadable.
    A file fails on an error, or on a finding at `fail_on` or worse (`strict`: warning)."""
    out = out if out is not None else sys.stdout
    try:
        fmt = Format(fmt)
    except ValueError:
        return _usage(f"unknown format {fmt!r} (choose {', '.join(f.value for f in Format)})")
    if profile not in (None, AUTO, *(p.value for p in Profile)):
        return _usage(f"unknown profile {profile!r} (choose auto, "
                      f"{', '.join(p.value for p in Profile)})")
    try:
        level = Severity(fail_on) if fail_on else (Severity.WARNING if strict else Severity.ERROR)
    except ValueError:
        return _usage(f"unknown severity {fail_on!r} for --fail-on (choose error, warning, info)")
    selection = selection or Selection()
    document, stdin = _stdin_document(paths, stdin, MAX_BYTES)
    try:
        selection.check()
        files = gather([p for p in paths if p != STDIN or document is None], files_from, stdin)
    except (SelectionError, FileListError) as e:
        return _usage(str(e))
    if not files and document is None:
        return _usage("no input files (give files, directories, globs or a list with "
                      "--files-from)")
    try:
        libxml2_schema()
    except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        return _usage(f"cannot load the Akoma Ntoso XSD: {exc}")
    options = Options(profile, selection, schema_only, diagnosis_seconds)
    results = [validate_bytes(document, STDIN, options)] if document is not None else []
    results += map_files(files, options, jobs)
    out.write(render(results, fmt, fail_on=level))
    return exit_code(results, fail_on=level)
