"""`make bench`, the speed targets (issue #19) side by side with `pdftotext`.

- PDF -> validated XML, whole processes: `akn batch -j 1` against one shell loop of
  `pdftotext` over the same files, and `-j 2` against two such loops run together; on the
  corpus PDFs and on long documents (the longest corpus PDF, and it repeated to 500 pages).
  Target: at most 1.5x pdftotext's wall time.
- Text (md, plain) -> validated XML in process: the median per document.  Target: 5 ms.
- The floors under the PDF targets, which no change of the converter's own can lower (pdfium's
  own work per page; a process's start-up with the XSD compile): converter/bench_floors.py.
- Memory: the peak converting a 500-page PDF (target: under 150 MB, printed by the memory
  section), and the resident size of one process over 1,000 conversions (target: flat).

The machine is shared, so every time is the median of several runs; a process's own CPU
time is printed beside the in-process figures, as it is less disturbed by other load.
Without `pdftotext` on PATH the comparison is skipped with a message.
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from converter.errors import ConversionError
from converter.pipeline import convert_file, serialize

PDF_RATIO = 1.5          # akn batch wall time / pdftotext loop wall time, at most
TEXT_MS = 5.0            # median ms per text document, at most
CONVERSIONS = 1000       # conversions in one process for the memory-growth figure
CONVERTED = date(2026, 1, 1)
_LOOP = 'for f in "$@"; do pdftotext -enc UTF-8 "$f" - >/dev/null 2>&1; done'


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _median_wall(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _pdftotext_loops(files: list[Path], loops: int) -> None:
    """`loops` shell loops of pdftotext run together, the files dealt out between them."""
    procs = [subprocess.Popen(["sh", "-c", _LOOP, "sh", *map(str, files[k::loops])])
             for k in range(loops) if files[k::loops]]
    for p in procs:
        p.wait()


def _akn_batch(files: list[Path], workers: int) -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "converter.cli", "batch", *map(str, files), "-o", out,
                        "-j", str(workers)], capture_output=True, check=False)


def whole_process(label: str, files: list[Path], runs: int) -> list[str]:
    """Lines comparing `akn batch -j N` with N pdftotext loops, N = 1 and, for more than
    one file, 2 (one file keeps one worker busy whatever -j says)."""
    if shutil.which("pdftotext") is None:
        return [f"{label}: pdftotext not found on PATH: comparison skipped "
                "(install poppler-utils)"]
    lines = []
    for workers in (1, 2) if len(files) > 1 else (1,):
        akn = _median_wall(lambda: _akn_batch(files, workers), runs)          # noqa: B023
        poppler = _median_wall(lambda: _pdftotext_loops(files, workers), runs)  # noqa: B023
        ratio = akn / poppler
        lines.append(f"{label + f' -j{workers}':<30} {len(files):>4} files  akn {akn:7.2f} s  "
                     f"pdftotext x{workers} {poppler:7.2f} s  {ratio:5.2f}x  "
                     f"(target <= {PDF_RATIO}x: {_met(ratio <= PDF_RATIO)})")
    return lines


def _convert(path: Path) -> None:
    with contextlib.suppress(ConversionError):
        serialize(convert_file(path, converted=CONVERTED).tree)


def text_medians(label: str, files: list[Path], runs: int) -> str:
    """Median over documents of each document's median time, wall and CPU."""
    for f in files:
        _convert(f)    # warm-up: schema compiled, tables loaded
    walls, cpus = [], []
    for f in files:
        wall, cpu = [], []
        for _ in range(runs):
            w, c = time.perf_counter(), time.process_time()
            _convert(f)
            wall.append(time.perf_counter() - w)
            cpu.append(time.process_time() - c)
        walls.append(statistics.median(wall))
        cpus.append(statistics.median(cpu))
    ms = 1000 * statistics.median(walls)
    return (f"{label:<30} {len(files):>4} docs  median {ms:6.2f} ms/doc wall, "
            f"{1000 * statistics.median(cpus):6.2f} ms CPU  (target <= {TEXT_MS} ms: "
            f"{_met(ms <= TEXT_MS)})")


_GROWTH = """
import sys
from pathlib import Path
from converter.bench_targets import resident_growth
files = [Path(p) for p in sys.argv[2:]]
print(*resident_growth(files, int(sys.argv[1])))
"""


def _resident_kib() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def resident_growth(files: list[Path], conversions: int) -> tuple[int, int, int]:
    """(resident KiB after one pass over `files`, after `conversions`, conversions done)."""
    done = 0
    first = 0
    while done < conversions:
        for f in files:
            _convert(f)
            done += 1
            if done == len(files):
                first = _resident_kib()
            if done >= conversions:
                break
    return first, _resident_kib(), done


def memory_growth(files: list[Path], conversions: int = CONVERSIONS) -> str:
    """Resident size of one fresh process after a first pass over `files` and after
    `conversions` conversions (Linux only: /proc)."""
    if not Path("/proc/self/status").is_file() or not files:
        return "memory over conversions: skipped (no /proc or no files)"
    run = subprocess.run([sys.executable, "-c", _GROWTH, str(conversions), *map(str, files)],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        return f"memory over conversions: failed ({run.stderr.strip().splitlines()[-1:]})"
    first, last, done = map(int, run.stdout.split())
    growth = (last - first) / 1024
    return (f"{'resident, one process':<30} after {len(files)} conversions {first / 1024:6.0f} MiB, "
            f"after {done} {last / 1024:6.0f} MiB  ({growth:+.0f} MiB; target flat, under 10 MiB: "
            f"{_met(growth < 10)})")


def bench_targets(corpus: Path, pdfs: list[Path], long_pdfs: list[Path], runs: int) -> None:
    """Print the issue-#19 figures (see the module docstring)."""
    print(f"-- targets (median of {runs} runs; the machine may be shared: compare ratios) --")
    for label, sub, pattern in (("text/md -> valid XML", "text/md", "*.md"),
                                ("text/plain -> valid XML", "text/plain", "*.txt")):
        files = sorted((corpus / sub).glob(pattern))
        if files:
            print(text_medians(label, files, runs))
    if pdfs:
        for line in whole_process("pdf/", pdfs, runs):
            print(line)
    for pdf in long_pdfs:
        for line in whole_process(pdf.name, [pdf], runs):
            print(line)
    if pdfs and long_pdfs and shutil.which("pdftotext"):
        from converter.bench_floors import floors

        for line in floors(pdfs, long_pdfs[0], runs, PDF_RATIO):
            print(line)
    mixed = [f for sub, pattern in (("text/md", "*.md"), ("text/plain", "*.txt"), ("pdf", "*.pdf"))
             for f in sorted((corpus / sub).glob(pattern))[:20]]
    print(memory_growth(mixed))
