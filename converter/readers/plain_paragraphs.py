"""Paragraph boundaries in the wrapped body lines of one `pdftotext` page.

Plain text has no paragraph marks, so a line starts a paragraph when it follows a
blank line, carries a label ("1.", "(a)", "(iv)", "II."), is the formula or a
meeting line, opens a preambular phrase after a line that ended a clause, or
when the line before it is clearly short: its first word would have fitted on
the line above had that line not ended a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from converter.languages.common import OPENING_QUOTES
from converter.languages.table import LanguageTable
from converter.readers.plain_text import join_lines
from converter.readers.script import is_wide

# (a labelling word too, as LABELLED reads one: "Item 1.", "Action 4.")
_LABEL_ONLY = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[A-Z]|[A-Z][a-z]+ \d{1,3})\.$"
                         r"|^\((?:[a-z]{1,2}|[ivxlc]{1,6})\)$")
_LONE_NUMERAL = re.compile(r"^[IVXLC]{1,6}$")  # a section heading's numeral on its own line
_HEADING_FILL = 0.6  # an unpunctuated line this much shorter than the width ends a heading
_TITLE_FILL = 0.92   # a title line is set shorter than the width of the text
LABELLED = re.compile(   # "“(a)" opens an item quoted from another text
    rf"^(?:\d{{1,3}}\.|[{OPENING_QUOTES}]?\((?:[a-z]{{1,2}}|[ivxlc]{{1,6}}|\d{{1,2}})\)|[IVXLC]{{1,6}}\.|[A-Z]\."
    r"|[A-Z][a-z]+ \d{1,3}\.)\s")  # the last: "Action 4. We will ..."
# An enumeration run into the sentence: "on: (i) modalities …; (ii) dedicated …";
# a list item's text starts with a capital, or stands apart from its label on a line of
# its own ("(a)", "murder;": a treaty's items may start in small letters).
_INLINE_ITEM = re.compile(r"^\((?:[a-z]{1,2}|[ivxlc]{1,6})\)\s+[a-z]")
CLAUSE_END = (",", ";", ":", ".")
_BULLETS = "•▪◦●"   # a bulleted line opens a paragraph (an item), whatever the line above
SENTENCE_END = (".", ";", ":", "!", "?")


@dataclass(slots=True)
class Para:
    lines: list[str]
    starts: bool          # the source shows a paragraph start (False: continues the one above)
    marked: bool = False  # the start is shown by a label, formula or preambular phrase

    @property
    def text(self) -> str:
        return join_lines(self.lines)


_WORD_RUN = 3  # this many one-word lines in a row are one justified line pdftotext split


def _one_word(line: str) -> bool:
    """(A Chinese line has no spaces and is no single word.)"""
    return bool(line) and " " not in line and any(ch.isalpha() for ch in line) and not any(map(is_wide, line))


_SHORT_FILL = 0.85  # a line of a paragraph this much shorter than the width lost words
_MOVED_WORDS = 6    # words pdftotext may take out of a justified line together


def _restore_moved_words(lines: list[str], width: int) -> list[str]:
    """Words pdftotext took out of a justified line and printed after its paragraph, each
    on a line of its own between blank lines ("… of 6 December", "“Comprehensive …”,", "",
    "2018,", "", "entitled"): put back at the end of the paragraph's short line, when
    they fit there and that line is not its last."""
    out = list(lines)
    i = 0
    while i < len(out):
        # (a run is of lines after a blank one: most lines are asked nothing further)
        run = _lone_word_run(out, i) if out[i] and i and not out[i - 1] else []
        if not run:
            i += 1
            continue
        words = " ".join(out[k] for k in run)
        target = _short_line_before(out, i, len(words), width)
        if target is None:
            i = run[-1] + 1
            continue
        out[target] += " " + words
        for k in reversed(run):
            del out[k]
            if k < len(out) and not out[k] and k > 0 and not out[k - 1]:
                del out[k]
    return out


def _lone_word_run(lines: list[str], i: int) -> list[int]:
    """Indexes of the one-word lines, each between blank lines, from `i` on (a blank line
    before `i`): no labels, numerals or capitalised words alone (headings), nor the text of
    a lone label above it ("(a)", "", "murder;")."""
    if i == 0 or lines[i - 1]:
        return []
    above = i - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above >= 0 and _LABEL_ONLY.match(lines[above]):
        return []
    run: list[int] = []
    k = i
    while (k < len(lines) and _moved_token(lines[k]) and not _LABEL_ONLY.match(lines[k])
           and not _LONE_NUMERAL.match(lines[k]) and (k + 1 == len(lines) or not lines[k + 1])):
        run.append(k)
        k += 2
    if run and all(lines[k][:1].isupper() and not lines[k].endswith(CLAUSE_END) for k in run):
        return []
    return run


def _moved_token(line: str) -> bool:
    """One word, or a number with its punctuation ("2018,"): no bare number (a marker); or
    a few words in small letters that end no clause ("collectively towards the realization")."""
    return _one_word(line) or (bool(line) and " " not in line and line.endswith(CLAUSE_END)
                               and line[:1].isdigit()) or (
        line[:1].islower() and len(line.split()) <= _MOVED_WORDS and not ends_clause(line)
        and not any(map(is_wide, line)))


def _short_line_before(lines: list[str], i: int, size: int, width: int) -> int | None:
    """The last short line, not the last line, of the lines that end right before the blank
    lines before `i`, where `size` more characters fit and no sentence ended."""
    last = i - 1
    while last >= 0 and not lines[last]:
        last -= 1
    start = last
    while start > 0 and lines[start - 1]:
        start -= 1
    for k in range(last - 1, start - 1, -1):   # the nearest: the group may hold paragraphs
        line = lines[k]
        if (len(line) < _SHORT_FILL * width and len(line) + 1 + size <= width + 2
                and not line.endswith(SENTENCE_END)):
            return k
    return None


def _join_word_runs(lines: list[str]) -> list[str]:
    """Lines with runs of one-word lines ("Strongly", "encourages", "Governments,") joined:
    pdftotext prints each word of a widely justified line on a line of its own.  A lone
    label is no such word: "(a)", "murder;", "(b)", "extermination;" are items."""
    if sum(1 for line in lines if line and " " not in line) < _WORD_RUN:
        return lines   # (too few one-word lines: most pages)
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and _one_word(lines[j]) and not _LABEL_ONLY.match(lines[j]):
            j += 1
        if j - i >= _WORD_RUN:
            out.append(" ".join(lines[i:j]))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _merge_labels(lines: list[str], width: int) -> list[tuple[str, bool, bool]]:
    """(line, blank line before, began as a lone label) with lone labels ("1.", "(a)",
    "I.") joined to their text.

    pdftotext sometimes prints a paragraph's last line right after its lone label,
    before the first line ("17.", "session.", "", "Decides ... eightieth"): undone here.
    """
    out: list[tuple[str, bool, bool]] = []
    n = len(lines)
    i, blank = 0, False
    while i < n:
        line = lines[i]
        if not line:
            blank, i = True, i + 1
            continue
        if line.endswith((".", ")")) and _LABEL_ONLY.match(line):   # (how every label ends)
            j = i + 1
            while j < n and not lines[j]:
                j += 1
            if j < n:
                nxt = lines[j]
                k = j + 1
                while k < n and not lines[k]:
                    k += 1
                if (nxt[:1].islower() and nxt.endswith(SENTENCE_END) and len(nxt) < width // 2
                        and k > j + 1 and k < n and lines[k][:1].isupper()):
                    first = k
                    while k < n and lines[k]:
                        k += 1
                    run = lines[first:k]
                    out.append((f"{line} {run[0]}", blank, True))
                    out.extend((r, False, False) for r in [*run[1:], nxt])
                    i, blank = k, False
                    continue
                out.append((f"{line} {nxt}", blank, True))
                i, blank = j + 1, False
                continue
        out.append((line, blank, False))
        i, blank = i + 1, False
    return out


_SERIES = re.compile(r"^(?P<name>[A-Z][a-z]+(?: [a-z]+)?) (?P<n>\d{1,2})[:.] ")


def _in_series(line: str, prev: str, paras: list[Para]) -> bool:
    """A named, numbered line ("Priority area 2: …", "Goal 1: …") that opens a paragraph:
    the next of a series after the paragraph that opened with the one before (a wrapped one
    ends as it may), or any after a finished sentence (a heading in the text's own words)."""
    m = _SERIES.match(line)
    if m is None or not paras:
        return False
    if prev.endswith(SENTENCE_END):
        return True
    before = _SERIES.match(paras[-1].lines[0])
    return before is not None and before["name"] == m["name"] and int(before["n"]) + 1 == int(m["n"])


def ended_short(prev: str, line: str, width: int) -> bool:
    """Whether `prev` ended its paragraph: the first word of `line` would have fitted on
    it, and `line` does not go on in lower case; an unpunctuated `prev` must be short too."""
    return (_fits(prev, line, width) and not line[:1].islower()
            and (prev.endswith(SENTENCE_END) or (line[:1].isupper() and (
                ends_clause(prev) or len(prev) < _HEADING_FILL * width))))


def _fits(prev: str, line: str, width: int) -> bool:
    """Would the first word of `line` have fitted at the end of `prev`?"""
    word = line.split(" ", 1)[0]
    return len(prev) + 1 + len(word) < width - 3


_TRAILING_MARKER = re.compile(r"(?:\s?\d{1,3}|\*)$")


def _ends_with(line: str, ends: tuple[str, ...]) -> bool:
    """Whether `line` ends with one of `ends`, perhaps before a note marker (the marker
    looked for only on a line that ends as one does, with a digit or "*": few lines)."""
    return line.endswith(ends) or ((line[-1:].isdigit() or line.endswith("*"))
                                   and _TRAILING_MARKER.sub("", line).endswith(ends))


def ends_clause(line: str) -> bool:
    """Whether `line` ends with clause punctuation, perhaps followed by a note marker."""
    return _ends_with(line, CLAUSE_END)


def ends_sentence(line: str) -> bool:
    """Whether `line` ends a sentence or clause ("…2024;"), perhaps before a note marker."""
    return _ends_with(line, SENTENCE_END)


def _heading(line: str, prev: str, width: int) -> bool:
    """A short unpunctuated capitalised line after a finished sentence: a heading (a
    sentence's stop before a note marker, "… for Peace. 12", is punctuation)."""
    return (line[:1].isupper() and prev.endswith(SENTENCE_END) and len(line) < 0.75 * width
            and not ends_clause(line) and not line.endswith(("”", ")")))


def _heading_before_label(line: str, prev: str) -> bool:
    """A capitalised unpunctuated line of any length between a finished clause (perhaps
    ending with a note marker: "…2024; 3") and a labelled paragraph ("6.", "6. Decides"):
    a heading."""
    return (line[:1].isupper() and ends_clause(prev) and not ends_clause(line)
            and not line.endswith(("”", ")")))


def _lone_division(line: str, division: re.Pattern[str]) -> bool:
    """A line that is only a division's word and number ("Article 5", "Chapter II"): in
    running text such a word begins a sentence ("Article 73 e of the Charter …")."""
    m = division.match(line)
    return m is not None and not m["rest"]


def _labelled(item: tuple[str, bool, bool]) -> bool:
    """Whether a merged line starts a labelled paragraph: "6." on its own or "6. Decides"."""
    line, _, lone = item
    return lone or bool(LABELLED.match(line))


@lru_cache(maxsize=8)
def _annex_label(language: LanguageTable) -> re.Pattern[str]:
    """A line that is only an annex's label: "Annex", "Annex II", "Appendix B"."""
    return re.compile(rf"^{language.annex_label}$")


def _after_annex_title(paras: list[Para], prev: str, line: str, language: LanguageTable,
                       width: int) -> bool:
    """`line` begins an annex's text after its title: under a lone "Annex" line the title
    (set short, centred) runs to a line that ends neither a sentence nor on a small word
    ("… of the" goes on), and a capitalised line after it is the text ("Annex" / "Political
    declaration of the high-level meeting on antimicrobial resistance" / "We, Heads of …")."""
    if len(paras) < 2 or not line[:1].isupper() or len(prev) >= _TITLE_FILL * width:
        return False
    if not _annex_label(language).match(" ".join(paras[-2].lines)):
        return False
    if any(ends_sentence(title_line) for title_line in paras[-1].lines):
        return False
    last_word = _TRAILING_MARKER.sub("", prev).rsplit(" ", 1)[-1].lower()
    return last_word not in language.short_words and last_word not in language.conjunctions


def _in_section_heading(paras: list[Para]) -> bool:
    """Whether the last paragraph is the title under a section numeral ("II", "Review of
    …"): a preambular phrase after it starts a paragraph though the title has no stop."""
    return len(paras) >= 2 and len(paras[-2].lines) == 1 and bool(
        _LONE_NUMERAL.match(paras[-2].lines[0]))


def _quoted_paragraph(prev: str, line: str, width: int) -> bool:
    """A line opening with a quotation mark after a line that ended a sentence or clause
    ("… to read as follows:" / "“Rule 160", "… to pay." / "“The scale …") or stopped short
    ("“Rule 160" / "“The Committee …"): a quoted paragraph begins (the UN opens each quoted
    paragraph with the mark)."""
    return line[:1] in OPENING_QUOTES and (prev.rstrip().endswith(SENTENCE_END)
                                           or ended_short(prev, line[1:], width))


def _after_meeting_date(paras: list[Para], meeting: re.Pattern[str]) -> bool:
    """Whether the last line read was the date under the meeting line: what follows it (a
    printed vote, "[Adopted by a recorded vote of …") is a paragraph of its own."""
    return (len(paras) >= 2 and not paras[-1].starts and len(paras[-1].lines) == 1
            and len(paras[-2].lines) == 1 and bool(meeting.match(paras[-2].lines[0])))


def split_paragraphs(lines: list[str], language: LanguageTable, width: int,
                     previous: str = "") -> list[Para]:
    """The paragraphs of a page body (lines stripped, "" for blank lines); `previous` is the
    text before the page's first line (a preambular phrase after a finished clause is marked)."""
    formula, meeting, division = language.formula_regex, language.meeting_line_regex, language.division_regex
    preamble = language.preamble_regex
    paras: list[Para] = []
    prev = previous
    first_line = True
    recitals = False   # under the formula, before the first numbered paragraph
    merged = _merge_labels(_join_word_runs(_restore_moved_words(lines, width)), width)
    for k, (line, blank, lone) in enumerate(merged):
        head = line[:1]
        if prev.endswith(",") and formula.match(prev):   # (asked of every line: the cheap test first)
            recitals = True
        elif head.isdigit() and LABELLED.match(line):
            recitals = False
        # a recital in small letters (Russian's) after the formula or a recital's comma
        small_opener = recitals and head.islower() and prev.rstrip().endswith(",") and bool(
            preamble.match(line))
        marked = small_opener or (not head.islower() and bool(   # (else small letters: never)
            (head in _BULLETS and line[1:2] == " ")
            or ((head.isdigit() or head == "(" or head in OPENING_QUOTES) and LABELLED.match(line)
             and (lone or not _INLINE_ITEM.match(line)))
            or (head.isdigit() and meeting.match(line))
            or (head.isupper() and (LABELLED.match(line) or _LONE_NUMERAL.match(line)
                                    or formula.match(line) or _lone_division(line, division)
                                    or ((ends_clause(prev) or _in_section_heading(paras))
                                        and preamble.match(line))))))
        if not paras:
            paras.append(Para([line], True, marked))
            first_line = True
        elif prev[:1].isdigit() and meeting.match(prev):
            paras.append(Para([line], False))  # the date under the meeting line
        elif marked or blank or _after_meeting_date(paras, meeting) or (
                # (a line going on in small letters starts none of these: most lines)
                not head.islower() and (
                    _heading(line, prev, width) or _in_series(line, prev, paras)
                    or _quoted_paragraph(prev, line, width)
                    or (k + 1 < len(merged) and _labelled(merged[k + 1])
                        and _heading_before_label(line, prev))
                    or ended_short(prev, line, width - (12 if first_line else 0))
                    or _after_annex_title(paras, prev, line, language, width))):
            paras.append(Para([line], True, marked))
        else:
            paras[-1].lines.append(line)
            first_line = False
            prev = line
            continue
        first_line = True
        prev = line
    return paras
