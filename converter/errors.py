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
