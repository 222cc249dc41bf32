"""Imported last by the forkserver the worker pool starts (pool.py): the schema is compiled
there, once, and every worker forked from it starts with it compiled (copied with the
process), instead of each worker compiling its own (a quarter of a second each).  A problem
with the schema is kept for the worker to report, as if it had compiled it itself."""

import contextlib

from converter import xsd

with contextlib.suppress(Exception):   # raised again in the worker, which reports it
    xsd.compiled()
