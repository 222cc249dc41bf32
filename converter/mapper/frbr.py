"""FRBR identifiers of a UN document (Work, Expression, Manifestation IRIs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from converter.symbols import Symbol


@dataclass(frozen=True)
class FrbrIds:
    """`/akn/un/statement/deliberation/<actor>/<date>/<number>` and its expression/manifestation."""

    actor: str
    work_date: date
    number: str
    language: str
    component: str = "!main"

    @classmethod
    def for_symbol(cls, symbol: Symbol, work_date: date, language: str) -> FrbrIds:
        return cls(symbol.actor, work_date, symbol.work_number, language)

    def component_of(self, name: str) -> FrbrIds:
        return FrbrIds(self.actor, self.work_date, self.number, self.language,
                       f"{self.component}/{name}")

    @property
    def work_uri(self) -> str:
        return f"/akn/un/statement/deliberation/{self.actor}/{self.work_date.isoformat()}/{self.number}"

    @property
    def work_this(self) -> str:
        return f"{self.work_uri}/{self.component}"

    @property
    def expression_uri(self) -> str:
        return f"{self.work_uri}/{self.language}@"

    @property
    def expression_this(self) -> str:
        return f"{self.expression_uri}/{self.component}"

    @property
    def manifestation_uri(self) -> str:
        return f"{self.expression_uri}.xml"

    @property
    def manifestation_this(self) -> str:
        return f"{self.expression_this}.xml"
