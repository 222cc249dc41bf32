"""Pair the paragraphs of two versions by text, not by position.

1. Identical texts in the same order are paired first (difflib's longest
   matching blocks over the sequences of normalized texts).
2. What is left is paired best-first by word similarity (difflib ratio over
   words), above `THRESHOLD`: a reworded paragraph stays one paragraph.
3. Among the pairs, the longest run in the same order on both sides stays in
   place; every other pair has moved.

difflib suffices here: documents hold hundreds of paragraphs, not millions, and
its ratio is the measure a reader has in mind ("most words are the same").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

THRESHOLD = 0.5


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def pair(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs (old, new), sorted by new index."""
    pairs: dict[int, int] = {}
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            pairs[block.a + k] = block.b + k
    used_new = set(pairs.values())
    free_old = [i for i in range(len(old)) if i not in pairs]
    free_new = [j for j in range(len(new)) if j not in used_new]
    candidates = []
    old_words = {i: old[i].split() for i in free_old}
    old_bags = {i: Counter(words) for i, words in old_words.items()}
    for j in free_new:
        new_words = new[j].split()
        new_bag = Counter(new_words)
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(new_words)  # indexed once for all the old paragraphs
        for i in free_old:
            total = len(old_words[i]) + len(new_words)
            if not total or 2 * min(len(old_words[i]), len(new_words)) < THRESHOLD * total:
                continue
            # the shared bag of words bounds the ratio from above, cheaply
            if 2 * sum((old_bags[i] & new_bag).values()) < THRESHOLD * total:
                continue
            matcher.set_seq1(old_words[i])
            score = matcher.ratio()
            if score >= THRESHOLD:
                candidates.append((-score, abs(i - j), i, j))
    taken_new: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if i not in pairs and j not in taken_new:
            pairs[i] = j
            taken_new.add(j)
    return sorted(pairs.items(), key=lambda p: p[1])


def moved(pairs: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs outside the longest run kept in the same order on both sides."""
    by_new = sorted(pairs, key=lambda p: p[1])
    olds = [i for i, _ in by_new]
    # longest increasing subsequence of old indices (patience sorting, O(n log n))
    tails: list[int] = []
    tail_at: list[int] = []
    prev: list[int] = [-1] * len(olds)
    for k, value in enumerate(olds):
        pos = bisect.bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[pos] = value
            tail_at[pos] = k
        prev[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(k)
        k = prev[k]
    return {by_new[k] for k in range(len(by_new)) if k not in keep}
