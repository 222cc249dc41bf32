"""Which jobs need work: clashes fail at once, fresh outputs are skipped (unless forced)."""

from __future__ import annotations

from dataclasses import dataclass, field

from converter.batch.model import FileResult, Job, Status
from converter.batch.storage import modified_ns


def is_fresh(job: Job) -> bool:
    """The output exists and is not older than its input (make's rule); on the client,
    for local paths and URLs alike."""
    output = modified_ns(job.output)
    if output is None:
        return False
    source = modified_ns(job.input)
    return source is not None and output >= source


@dataclass
class Plan:
    todo: list[Job] = field(default_factory=list)
    done: dict[int, FileResult] = field(default_factory=dict)   # job index -> settled result


def plan(jobs: list[Job], *, force: bool) -> Plan:
    out = Plan()
    for job in jobs:
        if job.clash is not None:
            out.done[job.index] = FileResult(
                job.input, job.output, Status.FAILED,
                f"{job.input}: output {job.output} is already produced from {job.clash} "
                "in this batch; not overwritten", 0.0)
        elif not force and is_fresh(job):
            out.done[job.index] = FileResult(job.input, job.output, Status.SKIPPED, None, 0.0)
        else:
            out.todo.append(job)
    return out
