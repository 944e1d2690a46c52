"""Verbs of action: finding them in a stretch of text and what they say about a target.

Each verb of data/targets.toml [verbs] carries the kind it gives an amount and a
percentage and its direction. 新 before a verb of the table makes a new-X verb with
direction up (新培育, 新开工), unless 新 ends another word (创新, 更新). Verbs written next
to each other or joined by 、/和/或 form one action (新建、改扩建, 开工建设), except a verb
qualified by a bracket (开工 | 新建(续建)城区幼儿园).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from .clauses import brackets, commitments


class Verb(NamedTuple):
    """What a verb says: the kind for an amount and for a percentage, and its direction."""

    kind: str
    pct: str
    direction: str | None
    adjacent: bool
    light: bool


class Action(NamedTuple):
    """One action found in a text: its span, the words as written, and its verb data."""

    start: int
    end: int
    word: str
    verb: Verb


@cache
def table_verbs(key: str = "verbs") -> dict[str, Verb]:
    """Every verb of the table by its written form ([verbs], or [closing_verbs])."""
    rows = table("targets")[key]
    return {
        w: Verb(r["kind"], r["pct"], r["direction"] or None, bool(r.get("adjacent")), bool(r.get("light")))
        for w, r in rows.items()
    }


def closing(text: str, start: int, end: int) -> Action | None:
    """The verb of [closing_verbs] that ends text[start:end] (trimmed) after the words it
    follows (3个贫困村出列: 出列), or None."""
    words = text[start:end]
    for word, verb in table_verbs("closing_verbs").items():
        if len(words) > len(word) and words.endswith(word):
            at = start + len(words) - len(word)
            return Action(at, at + len(word), word, verb)
    return None


class _Patterns(NamedTuple):
    verb: re.Pattern[str]
    prefix: str
    not_after: frozenset[str]
    joiners: re.Pattern[str]
    not_first: frozenset[str]
    in_noun: re.Pattern[str]
    noun_words: tuple[str, ...]
    verb_or_commitment_before: re.Pattern[str]
    having_before: re.Pattern[str]
    verb_or_commitment_at: re.Pattern[str]
    commitment_at: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    t = table("targets")
    new = t["new_prefix"]
    alt = alternation(table_verbs())
    return _Patterns(
        verb=compiled.compile(f"(?P<new>{re.escape(new['prefix'])})?(?P<verb>{alt})"),
        prefix=new["prefix"],
        not_after=frozenset(new["not_after"]),
        joiners=compiled.compile("(?:" + alternation(t["verb_joiners"]["words"]) + ")?"),
        not_first=frozenset(t["verb_joiners"]["not_first"]),
        in_noun=compiled.compile(f"(?!{alternation(t['verbs_in_nouns']['not_suffixes'])})"
                                 + alternation(t["verbs_in_nouns"]["suffixes"])),
        noun_words=tuple(t["verbs_in_nouns"]["words"]),
        verb_or_commitment_before=compiled.compile(
            "(?:" + alternation([*table_verbs(), *commitments()]) + ")(?:" + alternation(t["fillers"]["words"]) + r")?\Z"
        ),
        having_before=compiled.compile(
            f"(?<![{''.join(t['possession']['not_after'])}])" + alternation(t["possession"]["words"]) + r"\Z"),
        verb_or_commitment_at=compiled.compile(
            f"(?:{re.escape(new['prefix'])})?" + alternation([*table_verbs(), *commitments()])),
        commitment_at=compiled.compile(r"\s*" + alternation(commitments())),
    )


def _hits(text: str, start: int, end: int) -> list[Action]:
    """Every single verb in text[start:end], left to right."""
    p = _patterns()
    out: list[Action] = []
    pos = start
    while pos < end:
        m = p.verb.search(text, pos, end)
        if m is None:
            break
        s = m.start()
        new = m["new"] is not None
        if s > 0 and text[s - 1] in p.not_after and text.startswith(p.prefix, s):
            # 新 ends a word here (创新, 更新): it is no prefix, and no verb begins with it.
            pos = s + len(p.prefix)
            continue
        info = table_verbs()[m["verb"]]
        if new and info.direction is None:
            info = info._replace(direction="up")
        verb = m["verb"] if not new else p.prefix + m["verb"]
        if not (info.adjacent and m.end() != end) and not p.in_noun.match(text, m.end(), end) and not (
                not new and any(text.startswith(w, m.end() - len(w)) for w in p.noun_words)):
            out.append(Action(s, m.end(), verb, info))
        pos = m.end()
    return out


def actions(text: str, start: int, end: int) -> list[Action]:
    """The actions in text[start:end], verbs joined into compounds, left to right.

    A one-character verb (达, 降) counts only where it ends the stretch, right before the
    number. The compound takes the kind and direction of its first verb.
    """
    hits = _hits(text, start, end)
    if len(hits) < 2:
        return hits
    p = _patterns()
    opens = brackets()[0]
    out = [hits[0]]
    for h in hits[1:]:
        last = out[-1]
        gap = p.joiners.match(text, last.end, h.start)
        bracket = any(c in opens for c in last.word + h.word + text[h.end:h.end + 1])
        # A change verb right after another verb governs alone: the first is a noun there
        # (研发经费投入增长10%: 投入 is the thing that grows).
        # 新开展 is 开展 with the new-X prefix: as 开展 it is never the first of a compound.
        joinable = (not bracket and last.word.removeprefix(p.prefix) not in p.not_first
                    and h.verb.kind != "change")
        if gap and gap.end() == h.start and joinable and h.start - last.end <= 1:
            out[-1] = Action(last.start, h.end, text[last.start:h.end], last.verb)
        else:
            out.append(h)
    return out


def governing(text: str, start: int, end: int) -> Action | None:
    """The action of a number whose list item is text[start:end] (`end` right before the number).

    A level or change verb right before the number wins (落地率达到70%: the subject holds a
    verb-like noun); else the first verb, or the one after it when the first only sets it
    going (推动每个区县谋划1至2个).
    """
    acts = actions(text, start, end)
    if not acts:
        return None
    last = acts[-1]
    if last.verb.kind in ("level", "change") and not text[last.end:end].strip():
        return last
    if acts[0].verb.light and len(acts) > 1:
        return acts[1]
    return acts[0]


def starts_with_verb(text: str, start: int, end: int) -> bool:
    """True when a verb (or a commitment word) begins text[start:end]."""
    m = _patterns().verb_or_commitment_at.match(text, start, end)
    return m is not None


def starts_with_commitment(text: str, pos: int) -> bool:
    """True when a commitment word (确保, 力争) begins the text at `pos`, after spaces."""
    m = _patterns().commitment_at.match(text, pos)
    return m is not None


def commitment_end(text: str, pos: int) -> int | None:
    """Where the commitment word that begins the text at `pos` (after spaces) ends, or None."""
    m = _patterns().commitment_at.match(text, pos)
    return m.end() if m else None


def governed(text: str, pos: int) -> bool:
    """True when a verb, a commitment word or a verb of having ([possession]) ends right before
    `pos` (帮助5000家以上企业, 每个村有1个以上合作社)."""
    p = _patterns()
    return p.verb_or_commitment_before.search(text, max(0, pos - 8), pos) is not None or having(text, pos)


def having(text: str, pos: int) -> bool:
    """True when a verb of having ([possession]: 有, 建有) ends right before `pos`: the count
    after it is what is had, named by the noun after the number."""
    return _patterns().having_before.search(text, max(0, pos - 3), pos) is not None
