"""Throughput of XSD-only validation (the archival gate's hot path)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from .run import iter_inputs, validate_file
from .schema import libxml2_schema


def bench_validate(paths: Iterable[str | Path], *, repeat: int = 1) -> dict[str, float | int]:
    """Files per second for safe parse + XSD, schema compiled once beforehand (one core)."""
    files = iter_inputs(paths)
    start = time.perf_counter()
    libxml2_schema()
    compile_seconds = time.perf_counter() - start
    valid = 0
    start = time.perf_counter()
    for _ in range(repeat):
        valid = sum(validate_file(f, schema_only=True).valid for f in files)
    seconds = time.perf_counter() - start
    checked = len(files) * repeat
    return {
        "files": checked,
        "valid": valid * repeat,
        "seconds": round(seconds, 4),
        "files_per_second": round(checked / seconds, 1) if seconds else 0.0,
        "compile_seconds": round(compile_seconds, 4),
    }
