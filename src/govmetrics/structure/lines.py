"""One line of a task document and what kind it is.

Each line of the text is one of: blank (a page number left by a PDF copy, a Word
field code line, or a line inside a page's <head> or <script> kept as text counts as blank), a responsibility line (牵头单位:…), an attachment label (附件2) or a covering
letter's attachment list (附件:1.…), a numbered item (1. / (一) / 一、 / ① / 第一条), site
boilerplate (扫一扫, 抄送, 本文有删减), a date alone (a signature), or other text. A
line's content leaves out the tag debris at its ends (<br/>, &nbsp;: a web page copied as
text); a label cut by a PDF line break (牵头单⏎位：) is one line with the line it ends on.
The words are in `data/structure.toml` [numbering], [headings], [boilerplate], [page_numbers].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, char_class, data, fold, words
from ..reading.dates import find_dates
from ..reading.furniture import (blank_markup, content_span, dropped_elements, is_contents_line, is_field_code,
                                 is_page_number, is_site_furniture)
from . import metadata, numbering, paragraphs
from .responsibility import OTHER, Fields, line_fields


_MAX_LABEL_PIECE = 8   # the part of a label left on a line before a PDF line break
_MAX_OPEN_LINES = 3    # the lines a bracket cut by line breaks runs over


@dataclass(slots=True)
class Line:
    """A line's span (without the white space around it), its kind and what it holds."""

    start: int
    end: int
    text: str
    kind: str = "other"
    style: str = ""
    number: str = ""
    text_start: int = 0
    fields: Fields | None = None


@cache
def _attach_re() -> re.Pattern[str]:
    digits = re.escape(data()["numbering"]["arabic"] + data()["numbering"]["chinese"])
    attachment = alternation(words("headings", "attachment"))
    return compiled.compile(f"{attachment}[{SPACE}]*(?P<n>[{digits}]*)(?P<space>[{SPACE}]*)(?P<colon>[:：]?)[{SPACE}]*")


def _classify(text: str, folded_text: str, start: int, end: int) -> Line:
    lead, trail = content_span(text[start:end])
    bullet = numbering.bullet(text, start + lead, start + trail)
    lead += bullet  # ● 牵头：X is the label line 牵头：X; the bullet is no part of the content
    content = text[start + lead:start + trail]
    line = Line(start + lead, start + trail, content)
    folded = folded_text[start + lead:start + trail]
    if not content or is_page_number(content) or is_field_code(content) or is_contents_line(content):
        line.kind = "blank"
    elif is_site_furniture(content):
        line.kind = "boiler"  # before labels: a footer's 主办单位:… 网站标识码:… is no responsibility
    elif (fields := line_fields(blank_markup(content))) is not None:  # **牵头处室**：… reads as 牵头处室：…
        line.kind, line.fields = "resp", fields
    elif (record := _record_res()[0].match(folded)) is not None:
        # 督办编号：01 (a record of labelled lines, [labels] record_number): the task starts here.
        line.kind, line.style, line.number = "item", "record", content[record.start("n"):record.end("n")]
        line.text_start = line.end
    elif (attach := _attachment(folded)) is not None:
        line.kind, line.text_start = attach, line.start + _attach_re().match(folded).end()
    elif numbered := numbering.numbered(folded):
        style, m = numbered
        line.kind, line.style, line.number = "item", style, content[m.start("n"):m.end("n")]
        line.text_start = line.start + m.end()
    elif folded.startswith(words("boilerplate", "line_start")) or _print_line(folded) or _footnote_re().match(folded):
        line.kind = "boiler"  # a notice that is never part of a task (抄送:, 附件:, 来源:, …印发, a footnote)
    elif metadata.date_line(content):
        line.kind = "date"
    if line.kind == "other" and (label := _record_res()[1].match(folded)) is not None:
        line.text_start = line.start + label.end()  # 督办事项：… a record's text after its label
    if bullet and line.kind in ("other", "resp"):
        line.style = "bullet"
    return line



@cache
def _record_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The line that numbers a record of labelled lines, and the label of the record's text."""
    colon = f"[{SPACE}]*[{re.escape(''.join(data()['labels']['colons']))}][{SPACE}]*"
    digits = re.escape(data()["numbering"]["arabic"] + data()["numbering"]["chinese"])
    return (compiled.compile(f"{alternation(words('labels', 'record_number'))}{colon}(?P<n>[{digits}]{{1,4}})[{SPACE}]*$"),
            compiled.compile(f"{alternation(words('labels', 'record_text'))}{colon}"))


@cache
def _footnote_re() -> re.Pattern[str]:
    """A footnote's mark at the head of a line ([1], ［2］)."""
    digits = re.escape(data()["numbering"]["arabic"])
    marks = "|".join(f"{re.escape(pair[0])}[{digits}]+{re.escape(pair[1])}" for pair in data()["boilerplate"]["footnote_marks"])
    return compiled.compile(f"(?:{marks})")


def _print_line(folded: str) -> bool:
    """Whether a short line is the print line at a document's foot (某某办公室 2020年3月5日印发)."""
    content = folded.strip(SPACE)
    if len(content) > data()["boilerplate"]["max_anywhere_length"]:
        return False
    for word in words("boilerplate", "line_end"):
        if content.endswith(word):
            dates = find_dates(content[:-len(word)])
            return bool(dates) and dates[-1][2] == len(content) - len(word)
    return False


def _attachment(folded: str) -> str | None:
    """"attach" for an attachment label (附件2, 附件 标题), "attach_list" for a covering
    letter's list of attachments (附件:1.…), None for other text."""
    m = _attach_re().match(folded)
    if m is None:
        return None
    rest = folded[m.end():]
    if m.group("colon") and rest:
        return "attach_list"
    if m.group("n") or not rest or m.group("space"):
        return "attach"
    return None


def classify_lines(text: str) -> list[Line]:
    """Every line of `text` (split at \\n), classified; offsets are into `text`. A line that
    holds a whole list (layouts §5) gives one line per item and per field."""
    out, pos = [], 0
    dropped = dropped_elements(text)
    folded = fold(text)  # once: a folded line is the same slice of it (one character for one)
    # A bracket a line leaves open (…（责任领导：X；牵头单位：市发⏎展改革委；配合单位：…）, a PDF or
    # OCR line cut it) goes on over the next lines: none of them is cut into fields of its own.
    depth, carried = 0, 0  # brackets open at a line's start, and over how many lines
    # A line written again (配合单位：各县（市、区）政府) is cut and classified the same way: once.
    cuts: dict[str, list[int]] = {}
    seen: dict[str, tuple[int, Line]] = {}
    for part in folded.split("\n"):
        if not part:  # an empty line (a third of a typical text) is blank: no test to run
            out.append(Line(pos, pos, "", "blank"))
            pos += 1
            depth, carried = 0, 0
            continue
        cut: list[int] = []
        if not depth:
            cut = cuts[part] if part in cuts else cuts.setdefault(part, paragraphs.cuts(part))
        bounds = [0] + cut + [len(part)]
        # round brackets, half and full width: what a responsibility bracket is written in
        depth = max(0, depth + part.count("(") + part.count("（") - part.count(")") - part.count("）"))
        carried = carried + 1 if depth else 0
        if carried > _MAX_OPEN_LINES:
            depth, carried = 0, 0  # a stray bracket, no bracket cut by lines
        for s, e in zip(bounds, bounds[1:]):
            line = _classified(text, folded, pos + s, pos + e, seen)
            if paragraphs.is_figure_row(folded[line.start:line.end]):
                line.kind, line.fields = "resp", {OTHER: [line.text]}
            if dropped and any(a <= line.start and line.end <= b for a, b in dropped):
                line.kind = "blank"  # a page's head or script saved as text: no main text
            out.append(line)
        pos += len(part) + 1
    _glued_numbers(out)
    _wrapped_points(out)
    _link_lists(out)
    _note_lists(out)
    return _broken_labels(text, out)


@cache
def _note_re() -> re.Pattern[str]:
    return compiled.compile(f"{alternation(words('labels', 'note_lists'))}{char_class(data()['labels']['colons'])}[{SPACE}]*")


def _note_lists(lines: list[Line]) -> None:
    """A note whose points are numbered (注：1.… ⏎2.… ⏎3.…, or 注释： alone over ①…⑤; [labels]
    note_lists) and the points numbered on from it are furniture: they say how to read the list,
    and no point is an item."""
    expected, style, label = 0, "", None  # the next point's number and style; a label line alone
    for line in lines:
        if line.kind == "blank":
            continue
        folded = fold(line.text)
        head = _note_re().match(folded) if line.kind == "other" else None
        first = numbering.numbered(folded[head.end():]) if head else None
        if first is not None and paragraphs.ordinal(first[1].group("n")) == 1:
            line.kind, expected, style, label = "boiler", 2, first[0], None
        elif head is not None and head.end() == len(folded):
            label, expected = line, 0  # 注释： alone: its points follow
        elif label is not None and line.kind == "item" and paragraphs.ordinal(line.number) == 1:
            label.kind = line.kind = "boiler"
            expected, style, label = 2, line.style, None
        elif expected and line.kind == "item" and line.style == style and paragraphs.ordinal(line.number) == expected:
            line.kind, expected = "boiler", expected + 1
        else:
            expected, label = 0, None


def _link_lists(lines: list[Line]) -> None:
    """A web page's list of related links (【相关阅读】 over page titles, some with figures: 完成情况公告
    （8项全部完成）) is furniture: its heading and the lines under it, up to an item or a field line."""
    table = data()["boilerplate"]
    marks = "".join(table["link_list_marks"])
    heads = set(table["link_lists"])
    longest = max(map(len, heads))
    inside = False
    for line in lines:
        head = line.text.strip(marks)  # (folding changes no mark: the same as folding first)
        if len(head) <= longest and fold(head) in heads:
            inside = True
        elif inside and line.kind in ("item", "resp", "attach"):
            inside = False
        if inside and line.kind != "blank":
            line.kind = "boiler"


def _classified(text: str, folded: str, start: int, end: int, seen: dict[str, tuple[int, Line]]) -> Line:
    """`_classify` of the piece text[start:end], or a copy of its first reading in this text
    moved to `start` (what a piece is depends on its characters alone). The first reading is
    kept as read: later passes change the lines they are given, not the copy kept here."""
    piece = text[start:end]
    if piece not in seen:
        line = _classify(text, folded, start, end)
        seen[piece] = (start, _moved(line, 0))
        return line
    at, first = seen[piece]
    return _moved(first, start - at)


def _moved(line: Line, by: int) -> Line:
    """A copy of `line` with its offsets moved by `by` (its fields' lists copied too)."""
    return Line(line.start + by, line.end + by, line.text, line.kind, line.style, line.number,
                line.text_start + by if line.text_start else 0,
                {k: list(v) for k, v in line.fields.items()} if line.fields is not None else None)


def _wrapped_points(lines: list[Line]) -> None:
    """A label numbered only at a line's start (一是, [numbering] line_start_only) that a PDF's
    wrap brought there is running text: the points of a paragraph (…。二是…⏎三是…。四是…) stand
    mid-line on a line next to it."""
    only = numbering.line_start_only()
    styles = [pattern for name, pattern in numbering.label_res() if name in only]
    filled = [line for line in lines if line.kind != "blank"]
    for k, line in enumerate(filled):
        if line.kind == "item" and line.style in only and any(
                p.search(fold(near.text), 1) for near in filled[max(0, k - 1):k + 2] for p in styles):
            line.kind, line.style, line.number = "other", "", ""


def _broken_labels(text: str, lines: list[Line]) -> list[Line]:
    """A label cut by a PDF line break (layouts §10: 牵头单⏎位：县农牧业局) joined to the line
    that ends it: a short line without a colon that, with the next, starts with a label. The
    joined line's text is the text as given (the break inside); its fields are read without it."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if (before is not None and before.kind == "other" and len(before.text) <= _MAX_LABEL_PIECE
                and not any(c in before.text for c in data()["labels"]["colons"])
                and "\n" in text[before.end:line.start]
                and (fields := line_fields(before.text + line.text)) is not None):
            out[-1] = Line(before.start, line.end, text[before.start:line.end], "resp", fields=fields)
            continue
        out.append(line)
    return out


@cache
def _glued_re() -> re.Pattern[str]:
    table = data()["numbering"]
    digits = re.escape(table["arabic"])
    return compiled.compile(f"(?P<n>[{digits}]{{1,3}})(?![{digits}{re.escape(table['not_after_glued'])}])[{SPACE}]*")


def _glued_numbers(lines: list[Line]) -> None:
    """Row numbers run into the text (layouts §12: 1完成…, 12全镇…, 7 3月底前…) are item
    labels where they count on one by one over at least `glued_run` lines; a lone number
    at the head of a line (2019年…, 5G…) stays text."""
    found = []
    for line in lines:
        m = _glued_re().match(fold(line.text)) if line.kind == "other" else None
        if m and m.end() < len(line.text):
            found.append((line, m))
    runs: list[list[tuple[Line, re.Match[str]]]] = []
    for line, m in found:
        number = paragraphs.ordinal(m.group("n"))
        if runs and paragraphs.ordinal(runs[-1][-1][1].group("n")) == (number or 0) - 1:
            runs[-1].append((line, m))
        elif number == 1:
            runs.append([(line, m)])
    for run in runs:
        if len(run) >= data()["numbering"]["glued_run"]:
            for line, m in run:
                line.kind, line.style, line.number = "item", "arabic", line.text[m.start("n"):m.end("n")]
                line.text_start = line.start + m.end()
