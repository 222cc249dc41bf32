"""The validator's findings, attached to the AKN elements they concern."""

from __future__ import annotations

from lxml import etree

from converter.errors import SchemaError
from converter.validator.findings import Finding, element_path
from converter.validator.rules import profile_findings
from converter.validator.run import validate_tree


def findings_for(tree: etree._ElementTree) -> tuple[list[Finding], str | None]:
    """All findings (XSD and profile rules); without the XSD, the profile rules and a note."""
    try:
        return validate_tree(tree), None
    except SchemaError as e:
        return profile_findings(tree), f"the XSD was not checked: {e}"


def attach(tree: etree._ElementTree, findings: list[Finding]
           ) -> tuple[dict[etree._Element, list[Finding]], list[Finding]]:
    """Findings by element (by path, else by source line); the rest cannot be placed."""
    wanted_paths = {f.path for f in findings if f.path}
    wanted_lines = {f.line for f in findings if f.line and not f.path}
    by_path: dict[str, etree._Element] = {}
    by_line: dict[int, etree._Element] = {}
    for el in tree.getroot().iter():
        if not isinstance(el.tag, str):
            continue
        if wanted_paths:
            path = element_path(el)
            if path in wanted_paths:
                by_path.setdefault(path, el)
        if el.sourceline in wanted_lines:
            by_line.setdefault(el.sourceline, el)
    placed: dict[etree._Element, list[Finding]] = {}
    unplaced: list[Finding] = []
    for f in findings:
        el = by_path.get(f.path or "")
        if el is None and f.line:
            el = by_line.get(f.line)
        if el is None or _in_meta(el):
            unplaced.append(f)
        else:
            placed.setdefault(el, []).append(f)
    return placed, unplaced


def _in_meta(el: etree._Element) -> bool:
    """Metadata is not rendered: its findings go in the list above the page."""
    return any(etree.QName(a).localname == "meta" for a in el.iterancestors())
