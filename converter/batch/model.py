"""What a batch works on and what it reports: jobs, statuses, per-file results."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from converter.batch.storage import Location, name_of


class Status(StrEnum):
    OK = "ok"
    SKIPPED = "skipped"       # the output is already newer than its input
    FAILED = "failed"         # bad input, output clash, crashed or timed-out worker
    INVALID = "invalid"       # XML produced but not valid: written to <stem>.invalid.xml


@dataclass(frozen=True, slots=True)
class Job:
    """One input and the output it becomes; `clash` names the input that already owns it."""

    index: int
    input: Location
    output: Location
    clash: Location | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker is sent: one file to convert and write."""

    index: int
    input: Location
    output: Location
    language: str


@dataclass(frozen=True, slots=True)
class FileResult:
    input: Location
    output: Location
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
        for prefix in (f"{self.input}: ", f"{name_of(self.input)}: "):
            if self.error.startswith(prefix):
                return self.error[len(prefix):]
        return self.error
