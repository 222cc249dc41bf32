"""The typed document model between segmentation and mapping.

Rich text is a list of `Span`s (from the readers) and `Note`s (footnotes
anchored exactly where their marker stood).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from converter.readers.blocks import Span
from converter.symbols import Symbol


@dataclass
class Note:
    marker: str
    content: RichText   # spans only: a note holds no note


Inline = Span | Note
RichText = list[Inline]


def plain_text(text: Sequence[Inline]) -> str:
    """The text without notes."""
    return "".join(x.text for x in text if isinstance(x, Span))


class DocType(Enum):
    RESOLUTION = "resolution"
    DECISION = "decision"
    DRAFT_RESOLUTION = "draftResolution"
    DRAFT_DECISION = "draftDecision"
    AMENDMENT = "amendment"
    PRESIDENTIAL_STATEMENT = "presidentialStatement"

    @property
    def is_draft(self) -> bool:
        return self in (DocType.DRAFT_RESOLUTION, DocType.DRAFT_DECISION, DocType.AMENDMENT)


@dataclass
class DatedText:
    text: str
    date: date | None = None


@dataclass
class SessionDates:
    """A session's dates as printed ("26 February–5 April 2024"), split at the dash."""

    start_text: str
    start: date | None
    end_text: str
    end: date | None
    between: str = "–"   # as printed: "-", " — ", " a "


@dataclass
class Masthead:
    symbol: Symbol | None = None
    # the notes marked on the symbol: "A/80/L.14*" / "* Reissued for technical reasons on …"
    symbol_notes: list[Note] = field(default_factory=list)
    organ: str | None = None                # "General Assembly"
    organ_key: str | None = None            # "ga"
    subsidiary_organ: str | None = None     # "Human Rights Council" printed under "General Assembly"
    subsidiary_key: str | None = None       # "hrc"
    distribution: str | None = None         # "Distr.: General"
    distribution_kind: str | None = None    # "general"
    issued: DatedText | None = None
    original_language: str | None = None    # "Original: English"
    language_version: str | None = None     # "English" printed above "Original: …"
    session: str | None = None              # "Seventy-ninth session"
    session_number: int | None = None       # 79, or a year: ECOSOC's "2023 session"
    session_dates: SessionDates | None = None   # "26 February–5 April 2024"
    committee: str | None = None            # drafts: "Third Committee"
    committee_key: str | None = None        # "thirdCommittee"
    agenda: str | None = None               # "Agenda item 71 (b)"
    agenda_items: str | None = None         # "71 (b)"
    agenda_titles: list[str] = field(default_factory=list)   # one per item of "Agenda items 13 and 117"
    adoption_title: str | None = None       # "Resolution adopted by the General Assembly on …"
    adopted: date | None = None
    adoption_kind: str | None = None        # "resolution" or "decision"
    # the adoption line's meeting ("9331st meeting", SC) and date, as (start, end) offsets in it
    adoption_meeting_at: tuple[int, int] | None = None
    adoption_meeting_ordinal: str | None = None   # "9331st"
    adoption_date_at: tuple[int, int] | None = None
    number_line: str | None = None          # "Resolution 2682 (2023)" (SC)
    report_line: RichText | None = None     # "[on the report of the Third Committee (…)]"
    report_committee: str | None = None
    report_committee_key: str | None = None
    report_document: str | None = None      # "A/79/458/Add.2, para. 99"
    sponsors: RichText | None = None        # "Cuba* and Russian Federation: draft resolution"
    draft_kind: str | None = None           # what that line submits: "draftResolution", "amendment" …
    statement_kind: str | None = None       # "Statement by the President …" -> "presidentialStatement"
    submitter: str | None = None            # who: "sponsors", an officer ("chair"), None if unnamed
    number: str | None = None               # "79/166"
    title: RichText = field(default_factory=list)
    # the letter under the title of a part issued on its own ("B", with its note), A/RES/77/290 B
    part_letter: RichText = field(default_factory=list)
    other_lines: list[str] = field(default_factory=list)   # masthead lines no pattern names


@dataclass
class Table:
    """Rows of cells; the first `header_rows` rows head the columns."""

    rows: list[list[RichText]]
    header_rows: int = 0

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def cells(self) -> list[RichText]:
        return [cell for row in self.rows for cell in row]


@dataclass
class Item:
    """A numbered paragraph, point or sub-point: intro text, tables it introduces,
    sub-items, wrap-up, and the text of another organ it introduces (`embedded`: "Recommends
    to the General Assembly the adoption of the following draft resolution:").  A table on
    its own is an unnumbered item without text."""

    num: str | None
    text: RichText
    items: list[Item] = field(default_factory=list)
    wrap_up: RichText | None = None
    tables: list[Table] = field(default_factory=list)
    embedded: EmbeddedText | None = None
    # a title on the label's line whose text follows on its own ("(a) Protection of the
    # United Nations" then "Ensure the protection …")
    heading: RichText | None = None


@dataclass
class PreambularParagraph:
    name: str
    text: RichText
    items: list[Item] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class Heading:
    """A heading inside the operative part or an annex.

    `kind` says what it heads: "roman" (`I.`), "letter" (`A.`) and "plain" (unnumbered) parts
    become AKN sections; "part", "chapter", "section", "article" are the divisions of a
    convention or of rules ("Chapter I", "Article 5"), whose `num` keeps its word."""

    num: str | None
    text: RichText
    kind: str = "plain"


@dataclass
class Conclusions:
    meeting: str
    date_text: str
    date: date | None


@dataclass
class Vote:
    """A vote the document prints ("[Adopted by a recorded vote of 28 to 6, with 13
    abstentions.]"); `counts` has "inFavour", "against", "abstaining" for a recorded vote."""

    outcome: str                  # "adoptedRecordedVote" or "adoptedWithoutVote"
    text: RichText
    counts: dict[str, int] = field(default_factory=dict)
    # the printed lists of a recorded vote: side -> (offset of its label in the plain text,
    # end of the label, the voters as printed)
    sides: dict[str, tuple[int, int, str]] = field(default_factory=dict)


@dataclass
class EmbeddedText:
    """A resolution quoted whole inside a paragraph: the draft one organ recommends to
    another, with its own formula, preamble and numbering."""

    formula: RichText | None
    preamble: list[PreambularParagraph]
    body: list[Item | Heading | PreambularParagraph]
    organ_key: str | None = None    # whose resolution: "ga" for "The General Assembly,"

    @property
    def parts(self) -> list[Item | Heading | PreambularParagraph]:
        return [*self.preamble, *self.body]


@dataclass
class Annex:
    heading: list[RichText]
    body: list[Item | Heading | PreambularParagraph]


@dataclass(kw_only=True)
class ResolutionText:
    """What a resolution (or one of its parts) says, after its masthead."""

    formula: RichText | None = None
    preamble: list[PreambularParagraph] = field(default_factory=list)
    body: list[Item | Heading | PreambularParagraph] = field(default_factory=list)
    conclusions: Conclusions | None = None
    vote: Vote | None = None
    annexes: list[Annex] = field(default_factory=list)


@dataclass
class ResolutionPart(ResolutionText):
    """Part A, B … of a resolution issued in parts ("79/252 A-B"): a resolution of its own;
    or draft I, II … of drafts printed in one document (`label`: the line "Draft resolution I"
    as printed, its number in `letter`)."""

    letter: str
    title: RichText
    label: RichText = field(default_factory=list)


@dataclass
class Resolution(ResolutionText):
    doc_type: DocType
    language: str
    masthead: Masthead
    parts: list[ResolutionPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def bodies(self) -> list[ResolutionText]:
        """The documents holding text: the resolution itself, or each of its parts."""
        return list(self.parts) if self.parts else [self]
