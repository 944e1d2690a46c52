"""The word lists of data/deadlines.toml ([context], [recurring], [labels]) that judge a time
expression, read once into tuples, sets and compiled patterns for the rules of `deadlines`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import compiled, table
from ..lexicon.labels import alternation, time_label, words

NUMERAL = compiled.compile(r"[0-9０-９]+|[〇○零一二两三四五六七八九十]+")


@dataclass(frozen=True)
class Context:
    """The [context] word lists as tuples (for str.startswith / str.endswith) and sets."""

    clause_ends: frozenset[str]
    head_marks: frozenset[str]
    pause_after: tuple[str, ...]
    adverbial_before: tuple[str, ...]
    by_words: tuple[str, ...]
    by_not_after: tuple[str, ...]
    completion_before: tuple[str, ...]
    blocked_before: tuple[str, ...]
    completion_verbs: tuple[str, ...]
    action_after: tuple[str, ...]
    modals_after: tuple[str, ...]
    plan_heads: tuple[str, ...]
    noun_heads: tuple[str, ...]
    blocked_after: tuple[str, ...]
    limit_blocked_after: tuple[str, ...]
    annual_after: tuple[str, ...]
    completion_noun_suffixes: tuple[str, ...]
    annual_share: tuple[str, ...]
    decided: tuple[str, ...]
    decided_gap: int
    totals: frozenset[str]
    quotes_open: tuple[str, ...]
    quoted: re.Pattern[str]  # a quoted name (“两客一危”): its numerals count nothing
    report_verbs: tuple[str, ...]
    report_window: int
    recurring_task_verbs: tuple[str, ...]
    recurring_before_verb: tuple[str, ...]
    paying_verbs: tuple[str, ...]
    paying_prefixes: tuple[str, ...]
    adverb_head_verbs: tuple[str, ...]
    cell_bounds: frozenset[str]
    day_cell_marks: frozenset[str]
    occurrences: re.Pattern[str]  # group `times` for a count of times, else of events
    year_unit: str
    topic: re.Pattern[str]
    label: re.Pattern[str]
    phases: tuple[str, ...]
    year_list: re.Pattern[str]  # the years after a year in a list (、2024年、2025年)


@cache
def context() -> Context:
    t = table("deadlines")
    c = t["context"]
    opens, closes = (re.escape("".join(t["quotes"][k])) for k in ("open", "close"))
    labels = f"{alternation(w for w in words('labels', 'task_text') if w not in t['labels']['not_due'])}|{time_label()}"
    marks = "".join(map(re.escape, t["labels"]["marks"]))
    return Context(
        clause_ends=frozenset(c["clause_ends"]),
        head_marks=frozenset(c["clause_ends"]) | frozenset(c["head_marks"]),
        **{k: tuple(c[k]) for k in (
            "pause_after", "adverbial_before", "by_words", "by_not_after", "completion_before",
            "blocked_before", "completion_verbs", "action_after", "modals_after", "plan_heads", "noun_heads",
            "blocked_after", "limit_blocked_after", "annual_after", "completion_noun_suffixes", "annual_share",
            "decided")},
        decided_gap=int(c["decided_gap"]),
        totals=frozenset(w for w, spec in t["years"].items() if spec.get("total")),
        quotes_open=tuple(t["quotes"]["open"]),
        quoted=compiled.compile(f"[{opens}][^{closes}]*[{closes}]"),
        report_verbs=tuple(t["recurring"]["report_verbs"]), report_window=t["recurring"]["report_window"],
        recurring_task_verbs=tuple(t["recurring"]["task_verbs"]),
        recurring_before_verb=tuple(t["recurring"]["before_verb"]), paying_verbs=tuple(t["recurring"]["paying_verbs"]),
        paying_prefixes=tuple(t["recurring"]["paying_prefixes"]), adverb_head_verbs=tuple(c["adverb_head_verbs"]),
        cell_bounds=frozenset(c["cell_bounds"]), day_cell_marks=frozenset(c["day_cell_marks"]),
        year_list=compiled.compile(f"(?:(?:{alternation(c['year_list_joiners'])})(?:19|20)[0-9]{{2}}年)*"),
        occurrences=compiled.compile(
            f"(?:{NUMERAL.pattern})\\s*(?:(?P<times>{'|'.join(map(re.escape, t['recurring']['occurrence_units']))})"
            f"|{'|'.join(map(re.escape, t['recurring']['event_units']))})"),
        year_unit=t["recurring"]["year_unit"],
        topic=compiled.compile(f"[^{re.escape(''.join(c['clause_ends'] + c['topic_stops']))}]{{0,{c['topic_window']}}}?"
                               f"的[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(map(re.escape, c['topic_heads']))})"
                               f"(?:{'|'.join(map(re.escape, c['topic_after']))})"),
        label=compiled.compile(f"(?:{labels})[{marks}]\\s*$"),
        phases=tuple(p + m for p in t["labels"]["phases"] for m in t["labels"]["phase_marks"]),
    )
