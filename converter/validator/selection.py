"""Which rules run, at which severity: a profile narrowed or widened by select/ignore.

Patterns name a rule (`eid.num`), a family (`eid` or `eid.`: every `eid.*` rule) or `ALL`.
`select` replaces the profile's set (a rule from outside the profile then runs at its
strictest severity), `extend_select` adds to it, `ignore` removes; the rules that read the
file (`io.read`, `xml.*`, `internal`) always run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .catalog import RULES, Profile
from .findings import Severity


class SelectionError(ValueError):
    """An unknown rule pattern: the message names it."""


def expand(patterns: Iterable[str]) -> list[str]:
    """The rule ids the patterns name, in catalogue order; `SelectionError` on an unknown one."""
    wanted: set[str] = set()
    for raw in patterns:
        pattern = raw.strip()
        if not pattern:
            continue
        family = pattern.rstrip(".")
        ids = [r for r in RULES if pattern == "ALL" or r == pattern or r.startswith(family + ".")]
        if not ids:
            raise SelectionError(f"unknown rule {pattern!r} (akn validate --list-rules lists them)")
        wanted.update(ids)
    return [r for r in RULES if r in wanted]


@dataclass(frozen=True)
class Selection:
    """The patterns a run was given (None: the profile decides)."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    _cache: dict[Profile, dict[str, Severity]] = field(default_factory=dict, compare=False,
                                                        repr=False)

    def check(self) -> None:
        """Raise `SelectionError` now for an unknown pattern (before any file is read)."""
        expand(self.select or ())
        expand(self.extend_select)
        expand(self.ignore)

    def active(self, profile: Profile) -> dict[str, Severity]:
        """rule id -> severity for the rules that run under `profile`."""
        if profile not in self._cache:
            self._cache[profile] = self._resolve(profile)
        return self._cache[profile]

    def _resolve(self, profile: Profile) -> dict[str, Severity]:
        ids = set(expand(self.select)) if self.select is not None else {
            r.id for r in RULES.values() if profile in r.severity}
        ids |= set(expand(self.extend_select))
        ids -= set(expand(self.ignore))
        ids |= {r.id for r in RULES.values() if r.fixed}
        return {rid: RULES[rid].severity.get(profile, RULES[rid].default)
                for rid in RULES if rid in ids}
