"""Footnote markers that pdftotext printed as ordinary digits in the running text.

A superscript `3` after "2024" comes out as "20243"; one after a comma or word as
a lone "1" between words ("1993, 1 for") or glued to the next word ("basis 1no
later").  Only the markers of the notes printed on the same page are looked for,
in their order, so a number is turned into a marker only where the page's notes
say a marker must be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from converter.languages.table import LanguageTable
from converter.readers.blocks import Block, Span

# Where a marker may stand: after a word or closing punctuation, then a space or the end.
_LONE = r"(?<=[\w.,;:)\]”’\"])(?P<gap>\s+){m}(?=\s|[,;](?:\s|\d|$)|$)"
# Glued to a lowercase word, a closing quote/bracket, or to punctuation after a word.
_GLUED = (r"(?:(?<=[a-z)\]”’\"])|(?<=[a-z]{{3}}[.,;:])|(?<=[\d)\]”’\"][,;:]))"
          r"{m}(?=[\s,.;:]|$)")
# Glued to the next word: "basis 1no later than" (not an ordinal: "1st", "53rd").
_BEFORE_WORD = r"(?<=[\w,;:)\]”’\"]\s){m}(?=[a-z]{{2}})"
# Glued to a year: "20243" is 2024 + note 3.
_YEAR = r"(?<![\d/.])(?:1[6-9]|20)\d\d(?P<year_m>{m})(?![\d/])"
_STAR = r"(?<=\S)\*(?=[\s,.;:)]|$)"


@lru_cache(maxsize=512)
def _pattern(marker: str) -> re.Pattern[str]:
    if marker.startswith("*"):
        return re.compile(_STAR.replace(r"\*", re.escape(marker)))
    m = re.escape(marker)
    return re.compile("|".join(p.format(m=m) for p in (_LONE, _GLUED, _BEFORE_WORD, _YEAR)))


@lru_cache(maxsize=8)
def _not_before(language: LanguageTable) -> re.Pattern[str]:
    """What follows a number that is no marker: a month ("15 December"), a range ("3-5"),
    an ordinal's suffix ("1st"), its thousands or decimals ("4,104,800", "2.5")."""
    alt = "|".join(map(re.escape, language.months))
    suffixes = "|".join(map(re.escape, language.ordinal_suffixes)) or "(?!)"
    return re.compile(rf"\s+(?:{alt})\b|\s*[-–/]\s*\d|(?:{suffixes})\b|[,.]\d{{3}}(?!\d)|\.\d",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _listed(language: LanguageTable) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number between two others of a list ("2, 10, 17", "2, 10 and 17") is one of them:
    the number before it (no year, no part of a symbol) and the one after it."""
    link = rf"(?:[,;]\s*|\s+{language.and_word}\s+)"
    return (re.compile(rf"(?<![\w/.,])(?P<num>\d{{1,3}}){link}$"),
            re.compile(rf"{link}(?P<num>\d{{1,3}})(?![\d/])"))


def _in_list(text: str, start: int, end: int, marker: str, language: LanguageTable) -> bool:
    """Whether the number `marker` at text[start:end] is a member of a list of numbers,
    not a run of markers ("4, 5" of notes 4 and 5)."""
    before_p, after_p = _listed(language)
    before = before_p.search(text, max(0, start - 12), start)
    after = after_p.match(text, end)
    value = int(marker)
    return (before is not None and after is not None
            and int(before["num"]) != value - 1 and int(after["num"]) != value + 1)


@lru_cache(maxsize=8)
def _not_after(language: LanguageTable) -> re.Pattern[str]:
    """What precedes a number that is no marker: a noun that takes one ("paragraph 3")."""
    alt = "|".join(sorted(map(re.escape, language.numbered_nouns), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alt})\s*$", re.IGNORECASE)


def _matches(pattern: re.Pattern[str], text: str, marker: str, pos: int) -> Iterator[re.Match[str]]:
    """The matches of `marker`'s `pattern` in `text` from `pos`, as `finditer` gives them, but
    tried only where a match holding each place the marker is written may start: the
    pattern, led by look-behinds, is else tried at every character of the text."""
    at = text.find(marker, pos)
    while at >= 0:
        m = _match_from(pattern, text, max(pos, _earliest_start(text, at)), at)
        if m is None:
            at = text.find(marker, at + 1)
            continue
        yield m
        pos = m.end()
        at = text.find(marker, pos)


def _match_from(pattern: re.Pattern[str], text: str, start: int, at: int) -> re.Match[str] | None:
    """The first match starting from `start` to `at`, as `search` finds it there."""
    for p in range(start, at + 1):
        if m := pattern.match(text, p):
            return m
    return None


def _earliest_start(text: str, at: int) -> int:
    """Where a match of a marker written at `at` may start: the spaces before it (_LONE), or
    four digits before it (_YEAR); the others start at the marker.  (No match holding a later
    copy of the marker starts before that.)"""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return min(start, at - 4)


def _find(block_texts: list[str], marker: str, start: tuple[int, int],
          language: LanguageTable) -> tuple[int, int, int] | None:
    """(block index, start, end) of the text to replace by `marker`, from `start` on.

    A lone number after a noun that takes numbers ("paragraph 3") is only taken when
    the page shows no better place for the marker.
    """
    pattern = _pattern(marker)
    doubtful: tuple[int, int, int] | None = None
    bi, pos = start
    while bi < len(block_texts):
        text = block_texts[bi]
        if text.find(marker, pos) < 0:
            bi, pos = bi + 1, 0
            continue
        for m in _matches(pattern, text, marker, pos):
            if marker.startswith("*"):
                return bi, m.start(), m.end()
            if m.group("year_m") is not None:
                return bi, m.start("year_m"), m.end("year_m")
            if _not_before(language).match(text, m.end()) or _in_list(
                    text, m.end() - len(marker), m.end(), marker, language):
                continue
            if m.group("gap") and _not_after(language).search(
                    text, max(0, m.start() - 24), m.start()):
                doubtful = doubtful or (bi, m.start(), m.end())
                continue
            return bi, m.start(), m.end()
        bi, pos = bi + 1, 0
    return doubtful


def attach_markers(blocks: list[Block], markers: list[str],
                   language: LanguageTable) -> list[str]:
    """Turn the page's note markers found in `blocks` (plain TEXT blocks, one span each)
    into note_ref spans, in order.  Returns the markers that were not found."""
    texts = [b.text for b in blocks]
    hits: dict[int, list[tuple[int, int, str]]] = {}
    missing: list[str] = []
    cursor = (0, 0)
    for marker in markers:
        found = _find(texts, marker, cursor, language)
        if found is None:
            missing.append(marker)
            continue
        bi, a, b = found
        hits.setdefault(bi, []).append((a, b, marker))
        cursor = (bi, b)
    for bi, cuts in hits.items():
        text = texts[bi]
        spans: list[Span] = []
        pos = 0
        for a, b, marker in cuts:
            if text[pos:a]:
                spans.append(Span(text[pos:a]))
            spans.append(Span(marker, note_ref=True))
            pos = b
        if text[pos:]:
            spans.append(Span(text[pos:]))
        blocks[bi].spans = spans
    return missing
