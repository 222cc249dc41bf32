"""Inputs -> jobs: files as given, directories recursively, each with its output path.

A file named on the command line becomes `OUTDIR/<stem>.xml`; a file found under a
directory keeps its path relative to that directory (`text/md/X.md` given as `text`
becomes `OUTDIR/md/X.xml`), so same-named files in different sub-directories never
collide.  Two inputs that still map to one output: the later one is a clash.  Inputs
and OUTDIR may be object-store URLs (see storage.py); a URL "directory" is a prefix.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

from converter.batch import storage
from converter.batch.model import Job
from converter.batch.storage import Location

SUFFIXES = (".pdf", ".txt", ".md")


def output_name(name: str) -> str:
    """`X.pdf` -> `X.xml`; a name without a known suffix keeps its dots (`A_C.3_79_L.23`)."""
    stem, suffix = os.path.splitext(name)
    return (stem if suffix.lower() in SUFFIXES else name) + ".xml"


def _under(directory: Path) -> Iterator[Path]:
    """Convertible files below `directory`, sorted, hidden files and directories left out."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                yield Path(root) / name


def _convertible(rel: PurePosixPath) -> bool:
    return (not any(part.startswith(".") for part in rel.parts)
            and os.path.splitext(rel.name)[1].lower() in SUFFIXES)


def _found(given: Location) -> Iterator[tuple[Location, PurePosixPath]]:
    """The convertible files under the directory (or URL prefix) `given`, relative paths."""
    if isinstance(given, Path):
        for f in _under(given):
            yield f, PurePosixPath(f.relative_to(given).as_posix())
    else:
        for url, rel in storage.files_under(given):
            if _convertible(rel):
                yield url, rel


def _pairs(given: Location, outdir: Location) -> Iterator[tuple[Location, Location]]:
    if storage.is_dir(given):
        for f, rel in _found(given):
            yield f, storage.join(outdir, rel.with_name(output_name(rel.name)))
    else:  # a file, or a missing path: the worker reports it unreadable
        yield given, storage.join(outdir, PurePosixPath(output_name(storage.name_of(given))))


def _key(loc: Location) -> str:
    return loc if isinstance(loc, str) else os.path.normcase(os.path.abspath(loc))


def discover(inputs: Sequence[Location], outdir: Location) -> list[Job]:
    """Jobs in command-line order; the same file named twice is taken once."""
    jobs: list[Job] = []
    seen: set[str] = set()
    owners: dict[str, Location] = {}
    for given in inputs:
        for source, target in _pairs(given, outdir):
            if _key(source) in seen:
                continue
            seen.add(_key(source))
            owner = owners.setdefault(_key(target), source)
            jobs.append(Job(len(jobs), source, target, None if owner is source else owner))
    return jobs
