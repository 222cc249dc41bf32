"""Styled spans of a block: lines joined, spaces restored, same-style neighbours merged."""

from __future__ import annotations

import re
from collections.abc import Callable

from converter.readers.blocks import Span
from converter.readers.pdf.lines import SPACE, Line
from converter.readers.script import line_gap

_NOTE_REF = re.compile(r"^(?:\d{1,3}|\*{1,3})$")
_LINK_LEAD = re.compile(r"^[\s(\[“‘\"]+")
_LINK_TRAIL = re.compile(r"[\s,.;:)\]”’\"]+$")
_SPACES = re.compile(r"\s+")
_RANGE_END = re.compile(r"\d–$")

# whether a gap lines.py is unsure of, between the texts left and right of it, separates words
WordBreak = Callable[[str, str], bool]
# (italic, bold, note_ref, href)
Style = tuple[bool, bool, bool, str | None]
_PLAIN: Style = (False, False, False, None)
_SPACE: tuple[str, Style] = (" ", _PLAIN)
_NOTE: Style = (False, False, True, None)


def block_spans(lines: list[Line], word_break: WordBreak) -> list[Span]:
    """The spans of the lines of one block, joined with spaces (none after a hyphen)."""
    pieces: list[tuple[str, Style]] = []
    append = pieces.append
    linked = False
    prev: Line | None = None
    for line in lines:
        if prev is not None and not _glued(prev, line) and line_gap(prev.text, line.text):
            append(_SPACE)   # (none beside a Chinese character)
        prev = line
        line_pieces = line.pieces()
        for k, (run, text) in enumerate(line_pieces):
            if run is None:
                if text == SPACE or word_break(line_pieces[k - 1][1], line_pieces[k + 1][1]):
                    append(_SPACE)
            elif run.raised and _NOTE_REF.match(text):
                if pieces and pieces[-1][1][2] and pieces[-1][0].isdigit() and text.isdigit():
                    # one marker a link's edge cut in two ("1" linked, "4" not: note 14)
                    pieces[-1] = (pieces[-1][0] + text, pieces[-1][1])
                else:
                    append((text, _NOTE))
            else:
                font = run.font
                append((text, (font.italic, font.bold, False, run.href)))
                linked = linked or run.href is not None
    return _merge(_split_edges(_trim_links(pieces) if linked else pieces))


def _trim_links(pieces: list[tuple[str, Style]]) -> list[tuple[str, Style]]:
    """Each link trimmed as a whole: a link drawn as several runs ("NPT/CONF.2010/50 (Vol."
    "II)") keeps the punctuation between them and loses only what its rectangle overlaps
    at its ends."""
    out: list[tuple[str, Style]] = []
    i, n = 0, len(pieces)
    while i < n:
        text, style = pieces[i]
        if style[3] is None:
            out.append(pieces[i])
            i += 1
            continue
        parts, j = [text], i + 1
        while j < n and (pieces[j][1] == style or (
                pieces[j][0] == " " and j + 1 < n and pieces[j + 1][1] == style)):
            parts.append(pieces[j][0])
            j += 1
        out.extend(_trim_link("".join(parts), style))
        i = j
    return out


def _glued(prev: Line, line: Line) -> bool:
    """No space where a line ends with a hyphen ("well-" + "being") or a range dash goes on
    to a number ("2024–" + "2034")."""
    if _RANGE_END.search(prev.text) and not prev.runs[-1].space_after:
        return line.text[:1].isdigit()   # the dash may be a run of its own: read the line's text
    return _ends_with_hyphen(prev)


def _ends_with_hyphen(line: Line) -> bool:
    last = line.runs[-1]
    return last.text.endswith("-") and not last.space_after


def _trim_link(text: str, style: Style) -> list[tuple[str, Style]]:
    """Link rectangles overlap neighbouring punctuation: leave it outside the link."""
    plain: Style = (style[0], style[1], False, None)
    if not any(c.isalnum() for c in text):
        return [(text, plain)]
    lead = _LINK_LEAD.match(text)
    head = lead.group() if lead and lead.end() < len(text) else ""
    found = _LINK_TRAIL.search(text, len(head))
    tail = found.group() if found and found.start() > len(head) else ""
    inner = text[len(head):len(text) - len(tail)]
    if tail.startswith(")") and inner.count("(") > inner.count(")"):
        tail = tail[1:]  # "(Part I)" keeps its own closing parenthesis
    core = text[len(head):len(text) - len(tail)]
    return [p for p in ((head, plain), (core, style), (tail, plain)) if p[0]]


def _split_edges(pieces: list[tuple[str, Style]]) -> list[tuple[str, Style]]:
    """Whitespace at the edge of a piece becomes a plain space of its own."""
    out: list[tuple[str, Style]] = []
    append = out.append
    for piece in pieces:
        text = piece[0]
        if text == " ":   # (over a third of the pieces)
            append(_SPACE)
            continue
        core = text.strip()
        if not core:
            append(_SPACE)
            continue
        clean = core if "  " not in core and "\n" not in core else _SPACES.sub(" ", core)
        if len(core) == len(text):   # (most pieces: a run's own text)
            append(piece if clean is text else (clean, piece[1]))
            continue
        if text[0].isspace():
            append(_SPACE)
        append((clean, piece[1]))
        if text[-1].isspace():
            append(_SPACE)
    return out


def _merge(pieces: list[tuple[str, Style]]) -> list[Span]:
    """Join equal-style neighbours; a space between two same-style pieces takes their style."""
    n = len(pieces)
    for i in range(1, n - 1):
        if pieces[i][0] == " ":
            before = pieces[i - 1][1]
            if before == pieces[i + 1][1] and not before[2]:
                pieces[i] = (" ", before)
    texts: list[list[str]] = []
    styles: list[Style] = []
    current: list[str] = []      # the texts of the last span so far
    last: Style | None = None    # and its style
    for text, style in pieces:
        if text == " " and (not current or current[-1].endswith(" ")):
            continue  # no leading or doubled spaces
        if style == last and not style[2]:
            current.append(text)
        else:
            current = [text]
            texts.append(current)
            styles.append(style)
            last = style
    spans = [Span("".join(t), *s) for t, s in zip(texts, styles, strict=True)]
    if spans and spans[-1].text.endswith(" "):
        last_span = spans.pop()
        if last_span.text.strip():
            spans.append(Span(last_span.text.rstrip(), last_span.italic, last_span.bold,
                              last_span.note_ref, last_span.href))
    return spans
