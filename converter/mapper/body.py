"""Preamble, operative part, conclusions -> <preamble>, <mainBody>, <conclusions>."""

from __future__ import annotations

from lxml import etree

from converter.mapper.akn import E, element, q
from converter.mapper.inline import fill, mark_mixed, paragraph
from converter.segmentation.model import (
    Conclusions,
    EmbeddedText,
    Heading,
    Item,
    PreambularParagraph,
    RichText,
    Table,
    Vote,
    plain_text,
)
from converter.segmentation.richtext import split_at, strip

BodyPart = Item | Heading | PreambularParagraph
DIVISIONS = frozenset({"part", "chapter", "section", "article", "rule"})   # headings that keep their element


def preamble(formula: RichText | None, paragraphs: list[PreambularParagraph]) -> etree._Element | None:
    if formula is None and not paragraphs:
        return None
    pre = E.preamble()
    if formula is not None:
        pre.append(E.formula(paragraph(formula), name="enactingFormula"))
    for para in paragraphs:
        container = element("container", name=para.name)
        container.append(_preambular_content(para))
        container.extend(map(table, para.tables))
        pre.append(container)
    return pre


def _preambular_content(para: PreambularParagraph) -> etree._Element:
    """A plain paragraph, or a blockList when the paragraph lists (a), (b)…"""
    if not para.items:
        return paragraph(para.text)
    block = E.blockList(fill(E.listIntroduction(), para.text))
    for item in para.items:   # (the end of the introducing sentence: an item without a number)
        numbered = [E.num(item.num)] if item.num is not None else []
        block.append(E.item(*numbered, paragraph(item.text)))
    return block


def table(t: Table) -> etree._Element:
    """<table>: header cells as <th>, the others as <td>; every cell holds a <p>."""
    el = E.table()
    for i, row in enumerate(t.rows):
        tag = "th" if i < t.header_rows else "td"
        cells = row + [[] for _ in range(t.columns - len(row))]
        el.append(E.tr(*[E(tag, paragraph(cell)) for cell in cells]))
    return el


def _blocks(text: RichText, tables: list[Table]) -> list[etree._Element]:
    """The paragraph's text (when it has any) and the tables it introduces."""
    out = [paragraph(text)] if text or not tables else []
    return out + [table(t) for t in tables]


def _item(item: Item, tag: str) -> etree._Element:
    el = element(tag)
    if item.num:
        el.append(element("num", item.num))
    if item.heading is not None:
        el.append(fill(element("heading"), item.heading))
    if not item.items:
        content = element("content")
        content.extend(_blocks(item.text, item.tables))
        if item.embedded is not None:
            content[0].append(_embedded(item.embedded))
        el.append(content)
        return el
    lst = E.list()
    if item.text or item.tables:
        lst.append(E.intro(*_blocks(item.text, item.tables)))
    for sub in item.items:
        lst.append(_item(sub, "point"))
    if item.wrap_up:
        lst.append(E.wrapUp(paragraph(item.wrap_up)))
    el.append(lst)
    return el


def _embedded(text: EmbeddedText) -> etree._Element:
    """<embeddedStructure>, inline at the end of the paragraph that introduces the quoted
    resolution: its formula, preambular containers and paragraphs, as in a preamble and body."""
    quoted = preamble(text.formula, text.preamble)
    return E.embeddedStructure(*(quoted if quoted is not None else []), *body_elements(text.body))


def _heading(h: Heading, tag: str) -> etree._Element:
    el = E(tag)
    if h.num:
        el.append(E.num(h.num))
    if h.text or not h.num:
        el.append(fill(E.heading(), h.text))
    return el


def body_elements(parts: list[BodyPart]) -> list[etree._Element]:
    """Paragraphs, nested in the parts their headings open.

    Heading kinds (roman `I.`, lettered `A.`, unnumbered) nest in the order they first
    appear: a kind already open closes the parts below it, a new kind opens a deeper part.
    """
    top: list[etree._Element] = []
    open_parts: list[tuple[str, etree._Element]] = []   # (heading kind, element), outermost first
    for part in parts:
        if isinstance(part, Heading):
            kinds = [k for k, _ in open_parts]
            if part.kind in kinds:
                del open_parts[kinds.index(part.kind):]
            tag = part.kind if part.kind in DIVISIONS else "subsection" if open_parts else "section"
            el = _heading(part, tag)
            (open_parts[-1][1].append(el) if open_parts else top.append(el))
            open_parts.append((part.kind, el))
            continue
        elements = (_part_recital(part) if isinstance(part, PreambularParagraph)
                    else [_item(part, "paragraph")])
        (open_parts[-1][1] if open_parts else top).extend(elements)
    return top


def _part_recital(recital: PreambularParagraph) -> list[etree._Element]:
    """A recital inside a headed part: a `crossHeading`, which holds inline text only, so the
    items it lists follow it as lettered paragraphs (as the UN's files write them)."""
    return [fill(E.crossHeading(refersTo="#preamble"), recital.text),
            *(_item(item, "paragraph") for item in recital.items)]


def main_body(parts: list[BodyPart], *, opening: bool = False) -> etree._Element:
    """<mainBody>; with `opening`, an unnumbered first paragraph is the `alinea` that opens
    it (a presidential statement's "At the … meeting …", as the profile has it)."""
    elements = body_elements(parts)
    first = parts[0] if parts else None
    if opening and isinstance(first, Item) and first.num is None and not first.items:
        elements[0].tag = q("alinea")
    body = E.mainBody(*elements)
    if not len(body):
        body.append(E.paragraph(E.content(E.p())))
    return body


def conclusions(c: Conclusions | None, vote: Vote | None = None) -> etree._Element | None:
    """The meeting and date of adoption, then the vote line when one is printed."""
    if c is None and vote is None:
        return None
    out = E.conclusions()
    if c is not None:
        event = E.event(E.location(c.meeting, refersTo="#adoptionMeeting"), refersTo="#adoption")
        if c.date_text:
            event.append(E.eol())
            if c.date is not None:
                event.append(E.docDate(c.date_text, date=c.date.isoformat(), refersTo="#adoptionDate"))
            else:
                event[-1].tail = c.date_text
        out.append(mark_mixed(E.p(event)))
    if vote is not None:
        out.append(_vote_line(vote))
    return out


def _vote_line(vote: Vote) -> etree._Element:
    """The printed vote; each side's list on its own line, its voters as one organization
    (as the UN's files write them)."""
    if not vote.sides:
        return paragraph(vote.text)
    p = E.p()
    rest, done = vote.text, 0
    for start, label_end, voters in sorted(vote.sides.values()):
        before, rest = split_at(rest, start - done)
        label, rest = split_at(rest, label_end - start)
        fill(p, strip(before))
        p.append(E.eol())
        fill(p, strip(label))
        p.append(E.eol())
        names_at = plain_text(rest).find(voters) if voters else -1
        if names_at >= 0:
            _, rest = split_at(rest, names_at)   # the space after the label
            names, rest = split_at(rest, len(voters))
            p.append(fill(E.organization(refersTo="#memberStates"), names))
            done = label_end + names_at + len(voters)
        else:
            done = label_end
    return mark_mixed(fill(p, rest))


VOTE_COUNTS = ("inFavour", "against", "abstaining")


def analysis(vote: Vote | None) -> etree._Element | None:
    """<analysis>: the voting outcome, with a count per side for a recorded vote."""
    if vote is None:
        return None
    counts = [E.count(value=str(vote.counts[side]), refersTo=f"#{side}")
              for side in VOTE_COUNTS if side in vote.counts]
    # <voting> needs a child: without a vote there is nothing counted, an empty quorum (as
    # the UN's own files write it)
    voting = E.voting(*(counts or [E.quorum(value="")]), outcome=f"#{vote.outcome}")
    return E.analysis(E.parliamentary(voting), source="#converter")
