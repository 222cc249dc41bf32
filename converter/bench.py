"""`make bench`: conversion speed over the DEV corpus (median of several runs).

Reports, per input kind, median ms per document and per page for input ->
validated XML, and `pdftotext` on the same PDFs for comparison; then `akn batch`
wall time over all corpus PDFs with -j1 and -j2, an incremental rerun (nothing to
do), and peak memory (max RSS) converting the longest PDF and a 500-page one.
Then how time grows with length: generated markdown resolutions of 10 to 640
pages, and the longest corpus PDF repeated to 8x its length, in ms per page; then
`akn validate` throughput on the UN's gold XML (converter/validator/bench.py).
Last, `akn batch` on a 2-worker Dask LocalCluster against the local pool, and the
scheduling overhead of each (converter/batch/bench_cluster.py); and the speed targets
side by side with pdftotext (converter/bench_targets.py).
Skips what is not available (no corpus beside the repo, no pdftotext).
"""

from __future__ import annotations

import contextlib
import csv
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

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
RUNS = 3
CONVERTED = date(2026, 1, 1)


def _pages() -> dict[str, int]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as f:
        return {row["sym"]: int(row["pages"]) for row in csv.DictReader(f, delimiter="\t")}


def _time(files: list[Path], work: Callable[[Path], object]) -> float:
    """Median over RUNS of the total seconds to process `files`."""
    totals = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for f in files:
            with contextlib.suppress(ConversionError):
                work(f)
        totals.append(time.perf_counter() - start)
    return statistics.median(totals)


def _convert(path: Path) -> bytes:
    return serialize(convert_file(path, converted=CONVERTED).tree)


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                   check=False)


def _report(label: str, files: list[Path], seconds: float, pages: int) -> None:
    n = len(files)
    print(f"{label:<28} {n:>4} docs {pages:>5} pages  {1000 * seconds / n:8.2f} ms/doc "
          f"{1000 * seconds / max(pages, 1):7.2f} ms/page  {n / seconds:8.1f} docs/s")


def _batch(inputs: list[Path], outdir: Path, workers: int) -> float:
    """Wall seconds of one `akn batch` run, process start-up included."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "converter.cli", "batch", *map(str, inputs), "-o",
                    str(outdir), "-j", str(workers)], capture_output=True, check=False)
    return time.perf_counter() - start


def _bench_batch(pdfs: list[Path], pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            outdir = Path(tmp) / f"j{workers}"
            seconds = _batch([CORPUS / "pdf"], outdir, workers)
            print(f"{f'akn batch pdf/ -j{workers}':<28} {len(pdfs):>4} docs {pages:>5} pages  "
                  f"{seconds:8.2f} s wall   {len(pdfs) / seconds:8.1f} docs/s")
        seconds = _batch([CORPUS / "pdf"], Path(tmp) / "j2", 2)
        print(f"{'akn batch rerun (all fresh)':<28} {len(pdfs):>4} docs {'':>11} {seconds:8.2f} s wall")


_PEAK = """
import resource, sys
from pathlib import Path
from converter.pipeline import convert_file, serialize
from converter.validator.schema import libxml2_schema


def peak_kib():
    # VmHWM: this process's own peak; ru_maxrss may carry the parent's across fork + exec
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    except OSError:
        scale = 1024 if sys.platform == "darwin" else 1   # ru_maxrss: bytes on macOS
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // scale


libxml2_schema()
base = peak_kib()
serialize(convert_file(Path(sys.argv[1])).tree)
print(base, peak_kib())
"""


def _peak_rss(pdf: Path) -> tuple[float, float]:
    """(peak MiB after imports and schema, peak MiB after converting `pdf`), in a fresh process."""
    run = subprocess.run([sys.executable, "-c", _PEAK, str(pdf)], capture_output=True, text=True,
                         check=False)
    if run.returncode != 0:
        return float("nan"), float("nan")
    base, peak = map(int, run.stdout.split())
    return base / 1024, peak / 1024


def _long_pdf(source: Path, target: Path, at_least: int = 500) -> int:
    """`source` repeated into one PDF of at least `at_least` pages."""
    import pypdfium2

    src, out = pypdfium2.PdfDocument(source), pypdfium2.PdfDocument.new()
    while len(out) < at_least:
        out.import_pages(src)
    out.save(target)
    return len(out)


def _bench_memory(pdfs: list[Path], pages: dict[str, int]) -> None:
    longest = max(pdfs, key=lambda f: pages.get(f.stem, 0))
    base, peak = _peak_rss(longest)
    print(f"{'peak RSS, longest PDF':<28} {longest.stem} ({pages.get(longest.stem)} pages): "
          f"{peak:.0f} MiB ({base:.0f} MiB before the file)")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / longest.name
        count = _long_pdf(longest, big)
        base, peak = _peak_rss(big)
        print(f"{'peak RSS, long PDF':<28} {longest.stem} x{count // max(1, pages.get(longest.stem, 1))}"
              f" ({count} pages): {peak:.0f} MiB ({base:.0f} MiB before the file; target < 150 MB: "
              f"{'met' if peak * 1.048576 < 150 else 'NOT met'})")


_MASTHEAD = """General Assembly

Distr.: General
30 December 2024

Seventy-ninth session

Agenda item 20

Resolution adopted by the General Assembly on 24 December 2024

79/997. A long resolution

The General Assembly,

*Recalling* its resolution [70/1](#) of 25 September 2015,
"""
_PER_PAGE = 8
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def long_markdown(pages: int) -> str:
    """A resolution of `pages` pages in the markdown dialect: paragraphs with footnotes,
    lists and citations, eight to a page, each page's notes at its foot."""
    out = [_MASTHEAD]
    n = 0
    for _ in range(pages):
        notes = []
        for k in range(_PER_PAGE):
            n += 1
            marker = str(n).translate(_SUPERSCRIPT)
            notes.append(f"{marker} See [A/79/{n}](#), chap. II.")
            out.append(f"{n}. *Requests* the Secretary-General to report on the implementation "
                       f"of resolution [78/{n % 300 + 1}](#) and of its paragraph {n},{marker} taking "
                       "into account the views of Member States and of the regional commissions:")
            if k % 2:
                out += ["(a) On the measures taken by the funds and programmes;",
                        "(i) In the field;", "(ii) At Headquarters;",
                        "(b) On the resources required, in the context of the budget."]
        out.append("\n\n\n" + "\n".join(notes) + "\n\n\n")
    out.append("54th plenary meeting\n24 December 2024\n")
    return "\n".join(out)


def _growth(label: str, sizes: list[int], make: Callable[[int, Path], Path]) -> None:
    """ms per page at each length: flat when time grows linearly with pages."""
    with tempfile.TemporaryDirectory() as tmp:
        first = None
        for size in sizes:
            path = make(size, Path(tmp))
            _convert(path)
            ms = 1000 * _time([path], _convert) / size
            first = first or ms
            print(f"{label:<28} {size:>5} pages  {ms:7.2f} ms/page  ({ms / first:4.2f}x the shortest)")


def _md_of(pages: int, tmp: Path) -> Path:
    path = tmp / f"A_RES_79_997-{pages}.md"
    path.write_text(long_markdown(pages), encoding="utf-8")
    return path


def _bench_growth(pdfs: list[Path], pages: dict[str, int]) -> None:
    _growth("length: md", [10, 40, 160, 640], _md_of)
    if not pdfs:
        return
    longest = max(pdfs, key=lambda f: pages.get(f.stem, 0))
    base = pages.get(longest.stem, 1)

    def repeated(n: int, tmp: Path) -> Path:
        _long_pdf(longest, tmp / f"{n}.pdf", n)
        return tmp / f"{n}.pdf"

    _growth(f"length: pdf {longest.stem} xN", [base, 2 * base, 4 * base, 8 * base], repeated)


def _bench_render_diff() -> None:
    """`akn render` and `akn diff` per document: the UN's XML, and it against our conversion."""
    from converter.diff.bench import bench_render_diff
    from converter.validator.safe_parse import parse_file

    documents, pairs = [], []
    for gold in sorted((CORPUS / "gold").glob("*.xml")):
        tree, _ = parse_file(gold)
        if tree is None:
            continue
        documents.append((gold.stem, tree))
        source = CORPUS / "text" / "md" / f"{gold.stem}.md"
        with contextlib.suppress(ConversionError):
            if source.is_file():
                pairs.append((gold.stem, tree, convert_file(source, converted=CONVERTED).tree))
    for line in bench_render_diff(documents, pairs, RUNS):
        print(line)


def main() -> int:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        print(f"no corpus at {CORPUS}: generated documents only")
        _bench_growth([], {})
        _bench_cluster(None)
        return 0
    pages = _pages()
    print(f"median of {RUNS} runs, one process, {date.today().isoformat()}")
    for label, sub, pattern in (("text/md -> valid XML", "text/md", "*.md"),
                                ("text/plain -> valid XML", "text/plain", "*.txt"),
                                ("pdf -> valid XML", "pdf", "*.pdf")):
        files = sorted((CORPUS / sub).glob(pattern))
        if not files:
            continue
        _convert(files[0])  # warm-up: schema compiled, modules imported
        total_pages = sum(pages.get(f.stem, 1) for f in files)
        _report(label, files, _time(files, _convert), total_pages)
    pdfs = sorted((CORPUS / "pdf").glob("*.pdf"))
    if pdfs and shutil.which("pdftotext"):
        total_pages = sum(pages.get(f.stem, 1) for f in pdfs)
        _report("pdftotext (poppler)", pdfs, _time(pdfs, _pdftotext), total_pages)
    if pdfs:
        from converter.bench_startup import bench_startup

        for line in bench_startup(pdfs, pages):
            print(line)
        _bench_batch(pdfs, sum(pages.get(f.stem, 1) for f in pdfs))
        _bench_memory(pdfs, pages)
    _bench_growth(pdfs, pages)
    _bench_render_diff()
    from converter.validator.bench import main as bench_validation

    bench_validation()
    _bench_cluster(CORPUS / "pdf" if pdfs else None)
    _targets(pdfs, pages)
    return 0


def _targets(pdfs: list[Path], pages: dict[str, int]) -> None:
    """The speed targets side by side with pdftotext: corpus, longest PDF, a 500-page PDF."""
    from converter.bench_targets import bench_targets

    with tempfile.TemporaryDirectory() as tmp:
        long_pdfs = []
        if pdfs:
            longest = max(pdfs, key=lambda f: pages.get(f.stem, 0))
            big = Path(tmp) / f"{longest.stem}-x500.pdf"
            _long_pdf(longest, big)
            long_pdfs = [longest, big]
        bench_targets(CORPUS, pdfs, long_pdfs, RUNS)


def _bench_cluster(pdf_dir: Path | None) -> None:
    """`akn batch` on a 2-worker Dask LocalCluster against the local pool (issue 17)."""
    from converter.batch.bench_cluster import bench_cluster

    for line in bench_cluster(pdf_dir):
        print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
