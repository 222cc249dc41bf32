"""Joining wrapped `pdftotext` lines and undoing its spacing artefacts."""

from __future__ import annotations

import re
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.spacing import close_digit_ranges, conjunctions, mend_hyphens

_SPACED_STOP = re.compile(r"(?<=[\w)”’]) (?=[.,;:](?:\s|$))")
_SPACES = re.compile(r"\s{2,}")


def normalize(text: str) -> str:
    """What needs no language: spaced digit ranges, stops and runs of spaces."""
    text = close_digit_ranges(text)
    if " ." in text or " ," in text or " ;" in text or " :" in text:
        text = _SPACED_STOP.sub("", text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


@lru_cache(maxsize=8)
def _spaced_hyphens(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """pdftotext spaces out justified text: "capacity -building", but not a suspended hyphen
    after a conjunction ("country-owned and -driven"); "low - and", "micro -, small"."""
    not_after = "".join(rf"(?<!\b{re.escape(c)})" for c in language.conjunctions)
    spaced = re.compile(rf"(?<=\w){not_after} -(?=\w)")
    suspended = re.compile(rf"(?<=\w) -(?=,| (?:{conjunctions(language)})\b)")
    return spaced, suspended


def mend_plain_hyphens(text: str, language: LanguageTable) -> str:
    """The hyphen repairs of pdftotext output, which depend on the language's conjunctions."""
    if " -" in text:
        spaced, suspended = _spaced_hyphens(language)
        text = suspended.sub("-", spaced.sub("-", text))
    return mend_hyphens(text, language)


def join_lines(lines: list[str]) -> str:
    """Wrapped lines as one string.

    A line ending in a hyphen or dash glued to a word keeps it and joins the next line
    without a space: UN documents keep real compounds ("people-\\ncentred"), and
    pdftotext already removed the hyphens it judged to be line-break hyphens.
    """
    out: list[str] = []
    for line in lines:
        if out and out[-1][-1:] in "-–‑" and len(out[-1]) > 1 and not out[-1][-2].isspace():
            out[-1] += line
        else:
            out.append(line)
    return normalize(" ".join(out))
