"""The printed masthead (cover page and preface) -> Masthead fields.

Each line is recognised by the language table's patterns, whatever order the
reader delivered the two columns of page 1 in.
"""

from __future__ import annotations

import re

from converter.languages import LanguageTable
from converter.segmentation.dates import is_date_line, parse_date
from converter.segmentation.model import DatedText, Masthead
from converter.segmentation.paragraphs import Paragraph
from converter.segmentation.richtext import join, split_at, strip
from converter.symbols import Symbol, SymbolError

_NUMBER_TITLE = re.compile(r"^(?P<num>(?:ES-\d+|S-\d+|\d+)/\d+(?:\s*[A-Z](?:-[A-Z])?)?)\.\s*(?P<title>.*)$")
_BARE_NUMBER = re.compile(r"^(?:ES-\d+|S-\d+|\d+)/\d+\.$")


class _MastheadReader:
    def __init__(self, language: LanguageTable) -> None:
        self.lang = language
        self.m = Masthead()
        self.last: str | None = None   # the field the previous line filled
        self.distr = re.compile(rf"^{language.distribution_label}\s*(?P<kind>\w+)")
        self.original = re.compile(rf"^{language.original_label}")
        self.session = re.compile(language.session_pattern)
        self.agenda = re.compile(language.agenda_pattern)
        self.adopted = re.compile(language.adopted_pattern)
        self.report = re.compile(language.report_pattern)
        self.no_committee = re.compile(language.no_committee_pattern)
        self.formula = language.formula_regex
        drafts = "|".join(sorted(map(re.escape, language.draft_kinds), key=len, reverse=True))
        self.sponsors = re.compile(
            rf":\s*(?P<kind>{drafts})(?:\s+\S+\s+.+)?\s*$|{language.submitted_by_pattern}",
            re.IGNORECASE)

    def feed(self, para: Paragraph) -> bool:
        """Take one masthead line; False when the line is no longer masthead."""
        text = " ".join(para.plain.split())
        m, lang = self.m, self.lang
        if not text:
            return True
        if self.formula.match(text):
            return False
        if text == lang.united_nations:
            self.last = "un"
        elif m.symbol is None and self._symbol(text):
            self.last = "symbol"
        elif text in lang.organs and m.organ is None:
            m.organ, m.organ_key = text, lang.organs[text]
            self.last = "organ"
        elif (dm := self.distr.match(text)):
            m.distribution = text
            m.distribution_kind = lang.distribution_kinds.get(dm["kind"], dm["kind"].lower())
            self.last = "distr"
        elif m.issued is None and is_date_line(text, lang):
            m.issued = DatedText(text, parse_date(text, lang))
            self.last = "date"
        elif self.original.match(text):
            m.original_language = text
            self.last = "original"
        elif (sm := self.session.match(text)) and m.session is None:
            m.session, m.session_number = text, lang.ordinal_value(sm["ordinal"])
            self.last = "session"
        elif text in lang.committees and m.committee is None:
            m.committee, m.committee_key = text, lang.committees[text]
            self.last = "committee"
        elif (am := self.agenda.match(text)):
            m.agenda, m.agenda_items = text, am["items"]
            self.last = "agenda"
        elif (ad := self.adopted.match(text)):
            m.adoption_title, m.adopted = text, parse_date(ad["date"], lang)
            m.adoption_kind = lang.adoption_kinds.get(ad["kind"])
            self.last = "adopted"
        elif (rm := self.report.match(text)):
            m.report_line = strip(para.text)
            m.report_committee = rm["committee"]
            m.report_committee_key = lang.committees.get(rm["committee"])
            m.report_document = rm["doc"]
            self.last = "report"
        elif (nm := self.no_committee.match(text)):
            m.report_line = strip(para.text)
            m.report_document = nm["doc"]
            self.last = "report"
        elif self.sponsors.search(text) and m.sponsors is None:
            m.sponsors = strip(para.text)
            self.last = "sponsors"
        elif (nt := _NUMBER_TITLE.match(text)) and m.number is None:
            m.number = nt["num"].strip()
            if nt["title"]:
                m.title = strip(split_at(para.text, para.plain.index(nt["title"]))[1])
            self.last = "number"
        else:
            return self._free_line(para, text)
        return True

    def _symbol(self, text: str) -> bool:
        if "/" not in text or " " in text.replace(" (", "("):
            return False
        try:
            self.m.symbol = Symbol.parse(text)
        except SymbolError:
            return False
        return True

    def _free_line(self, para: Paragraph, text: str) -> bool:
        """A line no pattern names: agenda title, resolution title, or the end of the masthead."""
        m = self.m
        if self.last == "agenda" and m.agenda_title is None:
            m.agenda_title = text
            return True
        if self.last in ("sponsors", "number") and not m.title:
            m.title = strip(para.text)
            self.last = "title"
            return True
        if self.last == "title" and _looks_like_title_continuation(text):
            m.title = [*m.title, *strip(para.text)]
            return True
        return False


def _looks_like_title_continuation(text: str) -> bool:
    return len(text) < 120 and not text.endswith((",", ";", ".", ":"))


def read_masthead(paragraphs: list[Paragraph], language: LanguageTable) -> tuple[Masthead, int]:
    """Parse the masthead; returns it and the index of the first paragraph after it."""
    reader = _MastheadReader(language)
    for i, para in enumerate(paragraphs):
        _join_bracketed(paragraphs, i)
        if not reader.feed(para):
            return reader.m, i
        if reader.last == "title" and i + 1 < len(paragraphs) and _body_starts(paragraphs[i + 1]):
            return reader.m, i + 1
    return reader.m, len(paragraphs)


def _join_bracketed(paragraphs: list[Paragraph], i: int) -> None:
    """"[on the report of … Committee" + "(Fourth Committee) (A/79/427, para. 8)]": one line."""
    para = paragraphs[i]
    while (para.plain.lstrip().startswith("[") and "]" not in para.plain
           and i + 1 < len(paragraphs) and len(para.plain) < 300):
        para.text = join(para.text, paragraphs.pop(i + 1).text)


def _body_starts(para: Paragraph) -> bool:
    return bool(re.match(r"^\d+\.\s", para.plain))
