"""A comparison as text (terminal), JSON (machines) or one self-contained HTML page."""

from __future__ import annotations

import json
from enum import StrEnum

from lxml import etree, html

from converter.render.style import CSS

from .compare import Change, Comparison


class DiffFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    HTML = "html"


def _symbol(comparison: Comparison, side: str) -> str:
    doc = comparison.old if side == "old" else comparison.new
    return doc.masthead.get("symbol", comparison.sources[side != "old"])


def _headline(comparison: Comparison) -> str:
    counts = comparison.counts()
    notes = comparison.counts(footnotes=True)
    para = ", ".join(f"{n} {s}" for s, n in counts.items())
    foot = ", ".join(f"{n} {s}" for s, n in notes.items() if n)
    return f"paragraphs: {para}; footnotes: {foot or 'no change'}"


def render_text(comparison: Comparison) -> str:
    lines = [f"{_symbol(comparison, 'old')} -> {_symbol(comparison, 'new')}",
             _headline(comparison), ""]
    if comparison.masthead:
        lines.append("Masthead:")
        lines += [f"  {name}: {old or '—'} -> {new or '—'}" for name, old, new in comparison.masthead]
        lines.append("")
    if comparison.sponsors_added or comparison.sponsors_removed:
        lines.append("Sponsors:")
        lines += [f"  + {s}" for s in comparison.sponsors_added]
        lines += [f"  - {s}" for s in comparison.sponsors_removed]
        lines.append("")
    lines.append("Changes:" if comparison.changes else "No change in the paragraphs or footnotes.")
    for change in comparison.changes:
        lines.append(f"  {change.describe(comparison.old_name)}")
        if change.words:
            lines.append("    " + "".join(
                text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
                for op, text in change.words))
        elif change.status == "added":
            lines.append(f"    {{+{change.unit.text}+}}")
        elif change.status == "deleted":
            lines.append(f"    [-{change.unit.text}-]")
    return "\n".join(lines) + "\n"


def render_json(comparison: Comparison) -> str:
    return json.dumps({
        "old": {"file": comparison.sources[0], "symbol": comparison.old.masthead.get("symbol"),
                "name": comparison.old.name},
        "new": {"file": comparison.sources[1], "symbol": comparison.new.masthead.get("symbol"),
                "name": comparison.new.name},
        "summary": {"paragraphs": comparison.counts(),
                    "footnotes": comparison.counts(footnotes=True)},
        "masthead": [{"field": f, "old": o, "new": n} for f, o, n in comparison.masthead],
        "sponsors": {"added": comparison.sponsors_added, "removed": comparison.sponsors_removed},
        "changes": [c.as_dict(comparison.old_name) for c in comparison.changes],
    }, ensure_ascii=False, indent=2) + "\n"


_DIFF_CSS = """
.diff-change{margin:.8em 0;padding:.3em .6em;border-inline-start:4px solid #888}
.diff-added{border-color:#2a2}.diff-deleted{border-color:#c22}.diff-changed{border-color:#d80}
.diff-moved{border-color:#36c}.diff-renumbered{border-color:#999}
.diff-change h3{font:bold 14px Arial,sans-serif;margin:0 0 .3em}
ins{background:#dfd;text-decoration:none}del{background:#fdd}
table.diff-masthead{border-collapse:collapse;font:13px Arial,sans-serif}
.diff-masthead td,.diff-masthead th{border:1px solid #ccc;padding:.2em .5em;text-align:start}
.diff-eids{font:11px Consolas,monospace;color:#666}
"""


def _sub(parent: etree._Element, tag: str, text: str | None = None, cls: str | None = None
         ) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = text
    if cls:
        el.set("class", cls)
    return el


def _change_html(parent: etree._Element, change: Change, old_name: str) -> None:
    box = _sub(parent, "div", None, f"diff-change diff-{change.status}")
    _sub(box, "h3", change.describe(old_name))
    eids = " → ".join(u.eid or "—" for u in (change.old, change.new) if u is not None)
    _sub(box, "div", eids, "diff-eids")
    p = _sub(box, "p")
    p.set("dir", "auto")  # an Arabic paragraph reads right to left in the English report
    if change.words:
        for op, text in change.words:
            if op == "=":
                last = p[-1] if len(p) else None
                if last is None:
                    p.text = (p.text or "") + text
                else:
                    last.tail = (last.tail or "") + text
            else:
                _sub(p, "del" if op == "-" else "ins", text)
    elif change.status == "added":
        _sub(p, "ins", change.unit.text)
    elif change.status == "deleted":
        _sub(p, "del", change.unit.text)
    else:
        p.text = change.unit.text


def render_html(comparison: Comparison) -> str:
    page = etree.Element("html")
    page.set("lang", "en")
    head = _sub(page, "head")
    _sub(head, "meta").set("charset", "utf-8")
    csp = _sub(head, "meta")
    csp.set("http-equiv", "Content-Security-Policy")
    csp.set("content", "default-src 'none'; style-src 'unsafe-inline'")
    title = f"{_symbol(comparison, 'old')} → {_symbol(comparison, 'new')}"
    _sub(head, "title", title)
    _sub(head, "style", CSS + _DIFF_CSS)
    main = _sub(_sub(page, "body"), "main", None, "akn-page")
    _sub(main, "h1", title)
    _sub(main, "p", _headline(comparison))
    if comparison.masthead:
        _sub(main, "h2", "Masthead")
        table = _sub(main, "table", None, "diff-masthead")
        row = _sub(table, "tr")
        for text in ("field", _symbol(comparison, "old"), _symbol(comparison, "new")):
            _sub(row, "th", text)
        for name, old, new in comparison.masthead:
            row = _sub(table, "tr")
            _sub(row, "td", name)
            for value, mark in ((old, "del"), (new, "ins")):
                cell = _sub(row, "td", None if value else "—")
                if value:
                    _sub(cell, mark, value)
    if comparison.sponsors_added or comparison.sponsors_removed:
        _sub(main, "h2", "Sponsors")
        ul = _sub(main, "ul")
        for s in comparison.sponsors_added:
            _sub(_sub(ul, "li"), "ins", s)
        for s in comparison.sponsors_removed:
            _sub(_sub(ul, "li"), "del", s)
    _sub(main, "h2", "Paragraphs and footnotes")
    if not comparison.changes:
        _sub(main, "p", "No change in the paragraphs or footnotes.")
    for change in comparison.changes:
        _change_html(main, change, comparison.old_name)
    return "<!DOCTYPE html>\n" + html.tostring(page, encoding="unicode", method="html")


def render_comparison(comparison: Comparison, fmt: DiffFormat | str) -> str:
    fmt = DiffFormat(fmt)
    return {DiffFormat.TEXT: render_text, DiffFormat.JSON: render_json,
            DiffFormat.HTML: render_html}[fmt](comparison)
