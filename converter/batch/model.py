"""What a batch works on and what it reports: jobs, statuses, per-file results."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Status(StrEnum):
    OK = "ok"
    SKIPPED = "skipped"       # the output is already newer than its input
    FAILED = "failed"         # bad input, output clash, crashed or timed-out worker
    INVALID = "invalid"       # XML produced but not valid: written to <stem>.invalid.xml


@dataclass(frozen=True, slots=True)
class Job:
    """One input and the output it becomes; `clash` names the input that already owns it."""

    index: int
    input: Path
    output: Path
    clash: Path | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker is sent: one file to convert and write."""

    index: int
    input: Path
    output: Path
    language: str


@dataclass(frozen=True, slots=True)
class FileResult:
    input: Path
    output: Path
    status: Status
    error: str | None
    seconds: float

    @property
    def succeeded(self) -> bool:
        return self.status in (Status.OK, Status.SKIPPED)

    def reason(self) -> str | None:
        """The error without the leading `FILE: ` the converter's messages start with."""
        if self.error is None:
            return None
        for prefix in (f"{self.input}: ", f"{self.input.name}: "):
            if self.error.startswith(prefix):
                return self.error[len(prefix):]
        return self.error
