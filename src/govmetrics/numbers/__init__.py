"""Stage 3, numbers: one numeral as written (6750, 3.13万, 六千七百五十, 百分之十) to an exact Decimal.

`numerals` reads and writes numerals; `chinese` holds the grammar of Chinese numerals.
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
    to_chinese,
    to_mixed,
)

__all__ = [
    "MAGNITUDES", "NUMERAL_RE", "Numeral", "fraction_to_decimal", "parse", "parse_fraction", "parse_range",
    "read", "to_chinese", "to_mixed",
]
