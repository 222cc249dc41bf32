"""Inline syntax of the markdown-like dialect: `*italic*`, `[text](#)`, `\\(` escapes,
superscript footnote markers (`¹²`) and `*` markers glued to a word (`Cuba*`)."""

from __future__ import annotations

import re

from converter.readers.blocks import Span

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

_TOKEN = re.compile(
    # (the lookahead of the tokens' first characters lets the scan skip plain text: without it
    # every position of a line tries every alternative)
    r"(?=[\\\[(*" + SUPERSCRIPT_DIGITS + r"])(?:"
    r"(?P<escape>\\(?P<escaped>.))"
    r"|(?P<link>\[(?P<label>(?:\\.|[^\]\[\\])*)\]\((?P<target>[^)\s]*)\))"
    # Arabic texts print the marker in parentheses: "البشرية(¹)", "باء (¹ )"; the parentheses
    # (and the space a line end left inside them) are the marker's
    r"|\([ \t]?(?P<psup>[" + SUPERSCRIPT_DIGITS + r"]+)[ \t]?\)"
    r"|(?P<sup>[" + SUPERSCRIPT_DIGITS + r"]+)"
    r"|(?P<star>\*{1,3}))"
)


_ESCAPE = re.compile(r"\\(.)")
_NOTE_LINE = re.compile(r"([" + SUPERSCRIPT_DIGITS + r"]+|\*{1,3})\s+(\S.*)$")


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


class _SpanBuilder:
    def __init__(self, italic: bool = False) -> None:
        self.spans: list[Span] = []
        self.italic = italic
        self.buffer: list[str] = []

    def flush(self) -> None:
        if self.buffer:
            self.spans.append(Span("".join(self.buffer), italic=self.italic))
            self.buffer = []

    def add(self, span: Span) -> None:
        self.flush()
        self.spans.append(span)


def _star_is_marker(text: str, start: int, end: int, italic_open: bool) -> bool:
    """`Cuba*` / `Cuba*,` / `Iraq:,**` is a note marker; `*Recalls*` opens or closes italics."""
    if italic_open:
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:)")


def _star_is_literal(text: str, start: int, end: int, italic_open: bool) -> bool:
    """A star that can neither open italics (a space after it: a line of its own "*", the
    separator "* * *") nor close them (a space before it) is printed as it is."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isspace() if italic_open else after.isspace()


# a letter of a script that spaces its words (Latin, Greek, Cyrillic), as after a note marker
_SPACED_LETTER = re.compile(r"[A-Za-zÀ-ɏͰ-ӿ]")
_PLAIN_LINE = re.compile(r"[^*\[\\" + SUPERSCRIPT_DIGITS + r"]*")


def parse_inline(text: str, italic: bool = False) -> tuple[list[Span], bool]:
    """Spans of one line; returns the italic state at the end (italics may span lines)."""
    if _PLAIN_LINE.fullmatch(text):
        return ([Span(text, italic=italic)] if text else []), italic
    out = _SpanBuilder(italic)
    pos = 0
    for m in _TOKEN.finditer(text):
        out.buffer.append(text[pos:m.start()])
        pos = m.end()
        if m.group("escape"):
            out.buffer.append(m.group("escaped"))
        elif m.group("link"):
            target = m.group("target")
            href = "" if target in ("", "#") else target
            out.add(Span(_unescape(m.group("label")), italic=out.italic, href=href))
        elif m.group("sup") or m.group("psup"):
            marker = m.group("sup") or m.group("psup")
            out.add(Span(marker.translate(_TO_ASCII), note_ref=True))
            if m.group("sup") and _SPACED_LETTER.match(text, pos):
                out.buffer.append(" ")   # "basis¹no later": the word space the marker took
        elif _star_is_marker(text, m.start(), m.end(), out.italic):
            out.add(Span(m.group("star"), note_ref=True))
        elif _star_is_literal(text, m.start(), m.end(), out.italic):
            out.buffer.append(m.group("star"))
        else:
            out.flush()
            out.italic = out.italic ^ (len(m.group("star")) % 2 == 1)
    out.buffer.append(text[pos:])
    out.flush()
    return [s for s in out.spans if s.text], out.italic


def without_markup(line: str) -> str:
    """The line's words as printed (marks, links' targets and note markers taken out): a
    look at the text for telling its language before it is read."""
    if _PLAIN_LINE.fullmatch(line):
        return line
    return "".join(span.text for span in parse_inline(line)[0] if not span.note_ref)


def superscript_marker(text: str) -> tuple[str, str] | None:
    """`¹² Text` -> ("12", "Text"); `* Text` -> ("*", "Text"); else None."""
    m = _NOTE_LINE.match(text)
    if not m:
        return None
    return m.group(1).translate(_TO_ASCII), m.group(2)
