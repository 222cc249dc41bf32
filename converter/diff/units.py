"""What a delegate compares in an AKN document: its paragraphs, footnotes, sponsors, masthead.

Each preambular paragraph, operative paragraph, sub-item and footnote becomes a
`Unit` with its own text (sub-items and footnote bodies excluded, so that a change
is reported once, where it is) and a label in the delegate's terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from converter.languages import get_language
from converter.render.families import HIERARCHY
from converter.validator.findings import local_name

PREAMBLE, OPERATIVE, ANNEX, FOOTNOTE = "preambular", "operative", "annex", "footnote"

# Cover-page and preface elements, by the field a reader knows them as.
MASTHEAD_FIELDS = {
    "docNumber": "symbol", "docStatus": "distribution", "docDate": "date", "session": "session",
    "docCommittee": "committee", "docProponent": "proponent", "docTitle": "title",
    "docType": "type", "docStage": "stage", "docAuthority": "authority",
}


@dataclass(frozen=True)
class Unit:
    """One comparable piece of text; `level` keeps paragraphs, sub-items and notes apart."""

    section: str           # PREAMBLE, OPERATIVE, ANNEX or FOOTNOTE
    level: int             # 0 for a paragraph or a note, 1 for its sub-items, ...
    number: str            # "6", "5 (b)", "*"
    eid: str
    text: str
    context: str = ""      # "part A, ", "annex 2, " (empty for a single text)
    element: str = "paragraph"

    @property
    def label(self) -> str:
        if self.element not in _PARAGRAPH_LIKE and self.section in (OPERATIVE, ANNEX):
            # any other AKN division by its own name: "article 5", "Chapter II"
            first = self.number.split(" ", 1)[0].lower()
            word = "" if first == self.element.lower() else self.element
        else:
            word = {PREAMBLE: "preambular paragraph", OPERATIVE: "operative paragraph",
                    ANNEX: "paragraph", FOOTNOTE: "footnote"}[self.section]
        number = self.number
        if number.startswith("unnumbered "):  # "unnumbered paragraph 3" (the 3rd such)
            word, number = f"unnumbered {word or self.element}", number.split(" ", 1)[1]
        return f"{self.context}{word} {number}".replace("  ", " ").strip()


_PARAGRAPH_LIKE = frozenset({"paragraph", "subparagraph", "point", "list", "sublist", "item",
                             "alinea", "indent", "container", "p", "authorialNote"})


@dataclass
class Document:
    units: list[Unit] = field(default_factory=list)
    masthead: dict[str, str] = field(default_factory=dict)
    sponsors: list[str] = field(default_factory=list)
    name: str = ""         # resolution, draftResolution, ...


def clean(text: str) -> str:
    return " ".join(text.split())


def own_text(el: etree._Element, separate: frozenset[str] = frozenset()) -> str:
    """The text of `el` without notes, numbers, and numbered divisions named in `separate`
    (those are units of their own; an unnumbered list only wraps its parent's text)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                name = local_name(child)
                if name == "eol":
                    parts.append(" ")
                elif name not in ("authorialNote", "num") and not (
                        name in separate and _number(child)):
                    walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return clean("".join(parts))


def _number(el: etree._Element) -> str:
    for child in el:
        if isinstance(child.tag, str) and local_name(child) == "num":
            return clean("".join(child.itertext())).rstrip(".")
    return ""


def _hierarchy_units(body: etree._Element, section: str, units: list[Unit], context: str) -> None:
    unnumbered = 0

    def walk(node: etree._Element, prefix: str, level: int) -> None:
        nonlocal unnumbered
        for child in node:
            if not isinstance(child.tag, str) or local_name(child) in ("num", "heading"):
                continue
            number = _number(child) if local_name(child) in HIERARCHY else ""
            if not number and (prefix or local_name(child) not in HIERARCHY):
                walk(child, prefix, level)  # wrappers; an unnumbered list belongs to its parent
                continue
            if not number:
                unnumbered += 1
                number = f"unnumbered {unnumbered}"
            elif prefix:
                number = f"{prefix} {number}"
            text = own_text(child, HIERARCHY)
            if text:
                units.append(Unit(section, level, number, child.get("eId", ""), text, context,
                                  local_name(child)))
            walk(child, number, level + 1)

    walk(body, "", 0)


def _preamble_units(preamble: etree._Element, units: list[Unit], context: str) -> None:
    n = 0
    for child in preamble:
        if not isinstance(child.tag, str) or local_name(child) in ("formula", "crossHeading"):
            continue
        text = own_text(child)
        if text:
            n += 1
            units.append(Unit(PREAMBLE, 0, str(n), child.get("eId", ""), text, context))


def _sponsors(text: str, language: str) -> list[str]:
    """"Cuba and Russian Federation: draft resolution" -> ["Cuba", "Russian Federation"]."""
    names, sep, _ = text.rpartition(":")
    if not sep:
        return []
    try:
        and_word = get_language(language).and_word
    except ValueError:
        and_word = "(?!)"
    parts = re.split(rf",|;|\s(?:{and_word})\s", names)
    return [clean(p) for p in parts if clean(p)]


def extract(tree: etree._ElementTree | etree._Element) -> Document:
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    doc = Document()
    top = next((c for c in root if isinstance(c.tag, str)), root)
    doc.name = top.get("name") or local_name(top)
    language = next((el.get("language", "") for el in root.iter()
                     if isinstance(el.tag, str) and local_name(el) == "FRBRlanguage"), "eng")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = local_name(el)
        if name not in ("preamble", "mainBody", "body", "coverPage", "preface", "conclusions"):
            continue
        inside_annex = any(local_name(a) == "attachment" for a in el.iterancestors())
        context = _context(el, root)
        if name == "preamble" and not inside_annex:
            _preamble_units(el, doc.units, context)
        elif name in ("mainBody", "body"):  # a resolution's, or any other act's
            _hierarchy_units(el, ANNEX if inside_annex else OPERATIVE, doc.units, context)
        elif name in ("coverPage", "preface", "conclusions") and not inside_annex:
            _masthead(el, name, doc, language)
    notes = [el for el in root.iter() if isinstance(el.tag, str)
             and local_name(el) == "authorialNote"]
    for i, note in enumerate(notes, 1):
        doc.units.append(Unit(FOOTNOTE, 0, note.get("marker") or str(i), note.get("eId", ""),
                              own_text(note)))
    return doc


def _context(el: etree._Element, root: etree._Element) -> str:
    """"part A, " inside a collection's component, "annex 2, " inside the second annex."""
    words = []
    for ancestor in el.iterancestors():
        name = local_name(ancestor)
        if name == "attachment":
            annexes = [a for a in root.iter() if isinstance(a.tag, str)
                       and local_name(a) == "attachment"]
            words.append(f"annex {annexes.index(ancestor) + 1}" if len(annexes) > 1 else "annex")
        elif name == "component":
            number = next((own_text(n) for n in ancestor.iter() if isinstance(n.tag, str)
                           and local_name(n) == "docNumber"), "")
            words.append(f"part {number.rstrip('.')}" if number else
                         f"part {ancestor.get('eId', '')}")
    return "".join(f"{w}, " for w in reversed(words))


def _masthead(part: etree._Element, part_name: str, doc: Document, language: str) -> None:
    if part_name == "conclusions":
        text = own_text(part)
        if text:
            doc.masthead["adoption"] = text
        return
    for el in part.iter():
        if not isinstance(el.tag, str):
            continue
        name = local_name(el)
        refers = (el.get("refersTo") or "").lstrip("#")
        if name == "docTitle" and refers == "sponsors":
            text = own_text(el)
            doc.sponsors = _sponsors(text, language)
            continue
        if name == "inline" and el.get("name"):
            key = el.get("name", "")
        elif name in MASTHEAD_FIELDS:
            key = MASTHEAD_FIELDS[name]
            if part_name == "preface":
                key = "resolution " + key
        else:
            continue
        text = own_text(el)
        if text and key not in doc.masthead:
            doc.masthead[key] = text
        elif text and text not in doc.masthead[key].split(" / "):
            doc.masthead[key] += " / " + text
