"""Rows of a table flattened to text made into task statements (layouts.md section 4).

Each row with task text is a task: its number is the row number, its text starts at the
first character of its task cell and runs over the cells that are the task's own text
(target cells: 建设内容, 目标任务; the deadline cell, whose time is the row's deadline; a
column the header map does not know). It is read in pieces (`Statement.reading`): its own
cells only, never a progress or other cell between them (推进情况, 目标类型: actual figures
and scores are never the task's text) nor the cells of names, and a cell wrapped over
lines by a PDF page read without its line breaks (185亿⏎元). Who answers comes
from the columns by meaning; an empty cell of names is a cell merged with the row above
(a unit written once for two rows) and repeats it. A row with no number and no names of
its own carries on the project above (a project split over two rows is one task): its
cells extend the task's text when no progress cell stands between, otherwise they are a
statement of their own under the same number (not a second task). A row with text in its
first cell only (一、经济发展类) is a heading: a section for the rows below it, its leaders
theirs (一、王五副市长牵头).
All offsets are offsets into the text as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon.columns import (ANSWER, APART, MARKED, STATEMENT, bare_figure, blank_form, header_unit, leading_figure,
                               milestones_start, own_text, sums_rows)
from ..lexicon.labels import SPACE, data, fold
from ..model import Section, Statement
from .cellfit import cut_in_name, names
from .leaders import heading_leaders
from .matrix import legend, marked_units
from .bracketfields import inline_fields
from .responsibility import Fields, resolve
from .tablecells import TextCell, TextTable


@dataclass
class _Task:
    number: str
    start: int
    end: int
    label_start: int
    fields: Fields
    path: tuple[str, ...]
    inherited: list[Fields]
    cells: list[TextCell]
    parts: list[tuple[int, int]] = field(default_factory=list)   # continuations standing apart


def _own(text: str, roles: tuple[str | None, ...], row: tuple[TextCell, ...]) -> list[TextCell]:
    """The task's own cells in a row: its task cell (else its first own cell) and the own
    cells after it (a column the header map does not know is own text), a milestones cell
    (形象进度) from where its milestones start (`columns.milestones_start`)."""
    first = next((i for i, r in enumerate(roles) if r == "task" and row[i]), None)
    if first is None:
        first = next((i for i, r in enumerate(roles) if r in STATEMENT and row[i]), None)
    if first is None:
        return []
    out = [row[first]]
    for role, c in zip(roles[first + 1:], row[first + 1:]):
        if c and own_text(role):
            out.append(c)
        elif c and role == "milestones" and (due := _milestones(text, c, "progress" in roles)):
            out.append(due)
    return out


def _milestones(text: str, c: TextCell, reports: bool) -> TextCell:
    """The part of a milestones cell that is the task's text (empty when none is)."""
    at = milestones_start(text[c.start:c.end], reports)
    if at is None:
        return TextCell()
    cut = c.start + at
    return TextCell(tuple((max(s, cut), e) for s, e in c.pieces if e > cut))


def _with_unit(text: str, table: TextTable, row: tuple[TextCell, ...], own: list[TextCell]) -> list[TextCell]:
    """`own` with the unit of each bare figure (≥60, 26000) read right after its number: the
    row's 单位 cell (%, 万人, 亿斤) for its target cell, which is then read straight after the
    indicator cell before it (layouts §4e: 城镇新增就业 | 万人 | ≥60 reads 城镇新增就业≥60万人);
    else the unit its column's header writes (年度计划投资（万元） | 26000 reads
    年度计划投资26000万元: the header names what is counted, except a target column's); else,
    in a column the header map does not know (a district's share), the row's 单位 cell."""
    roles = table.roles
    unit = next((c for role, c in zip(roles, row) if role == "unit" and c), None)
    for at, (role, c) in enumerate(zip(roles, row)):
        if c not in own or len(c.pieces) != 1 or (m := leading_figure().match(text, *c.pieces[0])) is None:
            continue
        header = table.header[at] if at < len(table.header) else TextCell()
        where = header_unit(header.value(text)) if len(header.pieces) == 1 else None
        if role == "target" and unit is not None:
            named: tuple[tuple[int, int], ...] = ()
            written = (unit.start, unit.end)
        elif where is not None:
            named = () if role == "target" else ((header.start, header.start + where[0]),)
            written = (header.start + where[1], header.start + where[2])
        elif unit is not None and role is None:
            # a figure by place (任务 | 单位 | 合计 | 甲区 | 乙区): the row's unit, the task's thing
            named, written = (), (unit.start, unit.end)
        else:
            continue
        s, e = c.pieces[0]
        pieces = named + ((s, m.end(1)), written) + (((m.end(1), e),) if m.end(1) < e else ())
        k = own.index(c)
        if role == "target" and k:
            own = own[:k - 1] + [TextCell(own[k - 1].pieces + pieces)] + own[k + 1:]
        else:
            own = own[:k] + [TextCell(pieces)] + own[k + 1:]
    return own


def _reading(text: str, cells: list[TextCell], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The pieces of a task's text to read: its own cells, each followed by the white space
    and cell marks after it (a deadline cell reads as one: | 11月); a line of a cell that a PDF page wrapped runs straight on to the
    next (a line that ends a sentence or a clause keeps its break). A cell that no mark or
    space follows (cells glued, or separated by markup) is followed by a break (an empty
    span, `Statement.reading`). () when that is all of it."""
    closing = data()["wraps"]["closing"]
    marks = SPACE + "\n\r" + "".join(data()["text_tables"]["cell_marks"])
    out: list[tuple[int, int]] = []
    for n, c in enumerate(cells):
        for k, (s, e) in enumerate(c.pieces):
            last = k == len(c.pieces) - 1
            if last or fold(text[e - 1]) in closing:
                while e < end and text[e] in marks:
                    e += 1
            out.append((s, e))
            # (A cell of a fixed-width table may end after the next one starts: wrapped lines.)
            if last and n + 1 < len(cells) and text[e - 1] not in marks and cells[n + 1].start != e:
                out.append((e, e))
    joined = [(s, e) for s, e in out if e > s or s == e]
    if joined and joined[0][0] == start and all(a[1] == b[0] and b[1] > b[0] for a, b in zip(joined, joined[1:])) and (
            joined[-1][1] >= end):
        return ()
    return tuple(joined)


def _bracketed(text: str, cells: list[TextCell], fields: Fields, end: int) -> tuple[list[TextCell], int]:
    """Responsibility in a bracket at the end of the task's last cell (layouts §2 inside a
    table: 完成…。（牵头：综合规划处；参与：财务审计处）): its fields join the row's, and the
    task's text ends before it. The cells and the end as they are when there is none."""
    last = cells[-1] if cells else None
    if last is None or len(last.pieces) != 1 or last.end != end:
        return cells, end
    s, e = last.pieces[0]
    found = inline_fields(text[s:e])
    if found is None:
        return cells, end
    got, at = found
    for key, values in got.items():
        fields.setdefault(key, []).extend(values)
    cut = s + len(text[s:s + at].rstrip(SPACE))
    return cells[:-1] + [TextCell(((s, cut),))], cut


def _repeats(text: str, roles: tuple[str | None, ...], row: tuple[TextCell, ...], previous: tuple[TextCell, ...]) -> bool:
    """Whether `row` writes again the task cell of `previous` (the row of the task above), and
    its number too where it has one: the same project carried on."""
    at = next((i for i, r in enumerate(roles) if r == "task"), None)
    if at is None or not previous or not row[at] or row[at].value(text) != previous[at].value(text):
        return False
    n = roles.index("number") if "number" in roles else None
    return n is None or not row[n] or row[n].value(text) == previous[n].value(text)


def _apart_between(roles: tuple[str | None, ...], rows: list[tuple[TextCell, ...]], start: int, end: int) -> bool:
    return any(role in APART and c and start <= c.start < end for row in rows for role, c in zip(roles, row))


def _heading(text: str, roles: tuple[str | None, ...], row: tuple[TextCell, ...]) -> str | None:
    """The title of a heading row: text in the first cell only, and not a row number; in a
    number column, with at most the group's subtotals beside it (一、产业项目（5个） | | 98000)."""
    if not row[0]:
        return None
    title = row[0].value(text)
    subtotals = roles[0] == "number" and all(
        len(c.pieces) == 1 and bare_figure().fullmatch(text, *c.pieces[0]) for c in row[1:] if c)
    return None if title.isdigit() or (any(row[1:]) and not subtotals) else title


def _total(text: str, row: tuple[TextCell, ...]) -> bool:
    """Whether a row sums the rows (合计（12个） | | 183600): its first words say so."""
    first = next((c for c in row if c), None)
    return first is not None and sums_rows(first.value(text))


def table_statements(text: str, table: TextTable, path: tuple[str, ...], inherited: list[Fields],
                     lead_rule: bool) -> tuple[list[Section], list[Statement]]:
    """The sections (heading rows) and the task statements of a table's rows (and the
    statements of continuations apart)."""
    roles = table.roles
    if blank_form(roles, [[c.value(text) for c in row] for row in table.rows]):
        return [], []  # a form to fill in
    number_at = roles.index("number") if "number" in roles else None
    marked = [at for at, role in enumerate(roles) if role == MARKED and at < len(table.header)]
    marks = legend(text) if marked else {}

    def header_of(at: int) -> str:
        return table.header[at].value(text).strip()

    previous: tuple[TextCell, ...] = ()  # the last task's first row
    held: Fields = {}          # the last cell of names of each column: an empty cell repeats it
    last: dict[str, TextCell] = {}  # the last task row's own cells of names
    tasks: list[_Task] = []
    sections: list[Section] = []
    under, above = path, inherited
    for row in table.rows:
        if _total(text, row):
            continue
        title = _heading(text, roles, row)
        if title is not None:
            leaders, assisting = heading_leaders(title)
            under = path + (title,)
            sections.append(Section(title=title, start=row[0].start, end=row[0].end, level=len(path), path=under,
                                    leaders=leaders, assisting_leaders=assisting))
            own = {k: ["、".join(v)] for k, v in (("leaders", leaders), ("assisting_leaders", assisting)) if v}
            above = [own, *inherited]
            held = {}  # no merged cell runs across a heading row: it spans the table's width
            continue
        own = _own(text, roles, row)
        if not own:
            continue
        span = own[0].start, max(c.end for c in own)  # a cell wrapped over a row's lines may end last
        read = _with_unit(text, table, row, own)
        number = row[number_at] if number_at is not None else TextCell()
        answer = {role: c for role, c in zip(roles, row) if role in ANSWER and c}
        # (a row whose cells of names go on with names the row above cut: the row wrapped; a row
        # that writes its project's name again, and its number if any, as an export fills merged
        # cells: the same project)
        wrapped = bool(answer) and all(cut_in_name(text, last.get(role)) for role in answer)
        again = bool(tasks) and _repeats(text, roles, row, previous)
        if again or (tasks and number_at is not None and not number and (not answer or wrapped)):
            task = tasks[-1]
            for role, c in answer.items() if wrapped else ():
                last[role] = TextCell(last[role].pieces + c.pieces)
                held[role] = task.fields[role] = [names(text, role, last[role])]
            if _apart_between(roles, list(table.rows), task.end, span[0]) or task.parts:
                task.parts.append(span)
            else:
                task.end = span[1]
                task.cells.extend(read)
            continue
        previous = row
        if not table.repeats_empty:
            held = {}
        last = dict(answer)
        for role, c in answer.items():
            held[role] = [names(text, role, c)]
        fields = {role: list(values) for role, values in held.items()}
        for key, units in marked_units(text, [(header_of(at), c) for at in marked for c in row[at:at + 1]],
                                       marks).items():
            fields.setdefault(key, []).append("、".join(units))  # a matrix's marks (★ …)
        read, end = _bracketed(text, read, fields, span[1])
        tasks.append(_Task(number.value(text).strip(".．、") if number else "", span[0], end,
                           number.start if number else span[0], fields, under, above, read))
    out: list[Statement] = []
    for task in tasks:
        who = resolve(task.fields, task.inherited, lead_rule=lead_rule)
        out.append(Statement(
            number=task.number, text=text[task.start:task.end], start=task.start, end=task.end,
            reading=_reading(text, task.cells, task.start, task.end), label_start=task.label_start, section=task.path, leaders=who.leaders,
            assisting_leaders=who.assisting_leaders, lead_units=who.lead_units,
            cooperating_units=who.cooperating_units, responsible_units=who.responsible_units,
            units_open=who.units_open,
        ))
        out.extend(Statement(number=task.number, text=text[s:e], start=s, end=e, label_start=s, section=task.path,
                             is_task=False) for s, e in task.parts)
    return sections, out
