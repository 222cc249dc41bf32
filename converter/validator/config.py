"""The `akn validate` settings a project keeps in a file, so a team adopts the gate once.

Looked for from the working directory upward: the first `akn.toml` (table `[validate]`) or
`pyproject.toml` with a `[tool.akn.validate]` table; in one directory `akn.toml` wins.
Keys: `profile`, `select`, `extend-select`, `ignore` (lists of rule patterns), `fail-on`.
The command line overrides the file (see README, "Validation profiles").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

KEYS = ("profile", "select", "extend-select", "ignore", "fail-on")


class ConfigError(ValueError):
    """A settings file that cannot be used: the message names it and the problem."""


@dataclass(frozen=True)
class ValidateConfig:
    path: Path | None = None
    profile: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None


def _table(path: Path) -> dict[str, object] | None:
    """The validate table of `path` (None: the file has none)."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror or e})") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    keys = ("validate",) if path.name == "akn.toml" else ("tool", "akn", "validate")
    table: object = data
    for key in keys:
        if not isinstance(table, dict) or key not in table:
            return None
        table = table[key]
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{'.'.join(keys)}] is not a table")
    return table


def find_config(start: Path | None = None) -> Path | None:
    """The settings file that applies in `start` (default: the working directory)."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        akn = directory / "akn.toml"
        if akn.is_file():
            return akn
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _table(pyproject) is not None:
            return pyproject
    return None


def _patterns(path: Path, table: dict[str, object], key: str) -> tuple[str, ...] | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of rule ids, e.g. [\"eid.num\"]")
    return tuple(value)


def _word(path: Path, table: dict[str, object], key: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{path}: {key} must be a string")
    return value


def load_config(path: Path) -> ValidateConfig:
    """The settings in `path`; unknown keys are refused (a misspelling is never ignored)."""
    table = _table(path) or {}
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(KEYS)})")
    return ValidateConfig(
        path=path,
        profile=_word(path, table, "profile"),
        select=_patterns(path, table, "select"),
        extend_select=_patterns(path, table, "extend-select") or (),
        ignore=_patterns(path, table, "ignore") or (),
        fail_on=_word(path, table, "fail-on"),
    )
