"""Deadlines (spec section 4): the due times written in a task's text, resolved to dates.

`govmetrics.extract.timeexpr` finds every time expression and resolves it; this module judges
each one from the words around it (is it the time by which something is due, or a year
in a title, a plan's name, a date of issue, a manner adverb?), builds `Deadline`s and gives a
task with no written deadline its default (`governing` pairs a target with the deadline of
its clause). The rules read the [context] lists of data/deadlines.toml; docs/deadlines.md
describes them.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Sequence

from ..errors import GovmetricsError
from ..lexicon import table
from ..lexicon.labels import fold
from ..model import Deadline
from . import progress
from .clauses import stretch
from .timecontext import NUMERAL, context
from .timeexpr import TimeExpr, listed_span, scan
from .traditional import as_written

# time_numerals: the role of a numeral in a time that is not due, by the rule's reason
# ("date" for every other reason): a count or year that names a programme, plan or
# campaign, and a limit that is a condition on a noun (三年以内的车辆).
_ROLES = {"duration_in_programme_name": "programme_name", "year_names_campaign": "programme_name",
          "period_names_plan": "programme_name", "names_quoted_name": "programme_name",
          "plan_of_annual_targets": "programme_name",
          "condition_on_noun": "condition", "in_progress_report": "progress"}
# Reasons that still let a heading's period be the default of the tasks below it: the
# period qualifies the list (“十四五”时期重点工作) or stands without a verb, as headings do.
_HEADING_REASONS = frozenset({"qualifies_noun", "no_time_context"})
_WINDOW = 12  # characters of context read on each side of a time expression


def _check(text: str, year: int | None) -> None:
    if not isinstance(text, str):
        raise GovmetricsError(f"deadlines: text must be a str, got {type(text).__name__}")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9000):
        raise GovmetricsError(f"deadlines: year must be None or an int from 1 to 9000, got {year!r}")


def _at_head(text: str, s: int) -> bool:
    """Whether position `s` starts a clause or phrase (text start, after a clause or list mark)."""
    return s == 0 or text[s - 1] in context().head_marks


def _by_word(before: str) -> str | None:
    """The 到/至 ("by") that ends `before`, unless it is the end of a verb (达到, 提高到)."""
    c = context()
    for w in c.by_words:
        if before.endswith(w) and not before[: -len(w)].endswith(c.by_not_after):
            return w
    return None


def _judged(text: str, x: TimeExpr, lo: int, reports: Sequence[progress.Span],
            year: int | None) -> tuple[bool, str, int]:
    """`_judge`, then the rules that need the whole text or the year: a time inside a report of
    progress (已于8月底前交付, 1-6月) says when something was done; the targets of a year
    before the document's (完成2017年度…的评估 in 2018) are that year's work, not due then."""
    ok, reason, start = _judge(text, x, lo)
    if reason == "period_of_targets" and year and x.form == "date" and x.due and x.due.year < year:
        return False, "past_year_of_targets", x.start
    # (after a deadline's label or a phase's mark a span from January is when the work is due:
    # 完成时限：1—6月, 前期工作阶段（1月—4月）)
    if ok and reason != "after_deadline_label" and progress.inside(reports, x.start - lo, x.end - lo):
        return False, "in_progress_report", x.start
    return ok, reason, start


def _judge(text: str, x: TimeExpr, lo: int) -> tuple[bool, str, int]:
    """Whether `x` is a due time, the name of the rule that says so, and its surface start.

    `lo` is the offset of `text[0]` in the coordinates of `x`.
    """
    c = context()
    s, e = x.start - lo, x.end - lo
    before, after = text[max(0, s - _WINDOW):s], text[e:e + _WINDOW]
    if x.form == "no_date":
        return True, "no_date_word", x.start
    if x.form == "programme":
        return False, "duration_in_programme_name", x.start
    if x.form == "campaign":
        return False, "year_names_campaign", x.start
    if x.form == "ongoing":
        # 持续推进, 长期坚持 name no time by which anything is due, after a label too
        # (完成时限：持续推进 in a table's time column).
        return False, "ongoing_no_time", x.start
    a, b = listed_span(text, s, e)  # 完成时限：6月、12月: the list stands where its first time does
    if c.label.search(text, max(0, a - _WINDOW), a) or text[max(0, a - _WINDOW):a].endswith(c.phases):
        if x.surface in c.totals:
            # 完成时间：全年: the year the work spans, like 持续推进 no time anything is due by
            return False, "period_of_a_total", x.start
        return x.form != "date" or x.due is not None or x.unresolved, "after_deadline_label", x.start
    if x.form == "manner":
        verb = next((v for v in c.completion_verbs if after.startswith(v)), None)
        ok = verb is not None and not after[len(verb):].startswith(c.completion_noun_suffixes)
        return ok, "before_completion_verb" if ok else "manner_adverb", x.start
    if x.form == "recurring":
        if x.cls == "limit":
            return True, "recurring_time", x.start
        if _fills_cell(text, a, b):
            return True, "alone_in_cell", x.start  # | 每季度 | in a time column: due every quarter
        clause = text[e:e + c.report_window]
        clause = clause[:next((i for i, ch in enumerate(clause) if ch in c.clause_ends), len(clause))]
        if any(v in clause for v in c.report_verbs):
            return True, "recurring_report", x.start
        # 每月开展矛盾纠纷排查: a task done every month. With a quantity in its clause the
        # time is the span the quantity counts over (每年举办招商活动10场以上): a frequency,
        # unless the quantity counts times (每月上门探访不少于1次: done so often every month),
        # or events within a year (每月举办招聘活动不少于2场).
        times = c.occurrences.search(text, e, _clause_end(text, e))
        if times and (times.group("times") or c.year_unit not in x.surface):
            return True, "recurring_times", x.start
        # 每季度完成年度任务的四分之一: a share of the year's task due every period, a milestone (layouts §9).
        if any(w in clause for w in c.annual_share) and NUMERAL.search(clause):
            return True, "recurring_share", x.start
        # 每月向社会公布, 每月按时发放: words may stand before the verb; “两客一危” counts nothing
        verbs = c.recurring_task_verbs + (c.paying_verbs if x.surface.startswith(c.paying_prefixes) else ())
        verb = after.startswith(verbs) or (
            after.startswith(c.recurring_before_verb) and any(v in clause for v in verbs))
        ok = verb and not NUMERAL.search(c.quoted.sub("", clause))
        return ok, "recurring_task" if ok else "frequency", x.start
    return _judge_dated(text, x, s, before, after)


def _judge_dated(text: str, x: TimeExpr, s: int, before: str, after: str) -> tuple[bool, str, int]:
    """_judge for dates, plan periods and counts of years (docs/deadlines.md, "classes")."""
    c = context()
    if x.due is None and not x.unresolved:
        return False, "invalid_date", x.start
    if before.endswith(c.blocked_before):
        word = progress.planned_as_of(text, s + x.end - x.start)  # 截至6月底全部开工: a milestone
        return (True, "as_of_milestone", x.start - len(word)) if word else (False, "comparison_or_start", x.start)
    completion = before.endswith(c.completion_before)
    if x.form == "date" and after.startswith(c.annual_after) and not completion:
        return False, "annual", x.start
    if x.surface in c.totals:
        return False, "period_of_a_total", x.start
    if x.cls == "limit":
        ok = not after.startswith(c.limit_blocked_after)
        return ok, "limit" if ok else "condition_on_noun", x.start
    if after.startswith(c.plan_heads) and (x.form == "plan" or not _before_action(after)):  # 今年计划改造…: a modal
        return False, "period_names_plan", x.start
    if after.startswith(c.quotes_open):
        return False, "names_quoted_name", x.start
    if after.startswith(c.blocked_after):
        return False, "topic_start_or_level", x.start
    if completion:
        phrase = after[:next((i for i, ch in enumerate(after) if ch in c.clause_ends), len(after))]
        if x.form == "plan" and any(w in phrase for w in (*c.annual_share, *c.plan_heads)):
            return False, "plan_of_annual_targets", x.start
        return True, "period_of_targets", x.start
    if _dates_a_decision(text, s + x.end - x.start):
        return False, "dates_a_decision", x.start
    if after.startswith(c.noun_heads) and not _adverbial_head(after):
        return False, "qualifies_noun", x.start
    if c.topic.match(text, s + x.end - x.start):
        return False, "names_a_topic", x.start
    by = _by_word(before)
    if by:
        return True, "by_time", x.start - len(by)
    if before.endswith(c.adverbial_before):
        return True, "adverbial", x.start
    if _before_action(after):
        return True, "before_action", x.start
    if not x.day and after.startswith(c.pause_after):
        return True, "fronted_time", x.start
    if x.cls == "adverb" and _at_head(text, s):
        return True, "clause_head", x.start
    if _fills_cell(text, *listed_span(text, s, s + x.end - x.start), day=bool(x.day)):
        return True, "alone_in_cell", x.start
    if x.surface[:-1].isdigit() and x.surface.endswith("年") and _dates_a_share(text, s + x.end - x.start, after):
        return True, "year_of_a_share", x.start
    return False, "calendar_date" if x.day else "no_time_context", x.start


def _before_action(after: str) -> bool:
    """Whether the verb of an action follows a time, a modal between or not (2022年建成, 今年将开工
    建设, 今年计划改造: 计划 a modal there, not a plan's name)."""
    c = context()
    modal = next((m for m in c.modals_after if after.startswith(m)), "")
    return after[len(modal):].startswith(c.completion_verbs + c.action_after)


def _dates_a_share(text: str, e: int, after: str) -> bool:
    """Whether a year dates its share of the work: its count right after it (2019年2000个), or
    it stands in a list of years before the work shared among them (2023年、2024年治理率分别达到…)."""
    if after[:1].isdigit():
        return True
    c, t = context(), table("deadlines")["context"]
    listed = c.year_list.match(text, e)
    start = e - 5  # the year itself (2023年): a list has a joiner and a year before it, or after it
    if listed.end() == e and not any(text.endswith(j, 0, start) for j in t["year_list_joiners"]):
        return False
    rest = text[listed.end():_clause_end(text, listed.end())]
    return rest.startswith((*c.completion_verbs, *c.action_after)) or any(w in rest[:8] for w in t["distributive"])


def _dates_a_decision(text: str, e: int) -> bool:
    """Whether the time ending at `e` opens a phrase that qualifies a noun by a decision, with
    only its subject between (今年县政府确定的10件民生实事): [context] decided."""
    c = context()
    stop = min(_clause_end(text, e), e + c.decided_gap + max(map(len, c.decided)))
    for word in c.decided:
        at = text.find(word, e, stop)
        if 0 <= at - e <= c.decided_gap:
            gap = text[e:at]
            return not any(w in gap for w in (*c.adverbial_before, *c.completion_before, *c.completion_verbs,
                                              *c.action_after))
    return False


def _adverbial_head(after: str) -> bool:
    """Whether a noun head right after a time is an adverb before a verb (今年重点抓好…),
    so the time is not qualifying a noun (今年重点工作)."""
    c = context()
    head = next((h for h in c.noun_heads if after.startswith(h)), "")
    return after[len(head):].startswith(c.adverb_head_verbs)


def _fills_cell(text: str, s: int, e: int, *, day: bool = False) -> bool:
    """Whether the time at [s, e) makes up a whole table cell or line (| 11月 |): the cell of
    a time column, which names when the row is due. A full date (`day`: 8月31日) only in a
    cell with a cell mark beside it, never alone on a line."""
    c = context()
    a, b = s, e
    while a > 0 and text[a - 1] in " \u3000":
        a -= 1
    while b < len(text) and text[b] in " \u3000":
        b += 1
    before, after = text[a - 1] if a else "", text[b] if b < len(text) else ""
    if day and before not in c.day_cell_marks and after not in c.day_cell_marks:
        return False
    return (not before or before in c.cell_bounds) and (not after or after in c.cell_bounds)


Judged = tuple[TimeExpr, bool, str, int]


def judge_all(text: str, year: int | None, offset: int = 0,
              reports: Sequence[progress.Span] | None = None) -> tuple[Judged, ...]:
    """Every time expression of a folded `text` with the verdict on it: (time, due?, the rule's
    name, where its surface starts). One reading serves both the deadlines and the roles of
    the times' numerals; `reports` are `progress.spans(text, year)` when the caller has them."""
    _check(text, year)
    if reports is None:
        reports = progress.spans(text, year)
    return tuple((x, *_judged(text, x, offset, reports, year)) for x in scan(text, year, offset))


def deadlines_from(text: str, judged: Sequence[Judged], offset: int = 0) -> list[Deadline]:
    """The deadlines among the judged times of `text` (`judge_all`), in order."""
    return [Deadline(text[start - offset:x.end - offset], start, x.end, x.due, x.recurring)
            for x, ok, _, start in judged if ok]


def numerals_from(text: str, judged: Sequence[Judged], offset: int = 0) -> list[tuple[int, int, str, str]]:
    """The numerals inside the judged times of `text` (`judge_all`) with their role and reason."""
    out = []
    for x, ok, reason, start in judged:
        role = "deadline" if ok else _ROLES.get(reason, "date")
        for m in NUMERAL.finditer(text, start - offset, x.end - offset):
            out.append((m.start() + offset, m.end() + offset, role, reason))
    return out


@as_written
def extract_deadlines(text: str, *, year: int | None, offset: int = 0) -> list[Deadline]:
    """Every deadline written in `text`, in order, resolved against the document's `year`.

    Offsets are into `text`, plus `offset` (pass a task's start to get document offsets).
    A year written in the text wins over `year`; with `year` None (the document names no
    year) a deadline that does not write its own year has `due` None.
    """
    return deadlines_from(text, judge_all(text, year, offset), offset)


@as_written
def time_numerals(text: str, *, year: int | None, offset: int = 0) -> list[tuple[int, int, str, str]]:
    """Every numeral inside a time expression of `text`, as (start, end, role, reason).

    role is "deadline" inside a deadline's surface, "programme_name" for a count or year
    that names a programme, plan or campaign (三年行动计划, “十四五”规划, 2020“创新年”),
    "condition" for a limit that qualifies a noun (三年以内的车辆), and "date" for a year or
    date that is not a due time (2021年是…, 2019年政府工作报告, 2018年4月18日); reason
    names the rule (docs/deadlines.md lists them).
    """
    return numerals_from(text, judge_all(text, year, offset), offset)


def default_deadline(year: int | None, section_titles: Sequence[str] = ()) -> Deadline:
    """The deadline of a task that writes none: the end of `year`, marked default=True
    (no date when `year` is None).

    A period in the heading of the list the task belongs to (“十四五”时期重点工作) gives that
    period's end instead; `section_titles` run from the outermost heading to the innermost,
    and the innermost heading that names a period wins.
    """
    _check("", year)
    for title in reversed(section_titles):
        due = _period_end(title, year)
        if due is not None:
            return Deadline("", 0, 0, due, default=True)
    return Deadline("", 0, 0, date(year, 12, 31) if year is not None else None, default=True)


@lru_cache(maxsize=4096)
def _period_end(title: str, year: int | None) -> date | None:
    """The end of the period a heading names (“十四五”时期重点工作), else None. Cached: every
    statement under a heading asks for it again."""
    folded = fold(title)
    reports = progress.spans(folded, year)  # 1-9月重点工作推进情况: a period reported on, no due time
    for x in scan(folded, year):
        if x.form in ("date", "plan") and x.due is not None and not x.day and not progress.inside(
                reports, x.start, x.end):
            ok, reason, _ = _judge(folded, x, 0)
            if ok or reason in _HEADING_REASONS:
                return x.due
    return None


def deadlines_for_task(text: str, *, year: int | None, section_titles: Sequence[str] = (),
                       offset: int = 0) -> list[Deadline]:
    """The deadlines written in a task's `text`, or its default when it writes none."""
    return extract_deadlines(text, year=year, offset=offset) or [default_deadline(year, section_titles)]


def _clause_end(text: str, i: int) -> int:
    """The end of the comma clause that holds index `i` ([context] clause_ends)."""
    return stretch(text, i, context().clause_ends)[1]
