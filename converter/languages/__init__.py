"""Per-language word tables.  Code paths never spell out language-dependent words:
they ask the table of the document's language (ISO 639-2/B code, `eng` first)."""

from __future__ import annotations

from importlib import import_module

from converter.languages.table import LanguageTable, UnknownLanguageError

# code -> (module, table): each table is imported only when asked for
_TABLES = {"eng": ("eng", "ENGLISH"), "fra": ("fra", "FRENCH"), "spa": ("spa", "SPANISH"),
           "rus": ("rus", "RUSSIAN"), "ara": ("ara", "ARABIC"), "zho": ("zho", "CHINESE")}
SUPPORTED = tuple(_TABLES)
UN_LANGUAGES = ("eng", "fra", "spa", "rus", "ara", "zho")


def get_language(code: str) -> LanguageTable:
    """The table for `code`, or UnknownLanguageError naming the supported codes."""
    if code not in _TABLES:
        raise UnknownLanguageError(
            f"language {code!r} is not supported yet (supported: {', '.join(SUPPORTED)})")
    module, name = _TABLES[code]
    table: LanguageTable = getattr(import_module(f"converter.languages.{module}"), name)
    return table


__all__ = ["SUPPORTED", "UN_LANGUAGES", "LanguageTable", "UnknownLanguageError", "get_language"]
