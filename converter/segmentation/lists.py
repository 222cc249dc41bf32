"""Lists of any depth: where an item labelled `(a)`, `(i)`, `(1)`, `(A)`, `a.` or `i.` goes.

Each open level of a list has a numbering style.  A label that continues the style of an
open level (`(b)` after `(a)`) is the next item of that level; one that starts a style not
yet open (`(i)` under `(a)`) opens a deeper level; `(i)` after `(h)` continues the letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.languages.common import OPENING_QUOTES
from converter.readers.blocks import Span
from converter.segmentation.model import Item, PreambularParagraph, plain_text
from converter.segmentation.numbering import (
    ABJAD_LABEL,
    ROMAN,
    abjad_value,
    ascii_label,
    letter_value,
    roman_value,
)

_LETTERS = re.compile(r"^(?:[a-z]|([a-z])\1{1,3})$")    # a … z, then aa, bb … (UN style)
# an item quoted from another text opens with the quotation mark: "“(a) To convene …;"
_QUOTE = rf"(?P<quote>[{OPENING_QUOTES}] ?)?"
_PARENTHESIZED = re.compile(rf"^{_QUOTE}\((?P<label>[a-z]{{1,7}}|[A-Z]|\d{{1,3}}|{ABJAD_LABEL})\)\s+")
# "a) …": French, Spanish and Russian print a letter with a closing parenthesis only (Russian
# texts sometimes with the Cyrillic look-alike "а)")
_CLOSING = re.compile(
    rf"^{_QUOTE}(?P<label>[a-z]|(?P<twice>[a-z])(?P=twice){{1,3}}|[ivxl]{{2,7}}|[асеорх])\)\s+")
_DOTTED = re.compile(r"^(?P<label>[a-z]{1,4}|\d{1,2})\.\s+")   # "a.", "ii.", "1." in a list
# "•", "–": unnumbered points the Council sets under a numbered one (each mark a level)
_BULLET = re.compile(r"^(?P<label>[•●▪◦–—])\s+")
BULLET = "bullet"
# styles in the order they are preferred when a label could start several
STYLES = ("letter", "roman", "digit", "upper", "dotted-letter", "dotted-roman", "dotted-digit")


@dataclass(frozen=True)
class Label:
    """A list label as printed, with its value in each style it can be read in."""

    printed: str
    values: dict[str, int]
    end: int       # where the item's text begins

    def starts(self) -> list[str]:
        return [s for s in STYLES if self.values.get(s) == 1]


def _values(label: str, dotted: bool) -> dict[str, int]:
    prefix = "dotted-" if dotted else ""
    values: dict[str, int] = {}
    if label.isdigit():
        values[prefix + "digit"] = int(label)
    elif abjad_value(label):
        values["letter"] = abjad_value(label)
    elif label.isupper():
        values["upper"] = letter_value(label.lower())
    else:
        if _LETTERS.match(label):
            values[prefix + "letter"] = letter_value(label)
        if ROMAN.match(label):
            values[prefix + "roman"] = roman_value(label)
    return values


def list_label(text: str, *, dotted: bool, bullets: bool = False) -> Label | None:
    """The label `text` starts with; `a.`-style labels only when `dotted`, bullets and dashes
    only when `bullets` (inside a list)."""
    m = _PARENTHESIZED.match(text)
    if m:
        values = _values(m["label"], dotted=False)
        return Label(f"{m['quote'] or ''}({m['label']})", values, m.end()) if values else None
    m = _CLOSING.match(text)
    if m:
        values = _values(ascii_label(m["label"]), dotted=False)
        return Label(f"{m['quote'] or ''}{m['label']})", values, m.end()) if values else None
    m = _DOTTED.match(text) if dotted else None
    if m:
        values = _values(m["label"], dotted=True)
        return Label(f"{m['label']}.", values, m.end()) if values else None
    m = _BULLET.match(text) if bullets else None
    return Label(m["label"], {f"{BULLET} {m['label']}": 0}, m.end()) if m else None


def introduces(item: Item | PreambularParagraph) -> bool:
    """Whether the item's (or recital's) text ends with a colon (note markers aside): it
    introduces a list or a quoted text."""
    words = [x for x in item.text if not (isinstance(x, Span) and x.note_ref)]
    return plain_text(words).rstrip().endswith((":", "："))


@dataclass
class _Level:
    style: str
    value: int
    item: Item


class ListNesting:
    """The open levels of the list under one numbered paragraph."""

    def __init__(self) -> None:
        self.owner: Item | None = None
        self.levels: list[_Level] = []
        # the level last closed at each depth: its run may go on under the next parent
        # ("(i)" (a) … (g), "(ii)" (h) (i) …: the letters run on across the romans)
        self.closed: dict[int, _Level] = {}

    def reset(self, owner: Item | None) -> None:
        self.owner, self.levels, self.closed = owner, [], {}

    @property
    def deepest(self) -> Item | None:
        """The innermost open item, else the owner."""
        return self.levels[-1].item if self.levels else self.owner

    def label(self, text: str) -> Label | None:
        """`a.`-style labels and bullets inside a list; under a paragraph itself, the first
        dotted one ("a.", "i.") too, and bullets under its colon ("9. Calls upon …:" then
        "• Utilize …", as the Security Council lists); bullets after an unnumbered line
        ("Targets:") stay paragraphs, as the Assembly marks them."""
        inside = bool(self.levels)
        listing = inside or (self.owner is not None and self.owner.num is not None
                             and introduces(self.owner))
        label = list_label(text, dotted=inside or self.owner is not None, bullets=listing)
        if label is not None and not inside and label.printed.endswith(".") and not label.starts():
            return None
        return label

    def continues(self, style: str, value: int | None) -> bool:
        """Whether an open level of `style` is at `value` - 1."""
        return any(level.style == style and level.value + 1 == value for level in self.levels)

    def place(self, label: Label, item: Item) -> None:
        """Add `item` (labelled `label`) where its numbering puts it."""
        assert self.owner is not None
        bullet = next((style for style in label.values if style.startswith(BULLET)), None)
        if bullet is not None:   # a sibling of the open points with the same mark, else deeper
            depth = next((d for d, level in enumerate(self.levels) if level.style == bullet),
                         len(self.levels))
            self._put(depth, bullet, 0, item)
            return
        for depth in range(len(self.levels) - 1, -1, -1):
            level = self.levels[depth]
            if label.values.get(level.style) == level.value + 1:
                self._put(depth, level.style, label.values[level.style], item)
                return
        run = self.closed.get(len(self.levels))
        if run is not None and label.values.get(run.style) == run.value + 1:
            self._put(len(self.levels), run.style, run.value + 1, item)
            return
        open_styles = {level.style for level in self.levels}
        fresh = [s for s in label.starts() if s not in open_styles]
        if fresh:
            self._put(len(self.levels), fresh[0], 1, item)
            return
        for depth in range(len(self.levels) - 1, -1, -1):   # a gap in the numbering
            level = self.levels[depth]
            if level.style in label.values:
                self._put(depth, level.style, label.values[level.style], item)
                return
        style = next(s for s in STYLES if s in label.values)
        self._put(0, style, label.values[style], item)

    def _put(self, depth: int, style: str, value: int, item: Item) -> None:
        for closing in range(depth + 1, len(self.levels)):
            self.closed[closing] = self.levels[closing]
        del self.levels[depth:]
        parent = self.levels[-1].item if self.levels else self.owner
        assert parent is not None
        parent.items.append(item)
        self.levels.append(_Level(style, value, item))
