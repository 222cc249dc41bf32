"""Readers: PDF, plain text (pdftotext) and the markdown-like dialect -> SourceDocument."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from converter import limits
from converter.errors import UnreadableInputError, describe_os_error
from converter.languages import LanguageTable
from converter.readers.blocks import Block, SourceDocument, Span
from converter.readers.encoding import decode_text, xml_safe
from converter.readers.script import base_letters


class InputFormat(Enum):
    PDF = "pdf"
    PLAIN = "plain"
    MARKDOWN = "md"


def detect_format(data: bytes, text: str | None) -> InputFormat:
    """By content, never by file name: `%PDF-` magic, else the text dialect's own signs."""
    if data.lstrip()[:5] == b"%PDF-":
        return InputFormat.PDF
    from converter.readers.markdown import looks_like_markdown

    assert text is not None
    return InputFormat.MARKDOWN if looks_like_markdown(text) else InputFormat.PLAIN


@dataclass(slots=True)
class LoadedInput:
    """A file read and checked, before any language-dependent reading: a PDF's extracted
    pages, or a text input's decoded text and dialect."""
    path: Path
    format: InputFormat
    text: str = ""
    pages: list = field(default_factory=list)   # list[pdf.extract.Page] for a PDF


def load_input(path: Path, data: bytes | None = None) -> LoadedInput:
    """Read the input once; UnreadableInputError names the file and the problem.  `data` is
    the input's content when it does not come from the file `path` (standard input, the
    Python API): `path` then only names it in messages."""
    if data is None:
        data = read_bounded(path, limits.current().input_bytes)
    else:
        limits.check(str(path), len(data), limits.current().input_bytes, "input bytes")
    if not data.strip():
        raise UnreadableInputError(f"{path}: empty file")
    if data.lstrip()[:5] == b"%PDF-":
        from converter.readers.pdf.extract import extract_pages

        return LoadedInput(path, InputFormat.PDF, pages=extract_pages(Path(path), data))
    text = decode_text(data, path)
    # split at newlines only, as the readers do (str.splitlines also breaks at \x0b, \x85,
    # \u2028 …, which would let a huge line through in pieces)
    longest = max(map(len, text.split("\n")), default=0)
    limits.check(str(path), longest, limits.current().line_chars, "characters in one line")
    return LoadedInput(path, detect_format(data, text), text=text)


def read_loaded(loaded: LoadedInput, language: LanguageTable) -> SourceDocument:
    """The blocks of a loaded input in `language`; the same input can be read again in
    another language (the loaded input is not changed)."""
    if loaded.format is InputFormat.PDF:
        from converter.readers.pdf import read_pages

        return xml_safe_document(read_pages(loaded.pages, language))
    if loaded.format is InputFormat.MARKDOWN:
        from converter.readers.markdown import read_markdown

        return read_markdown(loaded.text, language)
    from converter.readers.plain import read_plain

    return read_plain(loaded.text, language)


def printed_lines(loaded: LoadedInput) -> Iterator[str]:
    """The input's lines as printed, before it is read in a language (which the lines tell,
    see languages/detect.py): a PDF's page lines, a text's lines without the dialect's marks."""
    if loaded.format is InputFormat.PDF:
        return (line.text for page in loaded.pages for line in page.lines)
    lines = _lines(loaded.text)
    if loaded.format is InputFormat.MARKDOWN:
        from converter.readers.inline_md import without_markup

        return map(without_markup, lines)
    return lines


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one by one (the language is told from the first few: a long text is
    not split whole for them)."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def read_input(path: Path, language: LanguageTable, data: bytes | None = None) -> SourceDocument:
    """Read any supported input (see `load_input`)."""
    return read_loaded(load_input(path, data), language)


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, never more than `max_bytes` read (devices such as /dev/zero report
    size 0); a FIFO is refused rather than waited on."""
    try:
        info = path.stat()
        if stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode) or stat.S_ISDIR(info.st_mode):
            raise UnreadableInputError(f"{path}: not a regular file")
        limits.check(str(path), info.st_size, max_bytes, "input bytes")
        with path.open("rb") as f:
            # the size the file reports and a byte more (a read of the limit would allocate
            # the limit first); the rest, up to the limit, of one that grew or reports none
            data = f.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += f.read(max_bytes + 1 - len(data))
    except OSError as e:
        raise UnreadableInputError(f"{path}: cannot read file ({describe_os_error(e)})") from e
    limits.check(str(path), len(data), max_bytes, "input bytes (at least)")
    return data


def _safe_span(span: Span) -> Span:
    href = xml_safe(span.href) if span.href else span.href
    return Span(base_letters(xml_safe(span.text)), span.italic, span.bold, span.note_ref, href)


def xml_safe_document(source: SourceDocument) -> SourceDocument:
    """Drop what XML cannot carry from a PDF's text (a damaged PDF's text holds control
    characters), as `decode_text` does for text inputs; letters a font's glyph table named
    (an Arabic presentation form, a CJK compatibility ideograph) become the letters meant."""
    for block in source.blocks:
        _clean_block(block)
    if source.symbol_hint:
        source.symbol_hint = xml_safe(source.symbol_hint)
    return source


def _clean_block(block: Block) -> None:
    block.spans = [_safe_span(s) for s in block.spans]
    if block.rows:
        block.rows = [[[_safe_span(s) for s in cell] for cell in row] for row in block.rows]
