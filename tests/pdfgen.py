"""Born-digital PDFs built in tests: text placed where a word processor would set it."""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium

WIDTH, HEIGHT = 595.0, 842.0


@dataclass(frozen=True)
class Text:
    """One text object: `y` is the baseline from the top of the page, in points."""

    x: float
    y: float
    text: str
    font: str = "Times-Roman"
    size: float = 10.0


def build_pdf(pages: list[list[Text]]) -> bytes:
    pdf = pypdfium2.PdfDocument.new()
    fonts: dict[str, object] = {}
    for texts in pages:
        page = pdf.new_page(WIDTH, HEIGHT)
        for t in texts:
            font = fonts.get(t.font)
            if font is None:
                font = fonts[t.font] = pdfium.FPDFText_LoadStandardFont(pdf.raw, t.font.encode())
            obj = pdfium.FPDFPageObj_CreateTextObj(pdf.raw, font, t.size)
            buf = ctypes.create_string_buffer((t.text + "\0").encode("utf-16-le"))
            pdfium.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(pdfium.FPDF_WCHAR)))
            pdfium.FPDFPageObj_Transform(obj, 1, 0, 0, 1, t.x, HEIGHT - t.y)
            pdfium.FPDFPage_InsertObject(page.raw, obj)
        pdfium.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def lines_pdf(pages: list[list[str]], font: str = "Helvetica", size: float = 11.0) -> bytes:
    """One line of text under the other, from the top left of each page."""
    return build_pdf([[Text(72, 62 + 16 * i, line, font, size) for i, line in enumerate(lines)]
                      for lines in pages])
