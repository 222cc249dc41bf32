"""Rich text -> mixed content: text, <i>, <b>, <a href>, <authorialNote> at its marker."""

from __future__ import annotations

import re

from lxml import etree

from converter.mapper.akn import element
from converter.readers.blocks import Span
from converter.segmentation.model import Note, RichText


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


# what an href may not hold as printed (libxml2's anyURI): a bracket outside a host, a "%"
# before no two hex digits, a second "#"
_UNSAFE = re.compile(r"[\[\]]|%(?![0-9A-Fa-f]{2})")
_AUTHORITY = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")


def uri(href: str) -> str:
    """`href` as a URI reference the XSD accepts: what a printed address may hold and a URI
    may not escaped ("reports[2024]" -> "reports%5B2024%5D"), the host left as it is."""
    start = m.end() if (m := _AUTHORITY.match(href)) else 0
    head, rest = href[:start], href[start:]
    if not _UNSAFE.search(rest) and rest.count("#") < 2:
        return href   # (nearly every href)
    rest = _UNSAFE.sub(lambda unsafe: f"%{ord(unsafe.group()[0]):02X}", rest)
    address, hash_mark, fragment = rest.partition("#")
    return head + address + hash_mark + fragment.replace("#", "%23")


def _span_element(span: Span) -> etree._Element | None:
    el: etree._Element | None = None
    if span.href:
        el = element("a", span.text, href=uri(span.href))
    if span.italic:
        el = _around("i", el) if el is not None else element("i", span.text)
    if span.bold:
        el = _around("b", el) if el is not None else element("b", span.text)
    return mark_mixed(el) if el is not None else None


def _around(name: str, child: etree._Element) -> etree._Element:
    el = element(name)
    el.append(child)
    return el


def mark_mixed(el: etree._Element) -> etree._Element:
    """Mark `el` as mixed content with an empty text node: lxml's pretty-printer then leaves
    it alone instead of indenting its children, which would insert spaces ("Targets :")."""
    if len(el) and el.text is None:
        el.text = ""
    return el


def note_element(note: Note) -> etree._Element:
    el = element("authorialNote", marker=note.marker, placement="bottom")
    el.append(fill(element("p"), note.content))
    return el


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
    return mark_mixed(parent)


def paragraph(text: RichText) -> etree._Element:
    return fill(element("p"), text)
