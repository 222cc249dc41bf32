"""The printed masthead (cover page and preface) -> Masthead fields.

Two steps, as in a grammar: `classify` labels one line with the kind of masthead item
it is (a pure function of the line and the language table), and `_MastheadBuilder`
places labelled lines into the Masthead, whatever order the reader delivered the
two columns of page 1 in.

A line no pattern names (an agenda title, a resolution title, a line the table does
not know) never ends the masthead while a line the table does know follows it before
the formula: the masthead's extent is decided first (`_known_extent`), so one odd
line cannot drop the adoption line, the report line and the title into the body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum, auto
from functools import lru_cache

from converter.languages import LanguageTable
from converter.languages.table import alternation
from converter.segmentation.dates import calendar_date, parse_date
from converter.segmentation.model import DatedText, Masthead, Note, SessionDates
from converter.segmentation.paragraphs import Paragraph
from converter.segmentation.richtext import all_bold, join, split_at, strip
from converter.symbols import PART_SUFFIX, ROMAN_SESSION, Symbol, SymbolError

# "79/166.", and the archive's number with its session in roman numerals: "2625 (XXV).",
# "2200 A (XXI).", a special session's "1 (S-I)."
_NUMBER_TITLE = (r"^(?P<num>(?:ES-\d+|S-\d+|\d+)/\d+(?:\s*[A-Z](?:-[A-Z])?)?"
                 rf"|\d+(?:\s*[A-Z])?\s*\({ROMAN_SESSION}\)){{mark}}(?:\s+|$)")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_BODY_START = re.compile(r"^\d+(?:\.\s| - )")   # "1. Decides", Arabic "1 - تقرر"
MAX_MASTHEAD = 40   # paragraphs: a masthead is never longer; past it, the body has begun


class LineKind(Enum):
    UN = auto()
    SYMBOL = auto()
    ORGAN = auto()
    SUBSIDIARY = auto()      # a second organ: "Human Rights Council" under "General Assembly"
    DISTRIBUTION = auto()
    DATE = auto()
    ORIGINAL = auto()
    LANGUAGE = auto()        # "English" printed above "Original: English and Spanish"
    SESSION = auto()
    SESSION_DATES = auto()   # "26 February–5 April 2024" under the session
    COMMITTEE = auto()
    AGENDA = auto()
    ADOPTED = auto()
    REPORT = auto()
    NO_COMMITTEE = auto()
    SUBMISSION = auto()      # "Cuba and Mexico: draft resolution", "Draft resolution submitted by …"
    STATEMENT = auto()       # "Statement by the President of the Security Council"
    NUMBER_TITLE = auto()    # "79/166. Enhancement of …"
    NUMBER_LINE = auto()     # "Resolution 2682 (2023)": a number without a title (SC)
    PAGE_NUMBER = auto()     # page furniture that strayed into the masthead
    FORMULA = auto()
    FREE = auto()            # no pattern: a title, or the body


# Kinds that say for certain "this is still the masthead" (a date or an organ name alone
# may also be a title's or the body's words).
_DEFINITE = {LineKind.SYMBOL, LineKind.DISTRIBUTION, LineKind.ORIGINAL, LineKind.SESSION,
             LineKind.COMMITTEE, LineKind.AGENDA, LineKind.ADOPTED, LineKind.REPORT,
             LineKind.NO_COMMITTEE, LineKind.SUBMISSION, LineKind.NUMBER_TITLE, LineKind.STATEMENT,
             LineKind.NUMBER_LINE, LineKind.SESSION_DATES}


@dataclass(frozen=True)
class _Patterns:
    """The language table's masthead patterns, compiled once per table."""

    distribution: re.Pattern[str]
    original: re.Pattern[str]
    session: re.Pattern[str]
    agenda: re.Pattern[str]
    adopted: re.Pattern[str]
    adopted_at_meeting: re.Pattern[str]
    archive_adopted: re.Pattern[str]
    number_line: re.Pattern[str]
    report: re.Pattern[str]
    no_committee: re.Pattern[str]
    submission: re.Pattern[str]
    submitted_by: re.Pattern[str]
    officer: re.Pattern[str]
    draft_kind: re.Pattern[str]
    number_title: re.Pattern[str]


@lru_cache(maxsize=16)
def _patterns(lang: LanguageTable, capitals: bool = False) -> _Patterns:
    """`capitals`: for a line set in capitals, as the mastheads of the archive are ("Distr.
    GENERAL", "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY"): its patterns ignore case."""
    kinds = alternation(lang.draft_kinds)
    flags = re.IGNORECASE if capitals else 0
    return _Patterns(
        distribution=re.compile(rf"^{lang.distribution_label}\s*(?P<kind>\w+)", flags),
        original=re.compile(rf"^{lang.original_label}", flags),
        session=re.compile(lang.session_pattern, flags),
        agenda=re.compile(lang.agenda_pattern, flags),
        adopted=re.compile(lang.adopted_pattern, flags),
        adopted_at_meeting=re.compile(lang.adopted_at_meeting_pattern, flags),
        archive_adopted=re.compile(lang.archive_adopted_pattern),
        number_line=re.compile(lang.number_line_pattern, flags),
        report=re.compile(lang.report_pattern, flags),
        no_committee=re.compile(lang.no_committee_pattern, flags),
        # "Iraq:,** draft resolution", "Yemen:* draft resolution", or the kind alone
        submission=re.compile(rf":[\s,*]*(?P<kind>{kinds})(?:\s+\S+\s+.+)?\s*$|^(?P<alone>{kinds})$|"
                              rf"{lang.submitted_by_pattern}", re.IGNORECASE),
        submitted_by=re.compile(lang.submitted_by_pattern, re.IGNORECASE),
        officer=re.compile(rf"\b(?P<who>{alternation(lang.submitters)})\b"),
        draft_kind=re.compile(rf"\b(?P<kind>{kinds})\b", re.IGNORECASE),
        number_title=re.compile(_NUMBER_TITLE.format(mark=lang.number_title_mark)),
    )


def _capitals(text: str) -> str:
    """`text` in capitals without accents, as the archive's mastheads print names
    ("ASSEMBLEE GENERALE" for "Assemblée générale")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(ch))


@lru_cache(maxsize=16)
def _in_capitals(lang: LanguageTable) -> dict[str, str]:
    """The table's names of the publisher, organs, committees, languages and distributions, and
    its words for a resolution or decision, by their letters in capitals."""
    names = (lang.united_nations, *lang.organs, *lang.committees, *lang.language_names,
             *lang.distribution_kinds, *lang.adoption_kinds)
    return {_capitals(name): name for name in names}


def table_name(text: str, lang: LanguageTable) -> str:
    """`text` as the table spells it: a line (or word) set in capitals ("GENERAL ASSEMBLY",
    "ASSEMBLEE GENERALE") is the table's name it spells; any other is itself."""
    return _in_capitals(lang).get(_capitals(text), text) if text.isupper() else text


def classify(text: str, lang: LanguageTable) -> tuple[LineKind, re.Match[str] | None]:
    """What kind of masthead line `text` (white space normalised) is, with its match."""
    p = _patterns(lang, text.isupper())
    if lang.formula_regex.match(text):
        return LineKind.FORMULA, None
    name = table_name(text, lang)
    if name == lang.united_nations:
        return LineKind.UN, None
    if name in lang.organs:
        return LineKind.ORGAN, None
    if name in lang.committees:
        return LineKind.COMMITTEE, None
    if name in lang.language_names:
        return LineKind.LANGUAGE, None
    if text in lang.statement_kinds:
        return LineKind.STATEMENT, None
    if _PAGE_NUMBER.match(text):
        return LineKind.PAGE_NUMBER, None
    if _is_symbol(text):
        return LineKind.SYMBOL, None
    for kind, pattern in ((LineKind.DISTRIBUTION, p.distribution), (LineKind.ORIGINAL, p.original),
                          (LineKind.SESSION, p.session), (LineKind.AGENDA, p.agenda),
                          (LineKind.ADOPTED, p.adopted), (LineKind.ADOPTED, p.adopted_at_meeting),
                          (LineKind.NUMBER_LINE, p.number_line), (LineKind.REPORT, p.report),
                          (LineKind.NO_COMMITTEE, p.no_committee), (LineKind.ADOPTED, p.archive_adopted)):
        if (m := pattern.match(text)):
            return kind, m
    if lang.date_regex.fullmatch(text):
        return LineKind.DATE, None
    if (m := lang.date_range_regex.match(text)):
        return LineKind.SESSION_DATES, m
    if (m := p.submission.search(text)):
        return LineKind.SUBMISSION, m
    if (m := p.number_title.match(text)):
        return LineKind.NUMBER_TITLE, m
    return LineKind.FREE, None


def _is_symbol(text: str) -> bool:
    if "/" not in text or " " in PART_SUFFIX.sub("", text.replace(" (", "(")):
        return False
    try:
        Symbol.parse(text)
    except SymbolError:
        return False
    return True


def _plain(para: Paragraph) -> str:
    return " ".join(para.plain.split())


class _MastheadBuilder:
    """Places classified lines into a Masthead; `last` is the field the previous line filled."""

    def __init__(self, lang: LanguageTable) -> None:
        self.lang = lang
        self.m = Masthead()
        self.last: LineKind | None = None   # FREE: the line was the title's

    def take(self, para: Paragraph, text: str, kind: LineKind, match: re.Match[str] | None, *,
             inside: bool) -> bool:
        """Place one line (`text`: its white-space-normalised words); False when it is not
        masthead.  `inside`: the line lies before a line that is certainly masthead, so it is
        masthead too."""
        kind = self._in_context(kind, text)
        if kind is LineKind.FREE:
            return self._free_line(para, text, inside=inside)
        if kind is LineKind.PAGE_NUMBER:
            return True
        self._place(para, text, kind, match)
        self.last = kind
        return True

    def _in_context(self, kind: LineKind, text: str) -> LineKind:
        """A field met a second time is not that field again: "General Assembly" on its own
        line after the organ is the end of a wrapped title.  Another organ under the organ,
        before the session, is the body of that organ the document comes from ("Human Rights
        Council" under "General Assembly")."""
        m = self.m
        taken = {LineKind.SYMBOL: m.symbol, LineKind.ORGAN: m.organ, LineKind.DATE: m.issued,
                 LineKind.SESSION: m.session, LineKind.COMMITTEE: m.committee,
                 LineKind.SESSION_DATES: m.session_dates, LineKind.NUMBER_LINE: m.number_line,
                 LineKind.SUBMISSION: m.sponsors, LineKind.NUMBER_TITLE: m.number,
                 LineKind.LANGUAGE: m.language_version, LineKind.STATEMENT: m.statement_kind}
        if kind is LineKind.ORGAN and m.organ is not None and m.subsidiary_organ is None \
                and m.session is None and text != m.organ:
            return LineKind.SUBSIDIARY
        if taken.get(kind) is not None:
            return LineKind.FREE
        return kind

    def _place(self, para: Paragraph, text: str, kind: LineKind, match: re.Match[str] | None) -> None:
        m, lang = self.m, self.lang
        if kind is LineKind.SYMBOL:
            m.symbol = Symbol.parse(text)
            m.symbol_notes = [x for x in para.text if isinstance(x, Note)]
        elif kind is LineKind.ORGAN:
            m.organ, m.organ_key = text, lang.organs[table_name(text, lang)]
        elif kind is LineKind.DISTRIBUTION and match:
            m.distribution = text
            printed = table_name(match["kind"], lang)
            m.distribution_kind = lang.distribution_kinds.get(printed, printed.lower())
        elif kind is LineKind.DATE:
            m.issued = DatedText(text, parse_date(text, lang))
        elif kind is LineKind.ORIGINAL:
            m.original_language = text
        elif kind is LineKind.LANGUAGE:
            m.language_version = text
        elif kind is LineKind.SUBSIDIARY:
            m.subsidiary_organ, m.subsidiary_key = text, lang.organs[table_name(text, lang)]
        elif kind is LineKind.SESSION and match:
            m.session = text
            year = match["session_year"]
            m.session_number = int(year) if year else lang.ordinal_value(match["ordinal"])
        elif kind is LineKind.SESSION_DATES and match:
            m.session_dates = _session_dates(match, lang)
        elif kind is LineKind.COMMITTEE:
            m.committee, m.committee_key = text, lang.committees[table_name(text, lang)]
        elif kind is LineKind.AGENDA and match:
            m.agenda, m.agenda_items = text, match["items"]
        elif kind is LineKind.ADOPTED and match:
            # (the archive's "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" has no date: the
            # meeting line dates the adoption)
            m.adoption_title = text
            m.adopted = parse_date(match["date"], lang) if match["date"] else None
            groups = match.groupdict()
            word = groups.get("kind")
            m.adoption_kind = lang.adoption_kinds.get(table_name(word, lang)) if word else "resolution"
            if groups.get("meeting"):
                m.adoption_meeting_at, m.adoption_date_at = match.span("meeting"), match.span("date")
                m.adoption_meeting_ordinal = groups.get("ordinal")
        elif kind is LineKind.NUMBER_LINE and match:
            m.number_line = text
        elif kind in (LineKind.REPORT, LineKind.NO_COMMITTEE) and match:
            m.report_line = strip(para.text)
            m.report_document = match["doc"]
            if kind is LineKind.REPORT:
                m.report_committee = match["committee"]
                m.report_committee_key = lang.committees.get(match["committee"]) or _key(match["committee"])
        elif kind is LineKind.SUBMISSION:
            self._submission(para, text)
        elif kind is LineKind.STATEMENT:
            m.statement_kind = lang.statement_kinds[text]
            m.title = strip(para.text)
        elif kind is LineKind.NUMBER_TITLE and match:
            m.number = match["num"].strip()
            m.title = strip(split_at(para.text, _raw_offset(para.plain, len(match[0].rstrip())))[1])

    def _submission(self, para: Paragraph, text: str) -> None:
        """The line saying who submits what: sponsors, an officer, or the kind alone."""
        m, p = self.m, _patterns(self.lang)
        m.sponsors = strip(para.text)
        kind = p.draft_kind.search(text)
        m.draft_kind = self.lang.draft_kinds[kind["kind"].lower()] if kind else None
        if (by := p.submitted_by.match(text)):
            # the first officer named after "submitted by": "… by the Vice-Chair of the Committee"
            officer = p.officer.search(text, by.end())
            m.submitter = self.lang.submitters[officer["who"]] if officer else None
        elif ":" in text:
            m.submitter = "sponsors"

    def _free_line(self, para: Paragraph, text: str, *, inside: bool) -> bool:
        """A line no pattern names: agenda title, resolution title, a line kept as printed,
        or (outside the known masthead) the end of the masthead."""
        m = self.m
        if self.last is LineKind.COMMITTEE and f"{m.committee} {text}" in self.lang.committees:
            m.committee = f"{m.committee} {text}"   # "… Committee" / "(Fourth Committee)"
            m.committee_key = self.lang.committees[m.committee]
            return True
        if self.last is LineKind.AGENDA and (inside or not m.agenda_titles):
            m.agenda_titles.append(text)
            return True
        if self._is_part_letter(text):   # the letter, then its note ("B¹": the part's story)
            notes = [x for x in para.text if isinstance(x, Note)]
            m.part_letter = [*strip([x for x in para.text if not isinstance(x, Note)]), *notes]
            return True
        if self._continues_title(para, text):
            m.title = join(m.title, strip(para.text)) if m.title else strip(para.text)
            self.last = LineKind.FREE
            return True
        if inside:
            m.other_lines.append(text)
            return True
        return False

    def _is_part_letter(self, text: str) -> bool:
        """The letter printed under the title of a part issued as a document of its own
        ("B", Arabic "باء"): the part the symbol names, or any but "A" (part A of a resolution
        in parts opens before its formula, under the title of the whole)."""
        m = self.m
        if not m.title or m.part_letter or self.last not in (LineKind.FREE, LineKind.NUMBER_TITLE):
            return False
        letter = self.lang.part_letter(text)
        if letter is None:
            return False
        named = m.symbol.part if m.symbol is not None else None
        return letter == named if named else letter != "A"

    def _continues_title(self, para: Paragraph, text: str) -> bool:
        """The title's first line (after the submission or number line, or a report line when
        the title has no number), or a line the title wrapped onto: not a lone letter (part A
        of a resolution in parts opens) or "Draft resolution I" (the first of several drafts),
        nor a line in regular type under a bold title (the
        text of a draft decision without a formula: "The General Assembly decides …")."""
        m, last = self.m, self.last
        if self.lang.draft_part_regex.match(text):
            return False   # "Draft resolution I": the first of several drafts begins
        if not m.title:
            if (last is LineKind.SUBMISSION and m.sponsors is not None and all_bold(m.sponsors)
                    and not all_bold(para.text)):
                return False   # text in regular type under a bold sponsor line: no title printed
            return last in (LineKind.SUBMISSION, LineKind.NUMBER_TITLE, LineKind.ADOPTED,
                            LineKind.REPORT, LineKind.NO_COMMITTEE)
        if not _looks_like_title_continuation(text) or self.lang.part_letter(text):
            return False
        if all_bold(m.title) and not all_bold(para.text):
            return False
        if last is LineKind.FREE:          # the title began on a line of its own
            return True
        # after "79/166. Title": only a tail the line cannot be anything else than
        return last is LineKind.NUMBER_TITLE and (text[:1].islower() or text in self.lang.organs)


def _session_dates(match: re.Match[str], lang: LanguageTable) -> SessionDates:
    """"26 February–5 April 2024": the first date takes the month and year it leaves out."""
    # (the last day's month and year, or the first day's, are those the other prints)
    end_year = int(match["y2"] or match["y1"])
    end_month = lang.month_number(match["m2"] or match["m1"]) or 0
    start_month = lang.month_number(match["m1"]) if match["m1"] else end_month
    start_year = int(match["y1"]) if match["y1"] else end_year
    between = "sep" if match["sep"] is not None else "dash"
    text = match.string
    return SessionDates(text[:match.start(between)],
                        calendar_date(start_year, start_month or 0, int(match["d1"])),
                        text[match.end(between):], calendar_date(end_year, end_month, int(match["d2"])),
                        between=match[between])


def _key(name: str) -> str:
    """A body's TLC id from its name: "Commission for Social Development" ->
    "commissionForSocialDevelopment"."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    return "".join(w.lower() if i == 0 else w[:1].upper() + w[1:] for i, w in enumerate(words)) or "body"


def _raw_offset(raw: str, normalised_length: int) -> int:
    """The offset in `raw` where the first `normalised_length` characters of its
    white-space-normalised form end (doubled or no-break spaces count once)."""
    seen = 0
    in_space = True   # leading white space is dropped by normalising
    for i, ch in enumerate(raw):
        if seen >= normalised_length:
            return i
        if ch.isspace():
            if not in_space:
                seen += 1
            in_space = True
        else:
            seen += 1
            in_space = False
    return len(raw)


def _looks_like_title_continuation(text: str) -> bool:
    return len(text) < 120 and not text.endswith((",", ";", ".", ":"))


def read_masthead(paragraphs: list[Paragraph], language: LanguageTable) -> tuple[Masthead, int]:
    """Parse the masthead; returns it and the index of the first paragraph after it."""
    builder = _MastheadBuilder(language)
    for i in range(min(len(paragraphs), MAX_MASTHEAD)):
        _join_bracketed(paragraphs, i)
        _join_distribution(paragraphs, i, language)
    texts = [_plain(p) for p in paragraphs[:MAX_MASTHEAD]]
    kinds = _kinds(texts, language)
    extent = _known_extent(kinds, texts)
    for i, (para, text, (kind, match)) in enumerate(zip(paragraphs, texts, kinds, strict=False)):
        if kind is LineKind.FORMULA or not builder.take(para, text, kind, match, inside=i < extent):
            return builder.m, i
        if (builder.m.title and i + 1 >= extent and i + 1 < len(paragraphs)
                and _BODY_START.match(paragraphs[i + 1].plain)):
            return builder.m, i + 1
    return builder.m, len(kinds)


def _kinds(texts: list[str], language: LanguageTable) -> list[tuple[LineKind, re.Match[str] | None]]:
    """The kind of each line, up to the formula: the masthead ends there (the lines after
    it are not classified)."""
    kinds = []
    for text in texts:
        kinds.append(classify(text, language))
        if kinds[-1][0] is LineKind.FORMULA:
            break
    return kinds


def _known_extent(kinds: list[tuple[LineKind, re.Match[str] | None]], texts: list[str]) -> int:
    """1 + the index of the last line that is certainly masthead, before the formula or
    the first numbered paragraph."""
    extent = 0
    for i, (kind, _) in enumerate(kinds):
        if kind is LineKind.FORMULA or (kind is LineKind.FREE and _BODY_START.match(texts[i])):
            break
        if kind in _DEFINITE:
            extent = i + 1
    return extent


def _join_distribution(paragraphs: list[Paragraph], i: int, language: LanguageTable) -> None:
    """"Distr." over "GENERAL", as the archive's mastheads print it: one line."""
    if (i + 1 < len(paragraphs)
            and re.fullmatch(rf"{language.distribution_label}\s*", paragraphs[i].plain.strip())):
        paragraphs[i].text = join(paragraphs[i].text, paragraphs.pop(i + 1).text)


def _join_bracketed(paragraphs: list[Paragraph], i: int) -> None:
    """"[on the report of … Committee" + "(Fourth Committee) (A/79/427, para. 8)]": one line."""
    if i >= len(paragraphs):
        return
    para = paragraphs[i]
    while (para.plain.lstrip().startswith("[") and "]" not in para.plain
           and i + 1 < len(paragraphs) and len(para.plain) < 300):
        para.text = join(para.text, paragraphs.pop(i + 1).text)
