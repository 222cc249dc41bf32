"""Open a PDF with pdfium and turn every failure into a `ConversionError`.

The raw pdfium API is used directly (not the pypdfium2 helper classes): the
reader makes a few hundred calls per page and the helpers' overhead adds up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2  # noqa: F401  (importing it initialises the pdfium library)
import pypdfium2.raw as pdfium

from converter import limits
from converter.errors import EncryptedPdfError, LimitError, UnreadableInputError

_MESSAGES = {
    pdfium.FPDF_ERR_FILE: "cannot be opened",
    pdfium.FPDF_ERR_FORMAT: "not a PDF or corrupt",
    pdfium.FPDF_ERR_PAGE: "page not found or content error",
}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, checked for the PDF header and end-of-file marker."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableInputError(f"{path}: cannot read file ({e.strerror})") from e
    return checked_bytes(path, data)


def checked_bytes(path: Path, data: bytes) -> bytes:
    """`data` (the PDF named `path`) if it has the PDF header and end-of-file marker."""
    if not data:
        raise UnreadableInputError(f"{path}: empty file")
    if b"%PDF-" not in data[:1024]:
        raise UnreadableInputError(f"{path}: not a PDF (no %PDF header)")
    # pdfium silently repairs cut-off files; a missing trailer means pages are lost.
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableInputError(f"{path}: truncated PDF (no end-of-file marker)")
    return data


@contextmanager
def open_document(path: Path, data: bytes | None = None
                  ) -> Iterator[tuple[pdfium.FPDF_DOCUMENT, int]]:
    """Yield (document handle, page count); the handle is closed afterwards.  `data`, when
    given, is the file's content (already read, or not from a file); `path` names it."""
    data = read_bytes(path) if data is None else checked_bytes(path, bytes(data))
    # pdfium reads the bytes where they are (not copied): `data` lives until the document closes
    doc = pdfium.FPDF_LoadMemDocument64(data, len(data), None)
    if not doc:
        code = pdfium.FPDF_GetLastError()
        if code in (pdfium.FPDF_ERR_PASSWORD, pdfium.FPDF_ERR_SECURITY):
            raise EncryptedPdfError(f"{path}: encrypted PDF (password required)")
        problem = _MESSAGES.get(code, f"unreadable PDF (pdfium error {code})")
        raise UnreadableInputError(f"{path}: {problem}")
    try:
        pages = pdfium.FPDF_GetPageCount(doc)
        if pages <= 0:
            raise UnreadableInputError(f"{path}: PDF has no pages")
        yield doc, pages
    finally:
        pdfium.FPDF_CloseDocument(doc)
        del data


@contextmanager
def open_page(path: Path, doc: pdfium.FPDF_DOCUMENT, index: int) -> Iterator[tuple]:
    """Yield (page handle, text page handle) for page `index` (0-based)."""
    page = pdfium.FPDF_LoadPage(doc, index)
    if not page:
        raise UnreadableInputError(f"{path}: page {index + 1} cannot be loaded")
    try:   # before the text is extracted: that is where millions of objects cost
        limits.check(str(path), pdfium.FPDFPage_CountObjects(page), limits.current().page_objects,
                     f"objects on page {index + 1}")
    except LimitError:
        pdfium.FPDF_ClosePage(page)
        raise
    textpage = pdfium.FPDFText_LoadPage(page)
    if not textpage:
        pdfium.FPDF_ClosePage(page)
        raise UnreadableInputError(f"{path}: page {index + 1} has unreadable text")
    try:
        yield page, textpage
    finally:
        pdfium.FPDFText_ClosePage(textpage)
        pdfium.FPDF_ClosePage(page)
