"""One self-contained HTML page for an AKN document: masthead to footnotes, inline styles."""

from __future__ import annotations

from pathlib import Path

from lxml import etree, html

from converter.validator.findings import AKN_NS, Finding
from converter.validator.safe_parse import parse_file

from . import families as fam
from .mapping import Renderer
from .review import attach, findings_for
from .style import CSS


class RenderError(Exception):
    """The input cannot be rendered (unreadable, not XML); one line for the user."""


def document_language(root: etree._Element) -> str:
    """The ISO 639-2 code of the first FRBRlanguage (the Expression's), or ''."""
    for el in root.iter(f"{{{AKN_NS}}}FRBRlanguage", "FRBRlanguage"):
        return (el.get("language") or "").strip().lower()
    return ""


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _title(root: etree._Element) -> str:
    """The symbol and the resolution's title (the preface's), for the browser tab."""
    symbol = next((_text(el) for el in root.iter(f"{{{AKN_NS}}}docNumber", "docNumber")
                   if _text(el)), "")
    titles = [el for el in root.iter(f"{{{AKN_NS}}}docTitle", "docTitle") if _text(el)]
    named = [el for el in titles if el.get("refersTo") == "#resolutionTitle"]
    title = _text((named or titles)[0]) if titles else ""
    return " — ".join(p for p in (symbol, title) if p) or "Akoma Ntoso document"


def render_tree(tree: etree._ElementTree, *, review: bool = False, source: str = "") -> str:
    """The HTML page (a string) for a parsed AKN tree."""
    root = tree.getroot()
    lang = document_language(root)
    findings: list[Finding] = []
    unplaced: list[Finding] = []
    note = None
    renderer = Renderer(review=review)
    if review:
        findings, note = findings_for(tree)
        renderer.findings, unplaced = attach(tree, findings)

    page = etree.Element("html")
    page.set("lang", fam.HTML_LANG.get(lang, lang[:2] if len(lang) == 2 else "und"))
    page.set("dir", "rtl" if lang in fam.RTL_LANGUAGES else "ltr")
    head = etree.SubElement(page, "head")
    etree.SubElement(head, "meta").set("charset", "utf-8")
    csp = etree.SubElement(head, "meta")
    csp.set("http-equiv", "Content-Security-Policy")
    csp.set("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    etree.SubElement(head, "title").text = _title(root)
    etree.SubElement(head, "style").text = CSS
    body = etree.SubElement(page, "body")
    if review:
        _review_bar(body, source, findings, unplaced, note)
    main = etree.SubElement(body, "main")
    main.set("class", "akn-page")
    rendered = renderer.render(root)
    if rendered is not None:
        main.append(rendered)
    notes = renderer.footnotes()
    if notes is not None:
        main.append(notes)
    return "<!DOCTYPE html>\n" + html.tostring(page, encoding="unicode", method="html")


def _review_bar(body: etree._Element, source: str, findings: list[Finding],
                unplaced: list[Finding], note: str | None) -> None:
    """A CSS-only toggle (no script) and the findings that no rendered element carries."""
    toggle = etree.SubElement(body, "input")
    toggle.set("type", "checkbox")
    toggle.set("id", "review-toggle")
    toggle.set("checked", "checked")
    label = etree.SubElement(body, "label")
    label.set("for", "review-toggle")
    label.set("class", "review-toggle-label")
    errors = sum(1 for f in findings if f.severity == "error")
    label.text = (f"Review {source}: {errors} error(s), {len(findings) - errors} warning(s) "
                  "— show AKN names and eIds")
    bar = etree.SubElement(body, "div")
    bar.set("class", "review-bar")
    if note:
        etree.SubElement(bar, "p").text = note
    if not findings:
        etree.SubElement(bar, "p").text = "The validator finds nothing to report."
    if unplaced:
        etree.SubElement(bar, "h2").text = "Findings not tied to a rendered element"
        ul = etree.SubElement(bar, "ul")
        for f in unplaced:
            li = etree.SubElement(ul, "li")
            li.set("class", f"akn-finding {f.severity}")
            where = f.path or (f"line {f.line}" if f.line else "document")
            li.text = f"{f.severity}: {f.rule}: {where}: {f.message}"


def render_file(path: Path, *, review: bool = False) -> str:
    """Parse safely (no DTD, no network) and render; `RenderError` for unreadable input."""
    tree, problems = parse_file(path)
    if tree is None:
        raise RenderError(f"{path}: {problems[0].message}")
    return render_tree(tree, review=review, source=path.name)
