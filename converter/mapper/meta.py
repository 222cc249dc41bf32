"""<meta>: identification (FRBR) and the workflow steps the document itself shows."""

from __future__ import annotations

from datetime import date

from lxml import etree

from converter.mapper.akn import E
from converter.mapper.frbr import FrbrIds
from converter.segmentation.model import Resolution


def identification(ids: FrbrIds, *, work_date_name: str, published: date | None,
                   author: str, converted: date) -> etree._Element:
    expression_date = published or ids.work_date
    return E.identification(
        E.FRBRWork(
            E.FRBRthis(value=ids.work_this),
            E.FRBRuri(value=ids.work_uri),
            E.FRBRdate(date=ids.work_date.isoformat(), name=work_date_name),
            E.FRBRauthor(href=f"#{author}", **{"as": "#author"}),
            E.FRBRcountry(value="un"),
        ),
        E.FRBRExpression(
            E.FRBRthis(value=ids.expression_this),
            E.FRBRuri(value=ids.expression_uri),
            E.FRBRdate(date=expression_date.isoformat(), name="publication"),
            E.FRBRauthor(href=f"#{author}", **{"as": "#author"}),
            E.FRBRlanguage(language=ids.language),
        ),
        E.FRBRManifestation(
            E.FRBRthis(value=ids.manifestation_this),
            E.FRBRuri(value=ids.manifestation_uri),
            E.FRBRdate(date=converted.isoformat(), name="markup"),
            E.FRBRauthor(href="#converter", **{"as": "#editor"}),
        ),
        source="#converter",
    )


def workflow(doc: Resolution, work_date: date, work_date_name: str,
             author: str) -> etree._Element | None:
    """The steps the text shows: a draft's submission (its issue date, by whom the document
    names: its sponsors, an officer, else the committee or organ it is submitted in), or
    the adoption (the adoption date, by the organ).  Steps the text does not date (the
    committee's recommendation) are left out rather than guessed."""
    m = doc.masthead
    if doc.doc_type.is_draft:
        if m.issued is None or m.issued.date is None:
            return None
        step = E.step(date=m.issued.date.isoformat(), outcome=f"#{doc.doc_type.value}",
                      by=f"#{m.submitter or m.committee_key or author}")
    elif work_date_name == "adoption":
        step = E.step(date=work_date.isoformat(), outcome="#adopted", by=f"#{author}")
    else:
        return None
    return E.workflow(step, source="#converter")

