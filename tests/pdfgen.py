"""Born-digital PDFs built in tests: text placed where a word processor would set it."""

from __future__ import annotations

import ctypes
import io
import re
from dataclasses import dataclass
from pathlib import Path

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


class _Fonts:
    """The fonts of one document: the PDF standard fonts by name ("Times-Roman"), and font
    files by path (TrueType or OpenType, a collection's first face), embedded whole."""

    def __init__(self, pdf: pypdfium2.PdfDocument) -> None:
        self.pdf = pdf
        self.loaded: dict[str, object] = {}
        self._data: list[object] = []   # font bytes pdfium reads from: kept alive with the doc

    def get(self, name: str) -> object:
        font = self.loaded.get(name)
        if font is None:
            if name.endswith((".ttf", ".ttc", ".otf")):
                data = Path(name).read_bytes()
                buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
                self._data.append(buf)
                font = pdfium.FPDFText_LoadFont(self.pdf.raw, buf, len(data), pdfium.FPDF_FONT_TRUETYPE, True)
            else:
                font = pdfium.FPDFText_LoadStandardFont(self.pdf.raw, name.encode())
            self.loaded[name] = font
        return font

    def text_object(self, text: str, font: str, size: float):
        obj = pdfium.FPDFPageObj_CreateTextObj(self.pdf.raw, self.get(font), size)
        buf = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
        pdfium.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(pdfium.FPDF_WCHAR)))
        return obj

    def width(self, text: str, font: str, size: float) -> float:
        """How much room `text` takes as a reader measures it (the characters' boxes)."""
        page = self.pdf.new_page(WIDTH, HEIGHT)
        pdfium.FPDFPage_InsertObject(page.raw, self.text_object(text, font, size))
        pdfium.FPDFPage_GenerateContent(page.raw)
        textpage = page.get_textpage()
        rect = pdfium.FS_RECTF()
        edges = []
        for i in range(pdfium.FPDFText_CountChars(textpage.raw)):
            pdfium.FPDFText_GetLooseCharBox(textpage.raw, i, ctypes.byref(rect))
            edges += [rect.left, rect.right]
        textpage.close()
        page.close()
        self.pdf.del_page(len(self.pdf) - 1)
        return max(edges) - min(edges)


def build_pdf(pages: list[list[Text | Rule | RtlLine]]) -> bytes:
    pdf = pypdfium2.PdfDocument.new()
    fonts = _Fonts(pdf)
    for items in pages:
        page = pdf.new_page(WIDTH, HEIGHT)
        for item in items:
            if isinstance(item, Rule):
                _draw(page, item)
                continue
            for t in item.visual(fonts) if isinstance(item, RtlLine) else [item]:
                obj = fonts.text_object(t.text, t.font, t.size)
                pdfium.FPDFPageObj_Transform(obj, 1, 0, 0, 1, t.x, HEIGHT - t.y)
                pdfium.FPDFPage_InsertObject(page.raw, obj)
        pdfium.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


# One chunk of a right-to-left line: Arabic letters (with the Arabic comma and semicolon), a
# left-to-right word (Latin letters, digits and what joins them: "A/77/439", "1"), a space, a
# neutral mark.
_CHUNK = re.compile(r"(?P<space>\s+)|(?P<rtl>[\u0600-\u06FF]+)|(?P<ltr>[A-Za-z0-9][A-Za-z0-9./:-]*)"
                    r"|(?P<mark>.)")
_MIRRORED = str.maketrans("()[]«»", ")(][»«")


@dataclass(frozen=True)
class RtlLine:
    """A line of right-to-left text given in logical order, set as a word processor sets it:
    its right end at `right`, each word its own text object, Arabic words with their letters
    in visual order (pdfium reads a right-to-left object back), left-to-right words and
    numbers as they are, brackets drawn mirrored ("(أ)" is drawn ")أ(" read from the right).
    Arabic letters are set in `font`, everything else in `latin`."""

    right: float
    y: float
    text: str
    font: str
    size: float = 12.0
    latin: str = "Times-Roman"

    def visual(self, fonts: _Fonts) -> list[Text]:
        out: list[Text] = []
        x = self.right
        space = 0.28 * self.size
        for kind, group in self._groups():
            if kind == "space":
                x -= space
            elif kind == "ltr":   # left-to-right words stay in their order, as one block
                widths = [fonts.width(word, self.latin, self.size) for word in group]
                x -= sum(widths) + space * (len(group) - 1)
                left = x
                for word, width in zip(group, widths, strict=True):
                    out.append(Text(left, self.y, word, self.latin, self.size))
                    left += width + space
            else:
                shown, font = ((group[0][::-1], self.font) if kind == "rtl"
                               else (group[0].translate(_MIRRORED), self.latin))
                x -= fonts.width(shown, font, self.size)
                out.append(Text(x, self.y, shown, font, self.size))
        return out

    def _groups(self) -> list[tuple[str, list[str]]]:
        """(kind, texts) in logical order; left-to-right words a space apart make one group."""
        groups: list[tuple[str, list[str]]] = []
        for m in _CHUNK.finditer(self.text):
            kind = m.lastgroup or "mark"
            if kind == "ltr" and len(groups) > 1 and groups[-1][0] == "space" and groups[-2][0] == "ltr":
                groups.pop()
                groups[-1][1].append(m.group())
            else:
                groups.append((kind, [m.group()]))
        return groups


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


_MEASURE: _Fonts | None = None


def justified(x0: float, x1: float, y: float, text: str, font: str = "Times-Roman",
              size: float = 10.0) -> list[Text]:
    """One line of a paragraph that goes on, set justified: its words spread from `x0` to
    `x1`, each a text object of its own (their widths measured as a reader measures them)."""
    global _MEASURE
    if _MEASURE is None:
        _MEASURE = _Fonts(pypdfium2.PdfDocument.new())
    words = text.split()
    widths = [_MEASURE.width(word, font, size) for word in words]
    gap = (x1 - x0 - sum(widths)) / max(len(words) - 1, 1)
    out, x = [], x0
    for word, width in zip(words, widths, strict=True):
        out.append(Text(x, y, word, font, size))
        x += width + gap
    return out
