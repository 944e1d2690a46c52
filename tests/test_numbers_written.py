"""Numbers as officials and other libraries' users write them (issue 14), table by table.

Approximations, per-mille, tenths, ratios, percent and percentage points in every
spelling, negatives, traditional and financial characters, spoken and older forms, mixed
Arabic and Chinese, spaces and line breaks inside a number; and what is still no number.
Expected values are worked out from what the words mean (500多亿 is more than 500 × 10^8),
never copied from the module's output.
"""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest

from govmetrics.errors import NumberError
from govmetrics.numbers import Numeral, parse, parse_fraction, read, to_chinese, to_mixed


def approx(value: D, comparator: str, **kw: object) -> Numeral:
    return Numeral(value=value, approximate=True, comparator=comparator, **kw)  # type: ignore[arg-type]


# (as written, what read() gives)
FORMS: list[tuple[str, Numeral]] = [
    # approximations after the number or its magnitude: the stated base, comparator >
    ("500多亿", approx(D(50_000_000_000), ">", magnitude="亿")),
    ("十余万", approx(D(100_000), ">", magnitude="万")),
    ("1.2万余", approx(D(12000), ">", magnitude="万")),
    ("二十几万", approx(D(200_000), ">", magnitude="万")),
    ("一千多万", approx(D(10_000_000), ">", magnitude="万")),
    ("三十多", approx(D(30), ">")),
    ("100余", approx(D(100), ">")),
    ("两千余", approx(D(2000), ">")),
    ("3万多", approx(D(30000), ">", magnitude="万")),
    ("百余", approx(D(100), ">", magnitude="百")),
    ("万余", approx(D(10000), ">", magnitude="万")),
    ("千余万", approx(D(10_000_000), ">", magnitude="万")),
    # approximations before it: 约/近 ~, 超/逾 >, 不到/不足 <
    ("约500", approx(D(500), "~")),
    ("近3000", approx(D(3000), "~")),
    ("大约1.5万", approx(D(15000), "~", magnitude="万")),
    ("超20亿", approx(D(2_000_000_000), ">", magnitude="亿")),
    ("超过1000", approx(D(1000), ">")),
    ("逾百万", approx(D(1_000_000), ">", magnitude="百万")),
    ("超千亿", approx(D(100_000_000_000), ">", magnitude="千亿")),
    ("不到1%", approx(D(1), "<", percent=True)),
    ("不足两成", approx(D(20), "<", percent=True)),
    ("约百分之三十", approx(D(30), "~", percent=True)),
    # per-mille, tenths, ratios
    ("千分之六", Numeral(value=D(6), permille=True)),
    ("6‰", Numeral(value=D(6), permille=True)),
    ("千分之零点八", Numeral(value=D("0.8"), permille=True)),
    ("负千分之二", Numeral(value=D(-2), permille=True)),
    ("九成", Numeral(value=D(90), percent=True)),
    ("两成", Numeral(value=D(20), percent=True)),
    ("三成半", Numeral(value=D(35), percent=True)),
    ("二至三成", Numeral(low=D(20), high=D(30), percent=True)),  # both ends in tenths
    ("20%至3成", Numeral(low=D(20), high=D(30), percent=True)),
    ("9.5成", Numeral(value=D(95), percent=True)),
    ("七成五", Numeral(value=D(75), percent=True)),
    ("十成", Numeral(value=D(100), percent=True)),
    ("万分之三", Numeral(value=D("0.0003"), fraction=Fraction(3, 10000))),
    ("十万分之五", Numeral(value=D("0.00005"), fraction=Fraction(5, 100000))),
    ("四分之一", Numeral(value=D("0.25"), fraction=Fraction(1, 4))),
    ("8分之1", Numeral(value=D("0.125"), fraction=Fraction(1, 8))),
    ("负四分之一", Numeral(value=D("-0.25"), fraction=Fraction(-1, 4))),
    ("三分之一", Numeral(fraction=Fraction(1, 3))),  # no finite decimal: a fraction only
    # percent and percentage points in every spelling
    ("百分之5", Numeral(value=D(5), percent=True)),
    ("百分之7.5", Numeral(value=D("7.5"), percent=True)),
    ("百分之负三点八", Numeral(value=D("-3.8"), percent=True)),
    ("负百分之三", Numeral(value=D(-3), percent=True)),
    ("五%", Numeral(value=D(5), percent=True)),
    ("百分之三點五", Numeral(value=D("3.5"), percent=True)),
    ("百分之兩百", Numeral(value=D(200), percent=True)),
    ("六個百分點", Numeral(value=D(6), points=True)),
    ("1.2個百分點", Numeral(value=D("1.2"), points=True)),
    ("十個百分点", Numeral(value=D(10), points=True)),
    ("负1个百分点", Numeral(value=D(-1), points=True)),
    # negatives
    ("负三十二", Numeral(value=D(-32))),
    ("-2.5", Numeral(value=D("-2.5"))),
    ("\u22123", Numeral(value=D(-3))),
    ("－12", Numeral(value=D(-12))),
    ("-2.5%", Numeral(value=D("-2.5"), percent=True)),
    ("-10.1万", Numeral(value=D(-101000), magnitude="万")),
    ("负零点五", Numeral(value=D("-0.5"))),
    # traditional, financial, colloquial, full-width
    ("七十五萬", Numeral(value=D(750000), magnitude="万")),
    ("兩萬", Numeral(value=D(20000), magnitude="万")),
    ("一億兩千萬", Numeral(value=D(120_000_000), magnitude="万")),
    ("三點一四", Numeral(value=D("3.14"))),
    ("貳拾", Numeral(value=D(20))),
    ("參佰", Numeral(value=D(300))),
    ("陸仟", Numeral(value=D(6000))),
    ("壹億", Numeral(value=D(100_000_000), magnitude="亿")),
    ("伍拾萬", Numeral(value=D(500000), magnitude="万")),
    ("倆", Numeral(value=D(2))),
    ("仨", Numeral(value=D(3))),
    ("１１１，１１１", Numeral(value=D(111111))),
    ("－５", Numeral(value=D(-5))),
    # spoken, older and mixed forms
    ("5万4千6百", Numeral(value=D(54600))),
    ("7万5千4百", Numeral(value=D(75400))),
    ("20万三千", Numeral(value=D(203000))),
    ("300亿零六千150", Numeral(value=D(30_000_006_150))),
    ("3百45", Numeral(value=D(345))),
    ("12万5", Numeral(value=D(125000))),
    ("3亿5千万", Numeral(value=D(350_000_000), magnitude="万")),
    ("四万万", Numeral(value=D(400_000_000), magnitude="万万")),
    ("四万万五千万", Numeral(value=D(450_000_000), magnitude="万")),
    ("百三", Numeral(value=D(130))),
    ("千二", Numeral(value=D(1200))),
    ("半百", Numeral(value=D(50))),
    ("卌二", Numeral(value=D(42))),
    ("三千万十二", Numeral(value=D(30_000_012))),
    ("40k", Numeral(value=D(40000), magnitude="k")),
    ("2.5K", Numeral(value=D(2500), magnitude="K")),
    ("一百点25", Numeral(value=D("100.25"))),
    ("100兆", None),  # 兆 is no magnitude: in 100兆瓦 it begins the unit (see below)
]

# (as written with spaces or line breaks, the same number written whole)
BROKEN = [
    ("一百 五 十 二", "一百五十二"),
    ("1.5\n万", "1.5万"),
    ("百 分 之 三 十", "百分之三十"),
    ("6 个 百分点", "6个百分点"),
    ("2 5 %", "25%"),
    ("三千\n五百", "三千五百"),
    ("3 000", "3000"),
    ("500 多亿", "500多亿"),
    ("千分\n之五", "千分之五"),
]

# (input, position of the problem): still no single number.
REFUSED = [
    ("100兆", 3),
    ("2021.5", 0), ("2021年", 4), ("0571", 0), ("二〇二一", 0), ("十四五", 0),  # dates, codes, names
    ("3-5", 0), ("三至五", 0),  # ranges where one number is asked (parse)
    ("十一十二", 0), ("百十一", 0), ("一千一千", 0), ("5.1万零100", 4), ("四千23", 2),
    ("点五", 0), ("万", 0), ("千万", 0), ("--5", 1), ("负", 1), ("多", 0), ("几十", 0), ("成", 0),
    ("5%%", 2), ("5负", 1), ("多5", 0), ("1至2万多5", 5), (" 5", 0), ("5\n", 1), ("负负五", 1),
]


@pytest.mark.parametrize(("text", "expected"), [f for f in FORMS if f[1] is not None], ids=[f[0] for f in FORMS if f[1]])
def test_forms(text: str, expected: Numeral) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("broken", "whole"), BROKEN)
def test_spaces_and_line_breaks_inside_a_number_are_read_past(broken: str, whole: str) -> None:
    assert read(broken) == read(whole)


@pytest.mark.parametrize(("text", "position"), REFUSED)
def test_still_refused_with_position(text: str, position: int) -> None:
    with pytest.raises(NumberError) as info:
        parse(text)
    assert (info.value.text, info.value.position) == (text, position)


def test_an_error_inside_a_broken_number_names_the_position_in_the_text_as_given() -> None:
    with pytest.raises(NumberError) as info:
        read("一 二 三")
    assert info.value.position == 0
    with pytest.raises(NumberError) as info:
        read("12 万 x")
    assert info.value.position == 5


def test_parse_gives_the_exact_value_of_a_finite_ratio_only() -> None:
    assert parse("万分之三") == D("0.0003")
    assert parse("1/4") == D("0.25")
    with pytest.raises(NumberError):
        parse("三分之二")
    assert parse_fraction("千分之五") == Fraction(1, 200)
    assert parse_fraction("10%") == Fraction(1, 10)


@pytest.mark.parametrize(("n", "chinese", "financial", "traditional", "mixed"), [
    (-5, "负五", "负伍", "负五", "-5"),
    (D("-31300"), "负三万一千三百", "负叁万壹仟叁佰", "负三萬一千三百", "-3.13万"),
    (6750, "六千七百五十", "陆仟柒佰伍拾", "六千七百五十", "6750"),
    (D("3.14"), "三点一四", "叁点壹肆", "三點一四", "3.14"),
    (120_000_000, "一亿二千万", "壹亿贰仟万", "一億二千萬", "1.2亿"),
])
def test_writers(n: int | D, chinese: str, financial: str, traditional: str, mixed: str) -> None:
    assert to_chinese(n) == chinese
    assert to_chinese(n, financial=True) == financial
    assert to_chinese(n, traditional=True) == traditional
    assert to_mixed(n) == mixed
    for written in (chinese, financial, traditional, mixed):
        assert parse(written) == n
