"""Validate Akoma Ntoso files against the OASIS XSD and a profile's rules (akn, un, akn4un).

Archival systems gate on `run_validate` (the `akn validate` command); the
converter calls `profile_findings` (AKN4UN) on its output before writing it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name -> the module that defines it; loaded on first use, so that the converter, which needs
# only the XSD check and the rules, does not import the command's machinery (processes,
# configuration files, report formats) at start-up
_EXPORTS = {
    **dict.fromkeys(("AUTO", "RULE_LIST", "RULES", "Profile", "Rule", "detect_profile"), "catalog"),
    **dict.fromkeys(("ConfigError", "ValidateConfig", "find_config", "load_config"), "config"),
    **dict.fromkeys(("FileResult", "Finding", "Severity"), "findings"),
    "gather": "inputs",
    **dict.fromkeys(("Format", "render", "summarize"), "report"),
    **dict.fromkeys(("profile_findings", "symbol_to_number"), "rules"),
    **dict.fromkeys(("EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "Options", "iter_inputs",
                     "run_validate", "validate_file", "validate_tree"), "run"),
    **dict.fromkeys(("MAX_BYTES", "parse_bytes", "parse_file"), "safe_parse"),
    **dict.fromkeys(("SchemaNotFoundError", "xsd_errors", "xsd_path"), "schema"),
    **dict.fromkeys(("Selection", "SelectionError"), "selection"),
    "bench_validate": "bench",
}

if TYPE_CHECKING:
    from .bench import bench_validate
    from .catalog import AUTO, RULE_LIST, RULES, Profile, Rule, detect_profile
    from .config import ConfigError, ValidateConfig, find_config, load_config
    from .findings import FileResult, Finding, Severity
    from .inputs import gather
    from .report import Format, render, summarize
    from .rules import profile_findings, symbol_to_number
    from .run import (
        EXIT_INVALID,
        EXIT_OK,
        EXIT_USAGE,
        Options,
        iter_inputs,
        run_validate,
        validate_file,
        validate_tree,
    )
    from .safe_parse import MAX_BYTES, parse_bytes, parse_file
    from .schema import SchemaNotFoundError, xsd_errors, xsd_path
    from .selection import Selection, SelectionError


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AUTO", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "MAX_BYTES", "RULES", "RULE_LIST",
    "ConfigError", "FileResult", "Finding", "Format", "Options", "Profile", "Rule",
    "SchemaNotFoundError", "Selection", "SelectionError", "Severity", "ValidateConfig",
    "bench_validate", "detect_profile", "find_config", "gather", "iter_inputs", "load_config",
    "parse_bytes", "parse_file", "profile_findings", "render",
    "run_validate", "summarize", "symbol_to_number", "validate_file", "validate_tree",
    "xsd_errors", "xsd_path",
]
