"""Mapper: the document model -> AKN4UN XML (an lxml tree), then ordered passes."""

from __future__ import annotations

from datetime import date

from lxml import etree

from converter.languages import LanguageTable
from converter.mapper.akn import E
from converter.mapper.body import conclusions, main_body, preamble
from converter.mapper.cover import cover_page, preface
from converter.mapper.eids import assign_eids
from converter.mapper.frbr import FrbrIds
from converter.mapper.inline import fill
from converter.mapper.meta import identification
from converter.mapper.references import fill_references
from converter.segmentation.model import Annex, Resolution


def _work_date(doc: Resolution) -> tuple[date, str]:
    m = doc.masthead
    if not doc.doc_type.is_draft and m.adopted is not None:
        return m.adopted, "adoption"
    if doc.conclusions is not None and doc.conclusions.date is not None and not doc.doc_type.is_draft:
        return doc.conclusions.date, "adoption"
    if m.issued is not None and m.issued.date is not None:
        return m.issued.date, "publication" if doc.doc_type.is_draft else "adoption"
    return date(1, 1, 1), "unknown"


def _annex_doc(annex: Annex, ids: FrbrIds, index: int, author: str, published: date | None,
               converted: date, work_date_name: str) -> etree._Element:
    name = "annex" if index == 1 else f"annex_{index}"   # component IRI, as the UN names it
    meta = E.meta(identification(ids.component_of(name), work_date_name=work_date_name,
                                 published=published, author=author, converted=converted))
    pre = E.preface(*[E.p(fill(E.docTitle(), line)) for line in annex.heading])
    doc = E.doc(meta, pre, main_body(annex.body), name="annex")
    assign_eids(doc, prefix=f"annex_{index}")
    return doc


def to_akn(doc: Resolution, language: LanguageTable, converted: date) -> etree._ElementTree:
    """Build the AKN tree for `doc`.  `converted` is the markup date (passed in: no hidden clock)."""
    m = doc.masthead
    assert m.symbol is not None
    work_date, work_date_name = _work_date(doc)
    ids = FrbrIds.for_symbol(m.symbol, work_date, doc.language)
    author = m.organ_key or "ga"
    published = m.issued.date if m.issued else None
    references = E.references(source="#converter")
    statement = E.statement(
        E.meta(identification(ids, work_date_name=work_date_name, published=published,
                              author=author, converted=converted), references),
        cover_page(m, language.united_nations),
        name=doc.doc_type.value,
    )
    pre_face = preface(m)
    if pre_face is not None:
        statement.append(pre_face)
    pre = preamble(doc.formula, doc.preamble)
    if pre is not None:
        statement.append(pre)
    statement.append(main_body(doc.body))
    concl = conclusions(doc.conclusions)
    if concl is not None:
        statement.append(concl)
    if doc.annexes:
        statement.append(E.attachments(*[
            E.attachment(_annex_doc(a, ids, i, author, published, converted, work_date_name))
            for i, a in enumerate(doc.annexes, 1)]))
    root = E.akomaNtoso(statement)
    assign_eids(statement)
    names = {k: v for k, v in ((m.committee_key, m.committee),
                               (m.report_committee_key, m.report_committee)) if k and v}
    fill_references(root, references, names)
    return etree.ElementTree(root)
