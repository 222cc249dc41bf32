"""Text files arrive as UTF-8, UTF-16, or a legacy code page of one of the six languages
(cp1252, cp1251 Russian, cp1256 Arabic, GB18030 Chinese): decode them, refuse binary junk."""

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


# the code pages the UN's languages were written in before Unicode
LEGACY_CODECS = ("cp1252", "cp1251", "cp1256", "gb18030")


def legacy_codec(data: bytes) -> str:
    """Which legacy code page `data` is in, as charset-normalizer judges it among
    LEGACY_CODECS (by how coherent the decoded text is); cp1252 when it cannot tell."""
    from charset_normalizer import from_bytes

    sample = data[:65536]
    best = from_bytes(sample, cp_isolation=list(LEGACY_CODECS)).best()
    if best is None or best.encoding == "cp1252":
        return "cp1252"
    # a Western text with a few accents can pass for Cyrillic ("Déjà" -> "Dйjа"): the other
    # code pages are taken only when most letters then are of their script
    return best.encoding if _latin_share(sample.decode(best.encoding, errors="replace")) < 0.5 else "cp1252"


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250")
    return latin / len(letters) if letters else 1.0


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
            text = data.decode(legacy_codec(data), errors="replace")
    if _looks_binary(text):
        raise UnreadableInputError(f"{path}: not a text or PDF file (binary content)")
    return _NOT_XML.sub("", text)
