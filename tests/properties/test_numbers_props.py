"""Properties of govmetrics.numbers: round trips, exactness, order, totality, and cn2an as an oracle."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

import cn2an
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from govmetrics.errors import NumberError
from govmetrics.numbers import (
    NUMERAL_RE,
    Numeral,
    parse,
    parse_fraction,
    parse_range,
    read,
    to_chinese,
    to_mixed,
)

integers = st.integers(min_value=0, max_value=10**16 - 1)
# Small ones and ones with runs of zeros (50000003, 十万零一十) too, which plain integers rarely give.
spread = st.one_of(integers, st.integers(0, 10**4), st.builds(
    lambda d, k, e: d * 10**k + e, st.integers(1, 9), st.integers(0, 15), st.integers(0, 99)))
decimals = st.decimals(min_value=0, max_value=10**12, places=6, allow_nan=False, allow_infinity=False).map(abs)
FULLWIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
# Written like a date (2021.3): the reader refuses these on purpose.
DATE_SHAPE = re.compile(r"(19|20)\d\d\.(0?[1-9]|1[0-2])")
NUMERAL_CHARS = "0123456789０１２３４５６７８９.,，．%％/-—～至万亿千百十零〇一二两三四五六七八九壹贰拾佰点分之个百分点瓦米"


@given(spread)
def test_integers_round_trip_through_chinese_and_mixed(n: int) -> None:
    assert parse(to_chinese(n)) == n
    assert parse(to_mixed(n)) == n


@given(spread)
def test_written_integers_are_found_whole_by_numeral_re(n: int) -> None:
    for written in (to_chinese(n), to_mixed(n), f"{n:,}"):
        assert NUMERAL_RE.fullmatch(written), written


@given(decimals)
def test_decimals_are_exact(d: Decimal) -> None:
    written = str(d)
    if DATE_SHAPE.fullmatch(written):
        return  # refused as a date, see test_numbers.py
    assert parse(written) == d
    assert parse(written + "万") == d * 10000
    assert parse(written.translate(FULLWIDTH)) == parse(written)
    assert parse(f"{d:,f}") == d  # with thousands separators
    assert parse(to_chinese(d)) == d
    assert parse(to_mixed(d)) == d


@given(decimals, decimals)
def test_order_is_kept(a: Decimal, b: Decimal) -> None:
    assume(a != b)
    a, b = min(a, b), max(a, b)
    assert parse(to_mixed(a)) < parse(to_mixed(b))


@given(st.one_of(spread, decimals.filter(lambda d: d < 10**6)))
def test_percent_in_chinese_and_with_sign_agree(n: int | Decimal) -> None:
    chinese, sign = read("百分之" + to_chinese(n)), read(f"{n}%")
    assert chinese.percent and sign.percent
    assert chinese.value == sign.value == n


@given(decimals, decimals, st.sampled_from(["至", "-", "—", "～", "到"]))
def test_ranges_read_both_ends_and_share_the_magnitude(a: Decimal, b: Decimal, sep: str) -> None:
    a, b = min(a, b), max(a, b)
    assert parse_range(f"{a}{sep}{b}") == (a, b)
    assert parse_range(f"{a}{sep}{b}万") == (a * 10000, b * 10000)
    assert parse_range(f"{a}%{sep}{b}%") == (a, b)


@given(st.integers(1, 1899), st.integers(1, 10**6))  # no 2021/3: that is a date
def test_fractions_are_exact(num: int, den: int) -> None:
    assert parse_fraction(f"{num}/{den}") == Fraction(num, den)
    assert parse_fraction(f"{to_chinese(den)}分之{to_chinese(num)}") == Fraction(num, den)


def _total(text: str) -> None:
    """read/parse on any text: a Numeral / Decimal, or NumberError and nothing else."""
    try:
        assert isinstance(read(text), Numeral)
    except NumberError as e:
        assert 0 <= e.position <= len(text) and e.text == text
    try:
        assert isinstance(parse(text), Decimal)
    except NumberError:
        pass


@settings(deadline=timedelta(seconds=1))
@given(st.text())
def test_any_text_gives_a_value_or_number_error(text: str) -> None:
    _total(text)


@settings(deadline=timedelta(seconds=1))
@given(st.text(alphabet=NUMERAL_CHARS, max_size=30))
def test_numeral_like_text_gives_a_value_or_number_error(text: str) -> None:
    _total(text)


@given(st.text(alphabet=NUMERAL_CHARS + "年月个亩元的和、", max_size=40))
def test_everything_numeral_re_matches_parse_accepts(text: str) -> None:
    for m in NUMERAL_RE.finditer(text):
        assert isinstance(parse(m.group()), Decimal), m.group()


@given(integers)
def test_cn2an_agrees_on_standard_chinese_integers(n: int) -> None:
    # Where cn2an is right: strict mode on the standard written form. (Where it is wrong is
    # in test_numbers.py::test_cn2an_is_wrong_where_the_module_says.)
    assert cn2an.cn2an(to_chinese(n), "strict") == n == parse(to_chinese(n))
