"""A whole list printed as one paragraph (layouts §5), cut into its items and fields.

Progress notices print a list as one paragraph: `1.新建… 牵头领导:孙七 责任单位:市交通局
实际完成情况:已完成2个。 2.…`. A line is cut before each item whose label continues the
line's own numbering (1. then 2. then 3., 一、 then 二、, each after a space or the end of
a sentence, outside brackets) and before each labelled field written after a space
(牵头领导:, 实际完成情况:) or a row of flattened per-district figures (年度目标 3 4 3 2).
Each piece is then read as a line of its own. A line is cut only when it holds a list:
three items in sequence, items with labelled fields, or items each after a sentence end
(①…；②…), so a decimal after a space (新建道路 2.5公里) never starts an item. The words are in `data/structure.toml`
[numbering], [labels].
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, data, words
from ..reading.furniture import blank_markup
from .numbering import any_label, bullet, label_res, line_start_only, numbered
from .orgs import has_brackets, top_level
from .responsibility import label_starts, starts_with_label, task_text_starts

@cache
def _figures_re() -> re.Pattern[str]:
    """A row of flattened figures: 年度目标 3 4 3 2, 年度目标（万人） 0.6 0.7, 分村任务：2 1 1. Its first
    figure is a bare number (a space or the end after it): 年度目标：9月底前完成… is a task's text."""
    label = f"{alternation(words('labels', 'figure_rows'))}(?:[(（][^()（）]{{0,8}}[)）])?"
    return compiled.compile(f"{label}(?:[:：][{SPACE}]*|[{SPACE}]+)[0-9０-９][0-9０-９.．]*(?=[{SPACE}]|$)")


@cache
def _quick() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A space, a sentence end, a colon: what a line with a field after its sentence holds;
    and a table cell mark (a tab, a bar)."""
    return (compiled.compile(f"[{re.escape(SPACE)}]"),
            compiled.compile(f"[{re.escape(''.join(words('headings', 'sentence_end')))}]"),
            compiled.compile(f"[{re.escape(''.join(data()['labels']['colons']))}]"),
            compiled.compile(f"[{re.escape(''.join(data()['statements']['cell_marks']))}]"))


@lru_cache(maxsize=1024)  # a few labels (1, 2, 一, ⑴) are read over and over
def ordinal(number: str) -> int | None:
    """The count a list label stands for: 12 → 12, 十二 → 12, 拾贰 → 12, ⑫ → 12, ⑴ → 1 (None above 99)."""
    table = data()["numbering"]
    arabic = table["arabic"]
    if number and all(c in arabic for c in number):
        return int("".join(str(arabic.index(c) % 10) for c in number))
    for name in table["single_marks"]:
        if len(number) == 1 and number in table[name]:
            return table[name].index(number) + table["mark_starts"].get(name, 1)
    number = number.translate(str.maketrans(table["financial"], table["chinese"][:len(table["financial"])]))
    digit = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if number and all(c in digit or c == "十" for c in number) and number.count("十") <= 1:
        tens, mark, ones = number.partition("十")
        if not mark:
            return digit[tens] if len(tens) == 1 else None
        if len(tens) > 1 or len(ones) > 1:
            return None
        return (digit[tens] if tens else 1) * 10 + (digit[ones] if ones else 0)
    return None


def _outside_brackets(folded: str, spots: list[int]) -> list[int]:
    """The offsets of `spots` that stand outside every bracket of `folded`. Each spot follows
    a space, a sentence end or a bracket that closes, whose depth is the spot's own: a label
    that opens a bracket itself (【2】, (二)) still stands outside."""
    if not spots or not has_brackets(folded):
        return spots
    depth = dict(top_level(folded))
    closers = _item_before()[1]
    return [at for at in spots if not depth.get(at - 1, 0) - (folded[at - 1] in closers)]


_MIN_OPENING = 6  # characters of an opening sentence before the colon that opens a list on its line
_HAN = compiled.compile("[\u3400-\u9fff]")


@cache
def _item_before() -> tuple[str, str]:
    """What an item's label may follow in a line: a space, a sentence end, a colon (…分解如下：
    一、…) or a bracket that closes the item before (…（牵头单位：X）8.…, a list whose line
    breaks were lost); and the closing brackets among them."""
    # the round and square pairs of [units] brackets (not quotes or title marks)
    closers = "".join(pair[1] for pair in data()["units"]["brackets"] if pair[0] in "(（[［【〔")
    return SPACE + "".join(words("headings", "sentence_end")) + "".join(data()["labels"]["colons"]) + closers, closers


def _item_cuts(folded: str, number: int, label_of: re.Pattern[str], after: int = 0) -> list[int]:
    """Where the items after the one numbered `number` (at `after`) begin: labels of the
    same style numbered on, each where an item may begin (`_item_before`), outside brackets."""
    space, end_mark, _, _ = _quick()
    if not (space.search(folded, after, len(folded) - 1) or end_mark.search(folded, after, len(folded) - 1)):
        return []  # no space or sentence end for an item to follow (most items): no label to look for
    before = _item_before()[0]
    found = [(m.start(), ordinal(m.group("n"))) for m in label_of.finditer(folded, after + 1)
             if folded[m.start() - 1] in before]
    free = set(_outside_brackets(folded, [at for at, _ in found]))
    cuts, expected = [], number + 1
    for at, n in found:
        if at in free and n == expected:
            cuts.append(at)
            expected += 1
    return cuts


@cache
def _apart() -> tuple[str, str]:
    """What sets a deadline field apart from the fields before it; the sentence ends."""
    ends = "".join(words("headings", "sentence_end"))
    return SPACE + ends + "".join(data()["statements"]["cell_marks"]) + ";；,，", ends


def cuts(folded: str) -> list[int]:
    """Offsets in a folded line (stripped of nothing) where a piece of a one-paragraph list begins."""
    folded = blank_markup(folded)
    lead = len(folded) - len(folded.lstrip(SPACE))
    lead += bullet(folded, lead, len(folded))  # ● 牵头：X reads as 牵头：X
    head = folded[lead:]
    deadlines = task_text_starts(head)
    if deadlines is not None:
        # A responsibility line (layouts §1) whose deadline field comes after the others, set
        # apart by a space, a sentence end or a bar (…　完成时限：12月底前, …｜时限：年底前):
        # that field is the task's own text, a piece of its own.
        return [lead + at for at in _outside_brackets(head, [at for at in deadlines if head[at - 1] in _apart()[0]])]
    if _quick()[3].search(folded):
        return []  # a table row flattened to text (cells after tabs or bars): the tables' layout, not a list
    space, end_mark, colon, _ = _quick()
    items: list[int] = []   # where each item of the list begins (the line's own first item too)
    spaced, ended = space.search(head), end_mark.search(head, 0, len(head) - 1)
    found = numbered(head)
    found = found if found is None or found[0] not in line_start_only() else None  # 一是…；二是… stays a paragraph
    outer: re.Pattern[str] | None = None
    if found is not None:
        number = ordinal(found[1].group("n"))
        if number is not None:
            items, outer = [0] + _item_cuts(head, number, found[1].re), found[1].re
    elif spaced or ended:
        items, outer = _list_inside(head)
    # A second numbering style inside: over two items of the line's own, or after a sentence
    # end within it (三、城建7.…。（…）8.…); most lines hold one task and no such end.
    if outer is not None and (len(items) >= 2 or (items and ended)):
        items = sorted(set(items + _inner_items(head, items, outer)))
    items = [lead + at for at in items]
    # A field starts after a space or a sentence end (…增长13%。责任单位:…。进展情况:…).
    ends = _apart()[1]
    if len(items) < 2 and not (spaced or (ended and colon.search(head))):
        return []  # no item after the first, no space or sentence end before a field: quickly
    fields = _outside_brackets(folded, [at for at in label_starts(folded) + [
        m.start() for m in _figures_re().finditer(folded)] if at > lead and folded[at - 1] in SPACE + ends])
    # A list (three items, items with fields, or items each after a sentence end: ①…；②…),
    # or a task with its fields after a space; a line that starts with a label is split
    # into fields by `line_fields` as it is.
    later = [at for at in items if at > lead]
    listed = len(items) >= 3 or (len(items) == 2 and (fields or all(folded[at - 1] in ends for at in later)))
    if not (listed or (fields and head and not starts_with_label(head))):
        return []
    return sorted(set((later if listed else []) + [f for f in fields if f > lead]))


def _run_in_res() -> list[tuple[str, re.Pattern[str]]]:
    """The styles whose items a one-paragraph list may run in (layouts §5)."""
    return [(name, pattern) for name, pattern in label_res() if name not in line_start_only()]


def _list_inside(head: str) -> tuple[list[int], re.Pattern[str] | None]:
    """The items of a list that starts after an opening sentence on the same line
    (现将…通报如下。 1.… 2.…): an item 1 where an item may begin (`_item_before`), and its
    followers or a second style's items under it; and the pattern of their numbering style."""
    before = _item_before()[0]
    colons = "".join(data()["labels"]["colons"])
    for _, label_of in _run_in_res():
        for m in label_of.finditer(head, 1):
            # after a colon only that of an opening sentence (…分解如下：1.…), not a label's (说明：1.…)
            opening = head[m.start() - 1] not in colons or len(head[:m.start() - 1].strip(SPACE)) >= _MIN_OPENING
            if head[m.start() - 1] in before and opening and ordinal(m.group("n")) == 1:
                rest = _item_cuts(head, 1, label_of, m.start())
                # one heading over items of its own (…如下：一、稳增长1.… 2.…) is a list too
                rest = rest or _inner_items(head, [m.start()], label_of)
                if rest and _outside_brackets(head, [m.start()]):
                    return [m.start()] + rest, label_of
    return [], None


def _inner_items(head: str, outer: list[int], outer_style: re.Pattern[str]) -> list[int]:
    """The items of a second numbering style inside a one-paragraph list (layouts §5, a whole
    list printed as one paragraph: 一、教育 1.… 2.… 二、交通 3.…): labels where an item may begin
    (`_item_before`), outside brackets, numbered on or restarting at 1 after an outer label.
    A list whose line breaks were lost may run on from an earlier line (三、城建7.… 8.…: from 7,
    when 8 follows) with its first label glued to the heading's words. At least two, else the
    outer items stand alone."""
    before = _item_before()[0]
    if sum(1 for m in _any_label().finditer(head, 1) if head[m.start() - 1] in before or _glued_label(head, m)) < 2:
        return []  # two labels at least, of any style (one scan, not one per style)
    for _, label_of in _run_in_res():
        if label_of.pattern == outer_style.pattern:
            continue
        found = [(m.start(), ordinal(m.group("n")), head[m.start() - 1] not in before)
                 for m in label_of.finditer(head, 1)
                 if head[m.start() - 1] in before or _glued_label(head, m)]
        free = set(_outside_brackets(head, [at for at, _, _ in found]))
        cuts: list[int] = []
        expected = 1
        for k, (at, n, glued) in enumerate(found):
            first_in_piece = not cuts or any(cuts[-1] < o < at for o in outer)
            if at not in free or n is None or (glued and not (first_in_piece and any(o < at for o in outer))):
                continue
            follows = k + 1 < len(found) and found[k + 1][1] == n + 1
            if first_in_piece and (n == 1 or (not cuts and follows)):
                cuts, expected = cuts + [at], n + 1
            elif cuts and n == expected:
                cuts, expected = cuts + [at], expected + 1
        if len(cuts) >= 2:
            return cuts
    return []


@cache
def _any_label() -> re.Pattern[str]:
    """A label of any style a one-paragraph list may run in (group n of each renamed away)."""
    return any_label(frozenset(name for name, _ in _run_in_res()))


def _glued_label(head: str, m: re.Match[str]) -> bool:
    """Whether a label glued to the words before it (建设7.完成…) reads as one: it ends in a
    mark that closes a label (., 、, ．) and a word, not a digit, follows (7.5%, 7、8 are numbers)."""
    end = m.end()
    return (bool(_HAN.match(head, m.start() - 1)) and m.group().rstrip(SPACE)[-1:] in _closing_marks()
            and end < len(head) and bool(_HAN.match(head, end)))


@cache
def _closing_marks() -> str:
    """The one-character marks after a label's number ([numbering] styles' after)."""
    return "".join({a for st in data()["numbering"]["styles"] for a in st["after"] if len(a) == 1})


def is_figure_row(folded: str) -> bool:
    """Whether a folded piece is a row of flattened figures (年度目标 3 4 3 2): no target, no field."""
    return _figures_re().match(folded.strip(SPACE)) is not None
