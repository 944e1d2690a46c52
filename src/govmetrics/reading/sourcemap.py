"""The map from a reader's text back to the file it came from, and the builder that
makes both at once.

A `SourceMap` is a short list of segments, each a stretch of the text copied from one
place of the source (or inserted by the reader), so it stays small for a 50 MB file:
byte offsets are computed on demand from checkpoints every 64K characters, never stored
per character.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass
from typing import NamedTuple

_CHECKPOINT = 1 << 16
TRIM = " \t\r\n\u3000\u00a0"  # white space, as a line of a table cell or a PDF loses it at both ends
SOURCE_SPACE = " \t\r\n"  # the white space of a web page's source, which a browser does not show


@dataclass(frozen=True)
class SourcePosition:
    """Where one character of a reader's text came from.

    - `part`: the part of the file: "" for a text file and for an HTML page (the whole
      file is one part); for a .docx, "paragraph 12" (the 12th body paragraph) or
      "table 2 row 3 cell 1 paragraph 1".
    - `offset`: the character offset inside that part: in a text file, into the file's
      decoded characters; in an HTML page, into the decoded HTML source (an entity such
      as &amp; maps to its "&"); in a .docx, into the paragraph's text.
    - `byte`: the byte offset in the file (text and HTML only; None for .docx, whose
      text is inside a compressed archive).
    - `line`, `column`: 1-based line and 0-based column (in characters) in the file
      (text and HTML only).
    - `exact`: False when the reader inserted the character (a line break between
      blocks, a "牵头单位:" label written for a table column, a "." after a table's
      number); the position is then the nearest source place.
    """

    part: str
    offset: int
    byte: int | None = None
    line: int | None = None
    column: int | None = None
    exact: bool = True


class Run(NamedTuple):
    """A piece of text and where it starts in the source (`exact` False: inserted)."""

    text: str
    part: str
    offset: int
    exact: bool = True


class SourceMap:
    """Maps offsets of a reader's text to `SourcePosition`s in the source file."""

    def __init__(self, fmt: str, length: int, segments: list[tuple[int, str, int, bool]],
                 source_text: str | None = None, encoding: str | None = None, byte_base: int = 0) -> None:
        self.format = fmt
        self.length = length
        self._starts = array("q", (s[0] for s in segments))
        index: dict[str, int] = {}
        self._part_of = array("l", (index.setdefault(s[1], len(index)) for s in segments))
        self._parts = list(index)  # dicts keep insertion order: position i holds the part numbered i
        self._offsets = array("q", (s[2] for s in segments))
        self._exact = bytes(1 if s[3] else 0 for s in segments)
        self._source = source_text
        self._encoding = encoding
        self._byte_base = byte_base
        self._checkpoints = array("q", [0])
        self._newlines: array | None = None

    @classmethod
    def identity(cls, text: str, encoding: str | None, byte_base: int = 0) -> SourceMap:
        """The map of a text file: the text is the file's decoded characters."""
        return cls("text", len(text), [(0, "", 0, True)], source_text=text, encoding=encoding, byte_base=byte_base)

    def __len__(self) -> int:
        return self.length

    def locate(self, offset: int) -> SourcePosition:
        """The source position of the character at `offset` (offset == len(text) is the end)."""
        if not 0 <= offset <= self.length:
            raise IndexError(f"offset {offset} outside the text (length {self.length})")
        k = max(0, bisect.bisect_right(self._starts, offset) - 1)
        exact = bool(self._exact[k])
        src = self._offsets[k] + (offset - self._starts[k] if exact else 0)
        part = self._parts[self._part_of[k]]
        if self._source is None:
            return SourcePosition(part, src, exact=exact)
        line, column = self._line_column(src)
        return SourcePosition(part, src, self._byte(src), line, column, exact)

    def span(self, start: int, end: int) -> tuple[SourcePosition, SourcePosition]:
        """Source positions of the first character of a span and of its end."""
        return self.locate(start), self.locate(end)

    def _byte(self, src: int) -> int | None:
        if self._encoding is None or self._source is None:
            return None
        k = src // _CHECKPOINT
        while len(self._checkpoints) <= k:
            i = len(self._checkpoints) - 1
            chunk = self._source[i * _CHECKPOINT:(i + 1) * _CHECKPOINT]
            self._checkpoints.append(self._checkpoints[i] + len(chunk.encode(self._encoding)))
        rest = self._source[k * _CHECKPOINT:src]
        return self._byte_base + self._checkpoints[k] + len(rest.encode(self._encoding))

    def _line_column(self, src: int) -> tuple[int, int]:
        assert self._source is not None
        if self._newlines is None:
            self._newlines = array("q")
            pos = self._source.find("\n")
            while pos >= 0:
                self._newlines.append(pos)
                pos = self._source.find("\n", pos + 1)
        n = bisect.bisect_left(self._newlines, src)
        line_start = self._newlines[n - 1] + 1 if n else 0
        return n + 1, src - line_start


class TextBuilder:
    """Collects lines of runs, trims each line, and builds the text with its SourceMap.

    A line loses the characters of `lead` it starts with and of `trail` it ends with, and a
    line of white space alone is dropped. By default both are all white space (`TRIM`). A
    Word file's body keeps its paragraphs as typed (`lead=trail=""`), and a web page's the
    full-width and no-break spaces a block starts with (`lead=SOURCE_SPACE`): the indentation
    a writer typed before a paragraph (　　…) and the tabs of a row are read as in a text file."""

    def __init__(self, fmt: str, *, lead: str = TRIM, trail: str = TRIM) -> None:
        self.format = fmt
        self.lead, self.trail = lead, trail
        self.lines: list[list[Run]] = []
        self._line: list[Run] = []

    def add(self, text: str, part: str, offset: int, exact: bool = True) -> None:
        """Append text to the current line."""
        if text:
            self._line.append(Run(text, part, offset, exact))

    def end_line(self, *, typed: bool = False) -> None:
        """Close the current line; an empty (all-whitespace) line is dropped. A line `typed`
        (a web page's <pre>) keeps its white space as the text file would, and an empty one
        is a blank line."""
        line = _trim(self._line, "", "\r") if typed else _trim(self._line, self.lead, self.trail)
        if line:
            self.lines.append(line)
        elif typed and self.lines:
            self._blank(self.lines[-1][-1].part, self.lines[-1][-1].offset)
        self._line = []

    def blank_line(self, part: str, offset: int = 0) -> None:
        """Close the current line and add an empty one (a Word file's empty paragraph, a web
        page's <p>&nbsp;</p>: the blank line a writer left between blocks, as a text file
        keeps it); not before the first line."""
        self.end_line()
        if self.lines:
            self._blank(part, offset)

    def _blank(self, part: str, offset: int) -> None:
        self.lines.append([Run("", part, offset, False)])

    def add_line(self, runs: list[Run]) -> None:
        """Add a whole line (after closing the current one)."""
        self.end_line()
        self._line = list(runs)
        self.end_line()

    def build(self, source_text: str | None = None, encoding: str | None = None,
              byte_base: int = 0) -> tuple[str, SourceMap]:
        """The text (lines joined by "\\n") and its map."""
        self.end_line()
        pieces: list[str] = []
        segments: list[tuple[int, str, int, bool]] = []
        pos = 0
        for n, line in enumerate(self.lines):
            if n:
                last = self.lines[n - 1][-1]
                _segment(segments, pos, Run("\n", last.part, last.offset + (len(last.text) if last.exact else 0), False))
                pieces.append("\n")
                pos += 1
            for run in line:
                _segment(segments, pos, run)
                pieces.append(run.text)
                pos += len(run.text)
        if not segments:
            segments.append((0, "", 0, False))
        return "".join(pieces), SourceMap(self.format, pos, segments, source_text, encoding, byte_base)


def _segment(segments: list[tuple[int, str, int, bool]], pos: int, run: Run) -> None:
    if segments:
        start, part, offset, exact = segments[-1]
        if exact and run.exact and part == run.part and offset + (pos - start) == run.offset:
            return
    segments.append((pos, run.part, run.offset, run.exact))


def _trim(line: list[Run], lead: str, trail: str) -> list[Run]:
    """The line without the characters of `lead` it starts with and of `trail` it ends with;
    no run at all when it is all white space."""
    if not any(run.text.strip(TRIM) for run in line):
        return []
    runs = list(line)
    while not runs[0].text.strip(lead):
        runs.pop(0)
    while not runs[-1].text.strip(trail):
        runs.pop()
    first = runs[0]
    cut = len(first.text) - len(first.text.lstrip(lead))
    runs[0] = Run(first.text[cut:], first.part, first.offset + (cut if first.exact else 0), first.exact)
    last = runs[-1]
    runs[-1] = Run(last.text.rstrip(trail), last.part, last.offset, last.exact)
    return runs
