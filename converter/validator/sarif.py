"""SARIF 2.1.0, the format code-scanning dashboards and CI systems read.

One run; the tool's rules are the whole catalogue (with each one's profiles); every
file checked is an artifact, every finding a result at its severity (info is `note`),
located by file, line and element path.  `properties.failing` tells whether a result
fails its file under the run's `--fail-on`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

from .catalog import RULE_LIST
from .findings import FileResult, Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_INDEX = {rule.id: i for i, rule in enumerate(RULE_LIST)}


def _version() -> str:
    try:
        return metadata.version("un-akn-converter")
    except metadata.PackageNotFoundError:   # pragma: no cover - run from a source tree
        return "0"


def artifact_uri(path: Path) -> str:
    """A URI reference for `path`: relative paths stay relative (percent-encoded, any bytes)."""
    if path.is_absolute():
        return "file://" + quote(os.fsencode(path))
    return quote(os.fsencode(path.as_posix()))


def _rule(index: int) -> dict[str, object]:
    rule = RULE_LIST[index]
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVEL[rule.default]},
        "properties": {"profiles": {str(p): str(s) for p, s in rule.severity.items()}},
    }


def _result(finding: Finding, artifact: int, uri: str, profile: str | None,
            fail_on: Severity) -> dict[str, object]:
    location: dict[str, object] = {"artifactLocation": {"uri": uri, "index": artifact}}
    if finding.line:
        location["region"] = {"startLine": finding.line}
    result: dict[str, object] = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": location}],
        "properties": {"profile": profile, "failing": finding.severity.rank >= fail_on.rank},
    }
    if finding.rule in _INDEX:
        result["ruleIndex"] = _INDEX[finding.rule]
    if finding.path:
        result["locations"][0]["logicalLocations"] = [   # type: ignore[index]
            {"fullyQualifiedName": finding.path, "kind": "element"}]
    return result


def render_sarif(results: Sequence[FileResult], fail_on: Severity = Severity.ERROR) -> str:
    uris = [artifact_uri(r.path) for r in results]
    run = {
        "tool": {"driver": {
            "name": "akn validate",
            "semanticVersion": _version(),
            "informationUri": "https://docs.oasis-open.org/legaldocml/akn-core/v1.0/",
            "rules": [_rule(i) for i in range(len(RULE_LIST))],
        }},
        "invocations": [{"executionSuccessful": True,
                         "properties": {"failOn": str(fail_on)}}],
        "artifacts": [{"location": {"uri": uri}} for uri in uris],
        "results": [_result(f, i, uris[i], r.profile, fail_on)
                    for i, r in enumerate(results) for f in r.findings],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]},
                      indent=2, ensure_ascii=False) + "\n"
