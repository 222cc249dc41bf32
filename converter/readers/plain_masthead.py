"""The masthead of page 1 of a `pdftotext` document, as one block per masthead item.

pdftotext prints each masthead item on its own line(s), but wraps the agenda
title, the sponsor list and the resolution title over several lines and puts
"79/166." apart from its title.  Lines the language table recognises (Distr.,
dates, session, committee, agenda item, "Resolution adopted ...", the report
bracket) are items of their own; runs of other lines are joined.
"""

from __future__ import annotations

import re
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.plain_pages import SYMBOL_RE
from converter.readers.plain_text import join_lines

RESOLUTION_NUMBER = re.compile(r"^(?:[A-Z]{1,3}-)?\d+/\d+(?:\s?[A-Z])?\.$")


class _Patterns:
    def __init__(self, language: LanguageTable) -> None:
        kinds = sorted({*language.draft_kinds, *language.amendment_words}, key=len, reverse=True)
        alt = "|".join(map(re.escape, kinds))
        # "Indonesia:* draft resolution" ends a sponsor block, "Draft resolution submitted by
        # the Vice-Chair ..." starts one
        self.sponsor = re.compile(rf"[:*]\s*(?:{alt})\b.*$|^(?:{alt})$", re.IGNORECASE)
        self.sponsor_start = re.compile(rf"^(?:{alt})\s+\S|{language.submitted_by_pattern}", re.IGNORECASE)
        known = [
            rf"^{language.distribution_label}",
            rf"^{language.original_label}",
            language.session_pattern,
            language.agenda_pattern,
            rf"^{language.date_regex.pattern}$",
            "^(?:" + "|".join(map(re.escape, [*language.committees, *language.organs,
                                              language.united_nations])) + ")$",
            # a Council's "Resolution 2622 (2022)" and "Adopted by the Security Council at its
            # 8977th meeting, on …": lines of their own, however close pdftotext sets them
            language.number_line_pattern, language.adopted_at_meeting_pattern,
        ]
        self.known = re.compile("|".join(f"(?:{_unnamed(k)})" for k in known))
        self.agenda = re.compile(language.agenda_pattern)
        self.adopted = re.compile(language.adopted_pattern)
        self.formula = language.formula_regex


def _unnamed(pattern: str) -> str:
    """`pattern` with its named groups unnamed (one alternation holds several patterns)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@lru_cache(maxsize=8)
def _patterns(language: LanguageTable) -> _Patterns:
    return _Patterns(language)


def body_start(lines: list[str], language: LanguageTable) -> int:
    """Index of the first body line of page 1: the formula ("The General Assembly,"),
    else the line after the title that follows the last masthead item."""
    p = _patterns(language)
    for i, line in enumerate(lines):
        if p.formula.match(line):
            return i
    last = -1
    for i, line in enumerate(lines):
        if (p.sponsor.search(line) or p.sponsor_start.match(line)
                or RESOLUTION_NUMBER.match(line) or line.startswith("[")
                or p.adopted.match(line) or line.endswith("]")):
            last = i
    i = last + 1
    while i < len(lines) and not lines[i]:
        i += 1
    i += 1  # the title's first line
    while i < len(lines) and lines[i][:1].islower():
        i += 1
    return min(i, len(lines))


def masthead_items(lines: list[str], language: LanguageTable, width: int) -> list[str]:
    """The masthead items of `lines` (page 1 before the body; "" for blank lines)."""
    p = _patterns(language)
    items: list[str] = []
    run: list[str] = []       # consecutive lines no pattern recognises

    def flush() -> None:
        if run:
            items.extend(_split_sponsor(run, p, width))
            run.clear()

    i = 0
    pending_number: str | None = None
    while i < len(lines):
        line = lines[i]
        if not line:
            flush()
            i += 1
            continue
        if RESOLUTION_NUMBER.match(line):
            flush()
            pending_number = line
            i += 1
            continue
        if line.startswith("[") or p.adopted.match(line) or _adopted_pair(lines, i, p):
            flush()
            end = i + 1
            if line.startswith("["):
                while end < len(lines) and lines[end] and not lines[end - 1].endswith("]"):
                    end += 1
            elif not p.adopted.match(line):
                end = i + 2
            items.append(join_lines(lines[i:end]))
            i = end
            continue
        if (p.known.match(line) and not (run and line == language.united_nations)) or (
                run and (language.part_letter(line) or language.draft_part_regex.match(line))):
            # "A" or "Draft resolution I" under the title: the first part or draft opens
            flush()
            items.append(line)
            i += 1
            continue
        if pending_number is not None and not run:
            run.append(f"{pending_number} {line}")
            pending_number = None
        else:
            run.append(line)
        i += 1
    flush()
    if pending_number is not None:
        items.append(pending_number)
    return items


def _adopted_pair(lines: list[str], i: int, p: _Patterns) -> bool:
    return i + 1 < len(lines) and bool(lines[i + 1]) and bool(
        p.adopted.match(f"{lines[i]} {lines[i + 1]}"))


def _split_sponsor(run: list[str], p: _Patterns, width: int) -> list[str]:
    """A run of free lines: an agenda or resolution title, possibly followed by the sponsor
    list that ends in "draft resolution".  The sponsor list spans the full text width,
    titles a narrower column."""
    begin = next((k for k, line in enumerate(run) if p.sponsor_start.match(line)), None)
    end = next((k for k, line in enumerate(run)
                if p.sponsor.search(line) and (begin is None or k >= begin)), None)
    if begin is None and end is None:
        return [join_lines(run)]
    if end is None:
        end = len(run) - 1
    while end + 1 < len(run) and SYMBOL_RE.match(run[end + 1]):
        end += 1  # "...: amendment to draft resolution" / "A/C.3/80/L.20/Rev.1"
    start = begin if begin is not None else end
    if begin is None:
        while start > 0 and len(run[start - 1]) > 0.75 * width:
            start -= 1
    out = [join_lines(run[:start])] if start else []
    out.append(join_lines(run[start:end + 1]))
    if end + 1 < len(run):
        out.append(join_lines(run[end + 1:]))
    return out
