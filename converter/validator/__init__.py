"""Validate Akoma Ntoso files against the OASIS XSD and the AKN4UN profile.

Archival systems gate on `run_validate` (the `akn validate` command); the
converter calls `validate_tree` on its output before writing it.
"""

from .bench import bench_validate
from .findings import FileResult, Finding, Severity
from .report import Format, render, summarize
from .rules import RULES, profile_findings, symbol_to_number
from .run import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    iter_inputs,
    run_validate,
    validate_file,
    validate_tree,
)
from .safe_parse import MAX_BYTES, parse_bytes, parse_file
from .schema import SchemaNotFoundError, xsd_errors, xsd_path

__all__ = [
    "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "MAX_BYTES", "RULES", "FileResult", "Finding",
    "Format", "SchemaNotFoundError", "Severity", "bench_validate", "iter_inputs", "parse_bytes",
    "parse_file", "profile_findings", "render", "run_validate", "summarize", "symbol_to_number",
    "validate_file", "validate_tree", "xsd_errors", "xsd_path",
]
