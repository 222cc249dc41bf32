"""Styled runs of text with their geometry, read from one pdfium text page.

A *run* is the longest stretch of characters drawn by one PDF text object
(one font, one size, one position), so styles are asked once per run rather
than once per character: boundaries between text objects are found by
bisecting each line of the page text on `FPDFText_GetTextObject`.
Coordinates are top-down (0 at the top of the page), in points.
"""

from __future__ import annotations

import ctypes
from ctypes import byref, c_double, c_int, c_void_p
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium


def bare(function, restype):
    """The same C function, called with no argument types declared: ctypes then checks and
    converts nothing, which makes the hot calls (several a run, two a page object) 40%
    cheaper than declared ones (and the bindings' pointer objects are slower still).  So
    every pointer argument must be a `c_void_p` or a `byref` (see `address_arg`; a Python int
    is passed as a 32-bit C int), every other one a Python int.  The call keeps the GIL
    (PYFUNCTYPE): each of these returns within a microsecond, and releasing and taking back
    the lock cost an eighth of a call."""
    function = ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, c_void_p).value)
    function.argtypes = None
    return function


def address_arg(pointer) -> Any:
    """`pointer` (a pdfium handle) as the argument a bare call takes fastest: a `byref`, whose
    address ctypes copies as it is (a `c_void_p` is converted anew at every call).  For a
    handle passed many times: making one costs more than a call."""
    return byref(ctypes.c_char.from_address(ctypes.cast(pointer, c_void_p).value or 0))


# (text page, character index [, addresses to fill]): called per run
_GET_TEXT_OBJECT = bare(pdfium.FPDFText_GetTextObject, c_void_p)
_LOOSE_BOX = bare(pdfium.FPDFText_GetLooseCharBox, c_int)      # (.., FS_RECTF)
_ORIGIN = bare(pdfium.FPDFText_GetCharOrigin, c_int)          # (.., double x, double y)
_IS_GENERATED = bare(pdfium.FPDFText_IsGenerated, c_int)
# (text object [, float]): once per text object
_GET_FONT = bare(pdfium.FPDFTextObj_GetFont, c_void_p)
_GET_FONT_SIZE = bare(pdfium.FPDFTextObj_GetFontSize, c_int)

_LONG_WORD = 8       # characters: a run this long without a space may hold two words
_INNER_GAP = 0.08    # of the type size: wider than any letter spacing inside a run of UN PDFs
HYPHENS = {"\ufffe": "-", "\x02": "-", "\u00ad": "-"}  # pdfium's marked/soft hyphens
_HYPHEN_TABLE = str.maketrans(HYPHENS)


@dataclass(frozen=True, slots=True)
class Font:
    name: str
    italic: bool
    bold: bool
    barcode: bool


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    x1: float
    base: float          # baseline, top-down
    size: float
    font: Font
    first: int           # index of the first character in the text page
    space_before: bool = False  # pdfium puts a space (its own or generated) before it
    space_after: bool = False  # the run's own characters end with whitespace
    raised: bool = False  # set when the run is found to be a superscript
    href: str | None = None
    origin: float = 0.0   # pen position of the first character (italic overhangs: < x0)
    pen_before: float | None = None  # where the space pdfium generated before the run begins
    # where a gap between letters inside a run without spaces is wide enough to be a word
    # space of a tight justified line ("humanrights" drawn as "human" and "rights": 5)
    inner_gaps: tuple[int, ...] = ()

    @property
    def italic(self) -> bool:
        return self.font.italic

    @property
    def bold(self) -> bool:
        return self.font.bold


@dataclass(frozen=True, slots=True)
class Link:
    x0: float
    top: float
    x1: float
    bottom: float
    uri: str


class _FontCache(dict[int, Font]):
    """Font facts per pdfium font handle (handles are shared across a document): looked up
    as `fonts[_GET_FONT(text object) or 0]`, described on first sight."""

    def __init__(self) -> None:
        super().__init__()
        self._name = ctypes.create_string_buffer(256)

    def __missing__(self, key: int) -> Font:
        font = self[key] = self._describe(ctypes.cast(c_void_p(key), pdfium.FPDF_FONT))
        return font

    def _describe(self, handle) -> Font:
        length = pdfium.FPDFFont_GetBaseFontName(handle, self._name, 256)
        name = self._name.value.decode("latin-1") if length else ""
        name = name.split("+", 1)[-1]  # drop a subset prefix "ABCDEF+"
        flags = pdfium.FPDFFont_GetFlags(handle)
        weight = pdfium.FPDFFont_GetWeight(handle)
        lowered = name.lower()
        italic = "italic" in lowered or "oblique" in lowered or bool(flags & (1 << 6))
        bold = (any(w in lowered for w in ("bold", "black", "heavy", "semibold"))
                or bool(flags & (1 << 18)) or weight >= 600)
        barcode = "barcode" in lowered or "3 of 9" in lowered or "code39" in lowered
        return Font(name, italic, bold, barcode)


class PageReader:
    """Reads runs and links of pages of one document."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.fonts = _FontCache()
        self._rect = pdfium.FS_RECTF()
        self._pen = (c_double * 2)()   # a character's origin, x and y
        self._size = ctypes.c_float()
        # the addresses the bare calls fill, made once: no pointer object built per call
        self._rect_at = byref(self._rect)
        self._ox_at = byref(self._pen)
        self._oy_at = byref(self._pen, ctypes.sizeof(c_double))
        self._size_at = byref(self._size)
        self._text = (ctypes.c_ushort * 4096)()   # the page's text, UTF-16: grown when needed

    # -- text -------------------------------------------------------------
    def page_text(self, textpage) -> str:
        n = pdfium.FPDFText_CountChars(textpage)
        if n <= 0:
            return ""
        if len(self._text) <= n:   # (an array type per length costs more than the text)
            self._text = (ctypes.c_ushort * (1 << n.bit_length()))()
        buf = self._text
        written = pdfium.FPDFText_GetText(textpage, 0, n, buf) - 1   # (and a terminating 0)
        text = ctypes.string_at(buf, 2 * n).decode("utf-16-le", errors="replace")
        if written != n or len(text) != n:
            # characters outside the BMP, or a glyph that maps to no character (which the text
            # leaves out): index by character, so text and character indices agree
            text = "".join(chr(pdfium.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(n))
        return text

    def runs(self, textpage, height: float) -> list[Run]:
        """The page's runs, in the order of its text.  (One loop, its names bound once: it
        is the reader's busiest, a hundred runs a page.)"""
        text = self.page_text(textpage)
        tp = address_arg(textpage)
        hyphens = any(h in text for h in HYPHENS)   # (most pages have none to translate)
        rect, rect_at, pen, pen_x, pen_y = self._rect, self._rect_at, self._pen, self._ox_at, self._oy_at
        size_box, size_at = self._size, self._size_at
        fonts = self.fonts
        handle = c_void_p()   # the run's text object, for the calls that ask about it
        out: list[Run] = []
        for a, b, obj in _object_spans(tp, text):
            chunk = text[a:b]
            lead = chunk.lstrip()
            stripped = lead.rstrip()
            if not stripped:
                continue
            first = a + len(chunk) - len(lead)
            _LOOSE_BOX(tp, first, rect_at)
            x0 = rect.left
            _ORIGIN(tp, first, pen_x, pen_y)
            origin, base = pen[0], height - pen[1]
            _LOOSE_BOX(tp, first + len(stripped) - 1, rect_at)
            x1 = rect.right
            handle.value = obj   # (each run its own object: nothing to cache)
            _GET_FONT_SIZE(handle, size_at)
            size = round(size_box.value, 2)
            space_before, pen_before = False, None
            if first > 0 and text[first - 1] in " \u00a0":
                # a space pdfium generated from a gap is not trusted (justified text fools it),
                # but where it starts is the pen position after the previous glyph
                if _IS_GENERATED(tp, first - 1):
                    _ORIGIN(tp, first - 1, pen_x, pen_y)
                    pen_before = pen[0]
                else:
                    space_before = True
            inner = self._inner_gaps(tp, first, stripped, size) if (
                len(stripped) >= _LONG_WORD and " " not in stripped) else ()
            out.append(Run(stripped.translate(_HYPHEN_TABLE) if hyphens else stripped,
                           x0, x1, base, size, fonts[_GET_FONT(handle) or 0], first,
                           space_before, chunk[-1].isspace(), False, None,
                           origin, pen_before, inner))
        return out

    def _inner_gaps(self, tp: Any, first: int, text: str, size: float) -> tuple[int, ...]:
        """The gaps between letters of a run without spaces that are wider than letter spacing
        (asked only of such runs: 2% of a UN PDF's characters, none of its words spaced)."""
        rect, rect_at = self._rect, self._rect_at
        gaps = []
        right = None
        for i, ch in enumerate(text):
            _LOOSE_BOX(tp, first + i, rect_at)
            if right is not None and ch.isalpha() and text[i - 1].isalpha() \
                    and rect.left - right >= _INNER_GAP * size:
                gaps.append(i)
            right = rect.right
        return tuple(gaps)

    def char_lefts(self, textpage, run: Run) -> list[tuple[float, float]]:
        """Left and right edge of every character of `run` (used to split at links)."""
        tp, rect, rect_at = address_arg(textpage), self._rect, self._rect_at
        edges = []
        for i in range(run.first, run.first + len(run.text)):
            _LOOSE_BOX(tp, i, rect_at)
            edges.append((rect.left, rect.right))
        return edges

    # -- links --------------------------------------------------------------
    def links(self, page, height: float) -> list[Link]:
        found: list[Link] = []
        pos = c_int(0)
        link = pdfium.FPDF_LINK()
        rect = pdfium.FS_RECTF()
        while pdfium.FPDFLink_Enumerate(page, byref(pos), byref(link)):
            action = pdfium.FPDFLink_GetAction(link)
            if not action or pdfium.FPDFAction_GetType(action) != pdfium.PDFACTION_URI:
                continue
            size = pdfium.FPDFAction_GetURIPath(self.doc, action, None, 0)
            buf = ctypes.create_string_buffer(size)
            pdfium.FPDFAction_GetURIPath(self.doc, action, buf, size)
            uri = buf.value.decode("utf-8", errors="replace").strip()
            if uri and pdfium.FPDFLink_GetAnnotRect(link, byref(rect)):
                top, bottom = sorted((height - rect.top, height - rect.bottom))
                x0, x1 = sorted((rect.left, rect.right))
                found.append(Link(x0, top, x1, bottom, uri))
        return found


def _object_spans(tp: Any, text: str) -> list[tuple[int, int, int]]:
    """(start, end, object) of the stretches of characters each text object draws, line by
    line of the page text (pdfium ends every line with "\\r\\n")."""
    objects: list[int | None] = [-1] * len(text)   # each character's object, once asked
    spans: list[tuple[int, int, int]] = []
    start = 0
    for line in text.split("\r\n"):
        end = start + len(line)
        if line.strip():
            # a line one object draws end to end (most lines) needs no bisection
            first = objects[start] = _GET_TEXT_OBJECT(tp, start)
            if first is not None and end - start > 1 and first == (
                    last := _GET_TEXT_OBJECT(tp, end - 1)):
                spans.append((start, end, first))
            else:
                if end - start > 1 and first is not None:
                    objects[end - 1] = last
                _bisect(tp, objects, start, end, spans)
        start = end + 2
    return spans


def _bisect(tp: Any, objects: list[int | None], a: int, b: int,
            out: list[tuple[int, int, int]]) -> None:
    """Append (start, end, object) for the object runs in characters [a, b).

    Characters of one text object are contiguous in pdfium's character list, so
    a run that reaches the end of [a, b) is told by the object there, and where
    one ends before it, the first character drawn by another is found by
    bisection, one question a step.  Generated characters (spaces, line breaks
    pdfium adds) have no object and are dropped.  `objects` caches what
    `FPDFText_GetTextObject` said of each character (-1: not asked yet).
    """
    while a < b:
        oa = objects[a]
        if oa == -1:
            oa = objects[a] = _GET_TEXT_OBJECT(tp, a)
        if oa is None:
            a += 1
            continue
        end = b
        ob = objects[b - 1]
        if ob == -1:
            ob = objects[b - 1] = _GET_TEXT_OBJECT(tp, b - 1)
        if ob != oa:   # the run ends in (a, b - 1]: at the first character of another
            low, end = a + 1, b - 1
            while low < end:
                mid = (low + end) // 2
                om = objects[mid]
                if om == -1:
                    om = objects[mid] = _GET_TEXT_OBJECT(tp, mid)
                if om == oa:
                    low = mid + 1
                else:
                    end = mid
        if out and out[-1][2] == oa and out[-1][1] == a:
            out[-1] = (out[-1][0], end, oa)
        else:
            out.append((a, end, oa))
        a = end
