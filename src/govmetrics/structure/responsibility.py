"""Who answers for a task: responsibility lines, inline brackets, leader headings, and
the document's rule that the first listed unit leads.

The layouts read (labels and words in `data/structure.toml` [labels], [inline],
[headings]):
- separate lines: 牵头市领导:汤飞帆 / 牵头单位:… / 配合单位:… / 责任单位:…;
- one line with several fields: 牵头单位:市发改局,配合单位:…;
- a bracket at the end of a task: (市发改委牵头,市级各有关部门按职责分工负责),
  (牵头单位:市财政局;责任单位:…);
- a heading that names leaders (`leaders`): 一、钱三雄市长牵头重点工作(许继清副市长协助推进).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import compiled, table
from ..lexicon.labels import SPACE, alternation, char_class, data, fold, words
from ..lexicon.roles import FIELDS, UNIT_FIELDS, clause_verbs, label_fields, scopes
from ..lexicon.wordsets import alternation as trie
from .leaders import heading_leaders, is_person, leader_name, leader_names
from .orgs import bracket_groups, enclosed, split_top, split_units

TASK_TEXT = "task_text"
OTHER = "other"           # a labelled line that gives no field (责任人:…)
PROGRESS = "progress"     # a report of how far the task has got (实际完成情况:…): no part of its text

Fields = dict[str, list[str]]


@dataclass(frozen=True)
class Responsibility:
    """The resolved answer for one task, names as written."""

    leaders: tuple[str, ...] = ()
    assisting_leaders: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    cooperating_units: tuple[str, ...] = ()
    responsible_units: tuple[str, ...] = ()
    units_open: bool = False


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    # Who answers: the grammar of roles (牵头单位, 分管县领导, 责任科室), after an optional
    # scope (区政府分管领导); then the other labels of [labels].
    field_of = dict(label_fields())
    field_of.update((w, field) for field in (TASK_TEXT, OTHER) for w in words("labels", field))
    # A progress label may name its period first: 1-6月推进情况:, 上半年进展情况:.
    period = f"[{re.escape(data()['labels']['progress_period'])}]{{0,8}}"
    label = (f"(?:{alternation(scopes())})?(?P<word>{trie(field_of)})"
             f"|{period}{alternation(fold(w) for w in table('progress')['labels']['words'])}")
    # A label starts the text, or follows a separator, a space, a bracket, a sentence end or
    # a bar (责任领导：X｜责任科室：Y｜时限：年底前, fields of one line set apart as cells).
    before = char_class(",，;；、(（" + "".join(words("headings", "sentence_end")) + "".join(_bars()))
    # A label may carry a short note in brackets before its colon: 责任办（站、所）：, 牵头单位（部门）：.
    note = "(?:[(（][^()（）:：]{1,8}[)）])?"
    pattern = compiled.compile(
        f"(?:^|(?<={before})|(?<=\\s))(?P<label>{label}){note}\\s*{char_class(data()['labels']['colons'])}"
    )
    return pattern, field_of


@cache
def _colon() -> re.Pattern[str]:
    """Every label ends with a colon: a text with none holds no label (most lines of a
    document), and one search in C passes it over before the label grammar is tried."""
    return compiled.compile(char_class(data()["labels"]["colons"]))


def _bars() -> list[str]:
    return data()["text_tables"]["cell_marks"]


def _field(m: re.Match[str]) -> str:
    """The field a matched label gives (a progress label may start with its period)."""
    return _labels()[1][m.group("word")] if m.group("word") else PROGRESS


@cache
def _trailing_label() -> re.Pattern[str]:
    """A label that follows the end of a task's sentence on the same line (…540个。责任单位:…)."""
    field_of = _labels()[1]
    ends = "".join(re.escape(w) for w in words("headings", "sentence_end"))
    return compiled.compile(f"(?<=[{ends}])[{SPACE}]*(?P<label>(?:{alternation(scopes())})?"
                            f"{trie(w for w, f in field_of.items() if f != TASK_TEXT)})"
                            f"\\s*{char_class(data()['labels']['colons'])}")


def _unwrap(line: str) -> tuple[str, str]:
    """`line` without spaces around it and without one bracket pair that encloses all of it,
    as written and folded."""
    inner = line.strip(SPACE)
    folded = fold(inner)
    return (inner[1:-1], folded[1:-1]) if enclosed(folded) else (inner, folded)


def starts_with_label(line: str) -> bool:
    """Whether `line` starts with a field label: `line_fields` reads it (without reading it)."""
    return _colon().search(line) is not None and _labels()[0].match(_unwrap(line)[1]) is not None


def line_fields(line: str) -> Fields | None:
    """The fields of a responsibility line, or None when `line` does not start with a label.

    A time written after the last unit of a bracket (layouts §2: [牵头单位:…;责任单位:县环保局;
    10月底前完成]) is no unit: it is kept as the task's text (`TASK_TEXT`).

    >>> line_fields("牵头领导:市长、副市长,责任单位:市发改局、市统计局。")
    {'leaders': ['市长、副市长'], 'responsible_units': ['市发改局、市统计局']}
    """
    if not _colon().search(line):
        return None
    inner, folded = _unwrap(line)
    pattern = _labels()[0]
    if not pattern.match(folded):
        return None
    matches = list(pattern.finditer(folded))
    fields: Fields = {}
    for m, following in zip(matches, matches[1:] + [None]):
        value = inner[m.end(): following.start() if following else len(inner)]
        field = _field(m)
        # A progress report's time says when something was done (…；上半年减少贫困人口5300人), no limit.
        if field not in (TASK_TEXT, PROGRESS):
            value, time = _split_time(value)
            if time:
                fields.setdefault(TASK_TEXT, []).append(time)
        fields.setdefault(field, []).append(value.strip(_value_trim()))
    return fields


@cache
def _value_trim() -> str:
    """What a field's value is stripped of: spaces, separators, a sentence end, table bars."""
    return SPACE + ",，;；。" + "".join(_bars())


@cache
def _time_re() -> re.Pattern[str]:
    table = data()["inline"]
    digits = re.escape(data()["numbering"]["arabic"] + data()["numbering"]["chinese"])
    return compiled.compile(
        f"(?:{alternation(fold(w) for w in table['time_starts'])}|[{digits}]+(?:{alternation(table['time_units'])}))")


def _is_time(clause: str) -> bool:
    """Whether a clause of a bracket states a time (10月底前完成, 年内持续推进, 每月通报), not units."""
    return _time_re().match(fold(clause).strip(SPACE)) is not None


@cache
def _clause_separator() -> re.Pattern[str]:
    return compiled.compile(char_class(data()["inline"]["clause_separators"]))


def _split_time(value: str) -> tuple[str, str]:
    """A unit list and the time clauses that end it: ("县环保局、各乡镇", "10月底前完成")."""
    if not _clause_separator().search(value):
        return value, ""  # one clause (most values): nothing to split off
    spans = split_top(fold(value), data()["inline"]["clause_separators"])
    cut = len(spans)
    while cut > 1 and _is_time(value[spans[cut - 1][0]:spans[cut - 1][1]]):
        cut -= 1
    if cut == len(spans):
        return value, ""
    return value[:spans[cut - 1][1]], value[spans[cut][0]:].strip(SPACE)


def trailing_fields(text: str) -> tuple[Fields, int] | None:
    """Responsibility written after a task's sentence on its own line, and where it starts.

    >>> trailing_fields("新增公共停车泊位1500个。责任单位:区交通运输局、各街道")
    ({'responsible_units': ['区交通运输局、各街道']}, 14)
    """
    m = _trailing_label().search(fold(text)) if _colon().search(text) else None
    if m is None:
        return None
    at = m.start("label")
    fields = line_fields(text[at:])
    return (fields, at) if fields else None


def label_starts(folded: str) -> list[int]:
    """Where each field label (牵头单位:, 1-6月推进情况:) of a folded text begins."""
    if not _colon().search(folded):
        return []
    return [m.start("label") for m in _labels()[0].finditer(folded)]


def task_text_starts(folded: str) -> list[int] | None:
    """Where the labels of the task's own text (完成时限:, 时限:) begin in a folded line that
    starts with a label, after the first; None when the line starts with no label.

    >>> task_text_starts("牵头单位:县水利局 完成时限:9月底前")
    [10]
    """
    pattern = _labels()[0]
    if not _colon().search(folded) or not pattern.match(folded):
        return None
    return [m.start("label") for m in pattern.finditer(folded, 1) if _field(m) == TASK_TEXT]


def progress_at(line: str) -> int | None:
    """Where a progress label (实际完成情况:, 1-6月推进情况:) starts in a responsibility line."""
    folded = fold(line)
    return next((m.start("label") for m in _labels()[0].finditer(folded) if _field(m) == PROGRESS), None)


def continued(fields: Fields, line: str, *, fields_follow: bool) -> tuple[str, str] | None:
    """(field, value) when `line`, right under a responsibility line, carries on its last
    field: a second leader on the next line (layouts §1: 责任领导:张三 副市长⏎李四 副市长), a
    leader's name cut by the line break (§10: 赵⏎德明), or a unit name or list wrapped to the next line (§10: 配合单位:…、市自然资源⏎和规划局).
    A bare name (黄一帆) carries on a leader line only where more fields follow it, so a
    short heading after the last field is never taken for a leader. None when `line` is
    text of its own (a heading, a sentence)."""
    if not fields:
        return None
    field = next(reversed(fields))
    value = fields[field][-1] if fields[field] else ""
    folded = fold(line).strip(SPACE)
    ends = tuple(words("headings", "sentence_end"))
    if (not value or not folded or folded.endswith(ends) or "。" in folded or _labels()[0].search(folded)
            or len(folded) > data()["headings"]["max_heading_length"]):
        return None
    line = line.strip(SPACE)
    if field in ("leaders", "assisting_leaders"):
        names = split_units(line).names
        last = split_units(value).names[-1:]
        if last and len(names) == 1 and not (is_person(last[0]) and is_person(names[0])) and is_person(
                last[0] + names[0]):
            return field, value + line  # a name cut by a PDF line break (layouts §10: 赵⏎德明)
        titled = all(leader_name(n) != n for n in names)
        people = names and (titled or (fields_follow and all(is_person(n) for n in names)))
        return (field, f"{value}、{line}") if people else None
    if field not in ("lead_units", "cooperating_units", "responsible_units"):
        return None
    units = data()["units"]
    last = fold(value).rstrip(SPACE)
    if last.endswith(tuple(units["separators"])) or not last.endswith(tuple(units["name_ends"]) + tuple(
            pair[1] for pair in units["brackets"])):
        return field, value + line
    return None


def is_task_text(fields: Fields) -> bool:
    """Whether a labelled line belongs to the task's own text (完成时限:…)."""
    return set(fields) == {TASK_TEXT}


def _clause_fields(inner: str) -> Fields | None:
    """Fields of an inline bracket made of `<units><marker>` clauses, or None.

    A clause that states a time (年内持续推进) is the task's text (`TASK_TEXT`). A clause
    that names a leader by title and name (由区长X负总责, Y副市长协助推进) gives the leaders, as a
    heading does (a section's responsibility given once, layouts §3/§9). When the
    bracket names a lead, units that only 负责 cooperate with it (spec §5, role words in
    a unit list: X牵头,W负责 → W cooperating); without a lead they are responsible.
    """
    clauses: list[tuple[str, str]] = []
    folded = fold(inner)
    for s, e in split_top(folded, data()["inline"]["clause_separators"]):
        clause = folded[s:e].strip(SPACE + "。")
        body_start = s + (len(folded[s:e]) - len(folded[s:e].lstrip(SPACE)))
        leaders, assisting = heading_leaders(inner[body_start: body_start + len(clause)])
        if leaders or assisting:
            clauses += [(f, "、".join(names)) for f, names in (("leaders", leaders), ("assisting_leaders", assisting))
                        if names]
            continue
        for marker, field in clause_verbs():
            if clause.endswith(marker) and len(clause) > len(marker):
                clauses.append((field, inner[body_start: body_start + len(clause) - len(marker)]))
                break
        else:
            if not (clauses and _is_time(clause)):
                return None
            clauses.append((TASK_TEXT, inner[body_start: body_start + len(clause)]))
    led = any(field == "lead_units" for field, _ in clauses)
    fields: Fields = {}
    for field, value in clauses:
        field = "cooperating_units" if led and field == "responsible_units" else field
        fields.setdefault(field, []).append(value)
    return fields


def inline_fields(text: str) -> tuple[Fields, int] | None:
    """Responsibility in a bracket at the end of a task's text (or of a heading), and where
    the task's text ends: before the bracket, or after it when the bracket also gives a time
    limit (（牵头单位:…;完成时限:6月底）), which belongs to the task's text.

    >>> inline_fields("推进项目建设。(市发改委牵头,市级各有关部门按职责分工负责)")
    ({'lead_units': ['市发改委'], 'cooperating_units': ['市级各有关部门']}, 7)
    """
    body = text.rstrip(SPACE + "。；;.")
    groups = bracket_groups(fold(body))
    if not groups or groups[-1][1] != len(body):
        return _by_clauses(body)
    start = groups[-1][0]
    inner = body[start + 1: -1]
    fields = line_fields(inner) or _clause_fields(inner)
    if not fields or is_task_text(fields):
        return None
    if TASK_TEXT in fields:
        del fields[TASK_TEXT]
        return fields, len(body)
    return fields, start


def leading_fields(text: str) -> Fields | None:
    """Responsibility written before the work it answers for (the bracket's clauses opening a
    task's text: 县教育局牵头，县住建局配合，年内开工…; 镇农业中心负责：新建…; 由副县长X统筹协调，…),
    read with the bracket's strict grammar: the longest run of opening clauses that are each a
    unit list and a role word, a leader, or a time, with the work after them. None when the
    text opens with its work."""
    folded = fold(text)
    first = _opening_clause().match(folded)
    if first is None:
        return None  # the first clause ends in no role word and names no leader: the work comes first
    spans = split_top(folded, [*data()["inline"]["clause_separators"], *data()["labels"]["colons"]])
    found: Fields | None = None
    for s, e in spans[:-1]:  # one clause of work at least stays
        fields = _clause_fields(text[:e])
        if fields is None:
            break
        found = fields
    if not found or set(found) <= {TASK_TEXT}:
        return None
    found.pop(TASK_TEXT, None)
    # Outside a bracket only names of units count (各责任单位要明确专人负责 is an instruction).
    ends = tuple(data()["units"]["name_ends"])
    if any(not all(fold(n).endswith(ends) for n in split_units(v).names)
           for f, values in found.items() if f in UNIT_FIELDS for v in values):
        return None
    return found


@cache
def _opening_clause() -> re.Pattern[str]:
    """A first clause that can say who answers: it ends in a role word (县教育局牵头，) or names a
    leader by title (由副县长X统筹协调，)."""
    stop = char_class([*data()["inline"]["clause_separators"], *data()["labels"]["colons"]])
    verbs = alternation(v for v, _ in clause_verbs())
    titles = alternation(words("headings", "leader_titles"))
    return compiled.compile(f"[^{stop[1:-1]}]*?(?:{verbs}{stop}|{titles})")


@cache
def _by_re() -> re.Pattern[str]:
    """A by-word (由) that opens a clause: right after a clause separator."""
    inline = data()["inline"]
    return compiled.compile(f"(?<={char_class(inline['clause_separators'])}){alternation(inline['by_words'])}")


def _by_clauses(body: str) -> tuple[Fields, int] | None:
    """The bracket's clauses written with no bracket after the task's sentence, from a 由 that
    opens a clause (…，由县财政局负责; …，由X牵头，Y配合), and where the task's text ends
    (before the separator in front of it)."""
    found = list(_by_re().finditer(fold(body)))
    if not found:
        return None
    last = found[-1]
    fields = _clause_fields(body[last.end():])
    if not fields or set(fields) <= {TASK_TEXT, "leaders", "assisting_leaders"}:
        return None
    fields.pop(TASK_TEXT, None)
    return fields, last.start() - 1


def resolve(own: Fields, inherited: list[Fields], *, lead_rule: bool) -> Responsibility:
    """Resolve a task's fields: its own, else the innermost section's that has the field.

    Under the lead rule, the first 责任单位 leads and the rest cooperate; a unit marked
    (牵头) in a 责任单位 list leads likewise.
    """
    chosen: Fields = {}
    for field in FIELDS:
        for source in [own, *inherited]:
            if source.get(field):
                chosen[field] = source[field]
                break
    lists = {f: [split_units(v) for v in chosen.get(f, [])] for f in ("lead_units", "cooperating_units", "responsible_units")}
    units_open = any(u.open for group in lists.values() for u in group)
    lead = [n for u in lists["lead_units"] for n in u.names]
    cooperating = [n for u in lists["cooperating_units"] for n in u.names]
    responsible = [n for u in lists["responsible_units"] for n in u.names]
    marked = [n for u in lists["responsible_units"] for n in u.lead]
    if responsible and marked:
        lead += marked
        cooperating = [n for n in responsible if n not in marked] + cooperating
        responsible = []
    elif responsible and lead_rule and not lead:
        lead, cooperating, responsible = responsible[:1], responsible[1:] + cooperating, []
    return Responsibility(
        leaders=leader_names(chosen.get("leaders", [])),
        assisting_leaders=leader_names(chosen.get("assisting_leaders", [])),
        lead_units=tuple(lead), cooperating_units=tuple(cooperating), responsible_units=tuple(responsible),
        units_open=units_open,
    )
