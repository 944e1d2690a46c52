"""Who answers, written inside a task's sentence rather than on lines of its own.

- a bracket at the end of a task: (市发改委牵头,市级各有关部门按职责分工负责),
  (牵头单位:市财政局;责任单位:…), read with a strict clause grammar (`inline_fields`);
- the same clauses opening the task, before its work: 县教育局牵头，县住建局配合，年内开工…
  (`leading_fields`);
- the same clauses after the work, opened by 由: …，由县财政局负责 (`inline_fields`);
- the same clauses as a sentence of their own under a heading, for all its tasks:
  本部分工作由副镇长X分包，Y具体牵头，Z协同推进 (`section_fields`).
The role words are the grammar of `data/structure.toml` [roles] (`lexicon/roles.py`).
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, char_class, clause_ends, data, fold, words
from ..lexicon.roles import UNIT_FIELDS, ending_verb
from .leaders import heading_leaders, is_person
from .orgs import bracket_groups, split_top, split_units
from .responsibility import TASK_TEXT, Fields, is_task_text, is_time, line_fields


def clause_fields(inner: str) -> Fields | None:
    """Fields of an inline bracket made of `<units><marker>` clauses, or None.

    A clause that states a time (年内持续推进) is the task's text (`TASK_TEXT`). A clause
    that names a leader by title and name (由区长X负总责, Y副市长协助推进) gives the leaders, as a
    heading does (a section's responsibility given once, layouts §3/§9). When the
    bracket names a lead, units that only 负责 cooperate with it (spec §5, role words in
    a unit list: X牵头,W负责 → W cooperating); without a lead they are responsible.
    """
    clauses: list[tuple[str, str]] = []
    paired = False  # a verb that needs another clause beside it (X为主，Y配合)
    folded = fold(inner)
    for s, e in split_top(folded, data()["inline"]["clause_separators"]):
        clause = folded[s:e].strip(SPACE + "。\r\n")  # (a bracket a PDF line cut: …配合；⏎10月底前完成)
        body_start = s + (len(folded[s:e]) - len(folded[s:e].lstrip(SPACE + "\r\n")))
        labelled = line_fields(inner[body_start: body_start + len(clause)])
        if labelled and not is_task_text(labelled):
            # a labelled clause among role clauses (（X牵头，Y配合；责任领导：副市长 Z）)
            clauses += [(f, v) for f, values in labelled.items() for v in values]
            continue
        leaders, assisting = heading_leaders(inner[body_start: body_start + len(clause)])
        if leaders or assisting:
            clauses += [(f, "、".join(names)) for f, names in (("leaders", leaders), ("assisting_leaders", assisting))
                        if names]
            continue
        # A clause may open with its by-word inside the bracket too (〔由县民政局负责落实，…〕).
        by = next((len(w) for w in data()["inline"]["by_words"] if clause.startswith(w)), 0)
        verb = ending_verb(clause)
        if verb is not None and len(clause) > len(verb[0]) + by:
            paired = paired or verb[0].endswith(tuple(data()["inline"]["paired_verbs"]))
            units = inner[body_start + by: body_start + len(clause) - len(verb[0])]
            # X会同Y负责: X leads, Y cooperates ([inline] together_words).
            together = next((w for w in data()["inline"]["together_words"] if w in fold(units)), None)
            if together:
                at = fold(units).index(together)
                clauses += [("lead_units", units[:at]), ("cooperating_units", units[at + len(together):])]
            else:
                clauses.append((verb[1], units))
        elif is_time(clause):  # (before the roles too: （2026年6月底前完成；X牵头）)
            clauses.append((TASK_TEXT, inner[body_start: body_start + len(clause)]))
        else:
            return None
    if paired and sum(field != TASK_TEXT for field, _ in clauses) < 2:
        return None
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
    if len(groups) > 1 and groups[-1][1] == len(body) and _trailing_note().fullmatch(fold(body), groups[-1][0]):
        body, groups = body[:groups[-1][0]].rstrip(SPACE), groups[:-1]  # …（X配合）（8分）: a score after it
    if not groups or groups[-1][1] != len(body):
        return _by_clauses(body)
    start = groups[-1][0]
    inner = body[start + 1: -1]
    # A label's value that runs on over a semicolon may hold role clauses after it
    # (（责任领导：X；Y牵头，Z配合）): read as clauses then. A bracket of bare unit names says
    # who is responsible.
    labelled = line_fields(inner)
    runs_on = labelled is not None and any(c in v for vs in labelled.values() for v in vs for c in ";；")
    fields = ((clause_fields(inner) if runs_on else None) or labelled or clause_fields(inner)
              or (_slashed(inner) or _bare_units(inner) if body[start] not in _QUOTES else None))
    if not fields or is_task_text(fields):
        return None
    if TASK_TEXT in fields:
        del fields[TASK_TEXT]
        return fields, len(body)
    return fields, start


def sentence_brackets(text: str) -> list[Fields]:
    """Who answers in brackets that close a sentence inside a task's text, before its last
    bracket (…增长5%。（X、Y牵头，Z参与）城镇新增就业…。（W负责）): family 2 repeated, each bracket
    answering for the sentences before it; the task is answered for by them all. Only
    brackets read by the role clauses or labels count (a bracket of names alone could be an
    example list), each read as on its own (X牵头，W负责: W cooperates with X there only)."""
    folded = fold(text)
    out: list[Fields] = []
    for start, end in bracket_groups(folded):
        if (not folded[:start].rstrip(SPACE).endswith(tuple(data()["inline"]["sentence_ends"]))
                or not folded[end:].strip(SPACE + "\r\n。；;.")):
            continue  # (the last bracket is `inline_fields`' own, kept in the text when it holds a time)
        inner = text[start + 1:end - 1]
        fields = line_fields(inner) or clause_fields(inner)
        if fields and not is_task_text(fields):
            out.append({key: values for key, values in fields.items() if key != TASK_TEXT})
    return out


@cache
def _trailing_note() -> re.Pattern[str]:
    """A bracket that holds only a number and a score's or a count's unit: （8分）, (3项)."""
    return compiled.compile(f"[(（][{SPACE}]*[0-9０-９.．]+[{SPACE}]*{alternation(data()['inline']['trailing_note_units'])}"
                            f"[{SPACE}]*[)）]")


_QUOTES = "“‘《"  # pairs bracket_groups reads as brackets: a quoted name (设立“X中心”) lists no units


def _slashed(inner: str) -> Fields | None:
    """A bracket of leaders and units set apart by one slash (（钟某、副区长梅某/区卫健局、区妇联）):
    the persons before it are the leaders, the units after it are responsible (the lead
    rule may then make the first lead); None unless every name before it is a person's."""
    folded = fold(inner)
    at = [i for i, c in enumerate(folded) if c in data()["inline"]["slashes"]]
    if len(at) != 1:
        return None
    people, units = inner[:at[0]].strip(SPACE), inner[at[0] + 1:].strip(SPACE)
    names = split_units(people).names
    if not (names and units and all(is_person(n) for n in names)):
        return None
    return {"leaders": [people], "responsible_units": [units]}


def _bare_units(inner: str) -> Fields | None:
    """A bracket that holds nothing but names of units (（建设与管理处、河湖管理处）, a department's
    list naming the offices that do the work): they are responsible; None otherwise."""
    found = split_units(inner)
    ends = tuple(data()["units"]["office_ends"])
    folded = fold(inner).lstrip()
    if folded.startswith(tuple(data()["units"]["inclusion_words"])) or "/" in folded:
        return None  # what the work includes (（含民办）); leaders before a slash (（X/区教育局）)
    if found.names and not found.notes and all(len(n) >= 3 and _unit_name(fold(n)).endswith(ends) for n in found.names):
        return {"responsible_units": [inner]}
    return None


def _unit_name(folded: str) -> str:
    """A unit's name without the bracket of another name for it at its end (区住建局（区人防办）)."""
    groups = bracket_groups(folded)
    return folded[:groups[-1][0]] if groups and groups[-1][1] == len(folded) and groups[-1][0] > 0 else folded


def leading_fields(text: str) -> Fields | None:
    """Responsibility written before the work it answers for (the bracket's clauses opening a
    task's text: 县教育局牵头，县住建局配合，年内开工…; 镇农业中心负责：新建…; 由副县长X统筹协调，…),
    read with the bracket's strict grammar: the longest run of opening clauses that are each a
    unit list and a role word, a leader, or a time, with the work after them; or a bracket
    that opens the task (（配合单位：县财政局）完成…); or bare names of units and a colon (区商务局：…).
    None when the text opens with its work. A run-in title may stand before them (二、关于资金保障。市财政局
    负责，年内…: a meeting's decision)."""
    found = _leading(text)
    if found is None and (title := _title_re().match(fold(text))) is not None:
        after = _leading(text[title.end():])  # (units, not a leader alone: 建立由分管副市长牵头的… is work)
        found = after if after and any(f in UNIT_FIELDS for f in after) else None
    return found


@cache
def _title_re() -> re.Pattern[str]:
    """A run-in title: a short first sentence with no clause in it (关于资金保障。, 稳增长。)."""
    stops = "".join(re.escape(c) for c in clause_ends())
    length = data()["inline"]["run_in_title_length"]
    return compiled.compile(f"[^{stops}]{{2,{length}}}{char_class(words('statements', 'sentence_end'))}")


def _leading(text: str) -> Fields | None:
    if (enclosed := _enclosed_labels(text)) is not None:
        return enclosed
    folded = fold(text)
    groups = bracket_groups(folded)
    if groups and groups[0][0] == 0 and groups[0][1] < len(folded.rstrip(SPACE + "。")):
        inner = text[1:groups[0][1] - 1]
        fields = line_fields(inner) or clause_fields(inner)
        if fields and not is_task_text(fields):
            fields.pop(TASK_TEXT, None)
            return fields
    stop = _clause_stop().search(folded)
    first = folded[:stop.start()] if stop else folded
    if stop and folded[stop.start()] in data()["labels"]["colons"] and (named := _bare_units(text[:stop.start()])):
        return named  # 区发展和改革局：… (unit-first lines): the units named before the work answer for it
    if not ((stop and ending_verb(first)) or _leader_title().search(first)):
        return None  # the first clause ends in no role word and names no leader: the work comes first
    spans = split_top(folded, [*data()["inline"]["clause_separators"], *data()["labels"]["colons"]])
    found: Fields | None = None
    for s, e in spans[:-1]:  # one clause of work at least stays
        fields = clause_fields(text[:e])
        if fields is None:
            break
        found = fields
    if not found or set(found) <= {TASK_TEXT}:
        return None
    found.pop(TASK_TEXT, None)
    # Outside a bracket only names of units count (各责任单位要明确专人负责 is an instruction).
    ends = tuple(data()["units"]["name_ends"])
    return None if any(not fold(n).endswith(ends) for n in _unit_names(found)) else found


def _unit_names(found: Fields, keys: tuple[str, ...] = UNIT_FIELDS) -> list[str]:
    """The names of units the `keys` fields of `found` list, folded, each split from its list."""
    return [fold(n) for key in keys for v in found.get(key, []) for n in split_units(v).names]


def _enclosed_labels(text: str) -> Fields | None:
    """Fields whose labels are enclosed at the head of a task ([labels] enclosing: 【牵头单位】X
    【配合单位】Y【任务】…), up to the label of the task's own text; None when none opens it."""
    fields: Fields = {}
    at = 0
    while (m := _enclosed_re().match(text, at)) is not None:
        label = next(v for k, v in m.groupdict().items() if k != "value" and v)
        got = line_fields(f"{label}{data()['labels']['colons'][0]}{m.group('value')}")
        if not got or is_task_text(got):
            break
        for key, values in got.items():
            fields.setdefault(key, []).extend(values)
        at = m.end()
    return fields or None


@cache
def _enclosed_re() -> re.Pattern[str]:
    """An enclosed label and its value, up to the next enclosed label."""
    pairs = [(re.escape(a), re.escape(b)) for a, b in data()["labels"]["enclosing"]]
    label = "|".join(f"{a}(?P<l{i}>[^{a}{b}]{{1,10}}){b}" for i, (a, b) in enumerate(pairs))
    return compiled.compile(f"(?:{label})(?P<value>[^{''.join(a for a, _ in pairs)}]*)")


def part_sentence(line: str) -> bool:
    """Whether a line opens with a sentence of who answers that names the part it speaks of
    (以上工作由…负责，…牵头; 本部分工作由…分包): `section_fields` reads it."""
    return fold(line).lstrip(SPACE).startswith(words("inline", "part_subjects")) and section_fields(line) is not None


def first_sentence_end(text: str) -> int:
    """Where the first sentence of `text` ends (after its 。), or the end of `text`: the
    sentence ends by which `statements` cuts prose into sentences."""
    m = _sentence_end().search(fold(text))
    return m.end() if m else len(text)


@cache
def _sentence_end() -> re.Pattern[str]:
    return compiled.compile(char_class(words("statements", "sentence_end")))


def section_fields(text: str) -> Fields | None:
    """Who answers for every task under a heading, said in a sentence of its own under it
    (layouts §3: 本部分工作由副镇长X分包，Y具体牵头，Z协同推进。; 以上工作由… after the tasks): the
    bracket's clauses, after an opening subject that names the part ([inline] part_subjects)
    and a by-word. None unless every clause is one and one names a unit or a leader."""
    body = text.strip(SPACE + "\n\r")
    body = body[:first_sentence_end(body)].rstrip("。；;")
    folded = fold(body)
    at = next((len(w) for w in words("inline", "part_subjects") if folded.startswith(w)), 0)
    if at:
        # The part may be named at more length before its by-word (以上民生实事由…, 上述项目由…).
        window = folded[at:at + data()["inline"]["part_name_length"] + 1]
        at += next((window.index(w) + len(w) for w in data()["inline"]["by_words"] if w in window), 0)
    fields = clause_fields(body[at:]) if at < len(body) else None
    if not fields or set(fields) <= {TASK_TEXT}:
        return None
    fields.pop(TASK_TEXT, None)
    return fields


@cache
def _clause_stop() -> re.Pattern[str]:
    """What ends a clause that can say who answers (县教育局牵头，; 镇农业中心负责：), and a
    sentence's end (…40条。由县城管局负责，: the work ends there, no clause of names)."""
    return compiled.compile(char_class([*clause_ends(), *data()["labels"]["colons"]]))


@cache
def _leader_title() -> re.Pattern[str]:
    """A leader's title: a clause that names one can say who answers (由副县长X统筹协调，)."""
    return compiled.compile(alternation(words("headings", "leader_titles")))


@cache
def _by_re() -> re.Pattern[str]:
    """What opens the clauses of who answers after a task's sentence: a by-word (由) right after
    a clause separator, or after the words naming the task (。此项工作由…; the match holds them
    all), or a dash."""
    inline = data()["inline"]
    opens = [*inline["clause_separators"], *words("statements", "sentence_end")]
    return compiled.compile(f"{char_class(opens)}(?:{alternation(inline['by_subjects'])})?{alternation(inline['by_words'])}"
                            f"|{alternation(inline['dashes'])}")


def _by_clauses(body: str) -> tuple[Fields, int] | None:
    """The bracket's clauses written with no bracket after the task's sentence, from a 由 that
    opens a clause or a sentence (…，由县财政局负责; …。由X牵头，Y配合) or a dash (…。——X牵头，
    Y配合; …。——X、Y: bare unit names), and where the task's text ends: before the separator
    or dash, or at the end when a clause gives a time (…。由X牵头，Y配合，8月底前完成: the time
    is the task's)."""
    folded = fold(body)
    found = list(_by_re().finditer(folded))
    if not found:
        return _closing_clauses(body)
    last = found[-1]
    fields = clause_fields(body[last.end():])
    if fields is None and folded[last.start():last.end()] in data()["inline"]["dashes"]:
        # …。——X、Y、Z: bare names of units after a dash are responsible, as in a bracket
        # (the lead rule of a covering letter may then make the first lead)
        fields = _bare_units(body[last.end():].rstrip(SPACE + "。；;."))
    if not fields or set(fields) <= {TASK_TEXT, "leaders", "assisting_leaders"}:
        return None
    if fields.pop(TASK_TEXT, None):
        return fields, len(body)
    return fields, last.start()


def roles_in_values(fields: Fields) -> Fields:
    """`fields` with a 责任单位 value written as role clauses (责任单位：市教育局牵头，市住建局配合)
    read as those clauses: the lead and the cooperating units, as a bracket's would be."""
    out: Fields = {}
    for key, values in fields.items():
        for value in values:
            # (a plain list has no clause separator: most values are read no further)
            separated = any(c in value for c in data()["inline"]["clause_separators"])
            clauses = clause_fields(value) if key == "responsible_units" and separated else None
            if clauses and "lead_units" in clauses:
                for k, v in clauses.items():
                    if k != TASK_TEXT:
                        out.setdefault(k, []).extend(v)
            else:
                out.setdefault(key, []).append(value)
    return out


def _closing_clauses(body: str) -> tuple[Fields, int] | None:
    """The bracket's clauses closing a task's sentence with neither bracket nor by-word
    (…年内培育12家，区科工局牵头，区统计局、各街道办事处配合。), and where the task's text ends:
    the longest run of closing clauses that are each a unit list and a role word, or a time,
    its first a lead's (X负责 alone may be the work's own words), with work before it in
    its sentence. Outside a bracket only names of units count, as in `leading_fields`, and the
    lead must be an office (推动龙头企业牵头 is work)."""
    inline = data()["inline"]
    ends = list(clause_ends())
    folded = fold(body).rstrip(SPACE + "。；;.")
    if not any(ending_verb(part.strip(SPACE)) for part in _clause_stop().split(folded[-80:])[-2:]):
        return None  # (most sentences end in their work: no role word closes their last clauses)
    spans = split_top(folded, ends)
    found: Fields | None = None
    at = 0
    for s, _ in reversed(spans[1:]):
        if folded[s - 1] not in inline["clause_separators"]:
            break  # the run stays in the sentence of the work
        fields = clause_fields(body[s:len(folded)])
        if fields is None:
            break
        found, at = fields, s - 1
    if not found or "lead_units" not in found:
        return None
    offices, names = tuple(data()["units"]["office_ends"]), tuple(data()["units"]["name_ends"])
    if not all(_unit_name(n).endswith(offices) for n in _unit_names(found, ("lead_units",))) or not all(
            _unit_name(n).endswith(names) for n in _unit_names(found)):
        return None
    if found.pop(TASK_TEXT, None):
        return found, len(body)
    return found, at
