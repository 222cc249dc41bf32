"""The Python API: convert and validate documents held in files or in memory.

    >>> import converter
    >>> result = converter.convert(Path("A_RES_79_166.pdf"), markup_date="2025-01-01")
    >>> result.valid, len(result.xml)

`source` is a path (`pathlib.Path` or any `os.PathLike`), the file's bytes, or its text as a
`str` (a `str` is always text, never a file name).  Bad input raises the `ConversionError`
subclass of `converter.errors` that `akn convert` maps to its exit code (`error.exit_code`);
an output the validator rejects is returned with `valid` False and its `findings`.  The
heavy modules load on first use, so `import converter` stays cheap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from converter.errors import UnreadableInputError, UsageError

if TYPE_CHECKING:
    from lxml import etree

    from converter.segmentation.model import Resolution
    from converter.symbols import Symbol
    from converter.validator.findings import Finding

Source = str | bytes | os.PathLike[str]
MEMORY_NAME = "<memory>"
AUTO = "auto"


def _error_findings(findings: list[Finding]) -> list[Finding]:
    from converter.validator.findings import Severity

    return [f for f in findings if f.severity is Severity.ERROR]


@dataclass(frozen=True)
class Validation:
    """What the validator says of one AKN document (`converter.validate`)."""

    tree: etree._ElementTree
    findings: list[Finding] = field(default_factory=list)   # XSD errors, profile rule findings

    @property
    def valid(self) -> bool:
        """No error (warnings allowed): what `akn validate` exits 0 for."""
        return not _error_findings(self.findings)

    @property
    def errors(self) -> list[Finding]:
        return _error_findings(self.findings)

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f not in self.errors]

    @property
    def xml(self) -> bytes:
        from lxml import etree

        return etree.tostring(self.tree, xml_declaration=True, encoding="UTF-8")


@dataclass(frozen=True)
class Result:
    """One conversion (`converter.convert`): the XML and what it was made from."""

    xml: bytes                       # UTF-8, with its XML declaration: what `akn convert` writes
    tree: etree._ElementTree
    model: Resolution                # the typed document model (as JSON: `model_json()`)
    warnings: list[str] = field(default_factory=list)    # reader and segmentation warnings
    findings: list[Finding] = field(default_factory=list)   # the validator's, on the output

    @property
    def valid(self) -> bool:
        """Valid against the XSD and the profile rules: `akn convert` would write it."""
        return not _error_findings(self.findings)

    def model_json(self) -> str:
        """The model as `akn convert --dump-model` writes it (schema: `akn schema model`)."""
        from converter.segmentation.model_json import dumps

        return dumps(self.model)


def _named_input(source: Source, name: str | None) -> tuple[Path, bytes | None]:
    """(the name used in messages and for a symbol in a file name, the bytes if in memory)."""
    if isinstance(source, bytes):
        return Path(name or MEMORY_NAME), source
    if isinstance(source, str):
        if "\n" not in source and len(source) < 4096 and os.path.isfile(source):
            raise UsageError(f"{source}: a str is the document's text; for a file, pass "
                             f"Path({source!r})")
        return Path(name or MEMORY_NAME), source.encode("utf-8")
    if isinstance(source, os.PathLike):
        return Path(source), None
    raise TypeError(f"source must be a path, bytes or str, not {type(source).__name__}")


def _date(value: date | str | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    from converter.clock import parse_date

    return parse_date(value, what)


def convert(source: Source, *, symbol: str | None = None, language: str | None = None,
            markup_date: date | str | None = None, document_date: date | str | None = None,
            name: str | None = None) -> Result:
    """Convert one document (PDF, `pdftotext` text or the markdown dialect, told apart by
    content) into validated AKN XML.

    `symbol` (e.g. "A/C.3/79/L.23") when the text does not print it; `language` an ISO 639-2
    code ("eng", "fra" …; default: read from the text); `markup_date` pins `FRBRdate
    name="markup"` (date or "YYYY-MM-DD"; default `$SOURCE_DATE_EPOCH`, else today);
    `document_date` dates a text that dates nothing; `name` names in-memory input in
    messages (and may give the symbol, as a file name does).  Raises `ConversionError`
    subclasses (`UsageError` for a bad parameter)."""
    from converter.clock import markup_date as pinned
    from converter.pipeline import convert_file, serialize

    path, data = _named_input(source, name)
    result = convert_file(path, symbol=_symbol(symbol), language=_language(language),
                          converted=pinned(markup_date),
                          document_date=_date(document_date, "document_date"), data=data)
    return Result(serialize(result.tree, str(path)), result.tree, result.model,
                  list(result.warnings), list(result.findings))


def _symbol(value: str | None) -> Symbol | None:
    if value is None:
        return None
    from converter.symbols import Symbol, SymbolError

    try:
        return Symbol.parse(value)
    except SymbolError as e:
        raise UsageError(f"symbol: {e}") from None


def _language(value: str | None) -> str:
    if value is None or value == AUTO:
        return AUTO
    from converter.languages.detect import check_choice

    try:
        check_choice(value)
    except ValueError as e:
        raise UsageError(f"language: {e}") from None
    return value


def validate(source: Source | etree._ElementTree | etree._Element, *,
             schema_only: bool = False, name: str | None = None) -> Validation:
    """Check one AKN document against the strict official XSD and (unless `schema_only`)
    the AKN4UN profile rules, as `akn validate` does.  `source` is a path, the XML as bytes
    or str, or an lxml tree or element.  A document that cannot be read or parsed as XML
    (or declares a DOCTYPE) raises `UnreadableInputError`."""
    from lxml import etree

    from converter.validator.run import validate_tree

    if isinstance(source, (etree._ElementTree, etree._Element)):
        tree = source if isinstance(source, etree._ElementTree) else source.getroottree()
    else:
        tree = _parse(source, name)
    return Validation(tree, validate_tree(tree, schema_only=schema_only))


def _parse(source: Source, name: str | None) -> etree._ElementTree:
    from converter.validator.safe_parse import parse_bytes, parse_file

    path, data = _named_input(source, name)
    tree, problems = parse_file(path) if data is None else parse_bytes(data)
    if tree is None:
        problem = problems[0].message if problems else "not readable as XML"
        raise UnreadableInputError(f"{path}: {problem}")
    return tree
