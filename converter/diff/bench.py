"""`make bench`, render and diff: ms per document for the page, the review page and the diff."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial

from lxml import etree

from converter.render import render_tree

from .compare import compare_trees
from .report import render_comparison

Pair = tuple[str, etree._ElementTree, etree._ElementTree]


def _per_doc(items: Sequence[tuple[str, Callable[[], object]]], runs: int
             ) -> tuple[float, float, str]:
    """Median over `runs` of the mean ms per item, and the slowest item (ms, name)."""
    means, slowest = [], (0.0, "")
    for _ in range(runs):
        total = 0.0
        for name, work in items:
            start = time.perf_counter()
            work()
            seconds = time.perf_counter() - start
            total += seconds
            slowest = max(slowest, (seconds * 1000, name))
        means.append(1000 * total / max(len(items), 1))
    return statistics.median(means), slowest[0], slowest[1]


def _line(label: str, count: int, result: tuple[float, float, str]) -> str:
    mean, worst, name = result
    return f"{label:<28} {count:>4} docs  {mean:8.2f} ms/doc   slowest {worst:7.1f} ms ({name})"


def bench_render_diff(documents: Sequence[tuple[str, etree._ElementTree]], pairs: Sequence[Pair],
                      runs: int = 3) -> list[str]:
    """Report lines: render, render --review (XSD and profile rules included), diff to HTML."""
    lines = []
    if documents:
        lines.append(_line("render -> HTML", len(documents), _per_doc(
            [(n, partial(render_tree, t)) for n, t in documents], runs)))
        lines.append(_line("render --review -> HTML", len(documents), _per_doc(
            [(n, partial(render_tree, t, review=True)) for n, t in documents], 1)))
    if pairs:
        lines.append(_line("diff UN XML vs ours -> HTML", len(pairs), _per_doc(
            [(n, partial(_diff_html, a, b)) for n, a, b in pairs], runs)))
    return lines


def _diff_html(old: etree._ElementTree, new: etree._ElementTree) -> str:
    return render_comparison(compare_trees(old, new), "html")
