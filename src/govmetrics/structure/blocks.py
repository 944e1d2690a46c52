"""Lines grouped into blocks: headings, numbered items, and paragraphs of prose.

The text is read line by line (`lines` says what kind each line is). The covering
letter ends at its signature date; its numbered attachment list (附件:1.… 2.…) is never a
task. An item's text runs from after its label to the end of its paragraph and any
wrapped lines, and stops before its responsibility: the lines under it (a label alone on
its line takes the next line as its value). Unnumbered short lines that stand before
items are headings: an attachment label joined with its title (附件2 十方面民生实事责任分解),
or a list title, whose lines are joined when it is split over two lines. Any other line
is a paragraph of prose; responsibility lines under it make it a task too (unnumbered
items under keyword headings). Site furniture or a closing notice ends a block. The lines
of a table flattened to text (`texttables`) are one block of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from ..lexicon.columns import column_role
from ..lexicon.labels import data, fold, words
from ..lexicon.roles import LEADER_FIELDS, ending_verb
from .lines import Line
from .leaders import is_person
from .orgs import enclosed, split_units
from .bracketfields import inline_fields, part_sentence
from .labelshapes import label_shaped, unread_label
from .responsibility import PROGRESS, TASK_TEXT, Fields, continued, is_task_text, starts_with_label
from .tablecells import TextTable
from .wraps import indented, is_wrap


@dataclass(slots=True)
class Block:
    """A heading, a numbered item or a paragraph of prose, with the lines that belong to it."""

    kind: str                      # "item", "attach", "title", "prose", "progress" or "table" (flattened to text)
    lines: list[Line]
    fields: Fields = field(default_factory=dict)
    closed: bool = False           # responsibility seen: no more wrapped text
    depth: int = 0
    after_notice: bool = False     # prose after site furniture or a closing notice (抄送, 责任编辑)
    titled: bool = False           # a numbered title over paragraphs (一、2017年工作回顾): a heading
    extra: list[Line] = field(default_factory=list)  # the task's own lines after its responsibility (完成时限:…)
    table: TextTable | None = None


def _arabic(number: str) -> int | None:
    return int(number) if number.isdigit() else None


def drop_attachment_lists(lines: list[Line]) -> None:
    """A covering letter's list of attachments (附件:1.… / 2.…) holds no tasks."""
    expected = None
    for line in lines:
        if line.kind == "attach_list":
            m = re.match(r"[^0-9]*?(\d+)", line.text[line.text_start - line.start:])
            expected = int(m.group(1)) + 1 if m else None
            line.kind = "boiler"
        elif line.kind == "item" and expected is not None and _arabic(line.number) == expected:
            line.kind, expected = "boiler", expected + 1
        elif line.kind != "blank":
            expected = None


def _sub_heading(line: Line) -> bool:
    """A short line that ends in a colon (工作目标：, 工作措施：), or is a label enclosed alone
    (【分解任务】, [labels] enclosing): it introduces a part of the task above."""
    folded = fold(line.text).rstrip()
    pairs = data()["labels"]["enclosing"]
    alone = any(folded.startswith(p[0]) and folded.endswith(p[1]) and folded.count(p[1]) == 1 for p in pairs)
    return len(folded) <= data()["headings"]["max_heading_length"] and (
        folded.endswith(tuple(data()["labels"]["colons"])) or alone)


def _bracket_open(block: Block) -> bool:
    """Whether a bracket opened in the block's text is still open at its end (…（X牵头，Y配合；⏎
    10月底前完成）: a bracket a PDF or an OCR line cut goes on on the next line)."""
    folded = fold("".join(line.text for line in block.lines[-3:]))  # (a bracket runs over 3 lines at most)
    return any(folded.count(pair[0]) > folded.count(pair[1]) for pair in data()["units"]["brackets"][:2])


def _names_a_person(lines: list[Line], k: int) -> bool:
    """Whether line `k` (the first after blank ones) is running text that names a person (副师长 陈卫东)."""
    k = next((j for j in range(k, len(lines)) if lines[j].kind != "blank"), len(lines))
    return k < len(lines) and lines[k].kind == "other" and any(is_person(n) for n in split_units(lines[k].text).names)


def _record(block: Block) -> bool:
    """Whether `block` is a task written as a record of labelled lines (督办编号：01 …)."""
    return block.kind == "item" and block.lines[0].style == "record"


def body_start(lines: list[Line]) -> int:
    """Index of the first line of the body: after the covering letter's signature date,
    else at the first attachment label, when tasks follow; in a document without
    numbered items, after the first date line that text follows (0 when none of these)."""
    content = ("item",) if any(line.kind == "item" for line in lines) else ("other",)
    # (a date after a table's 序号 cell alone on its line is a cell of that table: the letter is before it)
    header = next((i for i, line in enumerate(lines) if line.kind == "other" and column_role(line.text) == "number"), None)
    marks = data()["statements"]["cell_marks"]

    def tasks(later: Line) -> bool:  # an item, or a table's row (its cells after tabs or bars)
        return later.kind in content or later.kind == "other" and sum(later.text.count(m) for m in marks) >= 2

    for kind, after in (("date", 1), ("attach", 0)):
        for i, line in enumerate(lines):
            if line.kind == kind and (header is None or i < header) and any(map(tasks, lines[i + 1:])):
                return i + after
    return 0


def _paragraph(line: Line) -> bool:
    """A line that is a paragraph of its own, indented or not: it ends a sentence and is
    longer than any heading or holds another sentence before (过去一年，…。 under
    一、2023年工作回顾; 本责任书自签订之日起生效。本责任书一式两份。 under 五、附则)."""
    folded = fold(line.text).rstrip()
    ends = tuple(words("headings", "sentence_end"))
    return folded.endswith(ends) and (len(folded) > data()["headings"]["max_heading_length"]
                                      or any(end in folded[:-1] for end in ends))


def _short(line: Line) -> bool:
    """A line too short for running text and ending no sentence (a title, a signature), and no
    bracket of its own (a bracket under a task is its responsibility)."""
    folded = fold(line.text)
    return (len(folded) <= data()["headings"]["max_heading_length"] and "。" not in folded
            and not folded.endswith(tuple(words("headings", "sentence_end"))) and not enclosed(folded)
            and not _opens_answer(line))


def _opens_answer(line: Line) -> bool:
    """Whether a line opens a bracket of who answers that the next lines close (（责任领导：X；牵头
    单位：Y；配合⏎单位：Z）, a PDF or OCR line cut it): a label, or units and a role word, first."""
    folded = fold(line.text).strip()
    if not folded[:1] or folded[:1] not in "".join(pair[0] for pair in data()["units"]["brackets"][:2]):
        return False
    first = re.split("[，,；;]", folded[1:], maxsplit=1)[0]
    return starts_with_label(folded[1:]) or ending_verb(first) is not None


def _complete(block: Block) -> bool:
    """Whether an item's text so far ends a sentence or a bracket."""
    ends = tuple(words("headings", "sentence_end")) + tuple(pair[1] for pair in data()["units"]["brackets"])
    return fold(block.lines[-1].text).rstrip().endswith(ends)


def _heading_like(lines: list[Line]) -> list[bool]:
    """For each line: short, not a sentence, and standing right before items (or a list title)."""
    heading = data()["headings"]
    ends = tuple(words("headings", "sentence_end"))
    out = [False] * len(lines)
    following = "end"
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.kind in ("blank", "boiler"):
            continue  # (a form's 填报单位 line between a title and its table leaves the title a heading)
        if line.kind == "other":
            folded = fold(line.text)
            short = len(line.text) <= heading["max_heading_length"] and not folded.endswith(ends) and "。" not in folded
            lead_in = folded.rstrip().endswith(tuple(heading["lead_in_ends"])) and any(
                c in folded for c in heading["lead_in_clauses"])
            listed = any(w in folded for w in words("headings", "list_title"))
            # A bracket of responsibility on its own line (（市卫计委牵头，市财政局配合）) ends the
            # task above it, even right before the next item.
            answer = enclosed(folded) and inline_fields(line.text) is not None or _opens_answer(line)
            out[i] = short and not answer and not lead_in and (listed or following in ("item", "attach", "heading", "table"))
        following = "heading" if out[i] else line.kind
    return out


def blocks(text: str, lines: list[Line], body: int, tables: Mapping[int, TextTable] | None = None) -> list[Block]:
    blocks: list[Block] = []
    heading_like = _heading_like(lines)
    # A line ending a sentence, or a bracket (…市发改委牵头）, is complete: what follows is not wrapped text.
    ends = tuple(words("headings", "sentence_end")) + tuple(pair[1] for pair in data()["units"]["brackets"])
    seps = tuple(data()["units"]["separators"])
    current: Block | None = None
    awaiting: str | None = None     # a label alone on its line (牵头单位：) takes the next line as its value
    held: list[Line] | None = None  # ... and a time label alone (完成时限：) its value's lines, with the task's text
    notice = False                  # site furniture or a closing notice seen, and no item or heading since
    under: Fields = {}              # the fields of the responsibility line right above (no blank between)
    for i in range(body, len(lines)):
        line = lines[i]
        if line.kind == "other" and held is not None and (held[-1].kind == "resp" or line.style == "bullet"):
            held.append(line)  # its value, or the milestones listed under it (● 3月底前…)
            continue
        if line.kind != "blank":
            held = None
        if line.kind == "other" and awaiting and current is not None:
            values = current.fields.setdefault(awaiting, [])
            values.append(line.text)
            if not line.text.endswith(seps) and not (awaiting in LEADER_FIELDS and _names_a_person(lines, i + 1)):
                awaiting = None  # (a value goes on after a separator, or over a leader a line: X⏎Y)
            continue
        if line.kind == "other" and current is not None and under and (more := continued(
                under, line.text, fields_follow=_next_kind(lines, i) == "resp")):
            key, value = more
            under[key][-1] = current.fields[key][-1] = value
            continue
        under = {}
        if line.kind != "blank":
            awaiting = None
        if line.kind == "resp" and PROGRESS in (line.fields or {}):
            # A progress report (实际完成情况:…) is a statement of its own, never the task's text.
            blocks.append(Block("progress", [line]))
            if current is not None:
                current.closed = True
            line.fields = {k: v for k, v in (line.fields or {}).items() if k != PROGRESS}
            if not line.fields:
                continue
        if line.kind == "table":
            # A table flattened to text (structure/texttables.py): one block, nothing after it is its text.
            if tables and i in tables:
                blocks.append(Block("table", lines[i:tables[i].last + 1], closed=True, table=tables[i]))
            current, notice = None, False
        elif line.kind in ("item", "attach"):
            current = Block(line.kind, [line])
            blocks.append(current)
            notice = False
        elif line.kind == "resp" and current is not None:
            alone = (line.fields or {}).get(TASK_TEXT) == [""]
            if is_task_text(line.fields or {}) and current.kind == "item" and not current.closed and not _record(current):
                current.lines.append(line)
                held = current.lines if alone else None
                continue
            if is_task_text(line.fields or {}) and current.kind in ("item", "prose"):
                # 完成时限:… after the units (a list printed as one paragraph): still the task's.
                current.extra.append(line)
                held = current.extra if alone else None
                continue
            fields = line.fields or {}
            for key, values in fields.items():
                current.fields.setdefault(key, []).extend(v for v in values if v)
            current.closed = True
            under = {k: list(v) for k, v in fields.items() if v and v[-1]}
            awaiting = next((k for k, v in reversed(fields.items()) if v and not v[-1]), None)
        elif line.kind == "boiler":
            current = None  # site furniture or a closing notice: nothing after it belongs to the task above
            # Furniture at the head of a page (发布时间:… 来源:…, before any task or sentence) is
            # no closing notice: the article below it is the body.
            notice = any(b.kind == "item" or (b.kind == "prose" and _complete(b)) for b in blocks)
        elif line.kind in ("date", "attach_list"):
            if current is not None:
                current.closed = True
        elif line.kind == "other" and current is not None and _record(current) and len(current.lines) == 1 \
                and line.text_start > line.start:
            current.lines.append(line)  # the record's text (督办事项：…), wherever its fields stand
        elif line.kind == "other" and current is not None and current.kind == "item" \
                and line.text_start > line.start:
            # 任务内容：… under a titled task's responsibility, 年度计划投资：… / 形象进度：… under a
            # project before it: read with the task
            (current.extra if current.closed else current.lines).append(line)
        elif line.kind == "other" and current is not None and current.kind == "item" and (
                current.closed or _complete(current)) and unread_label(line.text):
            # A field in words no table holds under a task (领办领导：…): a paragraph of its own
            # (read as no field; the document warns), while the known fields after it still
            # answer for the task.
            blocks.append(Block("prose", [line], after_notice=notice))
            current.closed = True
        elif line.kind == "other" and part_sentence(line.text):
            # 以上工作由副县长X负责，Y牵头… after a section's tasks: no task's text, a paragraph
            # of its own that answers for the tasks of its heading (`statements`).
            current = Block("prose", [line], after_notice=notice)
            blocks.append(current)
        elif line.kind == "other":
            # A task's text runs on over a wrapped line, and over its parts listed under it: a
            # bulleted line, a line after a sub-heading that ends in a colon (工作目标：).
            wrapped = (current is not None and current.kind == "item" and not current.closed
                       and (not fold(current.lines[-1].text).endswith(ends) or line.style == "bullet"
                            or _sub_heading(line) or _bracket_open(current)))
            if wrapped and current is not None and len(current.lines) == 1 and _short(current.lines[0]) and (
                    (indented(text, line) or _paragraph(line)) and label_shaped(line.text) is None
                    and inline_fields(line.text) is None
                    or line.style == "bullet" and _next_kind(lines, i) == "resp"):
                # 一、2017年工作回顾 over an indented paragraph: a heading, and the paragraph is prose
                # (but a part of the item, 任务一… ⏎ 工作目标：… or 项目内容：…, is no paragraph, in a
                # document that indents every line as in one that indents none; and a paragraph
                # that ends with who answers is the item's text: 三、居家养老 ⏎ …。（X牵头）);
                # 01 就业 over bulleted tasks each with its own lines of who answers (▶ … ⏎ 责任单位：…).
                current.titled, wrapped = True, False
                current = Block("prose", [line], after_notice=notice)
                blocks.append(current)
                continue
            if current is not None and current.kind == "prose" and not current.fields and _running(
                    text, current) and is_wrap(text, current.lines[-1], line):
                current.lines.append(line)  # a paragraph of PDF text wrapped over lines (layouts §10)
                continue
            if wrapped:
                current.lines.append(line)
            elif heading_like[i]:
                if current is not None and current.kind in ("attach", "title") and not current.closed and (
                        not listed(title(current)) or enclosed(fold(line.text))):
                    # A title split over lines, or its bracketed note; a complete list title
                    # (…责任分解表) is followed by a theme of its own.
                    current.lines.append(line)
                else:
                    current = Block("title", [line])
                    blocks.append(current)
                    notice = False
            elif current is not None and current.kind == "item" and not current.closed and not (
                    _complete(current) and (_short(line) or _new_paragraph(text, current, line))):
                # A complete task (…。 / …（责任单位:…）) is not carried on by a short line that is
                # no sentence (a signature: 某某镇人民政府), nor by an indented paragraph after an
                # empty line (the closing words after a list: 各责任单位要…).
                current.lines.append(line)
            else:
                # Text no task or heading takes: a paragraph of its own, so that what the
                # layout rules do not recognise still reaches the statements.
                current = Block("prose", [line], after_notice=notice)
                blocks.append(current)
    return _untitled(blocks)


def _new_paragraph(text: str, block: Block, line: Line) -> bool:
    """Whether `line` starts a paragraph of its own: an empty line stands between it and the
    block, and it is indented as a paragraph's first line."""
    return text.count("\n", block.lines[-1].end, line.start) > 1 and indented(text, line)


def _next_kind(lines: list[Line], i: int) -> str:
    """The kind of the first line after `i` that is not blank ("end" at the end)."""
    return next((line.kind for line in lines[i + 1:] if line.kind != "blank"), "end")


def _untitled(found: list[Block]) -> list[Block]:
    """A numbered title whose paragraph names who answers is a task after all (1.实施… over
    an indented paragraph and its 牵头单位 line): the paragraph is its text. Not when another
    paragraph that names who answers follows it under the title: the title heads a list whose
    numbers were lost (一、扩大有效投资 ⏎ item ⏎ its fields ⏎ item ⏎ its fields, a Word paste), and
    then neither under a title numbered alike (■ 05 生态 ⏎ ▶ … ⏎ its fields, after 01 … 04 over two each)."""
    answered = [b.kind == "prose" and bool(b.fields) for b in found]
    heads = {b.lines[0].style for k, b in enumerate(found) if b.titled and answered[k + 1:k + 3] == [True, True]}
    out: list[Block] = []
    for k, block in enumerate(found):
        before = out[-1] if out else None
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (block.kind == "prose" and block.fields and before is not None and before.titled
                and before.lines[0].style not in heads and not (nxt is not None and nxt.kind == "prose" and nxt.fields)):
            before.lines.extend(block.lines)
            before.fields, before.extra, before.closed, before.titled = block.fields, block.extra, True, False
            continue
        out.append(block)
    return out


def _running(text: str, block: Block) -> bool:
    """Whether a paragraph is running text cut by the page (not a headline): it spans lines
    already, its line is indented as a paragraph's first, or it holds a clause mark."""
    first = fold(block.lines[0].text)
    return len(block.lines) > 1 or indented(text, block.lines[0]) or (
        len(first) >= data()["wraps"]["min_running"] and any(mark in first for mark in data()["wraps"]["running"]))


def listed(title: str) -> bool:
    """Whether a title names a responsibility list (…责任分解, …任务清单)."""
    return any(w in fold(title) for w in words("headings", "list_title"))


def title(block: Block) -> str:
    first = block.lines[0]
    if block.kind == "attach":
        rest = "".join(line.text for line in block.lines[1:])
        return f"{first.text} {rest}" if rest else first.text
    return "".join(line.text for line in block.lines)
