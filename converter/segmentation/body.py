"""Paragraphs after the masthead -> formula, preamble, operative part, conclusions, annexes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.languages import LanguageTable
from converter.languages.common import OPENING_QUOTES
from converter.readers.script import is_wide
from converter.segmentation.dates import parse_date
from converter.segmentation.endmatter import meeting_regex, read_meeting, read_vote
from converter.segmentation.lists import ListNesting, introduces, list_label
from converter.segmentation.model import (
    Annex,
    EmbeddedText,
    Heading,
    Item,
    Note,
    PreambularParagraph,
    ResolutionPart,
    ResolutionText,
    RichText,
    Table,
    plain_text,
)
from converter.segmentation.numbering import operative_number, part_number, roman_numeral, roman_value
from converter.segmentation.paragraphs import Paragraph
from converter.segmentation.richtext import (
    all_bold,
    italicize_prefix,
    italicize_range,
    join,
    leading_italic,
    split_at,
    strip,
)

# full-width and Arabic marks too; a closing quote may follow ("… of the matter.”")
_SENTENCE_END = re.compile(r"[.,;:。，；：،؛][”’\"»]?\s*$")


def _ends_sentence(text: str) -> bool:
    """Whether `text` ends with a stop (a quote may close after it), white space aside;
    searched from its last two printed characters, not along the whole text."""
    return _SENTENCE_END.search(text, max(0, len(text.rstrip()) - 2)) is not None


_HEADING_CHARS = 200   # longer than any unnumbered heading or division heading
_LONE_PART = re.compile(r"[IVXL]+\.?|[A-Z]\.?")   # a part's number on a line of its own: "II", "B"
_LISTED_WORDS = 20   # a line listed after "… as follows:" is short; a longer one is text
_PART_LETTER = re.compile(r"[A-Z]")
BodyPart = Item | Heading | PreambularParagraph


@dataclass(kw_only=True)
class BodyResult(ResolutionText):
    parts: list[ResolutionPart] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.formula is None and not self.preamble and not self.body


class BodyReader:
    def __init__(self, language: LanguageTable) -> None:
        self.lang = language
        self.formula_re = language.formula_regex
        self.meeting_re = meeting_regex(language)
        # "Annex", "Annex II", and a title run into the same line: "Annex I Global Digital Compact",
        # "Annex Programme of Action: 2024–2034" (a title holds colons and semicolons, not a full
        # stop, and does not end like a sentence that goes on)
        self.annex_re = re.compile(rf"^{language.annex_label}"
                                   rf"(?=$|(?P<dash>\s+[–—])?\s+[A-Z][^.]{{0,200}}(?<![,;:])$)")
        self.result = BodyResult()
        self.lists = ListNesting()
        self.in_preamble = True
        self.target: list[BodyPart] = self.result.body
        self.annex: Annex | None = None
        self.pending_date = False
        self.pending_part: str | None = None   # a part number printed on a line of its own
        self.pending_division: Heading | None = None   # "Article 5" awaiting its heading line
        self.parts: list[ResolutionPart] = []  # parts A, B … of a resolution issued in parts
        self.part_title_due = False
        self.next_plain = ""   # the paragraph after the one being read: a look-ahead of one
        self.later_plain = ""  # and the one after it (a part's letter, its title, its formula)

    # ---- entry -------------------------------------------------------------
    def read(self, paragraphs: list[Paragraph]) -> BodyResult:
        # each paragraph's text, and with its white space as single spaces, worked out once
        # (the look-aheads, the quoted-resolution test and the reading itself all ask)
        plains = [p.plain for p in paragraphs]
        spaced = [" ".join(p.split()) for p in plains]
        i = 0
        while i < len(paragraphs):
            if (end := self._embedded_end(paragraphs, spaced, i)) is not None:
                self._embed(paragraphs[i:end])
                i = end
                continue
            para = paragraphs[i]
            self.next_plain = plains[i + 1].strip() if i + 1 < len(paragraphs) else ""
            self.later_plain = plains[i + 2].strip() if i + 2 < len(paragraphs) else ""
            if para.table is not None:
                self._table(para.table)
            else:
                self._feed(strip(para.text), spaced[i])
            i += 1
        if not self.parts:
            return self.result
        self._close_part()
        return BodyResult(parts=self.parts)

    def _embedded_end(self, paragraphs: list[Paragraph], spaced: list[str], start: int) -> int | None:
        """Where the resolution quoted from `start` on ends, when a formula ("The General
        Assembly,") follows a paragraph of this one's that introduces it with a colon: at
        the meeting line, an annex, or the next number of the introducing paragraph ("2."
        after "1. Recommends …:" where the quoted numbering is not at 1), else with the text."""
        host = self.target[-1] if self.target else None
        # (asked of every paragraph: the cheap tests first, the host's text last)
        if (self.result.formula is None or not isinstance(host, Item) or paragraphs[start].table is not None
                or not self.formula_re.match(spaced[start])
                or not _introduces(host)):
            return None
        outer = _number_value(host.num)
        quoted = None
        for k in range(start + 1, len(paragraphs)):
            plain = spaced[k]
            if read_meeting(plain, self.meeting_re, self.lang) is not None or (
                    (m := self.annex_re.match(plain)) and m.end() == len(plain)):
                return k
            if (found := operative_number(plain)) is not None:
                number = _number_value(found[0])
                if outer is not None and number == outer + 1 and quoted != outer:
                    return k
                quoted = number
        return len(paragraphs)

    def _embed(self, paragraphs: list[Paragraph]) -> None:
        host = self.target[-1]
        assert isinstance(host, Item)
        quoted = BodyReader(self.lang).read(paragraphs)
        m = self.formula_re.match(" ".join(paragraphs[0].plain.split()))
        organ = m.groupdict().get("organ") if m else None
        host.embedded = EmbeddedText(quoted.formula, quoted.preamble, quoted.body,
                                     self.lang.organs.get(organ) if organ else None)
        self._close_item()

    def _feed(self, text: RichText, plain: str) -> None:
        if not plain:
            return
        if _PART_LETTER.fullmatch(plain) and self._part_can_start(plain):
            self._open_part(plain)
            return
        if ((m := self.lang.draft_part_regex.match(plain))
                and self._part_can_start(m["num"], first=("A", "I"))):
            # "Draft resolution II": the next of several drafts, its title perhaps run on
            label, title = split_at(text, m.start("title")) if m["title"] else (text, [])
            self._open_part(m["num"], strip(label))
            if m["title"]:
                self.parts[-1].title = strip(title)
                self.part_title_due = False
            return
        if self.part_title_due:
            self.part_title_due = False
            if not self.formula_re.match(plain):
                self.parts[-1].title = text
                return
        if self._conclusions(plain) or self._vote(text, plain) or self._division_heading(text, plain):
            return
        if self.result.formula is None and not self.result.preamble and self.formula_re.match(plain):
            self.result.formula = self._italic(text, len(plain.rstrip(", ")))
            return
        m = self.annex_re.match(plain)
        # a bare "Annex" line always opens one; "Annex I Title" only where annexes can start,
        # or set in bold as a heading (a draft has no meeting line before its annex), or with a
        # dash before its title as a heading has it ("Annex A – Items subject to …": the Council
        # prints no meeting line)
        if m and (m.end() == len(plain) or self.result.conclusions is not None
                  or self.annex is not None or all_bold(text) or _dashed_title(plain, m.end())):
            label, title = split_at(text, m.end())
            annex = self._open_annex(strip(label))
            if strip(title):
                annex.heading.append(strip(title))
            return
        if (self.annex is not None and not self.annex.body and self.pending_part is None
                and self._annex_heading(plain)):
            self.annex.heading.append(text)
            return
        if (num := operative_number(plain)) is not None and not self._numbered_point(num, text):
            number, end = num
            body = strip(split_at(text, end)[1])
            item = Item(number, self._operative_italics(body))
            self.in_preamble = False
            self.target.append(item)
            self.lists.reset(item)
            return
        if self._lettered_paragraph(text, plain):
            return
        if self.lists.owner is not None and (self._item(text, plain) or self._listed_in_point(text, plain)
                                             or self._titled_point(text)):
            return
        if (recital := self._listing_recital()) is not None and self._preamble_item(recital, text, plain):
            return
        if _LONE_PART.fullmatch(plain):
            self.pending_part = plain.rstrip(".")
            return
        if self._division(text, plain):
            return
        if self._heading(text, plain):
            return
        if (self.in_preamble and self.annex is None and not self.result.body
                and self._preambular_start(text, plain)):   # (the preamble precedes the body)
            self.result.preamble.append(self._preambular(text, plain))
            return
        if self._part_preamble(text, plain):
            self.target.append(self._preambular(text, plain))
            return
        self._unnumbered(text, plain)

    # ---- pieces ------------------------------------------------------------
    def _italic(self, text: RichText, length: int) -> RichText:
        """Italicize the leading phrase where the source lost its italics (no-op otherwise)."""
        return italicize_prefix(text, length)

    def _operative_italics(self, text: RichText) -> RichText:
        """The operative verb in italics; not in annexes, whose paragraphs are not clauses of
        the resolution ("States Parties shall …")."""
        if self.annex is not None:
            return text
        m = self.lang.operative_regex.match(plain_text(text))
        return self._italic(text, m.end()) if m else text

    def _preambular_start(self, text: RichText, plain: str) -> bool:
        """After a formula every unnumbered paragraph is preambular; without one (decisions)
        only a paragraph that opens with a participle phrase is."""
        if self._sole_operative(text, plain) or not any(ch.isalnum() for ch in plain):
            return False   # (a separator, "*", goes with the operative part, as the UN marks it)
        if self.result.formula is not None:
            return True
        return bool(self.lang.preamble_regex.match(plain)) or leading_italic(text) is not None

    def _sole_operative(self, text: RichText, plain: str) -> bool:
        """An unnumbered operative paragraph: an operative verb, and a full stop at the end
        or a colon before what it adopts (preambular paragraphs end with a comma)."""
        if not plain.endswith((".", ":")) or self.lang.preamble_regex.match(plain):
            return False   # ("Affirmant également que … :" lists in the preamble)
        lead = leading_italic(text)
        verb = self.lang.operative_regex.match(plain)
        return verb is not None and (lead is None or _same_phrase(lead, verb.group(0)))

    def _preambular(self, text: RichText, plain: str) -> PreambularParagraph:
        led = self._after_lead(text, plain)
        if led is not None:
            return led
        m = self.lang.preamble_regex.match(plain)
        if m:
            text = self._italic(text, m.end())
        name = leading_italic(text) or (m.group(0) if m else _first_word(plain))
        return PreambularParagraph(name, text)

    def _after_lead(self, text: RichText, plain: str) -> PreambularParagraph | None:
        """A recital whose opening phrase follows a lead the UN leaves in roman ("在这方面，
        又关切…"): named by that phrase, set in italics where the source lost them."""
        lead = next((w for w in self.lang.opener_leads if plain.startswith(w)), None)
        if lead is None:
            return None
        start = len(plain) - len(plain[len(lead):].lstrip(" ，,"))   # (past the lead's comma)
        m = self.lang.preamble_regex.match(plain[start:])
        if m is None:
            return None
        text = italicize_range(text, start, start + m.end())
        return PreambularParagraph(m.group(0), text)

    def _numbered_point(self, num: tuple[str, int], text: RichText) -> bool:
        """A point numbered like a paragraph: under a paragraph that ends with a colon, a list
        numbered from 1 ("2. Approves the following agenda:" then "1. Opening of the session.",
        "2. …"), and the Council's under a point ("iii. … to:" then "1. protect …"); then each
        number that continues such points.  The paragraph's own next number continues them
        only where the text opens no operative clause ("3. Adoption of the report." under
        paragraph 2; "3. Decides …" is the paragraph)."""
        owner = self.lists.owner
        if owner is None or not self.target or self.target[-1] is not owner:
            return False   # (an annex or a part opened since: its own numbering)
        numbers = (_number_value(x.num) for x in reversed(self.target) if isinstance(x, Item))
        last = next((n for n in numbers if n is not None), 0)   # (the nearest: no quadratic scan)
        value = _number_value(num[0])
        if not self.lists.levels:   # directly under the paragraph: a list from 1
            return value == 1 != last + 1 and introduces(owner)
        running = self.lists.continues("dotted-digit", value)
        if value != last + 1:
            return running or introduces(self.lists.levels[-1].item)
        return running and not self._opens_clause(strip(split_at(text, num[1])[1]))

    def _opens_clause(self, text: RichText) -> bool:
        """Whether `text` opens as an operative paragraph does: its verb in italics, or one of
        the language's operative verbs."""
        return leading_italic(text) is not None or bool(self.lang.operative_regex.match(plain_text(text)))

    def _lettered_paragraph(self, text: RichText, plain: str) -> bool:
        """(a), (b) … as the paragraphs themselves of an annex or a headed part that opens with
        them, no paragraph introducing them (an annexed terms of reference): each lettered
        paragraph holds its own (i), (ii) … as points.  (As points of the "(a) …" paragraph,
        which had lost its label to a list's intro, they were one paragraph.)"""
        label = list_label(plain, dotted=False)
        value = label.values.get("letter") if label is not None else None
        if label is None or value is None:
            return False
        last = self.target[-1] if self.target else None
        if value == 1:
            if last is not None and not isinstance(last, Heading):
                return False   # (a) under a paragraph: its point
            if last is None and self.annex is None:
                return False   # the resolution's own operative part opens with its numbers
        elif not (isinstance(last, Item) and last.num is not None
                  and (before := list_label(last.num + " ", dotted=False)) is not None
                  and before.values.get("letter") == value - 1):
            return False
        item = Item(label.printed, strip(split_at(text, label.end)[1]))
        self.target.append(item)
        self.lists.reset(item)
        return True

    def _item(self, text: RichText, plain: str) -> bool:
        label = self.lists.label(plain)
        if label is None:
            return False
        self.lists.place(label, Item(label.printed, strip(split_at(text, label.end)[1])))
        return True

    def _listed_in_point(self, text: RichText, plain: str) -> bool:
        """Unlabelled short lines after a point that ends with a colon ("(b) … themes:" then
        "Panel 1: …") are what that point lists: unnumbered sub-items, not headings; the next
        label ("(c)") goes on with the point's own level."""
        point = self.lists.deepest if self.lists.levels else None
        if point is None or plain[0].islower() or len(plain.split()) > _LISTED_WORDS:
            return False
        listed = [sub for sub in point.items if sub.num is None]
        if listed != point.items or not (listed or plain_text(point.text).rstrip().endswith(":")):
            return False
        point.items.append(Item(None, text))
        return True

    def _titled_point(self, text: RichText) -> bool:
        """An unlabelled paragraph after a point whose text is only a title ("(a) Protection of
        the United Nations", no stop, a few capitalised words): the point's text, the title its
        heading, as the Security Council sets the tasks of a mandate."""
        point = self.lists.deepest if self.lists.levels else None
        if point is None or point.items or point.heading is not None or point.tables:
            return False
        title = plain_text(point.text).strip()
        if not title[:1].isupper() or len(title.split()) > _TITLE_WORDS or title[-1:] in _TITLE_ENDS:
            return False
        point.heading, point.text = point.text, text
        return True

    def _listing_recital(self) -> PreambularParagraph | None:
        """The recital that items may go into: the preamble's last, or a headed part's last
        ("Noting with satisfaction:" under "B. Work of the Committee …")."""
        if self.in_preamble and self.result.preamble:
            return self.result.preamble[-1]
        last = self.target[-1] if self.target else None
        return last if isinstance(last, PreambularParagraph) else None

    def _preamble_item(self, last: PreambularParagraph, text: RichText, plain: str) -> bool:
        """`(a)` … inside a preambular paragraph that ends with a colon or lists them; once it
        lists, any label goes on with it (`(iv)` after `(iii)`, across a page break too).
        Under a colon, "a." … too, as the Security Council prints them."""
        items = last.items
        label = list_label(plain, dotted=bool(items) or introduces(last))
        if label is None:
            if not self._ends_preamble_list(last, text, plain):
                return False
            items.append(Item(None, text))
            return True
        if not (_LETTER_STYLES & label.values.keys() or (items and label.values)):
            return False
        items.append(Item(label.printed, strip(split_at(text, label.end)[1])))
        return True

    def _ends_preamble_list(self, last: PreambularParagraph, text: RichText, plain: str) -> bool:
        """The end of the sentence that introduced a preambular list, after its last item
        ("…: (a) …, (f) …," then "and in the commitments contained therein,"; Chinese "并立足于
        …"): an unnumbered item, as the UN writes it.  Only in small letters or a script
        without them, and never an opener: a capital or a participle begins a paragraph."""
        items = last.items
        return (bool(items) and items[-1].num is not None and not plain[:1].isupper()
                and plain_text(items[-1].text).rstrip().endswith((",", "،", "，"))
                and not self.lang.preamble_regex.match(plain) and leading_italic(text) is None)

    def _heading(self, text: RichText, plain: str) -> bool:
        """Part headings ("I. Financing", a lone "II" then its heading) at any length;
        unnumbered ones when short, and before paragraph 1 only when it follows; a line
        without a letter or digit ("*", "* * *") is a separator, no heading; nor is a line in
        quotation marks ("“Rule 160"): it is text the paragraph before it quotes."""
        if plain[0].islower() or plain[0] in OPENING_QUOTES or not any(ch.isalnum() for ch in plain):
            return False
        if self.pending_part is not None:       # "I" on one line, the heading on the next
            num, self.pending_part = self.pending_part, None
            if not _ends_sentence(plain):
                self._open_heading(num, text)
                return True
            self._open_heading(num, [])         # a sentence, not a heading: the part stays
        if _ends_sentence(plain):
            return False
        part = part_number(plain)
        if part is not None:
            num, rest = part
            self._open_heading(num + ".", strip(split_at(text, plain.index(rest))[1]))
            return True
        topic = _bracketed_topic(plain)
        if len(plain) > _HEADING_CHARS or len(plain.split()) > 25 or (
                self._listing() and not topic and not all_bold(text)):   # (a bold line heads)
            return False
        if self.in_preamble and not (self._heads_operative_part(text, plain) or topic):
            return False
        self._close_item()
        self.in_preamble = False
        self.target.append(Heading(None, text))
        return True

    def _division_heading(self, text: RichText, plain: str) -> bool:
        """The line after a bare "Article 5" is its heading unless it is a sentence."""
        pending, self.pending_division = self.pending_division, None
        if pending is None or _ends_sentence(plain) or len(plain) > _HEADING_CHARS:
            return False
        if operative_number(plain) or list_label(plain, dotted=False):
            return False
        pending.text = [*pending.text, *text]   # (after a note on the number)
        return True

    def _division(self, text: RichText, plain: str) -> bool:
        """"Chapter I" / "Article 5", with the heading on the same line or on the next."""
        m = self.lang.division_regex.match(plain)
        if m is None or _ends_sentence(plain) or len(plain) > _HEADING_CHARS:
            return False
        word_and_num, rest = split_at(text, m.start("rest")) if m["rest"] else (text, [])
        kind = self.lang.division_words[next(w for w in self.lang.division_words
                                             if w.lower() == m["word"].lower())]
        self._close_item()
        self.in_preamble = False
        # a note on the number ("Part I*") goes with the heading, before its words
        notes: RichText = [x for x in word_and_num if isinstance(x, Note)]
        heading = Heading(plain_text(strip(word_and_num)).rstrip("."), [*notes, *strip(rest)], kind)
        self.target.append(heading)
        if not m["rest"]:
            self.pending_division = heading
        return True

    def _heads_operative_part(self, text: RichText, plain: str) -> bool:
        """A line between the preamble and paragraph 1 ("Role and authority of the General
        Assembly"), not itself a preambular phrase, heads the operative part."""
        lead = leading_italic(text)   # (a line wholly in italics is a heading set in italics)
        return (bool(self.result.preamble) and operative_number(self.next_plain) is not None
                and not self.lang.preamble_regex.match(plain) and (lead is None or lead == plain.strip()))

    def _part_preamble(self, text: RichText, plain: str) -> bool:
        """Preambular text inside a headed part ("Having considered …," under "I. Report …")."""
        if not self.target or not isinstance(self.target[-1], Heading | PreambularParagraph):
            return False
        if plain.endswith((":", "：")):   # a recital that lists: its opener alone tells it, and
            # only in the resolution's own parts (an annexed declaration's "Guided by these
            # principles, we hereby pledge to:" opens what it pledges)
            return self.annex is None and bool(self.lang.preamble_regex.match(plain))
        return plain.endswith(",") and (bool(self.lang.preamble_regex.match(plain))
                                        or leading_italic(text) is not None)

    def _listing(self) -> bool:
        """Short lines after a paragraph that ends with a colon ("five priority areas, as
        follows:") are what it lists, not headings, when more of them follow; a single one
        before a long paragraph ("Declare the following:" / "Guiding principles") heads it."""
        following = self.next_plain
        if not following or operative_number(following) or len(following.split()) > _LISTED_WORDS:
            return False
        for part in reversed(self.target):
            if not isinstance(part, Item) or part.items:
                return False
            if introduces(part):
                return True
            if part.num is not None:
                return False
        return False

    def _open_heading(self, num: str, text: RichText) -> None:
        label = num.rstrip(".")
        kind = "letter" if len(label) == 1 and label not in "IVXL" else "roman"
        self._close_item()
        self.in_preamble = False
        self.target.append(Heading(num, text, kind))

    def _unnumbered(self, text: RichText, plain: str) -> None:
        owner = self.lists.owner
        if owner is not None and owner.items and plain[0].islower():
            after = self.lists.label(self.next_plain) if self.next_plain else None
            if after is not None and not after.printed[:1].isdigit():   # ("2." is a paragraph)
                owner.items.append(Item(None, text))   # between points: one of them, unnumbered
            else:
                owner.wrap_up = text if owner.wrap_up is None else join(owner.wrap_up, text)
            return
        if self.in_preamble and self._sole_operative(text, plain):
            self.in_preamble = False   # "Adopts the following …:": what follows is not preamble
        item = Item(None, self._operative_italics(text))
        self.target.append(item)
        self.lists.reset(item)

    def _table(self, table: Table) -> None:
        """A table belongs to the paragraph that introduces it ("… as follows:"); any other
        stands alone (an unnumbered paragraph holding only the table)."""
        owner: Item | PreambularParagraph | None = self.lists.deepest
        if owner is None and self.in_preamble and self.result.preamble and self.annex is None:
            owner = self.result.preamble[-1]
        if owner is not None and (owner.tables or plain_text(owner.text).rstrip().endswith(":")):
            owner.tables.append(table)
            return
        item = Item(None, [], tables=[table])
        self.target.append(item)
        self._close_item()

    def _close_item(self) -> None:
        self.lists.reset(None)

    def _conclusions(self, plain: str) -> bool:
        """The meeting line, and the date on the line after it when it is not on the same."""
        if self.pending_date and self.result.conclusions is not None:
            self.pending_date = False
            date = parse_date(plain, self.lang)
            if date is not None and len(plain) < 30:
                self.result.conclusions.date_text = plain
                self.result.conclusions.date = date
                return True
        if self.annex is not None:
            return False
        found = read_meeting(plain, self.meeting_re, self.lang)
        if found is None:
            return False
        self.result.conclusions = found
        self.pending_date = not found.date_text
        return True

    def _vote(self, text: RichText, plain: str) -> bool:
        """A printed vote line, outside annexes: kept as text, counted for the metadata."""
        if self.annex is not None or self.result.vote is not None:
            return False
        self.result.vote = read_vote(text, plain, self.lang)
        return self.result.vote is not None

    def _part_can_start(self, letter: str, first: tuple[str, ...] = ("A",)) -> bool:
        """"A" opens part A before any formula; "B" … once the previous part has ended: at its
        meeting line, or (a draft prints none) when the part's own formula follows the letter
        or its title."""
        expected = (_next_part(self.parts[-1].letter, self.parts[0].letter),) if self.parts else first
        if not self.parts:
            ended = self.result.empty
        else:
            ended = self.result.conclusions is not None or (bool(self.result.body) and any(
                self.formula_re.match(" ".join(p.split())) for p in (self.next_plain, self.later_plain)))
        return letter in expected and ended and self.annex is None

    def _open_part(self, letter: str, label: RichText | None = None) -> None:
        if self.parts:
            self._close_part()
        self.parts.append(ResolutionPart(letter, [], label or []))
        self.result = BodyResult()
        self.target = self.result.body
        self.in_preamble = True
        self.part_title_due = True
        self._close_item()

    def _close_part(self) -> None:
        part, r = self.parts[-1], self.result
        part.formula, part.preamble, part.body = r.formula, r.preamble, r.body
        part.conclusions, part.vote, part.annexes = r.conclusions, r.vote, r.annexes

    def _open_annex(self, text: RichText) -> Annex:
        annex = self.annex = Annex([text], [])
        self.result.annexes.append(annex)
        self.target = annex.body
        self._close_item()
        return annex

    def _annex_heading(self, plain: str) -> bool:
        """A line of the annex's title: no sentence, no paragraph, and no heading of a part
        of the annex ("I. Mandate", a lone "II", "Article 1"): those open its body."""
        return (not _ends_sentence(plain) and operative_number(plain) is None
                and part_number(plain) is None and not _LONE_PART.fullmatch(plain)
                and not self.lang.division_regex.match(plain))


def _next_part(number: str, first: str) -> str:
    """The number of the part after part `number`: "B" after "A"; "III" after "II" when the
    parts are numbered from "I" (drafts I, II … printed in one document)."""
    if first == "I":
        return roman_numeral(roman_value(number.lower()) + 1)
    return chr(ord(number) + 1)


def _same_phrase(lead: str, verb: str) -> bool:
    """Whether the italic lead is the operative verb phrase, as printed or as the table reads
    it, one perhaps taking a word more ("Calls" and "Calls for", "Expresses its appreciation"
    and "Expresses its")."""
    return lead == verb or verb.startswith(lead + " ") or lead.startswith(verb + " ")


def _first_word(plain: str) -> str:
    """A recital's name when no opener is known: its first word; in a script without spaces
    (Chinese), its first few characters before any punctuation."""
    word = _WORD_END.split(plain.strip(), maxsplit=1)[0]
    return word[:_WIDE_NAME] if word and is_wide(word[0]) else word


_WORD_END = re.compile(r"[\s,;:，；：、。()（）]")
_WIDE_NAME = 4              # characters: a Chinese opener's verb ("表示关切")
_TITLE_WORDS = 12          # a point's title is short
_TITLE_ENDS = ".,;:!?”\")"   # and ends without punctuation
_LETTER_STYLES = {"letter", "dotted-letter"}   # "(a)", "a)", "a.": what a preambular list opens with


def _dashed_title(plain: str, label_end: int) -> bool:
    """Whether the annex label's title follows a dash: "Annex A – Items …"."""
    return plain[label_end:].lstrip()[:1] in ("–", "—")


def _bracketed_topic(plain: str) -> bool:
    """A topic in brackets and capitals ("[MONUSCO]", "[REGIONAL EFFORTS]"): the headings of
    a statement by the President of the Council, which has no preamble to end first."""
    return plain.startswith("[") and plain.endswith("]") and not any(ch.islower() for ch in plain)


def _number_value(num: str | None) -> int | None:
    """12 for "12."; None for an unnumbered paragraph or another kind of number."""
    digits = (num or "").strip().rstrip(".-)")
    return int(digits) if digits.isdigit() else None


def _introduces(item: Item) -> bool:
    """Whether the item's text, with no points under it, ends with a colon (notes aside)."""
    return not item.items and introduces(item)


def read_body(paragraphs: list[Paragraph], language: LanguageTable) -> BodyResult:
    return BodyReader(language).read(paragraphs)
