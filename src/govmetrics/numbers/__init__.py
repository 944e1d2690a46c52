"""Stage 3, numbers: one numeral as written (6750, 3.13万, 六千七百五十, 百分之十, 500多亿) to an exact Decimal.

`numerals` reads numerals; `chinese` holds the grammar of Chinese numerals; `affixes` the
words and signs around a numeral and the spaces inside it; `writing` writes numbers back.
"""

from __future__ import annotations

from .numerals import (
    MAGNITUDES,
    NUMERAL_RE,
    Numeral,
    fraction_to_decimal,
    parse,
    parse_fraction,
    parse_range,
    read,
)
from .writing import to_chinese, to_mixed

__all__ = [
    "MAGNITUDES", "NUMERAL_RE", "Numeral", "fraction_to_decimal", "parse", "parse_fraction", "parse_range",
    "read", "to_chinese", "to_mixed",
]
