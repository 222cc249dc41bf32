"""Parse untrusted XML without letting it reach the network, the disk, or all memory.

No DTD is loaded, no entity is expanded, `huge_tree` stays off (libxml2's own
depth and text-size limits apply), and a document that declares a DOCTYPE at
all is refused: AKN has none, and refusing it defuses entity bombs and external
entities whatever the parser version. Every failure is a `Finding`, never an
exception.
"""

from __future__ import annotations

import re
import threading
from io import BytesIO
from pathlib import Path

from lxml import etree

from .findings import Finding, Severity

MAX_BYTES = 200 * 1024 * 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LEADING = b"\xef\xbb\xbf \t\r\n"
_PROLOG_SCAN = 1 << 20
_DTD_REFUSED = (
    "document declares a DOCTYPE; DTDs and entity declarations are refused "
    "(Akoma Ntoso uses none)"
)

ParseResult = tuple[etree._ElementTree | None, list[Finding]]

# Before the root element: an XML declaration, comments, processing instructions, spaces.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


_local = threading.local()


def _parser() -> etree.XMLParser:
    """One parser per thread: lxml parsers may be reused, but not shared across threads."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = _new_parser()
    return parser


def _new_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        collect_ids=False,
    )


def _fail(rule: str, message: str, line: int | None = None) -> ParseResult:
    return None, [Finding(rule, Severity.ERROR, message, line)]


def _prolog(data: bytes) -> bytes:
    """The start of the document in an ASCII-compatible encoding (UTF-16 transcoded)."""
    head = data[:_PROLOG_SCAN]
    if head.startswith(_UTF16_BOMS) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16" if head.startswith(_UTF16_BOMS) else (
            "utf-16-le" if head[:2] == b"<\x00" else "utf-16-be")
        return head[: len(head) // 2 * 2].decode(codec, errors="replace").encode("utf-8", "replace")
    return head


def declares_doctype(data: bytes) -> bool:
    """Whether a DOCTYPE comes before the root element: checked before any parsing, so
    that nothing it names (a local file, a FIFO, a URL) is ever opened."""
    head = _prolog(data)
    position = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while position < len(head) and (m := _PROLOG_ITEM.match(head, position)) is not None:
        position = m.end()
    if position >= len(head) and len(data) > len(head):
        return True   # a prolog longer than the scan: refused rather than parsed unseen
    return head.startswith(b"<!DOCTYPE", position)


def parse_bytes(data: bytes) -> ParseResult:
    """Parse a document held in memory; `(tree, [])` or `(None, [finding])`."""
    head = data[:4096].lstrip(_LEADING)  # a slice: never copy a 200 MB document
    if not head and not data.strip(_LEADING):
        return _fail("xml.parse", "file is empty: not an XML document")
    if not data.startswith(_UTF16_BOMS) and head and not head.startswith(b"<"):
        return _fail("xml.parse", "not an XML document: the content does not start with '<'", 1)
    if declares_doctype(data):
        return _fail("xml.dtd", _DTD_REFUSED, 1)
    try:
        tree = etree.parse(BytesIO(data), _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) and exc.lineno > 0 else None
        if b"<!DOCTYPE" in data[:_PROLOG_SCAN]:
            # libxml2 stops entity bombs itself; name the real cause.
            return _fail("xml.dtd", f"{_DTD_REFUSED} (parser: {exc.msg})", line)
        return _fail("xml.parse", f"not well-formed XML: {exc.msg}", line)
    except (ValueError, etree.LxmlError) as exc:
        return _fail("xml.parse", f"not readable as XML: {exc}")
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        return _fail("xml.dtd", _DTD_REFUSED, 1)
    return tree, []


def parse_file(path: Path, max_bytes: int = MAX_BYTES) -> ParseResult:
    """Parse a file, refusing (without reading) anything larger than `max_bytes`."""
    try:
        if path.is_dir():
            return _fail("io.read", "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            return _fail("xml.size", f"file is {size} bytes, over the {max_bytes}-byte limit")
        with path.open("rb") as fh:
            # Read at most one byte past the cap: pipes and devices report size 0.
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return _fail("io.read", f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return _fail("xml.size", f"file is over the {max_bytes}-byte limit")
    return parse_bytes(data)
