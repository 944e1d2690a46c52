"""One PDF page through pypdfium2: its characters grouped into lines, and its ruled tables as grids of cells.

Pure geometry, no words: a line is the characters whose vertical middles agree, left to
right, with a space inserted (marked inexact) where a gap wider than half a character
stands between two characters; a table is a set of ruling lines (path segments, or thin
filled rectangles as Word draws borders) that cross each other into at least two rows
and two columns; a cell the grid's lines do not divide is one merged cell. Coordinates
are PDF points, y growing upwards.
"""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass, field
from typing import Any

_GAP = 0.5          # a gap wider than this share of the font size is a space between words
_SNAP = 2.0         # ruling lines closer than this (points) are one line
_THIN = 2.5         # a filled rectangle thinner than this is a ruling line
_SKIP = {0x00, 0x0A, 0x0D, 0xFFFE, 0xFFFF}


@dataclass(slots=True)
class Char:
    """A character and its box (loose: the font's ascent to descent, so a line's boxes agree)."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    index: int = 0   # its place in its source line, and that line's name (the source map's part)
    part: str = ""


@dataclass(slots=True)
class Line:
    """A line of characters, left to right, and its box; `gaps` holds the indexes of
    characters before which a space is inserted."""

    chars: list[Char]      # white space included: a space that ends a wrapped line is kept when it is joined
    gaps: set[int] = field(default_factory=set)

    @property
    def x0(self) -> float:
        return next((c.x0 for c in self.chars if c.text.strip()), self.chars[0].x0)

    @property
    def x1(self) -> float:
        return next((c.x1 for c in reversed(self.chars) if c.text.strip()), self.chars[-1].x1)

    @property
    def top(self) -> float:
        return max(c.y1 for c in self.chars)

    @property
    def bottom(self) -> float:
        return min(c.y0 for c in self.chars)

    @property
    def size(self) -> float:
        return max(c.size for c in self.chars)

    @property
    def text(self) -> str:
        return "".join((" " if i in self.gaps else "") + c.text for i, c in enumerate(self.chars))


@dataclass(slots=True)
class Grid:
    """A ruled table: column edges `xs` (left to right) and row edges `ys` (top to
    bottom); `cell_of[r][c]` is the merged cell (its top-left base cell) covering base cell (r, c)."""

    xs: list[float]
    ys: list[float]
    cell_of: list[list[tuple[int, int]]]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[-1], self.xs[-1], self.ys[0]

    def locate(self, x: float, y: float) -> tuple[int, int] | None:
        """The merged cell holding point (x, y), or None outside the table."""
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[-1] <= y <= self.ys[0]):
            return None
        c = min(max(bisect.bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        r = min(max(bisect.bisect_right(self.ys, -y, key=lambda v: -v) - 1, 0), len(self.ys) - 2)
        return self.cell_of[r][c]

    def box(self, cell: tuple[int, int]) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of a merged cell."""
        r, c = cell
        rows = [i for i, row in enumerate(self.cell_of) if row[c] == cell]
        cols = [j for j, k in enumerate(self.cell_of[r]) if k == cell]
        return self.xs[c], self.ys[rows[-1] + 1], self.xs[cols[-1] + 1], self.ys[r]


def page_chars(textpage: Any, raw: Any) -> tuple[list[Char], int]:
    """The page's characters (generated spaces and line breaks left out) and how many
    have no Unicode mapping in their font (their text is a guess)."""
    chars: list[Char] = []
    unmapped = 0
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = raw.FS_RECTF()
    count, joined = raw.FPDFText_CountChars(textpage), -1
    for i in range(count):
        if i == joined or raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in _SKIP:
            continue
        if 0xD800 <= code <= 0xDFFF:
            # pdfium gives a character beyond the BMP (an emoji: 👇) as its two UTF-16 halves in
            # two places: one character, or U+FFFD for a half without its pair
            low = raw.FPDFText_GetUnicode(textpage, i + 1) if i + 1 < count and code <= 0xDBFF else 0
            if 0xDC00 <= low <= 0xDFFF:
                code, joined = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), i + 1
            else:
                code = 0xFFFD
        if raw.FPDFText_HasUnicodeMapError(textpage, i) == 1 or 0xE000 <= code <= 0xF8FF:
            unmapped += 1
        if not raw.FPDFText_GetLooseCharBox(textpage, i, rect):
            raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top)
            rect.left, rect.right, rect.bottom, rect.top = left.value, right.value, bottom.value, top.value
        size = raw.FPDFText_GetFontSize(textpage, i) or (rect.top - rect.bottom)
        chars.append(Char(chr(code), rect.left, rect.right, rect.bottom, rect.top, size))
    return chars, unmapped


def unembedded_fonts(page: Any, raw: Any) -> set[str]:
    """The names of the fonts the page's text is set in that the PDF does not embed: pdfium
    reads them through the machine's own fonts, and may leave out a character none of those
    has (a full stop of a CJK font no installed font covers)."""
    names = set()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=2):
        font = raw.FPDFTextObj_GetFont(obj.raw)
        if font and not raw.FPDFFont_GetIsEmbedded(font):
            size = raw.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(max(size, 1))
            raw.FPDFFont_GetBaseFontName(font, buffer, size)
            names.add(buffer.value.decode("latin-1") or "unnamed")
    return names


def group_lines(chars: list[Char], part: str) -> list[Line]:
    """Characters into lines, top to bottom, each left to right (overlapping duplicates,
    a bold effect drawn twice, kept once); each character is named `part` + " line N"."""
    lines: list[list[Char]] = []
    middle = height = 0.0
    for ch in sorted(chars, key=lambda c: -(c.y0 + c.y1) / 2):
        mid, h = (ch.y0 + ch.y1) / 2, ch.y1 - ch.y0
        if lines and abs(mid - middle) <= 0.4 * max(min(h, height), 1.0):
            lines[-1].append(ch)
        else:
            lines.append([ch])
            middle, height = mid, h
    out = []
    for members in lines:
        members.sort(key=lambda c: c.x0)
        kept: list[Char] = []
        for ch in members:
            if kept and ch.text == kept[-1].text and abs(ch.x0 - kept[-1].x0) < 0.2 * ch.size:
                continue
            kept.append(ch)
        if not any(c.text.strip() for c in kept):
            continue
        line = Line(kept)
        for i in range(1, len(kept)):
            before, ch = kept[i - 1], kept[i]
            if before.text.strip() and ch.text.strip() and ch.x0 - before.x1 > _GAP * max(ch.size, before.size):
                line.gaps.add(i)
        name = f"{part} line {len(out) + 1}".strip()
        for i, ch in enumerate(kept):
            ch.index, ch.part = i, name
        out.append(line)
    return out


def _segments(obj: Any, raw: Any) -> list[tuple[float, float, float, float]]:
    """The straight pieces of a path object, in page coordinates."""
    m = obj.get_matrix()
    x, y = ctypes.c_float(), ctypes.c_float()
    last: tuple[float, float] | None = None
    out = []
    start: tuple[float, float] | None = None
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO or last is None:
            start = (px, py)
        elif kind == raw.FPDF_SEGMENT_LINETO:
            out.append((*last, px, py))
        last = (px, py)
        if raw.FPDFPathSegment_GetClose(seg) and start is not None:
            out.append((px, py, *start))
    return out


def rulings(page: Any, raw: Any) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal rulings (y, x0, x1) and vertical ones (x, y0, y1) drawn on the page."""
    horizontal, vertical = [], []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=1):
        x0, y0, x1, y1 = obj.get_bounds()
        if x1 - x0 <= _THIN and y1 - y0 > _THIN:
            vertical.append(((x0 + x1) / 2, y0, y1))
            continue
        if y1 - y0 <= _THIN and x1 - x0 > _THIN:
            horizontal.append(((y0 + y1) / 2, x0, x1))
            continue
        for ax, ay, bx, by in _segments(obj, raw):
            if abs(ay - by) < 0.5 and abs(ax - bx) > _THIN:
                horizontal.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
            elif abs(ax - bx) < 0.5 and abs(ay - by) > _THIN:
                vertical.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
    return horizontal, vertical


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _covered(lines: list[tuple[float, float, float]], at: float, lo: float, hi: float) -> bool:
    """Whether rulings at `at` cover the stretch lo..hi (allowing small gaps at joints)."""
    spans = sorted((a, b) for pos, a, b in lines if abs(pos - at) <= _SNAP and b >= lo - _SNAP and a <= hi + _SNAP)
    reach = lo
    for a, b in spans:
        if a > reach + _SNAP:
            return False
        reach = max(reach, b)
    return reach >= hi - _SNAP


def grids(horizontal: list[tuple[float, float, float]], vertical: list[tuple[float, float, float]]) -> list[Grid]:
    """Ruled tables: groups of crossing rulings with at least two rows and two columns."""
    groups: list[tuple[list, list]] = []
    for h in horizontal:
        touching = [g for g in groups if any(v[1] - _SNAP <= h[0] <= v[2] + _SNAP and h[1] - _SNAP <= v[0] <= h[2] + _SNAP
                                             for v in g[1])]
        merged: tuple[list, list] = ([h], [v for v in vertical if v[1] - _SNAP <= h[0] <= v[2] + _SNAP
                                           and h[1] - _SNAP <= v[0] <= h[2] + _SNAP])
        for g in touching:
            groups.remove(g)
            merged[0].extend(g[0])
            merged[1].extend(v for v in g[1] if v not in merged[1])
        groups.append(merged)
    out = []
    for hs, vs in groups:
        xs, ys = _snap([v[0] for v in vs]), _snap([h[0] for h in hs])[::-1]
        if len(xs) < 3 or len(ys) < 3:
            continue
        out.append(_grid(xs, ys, hs, vs))
    return sorted(out, key=lambda g: -g.ys[0])


def _grid(xs: list[float], ys: list[float], hs: list, vs: list) -> Grid:
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(rows) for c in range(cols)}

    def find(k: tuple[int, int]) -> tuple[int, int]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: tuple[int, int], b: tuple[int, int]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not _covered(vs, xs[c + 1], ys[r + 1], ys[r]):
                union((r, c), (r, c + 1))
            if r + 1 < rows and not _covered(hs, ys[r + 1], xs[c], xs[c + 1]):
                union((r, c), (r + 1, c))
    return Grid(xs, ys, [[find((r, c)) for c in range(cols)] for r in range(rows)])
