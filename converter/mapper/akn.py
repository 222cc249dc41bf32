"""The Akoma Ntoso namespace and an ElementMaker bound to it."""

from lxml import etree
from lxml.builder import ElementMaker

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN4UN_NS = "http://un.org/akn4un"
NSMAP = {None: AKN_NS, "akn4un": AKN4UN_NS}

E = ElementMaker(namespace=AKN_NS, nsmap=NSMAP)


def q(name: str) -> str:
    """Qualified tag name of an AKN element."""
    return f"{{{AKN_NS}}}{name}"


def element(name: str, text: str | None = None, /, **attrib: str) -> etree._Element:
    """`E.name(text, **attrib)`, the same element made without the ElementMaker's general
    handling of its arguments, nor a namespace map of its own: the root declares the
    namespaces and lxml drops an element's own declaration when it joins the tree (three
    times as fast: the mapper makes hundreds a document)."""
    el = etree.Element(q(name), attrib)
    if text is not None:
        el.text = text
    return el
