"""Blocks into sections and statements, and the `Document` they make.

A numbered item whose next item is numbered in a deeper style (一、 then 1.) is a heading;
every other item is a statement, and a task when the document is a responsibility list
(spec section 5): some item, heading or paragraph of it names who answers, it states
that the first listed unit leads, or a title names such a list (责任分解, 民生实事). A
paragraph of prose with responsibility of its own (labelled lines under it, a bracket)
is a task without a number; any other paragraph is cut into sentences, each a statement
(spec section 1), except before the first task of a responsibility list (preamble),
titles at the top, and sentences of the covering letter or of closing instructions.
A table flattened to text gives its rows' task statements (`tablestatements`).
All offsets are offsets into the text as given; nothing is stripped or normalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Mapping

from ..lexicon import compiled, table
from ..lexicon.columns import holds_numeral
from ..lexicon.labels import SPACE, alternation, data, fold, words
from ..lexicon.roles import FIELDS
from ..model import Document, DocumentMeta, Section, Statement
from . import metadata
from .blocks import Block, blocks, body_start, drop_attachment_lists, listed, title
from .lines import Line, classify_lines
from .nesting import join_sub_items, mark_depths
from .wraps import mark_footnotes, mark_running_headers, raw_offset, reading
from .orgs import states_lead_rule
from .leaders import heading_leaders, heading_units
from .assignments import add_stated, assign, assignments
from .bracketfields import (first_sentence_end, inline_fields, leading_fields, part_sentence, roles_in_values,
                            section_fields, sentence_brackets)
from .labelshapes import document_note
from .responsibility import Fields, Responsibility, progress_at, resolve, trailing_fields
from .notices import structure_notes
from .closing import closing_sentences
from .reviews import deliberates, frames_plan, is_article, review_heading
from .tablestatements import table_statements
from .texttables import find_tables


@dataclass
class _Open:
    section: Section
    fields: Fields
    kind: str
    depth: int = -1


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str]:
    """(sentence end, not-a-statement marker, task-list title word, table cell marks) patterns."""
    table = data()["statements"]
    ends = "".join(re.escape(w) for w in table["sentence_end"])
    # the supervision office addressed within one clause (报县政府督查室), not its subject
    clause = f"[^{re.escape(''.join(data()['inline']['clause_separators']))}]*?"
    office = f"{alternation(words('statements', 'office_addressed'))}{clause}{alternation(words('statements', 'offices'))}"
    return (compiled.compile(f"[{ends}]+"),
            compiled.compile(f"{alternation(words('statements', 'not_statement'))}|{office}"),
            compiled.compile(alternation(words("statements", "task_list"))), "".join(table["cell_marks"]))


@cache
def _past_periods() -> tuple[str, ...]:
    """The past periods that open a review of results (data/progress.toml [markers] past)."""
    return tuple(table("progress")["markers"]["past"])


def _span(block: Block) -> tuple[int, int]:
    """The block's text: after the first line's label, to the end of its last line."""
    first = block.lines[0]
    start = first.text_start if block.kind == "item" else first.start
    if start >= first.end and len(block.lines) > 1:
        start = max(block.lines[1].start, block.lines[1].text_start)  # after a record's text label
    return start, max(start, block.lines[-1].end)


def _statement(text: str, block: Block, path: tuple[str, ...], inherited: list[Fields], lead_rule: bool) -> Statement:
    """A numbered item, or a paragraph that names who answers, with its responsibility."""
    start, end = _span(block)
    own = dict(block.fields)
    # A bracket wrapped by a PDF page (（市人社局牵⏎头，…）) is read without its line breaks.
    pieces = reading(text, block.lines, start, end)
    spans = pieces or ((start, end),)
    joined = "".join(text[s:e] for s, e in spans)
    inline = inline_fields(joined) or trailing_fields(joined)
    own_text = joined
    if inline is not None:
        fields, at = inline
        own_text = joined[:at]
        # brackets of who answers after earlier sentences of the task too, in their order
        for found in [*sentence_brackets(own_text), fields]:
            for key, values in found.items():
                own.setdefault(key, []).extend(values)
        end = raw_offset(spans, at)
        while end > start and text[end - 1] in SPACE + "\n":
            end -= 1
        pieces = reading(text, block.lines, start, end)  # the text now ends before its responsibility
    if block.kind == "item":  # a numbered task that opens with who answers: 县教育局牵头，县住建局配合，年内开工…
        for key, values in (leading_fields(own_text) or {}).items():
            own.setdefault(key, []).extend(values)
    who = resolve(roles_in_values(own), inherited, lead_rule=lead_rule)
    first = block.lines[0]
    if block.extra:
        # The task's own lines after its responsibility (完成时限:…) are read with its text.
        main = pieces or ((start, end),)
        gap = end < len(text) and text[end] in SPACE + "\n"
        pieces = main[:-1] + ((main[-1][0], main[-1][1] + gap),) + tuple((x.start, x.end) for x in block.extra)
        end = max(end, block.extra[-1].end)  # a record's deadline line may stand above its text
    return Statement(
        number=first.number, text=text[start:end], start=start, end=end, reading=pieces,
        label_start=first.start if block.kind == "item" else start, section=path,
        leaders=who.leaders, assisting_leaders=who.assisting_leaders, lead_units=who.lead_units,
        cooperating_units=who.cooperating_units, responsible_units=who.responsible_units, units_open=who.units_open,
    )


def _progress(line: Line, path: tuple[str, ...]) -> Statement:
    """A progress report (实际完成情况:…) as a statement of its own, its label included, so
    that its actual figures are read (and told apart from targets) and never the task's."""
    start = line.start + (progress_at(line.text) or 0)
    return Statement(number="", text=line.text[start - line.start:], start=start, end=line.end, label_start=start,
                     section=path, is_task=False)


def _answered(s: Statement) -> bool:
    return bool(s.leaders or s.assisting_leaders or s.lead_units or s.cooperating_units or s.responsible_units)


def _sentence_like(text: str, block: Block) -> bool:
    """A paragraph that reads as running text: it ends a sentence, or is too long for a title."""
    ends, _, _, cells = _words()
    content = fold(text[block.lines[0].start:block.lines[-1].end]).rstrip(SPACE + cells)
    return bool(ends.search(content[-1:])) or len(content) > data()["headings"]["max_heading_length"]


def _sentences(text: str, block: Block, path: tuple[str, ...], skipped: list[tuple[int, int]]) -> list[Statement]:
    """The statements of a paragraph of prose: its sentences, less the covering letter's (their
    spans go to `skipped`)."""
    ends, not_statement, _, _ = _words()
    out = []
    first, last = block.lines[0].start, block.lines[-1].end
    at = first
    folded = fold(text[first:last])
    # A work report's review paragraph (layouts §8: 过去一年，面对…。全市生产总值增长…。) is
    # read whole: its past period governs every sentence of it, not only the first.
    review = folded.lstrip(SPACE).startswith(_past_periods())
    cuts = ([] if review else [m.end() + first for m in ends.finditer(folded)]) + [last]
    for cut in cuts:
        raw = text[at:cut]
        s = at + len(raw) - len(raw.lstrip(SPACE + "\n\r"))
        e = s + len(raw.strip(SPACE + "\n\r"))
        at = cut
        if e > s and not_statement.search(fold(text[s:e])):
            skipped.append((s, e))
        elif e > s:
            out.append(Statement(number="", text=text[s:e], start=s, end=e, label_start=s, section=path,
                                 is_task=False, reading=reading(text, block.lines, s, e)))
    # The block's own lines after it (完成期限：…) are statements too: nothing is left unread.
    out.extend(Statement(number="", text=x.text, start=x.start, end=x.end, label_start=x.start, section=path,
                         is_task=False) for x in block.extra)
    return out


def _parse(text: str, found: list[Block], lead_rule: bool
           ) -> tuple[list[Section], list[Statement], list[tuple[int, int]], list[tuple[Block, tuple[str, ...]]], set[int]]:
    """Sections, statements, the spans of prose read as no statement on purpose, the
    paragraphs before the first numbered item (with their section paths), and the starts of
    the statements that are sentences of prose."""
    sections: list[Section] = []
    statements: list[Statement] = []
    sentences: set[int] = set()
    skipped: list[tuple[int, int]] = []
    preamble: list[tuple[Block, tuple[str, ...]]] = []
    stack: list[_Open] = []
    given: dict[int, Fields] = {}  # who answers for the tasks by number, from a table of its own
    units_lead = states_lead_rule(text, "heading")  # 标题所列单位为牵头单位: a heading's units lead
    headings = mark_depths(found)
    # A regulation's article that names no one (第一条 …) is no task: before a list's first task, its preamble.
    rules = {i for i, b in enumerate(found) if b.kind == "item" and not b.fields and is_article(b.lines[0].text)}
    first_item = next((i for i, b in enumerate(found) if b.kind in ("item", "table") and not headings[i] and i not in rules), None)
    # Once running text is seen, a short line with a number is a statement, not a title;
    # a body with no line of running text at all (cells of a flattened table) has no titles.
    running = not any(b.kind == "prose" and _sentence_like(text, b) for b in found)
    for i, block in enumerate(found):
        if block.kind == "item":
            while stack and stack[-1].kind == "item" and stack[-1].depth >= block.depth:
                stack.pop()
        path = tuple(o.section.title for o in stack)
        inherited = [o.fields for o in reversed(stack)]
        if block.kind == "progress":
            statements.append(_progress(block.lines[0], path))
            continue
        if block.kind == "table" and block.table is not None and block.table.assigns:
            given.update(assignments(text, block.table))  # 任务序号 | 牵头单位 | …: no task of its own
            continue
        if block.kind == "table" and block.table is not None and block.table.contacts:
            skipped.append((block.lines[0].start, block.lines[-1].end))  # 联络员名单: people to call, no work
            continue
        if block.kind == "table" and block.table is not None:
            running = True
            found_sections, found_statements = table_statements(text, block.table, path, inherited, lead_rule)
            sections.extend(found_sections)
            statements.extend(replace(s, is_task=False) if review_heading(s.section) and not _answered(s) else s
                              for s in found_statements)  # (rows under results or a vote, naming no one, report)
            continue
        first, last = block.lines[0].start, block.lines[-1].end
        if block.kind == "prose" and add_stated(given, text[first:last]):  # 第1项由X牵头…: by number, no statement
            skipped.append((first, last))
            continue
        if block.kind == "prose" and stack and (part := section_fields(text[first:last])):
            # 本部分工作由副镇长X分包，Y具体牵头… under a heading (以上工作由… after its tasks)
            # answers for every task under it: those below inherit it, those above take it now.
            # A bracket alone after a task's fields ((副区长X协助推进)) answers for that task.
            own = (bool(statements) and statements[-1].is_task and statements[-1].section == path
                   and not part_sentence(text[first:last]))
            if not own:
                for key, values in part.items():
                    stack[-1].fields.setdefault(key, []).extend(values)
            _answer_above(statements, path, resolve(part, [], lead_rule=lead_rule), last_only=own)
            # That sentence is no statement; the paragraph's others are (各责任单位要…: closing).
            said = first + first_sentence_end(text[first:last])
            skipped.append((first, said))
            read = [x for x in _sentences(text, block, path, skipped) if x.start >= said]
            sentences.update(x.start for x in read)
            statements.extend(read)
            continue
        if block.kind == "prose":
            sentence = _sentence_like(text, block)
            # A note on the whole document (说明：未列明配合部门的，由牵头部门…落实) is no task.
            answered = not document_note(block.lines[0].text) and _answered(
                _statement(text, block, path, [], lead_rule))
            if (block.after_notice and running) or not (sentence or (running and holds_numeral(block.lines[0].text))):
                # What follows a closing notice, a title at the top, a short line with no number (a heading).
                skipped.append((block.lines[0].start, block.lines[-1].end))
                continue
            if first_item is not None and i < first_item:
                # Before the first numbered item: a preamble if the document numbers its tasks (decided later).
                preamble.append((block, path))
                continue
            running = running or sentence
            if answered:
                statements.append(_statement(text, block, path, inherited, lead_rule))
            else:
                read = _sentences(text, block, path, skipped)
                sentences.update(s.start for s in read)
                statements.extend(read)
            continue
        if not headings[i]:
            running = True
            if i in rules and first_item is not None and i < first_item:
                preamble.append((block, path))
                continue
            statement = _statement(text, block, path, inherited, lead_rule)
            if not _answered(statement) and (frames_plan(statement.text, path) or review_heading(path) or i in rules
                                             or deliberates(statement.text)):
                statement = replace(statement, is_task=False)  # it frames a plan, reports results, is a rule or a view
            statements.append(statement)
            continue
        heading = title(block)
        if block.kind == "item" and _words()[0].search(fold(heading)) and not block.titled:
            # A numbered heading that is a sentence of its own (1、新建幼儿园，新增学位360个。 over
            # sub-items with their own responsibility) is read as a statement too: no hole.
            start, end = _span(block)
            statements.append(Statement(number=block.lines[0].number, text=text[start:end], start=start, end=end,
                                        label_start=block.lines[0].start, section=path, is_task=False,
                                        reading=reading(text, block.lines, start, end)))
        top = listed(heading)
        if block.kind == "attach" or (block.kind == "title" and top):
            stack = []
        elif block.kind == "title":
            while stack and stack[-1].kind != "top":
                stack.pop()
        leaders, assisting = heading_leaders(heading)
        own: Fields = dict(block.fields)
        for key, values in heading_units(heading, units_lead=units_lead).items():
            own.setdefault(key, []).extend(values)
        # 二、社会民生（牵头领导：李某某；牵头单位：市民政局）; 一、稳增长（市发改委牵头）
        inline = inline_fields(heading)
        for key, values in (inline[0] if inline else {}).items():
            own.setdefault(key, []).extend(values)
        if leaders and "leaders" not in own:
            own["leaders"] = ["、".join(leaders)]
        if assisting and "assisting_leaders" not in own:
            own["assisting_leaders"] = ["、".join(assisting)]
        section = Section(
            title=heading, start=block.lines[0].start, end=block.lines[-1].end, level=len(stack),
            path=tuple(o.section.title for o in stack) + (heading,), leaders=leaders, assisting_leaders=assisting,
        )
        sections.append(section)
        kind = "item" if block.kind == "item" else ("top" if block.kind == "attach" or top else "theme")
        stack.append(_Open(section, own, kind, block.depth if block.kind == "item" else -1))
    statements = assign(statements, given, lead_rule)
    return _with_statements(sections, statements), statements, skipped, preamble, sentences


def _answer_above(statements: list[Statement], path: tuple[str, ...], who: Responsibility,
                  last_only: bool = False) -> None:
    """The statements under `path` before this point (the last ones, or the last alone) with
    each field they leave empty taken from `who`, as a field inherited from their heading would be."""
    k = len(statements)
    stop = k - 1 if last_only else 0
    while k > stop and statements[k - 1].section[:len(path)] == path:
        k -= 1
        s = statements[k]
        empty = {f: getattr(who, f) for f in FIELDS if not getattr(s, f) and getattr(who, f)}
        if empty:
            statements[k] = replace(s, **empty, units_open=s.units_open or who.units_open)


def _is_list(statements: list[Statement], sections: list[Section], lead_rule: bool, head: str) -> bool:
    """Whether the document is a responsibility list (spec section 5): some item, heading or
    paragraph names who answers, it states the lead rule, or a title names such a list."""
    _, _, task_list, _ = _words()
    answered = any(_answered(s) for s in statements) or any(s.leaders or s.assisting_leaders for s in sections)
    titled = task_list.search(fold(head)) or any(task_list.search(fold(s.title)) for s in sections)
    return bool(answered or lead_rule or titled)


def _read_preamble(text: str, statements: list[Statement], skipped: list[tuple[int, int]],
                   preamble: list[tuple[Block, tuple[str, ...]]]) -> list[Statement]:
    """The statements of a document that is no responsibility list, with the paragraphs before
    its first numbered item read as sentences (spec section 1: the text before the first task
    is preamble only where the document numbers its tasks; a work report's paragraph of main
    targets before its (一) is work to be done); a covering letter's sentence goes to `skipped`."""
    if not preamble:
        return statements
    read = [s for block, path in preamble for s in _sentences(text, block, path, skipped)]
    return sorted(statements + read, key=lambda s: s.start)


def _with_statements(sections: list[Section], statements: list[Statement]) -> list[Section]:
    """The sections a later statement stands under (a trailing file name is no section).

    Both lists are in document order; walking them from the end keeps this linear, so a
    file of many thousand sections and statements takes no quadratic time.
    """
    under: set[tuple[str, ...]] = set()
    kept = []
    j = len(statements)
    for section in reversed(sections):
        while j and statements[j - 1].start > section.start:
            j -= 1
            path = statements[j].section
            under.update(path[:k] for k in range(1, len(path) + 1))
        if section.path in under:
            kept.append(section)
    return kept[::-1]


def build_document(
    text: str, *, source_map: Any = None, path: str | None = None, source_format: str = "text",
    encoding: str | None = None, warnings: tuple[str, ...] | list[str] = (), year: int | None = None,
    hints: Mapping[str, Any] | None = None,
) -> Document:
    """A `Document` with metadata, sections and statements (no targets or deadlines yet).

    `text` is used as given: every offset is an offset into it. `year` overrides the
    year the tasks are for; `hints` are what a reader found in the file (ReadText.hints).
    A text with no statement, or whose responsibility words make no task, gives a warning.
    """
    lines = classify_lines(text)
    mark_running_headers(text, lines)
    mark_footnotes(text, lines)
    drop_attachment_lists(lines)
    body = body_start(lines)
    lead_rule = states_lead_rule(text)
    tables = find_tables(text, lines, body)
    found = join_sub_items(text, blocks(text, lines, body, tables))
    sections, statements, skipped, preamble, sentences = _parse(text, found, lead_rule)
    head_end = lines[body].start if body < len(lines) and body else None
    meta: DocumentMeta = metadata.extract(
        text, path=path, doc_id=Path(path).stem if path else "", source_format=source_format, encoding=encoding,
        hints=hints, year=year, lead_rule=lead_rule, head_end=head_end,
    )
    meta = replace(meta, body_start=head_end or 0)
    if _is_list(statements, sections, lead_rule, meta.title or ""):
        skipped += [(b.lines[0].start, b.lines[-1].end) for b, _ in preamble]
        closing = closing_sentences(statements, sections, sentences)
        skipped += [(s.start, s.end) for s in closing]
        statements = [s for s in statements if s not in closing]
    else:
        # In a document that is no responsibility list, a numbered item is a statement and
        # nothing more, and what stands before the first one is read too.
        statements = _read_preamble(text, [replace(s, is_task=False) if s.is_task else s for s in statements],
                                    skipped, preamble)
    notes = list(warnings) + structure_notes(text, path or "the text", statements, skipped, head_end or 0)
    return Document(text=text, meta=meta, sections=tuple(sections), statements=tuple(statements),
                    warnings=tuple(notes), source_map=source_map, skipped=tuple(skipped))
