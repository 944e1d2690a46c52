"""The structure of a task document: sections, numbered tasks and who answers for them.

The text is read line by line; `govmetrics.structure.lines` says what kind each line is. The
covering letter ends at its signature date; its numbered attachment list (附件:1.… 2.…)
is never a task.

In the body, an item whose next item is numbered in a deeper style (一、 then 1.) is a
heading; every other item is a task. Unnumbered short lines that stand before items are
headings too: an attachment label joined with its title (附件2 十方面民生实事责任分解),
or a list title, whose lines are joined when it is split over two lines. A task's text
runs from after its label to the end of its paragraph and any wrapped lines, and stops
before its responsibility: the lines under it (a label alone on its line takes the next
line as its value), a bracket at its end, or a label after its sentence on the same line.
Site furniture or a closing notice ends a task: no line after it is the task's.
All offsets are offsets into the text as given; nothing is stripped or normalised.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..lexicon.labels import SPACE, data, fold, words
from ..model import Document, Section, Task
from . import metadata
from .lines import Line, classify_lines
from .orgs import enclosed, states_lead_rule
from .responsibility import (
    Fields,
    heading_leaders,
    inline_fields,
    is_task_text,
    resolve,
    trailing_fields,
)


@dataclass(slots=True)
class _Block:
    """A heading or a task with the lines that belong to it."""

    kind: str                      # "item", "attach" or "title"
    lines: list[Line]
    fields: Fields = field(default_factory=dict)
    closed: bool = False           # responsibility seen: no more wrapped text
    depth: int = 0


def _arabic(number: str) -> int | None:
    return int(number) if number.isdigit() else None


def _drop_attachment_lists(lines: list[Line]) -> None:
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


def _body_start(lines: list[Line]) -> int:
    """Index of the first line of the body: after the covering letter's signature date,
    else at the first attachment label, when tasks follow (0 when neither does)."""
    for kind, after in (("date", 1), ("attach", 0)):
        for i, line in enumerate(lines):
            if line.kind == kind and any(later.kind == "item" for later in lines[i + 1:]):
                return i + after
    return 0


def _heading_like(lines: list[Line]) -> list[bool]:
    """For each line: short, not a sentence, and standing right before items (or a list title)."""
    heading = data()["headings"]
    ends = tuple(words("headings", "sentence_end"))
    out = [False] * len(lines)
    following = "end"
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.kind == "blank":
            continue
        if line.kind == "other":
            folded = fold(line.text)
            short = len(line.text) <= heading["max_heading_length"] and not folded.endswith(ends) and "。" not in folded
            listed = any(w in folded for w in words("headings", "list_title"))
            out[i] = short and (listed or following in ("item", "attach", "heading"))
        following = "heading" if out[i] else line.kind
    return out


def _blocks(lines: list[Line], body: int) -> list[_Block]:
    blocks: list[_Block] = []
    heading_like = _heading_like(lines)
    # A line ending a sentence, or a bracket (…市发改委牵头）, is complete: what follows is not wrapped text.
    ends = tuple(words("headings", "sentence_end")) + tuple(pair[1] for pair in data()["units"]["brackets"])
    seps = tuple(data()["units"]["separators"])
    current: _Block | None = None
    awaiting: str | None = None     # a label alone on its line (牵头单位：) takes the next line as its value
    for i in range(body, len(lines)):
        line = lines[i]
        if line.kind == "other" and awaiting and current is not None:
            values = current.fields.setdefault(awaiting, [])
            values.append(line.text)
            if not line.text.endswith(seps):
                awaiting = None
            continue
        if line.kind != "blank":
            awaiting = None
        if line.kind == "item":
            current = _Block("item", [line])
            blocks.append(current)
        elif line.kind == "attach":
            current = _Block("attach", [line])
            blocks.append(current)
        elif line.kind == "resp" and current is not None:
            if is_task_text(line.fields or {}) and current.kind == "item" and not current.closed:
                current.lines.append(line)
                continue
            fields = line.fields or {}
            for key, values in fields.items():
                current.fields.setdefault(key, []).extend(v for v in values if v)
            current.closed = True
            awaiting = next((k for k, v in reversed(fields.items()) if v and not v[-1]), None)
        elif line.kind == "boiler":
            current = None  # site furniture or a closing notice: nothing after it belongs to the task above
        elif line.kind in ("date", "attach_list"):
            if current is not None:
                current.closed = True
        elif line.kind == "other":
            wrapped = (current is not None and current.kind == "item" and not current.closed
                       and not fold(current.lines[-1].text).endswith(ends))
            if wrapped:
                current.lines.append(line)
            elif heading_like[i]:
                if current is not None and current.kind in ("attach", "title") and not current.closed and (
                        not _listed(_title(current)) or enclosed(fold(line.text))):
                    # A title split over lines, or its bracketed note; a complete list title
                    # (…责任分解表) is followed by a theme of its own.
                    current.lines.append(line)
                else:
                    current = _Block("title", [line])
                    blocks.append(current)
            elif current is not None and current.kind == "item" and not current.closed:
                current.lines.append(line)
            elif current is not None:
                current.closed = True
    return blocks


def _mark_depths(blocks: list[_Block]) -> list[bool]:
    """Nest numbered items by style; return for each block whether it is a heading."""
    styles: list[str] = []
    for block in blocks:
        if block.kind != "item":
            styles = []
            continue
        style = block.lines[0].style
        if style in styles:
            del styles[styles.index(style) + 1:]
        else:
            styles.append(style)
        block.depth = styles.index(style)
    headings = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        headings.append(block.kind != "item" or (
            nxt is not None and nxt.kind == "item" and nxt.depth > block.depth))
    return headings


def _listed(title: str) -> bool:
    """Whether a title names a responsibility list (…责任分解, …任务清单)."""
    return any(w in fold(title) for w in words("headings", "list_title"))


def _title(block: _Block) -> str:
    first = block.lines[0]
    if block.kind == "attach":
        rest = "".join(line.text for line in block.lines[1:])
        return f"{first.text} {rest}" if rest else first.text
    return "".join(line.text for line in block.lines)


@dataclass
class _Open:
    section: Section
    fields: Fields
    kind: str
    depth: int = -1


def _task(text: str, block: _Block, path: tuple[str, ...], inherited: list[Fields], lead_rule: bool) -> Task:
    first = block.lines[0]
    start = first.text_start
    if start >= first.end and len(block.lines) > 1:
        start = block.lines[1].start
    end = max(start, block.lines[-1].end)
    own = dict(block.fields)
    inline = inline_fields(text[start:end]) or trailing_fields(text[start:end])
    if inline is not None:
        fields, at = inline
        for key, values in fields.items():
            own.setdefault(key, []).extend(values)
        end = start + len(text[start:start + at].rstrip(SPACE))
    who = resolve(own, inherited, lead_rule=lead_rule)
    return Task(
        number=first.number, text=text[start:end], start=start, end=end, label_start=first.start, section=path,
        leaders=who.leaders, assisting_leaders=who.assisting_leaders, lead_units=who.lead_units,
        cooperating_units=who.cooperating_units, responsible_units=who.responsible_units, units_open=who.units_open,
    )


def _parse(text: str, blocks: list[_Block], lead_rule: bool) -> tuple[list[Section], list[Task]]:
    sections: list[Section] = []
    tasks: list[Task] = []
    stack: list[_Open] = []
    headings = _mark_depths(blocks)
    for i, block in enumerate(blocks):
        if block.kind == "item":
            while stack and stack[-1].kind == "item" and stack[-1].depth >= block.depth:
                stack.pop()
        if not headings[i]:
            path = tuple(o.section.title for o in stack)
            tasks.append(_task(text, block, path, [o.fields for o in reversed(stack)], lead_rule))
            continue
        title = _title(block)
        listed = _listed(title)
        if block.kind == "attach" or (block.kind == "title" and listed):
            stack = []
        elif block.kind == "title":
            while stack and stack[-1].kind != "top":
                stack.pop()
        leaders, assisting = heading_leaders(title)
        own: Fields = dict(block.fields)
        # 二、社会民生（牵头领导：李某某；牵头单位：市民政局）; 一、稳增长（市发改委牵头）
        inline = inline_fields(title, clauses=not (leaders or assisting))
        for key, values in (inline[0] if inline else {}).items():
            own.setdefault(key, []).extend(values)
        if leaders and "leaders" not in own:
            own["leaders"] = ["、".join(leaders)]
        if assisting and "assisting_leaders" not in own:
            own["assisting_leaders"] = ["、".join(assisting)]
        section = Section(
            title=title, start=block.lines[0].start, end=block.lines[-1].end, level=len(stack),
            path=tuple(o.section.title for o in stack) + (title,), leaders=leaders, assisting_leaders=assisting,
        )
        sections.append(section)
        kind = "item" if block.kind == "item" else ("top" if block.kind == "attach" or listed else "theme")
        stack.append(_Open(section, own, kind, block.depth if block.kind == "item" else -1))
    return _with_tasks(sections, tasks), tasks


def _with_tasks(sections: list[Section], tasks: list[Task]) -> list[Section]:
    """The sections a later task stands under (a trailing file name is no section).

    Both lists are in document order; walking them from the end keeps this linear, so a
    file of many thousand sections and tasks takes no quadratic time.
    """
    under: set[tuple[str, ...]] = set()
    kept = []
    j = len(tasks)
    for section in reversed(sections):
        while j and tasks[j - 1].start > section.start:
            j -= 1
            path = tasks[j].section
            under.update(path[:k] for k in range(1, len(path) + 1))
        if section.path in under:
            kept.append(section)
    return kept[::-1]


def build_document(
    text: str,
    *,
    source_map: Any = None,
    path: str | None = None,
    source_format: str = "text",
    encoding: str | None = None,
    warnings: tuple[str, ...] | list[str] = (),
    year: int | None = None,
    hints: Mapping[str, Any] | None = None,
) -> Document:
    """A `Document` with metadata, sections and tasks (no targets or deadlines yet).

    `text` is used as given: every offset is an offset into it. `year` overrides the
    year the tasks are for; `hints` are what a reader found in the file (ReadText.hints).
    A text with no recognizable task gives a warning and no tasks.
    """
    lines = classify_lines(text)
    _drop_attachment_lists(lines)
    body = _body_start(lines)
    lead_rule = states_lead_rule(text)
    sections, tasks = _parse(text, _blocks(lines, body), lead_rule)
    name = path or "the text"
    notes = list(warnings)
    if not tasks:
        notes.append(f"{name}: no recognizable tasks (no numbered items with their own text)")
    starts = [t.start for t in tasks]
    for s, e in metadata.page_headers(text):
        # Tasks are in order and do not overlap: only those from the one holding `s` on can.
        for task in tasks[max(0, bisect_right(starts, s) - 1):bisect_left(starts, e)]:
            if s < task.end:
                notes.append(f"{name}: page header {text[s:e]!r} glued into task {task.number} at {s}-{e}")
    head_end = lines[body].start if body < len(lines) and body else None
    meta = metadata.extract(
        text, path=path, doc_id=Path(path).stem if path else "", source_format=source_format, encoding=encoding,
        hints=hints, year=year, lead_rule=lead_rule, head_end=head_end,
    )
    return Document(text=text, meta=meta, sections=tuple(sections), tasks=tuple(tasks), warnings=tuple(notes),
                    source_map=source_map)
