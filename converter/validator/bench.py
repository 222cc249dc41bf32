"""Validation throughput (the archival gate's hot path): XSD only and each profile, on one
core and with worker processes.  `python -m converter.validator.bench [FILES…]` (default: the
UN's gold XML in ../shared/corpus); `make bench` runs it as one section."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from .catalog import Profile
from .inputs import iter_inputs
from .parallel import map_files
from .run import Options, validate_file
from .schema import libxml2_schema

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
RUNS = 3
MODES: tuple[tuple[str, Options], ...] = (
    ("XSD only", Options(schema_only=True)),
    *((f"XSD + profile {p.value}", Options(profile=p.value)) for p in Profile),
    ("XSD + profile auto", Options()),
)


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


def throughput(files: Sequence[Path], options: Options, jobs: int, runs: int = RUNS) -> float:
    """Files per second over `files` with `jobs` processes (pool start-up included), the
    median of `runs` runs (the machine may be shared)."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        map_files(files, options, jobs)
        seconds.append(time.perf_counter() - start)
    return len(files) / statistics.median(seconds)


def gold_files() -> list[Path]:
    sets = [CORPUS / "gold", *sorted(CORPUS.glob("languages/*/gold")),
            *sorted(CORPUS.glob("other_organs/*/gold"))]
    return [f for d in sets if d.is_dir() for f in sorted(d.glob("*.xml"))]


def bench_lines(files: Sequence[Path], jobs: Sequence[int] = (1, 2)) -> list[str]:
    """One line per mode: files/s on one core and with each number of workers."""
    libxml2_schema()
    map_files(files[:5], MODES[0][1], 1)   # warm-up: modules imported, caches filled
    lines = [f"validate {len(files)} gold XML files, files/s (median of {RUNS} runs): "
             + ", ".join("one core" if j == 1 else f"-j {j}" for j in jobs)]
    for label, options in MODES:
        rates = [throughput(files, options, j) for j in jobs]
        lines.append(f"  {label:<24}" + "".join(f"{rate:9.1f}" for rate in rates))
    return lines


def main(argv: Sequence[str] = ()) -> int:
    files = iter_inputs(argv) if argv else gold_files()
    if not files:
        print(f"no gold XML at {CORPUS}: validation throughput not measured")
        return 0
    for line in bench_lines(files):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
