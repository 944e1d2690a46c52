"""What a table's columns hold, read from the words of its header cells.

One mapping for every way a table reaches the library: the readers' HTML, Word,
spreadsheet and PDF tables (`reading/tables.py`) and tables flattened to text
(`structure/texttables.py`, `structure/gluedtables.py`). Header words are data
(`data/structure.toml` [table_columns]; who answers is the grammar of labels, `roles`,
so 分管县领导, 主责部门, 责任处室 name a column as they name a label line; the deadline
and other columns read the [labels] of the same meaning too); the longest word a cell
holds names its column (全年目标任务 → target before 任务 → task), so 分管 领导 and
牵头单位（部门） read too. A column no word names is read as the task's text (`own_text`):
a layout the code does not know degrades to sentences, never to nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from . import compiled, table
from .forward import first_forward_clause
from .labels import char_class, clause_ends, data, fold, words
from .roles import label_fields, shaped_field, shaped_label
from .wordsets import alternation

ROLES = ("number", "task", "target", "deadline", "leaders", "assisting_leaders", "lead_units",
         "cooperating_units", "responsible_units", "category", "progress", "contact", "other", "unit", "milestones")
STATEMENT = ("task", "target", "deadline")    # cells that are the task's own text
ANSWER = ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units")
APART = ("progress", "other", "contact")      # actual figures, remarks, scores, phones: never the task's text
MARKED = "marked"  # a column named by a unit, its cells marks of who answers (a matrix: [matrix])
MAX_HEADER_LENGTH = 12


# Roles whose header words are also those of a kind of labelled line ([labels]).
_LABELLED = {"deadline": "task_text", "other": "other"}


@cache
def _column_words() -> tuple[tuple[str, str], ...]:
    pairs = [(w, role) for role in ROLES if role not in ANSWER for w in words("table_columns", role)]
    pairs += [(w, role) for role, key in _LABELLED.items() for w in words("labels", key)]
    pairs += [(w, role) for w, role in label_fields().items()]
    first: dict[str, str] = {}
    for word, role in pairs:
        first.setdefault(word, role)  # a word of two lists keeps its table role (备注: progress)
    return tuple(sorted(first.items(), key=lambda p: len(p[0]), reverse=True))


@cache
def _column_ranks() -> dict[str, tuple[int, str]]:
    """Each header word with its place in `_column_words` (the longest first) and its role:
    a cell's few substrings are looked up here, not the thousands of words searched in it."""
    return {word: (rank, role) for rank, (word, role) in enumerate(_column_words())}


def own_text(role: str | None) -> bool:
    """Whether a column's cells are the task's own text: a task, target or deadline column,
    or one the header map does not know (its targets and deadlines are still read)."""
    return role is None or role in STATEMENT


def milestones_start(text: str, reports: bool) -> int | None:
    """Where a milestones cell (形象进度) becomes the task's text: at its start in a plan table;
    in a table that `reports` progress, at its first clause that looks forward or names a time
    still due ([table_columns] milestone_times), what stands before being the state reached
    (已建成标准厂房8栋；四季度再建成厂房4栋); None when no clause is a milestone."""
    if not reports:
        return 0
    return first_forward_clause(fold(text), words("table_columns", "milestone_times"))


@cache
def _note() -> re.Pattern[str]:
    pairs = words("table_columns", "notes")
    return compiled.compile("|".join(f"{re.escape(p[0])}[^{re.escape(p)}]*{re.escape(p[1])}" for p in pairs))


def header_name(text: str) -> str:
    """A header cell's name: without a note in brackets when the cell is too long with it to
    be a name (责任单位（列第一位的为牵头单位） → 责任单位)."""
    text = text.strip()
    return _note().sub("", text).strip() if len(text) > MAX_HEADER_LENGTH else text


def sums_rows(first_cell: str) -> bool:
    """Whether a row whose first non-empty cell is `first_cell` sums the rows (合计（12个） | |
    183600, 全区合计): its first words say so ([text_tables] total_rows, after a total_scopes
    word). No task, no target."""
    folded = fold(first_cell.strip())
    scope = next((w for w in words("text_tables", "total_scopes") if folded.startswith(w)), "")
    return folded[len(scope):].startswith(tuple(words("text_tables", "total_rows")))


@cache
def leading_figure() -> re.Pattern[str]:
    """A target cell that opens with a figure written with no unit (≥60, 6—7, 增长6左右, 力争达到60，
    较2020年翻一番; 比上年减少120): a lead of a few words, the number or range (group 1), at most a
    trailing comparator word, then a clause's end. Its unit stands in a 单位 column (layouts §4e)
    and is read right after the number."""
    digits = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"  # (1,050: a thousands comma is no clause end)
    joins = "|".join(map(re.escape, sorted(table("numerals")["separators"]["range"], key=len, reverse=True)))
    trailing = "|".join(map(re.escape, table("targets")["comparators"]["trailing"]))
    ends = char_class([*clause_ends(), " ", "\t"])
    return compiled.compile(f"[^0-9０-９]{{0,6}}?({digits}(?:(?:{joins}){digits})?)(?:{trailing})?(?={ends}|$)")


@cache
def bare_figure() -> re.Pattern[str]:
    """A target cell that is a bare figure (≥60, 6—7, -1.5左右, 520以上): a short lead (a
    sign), the number or range (group 1), then at most a trailing comparator word. Its unit
    stands in a 单位 column (layouts §4e) and is read right after the number."""
    digits = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
    joins = "|".join(map(re.escape, sorted(table("numerals")["separators"]["range"], key=len, reverse=True)))
    trailing = "|".join(map(re.escape, table("targets")["comparators"]["trailing"]))
    return compiled.compile(f"[^0-9０-９]{{0,3}}?({digits}(?:(?:{joins}){digits})?)(?:{trailing})?")


@cache
def _unit_re() -> re.Pattern[str]:
    magnitudes = alternation(table("numerals")["magnitudes"])
    units = alternation([*table("units")["units"], *table("units")["signs"]])
    brackets = "|".join(f"{re.escape(p[0])} *(?P<u{i}>(?:{magnitudes})?(?:{units})) *{re.escape(p[1])}"
                        for i, p in enumerate(words("table_columns", "unit_brackets")))
    return compiled.compile(rf"(?:{brackets})\s*$")


def header_unit(text: str) -> tuple[int, int, int] | None:
    """Where a header cell's name ends and the span of the unit it writes in a bracket at
    its end (年度计划投资（万元） → 6, 7, 9: 万元; 面积(亩) → 2, 3, 4), the unit of its column's
    bare figures; None when it writes none or names a project's total size (总投资（亿元）)."""
    folded = fold(text)
    m = _unit_re().search(folded)
    if m is None or any(w in folded[:m.start()] for w in words("table_columns", "sizes")):
        return None
    group = next(g for g, v in m.groupdict().items() if v is not None)
    return (len(text[:m.start()].rstrip()), *m.span(group))


def column_role(text: str) -> str | None:
    """The column a header cell names (序 号 → number, 牵头单位（部门） → lead_units), or None."""
    if len(text) > 3 * MAX_HEADER_LENGTH:
        return None
    folded = re.sub(r"\s", "", fold(header_name(text)))
    if not folded or len(folded) > MAX_HEADER_LENGTH:
        return None
    if m := _shaped().fullmatch(folded):
        return shaped_field(m.group("role"), m.group("head"))  # 牵头落实单位, 协同推进部门
    # The unit of the figures is named by its word alone: a longer name ending in it (联动单位,
    # 承建单位) is a column of units who answer, read by the grammar of roles or not at all.
    ranks = _column_ranks()
    found = [ranks[word] for word in {folded[i:j] for i in range(len(folded)) for j in range(i + 1, len(folded) + 1)}
             if word in ranks and (ranks[word][1] != "unit" or word == folded)]
    return min(found)[1] if found else None


@cache
def _shaped() -> re.Pattern[str]:
    return compiled.compile(shaped_label())


def header_roles(cells: Sequence[str]) -> list[str | None] | None:
    """The roles of a task table's header cells, or None when `cells` is no such header.

    A header names a task column (or a target column, which then is the task column)
    and at least one more column.
    """
    roles = [column_role(c) for c in cells]
    levels = [i for i, (r, c) in enumerate(zip(roles, cells))
              if r == "task" and fold(c).strip().startswith(tuple(words("table_columns", "levels")))]
    for i in levels[:-1]:
        roles[i] = "category"  # 一级指标 | 二级指标 | 三级指标: the innermost level is the task's, the others group it
    if "task" not in roles and "target" in roles:
        roles[roles.index("target")] = "task"
    if "task" not in roles and roles and roles[0] == "number":
        # A table of figures by place (序号 | 街道（镇） | 新增城镇就业（人） | … | 责任单位): columns
        # whose headers write a unit hold each row's targets; the first other column names
        # the row's subject and is its task column.
        measured = [r is None and header_unit(c) is not None for r, c in zip(roles, cells)]
        subject = next((i for i, r in enumerate(roles) if r is None and not measured[i]), None)
        if any(measured) and subject is not None and subject < measured.index(True):
            roles[subject] = "task"
    unnamed = [i for i, r in enumerate(roles) if r is None]
    if "task" not in roles and roles and roles[0] == "number" and any(r in ANSWER for r in roles) and len(unnamed) >= 2:
        # A header whose task column has a name the map does not know (序号 | 小区名称 | 所在街道 |
        # 改造内容 | 责任单位 | …): the first unnamed column names the row's subject, its task, and
        # the others are read as its text (degrade to sentences, never to nothing).
        roles[unnamed[0]] = "task"
    units = [r is None and unit_column(c) for r, c in zip(roles, cells)]
    if sum(units) >= 2:
        roles = [MARKED if unit else r for r, unit in zip(roles, units)]
    if "task" in roles and len({r for r in roles if r}) >= 2:
        return roles
    return None


def header_year(lines: Sequence[str]) -> int | None:
    """The year a task table's header writes in the name of its task or target column (序号 |
    重点任务 | 2025年目标任务 | …): a list issued late in one year names there the year its tasks
    are for, which no title, number or date line writes (layouts §13)."""
    separators = "".join(re.escape(c) for c in table("structure")["text_tables"]["row_separators"])
    for line in lines:
        cells = [c.strip() for c in re.split(f"[{separators}]", line) if c.strip()]
        for role, c in zip(header_roles(cells) or () if len(cells) >= 3 else (), cells):
            if role in ("task", "target") and (m := re.match(r"((?:19|20)[0-9]{2})年", fold(c))):
                return int(m.group(1))
    return None


def mark_field(mark: str, legend: dict[str, str] | None = None) -> str | None:
    """The field a matrix's mark gives (★ → lead_units, √ → cooperating_units): the document's
    `legend` where it says, else [matrix]'s defaults; None for no mark."""
    m = table("structure")["matrix"]
    default = {c: "lead_units" for c in m["lead"]} | {c: "cooperating_units" for c in m["cooperating"]}
    first = fold(mark).strip()[:1]
    return (legend or {}).get(first) or default.get(first)


def unit_column(text: str) -> bool:
    """Whether a header cell names a unit (市发改委, 各乡镇人民政府): in a matrix of who answers, its
    column marks the rows that unit answers for ([matrix])."""
    folded = re.sub(r"\s", "", fold(header_name(text)))
    low, high = table("structure")["matrix"]["unit_name_length"]
    return low <= len(folded) <= high and folded.endswith(tuple(words("units", "office_ends")))


@cache
def _numeral() -> re.Pattern[str]:
    return compiled.compile(f"[{re.escape(data()['statements']['numerals'])}]")


def holds_numeral(text: str) -> bool:
    """Whether `text` holds a numeral character ([statements] numerals: a digit, 一, 万 …)."""
    return _numeral().search(text) is not None


def blank_form(roles: Sequence[str | None], rows: Sequence[Sequence[str]]) -> bool:
    """Whether a task table is a form to fill in (an attachment's 进展情况表: 序号 | 实事项目 |
    年度目标 | 1—6月完成情况 | 完成率): it reports progress, and no row fills a cell but its number
    and a task's name with no figure, which the office wrote in for those who report. Its rows
    are no tasks. `rows`: the cells' text, in the columns of `roles`."""
    if not any(r in APART for r in roles):
        return False
    tasks = [c for row in rows for r, c in zip(roles, row) if r == "task" and c.strip()]
    return bool(tasks) and not any(map(holds_numeral, tasks)) and all(
        not c.strip() for row in rows for r, c in zip(roles, row) if r not in ("number", "task"))


def contact_roles(cells: Sequence[str]) -> list[str | None] | None:
    """The roles of the header of a contact list (序号 | 单位 | 姓名 | 职务 | 手机: [table_columns]
    contact), whose rows are people to call, no tasks; None when `cells` is no such header."""
    roles = [column_role(c) for c in cells]
    contacts = roles.count("contact")
    past_number = len(roles) - (roles[:1] == ["number"])
    if contacts >= data()["table_columns"]["contact_least"] and 2 * contacts >= past_number:
        return roles
    return None


def assignment_roles(cells: Sequence[str]) -> list[str | None] | None:
    """The roles of the header of a table that assigns who answers to the tasks above by their
    numbers (任务序号 | 牵头单位 | 配合单位): a number column first, columns of who answers, no
    task column; None when `cells` is no such header."""
    roles = [column_role(c) for c in cells]
    if roles and roles[0] == "number" and any(r in ANSWER for r in roles) and not {"task", "target"} & set(roles):
        return roles
    return None


@cache
def _glued_words() -> tuple[re.Pattern[str], dict[str, str]]:
    roles = {w: r for w, r in reversed(_column_words())}
    return compiled.compile(alternation(roles)), roles


def _is_column_word(text: str) -> bool:
    """Whether `text` (its spaces aside) is a header word itself (配合单位, 实事项目, 完成时限)."""
    return re.sub(r"\s", "", fold(text)) in _column_ranks()


def two_line_names(tops: Sequence[str], subs: Sequence[str]) -> list[str] | None:
    """The column names of a header written over two lines, as a Word table flattened to text
    keeps a merged cell over its sub-columns (责任单位 over 牵头 | 配合, 完成时限 over 开工 | 完工,
    2026年目标 over 全年 | 上半年, units named under 责任单位: a matrix) or a header word wrapped in
    its cell (实事⏎项目, 责任⏎单位); None when the second line is no such line (a row: its number cell
    filled, or a cell too long to name a column) or the first names too few columns itself."""
    if sum(bool(t) and column_role(t) is not None for t in tops) < 2 or not any(subs) or len(subs) > len(tops) or any(
            sub and (column_role(top) == "number" or len(sub) > MAX_HEADER_LENGTH) for top, sub in zip(tops, subs)):
        return None
    names, group = [], ""
    for at, top in enumerate(tops):
        sub, role, group = subs[at] if at < len(subs) else "", column_role(top) if top else None, top or group
        if not sub:
            names.append(top)
        elif top and (_is_column_word(top + sub) or role is None):
            names.append(top + sub)  # a word wrapped in its cell (配合⏎单位, 实事⏎项目), or under one naming none
        elif column_role(sub) is not None or (role in (None, *ANSWER) and unit_column(sub)):
            names.append(sub)  # 牵头 under 责任单位
        elif group and not re.search(r"[0-9](?![0-9]*年)", sub):
            names.append(group + sub)  # 开工 under 完成时限, 上半年 under 2026年目标, 2019年 under 工作目标
        else:
            return None
    return names if header_roles(names) is not None else None


def names_a_column(text: str) -> bool:
    """Whether `text` holds a header word at all (a quick test before reading a header)."""
    return _glued_words()[0].search(fold(text)) is not None


def glued_header(folded: str) -> list[tuple[int, int, str]]:
    """The header words at the start of a line whose header cells are glued together
    (序号主要任务牵头单位…): (start, end, role) of each, longest word first at each place."""
    pattern, roles = _glued_words()
    joins = tuple(words("table_columns", "joins"))
    out: list[tuple[int, int, str]] = []
    while m := pattern.match(folded, out[-1][1] if out else 0):
        end = m.end()
        if folded.startswith(joins, end):
            # 建设内容及目标, 工作目标和措施: the words after 及 belong to the same column, up
            # to the next header word.
            following = pattern.search(folded, end + 1, end + 1 + MAX_HEADER_LENGTH)
            end = following.start() if following else end
        out.append((m.start(), end, roles[m.group()]))
    return out
