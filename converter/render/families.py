"""The AKN element families the renderer knows, by local name.

One family, one mapping (see `mapping.py`); a name in no family falls back to
a generic block or inline rendering, so any Akoma Ntoso document renders.
"""

from __future__ import annotations

SKIPPED = frozenset({"meta", "componentRef", "documentRef"})

DOCUMENTS = frozenset({
    "act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc",
    "documentCollection", "judgment", "officialGazette", "portion", "statement",
})

# Numbered or headed divisions of a text.
HIERARCHY = frozenset({
    "alinea", "article", "book", "chapter", "clause", "division", "hcontainer", "indent",
    "level", "list", "paragraph", "part", "point", "proviso", "rule", "section", "subchapter",
    "subclause", "subdivision", "sublist", "subparagraph", "subpart", "subrule", "subsection",
    "subtitle", "title", "tome", "transitional",
})

# Large parts of a document, each a <section> of the page.
PARTS = frozenset({
    "attachments", "attachment", "body", "components", "component", "conclusions", "coverPage",
    "judgmentBody", "mainBody", "preamble", "preface", "debateBody", "collectionBody",
})

# Block containers inside a part.
BLOCKS = frozenset({
    "blockContainer", "container", "content", "formula", "intro", "listIntroduction",
    "listWrapUp", "wrapUp", "tblock", "embeddedStructure", "quotedStructure", "longTitle",
    "crossHeading", "subheading",
})

TABLE = frozenset({"table", "tr", "th", "td", "caption"})

LISTS = frozenset({"blockList", "item", "ul", "ol", "li"})

# Inline elements with a direct HTML counterpart.
INLINE_HTML = {"i": "i", "b": "b", "u": "u", "sup": "sup", "sub": "sub", "del": "del", "ins": "ins"}

LINKS = frozenset({"a", "ref", "mref", "rref"})

BREAKS = frozenset({"eol", "eop"})

# Elements that are blocks in the generic fallback (everything else unknown is inline).
BLOCK_LIKE = DOCUMENTS | HIERARCHY | PARTS | BLOCKS | TABLE | LISTS | frozenset({"p", "heading",
                                                                                  "num"})

RTL_LANGUAGES = frozenset({"ara", "heb", "fas", "per", "urd", "yid"})

# ISO 639-2 (FRBRlanguage) -> BCP 47 for the html lang attribute, the six UN languages and a few more.
HTML_LANG = {"ara": "ar", "chi": "zh", "zho": "zh", "eng": "en", "fra": "fr", "fre": "fr",
             "rus": "ru", "spa": "es", "deu": "de", "ger": "de", "por": "pt", "heb": "he",
             "fas": "fa", "per": "fa", "urd": "ur"}
