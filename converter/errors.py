"""One base exception; each subclass has its own exit code, mapped by the CLI.

Messages are one line naming the file and the problem.
"""

from __future__ import annotations


class ConversionError(Exception):
    """Base of every error the converter reports to a user."""

    exit_code: int = 1


class UnreadableInputError(ConversionError):
    """The file cannot be read, is empty, or is not the format it claims to be."""

    exit_code = 4


class EncryptedPdfError(ConversionError):
    exit_code = 5


class NoTextLayerError(ConversionError):
    """A scanned PDF: there is no text to convert."""

    exit_code = 6


class MissingSymbolError(ConversionError):
    """Neither the text, `--symbol`, nor the file name gives the document symbol."""

    exit_code = 7


class NotAResolutionError(ConversionError):
    """The input has no recognisable resolution structure."""

    exit_code = 8


class InvalidOutputError(ConversionError):
    """The XML produced does not validate; it is written aside, never to the target."""

    exit_code = 3


class OutputWriteError(ConversionError):
    """The output (or a report) cannot be written: read-only or full directory, bad path."""

    exit_code = 9


class MissingDateError(ConversionError):
    """The text dates nothing (no adoption or issue date) and no `--date` was given."""

    exit_code = 10


class LimitError(ConversionError):
    """The input is over a resource limit (size, pages, text per page, line length, output)."""

    exit_code = 11


class UnsupportedLanguageError(ConversionError):
    """The text is in a language (or script) that has no table."""

    exit_code = 12


class SchemaError(ConversionError):
    """The Akoma Ntoso XSD cannot be used: not installed, unreadable, or not the official file
    (its SHA-256 differs)."""

    exit_code = 13


class UsageError(ConversionError, ValueError):
    """A bad option or parameter value (`--markup-date`, `SOURCE_DATE_EPOCH` …)."""

    exit_code = 2


def describe_os_error(error: OSError) -> str:
    """`Permission denied` rather than `[Errno 13] Permission denied: '/x'`."""
    return error.strerror or type(error).__name__


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """`text` on one line: control characters (a newline in a file name) escaped, not obeyed."""
    if text.isprintable():
        return text   # (every line of a batch's report but a rare one: no character to escape)
    return "".join(_ESCAPES.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 32 or c == "\x7f" else c)
                   for c in text)
