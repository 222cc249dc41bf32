"""AKN elements -> HTML elements, one mapping per element family (see `families.py`).

The HTML is built as an lxml tree: text only ever goes into `.text`/`.tail` and
attribute values, so whatever a document holds is escaped when serialized; no
element or attribute of the source is copied through. Links keep only http(s),
mailto and in-page targets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from converter.validator.findings import Finding, local_name

from . import families as fam

_SAFE_HREF = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)
_ID_CHARS = re.compile(r"[^A-Za-z0-9_.:-]")


@dataclass
class Note:
    """A footnote met at its marker, listed after the document."""

    anchor: str
    marker: str
    body: etree._Element


@dataclass
class Renderer:
    """Walks one AKN tree; `findings` maps an AKN element to the validator's findings on it."""

    review: bool = False
    findings: dict[etree._Element, list[Finding]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)

    # -- entry -----------------------------------------------------------------------------
    def render(self, el: etree._Element) -> etree._Element | None:
        if not isinstance(el.tag, str):  # comments, processing instructions
            return None
        name = local_name(el)
        if name in fam.SKIPPED:
            return None
        handler = self._handler(name)
        out = handler(el, name)
        if out is not None:
            self._mark(el, name, out)
        return out

    def _handler(self, name: str) -> Callable[[etree._Element, str], etree._Element | None]:
        if name in fam.DOCUMENTS:
            return self.document
        if name in fam.HIERARCHY:
            return self.hierarchy
        if name in fam.PARTS:
            return self.part
        if name in fam.BLOCKS or name == "p":
            return self.block
        if name in fam.TABLE:
            return self.table
        if name in fam.LISTS:
            return self.list_
        if name == "authorialNote":
            return self.note_marker
        if name in fam.LINKS:
            return self.link
        if name in fam.BREAKS:
            return lambda el, name: etree.Element("br")
        if name == "img":
            return self.image
        if name in fam.INLINE_HTML:
            return self.inline_html
        if name in ("num", "heading"):
            return self.label
        return self.generic

    # -- helpers ---------------------------------------------------------------------------
    def _children(self, el: etree._Element, out: etree._Element) -> etree._Element:
        """Copy `el`'s text and render its children (with their tails) into `out`."""
        _append_text(out, el.text)
        for child in el:
            rendered = self.render(child)
            if rendered is not None:
                out.append(rendered)
                if rendered.tag in _INLINE_TAGS:  # a finding goes beside a link, not inside it
                    for finding in rendered.findall("span[@data-rule]"):
                        rendered.remove(finding)
                        out.append(finding)
            _append_text(out, child.tail)
        return out

    def _new(self, tag: str, name: str, *classes: str) -> etree._Element:
        out = etree.Element(tag)
        out.set("class", " ".join(c for c in ("akn-" + name.replace(":", "-"), *classes) if c))
        return out

    def unique_id(self, base: str) -> str:
        candidate = _ID_CHARS.sub("_", base) or "x"
        n, found = 1, candidate
        while found in self._ids:
            n += 1
            found = f"{candidate}-{n}"
        self._ids.add(found)
        return found

    def _mark(self, el: etree._Element, name: str, out: etree._Element) -> None:
        """Review data: the AKN name and eId on every element, findings beside it."""
        eid = el.get("eId")
        if eid and out.get("id") is None and out.tag not in ("br", "a"):
            out.set("id", self.unique_id(eid))
        if not self.review:
            return
        out.set("data-akn", name)
        if eid:
            out.set("data-eid", eid)
        block = name in fam.BLOCK_LIKE and out.tag not in ("tr", "td", "th", "table", "li")
        if block and (eid or name in fam.PARTS or name in fam.DOCUMENTS):
            tag = etree.Element("span")
            tag.set("class", "akn-tag")
            tag.text = f"{name}{' #' + eid if eid else ''}"
            tag.tail = out.text
            out.text = None
            out.insert(0, tag)
        for finding in self.findings.get(el, ()):
            note = etree.SubElement(out, "span")
            note.set("class", f"akn-finding {finding.severity}")
            note.set("data-rule", finding.rule)
            note.text = f"{finding.severity}: {finding.rule}: {finding.message}"

    # -- families --------------------------------------------------------------------------
    def document(self, el: etree._Element, name: str) -> etree._Element:
        out = self._new("article", name, "akn-document")
        if el.get("name"):
            out.set("data-name", el.get("name", ""))
        return self._children(el, out)

    def part(self, el: etree._Element, name: str) -> etree._Element:
        return self._children(el, self._new("section", name))

    def hierarchy(self, el: etree._Element, name: str) -> etree._Element:
        return self._children(el, self._new("div", name, "akn-hier"))

    def block(self, el: etree._Element, name: str) -> etree._Element:
        tag = "p" if name == "p" else "div"
        out = self._new(tag, name)
        if name == "p" and any(isinstance(c.tag, str) and local_name(c) in _BLOCK_IN_P for c in el):
            out = self._new("div", name, "akn-p")  # a table or list inside <p>: not valid HTML <p>
        return self._children(el, out)

    def label(self, el: etree._Element, name: str) -> etree._Element:
        return self._children(el, self._new("span" if name == "num" else "div", name))

    def table(self, el: etree._Element, name: str) -> etree._Element:
        out = self._new(name, name)
        for attr in ("colspan", "rowspan"):
            if (el.get(attr) or "").isdigit():
                out.set(attr, el.get(attr, ""))
        return self._children(el, out)

    def list_(self, el: etree._Element, name: str) -> etree._Element:
        tag = {"blockList": "ul", "item": "li"}.get(name, name)
        return self._children(el, self._new(tag, name))

    def inline_html(self, el: etree._Element, name: str) -> etree._Element:
        return self._children(el, self._new(fam.INLINE_HTML[name], name))

    def link(self, el: etree._Element, name: str) -> etree._Element:
        out = self._new("a", name)
        href = (el.get("href") or "").strip()
        if _SAFE_HREF.match(href):
            out.set("href", href)
        return self._children(el, out)

    def image(self, el: etree._Element, name: str) -> etree._Element:
        """Images are named, never loaded: the page must not reach the network."""
        out = self._new("span", name)
        out.text = f"[image: {el.get('alt') or el.get('src') or ''}]"
        return out

    def note_marker(self, el: etree._Element, name: str) -> etree._Element:
        marker = el.get("marker") or str(len(self.notes) + 1)
        anchor = self.unique_id("fn-" + (el.get("eId") or str(len(self.notes) + 1)))
        body = self._children(el, etree.Element("div"))
        self.notes.append(Note(anchor, marker, body))
        sup = etree.Element("sup")
        link = etree.SubElement(sup, "a")
        link.set("class", "akn-noteref")
        link.set("id", "ref-" + anchor)
        link.set("href", "#" + anchor)
        link.text = marker
        return sup

    def generic(self, el: etree._Element, name: str) -> etree._Element:
        """Any other element: a span, or a div when it holds blocks."""
        blocky = any(isinstance(c.tag, str) and local_name(c) in fam.BLOCK_LIKE for c in el)
        return self._children(el, self._new("div" if blocky else "span", name,
                                            "akn-generic" if blocky else ""))

    def footnotes(self) -> etree._Element | None:
        """The notes met so far, each linked back to its marker; the list is then emptied."""
        if not self.notes:
            return None
        section = etree.Element("section")
        section.set("class", "akn-footnotes")
        ol = etree.SubElement(section, "ol")
        for note in self.notes:
            li = etree.SubElement(ol, "li")
            li.set("id", note.anchor)
            back = etree.SubElement(li, "a")
            back.set("class", "akn-noteback")
            back.set("href", "#ref-" + note.anchor)
            back.text = note.marker
            back.tail = " "
            body = note.body
            body.set("class", "akn-note")
            li.append(body)
        self.notes = []
        return section


_INLINE_TAGS = frozenset({"a", "span", "i", "b", "u", "sup", "sub", "del", "ins"})
_BLOCK_IN_P = frozenset({"table", "blockList", "ul", "ol", "p", "blockContainer",
                         "embeddedStructure", "quotedStructure"})


def _append_text(out: etree._Element, text: str | None) -> None:
    if not text:
        return
    if len(out):
        last = out[-1]
        last.tail = (last.tail or "") + text
    else:
        out.text = (out.text or "") + text
