"""Joining wrapped `pdftotext` lines and undoing its spacing artefacts."""

from __future__ import annotations

import re

from converter.readers.spacing import close_dashes

# pdftotext spaces out justified text: "capacity -building", "thereof ." and "  ";
# not a suspended hyphen after a conjunction: "country-owned and -driven".
_SPACED_HYPHEN = re.compile(r"(?<=\w)(?<!\band)(?<!\bor)(?<!\bnor) -(?=\w)")
# A suspended hyphen spaced off its word: "low - and middle-income", "micro -, small".
_SPACED_SUSPENDED = re.compile(r"(?<=\w) -(?=,| (?:and|or|nor|to)\b)")
_SPACED_STOP = re.compile(r"(?<=[\w)”’]) (?=[.,;:](?:\s|$))")
_SPACES = re.compile(r"\s{2,}")


def normalize(text: str) -> str:
    text = close_dashes(text)
    if " -" in text:
        text = _SPACED_SUSPENDED.sub("-", _SPACED_HYPHEN.sub("-", text))
    if " ." in text or " ," in text or " ;" in text or " :" in text:
        text = _SPACED_STOP.sub("", text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


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
