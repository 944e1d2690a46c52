"""Traditional characters folded to simplified ones, character for character.

Every rule of the library is written in simplified characters; documents from mirror
sites, Hong Kong, Macao and Taiwan, or converted pages, are written in traditional
ones. `fold` writes each traditional character in its simplified form before a rule
looks at a text. It maps one character to one character, so an offset in the folded
text is the same offset in the original, and whatever is reported (a surface, a unit,
a name) is cut from the original as written. The character table is OpenCC's (t2s,
one character at a time), not a list kept by hand: 個→个, 萬→万, 畝→亩, 與→与. It is
made once per machine and OpenCC version (`diskcache.py`).
"""

from __future__ import annotations

import re
from functools import cache

from . import compiled
from .diskcache import remember

# The CJK blocks a document's characters come from (unified ideographs, extension A,
# compatibility ideographs).
_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    import opencc  # the C library's conversion tables, loaded once per process

    def build() -> dict[int, str]:
        # One conversion of every character, one per line: a line break ends OpenCC's phrase
        # matching, so each character is converted alone (28,000 calls took a tenth of a second).
        chars = [chr(code) for lo, hi in _BLOCKS for code in range(lo, hi)]
        converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
        return {ord(c): s for c, s in zip(chars, converted, strict=True) if len(s) == 1 and s != c}

    out = remember("folding", f"t2s|{opencc.__version__}|{_BLOCKS}", build)
    return out, compiled.compile("[" + "".join(re.escape(chr(c)) for c in sorted(out)) + "]")


def fold(text: str) -> str:
    """`text` with every traditional character written in its simplified form (same length)."""
    table, traditional = _table()
    # Most text is simplified: one search in C is much cheaper than a translate.
    return text.translate(table) if traditional.search(text) else text


def is_folded(text: str) -> bool:
    """Whether `text` holds no traditional character (fold would leave it as it is)."""
    return _table()[1].search(text) is None
