"""The data every validator module produces: findings and per-file results."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


class Severity(StrEnum):
    """How much a finding matters; only errors fail a file, unless `fail_on` says otherwise."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: a stable rule id, a severity, and where it is (line may be unknown)."""

    rule: str
    severity: Severity
    message: str
    line: int | None = None
    path: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "line": self.line,
            "path": self.path,
            "message": self.message,
        }


@dataclass(slots=True)
class FileResult:
    """The findings for one input file.

    `readable` is False when the file could not be read as XML at all (the run
    then exits 2, not 1); `profile` is the rule set the file was checked with.
    """

    path: Path
    findings: list[Finding] = field(default_factory=list)
    readable: bool = True
    profile: str | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def infos(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.INFO]

    @property
    def valid(self) -> bool:
        return self.readable and not self.errors

    def failing(self, fail_on: Severity = Severity.ERROR) -> list[Finding]:
        """The findings that fail the file: those of severity `fail_on` or worse."""
        return [f for f in self.findings if f.severity.rank >= fail_on.rank]

    def passed(self, strict: bool = False, fail_on: Severity | None = None) -> bool:
        """Readable and free of findings at `fail_on` or worse (`strict`: warnings fail too)."""
        level = fail_on or (Severity.WARNING if strict else Severity.ERROR)
        return self.readable and not self.failing(level)


_AKN_BRACED = "{" + AKN_NS + "}"
_STEP = re.compile(r"(?:\{([^}]*)\})?([^/{]+)")  # one step of an ElementPath (URIs hold '/')


def local_name(el: etree._Element) -> str:
    """`statement` for an AKN element, `akn4un:footer` for a foreign one."""
    tag = el.tag
    if tag.startswith(_AKN_BRACED):
        return tag[len(_AKN_BRACED):]
    if not tag.startswith("{"):
        return tag
    return f"{el.prefix}:{etree.QName(tag).localname}" if el.prefix else tag


def element_path(el: etree._Element) -> str:
    """A readable XPath-like location: `/akomaNtoso/statement/coverPage/p[4]/docStatus`."""
    tree = el.getroottree()
    root = tree.getroot()
    steps = [local_name(root)]
    if el is not root:
        relative = tree.getelementpath(el)  # `{ns}statement/{ns}coverPage/{ns}p[4]/…`, in C
        prefixes = {uri: prefix for prefix, uri in el.nsmap.items() if prefix}
        for m in _STEP.finditer(relative):
            uri, name = m.groups()
            if uri and uri != AKN_NS:
                name = f"{prefixes[uri]}:{name}" if uri in prefixes else m[0]
            steps.append(name)
    return "/" + "/".join(steps)


def at_line(el: etree._Element) -> str:
    """` (line N)` for messages, empty for trees built in memory."""
    return f" (line {el.sourceline})" if el.sourceline else ""


def finding_at(
    el: etree._Element, rule: str, message: str, severity: Severity = Severity.ERROR
) -> Finding:
    """A finding located at `el`: its line and readable path."""
    return Finding(rule, severity, message, el.sourceline or None, element_path(el))
