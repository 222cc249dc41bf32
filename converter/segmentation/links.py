"""Links in the text: citations of UN documents (-> undocs.org) and web addresses.

Links the source marks (PDF annotations, markdown `[70/1](#)`) are resolved
from their text and context; unmarked citations that are unambiguous (a full
symbol such as `A/79/53`, or "resolution 70/1") become links too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from converter.languages import LanguageTable
from converter.readers.blocks import Span
from converter.segmentation.citations import (
    JOINT_SEPARATOR,
    LOOK_BACK,
    SC_NUMBER,
    citation_patterns,
    citing_words,
    printed_part,
    separate_part,
    symbol_for,
    symbol_with_part,
)
from converter.segmentation.model import (
    Heading,
    Inline,
    Item,
    Note,
    PreambularParagraph,
    Resolution,
    RichText,
    plain_text,
)
from converter.symbols import CITATIONS_UNLINKED, SERIES, Symbol

# a web address printed in the text: "https://newyorkconvention1958.org/", "www.un.org/dppa/…"
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"。，；：）]*[^\s<>\".,;:)\]。，；：）]")


# a web address a line break cut ("…/advisory_opinion/ C31_adv_op.pdf"): not linked
_URL_GOES_ON = re.compile(r"\s+[^\s]*[/_]|(?<=[/_-])\s")


def url_target(shown: str) -> str:
    """The href of a printed web address (one without a scheme is taken as http)."""
    return shown if shown.startswith("http") else f"http://{shown}"


def _cut_in_two(text: RichText, i: int) -> tuple[Span, Span] | None:
    """(first, second) when `text[i:i + 3]` is a marked link, white space and a marked link:
    perhaps one link that a line break cut in two."""
    part = [x for x in text[i:i + 3] if isinstance(x, Span) and not x.note_ref]
    if (len(part) == 3 and part[0].href is not None and part[2].href is not None
            and not part[1].text.strip()):
        return part[0], part[2]
    return None


def _marked_url_halves(text: RichText) -> dict[int, str]:
    """Web addresses the source marks as two links because a line break cut them
    ("[www.itlos.org/…/Advisory_Opinion/](#) [C31_Adv_Op.pdf](#)"): index -> whole address."""
    whole: dict[int, str] = {}
    for i in range(len(text) - 2):
        cut = _cut_in_two(text, i)
        if cut is None:
            continue
        a, b = cut
        if _URL.fullmatch(a.text) and a.text.endswith(("/", "_", "-")) and b.text \
                and " " not in b.text.strip():
            whole[i] = whole[i + 2] = url_target(a.text + b.text.strip().rstrip("."))
    return whole


def _join_cut_numbers(text: RichText, language: LanguageTable) -> RichText:
    """A Council resolution or a symbol with its part the source marks as two links
    because a line break cut it ("[2375](#) [(2017)](#)", "[A/73/12](#) [(Part I)](#)")
    is one link."""
    cut_citation = rf"{SC_NUMBER}|{symbol_with_part(language).pattern}"
    out: RichText = []
    i = 0
    while i < len(text):
        cut = _cut_in_two(text, i)
        if cut is not None and cut[1].text.strip().startswith("(") and re.fullmatch(
                cut_citation, f"{cut[0].text.strip()} {cut[1].text.strip()}"):
            out.append(replace(cut[0], text=plain_text(text[i:i + 3])))
            i += 3
        else:
            out.append(text[i])
            i += 1
    return out


_SC_LISTED = re.compile(rf"(?=\d)(?<![\w/.(-])(?P<num>{SC_NUMBER})")   # ((?=\d): see `opening`)


@dataclass(frozen=True)
class Citing:
    """What the linker knows of the citing document: its organ's series ("A", "A/HRC", "E",
    "S"), whose resolutions "its resolution" cites, and whether citations its text only
    prints (no link in the source) become links."""

    own: str = "A"
    infer: bool = True


ASSEMBLY = Citing()


def link_text(text: RichText, language: LanguageTable, citing: Citing = ASSEMBLY) -> RichText:
    """`text` with hrefs resolved for the links it marks and set on the citations and web
    addresses it prints; its notes are linked in place."""
    patterns = citation_patterns(language)
    halves: dict[int, str] = {}
    if _marked_links(text) > 1:   # a link cut in two needs two (most texts mark none)
        text = _join_cut_numbers(text, language)
        halves = _marked_url_halves(text)
    out: RichText = []
    context = ""
    for i, x in enumerate(text):
        if isinstance(x, Note):
            x.content = link_text(x.content, language, citing)
            out.append(x)
            continue
        if x.note_ref:
            out.append(x)
            continue
        if i in halves:
            out.append(x.with_href(halves[i]))
        elif x.href is not None and not x.href.startswith("http"):
            if _URL.fullmatch(x.text.strip()):
                out.append(x.with_href(url_target(x.text.strip())))
            else:
                out.extend(_resolved(x, context, _following(text, i), language, citing.own))
        elif x.href is None and citing.infer and _may_cite(x.text):
            out.extend(_detect(x, (context, _following(text, i)), patterns, language, citing.own))
        else:
            out.append(x)
        context = (context + x.text)[-LOOK_BACK:]
    return out


def _marked_links(text: RichText) -> int:
    return sum(1 for x in text if isinstance(x, Span) and x.href is not None)


def _may_cite(text: str) -> bool:
    """Every citation form has a '/' or a '(' (1514 (XV), 2397 (2017)): only such text is searched."""
    return "/" in text or "(" in text


def _resolved(span: Span, context: str, after: str, language: LanguageTable, own: str) -> list[Span]:
    """A marked link with the target its text names; punctuation the source marked with it
    ("[A/80/373](#)[,](#)", "[A/C.6/78/SR.47.](#)") left outside."""
    shown = span.text.rstrip(",;:")
    if shown.endswith(".") and symbol_with_part(language).fullmatch(shown[:-1]):
        shown = shown[:-1]   # a symbol never ends with a stop: the sentence's ("A/C.6/78/SR.47.")
    sym = symbol_for(shown, context, language, after, own)
    part = separate_part(shown, after, language) if sym and "/RES/" in sym.text else ""
    sym = Symbol(sym.text + part) if sym and part else sym
    linked = span.with_href(sym.url if sym else None, shown)
    if shown == span.text:
        return [linked]
    return [linked, Span(span.text[len(shown):], span.italic, span.bold)]


def _following(text: RichText, i: int, size: int = 160) -> str:
    """The running text after `text[i]` (notes left out), up to about `size` characters."""
    parts: list[str] = []
    total = 0   # kept, not recounted, and no slice of `text`: linear in a line of 10,000 spans
    for j in range(i + 1, len(text)):
        if total >= size:
            break
        x = text[j]
        if not isinstance(x, Note) and not x.note_ref:
            parts.append(x.text)
            total += len(x.text)
    return "".join(parts)


@lru_cache(maxsize=8)
def _list_tail(language: LanguageTable) -> re.Pattern[str]:
    """The separator a list of numbers ends with: ", ", "; and ", " and "."""
    return re.compile(rf"(?:[,;]\s*|\s+)(?:{language.and_word}\s*)?$")


def _cited(text: str, around: tuple[str, str], cite: re.Pattern[str], number: re.Pattern[str],
           language: LanguageTable, own: str) -> list[tuple[int, int, str]]:
    """(start, end, href) of the numbers `text` cites, between the texts `around` it; a
    list that began before ("resolutions 71/205" before a footnote, then " and 72/190")
    goes on in `text`; a body named after the list adopted all its numbers."""
    context, after = around
    whole = context + text + after
    words = citing_words(language)
    if words and not any(w in whole for w in words):
        return []   # (no citing word: the pattern is not tried at every character)
    hits = []
    for m in cite.finditer(whole):
        # what follows the list, from its last number: not the "and" that goes on to another
        # body's citation ("resolution 51/32 and by the General Assembly in …")
        listed = _list_tail(language).sub("", m["nums"])
        following = whole[m.start("nums") + len(listed):]
        for n in number.finditer(m["nums"]):
            start = m.start("nums") + n.start()   # the organ named before the list cites all
            end = start + len(n.group())
            if not len(context) <= start < end <= len(context) + len(text):
                continue
            sym = symbol_for(n.group(), whole[:m.start("nums")], language, following, own)
            if sym is not None:
                part = separate_part(n.group(), whole[end:], language) if "/RES/" in sym.text else ""
                sym = Symbol(sym.text + part) if part else sym
                hits.append((start - len(context), end - len(context), sym.url))
    return hits


_NON_BREAKING = str.maketrans("\u2011", "-")


def _detect(span: Span, around: tuple[str, str], patterns: tuple[re.Pattern[str], ...],
            language: LanguageTable, own: str) -> list[Span]:
    """Split a span, between the texts `around` it, around the citations and web addresses
    it contains.  A non-breaking hyphen ("S‑10/2", "A/ES‑10/794") is read as the hyphen
    the symbol has; the text keeps it."""
    if not _may_cite(span.text):
        return [span]
    text = span.text.translate(_NON_BREAKING)
    context, after = (part.translate(_NON_BREAKING) for part in around)
    around = (context, after)
    cite, number, dated = patterns
    hits: list[tuple[int, int, str]] = []   # (start, end, href)
    covered: set[int] = set()   # the positions under `hits`: a lookup, not a scan of them all

    def free(pos: int) -> bool:
        return pos not in covered

    def add(found: list[tuple[int, int, str]]) -> None:
        hits.extend(found)
        for a, b, _ in found:
            covered.update(range(a, b))

    add(_cited(text, around, cite, number, language, own))
    words = "|".join(language.resolution_words)
    # "… and 70/54 of 7 December 2015", and a Council number in a sentence that cites
    # resolutions ("its resolutions on Iraq, in particular 1500 (2003), 1546 (2004)"): the
    # "N (YYYY)" form is the Security Council's alone
    # (the patterns below need a '/' or a " (": a text without is not scanned)
    slash = "/" in text
    for m in [*(dated.finditer(text) if slash else ()),
              *(_SC_LISTED.finditer(text) if " (" in text else ())]:
        sentence = re.split(r"[.;]\s", context + text[:m.start()])[-1]
        if words and re.search(rf"\b(?i:{words})\b", sentence) and free(m.start()):
            sym = symbol_for(m["num"], context + text[:m.start()], language,
                             text[m.end("num"):] + after, own)
            if sym is not None:
                add([(m.start(), m.end("num"), sym.url)])
    add([(m.start(), m.end(), url_target(m.group())) for m in _URL.finditer(text)
         if free(m.start()) and not _URL_GOES_ON.match(text, m.end())])
    for m in symbol_with_part(language).finditer(text) if slash else ():
        if free(m.start()):
            first = JOINT_SEPARATOR.split(m.group())[0].rstrip(".")
            add([(m.start(), m.end(), Symbol(first).url)])
    if not hits:
        return [span]
    text = span.text   # (the same length: only the hyphens differ)
    hits.sort(key=lambda h: h[0])
    out: list[Span] = []
    pos = 0
    for start, end, href in hits:
        if start < pos:
            continue
        if start > pos:
            out.append(span.with_text(text[pos:start]))
        shown = text[start:end].rstrip(".")
        out.append(span.with_href(href, shown))
        pos = start + len(shown)
    if pos < len(text):
        out.append(span.with_text(text[pos:]))
    return out


TextChange = Callable[[RichText, Citing], RichText]


def _change_item(item: Item | PreambularParagraph, change: TextChange, citing: Citing) -> None:
    item.text = change(item.text, citing)
    if isinstance(item, Item) and item.wrap_up:
        item.wrap_up = change(item.wrap_up, citing)
    for table in item.tables:
        table.rows = [[change(cell, citing) for cell in row] for row in table.rows]
    for sub in item.items:
        _change_item(sub, change, citing)
    if isinstance(item, Item) and item.embedded is not None:   # "its resolution": the quoted organ's
        quoted = replace(citing, own=SERIES.get(item.embedded.organ_key or "", citing.own))
        _change_parts(item.embedded.parts, change, quoted)


def _change_parts(parts: list[Item | Heading | PreambularParagraph], change: TextChange,
                  citing: Citing) -> None:
    for part in parts:
        if isinstance(part, Item | PreambularParagraph):
            _change_item(part, change, citing)
        else:
            part.text = change(part.text, citing)


def _change_texts(doc: Resolution, change: TextChange) -> None:
    """Apply `change` to every text that cites: the sponsors' line, a part's letter, the
    preamble, body and annexes of the resolution or of each part (notes go with their text)."""
    citing = citing_document(doc)
    if doc.masthead.sponsors:
        doc.masthead.sponsors = change(doc.masthead.sponsors, citing)
    doc.masthead.part_letter = change(doc.masthead.part_letter, citing)
    for holder in doc.bodies():
        _change_parts([*holder.preamble, *holder.body, *(x for a in holder.annexes for x in a.body)],
                      change, citing)
        for annex in holder.annexes:   # the notes of an annex's heading ("Terms of reference¹")
            annex.heading = [change(line, citing) for line in annex.heading]


def link_citations(doc: Resolution, language: LanguageTable) -> None:
    """Resolve and detect links in the preamble, body, annexes and all footnotes; then link
    every citation of a part that is a document of its own as its dated citation does."""
    own: dict[tuple[str, str], str] = {}

    def link(text: RichText, citing: Citing) -> RichText:
        linked = link_text(text, language, citing)
        _note_parts_of_their_own(linked, language, own)   # (in the same pass: read only)
        return linked

    _change_texts(doc, link)
    if own:
        _change_texts(doc, lambda text, _: _as_their_own(text, language, own))


def _part_after(following: Inline | None, language: LanguageTable) -> str | None:
    """The part letter printed right after a linked number ("48/218" then " B, …")."""
    if not isinstance(following, Span) or following.href is not None or following.note_ref:
        return None
    return printed_part(following.text, language)


def _note_parts_of_their_own(text: RichText, language: LanguageTable,
                             own: dict[tuple[str, str], str]) -> None:
    """Note in `own`, for each citation linking a part as a document of its own (its href
    ends with the letter printed after it), (the resolution's href, letter) -> its href."""
    for i, x in enumerate(text):
        if isinstance(x, Note):
            _note_parts_of_their_own(x.content, language, own)
        elif x.href and not x.note_ref:
            part = _part_after(text[i + 1] if i + 1 < len(text) else None, language)
            if part and x.href.endswith(f"/RES/{x.text.strip()}{part}"):
                own[x.href[:-len(part)], part] = x.href


def _as_their_own(text: RichText, language: LanguageTable,
                  own: dict[tuple[str, str], str]) -> RichText:
    """`text` with each citation of a part noted in `own` linked to the part's document."""
    out: RichText = []
    for i, x in enumerate(text):
        if isinstance(x, Note):
            x.content = _as_their_own(x.content, language, own)
        elif x.href and not x.note_ref:
            part = _part_after(text[i + 1] if i + 1 < len(text) else None, language)
            target = own.get((x.href, part)) if part else None
            x = x.with_href(target) if target else x
        out.append(x)
    return out


def citing_document(doc: Resolution) -> Citing:
    """The citing document's own series, from the organ its masthead (or formula) names; the
    organs whose published files link no citation their text only prints infer none."""
    m = doc.masthead
    organ = m.subsidiary_key or m.organ_key or "ga"
    return Citing(own=SERIES.get(organ, "A"), infer=organ not in CITATIONS_UNLINKED)
