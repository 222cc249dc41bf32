"""Small operations on rich text (lists of spans and notes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from converter.readers.blocks import Span
from converter.readers.script import line_gap
from converter.segmentation.model import Inline, Note, RichText, plain_text

_RANGE_END = re.compile(r"\d–$")


def _same_style(a: Span, b: Span) -> bool:
    return (not a.note_ref and not b.note_ref and a.href == b.href
            and (a.italic, a.bold) == (b.italic, b.bold))


def merge_adjacent(text: Sequence[Inline]) -> RichText:
    """Join neighbouring spans of identical style (links to the same target included,
    also across a lone hyphen a reader left outside: "S" "-" "10/2"); drop empty spans."""
    out: RichText = []
    for x in text:
        if isinstance(x, Span):
            if not x.text:
                continue
            prev = out[-1] if out else None
            if isinstance(prev, Span) and _same_style(prev, x):
                out[-1] = prev.with_text(prev.text + x.text)
                continue
            before = out[-2] if len(out) > 1 else None
            if (x.href and isinstance(before, Span) and before.href == x.href
                    and isinstance(prev, Span) and prev.href is None and prev.text in "-–/."):
                out[-2:] = [before.with_text(before.text + prev.text + x.text)]
                continue
        out.append(x)
    return out


def join(first: Sequence[Inline], second: Sequence[Inline]) -> RichText:
    """Concatenate two pieces of a paragraph cut by a line or page break."""
    a = plain_text(first)
    lead = second[0] if second else None
    sep = "" if not a or a.endswith((" ", "-", "/")) else " "
    if _RANGE_END.search(a) and isinstance(lead, Span) and lead.text[:1].isdigit():
        sep = ""   # a range cut after its dash: "2030–" + "2040"
    if isinstance(lead, Span) and (lead.text.startswith(" ") or line_gap(a, lead.text) == ""):
        sep = ""   # Chinese writes no space between words, nor beside its full-width marks
    return merge_adjacent([*first, Span(sep), *second] if sep else [*first, *second])


def strip(text: Sequence[Inline]) -> RichText:
    """Remove leading and trailing white space of the rich text."""
    items = list(text)
    while items and isinstance(items[0], Span) and not items[0].text.strip() and not items[0].note_ref:
        items.pop(0)
    while items and isinstance(items[-1], Span) and not items[-1].text.strip() and not items[-1].note_ref:
        items.pop()
    if items and isinstance(first := items[0], Span) and first.text[:1].isspace():
        items[0] = first.with_text(first.text.lstrip())
    if items and isinstance(last := items[-1], Span) and not last.note_ref and last.text[-1:].isspace():
        items[-1] = last.with_text(last.text.rstrip())   # (a new span only where there is space)
    return items


def split_at(text: Sequence[Inline], offset: int) -> tuple[RichText, RichText]:
    """Split at a character offset of the plain text (notes stay on the left side)."""
    left: RichText = []
    right: RichText = []
    pos = 0
    for x in text:
        if isinstance(x, Note) or (isinstance(x, Span) and x.note_ref):
            (left if pos <= offset and not right else right).append(x)
            continue
        end = pos + len(x.text)
        if end <= offset:
            left.append(x)
        elif pos >= offset:
            right.append(x)
        else:
            cut = offset - pos
            left.append(x.with_text(x.text[:cut]))
            right.append(x.with_text(x.text[cut:]))
        pos = end
    return left, right


def strip_prefix(text: RichText, pattern: re.Pattern[str]) -> tuple[re.Match[str] | None, RichText]:
    """Match `pattern` at the start of the plain text and remove the match."""
    m = pattern.match(plain_text(text))
    if not m:
        return None, text
    return m, strip(split_at(text, m.end())[1])


def all_bold(text: Sequence[Inline]) -> bool:
    """Every word is bold (note markers aside)."""
    spans = [x for x in text if isinstance(x, Span) and x.text.strip() and not x.note_ref]
    return bool(spans) and all(x.bold for x in spans)


def leading_italic(text: RichText) -> str | None:
    """The leading italic phrase, if the text begins with one."""
    words: list[str] = []
    for x in text:
        if isinstance(x, Note):
            break
        if x.note_ref:
            break
        if not x.italic:
            if x.text.strip():
                break
            continue
        words.append(x.text)
    phrase = " ".join("".join(words).split()).strip(" ,;:")
    return phrase or None


def italicize_range(text: RichText, start: int, end: int) -> RichText:
    """Make characters [start, end) italic, where the source lost its italics."""
    if any(isinstance(x, Span) and x.italic for x in text):
        return text
    head, rest = split_at(text, start)
    middle, tail = split_at(rest, end - start)
    return merge_adjacent([*head, *(x.in_italics() if isinstance(x, Span) and not x.note_ref
                                     else x for x in middle), *tail])


def italicize_prefix(text: RichText, length: int) -> RichText:
    """Make the first `length` characters italic (plain-text input has lost its italics)."""
    return italicize_range(text, 0, length)
