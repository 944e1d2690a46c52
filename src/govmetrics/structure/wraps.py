"""Text extracted from PDF pages (layouts §10): hard line breaks and page furniture.

A PDF copy breaks lines where the page ends them, also inside a word, a number or a
unit (新建道路12公⏎里, 1.5⏎万人), and leaves running headers and page numbers between two
lines of one task. A line break is a wrap when the line before it ends no sentence,
clause or bracket (`data/structure.toml` [wraps] closing), the line after it is running
text that is not indented (an indented line starts a paragraph), and nothing but page
furniture stands between them (an empty line ends a paragraph). `reading` gives the
pieces of a statement that extraction reads with its wraps and furniture left out;
offsets stay offsets into the text as given. A running header is a line that repeats an
earlier line, or holds only a document number, and stands next to a page number.
"""

from __future__ import annotations

from ..lexicon.labels import SPACE, data, fold
from ..reading.furniture import is_page_number
from .lines import Line
from .metadata import find_doc_numbers

MAX_TOP = 3  # the lines at the top of a text a running header may repeat


def mark_running_headers(text: str, lines: list[Line]) -> None:
    """Read a running header (a line repeated next to a page number: 某政办发〔2020〕8号
    after — 2 —) as page furniture, like the page number itself."""
    filled = [i for i, line in enumerate(lines) if line.text]
    seen: set[str] = set()
    # A footer repeats a line that stood at the top of the text or by a page number before
    # (a table cell by the last page number, 年底前, is no footer).
    framing = {lines[i].text for i in filled[:MAX_TOP]}
    paged = [is_page_number(lines[i].text) for i in filled]
    for k, i in enumerate(filled):
        line = lines[i]
        after = k > 0 and paged[k - 1]
        before = k + 1 < len(filled) and paged[k + 1]
        if (line.kind not in ("blank", "item", "resp")
                and (after and line.text in seen or before and line.text in framing or (after or before) and _number_only(line))):
            line.kind = "blank"
        seen.add(line.text)
        if after or before:
            framing.add(line.text)


def _number_only(line: Line) -> bool:
    """Whether a line holds nothing but a document number (某政办发〔2021〕9号): by a page number,
    a page's running header even where no earlier line repeats it."""
    found = find_doc_numbers(line.text)
    return len(found) == 1 and not line.text[:found[0].start].strip(SPACE) and not line.text[found[0].end:].strip(SPACE)


def mark_footnotes(text: str, lines: list[Line]) -> None:
    """Read a page's footnotes as page furniture (layouts §11): lines at the foot of a page
    (right before a page number, or at the end of the text) that start with a circled mark
    the text above has written after a figure or a word (增长7%① … ① 规模以上工业企业指…),
    so a task cut by the page break runs on after them."""
    marks = data()["numbering"]["circled"]

    def note(line: Line) -> bool:
        mark = line.text[:1]
        if not mark or mark not in marks:
            return False
        at = text.rfind(mark, 0, line.start)
        while at > 0:
            before = text[at - 1]
            if before.isdigit() or before == "%" or "\u4e00" <= before <= "\u9fff":
                return True
            at = text.rfind(mark, 0, at)
        return False

    filled = [i for i, line in enumerate(lines) if line.text]
    k = 0
    while k < len(filled):
        j = k
        while j < len(filled) and note(lines[filled[j]]):
            j += 1
        if j > k and (j == len(filled) or is_page_number(lines[filled[j]].text)):
            for i in filled[k:j]:
                lines[i].kind = "blank"
        k = j + 1 if j > k else k + 1


def indented(text: str, line: Line) -> bool:
    """Whether the raw line starts with white space (a paragraph's first line); a page's form
    feed (pdftotext's) before it is no indent."""
    head = text.rfind("\n", 0, line.start) + 1
    head += len(text[head:line.start]) - len(text[head:line.start].lstrip("\f"))
    return line.start > head and not text[head:line.start].strip(SPACE + "\r")


def is_wrap(text: str, before: Line, after: Line) -> bool:
    """Whether the line break between two lines of one statement is a hard wrap."""
    if after.kind != "other" or not before.text or "\n" not in text[before.end:after.start]:
        return False
    if fold(before.text)[-1] in data()["wraps"]["closing"] or indented(text, after):
        return False
    between = text[before.end:after.start].split("\n")[1:-1]
    return all(part.strip(SPACE + "\r") for part in between)


def reading(text: str, lines: list[Line], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The pieces of `text[start:end]` to read, wraps and the furniture between left out;
    () when the statement is read as it stands."""
    inside = [line for line in lines if line.end > start and line.start < end]
    pieces, at = [], start
    for before, after in zip(inside, inside[1:]):
        if is_wrap(text, before, after):
            pieces.append((at, min(before.end, end)))
            at = max(after.start, start)
    if not pieces:
        return ()
    pieces.append((at, end))
    return tuple((s, e) for s, e in pieces if e > s)


def raw_offset(spans: tuple[tuple[int, int], ...], at: int) -> int:
    """The offset in the text of position `at` of the pieces `spans` (a `reading`) joined."""
    for s, e in spans:
        if at <= e - s:
            return s + at
        at -= e - s
    return spans[-1][1]
