"""Targets: which quantities a supervisor could check, and every field of each (spec 1-3).

One code path decides everything: `classify(text)` gives every quantity of the text one
role (target, date, task_number, name_or_code, grade, ordinal, condition, programme_name,
list_count, progress, other) with the reason naming the rule, and for a target its `Target`s (one
quantity may carry several: 国家级旅游度假区和5A级景区各创建1家). `extract_targets` keeps the
targets and `numbers_in` reports every numeral for the audit. The non-target rules live in
`govmetrics.extract.nontargets`, the reading of actions and indicators in `govmetrics.extract.predicates`,
the sentence structure in `govmetrics.extract.clauses`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from ..lexicon import table
from ..model import Deadline, NumberMention, Quantity, Role, Target
from . import lists, nontargets, predicates, progress, verbs
from .clauses import Layout
from .spans import Spans
from .deadlines import deadlines_from, judge_all
from .quantities import (
    comparator_words,
    extract_quantities,
    outer_start,
    unread_numerals,
)
from .traditional import as_written
from .units import lookup
from .verbs import Action

TARGET_REASON = "a quantity to reach or deliver: no non-target rule holds"
# 力争3年内完成: a quantity inside a written deadline says when, not how much.
DEADLINE_ROLE = ("deadline", "inside a written deadline: it says when, not how much")


@dataclass(frozen=True)
class Decision:
    """One quantity of a text, its single role and the rule's reason; targets when role is target."""

    quantity: Quantity
    role: Role
    reason: str
    targets: tuple[Target, ...] = ()


class _Prev(NamedTuple):
    """The last target group read, for list carry-over."""

    action: Action | None
    unit: str | None
    consumed: int
    indicator: str = ""


@as_written
def classify(text: str, *, year: int | None = None, deadlines: Sequence[Deadline] | None = None,
             reports: Sequence[progress.Span] | None = None) -> list[Decision]:
    """Every quantity of `text` with its role, in order. `year` is the document's year
    (None when unknown: deadlines relative to it have no date); `deadlines` are the
    deadlines written in `text` and `reports` its `progress.spans`, when the caller has
    them already (else they are read here)."""
    if not isinstance(text, str):
        raise TypeError(f"classify needs a str, not {type(text).__name__}")
    qs = extract_quantities.__wrapped__(text)  # `text` is folded (as_written): no second fold
    if not qs:
        return []
    if reports is None:
        reports = progress.spans(text, year)
    if deadlines is None:
        deadlines = deadlines_from(text, judge_all(text, year, reports=reports))
    layout = Layout(text)
    spans = Spans(text)
    inside = _inside_deadlines(qs, deadlines)
    roles = [nontargets.role(text, q, layout, spans, year) for q in qs]
    roles = [DEADLINE_ROLE if r is None and inside[i] else r for i, r in enumerate(roles)]
    roles = [_progress_role(reports, q) if r is None else r for q, r in zip(qs, roles)]
    candidates = [i for i, r in enumerate(roles) if r is None]
    built = _Builder(text, qs, layout, candidates).build()
    out = []
    for i, q in enumerate(qs):
        found = roles[i]
        if found is None:
            out.append(Decision(q, "target", TARGET_REASON, built[i]))
        else:
            out.append(Decision(q, found[0], found[1]))  # type: ignore[arg-type]
    return out


@as_written
def extract_targets(text: str, *, year: int | None = None) -> list[Target]:
    """Every target in `text` (a document, a task, a sentence), in order, offsets into `text`."""
    return [t for d in classify.__wrapped__(text, year=year) for t in d.targets]


@as_written
def numbers_in(text: str, *, year: int | None = None,
               decisions: list[Decision] | None = None) -> list[NumberMention]:
    """Every numeral of `text` with its one role and the reason, in order.

    Quantities come from `classify` (or the `decisions` it already gave for `text`); runs
    of numeral characters that form no number (“十四五”, 一二三产业) are added with the
    role their span or quotes give, else "other".
    """
    if decisions is None:
        decisions = classify.__wrapped__(text, year=year)
    out = [
        NumberMention(d.quantity.surface, d.quantity.start, d.quantity.end, d.role, d.reason, d.quantity.value)
        for d in decisions
    ]
    unread = unread_numerals(text, [d.quantity for d in decisions])
    if unread:
        layout, spans = Layout(text), Spans(text)
        for s, e in unread:
            role, reason = nontargets.unread_role(s, e, layout, spans)
            out.append(NumberMention(text[s:e], s, e, role, reason))  # type: ignore[arg-type]
        out.sort(key=lambda m: m.start)
    return out


def _progress_role(reports: Sequence[progress.Span], q: Quantity) -> tuple[str, str] | None:
    """("progress", why) for a quantity inside a report of what is done (layouts.md §6), else None."""
    why = progress.inside(reports, q.start, q.end)
    return ("progress", f"an actual figure, not a target: {why}") if why else None


def _before_verb(text: str, pos: int) -> str | None:
    """The comparator of a word right before the verb at `pos` (至少建成1个 → >=), or None."""
    for word, comparator in comparator_words()["before_verb"].items():
        if text.startswith(word, pos - len(word)):
            return comparator
    return None


def _verb_inside(indicator: str) -> verbs.Verb | None:
    """The verb data of the first verb inside an indicator's name (城镇新增就业 → 新增), or None."""
    found = verbs.actions(indicator, 0, len(indicator)) if indicator else []
    return found[0].verb if found else None


def _inside_deadlines(qs: list[Quantity], deadlines: Sequence[Deadline]) -> list[bool]:
    """For each quantity, whether it lies inside the surface of a written deadline."""
    spans = sorted((d.start, d.end) for d in deadlines if d.end > d.start)
    starts = [s for s, _ in spans]
    out = []
    for q in qs:
        # Deadlines do not overlap, so only the last one starting at or before q can hold it.
        i = bisect_right(starts, q.start) - 1
        out.append(i >= 0 and q.end <= spans[i][1])
    return out


class _Builder:
    """Reads the targets of one text: groups number lists, carries actions over list items."""

    def __init__(self, text: str, qs: list[Quantity], layout: Layout, candidates: list[int]) -> None:
        self.text = text
        self.qs = qs
        self.layout = layout
        self.candidates = candidates
        # The action each target read so far was given, for a sub-target's head (其中).
        self.actions: dict[int, Action | None] = {}

    def build(self) -> dict[int, tuple[Target, ...]]:
        out: dict[int, tuple[Target, ...]] = {}
        prev: _Prev | None = None
        groups = self._groups()
        for n, group in enumerate(groups):
            next_start = self.qs[groups[n + 1][0]].start if n + 1 < len(groups) else len(self.text)
            prev = self._group(group, prev, next_start, out)
        return out

    def _groups(self) -> list[list[int]]:
        """Candidates joined only by a connector (98%、95%以上; 10%和9.5%以上) form one list."""
        connectors = set(table("targets")["connectors"]["items"])
        groups: list[list[int]] = []
        for i in self.candidates:
            if groups:
                last = self.qs[groups[-1][-1]]
                between = self.text[last.end:outer_start(self.text, self.qs[i])].strip()
                if between in connectors:
                    groups[-1].append(i)
                    continue
            groups.append([i])
        return groups

    def _group(self, group: list[int], prev: _Prev | None, next_start: int,
               out: dict[int, tuple[Target, ...]]) -> _Prev:
        text, layout = self.text, self.layout
        members = [self.qs[i] for i in group]
        head = members[0]
        lead = outer_start(text, head)
        floor = prev.consumed if prev is not None and prev.consumed <= lead else 0
        commitment = layout.commitment(lead)
        comparators = self._comparators(members)
        zero = self._zero(head)
        rank = nontargets.is_rank(text, head, layout)
        end = head.number_start - 1 if zero or rank else lead
        clause = max(layout.clause_start(lead), floor)
        shared = self._distributed(clause, end, members, commitment, comparators)
        if shared is not None:
            targets, last_action = shared
            for i, ts in zip(group, targets):
                out[i] = ts
            return _Prev(last_action, members[-1].unit, members[-1].end)
        inherit, inherited = self._link(prev, head, clause)
        if inherit and predicates.is_subtarget(text, clause):
            inherited = self._head_action(group[0], inherited)
        # The thing the previous target counts, when it stands in the same sentence.
        same = prev is not None and prev.consumed >= layout.sentence_start(lead)
        # The words after a list of numbers follow its last number (增长5.5%和6.5%，…).
        reading = predicates.read(text, members[-1], clause, end, inherited, inherit, layout, next_start, rank=rank,
                                  inherited_indicator=prev.indicator if same and prev is not None else "")
        action = zero or reading.action
        for i, q, comparator in zip(group, members, comparators):
            out[i] = (self._target(q, action, reading.indicator, commitment, comparator, reading.share),)
            self.actions[i] = action
        return _Prev(action, members[-1].unit, max(reading.consumed, members[-1].end), reading.indicator)

    def _head_action(self, first: int, inherited: Action | None) -> Action | None:
        """The action of the target a sub-target belongs to: the last target of its sentence in
        its unit (完成固定资产投资1.35万亿元，增长20%以上，其中工业投资不低于5200亿元 → 完成),
        else the previous target's (`inherited`)."""
        q = self.qs[first]
        sentence = self.layout.sentence_start(q.start)
        for i in range(first - 1, -1, -1):
            if self.qs[i].start < sentence:
                break
            if i in self.actions and self.qs[i].unit == q.unit:
                return self.actions[i]
        return inherited

    def _zero(self, q: Quantity) -> Action | None:
        """The action of a zero target written with its verb (动态清零 → 清零)."""
        s = q.number_start
        if self.text[s:q.number_end] != table("nontargets")["zero"]["numeral"] or s == 0:
            return None
        word = self.text[s - 1:q.number_end]
        verb = verbs.table_verbs().get(word)
        return Action(s - 1, q.number_end, word, verb) if verb else None

    def _comparators(self, members: list[Quantity]) -> list[str]:
        """A trailing comparator word of the last number of a list applies to every number."""
        last = members[-1]
        trailing = len(members) > 1 and any(last.surface.endswith(w) for w in last.comparator_words)
        return [last.comparator if trailing and q.comparator == "=" else q.comparator for q in members]

    def _link(self, prev: _Prev | None, q: Quantity, item: int) -> tuple[bool, Action | None]:
        """Whether `q` continues the list of the previous target (and so may take its action).

        Across 、 (or a connector) the two must both be percentages or both not; across
        ，/； they must have the same unit (新增上市企业4家以上,直接融资120亿元以上 is no list)
        and the action must be one of doing, not of a level (控制在, 达到).
        A sub-target (其中, 含) always continues its head. The separators are data/targets.toml [lists].
        """
        if prev is None or prev.consumed > item:
            return False, None
        lists = table("targets")["lists"]
        gap = self.text[prev.consumed:item].strip()
        committed = verbs.commitment_end(self.text, item)
        if committed is not None:
            # An item that opens with its own commitment (确保粮食播种面积…) starts a new predicate,
            # unless the number follows it alone: a higher aim for the same thing (增长6.5%左右，
            # 力争7%; 新建学校5所，力争8所).
            alone = not self.text[committed:outer_start(self.text, q)].strip()
            return alone and gap in lists["same_unit"] and prev.unit == q.unit, prev.action
        if predicates.is_subtarget(self.text, item) and (gap in lists["same_unit"] or gap in lists["sub"] or not gap):
            return True, prev.action
        if not gap or gap in lists["same_kind"]:
            return (prev.unit == "%") == (q.unit == "%"), prev.action
        if gap in lists["same_unit"]:
            # A level verb relates one indicator to its value: the next clause names another
            # (失业率控制在5.5%以内，登记失业率不高于3.5%), so only verbs of doing carry on; nor
            # does a clause whose number has its own comparator word before it: it states a
            # level of its own subject (新建高速公路260公里，通车里程突破4000公里).
            level = prev.action is not None and prev.action.verb.kind == "level"
            compared = outer_start(self.text, q) < q.start
            return prev.unit == q.unit and not level and not compared, prev.action
        return False, None

    def _distributed(self, clause: int, end: int, members: list[Quantity], commitment: str | None,
                     comparators: list[str]) -> tuple[list[tuple[Target, ...]], Action | None] | None:
        """Targets of a list that shares one predicate and its last action, or None when there is none.

        X、Y各新增100亿元 gives one target per item at the same number; 工业投资、民间投资分别
        增长10%和9.5%以上 pairs the items with the numbers. An item that begins with its own
        verb (盘活存量建设用地、消化批而未供土地各8000亩以上) keeps it.
        """
        text = self.text
        found = lists.distributor(text, clause, end)
        if found is None:
            return None
        d_start, d_end = found
        s, e = predicates.trim(text, clause, d_start)
        items = lists.split_items(text, s, e)
        if len(items) < 2 or (len(members) > 1 and len(items) != len(members)):
            return None
        after = verbs.actions(text, d_end, end)
        shared = after[0] if after else None  # 各创建: the verb after 各 governs every item
        if shared is None:
            # X和Y实际增长均在8%以上: the verb that ends the last item governs every item.
            a, b = items[-1]
            last = verbs.actions(text, a, b)
            if last and last[-1].end == b and last[-1].start > a:
                shared = last[-1]
                items[-1] = predicates.trim(text, a, shared.start)
        carry = shared
        readings = []
        for a, b in items:
            acts = verbs.actions(text, a, b)
            if acts and acts[0].start == a:
                # 新创建A和B各1个: an item's own verb, carried to the items after it.
                readings.append((acts[0], text[slice(*predicates.trim(text, acts[0].end, b))]))
                carry = shared or acts[0]
            else:
                readings.append((carry, text[a:b]))
        readings = list(zip([act for act, _ in readings], lists.shared_head([ind for _, ind in readings])))
        last = readings[-1][0]
        if len(members) == 1:
            q = members[0]
            return [tuple(self._target(q, act, ind, commitment, comparators[0], False) for act, ind in readings)], last
        return [
            (self._target(q, act, ind, commitment, comp, False),)
            for q, (act, ind), comp in zip(members, readings, comparators)
        ], last

    def _target(self, q: Quantity, action: Action | None, indicator: str, commitment: str | None,
                comparator: str, share: bool) -> Target:
        verb = action.verb if action else None
        if action is not None and comparator == "=":
            comparator = _before_verb(self.text, action.start) or comparator
        unit, name, dimension = q.unit, q.unit_name, q.dimension
        if nontargets.is_rank(self.text, q, self.layout):
            rank = table("targets")["rank"]
            known = lookup(rank["unit"])
            unit, comparator = rank["unit"], "<="
            name, dimension = (known.name, known.dimension) if known else (None, None)
        # With no verb governing it, a verb inside the indicator's name still says what is
        # counted (城镇新增就业 ⇥ 3000人: new jobs, an increment), though it is no action.
        named = verb or _verb_inside(indicator)
        if unit == "百分点":
            kind = "change"
        elif unit == "%" and named is None and q.value is not None and q.value < 0:
            # A negative percentage no verb governs (万元增加值用水量 ⇥ -3%) is a rate of change.
            kind = "growth"
        elif unit == "%":
            kind = "level" if share or named is None else named.pct
        else:
            kind = named.kind if named else "level"
        return Target(
            surface=q.surface, start=q.start, end=q.end, value=q.value, low=q.low, high=q.high,
            unit=unit, unit_name=name, dimension=dimension, comparator=comparator,  # type: ignore[arg-type]
            action=self.text[action.start:action.end] if action else None,
            commitment=commitment,  # type: ignore[arg-type]
            indicator=indicator or None, kind=kind,  # type: ignore[arg-type]
            direction=verb.direction if verb else None, quantity=q,  # type: ignore[arg-type]
        )
