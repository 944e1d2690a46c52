"""Who answers, given for the tasks by their numbers in a table of its own (任务序号 | 牵头单位 |
配合单位, after a list whose tasks name no one): each row's first cell names task numbers
(3、6; a range 9—11) and its other cells the leaders and units that answer for those tasks.

The table is no task of its own; `assign` gives each numbered task the fields of its row,
resolved as a task's own lines would be (the lead rule of the document included). A number
that stands on more than one task (a list that numbers each section from 1) is left alone:
which task the row means cannot be told.
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon.columns import ANSWER
from ..lexicon.labels import data, fold
from ..model import Statement
from .cellfit import names
from .paragraphs import ordinal
from .responsibility import Fields, resolve
from .tablecells import TextTable


def assignments(text: str, table: TextTable) -> dict[int, Fields]:
    """The fields each task number is given by the rows of an assigning table."""
    out: dict[int, Fields] = {}
    for row in table.rows:
        if not row or not row[0]:
            continue
        fields: Fields = {}
        for role, c in zip(table.roles, row):
            if role in ANSWER and c:
                fields.setdefault(role, []).append(names(text, role, c))
        for number in _numbers(row[0].value(text)):
            out[number] = fields
    return out


def numbered(text: str, table: TextTable) -> set[tuple[str, int]]:
    """The task numbers an assigning table names with the kind of numeral they are written in
    (一 → ("chinese", 1), 3 → ("arabic", 3)): the items numbered so are the tasks it means."""
    chinese = data()["numbering"]["chinese"]
    out: set[tuple[str, int]] = set()
    for row in table.rows:
        if row and row[0]:
            cell = row[0].value(text)
            kind = "chinese" if any(c in chinese for c in fold(cell)) else "arabic"
            out.update((kind, n) for n in _numbers(cell))
    return out


def _numbers(cell: str) -> list[int]:
    """The task numbers a cell names: 1、2 → [1, 2]; 9—11 → [9, 10, 11]."""
    table = data()["text_tables"]
    folded = fold(cell)
    for sep in table["assigned_separators"]:
        folded = folded.replace(sep, "\n")
    out: list[int] = []
    for part in filter(None, (p.strip() for p in folded.split("\n"))):
        bounds = next((part.split(r, 1) for r in table["assigned_ranges"] if r in part), [part])
        ends = [ordinal(b.strip()) for b in bounds]
        if any(e is None for e in ends):
            continue
        low, high = ends[0], ends[-1]
        out.extend(range(low, high + 1) if high is not None and low is not None and low <= high else [])
    return out


def assign(statements: list[Statement], given: dict[int, Fields], lead_rule: bool) -> list[Statement]:
    """`statements` with each numbered task that names no one given the fields its number has
    in `given` (numbers that stand on one task only)."""
    if not given:
        return statements
    counts: dict[int | None, int] = {}
    for s in statements:
        counts[ordinal(s.number)] = counts.get(ordinal(s.number), 0) + 1
    out = []
    for s in statements:
        number = ordinal(s.number)
        fields = given.get(number) if number is not None and counts[number] == 1 else None
        if fields and not any((s.leaders, s.assisting_leaders, s.lead_units, s.cooperating_units,
                               s.responsible_units)):
            who = resolve(fields, [], lead_rule=lead_rule)
            s = replace(s, leaders=who.leaders, assisting_leaders=who.assisting_leaders, lead_units=who.lead_units,
                        cooperating_units=who.cooperating_units, responsible_units=who.responsible_units,
                        units_open=who.units_open)
        out.append(s)
    return out
