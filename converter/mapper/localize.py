"""Links to undocs.org point to the copy in the document's own language."""

from __future__ import annotations

from lxml import etree

_ENGLISH_COPY = "https://undocs.org/en/"


def localize_links(root: etree._Element, undocs_code: str) -> None:
    """Rewrite every https://undocs.org/en/… href to /<undocs_code>/ (fr, es, ru, ar, ch)."""
    if undocs_code == "en":
        return
    for el in root.iter():
        href = el.get("href")
        if href and href.startswith(_ENGLISH_COPY):
            el.set("href", f"https://undocs.org/{undocs_code}/{href[len(_ENGLISH_COPY):]}")
