"""Per-language word tables.  Code paths never spell out language-dependent words:
they ask the table of the document's language (ISO 639-2/B code, `eng` first)."""

from __future__ import annotations

from converter.languages.table import LanguageTable, UnknownLanguageError

SUPPORTED = ("eng",)
# The six UN languages; tables for the others will join SUPPORTED as they are written.
UN_LANGUAGES = ("eng", "fra", "spa", "rus", "ara", "zho")


def get_language(code: str) -> LanguageTable:
    """The table for `code`, or UnknownLanguageError naming the supported codes."""
    if code == "eng":
        from converter.languages.eng import ENGLISH

        return ENGLISH
    raise UnknownLanguageError(
        f"language {code!r} is not supported yet (supported: {', '.join(SUPPORTED)})"
    )


__all__ = ["SUPPORTED", "UN_LANGUAGES", "LanguageTable", "UnknownLanguageError", "get_language"]
