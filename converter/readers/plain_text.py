"""Joining wrapped `pdftotext` lines and undoing its spacing artefacts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.script import line_gap
from converter.readers.spacing import close_digit_ranges, conjunctions, mend_hyphens

# (patterns here open with their text and look back from after it: searched for as text,
# not tried at every character)
_SPACED_STOP = re.compile(r" (?<=[\w)”’] )(?=[.,;:](?:\s|$))")
_SPACES = re.compile(r"\s{2,}")
_SPACE_STOP = re.compile(" [.,;:]")   # (one search for the four: faster than four of them)


def normalize(text: str) -> str:
    """What needs no language: spaced digit ranges, stops and runs of spaces."""
    text = close_digit_ranges(text)
    if _SPACE_STOP.search(text):
        text = _SPACED_STOP.sub("", text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


@lru_cache(maxsize=8)
def _spaced_hyphens(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """pdftotext spaces out justified text: "capacity -building", but not a suspended hyphen
    after a conjunction ("country-owned and -driven"); "low - and", "micro -, small"."""
    not_after = "".join(rf"(?<!\b{re.escape(c)} -)" for c in language.conjunctions)
    spaced = re.compile(rf" -(?<=\w -){not_after}(?=\w)")
    suspended = re.compile(rf" -(?<=\w -)(?=,| (?:{conjunctions(language)})\b)")
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
        elif out and not line_gap(out[-1], line):
            out[-1] += line   # Chinese: no space at a line break
        else:
            out.append(line)
    return normalize(" ".join(out))


JOIN_EXCESS = 2      # a line this much longer than the wrap width holds a join
_BEFORE, _AFTER = 24, 10  # how far before/after the wrap column the join may lie


@dataclass(frozen=True, slots=True)
class Joined:
    """An over-long line: pdftotext removed a line-end hyphen by joining the whole next
    line on ("United Nations-" + "led ..." -> "United Nationsled ..."), sometimes leaving
    a space ("twenty first").  `windows`: the text around each place, near a multiple of
    the wrap width, where a join may lie."""

    line: str
    windows: tuple[str, ...]

    def mended(self, fix: Callable[[str], str]) -> Joined:
        return Joined(fix(self.line), tuple(map(fix, self.windows)))


def joined_line(line: str, width: int) -> Joined | None:
    """`line` as a Joined one when it is longer than the wrap width allows."""
    if len(line) <= width + JOIN_EXCESS:
        return None
    windows = []
    for k in range(1, max(1, (len(line) - JOIN_EXCESS - 1) // width) + 1):
        start = line.rfind(" ", 0, max(k * width - _BEFORE, 0)) + 1
        end = line.find(" ", k * width + _AFTER)
        windows.append(line[start:end if end >= 0 else len(line)])
    return Joined(line, tuple(windows))
