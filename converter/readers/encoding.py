"""Text files arrive as UTF-8, UTF-16 or cp1252: decode them, refuse binary junk."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from converter.errors import UnreadableInputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot carry (control characters, surrogates)."""
    return _NOT_XML_CHAR.sub("", text)


def _looks_binary(text: str) -> bool:
    head = text[:4096]
    return len(_CONTROL.findall(head)) > max(8, len(head) // 50)


def decode_text(data: bytes, path: Path) -> str:
    """The text, without the few control characters XML cannot carry (form feeds stay)."""
    bom = next((codec for mark, codec in _BOMS if data.startswith(mark)), None)
    head = data[:4096]
    if bom:
        text = data.decode(bom, errors="replace")
    elif head.count(b"\x00") > len(head) // 4:
        codec = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        text = data.decode(codec, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise UnreadableInputError(f"{path}: not a text or PDF file (binary content)")
    return _NOT_XML.sub("", text)
