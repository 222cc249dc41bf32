"""Segmentation: reader blocks -> the typed document model (`Resolution`)."""

from __future__ import annotations

from converter.errors import MissingSymbolError, NotAResolutionError
from converter.languages import LanguageTable
from converter.readers.blocks import SourceDocument
from converter.segmentation.body import BodyResult, read_body
from converter.segmentation.endmatter import join_vote_lists
from converter.segmentation.links import link_citations
from converter.segmentation.masthead import read_masthead
from converter.segmentation.model import DocType, Item, Masthead, Resolution, plain_text
from converter.segmentation.paragraphs import anchor_notes, join_paragraphs
from converter.segmentation.postfix_links import link_postfix_citations
from converter.symbols import Symbol, resolution_symbol


def segment(source: SourceDocument, language: LanguageTable, *, name: str,
            symbol: Symbol | None = None, filename_symbol: Symbol | None = None) -> Resolution:
    """Build the document model.  `name` is used in error messages (the file name)."""
    paragraphs, notes = join_paragraphs(source.blocks, language)
    unanchored = anchor_notes(paragraphs, notes)
    join_vote_lists(paragraphs, language)
    masthead, start = read_masthead(paragraphs, language)
    body = read_body(paragraphs[start:], language)
    if not _looks_like_resolution(masthead, body):
        raise NotAResolutionError(f"{name}: no resolution structure found (no formula, "
                                  "preamble or numbered paragraphs)")
    no_masthead = not (masthead.organ or masthead.symbol or masthead.session or masthead.adoption_title)
    masthead.symbol = _choose_symbol(masthead, symbol, filename_symbol, source, name)
    if masthead.symbol.is_corrigendum and body.formula is None and not body.parts:
        # "Operative paragraph 2" / "For … read …": corrections, not a text with a formula
        raise NotAResolutionError(f"{name}: a corrigendum ({masthead.symbol}), no resolution text")
    _fill_from_symbol(masthead, masthead.symbol, body, language)
    doc_type = _doc_type(masthead)
    resolution = Resolution(doc_type, language.code, masthead, formula=body.formula,
                            preamble=body.preamble, body=body.body,
                            conclusions=body.conclusions, vote=body.vote, annexes=body.annexes,
                            parts=body.parts)
    if no_masthead:
        resolution.warnings.append(f"{name}: no masthead (organ, session, symbol) found; "
                                   "converted without it")
    resolution.warnings.extend(f"{name}: footnote {n.marker} has no marker in the text"
                               for n in unanchored)
    link_citations(resolution, language)
    link_postfix_citations(resolution, language)
    return resolution


def _looks_like_resolution(m: Masthead, body: BodyResult) -> bool:
    """Under a UN masthead: a formula, a preamble, or a line naming the document a
    resolution, decision or draft (a Main Committee's "Organization of work" has a
    masthead and numbered paragraphs, and is none).  Without a masthead: a formula, a
    preamble or numbered paragraphs."""
    if body.parts or body.formula or body.preamble:
        return True
    if m.organ or m.symbol or m.session:
        return bool((m.adoption_title or m.sponsors or m.number or m.statement_kind) and body.body)
    return any(isinstance(p, Item) and p.num for p in body.body)


def _fill_from_symbol(m: Masthead, symbol: Symbol, body: BodyResult, language: LanguageTable) -> None:
    """What the masthead does not print and the symbol (or formula) tells: the organ, a
    session number in words the table cannot read ("第七十七届会议": A/RES/77/116 -> 77), the
    number of a title printed without it."""
    if m.organ_key is None:
        m.organ_key = _organ_of(body, symbol, language)
    if m.session is not None and m.session_number is None:
        m.session_number = symbol.session
    if m.number is None and m.adoption_title and m.title:
        m.number = symbol.resolution_number


def _organ_of(body: BodyResult, symbol: Symbol, language: LanguageTable) -> str:
    """Without a masthead, the organ the formula names ("The Security Council,"), else the
    organ of the symbol's series."""
    found = language.formula_regex.match(plain_text(body.formula or []).strip())
    if found and "organ" in found.groupdict() and found["organ"] in language.organs:
        return language.organs[found["organ"]]
    return symbol.organ_key


def _choose_symbol(m: Masthead, given: Symbol | None, from_name: Symbol | None,
                   source: SourceDocument, name: str) -> Symbol:
    """The text's own symbol first, then --symbol, then the file name."""
    if m.symbol is not None:
        return m.symbol
    if source.symbol_hint:
        return Symbol.parse(source.symbol_hint)
    if m.number is not None and m.adoption_title is not None and m.organ_key == "ga":
        if m.adoption_kind == "decision":
            return Symbol(f"A/DEC/{m.number}")
        return resolution_symbol(m.number)
    if given is not None:
        return given
    if from_name is not None:
        return from_name
    raise MissingSymbolError(f"{name}: the document symbol is not printed in the text; "
                             "give it with --symbol (e.g. --symbol A/C.3/79/L.23) or name "
                             "the file after it (e.g. A_C.3_79_L.23.txt)")


def _doc_type(m: Masthead) -> DocType:
    """What the submission line says it is, else what the symbol or adoption line says."""
    if m.draft_kind is not None:
        return DocType(m.draft_kind)
    if m.statement_kind is not None:
        return DocType(m.statement_kind)
    if m.symbol is not None and m.symbol.is_draft:
        return DocType.DRAFT_RESOLUTION
    if m.adoption_kind == "decision" or (m.symbol is not None and m.symbol.is_decision):
        return DocType.DECISION
    return DocType.RESOLUTION


__all__ = ["segment"]
