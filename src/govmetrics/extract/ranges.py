"""Ranges written with their unit on both ends (1万元至3万元, 3个-5个): one quantity, not two.

`quantities` reads a range whose ends share one unit written once (3-5个, 20%—30%: the
separator follows the first number). A range that writes the unit after each end reads
first as two quantities; `join` makes them the one range the text states, with the low and
high ends, when nothing but a range separator (data/numerals.toml [separators] range)
stands between them, both are of the same unit and plain (no comparator word), and the
first is the smaller. A hyphen written right after the first end's unit (3个-5个) is the
range's separator, not a minus sign of the second end: a negative number never follows
another quantity's unit with no word between. A span of time (2021年至2025年) is a period, not a range of a
quantity, and stays as it is.
"""

from __future__ import annotations

from decimal import Decimal

from ..lexicon import table
from ..model import Quantity, copied


def join(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with each pair that writes one range with a unit on both ends joined."""
    separators = set(table("numerals")["separators"]["range"])
    out: list[Quantity] = []
    for q in quantities:
        first = out[-1] if out else None
        high = _range_high(text, first, q, separators) if first is not None else None
        if first is not None and high is not None:
            out[-1] = copied(first, surface=text[first.start:q.end], end=q.end, number_end=q.number_end,
                             value=None, low=first.value, high=high, magnitude=q.magnitude)
            continue
        out.append(q)
    return out


def _range_high(text: str, first: Quantity, second: Quantity, separators: set[str]) -> Decimal | None:
    """The high end of the range `first` and `second` write together, None when they write none."""
    between, high = text[first.end:second.start].strip(" \t"), second.value
    sign = text[second.start:second.start + 1]  # a minus sign is read as part of the numeral
    if not between and high is not None and high < 0 and sign in separators:
        between, high = sign, -high  # 3个-5个: the sign read with the second end is the separator
    if (first.unit is not None and first.unit == second.unit and first.dimension != "time" and between in separators
            and first.low is None and second.low is None and first.value is not None and high is not None
            and first.comparator == "=" == second.comparator and not first.comparator_words
            and not second.comparator_words and first.value < high):
        return high
    return None
