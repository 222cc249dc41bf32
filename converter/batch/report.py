"""Progress while the batch runs (a rich bar on a terminal, plain lines otherwise),
the closing summary line and the JSON report."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from converter.batch.model import FileResult, Status
from converter.errors import one_line


@dataclass(frozen=True, slots=True)
class Summary:
    counts: dict[Status, int]
    total: int
    seconds: float

    @classmethod
    def of(cls, results: list[FileResult], seconds: float) -> Summary:
        counted = Counter(r.status for r in results)
        return cls({s: counted.get(s, 0) for s in Status}, len(results), seconds)

    @property
    def succeeded(self) -> bool:
        return self.counts[Status.FAILED] == self.counts[Status.INVALID] == 0

    def line(self) -> str:
        parts = ", ".join(f"{self.counts[s]} {s.value}" for s in Status)
        return f"summary: {parts}; {self.total} total in {self.seconds:.2f} s"


def line(result: FileResult) -> str:
    """`status  input -> output (x.xx s)`, then the reason for a failure."""
    text = f"{result.status.value:<7} {result.input} -> {result.output} ({result.seconds:.2f} s)"
    reason = result.reason()
    return one_line(f"{text}: {reason}" if reason else text)


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, result: FileResult) -> None: ...
    def finish(self, summary: Summary) -> None: ...


class PlainProgress:
    """One line per input, flushed at once (for logs and pipes)."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out: TextIO | None = out or sys.stdout

    def start(self, total: int) -> None:
        pass

    def _print(self, text: str) -> None:
        """A closed pipe (`akn batch … | head`) stops the lines, never the batch."""
        if self.out is None:
            return
        try:
            print(text, file=self.out, flush=True)
        except (BrokenPipeError, ValueError):
            self.out = None

    def advance(self, result: FileResult) -> None:
        self._print(line(result))

    def finish(self, summary: Summary) -> None:
        self._print(summary.line())


class RichProgress:
    """A progress bar; failures are printed above it as they happen."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(),
                            TimeRemainingColumn())
        self.failed = 0

    def start(self, total: int) -> None:
        self.task = self.bar.add_task("batch", total=total, failed=0)
        self.bar.start()

    def advance(self, result: FileResult) -> None:
        if not result.succeeded:
            self.failed += 1
            self.bar.console.print(line(result), markup=False, highlight=False)
        self.bar.update(self.task, advance=1, failed=self.failed)

    def finish(self, summary: Summary) -> None:
        self.bar.stop()
        self.bar.console.print(summary.line(), markup=False, highlight=False)


def progress_for(stream: TextIO) -> Progress:
    return RichProgress() if stream.isatty() else PlainProgress(stream)


def to_json(results: list[FileResult], summary: Summary) -> dict:
    return {
        "files": [{"input": str(r.input), "output": str(r.output), "status": r.status.value,
                   "error": r.error, "seconds": round(r.seconds, 3)} for r in results],
        "summary": {**{s.value: summary.counts[s] for s in Status}, "total": summary.total,
                    "seconds": round(summary.seconds, 3)},
    }


def write_report(path: Path, results: list[FileResult], summary: Summary) -> None:
    from converter.pipeline import write_atomic  # not at import: see worker.PIPELINE

    data = json.dumps(to_json(results, summary), indent=2, ensure_ascii=False) + "\n"
    write_atomic(data.encode("utf-8"), path)
