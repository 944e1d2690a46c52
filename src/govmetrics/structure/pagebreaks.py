"""Page breaks inside a table flattened to text (layouts §4, §10): the page number between two
rows, and the header a PDF page repeats at the top of the next page, are no rows and no cells."""

from __future__ import annotations

from collections.abc import Callable

from ..reading.furniture import is_page_number
from .lines import Line

MAX_RUNNING = 2    # running header lines between a page number and a table header repeated


def repeated_header(lines: list[Line], i: int, j: int) -> None:
    """A table a PDF page broke repeats its header (lines i..j) at the top of the next page,
    after the page number and a running header (layouts §4, §10): those lines are page
    furniture, no row and no cell."""
    header = [line.text for line in lines[i:j]]
    for k in range(j, len(lines)):
        if not is_page_number(lines[k].text):
            continue
        at = next((a for a in range(k + 1, min(k + 2 + MAX_RUNNING, len(lines)))
                   if [line.text for line in lines[a:a + len(header)]] == header), None)
        if at is not None:
            for line in lines[k + 1:at + len(header)]:
                line.kind = "blank"


def past_page_break(lines: list[Line], k: int, marked: Callable[[Line], bool]) -> int | None:
    """The line after a page break that starts at line `k` (blank lines around a page number)
    when a `marked` line (a cell's) follows it, else None."""
    n, numbered = k, False
    while n < len(lines) and (lines[n].kind == "blank" or is_page_number(lines[n].text)):
        numbered = numbered or is_page_number(lines[n].text)
        n += 1
    return n if numbered and n < len(lines) and marked(lines[n]) else None
