"""One conversion whose input or output is a URL: fetch the input into the worker's
staging directory, convert there as for a local file, upload only what is finished.

Messages name the URLs, never the staging paths, so a report reads the same whichever
worker did the file.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from converter.batch import storage
from converter.batch.model import Status, Task
from converter.errors import describe_os_error
from converter.limits import Limits
from converter.pipeline import invalid_path

Convert = Callable[[Task], tuple[Status, str | None]]


def _os_reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return describe_os_error(error)
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def convert_staged(task: Task, limits: Limits, convert: Convert) -> tuple[Status, str | None]:
    stage = storage.staging_root() / str(task.index)
    shutil.rmtree(stage, ignore_errors=True)
    try:
        return _convert_staged(task, limits, convert, stage)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _convert_staged(task: Task, limits: Limits, convert: Convert,
                    stage: Path) -> tuple[Status, str | None]:
    local_in = task.input if isinstance(task.input, Path) else stage / "in" / storage.name_of(task.input)
    local_out = task.output if isinstance(task.output, Path) else stage / "out" / storage.name_of(task.output)
    if isinstance(task.input, str):
        try:
            storage.fetch(task.input, local_in, limits.input_bytes + 1)
        except FileNotFoundError:
            return Status.FAILED, f"{task.input}: cannot read file (No such file or directory)"
        except Exception as e:   # network, credentials, permissions: the file fails, not the batch
            return Status.FAILED, f"{task.input}: cannot read file ({_os_reason(e)})"
    status, error = convert(Task(task.index, local_in, local_out, task.language))
    if error is not None:
        error = (error.replace(str(invalid_path(local_out)), str(storage.invalid_location(task.output)))
                 .replace(str(local_out), str(task.output)).replace(str(local_in), str(task.input)))
    if isinstance(task.output, str) and status in (Status.OK, Status.INVALID):
        made, target = ((local_out, task.output) if status is Status.OK
                        else (invalid_path(local_out), str(storage.invalid_location(task.output))))
        try:
            storage.upload(made, target)
            if status is Status.OK:
                storage.remove(str(storage.invalid_location(task.output)))
        except Exception as e:
            return Status.FAILED, f"{target}: cannot write ({_os_reason(e)})"
    return status, error
