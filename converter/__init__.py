"""Convert United Nations resolutions (PDF and text) into Akoma Ntoso 3.0 XML (AKN4UN profile).

The Python API (`converter.convert`, `converter.validate`, their `Result` and `Validation`)
lives in `converter.api`; it is loaded on first use, so importing the package (as the `akn`
command does) costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Result", "Validation", "__version__", "convert", "validate"]

if TYPE_CHECKING:
    from converter.api import Result, Validation, convert, validate

_API = frozenset({"Result", "Validation", "convert", "validate"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from converter import api

        return getattr(api, name)
    raise AttributeError(f"module 'converter' has no attribute {name!r}")
