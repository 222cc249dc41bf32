"""The worker process: loads the schema and language table once, then converts files
one at a time as the parent sends them over its pipe, until it is sent None.

Test hook (never set in normal use): `AKN_BATCH_TEST_STALL=<file name>` makes the
worker that gets that input start a temporary output file, write its pid to
`$AKN_BATCH_TEST_STALL_PID` (if set) and hang, so tests can kill it mid-file or
let it time out.  With a pid file it hangs once: a task that a cluster runs again
after its first worker was killed then converts.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from converter.batch.model import Status, Task
from converter.batch.storage import Location, invalid_location, name_of
from converter.errors import ConversionError, InvalidOutputError
from converter.limits import DEFAULT as DEFAULT_LIMITS
from converter.limits import MB, Limits, using

if TYPE_CHECKING:
    from converter.pipeline import Conversion

# The conversion itself (converter.pipeline and all it loads) is imported by the process that
# converts, at `initialize`, not here: the processes that only hand tasks on (the batch's own,
# a Dask worker's) import this module for its protocol and would pay ~0.3 s CPU for nothing.
PIPELINE = ("converter.pipeline", "converter.batch.staged", "converter.validator.schema",
            "converter.languages.detect")

STALL_ENV = "AKN_BATCH_TEST_STALL"
STALL_PID_ENV = "AKN_BATCH_TEST_STALL_PID"
READY = "ready"


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    language: str
    stall_on: str | None = None
    stall_pid_file: str | None = None
    memory_mb: int = 0                  # RLIMIT_AS of the worker; 0: none
    document_date: date | None = None
    limits: Limits = field(default=DEFAULT_LIMITS)

    @classmethod
    def from_env(cls, language: str, *, memory_mb: int = 0, document_date: date | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> WorkerConfig:
        return cls(language, os.environ.get(STALL_ENV) or None, os.environ.get(STALL_PID_ENV) or None,
                   memory_mb, document_date, limits)


@dataclass(frozen=True, slots=True)
class Outcome:
    index: int
    status: Status
    error: str | None
    seconds: float


def initialize(config: WorkerConfig) -> None:
    """Once per worker: the parent alone handles Ctrl-C; compile the XSD, load the table."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from converter.languages.detect import check_choice
    from converter.validator.schema import libxml2_schema

    libxml2_schema()
    check_choice(config.language)
    limit_memory(config.memory_mb)


def _die_with_parent() -> None:
    """Linux: the worker is killed when the process that started it dies (a cluster worker
    that is lost mid-file must not leave its conversion running, nor write it later)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG


def limit_memory(megabytes: int) -> None:
    """Cap the worker's address space: a file that needs more fails (MemoryError, or the
    worker dies and is replaced), the machine does not swap."""
    if megabytes > 0:
        cap = megabytes * MB
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (cap if hard < 0 else min(cap, hard), hard))


def convert_one(task: Task, config: WorkerConfig | None = None) -> tuple[Status, str | None]:
    """Convert and write one file; every failure becomes a status and a one-line message."""
    config = config or WorkerConfig(task.language)
    if isinstance(task.input, str) or isinstance(task.output, str):
        from converter.batch.staged import convert_staged

        return convert_staged(task, config.limits, lambda local: _convert_local(local, config))
    return _convert_local(task, config)


def convert_file(path: Path, **options: Any) -> Conversion:
    """`pipeline.convert_file`, loaded on first use (see PIPELINE)."""
    from converter.pipeline import convert_file

    return convert_file(path, **options)


def _convert_local(task: Task, config: WorkerConfig) -> tuple[Status, str | None]:
    from converter.pipeline import write_result

    assert isinstance(task.input, Path) and isinstance(task.output, Path)
    try:
        with using(config.limits):
            result = convert_file(task.input, language=task.language,
                                  document_date=config.document_date)
            write_result(result, task.output, task.input)
        return Status.OK, None
    except InvalidOutputError as e:
        return Status.INVALID, str(e)
    except ConversionError as e:
        return Status.FAILED, str(e)
    except MemoryError:
        return Status.FAILED, f"{task.input}: out of memory (over the {config.memory_mb} MB limit)"
    except Exception as e:  # a converter bug must not stop the batch
        message = " ".join(str(e).split()) or "no message"
        return Status.FAILED, f"{task.input}: internal error: {type(e).__name__}: {message}"


def _stall(task: Task, config: WorkerConfig) -> None:
    if config.stall_pid_file and os.path.exists(config.stall_pid_file):
        return   # hung once already
    if isinstance(task.output, Path):
        task.output.parent.mkdir(parents=True, exist_ok=True)
        fd, _ = tempfile.mkstemp(prefix=f".{task.output.name}.", suffix=".tmp", dir=task.output.parent)
        os.write(fd, b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso")   # half a file
    if config.stall_pid_file:
        Path(config.stall_pid_file).write_text(str(os.getpid()))
    while True:
        time.sleep(3600)


def serve(conn: Connection, config: WorkerConfig) -> None:
    """Process entry point."""
    try:
        initialize(config)
        broken = None
    except Exception as e:  # reported for every task rather than crash-looping
        broken = f"worker initialisation failed: {type(e).__name__}: {e}"
    try:
        conn.send(READY)   # deadlines start after this: start-up is not a file's time
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):   # the parent is gone
            return
        if task is None:
            return
        start = time.perf_counter()
        error: str | None
        if broken:
            status, error = Status.FAILED, f"{task.input}: {broken}"
        else:
            if config.stall_on and name_of(task.input) == config.stall_on:
                _stall(task, config)
            status, error = convert_one(task, config)
        try:
            conn.send(Outcome(task.index, status, error, time.perf_counter() - start))
        except (BrokenPipeError, OSError):
            return


def temp_files(output: Location) -> list[Path]:
    """Temporary files `write_atomic` may have left for `output` (or its .invalid.xml);
    a URL's are in the worker's staging directory."""
    found: list[Path] = []
    if not isinstance(output, Path):
        return found
    for target in (output, output.with_name(name_of(invalid_location(output)))):
        if target.parent.is_dir():
            found.extend(target.parent.glob(f".{_glob_escape(target.name)}.*.tmp"))
    return found


def remove_stale_temp_files(outputs: list[Location]) -> None:
    """After a batch on a cluster: the temporary files a lost worker left for these local
    outputs (one directory listing per output directory, not one per file)."""
    by_dir: dict[Path, set[str]] = {}
    for output in outputs:
        if isinstance(output, Path):
            names = by_dir.setdefault(output.parent, set())
            names |= {f".{output.name}.", f".{name_of(invalid_location(output))}."}
    for directory, prefixes in by_dir.items():
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") and name.endswith(".tmp") and any(
                    name.startswith(p) and name.count(".", len(p)) == 1 for p in prefixes):
                Path(entry.path).unlink(missing_ok=True)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
