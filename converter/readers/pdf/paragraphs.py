"""Body lines into blocks: where a paragraph (or heading, or masthead item) begins.

Signals, in the order checked: a change of size or weight, extra space above,
a list label ("1.", "(a)") set off by a tab, a first-line indent, and a
previous line that stopped short although the next word would have fitted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from converter.languages.common import OPENING_QUOTES
from converter.readers.pdf.lines import Line
from converter.readers.pdf.masthead import Item

_BULLETS = ("•", "▪", "◦", "–", "-")
_BULLET_GAP = 2.0      # points after a bullet: bullets are set closer to their text than numbers
_BULLET_CLASS = re.escape("".join(_BULLETS))
# "(a)", "(aa)", "(xiii)", "(A)", "(IV)", "(12)", "“(a)" opening an item quoted from another text:
# not "(1980)" or "(APEC)" opening a wrapped line
_PAREN_LABEL = (rf"[{OPENING_QUOTES}]?"
                r"\((?:[a-z]|([a-z])\1{1,3}|[ivxlc]{1,6}|[A-Z]|[IVXLC]{1,6}|\d{1,3})\)")
_LABEL = re.compile(rf"^(?:\d{{1,3}}\.|{_PAREN_LABEL}|[a-zA-Z]\.|[IVXLC]+\.|[{_BULLET_CLASS}])$")
_HUNG_FROM = re.compile(rf"{_LABEL.pattern}|^(?:ES-|S-)?\d+/\d+(?: [A-Z])?\.$")   # or "79/94."
_LONE_NUMBER = re.compile(r"^(?:[IVXLC]+|[A-Z]|\d{1,3})\.?$")  # "II" above a heading
_PARA_SPACING = 1.45   # baseline distance, in font sizes, above which a new block starts
_STEPS_TO_TELL = 5     # distances between lines needed to tell text set loose
_INDENT = 4.0


@dataclass(slots=True)
class Draft:
    lines: list[Line]
    page: int
    starts: bool | None = True


@dataclass(frozen=True, slots=True)
class Margins:
    """Where the running text's lines begin and end, and (for text set loose, one and a half
    or double spaced, as typed documents are) the distance between baselines past which a
    new block begins; 0: by the type size alone."""

    left: float
    right: float
    spacing: float = 0.0

    @classmethod
    def of(cls, lines: list[Line]) -> Margins:
        """The most common left and right edges of the body text."""
        if not lines:
            return cls(0.0, 0.0)
        lefts = Counter(round(ln.x0) for ln in lines)
        rights = _rights(lines)
        left = lefts.most_common(1)[0][0]
        right = max(rights, key=lambda x: (rights[x] + rights[x - 1] + rights[x + 1], x)) \
            if rights else max(ln.x1 for ln in lines)
        return cls(float(left), float(right))

    @classmethod
    def of_text(cls, lines: list[Line], size: float, spaced: list[Line] | None = None) -> Margins:
        """The margins of the running text (lines at the body's size, not bold): from the
        right edge two or more of them share (justified text shows its margin), else from
        the lines that stop inside a sentence (wrapped, so they reach the margin: a draft
        decision of two lines has one); failing both, from all the lines.  On a page 1 with
        a few lines of text, the masthead's "United Nations  A/80/L.3" would otherwise set
        the right margin, and every line of text would seem to stop short.  The spacing is
        measured on `spaced` (default: `lines`), which may hold more of the text."""
        running = _running(lines, size)
        rights = _rights(running)
        if any(rights[x] + rights[x - 1] + rights[x + 1] > 1 for x in rights):
            edges = cls.of(running)
        elif wrapped := [ln for ln in running if ln.x1 - ln.x0 > 150 and _mid_sentence(ln)]:
            edges = cls(cls.of(lines).left, max(ln.x1 for ln in wrapped))
        else:
            edges = cls.of(lines)
        measured = running if spaced is None else _running(spaced, size)
        return replace(edges, spacing=_loose_spacing(measured, size, edges))


def _running(lines: list[Line], size: float) -> list[Line]:
    """The lines of running text: at the body's size (note markers aside), not bold."""
    return [ln for ln in lines
            if not ln.bold and all(abs(r.size - size) < 1.0 for r in ln.runs if not r.raised)]


def _loose_spacing(lines: list[Line], size: float, edges: Margins) -> float:
    """For text whose lines stand farther apart than a paragraph's spacing in type set single
    spaced, a quarter more than that distance; else 0.  The distance is the median of those
    below lines that run the full measure (a paragraph goes on below them)."""
    steps = sorted(b.base - a.base for a, b in pairwise(lines)
                   if _full_width(a, edges) and 0 < b.base - a.base < 3 * size)
    if len(steps) < _STEPS_TO_TELL:
        return 0.0
    step = steps[len(steps) // 2]
    return 1.25 * step if step > 1.4 * size else 0.0


def _rights(lines: list[Line]) -> Counter[int]:
    """The right edges of the lines long enough to be running text."""
    return Counter(round(ln.x1) for ln in lines if ln.x1 - ln.x0 > 150)


def group(items: list[Item], margins: Margins) -> list[Draft]:
    drafts: list[Draft] = []
    prev: Item | None = None
    for item in items:
        if prev is None or item.alone or prev.alone:
            drafts.append(Draft([item.line], item.page))
        elif item.page != prev.page:
            drafts.append(Draft([item.line], item.page, _continues(prev.line, item.line, margins)))
        elif _breaks(prev.line, item.line, margins):
            drafts.append(Draft([item.line], item.page))
        else:
            drafts[-1].lines.append(item.line)
        prev = item
    return drafts


def label_of(line: Line) -> str | None:
    """The list label ("1.", "(a)", "•") a line starts with, when a tab-wide gap follows it."""
    found = _label_split(line)
    return found[0] if found else None


def _label_split(line: Line) -> tuple[str, int] | None:
    """(label, index of the first run after it); a bullet needs less of a gap than a number."""
    text = ""
    for i, run in enumerate(line.runs):
        if i and line.gaps[i] > (_BULLET_GAP if text in _BULLETS else 5.0):
            return (text, i) if _LABEL.match(text) else None
        text += run.text
        if len(text) > 8:   # "(xxviii)"
            return None
    return None


def _breaks(prev: Line, line: Line, margins: Margins) -> bool:
    if prev.bold != line.bold or abs(prev.size - line.size) > 0.6:
        return True
    step = line.base - prev.base
    if step <= 0 or step > max(_PARA_SPACING * max(prev.size, line.size), margins.spacing):
        return True
    if label_of(line) or _LONE_NUMBER.match(prev.text):
        return True
    if line.x0 > prev.x0 + _INDENT and not _hanging(prev, line) \
            and not (_full_width(prev, margins) and _mid_sentence(prev)):
        return True
    if abs(line.x0 - prev.x0) < 2.0 and prev.x0 > margins.left + _INDENT \
            and not _reaches_right(prev, margins) and not _mid_sentence(prev):
        return True   # two first lines, the one above stopping short: a one-line paragraph ended
    return not line.bold and _word_would_fit(prev, line, margins)


def _hanging(prev: Line, line: Line) -> bool:
    """`line` continues a hanging-indent paragraph: it aligns with prev's text after the label
    ("1.", "79/94.", "Item 11.", a bullet), which a tab-wide gap (narrower after a bullet)
    sets off.  After a list label a template's tab may stop a few points past the column
    the next lines keep; after a numbered word ("Item 11.") the two align; a word without a
    number is no label (a justified line's wide space after its first word is no tab)."""
    label = ""
    for i in range(1, len(prev.runs)):
        label += prev.runs[i - 1].text
        if prev.gaps[i] > 5.0 or (prev.gaps[i] > _BULLET_GAP and label in _BULLETS):
            if _HUNG_FROM.match(label):
                return abs(prev.runs[i].x0 - line.x0) < _INDENT
            return any(ch.isdigit() for ch in label) and abs(prev.runs[i].x0 - line.x0) < 2.0
    return False


def _word_would_fit(prev: Line, line: Line, margins: Margins) -> bool:
    length = line.text.find(" ")   # of the first word
    width = 0.5 * line.size * (len(line.text) if length < 0 else length)
    return prev.x1 + 0.3 * line.size + width < margins.right - 1.0


def _continues(prev: Line, line: Line, margins: Margins) -> bool | None:
    """starts_paragraph for the first block of a page: False only when geometry is sure."""
    if prev.bold != line.bold or abs(prev.size - line.size) > 0.6 or label_of(line):
        return True
    if _reaches_right(prev, margins) and abs(line.x0 - margins.left) < 2.0:
        return False
    if _reaches_right(prev, margins) and _hanging(prev, line) and not _ends_sentence(prev):
        return False   # a labelled line's text goes on under itself ("4.  … regional" / "office …")
    if _full_width(prev, margins) and abs(line.x0 - prev.x0) < 2.0 and not _ends_sentence(prev):
        # the indent of the page's last line ("(iv) …" wrapped at 147) goes on; after a comma
        # a one-line preambular paragraph may have ended, so the text decides
        return None if prev.text.rstrip().endswith(",") else False
    if line.x0 > margins.left + _INDENT:
        return True
    return None


def _reaches_right(line: Line, margins: Margins) -> bool:
    return line.x1 > margins.right - 3 * line.size


def _full_width(line: Line, margins: Margins) -> bool:
    """A line of running text: it reaches the right margin and spans most of the measure
    (a meeting line set flush right does not)."""
    return _reaches_right(line, margins) and line.x1 - line.x0 > 0.75 * (margins.right - margins.left)


def _mid_sentence(line: Line) -> bool:
    """The line stops inside a sentence: no punctuation a paragraph could end with (before
    a note's marker: "… for 2023,¹" ends a recital)."""
    words = next((r.text for r in reversed(line.runs) if not r.raised), line.text)
    last = words.rstrip()[-1:]
    return last.isalnum() or last == "-"


def _ends_sentence(line: Line) -> bool:
    return line.text.rstrip().endswith((".", ";", ":", "!", "?"))
