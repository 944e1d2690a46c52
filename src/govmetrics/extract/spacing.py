"""Numbers broken by spaces and line breaks (text from PDFs, typists): which breaks to read past.

`squeeze(text)` gives a view of `text` without the breaks that stand inside one quantity,
and for each character of the view its position in `text`, so that the extractor reads
`一百 五 十 二` as 152, `1.5\n万人` as 15000 人 and `12公\n里` as 12 公里 while every offset
and surface stays that of the text as given. A break is dropped only where its two sides
belong together:

- inside a Chinese numeral, spaces only: the run with its spaces removed must be one
  numeral (一百 五 十 二 → 一百五十二; 三 四 stays two);
- between Arabic digits and a magnitude or an approximation word (1.5\n万人, 500 多亿元):
  what follows must be a unit, a sign or the end of the words (2021 十大行动 stays apart);
- inside a unit word or sign right after a number (12公\n里, 6 个 百分点).
- a space that groups thousands (1 500个, 12 000 000元): one to three digits right after a
  Chinese word or mark, groups of three digits, then a unit or a magnitude;
- digits an OCR engine set apart one by one (1 2 0 0公里, 3 5 0⏎公里): single digits each after
  one space on one line, then a unit or a magnitude;
- between Arabic digits and a unit on the next line (18.5⏎公里);
- a zero-width space (a web page's U+200B) right after a number's character, always;
- converter pinyin in brackets after a numeral's character, before a unit or a numeral
  (2.5萬(wàn)人, 180億(yì)元: layouts §11), with the letters of structure.toml [units].

Arabic digits on both sides are never joined (2021 2022 in a table are two numbers), nor
is anything across a blank line.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from ..numbers import affixes
from ..numbers import chinese as cn
from ..numbers import numerals as numbers
from . import units as unit_table

_DIGITS = frozenset(cn.ARABIC_DIGITS)
_SPACES = frozenset(affixes.SPACES - {"\r", "\n"})


class _Data(NamedTuple):
    gap: re.Pattern[str]
    thousands: re.Pattern[str]
    spaced_digits: re.Pattern[str]
    unit_at: re.Pattern[str]
    zero_width: re.Pattern[str]
    zero_width_chars: tuple[str, ...]
    pinyin: re.Pattern[str]
    after_digits: re.Pattern[str]
    unit_splits: dict[str, list[str]]  # the part before a break -> the parts that may follow
    unit_or_end: re.Pattern[str]
    numeral_chars: frozenset[str]
    breakable: re.Pattern[str]  # a character some break starts with or needs (a space, a bracket)


@cache
def _data() -> _Data:
    sp = f"[{re.escape(''.join(sorted(_SPACES)))}]"
    words = [*unit_table.units(), *unit_table.signs()]
    splits: dict[str, list[str]] = {}
    for w in words:
        for k in range(1, len(w)):
            splits.setdefault(w[:k], []).append(w[k:])
    chinese = "".join(sorted(cn.NUMERAL_CHARS))
    digits = "".join(sorted(_DIGITS))
    before = set(chinese) | _DIGITS | {c for w in splits for c in w}
    after = set(chinese) | set(affixes.APPROX_AFTER) | {c for tails in splits.values() for t in tails for c in t}
    magnitudes = [*numbers.MAGNITUDES, *affixes.APPROX_AFTER]
    t = table("numerals")["spaces"]
    group_sp = f"[{re.escape(''.join(sorted(t['thousands'])))}]"
    units_or_mag = f"(?:{unit_table.unit_pattern()}|{alternation(numbers.MAGNITUDES)})"
    return _Data(
        thousands=compiled.compile(f"[1-9](?<=[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f][1-9])"
                                   f"[0-9]{{0,2}}(?:{group_sp}[0-9]{{3}})+(?=[ \t]?{units_or_mag})"),
        # (within a line: a number at the head of a line is never joined to the line above, 0⏎0亩)
        spaced_digits=compiled.compile(f"(?<![0-9])(?<![0-9] )[0-9](?: [0-9](?![0-9]))+"
                                       f"(?=[ \\t]?(?:\\r?\\n)?{units_or_mag})"),
        unit_at=compiled.compile(unit_table.unit_pattern()),
        zero_width=compiled.compile(
            f"[{re.escape(digits + chinese)}]([{re.escape(''.join(sorted(t['zero_width'])))}]+)"),
        zero_width_chars=tuple(t["zero_width"]),
        pinyin=compiled.compile(
            f"[{re.escape(chinese)}]([(（][{table('structure')['units']['pinyin_letters']}]{{1,6}}[)）])"
            f"(?={unit_table.unit_pattern()}|[{re.escape(chinese + digits)}])"),
        gap=compiled.compile(f"(?<=[{re.escape(''.join(sorted(before)))}])(?:{sp}+(?:\\r?\\n{sp}*)?|\\r?\\n{sp}*)"
                             f"(?=[{re.escape(''.join(sorted(after)))}])"),
        after_digits=compiled.compile(f"(?:{alternation(affixes.APPROX_AFTER)})?{alternation(magnitudes)}"),
        unit_splits=splits,
        unit_or_end=compiled.compile(f"{unit_table.unit_pattern()}|[^\\w]|\\Z|[{re.escape(digits)}]"),
        numeral_chars=frozenset(chinese) | _DIGITS | frozenset(affixes.APPROX_AFTER),
        breakable=compiled.compile(
            f"[{re.escape(''.join(sorted({*affixes.SPACES, *t['zero_width'], *t['thousands'], '(', '（'})))}]"),
    )


def breaks(text: str) -> list[tuple[int, int]]:
    """The spans of `text` (spaces, tabs, one line break) that stand inside one quantity, in order."""
    d = _data()
    if d.breakable.search(text) is None:
        return []  # most statements: no space, line break or bracket, so no break to look for
    out = [m.span(1) for m in d.zero_width.finditer(text)] if any(c in text for c in d.zero_width_chars) else []
    if "(" in text or "（" in text:
        out.extend(m.span(1) for m in d.pinyin.finditer(text))
    for m in d.thousands.finditer(text):
        out.extend((i, i + 1) for i in range(m.start(), m.end()) if not text[i].isdigit())
    for m in d.spaced_digits.finditer(text):
        out.extend((i, i + 1) for i in range(m.start(), m.end()) if not text[i].isdigit())
    for gap in d.gap.finditer(text):
        s, e = gap.span()
        if _joins(text, s, e, d):
            out.append((s, e))
    return _merged(out) if len(out) > 1 else out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, those that overlap or touch made one."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _joins(text: str, s: int, e: int, d: _Data) -> bool:
    """Whether the break text[s:e] stands inside one quantity (the rules of the module docstring)."""
    a, b = text[s - 1], text[e]
    newline = "\n" in text[s:e]
    if a in _DIGITS:
        if b in _DIGITS:
            return False
        after = d.after_digits.match(text, e)
        if after and d.unit_or_end.match(text, after.end()):
            return not newline or after.group()[-1] in cn.GROUP_UNITS
        if newline and d.unit_at.match(text, e):
            return True  # a unit carried to the next line (18.5⏎公里)
    if not newline and a in cn.NUMERAL_CHARS and b in cn.NUMERAL_CHARS:
        if numbers.NUMERAL_RE.fullmatch(_chinese_run(text, s, e)):
            return True
    return _splits_unit(text, s, e, d)


def _chinese_run(text: str, s: int, e: int) -> str:
    """The Chinese numeral characters around the break text[s:e], with the spaces among them removed."""
    start, end = s, e
    while start > 0 and (text[start - 1] in cn.NUMERAL_CHARS or text[start - 1] in _SPACES):
        start -= 1
    while end < len(text) and (text[end] in cn.NUMERAL_CHARS or text[end] in _SPACES):
        end += 1
    return "".join(c for c in text[start:end] if c not in _SPACES)


def _splits_unit(text: str, s: int, e: int, d: _Data) -> bool:
    """True when a unit word or sign is cut by the break (12公\n里) right after a number."""
    for k in range(1, 5):
        if s - k < 0:
            return False
        head = text[s - k:s]
        tails = d.unit_splits.get(head)
        if tails and any(text.startswith(t, e) for t in tails):
            before = s - k - 1
            if before >= 0 and text[before] == " ":
                before -= 1
            if before >= 0 and text[before] in d.numeral_chars:
                return True
    return False


def squeeze(text: str) -> tuple[str, list[int]] | None:
    """`text` without its breaks inside quantities, and the position in `text` of each character
    kept (plus `len(text)` at the end); None when there is no such break."""
    spans = breaks(text)
    if not spans:
        return None
    kept: list[int] = []
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        parts.append(text[pos:s])
        kept.extend(range(pos, s))
        pos = e
    parts.append(text[pos:])
    kept.extend(range(pos, len(text)))
    kept.append(len(text))
    return "".join(parts), kept
