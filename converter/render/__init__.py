"""`akn render`: an AKN document as one self-contained HTML page, with a review mode."""

from .page import RenderError, document_language, render_file, render_tree

__all__ = ["RenderError", "document_language", "render_file", "render_tree"]
