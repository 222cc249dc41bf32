"""Render results as text, JSON or JUnit XML (for CI systems and archives to gate on)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from enum import StrEnum

from lxml import etree

from .findings import FileResult, Finding, Severity


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"


# Characters XML 1.0 cannot carry (parser messages may quote binary input).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def summarize(results: Sequence[FileResult], strict: bool = False) -> dict[str, int | bool]:
    """Counts over all files; `valid` honours `strict` (warnings fail too)."""
    readable = [r for r in results if r.readable]
    passed = sum(r.passed(strict) for r in readable)
    return {
        "files": len(results),
        "valid": passed,
        "invalid": len(readable) - passed,
        "unreadable": len(results) - len(readable),
        "errors": sum(len(r.errors) for r in results),
        "warnings": sum(len(r.warnings) for r in results),
        "strict": strict,
    }


def finding_line(path: str, f: Finding) -> str:
    """`file:line: rule-id: message` (line 0 when unknown; warnings say so)."""
    marker = "warning: " if f.severity is Severity.WARNING else ""
    return f"{path}:{f.line or 0}: {f.rule}: {marker}{f.message}"


def summary_line(summary: dict[str, int | bool]) -> str:
    s = summary
    return (f"{s['files']} file(s): {s['valid']} valid, {s['invalid']} invalid, "
            f"{s['unreadable']} unreadable; {s['errors']} error(s), "
            f"{s['warnings']} warning(s){' (strict)' if s['strict'] else ''}")


def render_text(results: Sequence[FileResult], strict: bool = False) -> str:
    lines = [finding_line(str(r.path), f) for r in results for f in r.findings]
    lines.append(summary_line(summarize(results, strict)))
    return "\n".join(lines) + "\n"


def render_json(results: Sequence[FileResult], strict: bool = False) -> str:
    files = [
        {
            "path": str(r.path),
            "valid": r.passed(strict),
            "readable": r.readable,
            "errors": [f.as_dict() for f in r.errors],
            "warnings": [f.as_dict() for f in r.warnings],
        }
        for r in results
    ]
    return json.dumps({"files": files, "summary": summarize(results, strict)},
                      indent=2, ensure_ascii=False) + "\n"


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(results: Sequence[FileResult], strict: bool = False) -> str:
    """One testcase per file; unreadable files are <error>, invalid ones <failure>."""
    summary = summarize(results, strict)
    suites = etree.Element("testsuites", name="akn validate")
    suite = etree.SubElement(suites, "testsuite", name="akn-validate")
    counts = {"tests": summary["files"], "failures": summary["invalid"],
              "errors": summary["unreadable"]}
    for key, value in counts.items():
        suites.set(key, str(value))
        suite.set(key, str(value))
    suite.set("skipped", "0")
    for r in results:
        path = _clean(str(r.path))
        case = etree.SubElement(suite, "testcase", classname="akn.validate", name=path, file=path)
        failing = r.errors + (r.warnings if strict else [])
        if not r.readable or failing:
            tag = "error" if not r.readable else "failure"
            first = failing[0] if failing else r.findings[0]
            node = etree.SubElement(case, tag, type=first.rule,
                                    message=_clean(f"{len(failing)} finding(s); first: "
                                                   f"{first.rule}: {first.message}"))
            node.text = _clean("\n".join(finding_line(str(r.path), f) for f in failing))
        others = [f for f in r.findings if f not in failing]
        if others:
            out = etree.SubElement(case, "system-out")
            out.text = _clean("\n".join(finding_line(str(r.path), f) for f in others))
    return etree.tostring(suites, encoding="unicode", pretty_print=True)


def render(results: Sequence[FileResult], fmt: Format | str = Format.TEXT,
           strict: bool = False) -> str:
    renderer = {Format.TEXT: render_text, Format.JSON: render_json,
                Format.JUNIT: render_junit}[Format(fmt)]
    return renderer(results, strict)
