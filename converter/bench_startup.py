"""`make bench`, start-up section: what one command costs before any work (`akn --help`,
`--version`), one `akn convert` of a short PDF, and the Makefile pipeline (`make convert`, which
hands every out-of-date input to one `akn batch`) against `akn batch` itself and against one
`akn convert` process per file, on the same PDFs.  Wall times, best of a few runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 5
PIPELINE_FILES = 40


def akn_command() -> list[str]:
    """The `akn` script beside this Python (what users run), else `python -m converter`."""
    script = Path(sys.executable).with_name("akn")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "converter"]


def _wall(args: Sequence[str | Path], runs: int = RUNS, env: dict[str, str] | None = None) -> float:
    """Best wall seconds of `runs` runs of a command (output discarded)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(a) for a in args], capture_output=True, check=False, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def _cpu(args: Sequence[str | Path]) -> float:
    """User + system CPU seconds of one run of a command: steadier than wall on a busy machine."""
    before = os.times()
    subprocess.run([str(a) for a in args], capture_output=True, check=False)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system
                                                             - before.children_system)


def startup_lines(short_pdf: Path | None) -> list[str]:
    akn = akn_command()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        cases: list[tuple[str, list[str | Path]]] = [("akn --help", [*akn, "--help"]),
                                                     ("akn --version", [*akn, "--version"])]
        if short_pdf is not None:
            cases.append((f"akn convert {short_pdf.name}",
                          [*akn, "convert", short_pdf, "-o", Path(tmp) / "out.xml"]))
        for label, args in cases:
            lines.append(f"{label:<36} {_wall(args):6.3f} s wall (best of {RUNS})  "
                         f"{_cpu(args):6.3f} s CPU")
    return lines


def _make_env() -> dict[str, str]:
    # a top-level make, even when the bench itself runs under `make bench`
    return {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}


def pipeline_lines(pdfs: Sequence[Path], jobs: int = 2) -> list[str]:
    """`make convert`, `akn batch` and one `akn convert` per file on the same PDFs."""
    chosen = list(pdfs)[:PIPELINE_FILES]
    if not chosen or shutil.which("make") is None:
        return []
    akn = akn_command()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for pdf in chosen:
            shutil.copy(pdf, src / pdf.name)
        make = _wall(["make", "--no-print-directory", "-C", REPO, f"-j{jobs}", "convert",
                      f"IN={src}", f"OUT={Path(tmp) / 'make'}"], runs=1, env=_make_env())
        batch = _wall([*akn, "batch", src, "-o", Path(tmp) / "batch", "-j", str(jobs)], runs=1)
        each = _per_file(akn, sorted(src.iterdir()), Path(tmp) / "each", jobs)
    n = len(chosen)
    return [f"{label:<36} {n:>4} PDFs {seconds:7.2f} s wall  {n / seconds:6.1f} docs/s"
            for label, seconds in ((f"make convert -j{jobs} (one akn batch)", make),
                                   (f"akn batch -j{jobs}", batch),
                                   (f"akn convert per file, {jobs} at once", each))]


def _per_file(akn: list[str], inputs: list[Path], out: Path, jobs: int) -> float:
    """Wall seconds of one `akn convert` process per input, `jobs` at a time (what `make
    convert -jN` ran before it handed its inputs to `akn batch`)."""
    out.mkdir()
    pending: list[Path] = list(inputs)
    running: list[subprocess.Popen[bytes]] = []
    start = time.perf_counter()
    while pending or running:
        while pending and len(running) < jobs:
            source = pending.pop()
            running.append(subprocess.Popen([*akn, "convert", str(source), "-o",
                                             str(out / f"{source.stem}.xml")],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        running[0].wait()
        running = [p for p in running if p.poll() is None]
    return time.perf_counter() - start


def bench_startup(pdfs: Sequence[Path], pages: dict[str, int]) -> list[str]:
    """The start-up section of `make bench`: the shortest PDF for one convert, the first
    PIPELINE_FILES PDFs for the pipelines."""
    short = min(pdfs, key=lambda f: (pages.get(f.stem, 0), f.stat().st_size), default=None)
    return startup_lines(short) + pipeline_lines(pdfs)
