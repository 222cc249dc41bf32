"""Rich text -> mixed content: text, <i>, <b>, <a href>, <authorialNote> at its marker."""

from __future__ import annotations

from lxml import etree

from converter.mapper.akn import E
from converter.readers.blocks import Span
from converter.segmentation.model import Note, RichText


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _span_element(span: Span) -> etree._Element | None:
    el: etree._Element | None = None
    if span.href:
        el = E.a(span.text, href=span.href)
    if span.italic:
        el = E.i(el) if el is not None else E.i(span.text)
    if span.bold:
        el = E.b(el) if el is not None else E.b(span.text)
    if el is not None and el.text is None:
        el.text = ""   # mixed content: keeps the pretty-printer from indenting inside it
    return el


def note_element(note: Note) -> etree._Element:
    return E.authorialNote(fill(E.p(), note.content), marker=note.marker, placement="bottom")


def fill(parent: etree._Element, text: RichText) -> etree._Element:
    """Append `text` to `parent` as mixed content; returns `parent`."""
    for x in text:
        if isinstance(x, Note):
            parent.append(note_element(x))
        elif x.note_ref:
            continue
        elif (el := _span_element(x)) is not None:
            parent.append(el)
        else:
            _append_text(parent, x.text)
    if len(parent) and parent.text is None:
        # An empty text node marks mixed content: lxml's pretty-printer then leaves it alone
        # instead of indenting the children, which would insert spaces ("Targets :").
        parent.text = ""
    return parent


def paragraph(text: RichText) -> etree._Element:
    return fill(E.p(), text)
