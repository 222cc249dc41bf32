"""Validate many files over N worker processes, results in input order.

Workers are forked after the parent has compiled the XSD, so each starts with the
schema in memory.  A file never crashes a worker in the normal course (parsing is
bounded, checks are guarded); if one dies anyway the run fails with an internal error.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .findings import FileResult

if TYPE_CHECKING:
    from .run import Options

CHUNK = 8   # files per task: large enough to amortise the pipe, small enough to balance


def _one(options: Options, path: Path) -> FileResult:
    from .run import validate_file

    return validate_file(path, options=options)


def map_files(files: Sequence[Path], options: Options, jobs: int = 1) -> list[FileResult]:
    """`validate_file` over `files` with `jobs` processes (1: in this process)."""
    work = partial(_one, options)
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1:
        return [work(f) for f in files]
    methods = mp.get_all_start_methods()
    context = mp.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(CHUNK, len(files) // (4 * jobs)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return list(pool.map(work, files, chunksize=chunk))
