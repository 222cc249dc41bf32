"""Two AKN documents -> the changes a delegate reads, in the new document's order."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .align import moved, pair
from .units import FOOTNOTE, PREAMBLE, Document, Unit, extract
from .words import word_diff

ADDED, DELETED, CHANGED, MOVED, RENUMBERED = "added", "deleted", "changed", "moved", "renumbered"
STATUSES = (ADDED, DELETED, CHANGED, MOVED, RENUMBERED)


@dataclass
class Change:
    status: str
    old: Unit | None
    new: Unit | None
    text_changed: bool = False
    words: list[tuple[str, str]] = field(default_factory=list)

    @property
    def unit(self) -> Unit:
        unit = self.new or self.old
        assert unit is not None
        return unit

    def describe(self, old_name: str = "old") -> str:
        """"operative paragraph 12 (draft 11) changed"."""
        if self.new is None:
            return f"{self.unit.label} deleted"
        label = self.new.label
        if self.old is not None and self.old.number != self.new.number:
            label += f" ({old_name} {self.old.number})"
        if self.status == MOVED and self.text_changed:
            return f"{label} moved and changed"
        return f"{label} {self.status}"

    def as_dict(self, old_name: str) -> dict[str, object]:
        return {
            "status": self.status, "description": self.describe(old_name),
            "section": self.unit.section, "level": self.unit.level,
            "text_changed": self.text_changed,
            "old": _unit_dict(self.old), "new": _unit_dict(self.new),
            "words": [list(w) for w in self.words],
        }


def _unit_dict(unit: Unit | None) -> dict[str, str] | None:
    if unit is None:
        return None
    return {"label": unit.label, "number": unit.number, "eId": unit.eid, "text": unit.text}


@dataclass
class Comparison:
    old: Document
    new: Document
    changes: list[Change]
    masthead: list[tuple[str, str | None, str | None]]
    sponsors_added: list[str]
    sponsors_removed: list[str]
    sources: tuple[str, str] = ("old", "new")  # file names, shown when there is no symbol

    @property
    def old_name(self) -> str:
        """How the old version is named in labels: "draft" for a draft, else "formerly"."""
        return "draft" if self.old.name.lower().startswith("draft") else "formerly"

    def counts(self, footnotes: bool = False) -> dict[str, int]:
        """Changes by status, for paragraphs (default) or footnotes."""
        found = {s: 0 for s in STATUSES}
        for c in self.changes:
            if (c.unit.section == FOOTNOTE) == footnotes:
                found[c.status] += 1
        return found


def _group_key(unit: Unit) -> tuple[str, int]:
    return unit.section, min(unit.level, 1)


def _same_markers(old: list[Unit], new: list[Unit], pairs: list[tuple[int, int]]
                  ) -> list[tuple[int, int]]:
    """A note left unpaired whose marker a new unpaired note repeats is that note, changed:
    a citation updated from one session to the next ("A/77/298." -> "A/79/194.")."""
    used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
    free_new = {new[j].number: j for j in range(len(new)) if j not in used_new}
    found = list(pairs)
    for i, unit in enumerate(old):
        j = free_new.pop(unit.number, None) if i not in used_old else None
        if j is not None:
            found.append((i, j))
    return sorted(found, key=lambda p: p[1])


def _compare_group(old: list[Unit], new: list[Unit]) -> list[tuple[float, Change]]:
    pairs = pair([u.text for u in old], [u.text for u in new])
    if old and old[0].section == FOOTNOTE:
        pairs = _same_markers(old, new, pairs)
    shifted = moved(pairs)
    out: list[tuple[float, Change]] = []
    paired_old = {i: j for i, j in pairs}
    for i, j in pairs:
        a, b = old[i], new[j]
        text_changed = a.text != b.text
        if (i, j) in shifted:
            status = MOVED
        elif text_changed:
            status = CHANGED
        elif a.number != b.number and a.section != PREAMBLE:  # preambular "numbers" are places
            status = RENUMBERED
        else:
            continue
        words = word_diff(a.text, b.text) if text_changed else []
        out.append((j, Change(status, a, b, text_changed, words)))
    for j in sorted(set(range(len(new))) - {j for _, j in pairs}):
        out.append((j, Change(ADDED, None, new[j])))
    for i in range(len(old)):
        if i in paired_old:
            continue
        before = [paired_old[k] for k in range(i) if k in paired_old]
        out.append(((before[-1] if before else -1) + 0.5, Change(DELETED, old[i], None)))
    return out


def compare_documents(old: Document, new: Document) -> Comparison:
    order = {FOOTNOTE: 9}
    groups: dict[tuple[str, int], tuple[list[Unit], list[Unit]]] = {}
    for unit in old.units:
        groups.setdefault(_group_key(unit), ([], []))[0].append(unit)
    for unit in new.units:
        groups.setdefault(_group_key(unit), ([], []))[1].append(unit)
    ranked: list[tuple[tuple[int, float], Change]] = []
    first_seen = {key: n for n, key in enumerate(groups)}
    for key, (a, b) in groups.items():
        for position, change in _compare_group(a, b):
            ranked.append(((order.get(key[0], first_seen[key]), position), change))
    changes = [c for _, c in sorted(ranked, key=lambda r: r[0])]
    fields = list(dict.fromkeys([*old.masthead, *new.masthead]))
    masthead = [(f, old.masthead.get(f), new.masthead.get(f)) for f in fields
                if old.masthead.get(f) != new.masthead.get(f)]
    if old.name != new.name:
        masthead.insert(0, ("status", old.name, new.name))
    return Comparison(
        old, new, changes, masthead,
        [s for s in new.sponsors if s not in old.sponsors],
        [s for s in old.sponsors if s not in new.sponsors],
    )


def compare_trees(old: etree._ElementTree, new: etree._ElementTree) -> Comparison:
    return compare_documents(extract(old), extract(new))
