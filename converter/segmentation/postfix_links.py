"""Citations that print the number before the citing word, as Chinese does ("第70/1号决议",
"安全理事会第2334(2016)号决议"): the language table's `postfix_citation` finds them (group
`nums`), the organ names before them tell whose they are; each number becomes a link."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from converter.languages import LanguageTable
from converter.readers.blocks import Span
from converter.segmentation.citations import NUMBERED_BY_SESSION_IN_ROMAN, adopted_later
from converter.segmentation.model import Item, Note, PreambularParagraph, Resolution, RichText
from converter.symbols import Symbol

# (a part letter follows the number, "第74/232 A号", "第217 A(III)号": the link is the number's)
_NUMBER = re.compile(r"(?<![\d/])(?P<ga>(?P<session>ES-\d{1,2}|S-\d{1,2}|\d{1,4})/(?!0)\d{1,3})"
                     r"(?:\s?(?P<part>[A-Z])(?![A-Za-z]))?"
                     r"|(?P<old>\d{1,4})(?:\s?[A-Z])?\s?(?P<roman>\((?:[IVXL]+|S-[IVXL]+|ES-[IVXL]+)\))"
                     r"|(?P<sc>\d{2,4})\s?\((?P<year>\d{4})\)")
_YEAR_BEFORE = re.compile(r"(?P<year>\d{4})年[^年]{0,12}$")   # "2020年8月11日第": the number's date


def _symbol(m: re.Match[str], prefix: str, before: str) -> Symbol | None:
    """The symbol of one number; `before` is the text before it, which dates it."""
    if m["sc"]:
        return Symbol(f"S/RES/{m['sc']} ({m['year']})")
    if m["old"]:
        if prefix not in NUMBERED_BY_SESSION_IN_ROMAN:
            return None
        return Symbol(f"{prefix}/RES/{m['old']}{m['roman']}")
    session = m["session"]
    if session.isdigit() and int(session) > 99 and prefix in ("A", "A/HRC"):
        return None   # "2000/22" of a subsidiary body, not of the Assembly
    return Symbol(f"{prefix}/RES/{m['ga']}{_separate_part(m, before)}")


def _separate_part(m: re.Match[str], before: str) -> str:
    """The part letter of a part adopted in a year after its session's first (a document of
    its own: "2020年8月11日第74/232 B号" -> 74/232B); "" for parts adopted together."""
    dated = _YEAR_BEFORE.search(before)
    return m["part"] if m["part"] and dated and adopted_later(m["session"], int(dated["year"])) else ""


_CONTINUATION_REACH = 24   # characters after a clause mark in which a continuing word begins
_CLAUSE_END = re.compile(r"[。；，,;،؛]")   # a clause ends: the organ named in it no longer holds


def _organs(text: str, language: LanguageTable) -> list[tuple[int, str | None]]:
    """Where each organ is named, and its symbol prefix; a word for "the Council" takes the
    council named before it (None when none is: which council is not certain); another body
    ("联合国环境大会") has none."""
    out: list[tuple[int, str | None]] = []
    council: str | None = None
    for m in language.organ_mention_regex.finditer(text):
        prefix = language.citation_organs.get(m.group())
        if prefix is None:
            prefix = council if m.group() in language.organ_back_references else None
        elif prefix != "A":
            council = prefix
        out.append((m.end(), prefix))
    return out


def _clause_ends(text: str, language: LanguageTable) -> list[int]:
    """Where clauses end, in order: not where a word going on with its list ("包括",
    including) follows the mark."""
    ends = []
    for mark in _CLAUSE_END.finditer(text):
        after = text[mark.end():mark.end() + _CONTINUATION_REACH]
        if not after.lstrip().startswith(language.list_continuations):
            ends.append(mark.start())
    return ends


def _hits(text: str, language: LanguageTable) -> list[tuple[int, int, str]]:
    """The numbers of every citation: of the organ named in it, or else of the organ named
    last before it in the same clause ("人权理事会…第23/9号、…第29/11号决议"), or else of
    the Assembly; none where the organ is a council not known ("理事会" with none named)."""
    hits: list[tuple[int, int, str]] = []
    cites = list(language.postfix_citation_regex.finditer(text))
    if not cites:
        return hits   # (most paragraphs: their organs and clauses are not looked for)
    organs = _organs(text, language)
    named_at = [at for at, _ in organs]
    ends = _clause_ends(text, language)
    for cite in cites:
        prefix: str | None = "A"
        last = bisect_right(named_at, cite.start("nums")) - 1
        if last >= 0:
            # the organ holds unless a clause ends between its name and the citation
            at = named_at[last]
            if bisect_left(ends, at) == bisect_left(ends, cite.start()):
                prefix = organs[last][1]
        if prefix is None or (language.decision_words
                              and text.startswith(language.decision_words, cite.end())):
            continue   # an unknown council; "第18/120号决定": a decision, no symbol of its own
        for n in _NUMBER.finditer(cite["nums"]):
            start = cite.start("nums") + n.start()
            sym = _symbol(n, prefix, text[max(0, start - 20):start])
            if sym is not None:
                shown = n.group("ga") or n.group()
                hits.append((start, start + len(shown), sym.url))
    return hits


def _split(span: Span, hits: list[tuple[int, int, str]]) -> list[Span]:
    out, pos = [], 0
    for start, end, href in sorted(hits):
        if start < pos:
            continue
        if start > pos:
            out.append(span.with_text(span.text[pos:start]))
        out.append(span.with_href(href, span.text[start:end]))
        pos = end
    if pos < len(span.text):
        out.append(span.with_text(span.text[pos:]))
    return out


def link_postfix(text: RichText, language: LanguageTable) -> RichText:
    """`text` with its number-first citations linked.  The text is read whole across its
    note markers and notes ("…第18/120号决定、¹ 2013年9月27日第24/14号、² …第49/6号决议"):
    a list goes on past them, with its organ and the 决议 at its end."""
    starts: dict[int, int] = {}   # a readable span (by id) -> where it begins in the whole
    parts: list[str] = []
    length = 0
    for x in text:
        if isinstance(x, Note):
            x.content = link_postfix(x.content, language)
        elif x.href is not None:
            parts.append("\0")   # a link the source marked: no citation runs through it
            length += 1
        elif not x.note_ref:
            starts[id(x)] = length
            parts.append(x.text)
            length += len(x.text)
    hits = _hits("".join(parts), language) if starts else []
    if not hits:
        return list(text)
    out: RichText = []
    for x in text:
        if isinstance(x, Span) and id(x) in starts:
            begin = starts[id(x)]
            end = begin + len(x.text)
            mine = [(a - begin, b - begin, href) for a, b, href in hits if begin <= a and b <= end]
            out.extend(_split(x, mine) if mine else [x])
        else:
            out.append(x)
    return out


def _link_item(item: Item | PreambularParagraph, language: LanguageTable) -> None:
    item.text = link_postfix(item.text, language)
    if isinstance(item, Item) and item.wrap_up:
        item.wrap_up = link_postfix(item.wrap_up, language)
    for sub in item.items:
        _link_item(sub, language)
    if isinstance(item, Item) and item.embedded is not None:
        for part in item.embedded.parts:
            if isinstance(part, Item | PreambularParagraph):
                _link_item(part, language)


def link_postfix_citations(doc: Resolution, language: LanguageTable) -> None:
    """Link the number-first citations of the preamble, body and annexes (and their notes)."""
    if language.postfix_citation == r"(?!)":
        return
    for holder in doc.bodies():
        for part in [*holder.preamble, *holder.body, *(x for a in holder.annexes for x in a.body)]:
            if isinstance(part, Item | PreambularParagraph):
                _link_item(part, language)
