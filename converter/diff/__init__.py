"""`akn diff`: what changed between two AKN documents, in a delegate's terms."""

from pathlib import Path

from converter.validator.safe_parse import parse_file

from .compare import Change, Comparison, compare_documents, compare_trees
from .report import DiffFormat, render_comparison
from .units import Document, Unit, extract


class DiffError(Exception):
    """An input cannot be compared (unreadable, not XML); one line for the user."""


def diff_files(old: Path, new: Path, fmt: DiffFormat | str = DiffFormat.TEXT) -> str:
    """Parse both files safely (no DTD, no network) and render their comparison."""
    trees = []
    for path in (old, new):
        tree, problems = parse_file(path)
        if tree is None:
            raise DiffError(f"{path}: {problems[0].message}")
        trees.append(tree)
    comparison = compare_trees(*trees)
    comparison.sources = (str(old), str(new))
    return render_comparison(comparison, fmt)


__all__ = ["Change", "Comparison", "DiffError", "DiffFormat", "Document", "Unit",
           "compare_documents", "compare_trees", "diff_files", "extract", "render_comparison"]
