"""Mapper: the document model -> AKN4UN XML (an lxml tree), then ordered passes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

from converter.errors import MissingDateError
from converter.languages import LanguageTable
from converter.mapper.akn import E
from converter.mapper.body import analysis, conclusions, main_body, preamble
from converter.mapper.cover import cover_page, preface
from converter.mapper.eids import assign_eids
from converter.mapper.frbr import FrbrIds
from converter.mapper.inline import fill
from converter.mapper.localize import localize_links
from converter.mapper.meta import identification, workflow
from converter.mapper.references import fill_references
from converter.segmentation.model import Annex, DocType, Resolution, ResolutionPart, ResolutionText


def _work_date(doc: Resolution, fallback: date | None) -> tuple[date, str]:
    m = doc.masthead
    if not doc.doc_type.is_draft and m.adopted is not None:
        return m.adopted, "adoption"
    concl = doc.conclusions or next((p.conclusions for p in doc.parts if p.conclusions), None)
    if concl is not None and concl.date is not None and not doc.doc_type.is_draft:
        return concl.date, "adoption"
    if m.issued is not None and m.issued.date is not None:
        return m.issued.date, "publication" if doc.doc_type.is_draft else "adoption"
    if fallback is not None:
        return fallback, "given"   # by --date: the text itself does not say what it dates
    raise MissingDateError("no adoption or issue date in the text; give one with --date YYYY-MM-DD")


@dataclass(frozen=True)
class _Context:
    """What every document of one file shares: identifiers, author, dates."""

    ids: FrbrIds
    author: str
    published: date | None
    converted: date
    work_date_name: str

    def identification(self, ids: FrbrIds | None = None) -> etree._Element:
        return identification(ids or self.ids, work_date_name=self.work_date_name,
                               published=self.published, author=self.author,
                               converted=self.converted)


def _annex_doc(annex: Annex, ctx: _Context, ids: FrbrIds, index: int, scope: str) -> etree._Element:
    name = "annex" if index == 1 else f"annex_{index}"   # component IRI, as the UN names it
    pre = E.preface(*[E.p(fill(E.docTitle(), line)) for line in annex.heading])
    doc = E.doc(E.meta(ctx.identification(ids.component_of(name))), pre, main_body(annex.body),
                name="annex")
    assign_eids(doc, prefix=f"{scope}annex_{index}")
    return doc


def _content(holder: ResolutionText, ctx: _Context, ids: FrbrIds,
             scope: str = "", *, opening: bool = False) -> list[etree._Element]:
    """preamble, mainBody, conclusions and attachments of a resolution or of one part
    (`opening`: its body opens with an alinea, see `main_body`)."""
    out = [x for x in (preamble(holder.formula, holder.preamble),) if x is not None]
    out.append(main_body(holder.body, opening=opening))
    concl = conclusions(holder.conclusions, holder.vote)
    if concl is not None:
        out.append(concl)
    if holder.annexes:
        out.append(E.attachments(*[E.attachment(_annex_doc(a, ctx, ids, i, scope))
                                   for i, a in enumerate(holder.annexes, 1)]))
    return out


def _meta(*blocks: etree._Element | None) -> etree._Element:
    """<meta> from its blocks in schema order (identification, workflow, analysis,
    references)."""
    return E.meta(*[b for b in blocks if b is not None])


def _part_statement(part: ResolutionPart, index: int, ctx: _Context, name: str) -> etree._Element:
    """Part A, B … of a resolution, or of a draft (`name`: the document's type)."""
    ids = ctx.ids.component_of(part.letter)
    title = fill(E.docTitle(refersTo="#resolutionTitle"), part.title)
    return E.statement(_meta(ctx.identification(ids), analysis(part.vote)),
                       E.preface(E.p(fill(E.docNumber(), part.label) if part.label
                                     else E.docNumber(part.letter), title)),
                       *_content(part, ctx, ids, scope=f"component_{index}__"),
                       name=name)


def to_akn(doc: Resolution, language: LanguageTable, converted: date,
           fallback_date: date | None = None) -> etree._ElementTree:
    """Build the AKN tree for `doc`.  `converted` is the markup date (passed in: no hidden clock);
    `fallback_date` dates a document whose text dates nothing (else `MissingDateError`).

    A resolution issued in parts A, B … becomes a documentCollection whose components are
    the parts' own statements."""
    m = doc.masthead
    assert m.symbol is not None
    work_date, work_date_name = _work_date(doc, fallback_date)
    ctx = _Context(FrbrIds.for_symbol(m.symbol, work_date, doc.language), m.organ_key or "ga",
                   m.issued.date if m.issued else None, converted, work_date_name)
    references = E.references(source="#converter")
    head = [_meta(ctx.identification(), workflow(doc, work_date, work_date_name, ctx.author),
                  analysis(doc.vote), references),
            cover_page(m, language.united_nations)]
    pre_face = preface(m)
    if pre_face is not None:
        head.append(pre_face)
    if doc.parts:
        components = [E.component(_part_statement(p, i, ctx, doc.doc_type.value))
                      for i, p in enumerate(doc.parts, 1)]
        top = E.documentCollection(*head, E.collectionBody(*components), name="publication")
    else:
        opening = doc.doc_type is DocType.PRESIDENTIAL_STATEMENT
        top = E.statement(*head, *_content(doc, ctx, ctx.ids, opening=opening), name=doc.doc_type.value)
    root = E.akomaNtoso(top)
    assign_eids(top)
    localize_links(root, language.undocs_code)
    names = {k: v for k, v in ((m.committee_key, m.committee),
                               (m.report_committee_key, m.report_committee)) if k and v}
    fill_references(root, references, names)
    etree.cleanup_namespaces(root)   # only what is used is declared (akn4un: where it is)
    return etree.ElementTree(root)
