"""Who answers, given for the tasks by their numbers in a table of its own (任务序号 | 牵头单位 |
配合单位, after a list whose tasks name no one): each row's first cell names task numbers
(3、6; a range 9—11) and its other cells the leaders and units that answer for those tasks.

The table is no task of its own; `assign` gives each numbered task the fields of its row,
resolved as a task's own lines would be (the lead rule of the document included). A number
that stands on more than one task (a list that numbers each section from 1) is left alone:
which task the row means cannot be told. Prose may give them so too (二、责任分工: 第1项由X牵头，
Y配合；第4至6项由Z负责; 县教育局：牵头第1、2项，配合第3项: `stated_assignments`); an item named so
is a task.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lexicon import compiled
from ..lexicon.columns import ANSWER
from ..lexicon.labels import SPACE, data, fold
from ..lexicon.roles import ending_verb
from ..model import Statement
from .bracketfields import clause_fields
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


@cache
def _stated_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Task numbers named in prose (第1项, 第7、8项, 第4至6项, 第5项至第7项, 第1至6项、第11项) and
    the words after them up to the clause's end; and a unit's line that names them by role
    (县教育局：牵头第1、2项，配合第3项)."""
    numbers = "(?:第[0-9０-９一二三四五六七八九十百、，,和及至到—－~～-]{1,24}?项(?:[、，,和及]|至)?)+"
    return (compiled.compile(f"(?P<nums>{numbers})(?P<body>[^；;。\n]*)"), compiled.compile(numbers),
            compiled.compile(f"^[{SPACE}]*(?P<unit>[^：:\n，。；]{{2,24}})[：:](?P<rest>.*)$", re.M))


def stated_assignments(paragraph: str) -> dict[int, Fields]:
    """Who answers, given for the tasks by their numbers in prose (二、责任分工: 第1项由市水利局牵头，
    市发改委配合；第4至6项由市住建局负责; or a unit's line: 县教育局：牵头第1、2项，配合第3项), as a
    table of its own would (`assignments`). Each clause reads as a bracket's (`clause_fields`)."""
    number_re, numbers_re, unit_re = _stated_re()
    out: dict[int, Fields] = {}
    for m in number_re.finditer(paragraph):
        body = m["body"].strip(SPACE + "，,")
        by = next((w for w in data()["inline"]["by_words"] if body.startswith(w)), None)
        fields = clause_fields(body[len(by):]) if by else None  # (第3项工程… names a project: no 由, no clause)
        for number in _task_numbers(m["nums"]) if fields else []:
            for key, values in fields.items():
                out.setdefault(number, {}).setdefault(key, []).extend(values)
    for line in unit_re.finditer(paragraph):
        for m in numbers_re.finditer(line["rest"]):
            verb = line["rest"][:m.start()].rstrip(SPACE).rsplit("，", 1)[-1].strip(SPACE + "，,")
            role = ending_verb(line["unit"] + verb)
            for number in _task_numbers(m.group()) if role else []:
                out.setdefault(number, {}).setdefault(role[1], []).append(line["unit"])
    return out


def _task_numbers(written: str) -> list[int]:
    """The numbers of 第1项, 第7、8项, 第4至6项, 第5项至第7项."""
    return _numbers(re.sub("[第项]", "、", re.sub("项(至|到)第", r"\1", written)))


def add_stated(given: dict[int, Fields], paragraph: str) -> bool:
    """Add to `given` who answers for the tasks `paragraph` names by number (`stated_assignments`);
    whether it named any."""
    found = stated_assignments(paragraph)
    for number, fields in found.items():
        for key, values in fields.items():
            given.setdefault(number, {}).setdefault(key, []).extend(values)
    return bool(found)


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
                        units_open=who.units_open, is_task=True)  # (named by number for who answers: a task)
        out.append(s)
    return out
