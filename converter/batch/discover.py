"""Inputs -> jobs: files as given, directories recursively, each with its output path.

A file named on the command line becomes `OUTDIR/<stem>.xml`; a file found under a
directory keeps its path relative to that directory (`text/md/X.md` given as `text`
becomes `OUTDIR/md/X.xml`), so same-named files in different sub-directories never
collide.  Two inputs that still map to one output: the later one is a clash.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from converter.batch.model import Job

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


def _pairs(given: Path, outdir: Path) -> Iterator[tuple[Path, Path]]:
    if given.is_dir():
        for f in _under(given):
            rel = f.relative_to(given)
            yield f, outdir / rel.parent / output_name(rel.name)
    else:  # a file, or a missing path: the worker reports it unreadable
        yield given, outdir / output_name(given.name)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def discover(inputs: Sequence[Path], outdir: Path) -> list[Job]:
    """Jobs in command-line order; the same file named twice is taken once."""
    jobs: list[Job] = []
    seen: set[str] = set()
    owners: dict[str, Path] = {}
    for given in inputs:
        for source, target in _pairs(given, outdir):
            if _key(source) in seen:
                continue
            seen.add(_key(source))
            owner = owners.setdefault(_key(target), source)
            jobs.append(Job(len(jobs), source, target, None if owner is source else owner))
    return jobs
