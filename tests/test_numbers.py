"""Table-driven tests of govmetrics.numbers: every numeral form in corpora/ and in the issue.

Expected values are worked out from what the numeral means (3.13万 = 3.13 x 10000), not
copied from the module's output.
"""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import cn2an
import pytest
from conftest import CORPUS_IDS, corpus_text

from govmetrics.errors import NumberError
from govmetrics.numbers import (
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

ALL_CORPORA = "\n".join(corpus_text(doc) for doc in CORPUS_IDS)

# (text as it stands in a corpus, the numeral NUMERAL_RE must find in it, its value)
CORPUS_NUMERALS = [
    ("学位6750个", "6750", D(6750)),
    ("10230个", "10230", D(10230)),
    ("26538户", "26538", D(26538)),
    ("3.13万亩", "3.13万", D(31300)),
    ("133.7万亩", "133.7万", D(1337000)),
    ("0.99万", "0.99万", D(9900)),
    ("17.62万", "17.62万", D(176200)),
    ("6.17万", "6.17万", D(61700)),
    ("1.08万", "1.08万", D(10800)),
    ("48.5万", "48.5万", D(485000)),
    ("200万", "200万", D(2000000)),
    ("1500亿元", "1500亿", D(150_000_000_000)),
    ("11.02亿", "11.02亿", D(1_102_000_000)),
    ("461亿", "461亿", D(46_100_000_000)),
    ("1000亿", "1000亿", D(100_000_000_000)),
    ("16万千瓦", "16万", D(160000)),  # 千瓦 is a unit: 16万 + 千瓦, not 16万千
    ("3万千瓦", "3万", D(30000)),
    ("(二十三)", "二十三", D(23)),
    ("(十一)", "十一", D(11)),
    ("两项", "两", D(2)),
    ("四个一百", "一百", D(100)),
    ("五千工程", "五千", D(5000)),
    ("十方面", "十", D(10)),
]

# (surface as in a corpus, what read() gives)
CORPUS_FORMS = [
    ("7.2%", Numeral(value=D("7.2"), percent=True)),
    ("2.15%", Numeral(value=D("2.15"), percent=True)),
    ("9.5%", Numeral(value=D("9.5"), percent=True)),
    ("100%", Numeral(value=D(100), percent=True)),
    ("0.5个百分点", Numeral(value=D("0.5"), points=True)),
    ("1个百分点", Numeral(value=D(1), points=True)),
    ("2个百分点", Numeral(value=D(2), points=True)),
    ("1至2", Numeral(low=D(1), high=D(2))),
    ("0—3", Numeral(low=D(0), high=D(3))),
]

# Numerals of the corpora that are names, codes or dates: NUMERAL_RE finds no number in them.
CORPUS_NOT_NUMBERS = ["十四五", "一二三产业", "八八战略", "“八五”普法"]

ISSUE_FORMS = [
    ("6750", Numeral(value=D(6750))),
    ("3.13", Numeral(value=D("3.13"))),
    ("0.5", Numeral(value=D("0.5"))),
    ("0.99", Numeral(value=D("0.99"))),
    ("1,500", Numeral(value=D(1500))),
    ("1，500", Numeral(value=D(1500))),
    ("1,234,567.5", Numeral(value=D("1234567.5"))),
    ("６７５０", Numeral(value=D(6750))),
    ("３．１３", Numeral(value=D("3.13"))),
    ("１，５００", Numeral(value=D(1500))),
    ("六千七百五十", Numeral(value=D(6750))),
    ("一百零八", Numeral(value=D(108))),
    ("十二", Numeral(value=D(12))),
    ("一十二", Numeral(value=D(12))),
    ("两万", Numeral(value=D(20000), magnitude="万")),
    ("两百", Numeral(value=D(200))),
    ("三点一三", Numeral(value=D("3.13"))),
    ("零点五", Numeral(value=D("0.5"))),
    ("〇", Numeral(value=D(0))),
    ("零", Numeral(value=D(0))),
    ("廿", Numeral(value=D(20))),
    ("卅一", Numeral(value=D(31))),
    ("壹佰", Numeral(value=D(100))),
    ("贰仟零伍拾", Numeral(value=D(2050))),
    ("壹万叁仟", Numeral(value=D(13000))),
    ("十万零一十", Numeral(value=D(100010))),
    ("一亿零五百万", Numeral(value=D(105_000_000), magnitude="万")),
    ("九亿十万", Numeral(value=D(900_100_000), magnitude="万")),
    ("三千万亿", Numeral(value=D(3 * 10**15), magnitude="万亿")),
    ("一百五", Numeral(value=D(150))),  # spoken tail: one unit down
    ("两万五", Numeral(value=D(25000))),
    ("三点一三万", Numeral(value=D(31300), magnitude="万")),
    ("3.13万", Numeral(value=D(31300), magnitude="万")),
    ("1.5万", Numeral(value=D(15000), magnitude="万")),
    ("0.99万", Numeral(value=D(9900), magnitude="万")),
    ("1500亿", Numeral(value=D(150_000_000_000), magnitude="亿")),
    ("11.02亿", Numeral(value=D(1_102_000_000), magnitude="亿")),
    ("2万亿", Numeral(value=D(2 * 10**12), magnitude="万亿")),
    ("5千万", Numeral(value=D(50_000_000), magnitude="千万")),
    ("4万", Numeral(value=D(40000), magnitude="万")),
    ("3百万", Numeral(value=D(3_000_000), magnitude="百万")),
    ("2021.3万", Numeral(value=D(20_213_000), magnitude="万")),  # with a magnitude it is no date
    ("10%", Numeral(value=D(10), percent=True)),
    ("10％", Numeral(value=D(10), percent=True)),
    ("百分之十", Numeral(value=D(10), percent=True)),
    ("百分之零点五", Numeral(value=D("0.5"), percent=True)),
    ("百分之一百", Numeral(value=D(100), percent=True)),
    ("0.5个百分点", Numeral(value=D("0.5"), points=True)),
    ("2百分点", Numeral(value=D(2), points=True)),
    ("1至2", Numeral(low=D(1), high=D(2))),
    ("1-2", Numeral(low=D(1), high=D(2))),
    ("1—2", Numeral(low=D(1), high=D(2))),
    ("1～2", Numeral(low=D(1), high=D(2))),
    ("1到2", Numeral(low=D(1), high=D(2))),
    ("一至两", Numeral(low=D(1), high=D(2))),
    ("20%—30%", Numeral(low=D(20), high=D(30), percent=True)),
    ("10—15%", Numeral(low=D(10), high=D(15), percent=True)),
    ("1至2个百分点", Numeral(low=D(1), high=D(2), points=True)),
    ("10-15万", Numeral(low=D(100000), high=D(150000), magnitude="万")),
    ("5000万-1亿", Numeral(low=D(50_000_000), high=D(100_000_000), magnitude="亿")),
    ("三至五万", Numeral(low=D(30000), high=D(50000), magnitude="万")),
    ("三分之一", Numeral(fraction=Fraction(1, 3))),
    ("三分之二", Numeral(fraction=Fraction(2, 3))),
    ("五百分之一", Numeral(value=D("0.002"), fraction=Fraction(1, 500))),  # a finite decimal: its value too
    ("千分之五", Numeral(value=D(5), permille=True)),
    ("1/3", Numeral(fraction=Fraction(1, 3))),
    ("1.5/3", Numeral(value=D("0.5"), fraction=Fraction(1, 2))),
]

# (input, position of the problem): not one numeral of any form.
REFUSED = [
    ("", 0), ("abc", 0), (" 1", 0), ("1 ", 1),
    ("1.2.3", 3),  # a section number
    ("2021.3", 0), ("2021.12", 0), ("2021/3", 0),  # dates (year.month)
    ("3/4/2021", 3),  # a date with slashes
    ("007", 0), ("2018-04", 5),  # leading zeros: codes and date parts
    ("16万千瓦", 3), ("3千瓦", 1),  # the unit is not part of the number
    ("一二三", 0), ("十四五", 0), ("二〇二一", 0), ("零五", 0), ("一两", 0),  # digits one by one
    ("六千亿七千", 0),  # misreadable without 零
    ("万", 0), ("千万", 0),  # a magnitude alone
    ("1至", 2), ("2至1", 1), ("1万至2", 2), ("10%至20个百分点", 3),
    ("1/0", 2), ("零分之一", 0),
    ("1,50", 1), ("3.", 1), (".5", 0), ("--1", 1),
]


def test_corpus_examples_are_real() -> None:
    for text, _, _ in CORPUS_NUMERALS:
        assert text in ALL_CORPORA, text
    for text, _ in CORPUS_FORMS:
        assert text in ALL_CORPORA, text
    for text in CORPUS_NOT_NUMBERS:
        assert text in ALL_CORPORA, text


@pytest.mark.parametrize(("text", "numeral", "value"), CORPUS_NUMERALS)
def test_corpus_numerals_are_found_and_valued(text: str, numeral: str, value: D) -> None:
    assert numeral in [m.group() for m in NUMERAL_RE.finditer(text)]
    assert parse(numeral) == value


@pytest.mark.parametrize(("text", "expected"), CORPUS_FORMS + ISSUE_FORMS)
def test_forms(text: str, expected: Numeral) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", CORPUS_NOT_NUMBERS)
def test_corpus_names_and_codes_are_no_numerals(text: str) -> None:
    assert [m.group() for m in NUMERAL_RE.finditer(text)] == []


@pytest.mark.parametrize(("text", "position"), REFUSED)
def test_refused_with_position(text: str, position: int) -> None:
    with pytest.raises(NumberError) as info:
        read(text)
    assert (info.value.text, info.value.position) == (text, position)


@pytest.mark.parametrize("value", [None, 3, 3.5, b"3", ["3"]])
def test_non_strings_are_a_number_error(value: object) -> None:
    with pytest.raises(NumberError):
        parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "found"), [
    ("光伏装机16万千瓦", ["16万"]), ("3千瓦", ["3"]), ("三千瓦", ["三"]), ("5千克", ["5"]),
    ("2千米", ["2"]), ("10千瓦时", ["10"]), ("1.5万千瓦", ["1.5万"]), ("再降0.5个百分点", ["0.5"]),
    ("增长7.2%", ["7.2"]), ("百分之十", ["十"]), ("1至2个", ["1", "2"]), ("10-15万", ["10", "15万"]),
    ("1.2.3节", []), ("2021.3月", []), ("2018-04-21", ["2018", "21"]), ("1,500人", ["1,500"]),
    ("１，５００人", ["１，５００"]), ("5千万元", ["5千万"]), ("2万亿元", ["2万亿"]),
])
def test_numeral_re_spans(text: str, found: list[str]) -> None:
    assert [m.group() for m in NUMERAL_RE.finditer(text)] == found


def test_every_numeral_in_the_corpora_parses(corpus_id: str) -> None:
    for m in NUMERAL_RE.finditer(corpus_text(corpus_id)):
        assert isinstance(parse(m.group()), D)


def test_parse_refuses_ranges_and_fractions() -> None:
    for text in ("1至2", "三分之一", "1/3"):
        with pytest.raises(NumberError):
            parse(text)
    with pytest.raises(NumberError):
        parse_range("12")
    with pytest.raises(NumberError):
        parse_fraction("12")


def test_parse_range_and_fraction() -> None:
    assert parse_range("10-15万") == (D(100000), D(150000))
    assert parse_range("一至两") == (D(1), D(2))
    assert parse_fraction("三分之一") == Fraction(1, 3)
    assert parse_fraction("1/3") == Fraction(1, 3)


def test_fraction_to_decimal() -> None:
    assert fraction_to_decimal(Fraction(1, 3), places=4) == D("0.3333")
    assert fraction_to_decimal(Fraction(2, 3), places=2) == D("0.67")
    assert fraction_to_decimal(Fraction(1, 8)) == D("0.125")
    assert fraction_to_decimal(Fraction(-1, 4)) == D("-0.25")
    with pytest.raises(NumberError):
        fraction_to_decimal(Fraction(1, 3))


def test_values_are_canonical_decimals() -> None:
    assert str(parse("3.13万")) == "31300"
    assert str(parse("3.10")) == "3.1"
    assert str(parse("1500亿")) == "150000000000"
    assert isinstance(parse("三点一三"), D)


@pytest.mark.parametrize(("n", "chinese"), [
    (0, "零"), (10, "十"), (12, "十二"), (108, "一百零八"), (110, "一百一十"), (6750, "六千七百五十"),
    (20000, "二万"), (100010, "十万零一十"), (10_005_000, "一千万五千"), (100_001_000, "一亿零一千"),
    (100_100_000, "一亿零一十万"), (1_0000_0000_5000, "一万亿零五千"),
    (10**12, "一万亿"), (10**16 - 1, "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"),
    (D("3.13"), "三点一三"), (D("0.5"), "零点五"), (D("0.005"), "零点零零五"), (D("3.10"), "三点一"),
])
def test_to_chinese(n: int | D, chinese: str) -> None:
    assert to_chinese(n) == chinese


@pytest.mark.parametrize(("n", "mixed"), [
    (0, "0"), (6750, "6750"), (9999, "9999"), (10000, "1万"), (31300, "3.13万"), (9900, "9900"),
    (150_000_000_000, "1500亿"), (2 * 10**12, "2万亿"), (D("0.5"), "0.5"), (D("12345.6"), "1.23456万"),
])
def test_to_mixed(n: int | D, mixed: str) -> None:
    assert to_mixed(n) == mixed


@pytest.mark.parametrize("n", [10**16, -10**16, 1.5, True, D("NaN"), D("-Infinity")])
def test_writers_refuse(n: object) -> None:
    with pytest.raises(NumberError):
        to_chinese(n)  # type: ignore[arg-type]
    if abs(n) != 10**16:
        with pytest.raises(NumberError):
            to_mixed(n)  # type: ignore[arg-type]


def test_magnitudes_table() -> None:
    assert MAGNITUDES["万"] == 10**4 and MAGNITUDES["亿"] == 10**8
    assert MAGNITUDES["千万"] == 10**7 and MAGNITUDES["万亿"] == 10**12
    with pytest.raises(TypeError):
        MAGNITUDES["万"] = D(1)  # type: ignore[index]


def _cn2an_right(text: str, mode: str, expected: D | None) -> bool:
    """Whether cn2an gives the exact value (an int or Decimal, never a float), or refuses a non-number."""
    try:
        got = cn2an.cn2an(text, mode)
    except ValueError:
        return expected is None
    return expected is not None and isinstance(got, int | D) and got == expected


# Where cn2an 0.5 is wrong (numbers.py's docstring says so): (input, cn2an mode, exact value or None).
CN2AN_WRONG = [
    ("九亿十万", "strict", D(900_100_000)),  # cn2an drops the 十万: 900000000
    ("四亿十五万", "strict", D(400_150_000)),  # cn2an: 400050000
    ("三点一三", "strict", D("3.13")),  # a float
    ("一千二百三十四万五千六百七十八点一二三四五六七", "strict", D("12345678.1234567")),  # float, digits lost
    ("两万", "strict", D(20000)),  # refused
    ("〇", "strict", D(0)),  # refused
    ("卅", "smart", D(30)),  # refused
    ("一两", "normal", None),  # read as 12
    ("零五", "normal", None),  # read as 5
    ("二〇二一", "normal", None),  # read as 2021
    ("2.42081万", "smart", D("24208.1")),  # cut to 24208
    ("0.000533万", "smart", D("5.33")),  # cut to 5
    ("12.5万亿", "smart", D(12_500_000_000_000)),  # refused
    ("６７５０", "smart", D(6750)),  # a float
    ("007", "smart", None),  # read as 7.0
    ("1,500", "smart", D(1500)),  # refused
    ("10%", "smart", D(10)),  # refused
]


def test_cn2an_writes_a_misreadable_form() -> None:
    # Its an2cn drops the 零 before a group that follows an empty 万 group: 一亿一千 reads
    # like 1.1亿 spoken short. Ours writes 一亿零一千 and refuses 一亿一千.
    assert cn2an.an2cn(100_001_000) == "一亿一千"
    assert to_chinese(100_001_000) == "一亿零一千"
    with pytest.raises(NumberError):
        parse("一亿一千")


@pytest.mark.parametrize(("text", "mode", "expected"), CN2AN_WRONG)
def test_cn2an_is_wrong_where_the_module_says(text: str, mode: str, expected: D | None) -> None:
    assert not _cn2an_right(text, mode, expected)
    if expected is None:
        with pytest.raises(NumberError):
            parse(text)
    else:
        assert parse(text) == expected


def test_the_whole_percent_is_one_hundred() -> None:
    assert read("百分之百") == Numeral(value=D(100), percent=True)
    with pytest.raises(NumberError):
        parse("百")  # a bare 百 is a numeral only after 百分之


def test_a_range_whose_high_end_is_written_whole() -> None:
    """一万至一万二千: the low end's 万 is its own; the high end, written whole, needs none. A high
    end smaller than the low end's magnitude (1万至5) is no range."""
    assert parse_range("一万至一万二千") == (D(10000), D(12000))
    assert parse_range("2万至30000") == (D(20000), D(30000))
    with pytest.raises(NumberError):
        parse_range("1万至5")
