"""Who answers for a task: responsibility lines, inline brackets, leader headings, and
the document's rule that the first listed unit leads.

The layouts read (labels and words in `data/structure.toml` [labels], [inline],
[headings]):
- separate lines: 牵头市领导:汤飞帆 / 牵头单位:… / 配合单位:… / 责任单位:…;
- one line with several fields: 牵头单位:市发改局,配合单位:…;
- a heading that names leaders (`leaders`): 一、钱三雄市长牵头重点工作(许继清副市长协助推进).
Who answers written inside a task's sentence (a bracket, clauses before or after the work)
is read in `bracketfields`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import compiled, table
from ..lexicon.labels import SPACE, alternation, char_class, data, fold, time_label, words
from ..lexicon.roles import FIELDS, heads, label_fields, role_words, scopes, shaped_field, shaped_label
from ..lexicon.wordsets import alternation as trie
from .leaders import is_person, leader_name, leader_names
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


# A label may carry a short note in brackets before its colon: 责任办（站、所）：, 牵头单位（部门）：.
_NOTE = "(?:[(（][^()（）:：]{1,8}[)）])?"


def any_label() -> str:
    """The regex text of any short label, known or not, and its colon: a run of Han characters
    (group `label`), a note in brackets, a colon ([labels] longest_unread_label)."""
    most = data()["labels"]["longest_unread_label"]
    return f"(?P<label>[\\u4e00-\\u9fff]{{2,{most}}}){_NOTE}[{SPACE}]*{char_class(data()['labels']['colons'])}"


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    # Who answers: the grammar of roles (牵头单位, 分管县领导, 责任科室), after an optional
    # scope (区政府分管领导); then the other labels of [labels].
    field_of = dict(label_fields())
    field_of.update((w, field) for field in (TASK_TEXT, OTHER) for w in words("labels", field))
    # A progress label may name its period first: 1-6月推进情况:, 上半年进展情况:.
    period = f"[{re.escape(data()['labels']['progress_period'])}]{{0,8}}"
    # The vocabulary of labels varies more than their shape: a role word and a head with a word
    # of one or two characters between them (牵头抓总单位, 协同推进单位, 挂帅区领导) is a label of
    # the role's field, and a label the tables do not hold that ends in a time field's head
    # (完成时点, 推进时限, 办理期限) is a deadline field, but not a page's furniture (发布时间).
    time = f"(?P<time>{time_label()})"
    label = (f"(?:{alternation(scopes())})?(?:(?P<word>{trie(field_of)})|{shaped_label()})|{time}"
             f"|{period}{alternation(fold(w) for w in table('progress')['labels']['words'])}")
    # A label starts the text, or follows a separator, a space, a bracket, a sentence end or
    # a bar (责任领导：X｜责任科室：Y｜时限：年底前, fields of one line set apart as cells).
    before = char_class(",，;；、(（" + "".join(words("headings", "sentence_end")) + "".join(_bars()))
    # A label enclosed at a line's start stands for one with a colon (【牵头单位】区经信局: [labels] enclosing).
    opens = "|".join(f"(?P<open{i}>^{re.escape(pair[0])})" for i, pair in enumerate(data()["labels"]["enclosing"]))
    ends = "|".join(f"(?(open{i}){re.escape(pair[1])}|(?!))" for i, pair in enumerate(data()["labels"]["enclosing"]))
    pattern = compiled.compile(
        f"(?:{opens}|^|(?<={before})|(?<=\\s))(?P<label>{label}){_NOTE}"
        f"(?:{ends}|\\s*{char_class(data()['labels']['colons'])})"
    )
    return pattern, field_of


@cache
def _colon() -> re.Pattern[str]:
    """Every label ends with a colon: a text with none holds no label (most lines of a
    document), and one search in C passes it over before the label grammar is tried."""
    return compiled.compile(char_class([*data()["labels"]["colons"], *(p[1] for p in data()["labels"]["enclosing"])]))


def _bars() -> list[str]:
    return data()["text_tables"]["cell_marks"]


def _field(m: re.Match[str]) -> str:
    """The field a matched label gives (a progress label may start with its period)."""
    if m.group("word"):
        return _labels()[1][m.group("word")]
    if m.group("role"):
        return shaped_field(m.group("role"), m.group("head")) or OTHER
    return TASK_TEXT if m.group("time") else PROGRESS


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
    matches = list(_label_matches(folded))
    if not matches or matches[0].start():
        return _leaders_and_units(inner, folded)
    fields: Fields = {}
    for m, following in zip(matches, matches[1:] + [None]):
        end = following.start() if following else len(inner)
        # A label in words no table holds, after a space, ends the field before it (… 经手人:X).
        if unread := _spaced_label().search(folded, m.end(), end):
            end = unread.start()
        value = inner[m.end(): end]
        field = _field(m)
        if field == OTHER and m.group("word") in data()["labels"]["person_labels"] and any(
                t in fold(value) for t in data()["labels"]["person_leader_titles"]):
            field = "leaders"  # 责任人：常务副市长 X: a leader of the government answers
        # A progress report's time says when something was done (…；上半年减少贫困人口5300人), no limit.
        if field not in (TASK_TEXT, PROGRESS):
            value, time = _split_time(value)
            if time:
                fields.setdefault(TASK_TEXT, []).append(time)
        if field == "leaders" and (assisting := _assisting(value)):
            value = value[:assisting[0]]
            fields.setdefault("assisting_leaders", []).append(assisting[1])
        fields.setdefault(field, []).append(value.strip(_value_trim()))
    return fields


def _assisting(value: str) -> tuple[int, str] | None:
    """Where a leaders' value ends and who assists them, named in its last clause or bracket
    before an assisting verb (副市长 X，市政府秘书长 Y协助推进 → Y; X 副市长（Y副市长协助推进） → Y);
    None when none does."""
    folded = fold(value).rstrip(_value_trim())
    groups = bracket_groups(folded)
    if groups and groups[-1][1] == len(folded) and groups[-1][0] > 0:
        s, e = groups[-1][0] + 1, groups[-1][1] - 1  # inside the bracket that ends the value
        cut = groups[-1][0]
    else:
        clauses = split_top(folded, data()["inline"]["clause_separators"])
        if len(clauses) < 2:
            return None
        (s, e), cut = clauses[-1], clauses[-1][0]
    verb = next((v for v in words("headings", "assist_verbs") if folded[s:e].endswith(v)), None)
    return (cut, value[s:e - len(verb)].strip(SPACE)) if verb else None


@cache
def _joint_label() -> re.Pattern[str]:
    """A label naming a leader and a unit at once: a role word, 领导, a joining word, then the
    role word again or not and a head of units (牵头领导及单位, 责任领导和责任单位)."""
    roles = alternation(role_words())
    joins = alternation(words("table_columns", "joins"))
    units = alternation(h for h, kind in heads().items() if kind == "units")
    colons = char_class(data()["labels"]["colons"])
    return compiled.compile(f"(?P<role>{roles})领导(?:{joins})(?:{roles})?(?P<head>{units})[{SPACE}]*{colons}")


def _leaders_and_units(inner: str, folded: str) -> Fields | None:
    """The fields of a label that names a leader and a unit at once (牵头领导及单位：X常务副市长，
    市发展改革委): the persons its value names lead, the rest are the units of its role."""
    m = _joint_label().match(folded)
    field = shaped_field(m["role"], m["head"]) if m else None
    if m is None or field is None:
        return None
    names = split_units(inner[m.end():]).names
    fields: Fields = {}
    for key, group in (("leaders", [n for n in names if is_person(n)]), (field, [n for n in names if not is_person(n)])):
        if group:
            fields[key] = ["、".join(group)]
    return fields or None


@cache
def _spaced_label() -> re.Pattern[str]:
    """Any short label and its colon after a space, inside a line of several fields."""
    return compiled.compile(f"(?<=[{SPACE}]){any_label()}")


@cache
def _value_trim() -> str:
    """What a field's value is stripped of: spaces, separators, a sentence end, table bars."""
    return SPACE + ",，;；。" + "".join(_bars())


@cache
def _time_re() -> re.Pattern[str]:
    table = data()["inline"]
    digits = re.escape(data()["numbering"]["arabic"] + data()["numbering"]["chinese"])
    return compiled.compile(
        f"(?:{alternation(fold(w) for w in table['time_starts'])}"
        f"|(?:{re.escape(table['time_ordinal'])}|{re.escape(table['time_every'])})?[{digits}]+"
        f"{re.escape(table['time_measure'])}?(?:{alternation(table['time_units'])}))")


def is_time(clause: str) -> bool:
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
    while cut > 1 and is_time(value[spans[cut - 1][0]:spans[cut - 1][1]]):
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
    if not _colon().search(folded):
        return None
    found = _label_matches(folded)
    if not found or found[0].start():
        return None
    return [m.start("label") for m in found[1:] if _field(m) == TASK_TEXT]


@lru_cache(maxsize=64)  # a line is asked twice (does it hold pieces, what fields): one scan
def _label_matches(folded: str) -> tuple[re.Match[str], ...]:
    """Every label of a folded line, in order."""
    return tuple(_labels()[0].finditer(folded))


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
    # (a unit named twice in one role, as by two brackets of one task, is listed once)
    return Responsibility(
        leaders=leader_names(chosen.get("leaders", [])),
        assisting_leaders=leader_names(chosen.get("assisting_leaders", [])),
        lead_units=tuple(dict.fromkeys(lead)), cooperating_units=tuple(dict.fromkeys(cooperating)),
        responsible_units=tuple(dict.fromkeys(responsible)),
        units_open=units_open,
    )
