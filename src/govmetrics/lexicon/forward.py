"""Clauses that look forward: a plan, a commitment, a time something is due by.

One test for two stages: a report of progress stops before such a clause
(`extract/progress.py`: 已建成26个，剩余8个10月底前建成), and a progress table's cell that
holds both the state a project has reached and its milestones still due (形象进度:
`columns.milestones_start`) is the task's text from its first such clause on. The words are
data/progress.toml [forward]; callers pass folded text (`labels.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from . import compiled, table
from .wordsets import alternation


def not_after(words: list[str]) -> str:
    """Lookbehinds that fail after any of `words` (each one fixed in width, as re needs)."""
    return "".join(f"(?<!{re.escape(w)})" for w in words)


@cache
def forward_re() -> re.Pattern[str]:
    """A word or a time that makes its clause look forward (确保, 力争, 今年, 年底前, 20日前)."""
    fw = table("progress")["forward"]
    return compiled.compile(f"{not_after(fw['not_after'])}{alternation(fw['words'])}"
                            f"(?!{alternation(fw['not_before'])})"
                            f"|{alternation(fw['times'])}(?!{alternation(fw['times_not_before'])})"
                            f"|{alternation(fw['limits'])}|[0-9０-９]{alternation(fw['dated_limits'])}")


@cache
def _ends() -> frozenset[str]:
    scope = table("progress")["scope"]
    return frozenset(scope["clause_ends"] + scope["sentence_ends"])


@cache
def _also(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return compiled.compile(alternation(words)) if words else None


def first_forward_clause(folded: str, also: Iterable[str] = ()) -> int | None:
    """The start of the first clause of `folded` that looks forward (`forward_re`, or one of
    `also`), or None when none does."""
    extra = _also(tuple(also))
    start = 0
    ends = _ends()
    for i, ch in enumerate(folded + "。"):
        if ch not in ends:
            continue
        if forward_re().search(folded, start, i) or (extra is not None and extra.search(folded, start, i)):
            return start
        start = i + 1
    return None
