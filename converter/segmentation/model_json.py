"""The document model as JSON, and the JSON Schema of that JSON, both derived from the
model's own types (dataclass fields and their type hints), never written by hand.

Rules, the same for the data and the schema:
- a dataclass is an object of its fields; a field equal to its default is left out (so
  only fields without a default are required), and no other property is allowed;
- where a field may hold one of several dataclasses (a note or a span of text, an item or
  a heading), each such object says which it is in `"type"` (the class name);
- an enum is its value, a date `YYYY-MM-DD`, a `Symbol` its text; a tuple is an array of
  fixed length, a dict an object.

`python -m converter.segmentation.model_json > converter/segmentation/model.schema.json`
regenerates the schema shipped with the package (a test checks it is current).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, Union

from converter.segmentation.model import Resolution
from converter.symbols import Symbol

ROOT = Resolution
SCHEMA_FILE = "model.schema.json"     # beside this module, package data
TAG = "type"
_SCALARS: dict[type, dict[str, Any]] = {
    str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
    bool: {"type": "boolean"},
    date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    Symbol: {"type": "string", "description": "a UN document symbol, e.g. A/RES/79/166"},
}


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _members(hint: Any) -> tuple[Any, ...]:
    """The alternatives of a union (`A | B`, `Optional[A]`), else the hint alone."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _dataclasses_in(hint: Any) -> list[type]:
    return [m for m in _members(hint)
            if dataclasses.is_dataclass(m) and isinstance(m, type) and m not in _SCALARS]


@cache
def tagged_classes() -> frozenset[type]:
    """Dataclasses that share a field with another dataclass (`Span | Note`): they carry a tag."""
    tagged: set[type] = set()
    seen: set[type] = set()

    def visit(hint: Any) -> None:
        for member in _members(hint):
            for arg in typing.get_args(member):
                visit(arg)
        found = _dataclasses_in(hint)
        if len(found) > 1:
            tagged.update(found)
        for cls in found:
            if cls not in seen:
                seen.add(cls)
                for field_hint in _hints(cls).values():
                    visit(field_hint)

    visit(ROOT)
    return frozenset(tagged)


def _default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def to_jsonable(value: Any) -> Any:
    """`value` (the model or any part of it) as JSON-ready lists, dicts and scalars."""
    if isinstance(value, Symbol):
        return value.text
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {TAG: type(value).__name__} if type(value) in tagged_classes() else {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if item != _default(f):
                out[f.name] = to_jsonable(item)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(x) for x in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def dumps(model: Resolution) -> str:
    """The model as indented JSON (UTF-8 text, non-ASCII kept)."""
    return json.dumps(to_jsonable(model), ensure_ascii=False, indent=2) + "\n"


class _SchemaBuilder:
    """JSON Schema (draft 2020-12) of a dataclass and everything it refers to, in `$defs`."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, hint: Any) -> dict[str, Any]:
        members = _members(hint)
        if len(members) > 1:
            return {"anyOf": [self.of(m) for m in members]}
        if hint is type(None):
            return {"type": "null"}
        if hint in _SCALARS:
            return dict(_SCALARS[hint])
        if isinstance(hint, type) and issubclass(hint, Enum):
            return {"enum": [m.value for m in hint]}
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            return self.ref(hint)
        return self.generic(hint)

    def generic(self, hint: Any) -> dict[str, Any]:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
            return {"type": "array", "items": self.of(args[0])}
        if origin is tuple:
            return {"type": "array", "prefixItems": [self.of(a) for a in args],
                    "minItems": len(args), "maxItems": len(args)}
        if origin is dict and args[0] is str:
            return {"type": "object", "additionalProperties": self.of(args[1])}
        raise TypeError(f"no JSON Schema for the model type {hint!r}")

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}   # placeholder first: the model is recursive (Item in Item)
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        hints = _hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls in tagged_classes():
            properties[TAG] = {"const": cls.__name__}
            required.append(TAG)
        for f in dataclasses.fields(cls):
            schema = self.of(hints[f.name])
            default = _default(f)
            if default is dataclasses.MISSING:
                required.append(f.name)
            else:
                schema["default"] = to_jsonable(default)
            properties[f.name] = schema
        out: dict[str, Any] = {"type": "object"}
        doc = (cls.__doc__ or "").strip()
        if doc and not doc.startswith(f"{cls.__name__}("):   # not dataclass's generated one
            out["description"] = " ".join(doc.split())
        out |= {"properties": properties, "required": required, "additionalProperties": False}
        return out


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of `dumps(model)`."""
    builder = _SchemaBuilder()
    root = builder.ref(ROOT)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "UN resolution document model (un-akn-converter)",
            "description": "What `akn convert --dump-model` writes: the typed model between "
                           "segmentation and AKN XML.", **root, "$defs": builder.defs}


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def shipped_schema_text() -> str:
    """The schema file shipped in the package (what `akn schema model` prints)."""
    import importlib.resources

    return (importlib.resources.files(__package__) / SCHEMA_FILE).read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.stdout.write(schema_text())
