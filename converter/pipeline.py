"""The whole conversion of one file: read, segment, map, validate, write atomically."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lxml import etree

from converter import clock, limits, xsd
from converter.errors import InvalidOutputError, MissingDateError, OutputWriteError, describe_os_error
from converter.languages import get_language
from converter.languages.detect import AUTO, detect_language
from converter.mapper import to_akn
from converter.readers import load_input, printed_lines, read_loaded
from converter.segmentation import segment
from converter.segmentation.model import Resolution
from converter.symbols import Symbol
from converter.validator.catalog import Profile
from converter.validator.findings import Finding, Severity
from converter.validator.rules import profile_findings
from converter.validator.schema import xsd_errors


@dataclass
class Conversion:
    tree: etree._ElementTree
    model: Resolution
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)   # errors among them, as `errors`

    @property
    def valid(self) -> bool:
        return not self.errors


def _message(finding: Finding) -> str:
    return f"line {finding.line}: {finding.message}" if finding.line else finding.message


def findings_of(tree: etree._ElementTree) -> list[Finding]:
    """The validator's verdict (`akn validate --profile akn4un`): the strict XSD's errors, or,
    for a schema-valid tree, the AKN4UN profile's findings (errors and warnings)."""
    return xsd_errors(tree) or profile_findings(tree, Profile.AKN4UN)


def error_messages(findings: list[Finding]) -> list[str]:
    return [_message(f) for f in findings if f.severity is Severity.ERROR]


def convert_file(path: Path, *, symbol: Symbol | None = None, language: str = "auto",
                 converted: date | None = None, document_date: date | None = None,
                 data: bytes | None = None) -> Conversion:
    """Convert one input file; raises ConversionError subclasses on bad input.  `language`
    "auto" reads the language from the text (see converter/languages/detect.py);
    `converted` is the markup date (default: `clock.markup_date()`, `SOURCE_DATE_EPOCH` or
    today); `document_date` is used only when the text dates nothing (no adoption or issue
    date).  `data` is the input itself when it is not read from `path` (which then names it)."""
    markup = clock.markup_date(converted)
    xsd.compile_in_background()   # while the input is read: the output is validated at the end
    loaded = load_input(path, data)
    if language == AUTO:   # told from the lines as printed: the input is read once, in it
        language = detect_language(printed_lines(loaded), str(path))
    table = get_language(language)
    source = read_loaded(loaded, table)
    del loaded   # a PDF's pages are not needed past reading: freed before the tree is built
    model = segment(source, table, name=str(path), symbol=symbol,
                    filename_symbol=Symbol.from_filename(path.stem))
    try:
        tree = to_akn(model, table, markup, fallback_date=document_date)
    except MissingDateError as e:
        raise MissingDateError(f"{path}: {e}") from None
    findings = findings_of(tree)
    return Conversion(tree, model, [*source.warnings, *model.warnings], error_messages(findings),
                      findings)


def serialize(tree: etree._ElementTree, name: str = "output") -> bytes:
    """The XML bytes; `LimitError` past the output size limit."""
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    limits.check(name, len(data), limits.current().output_bytes, "bytes of XML output")
    return data


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(data: bytes, target: Path) -> None:
    """Write to a temporary file beside `target`, then rename: never a partial file.
    `OutputWriteError` names the path and the reason (read-only, disk full …)."""
    try:
        _write_atomic(data, target)
    except OSError as e:
        where = e.filename if isinstance(e.filename, str) and not Path(e.filename).name.startswith(
            f".{target.name}.") else target
        raise OutputWriteError(f"{where}: cannot write ({describe_os_error(e)})") from None


def _write_atomic(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~_umask())   # mkstemp makes 0600; outputs are for sharing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def invalid_path(target: Path) -> Path:
    return target.with_name(target.stem + ".invalid.xml")


def write_result(result: Conversion, target: Path, source: Path) -> None:
    """Write a valid result to `target`; an invalid one only beside it, then raise."""
    data = serialize(result.tree, str(source))
    if result.valid:
        write_atomic(data, target)
        invalid_path(target).unlink(missing_ok=True)
        return
    aside = invalid_path(target)
    write_atomic(data, aside)
    count = len(result.errors)
    raise InvalidOutputError(f"{source}: the XML produced is not valid ({count} "
                             f"error{'s' if count > 1 else ''}, first: {result.errors[0]}); "
                             f"written to {aside}")
