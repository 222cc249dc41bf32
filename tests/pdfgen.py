"""Born-digital PDFs built in tests: text placed where a word processor would set it."""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium

WIDTH, HEIGHT = 595.0, 842.0
LEFT = 72.0   # the body text's left margin


@dataclass(frozen=True)
class Text:
    """One text object: `y` is the baseline from the top of the page, in points."""

    x: float
    y: float
    text: str
    font: str = "Times-Roman"
    size: float = 10.0


@dataclass(frozen=True)
class Rule:
    """A stroked rectangle (a frame) or, drawn thin and filled, one rule of a frame; `top` is
    measured from the top of the page, in points."""

    x0: float
    top: float
    x1: float
    bottom: float
    filled: bool = False


def _draw(page, rule: Rule) -> None:
    obj = pdfium.FPDFPageObj_CreateNewRect(rule.x0, HEIGHT - rule.bottom, rule.x1 - rule.x0,
                                           rule.bottom - rule.top)
    pdfium.FPDFPath_SetDrawMode(obj, 1 if rule.filled else 0, not rule.filled)
    pdfium.FPDFPage_InsertObject(page.raw, obj)


def build_pdf(pages: list[list[Text | Rule]]) -> bytes:
    pdf = pypdfium2.PdfDocument.new()
    fonts: dict[str, object] = {}
    for texts in pages:
        page = pdf.new_page(WIDTH, HEIGHT)
        for t in texts:
            if isinstance(t, Rule):
                _draw(page, t)
                continue
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


def resolution_page(inserted: list[Text], after: float) -> list[Text]:
    """Page 1 of a resolution whose paragraph 1 ("… as follows:") is followed by `inserted`;
    paragraph 2 and the meeting line start at `after`."""
    return [
        Text(LEFT, 60, "United Nations", "Times-Bold", 14), Text(400, 60, "A/RES/79/998", "Times-Bold", 14),
        Text(LEFT, 80, "General Assembly", "Times-Bold", 16), Text(400, 80, "Distr.: General"),
        Text(400, 94, "30 December 2024"),
        Text(LEFT, 130, "Seventy-ninth session"), Text(LEFT, 144, "Agenda item 140"),
        Text(LEFT, 180, "Resolution adopted by the General Assembly on 24 December 2024", "Times-Bold", 13),
        Text(LEFT, 210, "79/998. Scale of assessments", "Times-Bold", 13),
        Text(LEFT + 36, 240, "The General Assembly,"),
        Text(LEFT + 36, 260, "Recalling", "Times-Italic"),
        Text(LEFT + 80, 260, "its resolution 76/238 of 24 December 2021,"),
        Text(LEFT, 280, "1."), Text(LEFT + 36, 280, "Resolves", "Times-Italic"),
        Text(LEFT + 76, 280, "that the rates of assessment for 2025 shall be as follows:"),
        *inserted,
        Text(LEFT, after, "2."), Text(LEFT + 36, after, "Decides", "Times-Italic"),
        Text(LEFT + 76, after, "to review the scale in 2027."),
        Text(LEFT + 200, after + 40, "54th plenary meeting"),
        Text(LEFT + 200, after + 54, "24 December 2024"),
    ]


def raw_pdf(contents: list[bytes], *, deflated: bool = False) -> bytes:
    """A PDF written by hand: one page per content stream, given as is (uncompressed, so
    tests can put any byte in a string or any number of operators; or, with `deflated`,
    already Flate-compressed), Helvetica as /F1."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(contents)))
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>",
              f"<< /Type /Pages /Kids [{kids}] /Count {len(contents)} >>".encode(),
              b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, content in enumerate(contents):
        bodies.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH:g} {HEIGHT:g}] "
                      f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        flate = b" /Filter /FlateDecode" if deflated else b""
        bodies.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), flate, content))
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(bodies) + 1, xref)


def text_content(lines: list[bytes], size: int = 11) -> bytes:
    """A content stream showing `lines` (PDF string bytes, unescaped) one under the other."""
    ops = [b"BT /F1 %d Tf" % size]
    ops += [b"1 0 0 1 72 %d Tm (%s) Tj" % (780 - 16 * i, line) for i, line in enumerate(lines)]
    return b"\n".join([*ops, b"ET"])
