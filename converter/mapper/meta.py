"""<meta>: identification (FRBR), workflow and references."""

from __future__ import annotations

from datetime import date

from lxml import etree

from converter.mapper.akn import E
from converter.mapper.frbr import FrbrIds


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
