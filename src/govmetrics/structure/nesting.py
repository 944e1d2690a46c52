"""Numbered items nested by their numbering style, and sub-items joined to their task.

`mark_depths` gives each item its depth (一、 outside 1. outside (1)), by the order the
styles appear and their conventional order (`data/structure.toml` [numbering]
outer_to_inner), and tells which blocks are headings. `join_sub_items` makes the
sub-items of a task part of it (layouts §9): a numbered item whose sub-items ((1)(2),
①②③) name no one, with the responsibility written after the last of them (on lines or in a
bracket), or whose own text ends in a colon that introduces them (1.扩大有效投资：⏎(1)…), is
one task.
"""

from __future__ import annotations

from ..lexicon.columns import ANSWER
from ..lexicon.labels import data, fold
from .blocks import Block
from .assignments import numbered
from .bracketfields import inline_fields
from .paragraphs import ordinal


def mark_depths(blocks: list[Block]) -> list[bool]:
    """Nest numbered items by style; return for each block whether it is a heading.

    Prose between items neither ends a list nor is the item after a heading."""
    styles: list[str] = []
    previous: tuple[str, int | None] | None = None  # the last item's style and number
    last: Block | None = None  # the last item
    seen: set[str] = set()
    aliases: dict[str, str] = {}  # a style typed for another one in this list
    for block in blocks:
        if block.kind in ("prose", "progress", "table"):
            continue
        if block.kind != "item":
            styles, previous, seen, aliases, last = [], None, set(), {}, None
            continue
        written, number = block.lines[0].style, ordinal(block.lines[0].number)
        style = aliases.get(written, written)
        if previous is not None and written not in seen and number is not None and previous[1] is not None \
                and number == previous[1] + 1 and _numeral(written) == _numeral(previous[0]):
            # A list typed with its numbers in several styles (3． then (4) then 5.): a style not
            # seen before whose number runs on stands beside the item before, not under it
            # (layouts §12), and so does every later item in it.
            style = aliases[written] = previous[0]
        seen.add(written)
        previous = (style, number)
        if style in styles:
            del styles[styles.index(style) + 1:]
        elif styles and _rank(style) < _rank(styles[0]) and not (number == 1 and _bare_title(last)):
            # A style that by convention is outer to every one seen (二、 after 7. 8.): the list
            # started mid-way (a PDF page without its first heading, layouts §10). One that starts
            # at its first item right under a bare title (第一项, 任务一 under 二、项目清单) opens a
            # list under that title.
            styles = [style]
        else:
            styles.append(style)
        block.depth, last = styles.index(style), block
    headings = []
    numbered = [b for b in blocks if b.kind not in ("prose", "progress")]
    following = {id(b): numbered[i + 1] if i + 1 < len(numbered) else None for i, b in enumerate(numbered)}
    for block in blocks:
        nxt = following.get(id(block))
        headings.append(block.kind not in ("item", "prose", "progress", "table") or block.titled or (
            nxt is not None and (nxt.kind == "table" and not (nxt.table and (nxt.table.assigns or nxt.table.contacts))
                                 or nxt.kind == "item" and nxt.depth > block.depth)))
    return headings


def _bare_title(block: Block | None) -> bool:
    """Whether an item is a title alone on its line (二、重点任务): no sentence, no one who answers."""
    if block is None or block.fields or len(block.lines) != 1:
        return False
    line = block.lines[0]
    return not any(end in line.text for end in data()["statements"]["sentence_end"])


def _numeral(style: str) -> str | None:
    """The kind of numeral a numbering style writes (arabic, chinese, …), or counts as (🔟)."""
    return next((st.get("counts_as", st["numeral"]) for st in data()["numbering"]["styles"] if st["name"] == style), None)


def _rank(style: str) -> int:
    """How far out a numbering style stands by convention (一、 before (一) before 1. …)."""
    order = data()["numbering"]["outer_to_inner"]
    return order.index(style) if style in order else len(order)


def _children(blocks: list[Block], i: int) -> int:
    """The index after the last block nested under the item at `i`."""
    j = i + 1
    while j < len(blocks) and (blocks[j].kind in ("prose", "progress") or (
            blocks[j].kind == "item" and blocks[j].depth > blocks[i].depth)):
        j += 1
    while j > i + 1 and blocks[j - 1].kind != "item":
        j -= 1
    return j


def _answers(block: Block) -> bool:
    """Whether a block names who answers: on lines of its own, or in a bracket that ends it
    (c) 年底前建成…。【主办：X】), also one that a PDF page wrapped over lines."""
    return bool(block.fields) or inline_fields("".join(line.text for line in block.lines)) is not None


def _introduces(block: Block) -> bool:
    """Whether an item's text ends in a colon: it introduces the items below it as its parts
    (1.城市更新：, 1.地区生产总值增长8%，其中：), where a heading names a theme."""
    return fold(block.lines[-1].text).rstrip().endswith(tuple(data()["labels"]["colons"]))


def _parts(block: Block, items: list[Block]) -> bool:
    """Whether a Chinese-numbered item's Arabic-numbered items are its parts: two or more of
    one style right under it, the last followed by lines that name who answers ((一)新增公办学位
    3000个 ⏎ 1.… ⏎ 2.… ⏎ 牵头单位：…: those lines answer for the item). (一是, (一) or a bullet
    under it number tasks of their own.)"""
    direct = [b for b in items if b.depth == block.depth + 1]
    return (block.kind == "item" and _numeral(block.lines[0].style) == "chinese" and len(direct) >= 2
            and len({b.lines[0].style for b in direct}) == 1 and _numeral(direct[0].lines[0].style) == "arabic"
            and any(k in ANSWER for k in items[-1].fields))


def join_sub_items(text: str, blocks: list[Block]) -> list[Block]:
    """`blocks` with the sub-items of each task joined to it (layouts §9), depths marked.

    An item that names no one, whose items below are all in a sub-item style and none
    but the last names anyone, takes them as its own text when the last does (the task's
    responsibility written after its sub-items), or when none does and its text ends in a
    colon that introduces them (who answers is given once for the section above) or a table
    after the list gives who answers by the numbers of items such as it (一 | 副县长 X | …,
    `assignments.numbered`). So does a Chinese-numbered item over Arabic-numbered ones when
    only the last of them names anyone, on lines of its own (`_parts`).
    """
    mark_depths(blocks)
    sub = set(data()["numbering"]["sub_item_styles"])
    assigned = {n for b in blocks if b.kind == "table" and b.table is not None and b.table.assigns
                for n in numbered(text, b.table)}
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        end = _children(blocks, i) if block.kind == "item" else i + 1
        items = [b for b in blocks[i + 1:end] if b.kind == "item"]
        # The task itself may be numbered in a sub-item style too (⑴ over ①②③, family 9).
        named = block.kind == "item" and (_numeral(block.lines[0].style), ordinal(block.lines[0].number)) in assigned
        if (len(items) >= 2 and not _answers(block) and (all(b.lines[0].style in sub for b in items) or _parts(block, items))
                and (_answers(items[-1]) or _introduces(block) or named)
                and not any(_answers(b) for b in items[:-1])):
            for b in blocks[i + 1:end]:
                if b.kind != "progress":
                    block.lines.extend(b.lines)
                    block.extra.extend(b.extra)  # the last one's own lines after its responsibility (时限：…)
            block.fields, block.closed = items[-1].fields, True
            out.append(block)
            out.extend(b for b in blocks[i + 1:end] if b.kind == "progress")
            i = end
            continue
        out.append(block)
        i += 1
    mark_depths(out)
    return out
