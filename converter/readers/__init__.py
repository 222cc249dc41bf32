"""Readers: PDF, plain text (pdftotext) and the markdown-like dialect -> SourceDocument."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from converter.errors import UnreadableInputError
from converter.languages import LanguageTable
from converter.readers.blocks import SourceDocument
from converter.readers.encoding import decode_text


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


def read_input(path: Path, language: LanguageTable) -> SourceDocument:
    """Read any supported input; UnreadableInputError names the file and the problem."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableInputError(f"{path}: cannot read file ({e.strerror or e})") from e
    if not data.strip():
        raise UnreadableInputError(f"{path}: empty file")
    if data.lstrip()[:5] == b"%PDF-":
        from converter.readers.pdf import read_pdf

        return read_pdf(path, language)
    text = decode_text(data, path)
    fmt = detect_format(data, text)
    if fmt is InputFormat.MARKDOWN:
        from converter.readers.markdown import read_markdown

        return read_markdown(text, language)
    from converter.readers.plain import read_plain

    return read_plain(text, language)
