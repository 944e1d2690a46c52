"""What a table's columns hold, read from the words of its header cells.

One mapping for every way a table reaches the library: the readers' HTML, Word,
spreadsheet and PDF tables (`reading/tables.py`) and tables flattened to text
(`structure/texttables.py`, `structure/gluedtables.py`). Header words are data
(`data/structure.toml` [table_columns]); the longest word a cell holds names its
column (全年目标任务 → target before 任务 → task), so 分管 领导 and 牵头单位（部门） read too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from .labels import fold, words
from .wordsets import alternation

ROLES = ("number", "task", "target", "deadline", "leaders", "assisting_leaders", "lead_units",
         "cooperating_units", "responsible_units", "category", "progress", "other")
STATEMENT = ("task", "target", "deadline")    # cells that are the task's own text
ANSWER = ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units")
APART = ("progress", "other")                 # actual figures, remarks, scores: never the task's text
MAX_HEADER_LENGTH = 12


@cache
def _column_words() -> tuple[tuple[str, str], ...]:
    pairs = [(w, role) for role in ROLES for w in words("table_columns", role)]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def column_role(text: str) -> str | None:
    """The column a header cell names (序 号 → number, 牵头单位（部门） → lead_units), or None."""
    if len(text) > 3 * MAX_HEADER_LENGTH:
        return None
    folded = re.sub(r"\s", "", fold(text))
    if not folded or len(folded) > MAX_HEADER_LENGTH:
        return None
    return next((role for word, role in _column_words() if word in folded), None)


def header_roles(cells: Sequence[str]) -> list[str | None] | None:
    """The roles of a task table's header cells, or None when `cells` is no such header.

    A header names a task column (or a target column, which then is the task column)
    and at least one more column.
    """
    roles = [column_role(c) for c in cells]
    if "task" not in roles and "target" in roles:
        roles[roles.index("target")] = "task"
    if "task" in roles and len({r for r in roles if r}) >= 2:
        return roles
    return None


@cache
def _glued_words() -> tuple[re.Pattern[str], dict[str, str]]:
    roles = {w: r for w, r in reversed(_column_words())}
    return re.compile(alternation(roles)), roles


def names_a_column(text: str) -> bool:
    """Whether `text` holds a header word at all (a quick test before reading a header)."""
    return _glued_words()[0].search(fold(text)) is not None


def glued_header(folded: str) -> list[tuple[int, int, str]]:
    """The header words at the start of a line whose header cells are glued together
    (序号主要任务牵头单位…): (start, end, role) of each, longest word first at each place."""
    pattern, roles = _glued_words()
    out: list[tuple[int, int, str]] = []
    while m := pattern.match(folded, out[-1][1] if out else 0):
        out.append((m.start(), m.end(), roles[m.group()]))
    return out
