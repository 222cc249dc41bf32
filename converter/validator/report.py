"""Render results as text, JSON, JUnit XML or SARIF (for CI systems and archives to gate on).

Every format shows each finding's severity; `fail_on` (error unless told) decides which
findings fail a file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum

from lxml import etree

from .findings import FileResult, Finding, Severity


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"
    SARIF = "sarif"


# Characters XML 1.0 cannot carry (parser messages may quote binary input).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


Summary = dict[str, object]


def level_of(strict: bool = False, fail_on: Severity | str | None = None) -> Severity:
    """The severity that fails a file: `fail_on`, else warning with `strict`, else error."""
    return Severity(fail_on) if fail_on else (Severity.WARNING if strict else Severity.ERROR)


def summarize(results: Sequence[FileResult], strict: bool = False,
              fail_on: Severity | str | None = None) -> Summary:
    """Counts over all files; `valid` counts the files no finding at `fail_on` fails."""
    level = level_of(strict, fail_on)
    readable = [r for r in results if r.readable]
    passed = sum(r.passed(fail_on=level) for r in readable)
    profiles = Counter(r.profile for r in results if r.profile)
    return {
        "files": len(results),
        "valid": passed,
        "invalid": len(readable) - passed,
        "unreadable": len(results) - len(readable),
        "errors": sum(len(r.errors) for r in results),
        "warnings": sum(len(r.warnings) for r in results),
        "infos": sum(len(r.infos) for r in results),
        "strict": level is not Severity.ERROR,
        "fail_on": str(level),
        "profiles": dict(sorted(profiles.items())),
    }


def finding_line(path: str, f: Finding) -> str:
    """`file:line: rule-id: severity: message` (line 0 when unknown)."""
    return f"{path}:{f.line or 0}: {f.rule}: {f.severity}: {f.message}"


def summary_line(summary: Summary) -> str:
    s = summary
    profiles = s["profiles"]
    assert isinstance(profiles, dict)
    used = ", ".join(f"{name} {count}" for name, count in profiles.items())
    fails = {"error": "", "warning": " (strict)", "info": " (fail on info)"}[str(s["fail_on"])]
    return (f"{s['files']} file(s): {s['valid']} valid, {s['invalid']} invalid, "
            f"{s['unreadable']} unreadable; {s['errors']} error(s), "
            f"{s['warnings']} warning(s), {s['infos']} info{fails}"
            + (f"; profile {used}" if used else ""))


def render_text(results: Sequence[FileResult], fail_on: Severity = Severity.ERROR) -> str:
    lines = [finding_line(str(r.path), f) for r in results for f in r.findings]
    lines.append(summary_line(summarize(results, fail_on=fail_on)))
    return "\n".join(lines) + "\n"


def render_json(results: Sequence[FileResult], fail_on: Severity = Severity.ERROR) -> str:
    files = [
        {
            "path": str(r.path),
            "profile": r.profile,
            "valid": r.passed(fail_on=fail_on),
            "readable": r.readable,
            "errors": [f.as_dict() for f in r.errors],
            "warnings": [f.as_dict() for f in r.warnings],
            "infos": [f.as_dict() for f in r.infos],
        }
        for r in results
    ]
    return json.dumps({"files": files, "summary": summarize(results, fail_on=fail_on)},
                      indent=2, ensure_ascii=False) + "\n"


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(results: Sequence[FileResult], fail_on: Severity = Severity.ERROR) -> str:
    """One testcase per file; unreadable files are <error>, failing ones <failure>; findings
    that do not fail the file go to <system-out>."""
    summary = summarize(results, fail_on=fail_on)
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
        failing = r.failing(fail_on)
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
           strict: bool = False, fail_on: Severity | str | None = None) -> str:
    from .sarif import render_sarif

    renderer = {Format.TEXT: render_text, Format.JSON: render_json,
                Format.JUNIT: render_junit, Format.SARIF: render_sarif}[Format(fmt)]
    return renderer(results, level_of(strict, fail_on))
