"""Dates as documents write them: 2019年2月27日, 2021-03-24, 二〇一九年二月二十七日.

Readers use them for the dates a file states about itself (an HTML page's publish
date); the structure stage for signature dates and date lines. The Chinese digits are
in `data/structure.toml` [metadata] date_digits.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..lexicon import compiled
from ..lexicon.labels import data, fold

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_RE = compiled.compile("[０-９]")


def digits(text: str) -> str:
    """`text` with full-width digits written as ASCII digits (same length)."""
    return text.translate(_FULLWIDTH_DIGITS) if _FULLWIDTH_RE.search(text) else text


@cache
def _cn_digit() -> dict[str, int]:
    chars = data()["metadata"]["date_digits"]
    return {ch: (0 if i < 2 else i - 1) for i, ch in enumerate(chars)}


def _cn_small(s: str) -> int:
    """A Chinese numeral below 100 (二十七 → 27, 十二 → 12)."""
    if "十" not in s:
        return _cn_digit()[s]
    tens, _, ones = s.partition("十")
    return (_cn_digit()[tens] if tens else 1) * 10 + (_cn_digit()[ones] if ones else 0)


@cache
def _date_res() -> tuple[re.Pattern[str], ...]:
    cn = re.escape(data()["metadata"]["date_digits"])
    small = f"[{cn}十]{{1,3}}"
    return (
        compiled.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
        compiled.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
        compiled.compile(f"([{cn}]{{4}})\\s*年\\s*({small})\\s*月\\s*({small})\\s*日"),
    )


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every written date in `text` with its span (2019年2月27日, 2021-03-24, 二〇一九年二月二十七日)."""
    folded = digits(fold(text))
    out = []
    for i, pattern in enumerate(_date_res()):
        for m in pattern.finditer(folded):
            y, mo, d = m.groups()
            try:
                if i == 2:
                    value = date(int("".join(str(_cn_digit()[c]) for c in y)), _cn_small(mo), _cn_small(d))
                else:
                    value = date(int(y), int(mo), int(d))
            except (ValueError, KeyError):
                continue
            out.append((value, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])
