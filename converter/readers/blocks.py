"""The neutral output of every reader: styled blocks in reading order.

Readers (PDF, plain text, markdown-like text) end all format quirks here; the
segmentation stage sees only these types, whatever the input format was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


# A value, never changed once made (`with_text` and `dataclasses.replace` make another), but
# not `frozen`: that makes each of the thousands of spans of a document six times slower to
# make (a guarded `object.__setattr__` per field).  Hashed by value all the same.
@dataclass(slots=True, unsafe_hash=True)
class Span:
    """A run of text with one style.

    `note_ref` spans are footnote markers in the running text (superscript
    digits or `*`); their `text` is the marker.  `href` is the link target the
    source gives ("" when the source marks a link without a usable target,
    as the markdown dialect's `[70/1](#)` does).
    """

    text: str
    italic: bool = False
    bold: bool = False
    note_ref: bool = False
    href: str | None = None

    def with_text(self, text: str) -> Span:
        """The same style over other text (faster than dataclasses.replace on hot paths)."""
        return Span(text, self.italic, self.bold, self.note_ref, self.href)

    def with_href(self, href: str | None, text: str | None = None) -> Span:
        """The same span (or its `text`) linked to `href` (None: not linked)."""
        return Span(self.text if text is None else text, self.italic, self.bold, self.note_ref, href)

    def in_italics(self) -> Span:
        return Span(self.text, True, self.bold, self.note_ref, self.href)


class BlockKind(Enum):
    TEXT = "text"          # a masthead line, heading or (part of) a paragraph
    FOOTNOTE = "footnote"  # a footnote's text; `Block.marker` is its marker
    TABLE = "table"        # rows of cells; `Block.rows`, the first `header_rows` are headers


Cell = list[Span]
Row = list[Cell]


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of the source.

    `starts_paragraph`: True when the source shows that a new paragraph begins
    here (blank line, first-line indent, one-paragraph-per-line dialect),
    False when it certainly continues the previous block, None when unknown
    (e.g. the first line at the top of a page).  A FOOTNOTE block with
    `marker=None` continues the previous page's last footnote.  A TABLE block
    holds its cells in `rows` (its `spans` are empty); a table that runs over a
    page break comes as one TABLE block per page.
    """

    spans: list[Span]
    kind: BlockKind = BlockKind.TEXT
    page: int = 1
    marker: str | None = None
    starts_paragraph: bool | None = True
    source_line: int | None = None
    rows: list[Row] | None = None
    header_rows: int = 0

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(slots=True)
class SourceDocument:
    """What a reader returns: the blocks, plus what the source itself says."""

    blocks: list[Block]
    pages: int
    fmt: str                       # "pdf", "plain" or "md"
    symbol_hint: str | None = None  # a symbol printed as page furniture (PDF/plain masthead)
    warnings: list[str] = field(default_factory=list)
