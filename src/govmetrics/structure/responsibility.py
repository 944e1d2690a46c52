"""Who answers for a task: responsibility lines, inline brackets, leader headings, and
the document's rule that the first listed unit leads.

The layouts read (labels and words in `data/structure.toml` [labels], [inline],
[headings]):
- separate lines: 牵头市领导:汤飞帆 / 牵头单位:… / 配合单位:… / 责任单位:…;
- one line with several fields: 牵头单位:市发改局,配合单位:…;
- a bracket at the end of a task: (市发改委牵头,市级各有关部门按职责分工负责),
  (牵头单位:市财政局;责任单位:…);
- a heading that names leaders: 一、钱三雄市长牵头重点工作(许继清副市长协助推进).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon.labels import SPACE, alternation, char_class, data, fold, words
from .orgs import bracket_groups, enclosed, split_top, split_units

FIELDS = ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units")
TASK_TEXT = "task_text"
OTHER = "other"           # a labelled line that gives no field (责任人:…)
_HAN = "\u4e00-\u9fff"

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
    field_of = {w: field for field in FIELDS + (TASK_TEXT, OTHER) for w in words("labels", field)}
    pattern = re.compile(
        f"(?:^|(?<=[,，;；、\\s(（]))(?P<label>{alternation(field_of)})\\s*{char_class(data()['labels']['colons'])}"
    )
    return pattern, field_of


@cache
def _trailing_label() -> re.Pattern[str]:
    """A label that follows the end of a task's sentence on the same line (…540个。责任单位:…)."""
    field_of = _labels()[1]
    ends = "".join(re.escape(w) for w in words("headings", "sentence_end"))
    return re.compile(f"(?<=[{ends}])[{SPACE}]*(?P<label>{alternation(w for w, f in field_of.items() if f != TASK_TEXT)})"
                      f"\\s*{char_class(data()['labels']['colons'])}")


def _unwrap(line: str) -> str:
    """`line` without spaces around it and without one bracket pair that encloses all of it."""
    inner = line.strip(SPACE)
    return inner[1:-1] if enclosed(fold(inner)) else inner


def line_fields(line: str) -> Fields | None:
    """The fields of a responsibility line, or None when `line` does not start with a label.

    >>> line_fields("牵头领导:市长、副市长,责任单位:市发改局、市统计局。")
    {'leaders': ['市长、副市长'], 'responsible_units': ['市发改局、市统计局']}
    """
    inner = _unwrap(line)
    pattern, field_of = _labels()
    folded = fold(inner)
    if not pattern.match(folded):
        return None
    matches = list(pattern.finditer(folded))
    fields: Fields = {}
    for m, following in zip(matches, matches[1:] + [None]):
        value = inner[m.end(): following.start() if following else len(inner)]
        fields.setdefault(field_of[m.group("label")], []).append(value.strip(SPACE + ",，;；。"))
    return fields


def trailing_fields(text: str) -> tuple[Fields, int] | None:
    """Responsibility written after a task's sentence on its own line, and where it starts.

    >>> trailing_fields("新增公共停车泊位1500个。责任单位:区交通运输局、各街道")
    ({'responsible_units': ['区交通运输局、各街道']}, 14)
    """
    m = _trailing_label().search(fold(text))
    if m is None:
        return None
    at = m.start("label")
    fields = line_fields(text[at:])
    return (fields, at) if fields else None


def is_task_text(fields: Fields) -> bool:
    """Whether a labelled line belongs to the task's own text (完成时限:…)."""
    return set(fields) == {TASK_TEXT}


@cache
def _inline_markers() -> list[tuple[str, str]]:
    table = data()["inline"]
    pairs = [(fold(w), "lead_units") for w in table["lead"]]
    pairs += [(fold(w), "cooperating_units") for w in table["cooperating"]]
    pairs += [(fold(w), "responsible_units") for w in table["responsible"]]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _clause_fields(inner: str) -> Fields | None:
    """Fields of an inline bracket made of `<units><marker>` clauses, or None."""
    fields: Fields = {}
    folded = fold(inner)
    for s, e in split_top(folded, data()["inline"]["clause_separators"]):
        clause = folded[s:e].strip(SPACE + "。")
        for marker, field in _inline_markers():
            if clause.endswith(marker) and len(clause) > len(marker):
                body_start = s + (len(folded[s:e]) - len(folded[s:e].lstrip(SPACE)))
                fields.setdefault(field, []).append(inner[body_start: body_start + len(clause) - len(marker)])
                break
        else:
            return None
    return fields or None


def inline_fields(text: str, *, clauses: bool = True) -> tuple[Fields, int] | None:
    """Responsibility in a bracket at the end of a task's text, and where the task's text
    ends: before the bracket, or after it when the bracket also gives a time limit
    (（牵头单位:…;完成时限:6月底）), which belongs to the task's text. `clauses=False` reads
    only labelled brackets (a heading's (许继清副市长协助推进) names a leader, not a unit).

    >>> inline_fields("推进项目建设。(市发改委牵头,市级各有关部门按职责分工负责)")
    ({'lead_units': ['市发改委'], 'cooperating_units': ['市级各有关部门']}, 7)
    """
    body = text.rstrip(SPACE + "。；;.")
    groups = bracket_groups(fold(body))
    if not groups or groups[-1][1] != len(body):
        return None
    start = groups[-1][0]
    inner = body[start + 1: -1]
    fields = line_fields(inner) or (_clause_fields(inner) if clauses else None)
    if not fields or is_task_text(fields):
        return None
    if TASK_TEXT in fields:
        del fields[TASK_TEXT]
        return fields, len(body)
    return fields, start


@cache
def _heading_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    titles = alternation(words("headings", "leader_titles"))
    # A person is a name before a title (钱三雄市长) or after it (常务副县长高建军), or a title
    # alone; names listed before it may share its title (张某、李某某副市长).
    pair = f"(?:[{_HAN}]{{2,4}}?)?{titles}(?:[{_HAN}]{{2,3}})?"
    joiners = alternation(words("headings", "leader_joiners"))
    shared = alternation(words("headings", "shared_title_joiners"))
    group = f"(?P<who>(?:[{_HAN}]{{2,4}}?{shared})*{pair}(?:{joiners}{pair})*)"
    # A short bracket may stand between the leaders and the verb: 王某某副市长（分管工业）牵头.
    note = "(?:[(（][^()（）]{0,20}[)）])?"
    return (
        re.compile(f"{group}{note}{alternation(words('headings', 'leader_verbs'))}"),
        re.compile(f"{group}{note}{alternation(words('headings', 'assist_verbs'))}"),
        re.compile(f"(?P<name>[{_HAN}]{{2,4}}?)?(?P<title>{titles})(?P<after>[{_HAN}]{{2,3}})?"),
    )


@cache
def _not_name_re() -> re.Pattern[str]:
    keys = ("not_names", "leader_verbs", "assist_verbs")
    return re.compile(alternation(w for key in keys for w in words("headings", key)))


def _is_name(folded: str) -> bool:
    """Whether a run of Han characters can be a person's name (not 分管, 常务, 牵头 …)."""
    return 2 <= len(folded) <= 4 and _not_name_re().search(folded) is None and not folded.endswith(
        words("headings", "leader_titles"))


def _person_in(text: str, p: re.Match[str]) -> str | None:
    """The name a name-and-title match holds, or None when it holds only a title. A word
    glued before the name is not part of it (由王某某副市长 → 王某某)."""
    for group in ("name", "after"):
        s, e = p.span(group)
        for i in range(s, e - 1) if s >= 0 else ():
            if _is_name(p.string[i:e]):
                return text[i:e]
            if group == "after":
                break
    return None


def _people(text: str, folded: str, pattern: re.Pattern[str]) -> list[str]:
    pair = _heading_res()[2]
    out = []
    for m in pattern.finditer(folded):
        s, e = m.span("who")
        persons = list(pair.finditer(folded, s, e))
        # Names before the first titled person share its title (张某、李某某副市长).
        head = re.finditer(f"[{_HAN}]+", folded[s:persons[0].start()]) if persons else iter(())
        names = [text[s + n.start():s + n.end()] for n in head if _is_name(n.group())]
        # Without a name, the title as written (分管副市长, 常务副市长).
        names += [_person_in(text, p) or text[p.start():p.end("title")] for p in persons]
        out.extend(n for n in names if n not in out)
    return out


def leader_name(item: str) -> str:
    """A listed leader as the spec counts them: by name when a name stands with its title
    (沈国平区长, 副镇长 何晓东, 党委委员 沈涛, 王某某（常务副市长） → the name), else as
    written (市长, 市政府相关领导).

    >>> leader_name("常务副县长 高建军"), leader_name("韩梅副区长"), leader_name("分管副县长")
    ('高建军', '韩梅', '分管副县长')
    """
    folded = fold(item)
    titles = words("headings", "leader_titles")
    groups = bracket_groups(folded)
    if groups and groups[-1][1] == len(folded) and groups[-1][0] > 0:
        s = groups[-1][0]
        if any(t in folded[s:] for t in titles) and _is_name(folded[:s].strip()):
            return item[:s].strip()
    parts = folded.split()
    if len(parts) == 2:
        for name, other in ((1, 0), (0, 1)):
            if _is_name(parts[name]) and parts[other].endswith(titles):
                return item.split()[name]
        return item
    p = _heading_res()[2].fullmatch(folded)
    return (_person_in(item, p) if p else None) or item


def heading_leaders(title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Leaders and assisting leaders named in a heading, by name (by title when no name).

    >>> heading_leaders("四、施根宝副市长牵头重点工作(许继清副市长协助推进)")
    (('施根宝',), ('许继清',))
    """
    folded = fold(title)
    lead_re, assist_re, _ = _heading_res()
    return tuple(_people(title, folded, lead_re)), tuple(_people(title, folded, assist_re))


def _names(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        for name in split_units(value).names:
            name = leader_name(name)
            if name not in out:
                out.append(name)
    return out


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
        leaders=tuple(_names(chosen.get("leaders", []))),
        assisting_leaders=tuple(_names(chosen.get("assisting_leaders", []))),
        lead_units=tuple(lead), cooperating_units=tuple(cooperating), responsible_units=tuple(responsible),
        units_open=units_open,
    )
