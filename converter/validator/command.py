"""`akn validate` from its options: settings file merged under the command line, or the
list of rules.

Precedence: a command-line option wins over the settings file, which wins over the
defaults.  `--select` replaces the file's `select`; `--extend-select` and `--ignore` add to
the file's; `--strict` or `--fail-on` replace its `fail-on`; `--profile` its `profile`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .catalog import RULE_LIST, Profile
from .config import ConfigError, ValidateConfig, find_config, load_config
from .run import EXIT_OK, EXIT_USAGE, run_validate
from .selection import Selection


@dataclass(frozen=True)
class ValidateArgs:
    """The command line as typed (None: not given)."""

    files: Sequence[str]
    profile: str | None = None
    select: Sequence[str] | None = None
    extend_select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    fail_on: str | None = None
    strict: bool = False
    format: str = "text"
    schema_only: bool = False
    jobs: int = 1
    files_from: Sequence[str] = ()
    config: Path | None = None
    no_config: bool = False
    list_rules: bool = False
    diagnosis_seconds: float = 5.0


def split_patterns(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """`["eid.num,ref", "xsd"]` → ("eid.num", "ref", "xsd"); None stays None."""
    if values is None:
        return None
    return tuple(p.strip() for v in values for p in v.split(",") if p.strip())


def rules_table(fmt: str = "text") -> str:
    """Every rule: id, its severity in each profile ('-': not in it), what it checks."""
    if fmt == "json":
        rows = [{"id": r.id, "profiles": {str(p): str(s) for p, s in r.severity.items()},
                 "fixed": r.fixed, "summary": r.summary} for r in RULE_LIST]
        return json.dumps(rows, indent=2) + "\n"
    profiles = list(Profile)
    lines = [f"{'rule':<18}" + "".join(f"{p.value:<9}" for p in profiles) + "what it checks"]
    for r in RULE_LIST:
        levels = "".join(f"{r.severity.get(p, '-')!s:<9}" for p in profiles)
        lines.append(f"{r.id:<18}{levels}{r.summary}")
    return "\n".join(lines) + "\n"


def _settings(args: ValidateArgs) -> ValidateConfig:
    if args.no_config:
        return ValidateConfig()
    path = args.config if args.config is not None else find_config()
    return load_config(path) if path is not None else ValidateConfig()


def validate_command(args: ValidateArgs, out: TextIO | None = None,
                     stdin: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout
    if args.list_rules:
        out.write(rules_table(args.format))
        return EXIT_OK
    try:
        settings = _settings(args)
    except ConfigError as e:
        print(f"akn validate: {e}", file=sys.stderr)
        return EXIT_USAGE
    select = split_patterns(args.select)
    selection = Selection(
        select=select if select is not None else settings.select,
        extend_select=settings.extend_select + (split_patterns(args.extend_select) or ()),
        ignore=settings.ignore + (split_patterns(args.ignore) or ()),
    )
    fail_on = args.fail_on or ("warning" if args.strict else settings.fail_on)
    return run_validate(
        list(args.files), fmt=args.format, schema_only=args.schema_only, out=out,
        diagnosis_seconds=args.diagnosis_seconds, profile=args.profile or settings.profile,
        selection=selection, fail_on=fail_on, jobs=args.jobs, files_from=args.files_from,
        stdin=stdin)
