"""The PDF reader: born-digital UN PDFs into the neutral block model."""

from converter.readers.pdf.reader import read_pages, read_pdf

__all__ = ["read_pages", "read_pdf"]
